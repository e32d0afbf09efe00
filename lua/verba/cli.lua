--- The verba command: `verba COMMAND [OPTIONS] [FILE...]`.
-- bin/verba runs it as `os.exit(require("verba.cli").main(arg))`; requiring
-- this module runs nothing.
--
-- Exit status: 0 every input was read; 1 some input could not be (the
-- others were processed; each failure is on standard error, and in JSON
-- output an error record); 2 a usage error, or lua-cjson missing for JSON
-- (nothing was read); 3 the output could not be written (the run stopped
-- there).
local verba = require("verba")
local options = require("verba.cli.options")
local input = require("verba.cli.input")
local commands = require("verba.cli.commands")
local output = require("verba.cli.output")
local progress = require("verba.cli.progress")

local cli = {}

cli.status = { ok = 0, input_failed = 1, usage = 2, output_failed = 3 }

local function usage()
  local lines = {
    "usage: verba COMMAND [OPTIONS] [FILE...]",
    "       verba COMMAND --help | verba --version",
    "",
    "Reads each FILE (none or \"-\": standard input), plain text or HTML, and writes",
    "what it finds: for a person on a terminal, else tab-separated lines; --json or",
    "--jsonl give every field. Offsets are 1-based inclusive byte positions in the",
    "input: the item is text:sub(start, stop).",
    "",
    "commands:",
  }
  for _, name in ipairs(options.commands) do
    lines[#lines + 1] = ("  %-11s %s"):format(name, commands.summary[name])
  end
  lines[#lines + 1] = ""
  lines[#lines + 1] = "options of every command:"
  return table.concat(lines, "\n") .. "\n" .. options.help_lines("") .. [[

Run 'verba COMMAND --help' for a command's output and all its options.
Exit status: 0 all inputs read; 1 some input failed (the others were
processed); 2 usage error (or lua-cjson missing for JSON); 3 the output
could not be written.
]]
end

local function command_help(name)
  return ("usage: verba %s [OPTIONS] [FILE...]\n\n%s.\n\n%s\n\noptions:\n%s"):format(
    name, commands.summary[name]:gsub("^%l", string.upper), commands.about[name],
    options.help_lines(name))
end

local function usage_error(err, problem)
  err:write("verba: ", problem.message, "\n")
  if problem.usage then
    err:write(usage())
  else
    err:write(("Try 'verba %s--help'.\n"):format(problem.command and problem.command .. " " or ""))
  end
  return cli.status.usage
end

-- The problem with an option the API rejected (msg: its error), naming
-- the flag: `bad argument #2 to 'verba.quotes' (option "verbs": ...)`.
local function option_problem(msg, command)
  msg = tostring(msg)
  local key, why = msg:match('option "([%w_]+)": (.*)%)$')
  if key then
    -- the API's reason may start with the option's name again
    if why:sub(1, #key + 2) == key .. ": " then why = why:sub(#key + 3) end
    return { message = ("bad value for %s: %s"):format(options.flag_for(key) or key, why),
             command = command }
  end
  return { message = msg, command = command }
end

-- A write error, raised through the run to main.
local function output_failure(why) return { output_failure = why } end

-- A function writing its arguments to stream, raising an output failure
-- when it cannot.
local function writer(stream)
  return function(...)
    local ok, why = stream:write(...)
    if not ok then error(output_failure(why), 0) end
  end
end

local function finish_output(stream)
  if stream.flush then
    local ok, why = stream:flush()
    if not ok then error(output_failure(why), 0) end
  end
end

-- The settings documents are read with, from the options.
local function input_settings(o)
  return { html = o.html, no_html = o.no_html, skip = o.skip, invalid = o.invalid,
           max_bytes = o.max_bytes or input.DEFAULT_MAX_BYTES }
end

-- Tells the user about an input that failed.
local function report(err, doc)
  local where = doc.label .. (doc.line and ":" .. doc.line or "")
  if doc.id ~= nil then where = where .. " (id " .. tostring(doc.id) .. ")" end
  err:write("verba: ", where, ": ", output.one_line(tostring(doc.error)), "\n")
end

-- Runs f, which writes to the output, and returns its status: on a write
-- failure, a message and status 3; on a bug, its traceback and status 1.
local function guarded(err, f)
  local ok, status = xpcall(f, function(e)
    if type(e) == "table" and e.output_failure then return e end
    return debug.traceback(tostring(e), 2)
  end)
  if ok then return status end
  if type(status) == "table" then
    err:write("verba: cannot write the output: ", tostring(status.output_failure), "\n")
    return cli.status.output_failed
  end
  err:write("verba: internal error (please report it): ", status, "\n")
  return cli.status.input_failed
end

local function run(request, out, err, format_name, json, terminal)
  local o, command = request.opts, request.command
  local settings = input_settings(o)
  local paths = #request.files > 0 and request.files or { "-" }
  local docs = o.jsonl_input and input.jsonl(paths, settings, json) or input.files(paths, settings)
  local w = writer(out)
  local format = output.new(format_name, w, {
    command = command, json = json, jsonl_input = o.jsonl_input,
    several = o.jsonl_input or #paths > 1, several_files = #paths > 1,
  })
  local meter = progress.new({
    stream = err,
    terminal = function() return not o.quiet and err == io.stderr and terminal(2) end,
    total = function() return input.total_bytes(paths, settings.max_bytes) end,
  })
  local find, failed = commands.run[command], false
  for doc in docs do
    if not doc.error then
      local result, why = find(doc.text, o)
      if result then
        format.document(doc, result)
      else
        doc.error = why
      end
    end
    if doc.error then
      failed = true
      report(err, doc)
      format.failure(doc)
    end
    meter:tick(doc.bytes)
  end
  format.finish()
  finish_output(out)
  meter:finish()
  return failed and cli.status.input_failed or cli.status.ok
end

-- What --version prints: verba's version and the Unicode versions of its
-- own tables (segments, tokens, sentences) and of the utf8proc it runs on
-- (normalisation, case folding, graphemes).
local function version_line()
  return ("verba %s (Unicode %s; utf8proc %s, Unicode %s)\n"):format(verba.version,
    verba.unicode_version, verba.utf8proc_version, verba.utf8proc_unicode_version)
end

--- Runs the command with the argument list args (as `arg`: args[1] is
-- the command) and returns its exit status. out and err default to
-- io.stdout and io.stderr; other streams need only write (and flush).
function cli.main(args, out, err)
  out, err = out or io.stdout, err or io.stderr
  local request, problem = options.parse(args or {})
  if not request then return usage_error(err, problem) end
  local o, command = request.opts, request.command
  if o.version or o.help then
    local text = o.version and version_line()
      or command and command_help(command) or usage()
    return guarded(err, function()
      writer(out)(text)
      finish_output(out)
      return cli.status.ok
    end)
  end
  if not command then return usage_error(err, { message = "no command given", usage = true }) end
  if command == "entities" and not commands.has_entities() then
    return usage_error(err, { message = "this verba has no entity finder (verba.entities)",
                              command = command })
  end

  -- The API checks the options once, on an empty text, before any input.
  local ok, why = pcall(function()
    input.check(input_settings(o))
    assert(commands.run[command]("", o))
  end)
  if not ok then return usage_error(err, option_problem(why, command)) end

  local terminal = progress.terminals()
  local format_name = o.format
  if command == "demo" then
    format_name = "human"
  elseif not format_name then
    format_name = o.jsonl_input and "jsonl"
      or out == io.stdout and terminal(1) and "human" or "tsv"
  end
  local json
  if format_name == "json" or format_name == "jsonl" or o.jsonl_input then
    local found, cjson = pcall(require, "cjson")
    if not found then
      return usage_error(err, {
        message = (request.given.format or "--jsonl-input") .. " needs lua-cjson: install the "
          .. "Debian package lua-cjson or the rock lua-cjson", command = command })
    end
    json = cjson.new()
    json.decode_invalid_numbers(false)
  end

  -- a person sees lines as they come; a pipe gets whole buffers
  if out.setvbuf and format_name ~= "human" then out:setvbuf("full") end
  return guarded(err, function() return run(request, out, err, format_name, json, terminal) end)
end

return cli
