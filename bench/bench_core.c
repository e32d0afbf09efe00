/* Throughput and peak memory of the C core, and of ICU4C as a reference.
 *   bench_core MODE FILE     MODE: see the modes table
 * Prints one line: MODE <MB/s> <peak KB> <count>, where MB is 10^6 bytes,
 * the rate is the best of RUNS passes over the whole file (CPU time) and
 * the peak is ru_maxrss (the input buffer included). */
#define _POSIX_C_SOURCE 200809L /* clock_gettime under -std=c99 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "verba.h"

#define RUNS 3

static void die(const char *fmt, ...) {
  va_list ap;
  fputs("bench_core: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  exit(1);
}

/* Each mode makes one pass over the text and returns how many items it saw.
 * The core's results are checked for progress: a stalled loop would
 * otherwise hang the benchmark instead of failing it. */

static size_t run_words(const char *s, size_t len) {
  verba_text t;
  size_t pos = 0, n = 0;
  verba_text_init(&t, s, len);
  while (pos < len) {
    size_t end = verba_word_end(&t, pos);
    if (end <= pos || end > len)
      die("verba_word_end(%zu) returned %zu (length %zu)", pos, end, len);
    pos = end;
    n++;
  }
  return n;
}

static size_t run_tokens(const char *s, size_t len) {
  verba_text t;
  verba_tokenizer tz;
  verba_token tok;
  size_t n = 0, last = 0;
  verba_text_init(&t, s, len);
  verba_tokens_init(&tz, &t, 0, 0);
  while (verba_tokens_next(&tz, &tok)) {
    if (tok.start < last || tok.end <= tok.start || tok.end > len)
      die("token %zu is [%zu, %zu) after one ending at %zu", n, tok.start,
          tok.end, last);
    last = tok.end;
    n++;
  }
  return n;
}

static size_t run_sentences(const char *s, size_t len,
                            enum verba_sentence_mode mode) {
  verba_text t;
  verba_sentencer ss;
  size_t n = 0, last = 0, start, end;
  verba_text_init(&t, s, len);
  verba_sentences_init(&ss, &t, mode, NULL);
  while (verba_sentences_next(&ss, &start, &end)) {
    if (start < last || end <= start || end > len)
      die("sentence %zu is [%zu, %zu) after one ending at %zu", n, start, end,
          last);
    last = end;
    n++;
  }
  return n;
}

static size_t run_news_sentences(const char *s, size_t len) {
  return run_sentences(s, len, VERBA_SENTENCES_NEWS);
}

static size_t run_uax29_sentences(const char *s, size_t len) {
  return run_sentences(s, len, VERBA_SENTENCES_UAX29);
}

static int grow_quotes(verba_quote_list *list, size_t need) {
  size_t cap = list->cap ? list->cap * 2 : 64;
  verba_quote *items;
  while (cap < need) cap *= 2;
  items = realloc(list->items, cap * sizeof *items);
  if (!items) return 1;
  list->items = items;
  list->cap = cap;
  return 0;
}

/* The document model alone: tokens with their lexicon records and
 * shapes, sentences and paragraphs. Reports on stderr what its arrays
 * hold per input byte (the token array is the bulk). */
static size_t run_document(const char *s, size_t len, verba_doc *doc) {
  verba_text t;
  verba_config cfg;
  size_t bytes;
  verba_text_init(&t, s, len);
  verba_config_default(&cfg);
  if (verba_doc_build(doc, &t, &cfg) != VERBA_OK) die("out of memory for the document");
  bytes = doc->ntoks * sizeof *doc->toks + doc->nsentences * sizeof *doc->sentences +
          doc->nparagraphs * sizeof *doc->paragraphs + doc->nmarks * sizeof *doc->marks;
  fprintf(stderr, "document: %zu tokens of %zu bytes, %.2f bytes of arrays per input byte\n",
          doc->ntoks, sizeof *doc->toks, len ? (double)bytes / (double)len : 0.0);
  return doc->ntoks;
}

/* What verba.quotes does before building tables: the document, its
 * quotations, their speakers, then their kinds. */
static size_t run_quotes(const char *s, size_t len, verba_doc *doc) {
  verba_text t;
  verba_config cfg;
  verba_quote_list list;
  size_t i, n;
  verba_text_init(&t, s, len);
  verba_config_default(&cfg);
  if (verba_doc_build(doc, &t, &cfg) != VERBA_OK) die("out of memory for the document");
  memset(&list, 0, sizeof list);
  list.grow = grow_quotes;
  if (verba_quotes_find(doc, &list) != VERBA_OK) die("out of memory for quotes");
  for (i = 0; i < list.n; i++)
    if (list.items[i].end <= list.items[i].start || list.items[i].end > len ||
        (i > 0 && list.items[i].start < list.items[i - 1].start))
      die("quote %zu is [%zu, %zu)", i, list.items[i].start, list.items[i].end);
  verba_attribute(doc, list.items, list.n, NULL);
  verba_quotes_settle(list.items, list.n);
  n = list.n;
  free(list.items);
  return n;
}

/* What verba.entities does before building tables: the document, then
 * its entities (names, dates, amounts, grouped). Each mention is checked
 * to be in text order and inside the text. */
static size_t run_entities(const char *s, size_t len, verba_doc *doc) {
  verba_text t;
  verba_config cfg;
  verba_entity_list list;
  size_t i, n;
  verba_text_init(&t, s, len);
  verba_config_default(&cfg);
  verba_entity_list_init(&list);
  if (verba_doc_build(doc, &t, &cfg) != VERBA_OK) die("out of memory for the document");
  if (verba_entities_find(doc, &list) != VERBA_OK) die("out of memory for entities");
  for (i = 0; i < list.n; i++)
    if (list.items[i].end <= list.items[i].start || list.items[i].end > len ||
        (i > 0 && list.items[i].start < list.items[i - 1].end))
      die("entity %zu is [%zu, %zu)", i, list.items[i].start, list.items[i].end);
  n = list.n;
  verba_entity_list_free(&list);
  return n;
}

/* Opening the iterator is inside the pass: it is what a caller pays. */
static size_t run_icu(const char *s, size_t len) {
  UErrorCode err = U_ZERO_ERROR;
  UText *ut = utext_openUTF8(NULL, s, (int64_t)len, &err);
  UBreakIterator *bi = ubrk_open(UBRK_WORD, "en", NULL, 0, &err);
  size_t n = 0;
  ubrk_setUText(bi, ut, &err);
  if (U_FAILURE(err)) die("ICU: %s", u_errorName(err));
  while (ubrk_next(bi) != UBRK_DONE) n++;
  ubrk_close(bi);
  utext_close(ut);
  return n;
}

static const struct mode {
  const char *name;
  size_t (*run)(const char *s, size_t len);
  /* or, for the modes that build a document: one kept for every pass, its
   * arrays refilled, as the Lua binding keeps a configuration's last */
  size_t (*run_doc)(const char *s, size_t len, verba_doc *doc);
} modes[] = {
    {"words", run_words, NULL},
    {"tokens", run_tokens, NULL},
    {"icu", run_icu, NULL},
    {"sentences", run_news_sentences, NULL},
    {"sentences-uax29", run_uax29_sentences, NULL},
    {"document", NULL, run_document},
    {"quotes", NULL, run_quotes},
    {"entities", NULL, run_entities},
};

#define NMODES (sizeof modes / sizeof modes[0])

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf;
  long size;
  if (!f) die("cannot open %s", path);
  if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 ||
      fseek(f, 0, SEEK_SET) != 0)
    die("cannot size %s (not a regular file?)", path);
  buf = malloc(size > 0 ? (size_t)size : 1);
  if (!buf) die("out of memory for %ld bytes", size);
  if (fread(buf, 1, (size_t)size, f) != (size_t)size) die("cannot read %s", path);
  fclose(f);
  *len = (size_t)size;
  return buf;
}

