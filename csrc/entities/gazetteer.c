/* The gazetteer's name classes of a word or a phrase, for the tagger's
 * features and the rules of rules.c: the lexicon's (data/en/gazetteer,
 * VERBA_NAME_*; a phrase's words joined by one space, looked up when its
 * first word starts a phrase). */
#include <string.h>
#include "entities.h"

/* The longest phrase key: the lexicon's bound. */
#define PHRASE_KEY 128


/* Is token k the word "and" in lower case? */
static int is_and(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  return t->len == 3 && s[0] == 'a' && s[1] == 'n' && s[2] == 'd';
}

/* Does "and" join two capitalised words of the tokens [first, first +
 * count) (Procter and Gamble)? (Most phrases asked are two words: no
 * token is between.) */
static int has_and(const verba_doc *doc, size_t first, size_t count) {
  size_t k;
  for (k = first + 1; k + 1 < first + count; k++)
    if (doc->toks[k].cp == 'a' && is_and(doc, k) &&
        (doc->toks[k - 1].shape & doc->toks[k + 1].shape & VERBA_SHAPE_CAPITALIZED))
      return 1;
  return 0;
}

/* Does a phrase of tokens [first, first + count) hold an undotted St
 * before its last token? */
static int has_saint_undotted(const verba_doc *doc, size_t first, size_t count) {
  size_t k;
  for (k = first; k + 1 < first + count; k++)
    if (ent_saint_undotted(doc, k)) return 1;
  return 0;
}

/* How phrase_key writes a phrase other than as it stands: each "and"
 * between two words as "&", each undotted St as the lists write it,
 * "St ." (Paris St Germain, the lists' Paris St . Germain). */
enum { KEY_AMPERSAND = 1, KEY_SAINT_DOT = 2 };

/* The phrase of tokens [first, first + count) as the lexicon keys it, in
 * key: its tokens joined by one space, the last one's possessive cut
 * unless whole (the Bank of England's), written as the flags say. Its
 * length, or PHRASE_KEY if too long. */
static inline size_t phrase_key(const verba_doc *doc, size_t first, size_t count, int whole,
                         int flags, char *key) {
  size_t n = 0, k;
  for (k = first; k < first + count && n < PHRASE_KEY; k++) {
    size_t start = doc->toks[k].start;
    size_t end = k + 1 == first + count && !whole ? ent_name_end(doc, k) : start + doc->toks[k].len;
    /* (a possessive written apart joins its word, as the lists write it) */
    if (k > first && !(ent_detached_apostrophe(doc, k) || ent_possessive_s(doc, k))) key[n++] = ' ';
    if ((flags & KEY_AMPERSAND) && k > first && k + 1 < first + count && is_and(doc, k)) {
      if (n < PHRASE_KEY) key[n++] = '&';
      continue;
    }
    if (n + (end - start) > PHRASE_KEY) return PHRASE_KEY;
    memcpy(key + n, doc->text.s + start, end - start);
    n += end - start;
    if ((flags & KEY_SAINT_DOT) && k + 1 < first + count && ent_saint_undotted(doc, k)) {
      if (n + 2 > PHRASE_KEY) return PHRASE_KEY;
      key[n++] = ' ';
      key[n++] = '.';
    }
  }
  return n < PHRASE_KEY ? n : PHRASE_KEY;
}

/* The names of tokens [first, first + count), the last one's possessive
 * ending cut unless whole; a phrase with "and" inside that finds none is
 * looked up again with "&", as the lists write the names the wire writes
 * with "and" (Procter and Gamble, the lists' Procter & Gamble). */
static verba_names phrase_names(const verba_doc *doc, size_t first, size_t count, int whole) {
  char key[PHRASE_KEY];
  size_t n, k, last = first + count - 1, start = doc->toks[first].start;
  verba_names names;
  const verba_lexicon *lx = &doc->config->lexicon;
  enum verba_lex_case wcase = verba_shape_case(doc->toks[first].shape);
  /* a word in capitals but for its possessive ending is looked up as its
   * name is written without it (EU's: EU, which the lists have in
   * capitals only) */
  if (count == 1 && !whole && (doc->toks[first].shape & VERBA_SHAPE_POSSESSIVE))
    wcase = verba_shape_case(verba_word_shape(&doc->text, start, ent_name_end(doc, first)));
  /* a phrase that ends in a possessive written apart is no name's but
   * with it (Budapest 's is Budapest's, whose name is Budapest's phrase) */
  if (!whole && count > 1 && (ent_detached_apostrophe(doc, last) || ent_possessive_s(doc, last)))
    return 0;
  /* tokens written one space apart, as most are, are the key as they
   * stand in the text: the lexicon folds it from there, not copied */
  for (k = first; k < last; k++) {
    size_t end = doc->toks[k].start + doc->toks[k].len;
    if (doc->toks[k + 1].start != end + 1 || doc->text.s[end] != ' ' ||
        ent_detached_apostrophe(doc, k + 1))
      break;
  }
  if (k == last) {
    n = (whole ? doc->toks[last].start + doc->toks[last].len : ent_name_end(doc, last)) - start;
    if (n >= sizeof key) return 0; /* (as below: a key too long) */
    names = verba_lex_names(lx, verba_lex_find(lx, (const char *)doc->text.s + start, n, wcase));
  } else {
    n = phrase_key(doc, first, count, whole, 0, key);
    names = n < sizeof key ? verba_lex_names(lx, verba_lex_find(lx, key, n, wcase)) : 0;
  }
  if (names || count < 3 || !has_and(doc, first, count)) return names;
  n = phrase_key(doc, first, count, whole, KEY_AMPERSAND, key);
  return n < sizeof key ? verba_lex_names(lx, verba_lex_find(lx, key, n, wcase)) : 0;
}

