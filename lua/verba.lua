--- verba: Unicode-correct tokens, sentences and quotations for news text.
-- Every function takes the subject string first and an optional options
-- table; every option is checked here, so a misspelt key raises an error
-- instead of being ignored. Positions are 1-based inclusive byte offsets:
-- `s:sub(start, stop)` is the item. The functions that find items in a text
-- also take an optional init between the two, as string.find does: they
-- then give only the items of the whole text that start at byte init or
-- later.
local core = require("verba.core")

local verba = {
  version = core.version,
  unicode_version = core.unicode_version,
}

local FLAGS, KINDS, FORMS = core.flags, core.kinds, core.forms

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

local invalid_modes = { error = true, replace = true }

local form_name = one_of(FORMS)

local function check_form(form)
  local ok = form_name(form)
  if ok ~= true then argerror("normalize", 2, "normalization form: " .. ok) end
end

-- The names in a list {"a", "b"} or a set {a = true, b = false}, as an
-- array; a set's false entries are left out.
local function members(v)
  local out = {}
  for k, on in pairs(v) do
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
    for k, on in pairs(v) do
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

local checks = {
  invalid = one_of(invalid_modes),
  spaces = boolean,
  split_possessive = boolean,
  split_hyphens = boolean,
  detail = boolean,
  lower = boolean,
  normalize = one_of(FORMS),
  kinds = set_of("kinds", function(name)
    return KINDS[name] ~= nil or "unknown kind " .. quoted(name)
  end),
  verbs = set_of("verbs", single_word("verbs")),
  mode = one_of({ news = true, uax29 = true }),
  abbreviations = set_of("abbreviations", single_word("abbreviations")),
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
}
accepts.words = accepts.tokens
accepts.quotes = { invalid = true, verbs = true }
accepts.sentences = { invalid = true, mode = true, abbreviations = true }
accepts.split_sentences = accepts.sentences
accepts.paragraphs = { invalid = true }
accepts.decode_html = { invalid = true, attribute = true }
accepts.html_text = { invalid = true, title = true, skip = true }
accepts.tokenize = { detail = true, lower = true, normalize = true, kinds = true }
for k in pairs(accepts.tokens) do accepts.tokenize[k] = true end

-- Lua 5.1 and LuaJIT have only floats: an integral one is an integer.
local tointeger = math.tointeger or function(x)
  return x % 1 == 0 and x or nil
end

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

-- Checks opts (argument argn of verba.<fname>) and returns it (or an empty
-- table) with the flag bits it sets for the C core.
local function options(fname, argn, opts)
  if opts == nil then return {}, 0 end
  if type(opts) ~= "table" then
    argerror(fname, argn, "options table expected, got " .. type(opts))
  end
  local allowed = accepts[fname]
  local flags = 0
  for key, value in pairs(opts) do
    if not allowed[key] then
      argerror(fname, argn, "unknown option " .. quoted(key))
    end
    local ok = checks[key](value)
    if ok ~= true then argerror(fname, argn, ("option %s: %s"):format(quoted(key), ok)) end
    -- each key is seen once, so adding its bit is the same as or-ing it
    if FLAGS[key] and value == true then flags = flags + FLAGS[key] end
  end
  if opts.invalid == "replace" then flags = flags + FLAGS.replace end
  return opts, flags
end

-- Defines verba[fname](s [, init] [, opts]), a function that finds items
-- in s, as find(s, from, opts, flags) after the usual checks, with from
-- and flags as init_and_options and options return them. The C core
-- finds the items of the whole text and gives those that start at from
-- or later (core functions take s, from, flags and the rest).
local function define(fname, find)
  verba[fname] = function(s, init, opts)
    check_subject(fname, s)
    local from, o, argn = init_and_options(fname, s, init, opts)
    local checked, flags = options(fname, argn, o)
    return find(s, from, checked, flags)
  end
end

-- The find function of define for a core function whose options are all
-- flags.
local function flags_only(core_fn)
  return function(s, from, _, flags) return core_fn(s, from, flags) end
end

--- verba.segments(s [, init] [, opts]): iterates over every UAX #29
-- word-boundary segment of s, covering every byte:
-- `for start, stop in verba.segments(s)`. Returns nil, message if s is not
-- valid UTF-8 (unless invalid = "replace"), as every function here does.
define("segments", flags_only(core.segments))

--- verba.graphemes(s [, init] [, opts]): iterates over the extended
-- grapheme clusters of s, yielding `start, stop`.
define("graphemes", flags_only(core.graphemes))

--- verba.tokens(s [, init] [, opts]): iterates over the tokens of s,
-- yielding `start, stop, kind`.
define("tokens", flags_only(core.tokens))

