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
  unsigned wb;
  /* most runs end at a space: told without the two tables */
  if (b == ' ') return 1;
  wb = vb_ascii_wb(b);
  return (wb <= VERBA_WB_NEWLINE || wb == VERBA_WB_DQ ||
          wb == VERBA_WB_WSEGSPACE) &&
         !(ascii_role[b] & (GOES_ON_WORD | GOES_ON_NUMBER));
}

/* ---- The marks news writes most beyond ASCII -------------------------- */

/* Is there at p (n bytes to the text's end) one of the three-byte marks
 * news writes most, the curly double quotes and the en and em dash
 * (U+201C, U+201D, U+2013, U+2014)? Each is Other to UAX #29, which
 * joins it to nothing but the Extend, Format or ZWJ after it (WB4), and
 * no merge of the tokenizer takes it (no hyphen, apostrophe or sign):
 * it ends the word or mark before it, as a space would. (The single
 * curly quotes are MidNumLet: they may join letters, and are left to the
 * general rules.) */
static inline int quote_or_dash_at(const unsigned char *p, size_t n) {
  return n >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
         (p[2] == 0x9C || p[2] == 0x9D || p[2] == 0x93 || p[2] == 0x94);
}

/* Does the character at pos end the token before it as a space would,
 * and attach to nothing (the end of the text, an ASCII character, or a
 * quote or dash of quote_or_dash_at)? Only a byte of a longer character
 * may be an Extend or Format character WB4 would attach. */
static inline int plain_after(const verba_text *t, size_t pos) {
  return pos >= t->len || t->s[pos] < 0x80 ||
         quote_or_dash_at(t->s + pos, t->len - pos);
}

/* End of the token at start when it is one quote or dash of
 * quote_or_dash_at with nothing WB4 attaches after it (a punctuation
 * mark), else 0. */
static inline size_t quote_or_dash_end(const verba_text *t, size_t start) {
  return quote_or_dash_at(t->s + start, t->len - start) &&
                 plain_after(t, start + 3)
             ? start + 3 : 0;
}

/* The rest of ascii_run_token_end (below), where the run goes on at a
 * byte that may join: out of the callers' loops (inlined, it cost the
 * document's loop 3% more instructions). */
#if defined(__GNUC__)
__attribute__((noinline, unused))
#endif
static size_t ascii_run_joins_end(const verba_text *t, size_t start,
                                         size_t e) {
  const unsigned char *s = t->s;
  unsigned char next;
  if (s[e] >= 0x80) return quote_or_dash_at(s + e, t->len - e) ? e : 0;
  next = e + 1 < t->len ? s[e + 1] : ' ';
  switch (s[e]) {
    case ',': case ';':
      return !ascii_digit(s[e - 1]) || (next < 0x80 && !ascii_digit(next))
                 ? e : 0;
    case '.': case ':':
      if (next != ' ' && next != '\n' &&
          !quote_or_dash_at(s + e + 1, t->len - e - 1))
        return 0;
      return s[e] == ':' || e - start > 1 || s[start] < 'A' || s[start] > 'Z'
                 ? e : 0;
    default:
      return 0;
  }
}

/* End of the token at start when it is just the run of ASCII letters and
 * digits [start, e) (start is one) and none of the merges of word_token and
 * compound can apply, else 0 (the general path decides). Besides the
 * bytes of ends_ascii_run, the run may end at a comma or semicolon that
 * joins no digits (WB11, WB12: 3,000), or at a full stop or colon before
 * white space (not U.S., 10:30, http://), unless the full stop follows a
 * lone capital: the initial of George W. Bush. The end of the text, and a
 * quote or dash of quote_or_dash_at, count as white space. */
static inline size_t ascii_run_token_end(const verba_text *t, size_t start,
                                         size_t e) {
  if (e == t->len || ends_ascii_run(t->s[e])) return e;
  return ascii_run_joins_end(t, start, e);
}

/* The same, the run read from start (one of its letters or digits). */
static inline size_t ascii_token_end(const verba_text *t, size_t start) {
  return ascii_run_token_end(t, start,
                             start + ascii_alnum_run(t->s + start, t->len - start));
}

/* End of the token at start when it is one ASCII punctuation mark or
 * symbol that opens nothing longer (see ascii_role), followed by
 * plain_after's characters (not by a mark WB4 would attach); else 0.
 * Of the marks that may open something longer, mark_token ends these at
 * once or after a run of their own: a run of full stops (... ends at the
 * first other character), a run of hyphens not before a digit (no sign:
 * -3), an apostrophe before no letter, digit or underscore (no elision:
 * '90s, 'em). */
static inline size_t ascii_mark_end(const verba_text *t, size_t start) {
  const unsigned char *s = t->s;
  unsigned char b = s[start];
  unsigned char next = start + 1 < t->len ? s[start + 1] : ' ';
  size_t e = start + 1;
  if (b <= ' ' || b >= 0x7F || ascii_alnum_wb(b) || b == '_' ||
      !plain_after(t, start + 1))
    return 0;
  if (!(ascii_role[b] & OPENS_MARK)) return e;
  switch (b) {
    case '-':
      if (ascii_digit(next)) return 0;
      /* fall through */
    case '.':
      while (e < t->len && s[e] == b) e++;
      return plain_after(t, e) ? e : 0;
    case '\'':
      return next >= 0x80 || !(ascii_alnum_wb(next) || next == '_') ? e : 0;
    default:
      return 0;
  }
}

#endif
