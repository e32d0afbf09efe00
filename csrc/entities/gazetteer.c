/* The gazetteer's name classes of a word or a phrase, for the tagger's
 * features and the rules of rules.c.
 *
 * INTERIM: they will come from the lexicon (verba_doc_names, phrases
 * through verba_lex_find) once data/en/gazetteer is in main. Until then a
 * development build (-DENT_GAZETTEER_SHIM with a generated names_shim.h
 * on the include path) reads them from a table of the gazetteer branch's
 * lists; the default build has none. */
#include <string.h>
#include "entities.h"

#ifdef ENT_GAZETTEER_SHIM
static uint32_t hash_key(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  size_t i;
  for (i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}
#include <utf8proc.h>
#include "names_shim.h"

/* Appends the folded bytes of doc's bytes [start, end) to key (at most
 * cap); the new length, or 0 if it does not fit. */
static size_t fold_into(const verba_doc *doc, size_t start, size_t end, char *key,
                        size_t n, size_t cap) {
  size_t pos = start;
  while (pos < end) {
    int32_t cp;
    utf8proc_uint8_t out[4];
    utf8proc_ssize_t m, i;
    pos += verba_decode(&doc->text, pos, &cp);
    m = utf8proc_encode_char(utf8proc_tolower(cp), out);
    if (n + (size_t)m >= cap) return 0;
    for (i = 0; i < m; i++) key[n++] = (char)out[i];
  }
  return n;
}

static uint32_t shim_find(const char *key, size_t n, unsigned shape) {
  uint32_t h = hash_key(key, n), s = h & (SHIM_NSLOTS - 1), c;
  for (; shim_slots[s]; s = (s + 1) & (SHIM_NSLOTS - 1)) {
    uint32_t i = shim_slots[s] - 1;
    if (shim_len[i] == n && memcmp(shim_pool + shim_off[i], key, n) == 0) {
      c = shim_cls[3 * i];
      if (shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS)) c |= shim_cls[3 * i + 1];
      if (shape & VERBA_SHAPE_ALL_CAPS) c |= shim_cls[3 * i + 2];
      return c;
    }
  }
  return 0;
}

uint32_t ent_names(const verba_doc *doc, size_t k) {
  char key[128];
  size_t n;
  if (doc->toks[k].kind != VERBA_WORD) return 0;
  n = fold_into(doc, doc->toks[k].start, ent_name_end(doc, k), key, 0, sizeof key);
  return n ? shim_find(key, n, doc->toks[k].shape) : 0;
}

uint32_t ent_phrase(const verba_doc *doc, size_t first, size_t count) {
  char key[128];
  size_t n = 0, k;
  for (k = first; k < first + count; k++) {
    size_t end = k + 1 == first + count ? ent_name_end(doc, k)
                                        : doc->toks[k].start + doc->toks[k].len;
    if (k > first) {
      if (n + 1 >= sizeof key) return 0;
      key[n++] = ' ';
    }
    n = fold_into(doc, doc->toks[k].start, end, key, n, sizeof key);
    if (!n) return 0;
  }
  return shim_find(key, n, doc->toks[first].shape);
}
#else
uint32_t ent_names(const verba_doc *doc, size_t k) {
  (void)doc;
  (void)k;
  return 0;
}

uint32_t ent_phrase(const verba_doc *doc, size_t first, size_t count) {
  (void)doc;
  (void)first;
  (void)count;
  return 0;
}
#endif
