/* The document as the entity stage holds it (ent_text): its scratch
 * memory, taken through the document's allocator, and what
 * ent_text_init reads once a token: the lexicon's answers as a row of a
 * table of the entries the document holds, and bit sets of the tokens
 * with capitals, titles, genders and numbers. The runs, evidence and
 * features are features.c's. */
#include <string.h>
#include "../memory.h"
#include "entities.h"

/* A word that starts with a capital, or has one after a lower-case start
 * (iPhone, al-Assad). */
static int has_capital(const verba_doc *doc, const verba_tok *t) {
  size_t i;
  if (t->kind != VERBA_WORD) return 0;
  if (t->shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS)) return 1;
  for (i = 1; i < t->len; i++) {
    unsigned char c = doc->text.s[t->start + i];
    if (c >= 'A' && c <= 'Z') return 1;
  }
  return 0;
}

/* ---- Scratch memory ---------------------------------------------------------- */

int ent_reserve(const verba_doc *doc, void **items, size_t *cap, size_t need,
                size_t size) {
  return verba_grow(doc->alloc, doc->alloc_ud, items, cap, need, size, 64);
}

void ent_release(const verba_doc *doc, void **items, size_t *cap, size_t size) {
  if (*items) doc->alloc(doc->alloc_ud, *items, *cap * size, 0);
  *items = NULL;
  *cap = 0;
}

/* Sorts keys[0, n) in ascending order, each key once: a bottom-up merge
 * sort between keys and scratch[0, n). The keys kept. */
static size_t sort_keys(uint64_t *keys, uint64_t *scratch, size_t n) {
  uint64_t *from = keys, *to = scratch;
  size_t width, i, kept;
  for (width = 1; width < n; width *= 2) {
    for (i = 0; i < n; i += 2 * width) {
      size_t a = i, amid = i + width < n ? i + width : n, b = amid;
      size_t bend = i + 2 * width < n ? i + 2 * width : n, out = i;
      while (a < amid && b < bend) to[out++] = from[b] < from[a] ? from[b++] : from[a++];
      while (a < amid) to[out++] = from[a++];
      while (b < bend) to[out++] = from[b++];
    }
    to = from;
    from = from == keys ? scratch : keys;
  }
  if (from != keys) memcpy(keys, from, n * sizeof *keys);
  for (i = kept = 0; i < n; i++)
    if (kept == 0 || keys[i] != keys[kept - 1]) keys[kept++] = keys[i];
  return kept;
}

int ent_key_index_reserve(const verba_doc *doc, ent_key_index *ix, size_t n) {
  /* (the first half for the keys, the second for sort_keys' scratch) */
  int rc = ent_reserve(doc, (void **)&ix->keys, &ix->cap, 2 * n, sizeof *ix->keys);
  ix->n = 0;
  ix->made = rc == VERBA_OK;
  return rc;
}

void ent_key_index_sort(ent_key_index *ix) {
  /* (an index of no key may have no array: nothing to sort then) */
  if (ix->n < 2) return;
  ix->n = sort_keys(ix->keys, ix->keys + ix->n, ix->n);
}

