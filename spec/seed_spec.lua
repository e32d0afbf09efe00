-- The seed article (../shared/corpus/seed/, beside the clone in CI) may not
-- be copied into the project: these checks read it in place and compare
-- the sentences with the article's own line structure, quoting nothing.
local verba = require("verba")

local SEED = "../shared/corpus/seed/huawei-brussels.txt"

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return s
end

describe("sentences of the seed article", function()
  local text = read(SEED)
  if not text then
    pending("the seed article is not at " .. SEED)
    return
  end

  local sentences = verba.split_sentences(text)
  local set = {}
  for _, s in ipairs(sentences) do set[s] = true end

  it("makes the title line a sentence of its own", function()
    assert.are.equal(text:match("^[^\n]+"), sentences[1])
  end)

  it("makes every line that ends in a word (title, caption) a unit", function()
    local lines = 0
    for line in text:gmatch("[^\n]+") do
      line = line:match("^%s*(.-)%s*$")
      if line:find("%w$") then
        lines = lines + 1
        assert.is_true(set[line], "not a unit: " .. line)
      end
    end
    assert.is_true(lines >= 2) -- the title and the caption
  end)

  it("splits the closing photo credit from the caption before it", function()
    local last, before = sentences[#sentences], sentences[#sentences - 1]
    assert.matches("^%(.*%)$", last)
    assert.matches("%.$", before)
  end)

  it("never crosses a paragraph and never starts a sentence in lower case", function()
    local paras = {}
    for a, b in verba.paragraphs(text) do paras[#paras + 1] = { a, b } end
    local k = 1
    for a, b in verba.sentences(text) do
      while paras[k][2] < a do k = k + 1 end
      assert.is_true(a >= paras[k][1] and b <= paras[k][2])
      assert.is_nil(text:sub(a, b):find("^%l"))
    end
    assert.is_true(#sentences > #paras)
  end)
end)
