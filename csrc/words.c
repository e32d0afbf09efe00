/* Stage 3a: UAX #29 word boundaries (rules WB1-WB999, Unicode 15.0) and
 * extended grapheme clusters (through utf8proc). A boundary position is a
 * restart point: the rules that look behind (WB7, WB7c, WB11, WB15/16)
 * never join across a boundary, so segments are found one at a time from
 * any boundary with no state beyond the position. */
#include <utf8proc.h>
#include "verba.h"
#include "props_ascii.h"

#define AHLETTER(p) ((p) == VERBA_WB_ALETTER || (p) == VERBA_WB_HEBREW)
#define MIDNUMLETQ(p) ((p) == VERBA_WB_MIDNUMLET || (p) == VERBA_WB_SQ)
#define IGNORED(p) \
  ((p) == VERBA_WB_EXTEND || (p) == VERBA_WB_FORMAT || (p) == VERBA_WB_ZWJ)
#define NEWLINE(p) \
  ((p) == VERBA_WB_CR || (p) == VERBA_WB_LF || (p) == VERBA_WB_NEWLINE)
/* ALetter or Numeric, neighbours in the enum */
#define ALNUM(p) ((unsigned)(p) - VERBA_WB_ALETTER <= 1u)

/* Decodes the character at pos and its Word_Break value; ASCII, most of
 * any news text, without a call. Returns its length. */
static size_t next_char(const verba_text *t, size_t pos, int32_t *cp,
                        enum verba_wb *wb) {
  size_t n;
  if (t->s[pos] < 0x80) {
    *cp = t->s[pos];
    *wb = (enum verba_wb)vb_ascii_wb(t->s[pos]);
    return 1;
  }
  n = verba_decode(t, pos, cp);
  *wb = verba_word_break(*cp);
  return n;
}

/* Between two ASCII characters at the start of a segment, where no ASCII
 * character is ignored by WB4 and nothing lies behind for WB7/WB11 to see:
 * does first stand alone? Only letters, digits, '_', CR and a space
 * followed by a space can join what follows. */
static int joins_nothing_ascii(enum verba_wb first, enum verba_wb next) {
  switch (first) {
    case VERBA_WB_ALETTER: case VERBA_WB_NUMERIC: case VERBA_WB_EXTENDNUMLET:
    case VERBA_WB_CR:
      return 0;
    case VERBA_WB_WSEGSPACE:
      return next != VERBA_WB_WSEGSPACE;
    default:
      return 1;
  }
}

/* Can an ASCII character of Word_Break class p continue a run of letters
 * or digits (WB5-WB13b)? A non-ASCII byte (VB_NOT_ASCII) may. */
static int joins_alnum_ascii(unsigned p) {
  return p == VB_NOT_ASCII || ALNUM(p) ||
         p == VERBA_WB_EXTENDNUMLET || p == VERBA_WB_MIDLETTER ||
         p == VERBA_WB_MIDNUMLET || p == VERBA_WB_MIDNUM ||
         p == VERBA_WB_SQ;
}

/* Word_Break of the first character at or after pos that WB4 does not
 * ignore; Other at the end of the text (no rule joins before eot). */
static enum verba_wb next_significant(const verba_text *t, size_t pos) {
  while (pos < t->len) {
    int32_t cp;
    enum verba_wb p;
    pos += next_char(t, pos, &cp, &p);
    if (!IGNORED(p)) return p;
  }
  return VERBA_WB_OTHER;
}

/* Rules WB5-WB16 between the collapsed characters before the candidate
 * boundary (last, and lastlast before it) and the character c after it.
 * after is the position just past c, for the rules that look ahead. */
