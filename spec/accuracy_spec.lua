-- Accuracy floors on the development sets, so that no change loses
-- accuracy silently. The sets and their scorers live in ../shared, which is
-- no part of the project (their licences keep them out): without it, or
-- without python3 for the scorers, these specs are pending. The sanitizer
-- and valgrind runs (VERBA_SWEEPS=skip) leave them, as every spec that
-- sweeps a whole data set, to `make test`.
-- The floors sit a little under the figures of the README's accuracy
-- table: raise them when accuracy rises.
local verba = require("verba")
local json = require("json")

local SHARED = "../shared"

local function readable(path)
  local f = io.open(path, "rb")
  if f then f:close() end
  return f ~= nil
end

local function have_python()
  local ok = os.execute("python3 -c '' 2>/dev/null")
  return ok == true or ok == 0
end

local available = os.getenv("VERBA_SWEEPS") ~= "skip" and
  readable(SHARED .. "/tools/score_quotes.py") and have_python()

-- Writes the predictions of task for every document of the gold file and
-- returns the scorer's figures (its --json output).
local function score(scorer, gold, key, predict)
  local pred = os.tmpname()
  local out = assert(io.open(pred, "wb"))
  for line in io.lines(gold) do
    if line:find("%S") then
      local doc = json.decode(line)
      out:write(json.encode({ id = doc.id, [key] = predict(doc.text) }), "\n")
    end
  end
  out:close()
  local p = assert(io.popen(("python3 %s/tools/%s %s %s --json"):format(SHARED, scorer, gold, pred)))
  local result = p:read("*a")
  p:close()
  os.remove(pred)
  return json.decode(result)
end

local quote_fields = { "start", "stop", "kind", "speaker" }

local function quotes(text)
  local out = {}
  for i, q in ipairs(assert(verba.quotes(text, { invalid = "replace" }))) do
    local item = {}
    for _, k in ipairs(quote_fields) do item[k] = q[k] end
    out[i] = item
  end
  return out
end

-- Floors: exact-span F1, speaker accuracy, end-to-end F1; the gold file of
-- each set (the Wikinews articles' is the project's own, in spec/fixtures).
local quote_floors = {
  ["polnear-dev"] = { 95.4, 93.4, 89.3 },
  ["bench-dev"] = { 96.3, 96.7, 93.0 },
  ["wikinews"] = { 96.8, 95.8, 94.0 },
}

local function quote_gold(set)
  if set == "wikinews" then return "spec/fixtures/wikinews-quotes.jsonl" end
  return ("%s/corpus/quotes/%s.jsonl"):format(SHARED, set)
end

describe("accuracy floors", function()
  for set, floor in pairs(quote_floors) do
    local gold = quote_gold(set)
    it("quotations and speakers on " .. set, function()
      if not (available and readable(gold)) then
        pending("needs ../shared and python3")
        return
      end
      local r = score("score_quotes.py", gold, "quotes", quotes)
      assert.is_true(r.exact.F1 >= floor[1], ("exact-span F1 %.2f < %.2f"):format(r.exact.F1, floor[1]))
      local speakers = r.speaker_accuracy_on_overlap_matches.acc
      assert.is_true(speakers >= floor[2], ("speaker accuracy %.2f < %.2f"):format(speakers, floor[2]))
      local e2e = r["quote+speaker_e2e"].F1
      assert.is_true(e2e >= floor[3], ("end-to-end F1 %.2f < %.2f"):format(e2e, floor[3]))
    end)
  end

  -- speaker_name through verba.analyze (speakers linked to entities): the
  -- share of the gold quotes with a speaker's name, found by a quote that
  -- covers half of the longer of the two, whose speaker_name is the gold's
  -- (case aside); the README's accuracy table gives the figures
  local name_floors = { ["bench-dev"] = 0.86, ["wikinews"] = 0.77 }
  for set, floor in pairs(name_floors) do
    it("speakers' names on " .. set, function()
      local gold = quote_gold(set)
      if not (available and readable(gold)) then
        pending("needs ../shared and python3")
        return
      end
      local found, right = 0, 0
      for line in io.lines(gold) do
        if line:find("%S") then
          local doc = json.decode(line)
          local predicted = assert(verba.analyze(doc.text, { invalid = "replace" })).quotes
          for _, g in ipairs(doc.quotes) do
            local match
            for _, q in ipairs(predicted) do
              local overlap = math.min(g.stop, q.stop) - math.max(g.start, q.start) + 1
              local longer = math.max(g.stop - g.start, q.stop - q.start) + 1
              if q.kind ~= "mention" and overlap >= 0.5 * longer then
                match = q
                break
              end
            end
            if type(g.speaker_name) == "string" and match then
              found = found + 1
              if (match.speaker_name or ""):lower() == g.speaker_name:lower() then right = right + 1 end
            end
          end
        end
      end
      assert.is_true(found > 0)
      assert.is_true(right / found >= floor, ("speaker names %d/%d < %.3f"):format(right, found, floor))
    end)
  end

  it("news sentences on the GUM news articles", function()
    local gold = SHARED .. "/corpus/gum/gum-news.jsonl"
    if not (available and readable(gold)) then
      pending("needs ../shared and python3")
      return
    end
    local pred = os.tmpname()
    local out = assert(io.open(pred, "wb"))
    for line in io.lines(gold) do
      local doc = json.decode(line)
      local sentences = {}
      for start, stop in verba.sentences(doc.text, { invalid = "replace" }) do
        sentences[#sentences + 1] = { start = start, stop = stop }
      end
      out:write(json.encode({ id = doc.id, sentences = sentences }), "\n")
    end
    out:close()
    local f = assert(io.popen(("python3 %s/tools/score_sentences.py %s %s"):format(SHARED, gold, pred)))
    local report = f:read("*a")
    f:close()
    os.remove(pred)
    local f1 = tonumber(report:match("boundaries%s+P%s+[%d.]+%s+R%s+[%d.]+%s+F1%s+([%d.]+)"))
    assert.is_not_nil(f1, report)
    assert.is_true(f1 >= 97.5, ("boundary F1 %.2f < 97.5"):format(f1))
  end)
end)
