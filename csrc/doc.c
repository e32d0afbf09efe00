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
#include "memory.h"
#include "verba.h"
#include "swar.h"
#include "tokens_ascii.h"
/* With SSE2 (swar.h) a run of ASCII letters and digits is read 16 bytes
 * at a time (other machines: 8). */

/* A function off the hot path, kept out of the document's loop: inlined,
 * it costs the loop registers (measured: 3% more instructions). */
#if defined(__GNUC__)
#define COLD __attribute__((noinline))
#else
#define COLD
#endif

/* A function of the document's loop that must be inlined into it (where
 * the compiler judges the loop too big for it, the call costs more than
 * it saves). */
#if defined(__GNUC__)
#define HOT_INLINE inline __attribute__((always_inline))
#else
#define HOT_INLINE inline
#endif

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
#define MAX_RECENT 65536
#define TEXT_BYTES_PER_RECENT 8

/* Words up to this long are kept in the table of recent words (longer
 * ones, a few in ten thousand, go to the lexicon each time). */
#define RECENT_CHUNKS 3
#define RECENT_BYTES ((size_t)8 * RECENT_CHUNKS)

/* A word of the table of recent words: its bytes as written, in 8-byte
 * chunks padded with zeros, so that a hit reads this entry alone and not
 * the text where the word was seen last. 32 bytes. */
struct verba_recent_word {
  uint64_t chunks[RECENT_CHUNKS];
  uint32_t tag; /* its length plus the tag of the build that kept it
                   (RECENT_TAG_STEP and up): 0, or another build's, is no
                   word of this one */
  uint32_t entry;
};

/* The table's tag (verba_doc.recent_tag) steps by this, above any
 * word's length, when a document is built under another lexicon than its
 * table's: the words kept before are then stale without clearing the
 * table, which is 2 MB at most. */
#define RECENT_TAG_STEP 256u


void verba_config_default(verba_config *c) {
  verba_lexicon_default(&c->lexicon);
  c->paragraphs = VERBA_PARAGRAPHS_BLANK;
  c->quote_depth = VERBA_QUOTE_DEPTH;
}

void verba_doc_init(verba_doc *doc, verba_alloc_fn alloc, void *ud) {
  memset(doc, 0, sizeof *doc);
  doc->alloc = alloc ? alloc : verba_default_alloc;
  doc->alloc_ud = ud;
}

void verba_doc_free(verba_doc *doc) {
  doc->alloc(doc->alloc_ud, doc->toks, doc->tokcap * sizeof *doc->toks, 0);
  doc->alloc(doc->alloc_ud, doc->sentences,
             doc->sentcap * sizeof *doc->sentences, 0);
  doc->alloc(doc->alloc_ud, doc->paragraphs,
             doc->paracap * sizeof *doc->paragraphs, 0);
  doc->alloc(doc->alloc_ud, doc->marks, doc->markcap * sizeof *doc->marks, 0);
  doc->alloc(doc->alloc_ud, doc->recent, doc->recentcap * sizeof *doc->recent, 0);
  doc->toks = NULL;
  doc->sentences = doc->paragraphs = NULL;
  doc->marks = NULL;
  doc->ntoks = doc->nsentences = doc->nparagraphs = doc->nmarks = 0;
  doc->tokcap = doc->sentcap = doc->paracap = doc->markcap = 0;
  doc->recent = NULL;
  doc->nrecent = doc->recentcap = doc->recent_clean = 0;
}

size_t verba_doc_capacity(const verba_doc *doc) {
  return doc->tokcap * sizeof *doc->toks +
         doc->sentcap * sizeof *doc->sentences +
         doc->paracap * sizeof *doc->paragraphs +
         doc->markcap * sizeof *doc->marks +
         doc->recentcap * sizeof *doc->recent;
}

/* Makes room for need items in an array of *cap items of size bytes;
 * VERBA_OK or VERBA_ENOMEM (the array is then unchanged). */
static int reserve(verba_doc *doc, void **items, size_t *cap, size_t need,
                   size_t size) {
  return verba_grow(doc->alloc, doc->alloc_ud, items, cap, need, size, FIRST_CAPACITY);
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
  /* ASCII with no letter, most tokens asked for here (numbers: 10,000,
   * 3.5; marks): only digits to look for */
  while (pos < end && t->s[pos] < 0x80 &&
         !(ascii_class[t->s[pos]] & (C_UPPER | C_LOWER)))
    seen |= ascii_class[t->s[pos++]];
  if (pos == end) return seen & C_DIGIT ? VERBA_SHAPE_DIGIT : 0;
  pos = start;
  seen = 0;
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
  /* an ASCII byte before an ASCII s or ' is the character before it */
  if (c < 0x80 && t->s[end - 2] < 0x80)
    return c == '\'' ? (t->s[end - 2] | 0x20) == 's' : t->s[end - 2] == '\'';
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
 * lexicon's folding and probing. Two-way: a hash of the bytes as written
 * picks a pair of entries, the one used last first; an entry holds a
 * word's bytes, compared 8 at a time. The table grows with the text (a
 * long text holds more distinct words: over 20 MB of news 64K entries
 * hold 95.3% of the words looked up, 16K 89%; 256K entries hold 96.9%,
 * but cost 6 MB more and measured no faster), from MIN_RECENT to
 * MAX_RECENT entries, a power of two, one per TEXT_BYTES_PER_RECENT
 * bytes of the text read under the same lexicon; it is kept with the
 * document's arrays, and so are its words while the lexicon stays the
 * same: a record depends on a word's bytes and the lexicon alone, and a
 * stream of short articles (5 KB each) built into one document then
 * finds most of its words in the table as one long text does. */

