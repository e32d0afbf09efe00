-- A Neovim snippet (LuaJIT): `:lua require("verba_quotes").to_quickfix()`
-- lists the quotations of the current buffer and their speakers in the
-- quickfix list, each at its line and column. Put this file on the
-- runtimepath's lua/ (or package.path) and verba, built for LuaJIT
-- (make LUA_INCDIR=/usr/include/luajit-2.1), on package.path and
-- package.cpath.
local verba = require("verba")

local M = {}

-- The buffer's lines and, for each, the byte offset (1-based) of its
-- first byte in their text joined with newlines.
local function buffer_text(bufnr)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local starts, at = {}, 1
  for i, line in ipairs(lines) do
    starts[i] = at
    at = at + #line + 1
  end
  return table.concat(lines, "\n"), starts
end

-- The line (1-based) and byte column (1-based) of text offset pos.
local function position(starts, pos)
  local lo, hi = 1, #starts
  while lo < hi do
    local mid = math.floor((lo + hi + 1) / 2)
    if starts[mid] <= pos then lo = mid else hi = mid - 1 end
  end
  return lo, pos - starts[lo] + 1
end

--- The quickfix items of the quotations of buffer bufnr (0: the current
-- one): "speaker: “quotation”", at the quotation's first byte.
function M.items(bufnr)
  if not bufnr or bufnr == 0 then bufnr = vim.api.nvim_get_current_buf() end
  local text, starts = buffer_text(bufnr)
  local quotes = assert(verba.quotes(text, { invalid = "replace" }))
  local items = {}
  for _, q in ipairs(quotes) do
    if q.kind ~= "mention" then
      local lnum, col = position(starts, q.start)
      items[#items + 1] = { bufnr = bufnr, lnum = lnum, col = col,
                            text = (q.speaker_name or q.speaker or "?") .. ": " ..
                              text:sub(q.start, q.stop) }
    end
  end
  return items
end

--- Fills the quickfix list with the current buffer's quotations.
function M.to_quickfix()
  vim.fn.setqflist({}, " ", { title = "verba: quotations", items = M.items(0) })
end

return M
