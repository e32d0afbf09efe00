/* Stage 1: bytes -> code points. Strict UTF-8 (RFC 3629): no overlongs, no
 * surrogates, nothing above U+10FFFF. A byte that does not start a
 * well-formed sequence is one U+FFFD of length 1, so offsets stay intact. */
#include "verba.h"
#include "swar.h"

void verba_text_init(verba_text *t, const char *s, size_t len) {
  t->s = (const unsigned char *)s;
  t->len = len;
}

/* Length of the well-formed sequence at s[0..avail), or 0 if malformed.
 * The second-byte ranges are those of Table 3-7 of the Unicode Standard. */
static size_t sequence_length(const unsigned char *s, size_t avail,
                              int32_t *cp) {
  unsigned char c = s[0], lo = 0x80, hi = 0xBF;
  size_t n, i;
  int32_t v;
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if (c < 0xC2) return 0;
  if (c < 0xE0) {
    n = 2;
    v = c & 0x1F;
  } else if (c < 0xF0) {
    n = 3;
    v = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c < 0xF5) {
    n = 4;
    v = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (avail < n || s[1] < lo || s[1] > hi) return 0;
  v = (v << 6) | (s[1] & 0x3F);
  for (i = 2; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (s[i] & 0x3F);
  }
  *cp = v;
  return n;
}

size_t verba_decode(const verba_text *t, size_t pos, int32_t *cp) {
  size_t n;
  if (t->s[pos] < 0x80) { /* most of the text: no call, no branches */
    *cp = t->s[pos];
    return 1;
  }
  n = sequence_length(t->s + pos, t->len - pos, cp);
  if (n == 0) {
    *cp = VERBA_REPLACEMENT;
    n = 1;
  }
  return n;
}

size_t verba_decode_back(const verba_text *t, size_t pos, int32_t *cp) {
  /* A sequence is at most 4 bytes: try the longest candidate start first
   * that decodes to a sequence ending exactly at pos. */
  size_t k;
  for (k = pos < 4 ? pos : 4; k > 1; k--) {
    const unsigned char *p = t->s + pos - k;
    if ((*p & 0xC0) != 0x80 && sequence_length(p, k, cp) == k) return k;
  }
  return verba_decode(t, pos - 1, cp);
}

int32_t verba_cp_at(const verba_text *t, size_t pos) {
  int32_t cp = -1;
  if (pos < t->len) verba_decode(t, pos, &cp);
  return cp;
}

int32_t verba_cp_before(const verba_text *t, size_t pos) {
  int32_t cp = -1;
  if (pos > 0) verba_decode_back(t, pos, &cp);
  return cp;
}

int verba_validate(const char *s, size_t len, size_t *bad) {
  const unsigned char *u = (const unsigned char *)s;
  size_t pos = 0;
  int32_t cp;
  while (pos < len) {
    size_t n;
    if (u[pos] < 0x80) {
      /* runs of ASCII, most of a text, 32 bytes at a time with SSE2 (the
       * high bits of two loads or'ed), then 8 */
#if VERBA_SSE2
      while (len - pos >= 32 &&
             !_mm_movemask_epi8(_mm_or_si128(
                 _mm_loadu_si128((const __m128i *)(const void *)(u + pos)),
                 _mm_loadu_si128((const __m128i *)(const void *)(u + pos + 16)))))
        pos += 32;
#endif
      while (len - pos >= 8 && !(verba_load8(u + pos) & VERBA_HIGH_BITS)) pos += 8;
      if (pos < len && u[pos] < 0x80) pos++;
      continue;
    }
    n = sequence_length(u + pos, len - pos, &cp);
    if (n == 0) {
      *bad = pos;
      return VERBA_EUTF8;
    }
    pos += n;
  }
  return VERBA_OK;
}

const char *verba_errmsg(int code) {
  switch (code) {
    case VERBA_OK: return "no error";
    case VERBA_EUTF8: return "invalid UTF-8";
    case VERBA_ENOMEM: return "not enough memory";
    case VERBA_EFORM: return "unknown normalization form";
    case VERBA_ESPACE: return "buffer too small";
    case VERBA_ELIMIT: return "more items than a 32-bit index holds";
    default: return "unknown error";
  }
}
