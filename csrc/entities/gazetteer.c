/* The gazetteer's name classes of a word or a phrase, for the tagger's
 * features and the rules of rules.c: the lexicon's (data/en/gazetteer,
 * VERBA_NAME_*; a phrase's words joined by one space, looked up when its
 * first word starts a phrase). */
#include <string.h>
#include "entities.h"

/* The longest phrase key: the lexicon's bound. */
#define PHRASE_KEY 128


int ent_phrase_start(const ent_text *x, size_t k) {
  return (x->classes[k] & VERBA_LEX_PHRASE_START) != 0;
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
  return names;
}
