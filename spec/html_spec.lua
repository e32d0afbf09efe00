-- HTML input: verba.decode_html (character references by the HTML
-- tokenizer's rules) and verba.html_text (a page's text and its map back
-- to the page's bytes).
local U = require("spec.helpers").U
local verba = require("verba")
local core = require("verba.core")

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local decode = verba.decode_html

describe("verba.decode_html", function()
  it("decodes named references with their ';'", function()
    assert.equal("Tom & Jerry < 3", decode("Tom &amp; Jerry &lt; 3"))
    assert.equal("café “Zürich” — ’90s", decode("caf&eacute; &ldquo;Z&uuml;rich&rdquo; &mdash; &rsquo;90s"))
    assert.equal("&", decode("&AMP;"))
    assert.equal(U(0x1D504), decode("&Afr;"))                 -- beyond the BMP
    assert.equal(U(0x2242, 0x338), decode("&NotEqualTilde;")) -- two code points
    assert.equal(U(0x226B, 0x20D2), decode("&nGt;"))
    assert.equal(U(0x2233), decode("&CounterClockwiseContourIntegral;")) -- the longest name
  end)

  it("decodes the legacy names without ';' and only those", function()
    assert.equal("& © é ¬ ±", decode("&amp &copy &eacute &not &plusmn"))
    assert.equal("AT&T", decode("AT&ampT"))               -- the longest legacy name wins
    assert.equal("¬it;", decode("&notit;"))               -- &not, then "it;"
    assert.equal("∉", decode("&notin;"))
    assert.equal("©right ¾s", decode("&copyright &frac34s"))
    assert.equal("&rsquo &hellip &alpha x", decode("&rsquo &hellip &alpha x"))
    assert.equal("&Amp; &amP", decode("&Amp; &amP"))        -- names are case-sensitive
  end)

  it("leaves malformed references as written", function()
    for _, s in ipairs({ "&", "& b", "a &; b", "&foo;", "&#;", "&#x;", "&#xg;", "&#",
                         "&#x", "&#-1;", "&zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz;" }) do
      assert.equal(s, decode(s))
    end
    assert.equal("&&", decode("&&amp"))
  end)

  it("decodes numeric references, with or without ';'", function()
    assert.equal("A A A A Ag", decode("&#65; &#x41; &#X41; &#65 &#x41g"))
    assert.equal("A A", decode("&#0000065; &#x0000000041;"))
    assert.equal(U(0x10FFFF) .. " " .. U(0x1F600), decode("&#x10FFFF; &#128512;"))
  end)

  it("makes 0, surrogates and values past U+10FFFF U+FFFD", function()
    assert.equal((U(0xFFFD) .. " "):rep(5) .. U(0xFFFD),
      decode("&#0; &#x0; &#xD800; &#57343; &#x110000; &#99999999999999999999999;"))
  end)

  it("keeps noncharacters and controls, and reads 0x80-0x9F as Windows-1252", function()
    assert.equal(U(0xFFFE) .. " " .. U(0xFDD0) .. " " .. U(0x1) .. " \r " .. U(0x7F), decode("&#xFFFE; &#xFDD0; &#1; &#x0D; &#127;"))
    assert.equal("– — € ‚ ƒ „ … ‘ ’ “ ” • ™ Ÿ", decode(
      "&#150; &#151; &#128; &#130; &#131; &#132; &#133; &#145; &#146; &#147; &#148; &#149; &#153; &#x9F;"))
    -- the five holes of Windows-1252 stay C1 controls
    assert.equal(U(0x81) .. " " .. U(0x8D) .. " " .. U(0x8F) .. " " .. U(0x90) .. " " .. U(0x9D), decode("&#x81; &#x8D; &#x8F; &#x90; &#x9D;"))
  end)

  it("reads attribute values with opts.attribute", function()
    assert.equal("/a?x=1&copy=2&lang=en", decode("/a?x=1&copy=2&lang=en", { attribute = true }))
    assert.equal("©x &notit; © ©=", decode("&copy;x &notit; &copy &copy;=", { attribute = true }))
    assert.equal("/a?x=1©=2", decode("/a?x=1&copy=2"))
  end)

  it("has the 2,231 named references of HTML, each decoding to its characters", function()
    local n, legacy = 0, 0
    while core.html_entity(n + 1) do
      n = n + 1
      local name, value = core.html_entity(n)
      if name:sub(-1) ~= ";" then legacy = legacy + 1 end
      assert.equal(value, decode("&" .. name), name)
      if not value:find("%s") then -- &Tab; &NewLine; are white space in a page
        assert.equal(value, (verba.html_text("&" .. name)), name)
      end
    end
    assert.equal(2231, n)
    assert.equal(106, legacy)
  end)

  it("returns a string without references unchanged", function()
    assert.equal("plain ‘text’ <b>", decode("plain ‘text’ <b>"))
    assert.equal("", decode(""))
  end)

  it("reports invalid UTF-8, or replaces it", function()
    local s, err = decode("caf\233 &amp;")
    assert.is_nil(s)
    assert.equal("invalid UTF-8 at byte 4", err)
    assert.equal("caf" .. U(0xFFFD) .. " &", decode("caf\233 &amp;", { invalid = "replace" }))
    assert.equal(U(0xFFFD, 0xFFFD) .. "x", decode("\226\128x", { invalid = "replace" }))
  end)
end)

describe("verba.html_text", function()
  local text = function(s, opts) return (verba.html_text(s, opts)) end

  it("reads an article page", function()
    local html = read("spec/fixtures/article.html")
    assert.equal(table.concat({
      "Home",
      "World",
      "Ports",
      ("Port strike ends after" .. U(0xA0) .. "talks"),
      "By Ana Ruiz\nUpdated 5 May 2024",
      "Dock workers in Rotterdam & Antwerp went back to work on Monday, the union said. " ..
        "“We got most of what we asked for,” said Jan de Vries, its leader.",
      "Talks had run for three weeks—the longest since 1998 © 2024.",
      "Cranes at the Maasvlakte terminal — Rotterdam’s largest.",
      "‘It’s over,’ a docker said.",
      "Wages: +4%",
      "Hours: unchanged",
      "© 2024 The Harbour Times",
      "All rights reserved.",
    }, "\n\n"), text(html))
  end)

  it("keeps the title with opts.title and drops what opts.skip names", function()
    local html = read("spec/fixtures/article.html")
    local got = text(html, { title = true, skip = { "nav", "FOOTER" } })
    assert.equal("Port strike ends after talks – The Harbour Times\n\nPort strike ends after" .. U(0xA0) .. "talks\n\nBy Ana Ruiz",
      got:sub(1, #("Port strike ends after talks – The Harbour Times\n\nPort strike ends after" .. U(0xA0) .. "talks\n\nBy Ana Ruiz")))
    assert.equal("Hours: unchanged", got:sub(-#"Hours: unchanged"))
    assert.equal(got, text(html, { title = true, skip = { nav = true, footer = true, aside = false } }))
  end)

  it("collapses white space and trims it", function()
    assert.equal("a b", text("  <p>  a \n\t b  </p>  "))
    assert.equal("boldface", text("<b>bold</b>face"))
    assert.equal("a b c", text("a <b> b </b> c"))
    assert.equal("a b", text("<table><tr><td>a</td><td>b</td></tr></table>"))
  end)

  it("breaks paragraphs at blocks and lines at br", function()
    assert.equal("a\n\nb\n\nc\n\nd", text("<div>a<p>b</div><h2>c</h2><ul><li>d</ul>"))
    assert.equal("a\nb", text("a <br> b"))
    assert.equal("a\n\nb", text("a<br><br>b"))
    assert.equal("a\n\nb", text("a<br/>\n<br />b"))
    assert.equal("a\n\nb", text("<p>a<br></p><p>b<br></p>"))
    assert.equal("a\nb", text("a</br>b"))
    assert.equal("a\n\nb", text("a<hr>b"))
  end)

  it("keeps white space in pre", function()
    assert.equal("x\n\n  a  b\n c\n\ny", text("<p>x</p><pre>\n  a  b\n c</pre>y"))
    assert.equal("a\nb\nc", text("<pre>a\r\nb\rc</pre>"))
    assert.equal("\n a", text("<pre>\n\n a</pre>"):sub(1, 3))
    assert.equal("a\n\nb", text("<pre>a\n</pre>b"))
  end)

  it("drops comments, doctypes, CDATA and bogus comments", function()
    assert.equal("ac", text("a<!-- b -->c"))
    assert.equal("ab", text("a<!-->b"))
    assert.equal("ab", text("a<!--->b"))
    assert.equal("ab", text("a<!-- x -- y --!>b"))
    assert.equal("a", text("a<!-- never closed <p>b</p>"))
    assert.equal("abcd", text("<!DOCTYPE html>a<?xml version='1.0'?>b</ x>c</>d"))
    assert.equal("ab", text("a<![CDATA[ x > y ]]>b"))
    assert.equal("ab", text("a<![CDATA[ x >b"))
  end)

  it("drops scripts, styles and what is not shown", function()
    assert.equal("c", text("<script>a</scriptx>'</p>'</SCRIPT >c"))
    assert.equal("a", text("a<script>b"))
    assert.equal("ab", text("a<style>p > i {}</style>b"))
    assert.equal("ab", text("a<noscript><p>Enable JS</p></noscript>b"))
    assert.equal("ab", text("a<textarea><p>c</textarea>b"))
    assert.equal("ae", text("a<template>b<template>c</template>d</template>e"))
    assert.equal("ab", text("a<svg><title>x</title><svg>y</svg>z</svg>b"))
    assert.equal("ab", text("a<svg/>b"))
    assert.equal("ab", text("a<video src=x>Your browser cannot play it.</video>b"))
    assert.equal("ad", text("a<template><script>'</template>'</script>c</template>d"))
  end)

  it("reads tags as the HTML tokenizer does", function()
    assert.equal("link", text([[<a title="x>y" href='a>b' data-x=a"b>link</a>]]))
    assert.equal("ok", text([[<a b = "c>" d=e/>ok</a>]]))
    assert.equal("a < b, 1<2, <3 x</", text("a < b, 1<2, <3 x</"))
    assert.equal("a", text([[a<a href="x]]))          -- the page ends in a tag
    assert.equal("a", text("a<b"))
    assert.equal("x", text("<p\nclass=a\n>x</p\n>"))
  end)

  it("decodes references in text, reading &#32; as white space and &nbsp; as a character", function()
    assert.equal("AT&T ¬it; ©2024", text("AT&T &notit; &copy2024"))
    assert.equal("a b", text("a&#32;&#32; &#10;b"))
    assert.equal("a" .. U(0xA0) .. "b", text("a&nbsp;b"))
    -- a title holds no tags: its text is read as it is, references decoded
    assert.equal("A & <b>B\n\nc", text("<title>A &amp; <b>B</title><p>c", { title = true }))
    assert.equal("c", text("<title>A &amp; B</title><p>c"))
  end)

  it("shows xmp and plaintext as they are", function()
    assert.equal("a\n\n<b>x</b>  y\n\nz", text("a<xmp><b>x</b>  y</xmp>z"))
    assert.equal("a\n\n<b>  c</plaintext>", text("a<plaintext><b>  c</plaintext>"))
  end)

  it("reads an empty page", function()
    local t, map = verba.html_text("")
    assert.equal("", t)
    assert.has_error(function() map:source(1) end,
      "bad argument #1 to 'verba.html_map:source' (position 1 out of range 1..0)")
    assert.equal("", text("<p> </p><!-- -->"))
  end)

  it("reports invalid UTF-8, or replaces it", function()
    local t, err = verba.html_text("<p>caf\233</p>")
    assert.is_nil(t)
    assert.equal("invalid UTF-8 at byte 7", err)
    local map
    t, map = verba.html_text("<p>caf\233 \255</p>", { invalid = "replace" })
    assert.equal("caf" .. U(0xFFFD) .. " " .. U(0xFFFD), t)
    assert.equal(7, map:source(4))
    assert.same({ 7, 7 }, { map:span(4, 6) })
    assert.equal(9, map:source(8))
  end)
end)

describe("the html_text map", function()
  local html = read("spec/fixtures/article.html")
  local text, map = verba.html_text(html)

  it("is a verba.html_map", function()
    assert.equal("userdata", type(map))
    assert.equal(debug.getmetatable(map), debug.getregistry()["verba.html_map"])
  end)

  it("maps every byte copied from the page to that byte", function()
    local copied, made = 0, 0
    for i = 1, #text do
      local byte = text:sub(i, i)
      local at = map:source(i)
      local first, last = map:span(i, i)
      assert.equal(at, first)
      if not byte:find("%s") then
        if last == first then
          assert.equal(byte, html:sub(at, at), "text byte " .. i)
          copied = copied + 1
        else
          -- a reference: the '&' to its end, decoding to the character
          local ref = html:sub(first, last)
          assert.truthy(ref:find("^&#?%w+;?$"), ref)
          local start = i
          while text:byte(start) >= 0x80 and text:byte(start) < 0xC0 do start = start - 1 end
          assert.equal(decode(ref), text:sub(start, start + #decode(ref) - 1))
          made = made + 1
        end
      end
    end
    assert.equal(#text:gsub("%s", "") - made, copied)
    assert.equal(360, copied)
    assert.equal(25, made) -- the bytes of 10 references
  end)

  it("maps a reference to its '&' and its span to its ';'", function()
    local i = text:find("Rotterdam & Antwerp", 1, true) + #"Rotterdam "
    local amp = html:find("&amp; Antwerp", 1, true)
    assert.equal(amp, map:source(i))
    assert.same({ amp, amp + 4 }, { map:span(i, i) })
    local q = text:find("“We", 1, true)
    local ref = html:find("&#8220;We", 1, true)
    for k = q, q + 2 do assert.equal(ref, map:source(k)) end
    assert.same({ ref, ref + 6 }, { map:span(q, q + 2) })
  end)

  it("maps a span of words to the HTML that holds them, tags included", function()
    local start, stop = text:find("Rotterdam & Antwerp went", 1, true)
    local a, b = map:span(start, stop)
    assert.equal("Rotterdam &amp; Antwerp</b> went", html:sub(a, b))
    start, stop = text:find("asked for,”", 1, true)
    a, b = map:span(start, stop)
    assert.equal("asked\n     for</em></i>,&#8221;", html:sub(a, b))
  end)

  it("maps white space to white space, and a paragraph break to its tag", function()
    local i = text:find("on Monday", 1, true) + 2 -- a space made from a line break
    assert.equal("\n", html:sub(map:source(i), map:source(i)))
    local br = text:find("\nUpdated", 1, true)
    assert.same("<br>", html:sub(map:span(br, br)))
    local para = text:find("\n\nTalks", 1, true)
    assert.equal("<p>", html:sub(map:span(para, para + 1)))
    local li = text:find("\n\nHours", 1, true)
    assert.equal("<li>", html:sub(map:span(li, li)))
  end)

  it("rejects positions outside the text", function()
    assert.has_error(function() map:source(0) end,
      ("bad argument #1 to 'verba.html_map:source' (position 0 out of range 1..%d)"):format(#text))
    assert.has_error(function() map:source(#text + 1) end,
      ("bad argument #1 to 'verba.html_map:source' (position %d out of range 1..%d)"):format(#text + 1, #text))
    assert.has_error(function() map:source("1") end,
      "bad argument #1 to 'verba.html_map:source' (integer expected, got string)")
    assert.has_error(function() map:span(1, 2.5) end,
      "bad argument #2 to 'verba.html_map:span' (number has no integer representation)")
    assert.has_error(function() map:span(3, 2) end,
      "bad argument #2 to 'verba.html_map:span' (stop before start)")
    assert.equal(html:find("Home", 1, true), map:source(1.0))
  end)

  -- Pieces of real-world HTML, well formed or not, joined at random: the map
  -- is monotonic, in bounds, and copies map to the same byte.
  it("holds on random markup", function()
    local pieces = { "<p>", "</p>", "<b>", "</b>", "&amp;", "&#65", "&notit;", "&", "<",
      " ", "\n", "\r\n", "a", "é", "’", "<!--", "-->", "<pre>", "</pre>", "<br>",
      "\"", "'", "<a href='", "'>", "<script>", "</script>", "<![CDATA[", "]]>",
      "<title>", "</title>", "<svg>", "</svg>", "<xmp>", "</xmp>", "&#x80;", "</", "=" }
    local seed = 12345
    local function random(n)
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n + 1
    end
    for _ = 1, 300 do
      local parts = {}
      for k = 1, random(40) do parts[k] = pieces[random(#pieces)] end
      local s = table.concat(parts)
      local t, m = verba.html_text(s, { title = random(2) == 1 })
      local last = 0
      for i = 1, #t do
        local a, b = m:span(i, i)
        assert.is_true(a >= last and a <= b and b <= #s, s)
        last = a
        if a == b and not t:sub(i, i):find("%s") then
          assert.equal(s:sub(a, a), t:sub(i, i), s)
        end
      end
    end
  end)
end)

describe("HTML misuse", function()
  it("names the function and the argument", function()
    assert.has_error(function() verba.decode_html(42) end,
      "bad argument #1 to 'verba.decode_html' (string expected, got number)")
    assert.has_error(function() verba.html_text() end,
      "bad argument #1 to 'verba.html_text' (string expected, got nil)")
    assert.has_error(function() verba.html_text("x", { titel = true }) end,
      "bad argument #2 to 'verba.html_text' (unknown option \"titel\")")
    assert.has_error(function() verba.decode_html("x", { title = true }) end,
      "bad argument #2 to 'verba.decode_html' (unknown option \"title\")")
    assert.has_error(function() verba.html_text("x", { title = 1 }) end,
      "bad argument #2 to 'verba.html_text' (option \"title\": boolean expected, got number)")
    assert.has_error(function() verba.html_text("x", { skip = "nav" }) end,
      "bad argument #2 to 'verba.html_text' (option \"skip\": table of element names expected, got string)")
    assert.has_error(function() verba.html_text("x", { skip = { "a b" } }) end,
      "bad argument #2 to 'verba.html_text' (option \"skip\": skip: element names expected, got \"a b\")")
    assert.has_error(function() verba.html_text("x", 5) end,
      "bad argument #2 to 'verba.html_text' (options table expected, got number)")
    assert.has_error(function() verba.decode_html("x", { invalid = "skip" }) end,
      "bad argument #2 to 'verba.decode_html' (option \"invalid\": one of \"error\", \"replace\" expected, got \"skip\")")
  end)
end)
