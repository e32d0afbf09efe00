/* libFuzzer target: sentences (verba_sentences_next) in both modes, under
 * a configuration with a user's abbreviations and either paragraph rule
 * (the input's first byte). UAX #29 segments tile the text. News
 * sentences are in order, apart, trimmed, on code point boundaries, each
 * inside one paragraph (verba_paragraph_next under the same rule), with
 * nothing but white space between them (the one white space of every
 * stage); the same twice. */
#include "fuzz.h"

typedef struct span {
  size_t start, end;
} span;

static size_t sentences_of(const verba_text *t, enum verba_sentence_mode mode,
                           const verba_config *cfg, span *out) {
  verba_sentencer ss;
  size_t n = 0;
  verba_sentences_init(&ss, t, mode, cfg);
  while (n <= t->len && verba_sentences_next(&ss, &out[n].start, &out[n].end)) n++;
  CHECK(n <= t->len);
  return n;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  unsigned bits = take_options(&data, &size);
  verba_text t;
  verba_config cfg;
  unsigned char *starts;
  span *got, *again, para;
  size_t n, i, last = 0, pos = 0;
  int more;
  verba_text_init(&t, (const char *)data, size);
  fuzz_config(&cfg, &t, bits);
  starts = code_point_starts(&t);
  got = (span *)malloc((size + 1) * sizeof *got);
  again = (span *)malloc((size + 1) * sizeof *again);
  CHECK(got && again);

  n = sentences_of(&t, VERBA_SENTENCES_UAX29, &cfg, got);
  for (i = 0; i < n; i++) {
    check_span(starts, size, got[i].start, got[i].end);
    CHECK(got[i].start == last);
    last = got[i].end;
  }
  CHECK(last == size);

  n = sentences_of(&t, VERBA_SENTENCES_NEWS, &cfg, got);
  CHECK(sentences_of(&t, VERBA_SENTENCES_NEWS, &cfg, again) == n &&
        memcmp(got, again, n * sizeof *got) == 0);
  more = verba_paragraph_next(&t, cfg.paragraphs, &pos, &para.start, &para.end);
  for (i = 0, last = 0; i < n; i++) {
    int32_t first_cp, last_cp;
    check_span(starts, size, got[i].start, got[i].end);
    CHECK(got[i].start >= last && all_space(&t, last, got[i].start));
    verba_decode(&t, got[i].start, &first_cp);
    verba_decode_back(&t, got[i].end, &last_cp);
    CHECK(!verba_is_space(first_cp) && !verba_is_space(last_cp));
    while (more && para.end <= got[i].start)
      more = verba_paragraph_next(&t, cfg.paragraphs, &pos, &para.start, &para.end);
    CHECK(more && para.start <= got[i].start && got[i].end <= para.end);
    last = got[i].end;
  }
  CHECK(all_space(&t, last, size));
  verba_lexicon_free(&cfg.lexicon);
  free(starts);
  free(got);
  free(again);
  return 0;
}
