/* Stage 3c: paragraphs. A paragraph is text between paragraph breaks,
 * trimmed of white space. Whether a stretch of white space is a break is
 * decided by verba_paragraph_break alone: the streaming iterator here and
 * the document model (doc.c) both ask it, so they agree. */
#include "verba.h"

/* Opening double quotation marks: a line that opens with one starts a
 * paragraph (a quotation in a feed that ends paragraphs with one line
 * break). Single marks are too often apostrophes ('90s) to count. */
static int opens_double_quote(int32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201E || cp == 0xAB;
}

int verba_paragraph_break(const verba_text *t, size_t start, size_t end,
                          enum verba_paragraph_mode mode) {
  size_t pos = start;
  int breaks = 0;
  while (pos < end) {
    int32_t cp;
    size_t n;
    /* most white space, without a call: spaces, and line feeds (never
     * the second half of a CR LF that counts once) */
    if (t->s[pos] == ' ' || t->s[pos] == '\n') {
      breaks += t->s[pos] == '\n';
      pos++;
      continue;
    }
    n = verba_decode(t, pos, &cp);
    if (cp == 0x2029) return 1;
    if (verba_is_line_break(cp)) {
      /* CR LF is one line break */
      if (!(cp == '\r' && pos + 1 < end && t->s[pos + 1] == '\n')) breaks++;
    }
    pos += n;
  }
  if (breaks == 0) return 0;
  if (breaks >= 2 || mode == VERBA_PARAGRAPHS_LINE) return 1;
  if (end >= t->len) return 0;
  /* an ASCII byte is its own character */
  return t->s[end] < 0x80 ? t->s[end] == '"' : opens_double_quote(verba_cp_at(t, end));
}

int verba_paragraph_next(const verba_text *t, enum verba_paragraph_mode mode,
                         size_t *pos, size_t *start, size_t *end) {
  size_t i = *pos, last = 0;
  int found = 0;
  while (i < t->len) {
    size_t space, n;
    int32_t cp;
    int line_break = 0;
    /* Text: a run of printable ASCII and single spaces, most of any
     * text, needs no decoding; only its last visible byte matters. */
    unsigned char c = t->s[i];
    if (c > ' ' && c < 0x7F) {
      if (!found) *start = i;
      found = 1;
      for (; i < t->len && (c = t->s[i]) >= ' ' && c < 0x7F; i++)
        if (c != ' ') last = i + 1;
      continue;
    }
    n = verba_decode(t, i, &cp);
    if (!verba_is_space(cp)) {
      if (!found) *start = i;
      found = 1;
      i += n;
      last = i;
      continue;
    }
    /* White space: read the whole run, then ask whether it breaks. */
    space = i;
    while (i < t->len) {
      if (t->s[i] == ' ') { /* most white space, without a call */
        i++;
        continue;
      }
      n = verba_decode(t, i, &cp);
      if (!verba_is_space(cp)) break;
      line_break |= verba_is_line_break(cp);
      i += n;
    }
    if (found && line_break && verba_paragraph_break(t, space, i, mode)) {
      *pos = i;
      *end = last;
      return 1;
    }
  }
  *pos = i;
  if (found) *end = last;
  return found;
}
