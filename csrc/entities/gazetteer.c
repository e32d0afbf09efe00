/* The gazetteer's name classes of a word or a phrase, for the tagger's
 * features and the rules of rules.c: the lexicon's (data/en/gazetteer,
 * VERBA_NAME_*; a phrase's words joined by one space, looked up when its
 * first word starts a phrase).
 *
 * INTERIM: until data/en/gazetteer is in main, a development build
 * (-DENT_GAZETTEER_SHIM with a generated names_shim.h on the include
 * path) adds them from a table of the gazetteer branch's lists. */
#include <string.h>
#include "entities.h"

/* The longest phrase key: the lexicon's bound. */
#define PHRASE_KEY 128

#ifdef ENT_GAZETTEER_SHIM
#include <utf8proc.h>
#include "names_shim.h"

static uint32_t hash_key(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  size_t i;
  for (i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

/* The shim's class bits, in the order of its generator, as VERBA_NAME_*. */
static const uint32_t shim_names[] = {
  VERBA_NAME_PLACE, VERBA_NAME_COUNTRY, VERBA_NAME_REGION_NAME, VERBA_NAME_CITY,
  VERBA_NAME_DEMONYM, VERBA_NAME_NATIONALITY_PLURAL, VERBA_NAME_GROUP,
  VERBA_NAME_ORGANIZATION, VERBA_NAME_SPORTS_CLUB, VERBA_NAME_ORG_KEYWORD,
  VERBA_NAME_GIVEN_MALE, VERBA_NAME_GIVEN_FEMALE, VERBA_NAME_SURNAME,
  VERBA_NAME_AMBIGUOUS_NAME, ENT_SHIM_PHRASE_START};

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
      {
        uint32_t out = 0, b;
        for (b = 0; b < sizeof shim_names / sizeof shim_names[0]; b++)
          if (c >> b & 1) out |= shim_names[b];
        return out;
      }
    }
  }
  return 0;
}

static uint32_t shim_word(const verba_doc *doc, size_t k) {
  char key[PHRASE_KEY];
  size_t n = fold_into(doc, doc->toks[k].start, ent_name_end(doc, k), key, 0, sizeof key);
  return n ? shim_find(key, n, doc->toks[k].shape) : 0;
}

static uint32_t shim_phrase(const verba_doc *doc, size_t first, size_t count) {
  char key[PHRASE_KEY];
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
  return shim_find(key, n, doc->toks[first].shape) & ~ENT_SHIM_PHRASE_START;
}
#endif

uint32_t ent_names(const verba_doc *doc, size_t k) {
  uint32_t names = doc->toks[k].entry ? verba_doc_names(doc, k) : 0;
#ifdef ENT_GAZETTEER_SHIM
  if (doc->toks[k].kind == VERBA_WORD) names |= shim_word(doc, k) & ~ENT_SHIM_PHRASE_START;
#endif
  return names;
}

int ent_phrase_start(const verba_doc *doc, size_t k) {
#ifdef ENT_GAZETTEER_SHIM
  if (doc->toks[k].kind == VERBA_WORD && (shim_word(doc, k) & ENT_SHIM_PHRASE_START))
    return 1;
#endif
  return doc->toks[k].entry && (verba_doc_classes(doc, k) & VERBA_LEX_PHRASE_START);
}

uint32_t ent_phrase(const verba_doc *doc, size_t first, size_t count) {
  char key[PHRASE_KEY];
  size_t n = 0, k;
  uint32_t id, names = 0;
  /* the phrase as the lexicon keys it: its tokens joined by one space,
   * the last one's possessive cut (the Bank of England's) */
  for (k = first; k < first + count && n < sizeof key; k++) {
    size_t start = doc->toks[k].start;
    size_t end = k + 1 == first + count ? ent_name_end(doc, k) : start + doc->toks[k].len;
    if (k > first) key[n++] = ' ';
    if (n + (end - start) > sizeof key) {
      n = sizeof key;
      break;
    }
    memcpy(key + n, doc->text.s + start, end - start);
    n += end - start;
  }
  if (n < sizeof key) {
    id = verba_lex_find(&doc->config->lexicon, key, n,
                        verba_shape_case(doc->toks[first].shape));
    names = verba_lex_names(&doc->config->lexicon, id);
  }
#ifdef ENT_GAZETTEER_SHIM
  names |= shim_phrase(doc, first, count);
#endif
  return names;
}
