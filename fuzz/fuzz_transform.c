/* libFuzzer target: normalisation and case folding (verba_transform),
 * every form with and without folding. The result is valid UTF-8 and
 * the same twice; asking with too little room gives VERBA_ESPACE and the
 * room that suffices. NFC, NFD, NFKC, NFKD and folding are idempotent;
 * the canonical forms agree (NFD of NFC is NFD, NFC of NFD is NFC) and
 * the compatibility forms too. */
#include "fuzz.h"

/* The transform of s[0, len) as a malloc'd string of *n bytes. */
static char *transformed(const char *s, size_t len, enum verba_form form, int casefold,
                         size_t *n) {
  verba_text t;
  int32_t small[8];
  int32_t *work;
  size_t need = 0;
  int rc;
  verba_text_init(&t, s, len);
  rc = verba_transform(&t, form, casefold, small, 8, &need);
  if (rc == VERBA_OK) {
    char *out = (char *)malloc(need + 1);
    CHECK(out != NULL);
    memcpy(out, small, need);
    *n = need;
    return out;
  }
  CHECK(rc == VERBA_ESPACE && need > 8);
  work = (int32_t *)malloc(need * sizeof *work);
  CHECK(work != NULL);
  CHECK(verba_transform(&t, form, casefold, work, need, n) == VERBA_OK);
  return (char *)work; /* the UTF-8 bytes are at its start */
}

static int same_bytes(const char *a, size_t na, const char *b, size_t nb) {
  return na == nb && memcmp(a, b, na) == 0;
}

/* f(f(s)) is f(s), where fs = f(s). */
static void check_idempotent(const char *fs, size_t n, enum verba_form form, int casefold) {
  size_t m;
  char *again = transformed(fs, n, form, casefold, &m);
  CHECK(same_bytes(fs, n, again, m));
  free(again);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  const char *s = (const char *)data;
  char *out[VERBA_NFKD + 1][2];
  size_t n[VERBA_NFKD + 1][2], bad, m;
  int form, fold;
  for (form = VERBA_FORM_NONE; form <= VERBA_NFKD; form++)
    for (fold = 0; fold <= 1; fold++) {
      char *again;
      out[form][fold] = transformed(s, size, (enum verba_form)form, fold, &n[form][fold]);
      CHECK(verba_validate(out[form][fold], n[form][fold], &bad) == VERBA_OK);
      again = transformed(s, size, (enum verba_form)form, fold, &m);
      CHECK(same_bytes(out[form][fold], n[form][fold], again, m));
      free(again);
      if (form != VERBA_FORM_NONE || fold)
        check_idempotent(out[form][fold], n[form][fold], (enum verba_form)form, fold);
    }
  /* the canonical forms agree, and the compatibility forms */
  {
    size_t k;
    char *x = transformed(out[VERBA_NFC][0], n[VERBA_NFC][0], VERBA_NFD, 0, &k);
    CHECK(same_bytes(x, k, out[VERBA_NFD][0], n[VERBA_NFD][0]));
    free(x);
    x = transformed(out[VERBA_NFD][0], n[VERBA_NFD][0], VERBA_NFC, 0, &k);
    CHECK(same_bytes(x, k, out[VERBA_NFC][0], n[VERBA_NFC][0]));
    free(x);
    x = transformed(out[VERBA_NFKC][0], n[VERBA_NFKC][0], VERBA_NFKD, 0, &k);
    CHECK(same_bytes(x, k, out[VERBA_NFKD][0], n[VERBA_NFKD][0]));
    free(x);
  }
  for (form = VERBA_FORM_NONE; form <= VERBA_NFKD; form++)
    for (fold = 0; fold <= 1; fold++) free(out[form][fold]);
  return 0;
}