/* Whether a and b are the same lexicon: the same built-in words and the
 * same overlay of a user's words. */
static int same_lexicon(const verba_lexicon *a, const verba_lexicon *b) {
  return a->builtin == b->builtin && a->user == b->user &&
         a->user_mem_size == b->user_mem_size && a->user_print == b->user_print;
}

/* The table of recent words for a text of len bytes: its words kept if
 * they were found in the lexicon of this build (they are stale after its
 * tag is stepped otherwise; all entries are cleared once the tag comes
 * round to 0 again, every 2^24 changes of lexicon), the entries never
 * written cleared. */
static int ready_recent(verba_doc *doc, size_t len) {
  const verba_lexicon *lx = &doc->config->lexicon;
  size_t n = MIN_RECENT;
  int rc;
  if (doc->recent_tag == 0 || !same_lexicon(&doc->recent_lexicon, lx)) {
    doc->recent_tag += RECENT_TAG_STEP;
    if (doc->recent_tag == 0) {
      if (doc->recent_clean)
        memset(doc->recent, 0, doc->recent_clean * sizeof *doc->recent);
      doc->recent_tag = RECENT_TAG_STEP;
    }
    doc->recent_lexicon = *lx;
    doc->recent_seen = 0;
  }
  doc->recent_seen += len < SIZE_MAX - doc->recent_seen
                          ? len
                          : SIZE_MAX - doc->recent_seen;
  while (n < MAX_RECENT && n < doc->recent_seen / TEXT_BYTES_PER_RECENT) n *= 2;
  rc = reserve(doc, (void **)&doc->recent, &doc->recentcap, n,
               sizeof *doc->recent);
  if (rc != VERBA_OK) return rc;
  doc->nrecent = n;
  if (doc->recent_clean < n) {
    memset(doc->recent + doc->recent_clean, 0,
           (n - doc->recent_clean) * sizeof *doc->recent);
    doc->recent_clean = n;
  }
  return VERBA_OK;
}

/* The first n bytes (1..8) at p of a text ending at end, zeros after
 * them: one load and a mask when 8 bytes are there to read. */
static uint64_t word_chunk(const unsigned char *p, size_t n,
                           const unsigned char *end) {
  /* n bytes of 0xFF then zeros, in memory order whatever the machine's */
  static const unsigned char first_bytes[16] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0};
  unsigned char tail[8] = {0};
  if (n > 8) n = 8;
  if (end - p >= 8) return verba_load8(p) & verba_load8(first_bytes + 8 - n);
  memcpy(tail, p, n);
  return verba_load8(tail);
}

/* A token's bytes as the table of recent words reads them. */
typedef struct token_bytes {
  uint64_t chunks[RECENT_CHUNKS]; /* its bytes, if at most RECENT_BYTES */
  size_t slot; /* its pair of entries in the table of recent words */
} token_bytes;

/* The hash of a word's chunks (zeros after its bytes: its length is in
 * them, as a word holds no zero byte; one that does only shares a slot):
 * one step for a word of at most 8 bytes, most words, three for longer
 * ones. */
#define HASH_STEP(h, x) (((h) ^ (x)) * UINT64_C(0x9E3779B97F4A7C15))
static uint64_t chunks_hash(const uint64_t *chunks) {
  if (!chunks[1]) return HASH_STEP(0, chunks[0]);
  return HASH_STEP(HASH_STEP(HASH_STEP(0, chunks[0]), chunks[1]), chunks[2]);
}

/* The entry of the table of recent words for the chunks read into b,
 * found once a word (its lookup and the prefetch before it read it). */
static void set_recent_slot(const verba_doc *doc, token_bytes *b) {
  b->slot = (size_t)(chunks_hash(b->chunks) >> 40) & (doc->nrecent - 2);
}

/* How many ASCII capitals the word of len bytes read into b holds. */
static unsigned upper_count(const token_bytes *b, size_t len) {
  unsigned n = 0;
  size_t i;
  for (i = 0; i * 8 < len; i++)
    n += verba_count_bytes(verba_bytes_within(b->chunks[i], 'A', 'Z'));
  return n;
}

/* Reads the chunks of the token t[start, start + len), at most
 * RECENT_BYTES long, and their slot; returns them or'ed (high bits set:
 * not all ASCII). */
static uint64_t read_chunks(const verba_doc *doc, size_t start, size_t len,
                            token_bytes *b) {
  const unsigned char *s = doc->text.s + start,
                      *end = doc->text.s + doc->text.len;
  uint64_t any = 0;
  size_t i;
  memset(b->chunks, 0, sizeof b->chunks);
  for (i = 0; i * 8 < len; i++) {
    uint64_t x = word_chunk(s + i * 8, len - i * 8, end);
    b->chunks[i] = x;
    any |= x;
  }
  set_recent_slot(doc, b);
  return any;
}

