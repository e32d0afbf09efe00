--- The options of the verba command: what each flag takes, which commands
-- accept it, and the parser that turns the argument list into a request.
local verba = require("verba")

local options = {}

-- Readers of flag values: each returns the value, or nil and why not.

local function one_of(names)
  return function(v)
    for _, name in ipairs(names) do
      if v == name then return v end
    end
    return nil, ("%q is not one of %s"):format(v, table.concat(names, ", "))
  end
end

-- A comma-separated list, items trimmed: "said, told" is {"said", "told"}.
local function list(v)
  local items = {}
  for item in (v .. ","):gmatch("([^,]*),") do
    item = item:match("^%s*(.-)%s*$")
    if item ~= "" then items[#items + 1] = item end
  end
  if #items == 0 then return nil, "a comma-separated list expected, got " .. ("%q"):format(v) end
  return items
end

local function list_of(names)
  local check = one_of(names)
  return function(v)
    local items, why = list(v)
    if not items then return nil, why end
    for _, item in ipairs(items) do
      local ok, not_ok = check(item)
      if not ok then return nil, not_ok end
    end
    return items
  end
end

local function positive_integer(v)
  local n = v:match("^%d+$") and tonumber(v)
  if not n or n < 1 then return nil, ("%q is not a positive integer"):format(v) end
  return n
end

local SIZE_UNITS = { [""] = 1, K = 1024, M = 1024 ^ 2, G = 1024 ^ 3 }

-- A byte count: 1000, 64K, 256M, 2G (K, M and G are powers of 1024).
local function byte_count(v)
  local digits, unit = v:match("^(%d+)([KkMmGg]?)$")
  local n = digits and tonumber(digits) * SIZE_UNITS[unit:upper()]
  if not n or n < 1 then
    return nil, ("%q is not a byte count (such as 5000, 64K, 256M, 1G)"):format(v)
  end
  return math.floor(n)
end

-- The entity types --types may name: the API's list when it has one.
local ENTITY_TYPES = verba.entity_types or { "person", "organization", "place", "other" }

-- The commands, in the order the usage lists them.
options.commands = { "analyze", "quotes", "entities", "sentences", "paragraphs", "tokens",
                     "words", "segments", "demo" }

local function only(...)
  local set = {}
  for _, name in ipairs({ ... }) do set[name] = true end
  return set
end

-- Every command but demo, which only prints its tour for a person.
local RESULTS = only("analyze", "quotes", "entities", "sentences", "paragraphs", "tokens",
                     "words", "segments")
local TOKENS = only("tokens", "words")

--- The flags, in the order help lists them. key: where parse stores the
-- value (the API's option name when it is one); arg: the value's name in
-- help (none for a switch); read: its reader; value: what a switch stores
-- (true by default); many: values of repeated uses add up; commands: the
-- commands that take it (nil: all).
options.flags = {
  { name = "--tsv", key = "format", value = "tsv", commands = RESULTS,
    help = "tab-separated lines (the default when standard output is not a terminal)" },
  { name = "--json", key = "format", value = "json", commands = RESULTS,
    help = "one JSON document: an object for one input, an array for several" },
  { name = "--jsonl", key = "format", value = "jsonl", commands = RESULTS,
    help = "one JSON object a line, one line per input" },
  { name = "--human", key = "format", value = "human", commands = RESULTS,
    help = "for a person (the default on a terminal)" },
  { name = "--jsonl-input", key = "jsonl_input", commands = RESULTS,
    help = 'read lines {"id": ..., "text": ...} (or "html": ...) and write a JSON line '
      .. "for each, with its id (an error record for a bad line)" },
  { name = "--html", key = "html",
    help = "read the input as HTML; offsets are then into the HTML (default: for names "
      .. "ending .html or .htm and input starting with a tag)" },
  { name = "--no-html", key = "no_html", help = "read the input as plain text, whatever it looks like" },
  { name = "--skip", key = "skip", arg = "LIST", read = list, many = true,
    help = "HTML elements whose content is dropped: --skip=nav,aside" },
  { name = "--invalid", key = "invalid", arg = "MODE", read = one_of({ "error", "replace" }),
    help = "error (the default: the input fails) or replace (read bad UTF-8 bytes as U+FFFD)" },
  { name = "--max-bytes", key = "max_bytes", arg = "N", read = byte_count,
    help = "the largest input, or input line with --jsonl-input (default 256M)" },
  { name = "--verbs", key = "verbs", arg = "LIST", read = list, many = true,
    commands = only("analyze", "quotes"), help = "more cue verbs: --verbs=quipped,\"point out\"" },
  { name = "--abbreviations", key = "abbreviations", arg = "LIST", read = list, many = true,
    commands = only("analyze", "quotes", "sentences"),
    help = "more abbreviations that do not end a sentence: --abbreviations=Gov.,approx" },
  { name = "--paragraphs", key = "paragraphs", arg = "MODE", read = one_of({ "blank", "line" }),
    commands = only("analyze", "quotes", "sentences", "paragraphs"),
    help = "blank (paragraphs end at blank lines, the default) or line (every line is one)" },
  { name = "--quote-depth", key = "quote_depth", arg = "N", read = positive_integer,
    commands = only("analyze", "quotes"), help = "quotations nested deeper are not reported (default 8)" },
  { name = "--types", key = "types", arg = "LIST", read = list_of(ENTITY_TYPES), many = true,
    commands = only("analyze", "entities"),
    help = "only these entity types: " .. table.concat(ENTITY_TYPES, ",") },
  { name = "--tokens", key = "tokens", commands = only("analyze"), help = "the tokens too" },
  { name = "--uax29", key = "uax29", commands = only("sentences"),
    help = "raw UAX #29 sentence segments, covering every byte" },
  { name = "--spaces", key = "spaces", commands = TOKENS, help = "white space tokens too" },
  { name = "--lower", key = "lower", commands = TOKENS, help = "case-fold the text shown" },
  { name = "--split-possessive", key = "split_possessive", commands = TOKENS,
    help = "China's -> China 's" },
  { name = "--split-hyphens", key = "split_hyphens", commands = TOKENS,
    help = "well-known -> well - known" },
  { name = "--quiet", short = "-q", key = "quiet",
    help = "no progress line (shown on a terminal when a run takes over a second)" },
  { name = "--help", short = "-h", key = "help", help = "show this help" },
  { name = "--version", key = "version", help = "show the versions of verba, Unicode and utf8proc" },
}

local by_name = {}
for _, flag in ipairs(options.flags) do
  by_name[flag.name] = flag
  if flag.short then by_name[flag.short] = flag end
end

local is_command = {}
for _, name in ipairs(options.commands) do is_command[name] = true end

--- Whether a command takes a flag.
function options.takes(command, flag)
  return flag.commands == nil or flag.commands[command] == true
end

--- Reads an argument list: `[COMMAND] [OPTIONS] [FILE...]`, options
-- anywhere, "--" ending them, "-" standing for standard input. Returns a
-- request {command=, files=, opts=, given=} (opts by flag key; given: the
-- flag that set each key, as typed), or nil and a problem {message=,
-- command=} when the arguments are wrong.
function options.parse(args)
  local request = { files = {}, opts = {}, given = {} }
  -- a problem, with the command when it is known by then (for its help)
  local function problem(message)
    local command = request.command
    return nil, { message = message, command = is_command[command] and command or nil }
  end
  local i, options_ended = 1, false
  while i <= #args do
    local a = args[i]
    if options_ended or a == "-" or a:sub(1, 1) ~= "-" then
      if request.command == nil and not options_ended then
        request.command = a
      else
        request.files[#request.files + 1] = a
      end
    elseif a == "--" then
      options_ended = true
    else
      local name, value = a:match("^(%-%-[^=]+)=(.*)$")
      name = name or a
      local flag = by_name[name]
      if not flag then return problem("unknown option " .. name) end
      local stored
      if flag.arg then
        if value == nil then
          i = i + 1
          value = args[i]
          if value == nil then
            return problem(("option %s needs a value: %s=%s"):format(name, name, flag.arg))
          end
        end
        local why
        stored, why = flag.read(value)
        if stored == nil then
          return problem(("bad value for %s: %s"):format(name, why))
        end
      elseif value ~= nil then
        return problem(("option %s takes no value"):format(name))
      else
        stored = flag.value == nil or flag.value
      end
      local key, earlier = flag.key, request.given[flag.key]
      if key == "format" and earlier and earlier ~= a then
        return problem(("%s and %s cannot be used together"):format(earlier, a))
      end
      if flag.many and request.opts[key] then
        for _, item in ipairs(stored) do table.insert(request.opts[key], item) end
      else
        request.opts[key] = stored
      end
      request.given[key] = flag.short == a and flag.short or flag.name
    end
    i = i + 1
  end
  local command = request.command
  if command == "help" then
    -- `verba help quotes` is `verba quotes --help`
    request.command, request.opts.help = request.files[1], true
    request.files = {}
    command = request.command
  end
  if command ~= nil and not is_command[command] then
    return nil, { message = "unknown command " .. command, usage = true }
  end
  if command then
    for _, typed in pairs(request.given) do
      if not options.takes(command, by_name[typed]) then
        return problem(("option %s does not apply to %s"):format(typed, command))
      end
    end
  end
  if request.opts.html and request.opts.no_html then
    return problem("--html and --no-html cannot be used together")
  end
  return request
end

--- The flag that sets an option key, as the user would type it.
function options.flag_for(key)
  for _, flag in ipairs(options.flags) do
    if flag.key == key then return flag.name end
  end
end

-- prefix and text folded into lines of at most width columns (counting
-- bytes), the lines after the first starting with indent.
local function wrapped(prefix, text, width, indent)
  local lines, line, fresh = {}, prefix, true
  for word in text:gmatch("%S+") do
    if not fresh and #line + 1 + #word > width then
      lines[#lines + 1] = line
      line = indent .. word
    else
      line = fresh and line .. word or line .. " " .. word
    end
    fresh = false
  end
  lines[#lines + 1] = line
  return table.concat(lines, "\n")
end

--- Help lines for the flags a command takes ("" for the general usage:
-- those every command takes).
function options.help_lines(command)
  local lines = {}
  for _, flag in ipairs(options.flags) do
    local shown = command == "" and flag.commands == nil
      or command ~= "" and options.takes(command, flag)
    if shown then
      local name = (flag.short and flag.short .. ", " or "") .. flag.name
        .. (flag.arg and "=" .. flag.arg or "")
      lines[#lines + 1] = wrapped(("  %-22s "):format(name), flag.help, 78, (" "):rep(25))
    end
  end
  return table.concat(lines, "\n") .. "\n"
end

return options
