-- verba.quotes: quotation spans, marks, kinds, nesting, faults, and the
-- speaker of each. Every sentence here is written for these specs.
local helpers = require("spec.helpers")
local U = helpers.U
local verba = require("verba")

-- The quotes of s as {text, kind} pairs, for compact comparisons.
local function texts(s, opts)
  local out = {}
  for _, q in ipairs(assert(verba.quotes(s, opts))) do
    out[#out + 1] = { q.text, q.kind }
  end
  return out
end

local function only(s, opts)
  local qs = assert(verba.quotes(s, opts))
  assert.are.equal(1, #qs)
  return qs[1]
end

-- The speaker as written of each quote of s, false where none.
local function speakers(s)
  local out = {}
  for i, q in ipairs(assert(verba.quotes(s))) do out[i] = q.speaker or false end
  return out
end

describe("verba.quotes", function()
  describe("conventions", function()
    local cases = {
      { "curly double", "“We will build it,” Mara said.", "“", "”" },
      { "curly single", "‘We will build it,’ Mara said.", "‘", "’" },
      { "straight double", '"We will build it," Mara said.', '"', '"' },
      { "straight single", "'We will build it,' Mara said.", "'", "'" },
      { "doubled single", "''We will build it,'' Mara said.", "''", "''" },
      { "TeX style", "``We will build it,'' Mara said.", "``", "''" },
      { "French guillemets", "«We will build it», Mara said.", "«", "»" },
      { "spaced guillemets", "« We will build it », Mara said.", "«", "»" },
      { "German guillemets", "»We will build it«, Mara said.", "»", "«" },
      { "German low-high", "„We will build it“, Mara said.", "„", "“" },
      { "Polish low-high", "„We will build it”, Mara said.", "„", "”" },
      { "German single", "‚We will build it‘, Mara said.", "‚", "‘" },
      { "single guillemets", "‹We will build it›, Mara said.", "‹", "›" },
      { "corner brackets", "「We will build it」, Mara said.", "「", "」" },
      { "white corner brackets", "『We will build it』, Mara said.", "『", "』" },
    }
    for _, c in ipairs(cases) do
      it("finds " .. c[1] .. " quotes", function()
        local s = c[2]
        local q = only(s)
        assert.are.equal(1, q.start)
        assert.are.equal(s:sub(q.start, q.stop), c[3] .. s:match("^" .. c[3] .. "(.-)" .. c[4]:gsub("%p", "%%%0")) .. c[4])
        assert.are.equal(c[3], q.open)
        assert.are.equal(c[4], q.close)
        assert.are.equal("We will build it", (q.text:gsub("^%s+", ""):gsub("[,%s]+$", "")))
        assert.is_false(q.unclosed)
        assert.are.equal("Mara", q.speaker)
      end)
    end

    it("reports 1-based inclusive offsets of the marks and the text inside", function()
      local s = "Then “No,” Ode said."
      local q = only(s)
      assert.are.equal("“No,”", s:sub(q.start, q.stop))
      assert.are.equal("No,", q.text)
    end)

    it("keeps nested quotes inside the outer one as its nested list", function()
      local s = "“He told me ‘no’ twice,” Ines said."
      local q = only(s)
      assert.are.equal("He told me ‘no’ twice,", q.text)
      assert.are.equal(1, #q.nested)
      assert.are.equal("no", q.nested[1].text)
      assert.are.equal("‘no’", s:sub(q.nested[1].start, q.nested[1].stop))
    end)

    it("nests straight quotes in curly ones", function()
      local q = only("“The sign said 'keep out' and we left,” Ode said.")
      assert.are.equal("keep out", q.nested[1].text)
    end)

    it("leaves nested nil on a quote with none inside", function()
      local q = only("“We will build it,” Mara said.")
      assert.is_nil(q.nested)
    end)

    it("decides each guillemet quote by its own opener", function()
      local s = "«Nous partons», dit Ode. Then »Wir bleiben«, Mara said. " ..
        "And »Vi stannar», Ines said. « On verra », dit Ode."
      local got = {}
      for _, q in ipairs(verba.quotes(s)) do got[#got + 1] = q.text end
      assert.are.same({ "Nous partons", "Wir bleiben", "Vi stannar", " On verra " }, got)
    end)

    it("takes marks around no word for no quotation", function()
      assert.are.same({}, verba.quotes("He typed “…” and then “?!” into the box."))
    end)
  end)

  describe("apostrophes", function()
    it("are not quotes", function()
      local s = "We don’t know. China’s plan dates from the ’90s. " ..
        "It was rock ’n’ roll at the Smiths’ house. They shouldn‘t go. " ..
        "Don't, can't and the '80s are fine, and so is the Joneses' car."
      assert.are.same({}, verba.quotes(s))
    end)

    it("belong to the elisions they start inside a quotation", function()
      local qs = verba.quotes("‘It was rock ’n’ roll in the ’90s, ’til dawn,’ Ode said.")
      assert.are.equal(1, #qs)
      assert.are.equal("It was rock ’n’ roll in the ’90s, ’til dawn,", qs[1].text)
      assert.are.equal("Ode", qs[1].speaker)
    end)

    it("do not pair with a real quote", function()
      local q = only("“It’s the Smiths’ idea,” Ode said of China’s plan.")
      assert.are.equal("It’s the Smiths’ idea,", q.text)
    end)
  end)

  describe("faults", function()
    it("recovers a closing mark typed as an opening one", function()
      local s = "“We can fix the roads.“ Then Ode left.\n\n“Later,” he said."
      local qs = verba.quotes(s)
      assert.are.equal(2, #qs)
      assert.are.equal("We can fix the roads.", qs[1].text)
      assert.are.equal("“", qs[1].close)
      assert.are.equal("Later,", qs[2].text)
    end)

    it("recovers an opening mark typed as a closing one at a paragraph's start", function()
      local s = "Roe spoke.\n\n” … and the bridge is safe,” she said. “We checked it.”"
      local qs = verba.quotes(s)
      assert.are.equal(2, #qs)
      assert.are.equal(" … and the bridge is safe,", qs[1].text)
      assert.are.equal("”", qs[1].open)
      assert.are.equal("she", qs[1].speaker)
      assert.are.equal("We checked it.", qs[2].text)
    end)

    it("reads a lead-in that ends its paragraph with a comma as the next paragraph's", function()
      local q = only('The council gave no details. Tamsin Roe stated,\n\n"The bridge was closed at noon."')
      assert.are.equal("Tamsin Roe", q.speaker)
      q = only('No details were given. The mayor added,\n\n"The bridge was closed at noon."')
      assert.are.equal("The mayor", q.speaker)
    end)

    it("reads a negative contraction as a verb, not a word of the speaker", function()
      local qs = verba.quotes("“We will see,” Roe said after the vote. She didn't suggest a date. “Our goal is a safe bridge.”")
      assert.are.equal("She", qs[2].speaker)
    end)

    it("joins the multi-paragraph convention into one quotation", function()
      local s = "Ode said:\n\n“The first part runs on.\n\n“The second part too.\n\n" ..
        "“And this ends it.”\n\nThen she left."
      local q = only(s)
      assert.are.equal(s:find("“The first"), q.start)
      assert.are.equal(select(2, s:find("ends it.”")), q.stop)
      assert.is_false(q.unclosed)
      assert.are.equal("Ode", q.speaker)
    end)

    it("joins the convention run into one line when the paragraph breaks were lost", function()
      local s = 'Roe said: "The bridge is old. "But it will stand. "We checked it." She left.'
      local q = only(s)
      assert.are.equal(s:find('"The bridge', 1, true), q.start)
      assert.are.equal(select(2, s:find('checked it."', 1, true)), q.stop)
      assert.are.equal("Roe", q.speaker)
      -- a quotation closed before the next one opens stays apart
      local qs = verba.quotes('Roe said: "It is old." "But it stands," Ode said.')
      assert.are.equal(2, #qs)
      assert.are.equal("But it stands,", qs[2].text)
      -- a double mark inside a double quotation that opens no sentence nests
      qs = verba.quotes('Roe said: "The sign read "Closed" all day."')
      assert.are.equal("Closed", qs[1].nested[1].text)
    end)

    it("takes a line that opens with a quotation mark for a new paragraph", function()
      -- feeds that end paragraphs with a single line break
      local s = "Ode said on Friday. “The first part is left open.\n" ..
        "“We checked it twice,” Roe added. “It is safe.”\nThe vote is on Monday."
      local qs = verba.quotes(s)
      assert.are.equal(2, #qs)
      assert.are.equal("The first part is left open.\n“We checked it twice,", qs[1].text)
      assert.are.equal("It is safe.", qs[2].text)
      -- a quote wrapped over lines stays one
      local q = only("Ode said: “The bridge\nis safe.”")
      assert.are.equal("The bridge\nis safe.", q.text)
    end)

    it("closes a quote whose closing mark lost its space", function()
      local qs = verba.quotes("“We will win,”Roe said. “Trust me.”")
      assert.are.equal(2, #qs)
      assert.are.equal("We will win,", qs[1].text)
      assert.are.equal("Roe", qs[1].speaker)
      assert.are.equal("We will win,", only('"We will win,"Roe said.').text)
    end)

    it("closes a double quote over a single mark that never closed", function()
      for _, s in ipairs({ "\"Our ideas of 'success' are different,\" Ode said.",
                           "''Our ideas of 'success' are different,'' Ode said." }) do
        local q = only(s)
        assert.are.equal("Our ideas of 'success' are different,", q.text)
        assert.are.equal("Ode", q.speaker)
      end
    end)

    it("ends a quote left open at the paragraph end", function()
      local s = "Ode said: “We will see about that.\n\nThe vote is on Monday."
      local q = only(s)
      assert.is_true(q.unclosed)
      assert.is_nil(q.close)
      assert.are.equal("“We will see about that.", s:sub(q.start, q.stop))
      assert.are.equal("We will see about that.", q.text)
    end)

    it("drops stray marks and keeps the rest of the document", function()
      local s = "A stray ” mark and a lone ‘ one.\n\n“Still found,” Ode said."
      local qs = verba.quotes(s)
      assert.are.equal(1, #qs)
      assert.are.equal("Still found,", qs[1].text)
    end)

    it("finds no quotation in a few marks around no word", function()
      for _, s in ipairs({ "“", "”", "“”", "‘’‘", "''''", "«»«", '"""', "„" }) do
        assert.are.same({}, verba.quotes(s), s)
      end
    end)

    it("finds no quotation in a run of marks around no word", function()
      for _, unit in ipairs({ "‘“ ", "‘“", "«»", "“ ‘" }) do
        assert.are.same({}, verba.quotes(unit:rep(20000)))
      end
    end)

    it("handles a 1 MB run of quote marks and apostrophes", function()
      for _, unit in ipairs({ "“", "”", '"', "'", "’", "‘“ ", "a’" }) do
        local s = unit:rep(math.floor(1000000 / #unit))
        assert.are.same({}, verba.quotes(s), unit)
      end
    end)

    it("finds nothing in a 1 MB run of any mark, spaced or not, or of apostrophes in words", function()
      for _, unit in ipairs({ "“", "”", '"', "'", "‘", "’", "`", "„", "«»", "‹›",
                              "「」", "‘“", "« » ", "' ", "’ ", "‘“ ", "a’", "a'", "’a" }) do
        local s = unit:rep(math.floor(1000000 / #unit))
        local qs = assert(verba.quotes(s))
        -- a quotation needs a word inside, and a run of marks holds at
        -- most one (the text as a whole between its first and last mark)
        assert.is_true(#qs <= 1, unit)
        for _, q in ipairs(qs) do
          assert.is_true(q.start >= 1 and q.stop <= #s and q.start < q.stop, unit)
        end
      end
    end)

    it("still finds the quotation after a 1 MB run of marks", function()
      local s = ("‘“"):rep(200000) .. "\n\n“The run is over,” Ode said."
      local qs = assert(verba.quotes(s))
      assert.are.equal(1, #qs)
      assert.are.equal("The run is over,", qs[1].text)
      assert.are.equal("Ode", qs[1].speaker)
    end)

    it("finds the quotations on both sides of a long run of marks, read in part", function()
      -- only the ends of a run of marks with no word inside are read:
      -- the quotes before and after it stand as they would without it
      for _, unit in ipairs({ "“”", "‘“", "«» ", "''", "’", '"', "「」", "‹›" }) do
        for _, n in ipairs({ 20, 1000 }) do
          local s = "“Before the run,” Ode said. " .. unit:rep(n) ..
                    " “After the run,” Ode said."
          local qs = assert(verba.quotes(s))
          assert.are.equal(2, #qs, unit .. n)
          assert.are.equal("Before the run,", qs[1].text)
          assert.are.equal("After the run,", qs[2].text)
          assert.are.equal("Ode", qs[2].speaker)
        end
      end
    end)

    it("splits three straight marks into the inner single and the outer double", function()
      local s = "''She told me, 'Not today,''' Ode said. '''Later' is fine,'' he said."
      local qs = assert(verba.quotes(s))
      assert.are.equal(2, #qs)
      assert.are.equal("She told me, 'Not today,'", qs[1].text)
      assert.are.equal("Not today,", qs[1].nested[1].text)
      assert.are.equal("'Later' is fine,", qs[2].text)
      assert.are.equal("Later", qs[2].nested[1].text)
    end)
  end)

  describe("kinds", function()
    it("tells direct, partial and mention quotes apart", function()
      local s = "“We are ready for the storm,” the mayor said. " ..
        "She said the city would “not be caught out” again. " ..
        "She spoke on “Morning Desk” later."
      assert.are.same({
        { "We are ready for the storm,", "direct" },
        { "not be caught out", "partial" },
        { "Morning Desk", "mention" },
      }, texts(s))
    end)

    it("gives speakers to direct and partial quotes only", function()
      local qs = verba.quotes("The plan, nicknamed “Plan B” in a headline, passed.")
      assert.are.equal(1, #qs)
      assert.are.equal("mention", qs[1].kind)
      assert.is_nil(qs[1].speaker)
    end)

    it("takes a gloss, a spelling, a pronunciation or a saying for a mention, whatever cue is near", function()
      for _, s in ipairs({
        "The islanders call the bay Tokerau, meaning “northern shore.”",
        "Its founder, Ode Lark (pronounced “Oh-day”), said nothing.",
        "Roe said the harbour’s name, spelled “Harbor” on old maps, was wrong.",
        "The motto Semper Idem translates “always the same.”",
      }) do
        local q = only(s)
        assert.are.equal("mention", q.kind, s)
        assert.is_nil(q.speaker, s)
      end
      -- a saying after the noun that names it, as after "slogan"
      assert.are.equal("mention", only("The old proverb “waste not, want not” hangs in the hall.").kind)
      -- "means" reports what a speaker says a thing means (no gloss word)
      local q = only("Roe said the deal means “a safer harbour for all.”")
      assert.are.equal("partial", q.kind)
      assert.are.equal("Roe", q.speaker)
    end)

    it("takes a capitalised quote a cue before it reports for someone's words", function()
      local q = only("Roe called the old bridge “The Rust Bucket” on Monday.")
      assert.are.equal("partial", q.kind)
      assert.are.equal("Roe", q.speaker)
      q = only("Roe has long referred to the bridge as “The Rust Bucket.”")
      assert.are.equal("partial", q.kind)
      for _, s in ipairs({ "Roe told the hosts of “Morning Desk” nothing.",
                           "Roe said she liked the show “Morning Desk” best.",
                           "Roe said the plan known as “Plan B” would pass.",
                           "Roe said Ode’s “Evening Report” was wrong." }) do
        assert.are.equal("mention", only(s).kind, s)
      end
    end)

    it("takes a quote after a possessive for a title", function()
      local q = only("Ode told the station’s “Evening Report” nothing.")
      assert.are.equal("mention", q.kind)
    end)

    it("takes a few words in the writer's sentence nobody is found saying for a mention", function()
      -- scare quotes, terms, words as words: no cue, no noun of speech, no "as"
      for _, s in ipairs({
        "Critics of the plan see a “rigged” process at work.",
        "The mayor’s “quiet fix” drew no protest.",
        "Ada painted “Stop.” on the wall.",
      }) do
        local q = only(s)
        assert.are.equal("mention", q.kind, s)
        assert.is_nil(q.speaker, s)
      end
      -- with a cue in the sentence the same words are someone's
      for _, c in ipairs({
        { "The council called the delay “regrettable” in its minutes.", "The council" },
        { "Critics say the plan is a “rigged” process.", "Critics" },
        { "Critics condemned the plan as a “rigged” process.", "Critics" },
      }) do
        local q = only(c[1])
        assert.are.equal("partial", q.kind, c[1])
        assert.are.equal(c[2], q.speaker, c[1])
      end
      -- an utterance of its own keeps its kind, with or without a speaker
      assert.are.equal("partial", only("“Fine,” Hu harrumphed.").kind)
    end)

    it("takes single-marked quotes in a text that quotes in double for headlines", function()
      local s = "Roe: ‘The Bridge Will Not Fall,’ Engineers Agree.\n\n" ..
        "“The bridge is safe,” Tamsin Roe said on Monday.\n\n" ..
        "‘Safe for now’ reads the sign.\n\n“We checked it twice,” she said. " ..
        "“And again in May.”"
      local got = texts(s)
      assert.are.same({
        { "The Bridge Will Not Fall,", "mention" },
        { "The bridge is safe,", "direct" },
        { "Safe for now", "mention" },
        { "We checked it twice,", "direct" },
        { "And again in May.", "direct" },
      }, got)
      for _, q in ipairs(verba.quotes(s)) do
        if q.kind == "mention" then assert.is_nil(q.speaker) end
      end
    end)

    it("takes a single-marked quotation someone says in running text where the text quotes in double", function()
      local s = "Tamsin Roe accused the council of “savage” cuts, “deep” and “cruel” ones. " ..
        "“It is a disgrace,” she said. “We will fight.”\n\n" ..
        "Speaking in Varnesa, Roe said: ‘They would take us back to the 1980s.’\n\n" ..
        "‘The public knows who to trust,’ Mr Marsh said.\n\n" ..
        "‘Safe for now’ reads the sign.\n\n‘Not Fit For Office.’\n\nIt rained."
      assert.are.same({
        { "savage", "partial" }, { "deep", "partial" }, { "cruel", "partial" },
        { "It is a disgrace,", "direct" }, { "We will fight.", "direct" },
        { "They would take us back to the 1980s.", "direct" },
        { "The public knows who to trust,", "direct" },
        { "Safe for now", "mention" },
        { "Not Fit For Office.", "mention" },
      }, texts(s))
    end)

    it("keeps single-marked quotes where the text quotes in single marks", function()
      local s = "‘The bridge is safe,’ Tamsin Roe said.\n\n‘We checked it twice,’ she said. " ..
        "She called it “sound”."
      local got = texts(s)
      assert.are.equal("direct", got[1][2])
      assert.are.equal("direct", got[2][2])
    end)

    it("takes a title for a mention with the sentence's comma or period inside its marks", function()
      for _, s in ipairs({
        "Ode was a guest on “Night Desk Live,” and left before the end.",
        "The band closed the evening with “Rivers of Glass.”",
        -- the title after a noun of a work and a comma, a cue in the sentence
        "Ode said so in his 2012 book, “A Harbour Son.” So they stayed.",
        -- or before a noun naming what it is the name of
        "The Harbour Daily said the factory made “Gold Coast” brand ropes.",
      }) do
        local q = only(s)
        assert.are.equal("mention", q.kind, s)
        assert.is_nil(q.speaker, s)
      end
      -- one word, or a quote opening its sentence, is an utterance
      assert.are.equal("partial", only("Ode said “Fine,” and then left.").kind)
      local q = only("“Night Falls Early,” Ode said.")
      assert.are.equal("direct", q.kind)
      assert.are.equal("Ode", q.speaker)
    end)

    it("takes a whole sentence right after its cue for a direct quote", function()
      for _, s in ipairs({
        "Mr. Vance said “Go.”",
        "Ada asked “Why now?”",
        "Ada shouted “Not again!” from the door.",
        "Ada said “We lost”.",
        "Ada said “Tell them ‘No.’”",
      }) do
        local q = verba.quotes(s)[1]
        assert.are.equal("direct", q.kind, s)
        assert.is_not_nil(q.cue, s)
      end
    end)

    it("takes a whole sentence after a cue and its addressee for a direct quote", function()
      for _, s in ipairs({ "Roe told reporters “No.”", "Roe told the council on Monday “The bridge is safe.”",
                           "Roe asked Ode “Is it safe?”" }) do
        assert.are.equal("direct", only(s).kind, s)
      end
      assert.are.equal("partial", only("Roe called the plan “A mistake.”").kind)
      assert.are.equal("partial", only("Roe told reporters that it was “A mistake.”").kind)
    end)

    it("takes no speaker from a sentence after the quote whose cue quotes words of its own", function()
      for _, s in ipairs({
        "Protesters carried placards reading “No Mine, No Crime.” Some chanted “Shame on Norvale” as they passed.",
        "Protesters carried placards reading “No Mine, No Crime” and “Water Is Life.” " ..
          "Some chanted “Shame on Norvale” as they passed." }) do
        local qs = verba.quotes(s)
        assert.is_nil(qs[1].speaker, s)
        assert.are.equal("Some", qs[#qs].speaker, s)
      end
      -- nor one after a naming word from the speaker of the paragraph before
      local qs = verba.quotes("“Nobody asked us,” said Margaret Hollis. “My grandchildren play there.”\n\n" ..
        "Protesters carried banners reading “Our Lungs, Our Choice” and sang.")
      assert.are.equal("mention", qs[3].kind)
      assert.is_nil(qs[3].speaker)
    end)

    it("reads the words a sign or a banner reads as its text, nobody's words", function()
      -- whoever the subject of the clause is, with an article or a pronoun
      for _, s in ipairs({ "The residents carried signs reading “Save Our Library” and “Hands Off”.",
                           "They held a banner reading “No More Cuts”." }) do
        for _, q in ipairs(verba.quotes(s)) do
          assert.are.equal("mention", q.kind, s)
          assert.is_nil(q.speaker, s)
        end
      end
      -- a cue of reading after someone's name stays theirs
      assert.are.equal("Ann Lee", verba.quotes("Ann Lee, reading “a short statement”, left.")[1].speaker)
    end)

    it("goes on with a direct quote after its reporting clause, in lower case", function()
      for _, s in ipairs({ "“I know this is hard,” she said, “but we will get through it.”",
                           "“I know this is hard,” Mayor Helen Fisk said on Monday, “but we will win.”" }) do
        local qs = verba.quotes(s)
        assert.are.same({ "direct", "direct" }, { qs[1].kind, qs[2].kind }, s)
      end
      -- not a clause of the writer's after the cue
      local qs = verba.quotes("“We won,” she said, adding that “the team deserved it.”")
      assert.are.equal("partial", qs[2].kind)
    end)

    it("keeps quoted words that continue the writer's sentence partial", function()
      for _, s in ipairs({
        "Ada said “we lost” the vote.",
        "Ada said that “We lost.”",
        "Ada said that “we lost the vote.”",
        "Ada called the plan “A mistake.”",
        "Ada said “We lost” before the count ended.",
        "Ada said “We lost,” and left.",
      }) do
        local q = only(s)
        assert.are.equal("partial", q.kind, s)
      end
    end)

    it("keeps a long title in title case a mention, with no speaker", function()
      local q = only("Ode Quist, curator of \"Tarvel Roe: Photographs and Prints from the " ..
        "Harbour Collection\" at the museum, said the show runs until May.")
      assert.are.equal("mention", q.kind)
      assert.is_nil(q.speaker)
    end)

    it("reads a source listed under an article as a title, with no speaker", function()
      local s = "The council met on Monday.\n\nSources\n\n" ..
        "\"Bridge over the Tarvel found safe\" " .. U(0x2014) .. " The Salem Courier, August 15, 2008\n\n" ..
        "Tamsin Roe. \"Council meets over the bridge\" " .. U(0x2014) .. " Harbour News, May 2, 2009\n\n" ..
        "\"Ferry fares to rise\" - Salem Online, 3 June 2009\n"
      local qs = assert(verba.quotes(s))
      assert.are.equal(3, #qs)
      for _, q in ipairs(qs) do
        assert.are.equal("mention", q.kind)
        assert.is_nil(q.speaker)
      end
      -- an epigraph signed under its line stays someone's words
      local q = only("\"The bridge over the Tarvel is safe.\" " .. U(0x2014) .. " Tamsin Roe")
      assert.are.equal("direct", q.kind)
      assert.are.equal("Tamsin Roe", q.speaker)
    end)

    it("keeps a title nobody is found saying a mention, with no speaker", function()
      local q = only("Ode read the club’s “Weekly Garden Notes” at breakfast.")
      assert.are.equal("mention", q.kind)
      assert.is_nil(q.speaker)
      assert.is_nil(q.cue)
    end)
  end)

  describe("attribution", function()
    local patterns = {
      { "“The bridge is safe,” Tamsin Roe said.", "Tamsin Roe", "said" },
      { "“The bridge is safe,” said Tamsin Roe.", "Tamsin Roe", "said" },
      { "Tamsin Roe said: “The bridge is safe.”", "Tamsin Roe", "said" },
      { "Roe said that engineers “checked every bolt” last week.", "Roe", "said" },
      { "According to Roe, “the bridge is safe.”", "Roe", "According to" },
      { "“The bridge is safe.” — Tamsin Roe", "Tamsin Roe", nil },
      { "“The bridge is safe.” ― Tamsin Roe", "Tamsin Roe", nil }, -- U+2015 quotation dash
      -- a byline on the line under a quotation that fills its paragraph
      { "“The bridge is safe.”\n\n- Tamsin Roe.\n\nThe council met.", "Tamsin Roe", nil },
      { "“The bridge is safe.”\n— Tamsin Roe, Salem\nThe council met on Monday.", "Tamsin Roe", nil },
      { "“The bridge is safe.”\n\nTamsin Roe, Harbour Institute.", "Tamsin Roe", nil },
      { "- More from Roe:\n\n“The bridge is safe.”", "Roe", nil },
      { "From the engineers’ report: “The bridge is safe.”", "the engineers’ report", nil },
      { "“The bridge is safe.”― Tamsin Roe\nCaption/Agency.", "Tamsin Roe", nil },
      { "“The bridge is safe,” Roe, the city engineer, said.", "Roe", "said" },
      -- a dateline names a place, not a speaker
      { "SALEM, Ore., Oct. 4 (AP) — Tamsin Roe praised the bridge as “a marvel of welding” on Monday.", "Tamsin Roe", nil },
      { "WASHINGTON — Tamsin Roe wants a bridge that is “safe for everyone.”", "Tamsin Roe", nil },
      { "Salem (AFP) – Tamsin Roe has praised the bridge, saying that “its welds” are sound.", "Tamsin Roe", "saying" },
      -- "those" and a participle: the people a poll asked
      { "Those surveyed said the harbour was “a mess.”", "Those surveyed", "said" },
      { "Many of those questioned said the pier was “too short.”", "those questioned", "said" },
      -- an appositive's name with its aside in brackets before the cue's comma
      { "On Tuesday, after a vote in the harbour council, Sen. Tamsin Roe (D-Ore.), said, “It is safe.”", "Sen. Tamsin Roe", "said" },
      { "LOS ANGELES, Oct. 4 (UPI) — In a new video, Tamsin Roe praises the bridge.\n\n“It is safe,” Roe sings to viewers.", "Tamsin Roe", nil },
      { "In a statement, the ministry said “the bridge is safe”.", "the ministry", "said" },
      { "“The bridge is safe,” the newspaper wrote.", "the newspaper", "wrote" },
      { "“The bridge is safe,” she insisted.", "she", "insisted" },
      { "“Is the bridge safe?” asked Roe.", "Roe", "asked" },
      { "“The bridge is safe,” Roe has repeatedly argued.", "Roe", "argued" },
      { "“The bridge is safe,” Mr. Roe told reporters.", "Mr. Roe", "told" },
      { "The city engineer, Tamsin Roe, called on drivers “to slow down.”", "Tamsin Roe", "called on" },
      { "“The bridge is safe,” Tamsin Roe, an engineer for the harbour board, said.", "Tamsin Roe", "said" },
      -- two appositives, the second right before the cue
      { "“The bridge is safe,” Tamsin Roe, the engineer of Millbrook, one of the towns on the river, said.",
        "Tamsin Roe", "said" },
      -- more, an age and a town and its state
      { "“The bridge is safe,” Tamsin Roe, 30, of Salem, Ore., who uses it daily, said.", "Tamsin Roe", "said" },
      { "“The bridge is safe,” Sen. Tamsin Roe (D-Ore.) said.", "Sen. Tamsin Roe", "said" },
      { "“The bridge is safe,” Leader Tamsin Roe, R-Ore., said.", "Leader Tamsin Roe", "said" },
      { "“The bridge is safe,” Tamsin Roe of the Harbour Institute wrote.", "Tamsin Roe of the Harbour Institute", "wrote" },
      { "Roe praised the bridge as “a marvel,” saying it would last.", "Roe", "saying" },
      { "When asked about the bridge, Roe said it was “safe enough.”", "Roe", "said" },
      { "Once in May, when the council asked about the bridge, Roe laughed and said, “It is safe.”", "Roe", "said" },
      { "Once in May, when the council met, Roe laughed and said, “It is safe.”", "Roe", "said" },
      { "When the council asked about the bridge, Roe told them: “It is safe.”", "Roe", "told" },
      { "And in May, Roe wrote, she began to say “it is safe” to everyone.", "Roe", "wrote" },
      { "On July 6, 2015, Roe made the following comment:\n\n“The bridge is safe.”", "Roe", nil },
      { "“The bridge is safe,” Roe went on.", "Roe", "went on" },
      { "“The bridge is safe,” Roe echoed.", "Roe", "echoed" },
      { "“The bridge is safe,” Tamsin Roe and Ivo Ode wrote.", "Tamsin Roe and Ivo Ode", "wrote" },
      { "Mayor Ivo Ode condemned what he called a “brazen breach” of the rules.", "Mayor Ivo Ode", "called" },
      -- a naming cue's own subject after a subordinator, the quote its object
      { "Ferry firms denied any blame after the harbour board dubbed them “mere carriers” in 2002.",
        "the harbour board", "dubbed" },
      { "Roe is airing an advertisement in which she declares, “The bridge is safe.”", "she", "declares" },
      { "If the council agrees — as many hope, but Ode denies — “why not build it?” asked Roe.", "Roe", "asked" },
      { "Roe slammed the plan as “reckless.”", "Roe", "slammed" },
      { "The engineer touted the bridge as “safe for everyone.”", "The engineer", "touted" },
      { "“The bridge is safe,” Roe pressed.", "Roe", "pressed" },
      { "Roe shot back: “The bridge is safe.”", "Roe", "shot back" },
      { "As Roe put it, “the bridge is safe.”", "Roe", "put it" },
      { "Roe wants a bridge that is “safe for everyone.”", "Roe", nil },
      -- the possessor of a noun of speech opening the quote's clause
      { "The council doubted Tamsin Roe’s claim that the bridge is “safe for everyone.”", "Tamsin Roe’s", nil },
      { "Critics doubted her controversial pledge to be “neutral.”", "her", nil },
      -- (a determiner among its modifiers, a copula before the clause)
      { "But Tamsin Roe’s most pointed claim is that the bridge is “safe for everyone.”", "Tamsin Roe’s", nil },
      { "Her argument was that the bridge is “safe for everyone.”", "Her", nil },
      -- a participle's clause after a comma and an adverb or a phrase of
      -- time is its sentence's subject's, or its last clause's
      { "Roe turned the delays to her advantage, alternately calling the bridge “safe and sturdy.”", "Roe", "calling" },
      { "The pier is shut, and Roe has fought the board over it, at one point calling its chair “reckless.”", "Roe", "calling" },
      { "The ferry company made a profit, yesterday saying at the time that it was “pleased.”", "The ferry company", "saying" },
      -- (nor a role in lower case before a name after an opening phrase)
      { "But after the vote, harbour spokesman Tamsin Roe defended the pier, saying it was “long overdue.”",
        "Tamsin Roe", "saying" },
      -- (an age opening the sentence is no word of its subject)
      { "76-year-old Tamsin Roe backed the pier, saying it was “long overdue.”", "Tamsin Roe", "saying" },
      -- an infinitive cue after a verb in the past tense is that verb's subject's,
      -- where it is the last cue before the quote
      { "The vote was so close that Roe was prompted to say, “We will count again.”", "Roe", "say" },
      { "The ferry firm declined to elaborate on what it calls “internal matters.”", "it", "calls" },
      { "Asked if Lee intended to recommend a ban, Roe told reporters, “We will see.”", "Roe", "told" },
      -- (and only a named subject: not a span of time)
      { "Work he showed in Salem several years ago, although plainly his, seemed to echo the “stress positions” of the war.",
        "Work", nil },
      -- (a common noun's phrase after the coordinator too)
      { "The pier is shut, and the board has fought Roe over it, at one point calling its chair “reckless.”",
        "the board", "calling" },
      -- with no cue, a quote in a clause a coordinator opens is that clause's subject's
      { "Roe proposed a debate, but the Lee campaign rejected the idea as “ludicrous.”", "the Lee campaign", nil },
      { "Roe proposed a debate - but Lee wants “a real contest.”", "Lee", nil },
      -- a participle after "by" or a subordinator is the subject's, in the
      -- next sentence too
      { "Roe angered the board by calling the bridge “safe and sturdy.”", "Roe", "calling" },
      { "Roe distanced herself from the board by saying she would help. “I am going to support it.”",
        "Roe", "saying" },
      { "Roe backed the pier after saying she would help. “I am going to support it.”", "Roe", "saying" },
      -- (not an absolute clause's: its phrase speaks)
      { "Ferry firms were angry, with the harbour board calling them “mere carriers.”", "the harbour board", "calling" },
      -- a span of time before a filler is no subject: its count goes with it
      { "The harbour board less than two weeks ago said the pier was “unsafe.”", "The harbour board", "said" },
      { "The ferry company a week earlier said profits were “solid.”", "The ferry company", "said" },
      -- a passive cue's subject is what was said: a later finite cue speaks
      { "Roe, who rang Ode soon after the result was announced, told the crowd: “We won.”", "Roe", "told" },
      -- an -s cue word after a participle opening a clause is its object
      { "Roe hopes the bridge will be “the best of both worlds,” giving states more power.", "Roe", nil },
      { "Roe said, the council called her a “nuisance,” making air quotes.", "Roe", "said" },
      -- an adverb after a passive auxiliary is no passive cue whose agent speaks
      { "Roe said the town was clearly “devastated” by the closures.", "Roe", "said" },
      { "“The bridge is safe,” according to Tamsin Roe.", "Tamsin Roe", "according to" },
      { "In a blog post published Friday, Tamsin Roe said the bridge was “safe enough.”", "Tamsin Roe", "said" },
      -- (after opening words and their comma too)
      { "But on Monday, in a memo announcing her new role, Roe said the bridge was “safe enough.”", "Roe", "said" },
      { "The paper rated 32% of Republican claims as “false.”", "The paper", nil },
      { "The main test is a “lawful source of income,” as a council memo put it.", "a council memo", "put it" },
      { "The bridge is “safe enough,” as Roe said on Monday.", "Roe", "said" },
      { "Protesters marching through the streets chanted “What curfew?”", "Protesters", "chanted" },
      { "Engineers involved in the works said the bridge was “safe enough.”", "Engineers", "said" },
      { "After the meeting, a statement was issued saying “the bridge is safe.”", "a statement", "saying" },
      { "The security firm Quarnby.com has said the flaw is “highly critical”.", "Quarnby.com", "said" },
      { "The river rose, and in the words of the engineer, “the bridge is safe.”", "the engineer", "words of" },
      { "“The bridge is safe,” a neighbour, Tamsin Roe told reporters.", "Tamsin Roe", "told" },
      { "“The bridge is safe,” the tall, gray-haired engineer said.", "the tall, gray-haired engineer", "said" },
      -- a firm's name joined by an ampersand is a name's word
      { "“The bridge is safe,” a Quarnby & Hale spokesman said.", "a Quarnby & Hale spokesman", "said" },
      { "“The bridge is safe,” an AT&T engineer said.", "an AT&T engineer", "said" },
      -- (not after words the quote's own sentence goes on with)
      { "Banks will pay the lower “marginal” rate, analysts said.", "analysts", "said" },
      -- a reporting clause with an auxiliary closing the quote's sentence
      { "The party will run as “the real alternative” in May, Tamsin Roe has said.", "Tamsin Roe", "said" },
      { "“The bridge is safe,” Beverly said.", "Beverly", "said" },
      { "Kelly said: “The bridge is safe.”", "Kelly", "said" },
      { "Separately, Roe wants a bridge that is “safe for everyone.”", "Roe", nil },
      { "Early in the day, Roe wanted a bridge that was “safe for everyone.”", "Roe", nil },
      { "Two years ago, Roe wanted a bridge that was “safe for everyone.”", "Roe", nil },
      { "Amid the protests, Roe wanted a bridge that was “safe for everyone.”", "Roe", nil },
      { "Perhaps, Roe wanted a bridge that was “safe for everyone.”", "Roe", nil },
      { "Following Monday’s vote, Roe praised the bridge as “safe for everyone.”", "Roe", nil },
      { "Roe spoke to the council on Monday. “The bridge is safe.”", "Roe", "spoke" },
      { "Senator Tamsin Roe, a Republican, issued a statement on the vote. “The bridge is safe.”", "Senator Tamsin Roe", nil },
      { "Tamsin Roe told the council about the repairs.\n\n“The bridge is safe. We checked every bolt.”",
        "Tamsin Roe", "told" },
      -- a quote in a relative clause: the pronoun as written is the speaker
      { "The council heard from Roe, who called the bridge “a marvel of welding.”", "who", "called" },
      { "Ode praised Roe, who has long argued that the bridge is “safe enough.”", "who", "argued" },
      { "Roe wrote to Ode, who, in a long letter, replied: “The bridge is safe.”", "who", "replied" },
      { "Ode, who built the bridge, said it was “safe enough.”", "Ode", "said" },
      { "Ode hired engineers who later called the bridge “safe enough.”", "who", "called" },
      -- (a relative clause with a cue of its own before its antecedent's
      -- cue: the antecedent speaks)
      { "A harbour official who asked not to be named said on Monday, “The bridge is safe.”",
        "A harbour official", "said" },
      { "An engineer who spoke to reporters on condition of anonymity told them: “The bridge is safe.”",
        "An engineer", "told" },
      { "The plan has support from Ode, who said on Monday ministers were agreed on “relaunching” it.",
        "who", "said" },
      { "Ode praised Roe, who said on Monday the engineers agreed it was “safe enough.”", "who", "said" },
      -- an opening participle clause or a prepositional phrase is no speaker
      { "Speaking at the harbour on Monday, Roe wanted a bridge “safe for everyone.”", "Roe", nil },
      { "Asked about the repairs, Roe wanted a bridge “safe for everyone.”", "Roe", nil },
      { "For years, Roe has wanted a bridge “safe for everyone.”", "Roe", nil },
      -- nor a cue-like noun inside it: the main clause's cue speaks
      { "Following initial reports of the flood, Tamsin Roe said that “a dam” had burst.", "Tamsin Roe", "said" },
      -- (a name ending in -ing opening the sentence is its subject)
      { "Keating told the dinner that the deficit was “in the groove” of the plans.", "Keating", "told" },
      { "Roe at the time said the bridge was “safe enough.”", "Roe", "said" },
      { "Roe during the hearing told them the bridge was “safe enough.”", "Roe", "told" },
      -- a reporting clause right after the quote names its speaker
      { "Roe spoke about the bridge: “It is safe,” Ode said.", "Ode", "said" },
      { "Roe told the council the bridge was “perfectly safe,” Ode recalled.", "Ode", "recalled" },
      -- a town and its region inside an appositive do not end it
      { "Tamsin Roe, the engineer of Millbrook, Oregon, said the bridge was “safe enough.”", "Tamsin Roe", "said" },
      { "Tamsin Roe, 52, of Millbrook, Ore., said the bridge was “safe enough.”", "Tamsin Roe", "said" },
      { "Tamsin Roe, curator of prints at the University of Arkansas, Fayetteville, said the bridge was “safe enough.”", "Tamsin Roe", "said" },
      -- a name's particles are the name's
      { "The chief engineer Nikolaus van der Pas said the bridge was “safe enough.”", "Nikolaus van der Pas", "said" },
      { "At a meeting in Salem, Ore., on Monday, the city engineer called the bridge “safe enough.”", "the city engineer", "called" },
      { "At a meeting in Salem, N.H., Tamsin Roe praised the bridge as “safe enough.”", "Tamsin Roe", nil },
      -- the object of a relative clause inside the subject is no speaker
      { "The chair of the board that approved the loan said the bridge was “safe enough.”", "The chair of the board", "said" },
      -- a later clause with a cue of its own names its own speaker
      { "Ode waved and said the vote was fair, but a man yelled “Shame!”", "a man", "yelled" },
      -- cue words used as nouns are no cues
      { "In another tweet, Roe called the bridge “safe enough.”", "Roe", "called" },
      { "Roe defended her recent comments about the bridge as “fair.”", "Roe", nil },
      -- a cue's word after a verb in the past tense is its object, a noun
      { "Mayor Roe on Tuesday rejected calls for a vote, saying the city could not afford “another costly exercise.”",
        "Mayor Roe", "saying" },
      { "Mayor Roe on Tuesday rejected opposition calls for a vote, saying it could not afford “another costly exercise.”",
        "Mayor Roe", "saying" },
      { "Mayor Tamsin arap Roe rejected opposition calls for a vote, saying the city could not afford “another costly exercise.”",
        "Mayor Tamsin arap Roe", "saying" },
      -- a participle after the object of a verb: the subject speaks
      { "Roe sent a short letter saying the bridge was “safe enough.”", "Roe", "saying" },
      -- a clause joined by a conjunction, with its own subject and cue, introduces the quote
      { "Roe pleaded with the council, but Ode replied “The bridge is safe.”", "Ode", "replied" },
      { "Roe denied any fault, but she called the bridge “a risk.”", "she", "called" },
      -- a possessive pronoun opens a phrase after a preposition, as an article does
      { "A survey of its own engineers concluded, “The bridge is safe.”", "A survey of its own engineers", "concluded" },
    }
    for _, c in ipairs(patterns) do
      it("reads " .. c[1], function()
        local s = c[1]
        local q = only(s)
        assert.are.equal(c[2], q.speaker)
        assert.are.equal(c[2], s:sub(q.speaker_start, q.speaker_stop))
        assert.are.equal(c[3], q.cue)
        if c[3] then assert.are.equal(c[3], s:sub(q.cue_start, q.cue_stop)) end
      end)
    end

    it("gives a quote in a coordinated clause with no cue only to a named subject next to it", function()
      -- (not a phrase of no one, nor one a comma parts from the quote)
      assert.is_nil(only("(Roe Ferries Inc) said price pressure on its routes, mainly in the north, and the " ..
        "recent rise in fuel costs are expected to result in “minimal” profits.").speaker)
      assert.is_nil(only("If you agree, and you live in Ohio, feel free to “vote your conscience.”").speaker)
    end)

    it("leaves a participle after a dash and a clause of its own to that clause", function()
      -- (the sentence's first subject did not claim the wins)
      local q = only("Four ferries are tied - although the Kestrel looks faster after claiming two wins. " ..
        "“We did not sail well.”")
      assert.is_nil(q.speaker)
    end)

    it("keeps the subject of a passive cue whose later cue is in its own clause", function()
      -- (Roe, who rang after the result was announced, told: the later cue)
      assert.are.equal("Ode", only("In the minutes Ode is alleged to have told the board: “We won.”").speaker)
      assert.are.equal("Ode", only("Ode was reported to have told the board it was “a win.”").speaker)
    end)

    it("takes no speaker from a dateline right before the quote", function()
      -- the dateline's place is no subject, though nothing follows its dash
      for _, s in ipairs({
        "SALEM, Ore., Oct. 4 (AP) — “The bridge is safe.”",
        "Salem (AFP) - “The bridge is safe.”",
        "SALEM - “The bridge is safe.”",
      }) do
        assert.is_nil(only(s).speaker, s)
      end
      -- a name in small letters before a dash, with no agency, is a label
      assert.are.equal("Tamsin Roe", only("Tamsin Roe - “The bridge is safe.”").speaker)
    end)

    it("takes no speaker for the main clause from the cue of an opening adverbial clause", function()
      local q = only("While checks continue, the officials will scrap the step to “streamline” processing.")
      assert.are.equal("the officials", q.speaker)
      assert.is_nil(q.cue)
      -- past the commas of a list inside the clause: a scare quote
      q = only("While security, criminal, and health checks continue, officials will scrap the step to “streamline” processing.")
      assert.are.equal("mention", q.kind)
      assert.is_nil(q.speaker)
      -- "as" makes the main clause what the speaker said
      q = only("As Roe said, the bridge was “safe enough.”")
      assert.are.equal("Roe", q.speaker)
      assert.are.equal("said", q.cue)
    end)

    it("reads a cue word in a compound noun as no cue", function()
      local qs = verba.quotes("Roe called it “quite clear” that the old, insecure email server was “a disaster.”")
      assert.are.equal(2, #qs)
      assert.are.equal("Roe", qs[2].speaker)
      assert.are.equal("called", qs[2].cue)
    end)

    it("names what a relative pronoun speaker stands for", function()
      local q = only("The council heard from Tamsin Roe, who called the bridge “a marvel of welding.”")
      assert.are.equal("who", q.speaker)
      assert.are.equal("Tamsin Roe", q.speaker_name)
      -- the name after a preposition, unless a noun with its modifiers heads the phrase
      q = only("It drew a sharp reply from Mayor Tamsin Roe, who called the bridge “a marvel of welding.”")
      assert.are.equal("Tamsin Roe", q.speaker_name)
      local qs = verba.quotes("Roe spoke first. Ode, who had built it, said, “The bridge is safe.”")
      assert.are.equal("Ode", qs[1].speaker)
    end)

    it("knows cue verbs in every tense", function()
      for _, verb in ipairs({ "says", "said", "tweeted", "warns", "explaining",
                              "acknowledged", "replies", "recalled", "claimed" }) do
        local q = only(("“The bridge is safe,” Roe %s."):format(verb))
        assert.are.equal("Roe", q.speaker)
        assert.are.equal(verb, q.cue)
      end
    end)

    it("takes extra cue verbs from opts.verbs, as a list or a set", function()
      local s = "“The bridge is safe,” Roe harrumphed."
      assert.is_nil(only(s).speaker)
      assert.are.equal("Roe", only(s, { verbs = { "harrumphed" } }).speaker)
      assert.are.equal("harrumphed", only(s, { verbs = { harrumphed = true } }).cue)
      assert.are.equal("Roe", only(s, { verbs = { "Harrumphed" } }).speaker)
    end)

    it("keeps the speaker over narration in the paragraph that names nobody new", function()
      assert.are.same({ "Tamsin Roe", "Tamsin Roe" }, speakers(
        "“I am good with my hands,” said Tamsin Roe, half joking. She has worked at the yard for 24 years. “But I like it.”"))
      assert.are.same({ "Roe", "Roe" }, speakers(
        "“Those are small towns,” Roe said. They lie in a dead zone. “That’s a tough area.”"))
      -- someone new, a pronoun of the other gender, another paragraph: no
      assert.are.same({ "Tamsin Roe", false }, speakers(
        "“I am good with my hands,” said Tamsin Roe. Ode disagreed. “No way.”"))
      assert.are.same({ "Mrs. Roe", false }, speakers(
        "“I am good with my hands,” said Mrs. Roe. He has worked at the yard for years. “No way.”"))
      assert.are.same({ "Roe", false }, speakers(
        "“Those are small towns,” Roe said. The towns lie in a dead zone.\n\n“That’s a tough area.”"))
    end)

    it("keeps the speaker for a quote that goes on after its attribution", function()
      local qs = verba.quotes("“The bridge is safe,” Roe said. “We checked it twice.”\n\n" ..
        "“And we will check it again.”")
      assert.are.equal(3, #qs)
      for _, q in ipairs(qs) do assert.are.equal("Roe", q.speaker) end
    end)

    it("keeps the speaker for quoted words that make the next sentence's main clause", function()
      assert.are.same({ "Tamsin Roe", "Tamsin Roe" }, speakers(
        "“The yard was losing money,” said Tamsin Roe, who runs it. Now, “we have more orders than we can build.”"))
      assert.are.same({ "Roe", "Roe" }, speakers(
        "“The yard was losing money,” Roe said. Unless the orders stop, “we will hire forty welders by May.”"))
      assert.are.same({ "Roe", "Roe" }, speakers(
        "“The yard was losing money,” Roe said. Now, “we have more orders than we can build”."))
      -- a cue of its own, a short scare quote, a sentence going on past the
      -- quote, a sentence between: no
      assert.are.same({ "Roe", "Ode" }, speakers(
        "“The yard was losing money,” Roe said. Now, “we have more orders than we can build,” Ode said."))
      assert.are.same({ "Roe", false }, speakers(
        "“The yard was losing money,” Roe said. Now, “new orders” keep the yard busy."))
      assert.are.same({ "Roe", false }, speakers(
        "“The yard was losing money,” Roe said. Now, “we have more orders than we can build” is what the sign says."))
      assert.are.same({ "Roe", false }, speakers(
        "“The yard was losing money,” Roe said. The yard is old. Now, “we have more orders than we can build.”"))
    end)

    it("looks for an attribution after a quotation on its own line only", function()
      local qs = verba.quotes("“The bridge is safe,” said Roe. “We checked it twice.”\n" ..
        "Ode hit back, saying the checks were rushed.")
      assert.are.equal(2, #qs)
      assert.are.equal("Roe", qs[2].speaker)
    end)

    it("keeps the speaker after an aside whose dot ends no sentence", function()
      local qs = verba.quotes("“The bridge is safe,” Sen. Tamsin Roe (D-Ore.) said. “We checked it twice.”")
      assert.are.equal(2, #qs)
      assert.are.equal("Sen. Tamsin Roe", qs[2].speaker)
    end)

    it("takes a word after an article or a possessive for a noun, not a cue", function()
      -- the claims' owner speaks when the text names one
      for _, c in ipairs({ { "Roe defended the claims that the bridge was “safe enough.”", "Roe", "Roe" },
                           { "Roe defended Ode’s claims that the bridge was “safe enough.”", "Ode’s", "Ode" },
                           { "Roe defended Ode's claims that the bridge was “safe enough.”", "Ode's", "Ode" } }) do
        local q = only(c[1])
        assert.are.equal(c[2], q.speaker)
        assert.are.equal(c[3], q.speaker_name)
        assert.is_nil(q.cue)
      end
    end)

    it("takes no narration, heading or single word under a quotation for a byline", function()
      for _, s in ipairs({ "“The bridge is safe.”\n\nRoe agreed.",
                           "“The bridge is safe.”\n\nPause.",
                           "“The bridge is safe.”\n\nRELATED STORIES",
                           "“The bridge is safe.”\n\nRelated Stories" }) do
        assert.is_nil(verba.quotes(s)[1].speaker, s)
      end
    end)

    it("resolves a possessive pronoun speaker to the sentence's subject", function()
      local q = only("Roe stood by her remarks that the bridge was “safe enough.”")
      assert.are.equal("her", q.speaker)
      assert.are.equal("Roe", q.speaker_name)
    end)

    it("reads a possessive in s' alike with a straight or a curly apostrophe", function()
      for _, s in ipairs({ "Cal Ness' call for calm was plain: “Nobody leaves the dock tonight.”",
                           "Cal Ness’ call for calm was plain: “Nobody leaves the dock tonight.”" }) do
        local q = only(s)
        assert.truthy(q.speaker:find("^Cal Ness"))
        assert.is_nil(q.cue)
      end
    end)

    it("keeps a subject and cue right after a quote for it when a later cue frames the next", function()
      local qs = verba.quotes("The line grew. “Is it two hours now? Three?” Roe asks as a porter " ..
        "walks past, saying he is “here to fix the broken lift.”")
      assert.are.equal(2, #qs)
      assert.are.equal("Roe", qs[1].speaker)
      assert.are.equal("asks", qs[1].cue)
      -- with no cue of its own up front, the sentence frames the next quote only
      qs = verba.quotes("“The count is done.” Later, she said, it was “a long and tiring night.”")
      assert.are.equal(2, #qs)
      assert.is_nil(qs[1].cue)
      assert.are.equal("said", qs[2].cue)
    end)

    it("reads the -s word ending a phrase after a quote as its cue, not a plural", function()
      local q = only("“Nobody leaves the dock tonight,” a harbor guard states.")
      assert.are.equal("a harbor guard", q.speaker)
      assert.are.equal("states", q.cue)
      q = only("“Nobody leaves the dock tonight,” the old skipper claims.")
      assert.are.equal("the old skipper", q.speaker)
      assert.are.equal("claims", q.cue)
      -- (a preposition's phrase after the noun, a name's too)
      q = only("“Nobody leaves the dock tonight,” the head of the Dockers union states.")
      assert.are.equal("the head of the Dockers union", q.speaker)
      assert.are.equal("states", q.cue)
      q = only("“Nobody leaves the dock tonight,” a voice-over in the new ad claims.")
      assert.are.equal("a voice-over in the new ad", q.speaker)
    end)

    it("gives a quote in a sentence of its own after a quote its own subject, when a person's", function()
      local before = "Ann Lee spoke first. “The pier is a disgrace. We need a new one.” "
      local qs = verba.quotes(before .. "Tom Ode supports “a new pier for the whole town,” and recalled the last one.")
      assert.are.equal("Ann Lee", qs[1].speaker)
      assert.are.equal("Tom Ode", qs[2].speaker)
      -- (not a phrase of no one, nor a capitalised word no one was named with:
      -- the quote goes on from the one before)
      qs = verba.quotes(before .. "The choice was between a repair and “a new pier for the whole town.”")
      assert.are.equal("Ann Lee", qs[2].speaker)
      qs = verba.quotes(before .. "Phone companies want “a new pier for the whole town.”")
      assert.are.equal("Ann Lee", qs[2].speaker)
    end)

    it("does not carry a speaker over the writer's own sentences", function()
      local qs = verba.quotes("“The bridge is safe,” Roe said. The council met on Monday. " ..
        "It voted twice.\n\n“A long quotation of the minutes that nobody is named for.”")
      assert.are.equal(2, #qs)
      assert.is_nil(qs[2].speaker)
    end)

    it("carries a speaker over a sentence about that speaker", function()
      local qs = verba.quotes("“The bridge is safe,” said Tamsin Roe. Roe has run the works " ..
        "department since May. “We checked it twice.”")
      assert.are.equal(2, #qs)
      assert.are.equal("Roe", qs[2].speaker)
      assert.are.equal("Tamsin Roe", qs[2].speaker_name)
    end)

    it("reads a cue word heading a noun phrase as a noun", function()
      local q = only("Mayor Ivo Brand sent out a late-night fundraising call after the vote, " ..
        "asking donors to “keep the lights on at city hall.”")
      assert.are.equal("Mayor Ivo Brand", q.speaker)
      assert.are.equal("asking", q.cue)
      q = only("The crowd took up the familiar chant of “Build the bridge now!”")
      assert.truthy(q.speaker:find("^The crowd"))
      assert.is_nil(q.cue)
    end)

    it("still reads an uninflected cue after its subject as a verb", function()
      local q = only("Most residents of each district say the plan is “a good start.”")
      assert.are.equal("say", q.cue)
      q = only("“We paid for every brick,” the leaflet read.")
      assert.are.equal("the leaflet", q.speaker)
      assert.are.equal("read", q.cue)
    end)

    it("finds the cue after a pronoun with a contracted verb, which it leaves out", function()
      local q = only("Tamsin Roe spoke on Monday. She’s predicting the vote will be “very close.”")
      assert.are.equal("She", q.speaker)
      assert.are.equal("predicting", q.cue)
      q = only("Ode spoke first. They're calling the new pier “a gift to the town.”")
      assert.are.equal("They", q.speaker)
      q = only("“The pier will last,” she’d said.")
      assert.are.equal("she", q.speaker)
    end)

    it("takes no speaker from a clause opened by it's or that's", function()
      local q = only("It’s been said that the new pier is “a gift to the town.”")
      assert.is_nil(q.speaker)
    end)

    it("credits the source a reporting clause is according to", function()
      local q = only("“The ferry will run on time,” Ode Lark said, according to the Harbour Gazette.")
      assert.are.equal("the Harbour Gazette", q.speaker)
      assert.are.equal("according to", q.cue)
      q = only("Ode Lark said on Monday, according to the Harbour Gazette, that the ferry was “almost ready.”")
      assert.are.equal("the Harbour Gazette", q.speaker)
      local qs = verba.quotes("“The pier is a gift,” said Roe, according to a transcript. “It will last.”")
      assert.are.equal(2, #qs)
      assert.are.equal("a transcript", qs[2].speaker)
      -- after a quote the cue before it introduces, in the quote's sentence
      q = only("On Monday, Ode Lark said she was “happy to see” the pier open, according to the Harbour Gazette.")
      assert.are.equal("the Harbour Gazette", q.speaker)
      -- not in the next sentence
      q = only("Ode Lark said the council should act “without delay.” She will visit, according to an aide.")
      assert.are.equal("Ode Lark", q.speaker)
    end)

    it("takes the subject for the speaker of what it describes as quoted words", function()
      local q = only("Ode Lark dismissed the harbour survey as “absurd.”")
      assert.are.equal("Ode Lark", q.speaker)
      assert.are.equal("partial", q.kind)
      -- after a role in lower case, the name of who holds it, not the employer's
      q = only("Harbour Board spokesman Ode Lark dismissed the survey as “absurd.”")
      assert.are.equal("Ode Lark", q.speaker)
      q = only("The council backed a plan known as “Blue Harbour.”")
      assert.is_nil(q.speaker)
    end)

    it("reads a sentence opening with an article as its subject", function()
      local q = only("A harbour pilot wants the channel “dredged before winter.”")
      assert.are.equal("A harbour pilot", q.speaker)
      q = only("A day later, Roe wanted a bridge “safe for everyone.”")
      assert.are.equal("Roe", q.speaker)
    end)

    it("takes a common-noun subject after an opening phrase", function()
      local q = only("In a letter on Monday, the harbour master dismissed the survey as “rushed.”")
      assert.are.equal("the harbour master", q.speaker)
    end)

    it("never takes an adverb that opens the sentence for its speaker", function()
      -- before a comma and a phrase running to the cue (not a name with
      -- its appositive: Roe, a pilot said)
      for _, adverb in ipairs({ "Earlier", "Still", "Second", "Finally", "Overall", "Well" }) do
        local q = only("The hearing went on. " .. adverb ..
                       ", the harbour master said, “The survey is over.”")
        assert.are.equal("the harbour master", q.speaker, adverb)
      end
      local q = only("The hearing went on. Kelly, a harbour pilot said, “The survey is over.”")
      assert.are.equal("Kelly", q.speaker)
      -- nor with no cue, where the sentence's subject speaks
      q = only("Separately, the harbour board warned that the plan carried “huge risks.”")
      assert.are.equal("the harbour board", q.speaker)
      q = only("The survey ran late. Second, “the divers left early.”")
      assert.is_nil(q.speaker)
    end)

    it("takes no verb for a speaker: an infinitive, having", function()
      -- a noun that is a cue's too, after "to" and a verb, is no cue
      local q = only("Roe refused to recant earlier remarks when she called the pier “unsafe.”")
      assert.are.equal("she", q.speaker)
      -- a perfect participle's clause is the sentence subject's
      q = only("Roe left the hall, having called the plan “a disgrace.”")
      assert.are.equal("Roe", q.speaker)
      q = only("Having called the plan “a disgrace,” Roe left the hall.")
      assert.are_not.equal("Having", q.speaker)
    end)

    it("ends a subject before a verb whose object opens with its, and before a past form", function()
      local q = only("The harbour’s name reflects its past as a port “reborn from the sea.”")
      assert.are.equal("The harbour’s name", q.speaker)
      -- and before a past form that does not end in -ed (past_verbs.tsv)
      q = only("The harbour board sent out a letter to owners saying: “The pier will close.”")
      assert.are.equal("The harbour board", q.speaker)
    end)

    it("gives a cue joined to an earlier verb that verb's subject", function()
      local q = only("Roe smiled and said the pier was “a gift to the town.”")
      assert.are.equal("Roe", q.speaker)
      assert.are.equal("said", q.cue)
      q = only("Roe opposed the pier at first but now says it is “a gift to the town.”")
      assert.are.equal("Roe", q.speaker)
      assert.are.equal("says", q.cue)
    end)

    it("takes a capitalised modal or preposition before a finite cue as a name", function()
      local qs = verba.quotes("“The harbour needs dredging,” Will wrote.\n\n" ..
        "From argued the port was “too shallow for the new ferries.”")
      assert.are.equal(2, #qs)
      assert.are.equal("Will", qs[1].speaker)
      assert.are.equal("From", qs[2].speaker)
      assert.are.equal("Will Hu", only("“It floods every spring,” said Will Hu.").speaker)
      local q = only("When asked about the port, Ode Lark said: “It will open in June.”")
      assert.are.equal("Ode Lark", q.speaker)
    end)

    it("skips an opening adverb and its comma before the subject", function()
      local q = only("However, she kept her distance from the plan, calling it “rushed.”")
      assert.are.equal("she", q.speaker)
    end)

    it("takes the pronoun subject of the clause a quote stands in", function()
      local q = only("Roe was calm on Monday, even if he saved his sharpest words for " ..
        "the “reckless spending” of the council.")
      assert.are.equal("he", q.speaker)
    end)

    it("keeps a speaker whose next sentence introduces the following quote", function()
      local qs = verba.quotes("“The bridge is safe,” Roe said about the new survey. " ..
        "“We checked every bolt.” She went on to add: “Nobody should worry.”")
      assert.are.equal(3, #qs)
      assert.are.equal("Roe", qs[2].speaker)
      assert.are.equal("She", qs[3].speaker)
    end)

    it("finds a reporting clause set off by a comma after the words that follow a quote", function()
      local q = only("“The ferry runs late” most winter mornings, said Ann Lee, the harbour master.")
      assert.are.equal("Ann Lee", q.speaker)
      assert.are.equal("said", q.cue)
      q = only("“Fares will rise” if the fuel tax passes, the ferry company wrote in a letter.")
      assert.are.equal("the ferry company", q.speaker)
      q = only("“Nobody asked us” about the route, Ode said on Friday.")
      assert.are.equal("Ode", q.speaker)
    end)

    it("goes on from the quote before across a word that only opens the quote's sentence", function()
      local qs = verba.quotes("“It is not do or die,” Ann Lee said outside the hall. But “the plan is " ..
        "stronger with his support. It helps.”")
      assert.are.equal(2, #qs)
      assert.are.equal("Ann Lee", qs[2].speaker)
      -- not into a quote the writer's sentence goes on from
      qs = verba.quotes("“It is not do or die,” Ann Lee said outside the hall. But “dumping Ode” " ..
        "is easier said than done.")
      assert.is_nil(qs[2].speaker)
    end)

    it("reads no reporting clause of the next sentence into a quote a full stop ended", function()
      -- the next sentence's clause reports the writer's words; the quote goes on from its speaker
      for _, s in ipairs({
        "“It is a front,” said Ann Vandrel, an analyst. “We tried to find out who.” " ..
          "The sale bought time for the firm, analysts said.",
        "“It is a front,” said Ann Vandrel, an analyst. “We tried to find out who”. " ..
          "The sale has bought time for the firm to raise the money, analysts said." }) do
        local qs = verba.quotes(s)
        assert.are.equal(2, #qs, s)
        assert.are.equal("Ann Vandrel", qs[2].speaker, s)
      end
      -- after ! or ? the sentence may go on to its speaker
      local q = verba.quotes("“A big year for Bo Ode!” Ode’s niece, Ann Vandrel, shouted to the crowd.")[1]
      assert.are.equal("Ode’s niece", q.speaker)
      assert.are.equal("shouted", q.cue)
    end)

    it("takes no object of a later cue after a comma for the speaker", function()
      local q = only("Voters backed “a slower plan” by then, said they would wait.")
      assert.are.equal("Voters", q.speaker)
    end)

    it("gives a quote that fills its paragraph to the person the sentence before is about", function()
      local q = only("Ann Lee toured the flooded mill on Monday.\n\n" ..
        "“We will rebuild it, stone by stone.”\n\nThe mill opened in 1850.")
      assert.are.equal("Ann Lee", q.speaker)
      q = only("The storm closed the road.\n\n“We will rebuild it, stone by stone.”")
      assert.is_nil(q.speaker)
    end)

    it("reads the sentence before a quote-only paragraph past a title quoted in it", function()
      local qs = verba.quotes("Ann Lee reviewed the play “Low Tide” on Monday.\n\n" ..
        "“It kept me laughing from the first scene to the last.”")
      assert.are.equal(2, #qs)
      assert.are.equal("mention", qs[1].kind)
      assert.are.equal("Ann Lee", qs[2].speaker)
      qs = verba.quotes("The theatre staged “Low Tide.” The hall was full.\n\n" ..
        "“It kept me laughing from the first scene to the last.”")
      assert.is_nil(qs[2].speaker)
    end)

    it("gives the quote its speaker, not a later sentence running into the next quote", function()
      local qs = verba.quotes("“The ferry will run again in June.” Later, Ann Lee said, " ..
        "the fares would be “a little higher than before.”")
      assert.are.equal(2, #qs)
      assert.is_nil(qs[1].speaker)
      assert.are.equal("Ann Lee", qs[2].speaker)
      qs = verba.quotes("“The ferry will run again in June,” Ann Lee said. But, said Tom Ode, " ..
        "“it will be too late for the summer.”")
      assert.are.equal("Ann Lee", qs[1].speaker)
      assert.are.equal("Tom Ode", qs[2].speaker)
      assert.are.equal("said", qs[2].cue)
      -- a finite cue opening the sentence in capitals
      qs = verba.quotes("The ferry will run again. Said Tom Ode: “It will be too late.” " ..
        "Added harbour spokesman Ann Lee, “We are sorry.”")
      assert.are.equal("Tom Ode", qs[1].speaker)
      assert.are.equal("Said", qs[1].cue)
      assert.are.equal("harbour spokesman Ann Lee", qs[2].speaker)
      assert.are.equal("Added", qs[2].cue)
      -- (not a name that is a cue's form: Said Hammami told)
      assert.are.equal("Said Hammami", only("Said Hammami, the envoy, told reporters: “We will see.”").speaker)
      -- before a colon too, and after a role in lower case that ends in a name
      qs = verba.quotes("“The ferry will run again in June,” Ann Lee said. Later, explained " ..
        "harbour spokesman Tom Ode: “It will be too late for the summer.”")
      assert.are.equal("harbour spokesman Tom Ode", qs[2].speaker)
      assert.are.equal("Tom Ode", qs[2].speaker_name)
      assert.are.equal("explained", qs[2].cue)
    end)

    it("takes the speaker of the clause that introduces the quote, not of an earlier cue", function()
      local q = only("When Tom Ode asked about the fares, Ann Lee replied, “They will rise a little.”")
      assert.are.equal("Ann Lee", q.speaker)
      assert.are.equal("replied", q.cue)
      q = only("Ode told of a meeting in which Lee said: “The fares will rise.”")
      assert.are.equal("Ode", q.speaker)
    end)

    it("takes no speaker from a headline without a full stop", function()
      local qs = verba.quotes("Roe says the bridge is safe\n\n“It was built to last, and it will stand.”")
      assert.are.equal(1, #qs)
      assert.is_nil(qs[1].speaker)
    end)
  end)

  describe("captions and credit labels", function()
    it("never takes a credit label for a speaker", function()
      for _, label in ipairs({ "Image", "Photo", "Credit", "Source", "Caption", "Video" }) do
        local q = only(label .. ": “The harbour at dawn is where the whole town goes to think.”")
        assert.is_nil(q.speaker, label)
      end
      local q = only("Editor's Note: “The harbour at dawn is where the whole town goes to think.”")
      assert.is_nil(q.speaker)
    end)

    it("still reads a name before a colon as the speaker", function()
      local q = only("Tamsin Roe: “The harbour at dawn is where the whole town goes to think.”")
      assert.are.equal("Tamsin Roe", q.speaker)
    end)

    it("gives a quote-only paragraph after a caption no speaker from the credit line", function()
      local qs = verba.quotes("The council met on Monday.\n\n" ..
        "Boats wait in the harbour in 2019. Photo: Ode Marine.\n\n" ..
        "“The second part of the plan will need more money than we have.”")
      assert.are.equal(1, #qs)
      assert.is_nil(qs[1].speaker)
    end)

    it("lets a quotation left open go on past a caption paragraph", function()
      local qs = verba.quotes("Tamsin Roe said, “The plan is good and it works for all of us.\n\n" ..
        "Boats wait in the harbour in 2019. Image: Ode Marine.\n\n" ..
        "“However, the second part of the plan will need more money.”")
      assert.are.equal(2, #qs)
      assert.is_true(qs[1].unclosed)
      assert.are.equal("Tamsin Roe", qs[2].speaker)
      assert.are.equal("said", qs[2].cue)
    end)

    it("ends a quotation left open at a paragraph of narration", function()
      local qs = verba.quotes("Tamsin Roe said, “The plan is good and it works for all of us.\n\n" ..
        "Boats wait in the harbour in 2019. The council met on Monday.\n\n" ..
        "“However, the second part of the plan will need more money.”")
      assert.are.equal(2, #qs)
      assert.is_nil(qs[2].speaker)
    end)

    it("reads the Wikinews shuttle article (CC BY 2.5) without label speakers", function()
      local f = assert(io.open("examples/wikinews/nasa.txt", "rb"))
      local text = f:read("*a")
      f:close()
      local qs = assert(verba.quotes(text))
      local last = qs[#qs]
      assert.are.equal("However,", last.text:match("^%S+"))
      assert.are.equal("Governor of Washington Chris Gregoire", last.speaker)
      local statements = 0
      for _, q in ipairs(qs) do
        assert.are_not.equal("Image", q.speaker)
        if q.text:match("^There is no question") then
          statements = statements + 1
          assert.are.equal("Cornyn's statement", q.speaker)
          assert.are.equal("John Cornyn", q.speaker_name)
        end
      end
      assert.are.equal(1, statements)
    end)
  end)

  describe("passive participles", function()
    it("takes the noun a participle and its agent follow for the speaker, not the agent", function()
      for _, c in ipairs({
        { "A leaked letter seen by Channel Nine says “the claims will end”.", "A leaked letter" },
        { "A Torvale spokesman contacted by Reuters said the report was “a rumour”.",
          "A Torvale spokesman" },
        { "Currency analysts polled by the Herald said “the dollar will fall”.", "Currency analysts" } }) do
        assert.are.equal(c[2], only(c[1]).speaker, c[1])
      end
      -- the agent of a verb of its own still speaks
      assert.are.equal("who", only("Ode was joined by Roe, who said “the claims will end”.").speaker)
    end)
  end)

  describe("absolute clauses", function()
    it("takes the speaker of a clause of with and a participle right before the quote", function()
      for _, c in ipairs({
        { "The paper quoted critics, with campaigner Tamsin Roe stating: “People need faster decisions.”",
          "campaigner Tamsin Roe" },
        { "Ode spoke first, with the mayor adding, “The bridge is safe.”", "the mayor" },
        { "With Tamsin Roe saying “The bridge is safe,” the talks ended.", "Tamsin Roe" },
        -- an adverb before the participle is no word of the speaker
        { "Fans booed, with Ode reportedly yelling: “Get out!”", "Ode" } }) do
        local q = only(c[1])
        assert.are.equal(c[2], q.speaker, c[1])
      end
      -- not "with" after a verb, nor a clause set off from the cue by a comma
      assert.are.equal("Ode", only("Ode agreed with the mayor, saying “The bridge is safe.”").speaker)
    end)
  end)

  describe("speaker names", function()
    it("takes the name in apposition after the object of a cue that takes one", function()
      assert.are.equal("Ode Marsh", only("In the words of the prosecutor, Ode Marsh, QC, " ..
        "“The bridge was never safe.”").speaker)
      assert.are.equal("Ode Marsh", only("According to the firm's spokesman, Ode Marsh, " ..
        "“The bridge is safe.”").speaker)
      -- not a sentence's subject after the comma
      assert.are.equal("the report", only("According to the report, Congress acted “in haste”.").speaker)
    end)

    it("takes a phrase with a capitalised modifier and a place after it for the speaker", function()
      for _, c in ipairs({ { "Ode spoke. “There is no crisis,” a Western diplomat in Varnesa said.",
                             "a Western diplomat in Varnesa" },
                           { "Ode spoke. “The demand was poor,” a dealer for a German bank in London said.",
                             "a dealer for a German bank in London" } }) do
        local q = assert(verba.quotes(c[1]))
        assert.are.equal(c[2], q[#q].speaker, c[1])
      end
    end)

    it("takes no speaker over a full stop from a sentence that reports the writer's words", function()
      local q = assert(verba.quotes("“The sooner the better,” said Tamsin Roe. “We are still " ..
        "considering it.” The BBC's correspondent in Varnesa, Ode Marsh, told the programme " ..
        "that there would be protests."))
      assert.are.equal("Tamsin Roe", q[2].speaker_name)
    end)

    it("reads the name of a long speaker's phrase whole", function()
      local q = only("Sales fell. Torvale Motor Group's recent analysis of its own web traffic " ..
        "statistics concluded, “The site is second.”")
      assert.are.equal("Torvale Motor Group's recent analysis of its own web traffic statistics",
        q.speaker)
    end)

    it("leaves a role in lower case out of the speaker's name, and where the person works", function()
      for _, c in ipairs({ { "“We lost,” said coach Ode Marsh.", "Ode Marsh" },
                           { "“We lost,” said Torvale spokeswoman Tamsin Roe.", "Tamsin Roe" },
                           { "“It will rise,” said analyst Ode Marsh of Torvale Securities.", "Ode Marsh" },
                           -- a title's own words in lower case after it, but no particle
                           { "“We lost,” said Torvale chief executive Tamsin Roe.", "Tamsin Roe" },
                           { "“We lost,” said chief financial officer Tamsin Roe.", "Tamsin Roe" },
                           { "“It is big,” said tourism officer Tamsin Roe.", "Tamsin Roe" },
                           -- and a compound adjective before the name, not a name's syllables
                           { "“We lost,” said Ardmore-born Tamsin Roe.", "Tamsin Roe" },
                           { "“We lost,” said Ardmore software executive Tamsin Roe.", "Tamsin Roe" },
                           -- a noun of what someone is before a name of two words that ends it
                           { "“We lost,” said Marquette pollster Tamsin Roe.", "Tamsin Roe" },
                           { "“We lost,” said the nationalist Quarnby Times tabloid.", "Quarnby Times" },
                           { "“We act,” said the Quarnby & Hale Commission.", "Quarnby & Hale Commission" },
                           { "“We lost,” said Pei-yuan Chia.", "Pei-yuan Chia" } }) do
        assert.are.equal(c[2], only(c[1]).speaker_name, c[1])
      end
      -- but not a name's particle, nor the place after a title's preposition
      assert.are_not.equal("Vabres", only("“We lost,” said Mr de Vabres.").speaker_name)
      assert.is_nil(only("“We lost,” said the MP for Witney.").speaker_name)
      -- a medium's name is no one he or she stands for
      local qs = assert(verba.quotes("“We lost,” said the nationalist Quarnby Times tabloid. "
        .. "“We won,” he said."))
      assert.is_nil(qs[2].speaker_name)
    end)

    it("takes a name after a role or a possessor opening a sentence for its subject", function()
      -- so that the pronoun after it looks to that person before the last speaker
      for _, s in ipairs({
        "“We will win,” said Ode Marsh. Republican presidential candidate Daniel Roe says he " ..
          "is staying in the race. He says no one is “on pace to get 1,237 delegates.”",
        "“We will win,” said Ode Marsh. The Liberal Democrats' Daniel Roe called for a higher " ..
          "pension. He said it was “a missed opportunity.”",
        -- or after a role of a place set off by commas
        "“We will win,” said Ode Marsh. The mayor of Ardell, Daniel Roe, told reporters he " ..
          "would ask for help. He said it was “a missed opportunity.”" }) do
        local qs = verba.quotes(s)
        assert.are.equal("Daniel Roe", qs[2].speaker_name, s)
      end
    end)

    it("reads a full name over its particle, so that the family name alone names it again", function()
      local qs = verba.quotes("President Daniel arap Roe spoke on Monday. “Good,” said Ode Marsh. " ..
        "Roe, who has ruled since 1978, accused donors of meddling. " ..
        "He said the country would “not be dictated to.”")
      assert.are.equal("He", qs[2].speaker)
      assert.are.equal("Daniel arap Roe", qs[2].speaker_name)
    end)

    it("gives a family name the full name that ends with it and a generation's suffix", function()
      for _, s in ipairs({ "“Easy,” said Arlo Brindle Jr. “I swung,” Brindle said.",
                           "“Easy,” said Arlo Brindle Jr., the outfielder. “I swung,” Brindle said.",
                           "“Easy,” said Arlo Brindle Jnr. “I swung,” Brindle said." }) do
        local qs = verba.quotes(s)
        assert.truthy(qs[2].speaker_name:find("^Arlo Brindle J"), s)
      end
    end)

    it("gives a full name only a longer name that ends with all of it", function()
      local qs = verba.quotes("“Good,” said Donald Trump. “Bad,” Eric Trump said.")
      assert.are.equal("Eric Trump", qs[2].speaker_name)
      qs = verba.quotes("Analysts at Morgan Stanley agreed. “It will rise,” said Peter Stanley.")
      assert.are.equal("Peter Stanley", qs[1].speaker_name)
      -- a surname, or a surname after a title, still takes the full name; after a title
      -- and the surname, the surname alone keeps no title (the entity stage links it)
      local s = "“Good,” said Letitia Clark. “Bad,” Judge Clark said. “No,” Clark said."
      qs = verba.quotes(s)
      assert.are.equal("Letitia Clark", qs[2].speaker_name)
      assert.are.equal("Clark", qs[3].speaker_name)
      assert.are.equal("Letitia Clark", verba.analyze(s).quotes[3].speaker_name)
      assert.are.equal("Letitia Clark",
        verba.quotes("“Good,” said Letitia Clark. “No,” Clark said.")[2].speaker_name)
    end)

    it("reads a listed acronym that spells a word of grammar as the name (WHO)", function()
      local q = only("“We are very concerned,” WHO spokesman Dick Thompson told a news briefing.")
      assert.are.equal("Dick Thompson", q.speaker_name)
      assert.are.equal("WHO", only("WHO said: “We are very concerned.”").speaker)
    end)

    it("names a common noun's speaker by the person's name in apposition to it", function()
      for _, c in ipairs({ { "“It will pass,” said the company spokesman, Tamsin Roe.", "Tamsin Roe" },
                           { "“It will pass,” said a local resident, Tamsin Roe, on Monday.",
                             "Tamsin Roe" },
                           -- after a word of age
                           { "Their leader, 16-year-old Jamie Cole, said: “We never gave up.”",
                             "Jamie Cole" },
                           -- and a councillor's title is left out as a title's is
                           { "Councillor Tamsin Roe called it “wishful thinking.”", "Tamsin Roe" },
                           -- so are a campaign's roles
                           { "“This isn't over,” said Organiser Tamsin Roe.", "Tamsin Roe" },
                           { "Activist Tamsin Roe called it “a scandal.”", "Tamsin Roe" },
                           { "“We go on,” campaigner Tamsin Roe said.", "Tamsin Roe" } }) do
        local q = only(c[1])
        assert.are.equal(c[2], q.speaker_name, c[1])
        assert.are.equal(c[2], verba.analyze(c[1]).quotes[1].speaker_name, c[1])
      end
      -- the speaker as written stays the phrase; a firm's name is no person's
      assert.are.equal("the company spokesman",
        only("“It will pass,” said the company spokesman, Tamsin Roe.").speaker)
      assert.is_nil(only("“It is wrong,” said the firm, Quarnby Corp.").speaker_name)
      -- a determiner alone, capitalised to open its sentence, names no one
      local qs = assert(verba.quotes("One banner read “Care for the carers.” Another said “Pay up.”"))
      assert.are.equal("Another", qs[2].speaker)
      assert.is_nil(qs[2].speaker_name)
      assert.is_nil(only("Some said: “We lost.”").speaker_name)
    end)

    it("leaves an honorific out of the speaker's name", function()
      for _, c in ipairs({ { "“The bridge is safe,” said Sir Ode Marsh.", "Ode Marsh" },
                           { "“The bridge is safe,” Dame Tamsin Roe said.", "Tamsin Roe" } }) do
        local q = only(c[1])
        assert.are.equal(c[2], q.speaker_name, c[1])
        assert.are.equal(c[2], verba.analyze(c[1]).quotes[1].speaker_name, c[1])
      end
    end)

    it("names the owner of a statement that speaks for him", function()
      local qs = verba.quotes("Senator Ode Marsh spoke on Monday.\n\n" ..
        "Marsh’s statement added, “There is no question the bridge should have been rebuilt.”")
      assert.are.equal("Marsh’s statement", qs[1].speaker)
      assert.are.equal("added", qs[1].cue)
      assert.are.equal("Ode Marsh", qs[1].speaker_name) -- without the title
      local q = only("“The bridge is safe,” the statement said.")
      assert.are.equal("the statement", q.speaker)
      assert.is_nil(q.speaker_name)
      q = only("“The bridge is safe,” Marsh in a statement said.")
      assert.are.equal("Marsh", q.speaker)
      q = only("In a statement praising the crew, the Harbour Board called the bridge “a marvel”.")
      assert.are.equal("Harbour Board", q.speaker)
    end)

    it("leaves a negative contraction out of the speaker (didn't, didn’t, WON'T)", function()
      for _, aux in ipairs({ "didn't", "didn’t", "WON'T", "wouldn’t" }) do
        local q = only("“The bridge is safe,” Roe " .. aux .. " say.")
        assert.are.equal("Roe", q.speaker)
        assert.are.equal("say", q.cue)
        q = only("She " .. aux .. " say “the bridge is safe” today.")
        assert.are.equal("She", q.speaker)
      end
      -- a word that only ends in t is no auxiliary
      assert.are.equal("say", only("“The bridge is safe,” Roe Abbot say.").cue)
    end)

    it("names a speaker whose family name joins its particle with a hyphen", function()
      local q = only("“The bridge is safe,” said Hassan al-Turabi.")
      assert.are.equal("Hassan al-Turabi", q.speaker_name)
      q = only("“The bridge is safe,” agency director General Tamsin al-Roe said.")
      assert.are.equal("General Tamsin al-Roe", q.speaker)
      assert.are.equal("Tamsin al-Roe", q.speaker_name)
      -- a particle of three letters (a word it is not: abc)
      q = only("“The bridge is safe,” said Omar bin-Talal.")
      assert.are.equal("Omar bin-Talal", q.speaker_name)
      q = only("“The bridge is safe,” said Omar abc-Talal.")
      assert.is_nil(q.speaker_name)
      -- a title written with a hyphen is a title
      q = only("“The bridge is safe,” said Lieutenant-Colonel Tamsin Roe.")
      assert.are.equal("Tamsin Roe", q.speaker_name)
      -- a prefix is no particle
      q = only("“The bridge is safe,” pro-Marsh protesters chanted.")
      assert.are.equal("pro-Marsh protesters", q.speaker)
      assert.is_nil(q.speaker_name)
    end)

    it("gives no owner's name to someone speaking for him", function()
      local q = only("Marsh's spokesman said, “The bridge is safe for everyone who uses it.”")
      assert.are.equal("Marsh's spokesman", q.speaker)
      assert.is_nil(q.speaker_name)
    end)

    it("resolves a pronoun to the person its own sentence names before it", function()
      local q = only("Asked about it, Tamsin Roe said “I know nothing about the letters,” she said.")
      assert.are.equal("she", q.speaker)
      assert.are.equal("Tamsin Roe", q.speaker_name)
      q = only("That said, she noted “the letters were lost in the fire last year,” she said.")
      assert.is_nil(q.speaker_name)
    end)

    it("skips a span of time that opens the sentence", function()
      local q = only("Hours later, Roe issued a statement saying the town was “ready for anything.”")
      assert.are.equal("Roe", q.speaker)
    end)

    it("resolves a surname to the full name used earlier", function()
      local qs = verba.quotes("Tamsin Roe runs the works department.\n\n" ..
        "“The bridge is safe,” Roe said.")
      assert.are.equal("Roe", qs[1].speaker)
      assert.are.equal("Tamsin Roe", qs[1].speaker_name)
    end)

    it("resolves a pronoun to the last named speaker", function()
      local qs = verba.quotes("“The bridge is safe,” said Tamsin Roe.\n\n" ..
        "Asked about the cost, she paused. “It was cheap,” she said.")
      assert.are.equal("she", qs[2].speaker)
      assert.are.equal("Tamsin Roe", qs[2].speaker_name)
    end)

    it("leaves titles and roles out of the name", function()
      for _, c in ipairs({ { "“Safe,” U.S. Senator Tamsin Roe said.", "Tamsin Roe" },
                           { "“Safe,” Governor of Oregon Tamsin Roe said.", "Tamsin Roe" },
                           { "“Safe,” Former President Ivo Ode said.", "Ivo Ode" },
                           { "“Safe,” Gov. Ode said.", "Ode" },
                           -- before one word a title may be the name's own
                           { "“Safe,” Mayor Ode said.", "Mayor Ode" },
                           { "“Safe,” General Motors said.", "General Motors" },
                           { "“Safe,” the city engineer said.", nil } }) do
        assert.are.equal(c[2], only(c[1]).speaker_name, c[1])
      end
      -- no-break spaces between the words: whole characters, whole names
      for _, c in ipairs({ { "“Safe,” U.S." .. U(0xA0) .. "Senator" .. U(0xA0) .. "Tamsin Roe said.", "Tamsin Roe" },
                           { "“Safe,” Tamsin" .. U(0xA0) .. "Roe said.", "Tamsin" .. U(0xA0) .. "Roe" },
                           { "“Safe,”" .. U(0xA0) .. " Gov." .. U(0xA0) .. "Ode said.", "Ode" } }) do
        local name = only(c[1]).speaker_name
        assert.are.equal(c[2], name, c[1])
        assert.truthy(helpers.ulen(name))
      end
      -- the place after "of" is no part of the name, even as its own run
      local q = only("A museum in Salem, Oregon was proposed. In a statement, " ..
        "Governor of Oregon Tamsin Roe said, “The bridge is safe.”")
      assert.are.equal("Tamsin Roe", q.speaker_name)
      local qs = verba.quotes("“Safe,” said Sen. Tamsin Roe.\n\n“Safe enough,” Roe added.")
      assert.are.equal("Sen. Tamsin Roe", qs[1].speaker)
      assert.are.equal("Tamsin Roe", qs[2].speaker_name)
    end)

    it("resolves a pronoun to the last speaker of its gender", function()
      local qs = verba.quotes("“The bridge is safe,” said Mr. Ode.\n\n" ..
        "“It is not,” said Ms. Tamsin Roe.\n\n“It is,” he said.\n\n“It is not,” she said.")
      assert.are.equal(4, #qs)
      assert.are.equal("Ode", qs[3].speaker_name) -- Mr. tells the gender
      assert.are.equal("Tamsin Roe", qs[4].speaker_name)
    end)

    it("resolves a pronoun to a titled name, by the title's gender or as a subject", function()
      -- a title of no gender, the name opening its sentence
      assert.are.equal("Ode", only("Dr Ode gave a speech in Fife on Monday.\n\n" ..
        "“Smith was a genius,” he said.").speaker_name)
      -- a title of hers, the name no subject
      assert.are.equal("Ode", only("On Monday, Mrs Ode met Mr Roe.\n\n" ..
        "“It went well,” she said.").speaker_name)
      -- the speaker_name of quote i of each text, as expected
      for _, case in ipairs({
        -- a subject after a role that opens the sentence takes over from the
        -- speaker before where the sentence reports speech, not elsewhere
        { "Tom Roe", 2, "“It is safe,” said Ivo Ode.\n\nLabour spokesman Tom Roe said the plan " ..
          "would fail.\n\n“It is not,” he said." },
        { "Ivo Ode", 2, "“It is safe,” said Ivo Ode.\n\nSir Tom Roe surprised the town by selling " ..
          "the bridge.\n\n“It is not,” he said." },
        -- but where its sentence is the one right before, in the paragraph
        { "Tom Roe", 2, "“It is safe,” said Ivo Ode.\n\nTom Roe won the award for the bridge. " ..
          "He said, “It is not safe.”" },
        -- past an abbreviated title's dot
        { "Tom Roe", 2, "“It is safe,” said Ivo Ode.\n\nFormer Rep. Tom Roe said the plan would " ..
          "fail.\n\n“It is not,” he said." },
        -- a man's given name after the titles a subject's capitals open
        -- with, not a titled name elsewhere in its sentence
        { "Tom Roe", 2, "“It is safe,” said Ann Lee.\n\nTreasury Secretary Tom Roe said he " ..
          "doubted it.\n\n“It is not,” he said." },
        { "Ivo Ode", 1, "Its cousin Ivo Ode cited a visit by President Tom Roe as a danger.\n\n" ..
          "“It is not safe,” he said." },
        -- a given name that is a word too tells before a family name, not in
        -- a firm's name
        { "Harry Roe", 2, "“It is safe,” said Tom Ode.\n\nIvo Lee, 40, of Leeds, left. Harry Roe " ..
          "said the plan would fail.\n\n“It is not,” he said." },
        { "Tom Ode", 2, "“It is safe,” said Tom Ode.\n\nFoster Wheeler Corp said profits rose." ..
          "\n\n“It is not,” he said." },
        -- a family name alone opening a sentence names its person again,
        -- ahead of the subjects named in between
        { "Ivo Kaputin", 2, "“It grows,” Ann Lee said.\n\nIvo Kaputin, the mining minister, spoke " ..
          "on Monday.\nTom Runyan, the head of the firm, said profits rose.\nKaputin said the " ..
          "country was booming. “We are determined,” he said." },
      }) do
        local expected, i, text = case[1], case[2], case[3]
        assert.are.equal(expected, verba.quotes(text)[i].speaker_name, text)
      end
      -- a titled one-word name opening its sentence after a dateline
      local s = "WASHINGTON, March 15 - President Ode admitted he was wrong.\n\nHe spoke on the radio " ..
        "while defending Secretary of State Tom Roe.\n\nHe said: “It was a mistake.”"
      assert.are.equal("President Ode", only(s).speaker_name)
      assert.are.equal("Ode", verba.analyze(s).quotes[1].speaker_name)
      -- a role that says a woman has it
      assert.are.equal("Sujata Raisinghani", only("On Monday, Tom Roe met Environment Canada " ..
        "spokeswoman Sujata Raisinghani.\n\n“We take it seriously,” she said.").speaker_name)
      -- no subject: a name's possession, a headline in capitals
      for _, text in ipairs({ "Mr Ode's rebate was cut, Tom Roe said.\n\n“It is not enough,” he said.",
                              "U.S. SENATE TRADE LEADER CONCERNED\nTrade may suffer, Tom Roe said.\n\n" ..
                                "“It is bad,” he said." }) do
        assert.are.equal("Tom Roe", only(text).speaker_name, text)
      end
    end)

    it("reads a family name that is a cue word too at the end of a full name", function()
      assert.are.equal("Tom Read", only("Singer Ivo Ode and radio DJ Tom Read wrote the song.\n\n" ..
        "“It is sad,” Read said.").speaker_name)
      -- a cue no family bears ends no name (a headline's "Says")
      assert.are.equal("Ivo Ode", only("Safe Bridge, Ivo Ode Says\n\n“It is,” he said.").speaker_name)
    end)

    it("takes no people's name opening a headline for a man's given name", function()
      -- (German and Kenyan are men's given names in the lists too)
      local s = "GERMAN TRADE SLOWS IN MARCH, MINISTER SAYS\nBONN, April 2 - Exports fell in March.\n\n" ..
        "“Trade will recover,” he said."
      assert.is_nil(only(s).speaker_name)
      assert.is_nil(verba.analyze(s).quotes[1].speaker_name)
      s = "KENYAN ECONOMY FACES PROBLEMS\nNAIROBI, March 3 - Growth slowed, Ivo Ode said.\n\n" ..
        "“We must save more,” he said."
      assert.are.equal("Ivo Ode", only(s).speaker_name)
    end)

    it("resolves the and a role to the name the story wrote that role with", function()
      local opening = "President Ivo Ode met Governor Tamsin Roe on Monday. “It went well,” Roe said.\n\n"
      local q = verba.quotes(opening .. "“The talks were long,” the president said.")[2]
      assert.are.equal("the president", q.speaker)
      assert.are.equal("Ivo Ode", q.speaker_name)
      local s = "Drexel spokesman Ivo Ode declined to comment. Merrill spokesman Tamsin Roe said the " ..
        "deal was off.\n\n“We are talking,” the Drexel spokesman said."
      assert.are.equal("Ivo Ode", only(s).speaker_name)
      assert.are.equal("Ivo Ode", verba.analyze(s).quotes[1].speaker_name)
      -- not another role: one a title or a modifier makes another, many
      -- people, a role with more words than its own
      for _, c in ipairs({
        opening .. "“The talks were long,” the former president said.",
        "Shadow chancellor Ivo Ode spoke first. “It went well,” Tamsin Roe said.\n\n" ..
          "“The talks were long,” the chancellor said.",
        "Researchers Ivo Ode and Tamsin Roe led the study.\n\n“It works,” the researchers said.",
        "Secretary of State Ivo Ode arrived.\n\n“It works,” the secretary of state said.",
        "“It works,” the president said.",
        -- a title no one was named with: no name, not its place's
        "Ivo Ode spoke in Salford on Monday.\n\n“It is safe,” the Salford MP told the committee." }) do
        local qs = verba.quotes(c)
        assert.is_nil(qs[#qs].speaker_name, c)
      end
      -- a role in capitals may be a word of a name
      assert.are.equal("Philippine Star", only("Tom Roe spoke on Monday.\n\n“It is safe,” the " ..
        "Philippine Star said.").speaker_name)
    end)

    it("learns a speaker's gender from the pronoun that stands for her", function()
      local qs = verba.quotes("“The bridge is safe,” said Tamsin Roe.\n\n“It is,” she said.\n\n" ..
        "“It is not,” said Mr. Ode.\n\n“It is,” she said again.")
      assert.are.equal("Tamsin Roe", qs[4].speaker_name)
    end)

    it("gives no person's name to it, they or we", function()
      local qs = verba.quotes("“The bridge is safe,” said Tamsin Roe.\n\n“It is closed,” the council said. " ..
        "“We will reopen it,” they said.")
      assert.are.equal("they", qs[3].speaker)
      assert.is_nil(qs[3].speaker_name)
    end)

    it("gives he or she no speaker in the plural, and they a plural one", function()
      local qs = verba.quotes("Critics called the plan “a disaster”.\n\n" ..
        "Speaking to reporters, she added: “We are ready.”\n\n“It fails,” they said.")
      assert.are.equal(3, #qs)
      assert.are.equal("Critics", qs[1].speaker_name)
      assert.are.equal("she", qs[2].speaker)
      assert.is_nil(qs[2].speaker_name)
      assert.are.equal("Critics", qs[3].speaker_name)
      -- a family name in the plural's form is a person's
      qs = verba.quotes("Sanders called the plan “a disaster”.\n\n“We are ready,” he said.")
      assert.are.equal("Sanders", qs[2].speaker_name)
    end)

    it("resolves an appositive to its name", function()
      local q = only("The city's chief engineer, Tamsin Roe, warned that the bridge “needs work”.")
      assert.are.equal("Tamsin Roe", q.speaker_name)
    end)

    it("gives no name for a common noun speaker", function()
      local q = only("“The bridge is safe,” the newspaper wrote.")
      assert.is_nil(q.speaker_name)
    end)

    it("names the speaker of a pull-quote from the quote it repeats", function()
      local qs = verba.quotes("“Every bolt on that bridge was checked twice.”\n\n" ..
        "Tamsin Roe spoke at the hearing.\n\n“Every bolt on that bridge was checked twice,” Roe said.")
      assert.are.equal(2, #qs)
      assert.is_nil(qs[1].speaker)
      assert.are.equal("Tamsin Roe", qs[1].speaker_name)
    end)
  end)

  describe("misuse", function()
    it("names the function and argument", function()
      assert.has_error(function() verba.quotes(nil) end,
        "bad argument #1 to 'verba.quotes' (string expected, got nil)")
      assert.has_error(function() verba.quotes("x", true) end,
        "bad argument #2 to 'verba.quotes' (integer or options table expected, got boolean)")
      assert.has_error(function() verba.quotes("x", 5, "fast") end,
        "bad argument #3 to 'verba.quotes' (options table expected, got string)")
      assert.has_error(function() verba.quotes("x", { verb = {} }) end,
        "bad argument #2 to 'verba.quotes' (unknown option \"verb\")")
    end)

    it("checks opts.verbs", function()
      local function fails(why, verbs)
        assert.has_error(function() verba.quotes("x", { verbs = verbs }) end,
          "bad argument #2 to 'verba.quotes' (option \"verbs\": " .. why .. ")")
      end
      fails("table of verbs expected, got string", "said")
      fails("verbs: words expected, got number", { 1 })
      fails('verbs: words expected, got "  "', { "  " })
      -- a NUL as %q writes it on this Lua ("\0" on 5.4, "\000" on 5.1)
      fails("verbs: words expected, got " .. ("%q"):format("a\0b"), { "a\0b" })
    end)
  end)

  describe("bad input", function()
    it("returns nil and a message for invalid UTF-8", function()
      local qs, err = verba.quotes("“ok” \255")
      assert.is_nil(qs)
      assert.are.equal("invalid UTF-8 at byte 10", err)
    end)

    it("reads bad bytes as U+FFFD with invalid = \"replace\"", function()
      local q = only("“We \255 won,” Ode said.", { invalid = "replace" })
      assert.are.equal("We \255 won,", q.text)
      assert.are.equal("Ode", q.speaker)
    end)

    it("returns an empty list for text without quotes", function()
      assert.are.same({}, verba.quotes(""))
      assert.are.same({}, verba.quotes("No quotes at all here."))
    end)
  end)
end)
