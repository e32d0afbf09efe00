/* libFuzzer target: quotations (verba_quotes_find), their speakers
 * (verba_attribute, with a user's cue verbs) and kinds
 * (verba_quotes_settle), over a document under a configuration with a
 * user's words. Quotations are in text order, on code point boundaries,
 * their parts in order, their tokens theirs; two overlap only when one
 * holds the other, which is then among its parents, no deeper than the
 * configured depth; speakers, cues and names are spans of the text, and
 * a mention has neither speaker nor cue; the same twice. */
#include "fuzz.h"

/* The quotations of doc, attributed and settled. */
static void find(const verba_doc *doc, const verba_attribution_opts *opts,
                 verba_quote_list *list) {
  memset(list, 0, sizeof *list);
  list->grow = fuzz_grow_quotes;
  CHECK(verba_quotes_find(doc, list) == VERBA_OK);
  verba_attribute(doc, list->items, list->n, opts);
  verba_quotes_settle(list->items, list->n);
}

static void check_optional_span(const unsigned char *starts, size_t len, size_t start,
                                size_t end) {
  if (start != VERBA_NONE) check_span(starts, len, start, end);
}

/* Is a among the parents of the quotation at b? */
static int holds(const verba_quote_list *l, size_t a, size_t b) {
  size_t p;
  for (p = l->items[b].parent; p != VERBA_NONE; p = l->items[p].parent)
    if (p == a) return 1;
  return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  unsigned bits = take_options(&data, &size);
  verba_text t;
  verba_config cfg;
  verba_doc doc;
  verba_quote_list list, again;
  verba_attribution_opts opts;
  verba_phrase verbs[3];
  unsigned char *starts;
  size_t i, j;
  verba_text_init(&t, (const char *)data, size);
  fuzz_config(&cfg, &t, bits);
  starts = code_point_starts(&t);
  verba_doc_init(&doc, NULL, NULL);
  CHECK(verba_doc_build(&doc, &t, &cfg) == VERBA_OK);
  /* the last words of the text as extra cue verbs */
  memset(&opts, 0, sizeof opts);
  opts.verbs = verbs;
  for (i = doc.ntoks; i > 0 && opts.nverbs < 3; i--)
    if (doc.toks[i - 1].kind == VERBA_WORD) {
      verbs[opts.nverbs].s = (const char *)t.s + doc.toks[i - 1].start;
      verbs[opts.nverbs++].len = doc.toks[i - 1].len;
    }
  find(&doc, bits & 0x10 ? &opts : NULL, &list);
  find(&doc, bits & 0x10 ? &opts : NULL, &again);
  CHECK(list.n == again.n &&
        (list.n == 0 || memcmp(list.items, again.items, list.n * sizeof *list.items) == 0));

  for (i = 0; i < list.n; i++) {
    const verba_quote *q = &list.items[i];
    size_t depth = 0, p;
    check_span(starts, size, q->start, q->end);
    CHECK(q->start < q->open_end && q->open_end <= q->close_start && q->close_start <= q->end);
    CHECK(starts[q->open_end] && starts[q->close_start]);
    CHECK(!q->unclosed || q->close_start == q->end);
    CHECK(q->para_start <= q->start && q->end <= q->para_end && q->para_end <= size);
    CHECK(q->first < q->last && q->last <= doc.ntoks && doc.toks[q->first].start == q->start);
    CHECK(doc.toks[q->last - 1].start + doc.toks[q->last - 1].len <= q->end);
    CHECK((unsigned)q->kind <= VERBA_QUOTE_MENTION);
    if (i > 0) CHECK(q->start >= list.items[i - 1].start);
    for (p = q->parent; p != VERBA_NONE; p = list.items[p].parent) {
      CHECK(p < i && list.items[p].start <= q->start && q->end <= list.items[p].end);
      depth++;
    }
    CHECK(depth < cfg.quote_depth);
    check_optional_span(starts, size, q->speaker_start, q->speaker_end);
    check_optional_span(starts, size, q->cue_start, q->cue_end);
    check_optional_span(starts, size, q->name_start, q->name_end);
    if (q->kind == VERBA_QUOTE_MENTION)
      CHECK(q->speaker_start == VERBA_NONE && q->cue_start == VERBA_NONE);
    for (j = i + 1; j < list.n && list.items[j].start < q->end; j++) CHECK(holds(&list, i, j));
  }
  free(list.items);
  free(again.items);
  verba_doc_free(&doc);
  verba_lexicon_free(&cfg.lexicon);
  free(starts);
  return 0;
}
