-- Throughput of verba.html_text and verba.decode_html on an article page and
-- on adversarial input, at 1 and 4 MB: linear time shows as the same MB/s
-- at both sizes (a ratio near 1; a quadratic pass would fall to 1/4).
--   LUA_PATH='lua/?.lua;;' LUA_CPATH='build/?.so;;' lua5.4 bench/html_bench.lua [PAGE]
-- PAGE defaults to spec/fixtures/article.html, repeated to size. MB is 10^6
-- bytes; each rate is the best of 7 passes of CPU time (os.clock). "extra"
-- is the peak resident memory html_text added at 4 MB (text, map and
-- scratch) per byte of input (Linux; "-" elsewhere).
local verba = require("verba")

local RUNS = 7
local SIZES = { 1e6, 4e6 }

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local page_path = (arg[1] ~= "--extra" and arg[1]) or arg[3] or "spec/fixtures/article.html"
local page = read(page_path)

-- Each input: a piece repeated to the size, or a head followed by filler.
local inputs = {
  { "article page", page },
  { "'<' x n", "<" },
  { "'&' x n", "&" },
  { "'&#' x n", "&#" },
  { "'&amp' x n (legacy, no ';')", "&amp" },
  { "'&notin' x n (legacy prefix)", "&notin" },
  { "'&' + letters (one long name)", "&", "a" },
  { "'<!--' x n (unclosed)", "<!--" },
  { "'<![CDATA[>' x n", "<![CDATA[>" },
  { "'<a href=\"' + text (unclosed)", "<a href=\"", "x" },
  { "'<a' x n (one long tag name)", "<a" },
  { "'<script>' x n", "<script>" },
  { "'<div>' x n (nesting)", "<div>" },
  { "'<template>' x n (skipped nesting)", "<template>" },
  { "'<pre>' x n", "<pre> x" },
  { "'a  ' x n (a run per 3 bytes)", "a  " },
  { "'&#1' x n (a run per 3 bytes)", "&#1" },
}

local function build(piece, filler, size)
  if filler then return piece .. filler:rep(size - #piece) end
  return piece:rep(math.ceil(size / #piece)):sub(1, size)
end

-- The best rates of f on each input in inputs, passes interleaved so that
-- the sizes share the machine's ups and downs.
local function best_rates(f, inputs_by_size)
  local best = {}
  for _ = 1, RUNS do
    for k, s in ipairs(inputs_by_size) do
      collectgarbage()
      local t0 = os.clock()
      f(s)
      best[k] = math.min(best[k] or math.huge, os.clock() - t0)
    end
  end
  for k, s in ipairs(inputs_by_size) do best[k] = #s / 1e6 / math.max(best[k], 1e-9) end
  return best
end

local function status_kb(field)
  local f = io.open("/proc/self/status")
  if not f then return nil end
  local status = f:read("a")
  f:close()
  return tonumber(status:match(field .. ":%s*(%d+)"))
end

-- Peak memory html_text adds on s, per byte of s, measured in a process of
-- its own (a fresh heap): this script run as `html_bench.lua --extra K PAGE`.
local function extra_per_byte(s)
  collectgarbage()
  local clear = io.open("/proc/self/clear_refs", "w")
  if not clear then return nil end
  clear:write("5")
  clear:close()
  local base = status_kb("VmRSS")
  local text, map = verba.html_text(s)
  local peak = status_kb("VmHWM")
  assert(text and map)
  if not (base and peak) then return nil end
  return (peak - base) * 1024 / #s
end

if arg[1] == "--extra" then
  local input = inputs[tonumber(arg[2])]
  local extra = extra_per_byte(build(input[2], input[3], SIZES[#SIZES]))
  print(extra or "-")
  os.exit(0)
end

local function measure_extra(k)
  local command = ("%q %q --extra %d %q"):format(arg[-1], arg[0], k, page_path)
  local p = assert(io.popen(command))
  local extra = tonumber(p:read("l"))
  p:close()
  return extra
end

local html_text = function(s) return assert(verba.html_text(s)) end
local decode_html = function(s) return assert(verba.decode_html(s)) end

print(("%-36s %21s %21s %7s"):format("input", "html_text MB/s", "decode_html MB/s", "extra"))
print(("%-36s %6s %6s %7s %6s %6s %7s"):format("", "1 MB", "4 MB", "4/1", "1 MB", "4 MB", "4/1"))
for k, input in ipairs(inputs) do
  local name, piece, filler = input[1], input[2], input[3]
  local by_size = {}
  for j, size in ipairs(SIZES) do by_size[j] = build(piece, filler, size) end
  local text_rates, decode_rates = best_rates(html_text, by_size), best_rates(decode_html, by_size)
  local extra = measure_extra(k)
  print(("%-36s %6.0f %6.0f %7.2f %6.0f %6.0f %7.2f %7s"):format(name,
    text_rates[1], text_rates[2], text_rates[2] / text_rates[1],
    decode_rates[1], decode_rates[2], decode_rates[2] / decode_rates[1],
    extra and ("%.1fx"):format(extra) or "-"))
end
