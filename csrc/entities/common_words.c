/* Is a word an English common word? A Bloom filter of a dictionary's
 * lower-case words (common_words.h, from SCOWL by tools/gen_common_words.lua)
 * answers for ASCII words: a capitalised word it has is a common word
 * written as a name's (Ask Jeeves, Dimension Data), one it lacks may be a
 * name no list has (Goran Ivanisevic). About 0.2% of other words pass too. */
#include "entities.h"
#include "../lexicon.h"
#include "common_words.h"

#define COMMON_WORD_MASK ((1u << COMMON_WORD_BITS_LOG2) - 1)

int ent_ascii_word(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  size_t end = ent_name_end(doc, k), pos;
  for (pos = doc->toks[k].start; pos < end; pos++)
    if (doc->text.s[pos] >= 0x80) return 0;
  return 1;
}

int verba_dictionary_word(const verba_text *t, size_t start, size_t end) {
  uint32_t h, step;
  size_t pos;
  int i;
  for (pos = start; pos < end; pos++)
    if (t->s[pos] >= 0x80) return 0;
  h = ent_fold_hash(t, start, end);
  step = (h >> 17 | h << 15) | 1u;
  for (i = 0; i < COMMON_WORD_PROBES; i++) {
    uint32_t b = (h + (uint32_t)i * step) & COMMON_WORD_MASK;
    if (!(common_word_bits[b >> 5] >> (b & 31) & 1)) return 0;
  }
  return 1;
}

int ent_common_word(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  return verba_dictionary_word(&doc->text, doc->toks[k].start, ent_name_end(doc, k));
}
