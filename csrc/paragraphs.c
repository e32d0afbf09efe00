/* Stage 3c: paragraphs, the units between blank lines (a line holding only
 * white space) or U+2029 PARAGRAPH SEPARATOR, trimmed of white space. */
#include <utf8proc.h>
#include "verba.h"

static int is_blank_cp(int32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS || cp == 0x85 ||
         cp == 0x2028;
}

int verba_paragraph_next(const verba_text *t, size_t *pos, size_t *start,
                         size_t *end) {
  size_t i = *pos, last = 0;
  int newlines = 0, found = 0;
  while (i < t->len) {
    int32_t cp;
    size_t n;
    if (t->s[i] > ' ' && t->s[i] < 0x7F) {
      /* A run of printable ASCII and spaces, most of any text: only the
       * end of its last visible character matters. */
      unsigned char c;
      if (!found) *start = i;
      found = 1;
      newlines = 0;
      for (; i < t->len && (c = t->s[i]) >= ' ' && c < 0x7F; i++)
        if (c != ' ') last = i + 1;
      continue;
    }
    n = verba_decode(t, i, &cp);
    if (cp == 0x2029) {
      if (found) break;
    } else if (!is_blank_cp(cp)) {
      if (!found) *start = i;
      found = 1;
      newlines = 0;
      last = i + n;
    } else if (cp == '\n' && found && ++newlines == 2) {
      break;
    }
    i += n;
  }
  *pos = i;
  if (found) *end = last;
  return found;
}
