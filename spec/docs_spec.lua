-- The API reference (LDoc comments of lua/verba.lua, `make docs`) covers
-- every public function and field of the module, and every example in it
-- runs: the reference cannot drift from the code.
local verba = require("verba")
local helpers = require("spec.helpers")

-- The LDoc comment blocks of a file: runs of comment lines that open with
-- "---", as arrays of their lines without the comment marks.
local function doc_blocks(path)
  local blocks, current = {}, nil
  for line in helpers.read_file(path):gmatch("([^\n]*)\n") do
    local opener = line:match("^%s*%-%-%-%s?(.*)$")
    local body = line:match("^%s*%-%-%s?(.*)$")
    if opener and not line:find("^%s*%-%-%-%-") then
      current = { opener }
      blocks[#blocks + 1] = current
    elseif current and body then
      current[#current + 1] = body
    else
      current = nil
    end
  end
  return blocks
end

-- A block's tags: name -> array of their texts (a tag's text runs on to
-- the next tag), and the text of its @usage.
local function tags_of(block)
  local tags, last = {}, nil
  for _, line in ipairs(block) do
    local tag, rest = line:match("^@([%w_]+)%S*%s*(.*)$")
    if tag then
      tags[tag] = tags[tag] or {}
      local list = tags[tag]
      list[#list + 1] = rest
      last = { list = list, tag = tag }
    elseif last then
      local list = last.list
      list[#list] = list[#list] .. "\n" .. line
    end
  end
  return tags
end

local blocks = doc_blocks("lua/verba.lua")
local functions, fields = {}, {}
for _, block in ipairs(blocks) do
  local tags = tags_of(block)
  if tags["function"] then functions[tags["function"][1]] = tags end
  if tags.field and not tags.table then fields[tags.field[1]] = tags end
end

local public_functions, public_fields = {}, {}
for name, value in pairs(verba) do
  if type(value) == "function" then
    public_functions[#public_functions + 1] = name
  else
    public_fields[#public_fields + 1] = name
  end
end
table.sort(public_functions)
table.sort(public_fields)

describe("the API reference", function()
  it("has the functions and fields it should", function()
    assert.is_true(#public_functions >= 15)
    assert.are.same({ "unicode_version", "utf8proc_unicode_version", "utf8proc_version",
                      "version" }, public_fields)
  end)

  for _, name in ipairs(public_functions) do
    it("documents verba." .. name .. ": parameters, returns, errors and an example", function()
      local tags = functions[name]
      assert.is_not_nil(tags, "no @function " .. name .. " in lua/verba.lua")
      assert.is_not_nil(tags.tparam, name .. ": no @tparam")
      assert.is_not_nil(tags.treturn, name .. ": no @treturn")
      assert.is_not_nil(tags.raise, name .. ": no @raise")
      assert.is_not_nil(tags.usage, name .. ": no @usage")
      -- every function that takes options names those it takes
      for _, param in ipairs(tags.tparam) do
        if param:find("^table opts") then
          assert.matches("@{options}: `", param, 1, true)
        end
      end
    end)

    if functions[name] and functions[name].usage then
      it("runs the example of verba." .. name, function()
        local code = functions[name].usage[1]
        assert(helpers.load(code, "=verba." .. name .. " @usage"))()
      end)
    end
  end

  for _, name in ipairs(public_fields) do
    it("documents verba." .. name, function()
      assert.is_not_nil(fields[name], "no @field " .. name .. " in lua/verba.lua")
    end)
  end

  it("documents every option in the options table", function()
    local options
    for _, block in ipairs(blocks) do
      local tags = tags_of(block)
      if tags.table and tags.table[1] == "options" then options = tags.field end
    end
    local documented = {}
    for _, text in ipairs(options) do documented[#documented + 1] = text:match("^[%w_]+") end
    table.sort(documented)
    assert.are.same(helpers.option_names(), documented)
  end)
end)
