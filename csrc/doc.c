/* Stage 4: the document model. A text is tokenized once; each token gets
 * its lexicon record (one lookup), its shape and the indices of its
 * sentence and paragraph. Paragraph breaks are read from the white space
 * between tokens (verba_paragraph_break), sentence ends from the news
 * sentencer (sentences.c), which this file maps onto token indices. The
 * stages after this one (quotations, speakers, entities) read the arrays
 * built here and never decide again what white space, a word's classes
 * or a sentence end is. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "verba.h"

/* The first size of each array, in items: a short article fits. */
#define FIRST_CAPACITY 256

/* Bytes of news text per token, at least: the token array is sized for
 * that at once, up to MAX_FIRST_TOKENS (a text of white space or one long
 * word holds few tokens: gigabytes of it must not ask for as many
 * gigabytes up front). */
#define TOKEN_BYTES 5
#define MAX_FIRST_TOKENS ((size_t)1 << 22)

/* The table of recent words (word_entry): its size. */
#define MIN_RECENT 256
#define MAX_RECENT 16384
#define TEXT_BYTES_PER_RECENT 8

struct verba_recent_word {
  size_t start;
  uint32_t len; /* 0: empty */
  uint32_t entry;
};


static void *default_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  (void)ud;
  (void)osize;
  if (nsize == 0) {
    free(ptr);
    return NULL;
  }
  return realloc(ptr, nsize);
}

void verba_config_default(verba_config *c) {
  verba_lexicon_default(&c->lexicon);
  c->paragraphs = VERBA_PARAGRAPHS_BLANK;
  c->quote_depth = VERBA_QUOTE_DEPTH;
}

void verba_doc_init(verba_doc *doc, verba_alloc_fn alloc, void *ud) {
  memset(doc, 0, sizeof *doc);
  doc->alloc = alloc ? alloc : default_alloc;
  doc->alloc_ud = ud;
}

void verba_doc_free(verba_doc *doc) {
  doc->alloc(doc->alloc_ud, doc->toks, doc->tokcap * sizeof *doc->toks, 0);
  doc->alloc(doc->alloc_ud, doc->sentences,
             doc->sentcap * sizeof *doc->sentences, 0);
  doc->alloc(doc->alloc_ud, doc->paragraphs,
             doc->paracap * sizeof *doc->paragraphs, 0);
  doc->alloc(doc->alloc_ud, doc->recent, doc->recentcap * sizeof *doc->recent, 0);
  doc->toks = NULL;
  doc->sentences = doc->paragraphs = NULL;
  doc->ntoks = doc->nsentences = doc->nparagraphs = 0;
  doc->tokcap = doc->sentcap = doc->paracap = 0;
  doc->recent = NULL;
  doc->nrecent = doc->recentcap = 0;
}

size_t verba_doc_capacity(const verba_doc *doc) {
  return doc->tokcap * sizeof *doc->toks +
         doc->sentcap * sizeof *doc->sentences +
         doc->paracap * sizeof *doc->paragraphs +
         doc->recentcap * sizeof *doc->recent;
}

/* Makes room for need items in an array of *cap items of size bytes;
 * VERBA_OK or VERBA_ENOMEM (the array is then unchanged). */
static int reserve(verba_doc *doc, void **items, size_t *cap, size_t need,
                   size_t size) {
  size_t ncap = *cap ? *cap : FIRST_CAPACITY;
  void *p;
  if (need <= *cap) return VERBA_OK;
  while (ncap < need) {
    if (ncap > (size_t)-1 / 2 / size) return VERBA_ENOMEM;
    ncap *= 2;
  }
  p = doc->alloc(doc->alloc_ud, *items, *cap * size, ncap * size);
  if (!p) return VERBA_ENOMEM;
  *items = p;
  *cap = ncap;
  return VERBA_OK;
}

static int room_for_one(verba_doc *doc, void **items, size_t *cap, size_t n,
                        size_t size) {
  return n < *cap ? VERBA_OK : reserve(doc, items, cap, n + 1, size);
}

static int add_unit(verba_doc *doc, verba_unit **units, size_t *n,
                    size_t *cap, size_t first, size_t last, size_t parent) {
  verba_unit *u;
  int rc = room_for_one(doc, (void **)units, cap, *n, sizeof **units);
  if (rc != VERBA_OK) return rc;
  u = &(*units)[(*n)++];
  u->first = first;
  u->last = last;
  u->start = doc->toks[first].start;
  u->end = doc->toks[last - 1].start + doc->toks[last - 1].len;
  u->parent = parent;
  return VERBA_OK;
}

