-- Every ```lua block of README.md runs and its assertions hold, so the
-- documentation cannot drift from the code. The examples are written for
-- Lua 5.4; on older Luas their escapes are rewritten (helpers.portable).
local helpers = require("spec.helpers")

local function lua_blocks(path)
  local text = helpers.read_file(path)
  local blocks = {}
  for code in text:gmatch("```lua\n(.-)```") do blocks[#blocks + 1] = code end
  return blocks
end

describe("README.md examples", function()
  local blocks = lua_blocks("README.md")

  it("has examples", function()
    assert.is_true(#blocks >= 5)
  end)

  for i, code in ipairs(blocks) do
    it("runs example " .. i .. ": " .. (code:match("[^\n]*\n([^\n]*)") or ""), function()
      local chunk = assert(helpers.load(helpers.portable(code), "=README.md example " .. i))
      chunk()
    end)
  end
end)
