/* Texts past 2^31 and 2^32 bytes (issue 12, defect 8: no offset or count
 * narrowed to 32 bits). A text of 4 GiB + 8 MiB is one small file of
 * filler mapped again and again (copy on write), so it costs a few
 * megabytes of memory, not gigabytes; a few snippets of news are written
 * over it at chosen offsets, one across 2^31 and one across 2^32. Every
 * stage must give on the whole what it gives on each snippet alone,
 * shifted: tokens, sentences, paragraphs, the document and the
 * quotations with their speakers. A second text of the same size is one
 * word of 4 GiB + 8 MiB letters, which the document cuts into tokens of
 * at most UINT32_MAX bytes.
 *   make large-test */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>
#include <unistd.h>
#include "verba.h"
#include "check.h"

/* Prints the CPU seconds since the last call, after what. */
static void lap(clock_t *last, const char *what) {
  clock_t now = clock();
  printf("  %-36s %6.1f s\n", what, (double)(now - *last) / CLOCKS_PER_SEC);
  *last = now;
}

/* HIGH_BIT=22 makes a small text of the same shape, to debug with. */
#ifndef HIGH_BIT
#define HIGH_BIT 32
#endif
#define CHUNK ((size_t)1 << 20)
#define TWO_31 ((size_t)1 << (HIGH_BIT - 1))
#define TWO_32 ((size_t)1 << HIGH_BIT)
#define TOTAL (TWO_32 + 8 * CHUNK)