/* What an ASCII character is, for shapes: most tokens are read with this
 * table alone. */
enum { C_UPPER = 1, C_LOWER = 2, C_DIGIT = 4 };
#define R8(x) x, x, x, x, x, x, x, x
#define R26(x) R8(x), R8(x), R8(x), x, x
static const unsigned char ascii_class[128] = {
  R8(0), R8(0), R8(0), R8(0), R8(0), R8(0),
  R8(C_DIGIT), C_DIGIT, C_DIGIT, 0, 0, 0, 0, 0, 0,
  0, R26(C_UPPER), 0, 0, 0, 0, 0,
  0, R26(C_LOWER), 0, 0, 0, 0, 0
};
#undef R8
#undef R26

unsigned verba_word_shape(const verba_text *t, size_t start, size_t end) {
  unsigned shape = 0, first = 0, seen = 0;
  size_t pos = start, uppers = 0, lowers = 0;
  /* ASCII, most words: a table read a byte */
  for (; pos < end && t->s[pos] < 0x80; pos++) {
    unsigned cls = ascii_class[t->s[pos]];
    seen |= cls;
    uppers += cls & C_UPPER;
    lowers += (cls & C_LOWER) >> 1;
    if (!first) first = cls & (C_UPPER | C_LOWER);
  }
  while (pos < end) {
    unsigned c = t->s[pos], cls;
    if (c < 0x80) {
      cls = ascii_class[c];
      pos++;
    } else {
      int32_t cp;
      utf8proc_category_t cat;
      pos += verba_decode(t, pos, &cp);
      cat = utf8proc_category(cp);
      cls = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT ? C_UPPER
            : cat == UTF8PROC_CATEGORY_LL ? C_LOWER
            : cat == UTF8PROC_CATEGORY_ND ? C_DIGIT : 0;
      /* a letter of no case (Lo, Lm) is the first letter too */
      if (!first && (cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_LM))
        first = C_DIGIT; /* neither upper nor lower */
    }
    seen |= cls;
    uppers += cls == C_UPPER;
    lowers += cls == C_LOWER;
    if (!first && (cls & (C_UPPER | C_LOWER))) first = cls;
  }
  if (seen & C_DIGIT) shape |= VERBA_SHAPE_DIGIT;
  if (first == C_UPPER) shape |= VERBA_SHAPE_CAPITALIZED;
  if (first == C_LOWER) shape |= VERBA_SHAPE_LOWER;
  if (uppers >= 2 && lowers == 0) shape |= VERBA_SHAPE_ALL_CAPS;
  return shape;
}

enum verba_lex_case verba_shape_case(unsigned shape) {
  if (shape & VERBA_SHAPE_ALL_CAPS) return VERBA_CASE_UPPER;
  if (shape & VERBA_SHAPE_CAPITALIZED) return VERBA_CASE_CAPITALIZED;
  return VERBA_CASE_LOWER;
}

static int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }

/* Hu's, Hu’s, states', states’ */
static int possessive_form(const verba_text *t, size_t start, size_t end) {
  int32_t last, before;
  size_t n;
  unsigned char c;
  if (end - start < 3) return 0;
  /* most words end in a letter other than s: no decoding */
  c = t->s[end - 1];
  if (c != 's' && c != 'S' && c != '\'' && c != 0x99) return 0;
  n = verba_decode_back(t, end, &last);
  /* a word of one character (of three bytes or four) has none before */
  if (n >= end - start) return 0;
  verba_decode_back(t, end - n, &before);
  if ((last | 0x20) == 's') return is_apostrophe(before);
  return is_apostrophe(last) && (before | 0x20) == 's';
}

