-- Tokens for news text: kinds, merges and options.
local U = require("spec.helpers").U
local verba = require("verba")

-- "text|kind text|kind ..." for the tokens of s.
local function show(s, opts)
  local out = {}
  for start, stop, kind in verba.tokens(s, opts) do
    out[#out + 1] = s:sub(start, stop) .. "|" .. kind
  end
  return table.concat(out, " ")
end

describe("verba.tokens", function()
  it("yields start, stop and kind, with text:sub(start, stop) the token", function()
    local s = "Zürich’s mayor"
    local got = {}
    for start, stop, kind in verba.tokens(s) do got[#got + 1] = { start, stop, kind } end
    assert.are.same({ { 1, 11, "word" }, { 13, 17, "word" } }, got)
  end)

  it("keeps dotted abbreviations and initials whole", function()
    assert.are.equal("the|word U.S.|word and|word U.K.|word", show("the U.S. and U.K."))
    assert.are.equal("e.g.|word i.e.|word", show("e.g. i.e."))
    assert.are.equal("J.R.R.|word Tolkien|word", show("J.R.R. Tolkien"))
    assert.are.equal("George|word W.|word Bush|word", show("George W. Bush"))
    assert.are.equal("J.|word R.|word Tolkien|word", show("J. R. Tolkien"))
    -- the last letter of a name written with an ampersand is no initial
    assert.are.equal("AT|word &|punct T|word .|punct Shares|word", show("AT&T. Shares"))
  end)

  it("leaves a sentence-final period after an ordinary word", function()
    assert.are.equal("It|word rained|word .|punct", show("It rained."))
    assert.are.equal("plan|word B|word .|punct", show("plan B."))
  end)

  it("keeps numbers with separators, decimals, signs and percent", function()
    assert.are.equal("1,000.50|number", show("1,000.50"))
    assert.are.equal("−3.5%|number", show("−3.5%"))
    assert.are.equal("fell|word -2%|number", show("fell -2%"))
    assert.are.equal("2019-03-05|number", show("2019-03-05"))
    assert.are.equal("10:30|number p.m.|word", show("10:30 p.m."))
    assert.are.equal("1.5bn|number", show("1.5bn"))
    assert.are.equal("$|symbol 5|number", show("$5"))
  end)

  it("does not take a hyphen between words for a sign", function()
    assert.are.equal("2|number -|punct 1|number", show("2 - 1"))
    assert.are.equal("age|word 3-5|number", show("age 3-5"))
  end)

  it("finds URLs without trailing sentence punctuation", function()
    assert.are.equal("see|word https://example.org/a?b=1|url .|punct",
      show("see https://example.org/a?b=1."))
    assert.are.equal("(|punct www.bbc.co.uk/news|url )|punct", show("(www.bbc.co.uk/news)"))
    assert.are.equal("https://en.wikipedia.org/wiki/Lua_(language)|url ,|punct",
      show("https://en.wikipedia.org/wiki/Lua_(language),"))
    assert.are.equal("example.com|url", show("example.com"))
    assert.are.equal("U.S.|word", show("U.S."))
  end)

  it("finds e-mail addresses, mentions and hashtags", function()
    assert.are.equal("write|word to|word jane.doe-smith@news.example.org|email .|punct",
      show("write to jane.doe-smith@news.example.org."))
    assert.are.equal("@verba_dev|mention said|word #NLP|hashtag #1|hashtag",
      show("@verba_dev said #NLP #1"))
    assert.are.equal("a|word @|punct b|word", show("a @ b"))
    assert.are.equal("at|word desk@example.com|email .|punct The|word",
      show("at desk@example.com.The"))
    assert.are.equal("&|punct #|punct 233|number ;|punct", show("&#233;"))
  end)

  it("takes a local part of at most 64 bytes for an e-mail address (RFC 5321)", function()
    -- a longer run of words and marks before the '@' keeps the words that
    -- do not fit out of the address
    local local64 = ("a+"):rep(32)
    assert.are.equal(local64 .. "@example.org|email", show(local64 .. "@example.org"))
    assert.are.equal("ba|word +|symbol " .. local64:sub(3) .. "@example.org|email",
      show("b" .. local64 .. "@example.org"))
  end)

  it("keeps words with apostrophes of either kind whole", function()
    assert.are.equal("China’s|word don't|word", show("China’s don't"))
    assert.are.equal("rock|word ’n’|word roll|word", show("rock ’n’ roll"))
    assert.are.equal("rock|word 'n'|word roll|word", show("rock 'n' roll"))
    assert.are.equal("the|word ’90s|number", show("the ’90s"))
    assert.are.equal("the|word Smiths’|word house|word", show("the Smiths’ house"))
    -- between two capitalised words, a name's plural possessive; a
    -- lower-case word before a capital keeps the mark apart (a closing quote)
    assert.are.equal("the|word Actors'|word Equity|word", show("the Actors' Equity"))
    assert.are.equal("dogs|word '|punct Ann|word", show("dogs' Ann"))
  end)

  it("judges an apostrophe before an endless word as before a short one", function()
    -- the word after a mark is read only so far to judge the mark, and
    -- whole when the token takes it in ('90s)
    local word = ("a"):rep(100000)
    local got = {}
    for start, stop, kind in verba.tokens("’" .. word .. " x") do
      got[#got + 1] = { stop - start + 1, kind }
    end
    assert.are.same({ { 3, "punct" }, { #word, "word" }, { 1, "word" } }, got)
    got = {}
    for start, stop, kind in verba.tokens("'" .. ("9"):rep(100000) .. "s x") do
      got[#got + 1] = { stop - start + 1, kind }
    end
    assert.are.same({ { 100002, "number" }, { 1, "word" } }, got)
  end)

  it("splits possessives on request", function()
    local opts = { split_possessive = true }
    assert.are.equal("China|word ’s|word government|word",
      show("China’s government", opts))
    assert.are.equal("Hu|word 's|word", show("Hu's", opts))
    assert.are.equal("don't|word", show("don't", opts))
  end)

  it("keeps hyphenated compounds whole unless split_hyphens", function()
    assert.are.equal("well-known|word state-of-the-art|word COVID-19|word",
      show("well-known state-of-the-art COVID-19"))
    assert.are.equal("well|word -|punct known|word",
      show("well-known", { split_hyphens = true }))
    assert.are.equal("2019-03-05|number", show("2019-03-05", { split_hyphens = true }))
  end)

  it("makes quotes, guillemets, dashes and ellipses punct", function()
    assert.are.equal("“|punct Hi|word ”|punct «|punct oui|word »|punct",
      show("“Hi” «oui»"))
    assert.are.equal("a|word —|punct b|word –|punct c|word", show("a — b – c"))
    assert.are.equal("wait|word …|punct and|word ...|punct", show("wait… and ..."))
    assert.are.equal("\"|punct x|word '|punct", show("\"x '"))
  end)

  it("recognises emoji, flags and ZWJ sequences", function()
    assert.are.equal("👍🏽|emoji 🇫🇷|emoji 🇩🇪|emoji 👩‍👩‍👧|emoji", show("👍🏽🇫🇷🇩🇪 👩‍👩‍👧"))
    assert.are.equal("©|symbol 2019|number", show("© 2019"))
  end)

  it("reports white space only when asked, covering every byte", function()
    local s = "A  b,\tc\n\nd"
    assert.are.equal("A|word b|word ,|punct c|word d|word", show(s))
    local covered = {}
    for start, stop, kind in verba.tokens(s, { spaces = true }) do
      covered[#covered + 1] = s:sub(start, stop)
      if kind == "space" then assert.truthy(s:sub(start, stop):match("^%s+$")) end
    end
    assert.are.equal(s, table.concat(covered))
    assert.are.equal("A|word   |space b|word", show("A  b", { spaces = true }))
  end)

  it("handles scripts without spaces and combining marks", function()
    assert.are.equal("東|word 京|word", show("東京"))
    assert.are.equal("Cafe" .. U(0x301) .. "|word", show("Cafe" .. U(0x301)))
    assert.are.equal("Ελλάδα|word", show("Ελλάδα"))
  end)
end)

describe("verba.tokenize", function()
  it("returns an array of token strings", function()
    assert.are.same({ "He", "said", ",", "“", "No", ".", "”" },
      verba.tokenize("He said, “No.”"))
  end)

  it("returns details on request", function()
    assert.are.same({ { text = "U.S.", start = 1, stop = 4, kind = "word" },
                      { text = "5%", start = 6, stop = 7, kind = "number" } },
      verba.tokenize("U.S. 5%", { detail = true }))
  end)

  it("case-folds and normalises", function()
    assert.are.same({ "strasse", "ǆ" }, verba.tokenize("STRASSE ǅ", { lower = true }))
    assert.are.same({ "fi", "é" }, verba.tokenize("ﬁ e" .. U(0x301), { normalize = "NFKC" }))
    assert.are.same({ "e" .. U(0x301) }, verba.tokenize("é", { normalize = "NFD" }))
    assert.are.same({ "ss" }, verba.tokenize("ß", { lower = true, normalize = "NFC" }))
  end)

  it("transforms tokens longer than the stack buffer", function()
    local long = ("Ä"):rep(5000)
    assert.are.equal(("ä"):rep(5000), verba.tokenize(long, { lower = true })[1])
  end)

  it("keeps only the kinds asked for, as a list or a set", function()
    local s = "Hi, @you: 3 cats #tag"
    assert.are.same({ "Hi", "cats" }, verba.tokenize(s, { kinds = { "word" } }))
    assert.are.same({ "@you", "3" },
      verba.tokenize(s, { kinds = { mention = true, number = true, word = false } }))
  end)
end)

describe("verba.words", function()
  it("iterates over word strings only", function()
    local got = {}
    for w in verba.words("The U.S. fell 3% (“sharply”).") do got[#got + 1] = w end
    assert.are.same({ "The", "U.S.", "fell", "sharply" }, got)
  end)
end)

describe("verba.normalize and verba.casefold", function()
  it("normalises to each form", function()
    assert.are.equal("é", verba.normalize("e" .. U(0x301)))
    assert.are.equal("é", verba.normalize("e" .. U(0x301), "NFC"))
    assert.are.equal("e" .. U(0x301), verba.normalize("é", "NFD"))
    assert.are.equal("fi2", verba.normalize("ﬁ²", "NFKC"))
    assert.are.equal("e" .. U(0x301), verba.normalize("é", "NFKD"))
  end)

  it("case-folds", function()
    assert.are.equal("strasse zürich", verba.casefold("STRAßE Zürich"))
    assert.are.equal("σασ", verba.casefold("ΣΑΣ"))
  end)
end)

describe("verba.version", function()
  it("names the module and Unicode versions", function()
    assert.matches("^%d+%.%d+%.%d+$", verba.version)
    assert.are.equal("15.0.0", verba.unicode_version)
  end)
end)

describe("white space with attached marks", function()
  it("keeps a mark or soft hyphen after a space as text, in both modes", function()
    local s = ("a " .. U(0x304) .. "b c " .. U(0xAD) .. "d")
    local plain = verba.tokenize(s, { detail = true })
    local spaced = verba.tokenize(s, { detail = true, spaces = true })
    local function texts(list, skip_space)
      local out = {}
      for _, t in ipairs(list) do
        if not (skip_space and t.kind == "space") then out[#out + 1] = t.text end
      end
      return out
    end
    assert.are.same({ "a", U(0x304), "b", "c", U(0xAD), "d" }, texts(plain))
    assert.are.same(texts(plain), texts(spaced, true))
  end)
end)
