/*
 * verba: who said what, about whom, in news text.
 * The C core: plain C99, no Lua, reentrant (all state lives in caller-owned
 * structs). Offsets are 0-based byte positions; a span is [start, end).
 *
 * Data flows one way:
 *
 *   bytes -> code points -> segments -> one annotated token array per
 *   document -> sentences, paragraphs -> quotations -> speakers
 *                                     -> entities
 *
 *   utf8.c        bytes -> code points (verba_decode, verba_validate)
 *   props.c       code point -> Word_Break / Sentence_Break / Ext_Pict
 *   words.c       UAX #29 word segments and grapheme clusters
 *   tokens.c      news tokens built on word segments
 *   lexicon.c     the word lists of data/en in one table, one lookup
 *   paragraphs.c  the one paragraph rule (verba_paragraph_break)
 *   sentences.c   sentences: UAX #29 and news rules
 *   sentence_lists.c  the news rules' list numbering (1. 2) (a) ii.)
 *   doc.c         the document: every token once, with its lexicon
 *                 record, its shape and its sentence and paragraph
 *   quotes.c      quotations over the document's tokens: spans, nesting,
 *                 and (verba_quotes_settle) their kind
 *   attribution/  cue verbs and speakers, over windows of those tokens
 *   entities/     names, dates and amounts, grouped into entities
 *   transform.c   normalisation and case folding (utf8proc)
 *   html.c        HTML: pages to text with a map, references decoded
 *   html_references.c  HTML character references, numeric and named
 *
 * The stages after doc.c never decide again what white space, a word's
 * classes, a sentence end or a paragraph is: they read the document.
 */
#ifndef VERBA_H
#define VERBA_H

#include <stddef.h>
#include <stdint.h>

/* The one source of verba's version: the Makefile, `make dist`'s rockspec
 * and verba.version read it here. */
#define VERBA_VERSION "0.2.0"

/* Inside a shared object (the Lua module) the stages call each other
 * directly instead of through the PLT; the module exports only its
 * luaopen_ function, declared outside this header. */
#if defined(__GNUC__) && __GNUC__ >= 4
#pragma GCC visibility push(hidden)
#define VERBA_VISIBILITY_PUSHED
#endif

/* Error codes: 0 is success, failures are negative. */
#define VERBA_OK 0
#define VERBA_EUTF8 (-1)   /* malformed UTF-8 */
#define VERBA_ENOMEM (-2)  /* allocation failed */
#define VERBA_EFORM (-3)   /* unknown normalisation form */
#define VERBA_ESPACE (-4)  /* caller's buffer too small */
#define VERBA_ELIMIT (-5)  /* more items than an index holds (2^32 sentences) */

const char *verba_errmsg(int code);
const char *verba_unicode_version(void);

/* ---- Stage 1: bytes -> code points ------------------------------------ */

#define VERBA_REPLACEMENT 0xFFFD

/* Input text: bytes, length and how malformed UTF-8 is treated. */
typedef struct verba_text {
  const unsigned char *s;
  size_t len;
} verba_text;

void verba_text_init(verba_text *t, const char *s, size_t len);

/* Decodes the code point at t->s[pos] (pos < t->len) into *cp and returns
 * its length in bytes (1..4). A malformed or truncated sequence yields
 * U+FFFD with length 1, so every byte is covered and offsets stay intact. */
size_t verba_decode(const verba_text *t, size_t pos, int32_t *cp);

/* Decodes the code point that ends just before pos (pos > 0): the same
 * characters verba_decode produces going forward. Returns its length. */
size_t verba_decode_back(const verba_text *t, size_t pos, int32_t *cp);

/* The code point at pos, or the one ending just before pos; -1 outside the
 * text. Shorthands of verba_decode and verba_decode_back for look-arounds. */
int32_t verba_cp_at(const verba_text *t, size_t pos);
int32_t verba_cp_before(const verba_text *t, size_t pos);

/* A dash that sets off a clause or an attribution (not the hyphen):
 * figure, en, em dash, horizontal bar (the quotation dash, as in
 * "\u201c...\u201d \u2015 Hu"), two- and three-em dash. */
static inline int verba_is_dash(int32_t cp) {
  return (cp >= 0x2012 && cp <= 0x2015) || cp == 0x2E3A || cp == 0x2E3B;
}

/* White space: Unicode's White_Space property (tab to carriage return,
 * space, U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F,
 * U+205F, U+3000). The one definition every stage uses; -1 (outside the
 * text) is not space. */
