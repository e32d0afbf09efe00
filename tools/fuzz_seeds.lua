-- Writes the seed corpus of the fuzz targets: every string literal of the
-- specs (the texts they were written to check, with their escapes
-- decoded by Lua itself) of at least MIN_BYTES bytes, and the bundled
-- articles and page, one file each.
--   lua5.4 tools/fuzz_seeds.lua OUT_DIR FILE...
local MIN_BYTES = 3

local out_dir = assert(arg[1], "usage: fuzz_seeds.lua OUT_DIR FILE...")

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

-- The string literals of Lua source s, decoded: quoted ones and long
-- brackets, comments skipped.
local function literals(s)
  local out, pos = {}, 1
  while pos <= #s do
    local c = s:sub(pos, pos)
    local long = s:match("^%[(=*)%[", pos)
    if s:sub(pos, pos + 1) == "--" then
      local level = s:match("^%-%-%[(=*)%[", pos)
      if level then
        local close = s:find("]" .. level .. "]", pos, true)
        pos = (close or #s) + #level + 2
      else
        pos = (s:find("\n", pos, true) or #s) + 1
      end
    elseif long then
      local open_end = pos + #long + 2
      local close = s:find("]" .. long .. "]", open_end, true) or #s + 1
      out[#out + 1] = s:sub(open_end, close - 1):gsub("^\n", "")
      pos = close + #long + 2
    elseif c == '"' or c == "'" then
      local i = pos + 1
      while i <= #s and s:sub(i, i) ~= c and s:sub(i, i) ~= "\n" do
        i = i + (s:sub(i, i) == "\\" and 2 or 1)
      end
      local decode = load("return " .. s:sub(pos, i))
      local ok, value = pcall(decode or error)
      if ok and type(value) == "string" then out[#out + 1] = value end
      pos = i + 1
    else
      pos = pos + 1
    end
  end
  return out
end

local written, seen = 0, {}
local function write(text)
  if #text < MIN_BYTES or seen[text] then return end
  seen[text] = true
  written = written + 1
  local f = assert(io.open(("%s/seed-%05d"):format(out_dir, written), "wb"))
  f:write(text)
  f:close()
end

for i = 2, #arg do
  local path = arg[i]
  local text = read(path)
  if path:match("%.lua$") then
    for _, literal in ipairs(literals(text)) do write(literal) end
  else
    write(text)
  end
end
print(("fuzz_seeds: %d seeds in %s"):format(written, out_dir))
