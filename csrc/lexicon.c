/*
 * The lexicon (lexicon.h): one lookup over the built-in table that
 * tools/gen_lexicon.lua generates and an optional overlay of a user's
 * words, compiled once by verba_lexicon_build.
 *
 * The folding, the hash, the endings stripped and the clitics here are
 * mirrored by the generator: change both together.
 */
#include <string.h>
#include <utf8proc.h>
#include "lexicon.h"
#define VERBA_LEX_TABLES
#include "lexicon_data.h"

#define FNV_OFFSET 2166136261u
#define FNV_PRIME 16777619u
#define NO_START (26 * 26)       /* a word that does not start with a-z a-z */
#define RECORD_BITS 0x3FFFFFFFu  /* ids without their two flags */

/* Endings of inflected forms, tried in this order; "ie" ones put y back. */
static const struct ending { const char *s; size_t n; } endings[] = {
  {"s", 1}, {"es", 2}, {"d", 1}, {"ed", 2}, {"ing", 3}, {"ies", 3}, {"ied", 3}
};

/* ---- Keys ---------------------------------------------------------------- */

/* A folded key in a stack buffer, with its hash. */
typedef struct key {
  char s[VERBA_LEX_MAX_KEY];
  size_t n;
  uint32_t h;
} key;

static uint32_t hash_bytes(const char *s, size_t n) {
  uint32_t h = FNV_OFFSET;
  size_t i;
  for (i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * FNV_PRIME;
  return h;
}

/* ASCII white space: a phrase's words may be apart by any run of it. */
static int ascii_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

static int is_space_cp(int32_t cp) {
  if (cp < 0x80) return ascii_space((unsigned char)cp);
  return cp == 0x85 || utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

/* Appends a byte of the folded key; white space runs become one space. */
static int put_byte(key *k, unsigned char c) {
  if (c == ' ' && k->n && k->s[k->n - 1] == ' ') return 1;
  if (k->n == sizeof k->s) return 0;
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
    if (is_space_cp(cp)) {
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
  k->h = hash_bytes(k->s, k->n);
  return k->n > 0;
}

/* Folds s[0, len) into k: ASCII inline (the common case), anything else
 * through utf8proc. Returns 0 if the word can have no record. */
static int fold(key *k, const char *s, size_t len) {
  uint32_t h = FNV_OFFSET;
  size_t i;
  k->n = 0;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) return fold_unicode(k, s, len);
    if (c >= 'A' && c <= 'Z') c |= 0x20;
    else if (ascii_space(c)) {
      c = ' ';
      if (k->n && k->s[k->n - 1] == ' ') continue;
    }
    if (k->n == sizeof k->s) return 0;
    k->s[k->n++] = (char)c;
    h = (h ^ c) * FNV_PRIME;
  }
  k->h = h;
  return k->n > 0;
}

/* ---- Tables -------------------------------------------------------------- */

static const char *pool_at(const struct verba_lex_table *t, uint32_t at) {
  return t->pool[at / VERBA_LEX_POOL_ROW] + at % VERBA_LEX_POOL_ROW;
}

/* The record number of the key s[0, n) with hash h in t, or 0. */
static uint32_t probe(const struct verba_lex_table *t, const char *s, size_t n,
                      uint32_t h) {
  uint32_t i = (uint32_t)(((uint64_t)h * t->nslots) >> 32);
  uint32_t mask = ((uint32_t)1 << t->id_bits) - 1;
  uint32_t tag = h << t->id_bits, slot;
  while ((slot = t->slots[i]) != 0) {
    if ((slot & ~mask) == tag) {
      const verba_lex_record *r = &t->records[slot & mask];
      if (r->len == n && memcmp(pool_at(t, r->key), s, n) == 0)
        return slot & mask;
    }
    if (++i == t->nslots) i = 0;
  }
  return 0;
}

/* The record of a key's first record r for a word written in case c. */
static uint32_t spelling(const struct verba_lex_table *t, uint32_t r,
                         enum verba_lex_case c) {
  unsigned flags = t->records[r].flags;
  if (c == VERBA_CASE_LOWER) return r;
  if (c == VERBA_CASE_UPPER && (flags & LEX_R_UPPER))
    return r + 1 + (flags & LEX_R_CAP ? 1 : 0);
  return flags & LEX_R_CAP ? r + 1 : r;
}

static verba_classes record_classes(const struct verba_lex_table *t,
                                    uint32_t r) {
  return t->sets[t->records[r].set];
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
    uint32_t r = probe(t, s, n, h);
    if (r) {
      unsigned flags;
      r = spelling(t, r, c);
      if (!record_classes(t, r)) return VERBA_LEX_NONE;
      flags = t->records[r].flags;
      return (t->base + r) | (flags & LEX_R_INFLECTED ? VERBA_LEX_INFLECTED : 0) |
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

/* ---- Inflected and clitic forms ------------------------------------------ */

static unsigned two_letters(const char *s, size_t n) {
  unsigned a, b;
  if (n < 2) return NO_START;
  a = (unsigned)(unsigned char)s[0] - 'a';
  b = (unsigned)(unsigned char)s[1] - 'a';
  return a < 26 && b < 26 ? a * 26 + b : NO_START;
}

static int start_set(const uint32_t *starts, unsigned k) {
  return starts && ((starts[k / 32] >> (k % 32)) & 1u);
}

/* Where the bases of inflected and clitic forms are looked up: the
 * lexicon at run time; the words of an overlay being built, over the
 * built-in table, in verba_lexicon_build. find gives a nonzero handle of
 * the record of s[0, n) in case c if its classes have some of want and it
 * is no form of the kind skip (LEX_R_INFLECTED: a lemma is never an
 * inflected form itself, calleds is no form of called). */
typedef struct finder {
  uint32_t (*find)(const void *ctx, const char *s, size_t n,
                   enum verba_lex_case c, verba_classes want, unsigned skip);
  const void *ctx;
  const uint32_t *starts[2]; /* two-letter starts of the lemmas (or NULL) */
} finder;

static uint32_t find_lemma(const finder *f, const char *s, size_t n,
                           enum verba_lex_case c) {
  return f->find(f->ctx, s, n, c, VERBA_LEX_INFLECTING, LEX_R_INFLECTED);
}

/* The lemma of an inflected form w[0, n) whose classes inflect, or 0: w
 * less -s, -es, -d, -ed, -ing, with e restored or a doubled consonant
 * undone; -ies, -ied with y for i. Most words fail on their start. */
static uint32_t lemma_of(const finder *f, const char *w, size_t n,
                         enum verba_lex_case c) {
  char stem[VERBA_LEX_MAX_KEY + 1];
  size_t k;
  uint32_t found;
  unsigned start = two_letters(w, n);
  if (n > VERBA_LEX_MAX_KEY ||
      !(start_set(f->starts[0], start) || start_set(f->starts[1], start)))
    return 0;
  for (k = 0; k < sizeof endings / sizeof *endings; k++) {
    size_t e = endings[k].n, base = n - e;
    if (n <= e + 1 || memcmp(w + base, endings[k].s, e) != 0) continue;
    memcpy(stem, w, base);
    if (endings[k].s[0] == 'i' && endings[k].s[1] == 'e') { /* denies */
      stem[base] = 'y';
      if ((found = find_lemma(f, stem, base + 1, c)) != 0) return found;
      continue;
    }
    if ((found = find_lemma(f, stem, base, c)) != 0) return found;
    stem[base] = 'e'; /* argued: argue */
    if ((found = find_lemma(f, stem, base + 1, c)) != 0) return found;
    if (base >= 2 && stem[base - 1] == stem[base - 2] && /* admitted: admit */
        (found = find_lemma(f, stem, base - 1, c)) != 0)
      return found;
  }
  return 0;
}

/* The stem of a clitic form w[0, n) (stem + apostrophe + an ending of
 * class clitic_ending: she's, we're) whose classes carry, or 0. */
static uint32_t stem_of(const finder *f, const char *w, size_t n,
                        enum verba_lex_case c) {
  /* the last apostrophe with a stem before it and at most
   * VERBA_LEX_CLITIC_MAX bytes from it to the end */
  size_t a, low = n > VERBA_LEX_CLITIC_MAX ? n - VERBA_LEX_CLITIC_MAX : 1;
  if (n < 3) return 0;
  for (a = n - 2; w[a] != '\''; a--)
    if (a == low) return 0;
  if (!f->find(f->ctx, w + a, n - a, VERBA_CASE_LOWER,
               VERBA_LEX_CLITIC_ENDING, 0))
    return 0;
  return f->find(f->ctx, w, a, c, VERBA_LEX_CLITIC_CARRIES, 0);
}

/* The finder of the lexicon: handles are record ids, flags cleared. */
static uint32_t find_in_lexicon(const void *ctx, const char *s, size_t n,
                                enum verba_lex_case c, verba_classes want,
                                unsigned skip) {
  const verba_lexicon *lx = ctx;
  uint32_t id = find_key(lx, s, n, hash_bytes(s, n), c);
  if (!id || ((skip & LEX_R_INFLECTED) && (id & VERBA_LEX_INFLECTED)) ||
      !(id_classes(lx, id) & want))
    return VERBA_LEX_NONE;
  return id & RECORD_BITS;
}

/* ---- The API --------------------------------------------------------------- */

void verba_lexicon_default(verba_lexicon *lx) {
  memset(lx, 0, sizeof *lx);
  lx->builtin = &lex_builtin;
}

uint32_t verba_lex_find(const verba_lexicon *lx, const char *s, size_t len,
                        enum verba_lex_case wcase) {
  key w;
  uint32_t id;
  finder f;
  if (!fold(&w, s, len)) return VERBA_LEX_NONE;
  if ((id = find_key(lx, w.s, w.n, w.h, wcase)) != 0) return id;
  f.find = find_in_lexicon;
  f.ctx = lx;
  f.starts[0] = lx->builtin->starts;
  f.starts[1] = lx->user ? lx->user->starts : NULL;
  /* most words end here: no record, and no lemma starts like them */
  if ((id = lemma_of(&f, w.s, w.n, wcase)) != 0)
    return id | VERBA_LEX_INFLECTED;
  if (memchr(w.s, '\'', w.n) && (id = stem_of(&f, w.s, w.n, wcase)) != 0)
    return id | VERBA_LEX_CLITIC;
  return VERBA_LEX_NONE;
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
static const char *after(const char *s) { return s + strlen(s) + 1; }

const char *verba_lex_data(const verba_lexicon *lx, uint32_t id) {
  uint32_t r;
  const struct verba_lex_table *t = table_of(lx, id, &r);
  if (!t || !(t->records[r].flags & LEX_R_DATA)) return NULL;
  return after(pool_at(t, t->records[r].key));
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
  s = pool_at(t, rec->key);
  /* a flagged form with a record of its own: its lemma or stem */
  if (((id & VERBA_LEX_INFLECTED) && (rec->flags & LEX_R_INFLECTED)) ||
      ((id & VERBA_LEX_CLITIC) && (rec->flags & LEX_R_CLITIC))) {
    s = after(s);
    if (rec->flags & LEX_R_DATA) s = after(s);
    if (len) *len = strlen(s);
    return s;
  }
  if (len) *len = rec->len;
  return s;
}

const char *verba_lex_class_name(unsigned k) {
  return k < VERBA_LEX_NCLASSES ? lex_class_names[k] : NULL;
}

/* ---- The user's overlay ---------------------------------------------------- */

/* verba_lexicon_build follows in the next part of this file. */
