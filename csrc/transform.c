/* Normalisation and case folding through utf8proc (UAX #15). Code points
 * come from stage 1, so malformed bytes become U+FFFD instead of failing.
 * utf8proc decomposes (and case-folds) each one; the whole text is then
 * put in canonical order here, since utf8proc_decompose_char sees one
 * character at a time, and utf8proc_reencode composes and encodes it. */
#include <string.h>
#include <utf8proc.h>
#include "verba.h"

/* Room for the decomposition of one character: 18 code points at most in
 * Unicode 15 (U+FDFA, NFKD); a longer one is read from work directly. */
#define ONE_CHAR 32

/* Runs of non-starters up to this long are sorted in place; a longer one
 * (only a contrived text has one) goes through scratch space, so that a
 * text made of marks is still ordered in linear time. */
#define SHORT_RUN 32

static utf8proc_option_t form_options(enum verba_form form) {
  switch (form) {
    case VERBA_NFC: return UTF8PROC_COMPOSE;
    case VERBA_NFD: return UTF8PROC_DECOMPOSE;
    case VERBA_NFKC: return UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
    case VERBA_NFKD: return UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT;
    default: return 0;
  }
}

static int combining_class(int32_t cp) {
  return utf8proc_get_property(cp)->combining_class;
}

/* Stable sorts of a run of non-starters by combining class: insertion
 * for a short run, counting through scratch (n code points) for a long
 * one. */
static void insertion_sort(int32_t *run, size_t n) {
  size_t i;
  for (i = 1; i < n; i++) {
    int32_t cp = run[i];
    int cc = combining_class(cp);
    size_t j = i;
    for (; j > 0 && combining_class(run[j - 1]) > cc; j--)
      run[j] = run[j - 1];
    run[j] = cp;
  }
}

static void counting_sort(int32_t *run, size_t n, int32_t *scratch) {
  size_t i, start[257] = {0}; /* where each class goes, one past */
  for (i = 0; i < n; i++) start[combining_class(run[i]) + 1]++;
  for (i = 1; i < 257; i++) start[i] += start[i - 1];
  for (i = 0; i < n; i++) scratch[start[combining_class(run[i])]++] = run[i];
  memcpy(run, scratch, n * sizeof *run);
}

/* The Canonical Ordering Algorithm (Unicode D109) over the whole text. */
static void canonical_order(int32_t *cps, size_t n, int32_t *scratch) {
  size_t i = 0;
  while (i < n) {
    size_t end = i;
    while (end < n && combining_class(cps[end]) != 0) end++;
    if (end - i > SHORT_RUN) counting_sort(cps + i, end - i, scratch);
    else if (end - i > 1) insertion_sort(cps + i, end - i);
    i = end + 1;
  }
}

/* work holds the decomposed text and after it, when the text has a long
 * run of non-starters, scratch space as long as that run (else room for
 * a terminating NUL): the capacity asked for on VERBA_ESPACE counts
 * both. */
int verba_transform(const verba_text *t, enum verba_form form, int casefold,
                    int32_t *work, size_t cap, size_t *n) {
  utf8proc_option_t opt = form_options(form) | UTF8PROC_STABLE;
  utf8proc_ssize_t len;
  size_t pos = 0, used = 0, run = 0, longest = 0, scratch;
  int boundclass = UTF8PROC_BOUNDCLASS_START;
  int ordered = form != VERBA_FORM_NONE; /* case folding alone keeps order */
  if ((unsigned)form > VERBA_NFKD) return VERBA_EFORM;
  if (casefold) opt |= UTF8PROC_CASEFOLD;
  while (pos < t->len) {
    int32_t cp, one[ONE_CHAR];
    const int32_t *out = one;
    utf8proc_ssize_t k, i;
    pos += verba_decode(t, pos, &cp);
    if (cp < 0x80) { /* ASCII: a starter that maps at most to lower case */
      if (used < cap) work[used] = casefold && cp >= 'A' && cp <= 'Z'
                                       ? cp + ('a' - 'A') : cp;
      used++;
      run = 0;
      continue;
    }
    k = utf8proc_decompose_char(cp, one, ONE_CHAR, opt, &boundclass);
    if (k < 0) return VERBA_ENOMEM;
    if (k > ONE_CHAR) {
      out = used + (size_t)k <= cap ? work + used : NULL;
      if (out) utf8proc_decompose_char(cp, work + used, k, opt, &boundclass);
    }
    for (i = 0; i < k; i++) {
      /* unseen code points count as non-starters: more scratch is safe */
      if (ordered) {
        run = out && combining_class(out[i]) == 0 ? 0 : run + 1;
        if (run > longest) longest = run;
      }
      if (out == one && used + (size_t)i < cap) work[used + (size_t)i] = one[i];
    }
    used += (size_t)k;
  }
  /* UTF-8 takes at most 4 bytes per code point, so it fits in place, but
   * utf8proc_reencode ends it with a NUL: one more code point of room
   * (shared with the scratch space, used before). */
  scratch = longest > SHORT_RUN ? longest : 1;
  if (used + scratch > cap) {
    *n = used + scratch;
    return VERBA_ESPACE;
  }
  if (longest > 1) canonical_order(work, used, work + used);
  len = utf8proc_reencode(work, (utf8proc_ssize_t)used, opt);
  if (len < 0) return VERBA_ENOMEM;
  *n = (size_t)len;
  return VERBA_OK;
}
