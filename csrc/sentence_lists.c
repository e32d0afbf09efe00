/* Stage 3d: sentences, list numbering. A unit that opens with a list marker
 * (1. 2) (a) ii.) starts a list; its item ends before the marker that
 * continues the list (the next number, letter or numeral), wherever the
 * sentence rules would end it. Read by the news judge in sentences.c. */
#include <string.h>
#include "sentences_internal.h"

enum { LIST_NUMBER = 1, LIST_LOWER = 2, LIST_UPPER = 4, LIST_ROMAN = 8 };

typedef struct marker {
  unsigned kinds;
  long number, letter, roman;
  size_t word, end; /* the number or letter, and the end of the marker */
} marker;

/* Is byte c a letter of the numerals roman_value reads (i v x, either
 * case)? No other byte sets 0x20 to make one of them. */
static int roman_letter(int c) {
  c |= 0x20;
  return c == 'i' || c == 'v' || c == 'x';
}

static long roman_value(const verba_text *t, size_t ws, size_t we) {
  static const char *const numerals[] = {
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"
  };
  long k;
  char low[5];
  size_t i;
  if (we - ws > 4) return 0;
  for (i = ws; i < we; i++) {
    int c = t->s[i];
    low[i - ws] = (char)(ascii_upper(c) ? c + 32 : c);
    if (!roman_letter(c)) return 0;
  }
  for (k = 0; k < 12; k++)
    if (strlen(numerals[k]) == we - ws && memcmp(numerals[k], low, we - ws) == 0)
      return k + 1;
  return 0;
}

/* A list marker at pos: 1. 2) 3.) (4) a. b) (c) ii. followed by a space. */
static int parse_marker(const verba_text *t, size_t pos, marker *m) {
  size_t ws = pos, we, i;
  int paren = pos < t->len && t->s[pos] == '(';
  if (paren) ws++;
  if (ws >= t->len) return 0;
  /* most units open with a word of two or more ASCII letters or digits
   * (UAX #29 keeps them together) that is no numeral: no marker, and no
   * need to find the word's end */
  if (ws + 1 < t->len && ascii_letter_or_digit(t->s[ws + 1]) &&
      (ascii_lower(t->s[ws]) || ascii_upper(t->s[ws])) &&
      !roman_letter(t->s[ws]))
    return 0;
  /* every marker's word (digits, a letter, a numeral) opens with an ASCII
   * letter or digit: a unit opening with a quotation mark has none */
  if (!ascii_letter_or_digit(t->s[ws])) return 0;
  we = near_word_end(t, ws);
  m->kinds = 0;
  m->number = m->letter = m->roman = 0;
  if (we - ws <= 3) {
    long v = 0;
    for (i = ws; i < we && t->s[i] >= '0' && t->s[i] <= '9'; i++)
      v = v * 10 + (t->s[i] - '0');
    if (i == we) {
      m->kinds = LIST_NUMBER;
      m->number = v;
    }
  }
  if (we - ws == 1 && (ascii_lower(t->s[ws]) || ascii_upper(t->s[ws]))) {
    m->kinds |= ascii_lower(t->s[ws]) ? LIST_LOWER : LIST_UPPER;
    m->letter = (t->s[ws] | 0x20) - 'a' + 1;
  }
  if ((m->roman = roman_value(t, ws, we)) != 0) m->kinds |= LIST_ROMAN;
  if (!m->kinds) return 0;
  i = we;
  if (i < t->len && t->s[i] == '.' && !paren) i++;
  if (i < t->len && t->s[i] == ')') i++;
  else if (paren || i == we) return 0;
  if (class_at(t, i, 0) != VERBA_SB_SP) return 0;
  m->word = ws;
  m->end = i;
  return 1;
}

/* Does m continue the open list (the next number, letter or numeral)? */
static int continues_list(const verba_sentencer *ss, const marker *m) {
  unsigned k = ss->list_kinds & m->kinds;
  return ((k & LIST_NUMBER) && m->number == ss->list_number + 1) ||
         ((k & (LIST_LOWER | LIST_UPPER)) && m->letter == ss->list_letter + 1) ||
         ((k & LIST_ROMAN) && m->roman == ss->list_roman + 1);
}

int sb_marker_at(const verba_text *t, size_t pos) {
  marker m;
  return parse_marker(t, pos, &m);
}

int sb_continues_list(const verba_sentencer *ss, size_t pos) {
  marker m;
  return ss->list_kinds && parse_marker(&ss->text, pos, &m) &&
         continues_list(ss, &m);
}

/* A unit that starts with a marker (after a bullet, maybe) opens a list. */
void sb_open_list(verba_sentencer *ss, size_t pos) {
  const verba_text *t = &ss->text;
  marker m;
  if (t->s[pos] >= 0x80 && is_bullet(verba_cp_at(t, pos))) {
    pos = step(t, pos);
    while (class_at(t, pos, 0) == VERBA_SB_SP) pos = step(t, pos);
  }
  ss->list_kinds = 0;
  ss->list_at = NONE;
  if (!parse_marker(t, pos, &m)) return;
  ss->list_kinds = m.kinds;
  ss->list_number = m.number;
  ss->list_letter = m.letter;
  ss->list_roman = m.roman;
  ss->list_at = m.word;
  ss->list_end = m.end;
}

void sb_marker_scan_init(marker_scan *ms, const verba_sentencer *ss) {
  verba_tokens_init(&ms->tz, &ss->text, ss->list_end, 0);
  ms->more = verba_tokens_next(&ms->tz, &ms->tok);
  ms->found = NONE;
}

/* Reads the tokens that start before bound; returns the next item's
 * marker if it starts before bound, else NONE. Reading stops at the
 * marker. */
size_t sb_marker_before(const verba_sentencer *ss, marker_scan *ms,
                            size_t bound) {
  while (ms->found == NONE && ms->more && ms->tok.start < bound) {
    marker m;
    if (class_before(&ss->text, ms->tok.start) == VERBA_SB_SP &&
        parse_marker(&ss->text, ms->tok.start, &m) && continues_list(ss, &m))
      ms->found = ms->tok.start;
    else
      ms->more = verba_tokens_next(&ms->tz, &ms->tok);
  }
  return ms->found < bound ? ms->found : NONE;
}

/* Does a list item start at pos: a bullet, a dash or star and a space,
 * or a marker? */
int sb_list_item_at(const verba_text *t, size_t pos) {
  int32_t cp = verba_cp_at(t, pos);
  marker m;
  if (is_bullet(cp)) return 1;
  if (cp == '-' || cp == '*' || verba_is_dash(cp))
    return class_at(t, step(t, pos), 0) == VERBA_SB_SP;
  return parse_marker(t, pos, &m);
}
