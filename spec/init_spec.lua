-- init, as string.find takes it: f(s [, init] [, opts]) gives exactly the
-- items f gives for the whole text that start at byte init or later.
local U = require("spec.helpers").U
local verba = require("verba")

local function read(path)
  local f = assert(io.open(path, "rb"))
  local text = f:read("*a")
  f:close()
  return text
end

-- Every item a call gives, as a list: an iterator's tuples, or the array.
local function items(name, ...)
  local first, err = verba[name](...)
  assert(first, err)
  if type(first) == "table" then return first end
  local out = {}
  for a, b, c in first do out[#out + 1] = { a, b, c } end
  return out
end

-- The byte init means, by string.find's rule (written out, not shared with
-- the code under test).
local function first_byte(s, init)
  if init < 0 then init = #s + init + 1 end
  return init < 1 and 1 or init
end

-- Where an item starts: tuples and detail tokens, quotations.
local function start_of(item)
  return item.start or item[1]
end

-- The items name gives for the whole text s, each with where it starts:
-- { start, item }. words and split_sentences give strings, so theirs come
-- from the iterator that gives their positions.
local function whole(name, s, opts)
  local out = {}
  if name == "words" or name == "split_sentences" then
    local source = name == "words" and "tokens" or "sentences"
    for _, t in ipairs(items(source, s, opts)) do
      if name ~= "words" or t[3] == "word" then
        out[#out + 1] = { t[1], s:sub(t[1], t[2]) }
      end
    end
  else
    for _, item in ipairs(items(name, s, opts)) do out[#out + 1] = { start_of(item), item } end
  end
  return out
end

-- Of the whole text's items, those that start at first_byte(s, init) or later.
local function expected(all, s, init)
  local from, out = first_byte(s, init), {}
  for _, entry in ipairs(all) do
    if entry[1] >= from then out[#out + 1] = entry[2] end
  end
  return out
end

-- Deep equality, without luassert's bookkeeping: the property checks
-- below compare thousands of items per init.
local function same(a, b)
  if type(a) ~= "table" or type(b) ~= "table" then return a == b end
  for k, x in pairs(a) do
    if not same(x, b[k]) then return false end
  end
  for k in pairs(b) do
    if a[k] == nil then return false end
  end
  return true
end

-- Results of words: strings, not tuples.
local function got(name, s, init, opts)
  if name ~= "words" then return items(name, s, init, opts) end
  local out = {}
  for w in verba.words(s, init, opts) do out[#out + 1] = w end
  return out
end

-- Every function that finds items, with option sets that change them.
local calls = {
  { "tokens" }, { "tokens", { spaces = true } }, { "tokens", { split_possessive = true } },
  { "tokenize", { detail = true } }, { "words" },
  { "segments" }, { "graphemes" },
  { "sentences" }, { "sentences", { mode = "uax29" } }, { "split_sentences" },
  { "paragraphs" }, { "quotes" },
}

-- Written for this spec: line starts after CR LF, a combining mark, flags
-- and spaces; a split possessive, a list, nested quotations, blank lines.
local mixed = ("Roe’s plan:\r\n1. Fund the U.S. office.\n" .. U(0x301) .. "2. Hire staff.\n") ..
  "🇫🇷🇩🇪\n🇩🇪 flags  \n   “They said ‘no’ twice,” Hu told us. Then he left.\n\n" ..
  "  A new paragraph starts here — with an em dash… and e-mail: a@b.org.\n"

describe("init", function()
  describe("gives exactly the items of the whole text from init on", function()
    -- In each text each line's first bytes, where segments restart, both
    -- ends and a sample between (every fifth init of the written text,
    -- negative and positive, out of range included): every init of both
    -- takes minutes under valgrind.
    local texts = {
      { "written text", mixed, 5 },
      { "a Wikinews article", read("examples/wikinews/korea.txt"), 251 },
    }
    local function sampled(s, init, step)
      local at = first_byte(s, init)
      return step == 1 or init % step == 0 or at <= 2 or at >= #s - 1 or
        init > 0 and s:sub(at - 1, at - 1) == "\n"
    end
    for _, case in ipairs(texts) do
      local what, s, step = case[1], case[2], case[3]
      for _, call in ipairs(calls) do
        local name, opts = call[1], call[2]
        it(("%s: verba.%s%s"):format(what, name, opts and " with options" or ""), function()
          local all = whole(name, s, opts)
          assert.is_true(#all > 0)
          for init = -#s - 2, #s + 2 do
            if sampled(s, init, step) then
              local want, have = expected(all, s, init), got(name, s, init, opts)
              if not same(want, have) then
                assert.are.same(want, have, ("init %d"):format(init))
              end
            end
          end
        end)
      end
    end
  end)

  describe("verba.tokens", function()
    local s = "Roe met the U.S. envoy."
    local function starts(...)
      local out = {}
      for start, stop in verba.tokens(...) do out[#out + 1] = s:sub(start, stop) .. "@" .. start end
      return table.concat(out, " ")
    end

    it("starts at a token that starts at init, offsets of the whole text", function()
      assert.are.equal("the@9 U.S.@13 envoy@18 .@23", starts(s, 9))
    end)

    it("leaves out a token that starts before init", function()
      assert.are.equal("envoy@18 .@23", starts(s, 14)) -- inside U.S.
      assert.are.equal("envoy@18 .@23", starts(s, 17)) -- on the space before envoy
    end)

    it("counts a negative init from the end", function()
      assert.are.equal(".@23", starts(s, -1))
      assert.are.equal("envoy@18 .@23", starts(s, -6))
      assert.are.equal(".@23", starts(s, -5)) -- inside envoy
    end)

    it("reads 0 and anything before the start as 1", function()
      local all = starts(s)
      assert.are.equal("Roe@1 met@5 the@9 U.S.@13 envoy@18 .@23", all)
      assert.are.equal(all, starts(s, 0))
      assert.are.equal(all, starts(s, -#s))
      assert.are.equal(all, starts(s, -#s - 1))
      assert.are.equal(all, starts(s, math.mininteger or -2 ^ 53))
    end)

    it("gives nothing from past the end", function()
      assert.are.equal("", starts(s, #s + 1))
      assert.are.equal("", starts(s, #s + 2))
      assert.are.equal("", starts(s, math.maxinteger or 2 ^ 53))
      assert.are.equal("", starts("", 1))
      assert.are.same({}, verba.tokenize(s, 100))
    end)

    it("takes an integral float", function()
      assert.are.equal(starts(s, 9), starts(s, 9.0))
    end)

    it("takes options after init, and still without init", function()
      local t = "a  b"
      local function spaced(...)
        local out = {}
        for start, stop, kind in verba.tokens(t, ...) do out[#out + 1] = start .. "-" .. stop .. kind end
        return table.concat(out, " ")
      end
      assert.are.equal("2-3space 4-4word", spaced(2, { spaces = true }))
      assert.are.equal("4-4word", spaced(3, { spaces = true })) -- inside the spaces
      assert.are.equal("4-4word", spaced(-2, { spaces = true }))
      assert.are.equal("4-4word", spaced(2))
      assert.are.equal("1-1word 2-3space 4-4word", spaced({ spaces = true }))
      assert.are.equal("1-1word 2-3space 4-4word", spaced(nil, { spaces = true }))
      assert.are.equal("1-1word 4-4word", spaced(nil))
    end)
  end)

  it("never cuts a sentence, a paragraph or a grapheme cluster", function()
    local s = "Mr. Hu left at 5 p.m. sharp. Roe stayed.\n\nThe end. Really."
    assert.are.same({ "Roe stayed.", "The end.", "Really." }, verba.split_sentences(s, 2))
    assert.are.same({ "Roe stayed.", "The end.", "Really." }, verba.split_sentences(s, 29))
    assert.are.same({ "Really." }, verba.split_sentences(s, -8))
    local paragraphs = {}
    for start, stop in verba.paragraphs(s, 3) do paragraphs[#paragraphs + 1] = { start, stop } end
    assert.are.same({ { 43, #s } }, paragraphs)
    local e = ("e" .. U(0x301) .. "x")
    local clusters = {}
    for start, stop in verba.graphemes(e, 2) do clusters[#clusters + 1] = { start, stop } end
    assert.are.same({ { 4, 4 } }, clusters)
  end)

  it("starts segments and clusters after a line feed as in the whole text", function()
    -- flags pair from the line's start (FR DE | DE); from inside a pair,
    -- nothing of it is given
    local s = (U(0x1F1EB, 0x1F1F7, 0x1F1E9, 0x1F1EA) .. "\n" .. U(0x1F1E9, 0x1F1EA) .. "\r\nx")
    local function spans(name, init)
      local out = {}
      for start, stop in verba[name](s, init) do out[#out + 1] = start .. "-" .. stop end
      return table.concat(out, " ")
    end
    for _, name in ipairs({ "segments", "graphemes" }) do
      assert.are.equal("18-25 26-27 28-28", spans(name, 18))
      assert.are.equal("28-28", spans(name, 27)) -- CR LF is one: it starts at 26
      assert.are.equal("26-27 28-28", spans(name, 22))
    end
  end)

  describe("verba.quotes", function()
    local s = "Hu said: “They told me ‘no’ twice.” Then “Go,” Roe said."
    local outer = s:find("“", 1, true)
    local second = s:find("“", outer + 1, true)

    it("gives a quotation that starts at init with the quotations inside it", function()
      local q = verba.quotes(s, outer)
      assert.are.equal(2, #q)
      assert.are.equal(outer, q[1].start)
      assert.are.equal("no", q[1].nested[1].text)
      assert.are.equal(second, q[2].start)
    end)

    it("leaves out a quotation that starts before init, and those inside it", function()
      local q = verba.quotes(s, outer + 1) -- the nested ‘no’ starts after init
      assert.are.equal(1, #q)
      assert.are.equal(second, q[1].start)
      assert.are.equal("Roe", q[1].speaker)
    end)

    it("attributes from the whole text", function()
      local t = "“We will appeal,” said Maria Lopez. “The ruling is wrong,” she added."
      local q = verba.quotes(t, (t:find("“The", 1, true)))
      assert.are.equal(1, #q)
      assert.are.equal("she", q[1].speaker)
      assert.are.equal("Maria Lopez", q[1].speaker_name)
    end)

    it("takes options after init", function()
      local t = "“No,” Hu said. “Fine,” Roe quipped."
      local q = verba.quotes(t, 3, { verbs = { "quipped" } })
      assert.are.equal(1, #q)
      assert.are.equal("Roe", q[1].speaker)
      assert.are.equal("quipped", q[1].cue)
    end)
  end)

  describe("with invalid UTF-8", function()
    local s = "ab\128cd ef"
    local names = { "segments", "graphemes", "tokens", "tokenize", "words", "sentences",
                    "split_sentences", "paragraphs", "quotes" }
    local iterators = { segments = true, graphemes = true, tokens = true, words = true,
                        sentences = true, paragraphs = true }

    it("still reads the whole text and names the first bad byte", function()
      for _, name in ipairs(names) do
        for _, init in ipairs({ 1, 2, 5, -1, #s + 5 }) do
          for _, opts in ipairs({ {}, { invalid = "error" } }) do
            if iterators[name] then
              local ok, err = pcall(verba[name], s, init, opts)
              assert.is_false(ok, name)
              assert.matches("verba%." .. name .. ": invalid UTF%-8 at byte 3$", err)
            else
              assert.are.same({ nil, "invalid UTF-8 at byte 3" }, { verba[name](s, init, opts) }, name)
            end
          end
        end
      end
    end)

    it("keeps offsets of the whole text with invalid = 'replace'", function()
      assert.are.same({ { 3, 3, "symbol" }, { 4, 5, "word" }, { 7, 8, "word" } },
        items("tokens", s, 3, { invalid = "replace" }))
      assert.are.same({ "ef" }, verba.tokenize(s, 5, { invalid = "replace" }))
    end)
  end)

  describe("misuse", function()
    local names = { "segments", "graphemes", "tokens", "tokenize", "words", "sentences",
                    "split_sentences", "paragraphs", "quotes" }
    for _, name in ipairs(names) do
      it("verba." .. name .. " rejects an init that is no integer", function()
        local function message(argn, what)
          return ("bad argument #%d to 'verba.%s' (%s)"):format(argn, name, what)
        end
        assert.has_error(function() verba[name]("x", 1.5) end,
          message(2, "number has no integer representation"))
        assert.has_error(function() verba[name]("x", 0 / 0) end,
          message(2, "number has no integer representation"))
        assert.has_error(function() verba[name]("x", math.huge) end,
          message(2, "number has no integer representation"))
        assert.has_error(function() verba[name]("x", "x") end,
          message(2, "integer or options table expected, got string"))
        assert.has_error(function() verba[name]("x", "1") end,
          message(2, "integer or options table expected, got string"))
        assert.has_error(function() verba[name]("x", true) end,
          message(2, "integer or options table expected, got boolean"))
        assert.has_error(function() verba[name]("x", 1, "fast") end,
          message(3, "options table expected, got string"))
        assert.has_error(function() verba[name]("x", 1, { invalud = "replace" }) end,
          message(3, "unknown option \"invalud\""))
        assert.has_error(function() verba[name]("x", {}, 1) end,
          message(3, "nothing expected after the options table, got number"))
      end)
    end

    it("points the error at the caller's line", function()
      local ok, err = pcall(function() verba.sentences("x", 2.5) end)
      assert.is_false(ok)
      assert.matches("init_spec%.lua:%d+: bad argument #2 to 'verba.sentences'", err)
      ok, err = pcall(function() verba.quotes("x", {}, 2) end)
      assert.is_false(ok)
      assert.matches("init_spec%.lua:%d+: bad argument #3 to 'verba.quotes'", err)
    end)
  end)
end)
