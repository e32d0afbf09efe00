-- The LuaLS / EmmyLua definitions (lua/verba/meta.lua) say what the module
-- does: the same functions and fields, each function's options class has
-- exactly the options it accepts, and the result classes have the fields
-- the results have. (lua-language-server is not packaged for Debian, so
-- its --check cannot run here; this reads the annotations instead.)
local verba = require("verba")
local helpers = require("spec.helpers")

-- The classes of the definitions, name -> {parent=, fields = {name -> type}},
-- and the functions, name -> {params = {name -> type}}.
local function read_definitions(path)
  local classes, functions = {}, {}
  local class, params = nil, {}
  for line in helpers.read_file(path):gmatch("([^\n]*)\n") do
    local name, parent = line:match("^%-%-%-@class ([%w_.]+):?%s*([%w_.]*)")
    local field, field_type = line:match("^%-%-%-@field ([%w_]+)%??%s+(%S+)")
    local param, param_type = line:match("^%-%-%-@param ([%w_]+)%??%s+(%S+)")
    local fname = line:match("^function verba%.([%w_]+)%(")
    if name then
      class = { parent = parent ~= "" and parent or nil, fields = {} }
      classes[name] = class
    elseif field and class then
      class.fields[field] = field_type
    else
      class = nil
    end
    -- a function's @param lines are in the comment block just above it
    if param then params[param] = param_type end
    if fname then functions[fname] = { params = params } end
    if not line:find("^%-%-%-") then params = {} end
  end
  return classes, functions
end

local classes, functions = read_definitions("lua/verba/meta.lua")

-- The field names of a class with those of its parents, sorted.
local function field_names(name)
  local names = {}
  while name do
    local class = assert(classes[name], "no class " .. name)
    for field in pairs(class.fields) do names[#names + 1] = field end
    name = class.parent
  end
  table.sort(names)
  return names
end

local function sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  return keys
end

-- Every key of every table in list (result tables), sorted.
local function keys_of_all(list)
  local set = {}
  for _, item in ipairs(list) do
    for k in pairs(item) do set[k] = true end
  end
  return sorted_keys(set)
end

describe("the LuaLS definitions", function()
  local accepts = helpers.accepted_options()

  it("describe every function of the module", function()
    for name, value in pairs(verba) do
      if type(value) == "function" then
        assert.is_not_nil(functions[name], "lua/verba/meta.lua lacks verba." .. name)
      end
    end
  end)

  it("describe the module's fields as those of class verba", function()
    local fields = {}
    for name, value in pairs(verba) do
      if type(value) ~= "function" then fields[#fields + 1] = name end
    end
    table.sort(fields)
    assert.are.same(fields, field_names("verba"))
  end)

  for _, name in ipairs(sorted_keys(functions)) do
    it("describe verba." .. name .. " and its options", function()
      assert.are.equal("function", type(verba[name]), "verba." .. name .. " does not exist")
      local opts_class = functions[name].params.opts
      local accepted = accepts[name] and sorted_keys(accepts[name]) or {}
      assert.are.same(accepted, opts_class and field_names(opts_class) or {})
      if name ~= "new" then assert.are.equal("string", functions[name].params.s) end
    end)
  end

  it("give quotations the fields quotes gives", function()
    local U = helpers.U
    local s = U(0x201C) .. "We will appeal, " .. U(0x2018) .. "now" .. U(0x2019) .. "," ..
      U(0x201D) .. " said Maria Lopez. Hu spoke of " .. U(0x201C) .. "the plan"
    local quotes = verba.quotes(s)
    local all = {}
    for _, q in ipairs(quotes) do
      all[#all + 1] = q
      for _, inner in ipairs(q.nested or {}) do all[#all + 1] = inner end
    end
    assert.are.same(field_names("verba.Quote"), keys_of_all(all))
    -- analyze links speakers to entities
    local linked = verba.analyze(s).quotes
    for _, q in ipairs(linked) do
      for _, inner in ipairs(q.nested or {}) do linked[#linked + 1] = inner end
    end
    local want = field_names("verba.Quote")
    want[#want + 1] = "speaker_id"
    table.sort(want)
    assert.are.same(want, keys_of_all(linked))
  end)

  it("give analyze, tokens and spans the fields they have", function()
    local a = verba.analyze("Hu spoke. He left.", { tokens = true })
    assert.are.same(field_names("verba.Analysis"), sorted_keys(a))
    assert.are.same(field_names("verba.Span"), keys_of_all(a.sentences))
    assert.are.same(field_names("verba.Span"), keys_of_all(a.paragraphs))
    assert.are.same(field_names("verba.Token"), keys_of_all(verba.tokenize("Hu spoke.", { detail = true })))
  end)

  it("give entities and entity groups the fields they have", function()
    local s = "Mrs. Ann Lee of Acme Corp. spoke on Monday. Lee left."
    assert.are.same(field_names("verba.Entity"), keys_of_all(verba.entities(s)))
    local groups = verba.entity_groups(s)
    assert.are.same(field_names("verba.EntityGroup"), keys_of_all(groups))
    local mentions = {}
    for _, g in ipairs(groups) do
      for _, m in ipairs(g.mentions) do mentions[#mentions + 1] = m end
    end
    assert.are.same({ "start", "stop", "text" }, keys_of_all(mentions))
  end)

  it("give the HTML map its methods", function()
    local _, map = verba.html_text("<p>a</p>")
    assert.are.equal(4, map:source(1)) -- the "a" after <p>
    assert.are.same({ 4, 4 }, { map:span(1, 1) })
    local methods = helpers.read_file("lua/verba/meta.lua"):gmatch("function HtmlMap:([%w_]+)")
    for method in methods do assert.are.equal("function", type(map[method])) end
  end)

  it("load as a module that changes nothing", function()
    local meta = require("verba.meta")
    assert.are.equal("table", type(meta))
    assert.are_not.equal(verba, meta)
  end)
end)
