-- verba.entities and verba.entity_groups: names (a model), dates, times,
-- amounts, percentages and numbers (rules), token kinds, grouped into
-- entities. Sentences are our own; the seed article and GUM's news are
-- read in place from ../shared (pending without it).
local verba = require("verba")

-- "text/type" of each entity, in order (of verba, or of the instance v).
local function listing(s, opts, v)
  local out = {}
  for _, e in ipairs(assert((v or verba).entities(s, opts))) do
    out[#out + 1] = e.text .. "/" .. e.type
  end
  return out
end

-- Options keeping proper names alone.
local PROPER = { types = { "person", "organization", "place" } }

-- The texts of the entities of s.
local function texts(s, opts)
  local out = {}
  for _, e in ipairs(assert(verba.entities(s, opts))) do out[#out + 1] = e.text end
  return out
end

-- Is the built-in gazetteer there (given names, places ...)?
local ludwig = require("verba.core").lexicon_lookup("Ludwig")
local has_gazetteer = ludwig ~= nil and ludwig.classes.given_male == true

-- "text/type" of the person, organisation and place entities of s.
local function texts_typed(s) return listing(s, PROPER) end

-- The entity whose text is text (the first one).
local function find(s, text)
  for _, e in ipairs(assert(verba.entities(s))) do
    if e.text == text then return e end
  end
end

describe("verba.entities", function()
  it("numbers entities in the order of their first mentions, names found again included", function()
    -- "Hu" at the start is found only through the later "Hu said" (the
    -- model misses a name after a lower-case fragment)
    for _, s in ipairs({ "en Hu met Angela Merkel in Berlin. Hu said Huawei would stay in Berlin.",
                         "Ken Hu met Angela Merkel in Berlin. Hu said Huawei would stay." }) do
      local groups = verba.entity_groups(s)
      for i, g in ipairs(groups) do
        assert.are.equal(i, g.id, s)
        if i > 1 then assert.is_true(g.mentions[1].start > groups[i - 1].mentions[1].start, s) end
      end
      local seen = 0
      for _, e in ipairs(verba.entities(s)) do
        assert.is_true(e.id <= seen + 1, s)
        if e.id > seen then seen = e.id end
      end
    end
  end)

  it("ends on a text of more lower-case words like a name than its names have room for", function()
    -- (the set of words written in lower case grew with the runs' words
    -- only, and a text of many such words looped for ever)
    local words = {}
    for i = 1, 200 do
      words[#words + 1] = "abcdefgh" .. string.char(97 + i % 26) .. string.char(97 + math.floor(i / 26))
    end
    local s = "Abcdefghij went home. " .. table.concat(words, " ") .. "."
    assert.are.same({}, verba.entities(s))
  end)

  it("gives empty lists for a text with no entities", function()
    for _, s in ipairs({ "", "   \n\n ", "the cat sat on the mat.", "a b c d e", "“”" }) do
      assert.are.same({}, verba.entities(s), s)
      assert.are.same({}, verba.entity_groups(s), s)
      local a = verba.analyze(s)
      assert.are.same({}, a.entities, s)
      assert.are.same({}, a.groups, s)
    end
  end)

  describe("numbers, by rule", function()
    it("finds percentages written every way", function()
      assert.are.same({ "40%/percent", "40 percent/percent", "40 per cent/percent",
                        "3.5 pct/percent", "2 percentage points/percent" },
        listing("Sales rose 40%, then 40 percent, 40 per cent, 3.5 pct and 2 percentage points."))
    end)

    it("finds money with symbols, codes, scale words and currency words", function()
      assert.are.same({ "$1.5 billion/money", "€20m/money", "20 million euros/money",
                        "£3bn/money", "US$5/money", "USD 7/money", "50 cents/money" },
        listing("It paid $1.5 billion, €20m, 20 million euros, £3bn, US$5, USD 7 and 50 cents."))
      -- (currencies the model was not trained with, of the past too)
      assert.are.same({ "45 pence/money", "1.8162 marks/money", "300 million guilders/money" },
        listing("Shares fell 45 pence; the dollar was fixed at 1.8162 marks; it paid 300 million guilders."))
      -- (and the European Currency Unit the wire writes in its plural)
      assert.are.same({ "100 mln Ecus/money" }, listing("It is issuing a 100 mln Ecus bond."))
      -- (no amount, no money: the mark rose)
      assert.are.same({}, listing("The pence and the marks were gone."))
    end)

    it("keeps the point of a decimal written without its zero", function()
      assert.are.same({ ".5 percent/percent", ".300/number", "0.5/number" },
        listing("Prices rose .5 percent; a .300 hitter; 0.5 of it."))
      local s = "Inflation rose .5 percent."
      local e = assert(verba.entities(s))[1]
      assert.are.equal(".5 percent", s:sub(e.start, e.stop))
      -- a full stop ending a word is no decimal point
      assert.are.same({ "5/number" }, listing("It ended.5 more came."))
    end)

    it("finds money as wire copy abbreviates it", function()
      assert.are.same({ "5.3 mln dlrs/money", "12.5 mln stg/money", "1.2 bln dlrs/money" },
        listing("It earned 5.3 mln dlrs, against 12.5 mln stg and 1.2 bln dlrs."))
    end)

    it("finds dates as news writes them", function()
      assert.are.same({ "Tuesday, March 5, 2019/date", "5 March 2019/date", "March 2019/date",
                        "2019-03-05/date", "the 1990s/date", "last week/date",
                        "two weeks ago/date", "Jan. 5/date", "yesterday/date" },
        listing("On Tuesday, March 5, 2019, or 5 March 2019, in March 2019 (2019-03-05), " ..
                "unlike the 1990s, last week, two weeks ago, Jan. 5 and yesterday."))
    end)

    it("takes digits in three groups for a date only as a date's groups are", function()
      assert.are.same({ "2019/3/5/date", "05/03/2019/date", "3-5-19/date" },
        listing("Filed 2019/3/5, heard 05/03/2019, closed 3-5-19."))
      -- a telephone number, a price in fractions, a rate's bid and offer
      assert.are.same({ "212-555-0187/number", "48-5/8/number", "1.8135/45 marks/money" },
        listing("Call 212-555-0187. It closed at 48-5/8, the dollar at 1.8135/45 marks."))
    end)

    it("takes a month or a year alone only after a preposition of time", function()
      assert.are.same({ "December/date", "2019/date" }, listing("It fell in December and since 2019."))
      assert.are.same({ "2019/number" }, listing("2019 was a good year, may it last."))
      assert.are.same({}, listing("They march on."))
      -- or a year after a unit of the calendar and "of", not after another word and "of"
      assert.are.same({ "1986/date", "1972/date" },
        listing("It rose in the fourth quarter of 1986 and in the fall of 1972."))
      assert.are.same({ "2005/number" }, listing("A total of 2005 people came."))
    end)

    it("finds times with their zone", function()
      assert.are.same({ "10:30 p.m. EST/time", "5 a.m./time", "noon/time", "5pm/time",
                        "five o’clock/time" },
        listing("At 10:30 p.m. EST, 5 a.m., noon, 5pm and five o’clock."))
      -- the wire's 24-hour clock with its zone; not a year before a word in capitals
      assert.are.same({ "1330 GMT/time", "1530 EST/time" },
        listing("They meet at 1330 GMT, not after 1530 EST."))
      assert.are.same({ "1987/date" }, listing("In 1987 EST shares rose."))
    end)

    it("keeps the possessive out of a date", function()
      assert.are.same({ "Tuesday/date" }, listing("Tuesday’s talks went on."))
    end)

    it("finds other numbers, in digits or words, with their scale", function()
      assert.are.same({ "1,200/number", "19th/number", "5 million/number", "twenty/number" },
        listing("Of 1,200 seats, the 19th, 5 million votes and twenty days."))
    end)

    it("takes a code written with digits for no number (5G, Pad 39A, 4x4), a unit's capitals for one", function()
      assert.are.same({}, listing("Its 5G kit left Pad 39A in a 4x4."))
      assert.are.same({ "5M/number", "4TH/number", "35C/number", "80GB/number" },
        listing("A 5M fund, the 4TH test, 35C heat and 80GB disks."))
    end)
  end)

  it("gives URLs, e-mail addresses, hashtags and mentions by token kind", function()
    assert.are.same({ "https://example.org/a/url", "jane@example.org/email", "#vote/hashtag",
                      "@verba/mention" },
      listing("See https://example.org/a, write to jane@example.org, tag #vote or @verba."))
  end)

  describe("names", function()
    it("leaves titles out of a person's name", function()
      local e = find("The talks with President Donald Trump ended.", "Donald Trump")
      assert.are.equal("person", e.type)
      assert.are.equal(26, e.start)
      assert.are.equal(37, e.stop)
    end)

    it("opens no name with the dot of a title's abbreviation", function()
      -- (the tagger's run goes on over the dot; a name starts at a word)
      local s = '"We will vote no," Sen. Boren said.'
      local e = find(s, "Boren")
      assert.is_truthy(e)
      assert.are.equal("person", e.type)
      assert.are.equal(s:find("Boren", 1, true), e.start)
      assert.are.same({ "Boren/person" }, listing(s, PROPER))
    end)

    it("leaves ranks and titles written with a hyphen out of a person's name", function()
      assert.are.same({ "Tamsin Vorle/person" },
        listing("Lieutenant-Colonel Tamsin Vorle said the base was shelled.", PROPER))
      assert.are.same({ "UN/organization", "Ode Marsh/person" },
        listing("UN Secretary-General Ode Marsh arrived on Monday.", PROPER))
      -- a role with a capital before the name is no part of it either
      assert.are.same({ "Ode Marsh/person", "Tamsin Vorle/person" },
        listing("Colonel Ode Marsh met Actress Tamsin Vorle.", PROPER))
    end)

    it("leaves an honorific out of a person's name, and reads the person's gender in it", function()
      local s = "Their coach Sir Ode Marsh met Dame Tamsin Vorle. Sir Ode spoke first."
      assert.are.same({ "Ode Marsh/person", "Tamsin Vorle/person",
                        "Ode/person" }, listing(s, PROPER))
      local genders = {}
      for _, e in ipairs(verba.entities(s, { types = { "person" } })) do genders[e.text] = e.gender end
      assert.are.same({ ["Ode Marsh"] = "male", ["Tamsin Vorle"] = "female", Ode = "male" }, genders)
      -- in a listed name it stays (Sir Syed University is a university's name)
      assert.are.same({ "Sir Syed University of Engineering and Technology/organization" },
        listing("He studied at Sir Syed University of Engineering and Technology.", PROPER))
    end)

    it("takes no title or role alone for a name, in the possessive too", function()
      assert.are.same({}, listing("The Prime Minister's office declined to comment."))
      -- nor an office's name that ends in a title
      assert.are.same({ "Henrique Saboya/person" },
        listing("The order was given by Navy Minister Henrique Saboya."))
      assert.are.same({}, listing("He will contest the (Ombudsman's) ruling, aides said."))
      assert.are.same({ "Tamsin Vorle/person" },
        listing("Ombudsman Tamsin Vorle said the Attorney General's advice was clear."))
      -- nor a common word between a title and a person's name
      assert.are.same({ "Roberto Quernbach/person" },
        listing("Chief Executive Roberto Quernbach said sales grew.", PROPER))
      -- nor an office of common words before a person's full name, a title first or not
      assert.are.same({ "Tamsin Vorle/person" },
        listing("Former National Security Adviser Tamsin Vorle resigned.", PROPER))
      assert.are.same({ "Tamsin Vorle/person" },
        listing("The board named Chief Financial Officer Tamsin Vorle treasurer.", PROPER))
    end)

    it("cuts a possessive off a name", function()
      local s = "Officials said Ken Hu’s plan was new."
      local e = find(s, "Ken Hu")
      assert.are.equal("person", e.type)
      assert.are.equal("Ken Hu", s:sub(e.start, e.stop))
    end)

    it("takes the capitalised words after a noun of role for a person's name", function()
      assert.are.equal("person", find("The goal was scored by midfielder Dariusz Wdowczyk late.",
        "Dariusz Wdowczyk").type)
      assert.are.equal("person", find("Veteran goalkeeper Andoni Zubizarreta saved a penalty.",
        "Andoni Zubizarreta").type)
      -- a role with a capital inside a sentence is a word of a name; no name in capitals
      assert.is_nil(find("She joined a Pilot Training Program there.", "Training Program"))
      assert.is_nil(find("THE LAWYER INTERROGATED HIM FOR HOURS, SHE SAID.", "INTERROGATED HIM"))
      -- a performer's name ends at its possessive: what follows is a title
      local s = "R&B star Quavell has a hit. Hip-hop performer Tarvo's Locked Up is fifth."
      assert.are.equal("person", find(s, "Quavell").type)
      assert.are.equal("person", find(s, "Tarvo").type)
    end)

    it("takes the name after a noun of role and at for an organisation", function()
      assert.are.equal("organization",
        find("Analysts at Merrill Lynch said the Fed would hold rates.", "Merrill Lynch").type)
      assert.are.equal("place", find("He met analysts at Paris on Monday.", "Paris").type)
      -- the model's place too, where no list has it as one
      assert.are.equal("organization", find("\"They erred,\" said Ron Dale, an analyst at " ..
        "Renvale Capital in Moscow.", "Renvale Capital").type)
    end)

    it("reads no organisation into a line in capitals from a head word alone", function()
      assert.are.same({}, listing("WE WENT OFF TO COLLEGE IN THE FALL, SHE SAID.",
        { types = { "organization" } }))
    end)

    it("takes what the gazetteers say outright over the model's other guesses", function()
      -- a country is a place, a side in a match too
      assert.are.equal("place",
        find("Javier Sanchez (Spain) beat Magnus Gustafsson (Sweden) 7-6 6-2", "Sweden").type)
      -- an organisation the gazetteers list as nothing else, where the model saw no name
      assert.are.equal("organization",
        find("Hamas and Fatah officials met in Cairo under Egyptian mediation.", "Hamas").type)
      -- a "person" the gazetteers know only as a place is the place
      assert.are.equal("place", find("Quito said on Monday that talks would resume.", "Quito").type)
      -- a name that opens with a given name and holds no other kind of word is a person
      assert.are.equal("person",
        find("66 Jose Maria Olazabal (Spain), Colin Montgomerie", "Jose Maria Olazabal").type)
    end)

    it("keeps the connectors names use inside them", function()
      local s = "He met Ludwig van Beethoven, Mohammed bin Salman and Bashar al-Assad."
      assert.are.same({ "Ludwig van Beethoven", "Mohammed bin Salman", "Bashar al-Assad" },
        texts(s))
      if not has_gazetteer then
        pending("types of unseen names need the gazetteer (data/en/gazetteer)")
        return
      end
      assert.are.same({ "Ludwig van Beethoven/person", "Mohammed bin Salman/person",
                        "Bashar al-Assad/person" }, listing(s))
    end)

    it("runs a name over its particles to the family name", function()
      assert.are.same({ "Nikolaus van der Pas/person" },
        listing("The chief spokesman Nikolaus van der Pas told a news briefing."))
      assert.are.same({ "Daniel arap Moi/person", "Nakuru/place" },
        listing("President Daniel arap Moi spoke in Nakuru.", PROPER))
      -- the Bantu "wa" (of, son of) of Kikuyu and Congolese names
      assert.are.same({ "Kengo wa Dondo/person", "France/place" },
        listing("Prime Minister Kengo wa Dondo returned from France on Thursday.", PROPER))
    end)

    it("reads a credit line: a photographer, then agencies", function()
      local s = "Guests in the hall.\n(EMMANUEL DUNAND/AFP/Getty Images)"
      local got = {}
      for _, e in ipairs(verba.entities(s, { types = { "person", "organization" } })) do
        got[#got + 1] = e.text .. "/" .. e.type .. "/" .. e.canonical
      end
      assert.are.same({ "EMMANUEL DUNAND/person/Emmanuel Dunand", "AFP/organization/AFP",
                        "Getty Images/organization/Getty Images" }, got)
    end)

    it("knows the picture agencies that news credits name, alone on a line or in a sentence", function()
      assert.are.same({ "Getty Images/organization", "Getty Images/organization",
                        "Alamy/organization" },
        listing("Crowds at the gate.\nGetty Images\n\nGetty Images said it would buy Alamy.",
                { types = { "person", "organization" } }))
    end)

    it("reads a credit line's photographer after the agency or the site", function()
      local function typed(s)
        local got = {}
        for _, e in ipairs(verba.entities(s, { types = { "person", "organization" } })) do
          got[#got + 1] = e.text .. "/" .. e.type
        end
        return got
      end
      assert.are.same({ "Reuters/organization", "Karim Vandrel/person" },
        typed("Smoke over the port.\nReuters/Karim Vandrel\nThe strike came at dawn."))
      assert.are.same({ "Karim Vandrel/person", "Facebook/organization", "Karim Vandrel/person",
                        "Vandrel/person" },
        typed("Karim Vandrel, 36.\n\nFacebook/Karim Vandrel.\n\nVandrel, the pilot, flew."))
      -- not a headline's words in capitals after a slash (Karen is a given name)
      for _, e in ipairs(typed("Vandrel Corp said so.\nVANDREL SEES KOREAN/KAREN DEFICITS\n" ..
                               "The deficit grew.")) do
        assert.are_not.equal("KAREN DEFICITS/person", e)
      end
    end)

    it("makes a later given name the same person where the lists have it as a place too", function()
    local s = "We met Mario Lucero and Isabel Ruiz of Heaven Sent Gaming. It is me and Isabel, Mario said."
    local full, short = find(s, "Isabel Ruiz"), find(s, "Isabel")
    assert.are.equal(full.id, short.id)
    assert.are.equal("person", short.type)
    -- not a city or a country
    local e = assert(verba.entities("Paris Hilton arrived. Flights to Paris were full."))
    assert.are_not.equal(e[1].id, e[2].id)
    assert.are.equal("place", e[2].type)
    -- also where the word alone was read as a work's before that person came
    s = "Shirts read “Settle For Hillary” at the rally. Hillary Clinton spoke later. " ..
        "Nobody writes songs for Hillary, he said."
    local entities = assert(verba.entities(s))
    local last = entities[#entities]
    assert.are.equal("Hillary", last.text)
    assert.are.equal("person", last.type)
    assert.are.equal(find(s, "Hillary Clinton").id, last.id)
  end)

  it("makes a later surname the same person, with the full name as canonical", function()
      local s = "The chairman, Ken Hu, spoke first. Hu said the talks went well."
      local full, short = find(s, "Ken Hu"), find(s, "Hu")
      assert.are.equal(full.id, short.id)
      assert.are.equal("Ken Hu", short.canonical)
      assert.are.equal("person", short.type)
      -- a family name a particle and a hyphen are written against (al-Assad: Assad)
      s = "President Farid al-Kassem spoke on Monday. Critics said Kassem was wrong."
      full, short = find(s, "Farid al-Kassem"), find(s, "Kassem")
      assert.are.equal(full.id, short.id)
      assert.are.equal("Farid al-Kassem", short.canonical)
    end)

    it("makes a first name no list has, alone later, the same person as the full name", function()
      local s = "Megawati Sukarnoputri led the party. Megawati, daughter of a president, was ousted. " ..
        "Supporters of Megawati marched."
      local e = assert(verba.entities(s, { types = { "person" } }))
      assert.are.equal(3, #e)
      assert.are.equal("Megawati", e[2].text)
      assert.are.equal(e[1].id, e[2].id)
      assert.are.equal(e[1].id, e[3].id)
      assert.are.equal("Megawati Sukarnoputri", e[3].canonical)
      -- not a model's name after its number
      assert.are.same({ "Zarvo Quintel/person" },
        listing("Zarvo Quintel designed it. Sales of the 944 Zarvo rose.", { types = { "person" } }))
    end)

    it("keeps apart two people of one family name, the surname alone between them", function()
      local s = "Bill Clinton spoke. Clinton said so. Hillary Clinton agreed. Jeb Bush left."
      local bill, hillary = find(s, "Bill Clinton"), find(s, "Hillary Clinton")
      assert.are.equal(bill.id, find(s, "Clinton").id)
      assert.are_not.equal(bill.id, hillary.id)
      assert.are.equal("Hillary Clinton", hillary.canonical)
      -- a title's sex picks the one of that family (Mrs. Clinton: Hillary; Mr. Clinton: Bill)
      local later = assert(verba.entities(s .. " Mrs. Clinton smiled. Mr. Clinton left."))
      assert.are.equal("Hillary Clinton", later[#later - 1].canonical)
      assert.are.equal("Bill Clinton", later[#later].canonical)
      -- the same given name joins, with or without a middle name
      local e = assert(verba.entities("George W. Bush spoke. Bush said so. George Bush left."))
      assert.are.equal(e[1].id, e[3].id)
      assert.are.equal("George W. Bush", e[3].canonical)
    end)

    it("tells a person's gender from the title before the name", function()
      local s = "Mr. John Smith met Mrs. Jane Doe."
      assert.are.equal("male", find(s, "John Smith").gender)
      assert.are.equal("female", find(s, "Jane Doe").gender)
    end)

    it("tells a person's gender from the pronouns that refer back to them", function()
      local s = "Dr. Quillon Vantreb opened the clinic. She said her staff had waited. "
        .. "Later, she left.\n\nProf. Adaro Kemblish disagreed. He said his budget was cut."
      assert.are.equal("female", find(s, "Quillon Vantreb").gender)
      assert.are.equal("male", find(s, "Adaro Kemblish").gender)
      -- one pronoun is too little, and a pronoun with two people near tells nothing
      assert.is_nil(find("Dr. Quillon Vantreb spoke. She left.", "Quillon Vantreb").gender)
      local two = "Dr. Quillon Vantreb met Prof. Adaro Kemblish. She said she was glad. She left."
      assert.is_nil(find(two, "Quillon Vantreb").gender)
    end)
  end)

  describe("options", function()
    local s = "Ken Hu paid $5 on Monday."

    it("keeps the types given, as a list or a set", function()
      assert.are.same({ "$5/money", "Monday/date" }, listing(s, { types = { "money", "date" } }))
      assert.are.same({ "Monday/date" }, listing(s, { types = { date = true, money = false } }))
    end)

    it("gives the entities that start at init or later, with the whole text's ids", function()
      local all = assert(verba.entities(s))
      local from = assert(verba.entities(s, 9))
      assert.are.equal(#all - 1, #from)
      assert.are.equal("$5", from[1].text)
      assert.are.equal(all[2].id, from[1].id)
      assert.are.same(from, assert(verba.entities(s, -(#s - 8))))
      assert.are.same({}, verba.entities(s, #s + 1))
    end)

    it("takes the user's names and their types, on an instance or for a call", function()
      -- (no organisation's word ends the name: "Acme Corp" is found without the user)
      local text = "Acme Widgets hired Jo Quint."
      assert.are.same({ "Jo Quint/person" }, listing(text))
      local v = verba.new({ gazetteer = { ["Acme Widgets"] = "organization" } })
      assert.are.same({ "Acme Widgets/organization", "Jo Quint/person" }, listing(text, nil, v))
      assert.are.same({ "Acme Widgets/organization", "Jo Quint/person" },
        listing(text, { gazetteer = { ["Acme Widgets"] = "organization" } }))
      -- the type listed wins over the model's
      assert.are.same({ "Jo Quint/other" },
        listing(text, { gazetteer = { ["Jo Quint"] = "other" } }))
      -- a name of four words, written with other spaces than listed
      local board = verba.new({ gazetteer = { ["Dunmore  Valley Water Board"] = "other" } })
      assert.are.same({ "Dunmore Valley Water Board/other", "Jo Quint/person" },
        listing("The Dunmore Valley Water Board hired Jo Quint.", nil, board))
    end)

    it("drops the names of the user's stoplist", function()
      local text = "Officials in Paris said so."
      assert.are.same({ "Paris/place" }, listing(text))
      assert.are.same({}, listing(text, { stoplist = { "Paris" } }))
      assert.are.same({}, listing(text, nil, verba.new({ stoplist = { Paris = true } })))
    end)

    it("rejects a gazetteer type or a name that is none", function()
      assert.has_error(function() verba.new({ gazetteer = { Acme = "company" } }) end,
        "bad argument #1 to 'verba.new' (option \"gazetteer\": gazetteer: type of \"Acme\": " ..
        "one of \"group\", \"organization\", \"other\", \"person\", \"place\" expected, got \"company\")")
      assert.has_error(function() verba.entities("x", { stoplist = { " " } }) end,
        "bad argument #2 to 'verba.entities' (option \"stoplist\": stoplist: names expected " ..
        "(UTF-8 text with a word), got \" \")")
    end)

    it("reports invalid UTF-8 with its byte, or reads it as U+FFFD", function()
      assert.are.same({ nil, "invalid UTF-8 at byte 5" }, { verba.entities("Paid\255 $5") })
      assert.are.same({ "$5/money" }, listing("Paid\255 $5", { invalid = "replace" }))
    end)
  end)
end)

-- Mentions are in text order and never overlap; each one's text is its
-- bytes; ids and canonical names agree.
local function check_mentions(s)
  local last, canon = 0, {}
  for _, e in ipairs(assert(verba.entities(s, { invalid = "replace" }))) do
    assert.is_true(e.start > last, "overlap at " .. e.start)
    assert.are.equal(s:sub(e.start, e.stop), e.text)
    canon[e.id] = canon[e.id] or e.canonical
    assert.are.equal(canon[e.id], e.canonical)
    last = e.stop
  end
end

describe("organisation names", function()
  it("takes a name ending in an organisation's word as an organisation", function()
    assert.are.same({ "Brindlemoor Holdings Ltd/organization", "Transport Workers Union/organization" },
      listing("Shares of Brindlemoor Holdings Ltd fell after the Transport Workers Union called a strike."))
    assert.are.same({ "Yesterday/date", "Quillon Industries/organization", "Ministry of Fisheries/organization" },
      listing("Yesterday Quillon Industries said the Ministry of Fisheries would pay."))
    -- (a school, after a title's word too: not the bishop's name)
    assert.are.same({ "Bishop Marlow High School/organization", "Quillon Seminary/organization" },
      listing("She taught at Bishop Marlow High School and at Quillon Seminary.", PROPER))
    -- (a lottery, a newspaper's Sentinel or Telegram)
    assert.are.same({ "Brindlemoor Lottery/organization", "Marwick Sentinel/organization" },
      listing("The Brindlemoor Lottery told the Marwick Sentinel that sales rose.", PROPER))
    -- a legal suffix with its dots too (one token: S.A., N.V., L.P.)
    assert.are.same({ "Tractebel S.A./organization", "Harris Associates L.P./organization" },
      listing("Shares of Tractebel S.A. and Harris Associates L.P. rose.", PROPER))
    -- and the other languages' word for industry (Airbus Industrie, Novo Industri)
    assert.are.same({ "Airbus Industrie/organization", "Monday/date" },
      listing("Airbus Industrie said on Monday it had won an order."))
    assert.are.same({ "Kvarnby Industri/organization" },
      listing("Kvarnby Industri said pre-tax earnings fell.", PROPER))
    -- and its short forms, however the tagger read them, with it
    for _, e in ipairs(assert(verba.entities("Argo Petroleum Corp said so. Argo said it " ..
                                             "would sell. Argo added that profits fell."))) do
      assert.are.equal("organization", e.type)
    end
    -- studios, publishers, bands, choirs and military units too
    assert.are.same({ "Brindlemoor Pictures/organization", "Vandrell Choir/organization",
      "Fourth Infantry Brigade/organization" },
      listing("Brindlemoor Pictures paid the Vandrell Choir and the Fourth Infantry Brigade band.",
        PROPER))
    -- wineries and brewers
    assert.are.same({ "Quelvor Wines/organization", "Sierra Brelvo Brewing/organization" },
      listing("Sales at Quelvor Wines rose, and Sierra Brelvo Brewing said so.", PROPER))
    -- carmakers' "Motor" too (Hyundai Motor, Ford Motor), and the suffixes of firms
    -- abroad in capitals, though the lists have SA as a family name too
    if has_gazetteer then
      assert.are.same({ "Daewoo Motor/organization" }, listing("Daewoo Motor said its sales rose.", PROPER))
      assert.are.same({ "Dravmoor SA/organization", "Quelvane Bhd/organization" },
        listing("Dravmoor SA said it would buy Quelvane Bhd.", PROPER))
      -- and the capitalised words before a place the tagger read at the
      -- name's start
      assert.are.same({ "New China News Agency/organization" },
        listing("The official New China News Agency said the plan failed.", PROPER))
      -- a deliberative body's name goes on after "on" (org_heads_on.tsv), not
      -- over a day or a month
      assert.are.same({ "Joint Committee on Human Rights/organization" },
        listing("The rules were questioned by the parliamentary Joint Committee on Human Rights.",
          PROPER))
      assert.are.same({ "Federal Trade Commission/organization" },
        listing("They made their findings with the Federal Trade Commission on February three.", PROPER))
      -- a subcommittee's too
      assert.are.same({ "House Dairy Subcommittee/organization" },
        listing("Lane told the House Dairy Subcommittee that prices would rise.", PROPER))
      assert.are.same({ "House Subcommittee on Consumer Protection/organization" },
        listing("The rules were questioned by the House Subcommittee on Consumer Protection.", PROPER))
      -- a word that heads an organisation's name only before "of"
      -- (org_heads_of.tsv), and over an office's "of" too
      assert.are.same({ "Court of Appeal/organization" },
        listing("The Court of Appeal ruled on Monday that the ban was lawful.", PROPER))
      assert.are.same({ "Office of the Secretary of Defense/organization" },
        listing("Records of the Office of the Secretary of Defense were kept.", PROPER))
      -- nor where a spaced hyphen cuts the name
      for _, e in ipairs(assert(verba.entities("Ann Lee of the Council on American - Islamic " ..
        "Relations spoke.", PROPER))) do
        assert.are_not.equal("Council on American", e.text)
      end
      -- the members it is named after in the plural's possessive
      -- (member_nouns.tsv), not an owner in the possessive
      assert.are.same({ "Actors' Equity Association/organization" },
        listing("The Actors' Equity Association said the deal was unfair.", PROPER))
      -- and a plural not in s (People's, Women's)
      assert.are.same({ "Eritrean People's Liberation Front/organization" },
        listing("Fighters of the Eritrean People's Liberation Front marched on.", PROPER))
      assert.are.same({ "Quillon Holdings Inc/organization" },
        listing("Shares of Brelmont Amusements' Quillon Holdings Inc rose.", PROPER))
      -- parliaments known by names of their own
      assert.are.same({ "Majlis/organization", "Sejm/organization" },
        listing("Deputies in the Majlis and the Sejm voted.", PROPER))
      -- not such a suffix alone
      for _, e in ipairs(assert(verba.entities("J Fourie (SA) and T Umaga (New Zealand) played.", PROPER))) do
        assert.are_not.equal("organization", e.type, e.text)
      end
    end
  end)

  it("takes a chamber named by its common noun alone for its organisation", function()
    -- after "the", where no name goes on after it
    assert.are.same({ "House/organization", "Commons/organization", "Cabinet/organization" },
      listing("The bill passed the House, stalled in the Commons and went back to the Cabinet.", PROPER))
    -- before a title or a party's members, with "the" or without
    assert.are.same({ "House/organization", "Senate/organization" },
      listing("The House Speaker and Senate Republicans met.", PROPER))
    -- and before the words of an office and its holder's name, first in a sentence too
    assert.are.same({ "Senate/organization", "Tom Reed/person" },
      listing("Senate Majority Leader Tom Reed said so.", PROPER))
    assert.are.same({ "House/organization", "Ann Lee/person" },
      listing("House Minority Whip Ann Lee objected.", PROPER))
    assert.are.same({ "Senate/organization" }, listing("Senate Finance Chairman said so.", PROPER))
    -- after a common word opening the sentence; the party's members a group, the tagger's
    -- name of both split
    local GROUPS = { types = { "person", "organization", "place", "group" } }
    assert.are.same({ "House/organization", "Democrats/group" },
      listing("Some House Democrats opposed the bill.", GROUPS))
    assert.are.same({ "Senate/organization", "Republicans/group" },
      listing("He said the Senate Republicans blocked it.", GROUPS))
    -- not a common noun: no "the" before it, or first in its sentence,
    -- whatever the document names elsewhere; nor the word of a longer name
    assert.are.same({ "Assembly/organization" },
      listing("The Assembly met. Assembly lines closed. House prices rose. Workers left the assembly line.",
        PROPER))
    assert.are.same({ "House Budget Committee/organization" },
      listing("The House Budget Committee met.", PROPER))
    for _, name in ipairs(texts("He wrote of the House of Tudor.")) do assert.are_not.equal("House", name) end
    if has_gazetteer then
      -- a longer name the lists have is theirs, whatever type the tagger gave it
      assert.are.same({ "House of Lords/organization" }, listing("He sat in the House of Lords.", PROPER))
    end
    -- the chamber is not the committees its word opens: two entities
    local e = assert(verba.entities("The House Budget Committee met. Later the House voted."))
    assert.are.same({ "House Budget Committee", "House" }, { e[1].text, e[2].text })
    assert.are_not.equal(e[1].id, e[2].id)
    assert.are.equal("House", e[2].canonical)
    if has_gazetteer then
      -- one the lists have as an organisation needs no "the"
      assert.are.same({ "Congress/organization" }, listing("Congress passed the bill.", PROPER))
      assert.are.same({ "Parliament/organization" }, listing("Parliament will debate it.", PROPER))
    end
  end)

  it("takes a town's name for its club where the text names clubs", function()
    if not has_gazetteer then return end
    assert.are.same({ "Arsenal/organization", "Chelsea/organization", "Portsmouth/organization" },
      listing("The win took Arsenal back into second spot, points behind Chelsea. " ..
        "Portsmouth got bodies behind the ball."))
    -- not after a preposition of place, nor where no club is named (KSC,
    -- a space centre's, is a club's acronym too)
    assert.are.same({ "Arsenal/organization", "Portsmouth/place" },
      listing("The win took Arsenal to the top. Floods hit roads in Portsmouth."))
    -- but after a score and "at" it is the side the result was had at
    assert.are.same({ "Arsenal/organization", "2-1/number", "Portsmouth/organization" },
      listing("The win took Arsenal to the top after they won 2-1 at Portsmouth."))
    assert.are.same({ "Arsenal/organization", "Portsmouth/place" },
      listing("The win took Arsenal to the top. Fans at Portsmouth left early."))
    -- nor after a kind of place and "of"
    assert.are.same({ "Arsenal/organization", "Portsmouth/place" },
      listing("The win took Arsenal to the top. Floods hit the port city of Portsmouth."))
    assert.are.same({ "KSC/organization", "Portsmouth/place" },
      listing("Staff at KSC said Portsmouth was flooded."))
    -- a given name that is a family name too, where no one is named by it in full
    assert.are.same({ "Wayne Rooney/person", "Everton/organization", "Manchester United/organization",
      "Everton/organization" },
      listing("Wayne Rooney made a winning return to Everton as Manchester United cruised into "
        .. "the quarter-finals. Everton started brightly.", PROPER))
    assert.are.same({ "Everton Ribeiro/person", "Manchester United/organization",
      "Fulham/organization", "Everton/person" },
      listing("Everton Ribeiro scored twice as Manchester United beat Fulham. Everton was "
        .. "booked late on.", PROPER))
    assert.are.same({ "Manchester United/organization", "Fulham/organization", "Everton/person" },
      listing("Manchester United beat Fulham on Saturday. Everton said the side had played well.",
        PROPER))
  end)

  it("takes a club's name before a role of its staff or players as the club", function()
    local got = {}
    for _, e in ipairs(assert(verba.entities("Everton boss Tam Quist was pleased. Celtic striker " ..
        "Arlo Brindle scored twice. A Newcastle lawyer, Ada Quist, watched."))) do
      got[#got + 1] = e.text .. "/" .. e.type
    end
    assert.are.equal("Everton/organization", got[1])
    assert.are.equal("Celtic/organization", got[3])
    -- a city's name (a club's too) before a role stays a place
    assert.are_not.equal("Newcastle/organization", got[5])
  end)

  it("leaves a role written with a prefix out of the person's name", function()
    assert.are.same({ "Andrea Mitchell/person", "Jim Quarlo/person" },
      listing("Co-moderator Andrea Mitchell asked. Co-host Jim Quarlo joked.", PROPER))
  end)

  it("takes no name ending in an organisation's word for a person's", function()
    local e = find("He visited the Steven F. Udvar-Hazy Center on Monday.", "Steven F. Udvar-Hazy Center")
    assert.is_truthy(e)
    assert.are_not.equal("person", e.type)
  end)

  it("reads a generation's suffix with its dot or without as the end of a person's name", function()
    for _, s in ipairs({ "Arlo Brindle Jr hit two home runs. Brindle said it was easy.",
                         "Arlo Brindle Jnr hit two home runs. Brindle said it was easy.",
                         "Arlo Brindle Jr. hit two home runs. Brindle said it was easy." }) do
      local groups = verba.entity_groups(s, PROPER)
      assert.are.equal(1, #groups, s)
      assert.are.equal(2, groups[1].count, s)
      assert.truthy(groups[1].canonical:find("^Arlo Brindle J"), s)
    end
    -- after a name whose last word is a title's too
    assert.are.same({ "Martin Luther King Jnr/person" },
      listing("He quoted Martin Luther King Jnr at the rally.", PROPER))
    assert.are.same({ "Martin Luther King Jr/person" },
      listing("He quoted Martin Luther King Jr at the rally.", PROPER))
  end)

  it("keeps the dot of an abbreviation that ends a name", function()
    assert.are.same({ "Brindlemoor Computer Inc./organization", "Tolvane Corp./organization",
                      "Harlan Quist Corp./organization" },
      listing("Shares of Brindlemoor Computer Inc. fell. Tolvane Corp. rose, said Harlan Quist Corp.",
        PROPER))
    assert.are.same({ "Arlo Brindle Jr./person" },
      listing("Arlo Brindle Jr. hit two home runs.", PROPER))
    -- not a dot after a space, nor one after a word that is no abbreviation
    assert.are.same({ "Brindlemoor Inc" }, texts("Shares of Brindlemoor Inc . fell.", PROPER))
    assert.are.same({ "Tolvane Times/organization" }, texts_typed("He told the Tolvane Times. It ran the story."))
  end)

  it("reads a name after a noun of organisations as that organisation", function()
    assert.are.same({ "Zorvane-Kymmene/organization" },
      texts_typed("Finnish paper company Zorvane-Kymmene said it would cut output."))
    -- a given name first is a person's, the noun in the possessive no cue
    assert.are.same({ "John Smith/person" }, texts_typed("Party official John Smith said he would go."))
  end)

  it("runs a firm's name on over a particle and the capitalised words after it", function()
    assert.are.same({ "Telefonica de Espana/organization" },
      texts_typed("The agency upgraded the debt of Telefonica de Espana."))
    assert.are.same({ "Societe Generale de Belgique/organization" },
      texts_typed("Shares of Societe Generale de Belgique rose."))
    -- up to three words after the particle, not into a name that runs on
    assert.are.same({ "Banque Vartoise de Credit Agricole Mutuel/organization" },
      texts_typed("Shares of Banque Vartoise de Credit Agricole Mutuel rose."))
    -- a person's particle and a place's stay theirs
    assert.are.same({ "Charles de Gaulle/person", "Rio de Janeiro/place" },
      texts_typed("Charles de Gaulle flew to Rio de Janeiro."))
  end)

  it("reads the name after a kind of place and \"of\" as the place", function()
    assert.are.same({ "Arbil/place" }, texts_typed("Iraqi forces attacked the Kurdish town of Arbil."))
    assert.are.same({ "Samashki/place", "Grozny/place" },
      texts_typed("Fighting continued in the village of Samashki, south of Grozny."))
    -- not where an organisation's word ends the name, nor the capital of a firm
    assert.are.same({ "London Corporation/organization" },
      texts_typed("The city of London Corporation said it would pay."))
    local firm = find("The group owns 40 pct of the capital of Zorvane, its partner said.", "Zorvane")
    assert.are_not.equal("place", firm and firm.type)
  end)

  it("reads the name before an apposition of a kind of place as the place", function()
    assert.are.same({ "Mahala/place", "Tuzla/place" },
      texts_typed("Mahala , a village near Tuzla , was shelled ."))
    assert.are.same({ "Zorvex/place", "Tuzla/place" },
      texts_typed("They shelled Zorvex , a small town near Tuzla ."))
    -- not a person's, whose apposition's noun goes on (a town planner)
    assert.are.same({ "Tom Reed/person" }, texts_typed("Tom Reed , a town planner , said so ."))
  end)


  it("reads a name no list has after a preposition of place as a place", function()
    assert.are.same({ "Matane/place" },
      texts_typed("The company will build a new paper mill in Matane next year."))
    -- and where the tagger read a person's name alone there, no possessive after it
    assert.are.same({ "Neufchateau/place" },
      texts_typed("Belgian police arrested a suspect, prosecutors in Neufchateau said."))
    -- and at the end of a route from a listed place
    assert.are.same({ "Piraeus/place", "Kallikratia/place" },
      texts_typed("The ferry was sailing from Piraeus to Kallikratia when it hit rocks."))
    assert.are.same({ "Blaengwynfi/place" },
      texts_typed("Before he became a minister, he was a doctor in Blaengwynfi for ten years."))
    -- not a firm's or a thing's after a word of holdings, a language's, a
    -- title's before its number, a name in the possessive
    for _, s in ipairs({ "He was interested in Tavremo for years.",
                         "The menu lists broccoli, cauliflower, carrots and celery. " ..
                           "But here they're served in Manchurian sauce, a puree of broccoli.",
                         "Lawmakers talk about freedom. Refusing to let others take part " ..
                           "is viewed as hostility toward Catholicism. Was he grateful?",
                         "She starred in Zarnow 9/11 last year.",
                         "He sang in Trelawney' anthem on Sunday." }) do
      local e = find(s, s:match("[inwad] (%u%l+)"))
      assert.are_not.equal("place", e and e.type, s)
    end
    -- nor one the document writes as a noun's modifier elsewhere
    local e = find("Cases were found in Zemika last week, as the Zemika virus spread.", "Zemika")
    assert.are_not.equal("place", e and e.type)
  end)

  it("reads a name no list has before a noun for a kind of place as a place", function()
    assert.are.same({ "Quelvoran/place" },
      texts_typed("Troops entered Quelvoran district on Monday."))
    assert.are.same({ "Zorvane/place" }, texts_typed("The Zorvane river flooded the town."))
    -- a border crossing, a camp, a state of a federation
    assert.are.same({ "Quezrel/place" }, texts_typed("They met at the Quezrel crossing on Monday."))
    assert.are.same({ "Jabrava/place" }, texts_typed("He lived in the Jabrava camp."))
    assert.are.same({ "Kachvar/place" }, texts_typed("Fighting spread to Kachvar state."))
    -- two names before the noun in the plural
    assert.are.same({ "Thissio/place", "Plakava/place" },
      texts_typed("The restoration of the Thissio and Plakava districts is done."))
    -- not a common word, nor a name in the possessive
    assert.are.same({}, texts_typed("He crossed the Silver river at dawn."))
    assert.are.same({}, texts_typed("She walked to Quelvoran's district office."))
  end)
  it("leaves a common word before a title to the title, the people or the place before it", function()
    local GROUPS = { types = { "person", "organization", "place", "group" } }
    assert.are.same({ "Arizona/place", "Kelli Quarvo/person" },
      listing("Former Arizona State Senator Kelli Quarvo called for it.", GROUPS))
    assert.are.same({ "St. Louis/place", "Bryan Hettavan/person" },
      listing("The case went to St. Louis Circuit Judge Bryan Hettavan.", GROUPS))
    -- not an organisation's head word, nor a name the lists have whole
    assert.are.same({ "Reserve Bank/organization", "Bernie Fraser/person" },
      listing("He met Reserve Bank Governor Bernie Fraser.", GROUPS))
  end)

  it("cuts a title written with its dot off the name before it", function()
    assert.are.same({ "Vermont/place", "Bernie Sanders/person" },
      texts_typed("Vermont Sen. Bernie Sanders says the wind is at our backs."))
    assert.are.same({ "Texas/place", "Ted Cruz/person" }, texts_typed("It hurt Texas Sen. Ted Cruz."))
    -- a party's word is no one's name
    assert.are.same({ "Chris Coons/person" }, texts_typed("He met Democratic Sen. Chris Coons on Friday."))
  end)

  it("cuts the first word of a title that goes on after a name off it, a family name too", function()
    -- (the tagger reads Thai Prime as a person's name where the story writes Chart Thai)
    local got = listing("Thai PM Banharn resigns .\n\nThai Prime Minister Banharn Silpa-archa said " ..
      "he would resign . Banharn said his Chart Thai party agreed .", { types = { "person" } })
    for _, item in ipairs(got) do assert.are_not.equal("Thai Prime/person", item) end
    assert.are.same({ "Banharn/person", "Banharn Silpa-archa/person", "Banharn/person" }, got)
  end)

  it("reads a title and a name the tagger read as a place's as a person's", function()
    assert.are.same({ "Rhodri Morgan/person", "BBC Wales/organization", "Hutt/person" },
      texts_typed("Rhodri Morgan told BBC Wales he had agreed with Ms Hutt in 2003 that she " ..
        "would not be minister."))
    -- not a place the lists have whole
    assert.are.same({ "Prince Edward Island/place", "Prince Albert/place" },
      texts_typed("He drove to Prince Edward Island and Prince Albert."))
  end)

  it("cuts an office's word before a title and a name off the place before it", function()
    assert.are.same({ "U.S./place", "William Perry/person" },
      texts_typed("U.S. Defense Secretary William Perry said on Monday ."))
    assert.are.same({ "U.S./place", "Caspar Weinberger/person" },
      texts_typed("He spoke with U.S. Defence Secretary Caspar Weinberger ."))
    -- not an organisation's head word, nor an owner in the possessive
    assert.are.same({ "U.S. Navy/organization", "John Dalton/person" },
      texts_typed("U.S. Navy Secretary John Dalton said ."))
    assert.are.equal("Liberal Democrats/organization",
      texts_typed("Meanwhile, the Liberal Democrats' President Simon Hughes said so.")[1])
  end)

  it("reads the words after a title and the tagger's person after them as one name", function()
    assert.are.same({ "A. William Reynolds/person" }, texts_typed("Chairman A. William Reynolds said ."))
    assert.are.same({ "A.B.M. Ghulam Mostafa/person" },
      texts_typed("Commerce Secretary A.B.M. Ghulam Mostafa said ."))
    assert.are.same({ "Barend du Plessis/person" },
      texts_typed("Finance Minister Barend du Plessis said so ."))
    -- a common word before a family name alone
    assert.are.same({ "Per Lindberg/person" }, texts_typed("Analyst Per Lindberg said so ."))
    -- not the rest of the title
    assert.are.same({ "Sharon Kelley/person" }, texts_typed("Chief Financial Officer Sharon Kelley resigned ."))
  end)

  it("reads a title and a given name as a person's, with a family name a hyphen joins", function()
    assert.are.same({ "Zayed bin Sultan al-Nahayan/person", "Annan/person" },
      texts_typed("Sheikh Zayed bin Sultan al-Nahayan met Annan."))
    -- a town the lists have whole stays one
    assert.are.same({ "Prince Albert/place" }, texts_typed("He drove to Prince Albert on Monday."))
  end)

  it("reads a short common word in title case as no mention of an acronym in capitals", function()
    assert.are.same({ "US/place" },
      texts_typed("The US economy grew.\n\nMen Keep Telling Us What To Do\n"))
    -- but a state's abbreviation with its dot
    assert.are.same({ "CHICAGO/place", "ILL./place", "Springfield/place", "Ill./place" },
      texts_typed("CHICAGO, ILL., March 2 - It has a plant in Springfield, Ill. and more."))
  end)

  it("reads a given name and a family name the tagger took for a place as a person's", function()
    if not has_gazetteer then return end
    assert.are.same({ "Al Gore/person" }, texts_typed("Bush won more states than Al Gore did."))
    assert.are.same({ "Sarah Lancashire/person", "Timothy Spall/person" },
      texts_typed("Sarah Lancashire and Timothy Spall will star in the drama."))
    -- not a place the lists have whole, nor one a word of venues or waters ends
    assert.are.same({ "George Town/place" }, texts_typed("He flew to George Town on Monday."))
    for _, s in ipairs({ "Chelsea were crushed 5-1 at the Nou Camp in the Champions League.",
                         "Staff at Clarence House said the prince was sorry.",
                         "They swam at Victoria Falls." }) do
      for _, e in ipairs(assert(verba.entities(s))) do
        assert.are_not.equal("person", e.type, s .. ": " .. e.text)
      end
    end
  end)

  it("runs a person's name on over the particles in lower case of its family name", function()
    if not has_gazetteer then return end
    -- a role's name, the particles after the given name
    assert.are.same({ "Boudewijn van Ittersel/person" },
      texts_typed("Exchange spokesman Boudewijn van Ittersel said so."))
    assert.are.same({ "Nick van den Brulle/person" },
      texts_typed("Analyst Nick van den Brulle described it."))
    -- the family name alone with its particles, after the full name
    local typed = texts_typed("Culture Minister Renaud Donnedieu de Vabrelle spoke. " ..
      "Later Mr de Vabrelle said it again.")
    assert.are.equal("de Vabrelle/person", typed[#typed])
    -- not a word before the particles that may open a firm's name
    for _, t in ipairs(texts_typed("A spokesman for the Banco do Brasil said so.")) do
      assert.is_nil(t:find("do Brasil/person", 1, true), t)
    end
  end)

  it("reads a word, a particle only persons' names hold and a family name as a person's", function()
    if not has_gazetteer then return end
    -- a given name no list has, after a role, inside commas, first in a sentence
    assert.are.same({ "Teun van Hoeckel/person", "Utrecht/place" },
      texts_typed("The company's chairman Teun van Hoeckel told reporters in Utrecht."))
    assert.are.same({ "Wim van der Kerkhaven/person" },
      texts_typed("The chairman, Wim van der Kerkhaven, told reporters."))
    assert.are.same({ "Teun van Hoeckel/person" }, texts_typed("Teun van Hoeckel said so."))
    -- a title is no word of the name
    assert.are.same({ "van Doesburgh/person" },
      texts_typed("A photograph of Mr van Doesburgh's house was published."))
    -- a listed given name the tagger read as a town's
    assert.are.same({ "Lincoln van der Hulst/person", "Lincoln/place" },
      texts_typed("He met Lincoln van der Hulst in Lincoln."))
    -- the family name first in a sentence, its particle capitalised, after the full name
    assert.are.same({ "Joost van Ruisdaal/person", "Van Ruisdaal/person", "Haarlem/place" },
      texts_typed("The painter Joost van Ruisdaal died. Van Ruisdaal was born in Haarlem."))
    -- not a word of the dictionary before the particle (a firm's partners),
    -- nor de or do, which join places' and organisations' names too
    for _, t in ipairs(texts_typed("Lazard, Brown van Oosterhout and two other banks advised.")) do
      assert.is_nil(t:find("/person", 1, true), t)
    end
    assert.are.same({ "Banco do Brasil/organization" },
      texts_typed("A spokesman for the Banco do Brasil said so."))
  end)

  it("reads a name with a given name first and a suffix after it as a person's", function()
    -- the tagger reads "Jr." as it reads a state's abbreviation (Peoria, Ill.)
    assert.are.same({ "Ken Smith Jr./person" }, texts_typed("Ken Smith Jr. went home."))
    assert.are.same({ "Martin Luther King Jr./person", "Atlanta/place" },
      texts_typed("Martin Luther King Jr. was born in Atlanta."))
    assert.are.same({ "Peoria/place", "Ill./place" }, texts_typed("He flew to Peoria, Ill. on Monday."))
  end)

  it("joins the two names that the acronym after them spells", function()
    assert.are.same({ "Organisation for Trade and Cooperation in Brindlemoor/organization",
                      "OTCB/organization" },
      listing("The Organisation for Trade and Cooperation in Brindlemoor (OTCB) met.", PROPER))
    -- an acronym that is not theirs joins nothing
    assert.are.same({ "London", "Paris", "France" },
      texts("He flew from London to Paris (France) on Monday.", PROPER))
    -- nor a name in the possessive before the office's
    for s, office in pairs({
      ["Yesterday, Tamura's Ministry of International Trade and Industry (MITI) acted."] =
        "Ministry of International Trade and Industry",
      ["A report by the UK's Office of Fair Trading (OFT) followed."] = "Office of Fair Trading" }) do
      local e = find(s, office)
      assert.are.equal("organization", e and e.type, s)
    end
  end)

  it("runs an organisation's name on over \"of the\" after its head word", function()
    assert.are.same({ "Organization of the Tolvane Exporting Countries/organization", "Vienna/place" },
      listing("The Organization of the Tolvane Exporting Countries met in Vienna.", PROPER))
    assert.are.same({ "Ministry of the Interior/organization", "Cairo/place" },
      listing("He met officials of the Ministry of the Interior in Cairo.", PROPER))
  end)

  it("takes a person's name before a firm's abbreviated suffix for the firm's", function()
    assert.are.same({ "Bobbie Brooks Inc/organization", "Paul Smith Ltd/organization", "Tom Banks/person" },
      listing("Bobbie Brooks Inc said its board approved a plan. Paul Smith Ltd sold. Tom Banks said.",
        PROPER))
  end)

  it("takes names on both sides of an ampersand for one organisation's", function()
    assert.are.same({ "Zorvex & Dravon/organization" }, listing("Zorvex & Dravon said profits rose.", PROPER))
    -- the second name in the possessive too, the 's left out
    assert.are.same({ "Zorvex & Dravon/organization" },
      listing("The board read consultants Zorvex & Dravon's report.", PROPER))
    assert.are.same({ "Tom Reed/person", "Quelvin & Marst/organization" },
      listing("Tom Reed, a lawyer at Quelvin & Marst, spoke.", PROPER))
    -- where the tagger read the whole name as another kind's
    assert.are.same({ "Trinkaus & Burkhardt/organization" },
      listing("The sector was weak , said a trader at Trinkaus & Burkhardt .", PROPER))
    assert.are.same({ "Tate & Lyle/organization" },
      listing("Tate & Lyle's chief executive has been named European Business Leader.", PROPER))
    -- not two people's full names, a place's or a common word's
    assert.are.same({ "Tom Lee/person", "Ann Poe/person" }, listing("Tom Lee & Ann Poe sang.", PROPER))
    assert.are.same({}, listing("He watched Law & Order on Monday.", PROPER))
    assert.are.same({ "Paris/place", "Berlin/place" }, listing("Trips to Paris & Berlin were cold.", PROPER))
    assert.are.same({ "Rudy Quarvel/person", "Jeff Tamsin/person" },
      listing("Rudy Quarvel & Jeff Tamsin spoke.", PROPER))
    for _, e in ipairs(assert(verba.entities("Quarvel & Sen. Tamsin spoke.", PROPER))) do
      assert.are_not.equal("organization", e.type, e.text)
    end
    -- nor a credit's people after its colon
    for _, e in ipairs(assert(verba.entities("It was filmed in May. Video: Miharris & Acphillips.", PROPER))) do
      assert.are_not.equal("organization", e.type, e.text)
    end
  end)

  it("takes the capitalised words before \"party\" in lower case for the party's name", function()
    assert.are.same({ "Kuomivang/organization" }, texts_typed("The opposition Kuomivang party lost."))
    assert.are.same({ "New Democracy/organization" },
      texts_typed("It leads the conservative New Democracy party in polls."))
    -- past a people's name, and a noun for a name
    assert.are.same({ "Tarvish Unity/organization" }, texts_typed("The Tarvish Unity party won."))
    assert.are.same({ "Freedom/organization" }, texts_typed("The far-right Freedom party gained."))
    -- not an adjective, a people's word, a feast, an event, a given name
    for _, s in ipairs({ "The Democratic party lost.", "He left the Communist party.",
                         "They held a Christmas party.", "We went to a Super Bowl party.",
                         "The Oscar party was fun." }) do
      for _, e in ipairs(assert(verba.entities(s, PROPER))) do
        assert.are_not.equal("organization", e.type, s .. ": " .. e.text)
      end
    end
  end)

  it("takes the capitalised words before a noun for a firm's unit for the unit's name", function()
    assert.are.same({ "GEC Tarvom/organization" },
      texts_typed("Profit rose, helped by its GEC Tarvom unit."))
    assert.are.same({ "Cheung Korva Infrastructure/organization" },
      texts_typed("Its Cheung Korva Infrastructure unit reported higher earnings."))
    -- a name a mention ends there stays whole, an organisation
    assert.are.same({ "Varlo Motor Credit Co/organization" },
      texts_typed("It sold its Varlo Motor Credit Co unit."))
    -- not a common word alone, a place's or a people's word, a reactor's number, a river's arm
    for _, s in ipairs({ "Its Internet unit grew.", "Its Asian subsidiary grew.",
                         "Output at its Quarry Hill unit 2 fell.", "It lies on the Chilvar arm of the river.",
                         "The Amsterdam unit of the bank said." }) do
      for _, e in ipairs(assert(verba.entities(s, PROPER))) do
        assert.are_not.equal("organization", e.type, s .. ": " .. e.text)
      end
    end
  end)

  it("takes capitalised words before a role and a person's full name for the person's organisation", function()
    assert.are.same({ "Virvane Atlantic/organization", "Richard Branson/person" },
      texts_typed("He said Virvane Atlantic chairman Richard Branson was angry."))
    assert.are.same({ "Tarvex Motors/organization", "Tom Quelvin/person" },
      texts_typed("It hurt Tarvex Motors chief executive Tom Quelvin badly."))
    -- not a people's or a party's word, a famous person's name, an adjective
    for _, t in ipairs({ { "He said Republican candidate Bob Dole was angry.", "Republican" },
                         { "He met Obama adviser David Axelrod on Monday.", "Obama" },
                         { "He beat former Olympic champion Michael Johnson easily.", "Olympic" },
                         { "He met his West German counterpart Manfred Woerner.", "West German" } }) do
      for _, e in ipairs(assert(verba.entities(t[1], PROPER))) do
        assert.are_not.equal(t[2] .. "/organization", e.text .. "/" .. e.type, t[1])
      end
    end
    -- first in its sentence, a word no list nor the dictionary has; not a
    -- common word, nor the family name of a person the text names in full
    assert.are.same({ "Venetton/organization", "Gerhard Berger/person" },
      texts_typed("Venetton driver Gerhard Berger said he was happy."))
    assert.are.same({ "Tom Smith/person" }, texts_typed("Rookie driver Tom Smith said so."))
    -- nor a participle (an adjective of the role)
    assert.are.same({ "Tom Rees/person" }, texts_typed("Uncapped flanker Tom Rees will start."))
    for _, e in ipairs(assert(verba.entities("It is up to Governor-elect Tom Quelvin to decide " ..
        "whether the money will be spent. Quelvin spokesman Rob Nichols did not return a call.",
        PROPER))) do
      assert.are_not.equal("organization", e.type, e.text)
    end
  end)

  it("takes a firm's suffix written with a slash into the firm's name", function()
    assert.are.same({ "Norsk Hydro A/S/organization", "Saga Petroleum A/S/organization" },
      listing("Norwegian oil companies Norsk Hydro A/S and Saga Petroleum A/S said so.", PROPER))
    assert.are.same({ "Den Danske Bank A/S/organization" },
      listing("Den Danske Bank A/S raised its rate.", PROPER))
  end)

  it("reads an organisation's word the tagger took for a person's name as an organisation", function()
    -- with the capitalised words before it, or alone after an article
    assert.are.same({ "Dairy Bureau/organization", "Tom Vale/person" },
      listing("The Dairy Bureau also urged Agriculture Secretary Tom Vale to act.", PROPER))
    assert.are.same({ "Bureau/organization" },
      listing("Exports fell 3 pct in May, the Bureau said. Imports rose.", PROPER))
  end)

  it("reads a listed organisation's name and capitalised words after it the tagger took for a place as an organisation", function()
    if not has_gazetteer then return end
    assert.are.same({ "BBC Sport/organization", "Wales/place", "England/place" },
      listing("BBC Sport unveils its new tool at the Wales v England match.", PROPER))
    -- not a building named after a firm
    assert.are.same({ "Nissan Arena/place", "Leeds/place" },
      listing("The game was played at the Nissan Arena in Leeds.", PROPER))
  end)

  it("gives a firm's suffix read as the next name's first word to the firm", function()
    -- the tagger's "Corp's Buick", after the listed General Motors
    local typed = listing("General Motors Corp's Buick said it expanded its incentives.", PROPER)
    assert.are.equal("General Motors Corp/organization", typed[1])
    assert.are.equal("Buick", typed[2]:match("^[^/]+"))
  end)

  it("takes a bracketed part before a firm's suffix into the firm's name", function()
    assert.are.same({ "Quorvane Information Systems (U.K.) Ltd/organization" },
      listing("Earlier, Quorvane Information Systems (U.K.) Ltd said it wanted to enter.", PROPER))
    -- a name the tagger gave a person, the trade in brackets, a short suffix in capitals,
    -- and "and Sons" before the brackets
    assert.are.same({ "Jarvin Flemmet (Securities) Ltd/organization", "Nick Edwards/person" },
      listing("It was said by Jarvin Flemmet (Securities) Ltd analyst Nick Edwards.", PROPER))
    assert.are.same({ "Nokko Securities Co (Deutschland) GmbH/organization" },
      listing("Shares of Nokko Securities Co (Deutschland) GmbH rose.", PROPER))
    assert.are.same({ "N.M. Rathbone and Sons (Singapore) Ltd/organization" },
      listing("They asked N.M. Rathbone and Sons (Singapore) Ltd to subscribe.", PROPER))
    -- the firm named later without its brackets and suffix
    local e = assert(verba.entities("Travix bought a hotel from Cheung Korva (Holdings) Ltd for 235 mln "
      .. "dlrs, Cheung Korva director Albert Chow said. Cheung Korva will run it.", PROPER))
    local canonical = {}
    for _, m in ipairs(e) do
      if m.text == "Cheung Korva" then canonical[#canonical + 1] = m.type .. ":" .. m.canonical end
    end
    assert.are.same({ "organization:Cheung Korva (Holdings) Ltd", "organization:Cheung Korva (Holdings) Ltd" },
      canonical)
    assert.are.equal("Sigma Minex (Quebec) Ltd", find("<SIGMA MINEX (QUEBEC) LTD> 4TH QTR NET", "SIGMA MINEX (QUEBEC) LTD").canonical)
    -- not a name in brackets after a runner's (his club), nor brackets after a common word
    assert.are.same({ "Tomlinson/person", "Newham/place", "Essex Beagles/organization" },
      listing("Tomlinson (Newham and Essex Beagles) won the race.", PROPER))
    for _, m in ipairs(assert(verba.entities("He sold the firm (Acme) Ltd to them.", PROPER))) do
      assert.are_not.equal("(Acme) Ltd", m.text)
    end
  end)

  it("leaves a compound adjective before a name out of it", function()
    assert.are.same({ "Congress/organization" },
      listing("The bill was passed by the Republican-controlled Congress.", PROPER))
    assert.are.same({ "Egmont Foundation/organization" },
      listing("It was funded by the Brussels-based Egmont Foundation.", PROPER))
    -- what is left takes the type the lists give it
    if has_gazetteer then
      assert.are.same({ "TWA/organization" }, listing("Carl C. Icahn-led TWA said so.", PROPER))
    end
    -- not a name's own compounds
    assert.are.same({ "Organisation for Economic Co-operation and Development/organization" },
      listing("He works at the Organisation for Economic Co-operation and Development.", PROPER))
  end)

  it("runs a firm's name back over an ampersand and its founder's possessive", function()
    assert.are.same({ "Standard & Poor's Corp/organization", "Marks & Spencer Plc/organization" },
      listing("The debt was cut by Standard & Poor's Corp on Monday. Marks & Spencer Plc said.", PROPER))
    -- the partnership's possessive before more words of the name
    assert.are.same({ "Standard & Poor's Ratings Group/organization" },
      listing("He said Standard & Poor's Ratings Group was reviewing its ratings.", PROPER))
    -- a founder's name the tagger read as a person's, before a firm's head too, and the firm
    -- it then names alone, its 's kept as the firm's name has it
    assert.are.same({ "Monday/date", "Halder's Inc/organization", "Halder's/organization",
                      "Brisco's Stores Inc/organization" },
      listing("On Monday, Halder's Inc named auditors. Later, Halder's said it made the filing. "
        .. "Analysts said Brisco's Stores Inc was strong.", { types = { "person", "organization", "date" } }))
    -- a one-word name the tagger read as a person's before the firm's words
    assert.are.same({ "Quinby Industries/organization" }, texts_typed("Shares of Quinby Industries rose."))
    -- a founder's full name too, unless the head word is a family name as well
    assert.are.same({ "Peter J. Danforth Foundation/organization" },
      texts_typed("The Peter J. Danforth Foundation paid for the study."))
    assert.are.same({}, listing("The estate of Marjorie Merriweather Post was sold.",
      { types = { "organization" } }))
    -- hospitals and works are organisations' heads
    assert.are.same({ "Kelvale Naval Hospital/organization", "Dunmore Locomotive Works/organization" },
      listing("She was taken to Kelvale Naval Hospital. Dunmore Locomotive Works made the engines.",
        PROPER))
    -- not a leader's name before a word for his government
    assert.are.same({ "Obama/person" },
      texts_typed("Obama Administration To Expand Program To Allow Refugees\n\nThe program will grow."))
    -- a word no mention holds before a head written out
    assert.are.same({ "Waterside Workers' Federation/organization" },
      listing("Members of the Waterside Workers' Federation struck.", PROPER))
    -- not a day's, a place's or a known person's name in the possessive, nor a name before a
    -- firm's name of its own
    assert.are.same({ "Murdoch/person", "News Corp/organization" },
      listing("Analysts said Murdoch's News Corp was strong.", PROPER))
    assert.are.same({ "Obama/person", "Council of Economic Advisers/organization", "Scotland/place" },
      listing("Members of Obama's Council of Economic Advisers met in one of Scotland's Army barracks.",
        PROPER))
    for _, e in ipairs(assert(verba.entities("The story ran in Thursday's Sun newspaper on page one."))) do
      assert.are_not.equal("Thursday's Sun", e.text)
    end
  end)

  it("reads a club's town as the team where it takes a verb in the plural", function()
    assert.are.same({ "Chester/organization", "Steve Vaughan/person" }, listing(
      "Chester have won only two of their last ten games, and chairman Steve Vaughan cannot "
        .. "sack the manager.", PROPER))
    -- a country's side stays a place; names joined by "and" make the plural together
    assert.are.same({ "England/place" }, listing("England were beaten at home.", PROPER))
    assert.are.same({ "Argentina/place", "Montana/place" },
      listing("Argentina and Montana are the only other places like this.", PROPER))
    -- a town's or a region's no club list has too
    assert.are.same({ "Yorkshire/organization" }, listing("Yorkshire have won the title again.",
      PROPER))
  end)

  it("cuts a name at a possessive inside it where the document names each part", function()
    local parts = {}
    for _, e in ipairs(assert(verba.entities("Rossi's Chelsea move rejected\n\nRossi's agent "
      .. "said he had no contact with Chelsea over the striker.", PROPER))) do
      parts[#parts + 1] = e.text
    end
    assert.are.same({ "Rossi", "Chelsea", "Rossi", "Chelsea" }, parts)
    -- names that hold a possessive stand
    assert.are.same({ "Moody's Investors Service/organization", "Moody's/organization" },
      listing("Moody's Investors Service cut the rating. Moody's said so.", PROPER))
    -- or where the first is the family name of a person named in full
    assert.are.same({ "Ross Perot/person", "Perot/person", "Reform Party/organization" },
      listing("Ross Perot spoke. Later, Perot's Reform Party said it would sue.", PROPER))
    -- not a firm named after its founder, nor after a person's name the tagger
    -- read with a common word
    assert.are.same({ "Ann Moody/person", "Moody's Investors Service Inc/organization" },
      listing("Ann Moody spoke. Moody's Investors Service Inc cut the rating.", PROPER))
    assert.are.same({ "Moody's Investors Service Inc/organization", "Ann Moody/person" },
      listing("Moody's Investors Service Inc cut the rating. Ann Moody spoke.", PROPER))
  end)

  it("reads a town's name and a capitalised plural after it as a team's or a firm's", function()
    assert.are.same({ "Dallas Cowboys/organization", "New York Jets/organization" },
      listing("The Dallas Cowboys beat the New York Jets 24-17 on Sunday.", PROPER))
    assert.are.same({ "Chicago Bulls/organization", "San Antonio Spurs/organization" },
      listing("Fans of the Chicago Bulls cheered as the San Antonio Spurs lost.", PROPER))
    -- a place the lists have whole, a country before a plural in a headline
    -- and a plural the story writes in lower case too stay as they were
    assert.are.same({ "Cayman Islands/place" }, listing("He sailed to the Cayman Islands.", PROPER))
    assert.are.same({ "U.S./place" }, listing("U.S. Officials Say Talks Went Well", PROPER))
    local games = find("BERLIN GAMES OPEN\n\nThe Berlin Games opened on Friday. Games like these " ..
      "cost a lot, and the games ran for two weeks.", "Berlin Games")
    assert.are_not.equal("organization", games and games.type)
  end)

  it("reads a town's name the tagger saw no name in and a nickname after it as a team's", function()
    if not has_gazetteer then return end
    -- (teams no list has: the major leagues' are listed, team_names.tsv)
    assert.are.same({ "Houston Comets/organization" }, listing("The Houston Comets won.", PROPER))
    assert.are.same({ "Houston Red Comets/organization", "Chris Osgood/person" },
      listing("Houston Red Comets guard Chris Osgood scored 32 points.", PROPER))
    assert.are.same({ "Houston Comets/organization" },
      listing("Houston Comets\n\nThe team won on Sunday.\n", PROPER))
    -- not a town's that is someone's name too, nor before more capitals
    assert.are_not.equal("organization", (find("\"We cannot all be Wayne Rooneys - at his age I " ..
      "was training to be an electrician,\" he said.", "Wayne Rooneys") or {}).type)
    assert.are.same({}, listing("Houston Comets Win Title", { types = { "organization" } }))
  end)

  it("takes a firm's name without its suffix later for the firm", function()
    assert.are.same({ "Dale Burdett Inc/organization", "Dale Burdett/organization" },
      listing("Dale Burdett Inc said it signed a letter of intent. Dale Burdett said the terms were " ..
        "not final.", PROPER))
  end)

  it("takes a listed firm with the suffix after it where the tagger saw no name", function()
    if not has_gazetteer then return end
    assert.are.same({ "Boeing Co/organization" }, listing("Boeing Co said it won an order.", PROPER))
    assert.are.same({ "Boeing Company/organization" }, listing("Boeing Company said it won.", PROPER))
    assert.are.same({ "Microsoft/organization" }, listing("Microsoft Windows is used.", PROPER))
  end)

  it("takes a name ending in an abbreviated head as a firm's, though Corp is a family name", function()
    assert.are.same({ "Acme Inc/organization", "Harlan Quist Corp/organization" },
      listing("Acme Inc said it has completed the acquisition of Harlan Quist Corp in a merger."))
    assert.are.same({ "Tom Banks/person" }, listing("Tom Banks spoke."))
  end)

  it("takes a name before its country in brackets, in a list of results, as a player's", function()
    local got = listing("TENNIS - RESULTS AT HAMBURG OPEN .\nHAMBURG 1996-08-30\n" ..
      "1 - Pete Sampras ( U.S. ) beat Michael Stich ( Germany ) 6-3 6-4\n" ..
      "Goran Ivanisevic ( Croatia ) beat Tim Henman ( Britain ) 7-6 ( 7-4 ) 6-2\n")
    local found = false
    for _, g in ipairs(got) do
      if g:find("^Goran Ivanisevic/") then
        found = true
        assert.are.equal("Goran Ivanisevic/person", g)
      end
    end
    assert.is_true(found)
  end)

  it("takes a name whose own is \"its\" for an organisation's", function()
    local s = "Analysts say Dravik expects its profits to rise. Dravik said on Monday that its sales fell."
    assert.are.same({ "Dravik/organization", "Dravik/organization" }, listing(s, PROPER))
    -- not where a pronoun of a person's follows it too, nor once
    assert.are.same({ "Dravik/person", "Dravik/person", "Dravik/person" },
      listing("Analysts say Dravik expects his profits to rise. Dravik said that its sales fell. " ..
        "Dravik said its unit grew.", PROPER))
    assert.are.same({ "Dravik/person", "Dravik/person" },
      listing("Analysts say Dravik expects its profits to rise. Dravik said on Monday that sales fell.",
        PROPER))
    -- nor a person a given name names
    assert.are.same({ "Tom Reed/person", "Reed/person" },
      listing("Tom Reed said its sales fell. Reed said its profits rose.", PROPER))
  end)

  it("takes an acronym the tagger read as a person's name for an organisation's", function()
    local e = assert(verba.entities("TWA also said that its chairman, Arlo Quist, is the target of a probe."))
    assert.are.same({ "TWA", "organization" }, { e[1].text, e[1].type })
    -- a family name alone in capitals too (Korn is one; KORN's shares are a firm's)
    assert.are.equal("organization", assert(verba.entities("Shares of KORN rose, KORN said."))[1].type)
  end)

  it("leaves a noun of role before a person's name out of the name", function()
    local PEOPLE = { types = { "person" } }
    -- (a role a list has as a family name too, first in its sentence)
    assert.are.same({ "Tom Wood" }, texts("Coach Tom Wood resigned on Monday.", PEOPLE))
    -- (a role a list has as a given name too: Dj)
    assert.are.same({ "Tom Wood" }, texts("The show was hosted by DJ Tom Wood.", PEOPLE))
    -- (and a family name that is a common word after the given name, which
    -- the tagger left out: the person is named so again later)
    assert.are.same({ "Mike Read", "Read" },
      texts("It was written by radio DJ Mike Read. Read said the funds would go to charity.",
        PEOPLE))
    -- (a role after a title is the office's, no family name after the title)
    assert.are.same({ "Alastair McWhirter" },
      texts("Suffolk Chief Constable Alastair McWhirter said so.", PEOPLE))
    -- (nor a name of its own where the document names someone so)
    assert.are.same({ "John Constable", "Alastair McWhirter" },
      texts("The painter John Constable lived here. Suffolk Chief Constable Alastair McWhirter " ..
        "said so.", PEOPLE))
    -- (a family name that is a role's noun, after a title alone, is the name)
    assert.are.same({ "Driver" }, texts("Mr Driver said so.", PEOPLE))
    -- (a chair: Fed Chair Janet Yellen)
    assert.are.same({ "Federal Reserve/organization", "Dana Orwell/person" },
      texts_typed("She cited Federal Reserve Chair Dana Orwell on rates."))
    -- (a title and a given name the tagger read as the end of a body's name
    -- open the person's name after them)
    assert.are.same({ "Supreme Court/organization", "Ruth Bader Kolb/person" },
      texts_typed("Supreme Court Justice Ruth Bader Kolb said so."))
  end)

  it("takes no word of grammar for a name or an acronym", function()
    local e = assert(verba.entities("The Tarvel Organization grew.\nDOW <DOW> TO OFFER NOTES\n" ..
      "ACME TO CUT COSTS"))
    for _, m in ipairs(e) do assert.are_not.equal("TO", m.text) end
    -- nor a headline's verb whose letters a name's initials spell
    assert.are.same({ "LONDON/place", "Bank of England/organization" },
      listing("RATES MAY BE CUT SOON\n\nLONDON, March 3 - The Bank of England said rates may fall.",
        PROPER))
  end)

  it("reads a firm's name that ends in and Co as one organisation", function()
    assert.are.same({ "Arlo Quist and Co/organization", "Brindle Ross & Co/organization" },
      listing("Arlo Quist and Co told the panel that Brindle Ross & Co had sued."))
  end)

  it("reads a firm's or an office's name that runs over and as one organisation", function()
    -- (the words around "and" name nothing of their own; the firm's head
    -- word, Co or Plc, comes after it; the office's "of" before it)
    assert.are.same({ "Corvel Tile and Rubber Co/organization", "Brassing and Wireless Plc/organization" },
      listing("Corvel Tile and Rubber Co sued Brassing and Wireless Plc."))
    assert.are.same({ "Department of Fisheries and Harbours/organization", "Norvania/place" },
      listing("Officials at the Department of Fisheries and Harbours in Norvania declined to comment."))
    -- two names of their own are two organisations, not one
    if has_gazetteer then
      assert.are.same({ "Toyota", "Honda Motor Co" },
        texts("Shares of Toyota and Honda Motor Co rose, analysts said."))
    end
    assert.are.same({ "Bank of England/organization", "Barclays/organization" },
      listing("The Bank of England and Barclays said nothing."))
    -- a bank's name of head words only after "and"
    assert.are.same({ "Corlan Bank and Trust Co/organization" },
      listing("Shares of Corlan Bank and Trust Co rose."))
    -- not over a person's name after a title
    assert.are.same({ "Corvan Delamor/person", "National Bank/organization", "Piet Lango/person" },
      listing("He met Economics Minister Corvan Delamor and National Bank President Piet Lango.",
        PROPER))
    -- another language's "of" after a head word (Banco di, Caisse des)
    assert.are.same({ "Banco di Varnesa/organization", "Caisse des Ormels/organization" },
      listing("They are guaranteed by Banco di Varnesa. Caisse des Ormels said so.", PROPER))
    assert.are.same({ "Banco do Varnel/organization" },
      listing("Banco do Varnel raised rates.", PROPER))
    -- and the head word before a listed firm's name (Banque | Paribas)
    if has_gazetteer then
      assert.are.same({ "Banque Paribas Capital Markets/organization" },
        listing("The lead manager, Banque Paribas Capital Markets, said so.", PROPER))
      -- the wire's parties and firms the lists name (a family name, a town's)
      assert.are.same({ "Kuomintang/organization", "KMT/organization", "Amoco/organization" },
        listing("A spokesman for the Kuomintang (KMT) said Amoco would stay.", PROPER))
      assert.are.same({ "Fine Gael/organization", "Nora Quill/person" },
        listing("New Fine Gael leader Nora Quill backed the budget.", PROPER))
      assert.are.same({ "Royal Dutch/organization", "Unilever/organization" },
        listing("Among blue chips, Royal Dutch and Unilever fell.", PROPER))
      -- (retailers and firms named after people: a family name, a town's)
      assert.are.same({ "Halliburton/organization", "J.C. Penney/organization", "Kmart/organization" },
        listing("Halliburton rose, while J.C. Penney and Kmart fell.", PROPER))
      assert.are.same({ "Deutsche Morgan Grenfell/organization", "Zajedno/organization" },
        listing("A dealer at Deutsche Morgan Grenfell said the Zajedno coalition would win.",
          PROPER))
    end
    -- a listed name written with "&" is found with "and", as the wire writes it
    if has_gazetteer then
      assert.are.same({ "Procter and Gamble/organization", "Johnson and Johnson/organization" },
        listing("Procter and Gamble sold the unit to Johnson and Johnson.", PROPER))
      -- and a listed name with "St." found with the "St" British style writes
      assert.are.same({ "Paris St Germain/organization", "St Lucia/place" },
        listing("Paris St Germain toured St Lucia in May.", PROPER))
    end
    -- a firm's abbreviated suffix ends a name before "and", and a firm's name follows
    if has_gazetteer then
      assert.are.same({ "Salomon Brothers Inc/organization", "Merrill Lynch & Co/organization" },
        listing("Economists at Salomon Brothers Inc and Merrill Lynch & Co had expected a fall.", PROPER))
    end
    -- and where a head word ends the first name and the lists have the second whole
    if has_gazetteer then
      assert.are.same({ "Varnesan Finance Ministry/organization", "Bundesbank/organization" },
        listing("Officials from the Varnesan Finance Ministry and the Bundesbank met.", PROPER))
    end
    -- and where only head words follow the "and" (Union Bank, Trust Co)
    assert.are.same({ "Varlen Inc/organization", "Union Bank/organization" },
      listing("Varlen Inc and Union Bank trade for their own accounts.", PROPER))
    -- a firm's name ends in a word of its trade the lists have as a head
    assert.are.same({ "Morvane Cement/organization", "Talbrook Tobacco/organization",
                      "Ostler Chemical/organization", "Kelvane Capital Markets/organization" },
      listing("Morvane Cement, Talbrook Tobacco and Ostler Chemical hired Kelvane Capital Markets.",
        PROPER))
    -- an acronym the wire writes after the name without brackets is a mention of its own,
    -- and the name's acronym where it stands alone
    assert.are.same({ "Vandrell Press Agency/organization", "VPA/organization", "VPA/organization" },
      listing("The official Vandrell Press Agency VPA said so. Nazer, quoted by VPA, agreed.", PROPER))
    -- not a firm's abbreviated suffix
    assert.are.same({ "Crystal Oil CO/organization" }, listing("Crystal Oil CO said so.", PROPER))
    -- an acronym alone before "and" is a name of its own
    assert.are.same({ "ASA/organization", "National Soybean Processors Association/organization",
      "NSPA/organization" },
      listing("The ASA and National Soybean Processors Association (NSPA) delegations met."))
    -- two organisations' names over "and the", each by its head word
    assert.are.same({ "American Medical Association/organization",
      "American College of Surgeons/organization" },
      listing("It was backed by the American Medical Association and the American College of Surgeons."))
    -- and where the tagger ran one name over both, the office's after "and" that goes on
    -- over an "and" of its own
    assert.are.same({ "Dental Nurses Association/organization",
      "College of Oral Surgeons and Hygienists/organization" },
      listing("A study by the Dental Nurses Association and the College of Oral Surgeons and "
        .. "Hygienists was published.", PROPER))
    -- an addressee the tagger ran on into the subject of the clause told, "that" left out
    assert.are.same({ "Reuters/organization", "Chile/place", "AFP/organization", "Peru/place",
      "BBC Newcastle/organization" },
      listing("An official told Reuters Chile would cut tariffs. Another told AFP Peru had agreed. "
        .. "The mayor told BBC Newcastle on Monday that he would stay.", PROPER))
    -- a name headed before "of" after "and", after "the" or after another such name
    assert.are.same({ "Ministry of Finance/organization", "Bank of Tokyo/organization" },
      listing("He said the Ministry of Finance and the Bank of Tokyo would act.", PROPER))
    assert.are.same({ "Trade Ministry/organization", "Bank of Quelvar/organization" },
      listing("A survey by the Trade Ministry and the Bank of Quelvar showed it.", PROPER))
    assert.are.same({ "Ministry of Trade and Industry/organization" },
      listing("The Ministry of Trade and Industry said so.", PROPER))
    -- but a bank "and Trust" is one
    assert.are.same({ "Varnel Savings Bank and Trust of Corlan/organization" },
      listing("The Varnel Savings Bank and Trust of Corlan said so.", PROPER))
  end)

  it("reads a name the lists have whole over \"and\" as one", function()
    if not has_gazetteer then return end
    -- (the lists write it with "&")
    assert.are.same({ "Bosnia and Herzegovina/place" },
      listing("Troops left Bosnia and Herzegovina on Monday.", PROPER))
    -- but two countries the lists have so too are two, and a longer name stays whole
    assert.are.same({ "England/place", "Wales/place" },
      listing("Prisons in England and Wales are full.", PROPER))
    assert.are.same({ "U.S. Securities and Exchange Commission/organization" },
      listing("The U.S. Securities and Exchange Commission said so.", PROPER))
    assert.are.same({ "Cable and Wireless Plc/organization" },
      listing("Shares of Cable and Wireless Plc fell.", PROPER))
  end)

  it("splits a name the tagger ran over \"for\" into another name", function()
    -- a club the lists know, after a league's name
    if has_gazetteer then
      assert.are.same({ "Premier League/organization", "Chelsea/organization" },
        listing("He played three seasons in the Premier League for Chelsea.", PROPER))
      assert.are.same({ "Republican Party/organization", "Hillary Clinton/person" },
        listing("The Republican Party for Hillary Clinton was a joke.", PROPER))
    end
    -- an acronym after a firm's abbreviation
    assert.are.same({ "Varnel Airlines Inc/organization", "FAA/organization" },
      listing("Approval from Varnel Airlines Inc for FAA approval was sought.", PROPER))
    -- not the words of an organisation's purpose, nor a place
    assert.are.same({ "Court of Arbitration for Sport/organization" },
      listing("He appealed to the Court of Arbitration for Sport.", PROPER))
    assert.are.same({ "Commission for Africa/organization" },
      listing("The Commission for Africa met.", PROPER))
    -- a place the lists have before "for": the rest is a name of its own
    assert.are.same({ "U.S./place", "Computer Network Technology/organization" },
      listing("Exports from the U.S. for Computer Network Technology rose.", PROPER))
  end)

  it("takes the capitalised words the model left out before an organisation's head word", function()
    assert.are.same({ "Swire Pacific Ltd/organization" }, listing("Sales at Swire Pacific Ltd rose."))
    -- not a compound that ends in lower case
    assert.are.same({ "Trans World Airlines Inc" }, texts("The Icahn-controlled Trans World Airlines Inc said so."))
    -- a known word opening the sentence, where a firm's suffix ends the name
    assert.are.same({ "International Varco Co/organization" },
      listing("International Varco Co said sales rose.", PROPER))
    assert.are.same({ "Continental Quarn Corp/organization" },
      listing("Continental Quarn Corp said sales rose.", PROPER))
    -- a title's word too (General Host Corp); not an abbreviated title or a role
    assert.are.same({ "General Quarn Corp/organization" },
      listing("General Quarn Corp said sales rose.", PROPER))
    assert.are.same({ "Varco Corp/organization" }, listing("Analysts Varco Corp said so.", PROPER))
    -- but a word that opens sentences, or a verb's form
    assert.are.same({ "Varco Corp/organization" }, listing("Yesterday Varco Corp said so.", PROPER))
    assert.are.same({ "Varco Corp/organization" }, listing("Called Varco Corp, it grew.", PROPER))
    -- a movement's or a front's name, though a people's word opens it
    assert.are.same({ "Vuk Draskovic/person", "Serbian Renewal Movement/organization" },
      listing("Vuk Draskovic of the Serbian Renewal Movement said the government had closed it.",
        PROPER))
    assert.are.same({ "Quarnist Salvation Front/organization" },
      listing("Leaders of the Quarnist Salvation Front met.", PROPER))
    -- not a war's front, a place
    assert.are.same({ "Western Front/place" }, listing("Soldiers on the Western Front died.", PROPER))
    -- nor a headline's possessive pronoun in title case
    assert.are.same({}, listing("Supremacists Capitalize On Zarvo To Expand Their Movement.\n\n" ..
      "The rally was held on Friday.", { types = { "organization" } }))
  end)

  it("runs a firm's name on past a head word to a later one", function()
    assert.are.same({ "Varnel Technologies International Inc/organization" },
      listing("Shares of Varnel Technologies International Inc rose.", PROPER))
    assert.are.same({ "Odrin Mining and Investment Co Ltd/organization" },
      listing("Terms were set, Odrin Mining and Investment Co Ltd said.", PROPER))
    -- "and" after a firm's suffix, or between two of the same head, joins two firms
    assert.are.same({ "Tarvo Marine Corp/organization", "Harbour Industries Inc/organization" },
      listing("It bought Tarvo Marine Corp and Harbour Industries Inc on Monday.", PROPER))
    assert.are.same({ "Corvel Bank/organization", "Canal Bank/organization" },
      listing("He named Corvel Bank and Canal Bank as lenders.", PROPER))
  end)

  it("reads firms' names that end in a word of a trade as organisations", function()
    assert.are.same({ "Bre-X Minerals/organization", "Colonial Realty/organization",
      "Quarno Mines/organization" },
      listing("It said Bre-X Minerals, Colonial Realty and Quarno Mines would merge.", PROPER))
  end)

  it("reads exchanges, funds, journals and administrations by their head words", function()
    assert.are.same({ "Corvane Freight Futures Exchange/organization", "CFFE/organization" },
      listing("Members of the Corvane Freight Futures Exchange (CFFE) will vote."))
    -- only a firm's head joins the name before "and" (Arlo Quist and Co)
    assert.are.same({ "Reagan" }, texts("He said Reagan and Administration officials would go on."))
  end)

  it("takes the place after a head word's of into the organisation's name", function()
    assert.are.same({ "Bank of Hawaii/organization" },
      listing("It made a bid with the Bank of Hawaii for the plant."))
    -- after an abbreviated head, the place is where the firm is
    assert.are.same({ "Tarvo Corp/organization", "Tokyo/place" },
      listing("Tarvo Corp of Tokyo said sales rose."))
  end)

  it("takes the words after of into an organisation's name the tagger ended before it", function()
    assert.are.same({ "London Chamber of Commerce/organization" },
      listing("The London Chamber of Commerce said so.", PROPER))
    -- not a place alone, which may say where the firm is, nor a title before a given name
    assert.are.same({ "LG Electronics/organization", "South Korea/place" },
      listing("LG Electronics of South Korea showed a phone.", PROPER))
    assert.are.same({ "Council of Economic Advisers/organization", "Beryl Sprinkel/person" },
      listing("The Council of Economic Advisers Chairman Beryl Sprinkel said so.", PROPER))
    -- or before a name no dictionary has
    assert.are.same({ "Council of Economic Advisers/organization", "Chavrit Yongsakul/person" },
      listing("The Council of Economic Advisers Chairman Chavrit Yongsakul said so.", PROPER))
    -- nor a party's leader, two such words after its of
    assert.are.same({ "New Aspiration Party/organization", "Chavalit Yongchaiyudh/person" },
      listing("The New Aspiration Party of Chavalit Yongchaiyudh is expected to lead the next " ..
        "government .", PROPER))
    -- a title inside the name is the name's
    assert.are.same({ "Association of Chief Police Officers/organization" },
      listing("The Association of Chief Police Officers has issued guidance.", PROPER))
    -- chambers of commerce in the plural, and a second "of" after an organisation's head
    assert.are.same({ "Brelish Chambers of Commerce/organization", "BCC/organization" },
      listing("The Brelish Chambers of Commerce (BCC) said it was concerned.", PROPER))
    assert.are.same({ "Association of Chambers of Commerce/organization" },
      listing("The Association of Chambers of Commerce agreed.", PROPER))
    -- but a family name
    assert.are.same({ "John Chambers/person", "Cisco/organization" },
      listing("John Chambers of Cisco said so.", PROPER))
  end)

  it("parts a place or a firm in the possessive from the name after it", function()
    assert.are.same({ "Japan/place", "Ministry of Fisheries/organization" },
      listing("Officials at Japan's Ministry of Fisheries said quotas would hold."))
    -- also before a name spelled out by its acronym in brackets
    assert.are.same({ "Japan/place", "Ministry of Fisheries and Oceans/organization", "MFO/organization" },
      listing("Japan's Ministry of Fisheries and Oceans (MFO) said quotas would hold."))
    -- and what is left of the tagger's name is no one's where it is an office's words
    assert.are.same({ "Britain/place", "Nigel Lawson/person" },
      listing("Britain's Chancellor of the Exchequer Nigel Lawson presented his budget.", PROPER))
    assert.are.same({ "Britain/place", "Geoffrey Howe/person" },
      listing("Britain's Foreign Secretary Geoffrey Howe spoke.", PROPER))
    -- a firm named after someone keeps its possessive
    assert.are.same({ "McDonald's Corp/organization" }, listing("Shares of McDonald's Corp rose."))
  end)

  it("reads the name between \"a\" and a role as the body the person works for", function()
    if not has_gazetteer then return end
    assert.are.same({ "Harvel-Dastin/organization" },
      listing("A Harvel-Dastin spokeswoman said timelines would change.", PROPER))
    assert.are.same({ "Quorvex/organization" }, listing("He is a Quorvex analyst.", PROPER))
    -- not a place, a people, a compound in lower case, nor common words alone
    assert.are.same({ "Tokyo/place" }, listing("A Tokyo dealer said so.", PROPER))
    assert.are.same({}, listing("He is a Washington-based reporter.", { types = { "organization" } }))
    assert.are.same({}, listing("She is a Cold War historian.", { types = { "organization" } }))
  end)

  it("reads the names coordinated after a workplace's as workplaces too", function()
    assert.are.same({ "Loewen Ondaatje McCutcheon/organization", "Nesbitt Burns/organization" },
      listing("Analysts at Loewen Ondaatje McCutcheon and Nesbitt Burns said the stock was fully valued.",
        PROPER))
    assert.are.same({ "Barclays/organization", "Warburg Dillon/organization", "Kelvane Ostrow/organization" },
      listing("Economists at Barclays, Warburg Dillon and Kelvane Ostrow expect a cut.", PROPER))
    -- not a person's name that opens with a given name
    assert.are.same({ "Acme/organization", "John Smith/person" },
      listing("Analysts at Acme and John Smith said so.", PROPER))
  end)

  it("reads the name after what only an organisation has and \"of\", or after \"a company called\", as an organisation's", function()
    if not has_gazetteer then return end
    assert.are.same({ "Jason Kingsley/person", "Rebellion/organization" },
      listing("Jason Kingsley, chief executive of Rebellion, said the change was hard.", PROPER))
    assert.are.same({ "Velmaro/organization" },
      listing("The shareholders of Velmaro said no on Tuesday.", PROPER))
    assert.are.same({ "Akamai/organization" },
      listing("The campaign used a company called Akamai that helps websites.", PROPER))
    -- not a person's full name, a people, a title, a name that goes on, a verb "named"
    assert.are.same({ "Tony Blair/person" },
      listing("He is the chairman of Tony Blair's campaign.", PROPER))
    assert.are.same({}, listing("It sold shares of Class A stock.", PROPER))
    assert.are.same({ "Crime Control Inc/organization", "Hawley Group Ltd/organization" },
      listing("Crime Control Inc said a subsidiary of Hawley Group Ltd will buy assets.", PROPER))
  end)

  it("reads an acronym the lists have as a place only in small letters as an organisation's", function()
    if not has_gazetteer then return end
    -- Ba is a region of Fiji and Gao a town in Mali; BA and the GAO are bodies
    assert.are.same({ "Rod Eddington/person", "BA/organization", "BA/organization" },
      listing("Rod Eddington, BA's chief executive, said BA would cut fares.", PROPER))
    assert.are.same({ "GAO/organization" }, listing("A report by the GAO was released.", PROPER))
    -- not an acronym the lists have in capitals, a region after its town's comma, a time zone
    assert.are.same({ "LA/place", "US/place" }, listing("He flew to LA and then to the US.", PROPER))
    assert.are.same({ "Spokane/place", "WA/place" }, listing("The fire was near Spokane, WA last night.", PROPER))
    assert.are.same({}, listing("The data is due at 1500 hrs EST today.", PROPER))
    -- nor one in a line of capitals, where every word is written so
    assert.are.same({ "GAO/place" }, listing("STORMS HIT GAO\n\nThe town was flooded.", PROPER))
  end)

  it("reads an acronym the lists have as a person's name only in small letters as an organisation's", function()
    if not has_gazetteer then return end
    -- Emi is a given name; EMI a music group
    assert.are.same({ "EMI/organization" },
      listing("Music group EMI said on Thursday its music division had signed the band .", PROPER))
    -- not after a title, nor in a longer name
    assert.are.same({ "LEE/person" }, listing("Mr. LEE said so .", PROPER))
    assert.are.same({ "LEE Kuan Yew/person" }, listing("LEE Kuan Yew said so .", PROPER))
  end)

  it("reads an acronym the lists have capitalised, as British style writes one said as a word", function()
    if not has_gazetteer then return end
    assert.are.same({ "Nato/organization", "Opec/organization", "Unicef/organization" },
      listing("Nato troops guarded Opec officials and Unicef staff.", PROPER))
    assert.are.same({ "Stam/person", "Uefa/organization" },
      listing("Stam told Uefa's magazine he was settled.", PROPER))
    -- in capitals as before; a capitalised given name the capitals spell
    -- (MENA, a news agency) stays a person's
    assert.are.same({ "NATO/organization" }, listing("NATO met.", PROPER))
    assert.are.same({ "Antonio Ortiz Mena/person", "Mena/person" },
      listing("Antonio Ortiz Mena spoke. Mena said lending rose.", PROPER))
    -- one no list has, capitalised, of a name the document spells out
    assert.are.same({ "Scottish Rural Estates Agency/organization", "Srea/organization" },
      listing("The Scottish Rural Estates Agency fined the firm. The Srea report was published.",
        PROPER))
  end)

  it("reads the name after \"shares of\", \"a stake in\", \"a bid for\" and the like as a firm's", function()
    if not has_gazetteer then return end
    assert.are.same({ "Norvecros/organization" },
      listing("It held 850,000 shares in Norvecros, or 0.7 pct.", PROPER))
    -- and after "a stake in", a takeover or an acquisition of, a bid for, a merger with
    assert.are.same({ "Corvella/organization" },
      listing("It agreed to buy Alfa's stake in Corvella, the brewer.", PROPER))
    assert.are.same({ "Schulvane/organization", "Trelco/organization" },
      listing("After the acquisition of Schulvane it made a bid for Trelco.", PROPER))
    -- and one word in the possessive before a firm's board, shares or subsidiary
    assert.are.same({ "Quelvane/organization" }, listing("Quelvane's board met.", PROPER))
    -- and before its chief executive, chairman, profits, earnings or headquarters
    -- (data/en/other/firm_parts.tsv), a word the tagger takes for a person's name too
    assert.are.same({ "Dravosk/organization" },
      listing("Dravosk's chief executive said the results were good.", PROPER))
    assert.are.same({ "Velmaro/organization" }, listing("Velmaro's profits rose by half.", PROPER))
    assert.are.same({ "Yukos/organization" }, listing("Yukos's chairman resigned.", PROPER))
    -- or its founder (no person has one), after a word of grammar opening the sentence too
    assert.are.same({ "Yukos/organization", "Mikhail Khodorkovsky/person" },
      listing("Since Yukos' founder, Mikhail Khodorkovsky, was arrested, shares fell.", PROPER))
    assert.are.same({ "Rome/place", "Romulus/person" },
      listing("Rome's founder was Romulus.", PROPER))
    -- its 's written apart, as tokenised text has it
    assert.are.same({ "Korvan/organization" }, listing("He said Korvan 's shares fell .", PROPER))
    -- not what a person has as well
    assert.are.same({ "Tony Blair/person", "Blair/person" },
      listing("Tony Blair spoke. Blair's chief of staff resigned.", PROPER))
    -- not a place, nor common words alone
    assert.are.same({ "Tokyo/place" }, listing("Shares in Tokyo fell.", PROPER))
    assert.are.same({}, listing("He sold shares of Class B stock.", { types = { "organization" } }))
    -- a name no dictionary has right before such a noun owns it too
    assert.are.same({ "Dravosk/organization", "Halvin Krane/person" },
      listing("Analysts said Dravosk chief executive Halvin Krane would go.", PROPER))
    assert.are.same({ "Quelvane/organization", "Quelvane/organization" },
      listing("He said Quelvane shares fell. Quelvane declined to comment.", PROPER))
    -- and such a name joined to it by "and", not a person's or a place's
    assert.are.same({ "Dravosk/organization", "Quelvane/organization" },
      listing("Dravosk and Quelvane shares led gains.", PROPER))
    assert.are.same({ "Mexico/place", "Quelvane/organization" },
      listing("Mexico and Quelvane shares led gains.", PROPER))
    -- not a verb before its object, a month, a word the dictionary has, or after an article
    assert.are.same({}, listing("He said Dravosk shares his view.", { types = { "organization" } }))
    -- nor the family name of a person the story names in full, outside a line in capitals
    assert.are.same({ "Quelvane/person", "Akron/place", "Peter Quelvane/person", "England/place" },
      listing("Quelvane shares lead at Akron. Peter Quelvane of England shot a 65.", PROPER))
    local headlined = listing(
      "PETER QUELVANE HAS 51 PCT OF DRAVOSK\n\nLONDON - Quelvane shares fell on Friday.", PROPER)
    assert.are.equal("Quelvane/organization", headlined[#headlined])
    assert.are.same({}, listing("He said February turnover rose.", { types = { "organization" } }))
    assert.are.same({}, listing("Existing shareholders will vote.", { types = { "organization" } }))
    assert.are.same({}, listing("It will train the Dravoskan workforce.", { types = { "organization" } }))
  end)

  it("reads a name before a share's price move as the firm's", function()
    if not has_gazetteer then return end
    -- (a family name, a town's name: whatever the tagger made of it)
    assert.are.same({ "Hanson/organization" },
      listing("Dealers said Hanson gained 3p to 126p.", PROPER))
    assert.are.same({ "Bethlehem/organization" },
      listing("Among steels, Bethlehem rose 7/8 to 19-1/4 in active trade.", PROPER))
    assert.are.same({ "Southwest/organization" },
      listing("Shares in Southwest fell 65 cents to $14.35 on Friday.", PROPER))
    -- not a preposition's object, an index's points or a country's trade
    assert.are.same({ "London/place" },
      listing("Crude oil in London gained $1.32 to $44.45.", PROPER))
    assert.are.same({ "Latin America/place" },
      listing("The deficit with Latin America rose 900 mln dlrs to 2.6 billion dlrs.", PROPER))
    assert.are.same({ "Bethlehem/place" },
      listing("In Bethlehem, the index rose 31.87 points to 711.27.", PROPER))
  end)

  it("takes a listed organisation that is a common word too before a title and a name", function()
    if not has_gazetteer then return end
    assert.are.same({ "Fed/organization", "Alan Greenspan/person" },
      listing("Fed Chairman Alan Greenspan spoke.", PROPER))
    assert.are.same({ "Treasury/organization", "James Baker/person" },
      listing("It wrote to Treasury Secretary James Baker.", PROPER))
    -- not before a role in lower case, nor alone opening a sentence
    assert.are.same({}, listing("Total general receipts rose.", { types = { "organization" } }))
    assert.are.same({}, listing("Fed up, they left.", { types = { "organization" } }))
  end)

  it("finds a name the lists write in capitals in the possessive", function()
    if not has_gazetteer then return end
    assert.are.same({ "EU/organization", "IBM/organization", "UK/place" },
      listing("The EU's budget grew as IBM's profit rose and the UK's envoy left.", PROPER))
    assert.are.same({ "EU/organization" }, listing("The EU\226\128\153s budget grew.", PROPER))
    -- not a title's, which the lists also write in capitals
    assert.are.same({}, listing("MP's shock at long lost daughter", PROPER))
  end)

  it("gives a name split off at and what the lists say of it", function()
    if not has_gazetteer then return end
    assert.are.same({ "Paris Club/organization", "Argentina/place", "Brazil/place" },
      listing("It opened talks with the Paris Club and Argentina and Brazil."))
  end)

  it("keeps the article of a place the lists write with it", function()
    assert.are.same({ "The Hague/place" }, listing("He works at the court in The Hague."))
  end)

  it("finds a listed name with its possessive written apart, as tokenised text has it", function()
    assert.are.same({ "Kurdistan Workers ' Party/organization", "PKK/organization" },
      listing("A spokesman for the Kurdistan Workers ' Party ( PKK ) said so .", PROPER))
    assert.are.same({ "China/place", "People 's Liberation Army/organization" },
      listing("China 's People 's Liberation Army held exercises .", PROPER))
    -- a firm's name with its 's
    assert.are.same({ "Standard & Poor 's/organization" },
      listing("Standard & Poor 's cut the rating .", PROPER))
    -- one word's too, whatever the tagger made of the word alone
    assert.are.same({ "Moody 's/organization", "McDonald 's/organization" },
      listing("Moody 's cut the rating . McDonald 's sales rose .", PROPER))
    assert.are.same({ "Tom Moody/person" }, listing("Tom Moody 's car was red .", PROPER))
    -- a listed name of two words, the first with its 's (four tokens)
    assert.are.same({ "People 's Daily/organization" },
      listing("The official People 's Daily said so .", PROPER))
    -- and a place's possessive is no part of the place
    assert.are.same({ "Budapest/place" },
      listing("He organised the transport of Budapest 's Jews .", PROPER))
    -- the members' plural and the founder before a head word, as with the 's against it
    assert.are.same({ "Eritrean People 's Liberation Front/organization" },
      listing("The Eritrean People 's Liberation Front said so .", PROPER))
    assert.are.same({ "Metal Workers ' National Pension Fund/organization" },
      listing("The Metal Workers ' National Pension Fund paid .", PROPER))
    assert.are.same({ "Standard & Poor 's Ratings Group/organization" },
      listing("Standard & Poor 's Ratings Group said .", PROPER))
    -- and the founder's name alone is the firm's, its 's kept
    assert.are.same({ "Foster 's Group/organization", "Foster 's/organization", "Foster 's/organization" },
      listing("It rejected an offer from brewing giant Foster 's Group . Foster 's said it would " ..
        "return . Foster 's shares fell . Foster 's Lager sells .", PROPER))
    -- but a listed name's possessive is no part of it
    assert.are.same({ "BBC/organization" }, listing("The BBC 's reporter said so .", PROPER))
  end)

  it("runs an organisation's name on after its of over capitalised common words", function()
    assert.are.same({ "Australian Centre for Control of Iodine Deficiency Disorders/organization" },
      listing("He led the Australian Centre for Control of Iodine Deficiency Disorders for years."))
  end)

  it("splits two organisations joined by and", function()
    assert.are.same({ "Harwick Library/organization", "Denmore University/organization" },
      listing("Staff of the Harwick Library and Denmore University met."))
  end)

  it("leaves a known place ending in such a word a place", function()
    assert.are.same({ "Soviet Union/place" }, listing("The Soviet Union fell."))
  end)

  it("takes the first word of such a name for the organisation later on", function()
    local e = assert(verba.entities("Shares of Brindlemoor Holdings Ltd fell on Monday. " ..
      "Brindlemoor said profits would fall. The board of Brindlemoor met."))
    assert.are.same({ "Brindlemoor Holdings Ltd", "Monday", "Brindlemoor", "Brindlemoor" },
      { e[1].text, e[2].text, e[3].text, e[4].text })
    assert.are.same({ "organization", "organization", "organization" }, { e[1].type, e[3].type, e[4].type })
    assert.are.equal(e[1].id, e[3].id)
    assert.are.equal(e[1].id, e[4].id)
    -- a people is not the organisation its name opens
    assert.are.same({ "British Library/organization", "British/group" },
      listing("Staff of the British Library met. British officials agreed."))
  end)

  it("parts an office's place or organisation from the person who holds it", function()
    if not has_gazetteer then return pending("the built-in gazetteer is not there") end
    assert.are.same({ "Washington/place", "Chris Gregoire/person" },
      listing("In a statement, Governor of Washington Chris Gregoire said it was good."))
    assert.are.same({ "Texas/place", "Greg Abbott/person" },
      listing("The Governor of Texas Greg Abbott signed it."))
    -- over a title; a title after the name or alone is none of it
    assert.are.same({ "Labour/organization", "Jo Cox/person", "Frank Field/person" },
      listing("The Labour MP Jo Cox met Frank Field MP. The MP agreed."))
    -- nor its plural (MPs)
    assert.are.same({ "Tory/group" }, listing("Tory MPs were angry."))
    -- an office no list has before a title and a full name (Justice is a
    -- given name too)
    assert.are.same({ "Brooklyn Supreme Court/organization", "Frank Nervo/person", "Nervo/person" },
      listing("Brooklyn Supreme Court Justice Frank Nervo ruled on Monday. Nervo wrote that the papers stay sealed.",
        PROPER))
    -- a given name inside an organisation's name is no person's
    assert.are.same({ "West German Federation of Banks/organization" },
      listing("The president of the West German Federation of Banks spoke."))
  end)

  it("keeps a country or region that opens an organisation's name a place of its own", function()
    local s = "The U.S. Department of Agriculture warned farmers. Prices in the U.S. fell."
    local office, country = find(s, "U.S. Department of Agriculture"), find(s, "U.S.")
    assert.are.equal("organization", office.type)
    assert.are.equal("place", country.type)
    assert.are_not.equal(office.id, country.id)
    assert.are.equal("U.S.", country.canonical)
    -- nor is a place that a country opens, written after the country
    s = "Visitors came from the U.S. and abroad. The U.S. Space and Rocket Center opened."
    country, office = find(s, "U.S."), find(s, "U.S. Space and Rocket Center")
    assert.are_not.equal(office.id, country.id)
    assert.are.same({ "U.S.", "U.S. Space and Rocket Center" }, { country.canonical, office.canonical })
    -- a firm named after a town is still called by the town's name
    local e = assert(verba.entities("Shares of Ashland Oil Inc rose. Ashland said profits would rise."))
    assert.are.same({ "Ashland Oil Inc", "Ashland" }, { e[1].text, e[2].text })
    assert.are.equal(e[1].id, e[2].id)
    assert.are.equal("organization", e[2].type)
  end)

  it("types a name ending in a firm's abbreviation an organisation, a list of surnames aside", function()
    assert.are.same({ "McDonnell Douglas Corp/organization" },
      listing("It will provide a simulator for McDonnell Douglas Corp's jets."))
  end)

  it("reads a firm's whole name in a headline in capitals, CORP and a first word of its own", function()
    assert.are.same({ "CELVANA FINANCIAL CORP/organization" },
      listing("CELVANA FINANCIAL CORP <CELNA> 4TH QTR NET\nShr profit 1.49 dlrs.", PROPER))
    assert.are.same({ "APPLIED SOLVAR ENERGY CORP/organization" },
      listing("APPLIED SOLVAR ENERGY CORP <SOLR> 1ST QTR NET\nShr profit 9 cts.", PROPER))
    -- not over a word of grammar, but over a connector
    assert.are.same({ "ESKA CORP/organization" },
      listing("UNIT TAKES STAKE IN ESKA CORP\nThe deal was done.", { types = { "organization" } }))
    assert.are.same({ "WILLVOX AND GIBBS INC/organization" },
      listing("WILLVOX AND GIBBS INC <WG> 4TH QTR NET\nShr 9 cts.", { types = { "organization" } }))
  end)

  it("takes a head word of organisations before \"for\" and capitalised words for one name", function()
    assert.are.same({ "Center for Economic and Policy Research/organization" },
      listing("A report by the progressive Center for Economic and Policy Research found it.", PROPER))
    assert.are.same({ "Council for Mutual Economic Assistance/organization" },
      listing("The Council for Mutual Economic Assistance met.", PROPER))
    -- over an article in lower case, and a forum's name
    assert.are.same({ "Center for the Study of Quelvan Democracy/organization" },
      listing("The Center for the Study of Quelvan Democracy said so.", PROPER))
    assert.are.same({ "Forum for the Future/organization" },
      listing("A report from the Forum for the Future found that.", PROPER))
    -- and "of the" before more of its words, not before another organisation's name
    assert.are.same({ "Movement for the Survival of the Quelvan People/organization", "MOSQP/organization" },
      listing("The Movement for the Survival of the Quelvan People ( MOSQP ) said so .", PROPER))
    assert.are.same({ "Centre for Quelvan Research/organization", "Federal Institute of Technology/organization" },
      listing("The Centre for Quelvan Research of the Federal Institute of Technology said so.", PROPER))
    assert.are.same({ "Tarvish Economic Forum/organization" },
      listing("The Tarvish Economic Forum met.", PROPER))
    -- not a name cut before a word it could not take (America, a place's word the lists
    -- have; Labour, a party's), or before an organisation's noun
    assert.are.same({ "UN Economic Commission for Latin America/organization" },
      listing("The UN Economic Commission for Latin America said growth slowed.", PROPER))
    for _, s in ipairs({ "The Institute for the Study of Labour said so.",
                         "It was done by the Agency for the Joint Economic committee, which released it." }) do
      for _, e in ipairs(assert(verba.entities(s, PROPER))) do
        assert.are_not.equal("Institute for the Study", e.text, s)
        assert.are_not.equal("Agency for the Joint Economic", e.text, s)
      end
    end
    -- not a purpose's "for" before an article, nor before a listed name after one
    for _, s in ipairs({ "The poll was conducted by Edison Research for The Associated Press.",
                         "The poll was conducted by Edison Research for the Associated Press." }) do
      for _, e in ipairs(assert(verba.entities(s, PROPER))) do
        assert.is_nil(e.text:find(" for ", 1, true), s .. ": " .. e.text)
      end
    end
  end)

  it("takes the words before a stock ticker in angle brackets for its firm", function()
    assert.are.same({ "TAVRO/organization" },
      listing("TAVRO <TFB> GETS BID\nThe board met.", PROPER))
    assert.are.same({ "Swissvar/organization", "Gelvan/organization" },
      listing("Swissvar <SWSZ.Z> rose, and Gelvan <GLV> fell.", PROPER))
    -- back to a word of grammar only; the ticker itself is no person
    assert.are.same({ "BALLVO/organization" },
      listing("UNIT TO SELL STAKE IN BALLVO <BLY>\nIt did.", PROPER))
    for _, e in ipairs(assert(verba.entities("REXNOLD <REX> BUYS UNIT\nIt did.", PROPER))) do
      assert.are.equal("organization", e.type, e.text)
    end
  end)

  it("takes other languages' firm suffixes and the heads of carriers' and sellers' names", function()
    assert.are.same({ "Vandrel AB/organization", "Ostrom NV/organization", "Tellaro SpA/organization" },
      listing("Vandrel AB said it bought Ostrom NV and a stake in Tellaro SpA.", PROPER))
    assert.are.same({ "Eastmore Air Lines/organization", "Glendale Railroad/organization",
      "Lucky Stores/organization" },
      listing("Eastmore Air Lines, Glendale Railroad and Lucky Stores were fined.", PROPER))
    -- not "SA", South Africa's too, alone
    for _, e in ipairs(assert(verba.entities("Sales in SA rose.", PROPER))) do
      assert.are_not.equal("organization", e.type, e.text)
    end
  end)

  it("leaves a compound in lower case before a firm's name out of it", function()
    assert.are.same({ "Very Competitive Computer Holdings Ltd/organization" },
      listing("Buyers include Taiwan-based Very Competitive Computer Holdings Ltd and others.", PROPER))
    assert.are.same({ "Versatile Noble Cultivators Co/organization" },
      listing("It sold it to Alberta-based Versatile Noble Cultivators Co last year.", PROPER))
  end)

  it("takes the firm's name before a country and a firm's abbreviation into a national unit", function()
    if not has_gazetteer then return end
    assert.are.same({ "Cargill U.K. Ltd/organization", "Nestle U.S.A. Inc./organization" },
      listing("Talks at Cargill U.K. Ltd's plant resumed, a spokesman for Nestle U.S.A. Inc. said."))
    assert.are.same({ "Morgan Grenfell Australia Ltd/organization" },
      listing("Morgan Grenfell Australia Ltd leads the issue."))
    -- not over a word of grammar, nor across a sentence
    assert.are.same({ "U.K. Ltd/organization" }, listing("In U.K. Ltd news, shares fell."))
    assert.are.same({ "John Smith/person", "Canada Inc/organization" },
      listing("We met John Smith. Canada Inc rose.", PROPER))
  end)

  it("types a one-word name in camel case an organisation, a person's prefixes aside", function()
    assert.are.same({ "BankAmerica/organization", "EgyptAir/organization" },
      listing("BankAmerica said it expects a profit. EgyptAir said the flight was late.", PROPER))
    -- the patronymic prefixes and particles of people's names
    assert.are.same({ "Bill FitzGerald/person", "Doug MacArthur/person", "Jim VandeHei/person" },
      listing("Bill FitzGerald met Doug MacArthur and Jim VandeHei.", PROPER))
  end)

  it("takes a name of one word before what only a firm has for the firm", function()
    for _, t in ipairs({ { "Walden chief executive Tamsin Roe said so.", "Walden" },
                         { "Analysts said the Hughes board met on Monday.", "Hughes" } }) do
      local e = find(t[1], t[2])
      assert.are.equal("organization", e and e.type, t[1])
    end
  end)

  it("takes an unknown word after a noun of organisations for the organisation", function()
    if not has_gazetteer then return end
    assert.are.same({ "Atomstroieksport/organization" },
      listing("The deal with nuclear fuel company Atomstroieksport was signed.", PROPER))
    -- and after a noun for what a firm is of another, not "part" or "arm"
    assert.are.same({ "Drevask/organization" },
      listing("It cut jobs at its aerospace unit Drevask after a loss.", PROPER))
    assert.are.same({}, listing("The northern arm Qorvale was cut off.", PROPER))
    -- not after a kind of place, nor after a verb's "to"
    assert.are.same({}, listing("They moved to his native city Qarvash last year.", PROPER))
    assert.are.same({}, listing("They voted to fund Zorvik research.", PROPER))
  end)

  it("knows the parties and armed groups of the wire's news, in its spellings", function()
    if not has_gazetteer then return end
    assert.are.same({ "Taleban/organization", "Jalalabad/place" },
      listing("The Taleban militia captured Jalalabad on Wednesday.", PROPER))
    assert.are.same({ "KLA/organization", "HDZ/organization", "Herri Batasuna/organization" },
      listing("Leaders of the KLA, the HDZ and Herri Batasuna met.", PROPER))
  end)

  it("takes the name before or the acronym after \"news agency\" for the agency", function()
    if not has_gazetteer then return end
    assert.are.same({ "SRNA/organization" },
      listing("Serb villages were shelled, SRNA news agency reported.", PROPER))
    assert.are.same({ "Vortan/organization", "QRNA/organization" },
      listing("The Vortan agency and the official news agency QRNA said so.", PROPER))
    -- an acronym that opens a listed phrase too (MTI)
    assert.are.same({ "MTI/organization", "Hungary/place" },
      listing("The official news agency MTI said Hungary would devalue.", PROPER))
    -- a wire service the lists name, in a dateline's brackets
    assert.are.same({ "BOSTON/place", "UPI/organization", "Ann Lee/person" },
      listing("BOSTON (UPI) - Ann Lee won the vote.", PROPER))
    -- past a people's name or a place's, which are none of it
    assert.are.same({ "Bosnian/group", "Serb/group", "SRNA/organization" },
      listing("The Bosnian Serb news agency SRNA said.", { types = { "organization", "group" } }))
    assert.are.same({ "Moscow/place" }, listing("A Moscow agency said.", PROPER))
    -- an acronym no list has that a speaker tells, is quoted by or is
    -- according to: a medium or a body, not a person
    assert.are.same({ "QRNA/organization", "ZTVX/organization", "F.Q.A./organization" },
      listing("He told QRNA so, was quoted by ZTVX as saying it and flew 30 hours, according " ..
        "to F.Q.A. records.", PROPER))
    -- and before another medium's noun (media_noun): a newspaper, a magazine
    assert.are.same({ "Guillermo Ortiz/person", "El Zorvanero/organization" },
      listing("Guillermo Ortiz told El Zorvanero newspaper that growth would top 3 percent.", PROPER))
    -- not an adjective joined by a hyphen, nor a town a club is named after
    assert.are.same({}, listing("The Spanish-language magazine said so.", PROPER))
    -- nor words that describe the medium a name after the noun names
    assert.are.same({ "Jang/organization" }, listing("The Urdu newspaper Jang said so.", PROPER))
    assert.are.same({ "al-Quds al-Arabi/organization" },
      listing("It was faxed to the Arabic newspaper al-Quds al-Arabi.", PROPER))
    assert.are.equal("place", find("The Milan tabloid reported it.", "Milan").type)
    -- nor a common word, nor a word inside a longer name
    assert.are.same({}, listing("It is a local Government agency, officials said.", PROPER))
    assert.are.same({ "Department of Energy/organization" },
      listing("In its report, the Department of Energy agency said stocks fell.", PROPER))
  end)

  it("reads a firm's acronym that opens a listed phrase as the firm named with its suffix", function()
    assert.are.same({ "ITT Corp/organization", "ITT/organization", "ITT/organization" },
      listing("ITT Corp named a new chairman.\nITT recently reported earnings. He joined ITT in 1979.",
        PROPER))
  end)

  it("takes an acronym no list has for an organisation where it speaks", function()
    assert.are.same({ "QVRT/organization", "QVRT/organization" },
      listing("QVRT said it would appeal. Prices fell, QVRT said.", PROPER))
    assert.are.same({ "ZKNP/organization" },
      listing("New limits apply to all contracts, the ZKNP said.", PROPER))
    assert.are.same({ "WBQR/organization" },
      listing("Prices will rise, said the WBQR.", PROPER))
    -- after a noun of organisations, or in apposition to it
    assert.are.same({ "QVRT/organization", "ZKNP/organization" },
      listing("The socialist party QVRT and the port union, ZKNP, met.", PROPER))
    -- not a thing's acronym, a listed term's possessive, a Roman numeral,
    -- a firm's suffix, a headline's word, nor a possessive of a listed name
    for _, s in ipairs({ "The ZKNP format failed.",
                         "Officers traced the SUV's owner.",
                         "Real ZKNP growth was slow, and the bonds were rated AAA.",
                         "He joined the network QVRT Vandro in May.",
                         "An investor group including T. Boone Vellar III said no.",
                         "QVRT SAID TO BUY STAKE\nThe deal was done.",
                         "The US' economy grew, officials said." }) do
      for _, e in ipairs(assert(verba.entities(s, PROPER))) do
        assert.are_not.equal("organization", e.type, s .. ": " .. e.text)
      end
    end
    -- (a firm's suffix with its dots is no acronym of its own: it ends the firm's name)
    for _, e in ipairs(assert(verba.entities("Emerald Vandry L.P. said it would pay.", PROPER))) do
      assert.are_not.equal("L.P.", e.text)
      assert.truthy(e.text:find("Vandry L.P.", 1, true), e.text)
    end
  end)

  it("takes an acronym no list or dictionary has for an organisation where it stands alone", function()
    assert.are.same({ "QVRT/organization" },
      listing("Dozens of QVRT supporters marched in the capital.", PROPER))
    assert.are.same({ "ZKNP/organization" },
      listing("She scored a record number of goals for the ZKNP.", PROPER))
    assert.are.same({ "QVRT/organization", "WBQR/organization" },
      listing("The purpose of the QVRT hearings is to hear the WBQR.", PROPER))
    -- in the possessive, a name after it aside (the SUV's owner: a term)
    assert.are.same({ "QVRT/organization", "ZKNP/organization" },
      listing("The QVRT's stance angered the ZKNP's Vandro conservatives.", PROPER))
    assert.are.same({}, listing("Officers traced the SUV's owner.", PROPER))
    -- in brackets or between commas after an organisation's name: its name
    assert.are.same({ "Vandro Trust/organization", "VTZ/organization", "VTZ/organization" },
      listing("The Vandro Trust (VTZ) was set up in May. VTZ officers met.", PROPER))
    -- not a term the document defines in lower case, there or after, nor
    -- after a place's name (its place), a word in the lists of terms
    -- (GDP, DVD), a dictionary's word in capitals, a ticker, an acronym
    -- joined by a slash, after a number, before a noun of things, in a
    -- line in capitals or the start of a longer name
    for _, s in ipairs({ "The zero-rated balance quota (ZBQ) fell.\nThe ZBQ rose again.",
                         "The cut lowered the quota, ZBQ, to a third.\nThen the ZBQ rose.",
                         "It grew by 3% of GDP as DVD sales rose.",
                         "NOTE: Vandry figures exclude gains.",
                         "Shares of Vandry Corp <QVRT> rose. The QVRT/ZKNP poll said so.",
                         "The temple was built in 776 QVB by hand.",
                         "It runs on the QVRT system and the ZKNP index.",
                         "QVRT TO BUY ZKNP STAKE\nThe deal was done.",
                         "He joined QVRT Vandro in May.",
                         "Rain fell in Pelvania (PLV) all week. PLV roads closed." }) do
      for _, e in ipairs(assert(verba.entities(s, PROPER))) do
        if e.text:match("^%u+$") then
          assert.are_not.equal("organization", e.type, s .. ": " .. e.text)
        end
      end
    end
  end)

  it("takes the capitalised words after a noun for a kind of organisation for its name", function()
    assert.are.same({ "Zorvane Quell/organization" },
      listing("The album was recorded by the metal band Zorvane Quell last year.", PROPER))
    assert.are.same({ "Trelvo/organization", "Vandrix & Sons/organization" },
      listing("Shares of insurer Trelvo rose after retailer Vandrix & Sons bid.", PROPER))
    -- past an article's "The"; up to a possessive
    assert.are.same({ "Quellton Post/organization", "Zorvane/organization" },
      listing("He wrote for the newspaper The Quellton Post and the band Zorvane's album.", PROPER))
    -- a name with its particle in lower case (the Arabic press)
    assert.are.same({ "al-Zorvana al-Jadida/organization" },
      listing("He told the daily al-Zorvana al-Jadida so.", PROPER))
    -- an agency's, an acronym a given name too in capitals
    assert.are.same({ "Croatia/place", "HINA/organization", "Quellvar Planbureau/organization" },
      listing("Croatia 's state news agency HINA said the forecasting agency Quellvar " ..
        "Planbureau was wrong .", PROPER))
    -- not after the noun in the possessive, nor a given name, a title or a
    -- weekday, nor a place's name alone
    assert.are.same({ "Liam Brelvo/person" },
      listing("The band's Liam Brelvo sang.", PROPER))
    for _, s in ipairs({ "The firm John Brelvo founded grew.", "The watchdog Sir Arlo Quent spoke.",
                         "The daily Monday meeting was short." }) do
      for _, e in ipairs(assert(verba.entities(s, PROPER))) do
        assert.are_not.equal("organization", e.type, s .. ": " .. e.text)
      end
    end
    assert.are.same({ "France/place" }, listing("It is the daily France output.", PROPER))
  end)

  it("takes the name in apposition after such a noun, or one that organisations' names hold, and a comma", function()
    if not has_gazetteer then return end
    assert.are.same({ "Dravmoor/organization", "Dravmoor/organization" },
      listing("He wrote to the rural affairs ministry, Dravmoor. Dravmoor's lawyers said no.", PROPER))
    assert.are.same({ "Velquist Tickets/organization" },
      listing("The four and their company, Velquist Tickets, are accused of fraud.", PROPER))
    -- not a name that goes on, a person's the lists have, nor the holder
    -- of a role in such a body
    assert.are.same({ "Smith/person" }, listing("In the group, Smith was the best.", PROPER))
    for _, s in ipairs({ "The head of the state-owned Naftohaz company, Yury Boyko, said he was happy.",
                         "At the bank, Jones, the manager, said no." }) do
      for _, e in ipairs(assert(verba.entities(s, PROPER))) do
        assert.are_not.equal("organization", e.type, s .. ": " .. e.text)
      end
    end
  end)

  it("takes a word in camel case no list has for an organisation where it speaks", function()
    assert.are.same({ "TrelvoNet/organization" },
      listing("TrelvoNet said it would cut 300 jobs.", PROPER))
    assert.are.same({ "VandroMax/organization" },
      listing("Record company VandroMax is releasing the songs.", PROPER))
    -- not a person's name with its prefix, nor a word that does not speak
    for _, s in ipairs({ "McVandrey said it was over.", "The VandroMax format failed." }) do
      for _, e in ipairs(assert(verba.entities(s, PROPER))) do
        assert.are_not.equal("organization", e.type, s .. ": " .. e.text)
      end
    end
  end)

  it("takes a name in apposition to an article and a noun of organisations for one", function()
    assert.are.same({ "Oftrel/organization" },
      listing("Shares fell after Oftrel, the telecommunications regulator, announced a review.",
        { types = { "person", "organization", "place", "other" } }))
    assert.are.same({ "Gelvo/organization", "Gelvo/organization" },
      listing("Gelvo, the leasing company, said profits rose. Gelvo also cut costs.", PROPER))
    -- after "a" or "an" too, past a place's or a people's name
    assert.are.same({ "Tormelt/organization" },
      listing("An official with Tormelt, a Soviet trading organization, said so.", PROPER))
    -- a noun news writes before organisations' names heads the apposition too
    assert.are.same({ "Vorlanek/organization", "Vorlanek/organization" },
      listing("Vorlanek, the oil firm, said it would appeal. Later, Vorlanek filed for bankruptcy.",
        PROPER))
    assert.are.same({ "Citrelle/organization" },
      listing("Citrelle, a French carmaker, expects rising sales.", PROPER))
    -- and a noun of what a firm is of an organisation, before "of" and its name
    -- (firm_relation), with no article too; not a person's name
    assert.are.same({ "Zorvex/organization", "Peugeot SA/organization", "Zorvex/organization" },
      listing("Zorvex, part of the private Peugeot SA group, increased sales. Zorvex lost money.", PROPER))
    assert.are.same({ "Zorvex/organization", "Peugeot SA/organization" },
      listing("Zorvex, a unit of Peugeot SA, increased sales.", PROPER))
    assert.are.same({ "Tom Reed/person", "Peugeot SA/organization" },
      listing("Tom Reed, part of the Peugeot SA team, said so.", PROPER))
    assert.are.same({}, listing("Zorvex, part of the problem, said so.", { types = { "organization" } }))
    -- not a place after "in", where the organisation before it is
    assert.are.same({ "Kestrel Partners/organization", "West Bloomfield/place" },
      listing("Analysts at Kestrel Partners in West Bloomfield, a consulting firm, said so.", PROPER))
    -- not where the noun is no head, nor a place's or a person's name
    assert.are.same({}, listing("Quarn, the party leader, said so.", { types = { "organization" } }))
    assert.are.same({ "Craig Vandrell/person" },
      listing("Craig Vandrell, a spokesman for the foundation, said no.", PROPER))
    assert.are.same({ "Paris/place" }, listing("Paris, the French capital, was calm.", PROPER))
    assert.are.same({}, listing("It flew on STX-4, the first space shuttle mission.",
      { types = { "organization" } }))
  end)

  it("joins a person's name read right before a firm's name ending as firms' do", function()
    local got = listing("CUMMINS RECALLS WORKERS\nCummins Engine Co said it will recall workers.\n" ..
      "Production rates for Cummins' engines rose.", PROPER)
    assert.are.equal("Cummins Engine Co/organization", got[2])
    -- not a name in the possessive
    assert.are.same({ "John Smith/person", "Engine Co/organization" },
      listing("John Smith's Engine Co grew.", PROPER))
  end)

  it("knows the peoples of states the wire named in the 1990s (demonyms.tsv)", function()
    if not has_gazetteer then return end
    assert.are.same({ "Yugoslav/group", "Slobodan Milosevic/person", "Zairean/group",
                      "Goma/place", "Czechoslovak/group" },
      listing("Yugoslav President Slobodan Milosevic said so. Zairean rebels took Goma. " ..
        "A Czechoslovak diplomat met them.", { types = { "person", "organization", "place", "group" } }))
  end)

  it("knows firms the wire names alone (data/en/gazetteer/organizations.tsv)", function()
    if not has_gazetteer then return end
    assert.are.same({ "Fannie Mae/organization", "Freddie Mac/organization",
                      "Nintendo/organization", "Kodak/organization" },
      listing("Fannie Mae and Freddie Mac sold bonds. Nintendo said it cut prices, and " ..
        "Kodak said so too.", PROPER))
  end)

  it("joins \"and Co\" to the firm's name the lists have before it", function()
    -- (where the tagger reads the listed name and the abbreviations apart)
    local got = listing("MARUBENI AND CO BONDS LAUNCHED\nLONDON, May 2 - The two warrant eurobonds " ..
      "for Marubeni and Co Ltd, priced earlier today in Tokyo, have now been launched, lead " ..
      "manager Daiwa Europe Ltd said.\n", PROPER)
    assert.are.equal("Marubeni and Co Ltd/organization", got[3])
    assert.are.same({ "Mitsui and Co/organization" }, listing("Mitsui and Co said so.", PROPER))
  end)

  it("joins a place's name read right before a firm's name with its legal suffix", function()
    assert.are.same({ "Louisiana Pacific Corp/organization", "Kenya Tobacco Ltd/organization" },
      listing("Louisiana Pacific Corp and Kenya Tobacco Ltd said they would merge.", PROPER))
    -- not a body's name without a firm's suffix
    assert.are.same({ "New Hampshire/place", "GOP/organization" },
      listing("A New Hampshire GOP official said no.", PROPER))
  end)

  it("starts an organisation named after a place with an \"and\" at the place's name", function()
    if not has_gazetteer then return end
    assert.are.same({ "Newfoundland and Labrador Court of Appeal/organization" },
      listing("The Newfoundland and Labrador Court of Appeal ruled on Monday.", PROPER))
  end)

  it("takes a firm's name that is a surname too, alone, for the firm unless a person bears it", function()
    if not has_gazetteer then return end
    local got = listing("Models by Honda, Nissan and Toyota will appear next year.", PROPER)
    assert.are.equal("Honda/organization", got[1])
    -- a person the document names in full, or a title before it
    assert.are.same({ "Mike Honda/person", "Honda/person" },
      listing("Rep. Mike Honda spoke on Monday. Honda said the bill would pass.", PROPER))
    -- a firm's name that the lists have as a given name too (Ford, Dell)
    assert.are.same({ "Ford/organization" },
      listing("Ford said on Monday it would cut 1,000 jobs.", PROPER))
    assert.are.same({ "Dell/organization" }, listing("Shares of Dell rose.", PROPER))
    assert.are.same({ "Gerald Ford/person", "Ford/person" },
      listing("Gerald Ford was president. Ford said he would not run.", PROPER))
    -- a title before it, or a noun of role, with the comma of an apposition
    assert.are.same({ "Ford/person" }, listing("President Ford spoke.", PROPER))
    assert.are.same({ "Erica/person", "Dawn/person" },
      listing("Erica's mother, Dawn, was the principal.", PROPER))
    assert.are.same({ "Dawn/person" }, listing("His wife Dawn said so.", PROPER))
    -- or a surname that opens a firm's name of several words the document writes first
    assert.are.same({ "Fox News/organization", "Fox/organization" },
      listing("The debate was hosted by Fox News. Later, Fox said the candidate had refused.",
        PROPER))
    -- not where it stands alone first, nor in full as someone's name
    assert.are.same({ "Tarrant/person", "Tarrant Foundation/organization", "Tarrant/person" },
      listing("Tarrant said he would run. The Tarrant Foundation gave money. Tarrant said so.",
        PROPER))
    assert.are.same({ "Vicente Fox/person", "Fox News/organization", "Fox/person" },
      listing("Vicente Fox met Fox News. Fox said no.", PROPER))
  end)

  it("knows the European Community and its abbreviations as an organisation", function()
    if not has_gazetteer then return end
    assert.are.same({ "European Community/organization", "EC/organization", "EEC/organization" },
      listing("The European Community said the EC and the EEC were one.", PROPER))
  end)

  it("cuts a state's name and a party's member into the place and the group", function()
    if not has_gazetteer then return end
    local e = assert(verba.entities("Rep. Jim Wright, a Texas Democrat, said the bill would pass.",
      { types = { "person", "organization", "place", "group", "other" } }))
    local got = {}
    for _, m in ipairs(e) do got[#got + 1] = m.text .. "/" .. m.type end
    assert.are.same({ "Jim Wright/person", "Texas/place", "Democrat/group" }, got)
    -- not a name the lists have whole
    assert.are.same({ "Liberal Democrats/organization" },
      listing("The Liberal Democrats spoke.", PROPER))
  end)

  it("cuts a people's name after an article from a listed organisation's that follows it", function()
    if not has_gazetteer then return end
    local named = { types = { "person", "organization", "place", "group", "other" } }
    assert.are.same({ "German/group", "Bundesbank/organization" },
      listing("The German Bundesbank said rates would rise.", named))
    assert.are.same({ "European/group", "Airbus/organization" },
      listing("The plane being built by the European Airbus consortium is to replace the fleet.", named))
    assert.are.same({ "Japanese/group", "Jiji Press/organization" },
      listing("The news came from the Japanese Jiji Press.", named))
    -- not a name the lists have whole, a kind of organisation, a chamber or a place
    for _, c in ipairs({ { "The British Airways fleet grew.", "British Airways/organization" },
                         { "The Chinese Communist Party met.", "Chinese Communist Party/organization" },
                         { "The German Parliament voted.", "German Parliament/organization" } }) do
      assert.are.same({ c[2] }, listing(c[1], named), c[1])
    end
  end)

  it("takes a disease's family name in the possessive for no person's mention", function()
    assert.are.same({}, listing("Stem cells could help victims of Alzheimer's, Parkinson's " ..
      "and Crohn's disease.", PROPER))
    -- after a title, where the name goes on, or where the document names a person in full
    assert.are.same({ "Parkinson/person" }, listing("Dr. Parkinson's patients waited.", PROPER))
    assert.are.same({ "Michael Parkinson/person", "Parkinson/person" },
      listing("Michael Parkinson was the host. Parkinson's guests were late.", PROPER))
    assert.are.equal(1, #listing("The Parkinson's Trust raised money.", PROPER))
    -- the possessive written apart, as tokenised text has it
    assert.are.same({}, listing("Stem cells could help victims of Alzheimer 's , Parkinson 's " ..
      "and Crohn 's disease .", PROPER))
    assert.are.same({ "Michael Parkinson/person", "Parkinson/person" },
      listing("Michael Parkinson was the host . Parkinson 's guests were late .", PROPER))
  end)

  it("takes a month's name alone for no name of a person, a place or an organisation", function()
    assert.are.same({}, listing("It will forecast lemons in December, February, March, May and June.", PROPER))
    assert.are.same({}, listing("Dividends are payable June Four, July Three and August Six.", PROPER))
    -- after a title, or where the document names the person in full
    assert.are.same({ "March/person" }, listing("Mrs March said so.", PROPER))
  end)

  it("takes a name before a comma and a region for a town", function()
    assert.are.same({ "Mont Belvieu/place", "Texas/place" },
      listing("Delivery will be from the facility in Mont Belvieu, Texas, which has access.", PROPER))
    -- a player and his state or college in a list stays a person
    assert.are.same({ "Vince Young/person", "Texas/place", "Titans/organization" },
      listing("The first pick was Vince Young, Texas, the Titans said.", PROPER))
    -- nor a person before a country in the possessive, its 's written apart too
    assert.are.same({ "Morihisa Aoki/person", "Peru/place", "Francisco Tudela/person" },
      listing("Among the hostages were Japanese Ambassador Morihisa Aoki , Peru 's Foreign " ..
        "Minister Francisco Tudela and others .", PROPER))
  end)

  it("takes a region's abbreviation after a town and a comma for the region, its dot and all", function()
    assert.are.same({ "Fort Lauderdale/place", "Fla./place" },
      listing("The suspect was seized in Fort Lauderdale, Fla., police said.", PROPER))
    assert.are.same({ "Sacramento/place", "Calif./place" },
      listing("The firm moved to Sacramento, Calif.", PROPER))
  end)

  it("takes capitalised words no mention holds before a comma and a region for a town", function()
    assert.are.same({ "Vandrell/place", "California/place" },
      listing("The firm was founded in Vandrell, California, to market the kit.", PROPER))
    assert.are.same({ "Quarlington/place", "Virginia/place" },
      listing("They visited Quarlington, Virginia, last week.", PROPER))
    -- not a list's item (players and their countries), nor a player and his college
    for _, e in ipairs(assert(verba.entities("Subs not used: Macken, Vandrell, Jordan.", PROPER))) do
      assert.are_not.equal("Vandrell", e.text)
    end
  end)

  it("takes a name before a comma, a country and a mark for a town", function()
    assert.are.same({ "Kelso/place", "Scotland/place" },
      listing("The wing moved from Kelso, Scotland, in 1943.", PROPER))
    -- not a person before a word of the apposition, nor a country's possessive
    assert.are.same({ "Beckham/person", "England/place" },
      listing("Beckham, England captain, said he was ready.", PROPER))
    assert.are.same({ "Smith/person", "England/place" },
      listing("Smith, England's coach, spoke.", PROPER))
  end)

  it("takes a name before an office in its appositive for a person's", function()
    local e = find("Output rose, Zorvan Quillet, Chairman of the Prices Commission, told reporters.",
      "Zorvan Quillet")
    assert.are.equal("person", e and e.type)
    -- words in lower case that qualify the office (executive director)
    e = find("“It is pushed by media,” Malkia Cyril, the executive director at the Center of "
      .. "Media Justice, told reporters.", "Malkia Cyril")
    assert.are.equal("person", e and e.type)
  end)

  it("leaves an executive's office out of the name after it", function()
    assert.are.same({ "Hudson County/place", "Thomas DeGise/person" },
      texts_typed("Hudson County Executive Thomas DeGise said the deal was done."))
    -- but after a role, a bank's head word opens no one's name
    assert.is_nil(find("The bonds were priced at par, lead manager Banque Nationale de Paris said.",
      "Banque"))
  end)

  it("leaves a player's position out of the name after it", function()
    assert.are.same({ "Charlie Hodgson/person" },
      texts_typed("Fly-half Charlie Hodgson kicked three penalties."))
    assert.are.same({ "Toure/person" }, texts_typed("Goalscorer Toure was also at fault."))
  end)

  it("takes a given name and the family name of a person named elsewhere for a person's", function()
    -- the document names the person by the family name alone
    assert.are.same({ "Clinton/person", "Chelsea Clinton/person" },
      listing("Clinton spoke first. Later the fund hired Chelsea Clinton.", PROPER))
    -- or the lists know someone by it
    assert.are.same({ "Vladimir Putin/person", "Georgia/place" }, listing(
      "The object of their admiration, Vladimir Putin, has used his invasions of Georgia as a threat.",
      PROPER))
    -- not a name the lists have whole, nor after a given name that is a common word
    assert.are.same({ "Morris/person", "Philip Morris/organization" },
      listing("Morris spoke. Philip Morris raised prices.", PROPER))
    assert.are.same({ "Art Deco/other" }, listing("The hotel is in the Art Deco style."))
  end)

  it("takes a given name no list has and a family name for a person's, not a place's", function()
    assert.are.same({ "Djimi Traore/person" },
      listing("The break was halted by a good tackle from Djimi Traore, but the Reds led.", PROPER))
    -- not where the family name is a place's word too (park, dam)
    assert.are.same({ "Wollaton Park/place" }, listing("Fans gathered at Wollaton Park on Sunday.",
      PROPER))
  end)

  it("takes a place before a role in lower case for the office's place, not its holder", function()
    assert.are.same({ "Pennsylvania/place", "Ed Rendell/person" },
      listing("Former Pennsylvania governor Ed Rendell spoke."))
    -- before a title too
    assert.are.same({ "Colorado/place", "Richard Lamm/person" },
      listing("Former Colorado Governor Richard Lamm lost the ballot.", PROPER))
  end)

  it("takes a people's word after a title for the office's, not a person's name", function()
    local PEOPLE = { types = { "person", "group" } }
    assert.are.same({ "Pakistani/group", "Benazir Bhutto/person" },
      listing("Former Pakistani prime minister Benazir Bhutto asked the court to act.", PEOPLE))
    -- with more of the office's words before its noun
    assert.are.same({ "Soviet/group", "Yuli Vorontsov/person" },
      listing("Chief Soviet arms negotiator Yuli Vorontsov said talks went well.", PEOPLE))
    -- a family name too is a person's after a short title
    assert.are.same({ "English/person" }, listing("Mr English said he would resign.", PEOPLE))
  end)

  it("recases a canonical name only when all of it is in capitals", function()
    local s = "Shares of IBM Corp rose, the BBC World Service said. IBM CORP also said so."
    assert.are.equal("IBM Corp", find(s, "IBM Corp").canonical)
    assert.are.equal("IBM Corp", find(s, "IBM CORP").canonical)
    assert.are.equal("BBC World Service", find(s, "BBC World Service").canonical)
  end)

  it("takes towns in a match report for their clubs, and a club's own word", function()
    assert.are.same({ "Harlow/organization", "Kettering/organization", "2-1/number", "Saturday/date",
      "Harlow/organization" },
      listing("Harlow beat Kettering 2-1 on Saturday. Harlow scored twice before half-time."))
    assert.are.same({ "Blackburn Rovers/organization", "2-0/number", "Leeds/place" },
      listing("Blackburn Rovers lost 2-0 in Leeds."))
    -- also after "the" and a word in lower case (not at home to a side)
    assert.are.same({ "Arsenal/organization", "Tottenham/organization", "2-1/number",
                      "London/place" },
      listing("Arsenal beat Tottenham 2-1 in the north London derby."))
    assert.are.same({ "Leeds/organization", "2-1/number", "Coventry/organization" },
      listing("Leeds lost 2-1 at home to Coventry."))
    -- no score of a match: a town
    assert.are.same({ "Chicago/place", "30-20/number" }, listing("Chicago voters split 30-20."))
  end)

  it("leaves the weekday of a club's name in the name", function()
    assert.are.same({ "Newcastle/organization", "1-1/number", "Sheffield Wednesday/organization",
      "Wednesday/date" },
      listing("Newcastle drew 1-1 with Sheffield Wednesday on Wednesday."))
  end)

  it("runs an organisation's name back over a common word in the possessive", function()
    assert.are.same({ "People's Democratic Party/organization" },
      listing("Police blamed the banned People's Democratic Party for the unrest.", PROPER))
    assert.are.same({ "People 's Democratic Party/organization" },
      listing("Police blamed the banned People 's Democratic Party for the unrest .", PROPER))
    -- a place's possessive stays the place's own name
    assert.are.same({ "Japan/place", "Finance Ministry/organization" },
      listing("Japan's Finance Ministry said so.", PROPER))
    -- and an acronym's, which the lists have in capitals, its 's in lower case
    assert.are.same({ "Tom Reed/person", "FDA/organization", "Office of Drug Safety/organization" },
      listing("Tom Reed from the FDA's Office of Drug Safety spoke.", PROPER))
    assert.are.same({ "FBI/organization", "CIA/organization" },
      listing("He spoke of the FBI and CIA's role in the war.", PROPER))
    -- a person's full name after it, where the tagger saw an other in the whole
    assert.are.same({ "BBC/organization", "Elizabeth Blunt/person" },
      listing("The countries grew, says the BBC's Elizabeth Blunt.", PROPER))
  end)

  it("runs a given name the tagger took alone on over the family name no list has", function()
    local got = listing("TENNIS - GRAF BEATS SELES IN FINAL .\nHAMBURG 1996-08-25\n" ..
      "Steffi Graf beat Monica Seles 6-4 6-2 in the final on Sunday .", PROPER)
    assert.are.same({ "GRAF/person", "SELES/person", "HAMBURG/place", "Steffi Graf/person", "Monica Seles/person" },
      got)
  end)

  it("reads a title and a name as the firm the document names with them", function()
    assert.are.same({ "General Zorvanics Co/organization", "General Zorvanics/organization",
                      "Tom Reed/person" },
      listing("General Zorvanics Co made a bid. General Zorvanics said the board could not act. " ..
        "General Tom Reed agreed.", PROPER))
    -- where it does not, a title before a person's name; not over a longer
    -- organisation's name
    assert.are.same({ "Zorvanics/person" }, listing("General Zorvanics said so.", PROPER))
    if has_gazetteer then
      assert.are.same({ "General Motors Corp/organization", "General Motors of Canada Ltd/organization" },
        listing("General Motors Corp said its unit General Motors of Canada Ltd grew.", PROPER))
    end
  end)

  it("keeps the titles of princes, lords and clerics out of the name", function()
    assert.are.same({ "Ruhollah Khomeini/person", "Charles/person", "Catto/person" },
      listing("Ayatollah Ruhollah Khomeini met Prince Charles and Lord Catto .", PROPER))
    assert.are.same({ "Ali Akbar Hashemi Rafsanjani/person", "Iran/place" },
      listing("Hojatoleslam Ali Akbar Hashemi Rafsanjani spoke in Iran.", PROPER))
  end)

  it("reads a family name after a title written short as a person's, a town's or a club's too", function()
    if not has_gazetteer then return end
    assert.are.same({ "Green/person", "Rose/person" }, listing("Mr Green met Dr Rose on Monday.", PROPER))
    -- a title written in full is no such evidence for a place's name
    assert.are.same({ "Jordan/place" }, listing("The President of Jordan spoke.", PROPER))
  end)

  it("reads a title's word after a title written short as the family name it is too", function()
    if not has_gazetteer then return end
    assert.are.same({ "King/person", "King/person" },
      listing("Mr King said so. Critics called Ms King a stooge.", PROPER))
    -- not the title before a name, nor one said to someone
    assert.are.same({ "Eady/person" }, listing("Mr Justice Eady ruled on Monday.", PROPER))
    assert.are.same({}, listing('"Mr. President, this is bad," they said.', PROPER))
    assert.are.same({}, listing("That was a good speech, Mr. President, he said.", PROPER))
  end)

  it("reads the words between two titles as the office's, no one's name", function()
    assert.are.same({ "British/group", "Boris Johnson/person" },
      listing("Former British Prime Minister Boris Johnson was fined.", { types = { "person", "group" } }))
    -- a place before a title, after a role, is the office's, and a pronoun after a role no name
    assert.are.same({ "Texas/place", "Ted Cruz/person" },
      listing("Republican presidential candidate Texas Senator Ted Cruz argued so.", PROPER))
    assert.are.same({}, listing("Any candidate I can stand next to will win.", PROPER))
    -- and between a title and a role
    assert.are.same({ "Sharon Kelley/person" },
      listing("He announced the resignation of Chief Financial Officer Sharon Kelley.", PROPER))
    for _, e in ipairs(assert(verba.entities("Former Brelcom boss Bernie Ebbers is on trial."))) do
      assert.are_not.equal("person", e.text == "Brelcom" and e.type or nil)
    end
  end)

  it("takes a month alone for no place", function()
    assert.are.same({}, listing("It expects profit to rise in the year to March .", PROPER))
  end)

  it("reads the scorers in a match report's brackets as people", function()
    assert.are.same({ "Quarnby/organization", "Batistuta/person", "Rui Costa/person", "Ellesby/organization",
      "Mancini/person" },
      listing("Quarnby 3 ( Batistuta 12 , 40 , Rui Costa 81 ) Ellesby 2 ( Mancini 30 ) .", PROPER))
    -- whatever the tagger made of the name: goals seem to follow it
    assert.are.same({ "Quarnby/organization", "Henrik Larsson/person", "Tolle/person", "Ellesby/organization" },
      listing("Quarnby 2 (Henrik Larsson 10, Tolle 50) Ellesby 0.", PROPER))
  end)

  it("reads a word no list has that speaks, a pronoun of a gender after it or the verb first, as a person's name", function()
    if not has_gazetteer then return end
    assert.are.same({ "Zorlevin/person" }, listing("Zorlevin said he would resign.", PROPER))
    assert.are.same({ "Dravnik/person" }, listing("After a pause, Dravnik told reporters her plan was ready.", PROPER))
    -- an organisation takes "it"; a word of the dictionary is no such name
    assert.are.same({}, listing("Zorlevin said its profit rose.", PROPER))
    assert.are.same({}, listing("Nobody said he would resign.", PROPER))
    -- the verb first, at the end of the sentence or before a quotation's mark
    assert.are.same({ "Tarvlo/person" }, listing("It has a political side, says Tarvlo.", PROPER))
    assert.are.same({ "Olvesere/person" },
      listing("\"We are not rich,\" said Olvesere, \"but we try.\"", PROPER))
    -- or as the subject opening a sentence, a pronoun of a gender in it
    assert.are.same({ "Sevrago/person" },
      listing("Sevrago made headlines when he described the war.", PROPER))
    assert.are.same({}, listing("Vorlicants pass around copies of his memoir.", PROPER))
    -- or right after a quotation, the verb after it
    assert.are.same({ "Lorvive/person" }, listing("\"Some men get it,\" Lorvive said.", PROPER))
    -- not the name that opens the reported clause
    assert.are.same({}, listing("It said Tavrona, its unit, would close.", { types = { "person" } }))
    -- a name in letters outside ASCII, which the dictionary cannot judge
    assert.are.same({ "Dörvaz/person" }, listing("\"We are ready,\" said Dörvaz.", PROPER))
    -- whatever place or thing the tagger took the name for
    assert.are.same({ "Quenby/person" }, listing("\"We are ready,\" said Quenby.", PROPER))
  end)

  it("reads two words no list and no dictionary has opening a sentence as a person's name", function()
    if not has_gazetteer then return end
    assert.are.same({ "Tovo Brelkam/person" }, listing("Tovo Brelkam won the 200 metres.", PROPER))
    assert.are.same({ "Htoy Avrel/person" }, listing("Htoy Avrel, its chairman, told reporters.", PROPER))
    -- not a line of a table: nothing in lower case goes on after it
    local got = listing("Robusta Cherry \"PB\"    43.8    1,039.50  (NA)\n" ..
      "Tovo Brelkam \"PMT AB\"       49.2    1,255.50  (NA)\n", PROPER)
    for _, item in ipairs(got) do assert.are_not.equal("Tovo Brelkam/person", item) end
    -- one such word alone opening a sentence is none
    assert.are.same({}, listing("Brelkam won the race.", { types = { "person" } }))
  end)

  it("reads a listed given name and a family name no dictionary has as a person's", function()
    -- (the number before it reads like an address's to the tagger)
    assert.are.same({ "Ian Brindlewick/person", "Gustavo Quernten/person", "Spain/place" },
      listing("132 Ian Brindlewick 64 68, Gustavo Quernten (Spain) 66 66", PROPER))
    -- not a place's name a listed place starts, nor one with a common word
    assert.are_not.equal("person", find("Shares of Hong Kong Land rose.", "Hong Kong Land").type)
  end)

  it("reads what a person's full name is of as the team or the country", function()
    assert.are.same({ "Michael Schumacher/person", "Ferrari/organization", "Greg Norman/person", "Australia/place" },
      listing("Michael Schumacher of Ferrari won , and Greg Norman of Australia shot 65 .", PROPER))
    assert.are.same({ "Kenyan/group", "Daniel Komen/person" },
      listing("Kenyan Daniel Komen won the 5,000 metres .", { types = { "person", "group" } }))
    -- a faith's or a movement's member before a full name too, which the
    -- name then leaves out
    local e = assert(verba.entities("The video featured Scientologist Tom Cruise. Cruise smiled.",
      { types = { "person", "group" } }))
    assert.are.same({ "Scientologist/group", "Tom Cruise/person", "Cruise/person" },
      { e[1].text .. "/" .. e[1].type, e[2].text .. "/" .. e[2].type, e[3].text .. "/" .. e[3].type })
    assert.are.equal("Tom Cruise", e[3].canonical)
  end)

  it("reads the places of the wire's sports and wars the lists add to GeoNames'", function()
    assert.are.same({ "Australia/place", "West Indies/place" },
      listing("Australia beat West Indies by five wickets.", PROPER))
    assert.are.same({ "Srebrenica/place", "Gorazde/place", "Grozny/place" },
      listing("Guns shelled Srebrenica and Gorazde, and troops left Grozny.", PROPER))
  end)

  it("reads a river or a mountain range news names by one word as a place", function()
    if not has_gazetteer then return end
    assert.are.same({ "Rhine/place" }, listing("The accident caused severe pollution of the Rhine.", PROPER))
    assert.are.same({ "Danube/place", "Urals/place" },
      listing("Barges moved along the Danube, and snow fell in the Urals.", PROPER))
  end)

  it("reads a noun for one of a people before a full name as the person's nationality", function()
    local GROUPS = { types = { "person", "group" } }
    assert.are.same({ "Swede/group", "Lars Brannvik/person", "Dutchwoman/group", "Anke Vroom/person" },
      listing("Swede Lars Brannvik beat Dutchwoman Anke Vroom .", GROUPS))
    -- a given name no list has after it, and a full name of three words
    assert.are.same({ "Dane/group", "Bjarne Toft/person", "Welshman/group", "Gareth Pryce/person" },
      listing("Dane Bjarne Toft led from Welshman Gareth Pryce .", GROUPS))
    -- a people's name that is a given name too is no part of the name after it
    assert.are.same({ "German/group", "Michael Kessler/person" },
      listing("He finished behind German Michael Kessler .", GROUPS))
  end)

  it("takes a name with an age after it between commas for a person's", function()
    if not has_gazetteer then return end
    assert.are.same({ "Burton Bongard/person" },
      listing("Burton Bongard, 46, was sentenced to 15 years.", PROPER))
    assert.are.same({ "Trelvo Quant/person" },
      listing("Officers said Trelvo Quant, 27.", PROPER))
    -- not a country's name before a count, nor a decimal
    assert.are.same({ "Britain/place", "France/place", "Ohio/place" },
      listing("Britain, 20, and France, 30, beat Ohio, 55.9 pct.", PROPER))
  end)

  it("takes a name before a comma and who with a verb in the singular for a person's", function()
    if not has_gazetteer then return end
    assert.are.same({ "Kvorlin/person" }, listing("The coach praised Kvorlin, who scored twice.", PROPER))
    assert.are.same({ "Tarvel Oskimo/person" },
      listing("It was the debut for Tarvel Oskimo, who was thrown into the game.", PROPER))
    -- a town's name that is a family name too, read as a place without the clause
    assert.are.same({ "Preston/person" }, listing("Police named Preston, who was out on parole.", PROPER))
    -- the place after "of" keeps its type; a team takes "are" or a match's verb
    assert.are.same({ "Ted Cruz/person", "Texas/place" },
      listing("Senator Ted Cruz of Texas, who voted no, spoke.", PROPER))
    assert.are.same({}, listing("The Vorlans, who are top, and the Quarmets, who lead, won.", PROPER))
    assert.are.same({}, listing("It is a test for Drelford, who beat Carvey in the cup.", PROPER))
    -- nor a common word opening a sentence, nor common words alone
    assert.are.same({}, listing("Many, who were there, left early.", PROPER))
    local e = find("The deal went to Velvet Hammer, who was paid.", "Velvet Hammer")
    assert.are_not.equal("person", e and e.type)
  end)

  it("takes a party's or a faith's name that is a common word too for a group where capitalised in a sentence", function()
    if not has_gazetteer then return end
    local GROUPS = { types = { "person", "organization", "place", "group" } }
    assert.are.same({ "Democrats/group", "Republicans/group" },
      listing("Some Democrats and most Republicans voted for the bill.", GROUPS))
    assert.are.same({ "Socialist/group" }, listing("He was a Socialist all his life.", GROUPS))
    -- not where the capital tells nothing: opening a sentence, in capitals
    assert.are.same({}, listing("Democrats abroad is a phrase.", GROUPS))
    assert.are.same({}, listing("WE ARE ALL REPUBLICANS NOW", GROUPS))
    -- unless the document writes it with its capital inside a sentence too,
    -- and never in lower case
    assert.are.same({ "Democrats/group", "Democrats/group" },
      listing("Democrats retained a majority. The vote split the Democrats.", GROUPS))
    assert.are.same({ "Democrats/group" },
      listing("Democrats everywhere cheered, as all democrats do. The Democrats agreed.", GROUPS))
    -- (also where it comes first in the sentence's name of several)
    assert.are.same({ "Republicans/group", "Democrats/group", "Republicans/group" },
      listing("Republicans and Democrats praised the deal. Top Republicans met on Monday.", GROUPS))
    -- nor a family name (Green)
    assert.are.same({ "Green/person" }, listing("He asked Mr Green to wait.", GROUPS))
    -- a party's members' name before the party's acronym in brackets is the party's
    assert.are.same({ "Social Democrats/organization", "SPD/organization" },
      listing("The opposition Social Democrats ( SPD ) blamed the government .", GROUPS))
    assert.are.same({ "Christian Democrats/organization", "CDU/organization" },
      listing("The Christian Democrats (CDU) won.", GROUPS))
  end)

  it("reads a people's name of two words the lists have whole as one group", function()
    if not has_gazetteer then return end
    local GROUPS = { types = { "person", "organization", "place", "group" } }
    assert.are.same({ "South African/group", "Sri Lankan/group", "South Korea/place" },
      listing("A South African delegation and two Sri Lankan monks reached South Korea.", GROUPS))
    -- in capitals too
    assert.are.same({ "SOUTH KOREAN/group" }, listing("SOUTH KOREAN MONEY SUPPLY FALLS", GROUPS))
  end)

  it("reads a people's name the lists have as a town's or a province's too as the people before a noun", function()
    if not has_gazetteer then return end
    local GROUPS = { types = { "person", "organization", "place", "group" } }
    assert.are.same({ "Chechen/group", "Somali/group" },
      listing("Police said Chechen gunmen fled and Somali pirates seized a ship.", GROUPS))
    -- not before a kind of place, nor a region the lists have as a place alone
    for _, e in ipairs(assert(verba.entities("Fighting reached the Somali region.", GROUPS))) do
      assert.are_not.equal("group", e.type)
    end
    assert.are.same({ "Caribbean/place" }, listing("Ministers flew to the Caribbean.", GROUPS))
  end)

  it("reads no earnings table's abbreviation as a name", function()
    local got = listing("MARLOWE FABRICS INC <MFI> 2ND QTR NET\nNEWARK, N.J., March 2 - Shr 12 " ..
      "cts vs 15 cts\nNet 431,000 vs 527,000\nRevs 14.0 mln vs 13.8 mln\nSix mths\nShr 28 cts " ..
      "vs 33 cts\n", { types = { "person", "organization", "place", "other" } })
    assert.are.same({ "MARLOWE FABRICS INC/organization", "MFI/organization", "NEWARK/place",
      "N.J./place" }, got)
  end)

  it("reads no common word that opens a line or a sentence as a name without evidence", function()
    local OTHERS = { types = { "person", "organization", "place", "other" } }
    -- a results list's headings and an earnings table's rows
    assert.are.same({ "Anna Brandt/person", "Sweden/place" },
      listing("Men's 400 metres hurdles\n1. Anna Brandt (Sweden) 54.10\n", OTHERS))
    assert.are.same({}, listing("Men's marathon\nMedia reports differ.\n", OTHERS))
    -- but a firm the story names in full, or with a capital mid-sentence
    assert.are.same({ "BOSTON/place", "Orchid Software Corp/organization", "Orchid/organization" },
      listing("BOSTON, March 18 - Orchid Software Corp said it cut prices.\nThe company said " ..
        "it removed copy protection.\nOrchid said the steps bring the program in line.\n", OTHERS))
    assert.are.same({ "Lotus", "Lotus" },
      texts("Shares in Lotus rose 2 pct. Lotus said it would buy back stock.", OTHERS))
  end)

  it("reads no credit rating as a name", function()
    local s = "Standard and Poor's reduced Halvard Bank's senior debt to AA-minus from AA, " ..
      "subordinated debt to A-minus from A-plus and its paper to A-1-plus. Moody's rated it Baa1."
    local got = assert(verba.entities(s, PROPER))
    assert.is_true(#got > 0)
    for _, e in ipairs(got) do
      assert.is_nil(e.text:match("^[ABC]+%-") or e.text:match("^Baa"), e.text)
    end
    assert.are.same({}, listing("Fitch rated the notes BBB+ and Moody's Aa2 in May.",
      { types = { "place", "person", "other" } }))
  end)

  it("takes a word the lists have as a place's only for the place where the tagger saw none", function()
    if not has_gazetteer then return end
    assert.are.same({ "Detroit/place" }, listing("Detroit won the game.", PROPER))
    assert.are.same({ "Tata/place" }, listing("Tata won the deal.", PROPER))
    -- not a common word, a word of a longer name, nor a firm's before a
    -- word of firms' names
    assert.are.same({}, listing("Reading won the game.", PROPER))
    assert.are.same({}, listing("Analysts said Tata group shares rose.", PROPER))
    assert.are.same({}, listing("Detroit Zorvanes won the game.", { types = { "place" } }))
    -- nor a campus after its university's name and a comma
    assert.are.same({ "University of Arkansas/organization" },
      listing("She teaches at the University of Arkansas, Fayetteville, now.", { types = { "organization", "place" } }))
  end)

  it("takes a place the tagger found that the lists have as an organisation only for the organisation", function()
    if not has_gazetteer then return end
    assert.are.same({ "NEW YORK/place", "Federal Reserve/organization" },
      listing("NEW YORK, March 19 - The Federal Reserve is expected to refrain from action.", PROPER))
    -- not a club's name, often a town's that the lists of towns leave out
    assert.are.same({ "Cannes/place" }, listing("Thousands of experts are gathered in Cannes this week.", PROPER))
  end)

  it("reads a headline's name in capitals as the firm the story names with its suffix", function()
    assert.are.same({ "HARWELL BROOKS/organization", "DALLAS/place",
      "Harwell Brooks Inc/organization", "Harwell Brooks/organization" },
      listing("HARWELL BROOKS SETS DIVIDEND\nDALLAS, March 5 - Harwell Brooks Inc said it set a " ..
        "dividend.\nHarwell Brooks said it would pay in May.\n", PROPER))
    -- not a place's name the lists have
    local got = listing("FIVE HURT IN SOUTH AFRICA CLASH\nJOHANNESBURG, March 3 - Five workers " ..
      "were hurt, Gold Fields of South Africa Ltd said.\n", PROPER)
    assert.are.equal("SOUTH AFRICA", got[1]:sub(1, 12))
    assert.are.equal("place", got[1]:match("/(%a+)$"))
    -- whole, where a word of it is a common one, and a suffix in capitals too
    assert.are.same({ "KORVAN STEEL/organization", "FRANKFURT/place", "Korvan Steel AG/organization" },
      listing("KORVAN STEEL SAYS PROFIT ROSE\n\nFRANKFURT 1996-11-04\n\nKorvan Steel AG said its " ..
        "profit rose.\n", PROPER))
    assert.are.same({ "TARVEL MOTOR/organization", "TOKYO/place", "Tarvel Motor Co/organization" },
      listing("TARVEL MOTOR TO CUT JOBS\n\nTOKYO 1996-11-04\n\nTarvel Motor Co said it would cut " ..
        "jobs.\n", PROPER))
  end)

  it("reads a name's first word alone as the organisation only where it stands as a name", function()
    -- a word no dictionary has, wherever it stands
    assert.are.same({ "Zorvane Transport Services/organization", "Zorvane/organization" },
      listing("Zorvane Transport Services said it would cut jobs. Zorvane will pay in May.", PROPER))
    -- a common word where a name's words go on after it, or where a capital
    -- says nothing and no verb of a subject follows; but one that speaks
    assert.are.same({ "Public and Commercial Services/organization" },
      listing("The Public and Commercial Services union objected. \"Public services are " ..
        "improving,\" he said.", PROPER))
    assert.are.same({ "Educational Testing Services/organization" },
      listing("Endata signed with Educational Testing Services. Later Educational Testing " ..
        "asked it to stop.", { types = { "organization" } }))
    assert.are.same({ "Musicians Trust Services/organization", "Musicians/organization" },
      listing("Musicians Trust Services lost money. Musicians said it would appeal.", PROPER))
  end)

  it("reads a founder's name in the possessive before a firm's head as the firm's alone", function()
    -- elsewhere in the document, with its 's, whatever the tagger made of it
    assert.are.same({ "Tarrow's Group/organization", "Tarrow's/organization", "Tarrow's/organization" },
      listing("The brewer Tarrow's Group made an offer. Tarrow's said the deal was fair. " ..
        "Later Tarrow's shares fell.", PROPER))
    local e = assert(verba.entities("The brewer Tarrow's Group made an offer. Tarrow's said so."))
    assert.are.equal("Tarrow's", e[2].text)
    assert.are.equal(e[1].id, e[2].id)
    -- not where a name goes on after it, nor a plural's apostrophe
    local got = listing("The brewer Tarrow's Group made an offer. He drank Tarrow's Lager.", PROPER)
    assert.are_not.equal("Tarrow's/organization", got[2])
    got = listing("The Musicians' Union objected. Musicians' groups met on Monday.", PROPER)
    assert.are_not.equal("Musicians'/organization", got[2])
  end)

  it("keeps the 's of a firm the lists have with it", function()
    assert.are.same({ "Standard & Poor's/organization", "Moody's/organization",
      "McDonald's/organization" },
      listing("Standard & Poor's cut the debt on Monday. Moody's did too. " ..
        "He ate at McDonald's.", PROPER))
    -- over the tagger's names inside it (it reads Poor as a person's)
    assert.are.same({ "Standard & Poor's/organization" },
      listing("Analysts at Standard & Poor's said so.", PROPER))
    -- not a word the lists have without its 's, nor someone's after a title
    assert.are.same({ "Toyota/organization" }, listing("Analysts said Toyota's shares rose.", PROPER))
    local got = listing("Mr. Moody's house burned down.", PROPER)
    assert.are.equal(1, #got)
    assert.are.equal("Moody/", got[1]:match("^[^/]+/"))
  end)

  it("reads an organisation's name in the possessive as a name of its own before another", function()
    assert.are.same({ "Brindle Holdings Plc/organization", "Danvers Mills/organization" },
      listing("Brindle Holdings Plc's Danvers Mills unit rose.", PROPER))
  end)

  it("reads a listed organisation whole where the tagger saw the end of it", function()
    assert.are.same({ "Barcelona/organization", "Real Madrid/organization" },
      listing("Barcelona beat Real Madrid 3-1 on Sunday.", PROPER))
    assert.are.same({ "AS Roma/organization" }, listing("The fans of AS Roma sang.", PROPER))
  end)

  it("cuts an organisation's name before the title of the person named after it", function()
    assert.are.same({ "Federal Reserve Board/organization", "Manuel Ortega/person" },
      listing("He said Federal Reserve Board Vice Chairman Manuel Ortega spoke.", PROPER))
    assert.are.same({ "Office of Management and Budget/organization", "James Morvel/person" },
      listing("Office of Management and Budget Director James Morvel said so.", PROPER))
    -- a title inside the name after "of the" is the name's
    assert.are.same({ "Office of the Deputy Prime Minister/organization" },
      listing("The Office of the Deputy Prime Minister said so.", PROPER))
  end)

  it("reads no listed name with its article as the start of a longer name", function()
    if not has_gazetteer then return end
    -- (The National, The Australian: newspapers the lists have)
    assert.are.same({ "National Transportation Safety Board/organization" },
      listing("The National Transportation Safety Board said so.", PROPER))
    for _, e in ipairs(assert(verba.entities("The Australian Government will pay.", PROPER))) do
      assert.are_not.equal("organization", e.text == "Australian" and e.type, e.text)
    end
  end)

  it("reads a partnership's name written with a comma as one organisation", function()
    assert.are.same({ "Vandell, Sachs and Co/organization", "First Boston Inc/organization" },
      listing("Lead underwriters are Vandell, Sachs and Co and First Boston Inc said.", PROPER))
    -- not a person's full name before a firm in apposition, nor a firm's own name in a list
    assert.are.same({ "Thomas Varnel/person", "Varnel and Co/organization" },
      listing("The analyst Thomas Varnel, Varnel and Co, said so.", PROPER))
    -- the wire's angle brackets hold one firm's name, its commas too
    assert.are.same({ "Parrish, Holt, Fenner and Smith Ltd/organization" },
      listing("The underwriter is <Parrish, Holt, Fenner and Smith Ltd>.", PROPER))
  end)

  it("reads a head that opens names in other languages and the name after it as one", function()
    assert.are.same({ "Companhia Varela do Rio Tarde/organization", "CVRT/organization" },
      listing("The sale of mining giant Companhia Varela do Rio Tarde (CVRT) was approved.", PROPER))
    assert.are.same({ "Banque Nationale de Varnes/organization" },
      listing("The lead manager, Banque Nationale de Varnes, said so.", PROPER))
    -- with its abbreviated suffix, not into a title and a name
    assert.are.same({ "Banco do Varnel SA/organization" },
      listing("State-controlled Banco do Varnel SA said so.", PROPER))
    assert.are.same({ "Societe Varnesienne/organization", "Marc Vienot/person" },
      listing("Societe Varnesienne President Marc Vienot said so.", PROPER))
  end)

  it("reads a listed firm's unit named after it with a head word as one name", function()
    if not has_gazetteer then return end
    assert.are.same({ "Merrill Lynch Capital Markets/organization" },
      listing("Lead manager is Merrill Lynch Capital Markets.", PROPER))
    assert.are.same({ "Boeing Varnel Airplane Co/organization" },
      listing("Shares of Boeing Varnel Airplane Co rose.", PROPER))
    -- not past a possessive, nor in a headline in capitals
    for _, e in ipairs(assert(verba.entities("BOEING TARGETS HOME ELECTRONICS\nIt grew.", PROPER))) do
      assert.are_not.equal("BOEING TARGETS HOME ELECTRONICS", e.text)
    end
  end)

  it("reads a listed organisation whole where the tagger saw the start of it", function()
    assert.are.same({ "Organization for Economic Cooperation and Development/organization",
      "Paris/place" },
      listing("Members of the Organization for Economic Cooperation and Development met in Paris.",
        PROPER))
    assert.are.same({ "BBC Radio 4/organization" },
      listing("She heard it on BBC Radio 4 yesterday.", PROPER))
    assert.are.same({ "University of California, Davis/organization" },
      listing("The University of California, Davis, said so.", PROPER))
    -- with the legal suffix after it, which the tagger read with the name's last words
    assert.are.same({ "Daniel Lee/person", "Drexel Burnham Lambert Inc/organization" },
      listing("Daniel Lee, an analyst at Drexel Burnham Lambert Inc, said the bid was low.",
        PROPER))
    assert.are.same({ "Credit Suisse First Boston Ltd/organization" },
      listing("He said Credit Suisse First Boston Ltd was lead manager.", PROPER))
    -- before "and" and another name, which is no part of it
    assert.are.same({ "Sheffield Wednesday/organization", "Arsenal/organization" },
      listing("He played in a game between Sheffield Wednesday and Arsenal in 1998.", PROPER))
  end)

  it("reads a name written with an ampersand and no spaces as one name", function()
    assert.are.same({ "AT&T/organization" }, listing("AT&T said on Monday it would cut jobs.", PROPER))
    assert.are.same({ "AT&T/organization", "Brandt KW&T Corp/organization" },
      listing("Shares of AT&T fell. Analysts at Brandt KW&T Corp disagreed.", PROPER))
    -- before a full stop too, where the tokenizer once read T. as an initial
    assert.are.same({ "AT&T/organization" },
      listing("The contract went to AT&T. Shares of rivals fell.", PROPER))
    -- a letter that is an article too keeps its place when written together with the rest
    for _, item in ipairs(listing("He studied at Texas A&M's Aerospace Engineering Department.", PROPER)) do
      assert.is_nil(item:find("^&"), item)
    end
    -- letters the tagger read in part as a person's are the firm's (it saw G)
    assert.are.same({ "P&G/organization" }, listing("P&G said sales rose.", PROPER))
    -- not a person's name of its own after a full stop
    for _, item in ipairs(listing("He works at M&S. Sales rose.", PROPER)) do
      assert.is_nil(item:find("Sales"), item)
    end
  end)

  it("ends an organisation's name before an of and a person's full name", function()
    assert.are.same({ "Labour Party/organization", "Shimon Peres/person" },
      listing("Polls put the Labour Party of Shimon Peres ahead.", PROPER))
    -- not before a place's name of given names (Santa Barbara)
    assert.are.same({ "Pacific Thrift Corp of Santa Barbara/organization" },
      listing("Pacific Thrift Corp of Santa Barbara said profits rose.", PROPER))
  end)

  it("reads the names on a leaderboard's line as people's", function()
    if not has_gazetteer then return end
    assert.are.same({ "Tiger Woods/person", "Nolan Henke/person", "Bob Tway/person",
      "Steve Elkington/person", "Australia/place", "Payne Stewart/person" },
      listing("Leading scores:\n\n65 Tiger Woods, Nolan Henke\n\n" ..
        "72 Bob Tway, Steve Elkington (Australia), Payne Stewart\n", PROPER))
    -- not a team's line (words in capitals), nor one with other words on it
    local got = listing("\n72 BOSTON CELTS\n", PROPER)
    for _, item in ipairs(got) do assert.are_not.equal("BOSTON CELTS/person", item) end
    got = listing("\n65 Tiger Woods won it\n", PROPER)
    for _, item in ipairs(got) do assert.are_not.equal("Tiger Woods/person", item) end
  end)

  it("reads the fielders and bowlers of a cricket scorecard as people", function()
    assert.are.same({ "S. Varnell/person", "Healy/person", "McGrath/person", "R. Ortway/person",
      "Pemble/person", "Warne/person", "Reiffel/person" },
      listing("S. Varnell c Healy b McGrath 0\nR. Ortway lbw b Pemble 9\n\n" ..
        "Bowling: Warne 11-4-26-2, Reiffel 8.3-2-15-0\n", { types = { "person" } }))
    -- and the batsman opening a line before his dismissal, a common word too
    assert.are.same({ "B. Young/person", "Moin Khan/person", "Waqar/person" },
      listing("New Zealand\n\nB. Young c Moin Khan b Waqar 5\n", { types = { "person" } }))
  end)

  it("reads a match's summary: its sides as teams, its players as people", function()
    assert.are.same({ "Vorshire/organization", "A. Stelt/person", "G. Kervey/person",
      "Pemshire/organization" },
      listing("At Lord's: Vorshire 320-6 ( A. Stelt 102 , G. Kervey 60 ) v Pemshire .\n",
        PROPER))
    -- a player's figures are no score; a country's side is the country
    local e = find("Vorshire 259 (P. Cotvey 64; M. Sagvers 4-56) v Pemshire.", "M. Sagvers")
    assert.are.equal("person", e and e.type)
    assert.are.same({ "Pakistan/place", "Saeed Anwar/person", "England/place" },
      listing("Pakistan 320 (Saeed Anwar 176) v England.", PROPER))
    -- without a "v", in a line read as a score's (Taylor is a town's name
    -- too): the bowler before his figures in its brackets
    assert.are.same({ "Australia/place", "Mark Taylor/person", "Dominic Smith/person" },
      listing("Australia 228 (Mark Taylor 50, Dominic Smith 4-42) and 102-3.", PROPER))
    -- not a law case, nor a sentence whose first word is no side
    assert.is_nil(find("The court ruled in Roe v Wade in 1973.", "Roe"))
    assert.is_nil(find("In 1801 he went to Harrow and played in the Eton v Harrow match.", "In"))
  end)

  it("reads the players in brackets after a side's runs or score as people", function()
    -- the players' bracket after the runs and the words of the innings,
    -- a particle inside a name; names the tagger reads as products' before
    -- a number (Halo 2)
    assert.are.same({ "Kenya/place", "Tharun Velapattu/person", "Ruvan de Soysa/person",
      "Qadir Nawaz/person" },
      listing("Scores: Kenya 231-7 in 50 overs (Tharun Velapattu 84, Ruvan de Soysa 52; " ..
        "Qadir Nawaz 3-41).", PROPER))
    assert.are.same({ "Sanjeewa Pathirage/person" },
      listing("Totals: Ruhuna 188 (Sanjeewa Pathirage 61).", { types = { "person" } }))
    -- not a product's versions after a common noun, nor parts of common words
    for _, text in ipairs({ "The firm listed its systems (Zentra 95, Zentra 97).",
                            "The shop sold 40 (Zentra 95, Zentra 97) last week.",
                            "It runs Vortex 2000 (Service Pack 4) at home." }) do
      for _, item in ipairs(listing(text, { types = { "person" } })) do
        error(text .. ": " .. item)
      end
    end
  end)

  it("reads a name before a bracket of minutes as a scorer's", function()
    assert.are.same({ "Del Piero/person", "Vieri/person", "Weah/person" },
      listing("Juventus 2 AC Milan 1\n\nScorers: Juventus - Del Piero (23rd minute), Vieri (70); " ..
        "Milan - Weah (45).\n", { types = { "person" } }))
    assert.are.same({ "Casiraghi/person", "Signori/person" },
      listing("Scorers: Casiraghi (12, 56), Signori (80 penalty).\n", PROPER))
    -- not a country's count, a work's year or a side's record
    assert.are.same({}, listing("Medals: Brazil (3), Kenya (2).\n", { types = { "person" } }))
    assert.are.same({}, listing("His films include The Boxer (1998), Crucible (1997).\n",
      { types = { "person" } }))
    assert.are.same({}, listing("Semifinals: Yuba (32-3) vs. Fresno City (31-3).\n",
      { types = { "person" } }))
  end)

  it("reads an initial without its dot and a family name in a list as a person's name", function()
    assert.are.same({ "Wales/place", "R McBryde/person", "J Yapp/person", "I Gough/person",
                      "R Sowden-Taylor/person", "G Cooper/person" },
      listing("Wales: R McBryde, J Yapp, I Gough, R Sowden-Taylor, G Cooper.\n", PROPER))
    -- a list's first item opening its line; a referee and his county
    assert.are.same({ "B Cockbain/person", "R Sidoli/person", "N Tarvel/person" },
      listing("B Cockbain, R Sidoli; N Tarvel.\n", { types = { "person" } }))
    assert.are.same({ "G Poll/person" }, listing("Referee: G Poll (Hertfordshire).\n",
      { types = { "person" } }))
    -- not a compass point's initial before a place, nor a common word
    assert.are.same({ "Africa/place" }, listing("Referee: J Kaplan (S Africa).\n", { types = { "place" } }))
    assert.are.same({}, listing("The fund sells A, B Shares and C Shares.\n", { types = { "person" } }))
  end)

  it("settles the types of a line that lists names alone by the types of most", function()
    assert.are.same({ "Johnson/person", "Smertin/person", "Cudicini/person" },
      listing("Subs not used: Johnson, Smertin, Cudicini.\n", PROPER))
    assert.are.same({ "Nike/organization", "Adidas/organization", "Harrison/organization" },
      listing("Sponsors: Nike, Adidas, Harrison.\n", PROPER))
    -- not a headline's words of grammar or possessives, nor too few names
    local e = find("So Long, Grand Old Party; Hello, White People's Party.\n", "Long")
    assert.are_not.equal("organization", e and e.type)
    assert.are.same({ "Nike/organization", "Harrison/person" },
      listing("Sponsors: Nike, Harrison.\n", PROPER))
  end)

  it("reads a line-up with its substitutes as people, and its side as a team", function()
    local lineup = "Dravic, Okonkwo, Hyvarinen, Marsh (Tellez 73), Bergkamp, Ollivander, " ..
      "Penhallow (Sinama Quell 75), Dyer, Kluivert, Harper, Scotland.\n"
    local got = listing("Arsenal won 2-1.\n\n" .. lineup, { types = { "person" } })
    assert.are.same({ "Dravic/person", "Okonkwo/person", "Hyvarinen/person", "Marsh/person",
      "Tellez/person", "Bergkamp/person", "Ollivander/person", "Penhallow/person",
      "Sinama Quell/person", "Dyer/person", "Kluivert/person", "Harper/person",
      "Scotland/person" }, got)
    -- the side before a colon: a club the lists know
    assert.are.same({ "Celtic/organization" },
      listing("Celtic: " .. lineup, { types = { "organization", "place" } }))
    -- no line-up without a substitute's bracket, nor a list of towns
    local e = find("Dyer, Harper, Dravic, Marsh, Ollivander, Scotland.\n", "Scotland")
    assert.are.equal("place", e and e.type)
    -- but a side's name and a colon open one, which may end before the substitutes' label,
    -- where the tagger read most of its names as people's
    assert.are.same({ "Barnsley/organization", "Dyer/person", "Harper/person", "Dravic/person",
      "Marsh/person", "Ollivander/person", "Penhallow/person", "Bergkamp/person",
      "Kluivert/person" },
      listing("Barnsley: Dyer, Harper, Dravic, Marsh, Ollivander, Penhallow. Subs: Bergkamp, "
        .. "Kluivert.\n", PROPER))
    e = find("Barnsley: Leeds, York, Hull, Derby, Bury, Wigan.\n", "Barnsley")
    assert.are.equal("place", e and e.type)
  end)

  it("reads a match between two nicknames with its score as one between teams", function()
    assert.are.same({ "Vorlans/organization", "Quarmets/organization" },
      listing("The Vorlans beat the Quarmets 24-17 on Sunday.", PROPER))
    -- a people's name is none (the Democrats won 52-48)
    assert.are.same({}, listing("The Democrats won 52-48 on the vote.", { types = { "organization" } }))
  end)

  it("reads a side before a score of two digits a side as a team", function()
    assert.are.same({ "Zorvane Rovers/organization", "Springboks/organization", "Durban/place" },
      texts_typed("Zorvane Rovers lost to the Springboks 33-26 in Durban."))
    -- a number alone after a name is a goal's minute or an age as often
    assert.are.same({ "Arjen Robben/person" }, texts_typed("Arjen Robben 35 scored again."))
    -- a set of scores after a name is a player's games
    local got = texts_typed("TENNIS - HINGIS BEATS SELES TO REACH FINAL.\n\nNEW YORK 1996-12-07\n\n" ..
      "Top seed Martina Hingis of Switzerland beat Monica Seles 6-3 6-4 on Saturday to reach " ..
      "the final. Hingis will meet Steffi Graf, who beat Jana Novotna of the Czech Republic 7-6 6-2.")
    assert.is_truthy(got[1])
    local seles
    for _, t in ipairs(got) do if t:match("Seles/") and not t:match("SELES") then seles = t end end
    assert.are.equal("Monica Seles/person", seles)
  end)

  it("reads a line of results with points of any size as two sides", function()
    assert.are.same({ "NBA/organization", "Utah/organization", "Houston/organization",
                      "Zorvane Rovers/organization", "Phoenix/organization" },
      texts_typed("NBA RESULTS.\n\nUtah 102 Houston 99\nZorvane Rovers 100 Phoenix 91 (OT)\n"))
    -- a player's scores are no side's
    assert.are.same({ "Ernie Els/person" }, texts_typed("Ernie Els 66 68"))
  end)

  it("reads a fixture on a line of its own as two sides", function()
    assert.are.same({ "SEATTLE/organization", "BOSTON/organization", "DETROIT/organization",
                      "NEW YORK/organization", "Leeds/organization", "Chelsea/organization" },
      texts_typed("SCHEDULE\n\nSEATTLE AT BOSTON\nDETROIT AT NEW YORK\n\nLeeds v Chelsea\n"))
    -- not where a side is no town, region or club the lists have
    local office = find("CLINTON AT WHITE HOUSE\n\nThe president met them.", "CLINTON")
    assert.are_not.equal("organization", office and office.type)
  end)

  it("reads no name and no dateline in a story's slug", function()
    assert.are.same({ "Bosnia/place", "SARAJEVO/place" },
      texts_typed("PRESS DIGEST - Bosnia - Aug 23.\n\nSARAJEVO 1996-08-23\n\nThese are the leading stories."))
    assert.are.same({}, texts_typed("RUGBY UNION - BRINDLE TO RETIRE.\n\nHe will retire."))
    -- a dateline's place stays one, with its state
    assert.are.same({ "RYE/place", "N.H./place", "Rio Tilton/person" },
      texts_typed("RYE, N.H. - State Rep. Rio Tilton said he would vote."))
  end)

  it("reads the competitor of a line of ranked results as a person", function()
    assert.are.same({ "Ato Boldon/person", "Trinidad/place", "Obadele Thompson/person",
                      "Barbados/place" },
      texts_typed("Men's 100 metres:\n\n1. Ato Boldon (Trinidad) 10.05\n\n" ..
        "2. Obadele Thompson (Barbados) 10.10\n"))
    -- not a line with other words after the country
    local e = find("1. Ato Boldon (Trinidad) was first to the line.\n", "Ato Boldon")
    assert.are_not.equal("person", e and e.type)
  end)

  it("reads the name after a competitor's country in a list of results as the team", function()
    assert.are.same({ "Jacques Villeneuve/person", "Canada/place", "Williams/organization",
                      "Bjarne Riis/person", "Denmark/place", "Telekom/organization" },
      texts_typed("1. Jacques Villeneuve (Canada) Williams 1 hour 46:21.134\n" ..
        "2. Bjarne Riis (Denmark) Telekom 4:30:12\n"))
    -- a sponsor's name of words no list has, which a rule read as a person's
    assert.are.same({ "Marco Pantani/person", "Italy/place", "Mercatone Uno/organization" },
      texts_typed("Leading results:\n\n2. Marco Pantani (Italy) Mercatone Uno 1:08 behind\n"))
    -- a pair of players is two players
    assert.are.same({ "Todd Woodbridge/person", "Australia/place", "Mark Woodforde/person",
                      "Australia/place" },
      texts_typed("Todd Woodbridge (Australia) Mark Woodforde (Australia) beat them."))
  end)

  it("reads a town's name in the possessive before a player's full name as the club", function()
    if not has_gazetteer then return end
    assert.are.same({ "Liverpool/organization", "Robbie Fowler/person" },
      texts_typed("Liverpool's Robbie Fowler scored twice."))
    assert.are.same({ "Jon Callard/person", "Leicester/organization", "Tim Stimpson/person" },
      texts_typed("Jon Callard returns at full-back in place of Leicester 's Tim Stimpson ."))
    -- not where the sentence speaks of no sport, nor a country's name
    assert.are.same({ "Texas/place", "John Cornyn/person" }, texts_typed("Texas's John Cornyn said so."))
    assert.are.same({ "England/place", "Alan Shearer/person" },
      texts_typed("England's Alan Shearer scored twice."))
    assert.are.same({ "New Jersey/place", "Winfield Scott/person" },
      texts_typed("The Whigs nominated New Jersey's Winfield Scott, who lost."))
  end)

  it("reads the names in brackets after the players of a squad's list as their clubs", function()
    assert.are.same({ "Jon Callard/person", "Bath/organization", "Jon Sleightholme/person",
                      "Bath/organization", "Phil de Glanville/person", "Bath/organization" },
      texts_typed("Squad: Jon Callard (Bath), Jon Sleightholme (Bath), Phil de Glanville (Bath, captain)."))
    -- a list of countries, some written short, is one of places
    assert.are.same({ "J Fourie/person", "SA/place", "T Umaga/person", "New Zealand/place",
                      "G Gregan/person", "Aus/place" },
      texts_typed("World XV: J Fourie (SA), T Umaga (New Zealand), G Gregan (Aus, capt)."))
    -- not a party's letter and a state's after politicians' names
    local e = find("It was proposed by Chairman Dan Rostenkowski (D-Ill), Rep John Duncan (R-Tenn), " ..
      "Chairman Lloyd Bentsen (D-Tex) and Sen Bob Packwood (R-Ore).", "D-Ill")
    assert.are_not.equal("organization", e and e.type)
  end)

  it("reads a team's nickname after \"the\" in a match report as the team", function()
    -- (a nickname no list has: team_names.tsv lists the Wallabies)
    assert.are.same({ "Kangaroos/organization", "Springboks/organization", "Cape Town/place" },
      texts_typed("The Kangaroos lost to the Springboks 20-15 in Cape Town."))
    -- no report of a match, no team
    assert.are.same({}, texts_typed("The Kangaroos grazed near the road."))
  end)

  it("reads a row of standings as a team's", function()
    assert.are.same({ "BOSTON/organization", "69/number", "69/number", ".500/number", "9/number" },
      listing("BOSTON 69 69 .500 9"))
    assert.are.same({ "Arsenal/organization" },
      listing("Arsenal 4 3 1 0 8 3 10", PROPER))
    -- a dateline, a country's row and a player's are not a team's
    assert.are.same({ "LONDON/place" }, listing("LONDON 1996-08-30", PROPER))
    assert.are.same({ "China/place" }, listing("China 16 22 12", PROPER))
    assert.are.same({ "Ernie Els/person" }, listing("Ernie Els 66 66", PROPER))
    -- a table of prices is no table of standings
    assert.are.same({ "Chicago/place" }, listing("Chicago       --    3.04   2.98", PROPER))
    -- a row that ends in a dash runs on into the next for the sentencer:
    -- each row is read on its own line, the dateline's town a team's too
    assert.are.same({ "NEW YORK/place", "NEW YORK/organization", "BALTIMORE/organization",
                      "BOSTON/organization" },
      listing("NEW YORK 1996-08-29\n\nNEW YORK 74 57 .565 -\nBALTIMORE 70 61 .534 4\n" ..
        "BOSTON 67 66 .504 8\n", PROPER))
    -- half a game behind counts too
    assert.are.same({ "ORLANDO/organization" }, listing("\nORLANDO 12 5 .706 1 1/2\n", PROPER))
  end)

  it("reads the possessor of a person's full name as the team or firm", function()
    assert.are.same({ "Ferrari/organization", "Michael Schumacher/person" },
      listing("Ferrari's Michael Schumacher was third.", PROPER))
    assert.are.same({ "Ferrari/organization", "Michael Schumacher/person" },
      listing("Ferrari 's Michael Schumacher was third .", PROPER))
    -- and of a family name alone, where the possessor is no person's full name
    if not has_gazetteer then return end
    assert.are.same({ "Ferrari/organization", "Schumacher/person" },
      listing("Ferrari's Schumacher was third.", PROPER))
    assert.are.same({ "Jardine Fleming/organization", "Edwards/person" },
      listing("\"It is bad,\" Jardine Fleming's Edwards said.", PROPER))
  end)

  it("parts a person's full name in the possessive from what is theirs", function()
    assert.are.same({ "Helmut Quernbach/person", "Christian Democrats/group" },
      listing("Chancellor Helmut Quernbach's Christian Democrats said the plan was blocked.",
        { types = { "person", "organization", "place", "group" } }))
    assert.are.same({ "Orson Tolvane/person", "Macbeth/other" },
      listing("Director Orson Tolvane's Macbeth opened.", { types = { "person", "other" } }))
  end)

  it("runs a name after a title on over a family name with its particle joined", function()
    assert.are.same({ "Suleiman al-Amr/person" },
      listing("The talks failed, said director General Suleiman al-Amr.", PROPER))
  end)

  it("reads a name before a role in lower case and a full name as the team or firm", function()
    assert.are.same({ "Williams/organization", "Jacques Villeneuve/person" },
      listing("He finished ahead of Williams driver Jacques Villeneuve .", PROPER))
    assert.are.same({ "Gartner/organization", "Carolina Milanesi/person" },
      listing("Sales were slow, Gartner analyst Carolina Milanesi said.", PROPER))
    -- a place stays the place, a person's full name the person
    assert.are.same({ "England/place", "Mike Atherton/person" },
      listing("England captain Mike Atherton said it was a blow.", PROPER))
    -- a place the tagger saw in no list, before a role no office is: a firm's
    assert.are.same({ "Amazon/organization", "Jeff Bezos/person" },
      listing("He met Amazon founder Jeff Bezos on Monday.", PROPER))
    assert.are.same({ "Texas/place", "George Bush/person" },
      listing("The deal pleased Texas governor George Bush.", PROPER))
    assert.are.same({ "Johnny Cash/person", "Saul Holiff/person" },
      listing("Johnny Cash manager Saul Holiff said the tour was over.", PROPER))
    -- and a person's name in the possessive before a role no office is, though the
    -- lists have a town of the name (Clinton, Iowa); a title's office stays a place's
    if not has_gazetteer then return end
    assert.are.same({ "Clinton/person", "Mike McCurry/person" },
      listing("Clinton's spokesman Mike McCurry told reporters.", PROPER))
    assert.are.same({ "Houston/place", "John Smith/person" },
      listing("Houston's mayor John Smith spoke.", PROPER))
    -- a family name alone, or a famous person's, before a person's staff
    assert.are.same({ "Clinton/person", "Mike McCurry/person" },
      listing("He said Clinton spokesman Mike McCurry was right.", PROPER))
    assert.are.same({ "Obama/person", "Josh Earnest/person" },
      listing("He said Obama spokesman Josh Earnest was right.", PROPER))
  end)

  it("ends a firm's name with its legal suffix, and a title-like first word in it", function()
    assert.are.same({ "General Motors Corp/organization" }, listing("General Motors Corp said sales rose."))
    assert.are.same({ "General Dynamics Corp/organization" },
      listing("Sales rose, General Dynamics Corp said."))
    assert.are.same({ "Tesco plc/organization" }, listing("Shares in Tesco plc fell."))
    -- a title's word inside the name, with the words before it, and the name
    -- without its suffix later (where the tagger saw a person Corp)
    assert.are.same({ "Quelvor General Corp/organization", "Quelvor General/organization" },
      listing("Quelvor General Corp said it received a bid. Dart owns 5 pct of Quelvor " ..
        "General and wants more.", PROPER))
    -- an acronym in prose before the suffix is the firm's
    assert.are.same({ "DALLAS/place", "QTX Corp/organization" },
      listing("DALLAS, March 20 - QTX Corp said a credit agreement was approved.", PROPER))
    -- a person's name the suffix ends is the firm's, also before a suffix in
    -- capitals that is a word too (AG)
    assert.are.same({ "General Motors Corp/organization", "Adam Opel AG/organization" },
      listing("General Motors Corp and its unit Adam Opel AG filed a lawsuit.", PROPER))
    assert.are.same({ "Rivkin James Capel Ltd/organization" },
      listing("The brokerage house Rivkin James Capel Ltd said so.", PROPER))
    -- and in the possessive, first in a sentence or after the name
    assert.are.same({ "Daimler-Benz AG/organization" },
      listing("Daimler-Benz AG's unit cut 3,000 jobs.", PROPER))
    assert.are.same({ "Reuters/organization", "Daimler-Benz AG/organization" },
      listing("Reuters said Daimler-Benz AG's unit would cut jobs.", PROPER))
  end)

  it("takes a name in apposition to a role for a person's, and one in a listed town for the town", function()
    assert.are.same({ "Lagos/place", "Gani Fawehinmi/person" },
      listing("Police in Lagos said the lawyer, Gani Fawehinmi, was held.", PROPER))
    assert.are.same({ "Lagos/place" }, listing("Police in Lagos said on Monday that two men were held.", PROPER))
    -- a given name the lists have as a place's too, after a role or a kin's noun, with its
    -- comma or without, is the person's; a country's stays the country
    assert.are.same({ "Alice/person" }, listing("His wife, Alice, reported it.", PROPER))
    assert.are.same({ "Denver/person" }, listing("She and her husband Denver moved west.", PROPER))
    assert.are.same({ "Georgia/place" }, listing("His wife, Georgia, reported it.", PROPER))
    assert.are.same({ "Tovrik/person" }, listing("It hurt his brother Tovrik badly.", PROPER))
    -- an "other" the lists know as a place alone
    assert.are.same({ "Sulaimaniya/place" },
      listing("The forces captured Sulaimaniya on Monday.", { types = { "place", "other" } }))
  end)

  it("knows the parties, firms and agencies of wire reports", function()
    if not has_gazetteer then return pending("the built-in gazetteer is not there") end
    assert.are.same({ "National Front/organization", "Jean-Marie Le Pen/person" },
      listing("National Front leader Jean-Marie Le Pen called for a vote.", PROPER))
    assert.are.same({ "Elf Aquitaine/organization", "Itar-Tass/organization" },
      listing("Shares in Elf Aquitaine fell while Itar-Tass reported the deal.", PROPER))
    assert.are.same({ "Islamic Jihad/organization", "Hizbollah/organization" },
      listing("Islamic Jihad and Hizbollah condemned the talks.", PROPER))
  end)

  it("takes a name the lists know as an organisation's and no one's for the organisation", function()
    assert.are.same({ "Kremlin/organization" }, listing("The summit is off, Kremlin says."))
  end)

  it("finds the acronym in brackets after an organisation's name and later on", function()
    local e = assert(verba.entities("Officials of the Quarnby Harbour Trust (QHBT) met. QHBT staff agreed."))
    assert.are.same({ "Quarnby Harbour Trust", "QHBT", "QHBT" }, { e[1].text, e[2].text, e[3].text })
    assert.are.same({ "organization", "organization", "organization" }, { e[1].type, e[2].type, e[3].type })
    assert.are.same({ e[1].id, e[1].id }, { e[2].id, e[3].id })
  end)

  it("finds a short name no list has right before an organisation's name in brackets", function()
    if not has_gazetteer then return end
    assert.are.same({ "Zorvex/organization", "Peruvian Centre for Social Studies/organization",
                      "Zorvex/organization" },
      listing("The group, Zorvex (Peruvian Centre for Social Studies) led the project. Zorvex says " ..
        "farmers are key.", PROPER))
    -- not a player's before a club's, nor a family name the lists have
    assert.are_not.equal("organization", (find("Fletcher (West Ham), Zorvex (West Brom) and Giggs " ..
      "(Man Utd) are in the squad.", "Zorvex") or {}).type)
    assert.are_not.equal("organization", (find("Tomlinson (Newham and Essex Beagles) won the race.",
      "Tomlinson") or {}).type)
  end)

  it("finds a capitalised short name in brackets after an organisation's name", function()
    if not has_gazetteer then return end
    -- a word no list and no dictionary has, what the tagger made of it
    local e = assert(verba.entities("The Foreign Trade Department (Cacex) said exports rose. " ..
      "Cacex officials agreed."))
    assert.are.same({ "Foreign Trade Department", "Cacex", "Cacex" }, { e[1].text, e[2].text, e[3].text })
    assert.are.same({ "organization", "organization", "organization" }, { e[1].type, e[2].type, e[3].type })
    assert.are.same({ e[1].id, e[1].id }, { e[2].id, e[3].id })
    -- not a part of the name that goes on after the brackets (the whole
    -- name is the firm's), nor a word of the dictionary
    assert.are.same({ "Zorvath Trading Co (Zorvland) Ltd/organization" },
      listing("Zorvath Trading Co (Zorvland) Ltd said so.", PROPER))
    assert.are.same({ "Zorvath Trading Co/organization" },
      listing("Zorvath Trading Co (Holdings) said so.", PROPER))
  end)

  it("links an acronym in brackets to the name before it, initials or not", function()
    local e = assert(verba.entities("The Organisation for Economic Co-operation and Development " ..
      "(OECD) warned. The OECD said it would act."))
    assert.are.equal(3, #e)
    assert.are.equal("OECD", e[2].text)
    assert.are.equal("organization", e[2].type)
    assert.are.equal(e[1].id, e[2].id)
    assert.are.equal(e[1].id, e[3].id)
    assert.are.equal("Organisation for Economic Co-operation and Development", e[3].canonical)
  end)

  it("takes a listed organisation that is also a common word where only a name explains its capital", function()
    assert.are.same({ "Arsenal/organization" }, listing("These were exciting times for Arsenal, he said."))
    assert.are.same({ "Arsenal/organization", "Arsene Wenger/person" },
      listing("He said the Arsenal manager, Arsene Wenger, would stay."))
    -- first in a sentence, in a title, or inside a longer name it says nothing
    assert.are.same({}, listing("Arsenal stocks grew."))
    assert.are.same({}, listing("Stocks Start Higher As Apple Rises"))
    assert.are.same({}, listing("The arsenal of the army grew."))
    local got = listing("Trading began on the Quarnby Stock Exchange in March.")
    assert.are_not.equal("Exchange/organization", got[#got])
  end)

  it("takes no sentence's first common word for a name the text has", function()
    local e = assert(verba.entities("Profits at Total rose. Total sales fell in March."))
    assert.are.same({ "Total", "March" }, { e[1].text, e[2].text })
  end)

  it("leaves a sentence's opening word out of a name", function()
    assert.are.same({ "Quarnby Corp/organization" }, listing("Later Quarnby Corp shares rose."))
  end)

  it("takes no initials for a person's name", function()
    local e = assert(verba.entities("Sen. Arlo Quist spoke in Ohio. Shares of AQ rose, and AQ said it would hire."))
    assert.are.same({ "Arlo Quist", "person" }, { e[1].text, e[1].type })
    for i = 2, #e do
      assert.are_not.equal(e[1].id, e[i].id, e[i].text)
    end
  end)
end)

describe("listed places of several words", function()
  it("takes a listed place the tagger read in part for the place", function()
    if not has_gazetteer then return pending("the built-in gazetteer is not there") end
    local e = find("Exports went along the line to Dar es Salaam for three months.", "Dar es Salaam")
    assert.are.equal("place", e and e.type)
    -- not words in lower case that spell one (Port Said), nor a longer name
    assert.is_nil(find("The Port said it would close.", "Port said"))
    for _, m in ipairs(assert(verba.entities("Shares of High Point Financial Corp rose."))) do
      assert.are_not.equal("High Point", m.text)
    end
  end)
end)

describe("initials", function()
  it("takes initials and the name after them for a person's, in lists and score lines", function()
    assert.are.same({ "R. Koeman/person", "G. W. Boateng/person", "J. Litmanen/person" },
      listing("Feyenoord 2 (R. Koeman 23, G. W. Boateng 67) Ajax 1 (J. Litmanen 50)",
        { types = { "person" } }))
    assert.are.equal("person", find("M. Atherton b Streak 16", "M. Atherton").type)
    assert.are.equal("person", find("The deal was backed by T. Boone Pickens, he said.", "T. Boone Pickens").type)
    -- past a family name's particles
    assert.are.same({ "F.W. de Klerk/person" },
      listing("He said former president F.W. de Klerk should apologise.", PROPER))
    -- (not a particle with no name after it, nor a name that runs on)
    assert.are.same({ "U.S./place" }, listing("The U.S. de facto ban stays.", PROPER))
    assert.is_nil(find("He went to the M.H. de Young Memorial Museum.", "M.H. de Young"))
  end)

  it("takes no initials alone, no abbreviation and no firm for a person's name", function()
    for _, e in ipairs(assert(verba.entities("He and J. P. Morgan & Co agreed in the U.S. on Monday."))) do
      assert.are_not.equal("person", e.type, e.text)
    end
    -- a firm the lists name with initials is the firm
    if has_gazetteer then
      assert.are.equal("organization",
        find("New powers went to three banks: Citicorp, J.P. Morgan and Bankers Trust.",
          "J.P. Morgan").type)
    end
    assert.is_nil(find("It paid 1.50 H.K. Dlrs a share.", "H.K. Dlrs"))
    assert.is_nil(find("The E.C. Charges were dropped.", "E.C. Charges"))
    local e = find("Shares of S.G. Warburg and Co rose.", "S.G. Warburg")
    assert.is_true(e == nil or e.type ~= "person")
  end)
end)

describe("landforms", function()
  it("takes Mt and the name after it for a place, never for a person after a title", function()
    assert.are.same({ "Mt. Talau/place", "Mt Kerrin/place" },
      listing("The island contains Mt. Talau and Mt Kerrin.", PROPER))
  end)

  it("takes Mount, Cape or Lake and the name after it for a place", function()
    assert.are.same({ "Cape Vorsk/place", "Lake Tamsa/place", "Lake Ovra/place" },
      listing("They sailed round Cape Vorsk to Lake Tamsa and Lake Ovra.", PROPER))
    -- not a body's name, nor inside a longer name, nor over a title
    assert.are.same({ "Mount Vorsk Hospital/organization" },
      listing("She works at the Mount Vorsk Hospital.", { types = { "organization" } }))
    assert.are.same({ "Lake County/place", "Robert Aufuldish/person" },
      listing("Lake County Commissioner Robert Aufuldish voted no.", PROPER))
  end)
end)

describe("US in capitals", function()
  it("takes US in a line not in capitals for the country, never the pronoun", function()
    assert.are.same({ "US/place" }, listing("The firm opened its US subsidiary.", PROPER))
    assert.are.same({ "US/place" }, listing("US demand for heating oil rose.", PROPER))
    -- not a longer name's first word, a currency, a headline, the pronoun
    for _, s in ipairs({ "He flew US Vandrair to Boston.", "It cost US$5 million.",
                         "US SAYS TALKS TO RESUME\n", "Let us go." }) do
      for _, e in ipairs(assert(verba.entities(s, PROPER))) do
        assert.are_not.equal("US", e.text, s)
      end
    end
  end)

  it("takes a country before a common word in a headline in title case for the country alone", function()
    assert.are.same({ "US/place" },
      listing("Quelvin's Support Twice That Of Tarvo's In Survey Of US Troops.\n\nThe men said so.", PROPER))
    -- in prose the capital makes the name, and an organisation's word does in a headline too
    assert.are.same({ "U.S. Treasury/organization" }, listing("The U.S. Treasury said it would act.", PROPER))
    assert.are.same({ "US Airways/organization" }, listing("US Airways Cuts Flights\n\nIt did.", PROPER))
    -- nor in a score line, which names a team so
    for _, e in ipairs(assert(verba.entities("Group F - Sweden 1 - 0 Korea Republic\n\nIt was close.", PROPER))) do
      assert.are_not.equal("Korea", e.text)
    end
  end)
end)

describe("places before a party's word", function()
  it("takes a listed place before a party's or a people's word for the place", function()
    local GROUPS = { types = { "person", "organization", "place", "group" } }
    assert.are.same({ "Trent Lott/person", "Mississippi/place", "Republican/group" },
      listing("Trent Lott, a Mississippi Republican, praised the move.", GROUPS))
    assert.are.same({ "Sherrod Brown/person", "Ohio/place", "Democrat/group" },
      listing("Senator Sherrod Brown, an Ohio Democrat, said the bill would fail.", GROUPS))
    -- not a team's, a party's, a longer name's or a people's word
    for _, t in ipairs({ { "The Texas Rangers won the game on Monday.", "Texas" },
                         { "The Liberal Democrat candidate won the seat easily.", "Liberal" },
                         { "The Massachusetts Democrats for Education Reform met on Monday.",
                           "Massachusetts" },
                         { "The West German economy grew strongly last year.", "West" } }) do
      for _, e in ipairs(assert(verba.entities(t[1], GROUPS))) do
        assert.are_not.equal(t[2] .. "/place", e.text .. "/" .. e.type, t[1])
      end
    end
  end)
end)

describe("compass regions", function()
  it("takes a point of the compass before a place's name into it", function()
    assert.are.same({ "West Africa/place", "Southern California/place" },
      listing("Firms in West Africa and Southern California gained.", PROPER))
    -- not one a name of its own holds, nor across a line
    assert.are.same({ "North Korea/place" }, listing("North Korea fired a missile.", PROPER))
    for _, e in ipairs(assert(verba.entities("Report from the West\nAfrica desk.", PROPER))) do
      assert.is_nil(e.text:find("\n"), e.text)
    end
  end)
end)

describe("divisions", function()
  it("takes the name before County, Province, Parish ... and the word for a place", function()
    assert.are.same({ "Vandry County/place", "Kessal Province/place", "Orvane Parish/place" },
      listing("Floods hit Vandry County and Kessal Province, and Orvane Parish voted.", PROPER))
    -- one place each on either side of "and", past a family name (Cook
    -- County), with a short Saint (St. Orvane County)
    assert.are.same({ "Orvane County/place", "Cook County/place" },
      listing("Officials in Orvane County and Cook County said the vote was close.", PROPER))
    assert.are.same({ "St. Vandry County/place" },
      listing("He reported it to St. Vandry County police.", PROPER))
  end)

  it("keeps a title's name after the division, and leaves the bodies' names", function()
    assert.are.same({ "Vandry County/place", "Lee Orvane/person" },
      listing("Vandry County Sheriff Lee Orvane said no.", PROPER))
    -- a body's name that goes on, a district of common words, a country's
    for _, s in ipairs({ "The Vandry County Register reported it.",
                         "The Vandry Fire District closed the road.",
                         "U.S. District Judge Lee Orvane ruled." }) do
      for _, e in ipairs(assert(verba.entities(s, PROPER))) do
        assert.is_false(e.type == "place" and e.text:find("[CD]%l+$") ~= nil, s .. ": " .. e.text)
      end
    end
  end)
end)

describe("buildings", function()
  it("takes a name ending in a noun for a building or a square for a place, not a person", function()
    assert.are.same({ "Kaiser Building/place", "Adler Planetarium/place" },
      listing("The skyline includes the Kaiser Building and the Adler Planetarium.", PROPER))
    -- but a family name after a given name (John Tower)
    assert.are.equal("person", find("The commission was headed by Sen. John Tower.", "John Tower").type)
  end)

  it("takes a name ending in a noun for water or land (Brook, Beach, Falls) for a place", function()
    local e = find("The bridge crosses Hancock Brook near the mill.", "Hancock Brook")
    assert.are.equal("place", e and e.type)
    e = find("Police closed Bondi Beach on Sunday.", "Bondi Beach")
    assert.are.equal("place", e and e.type)
    assert.are.equal("person", find("Director Michael Bay spoke.", "Michael Bay").type)
    -- a sea's or a range's name the tagger took for a body's
    assert.are.same({ "North Sea/place", "Adriatic Sea/place", "Black Sea/place" },
      listing("Rivers empty into the North Sea, the Adriatic Sea and the Black Sea.", PROPER))
    assert.are.equal("person", find("Ricki Lake hosted the show.", "Ricki Lake").type)
  end)

  it("takes a name ending in a noun for a street or a road for a place", function()
    for _, t in ipairs({ { "A fire broke out at 732 Tolliver Ave on Monday.", "Tolliver Ave" },
                         { "They met on Sandy Boulevard near the mall.", "Sandy Boulevard" },
                         { "Traffic stalled on Snowden River Parkway.", "Snowden River Parkway" } }) do
      local e = find(t[1], t[2])
      assert.are.equal("place", e and e.type, t[1])
    end
    -- but a family name after a given name (John Street)
    assert.are.equal("person", find("John Street won the race.", "John Street").type)
  end)

  it("takes a name ending in Park, Field, Hall or Street for a place where the text puts it somewhere", function()
    for _, t in ipairs({ { "The band will play at Morgan Park on Saturday.", "Morgan Park" },
                         { "Fans packed into Ellis Field for the final.", "Ellis Field" },
                         { "The office is in Dorothy Hall, near the library.", "Dorothy Hall" },
                         { "Shops line the pavement on Dolores Street.", "Dolores Street" } }) do
      local e = find(t[1], t[2])
      assert.are.equal("place", e and e.type, t[1])
    end
    -- a family name elsewhere, and a person's in the possessive after "at"
    assert.are.equal("person", find("Frank Hall said the plan would fail.", "Frank Hall").type)
    assert.are.equal("person", find("She laughed at Tom Hall's joke.", "Tom Hall").type)
  end)
end)

describe("newsrooms", function()
  it("takes a town's name before a newsroom's noun for the place, the noun left out", function()
    assert.are.same({ "Bonn/place" }, listing("Prices rose.\n\n-- Bonn newsroom +49 228 26097", PROPER))
    assert.are.same({ "Paris/place" }, listing("Prices rose.\n\n-- Paris Newsroom +33 1 4221 5452", PROPER))
    -- an organisation's newsroom is the organisation's
    assert.are.same({ "Washington Post/organization" },
      listing("Editors in the Washington Post newsroom cheered.", PROPER))
  end)
end)

describe("broadcasters", function()
  it("takes \"Radio\" or \"Television\" and a place's name for an organisation", function()
    assert.are.same({ "Radio Tanzania/organization", "Radio Moscow/organization" },
      listing("State-owned Radio Tanzania said so, as did Radio Moscow.", PROPER))
    -- with the name of the body that runs it
    assert.are.same({ "BBC Radio Scotland/organization" }, listing("He told BBC Radio Scotland so.", PROPER))
    -- the place alone is the place
    assert.are.same({ "Tanzania/place" }, listing("Radio stations in Tanzania were closed.", PROPER))
  end)
end)

describe("crafts", function()
  it("takes a name ending in Flight and its number for a flight, an other", function()
    local OTHERS = { types = { "person", "organization", "place", "other" } }
    assert.are.same({ "Varnair Flight 812/other", "Long Island/place" },
      listing("Divers found wreckage from Varnair Flight 812, which crashed off Long Island.", OTHERS))
    -- not a person's name
    assert.are.same({ "Howard Flight/person" }, listing("The MP Howard Flight said no.", OTHERS))
  end)

  it("takes the name after a noun for a craft for an other, whatever its words are", function()
    local OTHERS = { types = { "person", "organization", "place", "other" } }
    assert.are.same({ "Columbia/other", "Atlantis/other", "Florida/place" },
      listing("Space Shuttle Columbia lifted off. The space shuttle Atlantis will go to Florida.",
        OTHERS))
    assert.are.same({ "Estonia/other" }, listing("The ferry Estonia sank in 1994.", OTHERS))
    assert.are.same({ "Tamsin Bay/other" },
      listing("The aircraft carrier Tamsin Bay sailed on Monday.", OTHERS))
    -- not an airline after "carrier", nor a word in capitals or a firm's
    assert.are.same({ "Lufthansa/organization" },
      listing("The carrier Lufthansa cut fares.", OTHERS))
    assert.are.same({}, listing("TWO HUNDRED FEARED DEAD IN FERRY DISASTER\n", OTHERS))
    -- not a noun the craft's noun qualifies: a thing named, or crafts again
    assert.are.same({ "Space Shuttle Program/other" },
      listing("It marked the end of the Space Shuttle Program on Friday.", OTHERS))
    assert.are.same({ "Houston/place" },
      listing("One of the Space Shuttle Orbiters went to Houston.", OTHERS))
  end)

  it("takes a storm's and an earthquake's name for an other, not a person's", function()
    local OTHERS = { types = { "person", "organization", "place", "other" } }
    assert.are.same({ "Tamsin/other", "North Carolina/place", "Mitch/other" },
      listing("Hurricane Tamsin hit North Carolina on Thursday. Tropical Storm Mitch weakened.",
        OTHERS))
    -- not the words after a storm's word inside a name it does not open
    local center = listing("The Vandrell Hurricane Center in Miami said so.", OTHERS)
    assert.are.same({ "Vandrell Hurricane Center", "Miami/place" },
      { center[1] and center[1]:match("^[^/]*"), center[2] })
    assert.are.same({ "Loma Prieta/other" },
      listing("The Loma Prieta earthquake of 1989 killed 63 people.", OTHERS))
    -- a place's name before an earthquake stays the place
    assert.are.same({ "Kobe/place" }, listing("The Kobe earthquake killed thousands.", OTHERS))
  end)
end)

describe("titles of works", function()
  local OTHERS = { types = { "person", "organization", "place", "other" } }

  it("takes a quoted title after a noun for a work for an other, whatever names it holds", function()
    assert.are.same({ "Tom Quill/other" },
      listing('She starred in the film "Tom Quill" in 1994.', OTHERS))
    assert.are.same({ "Lady Ondine/other" },
      listing("He wrote the song “Lady Ondine” in 1968.", OTHERS))
    assert.are.same({ "Dallas Morning/other" },
      listing('The band released the album "Dallas Morning" last year.', OTHERS))
    -- a title's short words in lower case, past a comma, and after a verb that titles it
    assert.are.same({ "Harry Quell and the Tower of Mirrors/other" },
      listing('Her novel, "Harry Quell and the Tower of Mirrors", sold well.', OTHERS))
    assert.are.same({ "Crippled Boston: How to Fix It/other" },
      listing('He wrote a book titled "Crippled Boston: How to Fix It."', OTHERS))
    -- in British style, single marks; a bracket inside the title is the title's
    assert.are.same({ "Tom Quill (Our Story)/other" },
      listing("the musical ‘Tom Quill (Our Story)’ opens", OTHERS))
  end)

  it("leaves quotations that are no titles, and marks that close a quotation", function()
    -- words someone says, with long words in lower case
    assert.are.same({ "Smith/person" },
      listing('The show "was a disaster for Smith," he said.', OTHERS))
    -- a closing mark after a noun for a work
    assert.are.same({ "Tom Robinson/person" },
      listing('"They played his hit," Tom Robinson said of "Blue Moon".', OTHERS))
    -- a letter alone is a label
    assert.are.same({}, listing('It sold warrants of the series "A" and "B".', OTHERS))
  end)
end)

describe("acronyms in the plural", function()
  it("takes no acronym in the plural alone for a name", function()
    local ALL = { types = { "person", "organization", "place", "other", "group" } }
    assert.are.same({ "BBC/organization" },
      listing("MPs voted on Tuesday. Sales of PCs and SUVs rose, the BBC said.", ALL))
    -- nor one the tagger reads as a name after its own name in brackets
    for _, e in ipairs(assert(verba.entities("It will sell Varnesan Investment Notes (VINs). " ..
        "VINs are negotiable instruments.", ALL))) do
      assert.are_not.equal("VINs", e.text)
    end
    for _, e in ipairs(assert(verba.entities("Otherwise it would be overtaken by China, he told MPs.", ALL))) do
      assert.are_not.equal("MPs", e.text)
    end
  end)
end)

describe("awards", function()
  it("takes an award named like a person for the award where no one is meant", function()
    local OTHERS = { types = { "person", "organization", "place", "other" } }
    assert.are.same({ "Oscar/other" }, listing("She won an Oscar in 1983 for the role.", OTHERS))
    assert.are.same({ "Emmy/other" }, listing("The series led the Emmy nominations on Tuesday.", OTHERS))
    -- a person of the name is a person
    assert.are.same({ "Oscar/person" }, listing("Her uncle Oscar died in May.", OTHERS))
  end)
end)

describe("events", function()
  it("takes a competition the lists name for an event, whatever its words are", function()
    assert.are.same({ "Sweden/place", "Russia/place", "Davis Cup/other" },
      listing("Sweden beat Russia in the Davis Cup final."))
    assert.are.same({ "Australian Open/other", "Grand Slam Cup/other" },
      listing("He won the Australian Open and the Grand Slam Cup."))
    -- where the tagger saw only the name after its connector
    assert.are.same({ "Ivo Brandt/person", "Tour of Spain/other" },
      listing("Ivo Brandt won the 10th stage of the Tour of Spain on Monday.",
        { types = { "person", "place", "other" } }))
    -- and where a connector in lower case follows its first word
    assert.are.same({ "Ivo Brandt/person", "Tour de France/other" },
      listing("Ivo Brandt won the fifth stage of the Tour de France on Thursday.",
        { types = { "person", "place", "organization", "other" } }))
  end)

  it("takes a phenomenon the lists name for other, not a person's name", function()
    assert.are.same({ "El Nino/other", "Peru/place", "El Nino/other" },
      listing('Fears grew that "El Nino" was returning to Peru. The El Nino was weak.'))
  end)

  it("reads no overtime mark of a results table as a name", function()
    assert.are.same({ "Montreal/organization", "Philadelphia/organization", "Detroit/organization",
      "Dallas/organization" },
      listing("Montreal 3 Philadelphia 3 (OT)\nDetroit 2 Dallas 1 (OT)\n",
        { types = { "organization", "other" } }))
  end)

  it("reads no knockout of boxing's reports as a name", function()
    assert.are.same({ "Lennox Lewis/person" },
      listing("Lennox Lewis won by a KO in the third round, his 20th KO. A TKO followed.",
        { types = { "person", "organization", "place", "other" } }))
    -- in the possessive too, however the name's mentions are grouped
    assert.are.same({ "Ray Mercer/person" },
      listing("Ray Mercer won by KO again.\nHe finished the year 40-1 with 36 KO's.\n",
        { types = { "person", "organization", "place", "other" } }))
    -- nor the honour of US college sport
    assert.are.same({ "Ray Mercer/person" },
      listing("Ray Mercer was a consensus All-American as a senior.",
        { types = { "person", "organization", "place", "other" } }))
  end)

  it("leaves a longer name of an event around it whole", function()
    local e = find("Athens hosted the 2004 Summer Olympic Games in August.", "Summer Olympic Games")
    assert.are.equal("other", e and e.type)
  end)
end)

describe("teams and events in sports copy", function()
  local SIDES = { types = { "person", "organization", "place" } }

  it("takes a club's last word alone for the club the document names in full", function()
    if not has_gazetteer then return end
    local groups = {}
    for _, e in ipairs(assert(verba.entities("Manchester United beat Chelsea 2-1. United took " ..
        "control after the break, and the United manager was pleased.", SIDES))) do
      if e.text == "United" then groups[#groups + 1] = e end
    end
    assert.are.equal(2, #groups)
    for _, e in ipairs(groups) do
      assert.are.equal("organization", e.type)
      assert.are.equal("Manchester United", e.canonical)
    end
    -- not a longer name's first word, nor where no club is named
    assert.are.same({ "Manchester United/organization", "United States/place",
      "United Nations/organization" },
      listing("Manchester United lost. The United States and the United Nations agreed.",
        { types = { "place", "organization" } }))
  end)

  it("takes a team's nickname in a headline in capitals for the team the body names in full", function()
    if not has_gazetteer then return end
    local e = assert(verba.entities("BASEBALL - ORIOLES BEAT MARINERS.\nBALTIMORE 1996-08-23\n" ..
      "Rafael Palmeiro hit a homer as the Baltimore Orioles beat the Seattle Mariners 5-2.", SIDES))
    local headline = {}
    for _, m in ipairs(e) do
      if m.text == "ORIOLES" or m.text == "MARINERS" then headline[#headline + 1] = m.type .. ":" .. m.canonical end
    end
    assert.are.same({ "organization:Baltimore Orioles", "organization:Seattle Mariners" }, headline)
  end)

  it("takes a nickname that names a people too for the team the story names with its town", function()
    if not has_gazetteer then return end
    local e = assert(verba.entities("The Orioles beat the Cleveland Indians 4-2. The Indians have lost " ..
      "five straight.", SIDES))
    assert.are.same({ "organization", "Cleveland Indians" }, { e[3].type, e[3].canonical })
    assert.are.equal(e[2].id, e[3].id)
    -- in a headline before the story names the team
    e = assert(verba.entities("ORIOLES BEAT INDIANS.\n\nThe Orioles beat the Cleveland Indians 4-2.", SIDES))
    assert.are.same({ "INDIANS", "organization" }, { e[2].text, e[2].type })
    -- a people where no team bears its name
    assert.are.same({ "Indians/group" }, listing("Indians voted on Monday.", { types = { "group", "organization" } }))
  end)

  it("takes a league's team the lists name by its nickname alone for the team", function()
    if not has_gazetteer then return end
    assert.are.same({ "Yankees/organization", "Blue Jays/organization" },
      listing("The Yankees have won six straight, and the Blue Jays lost again.", SIDES))
    -- and by its town and its nickname, though the tagger saw a place
    assert.are.same({ "Utah Jazz/organization" }, listing("The Utah Jazz lost again.", SIDES))
    -- rugby union's clubs and national sides by their nicknames
    assert.are.same({ "Wasps/organization", "Tom Reed/person", "All Blacks/organization" },
      listing("Wasps coach Tom Reed faced the All Blacks in June.", SIDES))
    -- in the possessive, the 's cut; a nickname that is a common word where
    -- capitals in prose say a name
    assert.are.same({ "Lakers/organization", "Ann Lee/person", "Heat/organization" },
      listing("The Lakers' coach told Ann Lee the Heat's lead was safe.", SIDES))
    assert.are.same({ "Tom Reed/person", "Giants/organization" },
      listing("Tom Reed was traded to the Giants in May.", SIDES))
    -- a side of a match's result against a town's name: the town's team
    assert.are.same({ "Rockets/organization", "Phoenix/organization" },
      listing("The Rockets beat Phoenix 110-98 on Sunday.", SIDES))
    -- a club named by a word of its own and its city, as central and
    -- eastern Europe's are (not a word of the dictionary before the city)
    assert.are.same({ "Olympiakos Piraeus/organization", "Cibona Zagreb/organization" },
      listing("Olympiakos Piraeus beat Cibona Zagreb 78-70 on Thursday.", SIDES))
    assert.are.same({ "Steaua Bucharest/organization", "Anghel Iordanescu/person" },
      listing("Steaua Bucharest coach Anghel Iordanescu said so.", SIDES))
    assert.are.same({ "Southampton/organization", "Tom Reed/person" },
      listing("Former Southampton manager Tom Reed said so.", SIDES))
    -- not the common word in lower case or in a headline in title case
    assert.are.same({ "Dallas/place" }, listing("The heat was unbearable in Dallas.", SIDES))
    assert.are.same({ "Texas/place" }, listing("Heat Wave Grips Texas As Temperatures Soar", SIDES))
    -- a team named by its nickname makes no other town a team (a club of
    -- the gazetteers' does: Arsenal, then Chelsea)
    assert.are.same({ "Giants/organization", "Tom Reed/person", "Chicago/place" },
      listing("The Giants lost. Tom Reed flew home to Chicago.", SIDES))
  end)

  it("takes a town's or a region's name before a role in a team for the team's", function()
    if not has_gazetteer then return end
    assert.are.same({ "Leeds/organization", "Howard Wilkins/person" },
      listing("Leeds manager Howard Wilkins was pleased with the draw.", SIDES))
    assert.are.same({ "Yorkshire/organization", "Tom Reed/person" },
      listing("Yorkshire captain Tom Reed made 88 before lunch.", SIDES))
    assert.are.same({ "Texas/organization" }, listing("The Texas coach said so on Friday.", SIDES))
    -- (a region's name that is a family name too: the lists have Kent as both)
    assert.are.same({ "Kent/organization", "Tom Reed/person" },
      listing("Kent captain Tom Reed made 88 before lunch.", SIDES))
    assert.are.same({ "Essex/organization", "Kent/organization" },
      listing("Essex beat Kent by six wickets.", SIDES))
    -- the positions of rugby, hockey and the other games too
    assert.are.same({ "Leicester/organization", "Tom Reed/person" },
      listing("Leicester flanker Tom Reed scored twice.", SIDES))
    assert.are.same({ "Detroit/organization", "Tom Reed/person" },
      listing("Detroit goalie Tom Reed made 30 saves.", SIDES))
    assert.are.same({ "Newcastle/organization", "Tom Reed/person" },
      listing("The squad has Newcastle centre Tom Reed in it.", SIDES))
  end)

  it("takes the lists' clubs' towns for teams in a text where two towns are teams", function()
    if not has_gazetteer then return end
    local text = "Leicester flanker Tom Reed and Newcastle centre Sam Vine start. " ..
      "Reed missed the game against Northampton last month."
    assert.are.same({ "Leicester/organization", "Tom Reed/person", "Newcastle/organization",
      "Sam Vine/person", "Reed/person", "Northampton/organization" }, listing(text, SIDES))
    -- one is as often a story of business or politics that mentions a match
    assert.are.same({ "Leicester/organization", "Tom Reed/person", "Reed/person", "Northampton/place" },
      listing("Leicester flanker Tom Reed starts. Reed missed the game against Northampton last month.",
        SIDES))
  end)

  it("leaves a town's name before a role after a preposition of place", function()
    if not has_gazetteer then return end
    assert.are.same({ "Leeds/place" }, listing("Shops in Leeds centre, police said, shut.", SIDES))
  end)

  it("leaves a country's name before a role, and a town's before a compound, a place", function()
    if not has_gazetteer then return end
    -- (news writes a national side as its country)
    assert.are.same({ "England/place", "Tom Reed/person" },
      listing("England captain Tom Reed made 88 before lunch.", SIDES))
    assert.are.same({ "Leeds/place" }, listing("They took a Leeds coach trip in May.", SIDES))
  end)

  it("takes two names around a verb of a match's result for teams where one is a town's", function()
    if not has_gazetteer then return end
    assert.are.same({ "Yorkshire/organization", "Lancashire/organization" },
      listing("Yorkshire beat Lancashire by six wickets on Saturday.", SIDES))
    -- (a club's name the model reads as a person's; the verb's particle)
    assert.are.same({ "Leeds/organization", "Everton/organization" },
      listing("Leeds lost to Everton on Sunday.", SIDES))
    -- (a country's side stays a place)
    assert.are.same({ "Leeds/organization", "Brazil/place" },
      listing("Leeds lost to Brazil in a friendly.", SIDES))
    -- (but a country's name the lists have as a club's too, against no country's side)
    assert.are.same({ "Rapid Vienna/organization", "Austria/organization" },
      listing("Rapid Vienna beat Austria 2-0 on Sunday.", SIDES))
    assert.are.same({ "Italy/place", "Monaco/place" }, listing("Italy beat Monaco 3-0.", SIDES))
    -- (counties that CLDR's subdivisions lack: historic, or listed split)
    assert.are.same({ "Middlesex/organization", "Sussex/organization" },
      listing("Middlesex beat Sussex by five wickets.", SIDES))
    assert.are.same({ "Glamorgan/organization", "Somerset/organization" },
      listing("Glamorgan lost to Somerset at home.", SIDES))
    assert.are.same({ "Bedfordshire/place" }, listing("He was born in Bedfordshire.", SIDES))
  end)

  it("takes two towns' names around v or vs for teams where the document speaks of sport", function()
    if not has_gazetteer then return end
    assert.are.same({ "Kent/organization", "Sussex/organization", "Canterbury/place",
                      "Kent/organization", "Steve Marsh/person" },
      listing("Kent v Sussex, Canterbury. Kent captain Steve Marsh won the toss.", SIDES))
    assert.are.same({ "Leeds/organization", "Everton/organization", "Leeds/organization" },
      listing("Leeds vs Everton on Sunday: the Leeds striker is injured.", SIDES))
    -- (towns compared, where nothing speaks of sport)
    assert.are.same({ "Paris/place", "London/place" },
      listing("Paris vs London: which city is cheaper?", SIDES))
    -- (national sides stay places; the dotted v. of a law case is no fixture)
    assert.are.same({ "England/place", "Pakistan/place", "England/place", "Mike Atherton/person" },
      listing("England v Pakistan. England captain Mike Atherton batted.", SIDES))
    assert.are.same({ "Texas/place", "Johnson/person" },
      listing("The coach cited Texas v. Johnson in court.", SIDES))
  end)

  it("leaves people and countries around such a verb as they are", function()
    if not has_gazetteer then return end
    assert.are.same({ "Hillary Clinton/person", "Bernie Sanders/person", "Ohio/place" },
      listing("Hillary Clinton defeated Bernie Sanders in Ohio.", SIDES))
    assert.are.same({ "Brazil/place", "Argentina/place" },
      listing("Brazil beat Argentina in the final.", SIDES))
    -- (no particle, no match: a side loses a player to injury)
    local typed = listing("Leeds lost Smith to injury in March.", SIDES)
    assert.are.equal("Leeds/place", typed[1])
  end)

  it("takes a town's name after a player's part in a club for the team's", function()
    if not has_gazetteer then return end
    -- (after "for", a town's or a region's name; without it, a club's)
    assert.are.same({ "Tom Reed/person", "Aberdeen/organization" },
      listing("Tom Reed played for Aberdeen until 1990.", SIDES))
    assert.are.same({ "Tom Reed/person", "Yorkshire/organization" },
      listing("Tom Reed made his debut for Yorkshire in May.", SIDES))
    assert.are.same({ "Tom Reed/person", "Chelsea/organization" },
      listing("Tom Reed joined Chelsea in 2005.", SIDES))
    -- (a player's tally for it: rebounds, assists, tries, wickets)
    assert.are.same({ "Tom Reed/person", "Houston/organization" },
      listing("Tom Reed had 12 rebounds for Houston.", SIDES))
    assert.are.same({ "Tom Reed/person", "Leicester/organization" },
      listing("Tom Reed scored two tries for Leicester.", SIDES))
    assert.are.same({ "Tom Reed/person", "Glamorgan/organization" },
      listing("Tom Reed took five wickets for Glamorgan.", SIDES))
    -- (a country's side stays a place; a town's, where no club is named)
    assert.are.same({ "Tom Reed/person", "England/place" },
      listing("Tom Reed played for England until 1990.", SIDES))
    assert.are.same({ "Tom Reed/person", "Aberdeen/place" },
      listing("Tom Reed moved to Aberdeen in 2005.", SIDES))
    assert.are.same({ "Tom Reed/person", "Aberdeen/place" },
      listing("Tom Reed played in Aberdeen until 1990.", SIDES))
  end)

  it("takes a club's name in brackets after a player's for the team's", function()
    if not has_gazetteer then return end
    assert.are.same({ "Tom Reed/person", "Aberdeen/organization", "Ian Hale/person", "Cardiff/organization" },
      listing("Squad: Tom Reed (Aberdeen), Ian Hale (Cardiff).", SIDES))
    -- a name no list and no dictionary has, of four letters or more
    assert.are.same({ "Tom Reed/person", "Zorvania/organization" },
      listing("Tom Reed (Zorvania) was picked.", SIDES))
    -- not a country's, a short code, a legislator's party and state, nor
    -- after a name of one word, where the brackets hold more of it
    assert.are.same({ "Tom Reed/person", "Kenya/place" }, listing("Tom Reed (Kenya) won.", SIDES))
    local function club(text, name)
      for _, e in ipairs(verba.entities(text)) do
        if e.text == name and e.type == "organization" then return true end
      end
      return false
    end
    assert.is_false(club("Tom Reed (Zor) won.", "Zor"))
    assert.is_false(club("Sen. Tom Reed (R-Ohio) voted no.", "R-Ohio"))
    assert.is_false(club("Mario (Zorvania) bought it.", "Zorvania"))
  end)

  it("takes a place's or a people's name before a word that ends events' names for an event", function()
    if not has_gazetteer then return end
    local EVENTS = { types = { "person", "organization", "place", "group", "other" } }
    assert.are.same({ "Dubai Open/other", "Qatar Masters/other" },
      listing("He won the Dubai Open last year and the Qatar Masters in March.", EVENTS))
    -- and trade negotiations named after where they opened
    assert.are.same({ "Uruguay Round/other", "GATT/organization" },
      listing("The Uruguay Round of GATT talks ended in 1994.", EVENTS))
    assert.are.same({ "Scottish Open/other", "Canadian Classic/other" },
      listing("He played in the Scottish Open and the Canadian Classic.", EVENTS))
    assert.are.same({ "Tokyo Marathon/other", "Monaco Grand Prix/other" },
      listing("The Tokyo Marathon and the Monaco Grand Prix are next.", EVENTS))
    assert.are.same({ "Sheffield Shield/other", "Tasmania/place" },
      listing("He scored a century in the Sheffield Shield match against Tasmania.", EVENTS))
    assert.are.same({ "Madrid Open/other", "Tim Lee/person" },
      listing("Madrid Open champion Tim Lee withdrew.", EVENTS))
    -- the place's name anywhere before the head, in a name the tagger read
    assert.are.same({ "Greater Milwaukee Open/other", "New York City Marathon/other" },
      listing("He led the Greater Milwaukee Open and won the New York City Marathon.", EVENTS))
    -- a sponsor's or a patron's name in full after "the"
    assert.are.same({ "Johnnie Walker Classic/other", "Arnold Palmer Invitational/other" },
      listing("He won the Johnnie Walker Classic and then the Arnold Palmer Invitational.", EVENTS))
  end)

  it("takes no person's name, name that goes on or headline in capitals for an event's", function()
    if not has_gazetteer then return end
    local EVENTS = { types = { "person", "organization", "place", "group", "other" } }
    assert.are.same({ "Edgar Lee Masters/person" }, listing("Edgar Lee Masters wrote it.", EVENTS))
    -- (after "the" too, a family name as the last word)
    assert.are.same({ "Edgar Lee Masters/person" },
      listing("It was the Edgar Lee Masters he knew.", { types = { "person", "other" } }))
    local typed = listing("Shares in China Stocks Open Higher rose.", EVENTS)
    for _, t in ipairs(typed) do assert.is_nil(t:find("Open/other", 1, true), t) end
    typed = listing("ACME TO SELL ASIAN STAKES\n\nAcme Corp said it would sell them.", EVENTS)
    for _, t in ipairs(typed) do assert.is_nil(t:find("STAKES", 1, true), t) end
  end)
end)

describe("laws, treaties and holidays", function()
  local ALL = { types = { "person", "organization", "place", "group", "other" } }

  it("takes capitalised words and a word that ends laws' names for a law's name", function()
    if not has_gazetteer then return end
    assert.are.same({ "Maastricht Treaty/other", "Kyoto Protocol/other" },
      listing("The Maastricht Treaty and the Kyoto Protocol were signed.", ALL))
    assert.are.same({ "Terrorism Bill/other", "Clean Air Act/other" },
      listing("He opposed the Terrorism Bill and the Clean Air Act.", ALL))
    assert.are.same({ "Geneva Conventions/other", "Lisbon Treaty/other" },
      listing("The Geneva Conventions apply, as the Lisbon Treaty does.", ALL))
  end)

  it("runs a law's name over its connectors, and after its head over \"of\" or \"on\"", function()
    if not has_gazetteer then return end
    assert.are.same({ "Prevention of Terrorism Bill/other", "Treaty of Rome/other" },
      listing("The Prevention of Terrorism Bill follows the Treaty of Rome.", ALL))
    assert.are.same({ "European Convention on Human Rights/other" },
      listing("It breached the European Convention on Human Rights.", ALL))
    assert.are.same({ "Serious Organised Crime and Police Bill/other" },
      listing("MPs voted on the Serious Organised Crime and Police Bill.", ALL))
  end)

  it("takes a holiday's word, and Day, Eve or a weekday after it, for an other", function()
    if not has_gazetteer then return end
    assert.are.same({ "Christmas/other", "Easter Sunday/other", "Ramadan/other" },
      listing("Toys sold as Christmas presents, at Easter Sunday and during Ramadan.", ALL))
    -- not inside a longer name
    assert.are.same({ "Christmas Island/place", "Christmas Eve/other" },
      listing("He flew to Christmas Island on Christmas Eve.", ALL))
  end)

  it("takes no person's name, head alone, date or headline for a law's", function()
    if not has_gazetteer then return end
    assert.are.same({ "Bill Clinton/person" }, listing("Bill Clinton spoke.", ALL))
    assert.are.same({}, listing("The Act on Monday passed.", ALL))
    -- nor names joined by "and" that a rule split, the last one a law's
    -- head word: two names, neither a law, none overlapping the other
    local s = "I, along with Chelsea and Bill, have appointed a new board."
    check_mentions(s)
    for _, e in ipairs(assert(verba.entities(s, ALL))) do
      assert.are_not.equal("other", e.type, e.text)
    end
    for _, e in ipairs(assert(verba.entities("Senate Passes Budget Bill\n\nIt did.", ALL))) do
      assert.are_not.equal("Senate Passes Budget Bill", e.text)
    end
  end)
end)

describe("names no list has", function()
  -- The lists lack most of the world's given names; a dictionary of
  -- English words tells them from capitalised common words.
  local function typed(s, text)
    local e = find(s, text)
    return e and e.type
  end

  it("gives a word no list has the type of the listed names it is coordinated with", function()
    if not has_gazetteer then return end
    local ALL = { types = { "person", "organization", "place", "group", "other" } }
    -- firms with firms, places with places; and a name the lists have as a
    -- firm and a given name both, next to a firm no person is named (Sony)
    assert.are.same({ "Vodafone/organization", "Zorbex/organization", "Unilever/organization" },
      listing("Shares in Vodafone, Zorbex and Unilever fell.", ALL))
    assert.are.same({ "France/place", "Zorbia/place", "Germany/place" },
      listing("He visited France, Zorbia and Germany.", ALL))
    assert.are.same({ "Microsoft/organization", "Sony/organization", "Quelvex/organization" },
      listing("Microsoft, Sony and Quelvex are expected to release new consoles.", ALL))
    -- not across types, nor a name of one word twice, nor names each
    -- with "of" after it
    assert.are.same({ "EU/organization", "Britain/place" }, listing("The EU and Britain agreed.", ALL))
    assert.are_not.equal("place", typed("Agencies in the U.S., Quorvane and Quorvane merged.", "Quorvane"))
    assert.are_not.equal("place",
      typed("It signed with Union Carbide of the United States and Dralvico of Italy.", "Dralvico"))
    -- a word no list has counts as a guess: a person's name elsewhere holds
    assert.are.equal("person",
      typed("Shares went to Raymond Zelnick. Shamrock and Zelnick will vote. Zelnick said so.", "Zelnick"))
  end)

  it("takes capitalised words no list or dictionary has for a person's name", function()
    assert.are.equal("person", typed("Sampras will meet Goran Ivanisevic on Sunday.", "Goran Ivanisevic"))
    assert.are.equal("person", typed("He held talks with his counterpart Belkacem Nabi, the agency said.",
      "Belkacem Nabi"))
    -- and such a word before a person's name the tagger found
    assert.are.equal("person", typed("He beat Russia's Yevgeny Kafelnikov 6-4 6-4 on Saturday.",
      "Yevgeny Kafelnikov"))
    -- first in a sentence too
    assert.are.same({ "Pakistan/place", "England/place", "Wasim Akram/person" },
      listing("Pakistan beat England in the third test on Monday. Wasim Akram took four wickets.", PROPER))
  end)

  it("takes them for a firm's name with a firm's word in another language", function()
    assert.are.equal("organization", typed("Shares of Banque Vartoise rose in Paris.", "Banque Vartoise"))
    assert.are.equal("organization", typed("It sold its stake to Kredi Bankasi last week.", "Kredi Bankasi"))
    assert.are.same({ "Zorvan Groep/organization" }, listing("Zorvan Groep reports next week.", PROPER))
    assert.are.equal("organization", typed("The day after, rival Vartische Boerse put forward its bid.",
      "Vartische Boerse"))
  end)

  it("takes a place's name before Radio or Television for a broadcaster's", function()
    assert.are.equal("organization", typed("Netanyahu told Israel Radio he wanted peace.", "Israel Radio"))
    assert.are.equal("organization", typed("Ankara Television reported the raid.", "Ankara Television"))
    assert.are.equal("organization", typed("The poll was conducted by Zorvane Research for AP.",
      "Zorvane Research"))
  end)

  it("takes no name written with its acronym for a person's", function()
    for _, e in ipairs(assert(verba.entities("Sheep may contract Zorvine Quellform Encephalopathy (ZQE) too."))) do
      assert.are_not.equal("person", e.type, e.text)
    end
    -- after a title whose word the acronym holds too: the title is the name's
    assert.are.same({ "General Widget Safety Regulation/other", "GWSR/other" },
      listing("Critics fear the General Widget Safety Regulation (GWSR) will fail."))
  end)

  it("takes no common words, compounds or parts of a longer name for a person's", function()
    assert.are_not.equal("person", typed("It will develop the Hassi Berkine field next year.", "Hassi Berkine"))
    assert.is_nil(find("The deal was signed by Dimension Data and Ask Jeeves.", "Dimension Data"))
    assert.is_nil(find("The deal was signed by Dimension Data and Ask Jeeves.", "Ask Jeeves"))
    for _, e in ipairs(assert(verba.entities("Shares of London-based Xstrata Quorvan rose."))) do
      assert.is_nil(e.text:find("London-based", 1, true), e.text)
    end
    for _, e in ipairs(assert(verba.entities("It was arranged by Barclays de Zoete Wedd Ltd, he said."))) do
      assert.are_not.equal("person", e.type, e.text)
    end
  end)

  it("ends such a name at a family name the lists have, unless the name runs on", function()
    if not has_gazetteer then return pending("the built-in gazetteer is not there") end
    assert.are.same({ "Refugee Council/organization", "Enver Solomon/person", "Sky News/organization" },
      listing("The head of the Refugee Council Enver Solomon told Sky News."))
    assert.is_nil(find("Bank vice-director Jan-Hendrik Du Marchie Sarvaas said so.", "Jan-Hendrik Du"))
    -- a given name the lists have ends it too, over the tagger's reading of it
    assert.are.same({ "M. Atherton/person", "Waqar Younis/person", "31/number" },
      listing("M. Atherton b Waqar Younis 31"))
  end)

  it("takes a listed given name and the family name after it for a person's", function()
    if not has_gazetteer then return pending("the built-in gazetteer is not there") end
    assert.are.equal("person", typed(
      "The paper said he should turn the nomination over to Mike Pence, the newspaper wrote.", "Mike Pence"))
    -- a given name that is a common word needs a listed family name, or one
    -- no list or dictionary has
    assert.are.equal("person", typed("He trails nominee Ken Cuccinelli, Virginia's attorney general.",
      "Ken Cuccinelli"))
    assert.is_nil(find("In May Zorvathi raised its prices.", "May Zorvathi"))
    assert.is_nil(find("They made two donations to USI Art Collections in 2007.", "Art Collections"))
    assert.is_nil(find("Critics say Jeb Can Fix It is a weak slogan.", "Jeb Can Fix"))
  end)
end)

describe("famous people's names", function()
  it("joins a famous name to a given name before it the tagger read as a town's", function()
    if not has_gazetteer then return end
    assert.are.same({ "Nelson Mandela/person" }, listing("Nelson Mandela won.", PROPER))
    assert.are.same({ "Nelson Mandela/person", "African National Congress/organization" },
      listing("Nelson Mandela's African National Congress won.", PROPER))
    -- not a title the lexicon has, nor where the capitals go on
    assert.is_nil(find("Texas Sen. Ted Cruz spoke.", "Texas Sen"))
  end)

  it("takes a name a famous person is known by alone for that person", function()
    assert.are.same({ "Netanyahu/person", "Arafat/person" },
      listing("Netanyahu met Arafat on Thursday.", PROPER))
    assert.are.same({ "Lebed/person" }, texts_typed("The deal will hold, Lebed told reporters."))
    assert.are.same({ "Chopin/person", "Debussy/person" }, texts_typed("He played Chopin and Debussy."))
    -- a family name of the gazetteer's too
    assert.are.same({ "Gingrich/person" }, texts_typed("Gingrich said so."))
    -- after "the" before a noun for the person's government or tenure, an organisation's
    -- word too
    assert.are.same({ "Putin/person" }, texts_typed("He said the Putin government would act."))
    assert.are.same({ "Yeltsin/person" }, texts_typed("In the Yeltsin era, prices rose."))
    -- of the sex of the famous people the word names, where they are of one
    local e = assert(verba.entities("Merkel met Arafat."))
    assert.are.same({ "female", "male" }, { e[1].gender, e[2].gender })
  end)

  it("leaves such a name where it names a firm, a longer name or no one", function()
    -- the list leaves out names news writes alone for firms, units, prizes
    assert.are.same({}, texts_typed("Fahrenheit readings rose at the Nobel ceremony."))
    -- a firm's part or a capitalised word after it, a word or article before it
    assert.are.same({}, texts_typed("The Hearst papers ran it."))
    -- alone on its line, a wire's sign-off
    assert.are.same({}, texts_typed("Shares rose 2 pct.\nReuter\n"))
    assert.are.same({ "Robin van Persie/person" }, texts_typed("Robin van Persie scored."))
    -- in capitals, an acronym's
    for _, e in ipairs(assert(verba.entities("SCOTUS ruled on Monday."))) do
      assert.are_not.equal("person", e.type, e.text)
    end
    -- a firm the document names with it first (Zico Investment Holdings Inc)
    -- (its mentions alone would outvote the firm's)
    local firm = assert(verba.entities("Zico Investment Holdings Inc made a bid. Zico said no. " ..
      "Zico has cash. A bank sued Zico. Zico will appeal. Zico lost. Zico left.", PROPER))
    assert.are.equal(7, #firm)
    for _, e in ipairs(firm) do assert.are.equal("organization", e.type, e.text) end
    assert.are.equal("person", assert(verba.entities("Zico scored twice."))[1].type)
    -- or anything else the document names with it: a region that is a writer's name too
    for _, e in ipairs(assert(verba.entities("The state came into being in south-eastern " ..
        "Moravia, then Bohemia. Tribes crossed through Moravia during the Migration Period.", PROPER))) do
      assert.are.equal("place", e.type, e.text)
    end
  end)
end)

describe("mentions", function()
  it("are in text order, apart, and agree with their entity", function()
    check_mentions("Titan Corp said Titan rose. TREASURY'S BAKER CALLS FOR NEW BRAZIL PLAN\n" ..
      "WASHINGTON, March 6 - Mr. Baker met Ken Hu; Hu and Titan's chief Ken agreed. " ..
      "Leeds 2 Chelsea 1. (JANE DOE/REUTERS) Photo: John Smith/AP")
  end)
end)

describe("evidence from the rest of the document", function()
  -- "text/type#id" of each name (no dates or numbers).
  local function names(s)
    local out = {}
    for _, e in ipairs(assert(verba.entities(s, { types = { "person", "organization", "place" } }))) do
      out[#out + 1] = e.text .. "/" .. e.type .. "#" .. e.id
    end
    return out
  end

  it("takes a firm's first words alone for the firm the text names in full", function()
    local s = "Quelvor Beef Processors Inc lifted a lockout, a spokesman said. Quelvor Beef mailed " ..
      "a letter to members. Workers rejected Quelvor Beef's offer."
    assert.are.same({ "Quelvor Beef Processors Inc/organization#1", "Quelvor Beef/organization#1",
      "Quelvor Beef/organization#1" }, names(s))
    assert.are.equal("Quelvor Beef Processors Inc", find(s, "Quelvor Beef").canonical)
    -- a place's name first, whatever the tagger read in it, and a word of grammar opening
    -- the sentence left out
    assert.are.same({ "Iowa Pellant Systems Corp/organization#1", "Iowa Pellant/organization#1" },
      names("Iowa Pellant Systems Corp cut jobs. But Iowa Pellant said sales rose."))
    -- not the first words of a longer name, nor a given name first (the man, maybe)
    local longer = names("Shares of Quelvor Beef Processors Inc fell. The Quelvor Beef Council met.")
    assert.are_not.equal("Quelvor Beef/organization#1", longer[2])
    assert.are_not.equal("Daniel Quelvor/organization#1",
      names("Daniel Quelvor Holdings Ltd grew. Daniel Quelvor said it would.")[2])
    -- nor the full name's own first words before its "of the"
    assert.are.same({ "World Federation of the United Nations Association/organization" },
      listing("A delegate of the World Federation of the United Nations Association spoke.",
        PROPER))
  end)

  it("takes an organisation's head word alone after \"the\" for the one organisation so named", function()
    assert.are.same({ "European Commission/organization#1", "Commission/organization#1",
      "Commission/organization#1" },
      names("The European Commission disagreed. The Commission's chief spokesman said the " ..
        "Commission would wait."))
    assert.are.same({ "Bank of England/organization#1", "Bank/organization#1" },
      names("The Bank of England left rates on hold. Dealers expect the Bank to wait."))
    -- not where two organisations share the word, nor a name going on after it
    local two = names("The Vandrell Commission and the Pellow Commission met. Both said the Commission voted.")
    assert.are.same({ "Vandrell Commission/organization#1", "Pellow Commission/organization#2" },
      { two[1], two[2] })
    assert.is_true(two[3] == nil or two[3]:match("#3$") ~= nil)
    assert.are.same({ "European Commission/organization#1" },
      names("The European Commission disagreed. He met the Commission Vice President."))
  end)

  it("takes a firm's first word alone as its subject, where the lists have it only in a phrase", function()
    -- (Allegheny: the lists have Allegheny County, a place)
    local s = "Allegheny International Inc said it filed for bankruptcy. Allegheny said its units " ..
      "would continue to operate."
    assert.are.same({ "Allegheny International Inc/organization", "Allegheny/organization" },
      listing(s, PROPER))
    assert.are.equal("Allegheny International Inc", assert(verba.entities(s, PROPER))[2].canonical)
  end)

  it("takes the dictionary's word that opens a firm's name with its suffix for the firm where it reads as one", function()
    local s = "NEW YORK, March 3 - Harbor Industries Inc said it would sell its unit. Harbor, a " ..
      "maker of valves, earned 7.1 mln dlrs last year."
    local e = assert(verba.entities(s, PROPER))
    assert.are.same({ "Harbor Industries Inc", "Harbor" }, { e[2].text, e[3].text })
    assert.are.same({ "organization", e[2].id }, { e[3].type, e[3].id })
    -- not after the name without its suffix, nor a town's name before its state's
    assert.are.same({ "Harbor Industries/organization" },
      listing("Harbor Industries raised prices. Harbor, a maker of valves, agreed.", PROPER))
    for _, m in ipairs(assert(verba.entities("Harbor Capital Inc, a Harbor, Mich. brokerage firm, " ..
        "said so.", PROPER))) do
      assert.are_not.same({ "Harbor", "organization" }, { m.text, m.type })
    end
  end)

  it("leaves a role's modifier before a firm's name and a role to the role", function()
    for _, c in ipairs({ { "Former Enron Corp. chief executive Jo Fenn was sentenced.", "Enron Corp." },
                         { "Acting Quarnby Corp chairman Jo Fenn said so.", "Quarnby Corp" },
                         { "Former Quarnby Holdings Ltd director Jo Fenn said so.", "Quarnby Holdings Ltd" } }) do
      assert.are.same({ c[2] .. "/organization", "Jo Fenn/person" }, listing(c[1], PROPER), c[1])
    end
  end)

  it("takes a listed firm's one word that the dictionary has too for the firm where it reads as a subject", function()
    local s = "Apple Inc has sued Samsung. Apple said it would win."
    assert.are.same({ "Apple Inc/organization#1", "Samsung/organization#2", "Apple/organization#1" },
      names(s))
    assert.are.same({ "Apple/organization", "Samsung/organization", "Apple Inc/organization",
      "Samsung/organization" }, listing("Apple sues Samsung\n\nApple Inc has sued Samsung.", PROPER))
    -- or owns a firm's part
    assert.are.same({ "Apple Inc/organization", "Apple/organization" },
      listing("Apple Inc has grown. Apple shares were flat.", PROPER))
    -- not a common word elsewhere, nor one that ends a name after a connector
    assert.are.same({ "Apple Inc/organization" }, listing("Apple Inc grew. Apple trees bloom.", PROPER))
    for _, m in ipairs(listing("Forbes Inc grew. Later Quarnby and Forbes said it informed the board.",
      PROPER)) do
      assert.are_not.equal("Forbes/organization", m)
    end
  end)

  it("takes two capitalised words and the connector between them for the name written whole", function()
    local s = "Cross and Trecker Corp said it agreed to buy the unit. Cross and Trecker said the " ..
      "price was fair."
    assert.are.same({ "Cross and Trecker Corp/organization#1", "Cross and Trecker/organization#1" },
      names(s))
  end)

  it("takes a headline's word in capitals for the family name of a person the story names in full", function()
    -- (thatcher is a common word, which the tagger passes over in capitals)
    local got = names("THATCHER DEFENDS UK OIL POLICY\n\nLONDON 1996-10-17\n\n" ..
      "Prime Minister Margaret Thatcher defended her policy .")
    assert.are.equal("THATCHER/person", (got[1]:gsub("#%d+", "")))
    -- and the person's entity
    local list = assert(verba.entities("THATCHER DEFENDS UK OIL POLICY\n\nLONDON 1996-10-17\n\n" ..
      "Prime Minister Margaret Thatcher defended her policy .", { types = { "person" } }))
    assert.are.equal(list[1].id, list[2].id)
  end)

  it("takes a headline's word in capitals for the firm whose full name opens with it", function()
    local s = "REYNOLDS SETS QUARTERLY DIVIDEND\nRICHMOND, March 11 - Reynolds Metals Co said its " ..
      "board declared a dividend. Reynolds said it would pay on April 1.\n"
    assert.are.same({ "REYNOLDS/organization", "RICHMOND/place", "Reynolds Metals Co/organization",
      "Reynolds/organization" }, listing(s, PROPER))
    -- not where someone the story names in full bears the name
    local t = "BOESKY TO PLEAD GUILTY\nNEW YORK, March 3 - Ivan Boesky, who ran Boesky Corp, " ..
      "will plead guilty.\n"
    assert.are.equal("person", listing(t, PROPER)[1]:match("/(.*)"))
  end)

  it("takes a word the lists have as a firm's and a town's for the firm the story names in full", function()
    local s = "Toyota raises output .\n\nToyota Motor Corp said profits rose . Later , Toyota " ..
      "said it would hire . Toyota shares rose . Output in Toyota fell ."
    assert.are.same({ "Toyota/organization", "Toyota Motor Corp/organization", "Toyota/organization",
      "Toyota/organization", "Toyota/place" }, listing(s, PROPER))
    -- not where the story names no firm by it
    assert.are.same({ "Toyota/place", "Nagoya/place" },
      listing("He was born in Toyota , a city near Nagoya .", PROPER))
  end)

  it("takes a family name alone for the person named in full where it stood for no one before", function()
    -- a headline in title case, its word read as a place's, before the name in full: later
    -- mentions of the word alone are that person's
    -- (Graham: a town's name too)
    local s = "Graham: Rivals Destroying Our Chance.\n\nAt the meeting, Sen. Lindsey Graham called " ..
      "out his rival.\n\nGraham said the party would lose."
    local list = assert(verba.entities(s, { types = { "person", "organization", "place" } }))
    local full, last = find(s, "Lindsey Graham"), list[#list]
    assert.are.equal("Graham", last.text)
    assert.are.equal(full.id, last.id)
    assert.are.equal("Lindsey Graham", last.canonical)
    assert.are.equal("person", list[1].type)
    -- not where the name in full opens with no given name (a heading read as a person's)
    local t = "Old Brennick\n\nBrennick grew as a port. Visitors love Brennick in spring."
    for _, e in ipairs(assert(verba.entities(t))) do
      if e.text == "Brennick" then assert.are_not.equal("Old Brennick", e.canonical) end
    end
  end)

  it("finds a person's family name alone where the text names them in full", function()
    assert.are.same({ "Pete Sampras/person#1", "Michael Stich/person#2", "Sampras/person#1" },
      names("Top seed Pete Sampras beat Michael Stich on Tuesday. He said Sampras was tired."))
    -- another given name before it is another person of that family name,
    -- where the model missed the name or found it
    assert.are.same({ "Junius Ho/person#1", "Cyd Ho/person#2", "Ann Ho/person#3" },
      names("Junius Ho won. Cyd Ho lost. Ann Ho lost too."))
    -- a name in full after the family name alone is that person
    assert.are.same({ "Moos/person#1", "Gene Moos/person#1" },
      names("Moos said so.\nGene Moos, an aide, spoke."))
    -- whatever the model made of it, unless a list has it as a place (Washington)
    assert.are.same({ "Dario Velasquo/person#1", "Velasquo/person#1" },
      names("Dario Velasquo scored. We see it every week in Velasquo, the coach said."))
    if has_gazetteer then
      assert.are.same({ "George Washington/person#1", "Washington/place#2" },
        names("George Washington spoke. He flew to Washington."))
      -- a town the lists have as a surname too (LaPorte, Indiana) is the
      -- person, but after a preposition of place
      assert.are.same({ "Bernard Laporte/person#1", "Laporte/person#1", "Laporte/person#1" },
        names("Coach Bernard Laporte must act. The pressure eased on the under-fire Laporte, " ..
          "and the team Laporte is building looks better."))
      assert.are.same({ "Bernard Laporte/person#1", "Laporte/place#2" },
        names("Coach Bernard Laporte flew home. The plant in Laporte closed."))
      -- a town the lists have as no surname (Resende, Brazil) where it reads
      -- as the subject's name, and its later mentions with it
      assert.are.same({ "Iris Resende/person#1", "Resende/person#1", "Resende/person#1",
                        "Resende/person#1" },
        names("Minister Iris Resende spoke. Resende announced the cut. " ..
          "It was, in the words of Resende, large. The crop, Resende said, was late."))
      assert.are.same({ "Iris Resende/person#1", "Resende/place#2" },
        names("Minister Iris Resende spoke. He flew to Resende on Monday."))
      -- and a region of another country's the lists have (Lara, a Venezuelan
      -- state), not a state or a country named so (Washington)
      assert.are.same({ "Australia/place#1", "Brian Lara/person#2", "Lara/person#2" },
        names("Australia gave Brian Lara another reason to be miserable.\n\n" ..
          "Lara, disciplined for misconduct on Wednesday, was dismissed for five."))
      -- a country the lists have as a surname too is the person named in
      -- full where a verb follows it as his; not as a possessive, in a
      -- list of countries or after a preposition of place
      assert.are.same({ "Michael Jordan/person#1", "Jordan/person#1" },
        names("Michael Jordan scored 36 points. Jordan scored 14 in the third quarter."))
      assert.are.same({ "Steve Israel/person#1", "Israel/person#1" },
        names("Rep. Steve Israel spoke on Monday. \"We will win,\" Israel said."))
      assert.are.same({ "James Ireland/person#1", "Ireland/place#2", "Scotland/place#3" },
        names("James Ireland will play again. Ireland and Scotland players were released."))
      assert.are.same({ "Steve Israel/person#1", "Israel/place#2" },
        names("Rep. Steve Israel spoke first. He then flew to Israel."))
      -- a place the lists have as a town and a region, named by that word
      -- alone, is the place where the tagger saw someone (a government)
      assert.are.same({ "State Department/organization#1", "Washington/place#2" },
        names("The State Department said Washington was concerned."))
      -- a family name that is a common word too, first in its sentence,
      -- where it reads as the subject's name: in the possessive, before a
      -- comma or a reporting verb; not before a noun
      assert.are.same({ "Tom Dole/person#1", "Dole/person#1", "Dole/person#1", "Dole/person#1" },
        names("Tom Dole spoke first.\nDole, campaigning in the north, said so.\n" ..
          "Dole said it again. Dole's aides agreed.\nDole payments rose."))
      -- or before a verb in the past
      assert.are.same({ "Jack Reed/person#1", "Reed/person#1" },
        names("The chairman, Jack Reed, spoke.\nReed pointed out the problem."))
      -- or opening a headline before a verb in the present
      assert.are.same({ "Dole/person#1", "Clinton/person#2", "Tom Dole/person#1",
                        "Bill Clinton/person#2" },
        names("Dole attacks Clinton on drugs\n\nTom Dole accused Bill Clinton of failure."))
    end
  end)

  it("gives a family name alone to the person named in full after a headline had it alone", function()
    local got = names("REGAN DEPARTURE MAKES 3RD VOLCKER TERM LIKELY\n" ..
      "WASHINGTON, March 3 - Federal Reserve Board chairman Paul Volcker will serve a third " ..
      "term, sources say.\nVolcker too has not made up his mind. Volcker said so.")
    local volcker
    for _, s in ipairs(got) do
      if s:match("^Paul Volcker/") then volcker = s:match("#(%d+)$") end
    end
    assert.is_truthy(volcker)
    assert.are.same({ "Volcker/person#" .. volcker, "Volcker/person#" .. volcker },
      { got[#got - 1], got[#got] })
  end)

  it("cuts a headline's name in capitals at a word the text writes in lower case", function()
    assert.are.same({ "LEEDS/organization#1", "CHELSEA/organization#2",
      "Leeds/organization#1", "Chelsea/organization#2" },
      names("LEEDS BEAT CHELSEA\nLeeds beat Chelsea 2-1 on Saturday."))
    -- a piece may be the family name of a person named in full
    assert.are.same({ "CHERNOMYRDIN/person#1", "YELTSIN/person#2",
      "Viktor Chernomyrdin/person#1", "Boris Yeltsin/person#2" },
      names("CHERNOMYRDIN TO MEET YELTSIN ON MONDAY.\n\n" ..
        "Prime Minister Viktor Chernomyrdin will meet President Boris Yeltsin. He wants to talk."))
    -- or a name the lists have whole, where the story's is no mention yet
    local got = listing("SOCCER - BARCELONA BEAT REAL MADRID IN DERBY .\n\nBARCELONA 1996-12-07\n\n" ..
      "Barcelona beat Real Madrid 2-0 on Saturday .", { types = { "organization" } })
    assert.are.same({ "BARCELONA/organization", "REAL MADRID/organization" }, { got[1], got[2] })
    -- or a word of the dictionary the text never writes capitalised inside a
    -- sentence: a headline's verb in a form the story does not use
    got = listing("SOCCER - LEEDS HOLD CHELSEA .\n\nLONDON 1996-11-23\n\n" ..
      "Leeds held Chelsea to a 0-0 draw on Saturday .", PROPER)
    assert.are.same({ "LEEDS/organization", "CHELSEA/organization" }, { got[1], got[2] })
    got = listing("JAPAN REBUFFS BRITAIN IN TELECOMS ROW\nTOKYO, April 1 - Japan has rejected a " ..
      "British call to open its market, Britain said.", PROPER)
    assert.are.same({ "JAPAN/place", "BRITAIN/place" }, { got[1], got[2] })
  end)

  it("reads an organisation's name the tagger read as a person's as the organisation", function()
    -- (the story before it makes the tagger read GERMAN BUNDESBANK as a
    -- person's name, which the story's Bundesbank would join)
    local got = listing("CHINA SAYS TAIWAN SPOILS ATMOSPHERE FOR TALKS.\n\nBEIJING 1996-08-22\n\n" ..
      "China on Thursday accused Taipei of spoiling the atmosphere for talks, the official Xinhua " ..
      "news agency said.\n\nForeign Ministry spokesman Shen Guofang told reporters that Taiwan's " ..
      "Vice President Lien Chan had made a trip to Ukraine.\n\n" ..
      "GERMAN BUNDESBANK LEAVES RATES UNCHANGED.\n\nFRANKFURT 1996-08-22\n\n" ..
      "The Bundesbank left its key interest rates unchanged on Thursday. Bundesbank president " ..
      "Hans Tietmeyer said inflation was under control.\n", { types = { "person", "organization" } })
    for _, item in ipairs(got) do
      if item:find("BUNDESBANK", 1, true) or item:find("Bundesbank", 1, true) then
        assert.matches("/organization$", item)
      end
    end
    assert.are.same({ "Mid-Atlantic Coca-Cola/organization" },
      listing("Mid-Atlantic Coca-Cola said sales rose.", PROPER))
    -- and one the tagger read as another proper name
    assert.are.same({ "Exxon Mobil/organization" },
      listing("The allegations were made by Exxon Mobil.", { types = { "organization", "other" } }))
    -- or a listed organisation's name (a given name too) and an acronym no list has
    assert.are.same({ "Sony BMG/organization" }, listing("Sony BMG said sales fell.", PROPER))
    assert.are.same({ "Quelvane/place", "Sony BMG/organization" },
      listing("In Quelvane he joined Sony BMG.", PROPER))
    -- not a people's word before a work's
    assert.are.same({ "Danish Wikipedia/other" },
      listing("The material comes from the corresponding article on the Danish Wikipedia, " ..
        "accessed in April.", { types = { "organization", "other" } }))
    -- not a person's name with a particle, nor a possessor's before it
    assert.are.same({ "Pierre de Marca/person" }, listing("Pierre de Marca wrote a book.", PROPER))
    -- nor a famous person's first name after a role, before a family name a firm's too
    assert.are.same({ "Yasuo Matsushita/person" },
      listing("Central bank governor Yasuo Matsushita said rates would stay low.", PROPER))
  end)

  it("reads a headline's listed organisation's word, a common word too, by its evidence", function()
    -- the possessive; the story's organisation the word opens
    local got = listing("FED'S TARVEN URGES REFORM\nWASHINGTON, March 3 - Federal Reserve Board " ..
      "Governor Robert Tarven said banks need reform.\n", { types = { "organization" } })
    assert.are.equal("FED/organization", got[1])
    got = listing("APPLE SALES RISE\nCUPERTINO, March 3 - Apple Computer said sales rose.\n",
      { types = { "organization" } })
    assert.are.equal("APPLE/organization", got[1])
    -- not where the story's name goes on with the headline's next word
    got = listing("SIGMA MINES DETAILS GOLD ORE RESERVES\nTORONTO, March 3 - Sigma Mines (Quebec) " ..
      "Ltd said its reserves rose.\n", { types = { "organization" } })
    assert.are.equal("SIGMA MINES/organization", got[1])
  end)

  it("reads a headline's word as the person the story names in full by it", function()
    local got = listing("REGAN DEPARTURE MAKES 3RD VOLCKER TERM LIKELY\n\nWASHINGTON, March 3 - " ..
      "Federal Reserve Board chairman Paul Volcker will serve a third term, sources say.\n", PROPER)
    assert.are.equal("VOLCKER/person", got[2])
    -- not a firm's name the lists have, nor a sentence's first word
    got = listing("VOLVO TO BUILD PLANT\n\nGOTHENBURG, March 3 - Anna Volvo said so.\n", PROPER)
    assert.are.equal("VOLVO/organization", got[1])
    -- a headline in lower case too, where the word comes before the full name only
    assert.are.same({ "Agassi/person", "Dubai/place", "Andre Agassi/person", "Jan Vacek/person" },
      listing("Agassi fights back in Dubai\n\nAndre Agassi came from a set down to beat Jan Vacek.",
        PROPER))
    -- not a common word (the Bible before Geoffrey Bible)
    assert.are.same({ "Bible/other", "Geoffrey Bible/person" },
      listing("The Bible was read aloud at the meeting. Later Geoffrey Bible spoke."))
  end)

  it("cuts a headline's last common word off a name the text writes", function()
    local got = names("ATHLETICS - JOHNSON WINS 200 METRES IN OSLO.\n\n" ..
      "Olympic champion Michael Johnson won the 200 metres on Wednesday.")
    assert.are.same({ "JOHNSON/person#1", "Michael Johnson/person#1" }, { got[1], got[3] })
    assert.matches("^OSLO/place#", got[2])
    assert.are.same({ "REAGAN/person#1", "Ronald Reagan/person#1" },
      names("REAGAN KNEW OF ARMS SALES, AIDE SAYS\n\nPresident Ronald Reagan knew of the sales, an aide said."))
    -- and its first common word before one (WINS AUSTRALIAN OPEN)
    got = listing("GOLF - NORMAN WINS AUSTRALIAN OPEN .\n\nGreg Norman won the Australian Open on " ..
      "Sunday .", { types = { "person", "other" } })
    assert.are.same({ "NORMAN/person", "AUSTRALIAN OPEN/other" }, { got[1], got[2] })
    -- not a firm's first word (SKYLINE CORP after Skyline Corp)
    assert.are.same({ "SKYLINE CORP/organization", "Skyline Corp/organization" },
      listing("SKYLINE CORP SETS DIVIDEND\n\nSkyline Corp said it set a dividend.",
        { types = { "organization" } }))
  end)

  it("grows a headline's name in capitals to a name the story writes", function()
    -- the tagger reads a place, or a people, in the headline; the story
    -- names the firm, the bank or the event in full
    local got = listing("JAPAN LINE TO CUT FLEET\n\nTOKYO, March 3 - Japan Line Ltd said it would " ..
      "sell ships. Japan Line said costs rose.\n", PROPER)
    assert.are.equal("JAPAN LINE/organization", got[1])
    got = listing("NORDIC INVESTMENT BANK RAISES LOAN\n\nHELSINKI, May 2 - The Nordic Investment " ..
      "Bank said it raised a loan.\n", PROPER)
    assert.are.equal("NORDIC INVESTMENT BANK/organization", got[1])
    got = listing("GOLF - LEADING SCORES AT DUBAI DESERT CLASSIC.\n\nDUBAI 1998-02-12\n\n" ..
      "Leading scores in the Dubai Desert Classic on Thursday.\n", { types = { "place", "other" } })
    assert.are.same({ "DUBAI DESERT CLASSIC/other", "DUBAI/place", "Dubai Desert Classic/other" }, got)
    -- a firm's name the story writes with its legal suffix
    got = listing("ILLINOIS TOOL WORKS SEES GAIN\n\nCHICAGO, March 3 - Illinois Tool Works Inc " ..
      "said profit rose.\n", PROPER)
    assert.are.equal("ILLINOIS TOOL WORKS/organization", got[1])
    -- over a name the tagger found after it in capitals (BERLIN + GRAND PRIX)
    got = listing("ATHLETICS - RESULTS FROM BERLIN GRAND PRIX.\n\nBERLIN 1997-08-26\n\n" ..
      "Leading results from the Berlin Grand Prix meeting on Tuesday:\n", { types = { "place", "other" } })
    assert.are.same({ "BERLIN GRAND PRIX/other", "BERLIN/place", "Berlin Grand Prix/other" }, got)
  end)

  it("drops a headline's common words that the story writes in lower case", function()
    assert.are.same({ "ACME/organization", "BOSTON/place", "Acme Corp/organization" },
      listing("ACME <ACM> SETS SPLIT, RAISES PAYOUT\nBOSTON, March 25 - Acme Corp said its board " ..
        "declared a three-for-one stock split and raised the quarterly dividend.\n", PROPER))
    -- an acronym inside a sentence stays a name though the text writes it in lower case
    assert.are.same({ "FIRST Global/organization" },
      listing("The first FIRST Global contest was held this week.", { types = { "organization", "other" },
        gazetteer = { ["FIRST Global"] = "organization" } }))
  end)

  it("keeps a name in capitals whose pieces the text does not name alone", function()
    local got = names("CALIFORNIA SCIENCE CENTER OPENS\nThe science center in Los Angeles, California, opens.")
    assert.are.equal("CALIFORNIA SCIENCE CENTER/place#1", got[1])
  end)

  it("makes a dateline's place an entity of its own", function()
    assert.are.same({ "LIVERPOOL/place#1", "Liverpool/organization#3", "Chelsea/organization#4" },
      names("LIVERPOOL 1996-09-14\nLiverpool beat Chelsea 2-1 at Anfield on Saturday."))
    assert.are.same({ "PARIS/place#1", "France/place#2", "Reuters/organization#3" },
      names("PARIS, France (Reuters) - The government fell."))
    -- a headline's words in capitals alone besides take the dateline's place
    local typed = listing("ALPHAND WINS VAL D'ISERE DOWNHILL\n\nVAL D'ISERE, France 1996-12-07\n\n" ..
      "Luc Alphand won a World Cup downhill on Saturday.", { types = { "person", "place" } })
    assert.are.same({ "ALPHAND/person", "VAL D'ISERE/place", "VAL D'ISERE/place", "France/place",
                      "Luc Alphand/person" }, typed)
    -- a headline's topic, and a line's first words of grammar, are no datelines
    assert.are.same({}, names("SOCCER - LATE WIN\nIN 2008 THE TEAM WON."))
    -- but the article of a place's name the lists have with it
    assert.are.same({ "THE HAGUE/place#1" },
      names("THE HAGUE, March 13 - Dutch exports rose."))
  end)

  it("makes a club's town after a preposition of place a place of its own", function()
    local results = "CHICAGO 6 Boston 4\nSeattle 9 BALTIMORE 3\n\n"
    local s = results .. "In Chicago , Frank Thomas drove in three runs ."
    assert.are.same({ "CHICAGO/organization", "Boston/organization", "Seattle/organization",
                      "BALTIMORE/organization", "Chicago/place", "Frank Thomas/person" },
      listing(s, PROPER))
    local got = assert(verba.entities(s, PROPER))
    assert.are_not.equal(got[1].id, got[5].id)
    -- a sentence that "At" opens, its place closed by a comma
    assert.are.same("Chicago/place",
      listing(results .. "At Chicago , Frank Thomas drove in three runs .", PROPER)[5])
    assert.are.same({ "Chicago/organization", "Boston/organization", "Chicago/place" },
      listing("Chicago beat Boston 6-4 on Friday . Later in Chicago , police arrested two men .",
        PROPER))
    -- the club or the firm goes on: a holding, a possessive, a slash
    for _, text in ipairs({ "Chicago beat Boston 6-4 . Fans want a stake in Chicago .",
                            "Chicago beat Boston 6-4 . It was the turning point in Chicago 's season .",
                            "Chicago beat Boston 6-4 . It was the turning point in Chicago's season .",
                            "Chicago beat Boston 6-4 . A rise in Chicago/Boston ticket sales ." }) do
      assert.are.same("Chicago/organization", listing(text, PROPER)[3], text)
    end
    -- "at" before a name alone is a workplace's (an analyst at Chicago ...)
    assert.are.same("Chicago/organization",
      listing(results .. "Tom Lee , an analyst at Chicago , said so .", PROPER)[6])
  end)

  it("reads a byline above the dateline as a person's name", function()
    assert.are.same({ "Anna de Vries/person", "AMSTERDAM/place" },
      listing("Bank cuts forecast after loan losses .\nAnna de Vries\nAMSTERDAM 1996-08-22\n" ..
        "The bank said on Thursday it would cut its forecast .", PROPER))
  end)

  it("reads a dateline's date after the comma, whatever the tagger made of the place", function()
    local got = names("QUARNBY HOUSING GETS CREDIT, NEW PACT\n" ..
      "LONDON, April 1 - Quarnby Housing Corp signed a facility, its bankers said.\n" ..
      "Drawings will be at 5/16 pct over the London Interbank Offered Rate.")
    assert.are.equal("LONDON/place", got[2]:gsub("#%d+$", ""))
  end)

  it("takes a headline's words after a title in capitals as a name only if listed as one", function()
    local got = names("MCI <MCIC> PRESIDENT SEES PROFIT IMPROVEMENT\nPRESIDENT REAGAN SAYS NO")
    for _, n in ipairs(got) do assert.is_nil(n:find("SEES", 1, true), n) end
    assert.are.equal("REAGAN/person", got[#got]:gsub("#%d+$", ""))
  end)

  it("makes a dateline's region a place of its own", function()
    local got = names("ROCKVILLE, Md., March 4 - Quarnby Labs said it would grow.")
    -- (with its abbreviation's dot, as a name that ends in one)
    assert.are.same({ "ROCKVILLE/place#1", "Md./place#2" }, { got[1], got[2] })
  end)

  it("takes no headline's company and its ticker for a dateline", function()
    local got = names("CORVALE (CVL) TO CLOSE PLANT\n" ..
      "TORONTO, March 3 - Corvale Mining Ltd said it would close its plant.")
    assert.are_not.equal("CORVALE/place#1", got[1])
    assert.are.equal("TORONTO/place#2", got[2])
  end)

  it("reads a dateline with an abbreviated state, and no headline's date as one", function()
    -- (Volkswagen, a listed organisation, once also became a place here:
    -- two mentions over one word)
    for _, firm in ipairs({ "Toyota of Canada", "Volkswagen of Canada" }) do
      local s = firm:upper() .. " EARLY JUNE SALES RISE\n" ..
        "FLINT, MICH., June 12 - " .. firm .. " said sales rose. Its cars sold well."
      check_mentions(s)
      local got = {}
      for _, e in ipairs(assert(verba.entities(s))) do got[e.text] = e.type end
      assert.are.equal("place", got.FLINT)
      assert.are_not.equal("place", got[firm:upper()])
      assert.are_not.equal("place", got[firm:upper():match("^%S+")])
    end
  end)
end)

describe("verba.entity_groups", function()
  it("gives one record per entity with its mentions and count", function()
    local s = "Ken Hu spoke. Hu said $5 was enough, and Hu left."
    local groups = assert(verba.entity_groups(s, { types = { "person" } }))
    assert.are.equal(1, #groups)
    local g = groups[1]
    assert.are.equal("Ken Hu", g.canonical)
    assert.are.equal("person", g.type)
    assert.are.equal(3, g.count)
    assert.are.same({ start = 1, stop = 6, text = "Ken Hu" }, g.mentions[1])
    assert.are.same({ start = 15, stop = 16, text = "Hu" }, g.mentions[2])
    assert.are.equal(g.id, assert(verba.entities(s))[1].id)
  end)
end)

-- ---- Corpora in ../shared (never copied into the project) ----------------------------

local json = require("json")
local helpers = require("spec.helpers")

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return s
end

-- Exact-span scores of predicted entities against gold ones, over the
-- given types (as ../shared/tools/score_entities.py counts them): a
-- table type -> {tp, pred, gold} with "overall" for all of them.
local function score(pairs, types)
  local counts = { overall = { 0, 0, 0 } }
  for _, t in ipairs(types) do counts[t] = { 0, 0, 0 } end
  local function add(t, i) counts[t][i] = counts[t][i] + 1; counts.overall[i] = counts.overall[i] + 1 end
  for _, p in ipairs(pairs) do
    local gold = {}
    for _, e in ipairs(p.gold) do
      if counts[e.type] then
        gold[e.start .. ":" .. e.stop .. ":" .. e.type] = true
        add(e.type, 3)
      end
    end
    for _, e in ipairs(p.pred) do
      if counts[e.type] then
        add(e.type, 2)
        if gold[e.start .. ":" .. e.stop .. ":" .. e.type] then add(e.type, 1) end
      end
    end
  end
  return counts
end

local function f1(c) return c[1] > 0 and 2 * c[1] / (c[2] + c[3]) or 0 end

local NAMES = { "person", "organization", "place" }

describe("entities of the seed article", function()
  local gold = read("../shared/corpus/seed/huawei-brussels.gold.json")
  if not gold then
    pending("the seed article is not in ../shared/corpus/seed")
    return
  end
  gold = json.decode(gold)
  local pred = assert(verba.entities(gold.text))

  it("finds its people, organisations and places", function()
    local c = score({ { gold = gold.entities, pred = pred } }, NAMES)
    assert.is_true(f1(c.overall) >= 0.9, ("F1 %.3f"):format(f1(c.overall)))
  end)

  it("gives each mention the canonical name of its entity", function()
    local canonical = {}
    for _, e in ipairs(pred) do canonical[e.start] = e.canonical end
    for _, e in ipairs(gold.entities) do
      if e.canonical then assert.are.equal(e.canonical, canonical[e.start]) end
    end
  end)

  it("gives mentions in order, apart, agreeing with their entities", function()
    check_mentions(gold.text)
  end)

  it("finds its dates", function()
    local c = score({ { gold = gold.entities, pred = pred } }, { "date" })
    assert.is_true(f1(c.date) >= 0.8, ("F1 %.3f"):format(f1(c.date)))
  end)
end)

describe("entities of GUM's news articles", function()
  local corpus = read("../shared/corpus/gum/gum-news.jsonl")
  if not corpus then
    pending("GUM's news articles are not in ../shared/corpus/gum")
    return
  end
  -- Most of these 24 articles are in GUM's train split, which the model
  -- learnt from: this floor guards against regressions; GUM's dev and test
  -- splits (make model) measure what generalises.
  -- GUM types a country that acts (North Korea fired; Sweden, the side,
  -- won) as an organisation; verba, as the seed article's gold, as a place
  -- (the U.S. has long suspected; China announced): GUM's gold is read so.
  local core = require("verba.core")
  local function our_type(doc, e)
    local name = doc.text:sub(e.start, e.stop)
    local found = e.type == "organization" and core.lexicon_lookup(name, "capitalized")
    return found and found.classes.country and "place" or e.type
  end

  it("keeps exact-span F1 over people, organisations and places", function()
    local pairs = {}
    for line in corpus:gmatch("[^\n]+") do
      local doc = json.decode(line)
      for _, e in ipairs(doc.entities) do e.type = our_type(doc, e) end
      pairs[#pairs + 1] = { gold = doc.entities, pred = assert(verba.entities(doc.text)) }
      check_mentions(doc.text)
    end
    local c = score(pairs, NAMES)
    assert.is_true(f1(c.overall) >= 0.87, ("F1 %.3f"):format(f1(c.overall)))
    for _, t in ipairs(NAMES) do
      assert.is_true(f1(c[t]) >= 0.85, ("%s F1 %.3f"):format(t, f1(c[t])))
    end
  end)
end)

describe("entities of bench-dev's articles", function()
  -- 35 BBC News and 30 Reuters articles (../shared/corpus/quotes/bench-dev.jsonl,
  -- whose text may not be shipped), their names annotated for verba in
  -- CoNLL-2003's scheme: spec/fixtures/bench-dev-entities.jsonl holds the
  -- offsets and types alone, and each article's length to check that the
  -- text is the one annotated. A development set: rules have been read
  -- against its errors.
  local corpus = read("../shared/corpus/quotes/bench-dev.jsonl")
  if not corpus then
    pending("bench-dev is not in ../shared/corpus/quotes")
    return
  end
  local articles = {}
  for line in corpus:gmatch("[^\n]+") do
    local doc = json.decode(line)
    articles[doc.id] = doc.text
  end

  it("keeps exact-span F1 over people, organisations and places", function()
    local docs = {}
    for line in assert(read("spec/fixtures/bench-dev-entities.jsonl")):gmatch("[^\n]+") do
      local doc = json.decode(line)
      local text = articles[doc.id]
      assert.are.equal(doc.bytes, text and #text, doc.id)
      docs[#docs + 1] = { gold = doc.entities, pred = assert(verba.entities(text)) }
    end
    local c = score(docs, NAMES)
    local floors = { overall = 0.91, person = 0.93, organization = 0.86, place = 0.94 }
    for t, floor in pairs(floors) do
      assert.is_true(f1(c[t]) >= floor, ("%s F1 %.3f < %.3f"):format(t, f1(c[t]), floor))
    end
  end)
end)

describe("the model", function()
  local GUM = "../shared/corpus/gum/conllu"
  if not read(GUM .. "/../splits.tsv") then
    pending("GUM is not in ../shared/corpus/gum")
    return
  end

  -- (its weights are a table generated from GUM and the lexicon's data, as
  -- the features read it, and its header notes the scores of the tagger
  -- with the rules on GUM's dev and test splits: a change to the data, the
  -- features or the rules' scores must come with make model)
  it("is csrc/entities/model_data.h as make model makes it", function()
    local out = os.tmpname()
    local made = helpers.execute("make -s build/train_ner > /dev/null && build/train_ner --out " ..
      out .. " " .. GUM .. " > /dev/null 2>&1")
    local same = read(out) == read("csrc/entities/model_data.h")
    os.remove(out)
    assert.is_true(made, "build/train_ner failed")
    assert.is_true(same, "run make model")
  end)
end)
