-- The binding holds every Lua value it points into: calls straight to
-- verba.core (as a careless user or a fuzzer may make them) can neither
-- convert a number in place nor read a string the caller's tables let go.
local core = require("verba.core")

describe("verba.core", function()
  it("takes a configuration's words as strings only, never converted in place", function()
    local ok, err = pcall(core.config, { 1e15, 1e15 + 1 })
    assert.is_false(ok)
    assert.matches("bad argument #1 to '.-config' %(string expected at index 1, got number%)", err)
    ok, err = pcall(core.config, nil, { "Gov", 42 })
    assert.is_false(ok)
    assert.matches("bad argument #2 to '.-config' %(string expected at index 2, got number%)", err)
  end)

  it("keeps its own copy of a configuration's words", function()
    local words = { "Regt" }
    local config = core.config(nil, words, 0)
    local step = core.sentences("Asked, Regt. Roe left. Then we ate.", 0, 0, config)
    words[1] = nil
    words = nil
    config = nil
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

  it("checks that a configuration is one", function()
    assert.has_error(function() core.quotes("“a,” Hu said.", 0, 0, "config") end)
    assert.has_error(function() core.quotes("“a,” Hu said.", 0, 0, {}) end)
    assert.has_error(function() core.sentences("a.", 0, 0, 5) end)
  end)
end)