static int joins(const verba_text *t, enum verba_wb lastlast,
                 enum verba_wb last, enum verba_wb c, size_t after,
                 unsigned ri_run) {
  switch (c) {
    case VERBA_WB_ALETTER:
    case VERBA_WB_HEBREW:
      return AHLETTER(last) /* WB5 */ || last == VERBA_WB_NUMERIC /* WB10 */ ||
             last == VERBA_WB_EXTENDNUMLET /* WB13b */ ||
             (AHLETTER(lastlast) && /* WB7 */
              (last == VERBA_WB_MIDLETTER || MIDNUMLETQ(last))) ||
             (c == VERBA_WB_HEBREW && lastlast == VERBA_WB_HEBREW &&
              last == VERBA_WB_DQ); /* WB7c */
    case VERBA_WB_NUMERIC:
      return last == VERBA_WB_NUMERIC /* WB8 */ || AHLETTER(last) /* WB9 */ ||
             last == VERBA_WB_EXTENDNUMLET /* WB13b */ ||
             (lastlast == VERBA_WB_NUMERIC && /* WB11 */
              (last == VERBA_WB_MIDNUM || MIDNUMLETQ(last)));
    case VERBA_WB_KATAKANA:
      return last == VERBA_WB_KATAKANA /* WB13 */ ||
             last == VERBA_WB_EXTENDNUMLET; /* WB13b */
    case VERBA_WB_EXTENDNUMLET: /* WB13a */
      return AHLETTER(last) || last == VERBA_WB_NUMERIC ||
             last == VERBA_WB_KATAKANA || last == VERBA_WB_EXTENDNUMLET;
    case VERBA_WB_SQ:
      if (last == VERBA_WB_HEBREW) return 1; /* WB7a */
      /* fall through */
    case VERBA_WB_MIDNUMLET:
    case VERBA_WB_MIDLETTER:
    case VERBA_WB_MIDNUM:
    case VERBA_WB_DQ:
      if (c != VERBA_WB_MIDNUM && c != VERBA_WB_DQ && AHLETTER(last) &&
          AHLETTER(next_significant(t, after)))
        return 1; /* WB6 */
      if (c == VERBA_WB_DQ && last == VERBA_WB_HEBREW &&
          next_significant(t, after) == VERBA_WB_HEBREW)
        return 1; /* WB7b */
      return c != VERBA_WB_MIDLETTER && c != VERBA_WB_DQ &&
             last == VERBA_WB_NUMERIC &&
             next_significant(t, after) == VERBA_WB_NUMERIC; /* WB12 */
    case VERBA_WB_RI: /* WB15, WB16 */
      return last == VERBA_WB_RI && ri_run % 2 == 1;
    default:
      return 0;
  }
}

size_t verba_word_end(const verba_text *t, size_t pos) {
  int32_t cp;
  size_t i;
  enum verba_wb raw_prev, last, lastlast = VERBA_WB_OTHER;
  unsigned ri_run;

  if (pos >= t->len) return t->len;
  i = pos + next_char(t, pos, &cp, &last);
  raw_prev = last;
  if (i < t->len && t->s[pos] < 0x80 && t->s[i] < 0x80 &&
      joins_nothing_ascii(last, vb_ascii_wb(t->s[i])))
    return i;
  if (last == VERBA_WB_CR) /* WB3 */
    return i < t->len && t->s[i] == '\n' ? i + 1 : i;
  if (NEWLINE(last)) return i; /* WB3a */
  ri_run = last == VERBA_WB_RI;

  while (i < t->len) {
    size_t n;
    enum verba_wb c;
    if (last == VERBA_WB_ALETTER || last == VERBA_WB_NUMERIC) {
      /* Fast path: ASCII ALetter and Numeric join each other (WB5, WB8,
       * WB9, WB10) with nothing else to check. */
      size_t run = i;
      while (i < t->len && ALNUM(vb_ascii_wb(t->s[i]))) i++;
      if (i != run) {
        lastlast = i - run > 1
                       ? (enum verba_wb)vb_ascii_wb(t->s[i - 2])
                       : last;
        last = raw_prev = (enum verba_wb)vb_ascii_wb(t->s[i - 1]);
        ri_run = 0;
        if (i >= t->len) break;
      }
      /* An ASCII character of no class that joins letters or digits
       * (space, most punctuation) ends the word: WB999. */
      if (!joins_alnum_ascii(vb_ascii_wb(t->s[i]))) break;
    }
    n = next_char(t, i, &cp, &c);
    if (NEWLINE(c)) break; /* WB3b */
    if (!(raw_prev == VERBA_WB_ZWJ && verba_extended_pictographic(cp)) && /* WB3c */
        !(raw_prev == VERBA_WB_WSEGSPACE && c == VERBA_WB_WSEGSPACE)) { /* WB3d */
      if (IGNORED(c)) { /* WB4: attach to what precedes, stay invisible */
        raw_prev = c;
        i += n;
        continue;
      }
      if (!joins(t, lastlast, last, c, i + n, ri_run)) break; /* WB999 */
    }
    ri_run = c == VERBA_WB_RI ? ri_run + 1 : 0;
    lastlast = last;
    last = raw_prev = c;
    i += n;
  }
  return i;
}

size_t verba_grapheme_end(const verba_text *t, size_t pos) {
  int32_t prev, cp;
  utf8proc_int32_t state = 0;
  size_t i;
  if (pos >= t->len) return t->len;
  i = pos + verba_decode(t, pos, &prev);
  while (i < t->len) {
    size_t n = verba_decode(t, i, &cp);
    if (utf8proc_grapheme_break_stateful(prev, cp, &state)) break;
    prev = cp;
    i += n;
  }
  return i;
}
