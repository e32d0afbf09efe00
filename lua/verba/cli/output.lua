--- The output formats of the verba command: for a person, TSV, JSON and
-- JSON Lines. A format is made once per run and takes each document's
-- results (format:document) or its failure (format:failure) in turn.
local output = {}

local REPLACEMENT = "\239\191\189" -- U+FFFD

local function continuation(b) return b and b >= 0x80 and b <= 0xBF end

-- What utf8.len gives where Lua 5.1 and LuaJIT have no utf8 library: the
-- number of characters from byte from, or nil and the first byte that is
-- not part of a shortest-form UTF-8 sequence of a scalar value.
local function utf8_len(s, from)
  local n, i = 0, from or 1
  while i <= #s do
    local b1, b2, b3, b4 = s:byte(i, i + 3)
    if b1 < 0x80 then
      i = i + 1
    elseif b1 >= 0xC2 and b1 <= 0xDF and continuation(b2) then
      i = i + 2
    elseif b1 >= 0xE0 and b1 <= 0xEF and continuation(b2) and continuation(b3)
        and not (b1 == 0xE0 and b2 < 0xA0) and not (b1 == 0xED and b2 > 0x9F) then
      i = i + 3
    elseif b1 >= 0xF0 and b1 <= 0xF4 and continuation(b2) and continuation(b3)
        and continuation(b4) and not (b1 == 0xF0 and b2 < 0x90)
        and not (b1 == 0xF4 and b2 > 0x8F) then
      i = i + 4
    else
      return nil, i
    end
    n = n + 1
  end
  return n
end
local len = utf8 and utf8.len or utf8_len

