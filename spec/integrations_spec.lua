-- The examples for other hosts run in the Lua each host embeds: the Pandoc
-- filter in Pandoc (Debian's Pandoc 2.17 embeds Lua 5.3), the Neovim
-- snippet in headless Neovim (LuaJIT), and the OpenResty handler under
-- LuaJIT with a stand-in for OpenResty's ngx table (no nginx here: the
-- stand-in gives the handler the request body and takes its response).
-- Each builds verba for its Lua into build/ first; a host that is not
-- installed leaves its spec pending.
local cjson = require("cjson")
local helpers = require("spec.helpers")

local root = select(2, helpers.run("pwd")):gsub("\n$", "")

local function quoted(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local function have(command)
  return helpers.execute("command -v " .. command .. " >/dev/null 2>&1")
end

-- Builds the module for Lua version (5.1, 5.3, 5.4 or "jit") and returns
-- the LUA_PATH and LUA_CPATH environment words that reach it and the
-- example directory, or nil when that Lua's headers are missing.
local function build_for(version, examples)
  local incdir = version == "jit" and "/usr/include/luajit-2.1" or "/usr/include/lua" .. version
  if not helpers.execute("test -f " .. incdir .. "/lua.h") then return nil end
  local dir = version == "5.4" and "build" or "build/lua" .. version
  assert(helpers.execute(("make -s BUILD=%s LUA_INCDIR=%s all >/dev/null"):format(dir, incdir)))
  return ("LUA_PATH=%s LUA_CPATH=%s"):format(
    quoted(("%s/lua/?.lua;%s/examples/%s/?.lua;;"):format(root, root, examples)),
    quoted(("%s/%s/?.so;;"):format(root, dir)))
end

local ARTICLE = "The court ruled.\n“We will appeal,” said Maria Lopez.\n\n" ..
  "Lopez added that regulators “lack a basic understanding”.\n"

describe("the Pandoc filter examples/pandoc/quotes.lua", function()
  if not have("pandoc") then return pending("pandoc is not installed (Debian: pandoc)") end
  local version_filter = helpers.write_file(os.tmpname() .. ".lua",
    'function Pandoc(doc) io.stderr:write(_VERSION) return doc end\n')
  local _, embedded = helpers.run("echo x | pandoc --lua-filter " .. version_filter .. " -t plain 2>&1 >/dev/null")
  os.remove(version_filter)

  it("lists the quotations and speakers of a document (Pandoc " .. embedded .. ")", function()
    local env = build_for(embedded:match("%d+%.%d+"), "pandoc")
    if not env then return pending("no headers for " .. embedded) end
    local input = helpers.write_file(os.tmpname(), "# Ruling\n\n" ..
      '"We will appeal," said Maria Lopez, the company\'s lawyer.\n\n' ..
      'Lopez added that regulators "lack a basic understanding" of the market.\n')
    local ok, out = helpers.run(("%s pandoc --lua-filter examples/pandoc/quotes.lua -f markdown -t markdown %s")
      :format(env, input))
    os.remove(input)
    assert.is_true(ok)
    assert.are.equal("## Quotations\n\n" ..
      '-   **Maria Lopez**: "We will appeal,"\n' ..
      '-   **Maria Lopez**: "lack a basic understanding" *(partial)*\n', out:match("## Quotations.*$"))
  end)
end)

describe("the OpenResty handler examples/openresty/verba_quotes.lua, under LuaJIT", function()
  if not have("luajit") then return pending("luajit is not installed") end

  -- A stand-in for the ngx table of OpenResty's API: the handler reads
  -- the body and sets the status and headers; say and exit are recorded.
  local DRIVER = [[
local body = ...
local said = {}
ngx = { HTTP_OK = 200, HTTP_BAD_REQUEST = 400, header = {}, status = 0,
        req = { read_body = function() end, get_body_data = function() return body end },
        say = function(s) said[#said + 1] = s end,
        exit = function(code) said.exit = code end }
require("verba_quotes").handle()
io.write(ngx.status, "\t", said.exit, "\t", ngx.header["Content-Type"], "\t", table.concat(said, "\n"))
]]

  local function request(env, body)
    local driver = helpers.write_file(os.tmpname(), DRIVER)
    local ok, out = helpers.run(("%s luajit %s %s"):format(env, driver, body and quoted(body) or ""))
    os.remove(driver)
    assert.is_true(ok, out)
    local status, exit, content_type, json = out:match("^(%d+)\t(%d+)\t([^\t]*)\t(.*)$")
    return tonumber(status), tonumber(exit), content_type, cjson.decode(json)
  end

  it("answers a request with the quotations and speakers as JSON", function()
    local env = build_for("jit", "openresty")
    if not env then return pending("no LuaJIT headers") end
    local status, exit, content_type, document = request(env, ARTICLE)
    assert.are.same({ 200, 200, "application/json" }, { status, exit, content_type })
    assert.are.same({ quotes = {
      { start = 18, stop = 38, kind = "direct", quote = "“We will appeal,”", speaker = "Maria Lopez",
        cue = "said" },
      { start = 87, stop = 118, kind = "partial", quote = "“lack a basic understanding”",
        speaker = "Maria Lopez", cue = "added" },
    } }, document)
  end)

  it("answers a request without a body or with bad UTF-8 with status 400", function()
    local env = build_for("jit", "openresty")
    if not env then return pending("no LuaJIT headers") end
    local status, _, _, document = request(env, nil)
    assert.are.same({ 400, { error = "send the article as the request body" } }, { status, document })
    status, _, _, document = request(env, "caf\233")
    assert.are.same({ 400, { error = "invalid UTF-8 at byte 4" } }, { status, document })
  end)
end)

describe("the Neovim snippet examples/nvim/verba_quotes.lua", function()
  if not have("nvim") then return pending("nvim is not installed (Debian: neovim)") end
  local _, version = helpers.run("nvim --version")
  if not version:find("LuaJIT", 1, true) then return pending("this nvim does not embed LuaJIT") end

  it("fills the quickfix list with the buffer's quotations, at their lines", function()
    local env = build_for("jit", "nvim")
    if not env then return pending("no LuaJIT headers") end
    local article = helpers.write_file(os.tmpname(), ARTICLE)
    local ok, out = helpers.run(("%s nvim --headless -u NONE -i NONE -n %s -c %s -c 'qa!' 2>&1"):format(
      env, article, quoted('lua require("verba_quotes").to_quickfix() ' ..
        'for _, it in ipairs(vim.fn.getqflist()) do ' ..
        'io.stdout:write(it.lnum, ":", it.col, " ", it.text, "\\n") end')))
    os.remove(article)
    assert.is_true(ok)
    assert.are.equal("2:1 Maria Lopez: “We will appeal,”\n" ..
      "4:29 Maria Lopez: “lack a basic understanding”\n", out)
  end)
end)
