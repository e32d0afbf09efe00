-- A Pandoc Lua filter: lists the quotations of a document and who said
-- them, in a section "Quotations" added at its end.
--
--   pandoc --lua-filter examples/pandoc/quotes.lua article.md -o article.html
--
-- Pandoc runs filters in the Lua it embeds (Pandoc 2.x: Lua 5.3; 3.x:
-- Lua 5.4), so verba must be built for that Lua and be on its paths, e.g.
--   make LUA_VERSION=5.3 BUILD=build/lua5.3
--   LUA_PATH='lua/?.lua;;' LUA_CPATH='build/lua5.3/?.so;;' pandoc --lua-filter ...
-- A statically linked Pandoc binary cannot load C modules such as verba's.
local verba = require("verba")

-- The blocks whose text is prose (not code, tables or raw markup).
local PROSE = { Para = true, Plain = true, Header = true, BlockQuote = true, LineBlock = true,
                BulletList = true, OrderedList = true, Div = true }

-- The document's text as verba reads it: one paragraph per block,
-- separated by blank lines (speakers are found across paragraphs).
local function document_text(blocks)
  local paragraphs = {}
  for _, block in ipairs(blocks) do
    if PROSE[block.t] then paragraphs[#paragraphs + 1] = pandoc.utils.stringify(block) end
  end
  return table.concat(paragraphs, "\n\n")
end

-- One list item: the speaker's name (or "unattributed"), the quotation
-- with its marks, and its kind when it is not direct speech.
local function item(text, quote)
  local speaker = quote.speaker_name or quote.speaker or "unattributed"
  local inlines = { pandoc.Strong({ pandoc.Str(speaker) }), pandoc.Str(":"), pandoc.Space(),
                    pandoc.Str(text:sub(quote.start, quote.stop)) }
  if quote.kind ~= "direct" then
    inlines[#inlines + 1] = pandoc.Space()
    inlines[#inlines + 1] = pandoc.Emph({ pandoc.Str("(" .. quote.kind .. ")") })
  end
  return { pandoc.Plain(inlines) }
end

function Pandoc(doc)
  local text = document_text(doc.blocks)
  local quotes = assert(verba.quotes(text, { invalid = "replace" }))
  local items = {}
  for _, quote in ipairs(quotes) do
    if quote.kind ~= "mention" then items[#items + 1] = item(text, quote) end
  end
  if #items > 0 then
    table.insert(doc.blocks, pandoc.Header(2, { pandoc.Str("Quotations") }))
    table.insert(doc.blocks, pandoc.BulletList(items))
  end
  return doc
end
