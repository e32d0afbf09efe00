/* Private to the HTML stage (html.c: pages to text; html_references.c:
 * character references): the HTML tokenizer's character classes, and a
 * reference read. */
#ifndef VERBA_HTML_INTERNAL_H
#define VERBA_HTML_INTERNAL_H

#include <stddef.h>

static inline int is_alpha(unsigned c) { return ((c | 0x20) - 'a') < 26u; }
static inline int is_digit(unsigned c) { return (c - '0') < 10u; }
static inline int is_alnum(unsigned c) { return is_alpha(c) || is_digit(c); }
/* HTML's ASCII white space: tab, line feed, form feed, carriage return,
 * space. */
static inline int is_space(unsigned c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}
static inline unsigned fold(unsigned c) { return c - 'A' < 26u ? c | 0x20 : c; }

/* The most bytes of UTF-8 a reference stands for (html_references.c
 * checks the table against it). */
#define HTML_REFERENCE_BYTES 8

/* A decoded reference: its characters as UTF-8. */
typedef struct reference {
  char value[HTML_REFERENCE_BYTES];
  size_t value_len;
} reference;

/* The reference at s[pos] == '&': its length, 0 if there is none (the '&'
 * is then an ordinary character, and so is what follows it). In an
 * attribute value (attribute) a legacy name before '=' or a letter or
 * digit stays as written. */
size_t verba_html_read_reference(const unsigned char *s, size_t len, size_t pos,
                                 int attribute, reference *ref);

#endif
