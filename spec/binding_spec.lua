-- The binding holds every Lua value it points into: calls straight to
-- verba.core (as a careless user or a fuzzer may make them) can neither
-- convert a number in place nor read a string the caller's tables let go.
local core = require("verba.core")

describe("verba.core", function()
  -- Called from a Lua function and not in a tail call, so that Lua 5.1
  -- and LuaJIT can name the function in the message too.
  local function config_of(...)
    local result = core.config(...)
    return result
  end

  it("takes a configuration's words as strings only, never converted in place", function()
    local ok, err = pcall(config_of, { 1e15, 1e15 + 1 })
    assert.is_false(ok)
    assert.matches("bad argument #1 to '.-config' %(string expected at index 1, got number%)", err)
    ok, err = pcall(config_of, nil, { "Gov", 42 })
    assert.is_false(ok)
    assert.matches("bad argument #2 to '.-config' %(string expected at index 2, got number%)", err)
  end)

  it("keeps its own copy of a configuration's words", function()
    local words = { "Regt" }
    local config = core.config(nil, words, 0)
    local step = core.sentences("Asked, Regt. Roe left. Then we ate.", 0, 0, config)
    words[1] = nil
    -- the last references go, so a collection may free what they held
    words = nil -- luacheck: ignore 311
    config = nil -- luacheck: ignore 311
    collectgarbage()
    collectgarbage()
    local got = {}
    for a, b in step do got[#got + 1] = { a, b } end
    assert.are.same({ { 1, 22 }, { 24, 35 } }, got)
  end)

  it("keeps the subject of an iterator alive", function()
    local step = core.tokens(("word "):rep(3) .. "end", 0, 0)
    collectgarbage()
    collectgarbage()
    local n = 0
    for _ in step do n = n + 1 end
    assert.are.equal(4, n)
  end)

  it("takes the element names of html_text as strings only", function()
    local ok, err = pcall(core.html_text, "<nav>a</nav><p>b</p>", 0, { "nav", 1e15 })
    assert.is_false(ok)
    -- (Lua 5.1 and LuaJIT name no function called through pcall: '?')
    assert.matches("bad argument #3 to '[^']*' %(string expected at index 2, got number%)", err)
  end)

  -- issue 12, defect 8: numbers are checked before they are narrowed (an
  -- int cast made 2^32 + 1 the form 1, and 2^32 no flags at all)
  it("checks flag bits, forms and kind masks whole", function()
    assert.has_error(function() core.transform("a", 2 ^ 32 + 1) end,
      "bad argument #2 to 'transform' (unknown normalization form)")
    assert.has_error(function() core.tokenize("a", 0, 2 ^ 32) end,
      "bad argument #3 to 'tokenize' (unknown flag bits)")
    assert.has_error(function() core.tokenize("a", 0, 0, 2 ^ 40) end,
      "bad argument #4 to 'tokenize' (unknown kind bits)")
    assert.has_error(function() core.quotes("a", 0, -1) end,
      "bad argument #3 to 'quotes' (unknown flag bits)")
    assert.are.same({}, core.tokenize("a", 2 ^ 62, 0)) -- past any text
  end)

  it("checks map positions whole", function()
    local _, map = core.html_text("<p>ab</p>", 0)
    for _, bad in ipairs({ 1e300, -1e300, 0 / 0, 2 ^ 63, 1.5 }) do
      assert.has_error(function() map:source(bad) end,
        "bad argument #1 to 'verba.html_map:source' (number has no integer representation)")
    end
    if math.mininteger then -- Lua 5.3 and later have 64-bit integers
      assert.has_error(function() map:source(math.mininteger) end,
        "bad argument #1 to 'verba.html_map:source' (position -9223372036854775808 out of range 1..2)")
    end
    assert.has_error(function() map:span(1, 2 ^ 32 + 1) end,
      "bad argument #2 to 'verba.html_map:span' (position 4294967297 out of range 1..2)")
    assert.are.equal(5, map:source(2.0))
  end)

  it("checks that a configuration is one", function()
    assert.has_error(function() core.quotes("“a,” Hu said.", 0, 0, "config") end)
    assert.has_error(function() core.quotes("“a,” Hu said.", 0, 0, {}) end)
    assert.has_error(function() core.sentences("a.", 0, 0, 5) end)
  end)

  -- A configuration keeps the arrays of its last document for the next
  -- call: what a call reports must never depend on what came before it.
  it("reports the same whether a configuration's spare arrays were used or not", function()
    local long = ("“We will appeal,” Msgr. Tamsin Roe said. The firm moved.\n\n"):rep(2000)
    local short = "Hu said: “Go.” Then “stop,” Lee said."
    local used = core.config(nil, nil, 0)
    assert.is_table(core.quotes(long, 0, 0, used))
    local after = core.analyze(short, 0, used, nil, true)
    local fresh = core.analyze(short, 0, core.config(nil, nil, 0), nil, true)
    assert.are.same(fresh, after)
    assert.are.equal(2, #after.quotes)
    assert.are.equal("Lee", after.quotes[2].speaker)
  end)

  -- A long document's arrays are freed before analyze's and entities'
  -- tables are made (their peak), not kept: every table of the document
  -- is made before, and nothing after reads them.
  it("reports a long text's analysis whole once its document is freed", function()
    local sentence = "“We will appeal,” Msgr. Tamsin Roe said in Paris on Monday.\n\n"
    local long = sentence:rep(30000) -- some 12 MB of token arrays
    local config = core.config(nil, nil, 0)
    local whole = core.analyze(long, 0, config, nil, true)
    assert.are.equal(30000, #whole.sentences)
    assert.are.equal(30000, #whole.paragraphs)
    assert.are.equal(30000, #whole.quotes)
    assert.are.equal(#sentence, whole.sentences[2].start - 1)
    assert.are.equal(whole.tokens[#whole.tokens].stop, #long - 2)
    assert.are.equal("Tamsin Roe", whole.quotes[30000].speaker_name)
    assert.are.equal("Paris", whole.entities[#whole.entities - 1].canonical)
    -- the configuration works on: a short text after, then the long one again
    local short = "Hu said: “Go.” Then “stop,” Lee said."
    assert.are.same(core.analyze(short, 0, core.config(nil, nil, 0)),
      core.analyze(short, 0, config))
    assert.are.equal(#whole.entities, #core.entities(long, 0, 0, config))
    -- analyze frees the long text's arrays, where quotes keeps them for
    -- the configuration's next call
    core.analyze(long, 0, config)
    assert.is_true(core.spare_bytes(config) < 8 * 2 ^ 20, "analyze kept its arrays")
    core.quotes(long, 0, 0, config)
    assert.is_true(core.spare_bytes(config) > 8 * 2 ^ 20, "quotes gave its arrays up")
    core.entities(long, 0, 0, config)
    assert.is_true(core.spare_bytes(config) < 8 * 2 ^ 20, "entities kept their arrays")
  end)

  it("lets a finalizer run during a call use the same configuration", function()
    local config = core.config(nil, nil, 0)
    local long = ("“We will appeal,” Msgr. Tamsin Roe said. The firm moved.\n\n"):rep(3000)
    local short = "Hu said: “Go.” Then “stop,” Lee said."
    local seen = {}
    -- garbage with a finalizer: a table on 5.2 and later; on Lua 5.1 and
    -- LuaJIT only userdata have finalizers (newproxy makes one)
    local function finalized(f)
      if newproxy then
        local proxy = newproxy(true)
        getmetatable(proxy).__gc = f
        return proxy
      end
      return setmetatable({}, { __gc = f })
    end
    local function arm(n)
      for _ = 1, n do
        finalized(function() seen[#seen + 1] = core.quotes(short, 0, 0, config) end)
      end
    end
    -- a collection as often as Lua allows: finalizers run inside the calls
    local pause = collectgarbage("setpause", 0)
    arm(200)
    local expected = core.quotes(long, 0, 0, core.config(nil, nil, 0))
    arm(200)
    local got = core.quotes(long, 0, 0, config)
    collectgarbage("collect")
    collectgarbage("setpause", pause)
    assert.are.equal(400, #seen)
    for _, quotes in ipairs(seen) do
      assert.are.equal(2, #quotes)
      assert.are.equal("Lee", quotes[2].speaker)
    end
    assert.are.same(expected, got)
  end)
end)
