-- A small JSON reader and writer for the tools and specs (not part of the
-- module): enough for the JSON Lines corpora and gold files in ../shared/.
-- null reads as nil: an object leaves the key out, an array keeps its
-- length (n) with a hole.
local json = {}

local escapes = { b = "\b", f = "\f", n = "\n", r = "\r", t = "\t" }

-- The UTF-8 encoding of code point cp (utf8.char, which Lua 5.1 and
-- LuaJIT lack).
local function utf8_char(cp)
  if cp < 0x80 then return string.char(cp) end
  local floor = math.floor
  if cp < 0x800 then return string.char(0xC0 + floor(cp / 0x40), 0x80 + cp % 0x40) end
  if cp < 0x10000 then
    return string.char(0xE0 + floor(cp / 0x1000), 0x80 + floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
  end
  return string.char(0xF0 + floor(cp / 0x40000), 0x80 + floor(cp / 0x1000) % 0x40,
    0x80 + floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
end

-- Decodes the JSON value at position i of s; returns it and the next i.
local function decode(s, i)
  i = s:find("%S", i)
  local c = s:sub(i, i)
  if c == "{" then
    local obj = {}
    i = s:find("%S", i + 1)
    if s:sub(i, i) == "}" then return obj, i + 1 end
    while true do
      local key
      key, i = decode(s, i)
      i = s:find(":", i, true) + 1
      obj[key], i = decode(s, i)
      i = s:find("%S", i)
      local sep = s:sub(i, i)
      i = i + 1
      if sep == "}" then return obj, i end
    end
  elseif c == "[" then
    local arr, n = {}, 0
    i = s:find("%S", i + 1)
    if s:sub(i, i) == "]" then return arr, i + 1 end
    while true do
      n = n + 1
      arr[n], i = decode(s, i)
      i = s:find("%S", i)
      local sep = s:sub(i, i)
      i = i + 1
      if sep == "]" then return arr, i end
    end
  elseif c == '"' then
    local parts, j = {}, i + 1
    while true do
      local k = s:find('["\\]', j)
      parts[#parts + 1] = s:sub(j, k - 1)
      if s:sub(k, k) == '"' then return table.concat(parts), k + 1 end
      local e = s:sub(k + 1, k + 1)
      if e == "u" then
        local cp = tonumber(s:sub(k + 2, k + 5), 16)
        j = k + 6
        if cp >= 0xD800 and cp < 0xDC00 and s:sub(j, j + 1) == "\\u" then
          local lo = tonumber(s:sub(j + 2, j + 5), 16)
          cp = 0x10000 + (cp - 0xD800) * 0x400 + (lo - 0xDC00)
          j = j + 6
        end
        parts[#parts + 1] = utf8_char(cp)
      else
        parts[#parts + 1] = escapes[e] or e
        j = k + 2
      end
    end
  elseif s:sub(i, i + 3) == "true" then return true, i + 4
  elseif s:sub(i, i + 4) == "false" then return false, i + 5
  elseif s:sub(i, i + 3) == "null" then return nil, i + 4
  end
  local num = s:match("^-?[%d.eE+-]+", i)
  return tonumber(num), i + #num
end

function json.decode(s) return (decode(s, 1)) end

local function encode_string(v)
  return '"' .. v:gsub('[%c"\\]', function(ch)
    local named = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n",
                    ["\r"] = "\\r", ["\t"] = "\\t" }
    return named[ch] or ("\\u%04x"):format(ch:byte())
  end) .. '"'
end

-- Encodes numbers, strings, booleans, arrays and string-keyed objects
-- (keys sorted, so the output is stable).
function json.encode(v)
  local t = type(v)
  if t == "string" then return encode_string(v) end
  if t == "number" then
    -- integral values without a fraction on every Lua ("3", never "3.0")
    if v % 1 == 0 and v > -2 ^ 53 and v < 2 ^ 53 then return ("%d"):format(v) end
    return ("%.17g"):format(v)
  end
  if t == "boolean" then return tostring(v) end
  if v == nil or v == json.null then return "null" end
  local out = {}
  if #v > 0 or next(v) == nil then
    for _, x in ipairs(v) do out[#out + 1] = json.encode(x) end
    return "[" .. table.concat(out, ",") .. "]"
  end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys)
  for _, k in ipairs(keys) do
    out[#out + 1] = encode_string(k) .. ":" .. json.encode(v[k])
  end
  return "{" .. table.concat(out, ",") .. "}"
end

return json
