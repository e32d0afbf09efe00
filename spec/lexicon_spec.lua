-- The lexicon: every entry of data/en is found with its classes, in the
-- spellings its case allows; inflected and clitic forms; phrases; the
-- generator's checks. (verba_lexicon_build is checked in C:
-- spec/lexicon_test.c, make lexicon-test.)
local helpers = require("spec.helpers")
local U = helpers.U
local core = require("verba.core")

local DATA = "data/en"
local LUA = "lua5.4" -- the generator's Lua

local function lines_of(command)
  local p = assert(io.popen(command))
  local out = {}
  for line in p:lines() do out[#out + 1] = line end
  p:close()
  return out
end

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local function write(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

local function set(list)
  local t = {}
  for _, x in ipairs(list) do t[x] = true end
  return t
end

-- General categories of the letters that are not ASCII (UnicodeData.txt,
-- as the generator reads them), loaded if an entry needs them.
local categories
local function category(cp)
  if cp < 128 then
    return (cp >= 65 and cp <= 90) and "Lu" or (cp >= 97 and cp <= 122) and "Ll" or nil
  end
  if not categories then
    categories = {}
    for line in io.lines("/usr/share/unicode/UnicodeData.txt") do
      local c, cat = line:match("^(%x+);[^;]*;(%a%a);")
      if c then categories[tonumber(c, 16)] = cat end
    end
  end
  return categories[cp]
end

-- The case an entry is written in, as the generator reads it.
local function case_of(word)
  local upper, lower = 0, 0
  for _, cp in ipairs(helpers.codepoints(word)) do
    local cat = category(cp)
    if cat == "Lu" or cat == "Lt" then upper = upper + 1 elseif cat == "Ll" then lower = lower + 1 end
  end
  if upper == 0 then return "lower" end
  if lower == 0 and upper >= 2 then return "upper" end
  return "cap"
end

-- Every entry of every data file: { word, classes = {...}, where }.
local function entries()
  local all = {}
  for _, path in ipairs(lines_of("find " .. DATA .. " -name '*.tsv' | LC_ALL=C sort")) do
    if not path:find("/classes%.tsv$") then
      local n = 0
      for line in io.lines(path) do
        n = n + 1
        if line ~= "" and not line:find("^#") then
          local word, classes, rest = line:match("^([^\t]+)\t([^\t]+)(.*)$")
          assert(word, path .. ":" .. n)
          local e = { word = word, where = path .. ":" .. n, classes = {} }
          for c in classes:gmatch("[^,]+") do e.classes[#e.classes + 1] = c end
          e.particle = rest:match("\tparticle=([^\t]+)")
          all[#all + 1] = e
        end
      end
    end
  end
  return all
end

-- The classes of data/en/classes.tsv: the exact values below are about
-- them, whatever other files (gazetteers) add to the same words.
local base_classes = {}
for line in io.lines(DATA .. "/classes.tsv") do
  local name = line:match("^([%w_]+)\t")
  if name then base_classes[name] = true end
end

-- A record as core.lexicon_lookup gives it, with only those classes.
local function lookup(word, case)
  local r = core.lexicon_lookup(word, case)
  if r then
    for c in pairs(r.classes) do
      if not base_classes[c] then r.classes[c] = nil end
    end
  end
  return r
end

describe("lexicon", function()
  describe("every entry of data/en", function()
    -- a sweep of every data file: the sanitizer and valgrind runs
    -- (VERBA_SWEEPS=skip) leave it to `make test`
    if os.getenv("VERBA_SWEEPS") == "skip" then
      pending("a sweep of data, run by make test")
      return
    end
    local all = entries()
    -- the classes each key has in each spelling, across files: an entry
    -- written in lower case gives them to every spelling, a capitalised one
    -- to the capitalised and upper-case ones
    local LEVEL = { lower = 1, cap = 2, upper = 3 }
    local spelled = {}
    for _, e in ipairs(all) do
      local key = e.word:lower()
      spelled[key] = spelled[key] or { {}, {}, {} }
      for level = LEVEL[case_of(e.word)], 3 do
        for _, c in ipairs(e.classes) do spelled[key][level][c] = true end
      end
    end

    it("is there (the word lists of the C sources, and whatever joined them)", function()
      assert.is_true(#all >= 898)
    end)

    it("is found with all its classes in the spellings its case allows", function()
      local missing = {}
      for _, e in ipairs(all) do
        local case = case_of(e.word)
        local spellings = case == "lower" and { "lower", "capitalized", "upper" } or
                          case == "cap" and { "capitalized", "upper" } or { "upper" }
        for _, spelling in ipairs(spellings) do
          local r = core.lexicon_lookup(e.word, spelling)
          for _, c in ipairs(e.classes) do
            if not (r and r.classes[c]) then
              missing[#missing + 1] = e.where .. " " .. e.word .. " " .. spelling .. " " .. c
            end
          end
          if e.particle and not (r and r.particle == e.particle) then
            missing[#missing + 1] = e.where .. " particle"
          end
        end
      end
      assert.are.same({}, missing)
    end)

    it("is not found in a spelling its case does not allow", function()
      local wrong = {}
      for _, e in ipairs(all) do
        local case = case_of(e.word)
        if case ~= "lower" then
          local below = case == "cap" and { "lower" } or { "lower", "capitalized" }
          for _, spelling in ipairs(below) do
            local r = core.lexicon_lookup(e.word, spelling)
            for _, c in ipairs(e.classes) do
              local level = spelling == "lower" and 1 or 2
              if r and r.classes[c] and not spelled[e.word:lower()][level][c] then
                wrong[#wrong + 1] = e.where .. " " .. e.word .. " " .. spelling .. " " .. c
              end
            end
          end
        end
      end
      assert.are.same({}, wrong)
    end)
  end)

  describe("a word as written", function()
    it("gives its record, case-insensitively", function()
      local said = { classes = set{ "cue", "finite_cue" }, inflected = false, clitic = false,
                     key = "said" }
      assert.are.same(said, lookup("said"))
      assert.are.same(said, lookup("SAID"))
      assert.are.same(said, lookup("Said"))
      assert.is_nil(lookup("zzyzx"))
      assert.is_nil(lookup(""))
    end)

    it("takes the case it is written in unless told", function()
      -- sentence_opener is written "The": not in lower case
      assert.is_nil(lookup("the").classes.sentence_opener)
      assert.is_true(lookup("The").classes.sentence_opener)
      assert.is_true(lookup("THE").classes.sentence_opener)
      assert.is_true(lookup("the", "capitalized").classes.sentence_opener)
      -- "Mass" is an abbreviation capitalised, and a region abbreviation anyhow
      assert.are.same(set{ "region_abbrev" }, lookup("mass").classes)
      assert.are.same(set{ "region_abbrev", "abbrev_general" }, lookup("Mass").classes)
      assert.has_error(function() lookup("x", "title") end)
    end)

    it("reads words that are not ASCII with Unicode case folding", function()
      -- U+017F LONG S folds to s, U+212A KELVIN SIGN to k
      assert.are.same({ classes = set{ "cue", "finite_cue" }, inflected = false,
                        clitic = false, key = "said" }, lookup(U(0x17F) .. "aid"))
      assert.are.same(set{ "region_abbrev" }, lookup(U(0x212A) .. "an", "lower").classes)
      assert.are.same(set{ "region_abbrev", "abbrev_general" }, lookup(U(0x212A) .. "an").classes)
      assert.is_nil(lookup("Zz" .. U(0xFC) .. "richqx"))
      assert.is_nil(lookup("said\255"))
    end)
  end)

  describe("inflected forms of cue verbs", function()
    local function inflected(word, lemma, classes, particle)
      assert.are.same({ classes = set(classes), inflected = true, clitic = false,
                        key = lemma, particle = particle }, lookup(word))
    end

    it("find their lemma with the classes that inflect", function()
      inflected("says", "say", { "cue" })
      inflected("added", "add", { "cue" })
      inflected("admitted", "admit", { "cue" })
      inflected("denies", "deny", { "cue" })
      inflected("denied", "deny", { "cue" })
      inflected("arguing", "argue", { "cue" })
      inflected("Argued", "argue", { "cue" })
      inflected("quipping", "quip", { "cue", "noun_cue" })
      inflected("tells", "tell", { "cue", "addressee_cue" })
      inflected("pointed", "point", { "cue", "cue_needs_particle" }, "out")
      inflected("accorded", "accord", { "cue", "cue_needs_particle", "cue_takes_object" }, "to")
    end)

    it("keep their own classes when they are entries too", function()
      -- naming_word "called" is a form of the cue call; "claims" a speech noun
      inflected("called", "call", { "cue", "noun_cue", "naming_cue", "naming_word" }, "on")
      inflected("claims", "claim", { "cue", "noun_cue", "speech_noun" })
      -- "According" opens sentences and is a form of accord (to)
      inflected("According", "accord", { "cue", "cue_needs_particle", "cue_takes_object",
                                          "sentence_opener" }, "to")
    end)

    it("are only forms of words whose classes inflect", function()
      assert.is_nil(lookup("statementing"))
      assert.is_nil(lookup("thes"))
      assert.are.same(set{ "time_span" }, lookup("hours").classes) -- an entry as written
      assert.is_nil(lookup("hour"))
      assert.is_nil(lookup("calleds")) -- called is a form, not a lemma
    end)
  end)

  describe("clitics", function()
    local she = set{ "pronoun", "female", "clause_pronoun", "contracted_subject" }

    it("find the word before them with the classes that carry", function()
      assert.are.same({ classes = she, inflected = false, clitic = true, key = "she" },
        lookup("she's"))
      assert.are.same({ classes = she, inflected = false, clitic = true, key = "she" },
        lookup("she" .. U(0x2019) .. "s"))
      assert.are.same({ classes = set{ "pronoun", "nonperson" }, inflected = false,
                        clitic = true, key = "we" }, lookup("we're"))
      assert.are.same(set{ "pronoun", "male", "clause_pronoun", "contracted_subject" },
        lookup("he'll").classes)
      assert.are.same(set{ "pronoun", "male", "clause_pronoun", "contracted_subject",
                           "sentence_opener" }, lookup("He'll").classes)
      assert.are.same(set{ "pronoun", "nonperson", "sentence_opener" }, lookup("I'm").classes)
    end)

    it("keep the word's own entry (it's is an np_stop)", function()
      assert.are.same({ classes = set{ "np_stop", "pronoun", "nonperson", "contracted_subject",
                                       "clause_contraction" },
                        inflected = false, clitic = true, key = "it" }, lookup("it" .. U(0x2019) .. "s"))
      assert.is_true(lookup("It's").classes.sentence_opener)
    end)

    it("give nothing for a stem without classes that carry", function()
      assert.is_nil(core.lexicon_lookup("Zxqv's"))
      assert.is_nil(lookup("said's"))
      assert.is_nil(lookup("she'x"))
      assert.are.same(set{ "clitic_ending" }, lookup("'s").classes)
    end)

    it("carry the stem's name classes (a possessive name)", function()
      local r = core.lexicon_lookup("Smith's")
      assert.is_true(r.clitic)
      assert.is_true(r.classes.surname)
      assert.are.equal("smith", r.key)
    end)
  end)

  describe("phrases", function()
    it("are keyed by their words joined by one space", function()
      local nh = { classes = set{ "region" }, inflected = false, clitic = false,
                   key = "new hampshire" }
      assert.are.same(nh, lookup("new hampshire"))
      assert.are.same(nh, lookup("New Hampshire"))
      assert.are.same(nh, lookup("New \n\tHampshire"))
      assert.are.same(nh, lookup("New" .. U(0xA0) .. "Hampshire"))
      assert.is_nil(lookup("newhampshire"))
    end)

    it("mark their first word", function()
      assert.are.same(set{ "phrase_start" }, lookup("new").classes)
      assert.is_true(lookup("West").classes.phrase_start)
      assert.is_nil(lookup("hampshire"))
    end)
  end)

  describe("the generator", function()
    local dir = os.tmpname()
    local function run(files)
      os.remove(dir)
      os.execute("rm -rf '" .. dir .. "' && mkdir -p '" .. dir .. "/sub'")
      write(dir .. "/classes.tsv", "# test\ncue\tinflects\tc\nnoun\t-\tn\n" ..
        "clitic_ending\t-\te\nphrase_start\t-\tp\n")
      for name, text in pairs(files) do write(dir .. "/" .. name, text) end
      return helpers.run(LUA .. " tools/gen_lexicon.lua '" .. dir .. "' 2>&1 >/dev/null")
    end
    teardown(function() os.execute("rm -rf '" .. dir .. "'") end)

    it("accepts sorted, well-formed files", function()
      local ok, out = run{ ["a.tsv"] = "# c\n\nAb\tnoun\nac\tcue\tparticle=to\n",
                           ["sub/b.tsv"] = "ab\tcue\nnew york\tnoun\n" }
      assert.are.equal("", out)
      assert.is_true(ok)
    end)

    local function fails(files, where, message)
      local ok, out = run(files)
      assert.is_falsy(ok)
      assert.matches("gen_lexicon: " .. dir .. "/" .. where .. ": ", out, 1, true)
      assert.matches(message, out, 1, true)
    end

    it("fails on an unsorted file", function()
      fails({ ["a.tsv"] = "b\tnoun\na\tnoun\n" }, "a.tsv:2", "not sorted")
    end)

    it("fails on a duplicate in one file, whatever its case", function()
      fails({ ["a.tsv"] = "# x\nMay\tnoun\nmay\tcue\n" }, "a.tsv:3", "duplicate entry 'may'")
    end)

    it("fails on an unknown class", function()
      fails({ ["sub/b.tsv"] = "a\tnoun,verb\n" }, "sub/b.tsv:1", "unknown class 'verb'")
    end)

    it("fails on a malformed line", function()
      fails({ ["a.tsv"] = "a noun\n" }, "a.tsv:1", "an entry line is")
      fails({ ["a.tsv"] = "new  york\tnoun\n" }, "a.tsv:1", "single spaces")
      fails({ ["a.tsv"] = "a\tnoun\tparticle\n" }, "a.tsv:1", "key=value")
      fails({ ["a.tsv"] = "a\tnoun\tcolour=red\n" }, "a.tsv:1", "unknown attribute")
    end)

    it("fails on conflicting attributes of one record", function()
      fails({ ["a.tsv"] = "go\tcue\tparticle=on\n", ["b.tsv"] = "Go\tcue\tparticle=off\n" },
        "b.tsv:1", "conflicting particle")
    end)

    it("made csrc/lexicon_data.h from data/en as it is", function()
      local generated = os.tmpname()
      assert.is_true(helpers.execute(LUA .. " tools/gen_lexicon.lua " .. DATA .. " > " .. generated))
      local same = read(generated) == read("csrc/lexicon_data.h")
      os.remove(generated)
      assert.is_true(same, "run make tables")
    end)
  end)
end)
