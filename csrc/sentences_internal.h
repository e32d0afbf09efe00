/* Private to the sentencer (sentences.c: the UAX #29 scanner and the news
 * judge; sentence_lists.c: list numbering): characters and words as both
 * read them, and the list reader the judge calls. */
#ifndef VERBA_SENTENCES_INTERNAL_H
#define VERBA_SENTENCES_INTERNAL_H

#include "verba.h"
#include "props_ascii.h"

/* ---- Characters --------------------------------------------------------- */

#define IGNORED(c) ((c) == VERBA_SB_EXTEND || (c) == VERBA_SB_FORMAT)
#define PARASEP(c) \
  ((c) == VERBA_SB_CR || (c) == VERBA_SB_LF || (c) == VERBA_SB_SEP)
#define SATERM(c) ((c) == VERBA_SB_ATERM || (c) == VERBA_SB_STERM)
#define WHITE(c) ((c) == VERBA_SB_SP || PARASEP(c))
#define NOTHING (-1)     /* the class at the end of the text */
#define NONE ((size_t)-1) /* no position */
#define ELLIPSIS 0x2026

static inline int is_bullet(int32_t cp) {
  return cp == 0x2022 || cp == 0x2023 || cp == 0x2043 || cp == 0x25AA ||
         cp == 0x25CF || cp == 0x25E6;
}

/* Terminators of scripts that put no space between sentences. */
static inline int spaceless_terminator(int32_t cp) {
  return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF0E || cp == 0xFF1F ||
         cp == 0xFF61;
}

/* The character at pos (< t->len) and its Sentence_Break value; ASCII,
 * most of any news text, without a call. Returns its length. */
static inline size_t char_at(const verba_text *t, size_t pos, int32_t *cp,
                      enum verba_sb *c) {
  size_t n;
  if (t->s[pos] < 0x80) {
    *cp = t->s[pos];
    *c = (enum verba_sb)vb_ascii_sb(t->s[pos]);
    return 1;
  }
  n = verba_decode(t, pos, cp);
  *c = verba_sentence_break(*cp);
  return n;
}

/* The same for the character that ends just before pos (> 0). An ASCII
 * byte is always a whole character. */
static inline size_t char_before(const verba_text *t, size_t pos, int32_t *cp,
                          enum verba_sb *c) {
  size_t n;
  if (t->s[pos - 1] < 0x80) {
    *cp = t->s[pos - 1];
    *c = (enum verba_sb)vb_ascii_sb(t->s[pos - 1]);
    return 1;
  }
  n = verba_decode_back(t, pos, cp);
  *c = verba_sentence_break(*cp);
  return n;
}

/* News reads every line break (verba_is_line_break) as one, as
 * paragraphs do: UAX #29 leaves VT and FF as Sp. */
#define NEWS_LINE_BREAK(cp) ((cp) == '\v' || (cp) == '\f')

/* Sentence_Break of the character at pos (NOTHING at the end), as the
 * given mode reads it: news counts U+2026 HORIZONTAL ELLIPSIS as a full
 * stop, which UAX #29 leaves as Other, and VT and FF as line feeds. */
static inline int class_at(const verba_text *t, size_t pos, int news) {
  int32_t cp;
  enum verba_sb c;
  if (pos >= t->len) return NOTHING;
  char_at(t, pos, &cp, &c);
  if (news && cp == ELLIPSIS) return VERBA_SB_ATERM;
  if (news && NEWS_LINE_BREAK(cp)) return VERBA_SB_LF;
  return (int)c;
}

static inline enum verba_sb class_before(const verba_text *t, size_t pos) {
  int32_t cp;
  enum verba_sb c;
  if (pos == 0) return verba_sentence_break(-1);
  char_before(t, pos, &cp, &c);
  return c;
}

/* Past the character at pos and the Extend and Format after it (SB5). */
static inline size_t step(const verba_text *t, size_t pos) {
  int32_t cp;
  enum verba_sb c;
  pos += char_at(t, pos, &cp, &c);
  while (pos < t->len) {
    size_t n = char_at(t, pos, &cp, &c);
    if (!IGNORED(c)) break;
    pos += n;
  }
  return pos;
}

/* Past the white space at pos. White space is verba_is_space (WHITE is
 * the same set) and nothing else: a combining mark or a format character
 * it does not follow is text, as it is to tokens and paragraphs, so it is
 * read one code point at a time (step would take the marks after a space
 * with it, as SB5 does inside a segment). */
static inline size_t skip_white(const verba_text *t, size_t pos) {
  while (pos < t->len) {
    int32_t cp;
    enum verba_sb c;
    size_t n;
    if (t->s[pos] == ' ') { /* most white space, without a lookup */
      pos++;
      continue;
    }
    n = char_at(t, pos, &cp, &c);
    if (!WHITE(c)) break;
    pos += n;
  }
  return pos;
}

static inline int ascii_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline int ascii_upper(int c) { return c >= 'A' && c <= 'Z'; }

static inline int ascii_letter_or_digit(int c) {
  return ascii_lower(c) || ascii_upper(c) || (c >= '0' && c <= '9');
}

/* ---- Words ------------------------------------------------------------- */

/* Decisions read a word after a candidate (or a list marker) at most
 * WORD_LOOK bytes far, as if the text ended there: no abbreviation,
 * marker or sentence opener is that long, and a longer word (in Arabic,
 * "ب.ب.ب..." is one UAX #29 word) must not be read again at
 * each of its full stops. */
#define WORD_LOOK 64

static inline size_t near_word_end(const verba_text *t, size_t pos) {
  verba_text near = *t;
  if (near.len - pos > WORD_LOOK) near.len = pos + WORD_LOOK;
  return verba_word_end(&near, pos);
}

/* ---- List numbering (sentence_lists.c) ---------------------------------- */

/* The tokens of a list item, read for the next item's marker: a token
 * after white space that continues the list. */
typedef struct marker_scan {
  verba_tokenizer tz;
  verba_token tok; /* the next token to look at, when more */
  int more;
  size_t found;    /* the next item's marker once found, or NONE */
} marker_scan;

/* Reads a list marker at pos, the start of a unit (after a bullet, maybe):
 * the list it opens is in ss (list_kinds 0 when none). */
void sb_open_list(verba_sentencer *ss, size_t pos);

/* The next item's marker of the open list, read token by token: see
 * sentence_lists.c. */
void sb_marker_scan_init(marker_scan *ms, const verba_sentencer *ss);
size_t sb_marker_before(const verba_sentencer *ss, marker_scan *ms, size_t bound);

/* Is there a list marker at pos: 1. 2) 3.) (4) a. b) (c) ii. and a space? */
int sb_marker_at(const verba_text *t, size_t pos);

/* Is there a marker at pos that continues the open list? */
int sb_continues_list(const verba_sentencer *ss, size_t pos);

/* Does a list item start at pos: a bullet, a dash or star and a space,
 * or a marker? */
int sb_list_item_at(const verba_text *t, size_t pos);

#endif
