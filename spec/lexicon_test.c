/* C checks of the lexicon that Lua cannot make yet: a user's overlay
 * (verba_lexicon_build) with 1,000 words, cues of several words, a cue
 * that is not ASCII, forms of the user's cues, one block through the
 * caller's allocator, and every allocation failure handled.
 *   make lexicon-test      (make lexicon-test VALGRIND=valgrind) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lexicon.h"
#include "lexicon_data.h"
#include "check.h"

static uint32_t find(const verba_lexicon *lx, const char *w,
                     enum verba_lex_case c) {
  return verba_lex_find(lx, w, strlen(w), c);
}

static verba_classes classes_of(const verba_lexicon *lx, const char *w,
                                enum verba_lex_case c) {
  return verba_lex_classes(lx, find(lx, w, c));
}

/* Is the key of the record id the string k? */
static int key_is(const verba_lexicon *lx, uint32_t id, const char *k) {
  size_t n;
  const char *s = verba_lex_key(lx, id, &n);
  return s && n == strlen(k) && memcmp(s, k, n) == 0;
}

static int data_is(const verba_lexicon *lx, uint32_t id, const char *d) {
  const char *s = verba_lex_data(lx, id);
  return d ? s && strcmp(s, d) == 0 : s == NULL;
}

#define NWORDS 1000
#define CUE VERBA_LEX_CUE
#define NEEDS VERBA_LEX_CUE_NEEDS_PARTICLE

/* verba_lex_classes_names answers as verba_lex_classes and
 * verba_lex_names do, for a plain word, an inflected form, a clitic form
 * (whose stem's name classes carry), names, a name particle and none. */
static void check_classes_names(const verba_lexicon *lx) {
  static const char *const words[] = {"said", "admitted", "Paris's", "John",
                                      "van", "Paris", "she's", "zzyzx"};
  size_t i;
  int named = 0;
  for (i = 0; i < sizeof words / sizeof *words; i++) {
    uint32_t id = find(lx, words[i], words[i][0] < 'a' ? VERBA_CASE_CAPITALIZED
                                                       : VERBA_CASE_LOWER);
    verba_names names = 1;
    CHECK(verba_lex_classes_names(lx, id, &names) == verba_lex_classes(lx, id));
    CHECK(names == verba_lex_names(lx, id));
    named += names != 0;
  }
  CHECK(named >= 3); /* John, van, Paris at least */
}

static void check_builtin(void) {
  verba_lexicon lx;
  uint32_t id;
  verba_lexicon_default(&lx);
  id = find(&lx, "said", VERBA_CASE_LOWER);
  CHECK(id && !(id & VERBA_LEX_INFLECTED));
  CHECK(verba_lex_classes(&lx, id) == (CUE | VERBA_LEX_FINITE_CUE));
  id = find(&lx, "admitted", VERBA_CASE_LOWER);
  CHECK((id & VERBA_LEX_INFLECTED) && key_is(&lx, id, "admit"));
  CHECK(verba_lex_classes(&lx, id) == CUE);
  CHECK(find(&lx, "zzyzx", VERBA_CASE_LOWER) == VERBA_LEX_NONE);
  CHECK(verba_lex_classes(&lx, 0) == 0 && verba_lex_data(&lx, 0) == NULL);
  CHECK(verba_lex_classes(&lx, 0x3FFFFFFFu) == 0);
  CHECK(strcmp(verba_lex_class_name(0), "cue") == 0);
  CHECK(verba_lex_class_name(VERBA_LEX_NCLASSES) == NULL);
  check_classes_names(&lx);
  verba_lexicon_free(&lx); /* nothing to free */
}

/* The user's words: NWORDS made-up names and the cases below. */
static verba_lex_word *user_words(size_t *n, char (*names)[16]) {
  static const struct { const char *s; verba_classes c; } cases[] = {
    {"point out", CUE},            /* built-in: point needs "out" */
    {"call out", CUE},             /* built-in: call on, call alone */
    {"a d\xc3\xa9" "clar\xc3\xa9", CUE}, /* a déclaré */
    {"chirp", CUE},                /* a new cue verb: chirped, chirps */
    {"tweeted", VERBA_LEX_NAMING_WORD}, /* a form of the cue tweet */
    {"sign", CUE},                 /* built-in signs is a naming word */
    {"  New   South\tWales ", VERBA_LEX_REGION}, /* a phrase */
    {"Gov", VERBA_LEX_ABBREV_GENERAL},     /* built-in as abbrev_title */
    {"Z\xc3\xbcrich", VERBA_LEX_REGION},   /* Zürich */
    {"NASA", VERBA_LEX_NAMELIKE},
    {"quipped", CUE},              /* a form given as it is */
    {"Ruritania Trade Bureau", VERBA_LEX_NAMELIKE}, /* a phrase of three */
  };
  size_t i, k = 0, count = NWORDS + sizeof cases / sizeof *cases;
  verba_lex_word *w = calloc(count, sizeof *w);
  if (!w) exit(2);
  for (i = 0; i < NWORDS; i++, k++) {
    snprintf(names[i], 16, "Qx%04uname", (unsigned)i);
    w[k].s = names[i];
    w[k].len = strlen(names[i]);
    w[k].classes = (verba_classes)1 << (i % 20);
  }
  for (i = 0; i < sizeof cases / sizeof *cases; i++, k++) {
    w[k].s = cases[i].s;
    w[k].len = strlen(cases[i].s);
    w[k].classes = cases[i].c;
  }
  *n = count;
  return w;
}

