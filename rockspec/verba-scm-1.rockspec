rockspec_format = "3.0"
package = "verba"
version = "scm-1"
source = {
  url = "git+file://./verba",
}
description = {
  summary = "Who said what, about whom: Unicode-correct tokens, sentences and quotations for news text",
  detailed = [[
verba reads news text from Lua: UAX #29 word, sentence and grapheme
segmentation, news tokens (abbreviations, numbers, URLs, e-mail, mentions,
hashtags, emoji), sentences that survive abbreviations and quotes,
paragraphs, and direct quotations with their speakers. A C core built on
utf8proc.
]],
  license = "MIT",
}
dependencies = {
  "lua >= 5.1",
  "lua-cjson", -- the verba command's JSON output (--json, --jsonl, --jsonl-input)
}
external_dependencies = {
  UTF8PROC = {
    header = "utf8proc.h",
    library = "utf8proc",
  },
}
build = {
  type = "builtin",
  modules = {
    verba = "lua/verba.lua",
    ["verba.cli"] = "lua/verba/cli.lua",
    ["verba.cli.options"] = "lua/verba/cli/options.lua",
    ["verba.cli.input"] = "lua/verba/cli/input.lua",
    ["verba.cli.commands"] = "lua/verba/cli/commands.lua",
    ["verba.cli.output"] = "lua/verba/cli/output.lua",
    ["verba.cli.progress"] = "lua/verba/cli/progress.lua",
    ["verba.core"] = {
      sources = {
        "csrc/utf8.c", "csrc/props.c", "csrc/words.c", "csrc/paragraphs.c",
        "csrc/sentences.c",
        "csrc/tokens.c", "csrc/transform.c", "csrc/doc.c", "csrc/quotes.c",
        "csrc/attribution/window.c", "csrc/attribution/subjects.c",
        "csrc/attribution/patterns.c", "csrc/attribution/names.c",
        "csrc/attribution/discourse.c", "csrc/attribution/attribute.c",
        "csrc/entities/gazetteer.c", "csrc/entities/features.c", "csrc/entities/tagger.c",
        "csrc/entities/numeric.c", "csrc/entities/rules.c", "csrc/entities/resolve.c",
        "csrc/entities/entities.c",
        "csrc/lexicon.c", "csrc/html.c",
        "csrc/verba_lua.c",
      },
      defines = {},
      incdirs = { "$(UTF8PROC_INCDIR)" },
      libdirs = { "$(UTF8PROC_LIBDIR)" },
      libraries = { "utf8proc" },
    },
  },
  install = {
    bin = { verba = "bin/verba" },
  },
}
