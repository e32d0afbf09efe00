/* C checks of the document model that Lua cannot make: one document
 * reused over many texts and over lexicons. It remembers the words it
 * looked up from build to build while the lexicon stays the same; each
 * token must still get the record a fresh document gives it, and a
 * change of lexicon (another overlay, or one freed and built again,
 * perhaps at the same address) must not leave it a stale record.
 *   make document-test      (make document-test VALGRIND=valgrind) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "verba.h"
#include "lexicon_data.h"
#include "check.h"

/* The index of the first token of doc whose bytes are word, or ntoks. */
static size_t token_of(const verba_doc *doc, const char *word) {
  size_t k, len = strlen(word);
  for (k = 0; k < doc->ntoks; k++)
    if (doc->toks[k].len == len && memcmp(doc->text.s + doc->toks[k].start, word, len) == 0)
      return k;
  return doc->ntoks;
}

/* The classes doc's first token written word has (0 if none is). */
static verba_classes classes_of(const verba_doc *doc, const char *word) {
  size_t k = token_of(doc, word);
  CHECK(k < doc->ntoks);
  return k < doc->ntoks ? verba_doc_classes(doc, k) : 0;
}

/* Does doc's list of marks hold its quotation-mark tokens, and only them,
 * in text order (a document built again lists its own)? */
static int marks_listed(const verba_doc *doc) {
  size_t k, m = 0;
  for (k = 0; k < doc->ntoks; k++)
    if (doc->toks[k].shape & VERBA_SHAPE_QUOTE_MARK) {
      if (m >= doc->nmarks || doc->marks[m] != k) return 0;
      m++;
    }
  return m == doc->nmarks;
}

/* An allocator that hands out its blocks one after the other from one
 * buffer, from its start again once all are freed: a lexicon freed and
 * built again of words of the same lengths lands at the same address. */
typedef struct arena {
  unsigned char *buf;
  size_t cap, used;
  long live;
} arena;

static void *arena_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  arena *a = (arena *)ud;
  void *p = NULL;
  size_t size = (nsize + 15) & ~(size_t)15;
  if (nsize > 0 && size <= a->cap - a->used) {
    p = a->buf + a->used;
    a->used += size;
    a->live++;
    if (ptr) memcpy(p, ptr, osize < nsize ? osize : nsize);
  }
  if (ptr && (nsize == 0 || p) && --a->live == 0) a->used = 0;
  return p;
}

/* A lexicon of the built-in words and one of the user's, with classes,
 * from the allocator alloc. */
static void build_lexicon(verba_config *cfg, const char *word, verba_classes classes,
                          verba_alloc_fn alloc, void *ud) {
  verba_lex_word w;
  w.s = word;
  w.len = strlen(word);
  w.classes = classes;
  w.names = 0;
  verba_config_default(cfg);
  CHECK(verba_lexicon_build(&cfg->lexicon, &w, 1, alloc, ud) == VERBA_OK);
}

/* The i-th text of a stream: news-like sentences whose words repeat
 * across texts and some that are new in each (numbered), of a length
 * that grows with i, so that the table of recent words grows between
 * builds; one word is longer than the table keeps. */
static size_t stream_text(char *buf, size_t cap, unsigned i) {
  static const char *const sentences[] = {
    "The minister said on Tuesday that talks would resume. ",
    "\"We are ready,\" Ann Lee told reporters in Brussels. ",
    "Shares of Acme Corp. rose 4 per cent to $12.50 as HE'S and he's differ. ",
    "Internationalisationswise, the counterrevolutionaries demurred. ",
  };
  size_t n = 0, r;
  unsigned j;
  for (r = 0; r < 20 + (size_t)i * 40; r++) {
    char word[64];
    int w = snprintf(word, sizeof word, "Word%uX%lu said Mr. Pleb%lu. ", i,
                     (unsigned long)r, (unsigned long)(r % 97));
    const char *s = sentences[(r + i) % 4];
    size_t len = strlen(s);
    if (w < 0 || n + len + (size_t)w >= cap) break;
    memcpy(buf + n, s, len);
    n += len;
    memcpy(buf + n, word, (size_t)w);
    n += (size_t)w;
  }
  for (j = 0; j < i % 3 && n + 1 < cap; j++) buf[n++] = '\n';
  return n;
}

