-- A smoke test that runs on every Lua the module builds for (5.1, LuaJIT,
-- 5.3, 5.4): `make compat`. The busted specs need 5.3+ (utf8, \u escapes).
local verba = require("verba")
local t = verba.tokenize("Z\195\188rich\226\128\153s U.S. envoy -3.5%", { detail = true })
assert(#t == 4 and t[1].stop == 11 and t[2].text == "U.S." and t[4].kind == "number")
local iter, err = verba.tokens("a\255")
assert(iter == nil and err == "invalid UTF-8 at byte 2")
assert(verba.normalize("e\204\129") == "\195\169")
assert(not pcall(verba.tokens, "x", { nope = true }))
local sents = verba.split_sentences("Mr. Hu met the U.S. envoy. He left.", { abbreviations = { "approx" } })
assert(#sents == 2 and sents[2] == "He left.")
local q = verba.quotes("\226\128\156We are ready,\226\128\157 Hu quipped.", { verbs = { "quipped" } })
assert(#q == 1 and q[1].speaker == "Hu" and q[1].cue == "quipped")
assert(verba.decode_html("AT&amp;T &#150;") == "AT&T \226\128\147")
local html = "<p>A &amp; B</p><p>C</p>"
local text, map = verba.html_text(html)
assert(text == "A & B\n\nC" and map:source(3) == 6 and select(2, map:span(3, 3)) == 10)
print(("verba %s works on %s"):format(verba.version, jit and jit.version or _VERSION))
