---@meta verba
-- LuaLS / EmmyLua definitions of verba's Lua API, for editors: with this
-- file in the language server's library (the rock installs it as
-- verba/meta.lua beside the module; `make install` too), `require("verba")`
-- completes `verba.` and checks option tables and results. It describes
-- lua/verba.lua and changes nothing at run time; spec/meta_spec.lua checks
-- it against the real module. The reference (`make docs`) says more.

---@alias verba.Invalid
---| "error"   # invalid UTF-8 gives nil, message (iterators raise)
---| "replace" # each bad byte is read as U+FFFD

---@alias verba.Kind "word"|"number"|"url"|"email"|"mention"|"hashtag"|"emoji"|"punct"|"symbol"|"space"|"other"

---@alias verba.Form "NFC"|"NFD"|"NFKC"|"NFKD"

---@alias verba.Paragraphs
---| "blank" # paragraphs end at blank lines (the default)
---| "line"  # every line is a paragraph

---A list {"a", "b"} or a set {a = true}.
---@alias verba.Words string[]|table<string, boolean>

---@class verba.Options
---@field invalid? verba.Invalid

---@class verba.TokenOptions: verba.Options
---@field spaces? boolean also yield white space, as tokens of kind "space"
---@field split_possessive? boolean "Zürich’s" gives "Zürich" and "’s"
---@field split_hyphens? boolean "well-known" gives "well", "-", "known"

---@class verba.TokenizeOptions: verba.TokenOptions
---@field detail? boolean tables verba.Token instead of strings
---@field lower? boolean case-fold each token
---@field normalize? verba.Form normalise each token
---@field kinds? verba.Kind[]|table<verba.Kind, boolean> the kinds to keep
---@field limit? integer at most this many tokens, the first ones

---@class verba.ParagraphOptions: verba.Options
---@field paragraphs? verba.Paragraphs

---@class verba.SentenceOptions: verba.ParagraphOptions
---@field mode? "news"|"uax29" "uax29": raw UAX #29 segments, covering every byte
---@field abbreviations? verba.Words added for this call ("Gov.", "approx")

---@class verba.SplitSentenceOptions: verba.SentenceOptions
---@field limit? integer at most this many sentences, the first ones

---@class verba.QuoteOptions: verba.ParagraphOptions
---@field verbs? verba.Words cue verbs added for this call ("point out")
---@field abbreviations? verba.Words added for this call
---@field quote_depth? integer quotations nested deeper are not reported (8)
---@field html? boolean s is an HTML page; offsets are into it
---@field limit? integer at most this many quotations (nested ones too), the first ones

---@alias verba.EntityType
---| "person"
---| "organization"
---| "place"
---| "group"
---| "other"
---| "date"
---| "time"
---| "money"
---| "percent"
---| "number"
---| "url"
---| "email"
---| "hashtag"
---| "mention"

---The types a name of the user's gazetteer may have.
---@alias verba.NameType "person"|"organization"|"place"|"group"|"other"

---Names and their types: {["Acme Corp"] = "organization"}.
---@alias verba.Gazetteer table<string, verba.NameType>

---@class verba.EntityOptions: verba.ParagraphOptions
---@field types? verba.EntityType[]|table<verba.EntityType, boolean> the types to keep
---@field gazetteer? verba.Gazetteer names added for this call, with their types
---@field stoplist? verba.Words names that are none ("Reading"); they win over the gazetteer
---@field limit? integer at most this many mentions (entities) or entities (entity_groups), the first ones

---@class verba.Entity: verba.Span
---@field text string
---@field type verba.EntityType
---@field canonical string the fullest name of the mention's entity
---@field id integer mentions of one entity share it
---@field gender? "female"|"male"

---@class verba.EntityGroup
---@field id integer
---@field type verba.EntityType
---@field canonical string
---@field gender? "female"|"male"
---@field count integer
---@field mentions { start: integer, stop: integer, text: string }[]

---@class verba.AnalyzeOptions: verba.QuoteOptions
---@field tokens? boolean also give the tokens
---@field gazetteer? verba.Gazetteer names added for this call, with their types
---@field stoplist? verba.Words names that are none

---@class verba.DecodeHtmlOptions: verba.Options
---@field attribute? boolean s is an attribute value (`&copy=` stays)

---@class verba.HtmlTextOptions: verba.Options
---@field title? boolean keep the title as the first paragraph
---@field skip? verba.Words elements whose content is dropped too ("nav")

---@class verba.NewOptions
---@field verbs? verba.Words cue verbs
---@field abbreviations? verba.Words abbreviations
---@field paragraphs? verba.Paragraphs
---@field quote_depth? integer
---@field gazetteer? verba.Gazetteer names and their entity types
---@field stoplist? verba.Words names that are none

---@class verba.Span
---@field start integer first byte
---@field stop integer last byte

---@class verba.Token: verba.Span
---@field text string
---@field kind verba.Kind

