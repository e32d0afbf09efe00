/*
 * The lexicon (lexicon.h): one lookup over the built-in table that
 * tools/gen_lexicon.lua generates and an optional overlay of a user's
 * words, compiled once by verba_lexicon_build (lexicon_build.c).
 *
 * The folding, the hash, the endings stripped and the clitics here are
 * mirrored by the generator: change both together.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#define VERBA_LEX_TABLES
#include "lexicon_internal.h"

#define HASH_MUL UINT64_C(0x9E3779B97F4A7C15) /* 2^64 / golden ratio */
#define NO_START (26 * 26)       /* a word that does not start with a-z a-z */

/* Endings of inflected forms, by their last letter, each group in the
 * order tried (that of tools/gen_lexicon.lua: s es d ed ing ies ied) and
 * growing; the "ie" ones put y back. */
typedef struct ending {
  const char *s;
  size_t n;
} ending;
static const ending endings_s[] = {{"s", 1}, {"es", 2}, {"ies", 3}, {NULL, 0}};
static const ending endings_d[] = {{"d", 1}, {"ed", 2}, {"ied", 3}, {NULL, 0}};
static const ending endings_g[] = {{"ing", 3}, {NULL, 0}};

/* ---- Keys ---------------------------------------------------------------- */


#define BYTES(x) (UINT64_C(0x0101010101010101) * (x)) /* x in every byte */
#define HIGH_BITS BYTES(0x80)

