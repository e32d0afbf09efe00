-- Writes the manual page verba(1) to standard output, made from the verba
-- command's own --help texts (the usage and every command's), so that the
-- page and the command cannot disagree. `make man` writes build/verba.1;
-- `make install` and `make dist` ship it.
--
--   lua tools/gen_manpage.lua [DATE]     (DATE: YYYY-MM-DD, default today)
local cli = require("verba.cli")
local options = require("verba.cli.options")
local verba = require("verba")

-- What cli.main writes to standard output for args.
local function help_text(args)
  local parts = {}
  local sink = { write = function(self, ...)
    for _, v in ipairs({ ... }) do parts[#parts + 1] = v end
    return self
  end, flush = function(self) return self end }
  assert(cli.main(args, sink, sink) == cli.status.ok, "verba " .. table.concat(args, " ") .. " failed")
  return table.concat(parts)
end

-- Text as roff reads it literally: backslashes doubled, and a line that
-- starts with a dot or an apostrophe (a request) guarded.
local function roff(text)
  return (text:gsub("\\", "\\e"):gsub("\n([.'])", "\n\\&%1"):gsub("^([.'])", "\\&%1"))
end

-- A block of preformatted help text.
local function verbatim(text)
  return ".nf\n" .. roff(text:gsub("\n+$", "")) .. "\n.fi\n"
end

local date = arg[1] or os.date("!%Y-%m-%d")
local out = {
  ('.TH VERBA 1 "%s" "verba %s" "User Commands"\n'):format(date, verba.version),
  ".SH NAME\nverba \\- who said what, about whom: quotations, speakers, sentences and tokens of news text\n",
  ".SH SYNOPSIS\n.B verba\n.I COMMAND\n[\\fIOPTIONS\\fR] [\\fIFILE\\fR...]\n",
  ".SH DESCRIPTION\n", verbatim(help_text({ "--help" })),
  ".SH COMMANDS\n",
}
for _, name in ipairs(options.commands) do
  out[#out + 1] = ".SS " .. name .. "\n" .. verbatim(help_text({ name, "--help" }))
end
out[#out + 1] = ".SH VERSIONS\n" .. roff(help_text({ "--version" }))
out[#out + 1] = ".SH SEE ALSO\nThe README of verba (the user guide, with the Lua API), its API reference "
  .. "(\\fBmake docs\\fR, or doc/index.html in the rock) and CHANGELOG.md.\n"
io.write(table.concat(out))
