--- Unicode-correct tokens, sentences, paragraphs and quotations with
-- their speakers, for news text.
--
-- Every function takes the subject string first and an optional options
-- table (the @{options} it accepts are listed with it); every option is
-- checked, so a misspelt key raises an error instead of being ignored.
-- Positions are 1-based inclusive byte offsets: `s:sub(start, stop)` is
-- the item.
--
-- **Start positions.** The functions that find items in a text
-- (`segments`, `graphemes`, `tokens`, `tokenize`, `words`, `sentences`,
-- `split_sentences`, `paragraphs`, `quotes`) also take an optional `init`
-- between the two, as `string.find` does: `f(s [, init] [, opts])`. They
-- then give exactly the items of the whole text that start at byte `init`
-- or later, with the whole text's offsets (an item that starts before it
-- is left out, never cut). A negative `init` counts from the end; `init`
-- must be an integer.
--
-- **Errors.** Misuse (a subject that is not a string, an unknown option, a
-- bad value) raises an error naming the function and the argument:
-- `bad argument #2 to 'verba.tokens' (unknown option "spase")`. Text that
-- is not valid UTF-8 makes a function return
-- `nil, "invalid UTF-8 at byte N"`, and an iterator raise
-- `verba.tokens: invalid UTF-8 at byte N`; with `invalid = "replace"`
-- each bad byte is read as U+FFFD instead.
--
-- The module is an instance built with the default configuration;
-- @{new} builds another with the user's words (cue verbs, abbreviations)
-- compiled once, and the same functions.
-- @module verba
-- @usage
-- local verba = require("verba")
-- local s = "“We will appeal,” said Maria Lopez. The U.S. court ruled."
-- assert(#verba.split_sentences(s) == 2)
-- assert(verba.quotes(s)[1].speaker == "Maria Lopez")
local core = require("verba.core")

local FLAGS, KINDS, FORMS = core.flags, core.kinds, core.forms
local ENTITY_TYPES, NAME_CLASSES = core.entity_types, core.name_classes

-- Raises a misuse error that names the public function and the argument,
-- pointing at the caller's line.
local function argerror(fname, argn, msg)
  error(("bad argument #%d to 'verba.%s' (%s)"):format(argn, fname, msg), 4)
end

local function check_subject(fname, s)
  if type(s) ~= "string" then
    argerror(fname, 1, "string expected, got " .. type(s))
  end
end

-- Value checkers: each returns true or an error message.
local function boolean(v)
  return type(v) == "boolean" or "boolean expected, got " .. type(v)
end

local function quoted(v)
  return type(v) == "string" and ("%q"):format(v) or tostring(v)
end

local function one_of(set)
  local names = {}
  for name in pairs(set) do names[#names + 1] = ("%q"):format(name) end
  table.sort(names)
  local list = table.concat(names, ", ")
  return function(v)
    if set[v] then return true end
    return ("one of %s expected, got %s"):format(list,
      type(v) == "string" and quoted(v) or type(v))
  end
end

-- Lua 5.1 and LuaJIT have only floats: an integral one is an integer.
local tointeger = math.tointeger or function(x)
  return x % 1 == 0 and x or nil
end

local function positive_integer(v)
  if type(v) == "number" and tointeger(v) and v >= 1 then return true end
  return "positive integer expected, got " ..
    (type(v) == "number" and tostring(v) or type(v))
end

local function count(v)
  if type(v) == "number" and tointeger(v) and v >= 0 then return true end
  return "non-negative integer expected, got " ..
    (type(v) == "number" and tostring(v) or type(v))
end

local form_name = one_of(FORMS)

-- Every key of a table, read with next: what pairs would give if no
-- __pairs metamethod lied, and the only keys an options table may hold.
-- A key reached only through __index is not there, so it is not read.
local function raw_pairs(t) return next, t, nil end

-- The names in a list {"a", "b"} or a set {a = true, b = false}, as an
-- array; a set's false entries are left out.
local function members(v)
  local out = {}
  for k, on in raw_pairs(v) do
    local name = type(k) == "number" and on or (on and k)
    if name then out[#out + 1] = name end
  end
  return out
end

-- The array with f applied to each element, in place.
local function mapped(array, f)
  for i = 1, #array do array[i] = f(array[i]) end
  return array
end

-- A checker for a list or set of `what`, each name accepted by valid(name)
-- (true, or a message).
local function set_of(what, valid)
  return function(v)
    if type(v) ~= "table" then
      return ("table of %s expected, got %s"):format(what, type(v))
    end
    for k, on in raw_pairs(v) do
      local ok = valid(type(k) == "number" and on or k)
      if ok ~= true then return ok end
    end
    return true
  end
end

local function single_word(what)
  return function(word)
    if type(word) == "string" and word:find("^[^%s%z]+$") and word ~= "." then
      return true
    end
    return ("%s: single words expected, got %s"):format(what,
      type(word) == "string" and quoted(word) or type(word))
  end
end

-- Cue verbs: any UTF-8 text holding a word (several words make a cue with
-- a particle: "point out", "a déclaré").
local function phrase(what)
  return function(words)
    if type(words) == "string" and words:find("[^%s]") and not words:find("%z") then
      return true
    end
    return ("%s: words expected, got %s"):format(what,
      type(words) == "string" and quoted(words) or type(words))
  end
end

-- A name of the user's gazetteer or stoplist: text with a word, valid
-- UTF-8 (it is cut into tokens as a text is).
local function name_text(what)
  return function(name)
    if type(name) == "string" and name:find("[^%s]") and not name:find("%z") and
        core.tokenize(name, 0, 0) then
      return true
    end
    return ("%s: names expected (UTF-8 text with a word), got %s"):format(what,
      type(name) == "string" and quoted(name) or type(name))
  end
end

-- The name classes that give a listed name its type (listed_name in
-- data/en/entities/classes.tsv); the bits are distinct, so a sum is their
-- union (Lua 5.1 has no bit operators).
local function sum_of(...)
  local total = 0
  for _, name in ipairs({ ... }) do total = total + NAME_CLASSES[name] end
  return total
end
local LISTED = {
  person = sum_of("listed_name", "given_male", "given_female", "surname"),
  organization = sum_of("listed_name", "organization"),
  place = sum_of("listed_name", "place"),
  group = sum_of("listed_name", "group"),
  other = sum_of("listed_name"),
}
local NOT_NAME = sum_of("not_name")

local name_type = one_of({ person = true, organization = true, place = true, group = true,
                           other = true })

--- Every option, by name; each function lists those it takes.
-- @table options
-- @field invalid `"error"` (the default): invalid UTF-8 gives `nil,
-- message` (an iterator raises); `"replace"`: each bad byte is read as
-- U+FFFD. Every function.
-- @field spaces boolean: also yield white space as tokens of kind
-- `"space"` (tokens, tokenize, words).
-- @field split_possessive boolean: "Zürich’s" gives "Zürich" and "’s"
-- (tokens, tokenize, words).
-- @field split_hyphens boolean: "well-known" gives "well", "-", "known"
-- (tokens, tokenize, words).
-- @field types a list `{"person", "date"}` or set `{person = true}` of
-- entity types to keep: `"person"`, `"organization"`, `"place"`,
-- `"group"`, `"other"`, `"date"`, `"time"`, `"money"`, `"percent"`,
-- `"number"`, `"url"`, `"email"`, `"hashtag"`, `"mention"` (entities,
-- entity_groups).
-- @field gazetteer names and their entity types for this call,
-- `{["Acme Corp"] = "organization"}` (types `"person"`,
-- `"organization"`, `"place"`, `"group"`, `"other"`): a listed name is
-- that entity wherever it is written as listed (entities, entity_groups,
-- analyze, new).
-- @field stoplist a list or set of names that are none, `{"Reading"}`; it
-- wins over the gazetteer (entities, entity_groups, analyze, new).
-- @field detail boolean: tables `{text=, start=, stop=, kind=}` instead of
-- strings (tokenize).
-- @field lower boolean: case-fold each token (tokenize).
-- @field normalize `"NFC"`, `"NFD"`, `"NFKC"` or `"NFKD"`: normalise each
-- token (tokenize).
-- @field kinds a list `{"word", "number"}` or set `{word = true}` of
-- token kinds to keep: `"word"`, `"number"`, `"url"`, `"email"`,
-- `"mention"`, `"hashtag"`, `"emoji"`, `"punct"`, `"symbol"`, `"space"`,
-- `"other"` (tokenize).
-- @field verbs a list or set of cue verbs added for this call, in any
-- form, any UTF-8; several words make a cue with a particle ("point out")
-- (quotes, analyze, new).
-- @field mode `"news"` (the default) or `"uax29"`: raw UAX #29 sentence
-- segments, covering every byte (sentences, split_sentences).
-- @field abbreviations a list or set of abbreviations added for this call,
-- with or without their dot (`"Gov."`, `"approx"`) (sentences,
-- split_sentences, quotes, analyze, new).
-- @field paragraphs `"blank"` (the default: paragraphs end at blank lines)
-- or `"line"` (every line is a paragraph) (paragraphs, sentences,
-- split_sentences, quotes, analyze, new).
-- @field quote_depth positive integer: quotations nested deeper are not
-- reported (8 by default) (quotes, analyze, new).
-- @field tokens boolean: `analyze` also gives the tokens.
-- @field limit non-negative integer: give at most this many items, the
-- first ones (tokenize, split_sentences, quotes, entities, entity_groups,
-- analyze: each list).
-- @field html boolean: read s as an HTML page (as @{html_text} does) and
-- give offsets into the page (quotes, analyze).
-- @field attribute boolean: read s as an attribute value, where `&copy=`
-- stays as written (decode_html).
-- @field title boolean: keep the page's title as the first paragraph
-- (html_text).
-- @field skip a list or set of element names whose content is dropped
-- too (`{"nav", "aside"}`) (html_text).
local checks = {
  invalid = one_of({ error = true, replace = true }),
  spaces = boolean,
  split_possessive = boolean,
  split_hyphens = boolean,
  detail = boolean,
  lower = boolean,
  normalize = form_name,
  kinds = set_of("kinds", function(name)
    return KINDS[name] ~= nil or "unknown kind " .. quoted(name)
  end),
  verbs = set_of("verbs", phrase("verbs")),
  gazetteer = function(v)
    if type(v) ~= "table" then return "table of names expected, got " .. type(v) end
    local valid = name_text("gazetteer")
    for name, t in raw_pairs(v) do
      local ok = valid(name)
      if ok ~= true then return ok end
      ok = name_type(t)
      if ok ~= true then return ("gazetteer: type of %s: %s"):format(quoted(name), ok) end
    end
    return true
  end,
  stoplist = set_of("names", name_text("stoplist")),
  types = set_of("types", function(name)
    return ENTITY_TYPES[name] ~= nil or "unknown entity type " .. quoted(name)
  end),
  mode = one_of({ news = true, uax29 = true }),
  abbreviations = set_of("abbreviations", single_word("abbreviations")),
  paragraphs = one_of({ blank = true, line = true }),
  quote_depth = positive_integer,
  limit = count,
  tokens = boolean,
  html = boolean,
  attribute = boolean,
  title = boolean,
  skip = set_of("element names", function(name)
    if type(name) == "string" and name:find("^%a[^%s/>%z]*$") then return true end
    return "skip: element names expected, got " ..
      (type(name) == "string" and quoted(name) or type(name))
  end),
}

-- The options each public function accepts.
local accepts = {
  segments = { invalid = true },
  graphemes = { invalid = true },
  normalize = { invalid = true },
  casefold = { invalid = true },
  tokens = { invalid = true, spaces = true, split_possessive = true,
             split_hyphens = true },
  new = { verbs = true, abbreviations = true, paragraphs = true, quote_depth = true,
          gazetteer = true, stoplist = true },
}
accepts.words = accepts.tokens
accepts.quotes = { invalid = true, verbs = true, abbreviations = true,
                   paragraphs = true, quote_depth = true }
accepts.sentences = { invalid = true, mode = true, abbreviations = true, paragraphs = true }
accepts.split_sentences = { limit = true }
for k in pairs(accepts.sentences) do accepts.split_sentences[k] = true end
accepts.paragraphs = { invalid = true, paragraphs = true }
accepts.analyze = { invalid = true, verbs = true, abbreviations = true, paragraphs = true,
                    quote_depth = true, tokens = true, html = true, gazetteer = true,
                    stoplist = true, limit = true }
accepts.quotes.html = true
accepts.quotes.limit = true
accepts.decode_html = { invalid = true, attribute = true }
accepts.html_text = { invalid = true, title = true, skip = true }
accepts.entities = { invalid = true, types = true, paragraphs = true, gazetteer = true,
                     stoplist = true, limit = true }
accepts.entity_groups = accepts.entities
accepts.tokenize = { detail = true, lower = true, normalize = true, kinds = true,
                     limit = true }
for k in pairs(accepts.tokens) do accepts.tokenize[k] = true end

-- Reads the arguments after the subject s of verba.<fname> as string.find
-- reads its init: f(s [, init] [, opts]). Returns the 0-based offset of the
-- first byte an item may start at (at most #s), the options and their
-- argument number. A negative init counts from the end (-1 is the last
-- byte); 0, or anything before the start, is 1.
local function init_and_options(fname, s, init, opts)
  if init == nil then return 0, opts, 3 end
  if type(init) == "table" then
    if opts ~= nil then
      argerror(fname, 3, "nothing expected after the options table, got " .. type(opts))
    end
    return 0, init, 2
  end
  if type(init) ~= "number" then
    argerror(fname, 2, "integer or options table expected, got " .. type(init))
  end
  init = tointeger(init)
  if not init then argerror(fname, 2, "number has no integer representation") end
  if init < 0 then init = #s + init + 1 end
  if init < 1 then return 0, opts, 3 end
  return math.min(init, #s + 1) - 1, opts, 3
end

-- Checks opts (argument argn of verba.<fname>) and returns a copy holding
-- the keys it really has (never what __index would make up), with the flag
-- bits it sets for the C core.
local function options(fname, argn, opts)
  if opts == nil then return {}, 0 end
  if type(opts) ~= "table" then
    argerror(fname, argn, "options table expected, got " .. type(opts))
  end
  local allowed = accepts[fname]
  local flags, checked = 0, {}
  for key, value in raw_pairs(opts) do
    if not allowed[key] then
      argerror(fname, argn, "unknown option " .. quoted(key))
    end
    local ok = checks[key](value)
    if ok ~= true then argerror(fname, argn, ("option %s: %s"):format(quoted(key), ok)) end
    checked[key] = value
    -- each key is seen once, so adding its bit is the same as or-ing it
    if FLAGS[key] and value == true then flags = flags + FLAGS[key] end
  end
  if checked.invalid == "replace" then flags = flags + FLAGS.replace end
  if checked.paragraphs == "line" then flags = flags + FLAGS.line_paragraphs end
  if checked.mode == "uax29" then flags = flags + FLAGS.uax29 end
  return checked, flags
end

-- Abbreviations as the core takes them: without their final dot.
local function without_dot(word) return (word:gsub("%.$", "")) end

-- A name as the lexicon keys it: its tokens joined by one space.
local function name_key(name)
  return table.concat(core.tokenize(name, 0, 0), " ")
end

-- The words of a configuration (checked options of verba.new or of a
-- call) as the core's arrays: {verbs=, abbreviations=, names=,
-- name_classes=} (names and their class bits side by side; a name on the
-- stoplist too is no name).
local function word_lists(o)
  local lists = {
    verbs = o.verbs and members(o.verbs),
    abbreviations = o.abbreviations and mapped(members(o.abbreviations), without_dot),
  }
  if o.gazetteer or o.stoplist then
    local names, classes = {}, {}
    for name, t in raw_pairs(o.gazetteer or {}) do
      names[#names + 1] = name_key(name)
      classes[#classes + 1] = LISTED[t]
    end
    for _, name in ipairs(members(o.stoplist or {})) do
      names[#names + 1] = name_key(name)
      classes[#classes + 1] = NOT_NAME
    end
    lists.names, lists.name_classes = names, classes
  end
  return lists
end

-- Concatenation of two arrays, either of which may be nil.
local function joined(a, b)
  if not a then return b end
  if not b then return a end
  local out = {}
  for i = 1, #a do out[i] = a[i] end
  for i = 1, #b do out[#out + 1] = b[i] end
  return out
end

-- The word lists a and b together.
local function joined_lists(a, b)
  local out = {}
  for _, key in ipairs({ "verbs", "abbreviations", "names", "name_classes" }) do
    out[key] = joined(a[key], b[key])
  end
  return out
end

-- A compiled configuration of the word lists.
local function compile(lists, flags, quote_depth)
  return core.config(lists.verbs, lists.abbreviations, flags, quote_depth, lists.names,
    lists.name_classes)
end

-- Builds the functions of an instance whose compiled configuration is
-- config (a core userdata), made from the word lists (word_lists).
local function instance(config, lists)
  local api = {
    version = core.version,
    unicode_version = core.unicode_version,
    utf8proc_version = core.utf8proc_version,
    utf8proc_unicode_version = core.utf8proc_unicode_version,
  }

  -- The configuration a call runs with: the instance's, or, when the call
  -- brings words of its own, one compiled for it with the instance's words
  -- and the call's (for repeated use, verba.new compiles them once).
  local function config_for(o)
    if not (o.verbs or o.abbreviations or o.gazetteer or o.stoplist) then return config end
    return compile(joined_lists(lists, word_lists(o)), 0)
  end

  -- Defines api[fname](s [, init] [, opts]), a function that finds items
  -- in s, as find(s, from, opts, flags) after the usual checks, with from
  -- and flags as init_and_options and options return them. The C core
  -- finds the items of the whole text and gives those that start at from
  -- or later (core functions take s, from, flags and the rest). Iterator
  -- factories (iterator = true) raise on invalid UTF-8 as utf8.codes does,
  -- since a for loop cannot take nil and a message.
  local function define(fname, find, iterator)
    api[fname] = function(s, init, opts)
      check_subject(fname, s)
      local from, o, argn = init_and_options(fname, s, init, opts)
      local checked, flags = options(fname, argn, o)
      if not iterator then return find(s, from, checked, flags) end
      local iter, err = find(s, from, checked, flags)
      if not iter then error(("verba.%s: %s"):format(fname, err), 2) end
      return iter
    end
  end

  -- The find function of define for a core function whose options are all
  -- flags.
  local function flags_only(core_fn)
    return function(s, from, _, flags) return core_fn(s, from, flags) end
  end

  -- Span fields of result tables, by their start key: with opts.html
  -- they are moved from the text onto the HTML page it came from.
  local span_keys = { start = "stop", speaker_start = "speaker_stop",
                      cue_start = "cue_stop" }

  -- Moves every span of the result tables in item (nested ones included)
  -- from text offsets to HTML offsets through map, each table once: a
  -- table can be in two lists (analyze's groups list its entities).
  local function onto_html(item, map, moved)
    moved = moved or {}
    moved[item] = true
    for first, last in pairs(span_keys) do
      if item[first] then item[first], item[last] = map:span(item[first], item[last]) end
    end
    for _, v in pairs(item) do
      if type(v) == "table" and not moved[v] then onto_html(v, map, moved) end
    end
    return item
  end

  -- Runs find(text, ...) on s, or with o.html on the text of the HTML page
  -- s, with the results' offsets moved onto the page.
  local function maybe_html(s, o, find, ...)
    if not o.html then return find(s, ...) end
    local text, map = core.html_text(s, o.invalid == "replace" and FLAGS.replace or 0)
    if not text then return nil, map end
    local result, err = find(text, ...)
    if not result then return nil, err end
    return onto_html(result, map)
  end

  --- Iterates over every UAX #29 word-boundary segment of s, covering
  -- every byte, white space and punctuation included.
  -- @function segments
  -- @tparam string s the text
  -- @tparam[opt] integer init the first byte a segment may start at
  -- @tparam[opt] table opts @{options}: `invalid`
  -- @treturn function an iterator yielding `start, stop` of each segment
  -- @raise on misuse, and on invalid UTF-8 (naming the byte) unless
  -- `invalid = "replace"`, as every iterator here does
  -- @usage
  -- local verba = require("verba")
  -- local parts = {}
  -- for start, stop in verba.segments("Hi, you.") do parts[#parts + 1] = ("Hi, you."):sub(start, stop) end
  -- assert(table.concat(parts, "|") == "Hi|,| |you|.")
  define("segments", flags_only(core.segments), true)

  --- Iterates over the extended grapheme clusters of s (what a reader
  -- calls a character), from utf8proc (see @{utf8proc_unicode_version}).
  -- @function graphemes
  -- @tparam string s the text
  -- @tparam[opt] integer init the first byte a cluster may start at
  -- @tparam[opt] table opts @{options}: `invalid`
  -- @treturn function an iterator yielding `start, stop` of each cluster
  -- @raise on misuse, and on invalid UTF-8 unless `invalid = "replace"`
  -- @usage
  -- local verba = require("verba")
  -- local n = 0
  -- for _ in verba.graphemes("e\204\129🇫🇷") do n = n + 1 end -- e + U+0301, a flag
  -- assert(n == 2)
  define("graphemes", flags_only(core.graphemes), true)

  --- Iterates over the news tokens of s without a table per token:
  -- words (with their apostrophes and inner dots: "Zürich’s", "U.S."),
  -- numbers ("−3.5%", "2019-03-05"), URLs, e-mail addresses, mentions,
  -- hashtags, emoji, punctuation and symbols.
  -- @function tokens
  -- @tparam string s the text
  -- @tparam[opt] integer init the first byte a token may start at
  -- @tparam[opt] table opts @{options}: `invalid`, `spaces`,
  -- `split_possessive`, `split_hyphens`
  -- @treturn function an iterator yielding `start, stop, kind`; kind is
  -- one of the names of the `kinds` option
  -- @raise on misuse, and on invalid UTF-8 unless `invalid = "replace"`
  -- @usage
  -- local verba = require("verba")
  -- local s = "The U.S. rose 3.5%."
  -- local kinds = {}
  -- for start, stop, kind in verba.tokens(s) do kinds[#kinds + 1] = s:sub(start, stop) .. "/" .. kind end
  -- assert(table.concat(kinds, " ") == "The/word U.S./word rose/word 3.5%/number ./punct")
  define("tokens", flags_only(core.tokens), true)

  -- The bit mask of a list or set of names numbered by bits (kinds,
  -- entity types), or nil for none given.
  local function name_mask(names, bits)
    if not names then return nil end
    local set, mask = {}, 0
    for _, name in ipairs(members(names)) do set[name] = true end
    for name in pairs(set) do mask = mask + 2 ^ bits[name] end
    return math.floor(mask)
  end

  --- The tokens of s (as @{tokens} finds them) in an array.
  -- @function tokenize
  -- @tparam string s the text
  -- @tparam[opt] integer init the first byte a token may start at
  -- @tparam[opt] table opts @{options}: `invalid`, `spaces`,
  -- `split_possessive`, `split_hyphens`, `detail`, `lower`, `normalize`,
  -- `kinds`, `limit`
  -- @treturn {string,...}|{Token,...} the token strings, or with `detail`
  -- tables @{Token}
  -- @return nil, message for invalid UTF-8
  -- @raise on misuse
  -- @usage
  -- local verba = require("verba")
  -- local words = verba.tokenize("Zürich’s U.S. Office", { lower = true, kinds = { "word" } })
  -- assert(words[1] == "zürich’s" and words[2] == "u.s." and words[3] == "office")
  -- local t = verba.tokenize("Hi!", { detail = true })[2]
  -- assert(t.text == "!" and t.start == 3 and t.stop == 3 and t.kind == "punct")
  define("tokenize", function(s, from, o, flags)
    return core.tokenize(s, from, flags, name_mask(o.kinds, KINDS),
      o.normalize and FORMS[o.normalize], o.lower, o.detail, o.limit)
  end)

  --- Iterates over the word tokens of s as strings.
  -- @function words
  -- @tparam string s the text
  -- @tparam[opt] integer init the first byte a word may start at
  -- @tparam[opt] table opts @{options}: `invalid`, `spaces`,
  -- `split_possessive`, `split_hyphens`
  -- @treturn function an iterator yielding each word
  -- @raise on misuse, and on invalid UTF-8 unless `invalid = "replace"`
  -- @usage
  -- local verba = require("verba")
  -- local seen = {}
  -- for word in verba.words("The U.S. rose, 62, today.") do seen[#seen + 1] = word end
  -- assert(table.concat(seen, " ") == "The U.S. rose today")
  define("words", function(s, from, _, flags)
    local step, err = core.tokens(s, from, flags)
    if not step then return nil, err end
    local sub = string.sub
    return function()
      repeat
        local start, stop, kind = step()
        if kind == "word" then return sub(s, start, stop) end
      until not start
    end
  end, true)

  --- s in a Unicode normalization form, by utf8proc (see
  -- @{utf8proc_unicode_version}).
  -- @function normalize
  -- @tparam string s the text
  -- @tparam[opt="NFC"] string form `"NFC"`, `"NFD"`, `"NFKC"` or `"NFKD"`
  -- @tparam[opt] table opts @{options}: `invalid`
  -- @treturn string the normalised text
  -- @return nil, message for invalid UTF-8
  -- @raise on misuse (an unknown form names argument #2)
  -- @usage
  -- local verba = require("verba")
  -- assert(verba.normalize("e\204\129") == "é")
  -- assert(verba.normalize("ﬁ²", "NFKC") == "fi2")
  function api.normalize(s, form, opts)
    check_subject("normalize", s)
    if form == nil then form = "NFC" end
    local ok = form_name(form)
    if ok ~= true then argerror("normalize", 2, "normalization form: " .. ok) end
    local _, flags = options("normalize", 3, opts)
    return core.transform(s, FORMS[form], false, flags)
  end

  --- s with Unicode full case folding applied, for caseless matching, by
  -- utf8proc.
  -- @function casefold
  -- @tparam string s the text
  -- @tparam[opt] table opts @{options}: `invalid`
  -- @treturn string the folded text
  -- @return nil, message for invalid UTF-8
  -- @raise on misuse
  -- @usage
  -- local verba = require("verba")
  -- assert(verba.casefold("STRAßE Zürich") == "strasse zürich")
  function api.casefold(s, opts)
    check_subject("casefold", s)
    local _, flags = options("casefold", 2, opts)
    return core.transform(s, 0, true, flags)
  end

  --- s with every HTML character reference decoded as the HTML tokenizer
  -- decodes them (`&amp;` `&eacute;` `&#8217;` `&#x2019;`, the legacy
  -- `&amp` `&copy` without ';', `&#150;` as Windows-1252's en dash); a
  -- malformed reference stays as written.
  -- @function decode_html
  -- @tparam string s the text
  -- @tparam[opt] table opts @{options}: `invalid`, `attribute`
  -- @treturn string the decoded text
  -- @return nil, message for invalid UTF-8
  -- @raise on misuse
  -- @usage
  -- local verba = require("verba")
  -- assert(verba.decode_html("AT&amp;T&#8217;s caf&eacute;") == "AT&T’s café")
  -- assert(verba.decode_html("?a=1&copy=2", { attribute = true }) == "?a=1&copy=2")
  function api.decode_html(s, opts)
    check_subject("decode_html", s)
    local _, flags = options("decode_html", 2, opts)
    return core.decode_html(s, flags)
  end

  --- The text of the HTML page s, and a map from the text's byte offsets
  -- back to the page's. Tags, comments, scripts, styles and the title are
  -- dropped; blocks (p, div, li, h1 ...) are separated by a blank line and
  -- br makes a line break; white space collapses outside pre; character
  -- references are decoded.
  -- @function html_text
  -- @tparam string s the HTML page
  -- @tparam[opt] table opts @{options}: `invalid`, `title`, `skip`
  -- @treturn string the text
  -- @treturn HtmlMap the map from the text's offsets to the page's
  -- @return nil, message for invalid UTF-8
  -- @raise on misuse
  -- @usage
  -- local verba = require("verba")
  -- local page = "<p>AT&amp;T <b>rose</b></p>"
  -- local text, map = verba.html_text(page)
  -- assert(text == "AT&T rose")
  -- local start, stop = map:span(6, 9) -- "rose" in the text
  -- assert(page:sub(start, stop) == "rose")
  function api.html_text(s, opts)
    check_subject("html_text", s)
    local o, flags = options("html_text", 2, opts)
    return core.html_text(s, flags, o.skip and mapped(members(o.skip), string.lower))
  end

  --- The quotations of s in text order, with their speakers and cues.
  -- With `init`, a quotation inside one that starts before `init` is left
  -- out with it.
  -- @function quotes
  -- @tparam string s the text (or with `html` an HTML page)
  -- @tparam[opt] integer init the first byte a quotation may start at
  -- @tparam[opt] table opts @{options}: `invalid`, `verbs`,
  -- `abbreviations`, `paragraphs`, `quote_depth`, `html`, `limit`
  -- @treturn {Quote,...} the quotations, tables @{Quote}
  -- @return nil, message for invalid UTF-8
  -- @raise on misuse
  -- @usage
  -- local verba = require("verba")
  -- local q = verba.quotes("“We will appeal,” said Maria Lopez.")[1]
  -- assert(q.text == "We will appeal," and q.kind == "direct")
  -- assert(q.speaker == "Maria Lopez" and q.cue == "said" and q.start == 1)
  define("quotes", function(s, from, o, flags)
    return maybe_html(s, o, function(text)
      return core.quotes(text, from, flags, config_for(o), o.quote_depth, o.limit)
    end)
  end)

  --- The whole job in one pass over one document: sentences, paragraphs,
  -- quotations, entities and entity groups (and tokens with `tokens`), as
  -- the functions that find each give them, with each quotation's speaker
  -- linked to its entity (`speaker_id`, and `speaker_name` the entity's
  -- canonical name). @{quotes} alone runs no entity tagger: it is faster,
  -- and its quotations have no `speaker_id`.
  -- @function analyze
  -- @tparam string s the text (or with `html` an HTML page)
  -- @tparam[opt] table opts @{options}: `invalid`, `verbs`,
  -- `abbreviations`, `paragraphs`, `quote_depth`, `tokens`, `html`,
  -- `gazetteer`, `stoplist`, `limit`
  -- @treturn Analysis the document's items
  -- @return nil, message for invalid UTF-8
  -- @raise on misuse
  -- @usage
  -- local verba = require("verba")
  -- local a = verba.analyze("“Fine,” Hu said. He left.\n\nNext.", { tokens = true })
  -- assert(#a.sentences == 3 and #a.paragraphs == 2 and #a.quotes == 1)
  -- assert(a.sentences[2].start == 22 and a.tokens[1].kind == "punct")
  -- local b = verba.analyze("“Fine,” said Ken Hu. Later Hu added: “Done.”")
  -- assert(b.quotes[2].speaker == "Hu" and b.quotes[2].speaker_name == "Ken Hu")
  -- assert(b.groups[b.quotes[2].speaker_id].canonical == "Ken Hu")
  function api.analyze(s, opts)
    check_subject("analyze", s)
    local o, flags = options("analyze", 2, opts)
    return maybe_html(s, o, function(text)
      return core.analyze(text, flags, config_for(o), o.quote_depth, o.tokens, o.limit)
    end)
  end

  --- The entities mentioned in s, in text order: people, organisations,
  -- places, groups (nationalities, religious and political groups), other
  -- names (laws, events, works, products), dates, times, amounts of money,
  -- percentages, numbers, and URLs, e-mail addresses, hashtags and
  -- mentions. A mention leaves out a possessive ending and the titles
  -- before a name (President Trump gives Trump); mentions of one entity
  -- share its `id` and `canonical` name (its fullest mention).
  -- @function entities
  -- @tparam string s the text
  -- @tparam[opt] integer init the first byte an entity may start at
  -- @tparam[opt] table opts @{options}: `invalid`, `types`, `paragraphs`,
  -- `gazetteer`, `stoplist`, `limit` (the first mentions: the text is
  -- still read whole, since a later mention may name an earlier one)
  -- @treturn {Entity,...} the entities, tables @{Entity}
  -- @return nil, message for invalid UTF-8
  -- @raise on misuse
  -- @usage
  -- local verba = require("verba")
  -- local list = verba.entities("President Ken Hu’s firm paid $5 million. Hu left.")
  -- assert(list[1].text == "Ken Hu" and list[1].type == "person")
  -- assert(list[2].text == "$5 million" and list[2].type == "money")
  -- assert(list[3].text == "Hu" and list[3].canonical == "Ken Hu" and list[3].id == list[1].id)
  define("entities", function(s, from, o, flags)
    return core.entities(s, from, flags, config_for(o), name_mask(o.types, ENTITY_TYPES),
      o.limit)
  end)

  --- One record per entity of s, in the order of first mentions, with
  -- the ids of @{entities}.
  -- @function entity_groups
  -- @tparam string s the text
  -- @tparam[opt] table opts @{options}: `invalid`, `types`, `paragraphs`,
  -- `gazetteer`, `stoplist`, `limit` (the first entities, each with all
  -- its mentions)
  -- @treturn {EntityGroup,...} the entities, tables @{EntityGroup}
  -- @return nil, message for invalid UTF-8
  -- @raise on misuse
  -- @usage
  -- local verba = require("verba")
  -- local g = verba.entity_groups("Mrs. Ann Lee met Huawei. Lee spoke.", { types = { "person" } })
  -- assert(#g == 1 and g[1].canonical == "Ann Lee" and g[1].gender == "female")
  -- assert(g[1].count == 2 and g[1].mentions[2].text == "Lee")
  function api.entity_groups(s, opts)
    check_subject("entity_groups", s)
    local o, flags = options("entity_groups", 2, opts)
    return core.entity_groups(s, 0, flags, config_for(o), name_mask(o.types, ENTITY_TYPES),
      o.limit)
  end

  --- Iterates over the sentences of s. In the default mode `"news"`, UAX
  -- #29 candidates are judged with abbreviations, initials, lists, quotes
  -- and line structure, and white space is trimmed; `mode = "uax29"`
  -- yields the raw UAX #29 segments, covering every byte.
  -- @function sentences
  -- @tparam string s the text
  -- @tparam[opt] integer init the first byte a sentence may start at
  -- @tparam[opt] table opts @{options}: `invalid`, `mode`,
  -- `abbreviations`, `paragraphs`
  -- @treturn function an iterator yielding `start, stop` of each sentence
  -- @raise on misuse, and on invalid UTF-8 unless `invalid = "replace"`
  -- @usage
  -- local verba = require("verba")
  -- local s = "Gov. Roe met Mr. Hu. “Fine,” he said."
  -- local ends = {}
  -- for _, stop in verba.sentences(s, { abbreviations = { "Gov." } }) do ends[#ends + 1] = stop end
  -- assert(#ends == 2 and ends[1] == 20)
  define("sentences", function(s, from, o, flags)
    return core.sentences(s, from, flags, config_for(o))
  end, true)

  --- The sentences of s (as @{sentences} finds them) as strings.
  -- @function split_sentences
  -- @tparam string s the text
  -- @tparam[opt] integer init the first byte a sentence may start at
  -- @tparam[opt] table opts @{options}: `invalid`, `mode`,
  -- `abbreviations`, `paragraphs`, `limit`
  -- @treturn {string,...} the sentences
  -- @return nil, message for invalid UTF-8
  -- @raise on misuse
  -- @usage
  -- local verba = require("verba")
  -- local list = verba.split_sentences("Mr. Hu met the U.S. envoy. They spoke.")
  -- assert(#list == 2 and list[2] == "They spoke.")
  define("split_sentences", function(s, from, o, flags)
    return core.split_sentences(s, from, flags, config_for(o), o.limit)
  end)

  --- Iterates over the paragraphs of s: text between blank lines, and a
  -- line that opens with a double quotation mark starts one; with
  -- `paragraphs = "line"` every line is one.
  -- @function paragraphs
  -- @tparam string s the text
  -- @tparam[opt] integer init the first byte a paragraph may start at
  -- @tparam[opt] table opts @{options}: `invalid`, `paragraphs`
  -- @treturn function an iterator yielding `start, stop` of each paragraph
  -- @raise on misuse, and on invalid UTF-8 unless `invalid = "replace"`
  -- @usage
  -- local verba = require("verba")
  -- local n = 0
  -- for _ in verba.paragraphs("One.\n\nTwo.\nThree.") do n = n + 1 end
  -- assert(n == 2)
  define("paragraphs", function(s, from, _, flags)
    return core.paragraphs(s, from, flags, config)
  end, true)

  -- api.new(opts): another instance, with this one's words and opts'
  -- (documented below, as verba.new).
  function api.new(opts)
    local o = options("new", 1, opts)
    local all = joined_lists(lists, word_lists(o))
    local flags = o.paragraphs == "line" and FLAGS.line_paragraphs or 0
    return instance(compile(all, flags, o.quote_depth), all)
  end

  return api
end

--- Fields
-- @section fields

--- verba's version, `"MAJOR.MINOR.PATCH"` (semantic versioning; from
-- csrc/verba.h, see CHANGELOG.md).
-- @field version

--- The Unicode version of verba's own tables (15.0.0): the UAX #29 word
-- and sentence properties behind @{segments}, @{tokens}, @{words},
-- @{tokenize}, @{sentences} and all that builds on them.
-- @field unicode_version

--- The version of the utf8proc library the module runs with, which does
-- @{normalize}, @{casefold}, `tokenize`'s `lower` and `normalize`,
-- @{graphemes}, the letter case of words and the case folding of lexicon
-- look-ups.
-- @field utf8proc_version

--- The Unicode version of that utf8proc's tables, which may be newer than
-- @{unicode_version}.
-- @field utf8proc_unicode_version

--- Results
-- @section results

--- A token as @{tokenize} gives it with `detail`.
-- @table Token
-- @tfield string text the token (folded or normalised as asked)
-- @tfield integer start its first byte
-- @tfield integer stop its last byte
-- @tfield string kind one of the names of the `kinds` option

--- A quotation, as @{quotes} and @{analyze} give it.
-- @table Quote
-- @tfield integer start the first byte of the quotation, marks included
-- @tfield integer stop its last byte
-- @tfield string text the quoted words, without the marks
-- @tfield string open the opening mark
-- @tfield[opt] string close the closing mark (nil when unclosed)
-- @tfield string kind `"direct"` (a quotation with a speaker's words),
-- `"partial"` (words quoted inside a sentence) or `"mention"` (a title, a
-- term, scare quotes)
-- @tfield boolean unclosed true when no closing mark was found
-- @tfield[opt] {Quote,...} nested the quotations inside this one
-- @tfield[opt] string speaker the speaker as written ("she", "Lopez")
-- @tfield[opt] integer speaker_start
-- @tfield[opt] integer speaker_stop
-- @tfield[opt] string speaker_name the speaker's name, a pronoun or a
-- surname resolved to the fullest earlier mention ("Maria Lopez"), titles
-- left out; from @{analyze}, the canonical name of the speaker's entity
-- @tfield[opt] integer speaker_id @{analyze} only: the `id` of the
-- speaker's entity among its `entities` and `groups`. A pronoun links
-- only to an entity that agrees with it (he, she: a person of no contrary
-- gender; it, they: an organisation or a group)
-- @tfield[opt] string cue the verb that attributes it ("said")
-- @tfield[opt] integer cue_start
-- @tfield[opt] integer cue_stop

--- What @{analyze} gives.
-- @table Analysis
-- @tfield {Span,...} sentences
-- @tfield {Span,...} paragraphs
-- @tfield {Quote,...} quotes
-- @tfield {Entity,...} entities
-- @tfield {EntityGroup,...} groups whose `mentions` are the tables of
-- `entities` themselves (one table a mention, with the entity's fields)
-- @tfield[opt] {{start=integer,stop=integer,kind=string},...} tokens with
-- `opts.tokens`

--- An entity's mention, as @{entities} gives it.
-- @table Entity
-- @tfield integer start its first byte
-- @tfield integer stop its last byte
-- @tfield string text the mention
-- @tfield string type `"person"`, `"organization"`, `"place"`, `"group"`,
-- `"other"`, `"date"`, `"time"`, `"money"`, `"percent"`, `"number"`,
-- `"url"`, `"email"`, `"hashtag"` or `"mention"`
-- @tfield string canonical the fullest name of its entity
-- @tfield integer id its entity's number: mentions of one entity share it
-- @tfield[opt] string gender `"female"` or `"male"`, for a person the text
-- or the data tells

--- An entity, as @{entity_groups} gives it.
-- @table EntityGroup
-- @tfield integer id its number, as in @{entities}
-- @tfield string type as @{Entity}'s
-- @tfield string canonical its fullest name
-- @tfield[opt] string gender as @{Entity}'s
-- @tfield integer count how many mentions it has
-- @tfield {Span,...} mentions its mentions in text order, with `text`

--- A span of the text.
-- @table Span
-- @tfield integer start
-- @tfield integer stop

--- The map @{html_text} gives, from the text's byte offsets to the page's.
-- @type HtmlMap

--- The byte of the page that the text's byte pos comes from.
-- @function HtmlMap:source
-- @tparam integer pos a byte offset in the text
-- @treturn integer the offset in the page

--- The bytes of the page that the text's span start..stop comes from,
-- from the first byte of what gave start to the last of what gave stop
-- (a whole `&amp;`, not its first byte).
-- @function HtmlMap:span
-- @tparam integer start
-- @tparam integer stop
-- @treturn integer start in the page
-- @treturn integer stop in the page

--- Instances
-- @section instances

--- An instance with the same functions and fields as the module, whose
-- words are compiled once: for repeated calls with the same cue verbs or
-- abbreviations, or the same names of a gazetteer and stoplist. An
-- instance's `new` adds to its own words. A call's own `verbs`,
-- `abbreviations`, `gazetteer` and `stoplist` add to the instance's.
-- @function new
-- @tparam table opts @{options}: `verbs`, `abbreviations`, `paragraphs`,
-- `quote_depth`, `gazetteer`, `stoplist`
-- @treturn table an instance: `inst.quotes(s)`, `inst.sentences(s)` ...
-- @raise on misuse
-- @usage
-- local verba = require("verba")
-- local fr = verba.new({ verbs = { "a déclaré" }, abbreviations = { "M." } })
-- local q = fr.quotes("« Nous ferons appel », a déclaré M. Dupont.")[1]
-- assert(q.speaker == "M. Dupont" and q.cue == "a déclaré")
return instance(core.config(nil, nil, 0), {})
