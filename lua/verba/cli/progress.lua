--- The progress line of the verba command, on standard error: items, MB,
-- MB/s and, when the total is known, the share done and the time left. It
-- appears only when the run has taken over a second and standard error is
-- a terminal, and is redrawn a few times a second. Times are the
-- process's CPU time (os.clock): the command is CPU-bound, and plain Lua
-- has no finer wall clock than os.time's seconds.
local progress = {}

--- Whether standard output and standard error are terminals, asked once
-- of the shell (POSIX `test -t`, one process for both): returns a
-- function(fd) for fd 1 or 2. A system without a shell has no terminals.
function progress.terminals()
  local known
  return function(fd)
    if not known then
      local a, b, c = os.execute("t=0; [ -t 1 ] && t=1; [ -t 2 ] && t=$((t+2)); exit $t")
      -- Lua 5.1 returns the wait status; later versions true|nil, "exit", code
      local code = type(a) == "number" and math.floor(a / 256) or b == "exit" and c or 0
      known = { [1] = code % 2 == 1, [2] = code >= 2 and code <= 3 }
    end
    return known[fd]
  end
end

local function clock_text(seconds)
  seconds = math.floor(seconds + 0.5)
  local h, m, s = math.floor(seconds / 3600), math.floor(seconds / 60) % 60, seconds % 60
  if h > 0 then return ("%d:%02d:%02d"):format(h, m, s) end
  return ("%d:%02d"):format(m, s)
end

-- 1234567 -> "1,234,567"
local function grouped(n)
  local s = tostring(math.floor(n))
  repeat
    local changed
    s, changed = s:gsub("^(%d+)(%d%d%d)", "%1,%2")
  until changed == 0
  return s
end

local meter = {}
meter.__index = meter

--- A progress meter. p: stream (where the line goes), terminal() (whether
-- it is a terminal: asked only once the run is long), total() (the bytes
-- the run will read, or nil: asked once), clock (os.clock by default),
-- after (seconds before the line appears, 1), every (seconds between
-- redraws, 0.25).
function progress.new(p)
  return setmetatable({
    stream = p.stream, terminal = p.terminal, total_of = p.total,
    clock = p.clock or os.clock, after = p.after or 1, every = p.every or 0.25,
    items = 0, bytes = 0, shown = false, began = (p.clock or os.clock)(),
  }, meter)
end

function meter:line(now)
  local elapsed = now - self.began
  local rate = elapsed > 0 and self.bytes / elapsed or 0
  local parts = {
    grouped(self.items) .. (self.items == 1 and " item" or " items"),
    ("%.1f MB"):format(self.bytes / 1e6),
    ("%.1f MB/s"):format(rate / 1e6),
  }
  local total = self.total
  if total and total > 0 and self.bytes <= total then
    parts[#parts + 1] = ("%d%%"):format(math.floor(100 * self.bytes / total))
    if rate > 0 then parts[#parts + 1] = "ETA " .. clock_text((total - self.bytes) / rate) end
  end
  return "verba: " .. table.concat(parts, ", ")
end

--- Counts an item of the given bytes, and redraws the line when due.
function meter:tick(bytes)
  self.items = self.items + 1
  self.bytes = self.bytes + (bytes or 0)
  local now = self.clock()
  if now - self.began < self.after or (self.last and now - self.last < self.every) then return end
  self.last = now
  if self.enabled == nil then
    self.enabled = self.terminal() and true or false
    if self.enabled and self.total_of then self.total = self.total_of() end
  end
  if not self.enabled then return end
  -- "\r" and erase to the end of the line: a terminal, so escapes are fine
  self.stream:write("\r", self:line(now), "\27[K")
  self.shown = true
end

--- Ends the line, with the final figures, if it was shown.
function meter:finish()
  if self.shown then self.stream:write("\r", self:line(self.clock()), "\27[K\n") end
end

return progress
