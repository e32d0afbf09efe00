-- Linear time on texts built to defeat it (bench/adversarial.lua, which
-- times them at 1, 4 and 16 MB): every public function on each must cost
-- about what it costs on news prose of the same length. Each
-- used to cost hundreds to thousands of times more at this size, and
-- growing with the square of the length; the bound leaves a wide margin
-- for noise and for inputs that simply hold more tokens per byte.
local verba = require("verba")
local adversarial = dofile("bench/adversarial.lua")

local SIZE = 2 ^ 18 -- bytes of each text
local TIMES_PROSE = 50
-- A text past that bound still passes if its cost grows in proportion to
-- its length: four times the text at most this many times the cost of a
-- quarter of it (a square's cost would be 16 times). An input can hold
-- far more items a byte than prose (40,000 quotations in 256 KB), each
-- a table, and tables cost more in some Luas (LuaJIT: some 2 us each).
local TIMES_QUARTER = 8

local function prose()
  local parts = {}
  for _, name in ipairs({ "afghan", "asylum", "clock", "nasa" }) do
    local f = assert(io.open("examples/wikinews/" .. name .. ".txt", "rb"))
    parts[#parts + 1] = f:read("*a")
    f:close()
  end
  local text = table.concat(parts, "\n\n")
  return text:rep(math.floor(SIZE / #text) + 1):sub(1, SIZE)
end

-- CPU seconds of f: the best of up to 3 runs, no more once one is within
-- limit (or far past it: no use waiting for a quadratic case again); all
-- 3 without a limit.
local function cost(f, limit)
  local best = math.huge
  for _ = 1, 3 do
    collectgarbage()
    local t = os.clock()
    f()
    best = math.min(best, os.clock() - t)
    if limit and (best <= limit or best > 4 * limit) then break end
  end
  return best
end

describe("linear time on adversarial input", function()
  -- timing under a sanitizer or valgrind (VERBA_SWEEPS=skip: make asan,
  -- make valgrind) says nothing of the code's cost: those runs check
  -- memory; make test and the adversarial bench check time
  if os.getenv("VERBA_SWEEPS") == "skip" then
    pending("timed only without instrumentation (make test)")
    return
  end
  local reference = prose()
  for _, fn in ipairs(adversarial.functions) do
    local function run(s) return function() fn.run(verba, s) end end
    local base = adversarial.cost(run(reference), 3)
    for _, input in ipairs(adversarial.inputs) do
      it(fn.name .. " on " .. input.name, function()
        local limit = TIMES_PROSE * math.max(base, 1e-3)
        local took = cost(run(input.build(SIZE)), limit)
        if took > limit then
          local quarter = cost(run(input.build(SIZE / 4)))
          assert.is_true(took <= TIMES_QUARTER * math.max(quarter, 1e-3),
            ("%.3f s, prose %.4f s, a quarter of the text %.4f s"):format(took, base, quarter))
        end
      end)
    end
  end
end)
