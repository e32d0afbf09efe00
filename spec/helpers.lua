-- What the specs share so that they run alike on Lua 5.1, 5.3, 5.4 and
-- LuaJIT 2.1: files read whole, chunks loaded from strings, UTF-8 written
-- from code points (no utf8 library, no "\u{...}" escapes on 5.1), and
-- the module's table of accepted options, read from the real API.
local helpers = {}

--- The bytes of the file at path.
function helpers.read_file(path)
  local f = assert(io.open(path, "rb"))
  local bytes = f:read("*a")
  f:close()
  return bytes
end

--- Writes bytes to the file at path and returns path.
function helpers.write_file(path, bytes)
  local f = assert(io.open(path, "wb"))
  f:write(bytes)
  f:close()
  return path
end

--- Runs a shell command and returns whether it exited 0, and what it
-- wrote to standard output (io.popen's close gives no status on 5.1 and
-- LuaJIT; os.execute gives a number there, true or nil later).
function helpers.run(command)
  local p = assert(io.popen("(" .. command .. "\n); printf '\\n<<%d>>' $?"))
  local out = p:read("*a")
  p:close()
  local text, status = out:match("^(.*)\n<<(%d+)>>$")
  return status == "0", text
end

--- Whether the shell command exits 0.
function helpers.execute(command)
  local result = os.execute(command)
  return result == true or result == 0
end

--- load(code, name) for a string on every version (5.1 has loadstring).
helpers.load = function(code, name)
  return (loadstring or load)(code, name) -- luacheck: ignore 113 (loadstring: Lua 5.1)
end

--- The UTF-8 encoding of one code point.
local function encode(cp)
  if cp < 0x80 then return string.char(cp) end
  if cp < 0x800 then
    return string.char(0xC0 + math.floor(cp / 0x40), 0x80 + cp % 0x40)
  end
  if cp < 0x10000 then
    return string.char(0xE0 + math.floor(cp / 0x1000), 0x80 + math.floor(cp / 0x40) % 0x40,
      0x80 + cp % 0x40)
  end
  return string.char(0xF0 + math.floor(cp / 0x40000), 0x80 + math.floor(cp / 0x1000) % 0x40,
    0x80 + math.floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
end

--- The UTF-8 text of code points: U(0x201C) is “, U(0x65, 0x301) is e
-- with a combining acute (what "\u{201C}" writes on 5.3 and later).
function helpers.U(...)
  local parts = {}
  for i = 1, select("#", ...) do parts[i] = encode((select(i, ...))) end
  return table.concat(parts)
end

--- The code points of the UTF-8 text s (as utf8.codes gives them),
-- assumed valid.
function helpers.codepoints(s)
  local out, i = {}, 1
  while i <= #s do
    local b = s:byte(i)
    local n = b < 0x80 and 1 or b < 0xE0 and 2 or b < 0xF0 and 3 or 4
    local cp = n == 1 and b or b % (2 ^ (7 - n))
    for k = i + 1, i + n - 1 do cp = cp * 64 + s:byte(k) % 64 end
    out[#out + 1] = math.floor(cp)
    i = i + n
  end
  return out
end

--- The number of code points in s, or nil if s is not valid UTF-8 (what
-- utf8.len gives): shortest forms only, no surrogates, nothing past
-- U+10FFFF.
function helpers.ulen(s)
  local n, i = 0, 1
  while i <= #s do
    local b1, b2, b3, b4 = s:byte(i, i + 3)
    local function cont(b) return b and b >= 0x80 and b <= 0xBF end
    if b1 < 0x80 then
      i = i + 1
    elseif b1 >= 0xC2 and b1 <= 0xDF and cont(b2) then
      i = i + 2
    elseif b1 >= 0xE0 and b1 <= 0xEF and cont(b2) and cont(b3)
        and not (b1 == 0xE0 and b2 < 0xA0) and not (b1 == 0xED and b2 > 0x9F) then
      i = i + 3
    elseif b1 >= 0xF0 and b1 <= 0xF4 and cont(b2) and cont(b3) and cont(b4)
        and not (b1 == 0xF0 and b2 < 0x90) and not (b1 == 0xF4 and b2 > 0x8F) then
      i = i + 4
    else
      return nil
    end
    n = n + 1
  end
  return n
end

--- Lua source as the running Lua reads it: where "\u{...}" and "\xHH"
-- escapes (5.2, 5.3) are unknown, as on Lua 5.1, they become the decimal
-- escapes of the same bytes. For code written for 5.4 (the README's).
function helpers.portable(code)
  local chunk = helpers.load('return "\\u{41}\\x42"')
  if chunk and chunk() == "AB" then return code end
  local function decimal(bytes)
    return (bytes:gsub(".", function(c) return ("\\%03d"):format(c:byte()) end))
  end
  code = code:gsub("\\u{(%x+)}", function(hex) return decimal(helpers.U(tonumber(hex, 16))) end)
  return (code:gsub("\\x(%x%x)", function(hex) return decimal(string.char(tonumber(hex, 16))) end))
end

-- The first upvalue named name reachable from function f through the
-- upvalues of the functions it closes over.
local function find_upvalue(f, name, seen)
  seen = seen or {}
  if seen[f] then return nil end
  seen[f] = true
  local i = 1
  while true do
    local up, value = debug.getupvalue(f, i)
    if not up then return nil end
    if up == name then return value end
    if type(value) == "function" then
      local found = find_upvalue(value, name, seen)
      if found ~= nil then return found end
    end
    i = i + 1
  end
end

--- The options each public function accepts, function name -> set, as
-- lua/verba.lua checks them (its local table accepts, read through the
-- upvalues of verba.tokens: the module exposes no such table).
function helpers.accepted_options()
  local verba = require("verba")
  return assert(find_upvalue(verba.tokens, "accepts"), "lua/verba.lua has no accepts table")
end

--- Every option name any function accepts, sorted.
function helpers.option_names()
  local set, names = {}, {}
  for _, accepted in pairs(helpers.accepted_options()) do
    for name in pairs(accepted) do set[name] = true end
  end
  for name in pairs(set) do names[#names + 1] = name end
  table.sort(names)
  return names
end

return helpers
