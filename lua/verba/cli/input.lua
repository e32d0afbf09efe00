--- The inputs of the verba command: files or standard input read whole (up
-- to a limit), or lines of JSON records with --jsonl-input, each turned
-- into a document {text=, span=, ...} or a failure {error=, ...}.
local verba = require("verba")

local input = {}

--- The default --max-bytes: 256 MiB, far above any article, small enough
-- that an endless stream (/dev/zero) fails early.
input.DEFAULT_MAX_BYTES = 256 * 1024 * 1024

local CHUNK = 65536

local function label(path) return path == "-" and "standard input" or path end
input.label = label

-- The reason in an io.open message, which starts with the path.
local function reason(path, message)
  local prefix = path .. ": "
  if message:sub(1, #prefix) == prefix then return message:sub(#prefix + 1) end
  return message
end

local function open(path)
  if path == "-" then return io.stdin end
  local f, message = io.open(path, "rb")
  if not f then return nil, reason(path, message) end
  return f
end

local function close(f)
  if f ~= io.stdin then f:close() end
end

-- The bytes left in f from where it is, when it can seek (a file), else nil.
local function size_left(f)
  local here = f:seek()
  if not here then return nil end
  local size = f:seek("end")
  f:seek("set", here)
  return size and size - here
end

local function too_large(max)
  return ("larger than --max-bytes=%d (raise it for larger inputs)"):format(max)
end

--- Reads the rest of f, at most max bytes: the bytes, or nil and why. A
-- file's size is read first so it is read in one piece; a stream is read
-- in chunks, so an endless one fails once past max.
function input.read_limited(f, max)
  local parts, total = {}, 0
  local size = size_left(f)
  local want = size and size > 0 and size < max and size + 1 or CHUNK
  while true do
    local chunk, err = f:read(math.min(want, max - total + 1))
    if not chunk then
      if err then return nil, err end
      break
    end
    parts[#parts + 1] = chunk
    total = total + #chunk
    if total > max then return nil, too_large(max) end
    want = CHUNK
  end
  return table.concat(parts)
end

-- Whether an input is an HTML page: by its name, or by its first bytes (a
-- tag, comment, doctype or XML declaration, after a BOM and white space).
local function looks_like_html(path, bytes)
  if path and path:lower():match("%.html?$") then return true end
  return bytes:find("^%s*<[%a!?]") ~= nil or bytes:find("^\239\187\191%s*<[%a!?]") ~= nil
end

local function same(start, stop) return start, stop end

-- Completes doc from its raw bytes: doc.text, what the commands read
-- (an HTML page's text), and doc.span(start, stop), which moves a span of
-- the text onto the input's bytes. html: whether the bytes are HTML.
local function fill(doc, bytes, html, settings)
  doc.bytes = doc.bytes or #bytes
  if not html then
    doc.text, doc.span = bytes, same
    return doc
  end
  local text, map = verba.html_text(bytes, { invalid = settings.invalid, skip = settings.skip })
  if not text then
    doc.error = map
    return doc
  end
  doc.text, doc.html = text, true
  doc.span = function(start, stop) return map:span(start, stop) end
  return doc
end

--- Checks the settings documents are made with (raises the API's error
-- for a bad one, such as an element name --skip cannot take).
function input.check(settings)
  verba.html_text("", { invalid = settings.invalid, skip = settings.skip })
end

--- Iterates over the files named in paths ("-": standard input), each a
-- document {file=, label=, bytes=, text=, span=, html=} or a failure
-- {file=, label=, error=}. settings: the options (html, no_html, skip,
-- invalid, max_bytes).
function input.files(paths, settings)
  local i = 0
  return function()
    i = i + 1
    local path = paths[i]
    if not path then return nil end
    local doc = { file = path, label = label(path) }
    local f, why = open(path)
    if not f then
      doc.error = why
      return doc
    end
    local bytes
    bytes, why = input.read_limited(f, settings.max_bytes)
    close(f)
    if not bytes then
      doc.error = why
      return doc
    end
    local html = settings.html or not settings.no_html and looks_like_html(path, bytes)
    return fill(doc, bytes, html, settings)
  end
end

--- Iterates over the lines of f, without their "\n" (or "\r\n"), giving
-- for each: its number, the line (nil when it is longer than max bytes)
-- and the bytes it took; a read error gives nil, nil, 0, why. Lines are
-- read in chunks, so a line without end costs at most max bytes.
local function lines(f, max)
  local chunk, pos, number = "", 1, 0
  return function()
    local parts, size = {}, 0
    while true do
      local newline = chunk:find("\n", pos, true)
      local last = newline and newline - 1 or #chunk
      size = size + last - pos + 1
      if size <= max then parts[#parts + 1] = chunk:sub(pos, last) end
      if newline then
        pos = newline + 1
        break
      end
      local more, err = f:read(CHUNK)
      if not more then
        if err then return nil, nil, 0, err end
        chunk, pos = "", 1
        if size == 0 then return nil end
        break
      end
      chunk, pos = more, 1
    end
    number = number + 1
    local taken = size + (pos > 1 and 1 or 0)
    if size > max then return number, nil, taken end
    return number, (table.concat(parts):gsub("\r$", "")), taken
  end
end

-- Turns a decoded JSON line into a document; problems make it a failure.
local function record(doc, value, settings)
  if type(value) ~= "table" or value[1] ~= nil then
    doc.error = "not a JSON object"
    return doc
  end
  local id = value.id
  if id ~= nil then
    if type(id) ~= "string" and type(id) ~= "number" then
      doc.error = '"id" must be a string or a number'
      return doc
    end
    doc.id = id
  end
  local text, html = value.text, value.html
  if text ~= nil and html ~= nil then
    doc.error = 'both "text" and "html": give one'
  elseif text == nil and html == nil then
    doc.error = 'no "text" or "html"'
  elseif type(text or html) ~= "string" then
    doc.error = ('"%s" must be a string'):format(text ~= nil and "text" or "html")
  end
  if doc.error then return doc end
  return fill(doc, text or html, html ~= nil or settings.html, settings)
end

--- Iterates over the records of JSON Lines files (paths as in
-- input.files): each line {"id": ..., "text": ...} or {"id": ..., "html":
-- ...} is a document {file=, label=, line=, id=, bytes=, text=, span=,
-- html=}, or a failure with error= (a bad line: line=; a file that cannot
-- be read: no line). Blank lines are skipped. json: a lua-cjson instance.
function input.jsonl(paths, settings, json)
  local i, next_line, path = 0, nil, nil
  return function()
    while true do
      if not next_line then
        i = i + 1
        path = paths[i]
        if not path then return nil end
        local f, why = open(path)
        if not f then return { file = path, label = label(path), error = why } end
        local read = lines(f, settings.max_bytes)
        next_line = function()
          local number, line, taken, err = read()
          if not number then close(f) end
          return number, line, taken, err
        end
      end
      local number, line, taken, err = next_line()
      if not number then
        next_line = nil
        if err then return { file = path, label = label(path), error = err } end
      elseif not line or line:find("%S") then
        local doc = { file = path, label = label(path), line = number, bytes = taken }
        if not line then
          doc.error = too_large(settings.max_bytes)
          return doc
        end
        local ok, value = pcall(json.decode, line)
        if not ok then
          doc.error = "malformed JSON: " .. tostring(value)
          return doc
        end
        return record(doc, value, settings)
      end
    end
  end
end

--- The number of bytes still to read in the inputs named in paths, as far
-- as it can be known (files; not pipes): for a progress line's estimate.
function input.total_bytes(paths, max)
  local total = 0
  for _, path in ipairs(paths) do
    if path ~= "-" then
      local f = io.open(path, "rb")
      if f then
        total = total + math.min(size_left(f) or 0, max)
        f:close()
      end
    end
  end
  return total
end

return input
