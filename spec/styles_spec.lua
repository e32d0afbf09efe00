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
end)
