/* Allocation failure in the C core (issue 12): every entry point that
 * allocates is run with an allocator that fails its 1st call, then its
 * 2nd, ... until the run makes fewer calls than that. Each run must
 * return VERBA_ENOMEM (or, where a failure is absorbed, the same result
 * as a run without failures), never abort, and leave no block allocated
 * once freed. The stages that do not allocate (tokens, sentences,
 * paragraphs, attribution, transform) run inside these or on their own.
 *   make alloc-test       (VALGRIND=valgrind for memcheck) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "verba.h"
#include "lexicon_data.h"
#include "check.h"

/* FNV-1a over what a run found, to compare runs. */
typedef unsigned long long digest;

static digest mix(digest h, size_t v) {
  size_t i;
  for (i = 0; i < sizeof v; i++) {
    h ^= (v >> (8 * i)) & 0xFF;
    h *= 1099511628211ull;
  }
  return h;
}

static digest mix_bytes(digest h, const char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) h = mix(h, (unsigned char)s[i]);
  return h;
}

/* One entry point: runs it with the allocator a, frees what it made and
 * returns its code, with *d the digest of its result on VERBA_OK. */
typedef int (*entry)(test_alloc *a, const void *ctx, digest *d);

/* Runs fn test_alloc each allocation in turn; how many failures it met. */
static long drive(const char *name, entry fn, const void *ctx) {
  test_alloc a;
  digest want = 0, got;
  long n, met = 0, absorbed = 0;
  int rc;
  memset(&a, 0, sizeof a);
  rc = fn(&a, ctx, &want);
  CHECK(rc == VERBA_OK && a.live == 0);
  for (n = 1;; n++) {
    memset(&a, 0, sizeof a);
    a.fail_at = n;
    got = 0;
    rc = fn(&a, ctx, &got);
    if (a.live != 0 || (rc != VERBA_OK && rc != VERBA_ENOMEM))
      fprintf(stderr, "%s: allocation %ld failed: rc %d, %ld blocks left\n", name, n,
              rc, a.live);
    CHECK(a.live == 0);
    CHECK(rc == VERBA_OK || rc == VERBA_ENOMEM);
    if (rc == VERBA_OK) CHECK(got == want);
    if (a.calls < n) break; /* the failure was never reached */
    if (rc == VERBA_OK) absorbed++;
    else met++;
  }
  printf("  %-34s %4ld allocations failed in turn: %ld reported, %ld absorbed\n", name,
         n - 1, met, absorbed);
  return met;
}

/* ---- the entry points ---- */

typedef struct doc_case {
  const verba_text *t;
  const verba_config *cfg;
  const verba_attribution_opts *attr;
} doc_case;

static digest doc_digest(const verba_doc *doc) {
  digest h = 14695981039346656037ull;
  size_t i;
  h = mix(mix(mix(h, doc->ntoks), doc->nsentences), doc->nparagraphs);
  for (i = 0; i < doc->ntoks; i++)
    h = mix(mix(mix(h, doc->toks[i].start), doc->toks[i].entry), doc->toks[i].shape);
  for (i = 0; i < doc->nsentences; i++)
    h = mix(mix(mix(h, doc->sentences[i].start), doc->sentences[i].last),
            doc->sentences[i].parent);
  for (i = 0; i < doc->nparagraphs; i++)
    h = mix(mix(h, doc->paragraphs[i].end), doc->paragraphs[i].first);
  return h;
}

/* verba_doc_build, twice on one document (the second reuses its arrays). */
static int run_doc(test_alloc *a, const void *ctx, digest *d) {
  const doc_case *c = (const doc_case *)ctx;
  verba_doc doc;
  int rc;
  verba_doc_init(&doc, test_alloc_fn, a);
  rc = verba_doc_build(&doc, c->t, c->cfg);
  if (rc == VERBA_OK) rc = verba_doc_build(&doc, c->t, c->cfg);
  if (rc == VERBA_OK) *d = doc_digest(&doc);
  else CHECK(doc.ntoks == 0 && doc.nsentences == 0 && doc.nparagraphs == 0);
  verba_doc_free(&doc);
  return rc;
}

/* A quotation list growing through the test_alloc allocator. */
static int grow(verba_quote_list *list, size_t need) {
  size_t cap = list->cap ? list->cap * 2 : 4;
  void *items;
  while (cap < need) cap *= 2;
  items = test_alloc_fn(list->ctx, list->items, list->cap * sizeof *list->items,
                        cap * sizeof *list->items);
  if (!items) return 1;
  list->items = (verba_quote *)items;
  list->cap = cap;
  return 0;
}

