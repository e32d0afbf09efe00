-- Adversarial inputs: texts built so that a look-around repeated at every
-- word, candidate or mark would take time growing with the square of the
-- length. Times verba.tokens, verba.split_sentences, verba.normalize,
-- verba.entities and verba.quotes on
-- each at two sizes and prints the time per MB at both and their ratio,
-- which stays near 1 when the cost is linear.
--   make bench-adversarial
--   LUA_PATH='lua/?.lua;;' LUA_CPATH='build/?.so;;' lua5.4 bench/adversarial.lua [MB [MB]]
-- (default 1 and 4; MB is 10^6 bytes). Exits with 1 when a ratio passes
-- 2.5, so CI can run it; not where the larger size still runs faster than
-- 100 MB/s, where the ratio measures the caches (copying a 4 MB result
-- costs more per MB than a 1 MB one), not the algorithm: a quadratic case
-- takes seconds per MB. spec/linear_spec.lua loads the same inputs
-- (dofile returns this table when not run as the main script).
local adversarial = {}

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

-- name, builder(size) -> text
adversarial.inputs = {
  { name = '"a+" (e-mail look-ahead at each word)', build = repeated("a+") },
  { name = '"a-."', build = repeated("a-.") },
  { name = '"w--"', build = repeated("w--") },
  { name = '"1. " "a+" (a list item of them)', build = repeated("a+", "1. ") },
  { name = '"\u{628}." (one word, a full stop in each letter)', build = repeated("\u{628}.") },
  { name = '"at 5 a.m. Smith " (words back to the start)', build = repeated("at 5 a.m. Smith ") },
  { name = '999 list items, then "x. y "', build = list_then_text },
  { name = 'U+0302 U+0323 (marks to reorder)', build = repeated("\u{302}\u{323}") },
  -- the entity stage: one sentence of capitalised words (a run, cut at 64
  -- tokens), of names and connectors, of credit lines, of score lines
  { name = '"Alpha Beta " (capitalised words)', build = repeated("Alpha Beta ") },
  { name = '"Bank of the Ken Hu " (names and connectors)', build = repeated("Bank of the Ken Hu ") },
  { name = '"JANE DOE/AFP/" (a credit line)', build = repeated("JANE DOE/AFP/") },
  { name = '"Leeds 2 Mr. Hu 1 " (a score line with titles)', build = repeated("Leeds 2 Mr. Hu 1 ") },
  -- quotations: marks that never close, apostrophes, quotes that each
  -- send the attribution stage looking for a speaker
  { name = '"\u{201C}a " (opening marks, never closed)', build = repeated("\u{201C}a ") },
  { name = [["'a' b's " (quotes or apostrophes)]], build = repeated("'a' b's ") },
  { name = '"\u{201C}A,\u{201D} he said. " (attributions)', build = repeated("\u{201C}A,\u{201D} he said. ") },
}

adversarial.functions = {
  { name = "tokens", run = function(verba, s) for _ in verba.tokens(s) do end end },
  { name = "split_sentences", run = function(verba, s) verba.split_sentences(s) end },
  { name = "normalize", run = function(verba, s) verba.normalize(s, "NFC") end },
  { name = "entities", run = function(verba, s) assert(verba.entities(s)) end },
  { name = "quotes", run = function(verba, s) assert(verba.quotes(s)) end },
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

adversarial.LIMIT = 2.5
adversarial.FLOOR = 0.01 -- seconds per MB

local function main(small_mb, large_mb)
  local verba = require("verba")
  local small, large = math.floor(small_mb * 1e6), math.floor(large_mb * 1e6)
  local failed = false
  print(("%-52s %-16s %10s %10s %6s"):format("input", "function",
    ("s/MB @%g"):format(small_mb), ("s/MB @%g"):format(large_mb), "ratio"))
  for _, input in ipairs(adversarial.inputs) do
    local texts = { input.build(small), input.build(large) }
    for _, fn in ipairs(adversarial.functions) do
      local per_mb = {}
      for i, s in ipairs(texts) do
        per_mb[i] = adversarial.cost(function() fn.run(verba, s) end) / (#s / 1e6)
      end
      local ratio = per_mb[2] / math.max(per_mb[1], 1e-6)
      local flag = ratio <= adversarial.LIMIT and ""
                   or per_mb[2] <= adversarial.FLOOR and "  (too fast to judge)"
                   or "  NOT LINEAR"
      failed = failed or flag == "  NOT LINEAR"
      print(("%-52s %-16s %10.4f %10.4f %6.2f%s"):format(input.name, fn.name,
        per_mb[1], per_mb[2], ratio, flag))
    end
  end
  if failed then
    io.stderr:write(("adversarial: a ratio passed %g\n"):format(adversarial.LIMIT))
    os.exit(1)
  end
end

if arg and arg[0] and arg[0]:find("adversarial%.lua$") then
  main(tonumber(arg[1]) or 1, tonumber(arg[2]) or 4)
end

return adversarial