static inline uint64_t load_le(const unsigned char *p) {
  return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
         (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 |
         (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

static inline uint64_t load32(const unsigned char *p) {
  return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
         (uint64_t)p[3] << 24;
}

/* The n bytes at p (n <= 8) as a little-endian number padded with zeros,
 * in a few loads that stay within them (overlapping ones agree). */
static inline uint64_t load_short(const unsigned char *p, size_t n) {
  if (n >= 4) return load32(p) | load32(p + n - 4) << ((n - 4) * 8);
  if (n == 0) return 0;
  return (uint64_t)p[0] | (uint64_t)p[n / 2] << (n / 2 * 8) |
         (uint64_t)p[n - 1] << ((n - 1) * 8);
}

/* The n bytes at p (n >= 1) of a text whose end must not be read past. */
static inline uint64_t load_chunk(const unsigned char *p, size_t n) {
  return n >= 8 ? load_le(p) : load_short(p, n);
}

/* The same from the lexicon's own buffers, which have 8 readable bytes
 * past every key (the pool's rows, the key buffers, the arena): one load,
 * no branch. */
static inline uint64_t load_masked(const unsigned char *p, size_t n) {
  return load_le(p) & (~(uint64_t)0 >> (64 - 8 * (n < 8 ? n : 8)));
}

static inline void store_le(char *p, uint64_t x) {
  p[0] = (char)(x & 0xFF);
  p[1] = (char)(x >> 8 & 0xFF);
  p[2] = (char)(x >> 16 & 0xFF);
  p[3] = (char)(x >> 24 & 0xFF);
  p[4] = (char)(x >> 32 & 0xFF);
  p[5] = (char)(x >> 40 & 0xFF);
  p[6] = (char)(x >> 48 & 0xFF);
  p[7] = (char)(x >> 56 & 0xFF);
}

static inline uint64_t mix(uint64_t h, uint64_t chunk) {
  h = (h ^ chunk) * HASH_MUL;
  return h ^ (h >> 32);
}

/* The hash of a key (in a buffer of the lexicon's): 8 bytes at a time
 * (little-endian, the last chunk padded with zeros), one multiplication
 * each. */
uint32_t lex_hash_bytes(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  uint64_t h = 0;
  size_t i;
  for (i = 0; i < n; i += 8) h = mix(h, load_masked(p + i, n - i));
  return (uint32_t)h;
}

/* Do the keys a and b (in buffers of the lexicon's), n bytes each, agree? */
static int same_key(const char *a, const char *b, size_t n) {
  const unsigned char *x = (const unsigned char *)a;
  const unsigned char *y = (const unsigned char *)b;
  size_t i;
  for (i = 0; i < n; i += 8)
    if (load_masked(x + i, n - i) != load_masked(y + i, n - i)) return 0;
  return 1;
}

/* ASCII white space: a phrase's words may be apart by any run of it. */
static int ascii_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Appends a byte of the folded key; white space runs become one space. */
static int put_byte(key *k, unsigned char c) {
  if (c == ' ' && k->n && k->s[k->n - 1] == ' ') return 1;
  if (k->n == VERBA_LEX_MAX_KEY) return 0;
  k->s[k->n++] = (char)c;
  return 1;
}

/* Folds any UTF-8 with utf8proc: full case folding, U+2019 as an ASCII
 * apostrophe. 0 for invalid UTF-8 or a key too long. */
static int fold_unicode(key *k, const char *s, size_t len) {
  const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
  utf8proc_ssize_t rest = (utf8proc_ssize_t)len;
  k->n = 0;
  while (rest > 0) {
    utf8proc_int32_t cp, folded[4];
    utf8proc_ssize_t step = utf8proc_iterate(p, rest, &cp), m, i;
    int boundclass = 0;
    if (step < 0) return 0;
    p += step;
    rest -= step;
    if (cp == 0x2019) cp = '\'';
    if (verba_is_space(cp)) {
      if (!put_byte(k, ' ')) return 0;
      continue;
    }
    m = utf8proc_decompose_char(cp, folded, 4, UTF8PROC_CASEFOLD, &boundclass);
    if (m < 0 || m > 4) return 0;
    for (i = 0; i < m; i++) {
      utf8proc_uint8_t bytes[4];
      utf8proc_ssize_t nb = utf8proc_encode_char(folded[i], bytes), b;
      for (b = 0; b < nb; b++)
        if (!put_byte(k, bytes[b])) return 0;
    }
  }
  k->h = lex_hash_bytes(k->s, k->n);
  k->apostrophe = memchr(k->s, '\'', k->n) != NULL;
  return k->n > 0;
}

/* Folds s[0, len) into k byte by byte: white space, apostrophes; anything
 * not ASCII through utf8proc. */
static int fold_bytes(key *k, const char *s, size_t len) {
  size_t i, n = 0;
  k->apostrophe = 0;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) return fold_unicode(k, s, len);
    if (c >= 'A' && c <= 'Z') c |= 0x20;
    if (ascii_space(c)) {
      if (n && k->s[n - 1] == ' ') continue;
      c = ' ';
    }
    if (c == '\'') k->apostrophe = 1;
    if (n == VERBA_LEX_MAX_KEY) return 0;
    k->s[n++] = (char)c;
  }
  k->n = n;
  k->h = lex_hash_bytes(k->s, n);
  return n > 0;
}

/* The high bit of each zero byte of x, exactly (no borrow from a lower
 * byte, as the shorter test has: a space's position is read). */
static inline uint64_t zero_bytes(uint64_t x) {
  return ~(((x & ~HIGH_BITS) + ~HIGH_BITS) | x | ~HIGH_BITS);
}

/* Folds s[0, len) into k and hashes it. Keys of ASCII letters and
 * punctuation, the common case, go 8 bytes at a time: upper case letters
 * lowered at once, no branch a byte; so do phrases whose words are apart
 * by one space each (fold_bytes keeps those as they are). Others go byte
 * by byte. Returns 0 if the word can have no record. */
int lex_fold(key *k, const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  uint64_t h = 0, apostrophes = 0, last_space = 0;
  size_t i;
  if (len == 0 || len > VERBA_LEX_MAX_KEY) return fold_bytes(k, s, len);
  for (i = 0; i < len; i += 8) {
    size_t m = len - i;
    uint64_t x = load_chunk(p + i, m), padded, spaces, quotes;
    if (x & HIGH_BITS) return fold_bytes(k, s, len);
    /* white space (< 0x21), the padding set apart: none in most words */
    padded = m >= 8 ? x : x | ~(((uint64_t)1 << (m * 8)) - 1);
    if ((padded - BYTES(0x21)) & ~padded & HIGH_BITS) {
      /* other than a space (< 0x20) */
      if ((padded - BYTES(0x20)) & ~padded & HIGH_BITS) return fold_bytes(k, s, len);
      /* a space after a space (in this chunk or ending the last) is a
       * run fold_bytes makes one */
      spaces = zero_bytes(padded ^ BYTES(' '));
      if (spaces & (spaces << 8 | last_space)) return fold_bytes(k, s, len);
      last_space = spaces >> 56;
    } else {
      last_space = 0;
    }
    /* (whether any byte is one: the short test says so exactly) */
    quotes = padded ^ BYTES('\'');
    apostrophes |= (quotes - BYTES(1)) & ~quotes & HIGH_BITS;
    /* 0x20 into every byte from 'A' to 'Z' */
    x |= ((x + BYTES(0x80 - 'A')) & ~(x + BYTES(0x80 - 'Z' - 1)) & HIGH_BITS) >>
         2;
    store_le(k->s + i, x);
    h = mix(h, x);
  }
  k->n = len;
  k->h = (uint32_t)h;
  k->apostrophe = apostrophes != 0;
  return 1;
}

/* ---- Tables -------------------------------------------------------------- */

const char *lex_pool_at(const struct verba_lex_table *t, uint32_t at) {
  return t->pool[at / VERBA_LEX_POOL_ROW] + at % VERBA_LEX_POOL_ROW;
}

/* The record number of the key s[0, n) with hash h in t, or 0. */
uint32_t lex_probe(const struct verba_lex_table *t, const char *s, size_t n,
                      uint32_t h) {
  uint32_t i = (uint32_t)(((uint64_t)h * t->nslots) >> 32);
  uint32_t mask = ((uint32_t)1 << t->id_bits) - 1;
  uint32_t tag = h << t->id_bits, slot;
  while ((slot = t->slots[i]) != 0) {
    if ((slot & ~mask) == tag) {
      const verba_lex_record *r = &t->records[slot & mask];
      if (r->len == n && same_key(lex_pool_at(t, r->key), s, n)) return slot & mask;
    }
    if (++i == t->nslots) i = 0;
  }
  return 0;
}

/* The record of a key's first record r for a word written in case c, 0
 * if that spelling has none. */
uint32_t lex_spelling(const struct verba_lex_table *t, uint32_t r,
                         enum verba_lex_case c) {
  unsigned flags = t->records[r].flags;
  if (c == VERBA_CASE_LOWER)
    return flags & (LEX_R_FROM_CAP | LEX_R_FROM_UPPER) ? 0 : r;
  if (c == VERBA_CASE_CAPITALIZED && (flags & LEX_R_FROM_UPPER)) return 0;
  if (c == VERBA_CASE_UPPER && (flags & LEX_R_UPPER))
    return r + 1 + (flags & LEX_R_CAP ? 1 : 0);
  return flags & LEX_R_CAP ? r + 1 : r;
}

static verba_classes record_classes(const struct verba_lex_table *t,
                                    uint32_t r) {
  return t->sets[t->records[r].set];
}

static verba_names record_names(const struct verba_lex_table *t, uint32_t r) {
  return t->set_names[t->records[r].set];
}

/* The table an id's record is in, and its number there. */
static const struct verba_lex_table *table_of(const verba_lexicon *lx,
                                              uint32_t id, uint32_t *r) {
  const struct verba_lex_table *t = lx->builtin;
  id &= RECORD_BITS;
  if (lx->user && id > lx->user->base) t = lx->user;
  *r = id - t->base;
  return *r >= 1 && *r <= t->nrecords ? t : NULL;
}

/* The id of the record of s[0, n) (hash h) as written in case c, with the
 * flags of a form whose base's classes were merged into it; 0 if it has
 * no record or no classes in that spelling. The overlay comes first. */
static uint32_t find_key(const verba_lexicon *lx, const char *s, size_t n,
                         uint32_t h, enum verba_lex_case c) {
  const struct verba_lex_table *t = lx->user ? lx->user : lx->builtin;
  for (;;) {
    uint32_t r = lex_probe(t, s, n, h);
    if (r) {
      unsigned flags;
      r = lex_spelling(t, r, c);
      if (!r || t->records[r].set == 0) return VERBA_LEX_NONE; /* no classes */
      flags = t->records[r].flags;
      return (t->base + r) |
             (flags & LEX_R_INFLECTED ? VERBA_LEX_INFLECTED : 0) |
             (flags & LEX_R_CLITIC ? VERBA_LEX_CLITIC : 0);
    }
    if (t == lx->builtin) return VERBA_LEX_NONE;
    t = lx->builtin;
  }
}

static verba_classes id_classes(const verba_lexicon *lx, uint32_t id) {
  uint32_t r;
  const struct verba_lex_table *t = table_of(lx, id, &r);
  return t ? record_classes(t, r) : 0;
}

static verba_names id_names(const verba_lexicon *lx, uint32_t id) {
  uint32_t r;
  const struct verba_lex_table *t = table_of(lx, id, &r);
  return t ? record_names(t, r) : 0;
}

/* ---- Inflected and clitic forms ------------------------------------------ */

unsigned lex_two_letters(const char *s, size_t n) {
  unsigned a, b;
  if (n < 2) return NO_START;
  a = (unsigned)(unsigned char)s[0] - 'a';
  b = (unsigned)(unsigned char)s[1] - 'a';
  return a < 26 && b < 26 ? a * 26 + b : NO_START;
}

static int bit_set(const uint32_t *bits, unsigned k) {
  return bits && ((bits[k / 32] >> (k % 32)) & 1u);
}


static uint32_t find_lemma(const finder *f, const char *s, size_t n,
                           enum verba_lex_case c) {
  uint32_t h = lex_hash_bytes(s, n);
  if (!bit_set(f->lemmas[0], LEMMA_BIT(h)) &&
      !bit_set(f->lemmas[1], LEMMA_BIT(h)))
    return 0;
  return f->find(f->ctx, s, n, h, c, VERBA_LEX_INFLECTING, LEX_R_INFLECTED);
}

/* The lemma of an inflected form w[0, n) whose classes inflect, or 0: w
 * less -s, -es, -d, -ed, -ing, with e restored or a doubled consonant
 * undone; -ies, -ied with y for i. Most words fail on their start. */
uint32_t lex_lemma_of(const finder *f, const char *w, size_t n,
                         enum verba_lex_case c) {
  char stem[VERBA_LEX_MAX_KEY + 8]; /* w with a letter put back at base */
  const ending *e;
  uint32_t found;
  unsigned start;
  size_t i;
  switch (w[n - 1]) {
  case 's': e = endings_s; break;
  case 'd': e = endings_d; break;
  case 'g': e = endings_g; break;
  default: return 0;
  }
  start = lex_two_letters(w, n);
  if (!bit_set(f->starts[0], start) && !bit_set(f->starts[1], start)) return 0;
  for (i = 0; i < n; i += 8) /* w has 8 readable bytes past its end */
    store_le(stem + i, load_le((const unsigned char *)w + i));
  for (; e->s && n > e->n + 1; e++) {
    size_t base = n - e->n;
    int y_for_i = e->s[0] == 'i' && e->s[1] == 'e'; /* denies */
    for (i = 0; i < e->n && w[base + i] == e->s[i]; i++) {
    }
    if (i < e->n) continue;
    if (!y_for_i && (found = find_lemma(f, w, base, c)) != 0) return found;
    stem[base] = y_for_i ? 'y' : 'e'; /* denied: deny; argued: argue */
    found = find_lemma(f, stem, base + 1, c);
    stem[base] = w[base];
    if (found) return found;
    if (!y_for_i && w[base - 1] == w[base - 2] && /* admitted: admit */
        (found = find_lemma(f, w, base - 1, c)) != 0)
      return found;
  }
  return 0;
}

/* The stem of a clitic form w[0, n) (stem + apostrophe + an ending of
 * class clitic_ending: she's, we're) whose classes carry, or 0. */
uint32_t lex_stem_of(const finder *f, const char *w, size_t n,
                        enum verba_lex_case c) {
  /* the last apostrophe with a stem before it and at most
   * VERBA_LEX_CLITIC_MAX bytes from it to the end */
  size_t a, low = n > VERBA_LEX_CLITIC_MAX ? n - VERBA_LEX_CLITIC_MAX : 1;
  if (n < 3) return 0;
  for (a = n - 2; w[a] != '\''; a--)
    if (a == low) return 0;
  if (!f->find(f->ctx, w + a, n - a, lex_hash_bytes(w + a, n - a),
               VERBA_CASE_LOWER, VERBA_LEX_CLITIC_ENDING, 0))
    return 0;
  /* word classes that carry, and every name class (Obama's) */
  return f->find(f->ctx, w, a, lex_hash_bytes(w, a), c, VERBA_LEX_CLITIC_CARRIES,
                 FIND_NAMES);
}

/* The finder of the lexicon: handles are record ids, flags cleared. */
static uint32_t find_in_lexicon(const void *ctx, const char *s, size_t n,
                                uint32_t h, enum verba_lex_case c,
                                verba_classes want, unsigned skip) {
  const verba_lexicon *lx = ctx;
  uint32_t id = find_key(lx, s, n, h, c);
  if (!id || ((skip & LEX_R_INFLECTED) && (id & VERBA_LEX_INFLECTED)) ||
      !((id_classes(lx, id) & want) || ((skip & FIND_NAMES) && id_names(lx, id))))
    return VERBA_LEX_NONE;
  return id & RECORD_BITS;
}

/* ---- The API ------------------------------------------------------------ */

void verba_lexicon_default(verba_lexicon *lx) {
  memset(lx, 0, sizeof *lx);
  lx->builtin = &lex_builtin;
}

/* The record of a word (folded in w) that has none of its own: that of
 * its lemma or its stem, flagged, or none. Apart from verba_lex_find, so
 * that the way of the words found at once stays short. */
static uint32_t find_form(const verba_lexicon *lx, const key *w,
                          enum verba_lex_case wcase) {
  finder f;
  uint32_t id;
  f.find = find_in_lexicon;
  f.ctx = lx;
  f.starts[0] = lx->builtin->starts;
  f.starts[1] = lx->user ? lx->user->starts : NULL;
  f.lemmas[0] = lx->builtin->lemmas;
  f.lemmas[1] = lx->user ? lx->user->lemmas : NULL;
  /* most words end here: no ending, or no lemma starts like them */
  if ((id = lex_lemma_of(&f, w->s, w->n, wcase)) != 0)
    return id | VERBA_LEX_INFLECTED;
  if (w->apostrophe && (id = lex_stem_of(&f, w->s, w->n, wcase)) != 0)
    return id | VERBA_LEX_CLITIC;
  return VERBA_LEX_NONE;
}

uint32_t verba_lex_find(const verba_lexicon *lx, const char *s, size_t len,
                        enum verba_lex_case wcase) {
  key w;
  uint32_t id;
  if (!lex_fold(&w, s, len)) return VERBA_LEX_NONE;
  if ((id = find_key(lx, w.s, w.n, w.h, wcase)) != 0) return id;
  return find_form(lx, &w, wcase);
}

int verba_lex_may_open_phrase(const verba_lexicon *lx, const char *s, size_t len) {
  key w;
  uint32_t bit;
  /* (a key too long or not UTF-8 is said to open one: no harm) */
  if (!lex_fold(&w, s, len)) return 1;
  bit = PHRASE_BIT(w.h);
  return bit_set(lx->builtin->phrases, bit) || (lx->user && bit_set(lx->user->phrases, bit));
}

verba_classes verba_lex_classes(const verba_lexicon *lx, uint32_t id) {
  uint32_t r;
  const struct verba_lex_table *t = table_of(lx, id, &r);
  verba_classes c;
  unsigned flags;
  if (!t) return 0;
  c = record_classes(t, r);
  flags = t->records[r].flags;
  /* a record reached through an ending gives what carries over; a form
   * with its own record had its base's classes merged already */
  if ((id & VERBA_LEX_INFLECTED) && !(flags & LEX_R_INFLECTED))
    c &= VERBA_LEX_INFLECTING;
  if ((id & VERBA_LEX_CLITIC) && !(flags & LEX_R_CLITIC))
    c &= VERBA_LEX_CLITIC_CARRIES;
  return c;
}

/* The strings after a record's key: its data, then its base. */
const char *lex_after(const char *s) { return s + strlen(s) + 1; }

const char *lex_past_key(const struct verba_lex_table *t,
                            const verba_lex_record *rec) {
  return lex_pool_at(t, rec->key) + rec->len + 1;
}

const char *verba_lex_data(const verba_lexicon *lx, uint32_t id) {
  uint32_t r;
  const struct verba_lex_table *t = table_of(lx, id, &r);
  if (!t || !(t->records[r].flags & LEX_R_DATA)) return NULL;
  return lex_past_key(t, &t->records[r]);
}

const char *verba_lex_key(const verba_lexicon *lx, uint32_t id, size_t *len) {
  uint32_t r;
  const struct verba_lex_table *t = table_of(lx, id, &r);
  const verba_lex_record *rec;
  const char *s;
  if (!t) {
    if (len) *len = 0;
    return NULL;
  }
  rec = &t->records[r];
  s = lex_pool_at(t, rec->key);
  /* a flagged form with a record of its own: its lemma or stem */
  if (((id & VERBA_LEX_INFLECTED) && (rec->flags & LEX_R_INFLECTED)) ||
      ((id & VERBA_LEX_CLITIC) && (rec->flags & LEX_R_CLITIC))) {
    s = lex_past_key(t, rec);
    if (rec->flags & LEX_R_DATA) s = lex_after(s);
    if (len) *len = strlen(s);
    return s;
  }
  if (len) *len = rec->len;
  return s;
}

const char *verba_lex_class_name(unsigned k) {
  return k < VERBA_LEX_NCLASSES ? lex_class_names[k] : NULL;
}

verba_classes verba_lex_classes_names(const verba_lexicon *lx, uint32_t id,
                                      verba_names *names) {
  uint32_t r;
  const struct verba_lex_table *t = table_of(lx, id, &r);
  verba_classes c;
  unsigned flags;
  int inflected;
  *names = 0;
  if (!t) return 0;
  c = record_classes(t, r);
  flags = t->records[r].flags;
  /* as verba_lex_classes and verba_lex_names read the record */
  inflected = (id & VERBA_LEX_INFLECTED) && !(flags & LEX_R_INFLECTED);
  if (inflected) c &= VERBA_LEX_INFLECTING;
  if ((id & VERBA_LEX_CLITIC) && !(flags & LEX_R_CLITIC))
    c &= VERBA_LEX_CLITIC_CARRIES;
  if (!inflected) *names = record_names(t, r);
  return c;
}

/* (a particle has three letters at most: al, el, bin, ibn) */
#define PARTICLE_LETTERS 3

int verba_lex_particle_name(const verba_lexicon *lx, const char *s, size_t len) {
  size_t i;
  /* (most words asked have no hyphen after their second or third letter:
   * the windows of the quotation stage ask it of every word in lower case) */
  if (len < PARTICLE_LETTERS + 2 || (s[2] != '-' && s[PARTICLE_LETTERS] != '-')) return 0;
  for (i = 0; i < len && i <= PARTICLE_LETTERS && s[i] >= 'a' && s[i] <= 'z'; i++) {}
  return i >= 2 && i <= PARTICLE_LETTERS && i + 2 < len && s[i] == '-' && s[i + 1] >= 'A' &&
         s[i + 1] <= 'Z' &&
         (verba_lex_names(lx, verba_lex_find(lx, s, i, VERBA_CASE_LOWER)) &
          VERBA_NAME_NAME_PARTICLE) != 0;
}

verba_names verba_lex_names(const verba_lexicon *lx, uint32_t id) {
  uint32_t r;
  const struct verba_lex_table *t = table_of(lx, id, &r);
  /* an inflected form is no name (a name class never inflects); a clitic
   * form carries its stem's (Obama's) */
  if (!t || ((id & VERBA_LEX_INFLECTED) && !(t->records[r].flags & LEX_R_INFLECTED)))
    return 0;
  return record_names(t, r);
}

const char *verba_lex_name_class_name(unsigned k) {
  size_t count = sizeof lex_name_names / sizeof *lex_name_names - 1;
  return k < count ? lex_name_names[k] : NULL;
}

