-- Every ```lua block of README.md runs and its assertions hold, so the
-- documentation cannot drift from the code.
local function lua_blocks(path)
  local f = assert(io.open(path, "r"))
  local text = f:read("a")
  f:close()
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
      local chunk = assert(load(code, "=README.md example " .. i))
      chunk()
    end)
  end
end)
