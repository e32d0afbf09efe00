/* Speed of verba_lex_find over the word tokens of a text.
 *   lexicon_bench FILE      (make lexicon-bench CORPUS=FILE)
 * Tokenizes FILE with verba's tokenizer, then looks every word token up
 * as written (its case read from its ASCII letters), best of RUNS passes.
 * Prints ns per word, the words with a record, and how they were found. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime under -std=c99 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "verba.h"

#define RUNS 15

typedef struct word {
  size_t start;
  uint32_t len;
  enum verba_lex_case wcase;
} word;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *s;
  long n;
  if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0) return NULL;
  rewind(f);
  s = malloc((size_t)n + 1);
  if (!s || fread(s, 1, (size_t)n, f) != (size_t)n) return NULL;
  fclose(f);
  *len = (size_t)n;
  return s;
}

static enum verba_lex_case case_of(const char *s, size_t n) {
  size_t i, upper = 0, lower = 0;
  for (i = 0; i < n; i++) {
    upper += s[i] >= 'A' && s[i] <= 'Z';
    lower += s[i] >= 'a' && s[i] <= 'z';
  }
  if (upper >= 2 && !lower) return VERBA_CASE_UPPER;
  return s[0] >= 'A' && s[0] <= 'Z' ? VERBA_CASE_CAPITALIZED : VERBA_CASE_LOWER;
}

int main(int argc, char **argv) {
  size_t len, n = 0, cap = 1 << 20, i, found = 0, inflected = 0, clitic = 0;
  char *s;
  word *words = malloc(cap * sizeof *words);
  verba_text t;
  verba_tokenizer tz;
  verba_token tok;
  verba_lexicon lx;
  double best = 1e30, sink = 0;
  int run;
  if (argc != 2 || !(s = slurp(argv[1], &len)) || !words) {
    fprintf(stderr, "usage: lexicon_bench FILE\n");
    return 1;
  }
  verba_text_init(&t, s, len);
  verba_tokens_init(&tz, &t, 0, 0);
  while (verba_tokens_next(&tz, &tok)) {
    if (tok.kind != VERBA_WORD) continue;
    if (n == cap && !(words = realloc(words, (cap *= 2) * sizeof *words))) return 1;
    words[n].start = tok.start;
    words[n].len = (uint32_t)(tok.end - tok.start);
    words[n].wcase = case_of(s + tok.start, tok.end - tok.start);
    n++;
  }
  verba_lexicon_default(&lx);
  for (run = 0; run < RUNS; run++) {
    double t0 = now(), elapsed;
    uint32_t sum = 0;
    for (i = 0; i < n; i++)
      sum += verba_lex_find(&lx, s + words[i].start, words[i].len, words[i].wcase);
    elapsed = now() - t0;
    sink += sum;
    if (elapsed < best) best = elapsed;
  }
  for (i = 0; i < n; i++) {
    uint32_t id = verba_lex_find(&lx, s + words[i].start, words[i].len, words[i].wcase);
    found += id != VERBA_LEX_NONE;
    inflected += (id & VERBA_LEX_INFLECTED) != 0;
    clitic += (id & VERBA_LEX_CLITIC) != 0;
  }
  printf("verba_lex_find: %.1f ns/word over %lu words (%.1f%% found: %lu inflected, "
         "%lu clitic)%s\n",
         best * 1e9 / (double)n, (unsigned long)n, 100.0 * (double)found / (double)n,
         (unsigned long)inflected, (unsigned long)clitic, sink < 0 ? "" : "");
  free(words);
  free(s);
  return 0;
}
