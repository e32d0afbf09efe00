-- Throughput and peak memory of the Lua binding.
--   LUA_PATH='lua/?.lua;;' LUA_CPATH='build/?.so;;' lua5.4 bench/bench.lua MODE FILE
-- Prints one line like bench_core: MODE <MB/s> <peak KB> <count>, where MB
-- is 10^6 bytes, the rate is the best of RUNS passes (CPU time, os.clock)
-- and the peak is VmHWM with the input string included.
local verba = require("verba")

local RUNS = 3

-- The texts of the --jsonl-input records of FILE, read before the passes.
local function record_texts(file)
  local cjson = require("cjson")
  local texts = {}
  for line in file:gmatch("[^\n]+") do texts[#texts + 1] = cjson.decode(line).text end
  return texts
end

-- Calls fn on each text: how many items it returned in all, and the bytes.
local function each_record(texts, fn)
  local n, bytes = 0, 0
  for i = 1, #texts do
    n = n + #assert(fn(texts[i]))
    bytes = bytes + #texts[i]
  end
  return n, bytes
end

-- Each mode makes one pass over the text (or what prepare made of it) and
-- returns how many items it saw, and the bytes it read if not the file's;
-- a new stage is one more entry.
local modes = {
  tokens = function(text)
    local n = 0
    for _, _, _ in verba.tokens(text) do n = n + 1 end
    return n
  end,
  tokenize = function(text) return #verba.tokenize(text) end,
  sentences = function(text)
    local n = 0
    for _, _ in verba.sentences(text) do n = n + 1 end
    return n
  end,
  quotes = function(text) return #assert(verba.quotes(text)) end,
  entities = function(text) return #assert(verba.entities(text)) end,
  -- every stage over one document: sentences, paragraphs, quotations
  -- with speakers linked to entities, mentions and entities
  analyze = function(text)
    local a = assert(verba.analyze(text))
    return #a.sentences + #a.paragraphs + #a.quotes + #a.entities + #a.groups
  end,
  -- FILE holds --jsonl-input records: the command on them, in-process,
  -- writing to /dev/null; the count is the records it wrote
  cli = function(text, path)
    local null = assert(io.open("/dev/null", "wb"))
    local status = require("verba.cli").main({ "analyze", "--jsonl-input", "--quiet", path }, null)
    null:close()
    assert(status == 0, "verba analyze --jsonl-input failed")
    local lines, at = 0, 1
    repeat
      local newline = text:find("\n", at, true)
      lines, at = lines + 1, newline and newline + 1
    until not at or at > #text
    return lines
  end,
  -- FILE holds --jsonl-input records: one call per record's text (an
  -- article of about 5 KB, as a pipeline makes them), the rate over the
  -- texts' bytes
  quotes_records = function(texts) return each_record(texts, verba.quotes) end,
  entities_records = function(texts) return each_record(texts, verba.entities) end,
  gmatch = function(text)
    local n = 0
    for _ in text:gmatch("%S+") do n = n + 1 end
    return n
  end,
}

local function peak_kb()
  local f = assert(io.open("/proc/self/status"))
  local status = f:read("a")
  f:close()
  return tonumber(status:match("VmHWM:%s*(%d+)")) or 0
end

-- Reading a file into a Lua string briefly holds it twice (buffer and
-- string). Resetting the high-water mark (Linux: "5" > clear_refs) keeps
-- that out of the peak, so it measures the mode, as in bench_core.
local function reset_peak()
  local f = io.open("/proc/self/clear_refs", "w")
  if f then
    f:write("5")
    f:close()
  end
end

local mode, path = arg[1], arg[2]
local run = modes[mode]
if not run or not path then
  local names = {}
  for name in pairs(modes) do names[#names + 1] = name end
  table.sort(names)
  io.stderr:write("usage: bench.lua MODE FILE\nmodes: ", table.concat(names, " "), "\n")
  os.exit(2)
end

local f = assert(io.open(path, "rb"))
local text = f:read("a")
f:close()
collectgarbage()
reset_peak()

local prepare = { quotes_records = record_texts, entities_records = record_texts }
local input, size = (prepare[mode] or function(t) return t end)(text), #text

local best, count = math.huge, nil
for i = 1, RUNS do
  collectgarbage() -- no pass pays for the garbage of the one before
  local t0 = os.clock()
  local n, bytes = run(input, path)
  local dt = os.clock() - t0
  size = bytes or size
  if i > 1 and n ~= count then error(("pass %d counted %d, not %d"):format(i, n, count)) end
  count = n
  best = math.min(best, dt)
end

print(("%s %.1f %d %d"):format(mode, best > 0 and size / 1e6 / best or 0, peak_kb(), count))