/* Reads the token t[start, start + len): its chunks and their slot, and
 * its shape (verba_word_shape), 8 bytes at a time when it is ASCII. */
static unsigned read_token_bytes(const verba_doc *doc, size_t start,
                                 size_t len, token_bytes *b) {
  const verba_text *t = &doc->text;
  const unsigned char *s = t->s + start;
  uint64_t digits = 0, uppers = 0, lowers = 0;
  unsigned shape = 0, first = 0;
  size_t i;
  if (len > RECENT_BYTES) {
    memset(b->chunks, 0, sizeof b->chunks);
    b->slot = 0;
    return verba_word_shape(t, start, start + len);
  }
  if (read_chunks(doc, start, len, b) & VERBA_HIGH_BITS)
    return verba_word_shape(t, start, start + len);
  for (i = 0; i * 8 < len; i++) {
    uint64_t x = b->chunks[i];
    uppers |= verba_bytes_within(x, 'A', 'Z');
    lowers |= verba_bytes_within(x, 'a', 'z');
    digits |= verba_bytes_within(x, '0', '9');
  }
  /* the first letter: most often the first byte */
  for (i = 0; i < len && !first; i++)
    first = ascii_class[s[i]] & (C_UPPER | C_LOWER);
  if (digits) shape |= VERBA_SHAPE_DIGIT;
  if (first == C_UPPER) shape |= VERBA_SHAPE_CAPITALIZED;
  if (first == C_LOWER) shape |= VERBA_SHAPE_LOWER;
  /* capitals are counted only in the few words with no small letter */
  if (!lowers && uppers && upper_count(b, len) >= 2)
    shape |= VERBA_SHAPE_ALL_CAPS;
  return shape;
}

#if VERBA_SWAR_FIRST
/* What the fused read of a run of ASCII letters and digits learns: which
 * of its bytes are capitals, small letters and digits (nonzero if any:
 * high bits, all chunks or'ed, or with SSE2 bit masks). */
typedef struct run_classes {
  uint64_t upper, lower, digit;
} run_classes;

/* Reads the run of ASCII letters and digits at p (n bytes to the end of
 * the text, n >= 1) 8 bytes at a time, as ascii_alnum_run does, and
 * returns its length; on the way keeps its first RECENT_CHUNKS chunks,
 * zeros after the run (as read_token_bytes reads them), and the classes of
 * its bytes, so that the token's shape and lookup need no second read.
 * The last chunk of a text is copied, never read past its end. */
#if VERBA_SSE2
/* The bytes of x from lo to lo + n - 1 (n <= 127): adding 0x80 - lo puts
 * them at the smallest signed bytes, 0x80 to 0x80 + n - 1, and no other
 * byte there (bytes of 0x80 or more included). */
#define BYTES_FROM(x, lo, n) \
  _mm_cmplt_epi8(_mm_add_epi8((x), _mm_set1_epi8((char)(0x80 - (lo)))), \
                 _mm_set1_epi8((char)(0x80 + (n))))

/* The last n (< 16) bytes of a text at p, zeros after them (no letters):
 * never read past its end. */
COLD static __m128i load_tail(const unsigned char *p, size_t n) {
  unsigned char tail[16] = {0};
  memcpy(tail, p, n);
  return _mm_loadu_si128((const __m128i *)(const void *)tail);
}

static size_t read_ascii_run(const unsigned char *p, size_t n, token_bytes *b,
                             run_classes *rc) {
  /* 16 bytes of 0xFF then 16 zeros: the first m bytes kept, from 16 - m */
  static const unsigned char first_bytes[32] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
  size_t k = 0;
  unsigned up = 0, lo = 0, dg = 0;
  b->chunks[2] = 0;
  for (;;) {
    __m128i x, upper, lower, digit;
    unsigned alnum, m, kept;
    x = n - k >= 16 ? _mm_loadu_si128((const __m128i *)(const void *)(p + k))
                    : load_tail(p + k, n - k);
    upper = BYTES_FROM(x, 'A', 26);
    lower = BYTES_FROM(x, 'a', 26);
    digit = BYTES_FROM(x, '0', 10);
    alnum = (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(upper, lower), digit));
    m = (unsigned)__builtin_ctz(~alnum); /* 16 if all of them */
    kept = (1u << m) - 1;
    x = _mm_and_si128(x, _mm_loadu_si128((const __m128i *)(const void *)(
                             first_bytes + 16 - m)));
    up |= (unsigned)_mm_movemask_epi8(upper) & kept;
    lo |= (unsigned)_mm_movemask_epi8(lower) & kept;
    dg |= (unsigned)_mm_movemask_epi8(digit) & kept;
    if (k == 0) {
      _mm_storeu_si128((__m128i *)(void *)b->chunks, x);
    } else if (k == 16) {
      unsigned char third[16];
      _mm_storeu_si128((__m128i *)(void *)third, x);
      memcpy(&b->chunks[2], third, 8);
    }
    k += m;
    if (m < 16) break;
  }
  rc->upper = up;
  rc->lower = lo;
  rc->digit = dg;
  return k;
}
#else
static size_t read_ascii_run(const unsigned char *p, size_t n, token_bytes *b,
                             run_classes *rc) {
  size_t k = 0, i = 0;
  uint64_t up = 0, lo = 0, dg = 0;
  b->chunks[0] = b->chunks[1] = b->chunks[2] = 0;
  for (;;) {
    uint64_t x = 0, low7, letter, digit, other, small;
    if (n - k >= 8) {
      x = verba_load8(p + k);
    } else {
      memcpy(&x, p + k, n - k); /* zeros after the text: no letters */
    }
    low7 = x & VERBA_BYTES(0x7F);
    letter = verba_bytes_within(low7 | VERBA_BYTES(0x20), 'a', 'z');
    digit = verba_bytes_within(low7, '0', '9');
    other = ~((letter | digit) & ~x) & VERBA_HIGH_BITS;
    if (other) {
      size_t m = verba_first_byte(other);
      uint64_t keep = m ? ~UINT64_C(0) >> (64 - 8 * m) : 0;
      x &= keep;
      letter &= keep;
      digit &= keep;
      k += m;
    } else {
      k += 8;
    }
    /* a small letter has 0x20 set: bit 5, moved to bit 7 */
    small = letter & (x << 2);
    lo |= small;
    up |= letter & ~small;
    dg |= digit;
    if (i < RECENT_CHUNKS) b->chunks[i++] = x;
    if (other) break;
  }
  rc->upper = up;
  rc->lower = lo;
  rc->digit = dg;
  return k;
}
#endif /* VERBA_SSE2 */
#endif