static inline int verba_is_space(int32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/* A line break: LF, VT, FF, CR, NEL, LINE and PARAGRAPH SEPARATOR. */
static inline int verba_is_line_break(int32_t cp) {
  return (cp >= '\n' && cp <= '\r') || cp == 0x85 || cp == 0x2028 ||
         cp == 0x2029;
}

/* Returns VERBA_OK, or VERBA_EUTF8 with *bad set to the offset of the first
 * byte that does not start a well-formed sequence. Surrogates, overlong
 * forms and values above U+10FFFF are malformed. */
int verba_validate(const char *s, size_t len, size_t *bad);

/* ---- Stage 2: character properties (UCD tables, tools/gen_props.lua) ---- */

enum verba_wb {
  VERBA_WB_OTHER, VERBA_WB_CR, VERBA_WB_LF, VERBA_WB_NEWLINE, VERBA_WB_EXTEND,
  VERBA_WB_ZWJ, VERBA_WB_RI, VERBA_WB_FORMAT, VERBA_WB_KATAKANA,
  VERBA_WB_HEBREW, VERBA_WB_ALETTER, VERBA_WB_NUMERIC, VERBA_WB_SQ,
  VERBA_WB_DQ, VERBA_WB_MIDNUMLET, VERBA_WB_MIDLETTER, VERBA_WB_MIDNUM,
  VERBA_WB_EXTENDNUMLET, VERBA_WB_WSEGSPACE
};

enum verba_sb {
  VERBA_SB_OTHER, VERBA_SB_CR, VERBA_SB_LF, VERBA_SB_EXTEND, VERBA_SB_SEP,
  VERBA_SB_FORMAT, VERBA_SB_SP, VERBA_SB_LOWER, VERBA_SB_UPPER,
  VERBA_SB_OLETTER, VERBA_SB_NUMERIC, VERBA_SB_ATERM, VERBA_SB_STERM,
  VERBA_SB_CLOSE, VERBA_SB_SCONTINUE
};

enum verba_wb verba_word_break(int32_t cp);
enum verba_sb verba_sentence_break(int32_t cp);
int verba_extended_pictographic(int32_t cp);

/* ---- Stage 3: segments ---------------------------------------------------- */

/* End of the UAX #29 word segment that starts at the boundary pos. */
size_t verba_word_end(const verba_text *t, size_t pos);

/* End of the extended grapheme cluster that starts at pos. */
size_t verba_grapheme_end(const verba_text *t, size_t pos);

/* Paragraphs (paragraphs.c). How a text is cut into paragraphs: */
enum verba_paragraph_mode {
  VERBA_PARAGRAPHS_BLANK, /* a blank line (a line of white space only) or
                             U+2029 ends a paragraph, and a line that opens
                             with a double quotation mark (" \u201c \u201e
                             \u00ab) starts one: feeds that end paragraphs
                             with one line break still part quotations */
  VERBA_PARAGRAPHS_LINE   /* every line break ends a paragraph */
};

/* Does the white space t[start, end) that stands between two pieces of
 * text separate paragraphs? The one rule every stage uses. */
int verba_paragraph_break(const verba_text *t, size_t start, size_t end,
                          enum verba_paragraph_mode mode);

/* Finds the next paragraph at or after *pos, trimmed of white space.
 * Returns 1 with the span in [*start, *end) and *pos advanced past it, or
 * 0 when none is left. */
int verba_paragraph_next(const verba_text *t, enum verba_paragraph_mode mode,
                         size_t *pos, size_t *start, size_t *end);

/* News tokens: UAX #29 words merged into what a reader sees as one item. */
enum verba_kind {
  VERBA_WORD, VERBA_NUMBER, VERBA_PUNCT, VERBA_SYMBOL, VERBA_EMOJI, VERBA_URL,
  VERBA_EMAIL, VERBA_MENTION, VERBA_HASHTAG, VERBA_SPACE, VERBA_OTHER,
  VERBA_NKINDS
};

const char *verba_kind_name(enum verba_kind kind);

/* Flags for verba_tokens_init. */
#define VERBA_TOK_SPACES 1u          /* report whitespace as VERBA_SPACE */
#define VERBA_TOK_SPLIT_POSSESSIVE 2u /* China's -> China 's */
#define VERBA_TOK_SPLIT_HYPHENS 4u    /* well-known -> well - known */

typedef struct verba_token {
  size_t start, end;
  enum verba_kind kind;
} verba_token;

typedef struct verba_tokenizer {
  verba_text text;
  size_t pos;
  unsigned flags;
  size_t split_at; /* pending second half of a split possessive, or 0 */
} verba_tokenizer;

void verba_tokens_init(verba_tokenizer *tz, const verba_text *t, size_t pos,
                       unsigned flags);
/* Fills *tok with the next token and returns 1, or returns 0 at the end. */
int verba_tokens_next(verba_tokenizer *tz, verba_token *tok);

/* ---- Memory -------------------------------------------------------------- */

/* The allocator the core calls for what it keeps (a document's arrays, a
 * configuration's user words), with lua_Alloc's contract: nsize 0 frees
 * ptr and returns NULL; otherwise it returns the block resized to nsize
 * (a new one when ptr is NULL), or NULL with the old block untouched. A
 * NULL allocator means the C library's realloc and free. */
typedef void *(*verba_alloc_fn)(void *ud, void *ptr, size_t osize,
                                size_t nsize);

/* ---- Stage 3c: the lexicon (lexicon.c, words from data/en/) --------- */

/* Class bits of a word (VERBA_LEX_* in lexicon_data.h, one per class in
 * data/en/classes.tsv): cue verbs, abbreviations, pronouns, titles ... */
typedef uint64_t verba_classes;

/* Name class bits of a word (VERBA_NAME_* in lexicon_data.h, one per
 * class in the name-flagged classes.tsv files): places, given names ... */
typedef uint64_t verba_names;

struct verba_lex_table; /* lexicon.h */

/* The built-in words and an optional overlay of a user's words, compiled
 * once (verba.new). Private fields: read it through the functions below. */
typedef struct verba_lexicon {
  const struct verba_lex_table *builtin;
  struct verba_lex_table *user; /* NULL when the user added nothing */
  verba_alloc_fn alloc;
  void *alloc_ud;
  void *user_mem; /* the overlay's storage, one block */
  size_t user_mem_size;
  /* a hash of the user's words: tells this overlay from another one
   * built later at the same address (a document's table of recent words
   * holds records of one lexicon) */
  uint64_t user_print;
} verba_lexicon;

/* A user's word for verba_lexicon_build: its word classes and its name
 * classes (VERBA_NAME_*: a user's gazetteer entry). */
typedef struct verba_lex_word {
  const char *s;
  size_t len;
  verba_classes classes;
  verba_names names;
} verba_lex_word;

/* Record ids: 0 is "no record"; the two high bits tell how the word was
 * reached from its record. */
#define VERBA_LEX_NONE 0u
#define VERBA_LEX_INFLECTED 0x80000000u /* an inflected form: says, added */
#define VERBA_LEX_CLITIC 0x40000000u    /* the word + 's, 're, 've ...: he's */
#define VERBA_LEX_ID(id) ((id) & 0x3FFFFFFFu)

/* How a word is written, which picks among a key's records. */
enum verba_lex_case { VERBA_CASE_LOWER, VERBA_CASE_CAPITALIZED, VERBA_CASE_UPPER };

/* The built-in lexicon alone. */
void verba_lexicon_default(verba_lexicon *lx);

/* Adds the user's words (any UTF-8, case-insensitive; a phrase's words
 * separated by white space) with their classes, in one go. A cue
 * (VERBA_LEX_CUE) of several words is its head word with the rest as a
 * required particle (point out, a déclaré); abbreviations come without
 * their final dot. Returns VERBA_OK, VERBA_ENOMEM, or VERBA_EFORM for an
 * empty word. */
int verba_lexicon_build(verba_lexicon *lx, const verba_lex_word *words,
                        size_t n, verba_alloc_fn alloc, void *ud);
void verba_lexicon_free(verba_lexicon *lx);

/* THE lookup: the record of the word s[0, len) as written, VERBA_LEX_NONE
 * if none. Case-insensitive, with wcase choosing the spelling's record;
 * inflected forms of words whose classes inflect (cue verbs) and words
 * with a clitic ('s 're 've 'll 'd 'm) find their base's record, flagged.
 * A phrase is looked up as its words joined by one space. */
uint32_t verba_lex_find(const verba_lexicon *lx, const char *s, size_t len,
                        enum verba_lex_case wcase);

/* Whether the words s[0, len) (two, joined by one space) may open a
 * phrase of three words or more of the lexicon: 0 if they open none, so
 * that verba_lex_find of any longer phrase they open finds nothing. */
int verba_lex_may_open_phrase(const verba_lexicon *lx, const char *s, size_t len);

/* The classes of a record id as verba_lex_find returned it (an inflected
 * or clitic form keeps only the classes that carry over). */
verba_classes verba_lex_classes(const verba_lexicon *lx, uint32_t id);

/* Whether s[0, len) is a family name with its particle joined by a
 * hyphen, the particle in lower case and of the name_particle class:
 * al-Amr, bin-Talal (not pro-Sanders, ex-Beatle). A name though it opens
 * in lower case: every stage reads it as capitalised. */
int verba_lex_particle_name(const verba_lexicon *lx, const char *s, size_t len);

/* The string attached to a record (a cue's particle: "to", "out"), or
 * NULL; and a record's key (case-folded), *len bytes. */
const char *verba_lex_data(const verba_lexicon *lx, uint32_t id);
const char *verba_lex_key(const verba_lexicon *lx, uint32_t id, size_t *len);

/* The name of class bit k ("cue", "preposition" ...), NULL past the last. */
const char *verba_lex_class_name(unsigned k);

/* The name classes of a record id (VERBA_NAME_* in lexicon_data.h: the
 * gazetteers' place, organization, given_male ...), a set apart from the
 * word classes; an inflected form has none, a clitic form its stem's
 * (Obama's). And the name of name class bit k, NULL past the last. */
verba_names verba_lex_names(const verba_lexicon *lx, uint32_t id);
const char *verba_lex_name_class_name(unsigned k);
/* Both at once, the record found once: verba_lex_classes, and
 * verba_lex_names in *names. */
verba_classes verba_lex_classes_names(const verba_lexicon *lx, uint32_t id,
                                      verba_names *names);

/* ---- Stage 3d: sentences (sentences.c) ----------------------------------- */

enum verba_sentence_mode {
  VERBA_SENTENCES_NEWS,  /* UAX #29 candidates judged for news text */
  VERBA_SENTENCES_UAX29  /* the raw UAX #29 segments, every byte covered */
};

struct verba_config;

typedef struct verba_sentencer {
  verba_text text;
  size_t pos;
  enum verba_sentence_mode mode;
  /* The lexicon (abbreviations and their classes, sentence openers) and
   * the paragraph rule, from the configuration given to init. */
  verba_lexicon lexicon;
  enum verba_paragraph_mode paragraphs;
  /* The list the current unit is an item of: marker kinds still possible
   * and the values it had, where its marker is and ends. */
  unsigned list_kinds;
  long list_number, list_letter, list_roman;
  size_t list_at, list_end;
  /* The lexicon record of the word t[start, start + len) as written, or
   * NULL (init's default) for verba_lex_find: the document passes its
   * table of recent words, so a word is looked up once for both. */
  uint32_t (*find_word)(void *ud, size_t start, size_t len);
  void *find_word_ud;
} verba_sentencer;

/* config NULL: the built-in lexicon and paragraph rule. */
void verba_sentences_init(verba_sentencer *ss, const verba_text *t,
                          enum verba_sentence_mode mode,
                          const struct verba_config *config);
/* The next sentence: 1 with its span in [*start, *end), or 0 at the end.
 * News mode trims white space around each sentence and skips blank ones;
 * uax29 mode yields the segments as they are, trailing spaces included. */
int verba_sentences_next(verba_sentencer *ss, size_t *start, size_t *end);

/* ---- Stage 4: the document model (doc.c) ---------------------------------- */

/* What a document's stages share, compiled once (verba.new) and read by
 * every document built with it. */
typedef struct verba_config {
  verba_lexicon lexicon;               /* built-in words + the user's */
  enum verba_paragraph_mode paragraphs;
  size_t quote_depth; /* quotations nested deeper are not reported (their
                         marks still pair); VERBA_QUOTE_DEPTH by default */
} verba_config;

/* The built-in configuration. */
void verba_config_default(verba_config *c);

/* Shape of a token, read once when its document is built (some bits
 * come from its characters alone: verba_word_shape). */
#define VERBA_SHAPE_CAPITALIZED 0x0001u /* first letter upper or title case */
#define VERBA_SHAPE_ALL_CAPS 0x0002u    /* 2+ letters, none lower case */
#define VERBA_SHAPE_LOWER 0x0004u       /* first letter lower case */
#define VERBA_SHAPE_DIGIT 0x0008u       /* holds a digit */
#define VERBA_SHAPE_SPACED 0x0010u      /* white space before it */
#define VERBA_SHAPE_NEWLINE 0x0020u     /* a line break before it */
#define VERBA_SHAPE_LINE_START 0x0040u  /* first token of its line */
#define VERBA_SHAPE_SENTENCE_START 0x0080u
#define VERBA_SHAPE_PARAGRAPH_START 0x0100u
#define VERBA_SHAPE_QUOTE_MARK 0x0200u  /* a quotation mark (not an
                                           apostrophe inside a word) */