/* The process's CPU time, as bench.lua's os.clock: on a shared machine
 * the wall clock counts the time other processes hold the CPU. */
static double seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  const struct mode *m = NULL;
  struct rusage ru;
  double best = -1;
  size_t i, len, bad, count = 0;
  char *text;
  verba_doc doc;

  for (i = 0; argc == 3 && i < NMODES; i++)
    if (strcmp(argv[1], modes[i].name) == 0) m = &modes[i];
  if (!m) {
    fputs("usage: bench_core MODE FILE\nmodes:", stderr);
    for (i = 0; i < NMODES; i++) fprintf(stderr, " %s", modes[i].name);
    fputc('\n', stderr);
    return 2;
  }

  text = read_file(argv[2], &len);
  if (verba_validate(text, len, &bad) != VERBA_OK)
    die("%s: malformed UTF-8 at byte %zu", argv[2], bad);

  verba_doc_init(&doc, NULL, NULL);
  for (i = 0; i < RUNS; i++) {
    double t0 = seconds(), dt;
    size_t n = m->run ? m->run(text, len) : m->run_doc(text, len, &doc);
    dt = seconds() - t0;
    if (i > 0 && n != count) die("pass %zu counted %zu, not %zu", i, n, count);
    count = n;
    if (best < 0 || dt < best) best = dt;
  }

  getrusage(RUSAGE_SELF, &ru);
  printf("%s %.1f %ld %zu\n", m->name, best > 0 ? (double)len / 1e6 / best : 0.0,
         ru.ru_maxrss, count);
  verba_doc_free(&doc);
  free(text);
  return 0;
}