/* Does the entry r hold the word of len bytes read into b, of the build
 * whose tag is tag? */
static int holds(const struct verba_recent_word *r, size_t len, uint32_t tag,
                 const token_bytes *b) {
  /* an entry of the same length has zeros where b has */
  return r->tag == ((uint32_t)len | tag) && r->chunks[0] == b->chunks[0] &&
         (len <= 8 || (r->chunks[1] == b->chunks[1] &&
                       r->chunks[2] == b->chunks[2]));
}

/* The lexicon record of the word t[start, start + len) (read into b) of
 * shape bits shape, which the pair of entries r does not hold: looked up
 * in the lexicon, kept in r[0] and r[0] kept in r[1]. */
static uint32_t word_missed(verba_doc *doc, struct verba_recent_word *r,
                            size_t start, size_t len, const token_bytes *b,
                            unsigned shape) {
  const char *s = (const char *)doc->text.s + start;
  r[1] = r[0];
  memcpy(r[0].chunks, b->chunks, sizeof b->chunks);
  r[0].tag = (uint32_t)len | doc->recent_tag;
  r[0].entry = verba_lex_find(&doc->config->lexicon, s, len,
                              verba_shape_case(shape));
  return r[0].entry;
}

/* Whether the pair of entries of the table of recent words for the word
 * of len bytes read into b holds it: its record then in *entry, and the
 * entry used last first. */
static HOT_INLINE int recent_hit(verba_doc *doc, size_t len,
                                 const token_bytes *b, uint32_t *entry) {
  struct verba_recent_word *r = &doc->recent[b->slot], used;
  if (holds(&r[0], len, doc->recent_tag, b)) {
    *entry = r[0].entry;
    return 1;
  }
  if (holds(&r[1], len, doc->recent_tag, b)) {
    used = r[1];
    r[1] = r[0];
    r[0] = used;
    *entry = r[0].entry;
    return 1;
  }
  return 0;
}

/* The lexicon record of the word t[start, start + len) (read into b) of
 * shape bits shape (the case it is written in, read only when the table
 * of recent words lacks it). */
static HOT_INLINE uint32_t word_entry(verba_doc *doc, size_t start, size_t len,
                           const token_bytes *b, unsigned shape) {
  uint32_t entry;
  if (len > RECENT_BYTES)
    return verba_lex_find(&doc->config->lexicon,
                          (const char *)doc->text.s + start, len,
                          verba_shape_case(shape));
  if (recent_hit(doc, len, b, &entry)) return entry;
  return word_missed(doc, &doc->recent[b->slot], start, len, b, shape);
}

/* The case the word t[start, start + len) is written in. */
static enum verba_lex_case shape_case(const verba_text *t, size_t start,
                                      size_t len) {
  return verba_shape_case(verba_word_shape(t, start, start + len));
}

/* The record of the word t[start, start + len) as the sentencer asks for
 * it (verba_sentencer.find_word): through the table of recent words, its
 * shape worked out only when the table lacks it. */
static uint32_t recent_word_entry(void *ud, size_t start, size_t len) {
  verba_doc *doc = ud;
  const verba_text *t = &doc->text;
  token_bytes b;
  uint32_t entry;
  if (len > RECENT_BYTES)
    return verba_lex_find(&doc->config->lexicon, (const char *)t->s + start,
                          len, shape_case(t, start, len));
  read_chunks(doc, start, len, &b);
  if (recent_hit(doc, len, &b, &entry)) return entry;
  return word_missed(doc, &doc->recent[b.slot], start, len, &b,
                     verba_word_shape(t, start, start + len));
}