static void check_overlay(const verba_lexicon *lx) {
  uint32_t id;
  size_t i;
  char word[16];
  /* the 1,000 words, in any case */
  for (i = 0; i < NWORDS; i++) {
    snprintf(word, sizeof word, "qX%04uNAME", (unsigned)i);
    CHECK(classes_of(lx, word, VERBA_CASE_LOWER) == (verba_classes)1 << (i % 20));
  }
  CHECK(find(lx, "qx1000name", VERBA_CASE_LOWER) == VERBA_LEX_NONE);
  /* built-in words are still there, through or past the overlay */
  CHECK(classes_of(lx, "said", VERBA_CASE_LOWER) == (CUE | VERBA_LEX_FINITE_CUE));
  id = find(lx, "arguing", VERBA_CASE_LOWER);
  CHECK((id & VERBA_LEX_INFLECTED) && key_is(lx, id, "argue"));
  id = find(lx, "she\xe2\x80\x99s", VERBA_CASE_LOWER);
  CHECK((id & VERBA_LEX_CLITIC) && key_is(lx, id, "she"));
  /* cues of several words: head + particle */
  id = find(lx, "point", VERBA_CASE_LOWER);
  CHECK(verba_lex_classes(lx, id) == (CUE | NEEDS) && data_is(lx, id, "out"));
  id = find(lx, "calls", VERBA_CASE_LOWER);
  CHECK((id & VERBA_LEX_INFLECTED) && data_is(lx, id, "on|out"));
  CHECK(!(verba_lex_classes(lx, id) & NEEDS) && (verba_lex_classes(lx, id) & CUE));
  id = find(lx, "A", VERBA_CASE_CAPITALIZED);
  CHECK((verba_lex_classes(lx, id) & (CUE | NEEDS | VERBA_LEX_ARTICLE)) ==
        (CUE | NEEDS | VERBA_LEX_ARTICLE));
  CHECK(data_is(lx, id, "d\xc3\xa9" "clar\xc3\xa9"));
  /* a user's cue inflects; a given form is found as given */
  id = find(lx, "chirped", VERBA_CASE_LOWER);
  CHECK((id & VERBA_LEX_INFLECTED) && key_is(lx, id, "chirp") &&
        verba_lex_classes(lx, id) == CUE);
  CHECK(classes_of(lx, "Chirping", VERBA_CASE_CAPITALIZED) == CUE);
  CHECK(classes_of(lx, "quipped", VERBA_CASE_LOWER) & CUE);
  /* forms with records of their own get their lemma's classes */
  id = find(lx, "tweeted", VERBA_CASE_LOWER);
  CHECK((id & VERBA_LEX_INFLECTED) && key_is(lx, id, "tweet"));
  CHECK(verba_lex_classes(lx, id) ==
        (CUE | VERBA_LEX_NOUN_CUE | VERBA_LEX_NAMING_WORD));
  id = find(lx, "signs", VERBA_CASE_LOWER);
  CHECK((id & VERBA_LEX_INFLECTED) && key_is(lx, id, "sign"));
  CHECK(verba_lex_classes(lx, id) == (CUE | VERBA_LEX_NAMING_WORD));
  CHECK(classes_of(lx, "signed", VERBA_CASE_LOWER) == CUE);
  /* a phrase, and its head */
  CHECK(classes_of(lx, "new south wales", VERBA_CASE_LOWER) == VERBA_LEX_REGION);
  CHECK(classes_of(lx, "New South\n Wales", VERBA_CASE_CAPITALIZED) == VERBA_LEX_REGION);
  CHECK(classes_of(lx, "new", VERBA_CASE_LOWER) & VERBA_LEX_PHRASE_START);
  /* a built-in word gets the user's classes besides its own, in each case */
  CHECK(classes_of(lx, "gov", VERBA_CASE_LOWER) ==
        (VERBA_LEX_NAME_TITLE | VERBA_LEX_URL_TLD | VERBA_LEX_ABBREV_GENERAL));
  CHECK(classes_of(lx, "Gov", VERBA_CASE_CAPITALIZED) ==
        (VERBA_LEX_NAME_TITLE | VERBA_LEX_URL_TLD | VERBA_LEX_ABBREV_GENERAL |
         VERBA_LEX_ABBREV_TITLE));
  /* not ASCII, any case (the gazetteers' phrases may start at Zurich) */
  CHECK((classes_of(lx, "Z\xc3\x9cRICH", VERBA_CASE_UPPER) & ~VERBA_LEX_PHRASE_START) ==
        VERBA_LEX_REGION);
  CHECK((classes_of(lx, "z\xc3\xbcrich", VERBA_CASE_LOWER) & ~VERBA_LEX_PHRASE_START) ==
        VERBA_LEX_REGION);
  CHECK(classes_of(lx, "nasa", VERBA_CASE_LOWER) == VERBA_LEX_NAMELIKE);
  /* the opening of a phrase of three words passes the filter, in any
   * case and spacing */
  CHECK(classes_of(lx, "Ruritania Trade Bureau", VERBA_CASE_CAPITALIZED) == VERBA_LEX_NAMELIKE);
  CHECK(verba_lex_may_open_phrase(lx, "RURITANIA  trade", 16));
  check_classes_names(lx);
}

