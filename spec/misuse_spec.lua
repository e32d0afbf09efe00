-- Misuse raises an error naming the function and the argument.
local verba = require("verba")

-- Every public function that takes (subject [, opts]); all but casefold
-- and the HTML functions find items and also take (subject [, init] [, opts]).
local with_options = { "segments", "graphemes", "tokens", "tokenize", "words", "casefold",
                       "sentences", "split_sentences", "paragraphs", "quotes",
                       "decode_html", "html_text", "entities", "entity_groups" }
local no_init = { casefold = true, decode_html = true, html_text = true, entity_groups = true }
local takes_init = {}
for _, name in ipairs(with_options) do takes_init[name] = not no_init[name] end

describe("misuse", function()
  for _, name in ipairs(with_options) do
    describe("verba." .. name, function()
      it("rejects a subject that is not a string", function()
        assert.has_error(function() verba[name](42) end,
          ("bad argument #1 to 'verba.%s' (string expected, got number)"):format(name))
        assert.has_error(function() verba[name]() end,
          ("bad argument #1 to 'verba.%s' (string expected, got nil)"):format(name))
      end)

      it("rejects options that are not a table", function()
        assert.has_error(function() verba[name]("x", "fast") end,
          ("bad argument #2 to 'verba.%s' (%s table expected, got string)"):format(name,
            takes_init[name] and "integer or options" or "options"))
      end)

      it("rejects an unknown option key", function()
        assert.has_error(function() verba[name]("x", { invalud = "replace" }) end,
          ("bad argument #2 to 'verba.%s' (unknown option \"invalud\")"):format(name))
      end)

      it("rejects a bad value for invalid", function()
        assert.has_error(function() verba[name]("x", { invalid = "skip" }) end,
          ("bad argument #2 to 'verba.%s' (option \"invalid\": one of \"error\", \"replace\" expected, got \"skip\")"):format(name))
      end)
    end)
  end

  it("rejects token options of the wrong type", function()
    assert.has_error(function() verba.tokens("x", { spaces = 1 }) end,
      "bad argument #2 to 'verba.tokens' (option \"spaces\": boolean expected, got number)")
    assert.has_error(function() verba.tokenize("x", { lower = "yes" }) end,
      "bad argument #2 to 'verba.tokenize' (option \"lower\": boolean expected, got string)")
  end)

  it("rejects options a function does not take", function()
    assert.has_error(function() verba.tokens("x", { detail = true }) end,
      "bad argument #2 to 'verba.tokens' (unknown option \"detail\")")
    assert.has_error(function() verba.segments("x", { spaces = true }) end,
      "bad argument #2 to 'verba.segments' (unknown option \"spaces\")")
  end)

  it("rejects unknown kinds and forms", function()
    assert.has_error(function() verba.tokenize("x", { kinds = { "wrod" } }) end,
      "bad argument #2 to 'verba.tokenize' (option \"kinds\": unknown kind \"wrod\")")
    assert.has_error(function() verba.tokenize("x", { kinds = "word" }) end,
      "bad argument #2 to 'verba.tokenize' (option \"kinds\": table of kinds expected, got string)")
    assert.has_error(function() verba.tokenize("x", { normalize = "NFX" }) end,
      "bad argument #2 to 'verba.tokenize' (option \"normalize\": one of \"NFC\", \"NFD\", \"NFKC\", \"NFKD\" expected, got \"NFX\")")
    assert.has_error(function() verba.normalize("x", "nfc") end,
      "bad argument #2 to 'verba.normalize' (normalization form: one of \"NFC\", \"NFD\", \"NFKC\", \"NFKD\" expected, got \"nfc\")")
  end)

  it("rejects unknown entity types", function()
    assert.has_error(function() verba.entities("x", { types = { "persons" } }) end,
      "bad argument #2 to 'verba.entities' (option \"types\": unknown entity type \"persons\")")
    assert.has_error(function() verba.entity_groups("x", { types = "person" }) end,
      "bad argument #2 to 'verba.entity_groups' (option \"types\": table of types expected, got string)")
    assert.has_error(function() verba.entities("x", 1.5) end,
      "bad argument #2 to 'verba.entities' (number has no integer representation)")
  end)

  it("points the error at the caller's line", function()
    local ok, err = pcall(function() verba.tokens("x", { nope = true }) end)
    assert.is_false(ok)
    assert.matches("misuse_spec%.lua:%d+: bad argument #2 to 'verba.tokens'", err)
  end)
end)