/* Words wait in a queue for their lookup, so that the entry of the table
 * of recent words a word reads is fetched from memory while the tokens
 * after it are read: most lookups then find it in the cache. The order of
 * lookups changes only what the table holds, never a record found. A
 * ring of QUEUED_WORDS words: the word queued n-th waits in words[n %
 * QUEUED_WORDS] until the one queued QUEUED_WORDS later takes its place. */
#define QUEUED_WORDS 8 /* a power of two */

typedef struct word_queue {
  struct {
    size_t tok; /* its token */
    token_bytes b;
  } words[QUEUED_WORDS];
  size_t queued; /* words queued so far */
} word_queue;

/* Looks up the word waiting in words[i]. */
static HOT_INLINE void look_up(verba_doc *doc, word_queue *q, size_t i) {
  verba_tok *k = &doc->toks[q->words[i].tok];
  k->entry = word_entry(doc, k->start, k->len, &q->words[i].b, k->shape);
}

/* A slot of the queue with no word waiting in it. */
#define NO_WORD ((size_t)-1)

/* The bytes of the slot the next word queued takes, the word waiting
 * there looked up first: the fast path reads a word's bytes into it, so
 * that queue_word copies nothing (a copy would load in pieces of 16 bytes
 * what was just stored in pieces of 8, which the processor cannot forward
 * to the load: a stall a word). */
static HOT_INLINE token_bytes *next_slot(verba_doc *doc, word_queue *q) {
  size_t i = q->queued & (QUEUED_WORDS - 1);
  if (q->words[i].tok != NO_WORD) {
    look_up(doc, q, i);
    q->words[i].tok = NO_WORD;
  }
  return &q->words[i].b;
}

/* Queues the lookup of token tok, read into b (next_slot's, or copied
 * there); the word queued QUEUED_WORDS before it is looked up first. */
static HOT_INLINE void queue_word(verba_doc *doc, word_queue *q, size_t tok,
                       const token_bytes *b) {
  token_bytes *slot = next_slot(doc, q);
  if (slot != b) *slot = *b;
  q->words[q->queued++ & (QUEUED_WORDS - 1)].tok = tok;
#if defined(__GNUC__)
  __builtin_prefetch(&doc->recent[slot->slot]);
#endif
}

/* Looks up the words still waiting, in the order they came. */
static void look_up_rest(verba_doc *doc, word_queue *q) {
  size_t n;
  for (n = QUEUED_WORDS; n > 0; n--) {
    size_t i = (q->queued - n) & (QUEUED_WORDS - 1);
    if (q->words[i].tok != NO_WORD) look_up(doc, q, i);
  }
}

/* The sentences, read along with the tokens: the news sentencer's spans
 * as token ranges. A token belongs to the sentence its first byte is in
 * (one the sentencer passed over, such as a lone format character, to the
 * sentence after it), and a paragraph start always starts a sentence, so
 * sentences nest in paragraphs. */
typedef struct sentence_cursor {
  verba_sentencer ss;
  size_t end;   /* the end of the sentencer's span, SIZE_MAX past the last */
  size_t first; /* the open sentence's first token */
  size_t para;  /* and its paragraph */
} sentence_cursor;

/* Closes the open sentence, tokens [c->first, last). */
static int close_sentence(verba_doc *doc, const sentence_cursor *c,
                          size_t last) {
  doc->toks[last - 1].shape |= VERBA_SHAPE_SENTENCE_END;
  return add_unit(doc, &doc->sentences, &doc->nsentences, &doc->sentcap,
                  c->first, last, c->para);
}

/* Puts token k, starting at byte start, in its sentence (the last one
 * open once it returns), which it may open: then *shape gets
 * VERBA_SHAPE_SENTENCE_START. */
static int open_or_place(verba_doc *doc, sentence_cursor *c, size_t k,
                         size_t start, unsigned *shape) {
  int opens = k == 0 || (*shape & VERBA_SHAPE_PARAGRAPH_START);
  size_t from;
  while (start >= c->end) {
    opens = 1;
    if (!verba_sentences_next(&c->ss, &from, &c->end)) c->end = (size_t)-1;
  }
  if (opens) {
    if (k > 0) {
      int rc = close_sentence(doc, c, k);
      if (rc != VERBA_OK) return rc;
    }
    if (doc->nsentences >= UINT32_MAX) return VERBA_ELIMIT;
    c->first = k;
    c->para = doc->nparagraphs; /* the paragraph k is in is the next one */
    *shape |= VERBA_SHAPE_SENTENCE_START;
  }
  return VERBA_OK;
}

/* Appends token doc->ntoks (room made for it), placed in its sentence:
 * most tokens (inside the open sentence, not the first of a paragraph)
 * without a call; the first token is never inside, as the cursor's end
 * is 0 until it is placed. Its fields are stored into the array one by
 * one: a copy of a local token built field by field would load what was
 * just stored in pieces, which the processor cannot forward to the load
 * (a stall at every token: storing in place made the document some 7%
 * faster). A quotation mark goes on the list of marks too. */
