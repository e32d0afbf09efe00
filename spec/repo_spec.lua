-- The repository itself: a merge left unresolved once kept its conflict
-- markers in README.md for a day; no tracked text file may hold them.

describe("the repository's files", function()
  local list = io.popen("git ls-files 2>/dev/null")
  local files = {}
  if list then
    for path in list:lines() do files[#files + 1] = path end
    list:close()
  end
  if #files == 0 then
    pending("not a git checkout: no list of tracked files")
    return
  end

  it("hold no merge conflict markers", function()
    local found = {}
    for _, path in ipairs(files) do
      -- (generated tables and binary fixtures are no text to merge by hand)
      if path:find("%.[%a]+$") and not path:find("_data%.h$") and not path:find("%.bin$") then
        local f = io.open(path, "rb")
        local text = f and f:read("*a") or ""
        if f then f:close() end
        local n = 0
        for line in (text .. "\n"):gmatch("([^\n]*)\n") do
          n = n + 1
          if line:find("^<<<<<<< ") or line:find("^>>>>>>> ") then
            found[#found + 1] = path .. ":" .. n
          end
        end
      end
    end
    assert.are.same({}, found)
  end)
end)
