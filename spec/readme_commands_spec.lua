-- Every shell block of README.md (```sh) runs: each block in one shell, in
-- a scratch copy of the checkout (a clone of it with the working tree's
-- files over it, so `make dist` finds its commit), with HOME an empty
-- directory, so installs go where a user without root would put them, and
-- the block must exit 0. The `$ verba ...` blocks are spec/cli_spec.lua's;
-- a few commands are not run here, each for the reason given below, and
-- every other block of the README that is not Lua must be one of those.
--
-- The commands build and install C code, the same whatever Lua runs the
-- specs: they run when the specs run on Lua 5.4 (`make test`), and are
-- pending on the others (`make test-all`).
local helpers = require("spec.helpers")

-- Commands that are the test suite itself, which .ci/run runs.
local RUN_BY_CI = { ["make test"] = true, ["make test-all"] = true }

-- The indented blocks of the README, by their first words, and why no
-- spec runs them as they are.
local NOT_RUN = {
  ["verba analyze|quotes"] = "a synopsis of the command, not a command",
  ["parallel --pipe"] = "spec/cli_spec.lua runs the same parallel --pipe --keep-order on an input of its own",
  ["hadoop jar"] = "needs a Hadoop cluster",
  ["sc.textFile("] = "PySpark, needs a Spark cluster",
  ["rdd.pipe("] = "Scala, needs a Spark cluster",
  ["bytes → code points"] = "a diagram",
}

local readme = helpers.read_file("README.md")

-- The ```sh blocks, and the indented blocks outside fences.
local function blocks()
  local sh, indented = {}, {}
  local fence, current, previous_blank = nil, nil, true
  for line in readme:gmatch("([^\n]*)\n") do
    if line:find("^```") then
      if fence then
        if fence == "sh" then sh[#sh + 1] = current end
        fence = nil
      else
        fence, current = line:match("^```(%w*)"), {}
      end
    elseif fence then
      current[#current + 1] = line
    elseif line:find("^    %S") and (previous_blank or indented.open) then
      if not indented.open then
        indented[#indented + 1] = line:sub(5)
        indented.open = true
      end
    elseif line ~= "" then
      indented.open = nil
    end
    previous_blank = line == ""
  end
  indented.open = nil
  return sh, indented
end

local function quoted(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local sh_blocks, indented_blocks = blocks()

describe("README's shell commands", function()
  it("has the install commands", function()
    local all = {}
    for _, block in ipairs(sh_blocks) do all[#all + 1] = table.concat(block, "\n") end
    all = table.concat(all, "\n")
    for _, command in ipairs({ "make install PREFIX=", "luarocks --lua-version=5.4 --local make",
                               "make dist", "luarocks --lua-version=5.4 --local install ./verba-" }) do
      assert.is_truthy(all:find(command, 1, true), command)
    end
  end)

  it("names every other block, with the reason no spec runs it", function()
    for _, first in ipairs(indented_blocks) do
      local known = false
      for prefix in pairs(NOT_RUN) do
        if first:sub(1, #prefix) == prefix then known = true end
      end
      assert.is_true(known, "README.md: a block no spec runs: " .. first)
    end
  end)

  it("leaves to CI only the commands that are the suite itself", function()
    local ci = helpers.read_file(".ci/run")
    for command in pairs(RUN_BY_CI) do
      local runs = ci:find("\n" .. command .. " ", 1, true) or ci:find("\n" .. command .. "\n", 1, true)
      assert.is_truthy(runs, ".ci/run does not run " .. command)
    end
  end)

  if _VERSION ~= "Lua 5.4" or (jit ~= nil) then -- luacheck: ignore 113 (jit: LuaJIT)
    return pending("the README's shell blocks run with the specs on Lua 5.4")
  end

  local scratch = os.tmpname()
  os.remove(scratch)
  local home = scratch .. "/home"
  local work = scratch .. "/verba"
  local root = select(2, helpers.run("pwd")):gsub("\n$", "")

  setup(function()
    assert(helpers.execute("mkdir -p " .. quoted(home)))
    -- committed files from a clone, the working tree's over them, and the
    -- builds of the module that are there already (times kept, so make
    -- finds them up to date instead of compiling again)
    assert(helpers.execute(("git clone -q --shared %s %s && " ..
      "git ls-files -co --exclude-standard -z | tar --null -T - -cf - | tar -x -C %s"):format(
      quoted(root), quoted(work), quoted(work))))
    for _, build in ipairs({ "build/verba", "build/lua5.3", "build/luajit" }) do
      if helpers.execute("test -d " .. build) then
        assert(helpers.execute(("tar -cf - %s | tar -x -C %s"):format(build, quoted(work))))
      end
    end
  end)

  teardown(function()
    helpers.execute("rm -rf " .. quoted(scratch))
  end)

  for i, block in ipairs(sh_blocks) do
    local commands = {}
    for _, line in ipairs(block) do
      local command = line:gsub("%s+#.*$", "")
      if not RUN_BY_CI[command] then commands[#commands + 1] = command end
    end
    local tools = {}
    for _, command in ipairs(commands) do
      local tool = command:gsub("^%u[%w_]*=%S+%s+", ""):gsub("^%u[%w_]*=%S+%s+", ""):match("^(%S+)")
      if tool and not tool:find("/") and not tool:find("%$") then tools[#tools + 1] = tool end
    end
    it(("runs block %d: %s"):format(i, table.concat(commands, "; ")), function()
      for _, tool in ipairs(tools) do
        if not helpers.execute("command -v " .. tool .. " >/dev/null 2>&1") then
          return pending(tool .. " is not installed")
        end
      end
      local script = helpers.write_file(scratch .. "/block.sh",
        "set -e\ncd " .. quoted(work) .. "\n" .. table.concat(commands, "\n") .. "\n")
      local ok, out = helpers.run(("env HOME=%s sh %s 2>&1"):format(quoted(home), quoted(script)))
      assert.is_true(ok, out)
    end)
  end

  it("installed a verba that runs, with make install and with the rock", function()
    local _, version = helpers.run("env -i PATH=/usr/bin:/bin " .. quoted(home .. "/.local/bin/verba") ..
      " --version")
    assert.matches("^verba %d+%.%d+%.%d+ %(Unicode ", version)
    local ok, rock_version = helpers.run("env -i PATH=/usr/bin:/bin " .. quoted(home .. "/.luarocks/bin/verba") ..
      " --version")
    assert.is_true(ok)
    assert.are.equal(version, rock_version)
    assert.is_true(helpers.execute("test -f " .. quoted(home .. "/.local/share/man/man1/verba.1")))
    assert.is_true(helpers.execute("test -f " .. quoted(home .. "/.local/share/doc/verba/NOTICE")))
  end)
end)