static HOT_INLINE int store_token(verba_doc *doc, sentence_cursor *c, size_t start,
                                  size_t len, unsigned shape, enum verba_kind kind,
                                  unsigned char cp) {
  verba_tok *k;
  if ((shape & VERBA_SHAPE_PARAGRAPH_START) || start >= c->end) {
    int rc = open_or_place(doc, c, doc->ntoks, start, &shape);
    if (rc != VERBA_OK) return rc;
  }
  if (shape & VERBA_SHAPE_QUOTE_MARK) {
    int rc = room_for_one(doc, (void **)&doc->marks, &doc->markcap, doc->nmarks,
                          sizeof *doc->marks);
    if (rc != VERBA_OK) return rc;
    doc->marks[doc->nmarks++] = doc->ntoks;
  }
  k = &doc->toks[doc->ntoks++];
  k->start = start;
  k->len = (uint32_t)len;
  k->entry = VERBA_LEX_NONE;
  k->sentence = (uint32_t)doc->nsentences;
  k->shape = (uint16_t)shape;
  k->kind = (uint8_t)kind;
  k->cp = cp;
  return VERBA_OK;
}

/* Appends the token [start, end) of kind, cut into pieces of at most
 * UINT32_MAX bytes. */
COLD static int add_token(verba_doc *doc, word_queue *q, sentence_cursor *c,
                     size_t start, size_t end, enum verba_kind kind,
                     unsigned shape) {
  const verba_text *t = &doc->text;
  do {
    token_bytes b;
    size_t len = end - start > UINT32_MAX ? UINT32_MAX : end - start;
    /* only words are looked up: the others need their shape alone */
    unsigned kshape = shape | (kind == VERBA_WORD
                                   ? read_token_bytes(doc, start, len, &b)
                                   : verba_word_shape(t, start, start + len));
    int rc = room_for_one(doc, (void **)&doc->toks, &doc->tokcap, doc->ntoks,
                          sizeof *doc->toks);
    if (rc != VERBA_OK) return rc;
    if (kind == VERBA_WORD) {
      if (possessive_form(t, start, start + len))
        kshape |= VERBA_SHAPE_POSSESSIVE;
    } else if ((kind == VERBA_PUNCT || kind == VERBA_SYMBOL) &&
               verba_is_quote_mark(verba_cp_at(t, start))) {
      kshape |= VERBA_SHAPE_QUOTE_MARK;
    }
    rc = store_token(doc, c, start, len, kshape, kind,
                     t->s[start] < 0x80 ? t->s[start] : 0);
    if (rc != VERBA_OK) return rc;
    /* queued after the token is stored: its lookup writes its entry */
    if (kind == VERBA_WORD) queue_word(doc, q, doc->ntoks - 1, &b);
    shape &= ~(unsigned)(VERBA_SHAPE_LINE_START | VERBA_SHAPE_PARAGRAPH_START |
                         VERBA_SHAPE_NEWLINE | VERBA_SHAPE_SPACED);
    start += len;
  } while (start < end);
  return VERBA_OK;
}

#if VERBA_SWAR_FIRST
/* End of the token at start when the run of ASCII letters and digits
 * [start, e) (start one of them) goes on past a single character that
 * UAX #29 joins (WB6, WB7: an apostrophe between letters, it's, China's;
 * WB11, WB12: a full stop or comma between digits, 3.5, 1,000,000; the
 * curly apostrophe U+2019 too between letters, Hu’s) or
 * that compound joins (hyphens between word parts, well-known), and
 * the token is those runs and joins alone: the merges of word_token and
 * compound, read by ascii_run_token_end after the last run, leave it as
 * it is. Else 0: the general rules decide. */
COLD static size_t joined_run_end(const verba_text *t, size_t start, size_t e) {
  const unsigned char *s = t->s;
  int word = s[start] >= 'A';
  if (word && s[e] == '-') {
    /* well-known, mother-in-law: compound joins each word part after a
     * hyphen (a part that starts with a letter, here a run of ASCII
     * letters and digits that UAX #29 ends at the next hyphen or at the
     * token's end) */
    while (e + 1 < t->len && s[e] == '-' && ascii_letter(s[e + 1]))
      e += 1 + ascii_alnum_run(s + e + 1, t->len - e - 1);
    return ascii_run_token_end(t, start, e);
  }
  for (;;) {
    size_t end, w = 1; /* the joining character's bytes */
    /* news writes the apostrophe curly as often as straight: Hu’s */
    if (word && t->len - e > 3 && s[e] == 0xE2 && s[e + 1] == 0x80 &&
        s[e + 2] == 0x99)
      w = 3;
    if (e + w >= t->len) return 0;
    if (word ? (w == 1 && s[e] != '\'') || !ascii_letter(s[e - 1]) ||
                   !ascii_letter(s[e + w])
             : (s[e] != '.' && s[e] != ',') || !ascii_digit(s[e - 1]) ||
                   !ascii_digit(s[e + 1]))
      return 0;
    e += w + ascii_alnum_run(s + e + w, t->len - e - w);
    end = ascii_run_token_end(t, start, e);
    if (end || word) return end; /* a word: one apostrophe at most */
  }
}

