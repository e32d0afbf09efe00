/* Normalisation and case folding through utf8proc, reading code points from
 * stage 1 so malformed bytes become U+FFFD instead of failing. */
#include <utf8proc.h>
#include "verba.h"

static utf8proc_option_t form_options(enum verba_form form) {
  switch (form) {
    case VERBA_NFC: return UTF8PROC_COMPOSE;
    case VERBA_NFD: return UTF8PROC_DECOMPOSE;
    case VERBA_NFKC: return UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
    case VERBA_NFKD: return UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT;
    default: return 0;
  }
}

int verba_transform(const verba_text *t, enum verba_form form, int casefold,
                    int32_t *work, size_t cap, size_t *n) {
  utf8proc_option_t opt = form_options(form) | UTF8PROC_STABLE;
  utf8proc_ssize_t len;
  size_t pos = 0, used = 0;
  int boundclass = UTF8PROC_BOUNDCLASS_START;
  if ((unsigned)form > VERBA_NFKD) return VERBA_EFORM;
  if (casefold) opt |= UTF8PROC_CASEFOLD;
  while (pos < t->len) {
    int32_t cp;
    utf8proc_ssize_t k;
    pos += verba_decode(t, pos, &cp);
    k = utf8proc_decompose_char(cp, used < cap ? work + used : NULL,
                                used < cap ? (utf8proc_ssize_t)(cap - used) : 0,
                                opt, &boundclass);
    if (k < 0) return VERBA_ENOMEM;
    used += (size_t)k;
  }
  /* UTF-8 takes at most 4 bytes per code point, so it fits in place. */
  if (used > cap) {
    *n = used;
    return VERBA_ESPACE;
  }
  len = utf8proc_reencode(work, (utf8proc_ssize_t)used, opt);
  if (len < 0) return VERBA_ENOMEM;
  *n = (size_t)len;
  return VERBA_OK;
}
