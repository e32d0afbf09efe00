/* The tokenizer's ASCII fast path (private to the core): what the ASCII
 * characters do after a word or at the start of a mark, and the tests that
 * find a token made of one run of ASCII letters and digits, or of one ASCII
 * mark, without the general rules. Shared by tokens.c (verba_tokens_next)
 * and doc.c (the document build, which reads the run's bytes once for the
 * token, its shape and its lookup): static inline, so that both decide
 * alike from one definition. */
#ifndef VERBA_TOKENS_ASCII_H
#define VERBA_TOKENS_ASCII_H

#include <stdint.h>
#include <string.h>
#include "verba.h"
#include "props_ascii.h"

/* ASCII characters after a word or number, or at the start of a mark, that
 * may make a longer token; anything else ends the token at once. Also the
 * ASCII symbols (the rest of ASCII punctuation is punct), and the marks
 * an e-mail address's local part may hold besides letters and digits. */
enum { GOES_ON_WORD = 1, GOES_ON_NUMBER = 2, OPENS_MARK = 4, ASCII_SYMBOL = 8,
       EMAIL_MARK = 16 };
static const unsigned char ascii_role[128] = {
  ['.'] = GOES_ON_WORD | OPENS_MARK | EMAIL_MARK,
  ['@'] = GOES_ON_WORD | OPENS_MARK, ['_'] = GOES_ON_WORD | EMAIL_MARK,
  ['+'] = GOES_ON_WORD | OPENS_MARK | ASCII_SYMBOL | EMAIL_MARK,
  ['-'] = GOES_ON_WORD | GOES_ON_NUMBER | OPENS_MARK | EMAIL_MARK,
  [':'] = GOES_ON_WORD | GOES_ON_NUMBER, ['/'] = GOES_ON_WORD | GOES_ON_NUMBER,
  ['\''] = GOES_ON_WORD | OPENS_MARK, ['%'] = GOES_ON_NUMBER | EMAIL_MARK,
  ['#'] = OPENS_MARK,
  ['$'] = ASCII_SYMBOL, ['<'] = ASCII_SYMBOL, ['='] = ASCII_SYMBOL,
  ['>'] = ASCII_SYMBOL, ['^'] = ASCII_SYMBOL, ['`'] = ASCII_SYMBOL,
  ['|'] = ASCII_SYMBOL, ['~'] = ASCII_SYMBOL
};

/* ---- Fast path: most tokens are a run of ASCII letters and digits ------ */

static inline int ascii_alnum_wb(unsigned char b) {
  return (unsigned)vb_ascii_wb(b) - VERBA_WB_ALETTER <= 1u; /* or NUMERIC */
}

static inline int ascii_digit(unsigned char b) { return b >= '0' && b <= '9'; }

static inline int ascii_letter(unsigned char b) {
  return vb_ascii_wb(b) == VERBA_WB_ALETTER;
}

/* The length of the run of ASCII letters and digits at p (n bytes). GCC
 * and Clang on little-endian machines test 8 bytes at a time: a byte is
 * a letter when, lower-cased, it is in 'a'..'z', and the high bit of
 * v + (0x80 - lo) tells v >= lo for any 7-bit v, with no carry into the
 * next byte. */
#define BYTES(c) (0x0101010101010101ull * (c))
static inline size_t ascii_alnum_run(const unsigned char *p, size_t n) {
  size_t k = 0;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  for (; n - k >= 8; k += 8) {
    uint64_t x, low7, lower, letter, digit, other;
    memcpy(&x, p + k, 8);
    low7 = x & BYTES(0x7F);
    lower = low7 | BYTES(0x20);
    letter = (lower + BYTES(0x80 - 'a')) & ~(lower + BYTES(0x80 - 'z' - 1));
    digit = (low7 + BYTES(0x80 - '0')) & ~(low7 + BYTES(0x80 - '9' - 1));
    other = ~((letter | digit) & ~x) & BYTES(0x80);
    if (other) return k + (size_t)__builtin_ctzll(other) / 8;
  }
#endif
  while (k < n && ascii_alnum_wb(p[k])) k++;
  return k;
}

/* Does the byte b after a run of ASCII letters and digits end both the
 * run's word segment (UAX #29 joins nothing across it) and the token
 * (nothing in ascii_role goes on from it)? White space, quotes, brackets,
 * most punctuation; never a byte of a longer character. */
static inline int ends_ascii_run(unsigned char b) {
  unsigned wb = vb_ascii_wb(b);
  return (wb <= VERBA_WB_NEWLINE || wb == VERBA_WB_DQ ||
          wb == VERBA_WB_WSEGSPACE) &&
         !(ascii_role[b] & (GOES_ON_WORD | GOES_ON_NUMBER));
}

/* End of the token at start when it is just the run of ASCII letters and
 * digits [start, e) (start is one) and none of the merges of word_token and
 * compound can apply, else 0 (the general path decides). Besides the
 * bytes of ends_ascii_run, the run may end at a comma or semicolon that
 * joins no digits (WB11, WB12: 3,000), or at a full stop or colon before
 * white space (not U.S., 10:30, http://), unless the full stop follows a
 * lone capital: the initial of George W. Bush. The end of the text counts
 * as white space. */
static inline size_t ascii_run_token_end(const verba_text *t, size_t start,
                                         size_t e) {
  const unsigned char *s = t->s;
  unsigned char next;
  if (e == t->len || ends_ascii_run(s[e])) return e;
  next = e + 1 < t->len ? s[e + 1] : ' ';
  switch (s[e]) {
    case ',': case ';':
      return !ascii_digit(s[e - 1]) || (next < 0x80 && !ascii_digit(next))
                 ? e : 0;
    case '.': case ':':
      if (next != ' ' && next != '\n') return 0;
      return s[e] == ':' || e - start > 1 || s[start] < 'A' || s[start] > 'Z'
                 ? e : 0;
    default:
      return 0;
  }
}

/* The same, the run read from start (one of its letters or digits). */
static inline size_t ascii_token_end(const verba_text *t, size_t start) {
  return ascii_run_token_end(t, start,
                             start + ascii_alnum_run(t->s + start, t->len - start));
}

/* End of the token at start when it is one ASCII punctuation mark or
 * symbol that opens nothing longer (see ascii_role; a full stop or a
 * hyphen before white space neither: mark_token ends such a mark at once), followed by ASCII (not by a mark WB4 would
 * attach); else 0. */
static inline size_t ascii_mark_end(const verba_text *t, size_t start) {
  unsigned char b = t->s[start];
  unsigned char next = start + 1 < t->len ? t->s[start + 1] : ' ';
  if (b <= ' ' || b >= 0x7F || ascii_alnum_wb(b) || b == '_' || next >= 0x80)
    return 0;
  if ((ascii_role[b] & OPENS_MARK) &&
      !((b == '.' || b == '-') && (next == ' ' || next == '\n')))
    return 0;
  return start + 1;
}

#endif