/* Appends the word t[start, start + len), a run of ASCII letters and
 * digits that starts with a letter, at most RECENT_BYTES long, read into b
 * and rc by read_ascii_run: add_token's token, its shape from what the
 * read learned (no apostrophe in it: never possessive). */
static int add_ascii_word(verba_doc *doc, word_queue *q, sentence_cursor *c,
                          size_t start, size_t len, unsigned shape,
                          token_bytes *b, const run_classes *rc) {
  unsigned char first;
  int r = room_for_one(doc, (void **)&doc->toks, &doc->tokcap, doc->ntoks,
                       sizeof *doc->toks);
  if (r != VERBA_OK) return r;
  set_recent_slot(doc, b);
  /* the word's first byte, from its chunks: the text is not read again */
  memcpy(&first, b->chunks, 1);
  if (rc->digit) shape |= VERBA_SHAPE_DIGIT;
  shape |= first <= 'Z' ? VERBA_SHAPE_CAPITALIZED : VERBA_SHAPE_LOWER;
  if (!rc->lower && upper_count(b, len) >= 2) shape |= VERBA_SHAPE_ALL_CAPS;
  r = store_token(doc, c, start, len, shape, VERBA_WORD, first);
  if (r != VERBA_OK) return r;
  queue_word(doc, q, doc->ntoks - 1, b);
  return VERBA_OK;
}
#endif

#if VERBA_SWAR_FIRST
/* Appends the token t[start, start + len) of kind, a mark: one or a run
 * of ASCII punctuation marks or symbols (ascii_mark_end's), or a quote or
 * dash (quote_or_dash_end's): add_token's token, with no letter or digit
 * to give it a shape. A run longer than a token holds is add_token's to
 * cut. */
static int add_mark(verba_doc *doc, word_queue *q, sentence_cursor *c,
                    size_t start, size_t len, enum verba_kind kind,
                    unsigned shape) {
  const unsigned char *s = doc->text.s + start;
  /* the quotes and dashes are E2 80 xx: U+2000 + xx's low six bits */
  int32_t cp = s[0] < 0x80 ? s[0] : 0x2000 + (s[2] & 0x3F);
  int r;
  if (len > UINT32_MAX)
    return add_token(doc, q, c, start, start + len, kind, shape);
  r = room_for_one(doc, (void **)&doc->toks, &doc->tokcap, doc->ntoks,
                   sizeof *doc->toks);
  if (r != VERBA_OK) return r;
  /* the ASCII quotation marks (" ' `) told without a call */
  if (cp < 0x80 ? cp == '"' || cp == '\'' || cp == '`' : verba_is_quote_mark(cp))
    shape |= VERBA_SHAPE_QUOTE_MARK;
  return store_token(doc, c, start, len, shape, kind,
                     (unsigned char)(cp < 0x80 ? cp : 0));
}
#endif

/* Tokens with their shapes and lexicon records, their sentences and
 * paragraphs, in one pass. */