---@class verba.Quote: verba.Span
---@field text string the quoted words, without the marks
---@field open string the opening mark
---@field close? string the closing mark (nil when unclosed)
---@field kind "direct"|"partial"|"mention"
---@field unclosed boolean
---@field nested? verba.Quote[] quotations inside this one
---@field speaker? string the speaker as written
---@field speaker_start? integer
---@field speaker_stop? integer
---@field speaker_name? string the speaker resolved to a full name (analyze: its entity's canonical name)
---@field cue? string the attributing verb ("said")
---@field cue_start? integer
---@field cue_stop? integer

---@class verba.LinkedQuote: verba.Quote
---@field speaker_id? integer the id of the speaker's entity in `entities` and `groups`
---@field nested? verba.LinkedQuote[] quotations inside this one

---@class verba.Analysis
---@field sentences verba.Span[]
---@field paragraphs verba.Span[]
---@field quotes verba.LinkedQuote[]
---@field entities verba.Entity[]
---@field groups verba.EntityGroup[]
---@field tokens? { start: integer, stop: integer, kind: verba.Kind }[] with opts.tokens

---@class verba.HtmlMap
local HtmlMap = {}

---The page's byte that the text's byte pos comes from.
---@param pos integer
---@return integer
function HtmlMap:source(pos) end

---The page's span that the text's span start..stop comes from.
---@param start integer
---@param stop integer
---@return integer start
---@return integer stop
function HtmlMap:span(start, stop) end

---@class verba
---@field version string verba's version, "MAJOR.MINOR.PATCH"
---@field unicode_version string Unicode version of verba's tables (segments, tokens, sentences)
---@field utf8proc_version string version of the utf8proc it runs with
---@field utf8proc_unicode_version string Unicode version of utf8proc (normalize, casefold, graphemes)
local verba = {}

---Iterates over every UAX #29 word-boundary segment of s: `start, stop`.
---@param s string
---@param init? integer first byte a segment may start at
---@param opts? verba.Options
---@return fun(): integer?, integer?
---@overload fun(s: string, opts?: verba.Options): fun(): integer?, integer?
function verba.segments(s, init, opts) end

---Iterates over the extended grapheme clusters of s: `start, stop`.
---@param s string
---@param init? integer
---@param opts? verba.Options
---@return fun(): integer?, integer?
---@overload fun(s: string, opts?: verba.Options): fun(): integer?, integer?
function verba.graphemes(s, init, opts) end

---Iterates over the news tokens of s: `start, stop, kind`.
---@param s string
---@param init? integer
---@param opts? verba.TokenOptions
---@return fun(): integer?, integer?, verba.Kind?
---@overload fun(s: string, opts?: verba.TokenOptions): fun(): integer?, integer?, verba.Kind?
function verba.tokens(s, init, opts) end

---The tokens of s: strings, or verba.Token with opts.detail; nil, message
---for invalid UTF-8.
---@param s string
---@param init? integer
---@param opts? verba.TokenizeOptions
---@return string[]|verba.Token[]|nil
---@return string? message
---@overload fun(s: string, opts?: verba.TokenizeOptions): string[]|verba.Token[]|nil, string?
function verba.tokenize(s, init, opts) end

---Iterates over the word tokens of s as strings.
---@param s string
---@param init? integer
---@param opts? verba.TokenOptions
---@return fun(): string?
---@overload fun(s: string, opts?: verba.TokenOptions): fun(): string?
function verba.words(s, init, opts) end

---s in a normalization form (NFC by default); nil, message for invalid UTF-8.
---@param s string
---@param form? verba.Form
---@param opts? verba.Options
---@return string?
---@return string? message
function verba.normalize(s, form, opts) end

---s case-folded; nil, message for invalid UTF-8.
---@param s string
---@param opts? verba.Options
---@return string?
---@return string? message
function verba.casefold(s, opts) end

---s with its HTML character references decoded; nil, message for invalid UTF-8.
---@param s string
---@param opts? verba.DecodeHtmlOptions
---@return string?
---@return string? message
function verba.decode_html(s, opts) end

---The text of the HTML page s and a map back to the page's offsets.
---@param s string
---@param opts? verba.HtmlTextOptions
---@return string? text
---@return verba.HtmlMap|string map, or the message for invalid UTF-8
function verba.html_text(s, opts) end

---The quotations of s with their speakers; nil, message for invalid UTF-8.
---@param s string
---@param init? integer
---@param opts? verba.QuoteOptions
---@return verba.Quote[]?
---@return string? message
---@overload fun(s: string, opts?: verba.QuoteOptions): verba.Quote[]?, string?
function verba.quotes(s, init, opts) end

---Sentences, paragraphs, quotations (and tokens) in one pass.
---@param s string
---@param opts? verba.AnalyzeOptions
---@return verba.Analysis?
---@return string? message
function verba.analyze(s, opts) end

---Iterates over the sentences of s: `start, stop`.
---@param s string
---@param init? integer
---@param opts? verba.SentenceOptions
---@return fun(): integer?, integer?
---@overload fun(s: string, opts?: verba.SentenceOptions): fun(): integer?, integer?
function verba.sentences(s, init, opts) end

---The sentences of s as strings; nil, message for invalid UTF-8.
---@param s string
---@param init? integer
---@param opts? verba.SplitSentenceOptions
---@return string[]?
---@return string? message
---@overload fun(s: string, opts?: verba.SplitSentenceOptions): string[]?, string?
function verba.split_sentences(s, init, opts) end

---Iterates over the paragraphs of s: `start, stop`.
---@param s string
---@param init? integer
---@param opts? verba.ParagraphOptions
---@return fun(): integer?, integer?
---@overload fun(s: string, opts?: verba.ParagraphOptions): fun(): integer?, integer?
function verba.paragraphs(s, init, opts) end

---An instance with the same functions, whose words are compiled once.
---@param opts verba.NewOptions
---@return verba
function verba.new(opts) end

---The entities mentioned in s, in text order; nil, message for invalid UTF-8.
---@param s string
---@param init? integer
---@param opts? verba.EntityOptions
---@return verba.Entity[]?
---@return string? message
---@overload fun(s: string, opts?: verba.EntityOptions): verba.Entity[]?, string?
function verba.entities(s, init, opts) end

---One record per entity of s, in the order of first mentions.
---@param s string
---@param opts? verba.EntityOptions
---@return verba.EntityGroup[]?
---@return string? message
function verba.entity_groups(s, opts) end

return verba
