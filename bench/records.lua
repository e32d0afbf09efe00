-- Turns a corpus into the records of `verba --jsonl-input`: its paragraphs
-- (text between blank lines) grouped into documents of about SIZE bytes,
-- one {"id": "doc-N", "text": ...} a line.
--   lua5.4 bench/records.lua CORPUS [SIZE] > records.jsonl   (SIZE: 5000)
local cjson = require("cjson")

local path, size = arg[1], tonumber(arg[2] or 5000)
if not path or not size then
  io.stderr:write("usage: records.lua CORPUS [SIZE]\n")
  os.exit(2)
end

local f = assert(io.open(path, "rb"))
local text = f:read("a")
f:close()

local n, parts, bytes = 0, {}, 0
local function flush()
  if #parts == 0 then return end
  n = n + 1
  io.write(cjson.encode({ id = "doc-" .. n, text = table.concat(parts, "\n\n") }), "\n")
  parts, bytes = {}, 0
end

for paragraph in (text .. "\n\n"):gmatch("(.-)\r?\n[%s]*\n") do
  if paragraph:find("%S") then
    parts[#parts + 1] = paragraph
    bytes = bytes + #paragraph + 2
    if bytes >= size then flush() end
  end
end
flush()