static int read_document(verba_doc *doc) {
  const verba_text *t = &doc->text;
  /* the text in locals: the stores to the token array might otherwise
   * be read as changing it (its bytes are read by every build, for the
   * gap before a token; its length only by the fast paths) */
  const unsigned char *const s = t->s;
#if VERBA_SWAR_FIRST
  const size_t n = t->len;
#endif
  const enum verba_paragraph_mode mode = doc->config->paragraphs;
  verba_tokenizer tz;
  verba_token tok;
  size_t gap = 0, para_first = 0, first_tokens, i;
  word_queue q;
  sentence_cursor c;
  int rc = ready_recent(doc, t->len);
  if (rc != VERBA_OK) return rc;
  /* news text holds a token every five or six bytes: one allocation for
   * most documents instead of a series of copies */
  first_tokens = t->len / TOKEN_BYTES + 1;
  if (first_tokens > MAX_FIRST_TOKENS) first_tokens = MAX_FIRST_TOKENS;
  rc = reserve(doc, (void **)&doc->toks, &doc->tokcap, first_tokens,
               sizeof *doc->toks);
  if (rc != VERBA_OK) return rc;
  q.queued = 0;
  for (i = 0; i < QUEUED_WORDS; i++) q.words[i].tok = NO_WORD;
  verba_sentences_init(&c.ss, t, VERBA_SENTENCES_NEWS, doc->config);
  c.ss.find_word = recent_word_entry;
  c.ss.find_word_ud = doc;
  c.end = 0;
  c.first = c.para = 0;
  verba_tokens_init(&tz, t, 0, 0);
  for (;;) {
    unsigned shape;
    int fused = 0;
#if VERBA_SWAR_FIRST
    size_t start = tz.pos;
    token_bytes *b = NULL; /* (set where fused is 1) */
    run_classes runc = {0, 0, 0};
    /* verba_tokens_next's first steps, the run of letters read once for
     * the token, its shape and its lookup; most tokens follow one space
     * (or none), told here as it is skipped */
    int one_space = start + 1 < n && s[start] == ' ' && s[start + 1] != ' ' &&
                    s[start + 1] != '\n';
    if (one_space)
      start++;
    else
      while (start < n && (s[start] == ' ' || s[start] == '\n')) start++;
    if (start >= n) break;
    tok.start = start;
    if (ascii_alnum_wb(s[start])) {
      size_t len;
      b = next_slot(doc, &q);
      len = read_ascii_run(s + start, n - start, b, &runc);
      if ((tok.end = ascii_run_token_end(t, start, start + len)) != 0) {
        /* numbers and the few longer words: add_token's general way */
        fused = s[start] >= 'A' && len <= RECENT_BYTES ? 1 : 2;
      } else if ((tok.end = joined_run_end(t, start, start + len)) != 0) {
        fused = 2; /* it's, Hu’s, 3.5 */
      }
      tok.kind = s[start] >= 'A' ? VERBA_WORD : VERBA_NUMBER;
    } else if ((tok.end = ascii_mark_end(t, start)) != 0) {
      tok.kind = ascii_role[s[start]] & ASCII_SYMBOL ? VERBA_SYMBOL : VERBA_PUNCT;
      fused = 3;
    } else if ((tok.end = quote_or_dash_end(t, start)) != 0) {
      tok.kind = VERBA_PUNCT;
      fused = 3;
    }
    tz.pos = start;
#endif
    if (!fused && !verba_tokens_next(&tz, &tok)) break;
    tz.pos = tok.end;
    /* most tokens follow one space or none: told from the text's local
     * copy, which the stores to the tokens do not make the loop read again
     * (with the fast paths, when the space was skipped above: a token
     * verba_tokens_next read may start past other white space) */
#if VERBA_SWAR_FIRST
    if (one_space && tok.start == start && doc->ntoks != 0)
#else
    if (tok.start - gap == 1 && s[gap] == ' ' && doc->ntoks != 0)
#endif
      shape = VERBA_SHAPE_SPACED;
    else
      shape = gap_shape(t, gap, tok.start, mode, doc->ntoks == 0);
    if ((shape & VERBA_SHAPE_PARAGRAPH_START) && doc->ntoks > para_first) {
      rc = add_unit(doc, &doc->paragraphs, &doc->nparagraphs, &doc->paracap,
                    para_first, doc->ntoks, VERBA_NONE);
      if (rc != VERBA_OK) return rc;
      para_first = doc->ntoks;
    }
#if VERBA_SWAR_FIRST
    if (fused == 1)
      rc = add_ascii_word(doc, &q, &c, tok.start, tok.end - tok.start, shape,
                          b, &runc);
    else if (fused == 3)
      rc = add_mark(doc, &q, &c, tok.start, tok.end - tok.start,
                    (enum verba_kind)tok.kind, shape);
    else
#endif
      rc = add_token(doc, &q, &c, tok.start, tok.end, tok.kind, shape);
    if (rc != VERBA_OK) return rc;
    gap = tok.end;
  }
  look_up_rest(doc, &q);
  if (doc->ntoks == 0) return VERBA_OK;
  rc = close_sentence(doc, &c, doc->ntoks);
  if (rc != VERBA_OK) return rc;
  return add_unit(doc, &doc->paragraphs, &doc->nparagraphs, &doc->paracap,
                  para_first, doc->ntoks, VERBA_NONE);
}

int verba_doc_build(verba_doc *doc, const verba_text *t,
                    const verba_config *cfg) {
  int rc;
  doc->text = *t;
  doc->config = cfg;
  doc->ntoks = doc->nsentences = doc->nparagraphs = doc->nmarks = 0;
  rc = read_document(doc);
  if (rc != VERBA_OK) doc->ntoks = doc->nsentences = doc->nparagraphs = doc->nmarks = 0;
  return rc;
}

/* Most tokens the stages ask about have no record (marks, numbers, words
 * the lexicon lacks): answered without the lexicon's call. */
verba_classes verba_doc_classes(const verba_doc *doc, size_t k) {
  uint32_t entry = doc->toks[k].entry;
  return entry == VERBA_LEX_NONE ? 0 : verba_lex_classes(&doc->config->lexicon, entry);
}

/* The search gallops out from near and bisects the last stride: a few
 * tokens read where the caller knows roughly where to look. */
size_t verba_doc_token_at(const verba_doc *d, size_t pos, size_t near) {
  size_t lo, hi, stride = 1;
  if (d->ntoks == 0) return 0;
  lo = hi = near < d->ntoks ? near : d->ntoks - 1;
  /* grow [lo, hi] until toks[lo] starts at or before pos (or lo is 0)
   * and toks[hi] after it (or hi is the end) */
  if (d->toks[lo].start <= pos) {
    while (hi < d->ntoks && d->toks[hi].start <= pos) {
      lo = hi;
      hi = d->ntoks - hi > stride ? hi + stride : d->ntoks;
      stride *= 2;
    }
  } else {
    while (lo > 0 && d->toks[lo].start > pos) {
      hi = lo;
      lo = lo > stride ? lo - stride : 0;
      stride *= 2;
    }
    if (d->toks[lo].start > pos) return 0;
  }
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->toks[mid].start <= pos) lo = mid; else hi = mid;
  }
  return lo;
}

verba_names verba_doc_names(const verba_doc *doc, size_t k) {
  return verba_lex_names(&doc->config->lexicon, doc->toks[k].entry);
}