/* The filter of the openings of phrases of three words or more: those of
 * the built-in lists pass, and most pairs of words do not. */
static void check_phrase_openings(void) {
  /* Bank of America, New York City, Alcalá de Henares */
  static const char *const openings[] = {"Bank of", "NEW YORK", "ALCAL\xc3\x81 de"};
  verba_lexicon lx;
  char pair[32];
  size_t i, passed = 0;
  verba_lexicon_default(&lx);
  for (i = 0; i < sizeof openings / sizeof *openings; i++)
    CHECK(verba_lex_may_open_phrase(&lx, openings[i], strlen(openings[i])));
  for (i = 0; i < 1000; i++) {
    snprintf(pair, sizeof pair, "Qx%04u Zy%04u", (unsigned)i, (unsigned)(i * 7));
    passed += (size_t)verba_lex_may_open_phrase(&lx, pair, strlen(pair));
  }
  CHECK(passed < 300);
}

int main(void) {
  char (*names)[16] = calloc(NWORDS, sizeof *names);
  verba_lex_word *words;
  verba_lexicon lx;
  test_alloc c;
  size_t n;
  long fail_at, calls;
  if (!names) return 2;
  words = user_words(&n, names);
  check_builtin();
  check_phrase_openings();

  memset(&c, 0, sizeof c);
  CHECK(verba_lexicon_build(&lx, words, n, test_alloc_fn, &c) == VERBA_OK);
  CHECK(c.live == 1); /* one block */
  check_overlay(&lx);
  verba_lexicon_free(&lx);
  CHECK(c.live == 0 && lx.user == NULL);
  calls = c.calls;

  /* every allocation failing in turn: VERBA_ENOMEM and nothing kept */
  for (fail_at = 1; fail_at <= calls; fail_at++) {
    memset(&c, 0, sizeof c);
    c.fail_at = fail_at;
    CHECK(verba_lexicon_build(&lx, words, n, test_alloc_fn, &c) == VERBA_ENOMEM);
    CHECK(c.live == 0 && lx.user == NULL);
    verba_lexicon_free(&lx);
  }

  /* the C library's allocator; no words; an empty word */
  CHECK(verba_lexicon_build(&lx, words, n, NULL, NULL) == VERBA_OK);
  check_overlay(&lx);
  verba_lexicon_free(&lx);
  CHECK(verba_lexicon_build(&lx, words, 0, NULL, NULL) == VERBA_OK && !lx.user);
  words[0].len = 0;
  CHECK(verba_lexicon_build(&lx, words, n, NULL, NULL) == VERBA_EFORM && !lx.user);
  words[0].s = " \t";
  words[0].len = 2;
  CHECK(verba_lexicon_build(&lx, words, n, NULL, NULL) == VERBA_EFORM && !lx.user);
  words[0].s = "a\0b"; /* a NUL would end the key in the pool */
  words[0].len = 3;
  CHECK(verba_lexicon_build(&lx, words, n, NULL, NULL) == VERBA_EFORM && !lx.user);

  free(words);
  free(names);
  if (failures) {
    fprintf(stderr, "lexicon_test: %d failures\n", failures);
    return 1;
  }
  printf("lexicon_test: ok (%lu user words, %ld allocation failures handled)\n",
         (unsigned long)n, calls);
  return 0;
}
