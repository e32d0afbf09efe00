-- One white space for every stage (issue 12, defect 7): verba_is_space,
-- Unicode's White_Space. A combining mark, a zero width joiner or another
-- format character that follows no letter is text, to sentences as to
-- tokens and paragraphs: the sentence iterator used to skip it as white
-- space, so a text of marks alone had no sentence but a paragraph.
local verba = require("verba")

local function spans(iter)
  local out = {}
  for start, stop in iter do out[#out + 1] = { start, stop } end
  return out
end

local function unit_spans(units)
  local out = {}
  for i, u in ipairs(units) do out[i] = { u.start, u.stop } end
  return out
end

-- Is [start, stop] inside one of the spans?
local function covered(list, start, stop)
  for _, span in ipairs(list) do
    if span[1] <= start and stop <= span[2] then return true end
  end
  return false
end

local texts = {
  { "combining marks alone", "\u{301}\u{301}" },
  { "a zero width joiner alone", "\u{200D}" },
  { "a byte order mark, then a sentence", "\u{FEFF}Hello." },
  { "a line holding only U+0301", "Hello there\n\u{301}\nWorld is here" },
  { "a line holding only U+0301 between blank lines",
    "Hello there\n\n\u{301}\n\nWorld is here" },
  { "a mark after a space", "Hello. \u{301} World" },
  { "a mark after a space at a line start", "One line here.\n \u{301}Two more words" },
  { "a zero width space after a full stop and a space", "Done. \u{200B}Next one." },
  { "marks after a blank line", "First paragraph.\n\n\u{301}\u{200D} second one." },
}

describe("white space", function()
  for _, case in ipairs(texts) do
    local what, s = case[1], case[2]
    it("is the same for sentences, paragraphs, tokens and the document: " .. what, function()
      local sentences = spans(verba.sentences(s))
      local paragraphs = spans(verba.paragraphs(s))
      local doc = verba.analyze(s)
      assert.are.same(unit_spans(doc.sentences), sentences)
      assert.are.same(unit_spans(doc.paragraphs), paragraphs)
      -- every token is text of some sentence and some paragraph
      for start, stop in verba.tokens(s) do
        assert.is_true(covered(sentences, start, stop), ("token %d..%d"):format(start, stop))
        assert.is_true(covered(paragraphs, start, stop), ("token %d..%d"):format(start, stop))
      end
    end)
  end

  it("does not include combining marks or format characters", function()
    assert.are.same({ { 1, 4 } }, spans(verba.sentences("\u{301}\u{301}")))
    assert.are.same({ { 1, 4 } }, spans(verba.paragraphs("\u{301}\u{301}")))
    assert.are.same({ "\u{200D}" }, verba.split_sentences("\u{200D}"))
    assert.are.same({ "\u{FEFF}Hello." }, verba.split_sentences("\u{FEFF}Hello."))
    -- the line of a mark is text: one paragraph; its sentence starts at it
    -- as one that starts with a capital letter would
    local s = "Hello there\n\u{301}\nWorld is here"
    assert.are.same({ { 1, #s } }, spans(verba.paragraphs(s)))
    assert.are.same({ "Hello there", "\u{301}", "World is here" }, verba.split_sentences(s))
    assert.are.same({ "Hello there", "X", "World is here" },
      verba.split_sentences("Hello there\nX\nWorld is here"))
    -- blank lines around it make it a paragraph of its own
    assert.are.same({ { 1, 11 }, { 14, 15 }, { 18, 30 } },
      spans(verba.paragraphs("Hello there\n\n\u{301}\n\nWorld is here")))
  end)

  -- Found by fuzz/fuzz_sentences.c: UAX #29 reads VT and FF as spaces,
  -- so a sentence ran over the paragraph break they make.
  it("breaks lines the same for sentences and paragraphs", function()
    for _, lb in ipairs({ "\n", "\v", "\f", "\r", "\r\n", "\u{85}", "\u{2028}" }) do
      local what = ("line break %q"):format(lb)
      local s = "Hello there" .. lb .. lb .. "world is here"
      local second = #s - #"world is here" + 1
      assert.are.same({ { 1, 11 }, { second, #s } }, spans(verba.paragraphs(s)), what)
      assert.are.same({ { 1, 11 }, { second, #s } }, spans(verba.sentences(s)), what)
      s = "o" .. lb .. "o"
      local line = { paragraphs = "line" }
      assert.are.same({ { 1, 1 }, { #s, #s } }, spans(verba.paragraphs(s, line)), what)
      assert.are.same({ { 1, 1 }, { #s, #s } }, spans(verba.sentences(s, line)), what)
      assert.are.same(unit_spans(verba.analyze(s, line).sentences), spans(verba.sentences(s, line)))
    end
  end)

  it("is every White_Space character and only those", function()
    local white = { "\t", "\n", "\v", "\f", "\r", " ", "\u{85}", "\u{A0}", "\u{1680}",
                    "\u{2000}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}",
                    "\u{3000}" }
    for _, w in ipairs(white) do
      -- U+202F joins as UAX #29 says (ExtendNumLet: French "10\u{202F}000")
      if w ~= "\u{202F}" then
        local s = "a" .. w .. "b"
        assert.are.same({ "a", "b" }, verba.tokenize(s), ("U+%04X"):format(utf8.codepoint(w)))
      end
      assert.are.same({ { #w + 1, #w + 1 } }, spans(verba.sentences(w .. "a" .. w)))
    end
    for _, cp in ipairs({ 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x301, 0x180E }) do
      local c = utf8.char(cp)
      assert.are.same({ { 1, #c } }, spans(verba.sentences(c)), ("U+%04X"):format(cp))
      assert.are.same({ { 1, #c } }, spans(verba.paragraphs(c)), ("U+%04X"):format(cp))
    end
  end)
end)
