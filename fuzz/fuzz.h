/* What the libFuzzer targets share: a check that aborts (libFuzzer then
 * saves the input), where code points start, an allocator and a
 * configuration made from the input's first bytes. Each target is one
 * file fuzz/fuzz_<entry>.c, built by make fuzz (clang, libFuzzer, ASan,
 * UBSan); none keeps state between inputs. */
#ifndef VERBA_FUZZ_H
#define VERBA_FUZZ_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "verba.h"
#include "lexicon_data.h"

#define CHECK(c)                                                          \
  do {                                                                    \
    if (!(c)) {                                                           \
      fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, \
              #c);                                                        \
      abort();                                                            \
    }                                                                     \
  } while (0)

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

/* Where code points start: starts[i] is 1 when byte i starts one as
 * verba_decode reads the text from its start (or i is the end). */
static inline unsigned char *code_point_starts(const verba_text *t) {
  unsigned char *starts = (unsigned char *)calloc(t->len + 1, 1);
  size_t pos = 0;
  int32_t cp;
  CHECK(starts != NULL);
  while (pos < t->len) {
    starts[pos] = 1;
    pos += verba_decode(t, pos, &cp);
  }
  starts[t->len] = 1;
  return starts;
}

/* A span [start, end) inside the text, not empty, on code point starts. */
static inline void check_span(const unsigned char *starts, size_t len, size_t start,
                              size_t end) {
  CHECK(start < end && end <= len);
  CHECK(starts[start] && starts[end]);
}

/* Is t[start, end) white space alone (verba_is_space, every stage's)? */
static inline int all_space(const verba_text *t, size_t start, size_t end) {
  while (start < end) {
    int32_t cp;
    start += verba_decode(t, start, &cp);
    if (!verba_is_space(cp)) return 0;
  }
  return 1;
}

/* The first byte of the input chooses options (its bits), the rest is
 * the text: so every option meets every text. */
static inline unsigned take_options(const unsigned char **data, size_t *size) {
  unsigned bits = 0;
  if (*size > 0) {
    bits = (*data)[0];
    (*data)++;
    (*size)--;
  }
  return bits;
}

/* A configuration with the user's words the text's own tokens give (the
 * first few: abbreviations, cue verbs and names), built with the C
 * library's allocator; verba_lexicon_free releases it. */
static inline void fuzz_config(verba_config *cfg, const verba_text *t, unsigned bits) {
  verba_lex_word words[6];
  verba_tokenizer tz;
  verba_token tok;
  size_t n = 0;
  verba_config_default(cfg);
  if (bits & 1) cfg->paragraphs = VERBA_PARAGRAPHS_LINE;
  cfg->quote_depth = 1 + (bits >> 1 & 7);
  verba_tokens_init(&tz, t, 0, 0);
  while (n < sizeof words / sizeof *words && verba_tokens_next(&tz, &tok)) {
    if (tok.kind != VERBA_WORD || tok.end - tok.start > 40) continue;
    words[n].s = (const char *)t->s + tok.start;
    words[n].len = tok.end - tok.start;
    words[n].classes = n % 3 == 0   ? VERBA_LEX_ABBREV_GENERAL
                       : n % 3 == 1 ? VERBA_LEX_CUE
                                    : 0;
    words[n].names = n % 3 == 2 ? VERBA_NAME_PLACE : 0;
    n++;
  }
  if (verba_lexicon_build(&cfg->lexicon, words, n, NULL, NULL) != VERBA_OK)
    verba_lexicon_default(&cfg->lexicon);
}

typedef size_t (*verba_end_fn)(const verba_text *, size_t);

/* The segment ends end_of finds from pos to the end of the text. */
static inline size_t segment_ends(const verba_text *t, verba_end_fn end_of, size_t pos,
                                  size_t *ends) {
  size_t n = 0;
  while (pos < t->len) {
    size_t end = end_of(t, pos);
    CHECK(end > pos && end <= t->len);
    ends[n++] = pos = end;
  }
  return n;
}

/* Segments from end_of (words, grapheme clusters) tile the text on code
 * point boundaries, the same twice; read from the start of any line they
 * are those of the whole text from there, where the Lua iterators with
 * init start reading: a segment ends after every line feed, and end_of
 * reads nothing but the text and the position, so from a boundary of
 * the whole run on it finds that run's segments (the first is checked). */
static inline void check_segmentation(const unsigned char *data, size_t size,
                                      verba_end_fn end_of) {
  verba_text t;
  unsigned char *starts;
  size_t *ends, *again, n, i, line;
  verba_text_init(&t, (const char *)data, size);
  starts = code_point_starts(&t);
  ends = (size_t *)malloc((size + 1) * sizeof *ends);
  again = (size_t *)malloc((size + 1) * sizeof *again);
  CHECK(ends && again);
  n = segment_ends(&t, end_of, 0, ends);
  for (i = 0; i < n; i++) CHECK(starts[ends[i]]);
  CHECK(segment_ends(&t, end_of, 0, again) == n &&
        memcmp(ends, again, n * sizeof *ends) == 0);
  for (line = 1, i = 0; line < size; line++) {
    if (data[line - 1] != '\n') continue;
    while (i < n && ends[i] < line) i++;
    CHECK(i + 1 < n && ends[i] == line);
    CHECK(end_of(&t, line) == ends[i + 1]);
  }
  free(starts);
  free(ends);
  free(again);
}

/* The grow callback of a quotation list, on malloc's heap. */
static inline int fuzz_grow_quotes(verba_quote_list *list, size_t need) {
  size_t cap = list->cap ? list->cap * 2 : 16;
  verba_quote *items;
  while (cap < need) cap *= 2;
  items = (verba_quote *)realloc(list->items, cap * sizeof *items);
  if (!items) return 1;
  list->items = items;
  list->cap = cap;
  return 0;
}

#endif
