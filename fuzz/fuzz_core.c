/* libFuzzer target for the C core: on any bytes, every stage must cover the
 * text in order without gaps or overlaps, stay in bounds and terminate.
 *   make fuzz            (clang with libFuzzer; FUZZ_SECONDS=60 by default) */
#include <stdlib.h>
#include "verba.h"

#define CHECK(c) \
  do {           \
    if (!(c)) abort(); \
  } while (0)

typedef size_t (*end_fn)(const verba_text *, size_t);

/* Segments from end_of tile the text exactly. */
static void check_tiling(const verba_text *t, end_fn end_of) {
  size_t pos = 0;
  while (pos < t->len) {
    size_t end = end_of(t, pos);
    CHECK(end > pos && end <= t->len);
    pos = end;
  }
}

static void check_tokens(const verba_text *t, unsigned flags) {
  verba_tokenizer tz;
  verba_token tok;
  size_t last = 0, covered = 0;
  verba_tokens_init(&tz, t, 0, flags);
  while (verba_tokens_next(&tz, &tok)) {
    CHECK(tok.start >= last && tok.end > tok.start && tok.end <= t->len);
    CHECK((unsigned)tok.kind < VERBA_NKINDS);
    if (flags & VERBA_TOK_SPACES) CHECK(tok.start == covered);
    covered = last = tok.end;
  }
  if (flags & VERBA_TOK_SPACES) CHECK(covered == t->len);
}

static void check_paragraphs(const verba_text *t) {
  size_t pos = 0, start, end, last = 0;
  while (verba_paragraph_next(t, &pos, &start, &end)) {
    CHECK(start >= last && end > start && end <= pos && pos <= t->len);
    last = end;
  }
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  verba_text t;
  int32_t work[64];
  size_t n, bad;
  verba_text_init(&t, (const char *)data, size);
  check_tiling(&t, verba_word_end);
  check_tiling(&t, verba_grapheme_end);
  check_tokens(&t, 0);
  check_tokens(&t, VERBA_TOK_SPACES | VERBA_TOK_SPLIT_POSSESSIVE);
  check_tokens(&t, VERBA_TOK_SPACES | VERBA_TOK_SPLIT_HYPHENS);
  check_paragraphs(&t);
  (void)verba_validate((const char *)data, size, &bad);
  (void)verba_transform(&t, VERBA_NFKC, 1, work, 64, &n);
  return 0;
}
