-- Runs every line of the Unicode break test files vendored in spec/data/
-- (Unicode 15.0, the version of utf8proc 2.8 and of verba's tables).
local U = require("spec.helpers").U
local verba = require("verba")

-- Parses "÷ 0041 × 0308 ÷ ..." into the UTF-8 string and the expected
-- 1-based inclusive byte spans between ÷ marks.
local function parse(line)
  local body = line:gsub("#.*", "")
  local parts, spans, start = {}, {}, 1
  local len = 0
  -- ÷ is C3 B7 and × is C3 97 in UTF-8; a Lua class would match bytes
  for mark, hex in body:gmatch("(\195[\151\183])%s*(%x*)") do
    if mark == "÷" and len >= start then
      spans[#spans + 1] = { start, len }
      start = len + 1
    end
    if hex ~= "" then
      local ch = U(tonumber(hex, 16))
      parts[#parts + 1] = ch
      len = len + #ch
    end
  end
  return table.concat(parts), spans
end

local function each_case(file)
  local cases = {}
  for line in io.lines("spec/data/" .. file) do
    if line:find("^÷") then
      local s, spans = parse(line)
      cases[#cases + 1] = { line = line, s = s, spans = spans }
    end
  end
  return cases
end

local function spans_of(iter, s)
  local got = {}
  for a, b in iter(s) do got[#got + 1] = { a, b } end
  return got
end

local function conformance(file, iter, expected_count)
  it("passes every line of " .. file, function()
    local cases = each_case(file)
    assert.are.equal(expected_count, #cases)
    local failures = {}
    for _, case in ipairs(cases) do
      local ok = pcall(assert.are.same, case.spans, spans_of(iter, case.s))
      if not ok then failures[#failures + 1] = case.line end
    end
    assert.are.same({}, failures)
  end)
end

describe("UAX #29 conformance", function()
  conformance("WordBreakTest.txt", verba.segments, 1823)
  conformance("GraphemeBreakTest.txt", verba.graphemes, 602)
  conformance("SentenceBreakTest.txt", function(s)
    return verba.sentences(s, { mode = "uax29" })
  end, 502)
end)
