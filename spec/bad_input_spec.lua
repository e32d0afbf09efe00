-- Bad data is never dropped silently: nil, message naming the byte, or
-- U+FFFD per bad byte with invalid = "replace" and every offset intact.
local U = require("spec.helpers").U
local verba = require("verba")

local function collect(iter)
  local out = {}
  for a, b, kind in iter do out[#out + 1] = { a, b, kind } end
  return out
end

local malformed = {
  { "lone continuation", "ab\128cd", 3 },
  { "truncated sequence", "ab\226\130", 3 },
  { "overlong encoding", "a\192\175b", 2 },
  { "surrogate", "a\237\160\128b", 2 },
  { "above U+10FFFF", "a\244\144\128\128", 2 },
  { "invalid lead byte", "\255z", 1 },
}

local iterators = { "segments", "graphemes", "tokens", "words", "sentences", "paragraphs" }

describe("invalid UTF-8", function()
  for _, case in ipairs(malformed) do
    local what, s, pos = case[1], case[2], case[3]
    it("is reported with its byte position: " .. what, function()
      local msg = ("invalid UTF-8 at byte %d"):format(pos)
      -- iterator factories raise, as utf8.codes does: a for loop cannot
      -- take nil and a message
      for _, name in ipairs(iterators) do
        local ok, err = pcall(verba[name], s)
        assert.is_false(ok)
        assert.are.equal(("verba.%s: %s"):format(name, msg), err)
      end
      assert.are.same({ nil, msg }, { verba.tokenize(s) })
      assert.are.same({ nil, msg }, { verba.split_sentences(s) })
      assert.are.same({ nil, msg }, { verba.quotes(s) })
      assert.are.same({ nil, msg }, { verba.entities(s) })
      assert.are.same({ nil, msg }, { verba.entity_groups(s) })
      assert.are.same({ nil, msg }, { verba.normalize(s) })
      assert.are.same({ nil, msg }, { verba.casefold(s) })
      assert.are.same({ nil, msg }, { verba.decode_html(s) })
      assert.are.same({ nil, msg }, { verba.html_text(s) })
    end)
  end

  it("is read as U+FFFD per bad byte with invalid = 'replace'", function()
    local s = "ab\226\130cd"
    local segs = collect(verba.segments(s, { invalid = "replace" }))
    assert.are.same({ { 1, 2 }, { 3, 3 }, { 4, 4 }, { 5, 6 } }, segs)
    local toks = collect(verba.tokens(s, { invalid = "replace" }))
    assert.are.same({ { 1, 2, "word" }, { 3, 3, "symbol" }, { 4, 4, "symbol" },
                      { 5, 6, "word" } }, toks)
    assert.are.same({ "ab", "\226", "\130", "cd" }, verba.tokenize("ab\226\130 cd", { invalid = "replace" }))
    assert.are.equal("ab" .. U(0xFFFD, 0xFFFD) .. "cd", verba.normalize(s, "NFC", { invalid = "replace" }))
    assert.are.equal("x" .. U(0xFFFD), verba.casefold("X\255", { invalid = "replace" }))
    assert.are.same({ U(0xFFFD) }, verba.tokenize("\255", { invalid = "replace", lower = true }))
  end)

  it("covers every byte with graphemes in replace mode", function()
    local s = "\240\159\145a\204\136\255"
    local covered = {}
    for a, b in verba.graphemes(s, { invalid = "replace" }) do covered[#covered + 1] = s:sub(a, b) end
    assert.are.equal(s, table.concat(covered))
  end)
end)

describe("edge inputs", function()
  it("yields nothing for the empty string", function()
    for _, name in ipairs(iterators) do
      assert.are.same({}, collect(verba[name](""), ""))
    end
    assert.are.same({}, verba.tokenize(""))
    assert.are.same({}, verba.split_sentences(""))
    assert.are.same({}, verba.quotes(""))
    assert.are.equal("", verba.normalize(""))
  end)

  it("treats embedded NUL bytes as ordinary characters", function()
    local s = "a\0b c"
    local segs = collect(verba.segments(s), s)
    assert.are.same({ { 1, 1 }, { 2, 2 }, { 3, 3 }, { 4, 4 }, { 5, 5 } }, segs)
    assert.are.same({ { 1, 1, "word" }, { 2, 2, "other" }, { 3, 3, "word" }, { 5, 5, "word" } },
      collect(verba.tokens(s), s))
    assert.are.equal("a\0b", verba.casefold("A\0B"))
    assert.are.equal("a\0b&", verba.decode_html("a\0b&amp;"))
    assert.are.equal("a\0b", (verba.html_text("<p>a\0b</p>")))
    assert.are.same({ "a", "\0", "b" }, verba.tokenize("a\0b"))
  end)

  it("names the bad byte when a for loop runs over bad text", function()
    local ok, err = pcall(function()
      for _ in verba.tokens("\255") do end
    end)
    assert.is_false(ok)
    assert.matches("verba%.tokens: invalid UTF%-8 at byte 1$", err)
  end)

  it("keeps the subject alive while an iterator runs", function()
    local iter = verba.tokens(("word "):rep(3) .. "end")
    collectgarbage()
    collectgarbage()
    local n = 0
    for _ in iter do n = n + 1 end
    assert.are.equal(4, n)
  end)
end)