/* Shape bits the white space before a token gives: t[gap, start). */
static unsigned gap_shape(const verba_text *t, size_t gap, size_t start,
                          enum verba_paragraph_mode mode, int first) {
  unsigned shape = 0;
  size_t pos;
  if (first) return VERBA_SHAPE_LINE_START | VERBA_SHAPE_PARAGRAPH_START |
                    (start > 0 ? VERBA_SHAPE_SPACED : 0);
  if (gap == start) return 0;
  shape |= VERBA_SHAPE_SPACED;
  if (start - gap == 1 && t->s[gap] == ' ') return shape;
  for (pos = gap; pos < start;) {
    int32_t cp;
    pos += verba_decode(t, pos, &cp);
    if (verba_is_line_break(cp)) {
      shape |= VERBA_SHAPE_NEWLINE | VERBA_SHAPE_LINE_START;
      break;
    }
  }
  if ((shape & VERBA_SHAPE_NEWLINE) && verba_paragraph_break(t, gap, start, mode))
    shape |= VERBA_SHAPE_PARAGRAPH_START;
  return shape;
}

/* Words looked up lately: news repeats its words (the, said, Hu), and a
 * word written the same way has the same record, so most tokens skip the
 * lexicon's folding and probing. Direct-mapped, by a hash of the bytes as
 * written; an entry is a token of the text, compared byte for byte. The
 * table grows with the text (a long text holds more distinct words), from
 * MIN_RECENT to MAX_RECENT entries, a power of two, one per
 * TEXT_BYTES_PER_RECENT bytes; it is kept with the document's arrays. */
/* An empty table of recent words for a text of len bytes. */
static int clear_recent(verba_doc *doc, size_t len) {
  size_t n = MIN_RECENT;
  int rc;
  while (n < MAX_RECENT && n < len / TEXT_BYTES_PER_RECENT) n *= 2;
  rc = reserve(doc, (void **)&doc->recent, &doc->recentcap, n,
               sizeof *doc->recent);
  if (rc != VERBA_OK) return rc;
  doc->nrecent = n;
  memset(doc->recent, 0, n * sizeof *doc->recent);
  return VERBA_OK;
}

/* The lexicon record of the word t[start, start + len) written in wcase. */
static uint32_t word_entry(verba_doc *doc, size_t start, size_t len,
                           enum verba_lex_case wcase) {
  const unsigned char *s = doc->text.s + start;
  uint32_t h = (uint32_t)len;
  size_t i;
  struct verba_recent_word *r;
  for (i = 0; i < len; i++) h = h * 31u + s[i];
  r = &doc->recent[(h ^ (h >> 13)) & (doc->nrecent - 1)];
  if (r->len == len && memcmp(doc->text.s + r->start, s, len) == 0)
    return r->entry;
  r->start = start;
  r->len = (uint32_t)len;
  r->entry = verba_lex_find(&doc->config->lexicon, (const char *)s, len, wcase);
  return r->entry;
}

/* Appends the token [start, end) of kind, cut into pieces of at most
 * UINT32_MAX bytes. */
static int add_token(verba_doc *doc, size_t start, size_t end,
                     enum verba_kind kind, unsigned shape) {
  const verba_text *t = &doc->text;
  do {
    verba_tok *k;
    size_t len = end - start > UINT32_MAX ? UINT32_MAX : end - start;
    int rc = room_for_one(doc, (void **)&doc->toks, &doc->tokcap, doc->ntoks,
                          sizeof *doc->toks);
    if (rc != VERBA_OK) return rc;
    k = &doc->toks[doc->ntoks++];
    k->start = start;
    k->len = (uint32_t)len;
    k->entry = VERBA_LEX_NONE;
    k->sentence = 0;
    k->kind = (uint8_t)kind;
    k->cp = t->s[start] < 0x80 ? t->s[start] : 0;
    k->shape = (uint16_t)(shape | verba_word_shape(t, start, start + len));
    if (kind == VERBA_WORD) {
      k->entry = word_entry(doc, start, len, verba_shape_case(k->shape));
      if (possessive_form(t, start, start + len))
        k->shape |= VERBA_SHAPE_POSSESSIVE;
    } else if ((kind == VERBA_PUNCT || kind == VERBA_SYMBOL) &&
               verba_is_quote_mark(verba_cp_at(t, start))) {
      k->shape |= VERBA_SHAPE_QUOTE_MARK;
    }
    shape &= ~(unsigned)(VERBA_SHAPE_LINE_START | VERBA_SHAPE_PARAGRAPH_START |
                         VERBA_SHAPE_NEWLINE | VERBA_SHAPE_SPACED);
    start += len;
  } while (start < end);
  return VERBA_OK;
}

