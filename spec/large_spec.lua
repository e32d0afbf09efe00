-- A text past 2^31 bytes through the Lua API (issue 12, defect 8): offsets,
-- init and the byte an error names are never narrowed to 32 bits. It
-- needs about 3.2 GB of memory: pending where less is available, and under
-- the sanitizers and valgrind (VERBA_SWEEPS=skip). make large-test drives
-- the C core past 2^32 bytes.
local verba = require("verba")

-- Kilobytes of memory available, from Linux's /proc/meminfo, or nil.
local function available_kb()
  local f = io.open("/proc/meminfo")
  if not f then return nil end
  local info = f:read("a")
  f:close()
  return tonumber(info:match("MemAvailable:%s*(%d+)"))
end

local NEEDED_KB = 8 * 1024 * 1024

describe("a text of more than 2 GiB", function()
  local kb = available_kb()
  if os.getenv("VERBA_SWEEPS") == "skip" or not kb or kb < NEEDED_KB then
    pending("needs 8 GB of available memory (and no VERBA_SWEEPS=skip)")
    return
  end

  -- 2^31 + 16 spaces, halves made by doubling (string.rep stops at 2^31 - 1
  -- bytes) and joined in one concatenation, then a quotation, and a bad
  -- byte that only "replace" lets through.
  local tail = "“Go,” Hu said. Then \xff came."
  local half = " "
  while #half < 2 ^ 30 do
    half = half .. half
    collectgarbage()
  end
  local s = half .. half .. ("        "):rep(2) .. tail
  -- the collector frees the half only once no register holds it
  half = nil -- luacheck: ignore 311
  collectgarbage()
  local at = 2 ^ 31 + 16 -- the offset of the tail (0-based)
  local replace = { invalid = "replace" }

  it("names a bad byte past 2^31 by its offset", function()
    local bad = math.tointeger(at + #"“Go,” Hu said. Then " + 1)
    assert.are.same({ nil, ("invalid UTF-8 at byte %d"):format(bad) }, { verba.tokenize(s) })
    assert.are.equal(2147483689, bad)
  end)

  it("gives tokens past 2^31, from an init past 2^31", function()
    local got = {}
    for start, stop, kind in verba.tokens(s, math.tointeger(at), replace) do
      got[#got + 1] = ("%d-%d %s"):format(start, stop, kind)
    end
    assert.are.same({ "2147483665-2147483667 punct", "2147483668-2147483669 word",
                      "2147483670-2147483670 punct", "2147483671-2147483673 punct",
                      "2147483675-2147483676 word", "2147483678-2147483681 word",
                      "2147483682-2147483682 punct", "2147483684-2147483687 word",
                      "2147483689-2147483689 symbol", "2147483691-2147483694 word",
                      "2147483695-2147483695 punct" }, got)
  end)

  it("finds the quotation and its speaker past 2^31", function()
    local q = verba.quotes(s, replace)
    assert.are.equal(1, #q)
    assert.are.same({ 2147483665, 2147483673, "Go,", "Hu", 2147483675, 2147483676 },
      { q[1].start, q[1].stop, q[1].text, q[1].speaker, q[1].speaker_start, q[1].speaker_stop })
  end)

  it("splits the sentences past 2^31", function()
    assert.are.same({ "“Go,” Hu said.", "Then \xff came." },
      verba.split_sentences(s, -#tail, replace))
  end)
end)