#define VERBA_SHAPE_POSSESSIVE 0x0400u  /* ends in 's or s' (Hu's, states') */
#define VERBA_SHAPE_SENTENCE_END 0x0800u /* last token of its sentence */

/* The shape bits t[start, end)'s characters give (case and digits), and
 * the lexicon case they select. */
unsigned verba_word_shape(const verba_text *t, size_t start, size_t end);
enum verba_lex_case verba_shape_case(unsigned shape);

/* A token of a document: 24 bytes. A token is at most UINT32_MAX bytes
 * (a longer run is cut into several). */
typedef struct verba_tok {
  size_t start;
  uint32_t len;
  uint32_t entry;    /* lexicon record (verba_lex_find), VERBA_LEX_NONE */
  uint32_t sentence; /* index of its sentence */
  uint16_t shape;    /* VERBA_SHAPE_* */
  uint8_t kind;      /* enum verba_kind */
  uint8_t cp;        /* its first character if ASCII, else 0 */
} verba_tok;

/* A sentence or a paragraph: its bytes (trimmed) and its tokens. */
typedef struct verba_unit {
  size_t start, end;  /* bytes [start, end) */
  size_t first, last; /* tokens [first, last) */
  size_t parent;      /* a sentence's paragraph (unused for paragraphs) */
} verba_unit;

