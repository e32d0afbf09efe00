/* libFuzzer target: paragraphs (verba_paragraph_next) under both rules.
 * They are in order, apart, trimmed, on code point boundaries, with
 * nothing but white space between them, and each break between two is
 * one verba_paragraph_break calls a break; the same twice. */
#include "fuzz.h"

/* The paragraphs of t, as start, end pairs in out; how many. */
static size_t paragraphs_of(const verba_text *t, enum verba_paragraph_mode mode,
                            size_t *out) {
  size_t pos = 0, n = 0, last = 0;
  while (verba_paragraph_next(t, mode, &pos, &out[2 * n], &out[2 * n + 1])) {
    CHECK(pos >= out[2 * n + 1] && pos <= t->len && pos > last);
    last = pos;
    n++;
  }
  CHECK(pos == t->len);
  return n;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  verba_text t;
  unsigned char *starts;
  size_t *got, *again;
  int mode;
  verba_text_init(&t, (const char *)data, size);
  starts = code_point_starts(&t);
  got = (size_t *)malloc((size + 1) * 2 * sizeof *got);
  again = (size_t *)malloc((size + 1) * 2 * sizeof *again);
  CHECK(got && again);
  for (mode = VERBA_PARAGRAPHS_BLANK; mode <= VERBA_PARAGRAPHS_LINE; mode++) {
    size_t n = paragraphs_of(&t, (enum verba_paragraph_mode)mode, got), i, last = 0;
    CHECK(paragraphs_of(&t, (enum verba_paragraph_mode)mode, again) == n &&
          memcmp(got, again, 2 * n * sizeof *got) == 0);
    for (i = 0; i < n; i++) {
      size_t start = got[2 * i], end = got[2 * i + 1];
      int32_t first_cp, last_cp;
      check_span(starts, size, start, end);
      CHECK(start >= last && all_space(&t, last, start));
      verba_decode(&t, start, &first_cp);
      verba_decode_back(&t, end, &last_cp);
      CHECK(!verba_is_space(first_cp) && !verba_is_space(last_cp));
      if (i > 0) CHECK(verba_paragraph_break(&t, last, start, (enum verba_paragraph_mode)mode));
      last = end;
    }
    CHECK(all_space(&t, last, size));
  }
  free(starts);
  free(got);
  free(again);
  return 0;
}
