--- What each command of the verba command finds in a text: its sections,
-- lists or iterators of result tables in the text's offsets, as the Lua
-- API gives them (plus the item's text where the API gives none).
local verba = require("verba")

local commands = {}

-- The API options among the command's options o: those named in keys.
local function pick(o, keys)
  local picked = {}
  for _, key in ipairs(keys) do picked[key] = o[key] end
  return picked
end

-- Calls an iterator factory of the API. A text it cannot read gives nil
-- and the reason; misuse (a bad option) is raised, as by the API.
local function iterate(factory, text, opts)
  local ok, iter = pcall(factory, text, opts)
  if ok then return iter end
  if tostring(iter):find("^bad argument") then error(iter, 0) end
  return nil, (tostring(iter):gsub("^verba%.[%w_]+: ", ""))
end

-- Iterates over the spans an API iterator yields as {start=, stop=, text=}
-- (and kind= for tokens), keeping those keep(kind) accepts.
local function spans(iter, text, keep)
  local sub = string.sub
  return function()
    while true do
      local start, stop, kind = iter()
      if not start then return nil end
      if not keep or keep(kind) then
        return { start = start, stop = stop, kind = kind, text = sub(text, start, stop) }
      end
    end
  end
end

-- Adds to each item of a list the text it spans (the API gives sentences
-- and paragraphs as bare spans).
local function with_text(list, text)
  for _, item in ipairs(list) do
    if item.text == nil then item.text = text:sub(item.start, item.stop) end
  end
  return list
end

-- The items of list whose type is in the set types (all when types is nil).
local function typed(list, types)
  if not list or not types then return list end
  local set, kept = {}, {}
  for _, name in ipairs(types) do set[name] = true end
  for _, item in ipairs(list) do
    if set[item.type] then kept[#kept + 1] = item end
  end
  return kept
end

-- Results as commands return them: the sections in order in the array
-- part ({name=, items=}) and by name.
local function sections(...)
  local result, pairs_ = {}, { ... }
  for i = 1, #pairs_, 2 do
    local name, items = pairs_[i], pairs_[i + 1]
    if items then
      result[#result + 1] = { name = name, items = items }
      result[name] = items
    end
  end
  return result
end

-- A command over one API iterator factory: a section of spans.
local function span_command(name, factory, keys, options_of)
  return function(text, o)
    local opts = pick(o, keys)
    if options_of then options_of(opts, o) end
    local iter, why = iterate(factory, text, opts)
    if not iter then return nil, why end
    return sections(name, spans(iter, text))
  end
end

local TOKEN_KEYS = { "invalid", "spaces", "split_possessive", "split_hyphens" }

local function is_word(kind) return kind == "word" end

-- Each command is run(text, o) -> sections, or nil and why the text
-- cannot be read; o holds the command-line options by key.
commands.run = {}

function commands.run.tokens(text, o)
  local iter, why = iterate(verba.tokens, text, pick(o, TOKEN_KEYS))
  if not iter then return nil, why end
  local items = spans(iter, text)
  if o.lower then
    local fold_options = { invalid = o.invalid }
    local unfolded = items
    items = function()
      local t = unfolded()
      if t then t.text = verba.casefold(t.text, fold_options) end
      return t
    end
  end
  return sections("tokens", items)
end

function commands.run.words(text, o)
  local tokens, why = commands.run.tokens(text, o)
  if not tokens then return nil, why end
  local all = tokens.tokens
  return sections("words", function()
    repeat
      local t = all()
      if t and is_word(t.kind) then
        t.kind = nil
        return t
      end
    until not t
  end)
end

commands.run.segments = span_command("segments", verba.segments, { "invalid" })
commands.run.paragraphs = span_command("paragraphs", verba.paragraphs, { "invalid", "paragraphs" })
commands.run.sentences = span_command("sentences", verba.sentences,
  { "invalid", "abbreviations", "paragraphs" },
  function(opts, o) opts.mode = o.uax29 and "uax29" or nil end)

local QUOTE_KEYS = { "invalid", "verbs", "abbreviations", "paragraphs", "quote_depth" }

function commands.run.quotes(text, o)
  local list, why = verba.quotes(text, pick(o, QUOTE_KEYS))
  if not list then return nil, why end
  return sections("quotes", list)
end

--- Whether this verba finds entities (verba.entities comes with the
-- entity stage).
function commands.has_entities() return verba.entities ~= nil end

function commands.run.entities(text, o)
  if not commands.has_entities() then
    error("this verba has no entity finder (verba.entities)", 0)
  end
  -- analyze finds the mentions and their groups in one run of the entity
  -- stage, where entities and entity_groups would run it twice
  local result, why = verba.analyze(text, pick(o, { "invalid" }))
  if not result then return nil, why end
  return sections("entities", typed(result.entities, o.types), "groups", typed(result.groups, o.types))
end

function commands.run.analyze(text, o)
  local opts = pick(o, QUOTE_KEYS)
  opts.tokens = o.tokens
  local result, why = verba.analyze(text, opts)
  if not result then return nil, why end
  return sections(
    "sentences", with_text(result.sentences, text),
    "paragraphs", with_text(result.paragraphs, text),
    "quotes", result.quotes,
    "entities", typed(result.entities, o.types),
    "groups", typed(result.groups, o.types),
    "tokens", result.tokens and with_text(result.tokens, text))
end

-- demo takes the same text options as the others and prints its tour
-- itself (see output.lua).
function commands.run.demo(text, o)
  local toks, why = verba.tokenize(text, { detail = true, invalid = o.invalid })
  if not toks then return nil, why end
  return sections("tokens", toks,
    "sentences", verba.split_sentences(text, { invalid = o.invalid }),
    "quotes", verba.quotes(text, { invalid = o.invalid }))
end

--- One line on each command, for the usage.
commands.summary = {
  analyze = "sentences, paragraphs, quotations and entities in one pass",
  quotes = "quotations with their kind, speaker and cue",
  entities = "names of people, organisations and places, grouped",
  sentences = "sentences",
  paragraphs = "paragraphs",
  tokens = "tokens with their kind",
  words = "the words, one a line",
  segments = "UAX #29 word segments, covering every byte",
  demo = "a short tour of what verba finds in a text",
}

--- What each command writes, for its help.
commands.about = {
  analyze = [[
TSV: a line per item, its section first: sentence|paragraph START STOP TEXT;
  quote START STOP KIND SPEAKER CUE QUOTATION; entity START STOP TYPE
  CANONICAL ID GENDER TEXT; token START STOP KIND TEXT (with --tokens).
JSON: {"file" or "id", "sentences": [{start, stop, text}], "paragraphs": [...],
  "quotes": [... as in verba quotes, each speaker linked to its entity:
  speaker_name its canonical name, speaker_id its id], "entities": [...],
  "groups": [...], "tokens": [{start, stop, kind, text}]}.]],
  quotes = [[
TSV: START STOP KIND SPEAKER CUE QUOTATION (KIND: direct, partial, mention;
  SPEAKER: the name resolved, else as written, else -; QUOTATION with marks).
JSON: {"file" or "id", "quotes": [{start, stop, kind, text, open, close,
  unclosed, speaker, speaker_start, speaker_stop, speaker_name, cue,
  cue_start, cue_stop, nested}]}; fields that were not found are left out.]],
  entities = [[
TSV: START STOP TYPE CANONICAL ID GENDER TEXT, a line per mention.
JSON: {"file" or "id", "entities": [{start, stop, text, type, canonical, id,
  gender}], "groups": [{id, type, canonical, gender, count, mentions}]}.
For a person: the entities grouped by type, with how often each is named.]],
  sentences = [[
TSV: START STOP TEXT.  JSON: {"file" or "id", "sentences": [{start, stop, text}]}.]],
  paragraphs = [[
TSV: START STOP TEXT.  JSON: {"file" or "id", "paragraphs": [{start, stop, text}]}.]],
  tokens = [[
TSV: START STOP KIND TEXT.  JSON: {"file" or "id", "tokens": [{start, stop, kind, text}]}.
KIND: word, number, punct, symbol, url, email, mention, hashtag, emoji, space, other.]],
  words = [[
TSV: WORD.  JSON: {"file" or "id", "words": [{start, stop, text}]}.]],
  segments = [[
TSV: START STOP TEXT.  JSON: {"file" or "id", "segments": [{start, stop, text}]}.]],
  demo = [[
Counts of each kind of token with examples, the first sentences and every
quotation with its speaker, for a person.]],
}

return commands
