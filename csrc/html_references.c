/* HTML character references by the HTML tokenizer's rules: numeric
 * (&#233; &#xE9;, Windows-1252 for &#128; to &#159;) and the 2,231 named
 * ones of the WHATWG table (html_entities.h), legacy names without ';'
 * included. Read by html.c, for verba_html_decode and for a page's text. */
#include <string.h>
#include "verba.h"
#include "html_entities.h"
#include "html_internal.h"

/* (a reference's value fits its buffer: a negative size otherwise) */
typedef char reference_fits[HTML_ENTITY_VALUE_MAX <= HTML_REFERENCE_BYTES ? 1 : -1];

static size_t utf8_encode(int32_t cp, char *out) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | cp >> 6);
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | cp >> 12);
    out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | cp >> 18);
  out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
  out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* What &#128; to &#159; stand for: the characters Windows-1252 has there,
 * as the HTML standard's numeric character reference end state maps them;
 * 0 where the code point stays (a C1 control). */
static const uint16_t windows_1252[32] = {
  0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178
};

/* The character a numeric reference stands for. Zero, surrogates and
 * values past U+10FFFF are U+FFFD; noncharacters and the other controls
 * are parse errors the standard keeps as they are. */
static int32_t numeric_character(uint32_t v) {
  if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
    return VERBA_REPLACEMENT;
  if (v >= 0x80 && v <= 0x9F && windows_1252[v - 0x80])
    return windows_1252[v - 0x80];
  return (int32_t)v;
}

static int digit_value(unsigned c, int hex) {
  if (is_digit(c)) return (int)(c - '0');
  if (hex && (c | 0x20) - 'a' < 6u) return (int)((c | 0x20) - 'a' + 10);
  return -1;
}

/* &#...; at pos: its length (0 without a digit: "&#" stays as written). */
static size_t read_numeric(const unsigned char *s, size_t len, size_t pos,
                           reference *ref) {
  size_t p = pos + 2, digits;
  int hex = p < len && (s[p] | 0x20) == 'x';
  uint32_t v = 0;
  if (hex) p++;
  for (digits = p; p < len; p++) {
    int d = digit_value(s[p], hex);
    if (d < 0) break;
    /* past U+10FFFF the value is out of range however it goes on */
    v = v > 0x10FFFF ? v : v * (hex ? 16u : 10u) + (uint32_t)d;
  }
  if (p == digits) return 0;
  if (p < len && s[p] == ';') p++; /* optional, as in the tokenizer */
  ref->value_len = utf8_encode(numeric_character(v), ref->value);
  return p - pos;
}

static int compare_name(const html_entity *e, const unsigned char *name,
                        size_t n) {
  size_t m = e->name_len < n ? e->name_len : n;
  int c = memcmp(html_entity_names + e->name, name, m);
  if (c) return c;
  return e->name_len < n ? -1 : e->name_len > n;
}

static const html_entity *find_entity(const unsigned char *name, size_t n) {
  size_t lo = 0, hi = HTML_ENTITY_COUNT;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = compare_name(&html_entities[mid], name, n);
    if (c == 0) return &html_entities[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

static size_t found(const html_entity *e, reference *ref, size_t len) {
  memcpy(ref->value, e->value, e->value_len);
  ref->value_len = e->value_len;
  return len;
}

/* &name at pos: the longest name of the table the text starts with, as
 * the tokenizer reads it. A name with ';' can only end where the letters
 * and digits after '&' do; shorter matches are the legacy names without
 * ';' (&notit; is &not then "it;"). In an attribute value a legacy match
 * followed by '=' or a letter or digit stays as written (?a=1&copy=2). */
static size_t read_named(const unsigned char *s, size_t len, size_t pos,
                         int attribute, reference *ref) {
  const unsigned char *name = s + pos + 1;
  size_t avail = len - pos - 1, run = 0, k;
  const html_entity *e;
  while (run < avail && run < HTML_ENTITY_NAME_MAX && is_alnum(name[run]))
    run++;
  if (run < avail && name[run] == ';' && (e = find_entity(name, run + 1)))
    return found(e, ref, run + 2);
  for (k = run < HTML_LEGACY_NAME_MAX ? run : HTML_LEGACY_NAME_MAX; k > 0;
       k--) {
    if (!(e = find_entity(name, k))) continue;
    if (attribute && k < avail && (name[k] == '=' || is_alnum(name[k])))
      return 0;
    return found(e, ref, k + 1);
  }
  return 0;
}

size_t verba_html_read_reference(const unsigned char *s, size_t len, size_t pos,
                                 int attribute, reference *ref) {
  if (pos + 1 >= len) return 0;
  if (s[pos + 1] == '#') return read_numeric(s, len, pos, ref);
  if (is_alnum(s[pos + 1])) return read_named(s, len, pos, attribute, ref);
  return 0;
}

size_t verba_html_entity_count(void) { return HTML_ENTITY_COUNT; }

int verba_html_entity(size_t i, const char **name, size_t *name_len,
                      const char **value, size_t *value_len) {
  const html_entity *e;
  if (i >= HTML_ENTITY_COUNT) return 0;
  e = &html_entities[i];
  *name = html_entity_names + e->name;
  *name_len = e->name_len;
  *value = e->value;
  *value_len = e->value_len;
  return 1;
}
