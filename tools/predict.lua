-- Runs verba over a JSON Lines corpus (one {"id", "text", ...} document a
-- line) and writes its predictions as JSON Lines for the scorers in
-- ../shared/tools/:
--   lua5.4 tools/predict.lua quotes GOLD.jsonl > pred.jsonl
--   python3 ../shared/tools/score_quotes.py GOLD.jsonl pred.jsonl
--   lua5.4 tools/predict.lua sentences GOLD.jsonl > pred.jsonl
--   python3 ../shared/tools/score_sentences.py GOLD.jsonl pred.jsonl
--   lua5.4 tools/predict.lua entities GOLD.jsonl > pred.jsonl
--   python3 ../shared/tools/score_entities.py GOLD.jsonl pred.jsonl
-- Run from the repository root with the in-tree build on the paths:
--   LUA_PATH='lua/?.lua;tools/?.lua;;' LUA_CPATH='build/?.so;;'
local verba = require("verba")
local json = require("json")

local quote_fields = { "start", "stop", "kind", "speaker", "speaker_start",
                       "speaker_stop", "speaker_name", "cue", "unclosed" }

-- Each task turns a document's text into the annotation list the scorer
-- reads, under the key it reads.
local function quote_list(found)
  local quotes = {}
  for _, q in ipairs(found) do
    local out = {}
    for _, k in ipairs(quote_fields) do out[k] = q[k] end
    quotes[#quotes + 1] = out
  end
  return "quotes", quotes
end

local tasks = {
  quotes = function(text)
    return quote_list(assert(verba.quotes(text, { invalid = "replace" })))
  end,
  -- the quotations of the whole analysis: speakers linked to entities
  analyze = function(text)
    return quote_list(assert(verba.analyze(text, { invalid = "replace" })).quotes)
  end,
  entities = function(text)
    local entities = {}
    for _, e in ipairs(assert(verba.entities(text, { invalid = "replace" }))) do
      entities[#entities + 1] = { start = e.start, stop = e.stop, type = e.type,
                                  canonical = e.canonical }
    end
    return "entities", entities
  end,
  sentences = function(text)
    local sentences = {}
    for start, stop in assert(verba.sentences(text, { invalid = "replace" })) do
      sentences[#sentences + 1] = { start = start, stop = stop }
    end
    return "sentences", sentences
  end,
}

local task, path = tasks[arg[1] or ""], arg[2]
if not task or not path then
  io.stderr:write("usage: predict.lua quotes|analyze|sentences|entities CORPUS.jsonl > PRED.jsonl\n")
  os.exit(2)
end
for line in io.lines(path) do
  if line:find("%S") then
    local doc = json.decode(line)
    local key, list = task(doc.text)
    io.write(json.encode({ id = doc.id, [key] = list }), "\n")
  end
end