/* The document, its quotations, their speakers and kinds. */
static int run_quotes(test_alloc *a, const void *ctx, digest *d) {
  const doc_case *c = (const doc_case *)ctx;
  verba_doc doc;
  verba_quote_list list = {NULL, 0, 0, grow, NULL};
  size_t i;
  int rc;
  list.ctx = a;
  verba_doc_init(&doc, test_alloc_fn, a);
  rc = verba_doc_build(&doc, c->t, c->cfg);
  if (rc == VERBA_OK) rc = verba_quotes_find(&doc, &list);
  if (rc == VERBA_OK) {
    digest h = doc_digest(&doc);
    verba_attribute(&doc, list.items, list.n, c->attr);
    verba_quotes_settle(list.items, list.n);
    for (i = 0; i < list.n; i++) {
      const verba_quote *q = &list.items[i];
      h = mix(mix(mix(mix(h, q->start), q->end), q->parent), (size_t)q->kind);
      h = mix(mix(mix(h, q->speaker_start), q->cue_end), q->name_start);
    }
    *d = mix(h, list.n);
  }
  test_alloc_fn(a, list.items, list.cap * sizeof *list.items, 0);
  verba_doc_free(&doc);
  return rc;
}

typedef struct lexicon_case {
  const verba_lex_word *words;
  size_t n;
} lexicon_case;

/* verba_lexicon_build, then lookups of every word. */
static int run_lexicon(test_alloc *a, const void *ctx, digest *d) {
  const lexicon_case *c = (const lexicon_case *)ctx;
  verba_lexicon lx;
  size_t i;
  int rc;
  verba_lexicon_default(&lx);
  rc = verba_lexicon_build(&lx, c->words, c->n, test_alloc_fn, a);
  if (rc == VERBA_OK) {
    digest h = 14695981039346656037ull;
    for (i = 0; i < c->n; i++) {
      uint32_t id = verba_lex_find(&lx, c->words[i].s, c->words[i].len, VERBA_CASE_LOWER);
      h = mix(mix(h, id), (size_t)verba_lex_classes(&lx, id));
    }
    *d = h;
  } else {
    CHECK(lx.user == NULL);
  }
  verba_lexicon_free(&lx);
  return rc;
}

typedef struct html_case {
  const char *s;
  size_t len;
  const verba_html_opts *opts; /* NULL: verba_html_decode */
} html_case;

static digest html_digest(const verba_html *h) {
  digest x = mix_bytes(14695981039346656037ull, h->text, h->text ? h->len : 0);
  size_t i;
  x = mix(mix(x, h->len), h->nruns);
  for (i = 0; i < h->nruns; i++)
    x = mix(mix(mix(x, h->runs[i].text), h->runs[i].src), h->runs[i].span);
  return x;
}

/* verba_html_decode or verba_html_text, twice on one verba_html, then the
 * map alone (verba_html_drop_text may fail to shrink: it keeps the block). */
static int run_html(test_alloc *a, const void *ctx, digest *d) {
  const html_case *c = (const html_case *)ctx;
  verba_html h;
  int rc, pass;
  verba_html_init(&h, test_alloc_fn, a);
  for (pass = 0, rc = VERBA_OK; pass < 2 && rc == VERBA_OK; pass++)
    rc = c->opts ? verba_html_text(&h, c->s, c->len, c->opts)
                 : verba_html_decode(&h, c->s, c->len, VERBA_HTML_REPLACE);
  if (rc == VERBA_OK) {
    digest x = html_digest(&h);
    size_t i, sum = 0;
    verba_html_drop_text(&h);
    for (i = 0; i < h.len; i++) sum += verba_html_source(&h, i);
    *d = mix(x, sum);
  } else {
    CHECK(h.len == 0 && h.nruns == 0);
  }
  verba_html_free(&h);
  return rc;
}

/* ---- inputs ---- */

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *s = NULL;
  long n;
  if (!f) return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
      (s = malloc((size_t)n + 1)) != NULL) {
    *len = fread(s, 1, (size_t)n, f);
  }
  fclose(f);
  return s;
}

/* Written for this test: quotations of several styles, nested and open,
 * a user's cue verb and abbreviation, a caption, a list. */
static const char news[] =
    "\xe2\x80\x9cWe will appeal,\xe2\x80\x9d said Maria Lopez, the firm\xe2\x80\x99s lawyer. "
    "\xe2\x80\x9cThe ruling is wrong.\xe2\x80\x9d\n\n"
    "Lopez added that regulators \xe2\x80\x9clack a basic understanding\xe2\x80\x9d of it. "
    "Hu quipped: \"It was 'fine' and 'good', they said.\" Regt. Roe left.\n\n"
    "\xc2\xab Nous partons \xc2\xbb, a d\xc3\xa9" "clar\xc3\xa9 le ministre.\n\n"
    "1. Fund the U.S. office.\n2. Hire staff.\n\n"
    "\xe2\x80\x9cIt goes on\n\nand on,\xe2\x80\x9d she whispered to reporters.";

