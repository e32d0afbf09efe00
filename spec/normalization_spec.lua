-- Normalisation and case folding against the Unicode data files vendored
-- in spec/data/ (Unicode 15.0, the version of utf8proc 2.8 and of
-- verba's tables): every line of NormalizationTest.txt, all four forms
-- and all five columns, as its header prescribes, and CaseFolding.txt
-- (statuses C and F: full case folding) for every code point.
local helpers = require("spec.helpers")
local U = helpers.U
local verba = require("verba")

local FORMS = { "NFC", "NFD", "NFKC", "NFKD" }

-- "1E0A 0323" -> the UTF-8 string
local function chars(field)
  local out = {}
  for hex in field:gmatch("%x+") do out[#out + 1] = U(tonumber(hex, 16)) end
  return table.concat(out)
end

-- Every code point that UTF-8 can carry (not the surrogates).
local function each_scalar(f)
  for cp = 0, 0x10FFFF do
    if cp < 0xD800 or cp > 0xDFFF then f(cp) end
  end
end

-- The lines of NormalizationTest.txt as {c1, ..., c5, line = ...}, and
-- the set of code points Part 1 lists.
local function read_tests()
  local cases, listed, part = {}, {}, nil
  for line in io.lines("spec/data/NormalizationTest.txt") do
    local p = line:match("^@Part(%d)")
    local body = line:gsub("#.*", "")
    if p then
      part = tonumber(p)
    elseif body:find("%x") then
      local c = { line = line }
      for field in body:gmatch("([^;]*);") do c[#c + 1] = chars(field) end
      cases[#cases + 1] = c
      if part == 1 then listed[helpers.codepoints(c[1])[1]] = true end
    end
  end
  return cases, listed
end

-- For each form, which column each column normalises to (the header's
-- CONFORMANCE section: NFC c2 == toNFC(c1) == toNFC(c2) == toNFC(c3),
-- c4 == toNFC(c4) == toNFC(c5), and so on).
local EXPECTED = {
  NFC = { 2, 2, 2, 4, 4 },
  NFD = { 3, 3, 3, 5, 5 },
  NFKC = { 4, 4, 4, 4, 4 },
  NFKD = { 5, 5, 5, 5, 5 },
}

local function hex(s)
  local out = {}
  for _, cp in ipairs(helpers.codepoints(s)) do out[#out + 1] = ("%04X"):format(cp) end
  return table.concat(out, " ")
end

describe("normalization (UAX #15)", function()
  local cases, listed = read_tests()

  it("orders marks canonically, across the characters they come from", function()
    assert.are.equal("a" .. U(0x323, 0x302), verba.normalize("a" .. U(0x302, 0x323), "NFD"))
    assert.are.equal(U(0x1EAD), verba.normalize("a" .. U(0x302, 0x323), "NFC"))
    assert.are.equal(U(0x1EAD), verba.normalize(U(0xE2, 0x323), "NFC"))
    assert.are.equal("a" .. U(0x323, 0x302), verba.normalize(U(0xE2, 0x323), "NFD"))
    -- a long run (sorted through scratch space) keeps equal classes in order
    local marks = (U(0x302, 0x323, 0x301, 0x316)):rep(50)
    assert.are.equal((U(0x323, 0x316)):rep(50) .. (U(0x302, 0x301)):rep(50),
      verba.normalize("x" .. marks, "NFD"):sub(2))
  end)

  it("keeps malformed bytes as U+FFFD with invalid = \"replace\"", function()
    assert.are.equal("a" .. U(0xFFFD, 0x323, 0x302),
      verba.normalize("a\255" .. U(0x302, 0x323), "NFD", { invalid = "replace" }))
  end)

  it("writes nothing past its buffer when every character takes 4 bytes", function()
    -- utf8proc ends its UTF-8 with a NUL, one byte past 4 per code point;
    -- 256 code points fill the binding's stack buffer, 2000 a heap one.
    -- The write is in utf8proc, which ASan does not see: `make valgrind`
    -- reports it, a plain run may only crash later.
    for _, n in ipairs({ 127, 128, 129, 1000 }) do
      local s = (U(0x1F44D, 0x1F3FD)):rep(n)
      assert.are.equal(s, verba.normalize(s, "NFC"))
      assert.are.equal(s, verba.normalize(s, "NFKD"))
      assert.are.equal(s, verba.casefold(s))
    end
    collectgarbage()
  end)

  it("passes every line of NormalizationTest.txt in the four forms", function()
    assert.are.equal(19074, #cases)
    local failures = {}
    for _, c in ipairs(cases) do
      for _, form in ipairs(FORMS) do
        for col = 1, 5 do
          local want = c[EXPECTED[form][col]]
          local got = verba.normalize(c[col], form)
          if got ~= want then
            failures[#failures + 1] = ("%s(c%d) of %s: %s, not %s"):format(
              form, col, c.line:match("^[^#]*"), hex(got), hex(want))
          end
        end
      end
    end
    assert.are.same({}, failures)
  end)

  it("leaves every code point Part 1 does not list as it is, in every form", function()
    local pieces = {}
    each_scalar(function(cp)
      if not listed[cp] then pieces[#pieces + 1] = U(cp) end
    end)
    -- one text, a line per character (a line feed composes with nothing
    -- and stops every run of marks); one by one only to name a failure
    local text = table.concat(pieces, "\n")
    local failures = {}
    for _, form in ipairs(FORMS) do
      if verba.normalize(text, form) ~= text then
        for _, ch in ipairs(pieces) do
          if verba.normalize(ch, form) ~= ch then
            failures[#failures + 1] = form .. " " .. hex(ch)
          end
        end
      end
    end
    assert.are.same({}, failures)
  end)
end)

describe("case folding", function()
  it("folds every code point as CaseFolding.txt says (C and F)", function()
    local fold, mapped = {}, 0
    for line in io.lines("spec/data/CaseFolding.txt") do
      local code, status, mapping = line:match("^(%x+); ([CFST]); ([%x ]+);")
      if code and (status == "C" or status == "F") then
        fold[tonumber(code, 16)] = chars(mapping)
        mapped = mapped + 1
      end
    end
    assert.are.equal(1530, mapped)
    local pieces, want = {}, {}
    each_scalar(function(cp)
      pieces[#pieces + 1] = U(cp)
      want[#want + 1] = fold[cp] or pieces[#pieces]
    end)
    local failures = {}
    if verba.casefold(table.concat(pieces)) ~= table.concat(want) then
      for i, ch in ipairs(pieces) do
        local got = verba.casefold(ch)
        if got ~= want[i] then
          failures[#failures + 1] = ("%s: %s, not %s"):format(hex(ch), hex(got), hex(want[i]))
        end
      end
    end
    assert.are.same({}, failures)
  end)
end)
