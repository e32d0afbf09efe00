-- An OpenResty handler (LuaJIT): POST an article, get its quotations and
-- speakers as JSON. In nginx.conf, with verba and lua-cjson (which
-- OpenResty bundles) on lua_package_path and lua_package_cpath:
--
--   location = /quotes {
--     content_by_lua_block { require("verba_quotes").handle() }
--   }
--
--   curl --data-binary @article.txt http://localhost/quotes
--
-- The instance is made once per worker (module level), so each request
-- only reads its text. Build verba for LuaJIT: make LUA_INCDIR=/usr/include/luajit-2.1.
local verba = require("verba")
local cjson = require("cjson")

local M = {}

-- The news desk's own cue verbs, compiled once per worker.
local desk = verba.new({ verbs = { "quipped", "point out" } })

-- The largest body read, in bytes (client_max_body_size should agree).
M.MAX_BYTES = 1024 * 1024

-- Responds with status and a JSON document, and ends the request.
local function respond(status, document)
  ngx.status = status
  ngx.header["Content-Type"] = "application/json"
  ngx.say(cjson.encode(document))
  return ngx.exit(status)
end

-- The quotations as JSON gives them: the fields verba gives, speaker and
-- cue when found, and the quotation with its marks.
local function record(text, q)
  return { start = q.start, stop = q.stop, kind = q.kind, quote = text:sub(q.start, q.stop),
           speaker = q.speaker_name or q.speaker, cue = q.cue }
end

function M.handle()
  ngx.req.read_body()
  local text = ngx.req.get_body_data()
  if not text then
    return respond(ngx.HTTP_BAD_REQUEST, { error = "send the article as the request body" })
  end
  if #text > M.MAX_BYTES then
    return respond(413, { error = "article larger than " .. M.MAX_BYTES .. " bytes" })
  end
  local quotes, err = desk.quotes(text)
  if not quotes then return respond(ngx.HTTP_BAD_REQUEST, { error = err }) end
  local out = {}
  for i, q in ipairs(quotes) do out[i] = record(text, q) end
  return respond(ngx.HTTP_OK, { quotes = out })
end

return M
