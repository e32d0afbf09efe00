-- Sentences and paragraphs: the news rules, one phenomenon at a time, the
-- raw UAX #29 mode, misuse and bad input. Every example is written for
-- this spec (SentenceBreakTest.txt runs in conformance_spec.lua).
local U = require("spec.helpers").U
local verba = require("verba")

local function split(s, opts)
  return verba.split_sentences(s, opts)
end

-- Asserts that the pieces, joined with single spaces, split into the pieces.
local function splits(...)
  local pieces = { ... }
  local s = table.concat(pieces, " ")
  assert.are.same(pieces, split(s))
end

local function whole(s)
  assert.are.same({ s }, split(s))
end

describe("verba.sentences (news)", function()
  it("ends sentences at full stops, question and exclamation marks", function()
    splits("The river rose overnight.", "Did anyone leave?", "Nobody did!",
      "Rescuers waited.")
  end)

  it("keeps honorifics and titles with the name", function()
    whole("Mrs. Ortega met Dr. Lamb and Prof. Ruiz in the lobby.")
    whole("Gen. Okafor, Sen. Walsh and Rep. Dunn flew to St. Louis.")
    whole("The climbers reached Mt. Kenya on Monday.")
  end)

  it("keeps Latin and reference abbreviations", function()
    whole("Bring fruit, e.g. apples, and bread, i.e. rolls, etc. as needed.")
    whole("It was Smith vs. Jones in Court No. 5, see p. 55 and pp. 60-61.")
    whole("The hearing moved from Jan. 14 to Feb. 3 this year.")
  end)

  it("ends a sentence at an abbreviation when a sentence opener follows", function()
    splits("The deal went to Harlow & Co.", "It closed on Friday.")
    splits("Shares of Dynatek Inc.", "The company fell.")
    splits("Pack tents, stoves, etc.", "Then load the van.")
    whole("The shares of Dynatek Inc. fell.")
    whole("They sold it to Harlow & Co. at a loss.")
  end)

  it("tells a case-sensitive abbreviation from an ordinary word", function()
    -- "Co." is an abbreviation, "co." is not in the list: lower case "co"
    -- only matches itself
    whole("The deal went to Harlow & Co. Lawyers approved it.")
    splits("The ill man said no.", "Doctors came.")
    whole("She moved to Amherst, Mass. Nobody followed.")
    splits("They went to mass.", "Nobody followed.")
  end)

  it("handles dotted acronyms inside and at the end of sentences", function()
    whole("The U.S. government and the U.N. agency met.")
    whole("The U.S. Senate voted in the U.K. parliament's shadow.")
    splits("The talks were held in the U.S.", "The next day they ended.")
    splits("He moved to the U.K.", "How long he stays is unclear.")
    whole("She has lived in the U.S.A. for ten years.")
  end)

  it("keeps initials with names", function()
    whole("J. R. R. Tolkien wrote it.")
    whole("George W. Bush and Maria K. Lopez spoke.")
    -- a capital alone is an initial, though the lexicon has p., v., c. in lower case
    whole("Results: P. Sampras beat V. Kafelnikov and C. Grosjean.")
    splits("See p. 5 for more.", "It is there.")
    splits("It was all up to you and I.", "Did it work?")
    splits("They chose Plan B.", "The rest is history.")
    -- no initial is written right after an ampersand: the name ends there
    splits("The contract went to AT&T.", "Shares of Vantor rose.")
    splits("It is rated by S&P.", "Moody's is next.")
  end)

  it("keeps times together and ends sentences after them", function()
    whole("At 7 a.m. Ms. Ngata opened the store.")
    whole("The vote closed at 10:30 p.m. on Tuesday.")
    splits("The store closed at 9 p.m.", "The owner went home.")
    splits("Police arrived at 11 P.M.", "Mr. Osei had already gone.")
  end)

  it("never splits numbers, versions or amounts", function()
    whole("Pi is about 3.14 and the budget is 1.5bn euros.")
    whole("Version v2.0 ships with 4.2.1 fixes.")
    splits("The fine was $250.00.", "It was paid.")
  end)

  it("never splits URLs, e-mail addresses or file names", function()
    splits("Write to press.office@example.org.", "They answer quickly.")
    splits("The form is at https://forms.example.net/a/b?id=7&x=1!.",
      "Fill it in.")
    whole("Open report.final.pdf or www.example.com/news.html for details.")
  end)

  it("keeps list numbering with its item and splits items", function()
    splits("1. Buy bread", "2. Feed the cat", "3. Call home")
    splits("1) Buy bread.", "2) Feed the cat.")
    splits("1.) Buy bread", "2.) Feed the cat")
    assert.are.same({ "a. Red paint", "b. Blue paint", "c. Green paint" },
      split("a. Red paint b. Blue paint c. Green paint"))
    assert.are.same({ "i. Northern route", "ii. Southern route" },
      split("i. Northern route ii. Southern route"))
    assert.are.same({ "(a) first option", "(b) second option" },
      split("(a) first option (b) second option"))
    assert.are.same({ "• 4. Fourth point", "• 5. Fifth point" },
      split("• 4. Fourth point • 5. Fifth point"))
  end)

  it("treats ellipses as pauses or ends", function()
    whole("Well ... maybe later, she said.")
    whole("He paused... and then went on.")
    whole("It might be ... I don't know.")
    splits("The line went dead…", "Nobody called back.")
    splits("The line went dead...", "Nobody called back.")
    splits("That was the end....", "Nobody called back.")
    splits("Nobody knew . . . .", "The next day came.")
    whole('"The report [...] was never published" (Weber 12).')
  end)

  it("reads a full stop then a spaced ellipsis as an end that opens the next", function()
    splits("The crops failed.", ". . . Famine followed within a year.")
    whole("The crops failed. . . .")
    splits("The crops failed . . . .", "Famine followed.")
  end)

  it("keeps a footnote mark with the sentence it ends", function()
    splits("The saint died young.[1]", "His feast is in May.")
    splits("It was rebuilt twice.[12][a]", "Nobody knows why.")
    whole("The list [a] was short.")
  end)

  it("keeps ?! and !! runs together", function()
    splits("Really?!", "Yes.")
    splits("Stop!!", "Now!")
    splits("Who?", "Me??", "Never!?")
  end)

  it("lets a closing quote or bracket end with its sentence", function()
    splits("He said, “Stop.”", "She left.")
    splits('She wrote: "We lost."', "Then she resigned.")
    splits("(The vote was close.)", "It passed.")
    splits("She said, ‘Go home.’", "He went.")
  end)

  it("does not end a sentence where a quote goes on with a lower-case word", function()
    whole("“Stop!” he said.")
    whole("“Why now?” asked the mayor.")
    whole('"We won," she said.')
    whole("The firm (it was founded in 1901.) is closing.")
    whole("She works at Yahoo! in the sales office.")
  end)

  it("splits a parenthetical sentence from its neighbours", function()
    splits("The dam held.", "(Engineers had doubted it would.)", "Crowds cheered.")
  end)

  it("keeps guillemets and „“ quotes with their sentence", function()
    splits("Il a dit : « Partez. »", "Elle est partie.")
    splits("Er sagte: „Geh.“", "Sie ging.")
    splits("Er sagte: »Geh.«", "Sie ging.")
  end)

  it("ends sentences at terminators of other scripts", function()
    assert.are.same({ "今日は晴れ。", "明日は雨！", "本当？" },
      split("今日は晴れ。明日は雨！本当？"))
    splits("هل أنت بخير؟", "نعم.")
    splits("राम घर गया।", "सीता आई।")
    splits("ሰላም ነው።", "እሺ።")
  end)

  describe("lines", function()
    it("always ends a sentence at a blank line", function()
      assert.are.same({ "Storm warning for the coast", "Residents left early" },
        split("Storm warning for the coast\n\nResidents left early"))
      assert.are.same({ "He works for Dynatek Inc.", "Mr. Ray" },
        split("He works for Dynatek Inc.\n\nMr. Ray"))
    end)

    it("ends a heading or caption line at a single newline", function()
      assert.are.same({ "Flood Waters Recede In The Valley",
        "Residents returned home on Sunday." },
        split("Flood Waters Recede In The Valley\nResidents returned home on Sunday."))
      assert.are.same({ "“We will rebuild.”", "Photo Agency",
        "The mayor spoke." },
        split("“We will rebuild.”\nPhoto Agency\n\nThe mayor spoke."))
    end)

    it("ends list items at single newlines", function()
      assert.are.same({ "Needed:", "- water", "- blankets" },
        split("Needed:\n- water\n- blankets"))
      assert.are.same({ "1. water", "2. blankets" }, split("1. water\n2. blankets"))
    end)

    it("reads a column of short lines as a list even in lower case", function()
      assert.are.same({ "services", "road repairs", "snow clearing, salt" },
        split("services\nroad repairs\nsnow clearing, salt\n"))
      assert.are.same({ "Rain, wind,\nand hail." }, split("Rain, wind,\nand hail."))
      assert.are.same({ "It was a cold\nnight in the city." }, split("It was a cold\nnight in the city."))
    end)

    it("joins a line that goes on in lower case", function()
      assert.are.same({ "The bridge was closed\nfor repairs all week." },
        split("The bridge was closed\nfor repairs all week."))
      assert.are.same({ "Rain, wind,\nStorms and hail hit." },
        split("Rain, wind,\nStorms and hail hit."))
    end)
  end)

  it("takes extra abbreviations as a list or set, dot optional", function()
    local s = "The Regt. Commander spoke. Troops left."
    assert.are.same({ "The Regt.", "Commander spoke.", "Troops left." }, split(s))
    local merged = { "The Regt. Commander spoke.", "Troops left." }
    assert.are.same(merged, split(s, { abbreviations = { "Regt." } }))
    assert.are.same(merged, split(s, { abbreviations = { "Regt" } }))
    assert.are.same(merged, split(s, { abbreviations = { ["Regt."] = true } }))
    assert.are.same(merged, split(s, { abbreviations = { "regt" } }))
  end)

  it("yields trimmed 1-based inclusive spans", function()
    local s = "  First one.   Second one.\n\n  Third  "
    local got = {}
    for a, b in verba.sentences(s) do got[#got + 1] = { a, b, s:sub(a, b) } end
    assert.are.same({ { 3, 12, "First one." }, { 16, 26, "Second one." },
      { 31, 35, "Third" } }, got)
    assert.are.same({}, split(" \n\n \t"))
    assert.are.same({}, split(""))
  end)

  it("agrees with split_sentences", function()
    local s = "One. Two? Three!\n\nFour"
    local got = {}
    for a, b in verba.sentences(s) do got[#got + 1] = s:sub(a, b) end
    assert.are.same(split(s), got)
  end)
end)

describe("verba.sentences (uax29)", function()
  it("covers every byte, trailing spaces included", function()
    local s = "Mr. Smith left. He came back!  Then\nwhat?"
    local got, last = {}, 0
    for a, b in verba.sentences(s, { mode = "uax29" }) do
      assert.are.equal(last + 1, a)
      last = b
      got[#got + 1] = s:sub(a, b)
    end
    assert.are.equal(#s, last)
    assert.are.same({ "Mr. ", "Smith left. ", "He came back!  ", "Then\n", "what?" }, got)
    assert.are.same(got, split(s, { mode = "uax29" }))
  end)
end)

describe("verba.paragraphs", function()
  it("yields the blank-line separated paragraphs, trimmed", function()
    local s = "  First para.\nStill first.\n\n \n Second para. \n\n\nThird"
    local got = {}
    for a, b in verba.paragraphs(s) do got[#got + 1] = s:sub(a, b) end
    assert.are.same({ "First para.\nStill first.", "Second para.", "Third" }, got)
  end)

  it("counts tabs, CRs and Unicode spaces as white space", function()
    local s = ("\tOne" .. U(0xA0) .. "two" .. U(0xA0) .. "\n" .. U(0xA0) .. "\t\nThree\r\n\r\nFour " .. U(0x3000))
    local got = {}
    for a, b in verba.paragraphs(s) do got[#got + 1] = s:sub(a, b) end
    assert.are.same({ "One" .. U(0xA0) .. "two", "Three", "Four" }, got)
  end)

  it("splits at U+2029 too", function()
    local got = {}
    local s = ("One" .. U(0x2029) .. "Two")
    for a, b in verba.paragraphs(s) do got[#got + 1] = s:sub(a, b) end
    assert.are.same({ "One", "Two" }, got)
  end)
end)

describe("sentence misuse and bad input", function()
  local function fails(pattern, f, ...)
    local ok, err = pcall(f, ...)
    assert.is_false(ok)
    assert.matches(pattern, err, 1, true)
  end

  it("raises errors naming the function and argument", function()
    fails("bad argument #1 to 'verba.sentences' (string expected, got nil)",
      verba.sentences)
    fails("bad argument #1 to 'verba.split_sentences' (string expected, got number)",
      verba.split_sentences, 5)
    fails("bad argument #1 to 'verba.paragraphs' (string expected, got table)",
      verba.paragraphs, {})
    fails([[bad argument #2 to 'verba.sentences' (unknown option "mdoe")]],
      verba.sentences, "x", { mdoe = "news" })
    fails([[bad argument #2 to 'verba.sentences' (option "mode": one of "news", "uax29" expected, got "raw")]],
      verba.sentences, "x", { mode = "raw" })
    fails("bad argument #2 to 'verba.split_sentences' (integer or options table expected, got string)",
      verba.split_sentences, "x", "news")
    fails([[bad argument #2 to 'verba.sentences' (option "abbreviations": abbreviations: single words expected, got "two words")]],
      verba.sentences, "x", { abbreviations = { "two words" } })
    fails("bad argument #2 to 'verba.sentences' (option \"abbreviations\": table of abbreviations expected, got string)",
      verba.sentences, "x", { abbreviations = "Gov." })
    fails([[bad argument #2 to 'verba.paragraphs' (unknown option "mode")]],
      verba.paragraphs, "x", { mode = "news" })
  end)

  it("returns nil and a message for invalid UTF-8, or raises from an iterator", function()
    local r, msg = verba.split_sentences("Fine. Bad \255 here.")
    assert.is_nil(r)
    assert.are.equal("invalid UTF-8 at byte 11", msg)
    for _, name in ipairs({ "sentences", "paragraphs" }) do
      local ok, err = pcall(verba[name], "Fine. Bad \255 here.")
      assert.is_false(ok)
      assert.matches("verba%." .. name .. ": invalid UTF%-8 at byte 11$", err)
    end
  end)

  it("reads bad bytes as U+FFFD with invalid = 'replace'", function()
    local s = "Bad \255 byte. Next \195 one."
    assert.are.same({ "Bad \255 byte.", "Next \195 one." },
      split(s, { invalid = "replace" }))
    local got = {}
    for a, b in verba.paragraphs("A\255\n\nB", { invalid = "replace" }) do
      got[#got + 1] = { a, b }
    end
    assert.are.same({ { 1, 2 }, { 5, 5 } }, got)
    local n = 0
    for a, b in verba.sentences("\255\254. \192", { mode = "uax29", invalid = "replace" }) do
      n = n + (b - a + 1)
    end
    assert.are.equal(5, n)
  end)
end)
