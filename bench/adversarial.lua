-- Adversarial inputs: texts built so that a look-around repeated at every
-- word, candidate or mark would take time growing with the square of the
-- length, or a result would cost many times the input. Runs every public
-- function of the module (and an instance's from verba.new) on each input
-- at each size, each case in a process of its own, and prints the time
-- per MB at each size, the ratio of the largest size's to the smallest's
-- (near 1 when the cost is linear) and the peak memory the call took per
-- byte of input.
--   make bench-adversarial                       (1, 4 and 16 MB)
--   LUA_PATH='lua/?.lua;;' LUA_CPATH='build/?.so;;' lua5.4 bench/adversarial.lua [MB...]
-- (default 1 4 16; MB is 10^6 bytes). Exits with 1 when a ratio passes
-- LIMIT, so CI can run it; not where the largest size still runs faster
-- than 100 MB/s, where the ratio measures the caches (copying a 16 MB
-- result costs more per MB than a 1 MB one), not the algorithm: a
-- quadratic case takes seconds per MB. ADVERSARIAL_ONLY=pattern keeps the
-- cases whose function or input name holds the pattern (a Lua pattern).
-- Peak memory: the child resets its high-water mark (/proc/self/clear_refs)
-- once the input is built, so the figure is what the call added above the
-- input and the loaded module (Linux only; "-" elsewhere).
-- spec/linear_spec.lua loads the same inputs and functions (dofile returns
-- this table when not run as the main script).
local adversarial = {}

-- UTF-8 of code point cp (the suite also runs on Lua 5.1: no \u{} escapes).
local function U(cp)
  if cp < 0x80 then return string.char(cp) end
  if cp < 0x800 then
    return string.char(0xC0 + math.floor(cp / 0x40), 0x80 + cp % 0x40)
  end
  if cp < 0x10000 then
    return string.char(0xE0 + math.floor(cp / 0x1000), 0x80 + math.floor(cp / 0x40) % 0x40,
      0x80 + cp % 0x40)
  end
  return string.char(0xF0 + math.floor(cp / 0x40000), 0x80 + math.floor(cp / 0x1000) % 0x40,
    0x80 + math.floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
end

-- A unit repeated to about size bytes.
local function repeated(unit, prefix)
  return function(size)
    prefix = prefix or ""
    return prefix .. unit:rep(math.floor((size - #prefix) / #unit))
  end
end

-- Numbered list items, then text: each item used to re-read the whole
-- rest of the list, up to 999 items long.
local function list_then_text(size)
  local items = {}
  for k = 1, 999 do items[k] = k .. ". a " end
  local list = table.concat(items)
  return list .. ("x. y "):rep(math.floor((size - #list) / 5))
end

-- Sentences about names no two alike, each name's own "its" twice (a
-- firm's name the tagger may read as a person's): each such name used to
-- read every name of the document for a title before it.
local function distinct_owners(size)
  local syllables = { "ka", "xu", "vo", "ri", "ze", "lo", "ma", "te", "pu", "ni", "qo", "sa" }
  local parts, n, i = {}, 0, 500
  while n < size do
    local word, k = {}, i
    repeat
      word[#word + 1] = syllables[k % #syllables + 1]
      k = math.floor(k / #syllables)
    until k == 0
    local name = table.concat(word)
    name = name:sub(1, 1):upper() .. name:sub(2)
    local sentence = "Analysts say " .. name .. " expects its profits to rise. " .. name ..
      " said on Monday that its sales fell. "
    parts[#parts + 1] = sentence
    n, i = n + #sentence, i + 1
  end
  return table.concat(parts)
end

-- name, builder(size) -> text
adversarial.inputs = {
  { name = '"a+" (e-mail look-ahead at each word)', build = repeated("a+") },
  { name = '"a-."', build = repeated("a-.") },
  { name = '"w--"', build = repeated("w--") },
  { name = '"1. " "a+" (a list item of them)', build = repeated("a+", "1. ") },
  { name = '"' .. U(0x628) .. '." (one word, a full stop in each letter)',
    build = repeated(U(0x628) .. ".") },
  { name = '"' .. U(0x5D0) .. '." (Hebrew, dotted)', build = repeated(U(0x5D0) .. ".") },
  { name = '"at 5 a.m. Smith " (words back to the start)', build = repeated("at 5 a.m. Smith ") },
  { name = '"Dr. e.g. U.S. Gov. " (abbreviations)', build = repeated("Dr. e.g. U.S. Gov. ") },
  { name = '999 list items, then "x. y "', build = list_then_text },
  { name = 'U+0302 U+0323 (marks to reorder)', build = repeated(U(0x302) .. U(0x323)) },
  { name = 'U+0301 (combining marks only)', build = repeated(U(0x301)) },
  { name = 'U+1F469 ZWJ (one ZWJ chain)', build = repeated(U(0x1F469) .. U(0x200D)) },
  { name = 'U+1F1FA (regional indicators)', build = repeated(U(0x1F1FA)) },
  { name = '"a" (one word the whole length)', build = repeated("a") },
  { name = '"a\\n \\n" (paragraphs)', build = repeated("a\n \n") },
  -- the entity stage: one sentence of capitalised words (a run, cut at 64
  -- tokens), of names and connectors, of credit lines, of score lines
  { name = '"Alpha Beta " (capitalised words)', build = repeated("Alpha Beta ") },
  { name = '"Bank of the Ken Hu " (names and connectors)', build = repeated("Bank of the Ken Hu ") },
  { name = '"JANE DOE/AFP/" (a credit line)', build = repeated("JANE DOE/AFP/") },
  { name = '"Leeds 2 Mr. Hu 1 " (a score line with titles)', build = repeated("Leeds 2 Mr. Hu 1 ") },
  -- one line of players, each substitute in brackets: each bracket looks
  -- for its line's start
  { name = [["Li (Wu 6), " (a line-up on one line)]], build = repeated("Li (Wu 6), ") },
  -- a results list: each rider's team after a country in brackets, a
  -- name no mention starts at, was looked for among all the names added
  { name = [["Tom Li (Canada) Mapei 4:12\n" (results with teams)]],
    build = repeated("Tom Li (Canada) Mapei 4:12\n") },
  -- each organisation whose name a listed place with "and" opens looked
  -- through every name of the document for those in between
  { name = [["Newfoundland and Labrador Court of Appeal. "]],
    build = repeated("Newfoundland and Labrador Court of Appeal. ") },
  -- a word of the instance's stoplist before each name: each dropped the
  -- tagger's name of that word by reading every name; each unknown word
  -- before a role and a full name asked every name whether it was their
  -- family name
  { name = [["Reading met Ken Hu. " (a stoplisted word, names)]],
    build = repeated("Reading met Ken Hu. ") },
  { name = [["Zorblax driver Gerhard Berger said. " (a word before a role)]],
    build = repeated("Zorblax driver Gerhard Berger said. ") },
  -- a dismissal's word ("c") before each name, on one line with no
  -- bowler's "b": each read the rest of the line for one
  { name = '"c Li " (a scorecard\'s dismissals on one line)', build = repeated("c Li ") },
  { name = 'names no two alike, each with "its" twice', build = distinct_owners },
  -- one sentence with no word in lower case of four letters: each name
  -- read the whole sentence to tell it a headline's
  { name = '"The Act is New , " (one sentence in title case)', build = repeated("The Act is New , ") },
  -- the same names thousands of times: each look-up read all their keys
  { name = [["Chelsea Co Hu's Wu v . " (names written again and again)]],
    build = repeated("Chelsea Co Hu's Wu v . ") },
  -- a town's possessive before each person in one long sentence: each
  -- read the sentence for a word of sport
  { name = [["Texas's John Cornyn and " (possessives in one sentence)]],
    build = repeated("Texas's John Cornyn and ") },
  -- each sentence opens with a common word as a name: the document is
  -- asked whether a longer name opens with it
  { name = [["Men's 400. " (common words opening sentences)]], build = repeated("Men's 400. ") },
  -- headlines cut at common words, datelines parted from clubs, roles
  { name = 'headlines in capitals, datelines, roles (a wire story)',
    build = repeated("LEEDS BEAT CHELSEA\nLIVERPOOL 1996-09-14\nLiverpool beat Chelsea 2-1; " ..
      "analysts at Merrill Lynch and striker Giovane Elber said so.\n") },
  -- quotations: marks that never close, apostrophes, quotes that each
  -- send the attribution stage looking for a speaker, every style mixed
  { name = '"' .. U(0x201C) .. 'a " (opening marks, never closed)',
    build = repeated(U(0x201C) .. "a ") },
  { name = [["'a' b's " (quotes or apostrophes)]], build = repeated("'a' b's ") },
  { name = '"' .. U(0x201C) .. 'A,' .. U(0x201D) .. ' he said. " (attributions)',
    build = repeated(U(0x201C) .. "A," .. U(0x201D) .. " he said. ") },
  -- each "the president" looks back for the name its role was written with
  { name = '"' .. U(0x201C) .. 'A,' .. U(0x201D) .. ' the president said. " (roles no one has)',
    build = repeated(U(0x201C) .. "A," .. U(0x201D) .. " the president said. ") },
  { name = 'every quote style, opened and closed',
    build = repeated(U(0xAB) .. "a" .. U(0xBB) .. " " .. U(0x201E) .. "b" .. U(0x201C) .. " " ..
      U(0x201A) .. "c" .. U(0x2018) .. " " .. U(0x2039) .. "d" .. U(0x203A) .. " " ..
      U(0x300C) .. "e" .. U(0x300D) .. ' "f" \'g\' ') },
  { name = 'every opening quote mark, never closed',
    build = repeated(U(0xAB) .. U(0x201E) .. U(0x201A) .. U(0x2039) .. U(0x300C) .. "\"' ") },
  -- HTML: tags and references, and ones that never end
  { name = '"<p>a &amp; <b class=\'x\'>b</b>" (HTML)', build = repeated("<p>a &amp; <b class='x'>b</b>") },
  { name = '"<a href=\\"&#x4" (HTML never closed)', build = repeated("<a href=\"&#x4") },
}

-- An instance with a user's verbs, abbreviations and names, which its
-- methods read.
local function instance(verba)
  return verba.new({ verbs = { "point out" }, abbreviations = { "Gov." },
                     gazetteer = { ["Ken Hu"] = "person" }, stoplist = { "Reading" } })
end

local function each(iterator) for _ in iterator do end end

-- name, run(verba, s): every public function of the module
adversarial.functions = {
  { name = "segments", run = function(verba, s) each(verba.segments(s)) end },
  { name = "graphemes", run = function(verba, s) each(verba.graphemes(s)) end },
  { name = "tokens", run = function(verba, s) each(verba.tokens(s)) end },
  { name = "words", run = function(verba, s) each(verba.words(s)) end },
  { name = "tokenize", run = function(verba, s) assert(verba.tokenize(s)) end },
  { name = "tokenize{detail}", run = function(verba, s) assert(verba.tokenize(s, { detail = true })) end },
  { name = "sentences", run = function(verba, s) each(verba.sentences(s)) end },
  { name = "sentences{uax29}", run = function(verba, s) each(verba.sentences(s, { mode = "uax29" })) end },
  { name = "split_sentences", run = function(verba, s) assert(verba.split_sentences(s)) end },
  { name = "paragraphs", run = function(verba, s) each(verba.paragraphs(s)) end },
  { name = "normalize NFC", run = function(verba, s) assert(verba.normalize(s, "NFC")) end },
  { name = "normalize NFKD", run = function(verba, s) assert(verba.normalize(s, "NFKD")) end },
  { name = "casefold", run = function(verba, s) assert(verba.casefold(s)) end },
  { name = "decode_html", run = function(verba, s) assert(verba.decode_html(s)) end },
  { name = "html_text", run = function(verba, s) assert(verba.html_text(s)) end },
  { name = "quotes", run = function(verba, s) assert(verba.quotes(s)) end },
  { name = "entities", run = function(verba, s) assert(verba.entities(s)) end },
  { name = "entity_groups", run = function(verba, s) assert(verba.entity_groups(s)) end },
  { name = "analyze", run = function(verba, s) assert(verba.analyze(s)) end },
  { name = "new():quotes", run = function(verba, s) assert(instance(verba).quotes(s)) end },
  { name = "new():analyze", run = function(verba, s) assert(instance(verba).analyze(s)) end },
}

-- CPU seconds of the best of runs calls, each after a full garbage
-- collection: otherwise one call pays for sweeping the last one's texts.
function adversarial.cost(f, runs)
  local best = math.huge
  for _ = 1, runs or 3 do
    collectgarbage()
    local t = os.clock()
    f()
    best = math.min(best, os.clock() - t)
  end
  return best
end

adversarial.LIMIT = 2
adversarial.FLOOR = 0.01 -- seconds per MB
-- A case whose ratio passes LIMIT is measured again, up to RETRIES times,
-- and judged by its best run: a cost that grows faster than the input does
-- so every time, while a machine busy with other work slows one run.
adversarial.RETRIES = 2

-- kB of a field of /proc/self/status (nil where there is none).
local function status_kb(field)
  local f = io.open("/proc/self/status", "r")
  if not f then return nil end
  local text = f:read("*a")
  f:close()
  return tonumber(text:match(field .. ":%s*(%d+)"))
end

-- Resets the high-water mark of the resident set (Linux 4.0 and later).
local function reset_peak()
  local f = io.open("/proc/self/clear_refs", "w")
  if not f then return false end
  local ok = f:write("5")
  f:close()
  return ok ~= nil
end

-- The child: one function on one input of size bytes, called once. Prints
-- the CPU seconds of the call and the bytes it added to the peak resident
-- set ("-" when unknown). One call in a fresh process at every size: a
-- second call would reuse the first one's pages at 1 MB, but not at 16 MB
-- (the allocator gives large blocks back), and the page faults are much of
-- the cost (a cold call of quotes takes 3 times a warm one's time).
local function run_case(input_index, function_index, size)
  local verba = require("verba")
  local fn = adversarial.functions[function_index]
  local s = adversarial.inputs[input_index].build(size)
  collectgarbage()
  collectgarbage()
  local measured = reset_peak()
  local before = status_kb("VmRSS")
  local t = os.clock()
  fn.run(verba, s)
  local seconds = os.clock() - t
  local peak = status_kb("VmHWM")
  local added = measured and before and peak and (peak - before) * 1024
  io.write(("%.6f %s %d\n"):format(seconds, added and ("%d"):format(added) or "-", #s))
end

-- Runs a case in a process of its own: seconds, peak bytes (or nil), length.
local function child(interpreter, script, i, j, size)
  local p = assert(io.popen(("%s %s --case %d %d %d"):format(interpreter, script, i, j, size)))
  local out = p:read("*a")
  p:close()
  local seconds, added, length = out:match("^(%S+) (%S+) (%S+)")
  if not seconds then error(("case %d %d %d failed: %s"):format(i, j, size, out)) end
  return tonumber(seconds), tonumber(added), tonumber(length)
end

local function range(values, fmt)
  table.sort(values)
  if #values == 0 then return "-" end
  local low, high = fmt:format(values[1]), fmt:format(values[#values])
  return low == high and low or low .. "–" .. high
end

local function main(sizes_mb)
  local interpreter, script = arg[-1], arg[0]
  local only = os.getenv("ADVERSARIAL_ONLY")
  local failed = false
  local summary = {} -- function name -> {mbps = {}, peak = {}, ratio = {}}
  local header = ("%-50s %-17s"):format("input", "function")
  for _, mb in ipairs(sizes_mb) do header = header .. ("%9s"):format(("s/MB@%g"):format(mb)) end
  header = header .. ("%7s"):format("ratio")
  for _, mb in ipairs(sizes_mb) do header = header .. ("%8s"):format(("B/B@%g"):format(mb)) end
  print(header)
  for i, input in ipairs(adversarial.inputs) do
    for j, fn in ipairs(adversarial.functions) do
      if not only or fn.name:find(only) or input.name:find(only) then
        local line = ("%-50s %-17s"):format(input.name, fn.name)
        local per_mb, peaks, ratio, runs
        for run = 1, 1 + adversarial.RETRIES do
          local times, bytes = {}, {}
          for k, mb in ipairs(sizes_mb) do
            local seconds, added, length = child(interpreter, script, i, j, math.floor(mb * 1e6))
            times[k] = seconds / (length / 1e6)
            bytes[k] = added and added / length
          end
          local r = times[#times] / math.max(times[1], 1e-6)
          if not ratio or r < ratio then per_mb, peaks, ratio = times, bytes, r end
          runs = run
          if ratio <= adversarial.LIMIT or per_mb[#per_mb] <= adversarial.FLOOR then break end
        end
        for k = 1, #sizes_mb do line = line .. ("%9.4f"):format(per_mb[k]) end
        line = line .. ("%7.2f"):format(ratio)
        for k = 1, #sizes_mb do
          line = line .. (peaks[k] and ("%8.1f"):format(peaks[k]) or ("%8s"):format("-"))
        end
        local flag = ratio <= adversarial.LIMIT and ""
                     or per_mb[#per_mb] <= adversarial.FLOOR and "  (too fast to judge)"
                     or "  NOT LINEAR"
        failed = failed or flag == "  NOT LINEAR"
        if runs > 1 then flag = flag .. ("  (best of %d runs)"):format(runs) end
        print(line .. flag)
        io.stdout:flush()
        local sum = summary[fn.name] or { mbps = {}, peak = {}, ratio = {} }
        summary[fn.name] = sum
        sum.mbps[#sum.mbps + 1] = 1 / math.max(per_mb[#per_mb], 1e-9)
        sum.ratio[#sum.ratio + 1] = ratio
        if peaks[#peaks] then sum.peak[#sum.peak + 1] = peaks[#peaks] end
      end
    end
  end
  local largest = sizes_mb[#sizes_mb]
  print()
  print(("%-17s %16s %14s %22s"):format("function", ("MB/s @%g MB"):format(largest),
    "ratio", ("peak B/B @%g MB"):format(largest)))
  for _, fn in ipairs(adversarial.functions) do
    local sum = summary[fn.name]
    if sum then
      print(("%-17s %16s %14s %22s"):format(fn.name, range(sum.mbps, "%.1f"),
        range(sum.ratio, "%.2f"), range(sum.peak, "%.1f")))
    end
  end
  if failed then
    io.stderr:write(("adversarial: a ratio passed %g\n"):format(adversarial.LIMIT))
    os.exit(1)
  end
end

if arg and arg[0] and arg[0]:find("adversarial%.lua$") then
  if arg[1] == "--case" then
    run_case(tonumber(arg[2]), tonumber(arg[3]), tonumber(arg[4]))
  else
    local sizes = {}
    for k = 1, #arg do sizes[k] = assert(tonumber(arg[k]), "sizes in MB expected") end
    if #sizes == 0 then sizes = { 1, 4, 16 } end
    main(sizes)
  end
end

return adversarial
