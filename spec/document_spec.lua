-- The document model: one annotated token array that sentences,
-- paragraphs, quotations and speakers all read; one lexicon; configuration
-- compiled once with verba.new. Each case below failed before the model.
local verba = require("verba")

local function first_quote(s, opts, instance)
  return assert((instance or verba).quotes(s, opts))[1]
end

describe("the document model", function()
  describe("one lexicon for every stage", function()
    it("gives speakers after the abbreviated titles sentences know", function()
      for _, title in ipairs({ "Msgr.", "Atty.", "Det.", "Amb.", "Insp.", "Hon." }) do
        local q = first_quote("“We will appeal,” " .. title .. " Tamsin Roe said.")
        assert.are.equal(title .. " Tamsin Roe", q.speaker)
        assert.are.equal("Tamsin Roe", q.speaker_name, title)
        assert.are.equal("said", q.cue)
      end
    end)

    it("finds a sentence opener after an abbreviation whatever its place in the lists", function()
      assert.are.same({ "The firm moved to the U.S.", "Meanwhile, its rivals grew." },
        verba.split_sentences("The firm moved to the U.S. Meanwhile, its rivals grew."))
      assert.are.same({ "The firm moved to the U.S.", "However, its rivals grew." },
        verba.split_sentences("The firm moved to the U.S. However, its rivals grew."))
    end)
  end)

  describe("verba.new", function()
    it("compiles a user's abbreviations once, for sentences and speakers alike", function()
      local v = verba.new({ abbreviations = { "Regt." } })
      assert.are.same({ "Asked, Regt. Roe left." }, v.split_sentences("Asked, Regt. Roe left."))
      assert.are.same({ "Asked, Regt.", "Roe left." }, verba.split_sentences("Asked, Regt. Roe left."))
      local q = first_quote("“We will appeal,” Regt. Tamsin Roe said.", nil, v)
      assert.are.equal("Regt. Tamsin Roe", q.speaker)
      assert.is_nil(first_quote("“We will appeal,” Regt. Tamsin Roe said.").speaker)
    end)

    it("inflects a user's cue verbs like the built-in ones", function()
      local v = verba.new({ verbs = { "quip" } })
      for _, form in ipairs({ "quip", "quips", "quipped", "quipping" }) do
        local q = first_quote("“Fine,” Hu " .. form .. ".", nil, v)
        assert.are.equal("Hu", q.speaker, form)
        assert.are.equal(form, q.cue)
      end
      assert.are.equal("Hu", first_quote("“Fine,” Hu harrumphed.", nil,
        verba.new({ verbs = { "harrumphed" } })).speaker)
    end)

    it("takes cue verbs of several words and of any script", function()
      local v = verba.new({ verbs = { "pipe up", "a déclaré" } })
      local q = first_quote("“Fine,” Hu piped up.", nil, v)
      assert.are.same({ "Hu", "piped up" }, { q.speaker, q.cue })
      assert.is_nil(first_quote("“Fine,” Hu piped up.").speaker)
      q = first_quote("« Nous ferons appel », a déclaré Tamsin Roe.", nil, v)
      assert.are.same({ "Tamsin Roe", "a déclaré", "direct" }, { q.speaker, q.cue, q.kind })
    end)

    it("takes a thousand user words (the word table never fills)", function()
      local verbs = {}
      for i = 1, 1000 do verbs[i] = "zorbl" .. i end
      local v = verba.new({ verbs = verbs })
      for _, i in ipairs({ 1, 512, 513, 999, 1000 }) do
        local q = first_quote(("“Fine,” Hu zorbl%ded."):format(i), nil, v)
        assert.are.equal("Hu", q.speaker, i)
      end
    end)

    it("adds a call's own words to the instance's", function()
      local v = verba.new({ verbs = { "quip" } })
      local q = first_quote("“Fine,” Hu harrumphed, and Roe quipped.", { verbs = { "harrumph" } }, v)
      assert.are.equal("Hu", q.speaker)
      local w = v.new({ verbs = { "harrumph" } })
      assert.are.equal("Hu", first_quote("“Fine,” Hu quipped.", nil, w).speaker)
      assert.are.equal("Hu", first_quote("“Fine,” Hu harrumphed.", nil, w).speaker)
    end)

    it("has every function of the module", function()
      local v = verba.new({})
      for name, f in pairs(verba) do
        if type(f) == "function" then assert.are.equal("function", type(v[name]), name) end
      end
      assert.are.equal(verba.version, v.version)
    end)

    it("checks its options", function()
      assert.has_error(function() verba.new({ verb = {} }) end,
        "bad argument #1 to 'verba.new' (unknown option \"verb\")")
      assert.has_error(function() verba.new({ quote_depth = 0 }) end,
        "bad argument #1 to 'verba.new' (option \"quote_depth\": positive integer expected, got 0)")
      assert.has_error(function() verba.new({ paragraphs = "lines" }) end,
        "bad argument #1 to 'verba.new' (option \"paragraphs\": one of \"blank\", \"line\" expected, got \"lines\")")
      assert.has_error(function() verba.new("x") end,
        "bad argument #1 to 'verba.new' (options table expected, got string)")
    end)

    it("reads only the options a table really holds", function()
      local sneaky = setmetatable({}, { __index = { kinds = { "bogus" } } })
      assert.are.same({ "a", "b" }, verba.tokenize("a b", sneaky))
      local fake = setmetatable({}, { __index = { verbs = { 1 } } })
      assert.are.equal("table", type(verba.quotes("“Fine,” Hu said.", fake)))
    end)
  end)

  describe("paragraphs", function()
    local s = "Roe spoke to the council:\n“The bridge is safe.”\nThe vote was held.\n\nNext day."

    local function spans(iter, text)
      local out = {}
      for a, b in iter do out[#out + 1] = text:sub(a, b) end
      return out
    end

    it("start at a line that opens with a double quotation mark", function()
      assert.are.same({ "Roe spoke to the council:", "“The bridge is safe.”\nThe vote was held.",
                        "Next day." }, spans(verba.paragraphs(s), s))
    end)

    it("are every line with paragraphs = 'line'", function()
      local want = { "Roe spoke to the council:", "“The bridge is safe.”", "The vote was held.",
                     "Next day." }
      assert.are.same(want, spans(verba.paragraphs(s, { paragraphs = "line" }), s))
      assert.are.same(want, spans(verba.new({ paragraphs = "line" }).paragraphs(s), s))
    end)

    it("end the sentences in them", function()
      local text = "The council met and the\nvote was held.\n“We won” said Roe\nat night."
      assert.are.same({ "The council met and the\nvote was held.", "“We won” said Roe\nat night." },
        verba.split_sentences(text))
      assert.are.same({ "The council met and the", "vote was held.", "“We won” said Roe", "at night." },
        verba.split_sentences(text, { paragraphs = "line" }))
      -- also after a French closing guillemet and its space, before a word in lower case
      assert.are.same({ "Il a dit : « Partez. »", "ils sont partis." },
        verba.split_sentences("Il a dit : « Partez. »\nils sont partis.", { paragraphs = "line" }))
    end)
  end)

  describe("quotations nested deeper than the limit", function()
    -- n opening marks, each after a word, then a word and n closing marks
    local function nested(n) return ("“a "):rep(n) .. "x" .. ("”"):rep(n) end

    local function depth_and_span(quotes)
      local depth, q = 0, quotes[1]
      local outer = q
      while q do
        depth = depth + 1
        q = q.nested and q.nested[1]
      end
      return depth, outer.start, outer.stop
    end

    it("still pair: the outer quotes close where they close", function()
      local s = nested(9)
      local qs = verba.quotes(s)
      assert.are.equal(1, #qs)
      assert.are.same({ 8, 1, #s }, { depth_and_span(qs) })
      qs = verba.quotes(s, { quote_depth = 9 })
      assert.are.same({ 9, 1, #s }, { depth_and_span(qs) })
    end)

    it("are kept to quote_depth, however deep the text goes", function()
      local s = nested(1000)
      assert.are.same({ 8, 1, #s }, { depth_and_span(verba.quotes(s)) })
      local v = verba.new({ quote_depth = 1000 })
      assert.are.same({ 1000, 1, #s }, { depth_and_span(v.quotes(s)) })
    end)
  end)

  describe("speakers", function()
    it("take a name that hard-wrapped copy breaks over two lines", function()
      local q = first_quote("“We will appeal,” said John\nSmith, the lawyer.")
      assert.are.equal("John\nSmith", q.speaker)
      q = first_quote("“We will appeal,” said John.\nSmith left.")
      assert.are.equal("John", q.speaker)
    end)
  end)

  describe("verba.analyze", function()
    local s = "“We will appeal,” said Maria Lopez. She left.\n\nThe court met on Monday."

    it("gives sentences, paragraphs and quotations of one document", function()
      local r = verba.analyze(s)
      local function texts(items)
        local out = {}
        for i, x in ipairs(items) do out[i] = s:sub(x.start, x.stop) end
        return out
      end
      assert.are.same({ "“We will appeal,” said Maria Lopez.", "She left.", "The court met on Monday." },
        texts(r.sentences))
      assert.are.same({ "“We will appeal,” said Maria Lopez. She left.", "The court met on Monday." },
        texts(r.paragraphs))
      -- the quotations verba.quotes finds, their speakers linked to entities
      local quotes = verba.quotes(s)
      for i, q in ipairs(r.quotes) do
        assert.are.equal(q.speaker_id and r.groups[q.speaker_id].canonical, q.speaker_name)
        quotes[i].speaker_id = q.speaker_id
      end
      assert.are.same(quotes, r.quotes)
      assert.are.equal("Maria Lopez", r.groups[r.quotes[1].speaker_id].canonical)
      assert.is_nil(r.tokens)
    end)

    it("links a surname after a title only to a person of the sex the title says", function()
      local r = verba.analyze('Ann Vandrel and Dan Vandrel ran the yard. "It will close," said ' ..
        'Dan Vandrel. "It will not," said Mrs. Vandrel.')
      assert.are.equal(2, #r.quotes)
      assert.are.same({ "Dan Vandrel", "Ann Vandrel" },
        { r.groups[r.quotes[1].speaker_id].canonical, r.groups[r.quotes[2].speaker_id].canonical })
      -- no woman of the name named before: Mrs. Vandrel is her own entity
      r = verba.analyze('"It will close," said Dan Vandrel. "It will not," said Mrs. Vandrel.')
      assert.are.equal("Vandrel", r.quotes[2].speaker_name)
      assert.are_not.equal(r.quotes[1].speaker_id, r.quotes[2].speaker_id)
      assert.are.equal("Vandrel", verba.quotes(
        '"It will close," said Dan Vandrel. "It will not," said Mrs. Vandrel.')[2].speaker_name)
    end)

    it("links a speaker named in full to that person, not to another of the family name", function()
      local r = verba.analyze("Bill Clinton spoke in Ohio. Clinton said the plan was sound. " ..
        "“We will win,” Hillary Clinton said on Monday. “It is close,” Clinton added.")
      assert.are.equal(2, #r.quotes)
      assert.are.same({ "Hillary Clinton", "Hillary Clinton" },
        { r.groups[r.quotes[1].speaker_id].canonical, r.quotes[2].speaker_name })
      assert.are.equal("Bill Clinton", r.groups[r.entities[1].id].canonical)
    end)

    it("links each speaker to its entity, a pronoun only to one that agrees", function()
      local r = verba.analyze('"Good," said Ann Lee. John Smith, the mayor, disagreed. ' ..
        '"Bad," he said. Later Smith added: "Worse." Dr Lee of the Lake Institute said ' ..
        '"Fine." The Lisbon Tenants League said it would "appeal at once." "We will win," it added.')
      local want = { { "Ann Lee", "person" }, { "John Smith", "person" }, { "John Smith", "person" },
                     { "Ann Lee", "person" }, { "Lisbon Tenants League", "organization" },
                     { "Lisbon Tenants League", "organization" } }
      assert.are.equal(#want, #r.quotes)
      for i, q in ipairs(r.quotes) do
        local g = r.groups[q.speaker_id]
        assert.are.same(want[i], { q.speaker_name, g.type }, q.text)
      end
      assert.are.equal("he", r.quotes[2].speaker)
      -- a speaker with no entity keeps the name it resolved to, unlinked
      local q = verba.analyze('"Fine," said the mayor.').quotes[1]
      assert.is_nil(q.speaker_id)
      assert.is_nil(q.speaker_name)
      -- his son, her lawyer: someone other than the one the pronoun means
      r = verba.analyze('Thorne Nogar spoke first. "We will win," his son said. "No," he said.')
      assert.are.same({ "his son", "he" }, { r.quotes[1].speaker, r.quotes[2].speaker })
      assert.is_nil(r.quotes[1].speaker_name)
      assert.are.equal("Thorne Nogar", r.quotes[2].speaker_name)
      -- a title after the name or before it over a party's name is no part of it
      r = verba.analyze('"We must act," Labour MP Jo Cox said. "No," said Frank Field MP.')
      assert.are.same({ "Jo Cox", "Frank Field" }, { r.quotes[1].speaker_name, r.quotes[2].speaker_name })
      assert.are.equal("person", r.groups[r.quotes[2].speaker_id].type)
      -- he or she with no name goes to a person of no known gender only in its
      -- paragraph or the one before, not to one named further back
      r = verba.analyze("I met Dana Roe at the pier.\n\nWe talked a while.\n\nThere was a woman, " ..
                        "a fan. With tears in her eyes she said, “Thank you.”")
      assert.are.equal("she", r.quotes[1].speaker)
      assert.is_nil(r.quotes[1].speaker_name)
      r = verba.analyze("I met Dana Roe at the pier.\n\nWith tears in her eyes she said, “Thank you.”")
      assert.are.equal("Dana Roe", r.quotes[1].speaker_name)
    end)

    it("links it, when no one was named, to the organisation that is the latest subject", function()
      local r = verba.analyze("Ann Lee was fired by Delta Airlines in May. Delta Airlines has declined " ..
        "to explain what it calls “internal employee matters”.")
      assert.are.equal("Delta Airlines", r.quotes[1].speaker_name)
      assert.are.equal("organization", r.groups[r.quotes[1].speaker_id].type)
      -- the subject, not a later organisation in its sentence
      r = verba.analyze("Zorvex Holdings added it was aware the board may review offers from " ..
        "GenCorp Inc. “We will wait,” it said.")
      assert.are.equal("Zorvex Holdings", r.quotes[1].speaker_name)
      -- "the" and a noun that stands for an organisation (org_referents.tsv)
      r = verba.analyze("Zorvex Holdings cut 40 jobs. The company said: “We had no choice.”")
      assert.are.equal("Zorvex Holdings", r.quotes[1].speaker_name)
      r = verba.analyze("Zorvex Holdings cut 40 jobs. The city said: “We had no choice.”")
      assert.is_nil(r.quotes[1].speaker_name)
      -- a noun of a body whose names carry it stands for no body of another kind
      r = verba.analyze("The Varnesan Finance Ministry met. The Bundesbank cut rates. " ..
        "The ministry said: “Stable rates help.”")
      assert.are.equal("Varnesan Finance Ministry", r.quotes[1].speaker_name)
      r = verba.analyze("The Bundesbank cut rates. In a statement, the ministry said: “Stable rates help.”")
      assert.is_nil(r.quotes[1].speaker_name)
      -- no organisation speaks for a statement nor through its possessor
      for _, text in ipairs({
        "Pell Foods cut jobs. The statement said more would go. “It is sad,” it added.",
        "Pell Foods's sales fell. “It is sad,” it said." }) do
        r = verba.analyze(text)
        assert.are.equal("it", r.quotes[1].speaker, text)
        assert.is_nil(r.quotes[1].speaker_name, text)
      end
    end)

    it("lists in each group the very tables of its entities, one table a mention", function()
      local text = "Ken Hu, Huawei's chairman, spoke in Brussels. Hu said Huawei would stay. " ..
        "Mr. Hu left Brussels."
      local r = verba.analyze(text)
      local groups = verba.entity_groups(text)
      assert.are.equal(#groups, #r.groups)
      local is_entity, listed = {}, 0
      for _, e in ipairs(r.entities) do is_entity[e] = true end
      for i, g in ipairs(r.groups) do
        assert.are.equal(#groups[i].mentions, #g.mentions)
        for k, m in ipairs(g.mentions) do
          -- the mention's own table, the one in the entities array
          assert.is_true(is_entity[m], m.text)
          is_entity[m] = nil
          assert.are.same(groups[i].mentions[k], { start = m.start, stop = m.stop, text = m.text })
          assert.are.same({ g.id, g.type, g.canonical }, { m.id, m.type, m.canonical })
        end
        listed = listed + #g.mentions
      end
      assert.are.equal(#r.entities, listed)
      -- a mention past limit is in its group only, as a whole record still
      local cut = verba.analyze(text, { limit = 1 })
      assert.are.equal(1, #cut.entities)
      assert.are.equal(cut.entities[1], cut.groups[1].mentions[1])
      assert.are.same({ "Ken Hu", "Hu", "Hu" },
        { cut.groups[1].mentions[1].text, cut.groups[1].mentions[2].text, cut.groups[1].mentions[3].text })
      assert.are.equal("Ken Hu", cut.groups[1].mentions[3].canonical)
    end)

    it("gives the tokens too with opts.tokens", function()
      local r = verba.analyze(s, { tokens = true })
      local n = 0
      for _ in verba.tokens(s) do n = n + 1 end
      assert.are.equal(n, #r.tokens)
      assert.are.same({ start = 1, stop = 3, kind = "punct" }, r.tokens[1])
    end)

    it("reports offsets into the page with opts.html", function()
      local page = "<p>&ldquo;We will appeal,&rdquo; said <b>Maria</b> Lopez.</p><p>Next</p>"
      local q = verba.analyze(page, { html = true }).quotes[1]
      assert.are.equal("&ldquo;We will appeal,&rdquo;", page:sub(q.start, q.stop))
      assert.are.equal("Maria</b> Lopez", page:sub(q.speaker_start, q.speaker_stop))
      assert.are.equal("said", page:sub(q.cue_start, q.cue_stop))
    end)

    it("returns nil and a message for invalid UTF-8", function()
      assert.are.same({ nil, "invalid UTF-8 at byte 3" }, { verba.analyze("ab\255c") })
    end)
  end)
end)