local function kind_mask(kinds)
  if not kinds then return nil end
  local set, mask = {}, 0
  for _, name in ipairs(members(kinds)) do set[name] = true end
  for name in pairs(set) do mask = mask + 2 ^ KINDS[name] end
  return math.floor(mask)
end

--- verba.tokenize(s [, init] [, opts]): an array of the token strings of
-- s, or with opts.detail of tables {text=, start=, stop=, kind=}.
define("tokenize", function(s, from, o, flags)
  return core.tokenize(s, from, flags, kind_mask(o.kinds),
    o.normalize and FORMS[o.normalize], o.lower, o.detail)
end)

--- verba.words(s [, init] [, opts]): iterates over the word tokens of s as
-- strings.
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
end)

--- Returns s in normalization form ("NFC" if omitted, "NFD", "NFKC", "NFKD").
function verba.normalize(s, form, opts)
  check_subject("normalize", s)
  if form == nil then form = "NFC" end
  check_form(form)
  local _, flags = options("normalize", 3, opts)
  return core.transform(s, FORMS[form], false, flags)
end

--- Returns s with Unicode full case folding applied (for caseless matching).
function verba.casefold(s, opts)
  check_subject("casefold", s)
  local _, flags = options("casefold", 2, opts)
  return core.transform(s, 0, true, flags)
end


--- verba.quotes(s [, init] [, opts]): the direct quotations of s in text
-- order, each a table
-- {start=, stop=, text=, open=, close=, kind=, unclosed=, nested=,
--  speaker=, speaker_start=, speaker_stop=, speaker_name=, cue=,
--  cue_start=, cue_stop=}; kind is "direct", "partial" or "mention";
-- nested holds the quotations inside this one, and is nil when there are
-- none (with init, a quotation inside one that starts before init is left
-- out with it). opts.verbs adds cue verbs.
define("quotes", function(s, from, o, flags)
  return core.quotes(s, from, flags,
    o.verbs and mapped(members(o.verbs), string.lower))
end)

-- The C core's arguments after the subject and from, from checked sentence
-- options: flag bits and the extra abbreviations as a list without final
-- dots.
local function sentence_args(o, flags)
  if o.mode == "uax29" then flags = flags + FLAGS.uax29 end
  local without_dot = function(word) return (word:gsub("%.$", "")) end
  return flags, o.abbreviations and mapped(members(o.abbreviations), without_dot)
end

-- The find function of define for a core function taking sentence options.
local function with_sentence_args(core_fn)
  return function(s, from, o, flags)
    return core_fn(s, from, sentence_args(o, flags))
  end
end

--- verba.sentences(s [, init] [, opts]): iterates over the sentences of s,
-- yielding `start, stop`. opts.mode "news" (the default) judges UAX #29
-- candidates with abbreviations, initials, lists, quotes and line
-- structure, and trims white space; "uax29" yields the raw UAX #29
-- segments, covering every byte. opts.abbreviations adds abbreviations
-- ({"Gov.", "approx"}).
define("sentences", with_sentence_args(core.sentences))

--- verba.split_sentences(s [, init] [, opts]): an array of the sentence
-- strings of s, with the options of verba.sentences.
define("split_sentences", with_sentence_args(core.split_sentences))

--- verba.paragraphs(s [, init] [, opts]): iterates over the paragraphs of
-- s (text between blank lines, trimmed), yielding `start, stop`.
define("paragraphs", flags_only(core.paragraphs))

--- verba.decode_html(s [, opts]): s with every HTML character reference
-- decoded as the HTML tokenizer decodes them (&amp; &eacute; &#8217;
-- &#x2019;, the legacy &amp &copy without ';', &#150; as Windows-1252's
-- en dash); a malformed reference stays as written. opts.attribute reads s
-- as an attribute value (?a=1&copy=2 keeps its &copy).
function verba.decode_html(s, opts)
  check_subject("decode_html", s)
  local _, flags = options("decode_html", 2, opts)
  return core.decode_html(s, flags)
end

--- verba.html_text(s [, opts]): the text of the HTML page s, and a map
-- from its byte offsets to those of s: `map:source(pos)`, and
-- `map:span(start, stop)` for a span. Tags, comments, scripts, styles and
-- the title are dropped; blocks (p, div, li, h1 ...) are separated by a
-- blank line and br makes a line break; white space collapses outside pre.
-- opts.title keeps the title as the first paragraph; opts.skip drops the
-- content of more elements ({"nav", "aside"}).
function verba.html_text(s, opts)
  check_subject("html_text", s)
  local o, flags = options("html_text", 2, opts)
  return core.html_text(s, flags, o.skip and mapped(members(o.skip), string.lower))
end

return verba