/* One document, annotated once: every later stage (quotations, speakers,
 * entities) reads these arrays and never the text's bytes for what they
 * already tell (white space, word classes, sentence and paragraph ends).
 * Sentences nest in paragraphs. Caller-owned; the arrays grow through
 * alloc and verba_doc_free releases them. */
typedef struct verba_doc {
  verba_text text;
  const verba_config *config;
  verba_tok *toks;
  size_t ntoks, tokcap;
  verba_unit *sentences;
  size_t nsentences, sentcap;
  verba_unit *paragraphs;
  size_t nparagraphs, paracap;
  /* the tokens that are quotation marks (VERBA_SHAPE_QUOTE_MARK), in text
   * order: the quotation stage pairs them without reading every token */
  size_t *marks;
  size_t nmarks, markcap;
  /* words looked up lately (doc.c), kept from build to build while the
   * lexicon stays recent_lexicon: the entries from recent_clean on were
   * never written, recent_tag marks those of recent_lexicon, found over
   * recent_seen bytes of text */
  struct verba_recent_word *recent;
  size_t nrecent, recentcap, recent_clean, recent_seen;
  uint32_t recent_tag;
  verba_lexicon recent_lexicon;
  verba_alloc_fn alloc;
  void *alloc_ud;
} verba_doc;

