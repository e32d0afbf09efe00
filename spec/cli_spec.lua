-- The verba command. The first block runs cli.main in-process with
-- captured streams; the others run bin/verba as a subprocess of the same
-- interpreter, from the in-tree build (the environment's LUA_PATH and
-- LUA_CPATH, as `make test` sets them).
local cli = require("verba.cli")
local verba = require("verba")
local cjson = require("cjson")
local _ -- what a call gives that a spec does not look at

local function sink()
  local parts = {}
  return { write = function(self, ...)
    for _, v in ipairs({ ... }) do parts[#parts + 1] = tostring(v) end
    return self
  end, text = function() return table.concat(parts) end }
end

local function write_file(path, bytes)
  local f = assert(io.open(path, "wb"))
  f:write(bytes)
  f:close()
  return path
end

local function read_file(path)
  local f = assert(io.open(path, "rb"))
  local bytes = f:read("*a")
  f:close()
  return bytes
end

local function run(args, input)
  local path
  if input then
    path = write_file(os.tmpname(), input)
    args[#args + 1] = path
  end
  local out, err = sink(), sink()
  local status = cli.main(args, out, err)
  if path then os.remove(path) end
  return status, out.text(), err.text()
end

describe("the verba command, in-process", function()
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

  it("rejects unknown commands, options and values with status 2", function()
    local status, _, err = run({ "tokenz" })
    assert.are.equal(2, status)
    assert.matches("unknown command tokenz", err)
    assert.matches("usage: verba COMMAND", err)
    status, _, err = run({ "tokens", "--fast" })
    assert.are.equal(2, status)
    assert.matches("unknown option %-%-fast", err)
    status, _, err = run({ "tokens", "--invalid=skip" }, "x")
    assert.are.equal(2, status)
    assert.matches("bad value for %-%-invalid", err)
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

-- The command as a user runs it -------------------------------------------

local LUA = arg and arg[-1] or "lua5.4"

local function quoted(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local tmp_files = {}
local function tmp(bytes)
  local path = write_file(os.tmpname(), bytes or "")
  tmp_files[#tmp_files + 1] = path
  return path
end

-- Runs `verba ARGS`, with stdin from the string input (or the shell
-- redirection in redirect) and env (words such as "NAME=value") before
-- the command, and returns status, stdout, stderr.
local function verba_cmd(args, input, redirect, env)
  local words = {}
  for i, a in ipairs(args) do words[i] = quoted(a) end
  local out, err = os.tmpname(), os.tmpname()
  local stdin = redirect or ("< " .. quoted(tmp(input or "")))
  local command = ("%s %s bin/verba %s %s > %s 2> %s"):format(
    env or "", LUA, table.concat(words, " "), stdin, quoted(out), quoted(err))
  local a, b, c = os.execute(command)
  local status = type(a) == "number" and math.floor(a / 256) or c
  if b == "signal" then status = 128 + c end
  local stdout, stderr = read_file(out), read_file(err)
  os.remove(out)
  os.remove(err)
  return status, stdout, stderr
end

local ARTICLE = "“We will appeal,” said Maria Lopez, the company’s lawyer. " ..
  "“The ruling is wrong.”\n\nLopez added that regulators “lack a basic understanding” of the market."

describe("the verba command", function()
  teardown(function()
    for _, path in ipairs(tmp_files) do os.remove(path) end
  end)

  describe("commands", function()
    it("tokens, words, segments", function()
      local status, out, err = verba_cmd({ "tokens" }, "Zürich’s U.S. office")
      assert.are.same({ 0, "1\t11\tword\tZürich’s\n13\t16\tword\tU.S.\n18\t23\tword\toffice\n", "" },
        { status, out, err })
      _, out = verba_cmd({ "tokens", "--split-possessive" }, "China’s")
      assert.are.equal("1\t5\tword\tChina\n6\t9\tword\t’s\n", out)
      _, out = verba_cmd({ "words", "--split-hyphens" }, "well-known fact")
      assert.are.equal("well\nknown\nfact\n", out)
      _, out = verba_cmd({ "segments" }, "a, b")
      assert.are.equal("1\t1\ta\n2\t2\t,\n3\t3\t \n4\t4\tb\n", out)
    end)

    it("sentences and paragraphs, with --abbreviations and --paragraphs", function()
      local _, out = verba_cmd({ "sentences" }, "See sect. Five is here.")
      assert.are.equal("1\t9\tSee sect.\n11\t23\tFive is here.\n", out)
      _, out = verba_cmd({ "sentences", "--abbreviations=sect." }, "See sect. Five is here.")
      assert.are.equal("1\t23\tSee sect. Five is here.\n", out)
      _, out = verba_cmd({ "paragraphs" }, "One\nTwo\n\nThree")
      assert.are.equal("1\t7\tOne\\nTwo\n10\t14\tThree\n", out)
      _, out = verba_cmd({ "paragraphs", "--paragraphs", "line" }, "One\nTwo\n\nThree")
      assert.are.equal("1\t3\tOne\n5\t7\tTwo\n10\t14\tThree\n", out)
    end)

    it("quotes, with --verbs", function()
      local _, out = verba_cmd({ "quotes" }, ARTICLE)
      assert.are.equal(
        "1\t21\tdirect\tMaria Lopez\tsaid\t“We will appeal,”\n" ..
        "65\t90\tdirect\tMaria Lopez\tsaid\t“The ruling is wrong.”\n" ..
        "121\t152\tpartial\tMaria Lopez\tadded\t“lack a basic understanding”\n", out)
      _, out = verba_cmd({ "quotes" }, "“Fine,” Hu harrumphed.")
      assert.are.equal("1\t11\tpartial\t-\t-\t“Fine,”\n", out)
      _, out = verba_cmd({ "quotes", "--verbs=harrumphed,point out" }, "“Fine,” Hu harrumphed.")
      assert.are.equal("1\t11\tdirect\tHu\tharrumphed\t“Fine,”\n", out)
    end)

    it("analyze: every section, its name first (tokens with --tokens)", function()
      local _, out = verba_cmd({ "analyze" }, "“Fine,” Hu said.\n\nBye.")
      assert.are.equal(
        "sentence\t1\t20\t“Fine,” Hu said.\n" ..
        "sentence\t23\t26\tBye.\n" ..
        "paragraph\t1\t20\t“Fine,” Hu said.\n" ..
        "paragraph\t23\t26\tBye.\n" ..
        "quote\t1\t11\tdirect\tHu\tsaid\t“Fine,”\n" ..
        "entity\t13\t14\tperson\tHu\t1\t-\tHu\n", out)
      _, out = verba_cmd({ "analyze", "--tokens" }, "Hi.")
      assert.are.equal("sentence\t1\t3\tHi.\nparagraph\t1\t3\tHi.\n" ..
        "token\t1\t2\tword\tHi\ntoken\t3\t3\tpunct\t.\n", out)
    end)

    it("demo, words and segments keep working", function()
      local status, out = verba_cmd({ "demo" }, ARTICLE)
      assert.are.equal(0, status)
      assert.matches("3 quotations:", out, 1, true)
      assert.matches("direct   Maria Lopez            “We will appeal,”", out, 1, true)
    end)
  end)

  describe("for a person (--human, the default on a terminal)", function()
    it("shows quotations as speaker: quotation", function()
      local _, out = verba_cmd({ "quotes", "--human" }, ARTICLE)
      assert.are.equal("Maria Lopez: “We will appeal,”\n" ..
        "Maria Lopez: “The ruling is wrong.”\n" ..
        "Maria Lopez: “lack a basic understanding”  [partial]\n", out)
    end)

    it("numbers sentences and paragraphs, on one line each", function()
      local _, out = verba_cmd({ "sentences", "--human" }, "One.\nStill one? Two.")
      assert.are.equal("   1  One.\n   2  Still one?\n   3  Two.\n", out)
      _, out = verba_cmd({ "paragraphs", "--human" }, "A\nb\n\nC")
      assert.are.equal("   1  A b\n\n   2  C\n\n", out)
    end)

    it("summarises analyze, then the quotations", function()
      local _, out = verba_cmd({ "analyze", "--human" }, ARTICLE)
      assert.are.equal("3 sentences, 2 paragraphs, 3 quotations, 2 entities\n\nquotations\n" ..
        "  Maria Lopez: “We will appeal,”\n  Maria Lopez: “The ruling is wrong.”\n" ..
        "  Maria Lopez: “lack a basic understanding”  [partial]\n\n" ..
        "entities\nperson\n     2  Maria Lopez  (Lopez)\n", out)
    end)

    it("shows tokens with their offsets and never sends control characters", function()
      local _, out = verba_cmd({ "tokens", "--human" }, "a\27[31m")
      assert.are.equal("          1-1  word     a\n          2-2  other    \\x1B\n" ..
        "          3-3  punct    [\n          4-6  number   31m\n", out)
    end)

    it("puts each input under its name when there are several", function()
      local one, two = tmp("“Yes,” Hu said."), tmp("“No,” Roe said.")
      local _, out = verba_cmd({ "quotes", "--human", one, two })
      assert.are.equal(("==> %s <==\nHu: “Yes,”\n\n==> %s <==\nRoe: “No,”\n"):format(one, two), out)
    end)
  end)

  describe("TSV", function()
    it("is the default when the output is not a terminal, with no progress line", function()
      local status, out, err = verba_cmd({ "quotes" }, "“Fine,” Hu said.")
      assert.are.same({ 0, "1\t11\tdirect\tHu\tsaid\t“Fine,”\n", "" }, { status, out, err })
      assert.are.same({ status, out, err }, { verba_cmd({ "quotes", "--tsv" }, "“Fine,” Hu said.") })
    end)

    it("escapes tab, newline, carriage return and backslash in every field", function()
      -- a tab inside a speaker no longer breaks the columns (issue 10)
      local _, out = verba_cmd({ "quotes" }, "“We will\tappeal,\\” said Maria\tLopez.\r\n")
      assert.are.equal("1\t22\tdirect\tMaria\\tLopez\tsaid\t“We will\\tappeal,\\\\”\n", out)
      _, out = verba_cmd({ "tokens", "--spaces" }, "a\r\\")
      assert.are.equal("1\t1\tword\ta\n2\t2\tspace\t\\r\n3\t3\tpunct\t\\\\\n", out)
    end)

    it("has a file column when there are several inputs", function()
      -- several files can be told apart (issue 10)
      local one, two = tmp("“Yes,” Hu said."), tmp("“No,” Roe said.")
      local status, out = verba_cmd({ "quotes", one, two })
      assert.are.equal(0, status)
      assert.are.equal(one .. "\t1\t10\tdirect\tHu\tsaid\t“Yes,”\n" ..
        two .. "\t1\t9\tdirect\tRoe\tsaid\t“No,”\n", out)
      _, out = verba_cmd({ "sentences", one, "-" }, "Hi.")
      assert.are.equal(one .. "\t1\t19\t“Yes,” Hu said.\n-\t1\t3\tHi.\n", out)
    end)
  end)

  describe("JSON", function()
    it("--json writes one object for one input, with every field and byte offsets", function()
      local status, out = verba_cmd({ "quotes", "--json" }, ARTICLE)
      assert.are.equal(0, status)
      local doc = cjson.decode(out)
      assert.are.equal("-", doc.file)
      assert.are.equal(3, #doc.quotes)
      local want = verba.quotes(ARTICLE)
      for i, q in ipairs(doc.quotes) do
        for key, value in pairs(want[i]) do assert.are.same(value, q[key]) end
        for key in pairs(q) do assert.is_not_nil(want[i][key]) end
      end
      assert.are.equal("“We will appeal,”", ARTICLE:sub(doc.quotes[1].start, doc.quotes[1].stop))
      assert.are.equal("Maria Lopez", ARTICLE:sub(doc.quotes[1].speaker_start, doc.quotes[1].speaker_stop))
    end)

    it("--json writes an array for several inputs, --jsonl a line per input", function()
      local one, two = tmp("Hi. Bye."), tmp("")
      local _, out = verba_cmd({ "sentences", "--json", one, two })
      assert.are.same({
        { file = one, sentences = { { start = 1, stop = 3, text = "Hi." }, { start = 5, stop = 8, text = "Bye." } } },
        { file = two, sentences = {} },
      }, cjson.decode(out))
      assert.are.equal('"sentences":[]}\n]\n', out:sub(-18))
      _, out = verba_cmd({ "sentences", "--jsonl", one, two })
      assert.are.equal(('{"file":"%s","sentences":[{"start":1,"stop":3,"text":"Hi."},' ..
        '{"start":5,"stop":8,"text":"Bye."}]}\n{"file":"%s","sentences":[]}\n'):format(one, two), out)
    end)

    it("analyze carries sentences, paragraphs, quotations and tokens", function()
      local _, out = verba_cmd({ "analyze", "--jsonl", "--tokens" }, ARTICLE)
      local doc = cjson.decode(out)
      local want = verba.analyze(ARTICLE, { tokens = true })
      for _, name in ipairs({ "sentences", "paragraphs", "quotes", "tokens" }) do
        assert.are.equal(#want[name], #doc[name])
        for i, item in ipairs(doc[name]) do
          assert.are.same({ want[name][i].start, want[name][i].stop }, { item.start, item.stop })
        end
      end
      assert.are.equal(ARTICLE:sub(doc.sentences[2].start, doc.sentences[2].stop), doc.sentences[2].text)
      assert.are.equal("punct", doc.tokens[1].kind)
      assert.are.equal("“", doc.tokens[1].text)
    end)

    it("writes the same bytes every run (keys in a fixed order)", function()
      local _, first = verba_cmd({ "analyze", "--jsonl" }, ARTICLE)
      local _, second = verba_cmd({ "analyze", "--jsonl" }, ARTICLE)
      assert.are.equal(first, second)
      assert.matches('^{"file":"%-","sentences":%[{"start":1,"stop":63,"text":', first)
      assert.matches('{"start":1,"stop":21,"kind":"direct","text":"We will appeal,","open":"“",' ..
        '"close":"”","unclosed":false,"speaker":"Maria Lopez","speaker_start":28,' ..
        '"speaker_stop":38,"speaker_name":"Maria Lopez","speaker_id":1,"cue":"said","cue_start":23,' ..
        '"cue_stop":26}', first, 1, true)
    end)

    it("writes valid UTF-8 with --invalid=replace, offsets into the original bytes", function()
      local status, out = verba_cmd({ "tokens", "--jsonl", "--invalid=replace" }, "caf\233 ok")
      assert.are.equal(0, status)
      assert.are.equal('{"file":"-","tokens":[{"start":1,"stop":3,"kind":"word","text":"caf"},' ..
        '{"start":4,"stop":4,"kind":"symbol","text":"\239\191\189"},' ..
        '{"start":6,"stop":7,"kind":"word","text":"ok"}]}\n', out)
    end)

    it("needs lua-cjson, which TSV does not", function()
      -- the in-tree build only: the system's modules, lua-cjson among them, are out of reach
      local in_tree = {}
      for entry in package.cpath:gmatch("[^;]+") do
        if entry:sub(1, 1) ~= "/" then in_tree[#in_tree + 1] = entry end
      end
      local env = "LUA_CPATH=" .. quoted(table.concat(in_tree, ";"))
      local status, out, err = verba_cmd({ "quotes", "--json" }, "“Fine,” Hu said.", nil, env)
      assert.are.same({ 2, "", "verba: --json needs lua-cjson: install the Debian package " ..
        "lua-cjson or the rock lua-cjson\nTry 'verba quotes --help'.\n" }, { status, out, err })
      status, _, err = verba_cmd({ "quotes", "--jsonl-input" }, "", nil, env)
      assert.are.same({ 2, "verba: --jsonl-input needs lua-cjson" }, { status, err:sub(1, 36) })
      assert.are.equal(0, (verba_cmd({ "quotes" }, "“Fine,” Hu said.", nil, env)))
    end)

    it("gives an error record and status 1 for an input that fails", function()
      local status, out, err = verba_cmd({ "quotes", "--jsonl", "/nonexistent/x.txt", "-" }, "ab\255")
      assert.are.equal(1, status)
      assert.are.equal('{"file":"/nonexistent/x.txt","error":"No such file or directory"}\n' ..
        '{"file":"-","error":"invalid UTF-8 at byte 3"}\n', out)
      assert.are.equal("verba: /nonexistent/x.txt: No such file or directory\n" ..
        "verba: standard input: invalid UTF-8 at byte 3\n", err)
    end)
  end)

  describe("HTML input", function()
    local page = read_file("spec/fixtures/article.html")

    it("is read as HTML by its name, offsets into the page", function()
      local path = tmp(page) .. ".html"
      write_file(path, page)
      tmp_files[#tmp_files + 1] = path
      local status, out = verba_cmd({ "quotes", "--json", path })
      assert.are.equal(0, status)
      local doc = cjson.decode(out)
      assert.is_true(doc.html)
      local q = doc.quotes[1]
      assert.are.equal("&#8220;We got <i>most of what we <em>asked\n     for</em></i>,&#8221;",
        page:sub(q.start, q.stop))
      assert.are.equal("We got most of what we asked for,", q.text)
      assert.are.equal("Jan de Vries", page:sub(q.speaker_start, q.speaker_stop))
      assert.are.equal("said", page:sub(q.cue_start, q.cue_stop))
      assert.are.equal("&lsquo;It&#x2019;s over,&rsquo;", page:sub(doc.quotes[2].start, doc.quotes[2].stop))
    end)

    it("is read as HTML when it starts with a tag, as text with --no-html", function()
      local _, out = verba_cmd({ "sentences" }, page)
      local start, stop = out:match("\n(%d+)\t(%d+)\tPort strike ends after\194\160talks\n")
      assert.are.equal("Port strike ends after&nbsp;talks", page:sub(tonumber(start), tonumber(stop)))
      _, out = verba_cmd({ "sentences", "--no-html" }, page)
      assert.matches("^1\t%d+\t<!DOCTYPE html>", out)
      _, out = verba_cmd({ "sentences", "--html" }, "A &amp; B.")
      assert.are.equal("1\t10\tA & B.\n", out)
    end)

    it("drops what --skip names", function()
      local _, out = verba_cmd({ "paragraphs", "--human", "--skip=nav" }, page)
      assert.are.equal("   1  Port strike ends after\194\160talks\n\n", out:match("^[^\n]*\n\n"))
      _, out = verba_cmd({ "paragraphs", "--human" }, page)
      assert.are.equal("   1  Home\n\n", out:match("^[^\n]*\n\n"))
    end)
  end)

  describe("--jsonl-input", function()
    it("writes a line per record with its id, an error record for a bad line or file", function()
      local first = tmp(table.concat({
        '{"id": "a", "text": "“Fine,” Hu said."}',
        'this is not JSON',
        '',
        '{"id": 7, "html": "<p>&ldquo;No,&rdquo; Roe said.</p>"}',
        '{"id": "b", "text": "ab\\u00ff \\u201cYes,\\u201d said Li."}',
        '{"id": "c", "text": 5}',
        '{"id": "d", "text": "caf\255"}',
      }, "\n") .. "\n")
      local last = tmp('{"id": "e", "text": "Last one."}\r\n{"text": "No id."}')
      local status, out, err = verba_cmd({ "quotes", "--jsonl-input", first, "/nonexistent/y.jsonl", last })
      assert.are.equal(1, status)
      local lines = {}
      for line in out:gmatch("[^\n]+") do lines[#lines + 1] = line end
      assert.are.same({
        '{"id":"a","quotes":[{"start":1,"stop":11,"kind":"direct","text":"Fine,","open":"“",' ..
          '"close":"”","unclosed":false,"speaker":"Hu","speaker_start":13,"speaker_stop":14,' ..
          '"speaker_name":"Hu","cue":"said","cue_start":16,"cue_stop":19}]}',
        '{"file":"' .. first .. '","line":2,"error":"malformed JSON: Expected value but found ' ..
          'invalid token at character 1"}',
        '{"id":7,"html":true,"quotes":[{"start":4,"stop":20,"kind":"direct","text":"No,",' ..
          '"open":"“","close":"”","unclosed":false,"speaker":"Roe","speaker_start":22,' ..
          '"speaker_stop":24,"speaker_name":"Roe","cue":"said","cue_start":26,"cue_stop":29}]}',
        '{"id":"b","quotes":[{"start":6,"stop":15,"kind":"partial","text":"Yes,","open":"“",' ..
          '"close":"”","unclosed":false,"speaker":"Li","speaker_start":22,"speaker_stop":23,' ..
          '"speaker_name":"Li","cue":"said","cue_start":17,"cue_stop":20}]}',
        '{"id":"c","file":"' .. first .. '","line":6,"error":"\\"text\\" must be a string"}',
        '{"id":"d","file":"' .. first .. '","line":7,"error":"invalid UTF-8 at byte 4"}',
        '{"file":"/nonexistent/y.jsonl","error":"No such file or directory"}',
        '{"id":"e","quotes":[]}',
        '{"line":2,"quotes":[]}',
      }, lines)
      assert.are.equal(table.concat({
        "verba: " .. first .. ":2: malformed JSON: Expected value but found invalid token at character 1",
        "verba: " .. first .. ':6 (id c): "text" must be a string',
        "verba: " .. first .. ":7 (id d): invalid UTF-8 at byte 4",
        "verba: /nonexistent/y.jsonl: No such file or directory",
      }, "\n") .. "\n", err)
    end)

    it("reads standard input, with TSV or JSON output on request", function()
      local records = '{"id":"x","text":"Hi. Bye."}\n{"id":2,"text":"Yes."}\n'
      local status, out = verba_cmd({ "sentences", "--jsonl-input" }, records)
      assert.are.equal(0, status)
      assert.are.equal('{"id":"x","sentences":[{"start":1,"stop":3,"text":"Hi."},' ..
        '{"start":5,"stop":8,"text":"Bye."}]}\n{"id":2,"sentences":[{"start":1,"stop":4,"text":"Yes."}]}\n', out)
      _, out = verba_cmd({ "sentences", "--jsonl-input", "--tsv" }, records)
      assert.are.equal("x\t1\t3\tHi.\nx\t5\t8\tBye.\n2\t1\t4\tYes.\n", out)
      _, out = verba_cmd({ "sentences", "--jsonl-input", "--json" }, records)
      assert.are.same({ { id = "x", sentences = { { start = 1, stop = 3, text = "Hi." },
        { start = 5, stop = 8, text = "Bye." } } }, { id = 2, sentences = { { start = 1, stop = 4, text = "Yes." } } } },
        cjson.decode(out))
    end)

    it("gives a line longer than --max-bytes an error record and goes on", function()
      local status, out = verba_cmd({ "sentences", "--jsonl-input", "--max-bytes=40" },
        '{"id":1,"text":"' .. ("x"):rep(50) .. '"}\n{"id":2,"text":"Ok."}\n')
      assert.are.equal(1, status)
      assert.are.equal('{"line":1,"error":"larger than --max-bytes=40 (raise it for larger inputs)"}\n' ..
        '{"id":2,"sentences":[{"start":1,"stop":3,"text":"Ok."}]}\n', out)
    end)

    local has_parallel = os.execute("command -v parallel >/dev/null 2>&1")
    if has_parallel == true or has_parallel == 0 then
      it("gives the same output split over processes by GNU parallel", function()
        local lines = {}
        for i, name in ipairs({ "nasa", "iodine", "crane", "flag", "korea" }) do
          local text = read_file("examples/wikinews/" .. name .. ".txt")
          lines[i] = cjson.encode({ id = name, text = text })
        end
        local records = tmp(table.concat(lines, "\n") .. "\n")
        local _, one = verba_cmd({ "analyze", "--jsonl-input", "--quiet" }, nil, "< " .. records)
        local out = os.tmpname()
        os.execute(("parallel --will-cite --pipe -N 2 --keep-order %s bin/verba analyze " ..
          "--jsonl-input --quiet < %s > %s"):format(LUA, records, out))
        local split = read_file(out)
        os.remove(out)
        assert.are.equal(5, select(2, one:gsub("\n", "")))
        assert.are.equal(one, split)
      end)
    else
      pending("GNU parallel is not installed (Debian package parallel)")
    end
  end)

  describe("usage errors: status 2, the flag named, no traceback", function()
    local cases = {
      { { "quotes", "--invalid=bogus" }, 'verba: bad value for --invalid: "bogus" is not one of error, replace' },
      { { "quotes", "--nope" }, "verba: unknown option --nope" },
      { { "quotes", "--invalid" }, "verba: option --invalid needs a value: --invalid=MODE" },
      { { "tokens", "--verbs=said" }, "verba: option --verbs does not apply to tokens" },
      { { "quotes", "--max-bytes=lots" }, 'verba: bad value for --max-bytes: "lots" is not a byte count' },
      { { "quotes", "--quote-depth=0" }, 'verba: bad value for --quote-depth: "0" is not a positive integer' },
      { { "quotes", "--abbreviations=two words" },
        'verba: bad value for --abbreviations: single words expected, got "two words"' },
      { { "quotes", "--verbs=," }, "verba: bad value for --verbs: a comma-separated list expected" },
      { { "quotes", "--skip=a b" }, 'verba: bad value for --skip: element names expected, got "a b"' },
      { { "entities", "--types=persn" }, 'verba: bad value for --types: "persn" is not one of' },
      { { "quotes", "--json", "--tsv" }, "verba: --json and --tsv cannot be used together" },
      { { "quotes", "--html", "--no-html" }, "verba: --html and --no-html cannot be used together" },
      { { "quotes", "--quiet=yes" }, "verba: option --quiet takes no value" },
      { { "demo", "--json" }, "verba: option --json does not apply to demo" },
      { { "quotez" }, "verba: unknown command quotez" },
      { {}, "verba: no command given" },
    }
    for _, case in ipairs(cases) do
      it(table.concat(case[1], " "), function()
        local status, out, err = verba_cmd(case[1])
        assert.are.equal(2, status)
        assert.are.equal("", out)
        assert.are.equal(case[2], err:sub(1, #case[2]))
        assert.is_nil(err:find("traceback", 1, true))
        assert.is_nil(err:find("%.lua:%d"))
      end)
    end

    it("points to the command's help", function()
      local _, _, err = verba_cmd({ "quotes", "--invalid=bogus" })
      assert.are.equal("Try 'verba quotes --help'.\n", err:match("\n(.*)$"))
    end)
  end)

  describe("help and version", function()
    it("--version gives verba's and Unicode's versions", function()
      -- there was no --version (issue 10)
      local status, out = verba_cmd({ "--version" })
      assert.are.same({ 0, ("verba %s (Unicode %s; utf8proc %s, Unicode %s)\n"):format(verba.version,
        verba.unicode_version, verba.utf8proc_version, verba.utf8proc_unicode_version) },
        { status, out })
    end)

    for _, name in ipairs({ "analyze", "quotes", "entities", "sentences", "paragraphs", "tokens",
                            "words", "segments", "demo" }) do
      it("--help for " .. name, function()
        local status, out, err = verba_cmd({ name, "--help" })
        assert.are.same({ 0, "" }, { status, err })
        assert.are.equal("usage: verba " .. name .. " [OPTIONS] [FILE...]\n", out:match("^[^\n]*\n"))
        assert.matches("\n  %-%-invalid=MODE ", out)
        assert.are.equal(out, select(2, verba_cmd({ "help", name })))
      end)
    end

    it("lists each command's own options only", function()
      local _, out = verba_cmd({ "quotes", "--help" })
      assert.matches("--verbs=LIST", out, 1, true)
      assert.is_nil(out:find("--split-hyphens", 1, true))
      _, out = verba_cmd({ "--help" })
      assert.matches("  quotes      quotations with their kind, speaker and cue\n", out, 1, true)
      assert.matches("2 usage error", out, 1, true)
    end)
  end)

  describe("failures of input and output", function()
    it("gives the reason a file cannot be read", function()
      -- it printed "verba: missing.txt: nil" (issue 10)
      local status, out, err = verba_cmd({ "quotes", "/nonexistent/missing.txt" })
      assert.are.same({ 1, "", "verba: /nonexistent/missing.txt: No such file or directory\n" },
        { status, out, err })
    end)

    it("goes on past an input that fails", function()
      -- one unreadable file stopped the run (issue 10)
      local one, two = tmp("“Yes,” Hu said."), tmp("“No,” Roe said.")
      local status, out, err = verba_cmd({ "quotes", one, "/nonexistent/missing.txt", two })
      assert.are.equal(1, status)
      assert.are.equal(one .. "\t1\t10\tdirect\tHu\tsaid\t“Yes,”\n" ..
        two .. "\t1\t9\tdirect\tRoe\tsaid\t“No,”\n", out)
      assert.are.equal("verba: /nonexistent/missing.txt: No such file or directory\n", err)
    end)

    it("reports a directory given as a file and a closed standard input", function()
      -- both leaked an internal message (issue 12, item 10)
      local status, _, err = verba_cmd({ "quotes", "spec" })
      assert.are.same({ 1, "verba: spec: Is a directory\n" }, { status, err })
      status, _, err = verba_cmd({ "quotes" }, nil, "<&-")
      assert.are.same({ 1, "verba: standard input: Bad file descriptor\n" }, { status, err })
    end)

    it("fails with status 3 when the output cannot be written", function()
      -- writing to /dev/full exited 0 (issue 12, item 10)
      local status, err
      local f = io.open("/dev/full", "wb")
      if not f then return pending("no /dev/full here") end
      f:close()
      local errfile = os.tmpname()
      local a, b, c = os.execute(("%s bin/verba quotes --tsv < %s > /dev/full 2> %s"):format(
        LUA, quoted(tmp(ARTICLE)), errfile))
      status = type(a) == "number" and math.floor(a / 256) or c
      err = read_file(errfile)
      os.remove(errfile)
      assert.are_not.equal("signal", b)
      assert.are.same({ 3, "verba: cannot write the output: No space left on device\n" }, { status, err })
    end)

    it("stops an endless input at --max-bytes", function()
      -- /dev/zero was read until the process was killed (issue 12, item 10)
      local status, out, err = verba_cmd({ "quotes", "--max-bytes=64K", "/dev/zero" })
      assert.are.same({ 1, "", "verba: /dev/zero: larger than --max-bytes=65536 (raise it for larger inputs)\n" },
        { status, out, err })
      status, _, err = verba_cmd({ "sentences", "--max-bytes=5" }, "Hi. Bye.")
      assert.are.same({ 1, "verba: standard input: larger than --max-bytes=5 (raise it for larger inputs)\n" },
        { status, err })
      assert.are.equal(0, (verba_cmd({ "sentences", "--max-bytes=8" }, "Hi. Bye.")))
    end)

    it("does not run when required from a script whose name ends in verba", function()
      -- require("verba.cli") ran the tool and exited (issue 10)
      local dir = os.tmpname()
      os.remove(dir)
      assert(os.execute("mkdir " .. quoted(dir)))
      local script = write_file(dir .. "/my-verba", 'local cli = require("verba.cli")\n' ..
        'print(type(cli.main))\n')
      local p = io.popen(("%s %s quotes --nope 2>&1"):format(LUA, quoted(script)))
      local out = p:read("*a")
      local ok = p:close()
      os.remove(script)
      os.remove(dir)
      assert.are.equal("function\n", out)
      assert.is_true(ok)
    end)
  end)

  describe("entities", function()
    if not verba.entities then
      pending("verba.entities not built yet")
      return
    end
    local TEXT = "Ken Hu met Angela Merkel in Berlin. Hu said Huawei would stay in Berlin."

    it("writes every mention with its type, canonical name and id", function()
      local status, out = verba_cmd({ "entities", "--jsonl" }, TEXT)
      assert.are.equal(0, status)
      local doc = cjson.decode(out)
      local want = verba.entities(TEXT)
      assert.are.equal(#want, #doc.entities)
      for i, e in ipairs(doc.entities) do
        assert.are.equal(TEXT:sub(e.start, e.stop), e.text)
        assert.are.same({ want[i].start, want[i].stop, want[i].type }, { e.start, e.stop, e.type })
      end
      local _, tsv = verba_cmd({ "entities" }, TEXT)
      local first = want[1]
      assert.are.equal(("%d\t%d\t%s\t"):format(first.start, first.stop, first.type),
        tsv:match("^(%d+\t%d+\t[^\t]+\t)"))
    end)

    it("groups them with counts for a person, and keeps only --types", function()
      local _, out = verba_cmd({ "entities", "--human" }, TEXT)
      assert.matches("person\n", out, 1, true)
      assert.matches("2  Ken Hu  (Hu)\n", out, 1, true)
      assert.matches("2  Berlin\n", out, 1, true)
      local _, only_places = verba_cmd({ "entities", "--jsonl", "--types=place" }, TEXT)
      for _, e in ipairs(cjson.decode(only_places).entities) do assert.are.equal("place", e.type) end
      for _, g in ipairs(cjson.decode(only_places).groups or {}) do assert.are.equal("place", g.type) end
    end)

    it("writes each group as entity_groups gives it, its mentions as spans", function()
      local want = verba.entity_groups(TEXT)
      for _, command in ipairs({ "entities", "analyze" }) do
        local _, out = verba_cmd({ command, "--jsonl" }, TEXT)
        assert.are.same(want, cjson.decode(out).groups, command)
      end
    end)

    it("are part of analyze, the speakers linked to them", function()
      local _, out = verba_cmd({ "analyze", "--jsonl" }, TEXT .. " “We stay,” Hu said.")
      local doc = cjson.decode(out)
      assert.are.equal(#verba.entities(TEXT) + 1, #doc.entities)
      local q = doc.quotes[1]
      assert.are.same({ "Hu", "Ken Hu", "Ken Hu" },
        { q.speaker, q.speaker_name, doc.groups[q.speaker_id].canonical })
    end)
  end)
end)

describe("the progress line", function()
  local progress = require("verba.cli.progress")

  -- A meter on a fake clock that moves 0.5 s a tick.
  local function meter(terminal, total)
    local now, stream = 0, sink()
    local m = progress.new({
      stream = stream, terminal = function() return terminal end,
      total = function() return total end,
      clock = function()
        now = now + 0.5
        return now
      end,
    })
    return m, stream
  end

  it("appears after a second, with items, MB, MB/s and the time left", function()
    local m, stream = meter(true, 4e6)
    m:tick(1e6)
    assert.are.equal("", stream.text())
    m:tick(1e6)
    m:tick(1e6)
    m:finish()
    -- began at 0.5 s; drawn at 1.5 s, 2.0 s and (finish) 2.5 s
    assert.are.equal("\rverba: 2 items, 2.0 MB, 2.0 MB/s, 50%, ETA 0:01\27[K" ..
      "\rverba: 3 items, 3.0 MB, 2.0 MB/s, 75%, ETA 0:01\27[K" ..
      "\rverba: 3 items, 3.0 MB, 1.5 MB/s, 75%, ETA 0:01\27[K\n", stream.text())
  end)

  it("has no estimate when the total is unknown, and is silent off a terminal", function()
    local m, stream = meter(true, nil)
    for _ = 1, 3 do m:tick(1e6) end
    assert.are.equal("\rverba: 2 items, 2.0 MB, 2.0 MB/s\27[K\rverba: 3 items, 3.0 MB, 2.0 MB/s\27[K",
      stream.text())
    m, stream = meter(false, 4e6)
    for _ = 1, 5 do m:tick(1e6) end
    m:finish()
    assert.are.equal("", stream.text())
  end)
end)

describe("README's command-line examples", function()
  -- Every ``` block of README.md whose first line is a shell command "$ ..."
  -- runs, each command's output as pasted below it: with the in-tree
  -- build as `verba`, in a directory holding ruling.txt (the text of the
  -- verba.quotes example). Standard error is not part of the output.
  local root = io.popen("pwd"):read("*l")
  local function absolute(paths)
    return (paths:gsub("[^;]+", function(entry)
      return entry:sub(1, 1) == "/" and entry or root .. "/" .. entry
    end))
  end
  local dir = os.tmpname()
  os.remove(dir)
  assert(os.execute("mkdir " .. quoted(dir)))
  write_file(dir .. "/ruling.txt", ARTICLE .. "\n")
  local prelude = ("verba() { LUA_PATH=%s LUA_CPATH=%s %s %s \"$@\"; }\ncd %s\n"):format(
    quoted(absolute(package.path)), quoted(absolute(package.cpath)), LUA,
    quoted(root .. "/bin/verba"), quoted(dir))

  local examples = {}
  for block in read_file("README.md"):gmatch("\n```\n(%$ .-)```") do
    for line in block:gmatch("[^\n]*\n") do
      if line:sub(1, 2) == "$ " then
        examples[#examples + 1] = { command = line:sub(3), output = "" }
      else
        local example = examples[#examples]
        example.output = example.output .. line
      end
    end
  end

  it("has examples", function() assert.is_true(#examples >= 4) end)

  for _, example in ipairs(examples) do
    it(example.command, function()
      local script = write_file(dir .. "/example.sh", prelude .. example.command)
      local p = io.popen("sh " .. quoted(script) .. " 2>/dev/null")
      local out = p:read("*a")
      p:close()
      assert.are.equal(example.output, out)
    end)
  end

  teardown(function()
    os.remove(dir .. "/example.sh")
    os.remove(dir .. "/ruling.txt")
    os.remove(dir)
  end)
end)

describe("the verba command on entities of the documented shape (a stand-in entity stage)", function()
  -- Until verba.entities is merged, a stand-in with the shape the entity
  -- stage documents checks the command's side: verba.entities(s [, opts])
  -- gives {start, stop, text, type, canonical, id, gender},
  -- verba.entity_groups(s [, opts]) {id, type, canonical, gender, count,
  -- mentions}, and analyze gains entities and groups.
  local TEXT = "Ken Hu met Angela Merkel in Berlin. Hu said Huawei would stay in Berlin."
  local NAMES = {
    { "Ken Hu", "person", "Ken Hu", 1, "male" }, { "Angela Merkel", "person", "Angela Merkel", 2, "female" },
    { "Berlin", "place", "Berlin", 3 }, { "Hu", "person", "Ken Hu", 1, "male" },
    { "Huawei", "organization", "Huawei", 4 },
  }
  local saved = {}

  local function entities(s)
    local found, taken = {}, {}
    for _, name in ipairs(NAMES) do
      local from = 1
      while true do
        local start, stop = s:find("%f[%w]" .. name[1] .. "%f[%W]", from)
        if not start then break end
        if not taken[start] then
          for i = start, stop do taken[i] = true end
          found[#found + 1] = { start = start, stop = stop, text = name[1], type = name[2],
                                canonical = name[3], id = name[4], gender = name[5] }
        end
        from = stop + 1
      end
    end
    table.sort(found, function(a, b) return a.start < b.start end)
    return found
  end

  local function groups(s)
    local list, by_id = {}, {}
    for _, e in ipairs(entities(s)) do
      local g = by_id[e.id]
      if not g then
        g = { id = e.id, type = e.type, canonical = e.canonical, gender = e.gender, count = 0, mentions = {} }
        by_id[e.id] = g
        list[#list + 1] = g
      end
      g.count = g.count + 1
      g.mentions[#g.mentions + 1] = { start = e.start, stop = e.stop, text = e.text }
    end
    return list
  end

  setup(function()
    saved.entities, saved.entity_groups, saved.analyze = verba.entities, verba.entity_groups, verba.analyze
    if saved.entities then return end
    verba.entities, verba.entity_groups = entities, groups
    verba.analyze = function(s, opts)
      local result, why = saved.analyze(s, opts)
      if result then result.entities, result.groups = entities(s), groups(s) end
      return result, why
    end
  end)

  teardown(function()
    verba.entities, verba.entity_groups, verba.analyze = saved.entities, saved.entity_groups, saved.analyze
  end)

  it("writes every mention as TSV and JSON, and groups for a person", function()
    if saved.entities then return pending("the real entity stage is here: see the entities block") end
    local status, out = run({ "entities" }, TEXT)
    assert.are.equal(0, status)
    assert.are.equal("1\t6\tperson\tKen Hu\t1\tmale\tKen Hu\n12\t24\tperson\tAngela Merkel\t2\tfemale\tAngela Merkel\n" ..
      "29\t34\tplace\tBerlin\t3\t-\tBerlin\n37\t38\tperson\tKen Hu\t1\tmale\tHu\n" ..
      "45\t50\torganization\tHuawei\t4\t-\tHuawei\n66\t71\tplace\tBerlin\t3\t-\tBerlin\n", out)
    _, out = run({ "entities", "--human" }, TEXT)
    assert.are.equal("person\n     2  Ken Hu  (Hu)\n     1  Angela Merkel\norganization\n     1  Huawei\n" ..
      "place\n     2  Berlin\n", out)
    _, out = run({ "entities", "--jsonl", "--types=place,organization" }, TEXT)
    local doc = cjson.decode(out)
    assert.are.same({ "place", "organization", "place" },
      { doc.entities[1].type, doc.entities[2].type, doc.entities[3].type })
    assert.are.equal(3, #doc.entities)
    assert.are.same({ id = 3, type = "place", canonical = "Berlin", count = 2,
      mentions = { { start = 29, stop = 34, text = "Berlin" }, { start = 66, stop = 71, text = "Berlin" } } },
      doc.groups[1])
  end)

  it("adds them to analyze, and maps them onto HTML", function()
    if saved.entities then return pending("the real entity stage is here: see the entities block") end
    local _, out = run({ "analyze", "--human" }, TEXT)
    assert.are.equal("2 sentences, 1 paragraph, 0 quotations, 6 entities\n\nentities\nperson\n" ..
      "     2  Ken Hu  (Hu)\n     1  Angela Merkel\norganization\n     1  Huawei\nplace\n     2  Berlin\n", out)
    _, out = run({ "analyze", "--tsv", "--types=organization" }, TEXT)
    assert.are.equal("entity\t45\t50\torganization\tHuawei\t4\t-\tHuawei\n", out:match("entity[^\n]*\n"))
    local page = "<p>Ken Hu met <b>Angela Merkel</b> in Berlin.</p>"
    _, out = run({ "analyze", "--jsonl", "--html" }, page)
    local doc = cjson.decode(out)
    assert.are.equal("Angela Merkel", page:sub(doc.entities[2].start, doc.entities[2].stop))
    assert.are.equal("Berlin", page:sub(doc.groups[3].mentions[1].start, doc.groups[3].mentions[1].stop))
  end)
end)