verba_names ent_phrase(const verba_doc *doc, size_t first, size_t count) {
  return phrase_names(doc, first, count, 0);
}

verba_names ent_phrase_whole(const verba_doc *doc, size_t first, size_t count) {
  return phrase_names(doc, first, count, 1);
}

/* The answers of ent_phrase at one phrase start, for phrases of 2 to
 * ENT_MAX_PHRASE tokens. */
struct ent_phrase_memo {
  verba_names names[ENT_MAX_PHRASE - 1]; /* of count tokens at count - 2 */
  uint32_t known;                    /* bit count - 2: names holds it */
};

/* The end of the word at token k with the possessive after it written
 * apart, if any (People 's, Workers '). */
static size_t with_possessive_end(const verba_doc *doc, size_t k) {
  if (k + 1 >= doc->ntoks || !ent_detached_apostrophe(doc, k + 1)) return k + 1;
  return k + 2 < doc->ntoks && ent_possessive_s(doc, k + 2) ? k + 3 : k + 2;
}

/* Could the phrases of three words or more at phrase start k be listed:
 * do its first two words open one of the lexicon's? (An "and" second
 * may be looked up as "&": Procter and Gamble Co.) */
static int may_open_long_phrase(const verba_doc *doc, size_t k) {
  char key[PHRASE_KEY];
  size_t n, second;
  if (k + 1 >= doc->ntoks || is_and(doc, k + 1)) return 1;
  /* (a word's possessive written apart is the word's: People 's Daily) */
  second = with_possessive_end(doc, k);
  if (second >= doc->ntoks) return 1;
  n = phrase_key(doc, k, with_possessive_end(doc, second) - k, 1, 0, key);
  return n >= sizeof key ||
         verba_lex_may_open_phrase(&doc->config->lexicon, key, n);
}

int ent_phrase_memo_init(ent_text *x, size_t starts) {
  /* the memo's bits of phrases of three words or more */
  const uint32_t long_phrases = ((1u << (ENT_MAX_PHRASE - 1)) - 1) & ~1u;
  size_t k = 0, i = 0;
  int rc = ent_reserve(x->doc, (void **)&x->phrase_memo, &x->phrase_memocap, starts + 1,
                       sizeof *x->phrase_memo);
  if (rc != VERBA_OK) return rc;
  memset(x->phrase_memo, 0, (starts + 1) * sizeof *x->phrase_memo);
  /* those no listed phrase opens like are known to be none (not where a
   * possessive written apart makes a phrase of two words three tokens or
   * more: People 's Daily) */
  while ((k = ent_next_bit(x->phrase_starts, x->doc->ntoks, k)) < x->doc->ntoks) {
    if (with_possessive_end(x->doc, k) == k + 1 && !may_open_long_phrase(x->doc, k))
      x->phrase_memo[i].known = long_phrases;
    i++;
    k++;
  }
  return VERBA_OK;
}

void ent_phrase_memo_free(ent_text *x) {
  ent_release(x->doc, (void **)&x->phrase_memo, &x->phrase_memocap, sizeof *x->phrase_memo);
}

struct ent_phrase_memo *ent_phrase_memo_at(const ent_text *x, size_t first) {
  uint64_t before = ((uint64_t)1 << (first & 63)) - 1;
  return &x->phrase_memo[x->phrase_ranks[first >> 6] +
                         ent_count_bits(x->phrase_starts[first >> 6] & before)];
}

verba_names ent_phrase_memoised(const ent_text *x, struct ent_phrase_memo *m, size_t first,
                             size_t count) {
  uint32_t bit = 1u << (count - 2);
  if (!(m->known & bit)) {
    m->names[count - 2] = ent_phrase(x->doc, first, count);
    m->known |= bit;
  }
  return ent_rules_names(x, m->names[count - 2]);
}

int ent_undotted_saint_in(const ent_text *x, size_t first, size_t count) {
  return x->undotted_saints && has_saint_undotted(x->doc, first, count);
}

verba_names ent_phrase_saint_dotted(const ent_text *x, size_t first, size_t count) {
  const verba_doc *doc = x->doc;
  char key[PHRASE_KEY];
  size_t n = phrase_key(doc, first, count, 0, KEY_SAINT_DOT, key);
  if (n >= sizeof key) return 0;
  return ent_rules_names(x, verba_lex_names(&doc->config->lexicon,
                                            verba_lex_find(&doc->config->lexicon, key, n,
                                                           verba_shape_case(doc->toks[first].shape))));
}

verba_names ent_phrase_of(const ent_text *x, size_t first, size_t count) {
  verba_names names;
  if (count < 2 || count > ENT_MAX_PHRASE || !ent_phrase_start(x, first))
    names = ent_rules_names(x, ent_phrase(x->doc, first, count));
  else
    names = ent_phrase_memoised(x, ent_phrase_memo_at(x, first), first, count);
  return names || count < 2 || !ent_undotted_saint_in(x, first, count)
             ? names
             : ent_phrase_saint_dotted(x, first, count);
}