/* Builds the document of t under cfg (verba_config_default gives the
 * built-in one; the document keeps a pointer to it):
 * tokens with their lexicon records and shapes, sentences (news mode) and
 * paragraphs. doc may be reused: its arrays are kept and refilled, and
 * the words it looked up are remembered while cfg's lexicon stays the
 * same (a stream of articles built into one document finds most words
 * without the lexicon's probes).
 * Returns VERBA_OK, VERBA_ENOMEM, or VERBA_ELIMIT past 2^32 - 1 sentences
 * (the document is then empty). Linear in the text's length. */
void verba_doc_init(verba_doc *doc, verba_alloc_fn alloc, void *ud);
int verba_doc_build(verba_doc *doc, const verba_text *t,
                    const verba_config *cfg);
void verba_doc_free(verba_doc *doc);
/* Bytes the document's arrays hold, used or not. */
size_t verba_doc_capacity(const verba_doc *doc);

/* The lexicon classes of token k (a bit test reads them: LEX(k) & X), and
 * its name classes (verba_lex_names). */
verba_classes verba_doc_classes(const verba_doc *doc, size_t k);
verba_names verba_doc_names(const verba_doc *doc, size_t k);
/* The token that holds byte pos: the last that starts at or before it (the
 * first token if none does; 0 in an empty document). near is a token to
 * search from (any index: the cost grows with the distance's logarithm). */
size_t verba_doc_token_at(const verba_doc *doc, size_t pos, size_t near);

/* ---- Annotations: quotations (quotes.c) --------------------------------- */

#define VERBA_NONE ((size_t)-1)
#define VERBA_QUOTE_DEPTH 8 /* quotes nested deeper are not language */

