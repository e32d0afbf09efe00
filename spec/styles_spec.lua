-- Quotations in every newsroom's style: British, wire and web copy. Each
-- case is written for this spec (no corpus sentence).
local verba = require("verba")

local function only(s, opts)
  local qs = assert(verba.quotes(s, opts))
  assert.are.equal(1, #qs, "one quotation expected")
  return qs[1]
end

describe("speakers across styles", function()
  it("takes a name ending in 's for a subject, not a possessive", function()
    local q = only('Hanley\'s said the bridge had "no cracks" on Monday.')
    assert.are.equal("Hanley's", q.speaker)
    assert.are.equal("said", q.cue)
    assert.is_nil(only('Hanley\'s claim that the bridge had "no cracks" was wrong.').cue)
  end)

  it("takes the name of a name and a phrase about it set off by commas", function()
    local cases = {
      { 'Adam Roe, the firm\'s planning manager, said the plan was "a genuine attempt".', "Adam Roe" },
      { 'Dana Ode, Vice President of the League, admitted: "We were late."', "Dana Ode" },
      { 'The league\'s vice president, Dana Ode, said it was "a genuine attempt".', "Dana Ode" },
      { 'Ode, 52, of Salem, said it was "a genuine attempt".', "Ode" },
      -- the phrase's closing comma left out
      { 'Ines Marlow, economist at Delta Partners said the rise was "overdue".', "Ines Marlow" },
      { 'Bo Ode, a spokesman for the Lisbon office said: "We will appeal."', "Bo Ode" },
      -- two phrases about the name
      { 'In a statement, Dr Ines Marlow, Delta vice president, Research and Patents, said: "We will appeal."',
        "Dr Ines Marlow" },
    }
    for _, case in ipairs(cases) do
      assert.are.equal(case[2], only(case[1]).speaker, case[1])
    end
    -- a place before the comma is no speaker, nor a name joined by "and"
    assert.are.equal("a spokesman for the firm",
      only('In Lisbon, a spokesman for the firm said: "We will appeal."').speaker)
    assert.are.equal("the rest of the board",
      only('Marlow, and the rest of the board said the rise was "overdue".').speaker)
  end)

  it("reads a wire's unnamed source past its aside or its relative clause", function()
    for _, c in ipairs({
      { '"We expect a deal soon," a senior official, speaking on condition of anonymity, told Reuters.',
        "a senior official", "told" },
      { '"We expect a deal soon," a senior official who declined to be named said.',
        "a senior official", "said" },
      { '"We expect a deal soon," a diplomat who asked not to be identified told Reuters.',
        "a diplomat", "told" } }) do
      local q = only(c[1])
      assert.are.same({ c[2], c[3] }, { q.speaker, q.cue }, c[1])
    end
  end)

  it("gives a quotation relayed by another source to the one quoted (wire style)", function()
    local cases = {
      { '"The harvest is lost," the state broadcaster quoted Ines Marlow as saying.', "Ines Marlow", "saying" },
      { 'The ministry quoted its director as telling staff: "We start again on Monday."', "its director", "telling" },
      { 'Radio Lisbon, monitored in Madrid, quoted him as saying that "nothing was signed".', "him", "saying" },
      { 'A court filing cited Ode as saying he had "no memory of the call".', "Ode", "saying" },
    }
    for _, case in ipairs(cases) do
      local q = only(case[1])
      assert.are.equal(case[2], q.speaker, case[1])
      assert.are.equal(case[3], q.cue, case[1])
    end
    -- without "as" and a cue the one who quotes speaks
    assert.are.equal("The paper", only('The paper quoted a line from the memo: "Sell everything."').speaker)
  end)

  it("takes a quotation heading a noun phrase for a mention when nobody says it", function()
    local q = only('The tapes date from 1956. The "pre-masters" include a take of an early song.')
    assert.are.equal("mention", q.kind)
    assert.is_nil(q.speaker)
    q = only('Rates were cut again. A "grid" of fixed rates would, in theory, foster trade.')
    assert.are.equal("mention", q.kind)
    assert.is_nil(q.speaker)
    -- after an article, words someone is said to say stay theirs
    q = only('Ode called the plan a "genuine attempt" to settle.')
    assert.are.equal("partial", q.kind)
    assert.are.equal("Ode", q.speaker)
  end)

  it("takes the subject of a cue set off by commas inside a sentence (said Hu)", function()
    local q = only('The ministers\' comments, said Ines Marlow of Delta Bank in Oslo, were "too weak to matter".')
    assert.are.equal("Ines Marlow of Delta Bank", q.speaker)
    assert.are.equal("said", q.cue)
    -- a cue that names or addresses is no such aside
    q = only('Ode, the mayor, called Friday for the videos, saying openness "brings progress".')
    assert.are.equal("Ode", q.speaker)
  end)

  it("gives the words to the one who answers, not the one asked", function()
    local q = only('But when Ode was asked whether it was a risk she replied: "Less than crossing a road."')
    assert.are.equal("she", q.speaker)
    assert.are.equal("replied", q.cue)
    q = only('When Ode was later told of the vote, her lawyer said: "We will appeal."')
    assert.are.equal("her lawyer", q.speaker)
    -- with no cue after it the one asked stays the best guess
    q = only('Ode was asked about the vote: "We will appeal."')
    assert.are.equal("Ode", q.speaker)
  end)

  it("gives a quotation credited to a document to the one who issued it", function()
    local q = only('According to a statement from the ministry, the plan is "dead".')
    assert.are.equal("the ministry", q.speaker)
    q = only('The plan is "dead," according to a report by Delta Research.')
    assert.are.equal("Delta Research", q.speaker)
    -- a name keeps its place: according to Hu from Ohio is Hu
    q = only('The plan is "dead," according to Ines Marlow from Lisbon.')
    assert.are.equal("Ines Marlow", q.speaker)
  end)

  it("reads participial and prepositional frames before the subject", function()
    local cases = {
      { 'Writing in a blog post, Ines Marlow said the deal was "a mistake".', "Ines Marlow", "said" },
      { 'In a statement, the ministry said: "We regret the loss."', "the ministry", "said" },
      { 'Speaking to reporters, she added: "We will be back."', "she", "added" },
      { 'In a post on his blog, Ode wrote that the vote was "rigged".', "Ode", "wrote" },
    }
    for _, case in ipairs(cases) do
      local q = only(case[1])
      assert.are.equal(case[2], q.speaker, case[1])
      assert.are.equal(case[3], q.cue, case[1])
    end
  end)

  it("reads past a year after a preposition between the subject and its cue", function()
    local q = only('She pointed to how Ines Marlow had in 1997 complained about "abusive campaigning".')
    assert.are.equal("Ines Marlow", q.speaker)
    assert.are.equal("complained", q.cue)
  end)

  it("reads a subject with a prepositional phrase or an aside after its noun", function()
    local cases = {
      { '"It was overdue," an analyst with Delta Partners said.', "an analyst with Delta Partners", nil },
      { '"We will appeal," the official at the ministry said.', "the official at the ministry", nil },
      { '"It is odd," one official at the Office of Trade and Industry (OTI) said.',
        "one official at the Office of Trade and Industry", nil },
      { 'Senator Dana Ode (Democrat) of Vermont said the plan would "fail".',
        "Senator Dana Ode (Democrat) of Vermont", "Dana Ode" },
      -- the noun with its modifiers before the preposition
      { '"We will appeal," a senior official at the ministry said.',
        "a senior official at the ministry", nil },
      { '"It was overdue," one local trader in Lisbon said.', "one local trader in Lisbon", nil },
    }
    for _, case in ipairs(cases) do
      local q = only(case[1])
      assert.are.equal(case[2], q.speaker, case[1])
      assert.are.equal(case[3], q.speaker_name, case[1])
    end
    -- a name heading its phrase keeps it: Ann Lee at the time said
    assert.are.equal("Ann Lee", only('Ann Lee at the time said the plan would "fail".').speaker)
  end)

  it("gives a passive cue's quotation to its agent (described as \"...\" by X)", function()
    local q = only('Her remarks have been described as "reckless" by the Lisbon Tenants League.')
    assert.are.equal("the Lisbon Tenants League", q.speaker)
    assert.are.equal("described", q.cue)
    q = only('The plan was called "a disgrace" by Senator Ann Lee on Monday.')
    assert.are.equal("Ann Lee", q.speaker_name)
    -- (a plural in lower case, an article before the quote)
    q = only('The scheme has been branded a "disgraceful waste" by councillors.')
    assert.are.equal("councillors", q.speaker)
    assert.are.equal("branded", q.cue)
    -- by after an active cue is no agent
    assert.are.equal("Hu", only('Hu said the plan was "a disgrace" by any measure.').speaker)
    -- quoted words joined by "and" share the agent after the last of them
    local qs = verba.quotes('Her remarks were described as "reckless" and "cruel" by the Lisbon ' ..
      'Tenants League.')
    assert.are.equal(2, #qs)
    assert.are.equal("the Lisbon Tenants League", qs[1].speaker)
    assert.are.equal("the Lisbon Tenants League", qs[2].speaker)
  end)

  it("reads British style: said Mr Blair, told a programme, single marks outside double", function()
    local q = only("'We will not give in,' said Mr Ode.")
    assert.are.equal("Mr Ode", q.speaker)
    assert.are.equal("Ode", q.speaker_name)
    assert.are.equal("direct", q.kind)
    q = only("Mr Ode told the BBC's Today programme: 'The economy is strong.'")
    assert.are.equal("Mr Ode", q.speaker)
    assert.are.equal("told", q.cue)
    q = only("'The minister said \"never\" and meant it,' said Mrs Marlow.")
    assert.are.equal("Mrs Marlow", q.speaker)
    assert.are.equal("The minister said \"never\" and meant it,", q.text)
    assert.are.equal(1, #q.nested)
    assert.are.equal("never", q.nested[1].text)
    -- single marks in a text that quotes in double, the quotation going on in its paragraph
    local qs = verba.quotes('Mr Ode said the plans were "a con trick". He told the BBC: ' ..
      '"People will see through it."\n\n"This is a missed opportunity," said Ann Lee.\n\n' ..
      "'We will not be bullied,' said one union leader. 'The members will decide.'")
    assert.are.same({ "direct", "direct" }, { qs[4].kind, qs[5].kind })
    assert.are.equal("one union leader", qs[5].speaker)
  end)
end)

describe("mentions", function()
  it("gives no quotation to a sentence after it that reports speech of its own", function()
    local qs = verba.quotes('Mr Ode warned that firms could run short of talent. "If firms hire ' ..
      'ever bigger teams, the talent will run out." Mr Hask said developers had to change.')
    assert.are.equal(1, #qs)
    assert.are.equal("Mr Ode", qs[1].speaker)
    -- but a reporting clause that ends there, or goes on with a time, a
    -- preposition or an adverb, is the quotation's
    for _, tail in ipairs({ "Tamsin Roe said.", "Tamsin Roe said on Monday.",
      "Tamsin Roe said to a crowd of 500.", "Tamsin Roe asked reporters rhetorically.",
      "Tamsin Roe said as she left." }) do
      local q = only('"We are ready." ' .. tail)
      assert.are.equal("Tamsin Roe", q.speaker, tail)
    end
  end)

  it("takes a name given by a participle after a noun phrase for a mention", function()
    for _, s in ipairs({
      'The attack came from a user labelled "Anonymous" on a forum.',
      'The museum showed a screen print called "Cowboys and Indians" from 1987.',
      -- (after a name that is a preposition's object)
      'Roe hosts a weekly show on Harbour FM called "Bridge Talk" with friends.',
      -- set off by a comma, in a sentence whose cue is another's
      'Roe said the group, called "Friends of the Bridge", had won.',
      -- or the name a group gives itself
      'The march, organised by a group calling itself "Save Our Valley," ended with speeches.',
    }) do
      local q = only(s)
      assert.are.equal("mention", q.kind, s)
      assert.is_nil(q.speaker, s)
    end
    -- a name before the naming verb calls something by those words
    local q = only('Roe labelled the plan "a reckless gamble" on Monday.')
    assert.are.equal("partial", q.kind)
    assert.are.equal("Roe", q.speaker)
    q = only('It was what Ode, the treasurer, called "hand-to-hand combat."')
    assert.are.equal("Ode", q.speaker)
  end)

  it("takes a scare quote for a mention, not the words of the sentence's subject", function()
    for _, s in ipairs({
      'The collection also holds Polaroids of "unknowns" from the studio.',
      'Gameplay was delayed during the "third map" of the final.',
    }) do
      local q = only(s)
      assert.are.equal("mention", q.kind, s)
      assert.is_nil(q.speaker, s)
    end
  end)
end)

describe("quotations across paragraphs", function()
  it("goes on into the next paragraph when hand-typed copy leaves out the new opening mark", function()
    local s = '"We will win this," Ode said. "We have the votes.\n\nWe also have the money."\n\nThe vote is Monday.'
    local qs = assert(verba.quotes(s))
    assert.are.equal(2, #qs)
    assert.are.equal("We have the votes.\n\nWe also have the money.", qs[2].text)
    assert.is_false(qs[2].unclosed)
    assert.are.equal("Ode", qs[2].speaker)
  end)

  it("ends a quotation left open when the next paragraph opens one of its own", function()
    local s = '"We will win this," Ode said. "We have the votes.\n\nLee said: "We do not."'
    local qs = assert(verba.quotes(s))
    assert.are.equal(3, #qs)
    assert.are.equal("We have the votes.", qs[2].text)
    assert.is_true(qs[2].unclosed)
    assert.are.equal("Lee", qs[3].speaker)
  end)

  it("keeps the speaker over a caption line between two paragraphs of a quotation", function()
    local s = '"We will win this," Ode said. "We have the votes.\n\nPhoto: Reuters\n\n"We also have the money."'
    local qs = assert(verba.quotes(s))
    assert.are.equal(3, #qs)
    assert.are.equal("Ode", qs[3].speaker)
  end)
end)

describe("speaker names", function()
  local function names(s)
    local out = {}
    for i, q in ipairs(assert(verba.quotes(s))) do out[i] = q.speaker_name or false end
    return out
  end

  it("leaves every title out, wherever it stands in the name", function()
    assert.are.same({ "John Baird", "Barack Obama", "Ines Marlow" },
      names('Environment Minister John Baird said: "Yes." US President Barack Obama said: "Maybe." '
        .. 'Supreme Court Justice Ines Marlow said: "No."'))
    -- British style writes Mr without its dot
    assert.are.same({ "Bo Ode", "Bo Ode" },
      names('Bo Ode spoke first. "We will win," said Bo Ode. "We must," Mr Ode said.'))
  end)

  it("names the organisation whose paper speaks, named before the paper's noun, in the analysis", function()
    local function analysed(s)
      local out = {}
      for i, q in ipairs(assert(verba.analyze(s)).quotes) do out[i] = q.speaker_name or false end
      return out
    end
    assert.are.same({ "Home Office" },
      analysed('The Home Office is worried. The Home Office letter said it would "review every claim".'))
    -- not a paper no organisation's name is written with
    assert.are.same({ false },
      analysed('Ministers met. A leaked internal letter said it would "review every claim".'))
  end)

  it("finds the full name anywhere earlier in the text, not only near a quotation", function()
    local narration = ("The committee met for hours. Nothing was decided. "):rep(40)
    assert.are.same({ "Lembit Opik" },
      names("Lembit Opik tabled the motion. " .. narration .. '"We will try again," Mr Opik said.'))
  end)

  it("leaves out where a person works or comes from, not a name's own of", function()
    assert.are.same({ "Ann Lee" }, names('Ann Lee of the Texas Observer said: "No."'))
    assert.are.same({ "Royal Bank of Scotland" }, names('The Royal Bank of Scotland said: "No."'))
    -- a role and where the person works after it names no one; a name in apposition does
    local q = only('"No," an analyst at the Bank of England said.')
    assert.are.equal("an analyst at the Bank of England", q.speaker)
    assert.is_nil(q.speaker_name)
    q = only('"No," a spokesman for the Foreign Ministry, Emmanuel Nachshon, told Reuters.')
    assert.are.equal("a spokesman for the Foreign Ministry", q.speaker)
    assert.are.equal("Emmanuel Nachshon", q.speaker_name)
    assert.are.equal("Mervyn King",
      only('"No," the governor of the Bank of England, Mervyn King, said.').speaker_name)
    -- a family name's particle is the name's
    assert.are.same({ "Nick Van den Brul" }, names('"No," said Nick Van den Brul of BNP Paribas.'))
    -- a medium's name without the noun of its kind, not an article alone
    assert.are.same({ "Yonhap" }, names('"It is over," Yonhap news agency said.'))
    assert.are.same({ false }, names('The newspaper said: "It is over."'))
  end)

  it("resolves a pronoun only to a person of its gender", function()
    assert.are.same({ "Ann Lee", "John Smith" },
      names('"Good," said Ann Lee. John Smith, the mayor, disagreed. "Bad," he said.'))
    assert.are.same({ "Ann Lee", false }, names('"Good," said Ann Lee. "Bad," he said.'))
    assert.are.same({ "Ann Lee", "Ann Lee" }, names('"Good," said Ann Lee. "Bad," she said.'))
    -- a person of no known gender who reports speech in the sentence
    -- right before, over a man named before
    assert.are.same({ "Saeb Erekat" },
      names('John Kell met Saeb Erekat on Tuesday. Erekat told reporters that the two ' ..
        'sides had agreed. "We want action," he said.'))
    -- or opens it, after a participle's or a preposition's phrase
    assert.are.same({ "Miltiadis Evert" },
      names('Envoy Richard Holbrooke said Washington was pleased. Speaking to Greek ' ..
        'television, Miltiadis Evert accused the government of weakness. ' ..
        '"This is a national humiliation," he said.'))
    -- or after a role the sentence opens with, in apposition to it
    assert.are.same({ "Adair Turner" },
      names('Michael Howard spoke first. The CBI\'s director general, Adair Turner, said firms ' ..
        'wanted certainty. "Business needs to know where it stands," he said.'))
    -- not after a verb's object
    assert.are.same({ "Ben Carson" },
      names('Ben Carson spoke first. Carson brought in a new campaign manager, Bob Dees, ' ..
        'last month. He praised those who left but said, "We are in a different ballgame."'))
    -- a family name alone there names again the person named in full before
    assert.are.same({ "Joe Kell" },
      names('Joe Kell spoke first. Tom Dane arrived later.\n\nDuring an interview in April, ' ..
        'Kell was asked about the plan. "It is over," he said.'))
  end)

  it("resolves it and they only to an organisation or a group that spoke", function()
    assert.are.same({ "Delta Airlines", "Delta Airlines" },
      names('"We regret it," Delta Airlines said. Ann Lee left. "We will pay," it added.'))
    assert.are.same({ "Ann Lee", false }, names('"We regret it," said Ann Lee. "We will pay," it added.'))
    assert.are.same({ "KCNA", "KCNA" }, names('"The test worked," KCNA said. "The enemy trembles," it added.'))
    -- with the entities, a description stands for the organisation whose name holds its
    -- noun, and "it" after it for the same one, not another named between
    local qs = verba.analyze('Skyward Airlines cancelled 200 flights. The Pilots\' Association ' ..
      'backed the strike. The airline said it was "deeply disappointed." "We apologise," it said.').quotes
    assert.are.same({ "Skyward Airlines", "Skyward Airlines" }, { qs[1].speaker_name, qs[2].speaker_name })
  end)
end)
