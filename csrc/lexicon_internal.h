/* Private to the lexicon (lexicon.c: keys, tables and lookups;
 * lexicon_build.c: a user's overlay compiled into a table of its own):
 * what both read. */
#ifndef VERBA_LEXICON_INTERNAL_H
#define VERBA_LEXICON_INTERNAL_H

#include <stdint.h>
#include "lexicon.h"
#include "lexicon_data.h"

#define LEMMA_BIT(h) ((h) >> 20) /* the bit of a lemma's hash in lemmas */
#define PHRASE_BIT(h) ((h) >> 16) /* the bit of a phrase's opening in phrases */
#define RECORD_BITS 0x3FFFFFFFu  /* ids without their two flags */
#define FIND_NAMES 0x100u /* a finder's skip bit: a record with a name class
                             will do (past every LEX_R_ flag) */

/* A folded key in a stack buffer (8 bytes longer: whole chunks are
 * written), with its hash. */
typedef struct key {
  char s[VERBA_LEX_MAX_KEY + 8];
  size_t n;
  uint32_t h;
  int apostrophe; /* it holds one: it may be a clitic form */
} key;

/* Where the bases of inflected and clitic forms are looked up: the
 * lexicon at run time; the words of an overlay being built, over the
 * built-in table, in verba_lexicon_build. find gives a nonzero handle of
 * the record of s[0, n) in case c if its classes have some of want (or,
 * with FIND_NAMES in skip, it has a name class) and it is no form of the
 * kind skip (LEX_R_INFLECTED: a lemma is never an inflected form itself,
 * calleds is no form of called). */
typedef struct finder {
  uint32_t (*find)(const void *ctx, const char *s, size_t n, uint32_t h,
                   enum verba_lex_case c, verba_classes want, unsigned skip);
  const void *ctx;
  /* the lemmas' two-letter starts and filters, of two tables (or NULL) */
  const uint32_t *starts[2], *lemmas[2];
} finder;

uint32_t lex_hash_bytes(const char *s, size_t n);
/* Folds s[0, len) into k (the generator's folding); 0 if it cannot be a key. */
int lex_fold(key *k, const char *s, size_t len);
const char *lex_pool_at(const struct verba_lex_table *t, uint32_t at);
uint32_t lex_probe(const struct verba_lex_table *t, const char *s, size_t n, uint32_t h);
uint32_t lex_spelling(const struct verba_lex_table *t, uint32_t r, enum verba_lex_case c);
unsigned lex_two_letters(const char *s, size_t n);
uint32_t lex_lemma_of(const finder *f, const char *w, size_t n, enum verba_lex_case c);
uint32_t lex_stem_of(const finder *f, const char *w, size_t n, enum verba_lex_case c);
const char *lex_after(const char *s);
const char *lex_past_key(const struct verba_lex_table *t, const verba_lex_record *rec);

#endif