enum verba_quote_kind {
  VERBA_QUOTE_DIRECT,  /* a quoted utterance */
  VERBA_QUOTE_PARTIAL, /* quoted words inside the writer's own sentence */
  VERBA_QUOTE_MENTION  /* quoted words nobody says: titles, scare quotes */
};

const char *verba_quote_kind_name(enum verba_quote_kind kind);

/* Is cp a quotation mark of some convention (" ' ` \u201c \u201d \u00ab ...)? */
int verba_is_quote_mark(int32_t cp);

typedef struct verba_quote {
  size_t start, end;            /* the quotation, marks included */
  size_t open_end, close_start; /* its text: [open_end, close_start) */
  size_t para_start;            /* start of the paragraph it opens in */
  size_t para_end;              /* end of the paragraph it closes in */
  size_t parent;                /* index of the quote around it, or VERBA_NONE */
  size_t lead_end;              /* end of the text before its opening mark,
                                   spaces skipped, or VERBA_NONE */
  enum verba_quote_kind kind;   /* decided by verba_quotes_settle */
  int unclosed;                 /* open at a paragraph end: close_start == end */
  unsigned context;             /* where it stands (private: quote_context.h) */
  unsigned words;               /* words inside, counted up to 13 */
  size_t first, last;           /* its tokens [first, last) in the document:
                                   the marks and what is between them */
  /* Filled by verba_attribute; VERBA_NONE where nothing was found. */
  size_t speaker_start, speaker_end; /* the speaker as written */
  size_t cue_start, cue_end;         /* the cue: said, according to, ... */
  size_t name_start, name_end;       /* the speaker's name where resolved */
  /* Filled by verba_link_speakers: the speaker's entity, an index into
   * the entity list's groups, or VERBA_NONE. */
  size_t speaker_entity;
} verba_quote;

/* A caller-owned growable array. When items is full the core calls grow,
 * which must make room for at least need items (setting items and cap) and
 * return 0, or return nonzero to stop with VERBA_ENOMEM. */
typedef struct verba_quote_list {
  verba_quote *items;
  size_t n, cap;
  int (*grow)(struct verba_quote_list *list, size_t need);
  void *ctx;
} verba_quote_list;

/* Finds every quotation of the document in text order (list->n of them;
 * nested ones follow the quote around them and name it as parent), by
 * pairing its quotation-mark tokens paragraph by paragraph. Quotations
 * nested deeper than the configuration's quote_depth are not reported,
 * but their marks still pair. Returns VERBA_OK or VERBA_ENOMEM. Linear in
 * the number of tokens. */
int verba_quotes_find(const verba_doc *doc, verba_quote_list *list);

/* Decides each quotation's kind, in one place, from what the finder and
 * the attribution stage found (run it after verba_attribute): direct (an
 * utterance of its own), partial (quoted words inside the writer's
 * sentence) or mention (words nobody says: a title, a name, an attribute
 * value, a headline in display style). A mention keeps no speaker or cue.
 * quote_context.h tells the rules. */
void verba_quotes_settle(verba_quote *quotes, size_t n);


/* ---- Annotations: speakers (attribution.c) ------------------------------ */

/* A word or phrase given as bytes, e.g. a user's extra cue verb. */
typedef struct verba_phrase {
  const char *s;
  size_t len;
} verba_phrase;

struct verba_entity; /* the entity stage, below */

typedef struct verba_attribution_opts {
  const verba_phrase *verbs; /* extra cue verbs (any form), or NULL */
  size_t nverbs;
  const struct verba_entity *entities; /* known names in text order, or NULL */
  size_t nentities;
} verba_attribution_opts;

/* Finds the cue and speaker of each direct and partial quote, resolves
 * speaker names (pronoun to the last fitting person speaker, surname to the
 * full name, appositive to its name, relative pronoun to its antecedent,
 * "Hu's statement" to Hu) and turns partial quotes nobody says into
 * mentions. Credit labels (Image:, Photo: ...) are never speakers, and a
 * caption between the paragraphs of a quotation does not end it. opts may
 * be NULL. Linear in the text's length. */
void verba_attribute(const verba_doc *doc, verba_quote *quotes, size_t n,
                     const verba_attribution_opts *opts);

/* ---- Annotations: entities (entities/) ------------------------------------ */

/* What a mention names. The first five are proper names the tagger finds;
 * date to number come from rules over the tokens; url to mention are
 * tokens of those kinds. */
