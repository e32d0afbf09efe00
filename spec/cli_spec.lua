-- The command-line tool, run in-process through cli.main with captured
-- output streams.
local cli = require("verba.cli")

local function sink()
  local parts = {}
  return { write = function(self, ...)
    for _, v in ipairs({ ... }) do parts[#parts + 1] = tostring(v) end
    return self
  end, text = function() return table.concat(parts) end }
end

local function run(args, input)
  local path
  if input then
    path = os.tmpname()
    local f = assert(io.open(path, "wb"))
    f:write(input)
    f:close()
    args[#args + 1] = path
  end
  local out, err = sink(), sink()
  local status = cli.main(args, out, err)
  if path then os.remove(path) end
  return status, out.text(), err.text()
end

describe("the verba command", function()
  it("prints tokens with 1-based inclusive offsets, kind and text", function()
    local status, out = run({ "tokens" }, "Zürich’s U.S. office")
    assert.are.equal(0, status)
    assert.are.equal("1\t11\tword\tZürich’s\n13\t16\tword\tU.S.\n18\t23\tword\toffice\n", out)
  end)

  it("prints words, case-folded on request", function()
    local _, out = run({ "words", "--lower" }, "The U.S. Economy")
    assert.are.equal("the\nu.s.\neconomy\n", out)
  end)

  it("prints segments, sentences and paragraphs as spans", function()
    local text = "Mr. Hu left. She stayed.\n\nNext one."
    local _, out = run({ "sentences" }, text)
    assert.are.equal("1\t12\tMr. Hu left.\n14\t24\tShe stayed.\n27\t35\tNext one.\n", out)
    _, out = run({ "sentences", "--uax29" }, text)
    assert.are.equal("1\t4\tMr. \n", out:match("^[^\n]*\n"))
    _, out = run({ "paragraphs" }, text)
    assert.are.equal("1\t24\tMr. Hu left. She stayed.\n27\t35\tNext one.\n", out)
    _, out = run({ "segments" }, "a b")
    assert.are.equal("1\t1\ta\n2\t2\t \n3\t3\tb\n", out)
  end)

  it("prints quotations with kind, speaker and cue", function()
    local _, out = run({ "quotes" }, "“We will appeal,” said Maria Lopez.")
    assert.are.equal("1\t21\tdirect\tMaria Lopez\tsaid\t“We will appeal,”\n", out)
  end)

  it("shows control characters escaped, one item a line", function()
    local _, out = run({ "tokens", "--spaces" }, "a\tb")
    assert.are.equal("1\t1\tword\ta\n2\t2\tspace\t\\t\n3\t3\tword\tb\n", out)
  end)

  it("summarises a text in the demo", function()
    local status, out = run({ "demo" }, "“We will appeal,” said Maria Lopez. The U.S. court ruled.")
    assert.are.equal(0, status)
    assert.matches("2 sentences", out)
    assert.matches("1 quotations", out)
    assert.matches("Maria Lopez", out)
  end)

  it("fails with status 1 and the byte position on invalid UTF-8", function()
    local status, out, err = run({ "tokens" }, "ab\255")
    assert.are.equal(1, status)
    assert.are.equal("", out)
    assert.matches("invalid UTF%-8 at byte 3", err)
    status, out = run({ "tokens", "--invalid=replace" }, "ab\255")
    assert.are.equal(0, status)
    assert.are.equal("1\t2\tword\tab\n3\t3\tsymbol\t\255\n", out)
  end)

  it("rejects unknown commands and options with status 2 and the usage", function()
    local status, _, err = run({ "tokenz" })
    assert.are.equal(2, status)
    assert.matches("unknown command tokenz", err)
    assert.matches("usage: verba COMMAND", err)
    status, _, err = run({ "tokens", "--fast" })
    assert.are.equal(2, status)
    assert.matches("unknown option %-%-fast", err)
    status, _, err = run({ "tokens", "--invalid=skip" }, "x")
    assert.are.equal(1, status)
    assert.matches("invalid", err)
  end)

  it("prints the usage for --help", function()
    local status, out = run({ "--help" })
    assert.are.equal(0, status)
    assert.matches("commands:", out)
  end)

  it("reports a missing file", function()
    local status, _, err = run({ "tokens", "/nonexistent/verba-input.txt" })
    assert.are.equal(1, status)
    assert.matches("nonexistent", err)
  end)
end)
