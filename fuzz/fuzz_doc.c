/* libFuzzer target: the document (verba_doc_build) under a configuration
 * with a user's words and either paragraph rule. Its tokens are those of
 * the tokenizer, in order, apart and on code point boundaries; sentences
 * and paragraphs cover the tokens in order, each a run of them with the
 * bytes from its first token's start to its last token's end, sentences
 * nested in paragraphs; every token's sentence index and start and end
 * shape bits agree with them; the paragraphs are verba_paragraph_next's;
 * building again (the arrays reused) or afresh gives the same. */
#include "fuzz.h"

static size_t tok_end(const verba_tok *k) { return k->start + k->len; }

/* units cover the tokens [0, ntoks) in order, each over its tokens. */
static void check_units(const verba_doc *doc, const verba_unit *units, size_t n) {
  size_t i, next = 0;
  for (i = 0; i < n; i++) {
    const verba_unit *u = &units[i];
    CHECK(u->first == next && u->first < u->last && u->last <= doc->ntoks);
    CHECK(u->start == doc->toks[u->first].start && u->end == tok_end(&doc->toks[u->last - 1]));
    next = u->last;
  }
  CHECK(next == doc->ntoks);
}

static void same_doc(const verba_doc *a, const verba_doc *b) {
  CHECK(a->ntoks == b->ntoks && a->nsentences == b->nsentences &&
        a->nparagraphs == b->nparagraphs);
  CHECK(a->ntoks == 0 || memcmp(a->toks, b->toks, a->ntoks * sizeof *a->toks) == 0);
  CHECK(a->nsentences == 0 ||
        memcmp(a->sentences, b->sentences, a->nsentences * sizeof *a->sentences) == 0);
  CHECK(a->nparagraphs == 0 ||
        memcmp(a->paragraphs, b->paragraphs, a->nparagraphs * sizeof *a->paragraphs) == 0);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  unsigned bits = take_options(&data, &size);
  verba_text t;
  verba_config cfg;
  verba_doc doc, fresh;
  verba_tokenizer tz;
  verba_token tok;
  unsigned char *starts;
  size_t i, k, pos = 0, start, end;
  verba_text_init(&t, (const char *)data, size);
  fuzz_config(&cfg, &t, bits);
  starts = code_point_starts(&t);
  verba_doc_init(&doc, NULL, NULL);
  verba_doc_init(&fresh, NULL, NULL);
  CHECK(verba_doc_build(&doc, &t, &cfg) == VERBA_OK);

  /* the tokenizer's tokens */
  verba_tokens_init(&tz, &t, 0, 0);
  for (k = 0; verba_tokens_next(&tz, &tok); k++) {
    CHECK(k < doc.ntoks && doc.toks[k].start == tok.start &&
          tok_end(&doc.toks[k]) == tok.end && doc.toks[k].kind == tok.kind);
    check_span(starts, size, tok.start, tok.end);
  }
  CHECK(k == doc.ntoks);

  check_units(&doc, doc.sentences, doc.nsentences);
  check_units(&doc, doc.paragraphs, doc.nparagraphs);
  for (i = 0; i < doc.nsentences; i++) {
    const verba_unit *s = &doc.sentences[i], *p;
    CHECK(s->parent < doc.nparagraphs);
    CHECK(i == 0 || s->parent >= doc.sentences[i - 1].parent);
    p = &doc.paragraphs[s->parent];
    CHECK(p->first <= s->first && s->last <= p->last);
    for (k = s->first; k < s->last; k++) {
      unsigned shape = doc.toks[k].shape;
      CHECK(doc.toks[k].sentence == i);
      CHECK(!(shape & VERBA_SHAPE_SENTENCE_START) == (k != s->first));
      CHECK(!(shape & VERBA_SHAPE_SENTENCE_END) == (k != s->last - 1));
      CHECK(!(shape & VERBA_SHAPE_PARAGRAPH_START) == (k != p->first));
    }
  }
  for (i = 0; i < doc.nparagraphs; i++) {
    CHECK(verba_paragraph_next(&t, cfg.paragraphs, &pos, &start, &end));
    CHECK(start == doc.paragraphs[i].start && end == doc.paragraphs[i].end);
  }
  CHECK(!verba_paragraph_next(&t, cfg.paragraphs, &pos, &start, &end));

  CHECK(verba_doc_build(&fresh, &t, &cfg) == VERBA_OK);
  same_doc(&doc, &fresh);
  CHECK(verba_doc_build(&doc, &t, &cfg) == VERBA_OK);
  same_doc(&doc, &fresh);
  verba_doc_free(&doc);
  verba_doc_free(&fresh);
  verba_lexicon_free(&cfg.lexicon);
  free(starts);
  return 0;
}