enum verba_entity_type {
  VERBA_ENT_PERSON, VERBA_ENT_ORGANIZATION, VERBA_ENT_PLACE,
  VERBA_ENT_GROUP,  /* nationalities, religious and political groups */
  VERBA_ENT_OTHER,  /* other proper names: laws, events, works, products */
  VERBA_ENT_DATE, VERBA_ENT_TIME, VERBA_ENT_MONEY, VERBA_ENT_PERCENT,
  VERBA_ENT_NUMBER, VERBA_ENT_URL, VERBA_ENT_EMAIL, VERBA_ENT_HASHTAG,
  VERBA_ENT_MENTION, VERBA_ENT_NTYPES
};

/* "person", "organization" ... "mention"; NULL past the last. */
const char *verba_entity_type_name(enum verba_entity_type type);

enum verba_gender { VERBA_GENDER_NONE, VERBA_GENDER_FEMALE, VERBA_GENDER_MALE };

/* A mention of an entity. Its bytes leave out a possessive ending
 * (Huawei's -> Huawei) and the titles before a name (President Trump ->
 * Trump), which its tokens may still hold: the name is the bytes. */
typedef struct verba_entity {
  size_t start, end;  /* bytes [start, end) */
  size_t first, last; /* its tokens [first, last) in the document */
  enum verba_entity_type type; /* its entity's type */
  size_t id;          /* its entity: an index into the list's groups */
  unsigned flags;     /* VERBA_ENT_DECIDED, VERBA_ENT_DATELINE */
} verba_entity;

/* A mention whose type a rule decided from the text's form (a credit
 * line, a score line, a title before a name, the user's gazetteer): it
 * outweighs the model's guesses when its entity's type is settled. */
#define VERBA_ENT_DECIDED 1u
/* The place of a dateline (LONDON 1996-08-30): an entity of its own unless
 * the text names the place alike (a club named after its city is not). */
#define VERBA_ENT_DATELINE 2u

/* The canonical name is written in capitals (EMMANUEL DUNAND): a reader
 * shows it with each word capitalised. */
#define VERBA_ENT_RECASE 1u

/* An entity: the mentions that name the same person, organisation, place
 * or thing ("Ken Hu" ... "Hu"; "Huawei Technologies" ... "Huawei"), or one
 * date, amount or number. */
typedef struct verba_entity_group {
  enum verba_entity_type type;
  enum verba_gender gender;  /* persons: from given names and titles */
  size_t canonical;  /* the mention whose bytes are its fullest name */
  size_t first;      /* its first mention */
  size_t count;      /* how many mentions it has */
  unsigned flags;    /* VERBA_ENT_RECASE */
} verba_entity_group;

/* The mentions of a document in text order and their entities, in the
 * order of their first mentions. Caller-owned: init it once, reuse it for
 * any number of documents (its arrays are kept and refilled), free it
 * with verba_entity_list_free. Its arrays come from the allocator of the
 * document it was last filled from. */
typedef struct verba_entity_list {
  verba_entity *items;
  size_t n, cap;
  verba_entity_group *groups;
  size_t ngroups, groupcap;
  verba_alloc_fn alloc;
  void *alloc_ud;
} verba_entity_list;

void verba_entity_list_init(verba_entity_list *list);
void verba_entity_list_free(verba_entity_list *list);

/* Finds the entities of the document: proper names (an averaged
 * perceptron over the tokens' words, shapes, lexicon classes and what the
 * rest of the document shows, built into the library), dates, times,
 * amounts of money, percentages and numbers (rules over the lexicon's
 * words), URLs, e-mail addresses, hashtags and @mentions; then groups the
 * mentions into entities. Returns VERBA_OK or VERBA_ENOMEM (the list is
 * then empty). Linear in the number of tokens. */
int verba_entities_find(const verba_doc *doc, verba_entity_list *list);

/* Links each quotation's speaker to the entity of the document it names
 * (run after verba_attribute, with the list verba_entities_find filled
 * from the same document): speaker_entity becomes that entity's index
 * and name_start, name_end its canonical mention. A name links to the
 * entity it is a mention of ("Hu" to Ken Hu); a pronoun only to one
 * that agrees with it: he and she to a person of no contrary gender, it
 * and they to an organisation or a group, the latest such before the
 * quotation when the name found for it does not agree. Linear. */
void verba_link_speakers(const verba_doc *doc, const verba_entity_list *list,
                         verba_quote *quotes, size_t n);

/* ---- Text transforms (utf8proc) ----------------------------------------- */

enum verba_form { VERBA_FORM_NONE, VERBA_NFC, VERBA_NFD, VERBA_NFKC, VERBA_NFKD };

