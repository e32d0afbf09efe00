-- The seed article's gold quotes (../shared/corpus/seed/, beside the clone:
-- the article's text may not be copied into the project, so the spec reads
-- it from there and is pending where it is absent).
local verba = require("verba")

local GOLD = "../shared/corpus/seed/huawei-brussels.gold.json"

-- Just enough JSON for the gold file: the fields the spec reads.
local function read_gold(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local src = f:read("a")
  f:close()
  local decode
  local function skip(i) return src:find("%S", i) end
  local function str(i)
    local out, j = {}, i + 1
    while true do
      local k = src:find('["\\]', j)
      out[#out + 1] = src:sub(j, k - 1)
      if src:sub(k, k) == '"' then return table.concat(out), k + 1 end
      local e = src:sub(k + 1, k + 1)
      if e == "u" then
        local cp = tonumber(src:sub(k + 2, k + 5), 16)
        j = k + 6
        if cp >= 0xD800 and cp < 0xDC00 then
          cp = 0x10000 + (cp - 0xD800) * 0x400 + (tonumber(src:sub(j + 2, j + 5), 16) - 0xDC00)
          j = j + 6
        end
        out[#out + 1] = utf8.char(cp)
      else
        out[#out + 1] = ({ n = "\n", t = "\t", r = "\r", b = "\b", f = "\f" })[e] or e
        j = k + 2
      end
    end
  end
  function decode(i)
    i = skip(i)
    local c = src:sub(i, i)
    if c == '"' then return str(i) end
    if c == "{" or c == "[" then
      local obj, close = {}, c == "{" and "}" or "]"
      i = skip(i + 1)
      if src:sub(i, i) == close then return obj, i + 1 end
      while true do
        local key
        if c == "{" then
          key, i = str(skip(i))
          i = src:find(":", i, true) + 1
        else
          key = #obj + 1
        end
        obj[key], i = decode(i)
        i = skip(i)
        local sep = src:sub(i, i)
        i = i + 1
        if sep == close then return obj, i end
      end
    end
    for word, value in pairs({ ["true"] = true, ["false"] = false, null = false }) do
      if src:sub(i, i + #word - 1) == word then
        if word == "null" then return nil, i + 4 end
        return value, i + #word
      end
    end
    local num = src:match("^-?[%d.eE+-]+", i)
    return tonumber(num), i + #num
  end
  return (decode(1))
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