--- s with each byte that is not part of valid UTF-8 replaced by U+FFFD,
-- as verba reads them with invalid = "replace" (JSON and terminals need
-- valid UTF-8; TSV keeps the bytes).
local function valid_utf8(s)
  local n, bad = len(s)
  if n then return s end
  local parts, from = {}, 1
  repeat
    parts[#parts + 1] = s:sub(from, bad - 1)
    parts[#parts + 1] = REPLACEMENT
    from = bad + 1
    n, bad = len(s, from)
  until n
  parts[#parts + 1] = s:sub(from)
  return table.concat(parts)
end
output.valid_utf8 = valid_utf8

--- A number as JSON and TSV write it: integers without a fraction (2, not
-- 2.0, which is how JSON ids are read), others exactly.
local function number_text(x)
  if x ~= x or x == math.huge or x == -math.huge then return "null" end
  if x == math.floor(x) and x > -2 ^ 53 and x < 2 ^ 53 then return ("%d"):format(x) end
  local text = ("%.14g"):format(x)
  if tonumber(text) ~= x then text = ("%.17g"):format(x) end
  return text
end

local TSV_ESCAPES = { ["\\"] = "\\\\", ["\t"] = "\\t", ["\n"] = "\\n", ["\r"] = "\\r" }

--- A TSV field: backslash, tab, newline and carriage return escaped as
-- \\ \t \n \r, so every item stays on its line and in its column.
local function tsv_field(v)
  if v == nil then return "-" end
  if type(v) == "number" then return number_text(v) end
  return (tostring(v):gsub("[\\\t\n\r]", TSV_ESCAPES))
end
output.tsv_field = tsv_field

--- Text for a terminal: on one line (white space runs become a space),
-- with control characters (C0, DEL, C1) shown as \xHH rather than sent to
-- the terminal, and bad UTF-8 as U+FFFD.
local function one_line(s)
  s = valid_utf8(s):gsub("%s+", " ")
  s = s:gsub("[%z\1-\31\127]", function(c) return ("\\x%02X"):format(c:byte()) end)
  return (s:gsub("\194([\128-\159])", function(c) return ("\\x%02X"):format(c:byte()) end))
end
output.one_line = one_line

-- Iterates over items given as a list or as an iterator.
local function each(items)
  if type(items) == "function" then return items end
  local i = 0
  return function()
    i = i + 1
    return items[i]
  end
end

-- JSON ------------------------------------------------------------------

-- The order of an object's keys: these first, the others sorted after
-- them, so the same results always give the same bytes (Lua's own order
-- changes from run to run).
local FIELD_ORDER = {
  "id", "file", "line", "html", "error",
  "start", "stop", "kind", "type", "text", "open", "close", "unclosed",
  "speaker", "speaker_start", "speaker_stop", "speaker_name", "speaker_id", "cue", "cue_start",
  "cue_stop", "canonical", "gender", "count", "mentions", "nested",
}
local RANK = {}
for i, key in ipairs(FIELD_ORDER) do RANK[key] = i end

-- The span fields of results, by their first key.
local SPAN_PAIRS = { start = "stop", speaker_start = "speaker_stop", cue_start = "cue_stop" }

--- A JSON encoder over lua-cjson (json: a cjson instance), which escapes
-- the strings that need it. encode(value, span, out, n) puts value's JSON
-- in out[n + 1], out[n + 2] ... and returns the last index. Tables with
-- items are arrays (an empty one too), others objects with their keys in
-- a fixed order. span, when given, moves every span of result tables
-- (start/stop, speaker_start/stop, cue_start/stop) from the text onto the
-- input's bytes.
function output.json_encoder(json)
  local keys = {}
  local function string_json(s)
    local text = json.encode(valid_utf8(s))
    -- cjson writes "/" as "\/"; both are JSON, and URLs read better bare
    if s:find("/", 1, true) then text = text:gsub("\\/", "/") end
    return text
  end
  local function key_json(k)
    local text = keys[k]
    if not text then
      text = string_json(tostring(k)) .. ":"
      keys[k] = text
    end
    return text
  end
  -- a key opening an object, and a key after another, made once
  local first_keys, next_keys = {}, {}
  local function first_key(k)
    local text = first_keys[k]
    if not text then
      text = "{" .. key_json(k)
      first_keys[k] = text
    end
    return text
  end
  local function next_key(k)
    local text = next_keys[k]
    if not text then
      text = "," .. key_json(k)
      next_keys[k] = text
    end
    return text
  end

  -- The keys of a table in the order they are written, sorted once for
  -- each shape of table met: a tree of tables, one level per key in Lua's
  -- order, holds each shape's order under ORDER.
  local ORDER, shapes = {}, {}
  local function by_rank(a, b)
    local ra, rb = RANK[a] or #FIELD_ORDER + 1, RANK[b] or #FIELD_ORDER + 1
    if ra ~= rb then return ra < rb end
    return tostring(a) < tostring(b)
  end
  local function ordered_keys(t)
    local node = shapes
    for k in pairs(t) do
      local child = node[k]
      if not child then
        child = {}
        node[k] = child
      end
      node = child
    end
    local order = node[ORDER]
    if not order then
      order = {}
      for k in pairs(t) do order[#order + 1] = k end
      table.sort(order, by_rank)
      -- each key's text as written: "{" before the first, "," before others
      local texts = {}
      for i = 1, #order do texts[i] = i == 1 and first_key(order[i]) or next_key(order[i]) end
      order.texts = texts
      node[ORDER] = order
    end
    return order
  end

  local encode, object
  local math_type = math.type or function() end

  -- A group's mentions as the API documents them, spans with their text:
  -- analyze's groups list its entities' own tables, which carry the
  -- group's fields too. One view table, refilled for each mention.
  local view = {}
  local function mentions(list, span, out, n)
    n = n + 1
    out[n] = "["
    for i = 1, #list do
      local m = list[i]
      if i > 1 then
        n = n + 1
        out[n] = ","
      end
      view.start, view.stop, view.text = m.start, m.stop, m.text
      n = object(view, span, out, n)
    end
    n = n + 1
    out[n] = "]"
    return n
  end

  object = function(t, span, out, n)
    local moved
    if span then
      for first, last in pairs(SPAN_PAIRS) do
        if t[first] and t[last] then
          moved = moved or {}
          moved[first], moved[last] = span(t[first], t[last])
        end
      end
    end
    local order = ordered_keys(t)
    local texts = order.texts
    for i = 1, #order do
      local k = order[i]
      local v = moved and moved[k] or t[k]
      n = n + 1
      -- offsets and strings, most of the values, without a call to encode
      -- (an integer joined to its key: one piece, no call to tostring)
      if math_type(v) == "integer" then
        out[n] = texts[i] .. v
      elseif type(v) == "string" then
        out[n] = texts[i]
        n = n + 1
        out[n] = string_json(v)
      elseif k == "mentions" and type(v) == "table" then
        out[n] = texts[i]
        n = mentions(v, span, out, n)
      else
        out[n] = texts[i]
        n = encode(v, span, out, n)
      end
    end
    n = n + 1
    out[n] = #order == 0 and "{}" or "}"
    return n
  end

  encode = function(v, span, out, n)
    local kind = type(v)
    n = n + 1
    if kind == "string" then
      out[n] = string_json(v)
    elseif kind == "number" then
      out[n] = math_type(v) == "integer" and tostring(v) or number_text(v)
    elseif kind == "boolean" then
      out[n] = v and "true" or "false"
    elseif kind == "table" and (v[1] ~= nil or next(v) == nil) then
      out[n] = "["
      for i = 1, #v do
        if i > 1 then
          n = n + 1
          out[n] = ","
        end
        n = encode(v[i], span, out, n)
      end
      n = n + 1
      out[n] = "]"
    elseif kind == "table" then
      n = object(v, span, out, n - 1)
    else
      out[n] = "null"
    end
    return n
  end
  return encode, key_json
end

-- The fields that say which input a record is about: its id (with
-- --jsonl-input), else its file; the line of a bad record; html when
-- offsets are into HTML; and the error of a failure.
local function head(doc, settings)
  local fields = {}
  if settings.jsonl_input then
    fields.id = doc.id
    if doc.error or doc.id == nil then fields.line = doc.line end
    if doc.error and (doc.line == nil or settings.several_files) then fields.file = doc.file end
  else
    fields.file = doc.file
  end
  fields.html = doc.html or nil
  fields.error = doc.error
  return fields
end

-- Writes JSON records: one a line (jsonl), or one document (json): the
-- record itself for one input, an array of them for several.
local function json_format(w, settings, json, lines)
  local encode, key_json = output.json_encoder(json)
  local array = not lines and settings.several
  local written = 0
  local format = {}

  -- Starts a record's output in out (the separator of an array first).
  local function start(out)
    written = written + 1
    if not array then return 0 end
    out[1] = written == 1 and "[\n" or ",\n"
    return 1
  end

  local function finish_record(out, n)
    if not array then
      n = n + 1
      out[n] = "\n"
    end
    w(table.concat(out, "", 1, n))
  end

  function format.failure(doc)
    local out = {}
    finish_record(out, encode(head(doc, settings), nil, out, start(out)))
  end

  -- Streams the sections into the record, writing every few thousand
  -- pieces, so an iterator's items are never all held.
  function format.document(doc, result)
    local out, span = {}, doc.html and doc.span or nil
    local n = encode(head(doc, settings), nil, out, start(out))
    -- the head (never empty) loses its closing brace: the sections follow
    out[n] = out[n]:sub(1, -2)
    for _, section in ipairs(result) do
      n = n + 1
      out[n] = "," .. key_json(section.name) .. "["
      local first = true
      for item in each(section.items) do
        if not first then
          n = n + 1
          out[n] = ","
        end
        first = false
        n = encode(item, span, out, n)
        if n > 4096 then
          w(table.concat(out, "", 1, n))
          n = 0
        end
      end
      n = n + 1
      out[n] = "]"
    end
    n = n + 1
    out[n] = "}"
    finish_record(out, n)
  end

  function format.finish()
    if array then w(written == 0 and "[]\n" or "\n]\n") end
  end
  return format
end

-- TSV -------------------------------------------------------------------

-- A line's fields, escaped (a missing one is "-").
local function row(...)
  local fields = {}
  for i = 1, select("#", ...) do fields[i] = tsv_field((select(i, ...))) end
  return fields
end

local function span_text(item, start, stop) return row(start, stop, item.text) end

-- The fields of an item of each section, given its offsets in the input
-- (start, stop) and the text it was found in.
local COLUMNS = {
  tokens = function(t, start, stop) return row(start, stop, t.kind, t.text) end,
  words = function(t) return row(t.text) end,
  segments = span_text,
  sentences = span_text,
  paragraphs = span_text,
  quotes = function(q, start, stop, text)
    return row(start, stop, q.kind, q.speaker_name or q.speaker, q.cue, text:sub(q.start, q.stop))
  end,
  entities = function(e, start, stop)
    return row(start, stop, e.type, e.canonical, e.id, e.gender, e.text)
  end,
}

-- A section's name on its lines when a command gives several (analyze).
local SINGULAR = { sentences = "sentence", paragraphs = "paragraph", quotes = "quote",
                   entities = "entity", tokens = "token" }

local function tsv_format(w, settings)
  local format = {}
  -- the first column, which says where a line comes from, when it can vary
  local function source(doc)
    if settings.jsonl_input then return doc.id == nil and "" or tsv_field(doc.id) end
    if settings.several then return tsv_field(doc.file) end
  end

  function format.failure() end

  function format.document(doc, result)
    local first = source(doc)
    local labelled = settings.command == "analyze"
    for _, section in ipairs(result) do
      local columns = COLUMNS[section.name]
      if columns then
        for item in each(section.items) do
          local start, stop = doc.span(item.start, item.stop)
          local fields = columns(item, start, stop, doc.text)
          if labelled then table.insert(fields, 1, SINGULAR[section.name]) end
          if first then table.insert(fields, 1, first) end
          w(table.concat(fields, "\t"), "\n")
        end
      end
    end
  end

  function format.finish() end
  return format
end

-- For a person -------------------------------------------------------------

local function count(n, one, many)
  return ("%d %s"):format(n, n == 1 and one or many)
end

-- The first characters of s, up to about max (cut after a word when there
-- is one), then "…" and the end of s, when s is longer than max
-- characters (counted as UTF-8 lead bytes).
local function shortened(s, max, ending)
  local chars = select(2, s:gsub("[^\128-\191]", ""))
  if chars <= max then return s end
  local cut, n = #s, 0
  for i = 1, #s do
    local byte = s:byte(i)
    if byte < 128 or byte >= 192 then
      n = n + 1
      if n > max then
        cut = i - 1
        break
      end
    end
  end
  local shown = s:sub(1, cut)
  shown = shown:match("^(.*%S)%s+%S*$") or shown
  return shown .. "…" .. ending
end

-- A quotation as speaker: quotation, with its kind unless it is direct;
-- at most max characters of it when max is given.
local function quotation_line(q, text, max)
  local who = q.speaker_name or q.speaker
  local quotation = one_line(text:sub(q.start, q.stop))
  if max then quotation = shortened(quotation, max, q.close or "") end
  local line = (who and one_line(who) .. ": " or "(nobody): ") .. quotation
  if q.kind ~= "direct" then line = line .. "  [" .. q.kind .. "]" end
  return line
end

-- The entities' groups: the API's, or made from the entities by id.
local function entity_groups(result)
  if result.groups then return result.groups end
  local groups, by_key = {}, {}
  for _, e in ipairs(result.entities or {}) do
    local key = e.id or (e.type .. "\0" .. (e.canonical or e.text))
    local group = by_key[key]
    if not group then
      group = { type = e.type, canonical = e.canonical or e.text, count = 0, mentions = {} }
      by_key[key] = group
      groups[#groups + 1] = group
    end
    group.count = group.count + 1
    group.mentions[#group.mentions + 1] = e
  end
  return groups
end

local TYPE_ORDER = { person = 1, organization = 2, place = 3 }

-- The entities grouped by type, each with how often it is named and the
-- other ways it is written.
local function write_entities(w, result, text)
  local groups = {}
  for _, g in ipairs(entity_groups(result)) do groups[#groups + 1] = g end
  local function rank(g) return TYPE_ORDER[g.type] or 4 end
  table.sort(groups, function(a, b)
    if rank(a) ~= rank(b) then return rank(a) < rank(b) end
    if a.type ~= b.type then return a.type < b.type end
    if a.count ~= b.count then return a.count > b.count end
    return a.canonical < b.canonical
  end)
  local current
  for _, g in ipairs(groups) do
    if g.type ~= current then
      current = g.type
      w(current, "\n")
    end
    local seen, variants = { [g.canonical] = true }, {}
    for _, m in ipairs(g.mentions or {}) do
      local written = m.text or (m.start and text:sub(m.start, m.stop))
      if written and not seen[written] then
        seen[written] = true
        variants[#variants + 1] = one_line(written)
      end
    end
    w(("  %4d  %s%s\n"):format(g.count or #g.mentions, one_line(g.canonical),
      #variants > 0 and "  (" .. table.concat(variants, ", ") .. ")" or ""))
  end
end

-- How each command shows a document to a person.
local HUMAN = {}

function HUMAN.tokens(w, doc, result)
  for t in each(result.tokens) do
    local start, stop = doc.span(t.start, t.stop)
    w(("%13s  %-8s %s\n"):format(start .. "-" .. stop, t.kind, one_line(t.text)))
  end
end

function HUMAN.segments(w, doc, result)
  for t in each(result.segments) do
    local start, stop = doc.span(t.start, t.stop)
    w(("%13s  %s\n"):format(start .. "-" .. stop, one_line(t.text)))
  end
end

function HUMAN.words(w, _, result)
  for t in each(result.words) do w(one_line(t.text), "\n") end
end

local function numbered(name, gap)
  return function(w, _, result)
    local n = 0
    for item in each(result[name]) do
      n = n + 1
      w(("%4d  %s\n%s"):format(n, one_line(item.text), gap))
    end
  end
end
HUMAN.sentences = numbered("sentences", "")
HUMAN.paragraphs = numbered("paragraphs", "\n")

function HUMAN.quotes(w, doc, result)
  for _, q in ipairs(result.quotes) do w(quotation_line(q, doc.text), "\n") end
end

function HUMAN.entities(w, doc, result) write_entities(w, result, doc.text) end

function HUMAN.analyze(w, doc, result)
  local parts = {
    count(#result.sentences, "sentence", "sentences"),
    count(#result.paragraphs, "paragraph", "paragraphs"),
    count(#result.quotes, "quotation", "quotations"),
  }
  if result.entities then parts[#parts + 1] = count(#result.entities, "entity", "entities") end
  if result.tokens then parts[#parts + 1] = count(#result.tokens, "token", "tokens") end
  w(table.concat(parts, ", "), "\n")
  if #result.quotes > 0 then
    w("\nquotations\n")
    for _, q in ipairs(result.quotes) do w("  ", quotation_line(q, doc.text, 70), "\n") end
  end
  if result.entities and #result.entities > 0 then
    w("\nentities\n")
    write_entities(w, result, doc.text)
  end
end

function HUMAN.demo(w, doc, result)
  local verba = require("verba")
  local text, toks = doc.text, result.tokens
  local counts, examples = {}, {}
  for _, t in ipairs(toks) do
    counts[t.kind] = (counts[t.kind] or 0) + 1
    examples[t.kind] = examples[t.kind] or {}
    local ex = examples[t.kind]
    if #ex < 6 and (t.kind ~= "word" or t.text:find("[%.%-’'\128-\255]")) then
      ex[#ex + 1] = one_line(t.text)
    end
  end
  w(("verba %s (Unicode %s): %d bytes, %d tokens\n\n"):format(
    verba.version, verba.unicode_version, #text, #toks))
  local kinds = {}
  for kind in pairs(counts) do kinds[#kinds + 1] = kind end
  table.sort(kinds, function(a, b)
    if counts[a] ~= counts[b] then return counts[a] > counts[b] end
    return a < b
  end)
  for _, kind in ipairs(kinds) do
    w(("%-8s %6d   e.g. %s\n"):format(kind, counts[kind], table.concat(examples[kind], "  ")))
  end
  local sentences = result.sentences
  w(("\n%d sentences; the first three:\n"):format(#sentences))
  for i = 1, math.min(3, #sentences) do w("  ", one_line(sentences[i]), "\n") end
  w(("\n%d quotations:\n"):format(#result.quotes))
  for _, q in ipairs(result.quotes) do
    local who = q.speaker and (q.speaker_name or q.speaker) or "(no speaker)"
    w(("  %-8s %-22s %s\n"):format(q.kind, one_line(who), one_line(text:sub(q.start, q.stop))))
  end
end

local function human_format(w, settings)
  local format, shown = {}, 0
  local show = HUMAN[settings.command]

  function format.failure() end

  -- Several inputs: each under a "==> name <==" line, as head(1) does.
  function format.document(doc, result)
    if settings.several then
      local name = doc.id ~= nil and tostring(doc.id) or doc.label
      w(shown > 0 and "\n" or "", "==> ", one_line(name), " <==\n")
    end
    shown = shown + 1
    show(w, doc, result)
  end

  function format.finish() end
  return format
end

--- A format: name is "human", "tsv", "json" or "jsonl"; w(...) writes;
-- settings: command (its name), several (more than one input may come),
-- several_files (more than one input was named), jsonl_input, json (a
-- lua-cjson instance, for the JSON formats).
function output.new(name, w, settings)
  if name == "human" then return human_format(w, settings) end
  if name == "tsv" then return tsv_format(w, settings) end
  return json_format(w, settings, settings.json, name == "jsonl")
end

return output
