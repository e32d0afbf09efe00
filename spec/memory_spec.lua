-- What results cost and how to bound them (issue 12, defect 4):
-- opts.limit gives the first items of the full result, and result tables
-- cost no more than their fields (README, "Robustness").
local verba = require("verba")

local function read(path)
  local f = assert(io.open(path, "rb"))
  local text = f:read("*a")
  f:close()
  return text
end

-- The quotations in text order, nested ones after their outer one, each
-- without its nested list (which a limit may cut).
local function flat(quotes, out)
  out = out or {}
  for _, q in ipairs(quotes) do
    local copy = {}
    for k, v in pairs(q) do
      if k ~= "nested" then copy[k] = v end
    end
    out[#out + 1] = copy
    if q.nested then flat(q.nested, out) end
  end
  return out
end

local function first(list, n)
  local out = {}
  for i = 1, math.min(n, #list) do out[i] = list[i] end
  return out
end

-- Lua heap bytes per item that f's result holds (the collector stopped,
-- so nothing made on the way is swept before it is counted).
local function heap_per_item(f, n)
  collectgarbage()
  collectgarbage("stop")
  local before = collectgarbage("count")
  local result = f()
  local bytes = (collectgarbage("count") - before) * 1024
  collectgarbage("restart")
  assert(result)
  return bytes / n
end

local texts = {
  read("examples/wikinews/nasa.txt"),
  read("examples/wikinews/korea.txt"),
  "“A,” Hu said. “B ‘c’ and ‘d’ e,” Roe said. Then “E.” Done.\n\n“F” “G”",
}

describe("opts.limit", function()
  local limits = { 0, 1, 2, 3, 7, 50, 100000 }

  it("gives the first tokens of tokenize", function()
    for _, s in ipairs(texts) do
      for _, opts in ipairs({ {}, { detail = true }, { kinds = { "word" }, lower = true },
                              { spaces = true, detail = true } }) do
        local all = verba.tokenize(s, opts)
        for _, n in ipairs(limits) do
          opts.limit = n
          assert.are.same(first(all, n), verba.tokenize(s, opts))
          assert.are.same(first(verba.tokenize(s, 40, { detail = true }), n),
            verba.tokenize(s, 40, { detail = true, limit = n }))
        end
        opts.limit = nil
      end
    end
  end)

  it("gives the first sentences of split_sentences", function()
    for _, s in ipairs(texts) do
      for _, mode in ipairs({ "news", "uax29" }) do
        local all = verba.split_sentences(s, { mode = mode })
        for _, n in ipairs(limits) do
          assert.are.same(first(all, n), verba.split_sentences(s, { mode = mode, limit = n }))
        end
      end
    end
  end)

  it("gives the first quotations of quotes, nested ones counted in text order", function()
    for _, s in ipairs(texts) do
      local all = flat(verba.quotes(s))
      assert.is_true(#all > 2)
      for _, n in ipairs(limits) do
        assert.are.same(first(all, n), flat(verba.quotes(s, { limit = n })))
      end
    end
    local three = verba.quotes(texts[3], { limit = 3 })
    assert.are.same({ "A,", "B ‘c’ and ‘d’ e," }, { three[1].text, three[2].text })
    assert.are.same({ "c" }, { three[2].nested[1].text, three[2].nested[2] })
  end)

  it("cuts each list of analyze", function()
    for _, s in ipairs(texts) do
      local all = verba.analyze(s, { tokens = true })
      for _, n in ipairs(limits) do
        local cut = verba.analyze(s, { tokens = true, limit = n })
        for _, key in ipairs({ "tokens", "sentences", "paragraphs" }) do
          assert.are.same(first(all[key], n), cut[key])
        end
        assert.are.same(first(flat(all.quotes), n), flat(cut.quotes))
        assert.are.same(first(all.entities, n), cut.entities)
        assert.are.same(first(all.groups, n), cut.groups)
      end
    end
  end)

  it("gives the first mentions of entities, from init on and of the types asked", function()
    -- the articles (the third text names few entities)
    for _, s in ipairs({ texts[1], texts[2] }) do
      for _, opts in ipairs({ {}, { types = { "person", "place" } } }) do
        local all = verba.entities(s, opts)
        local later = verba.entities(s, 200, opts)
        assert.is_true(#later >= 2 and #all >= #later)
        for _, n in ipairs(limits) do
          opts.limit = n
          assert.are.same(first(all, n), verba.entities(s, opts))
          assert.are.same(first(later, n), verba.entities(s, 200, opts))
        end
        opts.limit = nil
      end
    end
    local s = "Mrs. Ann Lee met Huawei in Paris on Monday. Lee spoke. Huawei paid $5 million."
    local two = verba.entities(s, { limit = 2 })
    assert.are.same({ "Ann Lee", "Huawei" }, { two[1].text, two[2].text, two[3] })
    local one = verba.entities(s, 18, { limit = 1 })
    assert.are.same({ "Huawei", 2 }, { one[1].text, one[1].id, one[2] })
  end)

  it("gives the first entities of entity_groups, each with all its mentions", function()
    -- the articles (the third text names few entities)
    for _, s in ipairs({ texts[1], texts[2] }) do
      for _, opts in ipairs({ {}, { types = { "person", "place" } } }) do
        local all = verba.entity_groups(s, opts)
        assert.is_true(#all >= 2)
        for _, n in ipairs(limits) do
          opts.limit = n
          assert.are.same(first(all, n), verba.entity_groups(s, opts))
        end
        opts.limit = nil
      end
    end
    local s = "Mrs. Ann Lee met Huawei in Paris on Monday. Lee spoke. Huawei paid $5 million."
    local two = verba.entity_groups(s, { limit = 2 })
    assert.are.same({ "Ann Lee", 2, "Lee", "Huawei", 2, "Huawei" },
      { two[1].canonical, #two[1].mentions, two[1].mentions[2].text,
        two[2].canonical, two[2].count, two[2].mentions[2].text, two[3] })
  end)

  it("must be a non-negative integer", function()
    for _, bad in ipairs({ -1, 1.5, "3", true }) do
      assert.has_error(function() verba.tokenize("a b", { limit = bad }) end)
      assert.has_error(function() verba.quotes("a b", { limit = bad }) end)
      assert.has_error(function() verba.entities("a b", { limit = bad }) end)
      assert.has_error(function() verba.entity_groups("a b", { limit = bad }) end)
    end
    assert.has_error(function() verba.sentences("a b", { limit = 1 }) end,
      "bad argument #2 to 'verba.sentences' (unknown option \"limit\")")
  end)
end)

describe("result tables", function()
  -- A quotation's table was made with room for 16 fields and the list it
  -- came from grew by copies the collector had to sweep: 932 bytes of
  -- heap a quotation with nothing found, 269 now (56 the table, 8 fields
  -- of 24, 16 its slot in the array).
  -- (the figures are Lua 5.4's: other versions lay tables out otherwise)
  local it_on_54 = _VERSION == "Lua 5.4" and not rawget(_G, "jit") and it or pending
  it_on_54("cost what their fields do", function()
    local n = 20000
    assert.is_true(heap_per_item(function() return verba.quotes((' "a" '):rep(n)) end, n) < 300)
    assert.is_true(heap_per_item(function()
      return verba.quotes(("“Go,” Hu said. "):rep(n))
    end, n) < 520)
    assert.is_true(heap_per_item(function()
      return verba.tokenize(("a "):rep(n), { detail = true })
    end, n) < 200)
    assert.is_true(heap_per_item(function()
      return verba.analyze(("A b. "):rep(n)).sentences
    end, n) < 140)
  end)

  it("leave out what was not found, and read unclosed as false", function()
    local q = verba.quotes('The film "Jaws" ran.')[1]
    assert.are.same({ start = 10, stop = 15, text = "Jaws", open = '"', close = '"',
                      kind = "mention", unclosed = false }, q)
    q = verba.quotes("Text.\n\n“It goes on and on")[1]
    assert.are.same({ "It goes on and on", true, nil }, { q.text, q.unclosed, q.close })
  end)
end)

describe("the collector", function()
  -- the binding stops it while it fills a result (every table then is
  -- live) and leaves it as it found it
  local ok = pcall(collectgarbage, "isrunning")
  local it_with_isrunning = ok and it or pending
  it_with_isrunning("runs after a call as before it", function()
    local s = texts[1]
    assert.is_true(collectgarbage("isrunning"))
    verba.analyze(s)
    verba.quotes(s)
    verba.entities(s)
    verba.entity_groups(s)
    assert.is_true(collectgarbage("isrunning"))
    collectgarbage("stop")
    verba.analyze(s)
    verba.quotes(s)
    local stopped = not collectgarbage("isrunning")
    collectgarbage("restart")
    assert.is_true(stopped)
  end)
end)
