-- How many of the named entities of a gold corpus the gazetteers in
-- data/en/gazetteer/ hold, by entity type (a development measure; the gold
-- files stay outside the project):
--
--   lua5.4 tools/gazetteer_coverage.lua GOLD.jsonl|GOLD.json ...
--
-- A mention is "listed" when its text (as verba tokenizes it, a leading
-- "the" dropped) is an entry whose classes fit its type, and "all words"
-- when it is not but every capitalised word of it is an entry of a fitting
-- class (Ken Hu: given name + surname). An entry matches as the lexicon
-- will: case-insensitively, a Capitalised entry not a lower-case word.
local verba = require("verba")
local json = require("json")

local FITS = {
  person = { given_male = true, given_female = true, surname = true },
  place = { place = true, country = true, region_name = true, city = true },
  organization = { organization = true, sports_club = true },
  group = { group = true, demonym = true, nationality_plural = true },
}

local entries = {} -- folded key -> { classes = set, lower = bool }
local p = assert(io.popen("ls data/en/gazetteer/*.tsv"))
for path in p:lines() do
  if not path:find("classes.tsv", 1, true) then
    for line in io.lines(path) do
      local text, classes = line:match("^([^#\t][^\t]*)\t([^\t]+)")
      if text then
        local key = verba.casefold(text)
        local e = entries[key] or { classes = {}, lower = false }
        entries[key] = e
        if key == text then e.lower = true end
        for c in classes:gmatch("[^,]+") do e.classes[c] = true end
      end
    end
  end
end
p:close()

local function tokens_of(s)
  local t = {}
  for a, b in verba.tokens(s) do t[#t + 1] = s:sub(a, b) end
  if t[1] and verba.casefold(t[1]) == "the" then table.remove(t, 1) end
  return t
end

local function fits(text, kind)
  local e = entries[verba.casefold(text)]
  if not e then return false end
  -- A Capitalised entry does not match a lower-case word.
  if not e.lower and verba.casefold(text) == text then return false end
  for c in pairs(e.classes) do
    if FITS[kind][c] then return true end
  end
  return false
end

local function documents(path)
  local s = assert(io.open(path)):read("a")
  if path:match("%.jsonl$") then
    local docs = {}
    for line in s:gmatch("[^\n]+") do docs[#docs + 1] = json.decode(line) end
    return docs
  end
  return { json.decode(s) }
end

for _, path in ipairs(arg) do
  local stats = {}
  for _, doc in ipairs(documents(path)) do
    for _, ent in ipairs(doc.entities or {}) do
      local kind = ent.type
      if FITS[kind] then
        local st = stats[kind] or { n = 0, listed = 0, words = 0, missed = {} }
        stats[kind] = st
        st.n = st.n + 1
        local text = ent.text or doc.text:sub(ent.start, ent.stop)
        local t = tokens_of(text)
        if fits(table.concat(t, " "), kind) then
          st.listed = st.listed + 1
        else
          local all, any = true, false
          for _, w in ipairs(t) do
            if w:find("^%u") then
              any = true
              if not fits(w, kind) then all = false end
            end
          end
          if any and all then
            st.words = st.words + 1
          else
            st.missed[#st.missed + 1] = text
          end
        end
      end
    end
  end
  print(path)
  for _, kind in ipairs({ "person", "place", "organization", "group" }) do
    local st = stats[kind]
    if st then
      print(string.format("  %-12s %4d mentions  listed %5.1f%%  all words %5.1f%%  either %5.1f%%",
                          kind, st.n, 100 * st.listed / st.n, 100 * st.words / st.n,
                          100 * (st.listed + st.words) / st.n))
      if os.getenv("SHOW_MISSED") then
        print("    missed: " .. table.concat(st.missed, "; "))
      end
    end
  end
end
