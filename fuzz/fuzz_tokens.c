/* libFuzzer target: news tokens (verba_tokens_next) with every flag
 * combination. Tokens are in order, apart, on code point boundaries and
 * of a known kind; with VERBA_TOK_SPACES they tile the text, and the
 * others are the tokens without it; a space token is white space alone;
 * the same twice. */
#include "fuzz.h"

#define ALL_FLAGS (VERBA_TOK_SPACES | VERBA_TOK_SPLIT_POSSESSIVE | VERBA_TOK_SPLIT_HYPHENS)

/* The tokens of t under flags into toks (room for t->len of them). */
static size_t tokens_of(const verba_text *t, unsigned flags, verba_token *toks) {
  verba_tokenizer tz;
  size_t n = 0;
  verba_tokens_init(&tz, t, 0, flags);
  while (n <= t->len && verba_tokens_next(&tz, &toks[n])) n++;
  CHECK(n <= t->len);
  return n;
}

/* Field by field: verba_token has padding, which memcmp would read. */
static int same_token(const verba_token *a, const verba_token *b) {
  return a->start == b->start && a->end == b->end && a->kind == b->kind;
}

static int same_tokens(const verba_token *a, const verba_token *b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (!same_token(&a[i], &b[i])) return 0;
  return 1;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  verba_text t;
  unsigned char *starts;
  verba_token *toks, *again, *spaced;
  unsigned flags;
  verba_text_init(&t, (const char *)data, size);
  starts = code_point_starts(&t);
  toks = (verba_token *)malloc((size + 1) * sizeof *toks);
  again = (verba_token *)malloc((size + 1) * sizeof *again);
  spaced = (verba_token *)malloc((size + 1) * sizeof *spaced);
  CHECK(toks && again && spaced);
  for (flags = 0; flags <= ALL_FLAGS; flags++) {
    size_t n = tokens_of(&t, flags, toks), i, last = 0, m, k;
    for (i = 0; i < n; i++) {
      const verba_token *tok = &toks[i];
      check_span(starts, size, tok->start, tok->end);
      CHECK(tok->start >= last && (unsigned)tok->kind < VERBA_NKINDS);
      if (flags & VERBA_TOK_SPACES) CHECK(tok->start == last);
      CHECK((tok->kind == VERBA_SPACE) == ((flags & VERBA_TOK_SPACES) &&
                                           all_space(&t, tok->start, tok->end)));
      last = tok->end;
    }
    if (flags & VERBA_TOK_SPACES) {
      CHECK(last == size);
      continue;
    }
    CHECK(tokens_of(&t, flags, again) == n && same_tokens(toks, again, n));
    /* the same tokens with the spaces between them given too */
    m = tokens_of(&t, flags | VERBA_TOK_SPACES, spaced);
    for (i = 0, k = 0; k < m; k++) {
      if (spaced[k].kind == VERBA_SPACE) continue;
      CHECK(i < n && same_token(&spaced[k], &toks[i]));
      i++;
    }
    CHECK(i == n);
  }
  free(starts);
  free(toks);
  free(again);
  free(spaced);
  return 0;
}
