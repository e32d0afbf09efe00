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
  labels = { "text", "nlp", "unicode", "utf8", "news", "tokenizer", "quotations" },
}
-- lua-cjson is optional and not listed: only the verba command's JSON
-- output (--json, --jsonl, --jsonl-input) needs it, and a listed rock would
-- make an offline install fail where it cannot be fetched. Install it
-- beside verba (`luarocks install lua-cjson`, or Debian's lua-cjson) for
-- JSON; without it those options stop with a message saying so.
dependencies = {
  "lua >= 5.1",
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
    -- the LuaLS/EmmyLua definitions (---@meta verba): editors that index
    -- the tree complete verba.* and check option tables
    ["verba.meta"] = "lua/verba/meta.lua",
    ["verba.core"] = {
      sources = {
        "csrc/utf8.c", "csrc/props.c", "csrc/words.c", "csrc/paragraphs.c",
        "csrc/sentences.c", "csrc/sentence_lists.c",
        "csrc/tokens.c", "csrc/transform.c", "csrc/doc.c", "csrc/quotes.c",
        "csrc/attribution/window.c", "csrc/attribution/subjects.c",
        "csrc/attribution/patterns.c", "csrc/attribution/names.c",
        "csrc/attribution/discourse.c", "csrc/attribution/attribute.c",
        "csrc/entities/gazetteer.c", "csrc/entities/features.c", "csrc/entities/text.c", "csrc/entities/tagger.c",
        "csrc/entities/numeric.c", "csrc/entities/rules.c", "csrc/entities/organisations.c", "csrc/entities/unlisted.c", "csrc/entities/repairs.c", "csrc/entities/lines.c", "csrc/entities/sports.c", "csrc/entities/laws.c", "csrc/entities/resolve.c",
        "csrc/entities/entities.c", "csrc/entities/speakers.c", "csrc/entities/common_words.c",
        "csrc/lexicon.c", "csrc/lexicon_build.c", "csrc/html.c", "csrc/html_references.c",
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
  -- Documents: LuaRocks copies a top-level doc/ directory into the rock's
  -- doc/, and without one the README, LICENSE and *.md files. A checkout
  -- has no doc/ (luarocks make installs README.md, LICENSE, CHANGELOG.md);
  -- the release archive of `make dist` has one with those, NOTICE, the
  -- manual page verba.1 and the API reference (doc/reference/index.html).
}
-- `luarocks test` runs the specs from the source tree with the rock busted
-- (LuaRocks installs it when it is missing).
test = {
  type = "busted",
}