size_t ent_key_index_from(const ent_key_index *ix, uint64_t key) {
  size_t lo = 0, hi = ix->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (ix->keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

void ent_key_index_free(const verba_doc *doc, ent_key_index *ix) {
  ent_release(doc, (void **)&ix->keys, &ix->cap, sizeof *ix->keys);
  ix->n = 0;
  ix->made = 0;
}


/* ent_text_init's map of the lexicon entries the document holds to their
 * rows in x->lexicals: entry << 32 | row in a slot of the entry's hash,
 * 0 for an empty slot (entry 0, no word's, has none); a power of two of
 * slots, at most half of them full. */
typedef struct lexical_map {
  uint64_t *slots;
  size_t cap;
} lexical_map;

static size_t lexical_slot(const lexical_map *map, uint32_t entry) {
  uint32_t h = entry * 0x9E3779B1u;
  size_t mask = map->cap - 1, i = (h ^ h >> 16) & mask;
  while (map->slots[i] && (uint32_t)(map->slots[i] >> 32) != entry) i = (i + 1) & mask;
  return i;
}

/* Doubles the map (its entries put back). VERBA_OK or VERBA_ENOMEM. */
static int lexical_map_grow(const verba_doc *doc, lexical_map *map) {
  lexical_map bigger = {NULL, 0};
  size_t i;
  int rc = ent_reserve(doc, (void **)&bigger.slots, &bigger.cap, 2 * map->cap,
                       sizeof *bigger.slots);
  if (rc != VERBA_OK) return rc;
  /* (a power of two still: ent_reserve doubles from 64) */
  memset(bigger.slots, 0, bigger.cap * sizeof *bigger.slots);
  for (i = 0; i < map->cap; i++)
    if (map->slots[i])
      bigger.slots[lexical_slot(&bigger, (uint32_t)(map->slots[i] >> 32))] = map->slots[i];
  ent_release(doc, (void **)&map->slots, &map->cap, sizeof *map->slots);
  *map = bigger;
  return VERBA_OK;
}

/* Adds the row of token k's entry, which slot i of the map (empty) is
 * for, with the lexicon's answers: VERBA_OK or VERBA_ENOMEM. */
static int lexical_add(ent_text *x, lexical_map *map, size_t i, size_t k, uint32_t *row) {
  const verba_doc *doc = x->doc;
  uint32_t entry = doc->toks[k].entry;
  int rc;
  if ((x->nlexicals + 1) * 2 > map->cap) {
    if ((rc = lexical_map_grow(doc, map)) != VERBA_OK) return rc;
    i = lexical_slot(map, entry);
  }
  rc = ent_reserve(doc, (void **)&x->lexicals, &x->lexicalcap, x->nlexicals + 1,
                   sizeof *x->lexicals);
  if (rc != VERBA_OK) return rc;
  *row = (uint32_t)x->nlexicals++;
  x->lexicals[*row].classes = verba_doc_classes(doc, k);
  x->lexicals[*row].names = verba_doc_names(doc, k);
  map->slots[i] = (uint64_t)entry << 32 | *row;
  return VERBA_OK;
}

/* Bytes of a word whose possessive written apart is looked up with it,
 * at most. */
#define POSSESSIVE_STEM_BYTES 40

/* Does word k, before a possessive written apart (People 's Daily, as
 * tokenised text has it), start a phrase of the lexicon written with the
 * possessive against it (People's Daily)? The lexicon's phrases hold the
 * word with its 's; their lookups (gazetteer.c) join the two. */
static int possessive_phrase_start(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  char word[POSSESSIVE_STEM_BYTES + 2];
  uint32_t entry;
  if (t->kind != VERBA_WORD || t->len > POSSESSIVE_STEM_BYTES) return 0;
  memcpy(word, doc->text.s + t->start, t->len);
  word[t->len] = '\'';
  word[t->len + 1] = 's';
  entry = verba_lex_find(&doc->config->lexicon, word, t->len + 2, verba_shape_case(t->shape));
  return entry != VERBA_LEX_NONE &&
         (verba_lex_classes(&doc->config->lexicon, entry) & VERBA_LEX_PHRASE_START) != 0;
}

int ent_text_init(ent_text *x, const verba_doc *doc) {
  lexical_map map = {NULL, 0};
  size_t k, starts = 0, words = doc->ntoks / 64 + 1; /* of a bit set of the tokens */
  size_t sentence_words = doc->nsentences / 64 + 1;    /* and of the sentences */
  int rc;
  memset(x, 0, sizeof *x);
  x->doc = doc;
  rc = ent_reserve(doc, (void **)&x->lexical_of, &x->lexical_ofcap, doc->ntoks + 1,
                   sizeof *x->lexical_of);
  if (rc == VERBA_OK)
    rc = ent_reserve(doc, (void **)&x->lexicals, &x->lexicalcap, 1, sizeof *x->lexicals);
  if (rc == VERBA_OK) rc = ent_reserve(doc, (void **)&map.slots, &map.cap, 1, sizeof *map.slots);
  if (rc == VERBA_OK)
    rc = ent_reserve(doc, (void **)&x->bitsets, &x->bitsetcap, 8 * words, sizeof *x->bitsets);
  if (rc == VERBA_OK)
    rc = ent_reserve(doc, (void **)&x->sentence_bits, &x->sentence_bitcap, 2 * sentence_words,
                     sizeof *x->sentence_bits);
  if (rc != VERBA_OK) {
    ent_release(doc, (void **)&map.slots, &map.cap, sizeof *map.slots);
    return rc;
  }
  memset(map.slots, 0, map.cap * sizeof *map.slots);
  x->lexicals[0].classes = 0;
  x->lexicals[0].names = 0;
  x->nlexicals = 1;
  memset(x->bitsets, 0, 8 * words * sizeof *x->bitsets);
  x->capitals = x->bitsets;
  x->titles = x->bitsets + words;
  x->gendered = x->bitsets + 2 * words;
  x->capped = x->bitsets + 3 * words;
  x->numbers = x->bitsets + 4 * words;
  x->phrase_starts = x->bitsets + 5 * words;
  x->phrase_ranks = x->bitsets + 6 * words;
  x->claims = x->bitsets + 7 * words;
  memset(x->sentence_bits, 0, 2 * sentence_words * sizeof *x->sentence_bits);
  x->lowered_sentences = x->sentence_bits;
  x->numbered_sentences = x->sentence_bits + sentence_words;
  x->undotted_saints = 0;
  for (k = 0; k < doc->ntoks && rc == VERBA_OK; k++) {
    const verba_tok *t = &doc->toks[k];
    uint32_t row = 0;
    if (t->kind == VERBA_WORD && (t->shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS))) {
      x->capitals[k >> 6] |= (uint64_t)1 << (k & 63);
      if (ent_saint_undotted(doc, k)) x->undotted_saints = 1;
    }
    if (has_capital(doc, t)) x->capped[k >> 6] |= (uint64_t)1 << (k & 63);
    if (t->kind == VERBA_NUMBER) {
      x->numbers[k >> 6] |= (uint64_t)1 << (k & 63);
      x->numbered_sentences[t->sentence >> 6] |= (uint64_t)1 << (t->sentence & 63);
    }
    if (t->kind == VERBA_WORD && t->len >= 4 && (t->shape & VERBA_SHAPE_LOWER))
      x->lowered_sentences[t->sentence >> 6] |= (uint64_t)1 << (t->sentence & 63);
    if (t->entry) {
      verba_classes classes;
      size_t i = lexical_slot(&map, t->entry);
      /* (most tokens: a word the document wrote before) */
      if (map.slots[i]) row = (uint32_t)map.slots[i];
      else rc = lexical_add(x, &map, i, k, &row);
      classes = x->lexicals[row].classes;
      if (classes & ENT_TITLE_CLASSES) x->titles[k >> 6] |= (uint64_t)1 << (k & 63);
      if (classes & (VERBA_LEX_MALE | VERBA_LEX_FEMALE))
        x->gendered[k >> 6] |= (uint64_t)1 << (k & 63);
      if (classes & VERBA_LEX_PHRASE_START)
        x->phrase_starts[k >> 6] |= (uint64_t)1 << (k & 63);
    }
    /* (a possessive written apart after a word: rare but in tokenised
     * text, told by its first byte) */
    if (t->cp == '\'' && k + 1 < doc->ntoks && ent_possessive_s(doc, k + 1) &&
        possessive_phrase_start(doc, k - 1))
      x->phrase_starts[(k - 1) >> 6] |= (uint64_t)1 << ((k - 1) & 63);
    x->lexical_of[k] = row;
    if (t->kind != VERBA_PUNCT &&
        (t->kind != VERBA_WORD ||
         (x->lexicals[row].names & (ENT_NUMERIC_STARTS | VERBA_NAME_NAME_CONNECTOR)) ||
         ((t->shape & VERBA_SHAPE_ALL_CAPS) && t->len <= 3)))
      x->claims[k >> 6] |= (uint64_t)1 << (k & 63);
  }
  ent_release(doc, (void **)&map.slots, &map.cap, sizeof *map.slots);
  if (rc != VERBA_OK) return rc;
  for (k = 0; k < words; k++) {
    x->phrase_ranks[k] = starts;
    starts += ent_count_bits(x->phrase_starts[k]);
  }
  return ent_phrase_memo_init(x, starts);
}

#define CLUB_NAMES (VERBA_NAME_ORGANIZATION | VERBA_NAME_SPORTS_CLUB)

void ent_text_for_rules(ent_text *x) {
  size_t row, k;
  int teams = 0;
  x->for_rules = 1;
  for (row = 1; row < x->nlexicals; row++) {
    verba_names *names = &x->lexicals[row].names;
    if (!(*names & VERBA_NAME_TEAM_NAME)) continue;
    /* (a club of the gazetteers keeps theirs, Spurs: team_name then
     * says a team of the league's list alone) */
    if (*names & VERBA_NAME_SPORTS_CLUB) *names &= ~VERBA_NAME_TEAM_NAME;
    else teams = 1;
  }
  /* (most documents name no team: their tokens are not read; a row is a
   * lexicon entry, the first token of it read decides) */
  for (k = 0; teams && k < x->doc->ntoks; k++) {
    verba_names *names = &x->lexicals[x->lexical_of[k]].names;
    if ((*names & VERBA_NAME_TEAM_NAME) && !(*names & VERBA_NAME_SPORTS_CLUB))
      *names |= CLUB_NAMES | (ent_common_word(x, k) ? VERBA_NAME_AMBIGUOUS_NAME : 0);
  }
}

void ent_text_free(ent_text *x) {
  const verba_doc *doc = x->doc;
  ent_text_tagged(x);
  ent_release(doc, (void **)&x->runs, &x->runcap, sizeof *x->runs);
  ent_release(doc, (void **)&x->seen, &x->seencap, sizeof *x->seen);
  ent_release(doc, (void **)&x->modifiers, &x->modcap, sizeof *x->modifiers);
  ent_release(doc, (void **)&x->lexical_of, &x->lexical_ofcap, sizeof *x->lexical_of);
  ent_release(doc, (void **)&x->lexicals, &x->lexicalcap, sizeof *x->lexicals);
  ent_phrase_memo_free(x);
  ent_release(doc, (void **)&x->bitsets, &x->bitsetcap, sizeof *x->bitsets);
  ent_release(doc, (void **)&x->sentence_bits, &x->sentence_bitcap, sizeof *x->sentence_bits);
  x->nruns = 0;
}

int ent_hyphened_particle_name(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  return t->kind == VERBA_WORD && !(t->shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS)) &&
         verba_lex_particle_name(&doc->config->lexicon, (const char *)doc->text.s + t->start,
                                 t->len);
}

int ent_name_suffix(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  const verba_tok *t = &doc->toks[k];
  if (t->kind == VERBA_WORD && (ent_names(x, k) & VERBA_NAME_NAME_SUFFIX)) return 1;
  return k + 1 < doc->ntoks && doc->toks[k + 1].cp == '.' && t->kind == VERBA_WORD &&
         (t->shape & VERBA_SHAPE_CAPITALIZED) && !(t->shape & VERBA_SHAPE_ALL_CAPS) &&
         (ent_classes(x, k) & (VERBA_LEX_ABBREV_GENERAL | VERBA_LEX_REGION_ABBREV)) ==
             VERBA_LEX_ABBREV_GENERAL &&
         !(ent_names(x, k) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD | VERBA_NAME_MONTH |
                              VERBA_NAME_WEEKDAY | VERBA_NAME_PLACE));
}
