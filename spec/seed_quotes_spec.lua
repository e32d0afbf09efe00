-- The seed article's gold quotes (../shared/corpus/seed/, beside the clone:
-- the article's text may not be copied into the project, so the spec reads
-- it from there and is pending where it is absent).
local verba = require("verba")

local GOLD = "../shared/corpus/seed/huawei-brussels.gold.json"

local json = require("json") -- tools/json.lua

local function read_gold(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local src = f:read("*a")
  f:close()
  return json.decode(src)
end

local gold = read_gold(GOLD)

describe("the seed article", function()
  if not gold then
    pending("needs " .. GOLD)
    return
  end
  local quotes = assert(verba.quotes(gold.text))
  local wanted = gold.quotes

  it("finds all its quotes, exactly", function()
    assert.are.equal(#wanted, #quotes)
    for i, g in ipairs(wanted) do
      assert.are.same({ g.start, g.stop, g.text },
        { quotes[i].start, quotes[i].stop, gold.text:sub(quotes[i].start, quotes[i].stop) })
    end
  end)

  it("tells their kinds", function()
    for i, g in ipairs(wanted) do assert.are.equal(g.kind, quotes[i].kind) end
  end)

  it("recovers the quotes closed with an opening mark", function()
    for i, g in ipairs(wanted) do
      if g.text:sub(-3) == "“" then assert.are.equal("“", quotes[i].close) end
    end
  end)

  it("names their speakers and cues", function()
    for i, g in ipairs(wanted) do
      local q = quotes[i]
      assert.are.same({ i, g.speaker, g.speaker_name, g.cue },
        { i, q.speaker, q.speaker_name, q.cue })
    end
  end)
end)
