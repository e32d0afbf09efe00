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

static void check_sentences(const verba_text *t) {
  verba_sentencer ss;
  size_t start, end, last = 0;
  verba_sentences_init(&ss, t, VERBA_SENTENCES_UAX29, NULL);
  while (verba_sentences_next(&ss, &start, &end)) { /* tiles the text */
    CHECK(start == last && end > start && end <= t->len);
    last = end;
  }
  CHECK(last == t->len);
  last = 0;
  verba_sentences_init(&ss, t, VERBA_SENTENCES_NEWS, NULL);
  while (verba_sentences_next(&ss, &start, &end)) {
    CHECK(start >= last && end > start && end <= t->len);
    last = end;
  }
}

static int grow(verba_quote_list *list, size_t need) {
  size_t cap = list->cap ? list->cap * 2 : 16;
  verba_quote *items;
  while (cap < need) cap *= 2;
  items = (verba_quote *)realloc(list->items, cap * sizeof *items);
  if (!items) return VERBA_ENOMEM;
  list->items = items;
  list->cap = cap;
  return VERBA_OK;
}

/* Quotations are in bounds, in text order, inside their parents, and their
 * attribution points into the text. */
static void check_quotes(const verba_text *t) {
  verba_quote_list list = {NULL, 0, 0, grow, NULL};
  size_t i;
  CHECK(verba_quotes_find(t, &list) == VERBA_OK);
  verba_attribute(t, list.items, list.n, NULL);
  verba_quotes_settle(list.items, list.n);
  for (i = 0; i < list.n; i++) {
    const verba_quote *q = &list.items[i];
    CHECK(q->start < q->end && q->end <= t->len);
    CHECK(q->start <= q->open_end && q->open_end <= q->close_start &&
          q->close_start <= q->end);
    if (i > 0) CHECK(q->start >= list.items[i - 1].start);
    if (q->parent != VERBA_NONE) {
      const verba_quote *p = &list.items[q->parent];
      CHECK(q->parent < i && p->start <= q->start && q->end <= p->end);
    }
    if (q->speaker_start != VERBA_NONE)
      CHECK(q->speaker_start < q->speaker_end && q->speaker_end <= t->len);
    if (q->cue_start != VERBA_NONE)
      CHECK(q->cue_start < q->cue_end && q->cue_end <= t->len);
  }
  free(list.items);
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
  check_sentences(&t);
  check_quotes(&t);
  (void)verba_validate((const char *)data, size, &bad);
  (void)verba_transform(&t, VERBA_NFKC, 1, work, 64, &n);
  return 0;
}
