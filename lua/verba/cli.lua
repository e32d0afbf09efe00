#!/usr/bin/env lua
--- The verba command-line tool.
--   verba COMMAND [OPTIONS] [FILE...]     (no FILE, or "-": standard input)
-- Output is tab-separated, one item a line, with 1-based inclusive byte
-- offsets, so it pipes into cut, awk and sort.
local verba = require("verba")

local cli = {}

local usage = [[
usage: verba COMMAND [OPTIONS] [FILE...]

commands:
  tokens     start, stop, kind and text of every token
  words      one word per line
  segments   start, stop and text of every UAX #29 word segment
  sentences  start, stop and text of every sentence
  paragraphs start, stop and text of every paragraph
  quotes     start, stop, kind, speaker, cue and text of every quotation
  demo       a short tour of what verba finds in a text

options:
  --spaces             report white space tokens (tokens)
  --lower              case-fold the text shown (tokens, words)
  --split-possessive   China's -> China 's
  --split-hyphens      well-known -> well - known
  --uax29              raw UAX #29 sentence segments (sentences)
  --invalid=replace    read malformed UTF-8 as U+FFFD instead of failing
  -h, --help           show this help
]]

-- Shows control characters so every item stays on its line.
local function printable(s)
  return (s:gsub("[%c]", function(c)
    return c == "\t" and "\\t" or c == "\n" and "\\n" or ("\\%03d"):format(c:byte())
  end))
end

local function token_options(opts)
  return { spaces = opts.spaces, split_possessive = opts.split_possessive,
           split_hyphens = opts.split_hyphens, invalid = opts.invalid }
end

-- Runs an iterator constructor, turning a bad-input result into an error.
local function iterate(fn, text, opts)
  local iter, err = fn(text, opts)
  if not iter then error(err, 0) end
  return iter
end

local commands = {}

function commands.tokens(text, opts, out)
  for start, stop, kind in iterate(verba.tokens, text, token_options(opts)) do
    local s = text:sub(start, stop)
    if opts.lower then s = verba.casefold(s, { invalid = opts.invalid }) end
    out:write(start, "\t", stop, "\t", kind, "\t", printable(s), "\n")
  end
end

function commands.words(text, opts, out)
  for w in iterate(verba.words, text, token_options(opts)) do
    if opts.lower then w = verba.casefold(w, { invalid = opts.invalid }) end
    out:write(w, "\n")
  end
end

-- A command printing start, stop and text of each span fn(text, o) yields,
-- where o = options(opts).
local function span_command(fn, options)
  return function(text, opts, out)
    for start, stop in iterate(fn, text, options(opts)) do
      out:write(start, "\t", stop, "\t", printable(text:sub(start, stop)), "\n")
    end
  end
end

local function only_invalid(opts) return { invalid = opts.invalid } end

commands.segments = span_command(verba.segments, only_invalid)
commands.paragraphs = span_command(verba.paragraphs, only_invalid)
commands.sentences = span_command(verba.sentences, function(opts)
  return { invalid = opts.invalid, mode = opts.uax29 and "uax29" or nil }
end)

local function quotes_of(text, opts)
  local list, err = verba.quotes(text, { invalid = opts.invalid })
  if not list then error(err, 0) end
  return list
end

function commands.quotes(text, opts, out)
  for _, q in ipairs(quotes_of(text, opts)) do
    out:write(q.start, "\t", q.stop, "\t", q.kind, "\t", q.speaker_name or q.speaker or "-",
      "\t", q.cue or "-", "\t", printable(text:sub(q.start, q.stop)), "\n")
  end
end

function commands.demo(text, opts, out)
  local toks = verba.tokenize(text, { detail = true, invalid = opts.invalid })
  if not toks then error("invalid UTF-8 in input", 0) end
  local counts, examples = {}, {}
  for _, t in ipairs(toks) do
    counts[t.kind] = (counts[t.kind] or 0) + 1
    examples[t.kind] = examples[t.kind] or {}
    local ex = examples[t.kind]
    if #ex < 6 and (t.kind ~= "word" or t.text:find("[%.%-’'\128-\255]")) then
      ex[#ex + 1] = t.text
    end
  end
  out:write(("verba %s (Unicode %s): %d bytes, %d tokens\n\n"):format(
    verba.version, verba.unicode_version, #text, #toks))
  local kinds = {}
  for kind in pairs(counts) do kinds[#kinds + 1] = kind end
  table.sort(kinds, function(a, b) return counts[a] > counts[b] end)
  for _, kind in ipairs(kinds) do
    out:write(("%-8s %6d   e.g. %s\n"):format(kind, counts[kind],
      table.concat(examples[kind], "  ")))
  end
  local sentences = verba.split_sentences(text, { invalid = opts.invalid })
  out:write(("\n%d sentences; the first three:\n"):format(#sentences))
  for i = 1, math.min(3, #sentences) do out:write("  ", printable(sentences[i]), "\n") end
  local quotes = quotes_of(text, opts)
  out:write(("\n%d quotations:\n"):format(#quotes))
  for _, q in ipairs(quotes) do
    local who = q.speaker and (q.speaker_name or q.speaker) or "(no speaker)"
    out:write(("  %-8s %-22s %s\n"):format(q.kind, who, printable(text:sub(q.start, q.stop))))
  end
end

cli.commands = commands

local flags = {
  ["--spaces"] = "spaces", ["--lower"] = "lower",
  ["--split-possessive"] = "split_possessive", ["--split-hyphens"] = "split_hyphens",
  ["--uax29"] = "uax29",
}

local function read_all(path)
  local f, err = path == "-" and io.stdin or io.open(path, "rb")
  if not f then error(err, 0) end
  local s = f:read("*a")
  if f ~= io.stdin then f:close() end
  return s
end

--- Runs the tool with the argument list args; returns an exit status.
function cli.main(args, out, err)
  out, err = out or io.stdout, err or io.stderr
  local command, opts, files = nil, {}, {}
  for _, a in ipairs(args) do
    if a == "-h" or a == "--help" then
      out:write(usage)
      return 0
    elseif flags[a] then
      opts[flags[a]] = true
    elseif a:match("^%-%-invalid=") then
      opts.invalid = a:match("=(.*)")
    elseif a:match("^%-%-.") then
      err:write("verba: unknown option ", a, "\n", usage)
      return 2
    elseif not command then
      command = a
    else
      files[#files + 1] = a
    end
  end
  local run = commands[command]
  if not run then
    err:write(command and ("verba: unknown command " .. command .. "\n") or "", usage)
    return 2
  end
  if #files == 0 then files[1] = "-" end
  for _, path in ipairs(files) do
    local ok, msg = pcall(function() run(read_all(path), opts, out) end)
    if not ok then
      err:write("verba: ", path == "-" and "stdin" or path, ": ", tostring(msg), "\n")
      return 1
    end
  end
  return 0
end

if arg and arg[0] and (arg[0]:match("cli%.lua$") or arg[0]:match("verba$")) then
  os.exit(cli.main(arg))
end

return cli