/* Tokens with their shapes and lexicon records, and the paragraphs. */
static int read_tokens(verba_doc *doc) {
  const verba_text *t = &doc->text;
  verba_tokenizer tz;
  verba_token tok;
  size_t gap = 0, para_first = 0, first_tokens;
  int rc = clear_recent(doc, t->len);
  if (rc != VERBA_OK) return rc;
  /* news text holds a token every five or six bytes: one allocation for
   * most documents instead of a series of copies */
  first_tokens = t->len / TOKEN_BYTES + 1;
  if (first_tokens > MAX_FIRST_TOKENS) first_tokens = MAX_FIRST_TOKENS;
  rc = reserve(doc, (void **)&doc->toks, &doc->tokcap, first_tokens,
               sizeof *doc->toks);
  if (rc != VERBA_OK) return rc;
  verba_tokens_init(&tz, t, 0, 0);
  while (verba_tokens_next(&tz, &tok)) {
    unsigned shape = gap_shape(t, gap, tok.start, doc->config->paragraphs,
                               doc->ntoks == 0);
    if ((shape & VERBA_SHAPE_PARAGRAPH_START) && doc->ntoks > para_first) {
      rc = add_unit(doc, &doc->paragraphs, &doc->nparagraphs, &doc->paracap,
                    para_first, doc->ntoks, VERBA_NONE);
      if (rc != VERBA_OK) return rc;
      para_first = doc->ntoks;
    }
    rc = add_token(doc, tok.start, tok.end, tok.kind, shape);
    if (rc != VERBA_OK) return rc;
    gap = tok.end;
  }
  if (doc->ntoks > para_first)
    return add_unit(doc, &doc->paragraphs, &doc->nparagraphs, &doc->paracap,
                    para_first, doc->ntoks, VERBA_NONE);
  return VERBA_OK;
}

/* Closes the sentence of tokens [first, last) in paragraph para. */
static int add_sentence(verba_doc *doc, size_t first, size_t last,
                        size_t para) {
  size_t k;
  if (doc->nsentences >= UINT32_MAX) return VERBA_ELIMIT;
  for (k = first; k < last; k++) doc->toks[k].sentence = (uint32_t)doc->nsentences;
  doc->toks[first].shape |= VERBA_SHAPE_SENTENCE_START;
  doc->toks[last - 1].shape |= VERBA_SHAPE_SENTENCE_END;
  return add_unit(doc, &doc->sentences, &doc->nsentences, &doc->sentcap,
                  first, last, para);
}

/* The sentencer's spans, as token ranges: a token belongs to the sentence
 * its first byte is in (one the sentencer passed over, such as a lone
 * format character, to the sentence after it), and a paragraph start
 * always starts a sentence, so sentences nest in paragraphs. */
static int read_sentences(verba_doc *doc) {
  verba_sentencer ss;
  size_t start, end, k = 0, para = 0;
  int rc;
  verba_sentences_init(&ss, &doc->text, VERBA_SENTENCES_NEWS, doc->config);
  while (k < doc->ntoks) {
    size_t stop;
    if (!verba_sentences_next(&ss, &start, &end)) end = (size_t)-1;
    for (; k < doc->ntoks && doc->toks[k].start < end; k = stop) {
      /* up to the next paragraph start, or the sentence's end */
      for (stop = k + 1; stop < doc->ntoks && doc->toks[stop].start < end &&
                         !(doc->toks[stop].shape & VERBA_SHAPE_PARAGRAPH_START);
           stop++)
        ;
      while (para + 1 < doc->nparagraphs && doc->paragraphs[para + 1].first <= k)
        para++;
      rc = add_sentence(doc, k, stop, para);
      if (rc != VERBA_OK) return rc;
    }
  }
  return VERBA_OK;
}

int verba_doc_build(verba_doc *doc, const verba_text *t,
                    const verba_config *cfg) {
  int rc;
  doc->text = *t;
  doc->config = cfg;
  doc->ntoks = doc->nsentences = doc->nparagraphs = 0;
  rc = read_tokens(doc);
  if (rc == VERBA_OK) rc = read_sentences(doc);
  if (rc != VERBA_OK) doc->ntoks = doc->nsentences = doc->nparagraphs = 0;
  return rc;
}

verba_classes verba_doc_classes(const verba_doc *doc, size_t k) {
  return verba_lex_classes(&doc->config->lexicon, doc->toks[k].entry);
}

uint32_t verba_doc_names(const verba_doc *doc, size_t k) {
  return verba_lex_names(&doc->config->lexicon, doc->toks[k].entry);
}