/* Repeated, this makes every array grow past its first size: more
 * tokens than the first guess (a token every 2 bytes), more than 256
 * sentences, paragraphs and quotations, nested quotations. */
static const char unit[] = "\xe2\x80\x9c" "A 'b' c,\xe2\x80\x9d Hu said. D e.\n\n";
#define UNITS 400

static const char page[] =
    "<!doctype html><html><head><title>A &amp; B</title><style>p{}</style></head>"
    "<body><nav>Menu &copy</nav><p>&ldquo;We will appeal,&rdquo; said Maria Lopez.</p>"
    "<p>Caf&eacute; &#8217;90s &#x2019; &notin; &amp<br>line<!-- note --></p>"
    "<script>var a = '<p>';</script><ul><li>one<li>two</ul><pre>  kept  </pre></body>";

int main(void) {
  verba_text t;
  verba_config cfg, user_cfg;
  verba_phrase verbs[] = {{"whispered", 9}, {"point out", 9}};
  verba_attribution_opts attr;
  verba_lex_word words[] = {
      {"whisper", 7, VERBA_LEX_CUE, 0},
      {"point out", 9, VERBA_LEX_CUE, 0},
      {"a d\xc3\xa9" "clar\xc3\xa9", 11, VERBA_LEX_CUE, 0},
      {"Regt", 4, VERBA_LEX_ABBREV_GENERAL, 0},
      {"Z\xc3\xbcrich Hafen", 13, 0, VERBA_NAME_PLACE},
  };
  lexicon_case lexicon = {words, sizeof words / sizeof *words};
  verba_phrase skip[] = {{"nav", 3}};
  verba_html_opts text_opts = {VERBA_HTML_TITLE | VERBA_HTML_REPLACE, skip, 1};
  html_case decode = {page, sizeof page - 1, NULL}, text = {page, sizeof page - 1, &text_opts};
  doc_case plain, article, with_user, dense;
  verba_text dense_text;
  char *repeated = malloc(UNITS * (sizeof unit - 1));
  size_t article_len = 0;
  char *article_text = read_file("examples/wikinews/korea.txt", &article_len);
  test_alloc a;
  long met = 0;

  CHECK(article_text != NULL && repeated != NULL);
  if (!article_text || !repeated) return 1;
  {
    size_t i;
    for (i = 0; i < UNITS; i++) memcpy(repeated + i * (sizeof unit - 1), unit, sizeof unit - 1);
    verba_text_init(&dense_text, repeated, UNITS * (sizeof unit - 1));
  }
  verba_config_default(&cfg);
  memset(&a, 0, sizeof a);
  user_cfg = cfg;
  CHECK(verba_lexicon_build(&user_cfg.lexicon, words, lexicon.n, test_alloc_fn, &a) ==
        VERBA_OK);
  attr.verbs = verbs;
  attr.nverbs = 2;
  attr.entities = NULL;
  attr.nentities = 0;

  verba_text_init(&t, news, sizeof news - 1);
  plain.t = &t;
  plain.cfg = &cfg;
  plain.attr = NULL;
  with_user = plain;
  with_user.cfg = &user_cfg;
  with_user.attr = &attr;
  dense = plain;
  dense.t = &dense_text;
  article.cfg = &cfg;
  article.attr = NULL;
  {
    verba_text at;
    verba_text_init(&at, article_text, article_len);
    article.t = &at;
    printf("alloc_test: every allocation failed in turn\n");
    met += drive("document: written text", run_doc, &plain);
    met += drive("document: a Wikinews article", run_doc, &article);
    met += drive("document: a user's words", run_doc, &with_user);
    met += drive("document: arrays that grow", run_doc, &dense);
    met += drive("quotations: written text", run_quotes, &plain);
    met += drive("quotations: a Wikinews article", run_quotes, &article);
    met += drive("quotations: user's words and verbs", run_quotes, &with_user);
    met += drive("quotations: lists that grow", run_quotes, &dense);
  }
  met += drive("lexicon: a user's words", run_lexicon, &lexicon);
  met += drive("HTML: references", run_html, &decode);
  met += drive("HTML: page text and map", run_html, &text);
  verba_lexicon_free(&user_cfg.lexicon);
  CHECK(a.live == 0);
  free(article_text);
  free(repeated);
  if (failures) {
    fprintf(stderr, "alloc_test: %d failures\n", failures);
    return 1;
  }
  printf("alloc_test: ok (%ld allocation failures reported as VERBA_ENOMEM)\n", met);
  return 0;
}
