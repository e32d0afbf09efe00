-- luacheck configuration: `make lint` (luacheck lua spec tools bin/verba
-- examples bench). The code runs on Lua 5.1 to 5.4 and LuaJIT, so the
-- standard is the union of their globals.
std = "max"
max_line_length = 120
-- A Lua convention: "_" names what is ignored.
ignore = { "212/_.*", "213/_.*" }

-- Specs hold exact expected messages and fixture lines, which read better
-- whole than cut.
files["spec"] = { std = "+busted", max_line_length = 160 }
-- The LuaLS definitions are stubs: their parameters are only declared.
files["lua/verba/meta.lua"] = { unused = false }
-- Pandoc filters run inside Pandoc, which provides these globals.
-- A filter defines its element functions (Pandoc, Para ...) as globals.
files["examples/pandoc"] = { read_globals = { "pandoc", "PANDOC_VERSION", "FORMAT" },
                             globals = { "Pandoc" } }
-- Neovim's global vim, and OpenResty's ngx.
files["examples/nvim"] = { read_globals = { "vim" } }
files["examples/openresty"] = { globals = { "ngx" } }
