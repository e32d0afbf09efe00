--- verba: Unicode-correct tokens, sentences and quotations for news text.
-- Every function takes the subject string first and an optional options
-- table; every option is checked here, so a misspelt key raises an error
-- instead of being ignored. Positions are 1-based inclusive byte offsets:
-- `s:sub(start, stop)` is the item. The functions that find items in a text
-- also take an optional init between the two, as string.find does: they
-- then give only the items of the whole text that start at byte init or
-- later.
--
-- The module is an instance built with the default configuration;
-- verba.new{...} builds another with the user's words (cue verbs,
-- abbreviations) compiled once, and the same functions.
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
accepts.split_sentences = accepts.sentences
accepts.paragraphs = { invalid = true, paragraphs = true }
accepts.analyze = { invalid = true, verbs = true, abbreviations = true, paragraphs = true,
                    quote_depth = true, tokens = true, html = true, gazetteer = true,
                    stoplist = true }
accepts.quotes.html = true
accepts.decode_html = { invalid = true, attribute = true }
accepts.html_text = { invalid = true, title = true, skip = true }
accepts.entities = { invalid = true, types = true, paragraphs = true, gazetteer = true,
                     stoplist = true }
accepts.entity_groups = accepts.entities
accepts.tokenize = { detail = true, lower = true, normalize = true, kinds = true }
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
  -- from text offsets to HTML offsets through map.
  local function onto_html(item, map)
    for first, last in pairs(span_keys) do
      if item[first] then item[first], item[last] = map:span(item[first], item[last]) end
    end
    for _, v in pairs(item) do
      if type(v) == "table" then onto_html(v, map) end
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

  --- api.segments(s [, init] [, opts]): iterates over every UAX #29
  -- word-boundary segment of s, covering every byte:
  -- `for start, stop in verba.segments(s)`. Raises an error naming the
  -- first bad byte if s is not valid UTF-8 (unless invalid = "replace"), as
  -- every iterator here does.
  define("segments", flags_only(core.segments), true)

  --- api.graphemes(s [, init] [, opts]): iterates over the extended
  -- grapheme clusters of s, yielding `start, stop`.
  define("graphemes", flags_only(core.graphemes), true)

  --- api.tokens(s [, init] [, opts]): iterates over the tokens of s,
  -- yielding `start, stop, kind`.
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

  --- api.tokenize(s [, init] [, opts]): an array of the token strings of
  -- s, or with opts.detail of tables {text=, start=, stop=, kind=};
  -- nil, message for invalid UTF-8.
  define("tokenize", function(s, from, o, flags)
    return core.tokenize(s, from, flags, name_mask(o.kinds, KINDS),
      o.normalize and FORMS[o.normalize], o.lower, o.detail)
  end)

  --- api.words(s [, init] [, opts]): iterates over the word tokens of s
  -- as strings.
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

  --- Returns s in normalization form ("NFC" if omitted, "NFD", "NFKC",
  -- "NFKD"), or nil, message for invalid UTF-8.
  function api.normalize(s, form, opts)
    check_subject("normalize", s)
    if form == nil then form = "NFC" end
    local ok = form_name(form)
    if ok ~= true then argerror("normalize", 2, "normalization form: " .. ok) end
    local _, flags = options("normalize", 3, opts)
    return core.transform(s, FORMS[form], false, flags)
  end

  --- Returns s with Unicode full case folding applied (for caseless
  -- matching), or nil, message for invalid UTF-8.
  function api.casefold(s, opts)
    check_subject("casefold", s)
    local _, flags = options("casefold", 2, opts)
    return core.transform(s, 0, true, flags)
  end

  --- api.decode_html(s [, opts]): s with every HTML character reference
  -- decoded as the HTML tokenizer decodes them (&amp; &eacute; &#8217;
  -- &#x2019;, the legacy &amp &copy without ';', &#150; as Windows-1252's
  -- en dash); a malformed reference stays as written. opts.attribute reads
  -- s as an attribute value (?a=1&copy=2 keeps its &copy). nil, message
  -- for invalid UTF-8.
  function api.decode_html(s, opts)
    check_subject("decode_html", s)
    local _, flags = options("decode_html", 2, opts)
    return core.decode_html(s, flags)
  end

  --- api.html_text(s [, opts]): the text of the HTML page s, and a map
  -- from its byte offsets to those of s: `map:source(pos)`, and
  -- `map:span(start, stop)` for a span. Tags, comments, scripts, styles
  -- and the title are dropped; blocks (p, div, li, h1 ...) are separated
  -- by a blank line and br makes a line break; white space collapses
  -- outside pre. opts.title keeps the title as the first paragraph;
  -- opts.skip drops the content of more elements ({"nav", "aside"}).
  function api.html_text(s, opts)
    check_subject("html_text", s)
    local o, flags = options("html_text", 2, opts)
    return core.html_text(s, flags, o.skip and mapped(members(o.skip), string.lower))
  end

  --- api.quotes(s [, init] [, opts]): the quotations of s in text order,
  -- each a table {start=, stop=, text=, open=, close=, kind=, unclosed=,
  -- nested=, speaker=, speaker_start=, speaker_stop=, speaker_name=, cue=,
  -- cue_start=, cue_stop=}; kind is "direct", "partial" or "mention";
  -- nested holds the quotations inside this one, and is nil when there are
  -- none (with init, a quotation inside one that starts before init is
  -- left out with it). opts.verbs adds cue verbs for this call.
  define("quotes", function(s, from, o, flags)
    return maybe_html(s, o, function(text)
      return core.quotes(text, from, flags, config_for(o), o.quote_depth)
    end)
  end)

  --- api.analyze(s [, opts]): the whole job in one pass over one
  -- document: {sentences=, paragraphs=, quotes=} (sentences and
  -- paragraphs as {start=, stop=}; quotes as verba.quotes gives them),
  -- and tokens= ({start=, stop=, kind=}) with opts.tokens. opts.html reads
  -- s as an HTML page and reports offsets into it. nil, message for
  -- invalid UTF-8.
  function api.analyze(s, opts)
    check_subject("analyze", s)
    local o, flags = options("analyze", 2, opts)
    return maybe_html(s, o, function(text)
      return core.analyze(text, flags, config_for(o), o.quote_depth, o.tokens)
    end)
  end

  --- api.entities(s [, init] [, opts]): the entities mentioned in s, in
  -- text order: an array of {start=, stop=, text=, type=, canonical=, id=,
  -- gender=}. type is "person", "organization", "place", "group", "other",
  -- "date", "time", "money", "percent", "number", "url", "email",
  -- "hashtag" or "mention"; canonical is the fullest name of the mention's
  -- entity, id numbers the entity (mentions of one entity share it), and
  -- gender ("female", "male") is set for persons the text or the data
  -- tells. A mention leaves out a possessive ending and the titles before
  -- a name (President Trump -> Trump). opts.types keeps those types (a
  -- list or a set). nil, message for invalid UTF-8.
  define("entities", function(s, from, o, flags)
    return core.entities(s, from, flags, config_for(o), name_mask(o.types, ENTITY_TYPES))
  end)

  --- api.entity_groups(s [, opts]): one record per entity of s, in the
  -- order of first mentions: {id=, type=, canonical=, gender=, count=,
  -- mentions={{start=, stop=, text=}...}}, with the ids of
  -- verba.entities. opts.types keeps those types.
  function api.entity_groups(s, opts)
    check_subject("entity_groups", s)
    local o, flags = options("entity_groups", 2, opts)
    return core.entity_groups(s, 0, flags, config_for(o), name_mask(o.types, ENTITY_TYPES))
  end

  --- api.sentences(s [, init] [, opts]): iterates over the sentences of
  -- s, yielding `start, stop`. opts.mode "news" (the default) judges UAX
  -- #29 candidates with abbreviations, initials, lists, quotes and line
  -- structure, and trims white space; "uax29" yields the raw UAX #29
  -- segments, covering every byte. opts.abbreviations adds abbreviations
  -- ({"Gov.", "approx"}) for this call.
  define("sentences", function(s, from, o, flags)
    return core.sentences(s, from, flags, config_for(o))
  end, true)

  --- api.split_sentences(s [, init] [, opts]): an array of the sentence
  -- strings of s, with the options of verba.sentences.
  define("split_sentences", function(s, from, o, flags)
    return core.split_sentences(s, from, flags, config_for(o))
  end)

  --- api.paragraphs(s [, init] [, opts]): iterates over the paragraphs of
  -- s, yielding `start, stop`: text between blank lines, and a line that
  -- opens with a double quotation mark starts one; with
  -- opts.paragraphs = "line" every line is one.
  define("paragraphs", function(s, from, _, flags)
    return core.paragraphs(s, from, flags, config)
  end, true)

  --- api.new(opts): another instance, with this one's words and opts'
  -- (see verba.new).
  function api.new(opts)
    local o = options("new", 1, opts)
    local all = joined_lists(lists, word_lists(o))
    local flags = o.paragraphs == "line" and FLAGS.line_paragraphs or 0
    return instance(compile(all, flags, o.quote_depth), all)
  end

  return api
end

--- verba.new{verbs=, abbreviations=, gazetteer=, stoplist=, paragraphs=,
-- quote_depth=}: an instance with the same functions as the module, whose
-- words are compiled once: verbs (cue verbs in any form, any UTF-8,
-- several words for a cue with a particle: "point out"), abbreviations
-- ("Gov.", "approx"), gazetteer (names and their entity types:
-- {["Acme Corp"] = "organization"}; a listed name is that entity wherever
-- it is written as listed, whatever the model says), stoplist (names that
-- are none: {"Reading"}; it wins over the gazetteer), paragraphs
-- ("blank", the default, or "line": every line a paragraph) and
-- quote_depth (quotations nested deeper are not reported; 8 by default).
return instance(core.config(nil, nil, 0), {})