/* Normalises (and with casefold != 0 also case-folds) the text. work is
 * caller-owned space for cap code points. On VERBA_OK the result is written
 * to work as UTF-8 bytes, *n of them. On VERBA_ESPACE, *n is the capacity
 * needed: call again with that much. Malformed bytes become U+FFFD. */
int verba_transform(const verba_text *t, enum verba_form form, int casefold,
                    int32_t *work, size_t cap, size_t *n);

/* ---- HTML input (html.c) ------------------------------------------------ */

/* Text made from HTML keeps a map back to the HTML's bytes: a list of runs,
 * each the text bytes from its `text` to the next run's. A copy run (span
 * 0) maps them one to one from src (white space read as a space counts as
 * a copy); any other run was made by the single construct src[0, span): a
 * character reference, or the tag that ended a paragraph. Offsets are 32
 * bits, which keeps a map at most 4 bytes a byte of HTML: a page or a text
 * of VERBA_HTML_MAX bytes or more is refused with VERBA_ENOMEM. */
#define VERBA_HTML_MAX UINT32_MAX
typedef struct verba_html_run {
  uint32_t text, src, span;
} verba_html_run;

/* Text made from HTML and its map. Caller-owned: the arrays grow through
 * alloc (NULL: realloc and free); verba_html_free releases them, and h may
 * be reused, its arrays kept and refilled. */
typedef struct verba_html {
  char *text;    /* len bytes, not NUL-terminated */
  size_t len, textcap;
  verba_html_run *runs; /* nruns runs in text order; the first at text 0 */
  size_t nruns, runcap;
  size_t src_len; /* length of the HTML */
  verba_alloc_fn alloc;
  void *alloc_ud;
} verba_html;

/* Flags for verba_html_decode and verba_html_opts. */
#define VERBA_HTML_REPLACE 1u   /* each malformed UTF-8 byte becomes U+FFFD
                                   (else bytes are copied as they are) */
#define VERBA_HTML_ATTRIBUTE 2u /* decode as an attribute value: a legacy
                                   name without ';' before '=' or a letter
                                   or digit stays as written */
#define VERBA_HTML_TITLE 4u     /* text: the title is the first paragraph */

typedef struct verba_html_opts {
  unsigned flags;
  /* Elements whose content is dropped beyond the built-in ones (script,
   * style, noscript, template, svg ...), in lower case: "nav", "aside". */
  const verba_phrase *skip;
  size_t nskip;
} verba_html_opts;

void verba_html_init(verba_html *h, verba_alloc_fn alloc, void *ud);
void verba_html_free(verba_html *h);

/* Decodes every character reference of s[0, len) by the HTML tokenizer's
 * rules (named, decimal, hex; a malformed reference stays as written) into
 * h. Returns VERBA_OK or VERBA_ENOMEM (h is then empty). Linear. */
int verba_html_decode(verba_html *h, const char *s, size_t len,
                      unsigned flags);

/* The text of the HTML page s[0, len) into h: tags, comments, scripts and
 * styles dropped, blocks (p, div, li, h1 ...) separated by a blank line,
 * br by a line break, white space collapsed outside pre, references
 * decoded. opts may be NULL. Returns VERBA_OK or VERBA_ENOMEM (h is then
 * empty). Linear in len, whatever the nesting or the unclosed constructs. */
int verba_html_text(verba_html *h, const char *s, size_t len,
                    const verba_html_opts *opts);

/* The HTML offset of text byte pos (pos < h->len): the byte it was copied
 * from, or the start of the construct that made it (a reference's '&'). */
size_t verba_html_source(const verba_html *h, size_t pos);
/* The HTML offset just past the construct that made text byte pos (past
 * a reference's ';'; past the byte itself for a copy). A text span
 * [start, end) comes from [verba_html_source(h, start),
 * verba_html_source_end(h, end - 1)). */
size_t verba_html_source_end(const verba_html *h, size_t pos);

/* Frees the text, keeping len and the map (its unused room given back):
 * for callers that copied the text and keep only the map. */
void verba_html_drop_text(verba_html *h);

/* The named references: the i-th name (';' included where it has one)
 * and its characters as UTF-8. Returns 0 when i is past the last. */
size_t verba_html_entity_count(void);
int verba_html_entity(size_t i, const char **name, size_t *name_len,
                      const char **value, size_t *value_len);

#ifdef VERBA_VISIBILITY_PUSHED
#pragma GCC visibility pop
#undef VERBA_VISIBILITY_PUSHED
#endif

#endif
