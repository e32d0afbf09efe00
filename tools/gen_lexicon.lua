#!/usr/bin/env lua5.4
-- Generates csrc/lexicon_data.h: the lexicon's class bits and its static
-- hash table, from the word lists in data/en/ (data/en/README.md).
--   lua5.4 tools/gen_lexicon.lua [DATA_DIR [UCD_DIR]] > csrc/lexicon_data.h
-- Reads every classes.tsv under DATA_DIR (the classes, in path order), then
-- every other *.tsv under it (sorted paths). Fails with file:line on an
-- unsorted file, a duplicate entry in a file, an unknown class, a malformed
-- line or conflicting attributes. UCD_DIR (Debian's unicode-data) is read
-- only for entries that are not ASCII: CaseFolding.txt folds them, as
-- utf8proc does at run time, and UnicodeData.txt tells their case.
-- The lookup it mirrors is verba_lex_find in csrc/lexicon.c: the folding,
-- the hash, the endings stripped and the clitics must stay the same there.

local data_dir = arg[1] or "data/en"
local ucd = arg[2] or "/usr/share/unicode"

-- Bounds shared with csrc/lexicon.h (the output checks them).
local MAX_KEY, POOL_ROW, CLITIC_MAX, LEMMA_BITS, MAX_CLASSES = 128, 4096, 8, 4096, 64
-- Bits of the filter of the two words that open the phrases of three words
-- or more (PHRASE_BIT in lexicon.c: hash >> 16).
local PHRASE_BITS = 65536
-- Name classes (flag `name`: gazetteers, for the entity stage) are a set of
-- their own, at most this many.
local MAX_NAMES = 64
-- The attributes an entry may have; each is a string attached to its record.
local ATTRIBUTES = { particle = true }
-- Load factor of the hash table: a small table a quarter full (most
-- lookups, misses too, end at their first slot), a large one 70% full, to
-- stay small (its lookups wait on memory more than on probing).
local function load_factor(nkeys) return nkeys <= 16384 and 0.25 or 0.7 end
-- Endings an inflected form has, tried in this order (as lexicon.c does).
local ENDINGS = { "s", "es", "d", "ed", "ing", "ies", "ied" }

local function fail(where, msg)
  io.stderr:write("gen_lexicon: ", where, ": ", msg, "\n")
  os.exit(1)
end

---------------------------------------------------------------------------
-- Unicode: folding and case of entries that are not ASCII (loaded lazily).

local folding, category
local function load_ucd(where)
  if folding then return end
  folding, category = {}, {}
  local f = io.open(ucd .. "/CaseFolding.txt")
  local g = io.open(ucd .. "/UnicodeData.txt")
  if not f or not g then
    fail(where, "an entry that is not ASCII needs " .. ucd ..
      "/CaseFolding.txt and UnicodeData.txt (Debian: unicode-data)")
  end
  for line in f:lines() do
    -- C and F: the full case folding, utf8proc's UTF8PROC_CASEFOLD
    local cp, _, to = line:match("^(%x+); ([CF]); ([%x ]+);")
    if cp then
      local out = {}
      for x in to:gmatch("%x+") do out[#out + 1] = utf8.char(tonumber(x, 16)) end
      folding[tonumber(cp, 16)] = table.concat(out)
    end
  end
  for line in g:lines() do
    local cp, cat = line:match("^(%x+);[^;]*;(%a%a);")
    if cp then category[tonumber(cp, 16)] = cat end
  end
  f:close(); g:close()
end

local APOSTROPHE = utf8.char(0x2019)

-- The key of an entry: case-folded, U+2019 read as an ASCII apostrophe.
local function fold(s, where)
  s = s:gsub(APOSTROPHE, "'")
  if not s:find("[\128-\255]") then return (s:lower()) end
  load_ucd(where)
  local out = {}
  for _, cp in utf8.codes(s) do
    out[#out + 1] = folding[cp] or (cp < 128 and string.char(cp):lower()) or utf8.char(cp)
  end
  return table.concat(out)
end

-- How an entry is written: "lower" (no capital), "upper" (2+ capitals, no
-- small letter) or "cap" (anything else with a capital: Mass, I, McDonald).
local function case_of(s, where)
  local upper, lower = 0, 0
  for _, cp in utf8.codes(s) do
    local cat
    if cp < 128 then
      cat = (cp >= 65 and cp <= 90) and "Lu" or (cp >= 97 and cp <= 122) and "Ll" or nil
    else
      load_ucd(where)
      cat = category[cp]
    end
    if cat == "Lu" or cat == "Lt" then upper = upper + 1
    elseif cat == "Ll" then lower = lower + 1 end
  end
  if upper == 0 then return "lower" end
  if lower == 0 and upper >= 2 then return "upper" end
  return "cap"
end

---------------------------------------------------------------------------
-- Files

local function sorted_files(pattern)
  local p = assert(io.popen("find '" .. data_dir .. "' -type f -name '" .. pattern ..
    "' | LC_ALL=C sort"))
  local list = {}
  for path in p:lines() do list[#list + 1] = path end
  p:close()
  return list
end

-- Calls each(fields, where) for every line that is not blank or a comment.
local function each_line(path, each)
  local f = io.open(path, "rb")
  if not f then fail(path, "cannot read") end
  local n = 0
  for line in f:lines() do
    n = n + 1
    local where = path .. ":" .. n
    if line:find("\r$") then fail(where, "a CR at the end of the line (use LF)") end
    if not utf8.len(line) then fail(where, "not UTF-8") end
    if line ~= "" and not line:find("^#") then
      local fields = {}
      for field in (line .. "\t"):gmatch("(.-)\t") do fields[#fields + 1] = field end
      each(fields, where)
    end
  end
  f:close()
end

---------------------------------------------------------------------------
-- Classes

local classes = {}       -- name -> { bit, inflects, clitic, name }
local class_names = {}   -- bit + 1 -> name (word classes)
local name_names = {}    -- bit + 1 -> name (name classes)
local RESERVED = { NONE = true, INFLECTED = true, CLITIC = true, ID = true,
  INFLECTING = true, CLITIC_CARRIES = true, NCLASSES = true, TABLES = true,
  MAX_KEY = true, POOL_ROW = true, CLITIC_MAX = true, STARTS = true, START_WORDS = true,
  LEMMA_BITS = true, LEMMA_WORDS = true, PHRASE_BITS = true, PHRASE_WORDS = true }

local class_files = sorted_files("classes.tsv")
if #class_files == 0 then fail(data_dir, "no classes.tsv") end
for _, path in ipairs(class_files) do
  each_line(path, function(fields, where)
    local name, flags, description = fields[1], fields[2], fields[3]
    if #fields ~= 3 or not name:match("^[a-z][a-z0-9_]*$") or description == "" then
      fail(where, "a class line is name<TAB>flags<TAB>description (name in a-z0-9_)")
    end
    if RESERVED[name:upper()] then fail(where, "class name '" .. name .. "' is reserved") end
    if classes[name] then fail(where, "class '" .. name .. "' declared twice") end
    local c = {}
    if flags ~= "-" then
      for flag in (flags .. ","):gmatch("(.-),") do
        if flag == "inflects" then c.inflects = true
        elseif flag == "clitic" then c.clitic = true
        elseif flag == "name" then c.name = true
        else fail(where, "unknown flag '" .. flag .. "' (inflects, clitic, name or -)") end
      end
    end
    if c.name and (c.inflects or c.clitic) then
      fail(where, "a name class neither inflects nor carries: its set carries to clitics")
    end
    if c.name then
      if #name_names == MAX_NAMES then fail(where, "more than " .. MAX_NAMES .. " name classes") end
      c.bit = #name_names
      name_names[#name_names + 1] = name
    else
      if #class_names == MAX_CLASSES then fail(where, "more than 64 classes") end
      c.bit = #class_names
      class_names[#class_names + 1] = name
    end
    classes[name] = c
  end)
end
for _, needed in ipairs{ "phrase_start", "clitic_ending" } do
  if not classes[needed] then fail(data_dir, "classes.tsv must declare '" .. needed .. "'") end
end

local function bit(name) return 1 << classes[name].bit end
local INFLECTING, CARRIES = 0, 0
for _, c in pairs(classes) do
  if c.inflects then INFLECTING = INFLECTING | (1 << c.bit) end
  if c.clitic then CARRIES = CARRIES | (1 << c.bit) end
end
for _, needed in ipairs{ "phrase_start", "clitic_ending" } do
  if classes[needed].name then fail(data_dir, needed .. " is no name class") end
end

---------------------------------------------------------------------------
-- Entries: key -> { lower, cap, upper = class bits written at that case,
-- nlower, ncap, nupper = name class bits, data = { value, where } }

local keys = {}
local nentries, data_files = 0, {}

local function entry_of(key)
  local e = keys[key]
  if not e then
    e = { lower = 0, cap = 0, upper = 0, nlower = 0, ncap = 0, nupper = 0 }
    keys[key] = e
  end
  return e
end

for _, path in ipairs(sorted_files("*.tsv")) do
  if not path:find("/classes%.tsv$") then
    data_files[#data_files + 1] = path
    local previous, previous_line
    each_line(path, function(fields, where)
      local word, list = fields[1], fields[2]
      if #fields < 2 or word == "" or list == "" then
        fail(where, "an entry line is entry<TAB>class[,class...][<TAB>key=value...]")
      end
      if word:find("^ ") or word:find(" $") or word:find("  ") or word:find("[%c]") then
        fail(where, "a phrase's words are separated by single spaces")
      end
      local key = fold(word, where)
      if #key > MAX_KEY then fail(where, "longer than " .. MAX_KEY .. " bytes folded") end
      if previous and key == previous then
        fail(where, "duplicate entry '" .. key .. "' (line " .. previous_line .. ")")
      elseif previous and key < previous then
        fail(where, "not sorted: '" .. key .. "' after '" .. previous .. "'")
      end
      previous, previous_line = key, where:match("(%d+)$")
      local bits, nbits = 0, 0
      for name in (list .. ","):gmatch("(.-),") do
        if not classes[name] then fail(where, "unknown class '" .. name .. "'") end
        if name == "phrase_start" then fail(where, "phrase_start is made by the generator") end
        if name == "clitic_ending" and (key:sub(1, 1) ~= "'" or #key < 2 or #key > CLITIC_MAX) then
          fail(where, "a clitic ending is an apostrophe and at most " .. CLITIC_MAX - 1 .. " bytes")
        end
        if classes[name].name then
          if nbits & bit(name) ~= 0 then fail(where, "class '" .. name .. "' twice") end
          nbits = nbits | bit(name)
        else
          if bits & bit(name) ~= 0 then fail(where, "class '" .. name .. "' twice") end
          bits = bits | bit(name)
        end
      end
      local e = entry_of(key)
      local level = case_of(word, where)
      e[level] = e[level] | bits
      e["n" .. level] = e["n" .. level] | nbits
      for k = 3, #fields do
        local name, value = fields[k]:match("^([%w_]+)=(.+)$")
        if not name then fail(where, "an attribute is key=value") end
        if not ATTRIBUTES[name] then fail(where, "unknown attribute '" .. name .. "'") end
        if e.data and e.data.value ~= value then
          fail(where, "conflicting " .. name .. " '" .. value .. "' and '" .. e.data.value ..
            "' (" .. e.data.where .. ")")
        end
        e.data = { value = value, where = where }
      end
      -- the first word of a phrase says a phrase may start here
      local first = key:match("^(%S+) ")
      if first then
        local f = entry_of(first)
        f[level] = f[level] | bit("phrase_start")
      end
      nentries = nentries + 1
    end)
  end
end

---------------------------------------------------------------------------
-- Records: each key's three spellings (lower <= capitalised <= upper), then
-- what inflected and clitic forms with records of their own inherit.

local LEVELS = { "lower", "cap", "upper" }
for _, e in pairs(keys) do
  e.v = {}
  local bits, nbits = 0, 0
  for i, level in ipairs(LEVELS) do
    bits = bits | e[level]
    nbits = nbits | e["n" .. level]
    e.v[i] = { classes = bits, own = bits, names = nbits, own_names = nbits }
  end
end

local function two_letters(key)
  local a, b = key:byte(1, 2)
  if a and b and a >= 97 and a <= 122 and b >= 97 and b <= 122 then
    return (a - 97) * 26 + (b - 97)
  end
  return 26 * 26
end

local starts = {}
for key, e in pairs(keys) do
  for i = 1, 3 do
    if e.v[i].own & INFLECTING ~= 0 then starts[two_letters(key)] = true end
  end
end

-- The lemma record the lookup finds for a word without a record of its own
-- at case level i: the first stem (in the order of lexicon.c) with classes
-- that inflect.
local function lemma_of(w, i)
  if not starts[two_letters(w)] then return nil end
  local n = #w
  local function try(stem)
    local e = keys[stem]
    if e and e.v[i].own & INFLECTING ~= 0 then return stem, e.v[i] end
  end
  for _, ending in ipairs(ENDINGS) do
    local e = #ending
    if n > e + 1 and w:sub(-e) == ending then
      local base = w:sub(1, n - e)
      if ending:sub(1, 2) == "ie" then
        local stem, v = try(base .. "y")
        if stem then return stem, v end
      else
        local stem, v = try(base)
        if stem then return stem, v end
        stem, v = try(base .. "e")
        if stem then return stem, v end
        if #base >= 2 and base:byte(-1) == base:byte(-2) then
          stem, v = try(base:sub(1, -2))
          if stem then return stem, v end
        end
      end
    end
  end
end

-- The stem record of a clitic form at level i: word'ending, the ending a
-- clitic_ending, the stem with classes that carry.
local function stem_of(w, i)
  local p
  for k = #w - 1, math.max(2, #w - CLITIC_MAX + 1), -1 do
    if w:byte(k) == 39 then p = k; break end
  end
  if not p then return nil end
  local ending = keys[w:sub(p)]
  if not ending or ending.v[1].own & bit("clitic_ending") == 0 then return nil end
  local stem = w:sub(1, p - 1)
  local e = keys[stem]
  -- word classes that carry, and every name class (Obama's)
  if e and (e.v[i].own & CARRIES ~= 0 or e.v[i].own_names ~= 0) then return stem, e.v[i] end
end

for key, e in pairs(keys) do
  if not key:find(" ") then
    for i = 1, 3 do
      local v = e.v[i]
      if v.own & INFLECTING == 0 then
        local lemma, lv = lemma_of(key, i)
        if lemma then
          v.classes = v.classes | (lv.own & INFLECTING)
          v.inflected, v.base = true, lemma
          v.data = v.data or (keys[lemma].data and keys[lemma].data.value)
        end
      end
      local stem, sv = stem_of(key, i)
      if stem then
        v.classes = v.classes | (sv.own & CARRIES)
        v.names = v.names | sv.own_names
        v.clitic, v.base = true, v.base or stem
      end
    end
  end
  local data = e.data and e.data.value
  for i = 1, 3 do e.v[i].data = e.v[i].data or data end
end

---------------------------------------------------------------------------
-- Layout: records in key order, the pool of strings, the sets of classes.

local sorted = {}
for key in pairs(keys) do sorted[#sorted + 1] = key end
table.sort(sorted)

local pool_rows, row = {}, {}
local row_len = 0
-- Places the strings back to back (a NUL after each) in one row, leaving 8
-- readable bytes after them (lexicon.c reads keys 8 bytes at a time);
-- returns the offset of the first.
local function place(strings)
  local size = 0
  for _, s in ipairs(strings) do size = size + #s + 1 end
  assert(size <= POOL_ROW - 8)
  if row_len + size > POOL_ROW - 8 then
    pool_rows[#pool_rows + 1] = table.concat(row)
    row, row_len = {}, 0
  end
  local at = #pool_rows * POOL_ROW + row_len
  for _, s in ipairs(strings) do row[#row + 1] = s .. "\0" end
  row_len = row_len + size
  return at
end

-- A set is a pair of word classes and name classes, numbered once each.
local sets, set_names, set_index = { 0 }, { 0 }, { ["0:0"] = 0 }
local function set_of(bits, nbits)
  local id = bits .. ":" .. nbits
  if not set_index[id] then
    sets[#sets + 1] = bits
    set_names[#set_names + 1] = nbits
    set_index[id] = #sets - 1
  end
  return set_index[id]
end

local function same(a, b)
  return a.classes == b.classes and a.names == b.names and a.data == b.data and
    a.base == b.base and a.inflected == b.inflected and a.clitic == b.clitic
end

local records = {} -- { key offset, set, key length, flags }
local first_record = {}
local FROM = { 0, 0x20, 0x40 } -- LEX_R_FROM_CAP, LEX_R_FROM_UPPER
for _, key in ipairs(sorted) do
  local v = keys[key].v
  -- from the first spelling with classes, each that differs from the last
  local from = 1
  while v[from].classes == 0 and v[from].names == 0 do from = from + 1 end
  local kept, first_flags = { v[from] }, FROM[from]
  for i = from + 1, 3 do
    if not same(v[i], v[i - 1]) then
      kept[#kept + 1] = v[i]
      first_flags = first_flags | (i == 2 and 0x01 or 0x02)
    end
  end
  first_record[key] = #records + 1
  local key_at
  for k, r in ipairs(kept) do
    local flags, at = k == 1 and first_flags or 0
    if r.data or r.base then
      -- the key, then the strings attached to this record
      local strings = { key }
      if r.data then flags = flags | 0x04; strings[#strings + 1] = r.data end
      if r.inflected then flags = flags | 0x08 end
      if r.clitic then flags = flags | 0x10 end
      if r.base then strings[#strings + 1] = r.base end
      at = place(strings)
    else
      key_at = key_at or place({ key })
      at = key_at
    end
    records[#records + 1] = { at, set_of(r.classes, r.names), #key, flags }
  end
end
pool_rows[#pool_rows + 1] = table.concat(row)
if #sets > 65535 then fail(data_dir, "more than 65535 different sets of classes") end

---------------------------------------------------------------------------
-- The hash table (lex_hash_bytes in lexicon.c: 8 bytes at a time, little-endian,
-- the last chunk padded with zeros; keys hold no NUL).

local HASH_MUL = 0x9E3779B97F4A7C15 -- wraps to a Lua integer: 64-bit arithmetic
local function hash(s)
  local h = 0
  for i = 1, #s, 8 do
    local chunk = s:sub(i, i + 7)
    chunk = chunk .. string.rep("\0", 8 - #chunk)
    h = (h ~ string.unpack("<i8", chunk)) * HASH_MUL
    h = h ~ (h >> 32)
  end
  return h & 0xFFFFFFFF
end

local id_bits = 1
while (1 << id_bits) <= #records do id_bits = id_bits + 1 end
if id_bits > 30 then fail(data_dir, "too many records") end
local nslots = math.max(#sorted + 1, math.ceil(#sorted / load_factor(#sorted)), 8)
local slots = {}
local tag_mask = (1 << (32 - id_bits)) - 1
for _, key in ipairs(sorted) do
  local h = hash(key)
  local k = (h * nslots) >> 32
  while slots[k] do k = (k + 1) % nslots end
  slots[k] = ((h & tag_mask) << id_bits) | first_record[key]
end

---------------------------------------------------------------------------
-- Output

local out = {}
local function emit(...) for _, s in ipairs{ ... } do out[#out + 1] = s end end

local function c_string(s)
  return '"' .. s:gsub('[%c"\\?\128-\255]', function(c)
    return string.format("\\%03o", c:byte())
  end) .. '"'
end

local function list_of(values, per_line, fmt)
  local lines, line = {}, {}
  for k, v in ipairs(values) do
    line[#line + 1] = string.format(fmt, v)
    if #line == per_line or k == #values then
      lines[#lines + 1] = "  " .. table.concat(line, ",") .. ","
      line = {}
    end
  end
  return table.concat(lines, "\n")
end

local sources = {}
for _, p in ipairs(class_files) do sources[#sources + 1] = p end
for _, p in ipairs(data_files) do sources[#sources + 1] = p end

emit("/* Generated by tools/gen_lexicon.lua from ", data_dir, ": do not edit;\n",
  " * `make tables` regenerates it. Sources:\n")
for _, p in ipairs(sources) do emit(" *   ", p, "\n") end
emit(string.format(" * %d entries, %d keys, %d records, %d classes, %d name classes,\n" ..
  " * %d sets of classes. */\n", nentries, #sorted, #records, #class_names, #name_names, #sets))
emit("#ifndef VERBA_LEXICON_DATA_H\n#define VERBA_LEXICON_DATA_H\n\n#include \"verba.h\"\n\n",
  "/* The class bits of a word (the classes.tsv files, in path order). */\n")
for k, name in ipairs(class_names) do
  emit(string.format("#define VERBA_LEX_%s ((verba_classes)1 << %d)\n", name:upper(), k - 1))
end
local function mask(flag)
  local names = {}
  for _, name in ipairs(class_names) do
    if classes[name][flag] then names[#names + 1] = "VERBA_LEX_" .. name:upper() end
  end
  return #names > 0 and "(" .. table.concat(names, " | \\\n  ") .. ")" or "((verba_classes)0)"
end
emit("#define VERBA_LEX_NCLASSES ", tostring(#class_names), "\n\n",
  "/* The name classes of a word (flag name: gazetteers), a set of their own. */\n")
for k, name in ipairs(name_names) do
  emit(string.format("#define VERBA_NAME_%s ((verba_names)1 << %d)\n", name:upper(), k - 1))
end
emit("#define VERBA_NAME_NCLASSES ", tostring(#name_names), "\n\n",
  "/* The classes inflected forms carry (says -> say). */\n",
  "#define VERBA_LEX_INFLECTING ", mask("inflects"), "\n",
  "/* The classes clitic forms carry (he's -> he). */\n",
  "#define VERBA_LEX_CLITIC_CARRIES ", mask("clitic"), "\n\n#endif\n\n")

emit("/* The table itself, for lexicon.c alone (after lexicon.h). */\n",
  "#if defined(VERBA_LEX_TABLES) && !defined(VERBA_LEXICON_TABLES_DONE)\n",
  "#define VERBA_LEXICON_TABLES_DONE\n\n",
  string.format("#if VERBA_LEX_MAX_KEY != %d || VERBA_LEX_POOL_ROW != %d || \\\n" ..
    "    VERBA_LEX_CLITIC_MAX != %d || VERBA_LEX_LEMMA_BITS != %d || \\\n" ..
    "    VERBA_LEX_PHRASE_BITS != %d\n",
    MAX_KEY, POOL_ROW, CLITIC_MAX, LEMMA_BITS, PHRASE_BITS),
  "#error \"lexicon.h and tools/gen_lexicon.lua disagree on the table's bounds\"\n#endif\n\n")

local names = {}
for _, name in ipairs(class_names) do names[#names + 1] = c_string(name) end
names[#names + 1] = "NULL"
emit("static const char *const lex_class_names[VERBA_LEX_NCLASSES + 1] = {\n",
  list_of(names, 4, "%s"), "\n};\n\n")
local nnames = {}
for _, name in ipairs(name_names) do nnames[#nnames + 1] = c_string(name) end
nnames[#nnames + 1] = "NULL"
emit("static const char *const lex_name_names[VERBA_NAME_NCLASSES + 1] = {\n",
  list_of(nnames, 4, "%s"), "\n};\n\n")

local set_values = {}
for k, s in ipairs(sets) do set_values[k] = string.format("UINT64_C(0x%x)", s) end
emit("static const verba_classes lex_sets[] = {\n", list_of(set_values, 3, "%s"), "\n};\n\n")
local name_values = {}
for k, s in ipairs(set_names) do name_values[k] = string.format("UINT64_C(0x%x)", s) end
emit("static const verba_names lex_set_names[] = {\n", list_of(name_values, 3, "%s"), "\n};\n\n")

local rows = {}
for k, r in ipairs(pool_rows) do
  -- pieces of one row: C99 promises literals of 4095 characters; concatenated
  -- adjacent literals count as one, so each row is a single literal (a short
  -- last row one piece: clang's -Wstring-concatenation reads a pair of
  -- pieces as a missing comma)
  local pieces = {}
  local step = #r <= 128 and 128 or 64
  for a = 1, #r, step do pieces[#pieces + 1] = "  " .. c_string(r:sub(a, a + step - 1)) end
  rows[k] = table.concat(pieces, "\n")
end
emit("static const char lex_pool[][VERBA_LEX_POOL_ROW] = {\n",
  table.concat(rows, ",\n"), "\n};\n\n")

local recs = { "{0, 0, 0, 0}" }
for _, r in ipairs(records) do
  recs[#recs + 1] = string.format("{%d, %d, %d, %d}", r[1], r[2], r[3], r[4])
end
emit("static const verba_lex_record lex_records[] = {\n", list_of(recs, 5, "%s"), "\n};\n\n")

local slot_values = {}
for k = 0, nslots - 1 do slot_values[k + 1] = slots[k] or 0 end
emit("static const uint32_t lex_slots[] = {\n", list_of(slot_values, 8, "%du"), "\n};\n\n")

-- The lemmas' filter: bit hash >> 20 of each lemma (LEMMA_BIT in lexicon.c).
local lemma_bits = {}
for key, e in pairs(keys) do
  for i = 1, 3 do
    if e.v[i].own & INFLECTING ~= 0 then lemma_bits[hash(key) >> 20] = true end
  end
end
local function bit_words(bits, count)
  local words = {}
  for w = 0, (count + 31) // 32 - 1 do
    local x = 0
    for b = 0, 31 do
      if bits[w * 32 + b] then x = x | (1 << b) end
    end
    words[#words + 1] = string.format("0x%08xu", x)
  end
  return words
end

-- The phrases' filter: bit hash >> 16 of the first two words of each key of
-- three words or more (verba_lex_may_open_phrase in lexicon.c).
local phrase_bits = {}
for key in pairs(keys) do
  local opening = key:match("^([^ ]+ [^ ]+) ")
  if opening then phrase_bits[hash(opening) >> 16] = true end
end

local start_words = bit_words(starts, 26 * 26 + 1)
local lemma_words = bit_words(lemma_bits, LEMMA_BITS)
local phrase_words = bit_words(phrase_bits, PHRASE_BITS)
emit("static const struct verba_lex_table lex_builtin = {\n",
  "  lex_pool, lex_records, lex_sets, lex_set_names, lex_slots,\n",
  string.format("  %d, %d, 0, %d,\n", nslots, #records, id_bits),
  "  {\n", list_of(start_words, 6, "%s"), "\n  },\n",
  "  {\n", list_of(lemma_words, 6, "%s"), "\n  },\n",
  "  {\n", list_of(phrase_words, 6, "%s"), "\n  }\n};\n\n#endif\n")

io.write(table.concat(out))