int main(void) {
  static const char TEXT[] = "Ann blorped the plan. \"No,\" she blorped.";
  verba_config plain, cue, other;
  verba_lexicon first;
  verba_doc doc, fresh;
  arena place;
  verba_text t;
  test_alloc c;
  size_t cap = 200000, k;
  char *buf = malloc(cap);
  unsigned i;
  int all_same = 1;

  place.cap = (size_t)1 << 22;
  place.used = 0;
  place.live = 0;
  place.buf = malloc(place.cap);
  CHECK(buf != NULL && place.buf != NULL);
  if (!buf || !place.buf) return 1;
  verba_config_default(&plain);
  build_lexicon(&cue, "blorp", VERBA_LEX_CUE, NULL, NULL);
  verba_text_init(&t, TEXT, strlen(TEXT));

  /* the same document under one lexicon, another, and the first again */
  memset(&c, 0, sizeof c);
  verba_doc_init(&doc, test_alloc_fn, &c);
  CHECK(verba_doc_build(&doc, &t, &plain) == VERBA_OK);
  CHECK(!(classes_of(&doc, "blorped") & VERBA_LEX_CUE));
  CHECK(doc.nmarks == 2 && marks_listed(&doc));
  CHECK(verba_doc_build(&doc, &t, &cue) == VERBA_OK);
  CHECK(classes_of(&doc, "blorped") & VERBA_LEX_CUE);
  CHECK(verba_doc_build(&doc, &t, &plain) == VERBA_OK);
  CHECK(!(classes_of(&doc, "blorped") & VERBA_LEX_CUE));

  /* an overlay freed and another built in its place: the document built
   * under the first sees the second's words, not the first's, also when
   * the second's storage has the first's address and size */
  CHECK(verba_doc_build(&doc, &t, &cue) == VERBA_OK);
  verba_lexicon_free(&cue.lexicon);
  build_lexicon(&cue, "blorped", VERBA_LEX_PRONOUN, NULL, NULL);
  CHECK(verba_doc_build(&doc, &t, &cue) == VERBA_OK);
  CHECK(classes_of(&doc, "blorped") & VERBA_LEX_PRONOUN);
  CHECK(!(classes_of(&doc, "blorped") & VERBA_LEX_CUE));
  verba_lexicon_free(&cue.lexicon);
  build_lexicon(&cue, "blorped", VERBA_LEX_PRONOUN, arena_alloc, &place);
  CHECK(verba_doc_build(&doc, &t, &cue) == VERBA_OK);
  memcpy(&first, &cue.lexicon, sizeof first);
  verba_lexicon_free(&cue.lexicon);
  CHECK(place.live == 0);
  build_lexicon(&cue, "glorped", VERBA_LEX_NAME_TITLE, arena_alloc, &place);
  /* what this check is for: the same storage, another word (its record
   * where the first word's was) */
  CHECK(cue.lexicon.user == first.user && cue.lexicon.user_mem == first.user_mem &&
        cue.lexicon.user_mem_size == first.user_mem_size);
  CHECK(verba_doc_build(&doc, &t, &cue) == VERBA_OK);
  CHECK(!(classes_of(&doc, "blorped") & (VERBA_LEX_NAME_TITLE | VERBA_LEX_PRONOUN)));
  verba_lexicon_free(&cue.lexicon);
  build_lexicon(&other, "blorp", VERBA_LEX_CUE, NULL, NULL);
  CHECK(verba_doc_build(&doc, &t, &other) == VERBA_OK);
  CHECK(classes_of(&doc, "blorped") & VERBA_LEX_CUE);
  CHECK(!(classes_of(&doc, "blorped") & VERBA_LEX_PRONOUN));

  /* a stream of texts into one document, its table growing as it goes:
   * every token's record is the one a fresh document finds */
  for (i = 0; i < 60; i++) {
    const verba_config *cfg = i == 19 || i == 39 ? &other : &plain;
    size_t n = stream_text(buf, cap, i);
    verba_text_init(&t, buf, n);
    verba_doc_init(&fresh, NULL, NULL);
    CHECK(verba_doc_build(&doc, &t, cfg) == VERBA_OK);
    CHECK(verba_doc_build(&fresh, &t, cfg) == VERBA_OK);
    CHECK(doc.ntoks == fresh.ntoks && doc.ntoks > 0);
    CHECK(doc.nmarks > 0 && marks_listed(&doc) && marks_listed(&fresh));
    for (k = 0; k < doc.ntoks && k < fresh.ntoks; k++)
      if (doc.toks[k].entry != fresh.toks[k].entry ||
          doc.toks[k].start != fresh.toks[k].start)
        all_same = 0;
    verba_doc_free(&fresh);
  }
  CHECK(all_same);
  /* the texts since the last change of lexicon fill the largest table */
  CHECK(doc.recent_seen > 512 * 1024);
  verba_doc_free(&doc);
  CHECK(c.live == 0);

  verba_lexicon_free(&other.lexicon);
  free(place.buf);
  free(buf);
  if (failures) {
    fprintf(stderr, "document_test: %d failures\n", failures);
    return 1;
  }
  printf("document_test: ok\n");
  return 0;
}