/* A text of TOTAL bytes of fill, writable (each write copies one page). */
static unsigned char *map_filler(char fill) {
  char path[] = "/tmp/verba-large-XXXXXX";
  unsigned char *base, *chunk;
  size_t off;
  int fd = mkstemp(path);
  if (fd < 0) return NULL;
  unlink(path);
  chunk = malloc(CHUNK);
  if (!chunk) return NULL;
  memset(chunk, fill, CHUNK);
  if (write(fd, chunk, CHUNK) != (ssize_t)CHUNK) return NULL;
  free(chunk);
  base = mmap(NULL, TOTAL, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (base == MAP_FAILED) return NULL;
  for (off = 0; off < TOTAL; off += CHUNK)
    if (mmap(base + off, CHUNK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd,
             0) == MAP_FAILED)
      return NULL;
  close(fd);
  return base;
}

/* ---- what a stage gives, as arrays of spans ---- */

typedef struct span {
  size_t a, b, c; /* start, end, and what else the stage gives (a kind) */
} span;

typedef struct spans {
  span *items;
  size_t n, cap;
} spans;

static void add(spans *l, size_t a, size_t b, size_t c) {
  if (l->n == l->cap) {
    l->cap = l->cap ? 2 * l->cap : 64;
    l->items = realloc(l->items, l->cap * sizeof *l->items);
    if (!l->items) abort();
  }
  l->items[l->n].a = a;
  l->items[l->n].b = b;
  l->items[l->n].c = c;
  l->n++;
}

static void tokens_of(const verba_text *t, unsigned flags, size_t shift, spans *out) {
  verba_tokenizer tz;
  verba_token tok;
  verba_tokens_init(&tz, t, 0, flags);
  while (verba_tokens_next(&tz, &tok)) add(out, tok.start + shift, tok.end + shift, tok.kind);
}

static void sentences_of(const verba_text *t, size_t shift, spans *out) {
  verba_sentencer ss;
  size_t start, end;
  verba_sentences_init(&ss, t, VERBA_SENTENCES_NEWS, NULL);
  while (verba_sentences_next(&ss, &start, &end)) add(out, start + shift, end + shift, 0);
}

static void paragraphs_of(const verba_text *t, size_t shift, spans *out) {
  size_t pos = 0, start, end;
  while (verba_paragraph_next(t, VERBA_PARAGRAPHS_BLANK, &pos, &start, &end))
    add(out, start + shift, end + shift, 0);
}

static int grow(verba_quote_list *list, size_t need) {
  size_t cap = list->cap ? list->cap * 2 : 16;
  verba_quote *items;
  while (cap < need) cap *= 2;
  items = realloc(list->items, cap * sizeof *items);
  if (!items) return VERBA_ENOMEM;
  list->items = items;
  list->cap = cap;
  return VERBA_OK;
}

static size_t shifted(size_t pos, size_t shift) {
  return pos == VERBA_NONE ? pos : pos + shift;
}

/* The document's tokens (start, length, kind and record; the shape
 * without the line break before the first one, which only the whole text
 * has), its sentences and paragraphs (bytes, tokens, parent) and its
 * quotations (every span, kind, parent, tokens and speaker), with byte
 * offsets shifted by shift and token, sentence and quotation indices by
 * base. */
typedef struct doc_items {
  spans toks, sentences, paragraphs, quotes;
  size_t ntoks, nsentences, nparagraphs, nquotes;
} doc_items;

static void doc_of(const verba_text *t, size_t shift, doc_items *out) {
  verba_config cfg;
  verba_doc doc;
  verba_quote_list list = {NULL, 0, 0, grow, NULL};
  size_t i, tb = out->ntoks, sb = out->nsentences, pb = out->nparagraphs;
  size_t qb = out->nquotes;
  verba_config_default(&cfg);
  verba_doc_init(&doc, NULL, NULL);
  CHECK(verba_doc_build(&doc, t, &cfg) == VERBA_OK);
  for (i = 0; i < doc.ntoks; i++) {
    const verba_tok *k = &doc.toks[i];
    add(&out->toks, k->start + shift, k->len, k->kind);
    add(&out->toks, k->entry, k->sentence + sb,
        k->shape & ~(unsigned)(VERBA_SHAPE_NEWLINE | VERBA_SHAPE_SPACED));
  }
  for (i = 0; i < doc.nsentences; i++) {
    const verba_unit *u = &doc.sentences[i];
    add(&out->sentences, u->start + shift, u->end + shift, u->parent + pb);
    add(&out->sentences, u->first + tb, u->last + tb, 0);
  }
  for (i = 0; i < doc.nparagraphs; i++) {
    const verba_unit *u = &doc.paragraphs[i];
    add(&out->paragraphs, u->start + shift, u->end + shift, 0);
    add(&out->paragraphs, u->first + tb, u->last + tb, 0);
  }
  CHECK(verba_quotes_find(&doc, &list) == VERBA_OK);
  verba_attribute(&doc, list.items, list.n, NULL);
  verba_quotes_settle(list.items, list.n);
  for (i = 0; i < list.n; i++) {
    const verba_quote *q = &list.items[i];
    add(&out->quotes, q->start + shift, q->end + shift, q->kind);
    add(&out->quotes, q->open_end + shift, q->close_start + shift,
        q->parent == VERBA_NONE ? VERBA_NONE : q->parent + qb);
    add(&out->quotes, q->para_start + shift, q->para_end + shift, (size_t)q->unclosed);
    add(&out->quotes, q->first + tb, q->last + tb, q->words);
    add(&out->quotes, shifted(q->speaker_start, shift), shifted(q->speaker_end, shift), 0);
    add(&out->quotes, shifted(q->cue_start, shift), shifted(q->cue_end, shift), 0);
    add(&out->quotes, shifted(q->name_start, shift), shifted(q->name_end, shift), 0);
  }
  out->ntoks += doc.ntoks;
  out->nsentences += doc.nsentences;
  out->nparagraphs += doc.nparagraphs;
  out->nquotes += list.n;
  free(list.items);
  verba_doc_free(&doc);
}

static int same(const spans *x, const spans *y) {
  return x->n == y->n && (x->n == 0 ||
                          memcmp(x->items, y->items, x->n * sizeof *x->items) == 0);
}

static void release(spans *l) {
  free(l->items);
  memset(l, 0, sizeof *l);
}

/* ---- the texts ---- */

typedef struct snippet {
  size_t at;
  const char *s;
} snippet;

/* Each opens and closes with a paragraph break, so that the filler's
 * spaces around it change nothing. Hu's "said" spans 2^31 and "Lee" 2^32. */
static const snippet snippets[] = {
  {0, "Start here, with the U.S. envoy.\n\n"},
  {1000, "\n\nZ\xc3\xbcrich\xe2\x80\x99s mayor spoke at 5 p.m. today.\n\n"},
  {TWO_31 - 37, "\n\nRoe said the plan would work. Hu said: \xe2\x80\x9cWe will go.\xe2\x80\x9d\n\n"},
  {TWO_32 - 22, "\n\n\xe2\x80\x9cStop it now,\xe2\x80\x9d Lee said. Talks resume on 2019-03-05.\n\n"},
  {TOTAL - 64, "\n\n\xe2\x80\x9c" "Fine,\xe2\x80\x9d Mr. Smith told reporters.\n\n"},
};
#define NSNIPPETS (sizeof snippets / sizeof *snippets)

/* The offset in the whole text of what in snippet i. */
static size_t speaker_at(size_t i, const char *what) {
  return snippets[i].at + (size_t)(strstr(snippets[i].s, what) - snippets[i].s);
}

static void check_snippets(void) {
  unsigned char *base = map_filler(' ');
  verba_text whole, piece;
  spans got = {0}, want = {0};
  doc_items dgot, dwant;
  size_t i, bad;
  unsigned flags;
  clock_t clk = clock();
  CHECK(base != NULL);
  if (!base) return;
  for (i = 0; i < NSNIPPETS; i++)
    memcpy(base + snippets[i].at, snippets[i].s, strlen(snippets[i].s));
  CHECK(speaker_at(2, "said:") == TWO_31 - 2);
  verba_text_init(&whole, (const char *)base, TOTAL);
  CHECK(verba_validate((const char *)base, TOTAL, &bad) == VERBA_OK);
  /* a bad byte past 2^32 is named by its offset */
  base[TWO_32 + 100] = 0xFF;
  CHECK(verba_validate((const char *)base, TOTAL, &bad) == VERBA_EUTF8 &&
        bad == TWO_32 + 100);
  base[TWO_32 + 100] = ' ';
  lap(&clk, "validate (twice)");

  /* no flags, and both splits (SPACES covers the filler: not comparable) */
  for (flags = 0; flags <= (VERBA_TOK_SPLIT_POSSESSIVE | VERBA_TOK_SPLIT_HYPHENS);
       flags += VERBA_TOK_SPLIT_POSSESSIVE | VERBA_TOK_SPLIT_HYPHENS) {
    tokens_of(&whole, flags, 0, &got);
    for (i = 0; i < NSNIPPETS; i++) {
      verba_text_init(&piece, snippets[i].s, strlen(snippets[i].s));
      tokens_of(&piece, flags, snippets[i].at, &want);
    }
    CHECK(same(&got, &want));
    CHECK(got.n > 20 && got.items[got.n - 1].b > TWO_32);
    release(&got);
    release(&want);
    lap(&clk, "tokens");
  }

  sentences_of(&whole, 0, &got);
  paragraphs_of(&whole, 0, &got);
  for (i = 0; i < NSNIPPETS; i++) {
    verba_text_init(&piece, snippets[i].s, strlen(snippets[i].s));
    sentences_of(&piece, snippets[i].at, &want);
  }
  for (i = 0; i < NSNIPPETS; i++) {
    verba_text_init(&piece, snippets[i].s, strlen(snippets[i].s));
    paragraphs_of(&piece, snippets[i].at, &want);
  }
  CHECK(same(&got, &want));
  CHECK(got.n == 7 + 5); /* sentences, paragraphs */
  release(&got);
  release(&want);
  lap(&clk, "sentences and paragraphs");

  memset(&dgot, 0, sizeof dgot);
  memset(&dwant, 0, sizeof dwant);
  doc_of(&whole, 0, &dgot);
  for (i = 0; i < NSNIPPETS; i++) {
    verba_text_init(&piece, snippets[i].s, strlen(snippets[i].s));
    doc_of(&piece, snippets[i].at, &dwant);
  }
  lap(&clk, "document and quotations");
  CHECK(same(&dgot.toks, &dwant.toks));
  CHECK(same(&dgot.sentences, &dwant.sentences));
  CHECK(same(&dgot.paragraphs, &dwant.paragraphs));
  CHECK(same(&dgot.quotes, &dwant.quotes));
  /* the three quotations and their speakers: Hu, Lee, Mr. Smith */
  CHECK(dgot.nquotes == 3);
  if (dgot.quotes.n == 3 * 7) {
    CHECK(dgot.quotes.items[4].a == speaker_at(2, "Hu said"));
    CHECK(dgot.quotes.items[7 + 4].a == speaker_at(3, "Lee") &&
          dgot.quotes.items[7 + 4].a == TWO_32 - 1);
    CHECK(dgot.quotes.items[14 + 4].a == speaker_at(4, "Mr. Smith"));
  }
  release(&dgot.toks);
  release(&dgot.sentences);
  release(&dgot.paragraphs);
  release(&dgot.quotes);
  release(&dwant.toks);
  release(&dwant.sentences);
  release(&dwant.paragraphs);
  release(&dwant.quotes);
  munmap(base, TOTAL);
}

/* One token of TOTAL bytes, fill bytes of kind (a word of letters, a
 * run of hyphens): one token, one sentence, one paragraph; the document
 * cuts it into tokens of UINT32_MAX bytes and the rest. */
static void check_one_token(char fill, enum verba_kind kind) {
  unsigned char *base = map_filler(fill);
  verba_text t;
  verba_tokenizer tz;
  verba_token tok;
  verba_sentencer ss;
  verba_config cfg;
  verba_doc doc;
  size_t start, end, pos = 0;
  clock_t clk = clock();
  CHECK(base != NULL);
  if (!base) return;
  verba_text_init(&t, (const char *)base, TOTAL);
  verba_tokens_init(&tz, &t, 0, 0);
  CHECK(verba_tokens_next(&tz, &tok) && tok.start == 0 && tok.end == TOTAL &&
        tok.kind == kind);
  CHECK(!verba_tokens_next(&tz, &tok));
  lap(&clk, "one token: tokens");
  verba_sentences_init(&ss, &t, VERBA_SENTENCES_NEWS, NULL);
  CHECK(verba_sentences_next(&ss, &start, &end) && start == 0 && end == TOTAL);
  CHECK(!verba_sentences_next(&ss, &start, &end));
  CHECK(verba_paragraph_next(&t, VERBA_PARAGRAPHS_BLANK, &pos, &start, &end) &&
        start == 0 && end == TOTAL);
  lap(&clk, "one token: sentences, paragraphs");
  verba_config_default(&cfg);
  verba_doc_init(&doc, NULL, NULL);
  CHECK(verba_doc_build(&doc, &t, &cfg) == VERBA_OK);
  if (TOTAL > UINT32_MAX) {
    CHECK(doc.ntoks == 2 && doc.nsentences == 1 && doc.nparagraphs == 1);
    CHECK(doc.toks[0].start == 0 && doc.toks[0].len == UINT32_MAX);
    CHECK(doc.toks[1].start == UINT32_MAX && doc.toks[1].len == TOTAL - UINT32_MAX);
    CHECK(doc.toks[0].kind == kind && doc.toks[1].kind == kind);
    CHECK(doc.sentences[0].first == 0 && doc.sentences[0].last == 2 &&
          doc.sentences[0].end == TOTAL);
  }
  lap(&clk, "one token: document");
  verba_doc_free(&doc);
  munmap(base, TOTAL);
}

int main(void) {
  check_snippets();
  check_one_token('a', VERBA_WORD);
  check_one_token('-', VERBA_PUNCT);
  if (failures) {
    fprintf(stderr, "large_test: %d failures\n", failures);
    return 1;
  }
  printf("large_test: ok (texts of %zu bytes)\n", TOTAL);
  return 0;
}
