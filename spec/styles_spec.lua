-- Quotations in every newsroom's style: British, wire and web copy. Each
-- case is written for this spec (no corpus sentence).
local verba = require("verba")

local function speakers(s, opts)
  local out = {}
  for i, q in ipairs(assert(verba.quotes(s, opts))) do out[i] = q.speaker or false end
  return out
end

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
    }
    for _, case in ipairs(cases) do
      assert.are.equal(case[2], only(case[1]).speaker, case[1])
    end
  end)
end)
