/* Rules over the tagger's names, where the text's form or the gazetteer
 * says more than a model trained on a few thousand names can learn
 * (lines.c has those of credit lines, datelines and score lines;
 * organisations.c those of organisations' names: possessors, names over
 * "and", coordinated names, head words; unlisted.c those of names no
 * list has: initials, given names, unknown words in capitals; repairs.c
 * mends the tagger's mentions before them all):
 *   - the user's names (verba.new{gazetteer=, stoplist=}: the name
 *     classes listed_name and not_name): a listed name is the entity the
 *     user gave wherever it is written; a stoplisted one is no name;
 *   - listed organisations where the tagger saw no name (Hamas; Arsenal
 *     in mid-sentence prose);
 *   - titles and roles: the capitalised words right after a person's
 *     title (Mrs. Jane Doe, Sen. Chris Coons) or a noun of role (striker
 *     Giovane Elber) name a person; after a role and "at", an
 *     organisation (analysts at Merrill Lynch); a club before a role of
 *     its staff is the club (Arsenal manager), and where a text names a
 *     club, a town's name that is a club's too is the club;
 *   - groups: a nationality or a people (Chinese, Canadians, Muslims:
 *     the gazetteer's demonym, nationality_plural and group classes) is a
 *     group where it stands alone, named or missed by the tagger.
 * A rule that decides a type marks the mention VERBA_ENT_DECIDED. */
#include <string.h>
#include "rules.h"

int ent_is_title(const ent_text *x, size_t k) {
  verba_classes c = ent_classes(x, k);
  return capital_word(x->doc, k) && (c & (VERBA_LEX_NAME_TITLE | VERBA_LEX_ABBREV_TITLE)) &&
         !(c & VERBA_LEX_DETERMINER);
}


int ent_grammar_word(const ent_text *x, size_t k) {
  return (ent_classes(x, k) & (GRAMMAR_WORDS | VERBA_LEX_TITLE_SMALL_WORD)) != 0;
}

int ent_is_dot(const verba_doc *doc, size_t k) {
  return doc->toks[k].cp == '.' && doc->toks[k].len == 1;
}

int ent_slash_joined(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  return t->cp == '/' && t->len == 1 && !(t->shape & VERBA_SHAPE_SPACED) &&
         k + 1 < doc->ntoks && !(doc->toks[k + 1].shape & VERBA_SHAPE_SPACED);
}

/* The name classes of tokens [first, last): the word's or the phrase's. */
verba_names ent_names_of(const rules *r, size_t first, size_t last) {
  const verba_doc *doc = r->doc;
  if (last - first > 1) return ent_phrase_of(r->x, first, last - first);
  /* (a name in capitals in the possessive, CIA's, is looked up as it is
   * written without its ending, which the word's own record is not: the
   * lists have CIA in capitals only) */
  if ((doc->toks[first].shape & (VERBA_SHAPE_POSSESSIVE | VERBA_SHAPE_ALL_CAPS)) ==
          VERBA_SHAPE_POSSESSIVE &&
      (verba_word_shape(&doc->text, doc->toks[first].start, ent_name_end(doc, first)) &
       VERBA_SHAPE_ALL_CAPS))
    return ent_rules_names(r->x, ent_phrase(doc, first, 1));
  return ent_names(r->x, first);
}

/* The first mention of the sorted part that ends after token k. */
size_t ent_mention_from(const rules *r, size_t k) {
  size_t lo = 0, hi = r->sorted;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (r->list->items[mid].last <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* The tagger's mention or, where a rule covered token k, the mention a
 * rule added (read only then: most tokens are none's). */
size_t ent_mention_holding(const rules *r, size_t k) {
  size_t m = ent_mention_from(r, k);
  if (m < r->sorted && r->list->items[m].first <= k) return m;
  if (!is_covered(r->covered, k)) return r->list->n;
  for (m = r->sorted; m < r->list->n; m++)
    if (r->list->items[m].first <= k && k < r->list->items[m].last) return m;
  return m;
}

size_t ent_mention_ending_at(const rules *r, size_t k) {
  size_t i = k > 0 ? ent_mention_from(r, k - 1) : r->sorted;
  return i < r->sorted && r->list->items[i].last == k ? i : r->sorted;
}

/* Adds a mention of tokens [first, last) whose type a rule decided, with
 * flags, dropping the tagger's mentions it overlaps (the sorted part of
 * the list is searched from the first that may overlap: linear over a
 * document). The passes run in order of trust: where an earlier rule
 * decided a token, the later one adds nothing, so that no two mentions
 * overlap (a headline's VOLKSWAGEN, a listed organisation, stays one even
 * if its line looks like a dateline). */
int ent_add_decided(rules *r, size_t first, size_t last, enum verba_entity_type type,
                       unsigned flags) {
  verba_entity_list *list = r->list;
  size_t lo = ent_mention_from(r, first), k;
  int rc;
  for (k = first; k < last; k++)
    if (is_covered(r->decided, k)) return VERBA_OK;
  for (; lo < r->sorted && list->items[lo].first < last; lo++)
    list->items[lo].type = VERBA_ENT_NTYPES; /* dropped; compacted at the end */
  rc = ent_add(list, r->doc, first, last, r->doc->toks[first].start,
               ent_name_end(r->doc, last - 1), type);
  if (rc == VERBA_OK) list->items[list->n - 1].flags |= VERBA_ENT_DECIDED | flags;
  cover(r->covered, first, last);
  cover(r->decided, first, last);
  return rc;
}

int ent_over_capitals(rules *r, size_t from, int (*at)(rules *, size_t)) {
  size_t k;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, from); k < r->doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1))
    rc = at(r, k);
  return rc;
}

int ent_over_words_of(rules *r, verba_names c, int (*at)(rules *, size_t)) {
  size_t k;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, 1); k < r->doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1))
    if (ent_names(r->x, k) & c) rc = at(r, k);
  return rc;
}

/* The classes of word k, or in the possessive its stem's (a clitic form
 * keeps no title or role class: the Prime Minister's office). */
verba_classes ent_stem_classes(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  const verba_tok *t = &doc->toks[k];
  const verba_lexicon *lx = &doc->config->lexicon;
  size_t end;
  if (!(t->shape & VERBA_SHAPE_POSSESSIVE)) return ent_classes(x, k);
  /* (in the case of the stem as written: MP's is MP, in capitals) */
  end = ent_name_end(doc, k);
  return verba_lex_classes(lx, verba_lex_find(lx, (const char *)doc->text.s + t->start,
                                              end - t->start,
                                              verba_shape_case(verba_word_shape(
                                                  &doc->text, t->start, end))));
}

int ent_firm_abbreviation(const ent_text *x, size_t k) {
  return (ent_names(x, k) & VERBA_NAME_ORG_HEAD) &&
         (ent_stem_classes(x, k) & VERBA_LEX_ABBREV_GENERAL);
}

/* Is word k a title (President, Sen.), also in the possessive? */
int ent_title_word(const ent_text *x, size_t k) {
  if (!(x->doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE)) return ent_is_title(x, k);
  return capital_word(x->doc, k) && (ent_stem_classes(x, k) & VERBA_LEX_NAME_TITLE);
}

/* ---- Lines in capitals -------------------------------------------------------------- */

/* A word in capitals that the document writes in lower case, and never
 * with a capital mid-sentence, is a common word (BEAT in LEEDS BEAT
 * CHELSEA): a name written in capitals does not run across it. Not a
 * connector (BANK OF ENGLAND) nor a listed name (LISTED_NAMES) unless its
 * common sense comes first (US, the country, is no "us"). */
static int common_in_capitals(const ent_text *x, size_t k) {
  const verba_tok *t = &x->doc->toks[k];
  verba_names names = ent_names(x, k);
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_ALL_CAPS) &&
         (!(names & LISTED_NAMES) || (names & VERBA_NAME_AMBIGUOUS_NAME)) &&
         ent_written_lower(x, k);
}

/* Is every word of mention e in capitals (a headline's or a credit's
 * EMMANUEL DUNAND; not IBM Corp, whose capitals are an acronym's)? */
int ent_in_capitals(const verba_doc *doc, const verba_entity *e) {
  size_t k;
  for (k = e->first; k < e->last; k++)
    if (doc->toks[k].kind == VERBA_WORD && !(doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS))
      return 0;
  return 1;
}

/* The names the document writes not in capitals, to look up by their
 * folded words (an ent_key_index): each a key (hash << 8 | kind << 4 |
 * type). */
typedef ent_key_index written_names;

enum { WHOLE_NAME, FAMILY_NAME };

static uint64_t written_key(uint32_t hash, unsigned kind, enum verba_entity_type type) {
  return (uint64_t)hash << 8 | (uint64_t)kind << 4 | (uint64_t)type;
}

/* Indexes the names of list the document writes not in capitals, of
 * min_words words or more; a firm's name with its legal suffix also
 * without it (California Micro Devices of California Micro Devices Corp)
 * where stems. */
static int index_written(const ent_text *x, const verba_entity_list *list, size_t min_words,
                         int stems, written_names *w) {
  const verba_doc *doc = x->doc;
  size_t i;
  /* (two keys a name at most) */
  int rc = ent_key_index_reserve(doc, w, 2 * list->n);
  if (rc != VERBA_OK) return rc;
  for (i = 0; i < list->n; i++) {
    const verba_entity *e = &list->items[i];
    if (e->type > VERBA_ENT_OTHER || (doc->toks[e->first].shape & VERBA_SHAPE_ALL_CAPS) ||
        e->last - e->first < min_words)
      continue;
    w->keys[w->n++] = written_key(ent_fold_hash(&doc->text, e->start, e->end), WHOLE_NAME, e->type);
    if (e->type == VERBA_ENT_PERSON && e->last - e->first > 1)
      w->keys[w->n++] = written_key(
          ent_fold_hash(&doc->text, doc->toks[e->last - 1].start, e->end), FAMILY_NAME, e->type);
    else if (stems && e->type == VERBA_ENT_ORGANIZATION && e->last - e->first > min_words &&
             ent_firm_abbreviation(x, e->last - 1))
      w->keys[w->n++] = written_key(
          ent_fold_hash(&doc->text, e->start,
                        doc->toks[e->last - 2].start + doc->toks[e->last - 2].len),
          WHOLE_NAME, e->type);
  }
  ent_key_index_sort(w);
  return VERBA_OK;
}

/* The type of the name the document writes, not in capitals, as tokens
 * [first, last) (or, for one word, a person's name that ends in it:
 * CHERNOMYRDIN after Viktor Chernomyrdin), or VERBA_ENT_NTYPES if none. */
static enum verba_entity_type written_as(const verba_doc *doc, const written_names *w,
                                         size_t first, size_t last, int family_too) {
  uint64_t key = ent_fold_hash(&doc->text, doc->toks[first].start, ent_name_end(doc, last - 1));
  size_t lo = ent_key_index_from(w, key << 8);
  for (; lo < w->n && w->keys[lo] >> 8 == key; lo++)
    if ((w->keys[lo] >> 4 & 15) == WHOLE_NAME || (family_too && last - first == 1))
      return (enum verba_entity_type)(w->keys[lo] & 15);
  return VERBA_ENT_NTYPES;
}

static enum verba_entity_type written_elsewhere(const verba_doc *doc, const written_names *w,
                                                size_t first, size_t last) {
  return written_as(doc, w, first, last, 1);
}

/* The index of the names written, made once for the passes that share
 * it (by the first name that needs it). */
static int written_index(const ent_text *x, const verba_entity_list *list, written_names *w) {
  return w->made ? VERBA_OK : index_written(x, list, 1, 0, w);
}

/* Indexes words of the people the list names, as written_as reads a
 * word: with in_full, the first and the last words of those named in full
 * (Everton and Ribeiro of Everton Ribeiro: club_towns); else those named
 * by one word alone, not in capitals (people_named_elsewhere: fewer, and
 * not the last word of a full name, as the person named in full may be
 * the very name asked about, read as a person's there). */
static int index_people(const rules *r, int in_full, written_names *w) {
  const verba_doc *doc = r->doc;
  size_t i;
  /* (two keys a name at most) */
  int rc = ent_key_index_reserve(doc, w, 2 * r->list->n);
  if (rc != VERBA_OK) return rc;
  for (i = 0; i < r->list->n; i++) {
    const verba_entity *e = &r->list->items[i];
    if (e->type != VERBA_ENT_PERSON) continue;
    if (in_full ? e->last - e->first < 2
                : e->last - e->first != 1 || (doc->toks[e->first].shape & VERBA_SHAPE_ALL_CAPS))
      continue;
    w->keys[w->n++] = written_key(ent_word_key(doc, e->first), WHOLE_NAME, VERBA_ENT_PERSON);
    if (in_full)
      w->keys[w->n++] = written_key(ent_word_key(doc, e->last - 1), WHOLE_NAME, VERBA_ENT_PERSON);
  }
  ent_key_index_sort(w);
  return VERBA_OK;
}

/* A given name and one or two family names that the tagger read as a
 * place's, a firm's or another name are a person's where the document
 * names a person by the last of them elsewhere (Vladimir Putin, read as a
 * place, and Putin said; hired Chelsea Clinton, after Clinton spoke):
 * then the given name may be a place's or a common word's too (Vladimir,
 * Chelsea, Bill), the family name a place's (Clinton); or where the
 * lists know someone by it, after a given name that is no common word
 * (Vladimir Putin; not Art Deco). Not a name the lists have whole
 * (Philip Morris, Santa Cruz), nor after a title (Justice Alito), nor a
 * people's name or a particle first (Dutch, Van), nor a firm's word
 * (David Steel). */
static int people_named_elsewhere(rules *r) {
  const verba_doc *doc = r->doc;
  written_names written = {NULL, 0, 0, 0};
  size_t i;
  int rc = VERBA_OK;
  for (i = 0; i < r->sorted && rc == VERBA_OK; i++) {
    verba_entity *e = &r->list->items[i];
    const verba_tok *t = &doc->toks[e->first];
    verba_names given = ent_names(r->x, e->first);
    size_t k, words = e->last - e->first;
    if ((e->type != VERBA_ENT_PLACE && e->type != VERBA_ENT_ORGANIZATION &&
         e->type != VERBA_ENT_OTHER) ||
        (e->flags & VERBA_ENT_DECIDED) || words < 2 || words > 3 || !(given & GIVEN_NAMES) ||
        (given & (GROUP_NAMES | VERBA_NAME_NAME_PARTICLE)) || ent_title_word(r->x, e->first) ||
        !(t->shape & VERBA_SHAPE_CAPITALIZED) ||
        (t->shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_POSSESSIVE)))
      continue;
    for (k = e->first + 1; k < e->last && ent_family_word(r, k, VERBA_NAME_PLACE); k++) {
    }
    if (k < e->last || (ent_phrase_of(r->x, e->first, words) & (NOT_PERSON_NAMES | GROUP_NAMES)))
      continue;
    /* (the index is made once, for the first name that needs it) */
    if (!written.made && (rc = index_people(r, 0, &written)) != VERBA_OK) break;
    if (written_as(doc, &written, e->last - 1, e->last, 0) == VERBA_ENT_PERSON ||
        (ent_known_person(r->x, e->last - 1) && !ent_common_word(r->x, e->first)))
      e->type = VERBA_ENT_PERSON;
  }
  ent_key_index_free(doc, &written);
  return rc;
}

/* Indexes the first words of the people the list names in full where no
 * list and no dictionary has the word (Megawati of Megawati Sukarnoputri;
 * not Victor of Victor Polay), as written_as reads a word. */
static int index_unlisted_first_names(const rules *r, written_names *w) {
  const verba_doc *doc = r->doc;
  size_t i;
  int rc = ent_key_index_reserve(doc, w, r->list->n);
  if (rc != VERBA_OK) return rc;
  for (i = 0; i < r->list->n; i++) {
    const verba_entity *e = &r->list->items[i];
    if (e->type == VERBA_ENT_PERSON && e->last - e->first >= 2 &&
        ent_unknown_word_shaped(r->x, e->first))
      w->keys[w->n++] = written_key(ent_word_key(doc, e->first), WHOLE_NAME, VERBA_ENT_PERSON);
  }
  ent_key_index_sort(w);
  w->made = 1;
  return VERBA_OK;
}

/* A person's first word that no list and no dictionary has, where the
 * document names the person in full, is that person alone elsewhere,
 * where no mention holds it and it is no word of a longer name
 * (Megawati, daughter of Sukarno, was ousted, after Megawati
 * Sukarnoputri; supporters of Megawati): the tagger reads such a word
 * alone, opening a sentence or after a preposition, as no name. A listed
 * given name alone (Victor after Victor Polay) is left to the tagger. */
static int first_names_alone(rules *r) {
  const verba_doc *doc = r->doc;
  written_names written = {NULL, 0, 0, 0};
  size_t k;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    /* (nor a model's name after its number: the 944 Turbo) */
    if (is_covered(r->covered, k) ||
        (k > 0 && ent_goes_on(doc, k) &&
         (capital_word(doc, k - 1) || doc->toks[k - 1].kind == VERBA_NUMBER ||
          (ent_names(r->x, k - 1) & VERBA_NAME_NAME_PARTICLE))) ||
        (k + 1 < doc->ntoks && ent_goes_on(doc, k + 1) && capital_word(doc, k + 1)) ||
        !ent_unknown_word_shaped(r->x, k))
      continue;
    /* (the index is made once, for the first word that needs it) */
    if (!written.made && (rc = index_unlisted_first_names(r, &written)) != VERBA_OK) break;
    if (written_as(doc, &written, k, k + 1, 0) == VERBA_ENT_PERSON)
      rc = ent_add_decided(r, k, k + 1, VERBA_ENT_PERSON, 0);
  }
  ent_key_index_free(doc, &written);
  return rc;
}

/* Is token k a name's connector (of, and, for) or an ampersand? */
static int joins_capitals(const ent_text *x, size_t k) {
  const verba_tok *t = &x->doc->toks[k];
  return (ent_names(x, k) & VERBA_NAME_NAME_CONNECTOR) ||
         (t->len == 1 && x->doc->text.s[t->start] == '&');
}

/* Words of a firm's short name, at most (Iowa Beef of Iowa Beef
 * Processors Inc). */
#define SHORT_FIRM_WORDS 4

/* Can the first words [first, first + words) of organisation e name it
 * alone: e ends in a firm's legal suffix or a head word (Inc, Corp,
 * Systems), and the words are capitalised, no given name first (Charles
 * Schwab of Charles Schwab Corp may be the man), no country's or
 * region's name last (West Jersey of the West Jersey and Seashore
 * Railroad) and no name the
 * lists have whole (New York of New York Life, a place)? */
static int firm_short_name(const rules *r, const verba_entity *e, size_t words) {
  const verba_doc *doc = r->doc;
  size_t k;
  if (!(ent_names(r->x, e->last - 1) & VERBA_NAME_ORG_HEAD) ||
      (ent_names(r->x, e->first) & GIVEN_NAMES) ||
      (ent_names(r->x, e->first + words - 1) & (VERBA_NAME_COUNTRY | VERBA_NAME_REGION_NAME)) ||
      (ent_phrase_of(r->x, e->first, words) & LISTED_NAMES))
    return 0;
  for (k = e->first; k < e->first + words; k++)
    if (!capital_word(doc, k) || (doc->toks[k].shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_POSSESSIVE)))
      return 0;
  return 1;
}

/* Indexes the short names of the firms the list names in full: the first
 * two words or more of a name of three or more, as firm_short_name
 * allows (Iowa Beef and Iowa Beef Processors of Iowa Beef Processors Inc;
 * First Union of First Union Corp). */
static int index_short_firm_names(const rules *r, ent_key_index *w) {
  const verba_doc *doc = r->doc;
  size_t i, words;
  int rc = ent_key_index_reserve(doc, w, (SHORT_FIRM_WORDS - 1) * r->list->n);
  if (rc != VERBA_OK) return rc;
  for (i = 0; i < r->list->n; i++) {
    const verba_entity *e = &r->list->items[i];
    if (e->type != VERBA_ENT_ORGANIZATION || e->last - e->first < 3) continue;
    for (words = 2; words < e->last - e->first && words <= SHORT_FIRM_WORDS; words++)
      if (firm_short_name(r, e, words))
        w->keys[w->n++] = ent_fold_hash(&doc->text, doc->toks[e->first].start,
                                        ent_name_end(doc, e->first + words - 1));
  }
  ent_key_index_sort(w);
  return VERBA_OK;
}

/* Does a connector join the capitalised words [first, last) to more of a
 * name before or after them (the Federated Chamber of Industries, F.
 * Hoffmann-La Roche and Co: the run is the longer name's)? */
static int joined_on(const rules *r, size_t first, size_t last) {
  const verba_doc *doc = r->doc;
  return (last + 1 < doc->ntoks && joins_capitals(r->x, last) && capital_word(doc, last + 1)) ||
         (first >= 2 && joins_capitals(r->x, first - 1) && capital_word(doc, first - 2));
}

/* Do tokens [first, last) open an organisation's mention that goes on
 * over "of" or "for" after them, the full name itself (the World
 * Organization of the Scout Movement, the World Summit for the
 * Information Society, whose first words are their short names; not
 * two firms the tagger read as one over "and")? */
static int in_longer_organisation(const rules *r, size_t first, size_t last) {
  size_t m = ent_mention_holding(r, first);
  const verba_entity *e = m < r->list->n ? &r->list->items[m] : NULL;
  return e && e->type == VERBA_ENT_ORGANIZATION && e->first <= first && e->last > last &&
         (is_word(r->doc, last, "of") || is_word(r->doc, last, "for"));
}

/* A firm's first words alone, where the document names the firm in full
 * (Iowa Beef Processors Inc ... Iowa Beef mailed a letter; Alliance
 * Automation Systems ... Alliance Automation had sales of): the whole run
 * of capitalised words, a sentence's first word of grammar left out (But
 * First Union said), is that firm's, whatever the tagger read in it (Iowa,
 * a place). Not in a line in capitals (a headline's words are read by
 * grow_to_written). */
static int short_firm_names(rules *r) {
  const verba_doc *doc = r->doc;
  ent_key_index w;
  size_t k, end;
  int rc;
  memset(&w, 0, sizeof w);
  rc = index_short_firm_names(r, &w);
  for (k = ent_next_capital(r->x, 0); rc == VERBA_OK && w.n > 0 && k < doc->ntoks;
       k = ent_next_capital(r->x, end)) {
    uint32_t key;
    size_t at, first = k;
    for (end = k + 1; end < doc->ntoks && capital_word(doc, end) && ent_goes_on(doc, end) &&
                      !(doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE);
         end++) {
    }
    if ((doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START) && ent_grammar_word(r->x, k)) first++;
    if (end - first < 2 || end - k > SHORT_FIRM_WORDS ||
        (doc->toks[first].shape & VERBA_SHAPE_ALL_CAPS))
      continue;
    key = ent_fold_hash(&doc->text, doc->toks[first].start, ent_name_end(doc, end - 1));
    at = ent_key_index_from(&w, key);
    if (at < w.n && w.keys[at] == key && !ent_in_caps_line(r->x, k) && !joined_on(r, first, end) &&
        !in_longer_organisation(r, first, end))
      rc = ent_add_decided(r, first, end, VERBA_ENT_ORGANIZATION, 0);
  }
  ent_key_index_free(doc, &w);
  return rc;
}

/* Is word k in capitals a word of the dictionary of common words, in no
 * list, that the document never writes capitalised mid-sentence? */
static int dictionary_word_in_capitals(const ent_text *x, size_t k) {
  const verba_tok *t = &x->doc->toks[k];
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_ALL_CAPS) &&
         !(ent_names(x, k) & LISTED_NAMES) && ent_common_word(x, k) &&
         !ent_written_capitalised(x, k);
}

/* Drops a name the tagger found in a headline in capitals whose words are
 * common words, one at least written in lower case (SETS SPLIT, where the
 * story writes "the split"; not an acronym in a sentence, FIRST Global);
 * the dropped are compacted at the end. */
static void drop_common_in_capitals(const ent_text *x, verba_entity_list *list) {
  size_t i, k;
  for (i = 0; i < list->n; i++) {
    verba_entity *e = &list->items[i];
    int lower = 0;
    if (e->type > VERBA_ENT_OTHER || !ent_in_capitals(x->doc, e) ||
        !ent_in_caps_line(x, e->first))
      continue;
    for (k = e->first; k < e->last; k++) {
      if (common_in_capitals(x, k)) lower = 1;
      else if (!dictionary_word_in_capitals(x, k)) break;
    }
    if (k == e->last && lower) e->type = VERBA_ENT_NTYPES;
  }
}

int ent_slug_words(const ent_text *x, size_t first, size_t last) {
  size_t k;
  for (k = first; k < last; k++) {
    verba_names names = ent_names(x, k);
    if (x->doc->toks[k].kind != VERBA_WORD || !ent_common_word(x, k) ||
        ((names & LISTED_NAMES) && !(names & VERBA_NAME_AMBIGUOUS_NAME)))
      return 0;
  }
  return last > first;
}

/* Drops a name the tagger found in a story's slug, the topic in capitals
 * that opens a line before a dash (RUGBY UNION - CAMPESE TO RETIRE). The
 * dropped are compacted at the end. */
static void drop_slugs(const ent_text *x, verba_entity_list *list) {
  const verba_doc *doc = x->doc;
  size_t i;
  for (i = 0; i < list->n; i++) {
    verba_entity *e = &list->items[i];
    if (e->type <= VERBA_ENT_OTHER && (doc->toks[e->first].shape & VERBA_SHAPE_LINE_START) &&
        ent_dash_at(doc, e->last) && !(doc->toks[e->last].shape & VERBA_SHAPE_LINE_START) &&
        ent_in_capitals(doc, e) && ent_slug_words(x, e->first, e->last))
      e->type = VERBA_ENT_NTYPES;
  }
}

/* Is word k in capitals a headline's common word, which no name the
 * document writes holds: one it writes in lower case, or one of the
 * dictionary it never writes capitalised inside a sentence (WINS, SIGN)? */
static int headline_word(const ent_text *x, size_t k) {
  return (common_in_capitals(x, k) || dictionary_word_in_capitals(x, k)) &&
         !ent_written_capitalised(x, k);
}

/* Is word k in capitals one a name in capitals is cut at: a common word
 * the document writes in lower case (BEAT, after "beat"), or one of the
 * dictionary it never writes capitalised inside a sentence (HOLD, THRASH:
 * a headline's verb in a form the story does not use)? */
static int splits_capitals(const ent_text *x, size_t k) {
  return common_in_capitals(x, k) || dictionary_word_in_capitals(x, k);
}

/* The list's names of the first n that were not dropped (type
 * VERBA_ENT_NTYPES), in text order, and the pieces added after them, in
 * text order too (added name by name, each's in order): merged. */
static int keep_pieces(const verba_doc *doc, verba_entity_list *list, size_t n) {
  size_t i, out = 0, kept = 0;
  if (list->n == n) return VERBA_OK;
  for (i = 0; i < list->n; i++) {
    if (i == n) kept = out;
    if (list->items[i].type != VERBA_ENT_NTYPES) list->items[out++] = list->items[i];
  }
  list->n = out;
  return ent_merge(doc, list, kept);
}

/* The type of a piece [first, last) of a name in capitals: the name's
 * the document writes elsewhere, else, for two words or more, a listed
 * organisation's or place's (REAL MADRID, where the story's Real Madrid
 * is no mention yet), else VERBA_ENT_NTYPES. */
static enum verba_entity_type piece_type(const ent_text *x, const written_names *written,
                                         size_t first, size_t last) {
  enum verba_entity_type type = written_elsewhere(x->doc, written, first, last);
  verba_names names;
  if (type != VERBA_ENT_NTYPES || last - first < 2) return type;
  names = ent_phrase_of(x, first, last - first);
  if (names & PERSON_NAMES) return VERBA_ENT_NTYPES;
  return (names & VERBA_NAME_ORGANIZATION) ? VERBA_ENT_ORGANIZATION
         : (names & VERBA_NAME_PLACE)      ? VERBA_ENT_PLACE
                                           : VERBA_ENT_NTYPES;
}

/* Cuts a name the tagger found in capitals at its common words into two
 * or more pieces when each piece is a name the document writes elsewhere
 * (LEEDS BEAT CHELSEA after "Leeds beat Chelsea"; LEEDS HOLD CHELSEA after
 * "Leeds held Chelsea": splits_capitals); each piece takes that
 * name's type. Names are made of common words too (CALIFORNIA SCIENCE
 * CENTER, WEST OAKLAND): a name with a common word first, or with a piece
 * not named elsewhere, or with one piece only, stands, but for a
 * headline's last word after a name the document writes (JOHNSON WINS
 * after Michael Johnson: JOHNSON), or its first before one (WINS
 * AUSTRALIAN OPEN). The list stays in text order. */
static int split_at_common_words(const ent_text *x, verba_entity_list *list,
                                 written_names *written) {
  const verba_doc *doc = x->doc;
  size_t i, n = list->n;
  int rc = VERBA_OK;
  for (i = 0; i < n && rc == VERBA_OK; i++) {
    verba_entity e = list->items[i];
    size_t k, piece = e.first, added = list->n, head = e.first, tail = e.last;
    int split = 0;
    enum verba_entity_type type;
    if (e.type > VERBA_ENT_OTHER || e.last - e.first < 2 || !ent_in_capitals(doc, &e)) continue;
    for (k = e.first + 1; k < e.last && !split; k++) split = splits_capitals(x, k);
    split = split && !splits_capitals(x, e.first);
    /* (one word: SCIENCE CENTER, which the story writes "science center",
     * may be the rest of CALIFORNIA SCIENCE CENTER's name) */
    if (headline_word(x, e.last - 1)) tail--;
    if (headline_word(x, e.first)) head++;
    if (!split && tail == e.last && head == e.first) continue;
    if ((rc = written_index(x, list, written)) != VERBA_OK) break;
    /* (not a first word of a name the document or the lists have whole:
     * SKYLINE CORP after Skyline Corp, UNION CARBIDE) */
    if (head > e.first && (piece_type(x, written, e.first, tail) != VERBA_ENT_NTYPES ||
                           ent_firm_abbreviation(x, tail - 1)))
      head = e.first;
    for (k = e.first; k <= e.last && split && rc == VERBA_OK; k++) {
      if (k < e.last && !splits_capitals(x, k)) continue;
      if (k > piece) {
        type = piece_type(x, written, piece, k);
        if (type == VERBA_ENT_NTYPES) split = 0;
        else rc = ent_add(list, doc, piece, k, doc->toks[piece].start, ent_name_end(doc, k - 1), type);
      }
      piece = k + 1;
    }
    if (split && rc == VERBA_OK && list->n - added >= 2) {
      list->items[i].type = VERBA_ENT_NTYPES;
      continue;
    }
    list->n = added;
    /* else the words of the headline around a name the document writes
     * go (JOHNSON WINS after Michael Johnson; WINS AUSTRALIAN OPEN after
     * the Australian Open) */
    if ((tail < e.last || head > e.first) && head < tail &&
        (type = written_elsewhere(doc, written, head, tail)) != VERBA_ENT_NTYPES) {
      list->items[i].first = head;
      list->items[i].start = doc->toks[head].start;
      list->items[i].last = tail;
      list->items[i].end = ent_name_end(doc, tail - 1);
      list->items[i].type = type;
    }
  }
  return rc == VERBA_OK ? keep_pieces(doc, list, n) : rc;
}

/* Indexes the last words of the people the list names in full (two
 * words or more, no common word before the last but a given name the
 * lists have first and a particle: Perot of Ross Perot, Faldo of Nick
 * Faldo, Gogh of Theo van Gogh, not Sheriff of the tagger's Taney County
 * Sheriff; none in a line in capitals;
 * with given, the first a given name: Margaret Thatcher, not the
 * tagger's BTR Nylex), made once. */
int ent_index_full_names(const ent_text *x, const verba_entity_list *list, ent_key_index *ix,
                         int given) {
  const verba_doc *doc = x->doc;
  size_t i, w;
  int rc = ent_key_index_reserve(doc, ix, list->n);
  if (rc != VERBA_OK) return rc;
  for (i = 0; i < list->n; i++) {
    const verba_entity *e = &list->items[i];
    if (e->type != VERBA_ENT_PERSON || e->last - e->first < 2 ||
        (given && !(ent_names(x, e->first) & GIVEN_NAMES)) ||
        /* (not in a line in capitals, where the tagger reads firms as
         * people: HENRY ANSBACHER HAS 51 PCT) */
        ent_in_caps_line(x, e->first))
      continue;
    /* (a particle is a common word's spelling too: Theo van Gogh) */
    for (w = e->first; w + 1 < e->last &&
                       (!ent_common_word(x, w) || ent_particle_at(x, w) ||
                        (w == e->first && (ent_names(x, w) & GIVEN_NAMES)));
         w++) {
    }
    if (w + 1 == e->last) ix->keys[ix->n++] = ent_word_key(doc, e->last - 1);
  }
  ent_key_index_sort(ix);
  ix->made = 1;
  return VERBA_OK;
}

/* Is word k the last word of a person's name in full (ent_index_full_names)? */
int ent_named_in_full(const verba_doc *doc, const ent_key_index *ix, size_t k) {
  uint64_t key = ent_word_key(doc, k);
  size_t at = ent_key_index_from(ix, key);
  return at < ix->n && ix->keys[at] == key;
}

/* Does a mention of list, sorted or added by a rule, hold token k? (Read
 * over the whole list: asked of a few words a document.) */
static int held_by_mention(const verba_entity_list *list, size_t k) {
  size_t i;
  for (i = 0; i < list->n; i++)
    if (list->items[i].type < VERBA_ENT_NTYPES && list->items[i].first <= k && k < list->items[i].last)
      return 1;
  return 0;
}

/* A word of a headline in capitals that no mention holds and no list has
 * as a place's, an organisation's or a people's, the family name of a
 * person the story names in full, is that person (THATCHER DEFENDS UK OIL
 * POLICY ... Margaret Thatcher, where "thatcher" is a common word the
 * tagger passed over), first in the headline or after a word of grammar
 * or a mark: not after another of its words (NEWS INTERNATIONAL, where
 * the tagger read Morgan Stanley International as a person), nor next to
 * another name's (BTR NYLEX), nor a word that heads or ends organisations'
 * names. A guess: its type counts as the tagger's would. */
static int headline_family_names(rules *r) {
  const verba_doc *doc = r->doc;
  ent_key_index full = {NULL, 0, 0, 0};
  size_t k;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    const verba_tok *t = &doc->toks[k];
    if (!(t->shape & VERBA_SHAPE_ALL_CAPS) || t->len < 3 || is_covered(r->covered, k) ||
        !ent_in_caps_line(r->x, k) || ent_grammar_word(r->x, k) ||
        (ent_names(r->x, k) & (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION | GROUP_NAMES |
                               VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD)) ||
        /* (SPEAKES SAYS HE, REAGAN MISLED; not REED TOOL) */
        !(k == 0 || (t->shape & VERBA_SHAPE_LINE_START) || doc->toks[k - 1].kind != VERBA_WORD ||
          ent_grammar_word(r->x, k - 1)) ||
        (k > 0 && is_covered(r->covered, k - 1) && ent_goes_on(doc, k)) ||
        (k + 1 < doc->ntoks && is_covered(r->covered, k + 1) && ent_goes_on(doc, k + 1)))
      continue;
    /* (the index is made once, for the first word that needs it) */
    if (!full.made && (rc = ent_index_full_names(r->x, r->list, &full, 1)) != VERBA_OK) break;
    if (!ent_named_in_full(doc, &full, k) || held_by_mention(r->list, k)) continue;
    rc = ent_add_decided(r, k, k + 1, VERBA_ENT_PERSON, 0);
    if (rc == VERBA_OK) r->list->items[r->list->n - 1].flags &= ~VERBA_ENT_DECIDED;
  }
  ent_key_index_free(doc, &full);
  return rc;
}

/* Cuts a name at a possessive inside it into the name before it and the
 * name after it where the document writes each elsewhere (Adriano's
 * Chelsea link rejected, a headline, after Adriano's agent and Chelsea
 * were; Brown's Britain), or the first, its one word, as a person's
 * family name (Perot's Reform Party after Ross Perot; not a title, the
 * Sheriff's Department, nor a firm named after its founder, before or
 * with its legal suffix: Moody's Investors Service Inc): names that hold
 * a possessive (Moody's Investors Service, National People's Congress)
 * have pieces the document does not write on their own. Each piece takes
 * that name's type, the second where the document has it not the
 * whole's. The list stays in text order. */
static int split_at_possessives(const ent_text *x, verba_entity_list *list,
                                written_names *written) {
  const verba_doc *doc = x->doc;
  ent_key_index full = {NULL, 0, 0, 0};
  size_t i, n = list->n;
  int rc = VERBA_OK;
  for (i = 0; i < n && rc == VERBA_OK; i++) {
    verba_entity e = list->items[i];
    enum verba_entity_type before, after;
    size_t p = e.first;
    if (e.type > VERBA_ENT_OTHER) continue;
    while (p + 1 < e.last && !(doc->toks[p].shape & VERBA_SHAPE_POSSESSIVE)) p++;
    if (p + 1 >= e.last) continue;
    if ((rc = written_index(x, list, written)) != VERBA_OK) break;
    /* (the possessor's family name will do, Brown of Gordon Brown; what
     * it owns is written whole, no firm's suffix: not McDonald's Corp) */
    before = written_elsewhere(doc, written, e.first, p + 1);
    after = written_as(doc, written, p + 1, e.last, 0);
    /* (what a person the document names elsewhere owns is a name of its
     * own where the tagger read no person's, the whole's type: Perot's
     * Reform Party after Ross Perot) */
    if (after == VERBA_ENT_NTYPES && p == e.first && e.type != VERBA_ENT_PERSON &&
        (doc->toks[p + 1].shape & VERBA_SHAPE_CAPITALIZED) &&
        !ent_firm_abbreviation(x, e.last - 1) &&
        !(e.last < doc->ntoks && ent_firm_abbreviation(x, e.last)) && !ent_title_word(x, p)) {
      /* (the index is made once, for the first name that needs it) */
      if (!full.made && (rc = ent_index_full_names(x, list, &full, 0)) != VERBA_OK) break;
      if (ent_named_in_full(doc, &full, p)) {
        before = VERBA_ENT_PERSON;
        after = e.type;
      }
    }
    if (before == VERBA_ENT_NTYPES || after == VERBA_ENT_NTYPES ||
        (e.last - p == 2 && ent_firm_abbreviation(x, p + 1)))
      continue;
    rc = ent_add(list, doc, e.first, p + 1, e.start, ent_name_end(doc, p), before);
    if (rc == VERBA_OK) rc = ent_add(list, doc, p + 1, e.last, doc->toks[p + 1].start, e.end, after);
    list->items[i].type = VERBA_ENT_NTYPES;
  }
  ent_key_index_free(doc, &full);
  return rc == VERBA_OK ? keep_pieces(doc, list, n) : rc;
}

/* Words in capitals after a name in capitals that may be the rest of a
 * name the document writes, at most (DUBAI DESERT + CLASSIC). */
#define REST_IN_CAPITALS 2

/* Grows a name the tagger found in a line in capitals over the words in
 * capitals after it (a name it found there taken whole) where the words
 * together are an organisation's or another proper name the document
 * writes not in capitals, a firm's with its suffix maybe (DUBAI DESERT
 * CLASSIC after the Dubai Desert Classic, BERLIN + GRAND PRIX, CALIFORNIA +
 * MICRO DEVICES after California Micro Devices Corp: the tagger read a
 * place in the headline); it takes that name's type. Not a place's or a person's name:
 * a place's with words after it in a headline is seldom a place (the
 * tagger's reading of the story's IOWA BEEF). The list stays in text
 * order. */
static int grow_to_written(const ent_text *x, verba_entity_list *list) {
  const verba_doc *doc = x->doc;
  written_names written = {NULL, 0, 0, 0};
  size_t i, dropped = 0;
  int rc = VERBA_OK;
  for (i = 0; i < list->n && rc == VERBA_OK; i++) {
    verba_entity *e = &list->items[i];
    /* (the name after it, in capitals too, may be the rest: BERLIN +
     * GRAND PRIX; the one after that may not) */
    const verba_entity *after = i + 1 < list->n ? &list->items[i + 1] : NULL;
    size_t limit = i + 2 < list->n ? list->items[i + 2].first : doc->ntoks, last = e->last, n;
    enum verba_entity_type type;
    if (e->type > VERBA_ENT_OTHER || !ent_in_capitals(doc, e) || !ent_in_caps_line(x, e->first))
      continue;
    if (after && (after->type > VERBA_ENT_OTHER || !ent_in_capitals(doc, after))) limit = after->first;
    for (n = 0; n < REST_IN_CAPITALS && last + n < limit && last + n < doc->ntoks; n++) {
      const verba_tok *t = &doc->toks[last + n];
      if (t->kind != VERBA_WORD || !(t->shape & VERBA_SHAPE_ALL_CAPS) ||
          (t->shape & VERBA_SHAPE_LINE_START))
        break;
    }
    if (n == 0) continue;
    /* (the index is made once, for the first name that needs it) */
    if (!written.made && (rc = index_written(x, list, 2, 1, &written)) != VERBA_OK) break;
    for (; n > 0; n--) {
      /* (the name after it goes in whole or not at all) */
      if (after && after->first < last + n && after->last > last + n) continue;
      type = written_elsewhere(doc, &written, e->first, last + n);
      if (type == VERBA_ENT_ORGANIZATION || type == VERBA_ENT_OTHER) break;
    }
    if (n == 0) continue;
    e->last = last + n;
    e->end = ent_name_end(doc, e->last - 1);
    e->type = type;
    /* (the name taken whole goes, the list compacted once at the end) */
    if (after && after->first < e->last) {
      list->items[i + 1].type = VERBA_ENT_NTYPES;
      dropped++;
      i++;
    }
  }
  ent_key_index_free(doc, &written);
  if (dropped) {
    size_t out = 0;
    for (i = 0; i < list->n; i++)
      if (list->items[i].type != VERBA_ENT_NTYPES) list->items[out++] = list->items[i];
    list->n = out;
  }
  return rc;
}

/* ---- Listed names --------------------------------------------------------------- */

/* The longest word or phrase of the lexicon at token k with one of the
 * name classes want (within its sentence, at most most words, up to
 * ENT_MAX_PHRASE): its end, and its classes in *names; k if none. */
static size_t listed_within(const rules *r, size_t k, size_t most, verba_names want,
                            verba_names *names) {
  const verba_doc *doc = r->doc;
  struct ent_phrase_memo *memo;
  size_t n = 1, end;
  int saints;
  if (!ent_phrase_start(r->x, k)) {
    *names = ent_names(r->x, k);
    return (*names & want) ? k + 1 : k;
  }
  while (n < most && n < ENT_MAX_PHRASE && k + n < doc->ntoks &&
         !(doc->toks[k + n].shape & VERBA_SHAPE_SENTENCE_START))
    n++;
  memo = ent_phrase_memo_at(r->x, k);
  saints = ent_undotted_saint_in(r->x, k, n);
  for (end = k + n; end > k + 1; end--) {
    /* (a possessive written apart ends no listed name: the lexicon reads
     * BBC 's as BBC's, its stem's) */
    if (ent_possessive_s(doc, end - 1) || ent_detached_apostrophe(doc, end - 1)) continue;
    *names = ent_phrase_memoised(r->x, memo, k, end - k);
    if (!*names && saints && ent_undotted_saint_in(r->x, k, end - k))
      *names = ent_phrase_saint_dotted(r->x, k, end - k);
    if (*names & want) return end;
  }
  *names = ent_names(r->x, k);
  return (*names & want) ? k + 1 : k;
}

static size_t listed_at(const rules *r, size_t k, verba_names want, verba_names *names) {
  return listed_within(r, k, ENT_MAX_PHRASE, want, names);
}

/* The type of a name the user listed, from its classes (listed_name's
 * description in data/en/entities/classes.tsv). */
static enum verba_entity_type listed_type(verba_names names) {
  const uint32_t person = VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE | VERBA_NAME_SURNAME;
  if ((names & person) == person) return VERBA_ENT_PERSON;
  if (names & VERBA_NAME_ORGANIZATION) return VERBA_ENT_ORGANIZATION;
  if (names & VERBA_NAME_PLACE) return VERBA_ENT_PLACE;
  if (names & VERBA_NAME_GROUP) return VERBA_ENT_GROUP;
  return VERBA_ENT_OTHER;
}

/* Drops the tagger's mentions of tokens exactly [first, last) (read from
 * the first that ends after first: the sorted part is in text order). */
static void drop_exactly(rules *r, size_t first, size_t last) {
  size_t i;
  for (i = ent_mention_from(r, first); i < r->sorted && r->list->items[i].first <= first; i++)
    if (r->list->items[i].first == first && r->list->items[i].last == last)
      r->list->items[i].type = VERBA_ENT_NTYPES;
}

/* Did the tagger find a longer name of type type around tokens [first,
 * last) (the Summer Olympic Games around Olympic Games)? */
static int in_longer_name(const rules *r, size_t first, size_t last, enum verba_entity_type type) {
  size_t i = ent_mention_from(r, first);
  const verba_entity *e = i < r->sorted ? &r->list->items[i] : NULL;
  return e && e->type == type && e->first <= first && e->last >= last &&
         e->last - e->first > last - first;
}

/* The listed name at token k of at most most words, if any, added with
 * its type over what the tagger found (or, stoplisted, dropped where the
 * tagger found exactly it): the token after it, or k + 1. */
static size_t listed_name_at(rules *r, size_t k, size_t most, int *rc) {
  verba_names names;
  size_t end = listed_within(r, k, most, VERBA_NAME_LISTED_NAME | VERBA_NAME_NOT_NAME, &names);
  if (end == k) return k + 1;
  if (names & VERBA_NAME_NOT_NAME) drop_exactly(r, k, end);
  else if (!in_longer_name(r, k, end, listed_type(names)))
    *rc = ent_add_decided(r, k, end, listed_type(names), 0);
  return end;
}

/* Words of an event's name the tagger may have left out of its mention
 * (Australian Open, where it saw Australian). */
#define EVENT_WORDS_UNSEEN 2

/* The listed names: the user's, wherever they are written, and the
 * built-in events of data/en/entities/events.tsv where the tagger saw a
 * name start (Davis Cup, Grand Slam Cup; the Australian of Australian
 * Open), as a look-up at every word would cost the stage a tenth more. */
static int listed_names(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k, i;
  int rc = VERBA_OK;
  if (doc->config->lexicon.user) {
    for (k = 0; k < doc->ntoks && rc == VERBA_OK;)
      k = doc->toks[k].kind == VERBA_WORD && doc->toks[k].entry
              ? listed_name_at(r, k, ENT_MAX_PHRASE, &rc)
              : k + 1;
    return rc;
  }
  for (i = 0, k = 0; i < r->sorted && rc == VERBA_OK; i++) {
    size_t first = r->list->items[i].first, words = r->list->items[i].last - first;
    /* (or one whose first word and connector the tagger left out: the
     * Tour of Spain, where it saw Spain) */
    if (first >= k + 2 && doc->toks[first - 1].kind == VERBA_WORD &&
        (doc->toks[first - 1].shape & VERBA_SHAPE_LOWER) && capital_word(doc, first - 2) &&
        ent_phrase_start(r->x, first - 2)) {
      size_t end = listed_name_at(r, first - 2, words + 2 + EVENT_WORDS_UNSEEN, &rc);
      if (end > first - 1) {
        k = end;
        continue;
      }
    }
    /* (a built-in name is a phrase of capitalised words, a connector in
     * lower case at most between its first two, Tour de France, at most
     * two words longer than what the tagger saw of it) */
    if (first < k || !ent_phrase_start(r->x, first) || !capital_word(doc, first) ||
        first + 1 >= doc->ntoks ||
        !(capital_word(doc, first + 1) ||
          (first + 2 < doc->ntoks && (doc->toks[first + 1].shape & VERBA_SHAPE_LOWER) &&
           capital_word(doc, first + 2))))
      continue;
    k = listed_name_at(r, first, words + EVENT_WORDS_UNSEEN, &rc);
  }
  return rc;
}

/* An organisation the gazetteers list, and as no place or person (Hamas,
 * Feyenoord; not Georgia), where the tagger saw no name: its capitals say
 * enough. One that is also a common word (Arsenal, Apple, Congress) needs
 * capitals that only a name explains: in mid-sentence, in prose (not a
 * headline in title case or in capitals). */
#define NOT_ONLY_ORGANIZATION                                                  \
  (VERBA_NAME_PLACE | VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE |         \
   VERBA_NAME_SURNAME)

/* Is sentence s prose: does it hold a word in lower case that no title
 * in title case would (not of, the, and)? The verdict on the latest
 * sentence asked about is kept in *prose_of and *prose, so that each
 * sentence is read once. */
static int in_prose(const rules *r, size_t s, size_t *prose_of, int *prose) {
  const verba_doc *doc = r->doc;
  size_t k;
  if (*prose_of == s) return *prose;
  *prose_of = s;
  *prose = 0;
  for (k = doc->sentences[s].first; k < doc->sentences[s].last && !*prose; k++)
    *prose = doc->toks[k].kind == VERBA_WORD && (doc->toks[k].shape & VERBA_SHAPE_LOWER) &&
             !(ent_classes(r->x, k) & VERBA_LEX_TITLE_SMALL_WORD);
  return *prose;
}

/* Is the name [k, end), a common word's spelling too, capitalised where
 * the capital says a name: inside a sentence of prose, not in capitals,
 * and no longer name holds it (Treasury Board, Boston Stock Exchange)?
 * in_prose's memo in *prose_of and *prose. */
static int capitalised_as_name(const rules *r, size_t k, size_t end, size_t *prose_of,
                               int *prose) {
  const verba_doc *doc = r->doc;
  return !(doc->toks[k].shape &
           (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START | VERBA_SHAPE_ALL_CAPS)) &&
         (k == 0 || !capital_word(doc, k - 1) || is_determiner(r, k - 1)) &&
         (end == doc->ntoks || !capital_word(doc, end) ||
          (doc->toks[end].shape & VERBA_SHAPE_SENTENCE_START)) &&
         in_prose(r, doc->toks[k].sentence, prose_of, prose);
}

/* Does a capitalised title and a name follow the name [k, end), the
 * capital then being the name's, at a sentence's start too (Fed Chairman
 * Alan Greenspan; a letter to Treasury Secretary James Baker)? Not in
 * capitals. */
static int office_after(const rules *r, size_t k, size_t end) {
  const verba_doc *doc = r->doc;
  return !ent_in_caps_line(r->x, k) && end + 1 < doc->ntoks && capital_word(doc, end) &&
         ent_title_word(r->x, end) && capital_word(doc, end + 1) &&
         !(doc->toks[end].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START));
}

/* A lower-case word inside a place's name is a particle this long at
 * most (Dar es Salaam, Isle of Man; not Port said). */
#define PARTICLE_BYTES 3

/* A place's name of several words that the lists have, and as nothing
 * else, at token k, written as a name (capitalised but for particles),
 * whose words the tagger read only in part (Dar es Salaam, where it saw a
 * person's Salaam), is the place: the token after it, or k + 1. Where the
 * tagger's name or capitalised words run on past it (New York Yankees,
 * High Point Financial Corp), they stand. */
static size_t listed_place_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  verba_names names;
  size_t end = listed_at(r, k, VERBA_NAME_PLACE, &names), i;
  if (end < k + 2 || (names & (VERBA_NAME_ORGANIZATION | PERSON_NAMES)) || !capital_word(doc, end - 1) ||
      (end < doc->ntoks && capital_word(doc, end) &&
       !(doc->toks[end].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START))))
    return k + 1;
  for (i = k + 1; i < end; i++)
    if (doc->toks[i].kind == VERBA_WORD && !capital_word(doc, i) && doc->toks[i].len > PARTICLE_BYTES)
      return k + 1;
  for (i = ent_mention_from(r, k); i < r->sorted && r->list->items[i].first < end; i++)
    if (r->list->items[i].type != VERBA_ENT_NTYPES &&
        (r->list->items[i].first < k || r->list->items[i].last > end))
      return k + 1;
  *rc = ent_add_decided(r, k, end, VERBA_ENT_PLACE, 0);
  return end;
}

/* Are tokens [first, last) a name's: capitalised words, connectors, and
 * tokens that are no words (Procter & Gamble)? */
static int name_tokens(const rules *r, size_t first, size_t last) {
  for (; first < last; first++)
    if (r->doc->toks[first].kind == VERBA_WORD && !capital_word(r->doc, first) &&
        !(ent_names(r->x, first) & VERBA_NAME_NAME_CONNECTOR) &&
        !ent_possessive_s(r->doc, first))
      return 0;
  return 1;
}

/* Does a name run on at token k: a capitalised word in the sentence, or
 * a connector before one (Kidder, Peabody | and Co)? */
static int name_runs_on(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  if (k < doc->ntoks && (ent_names(r->x, k) & VERBA_NAME_NAME_CONNECTOR)) k++;
  return k < doc->ntoks && capital_word(doc, k) &&
         !(doc->toks[k].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START));
}

/* Does a name run on at token k as name_runs_on says, but for a connector
 * before a name of its own: the tagger's, or an organisation's or a
 * place's the lists have (Drexel Burnham Lambert Inc | and Donaldson,
 * Lufkin ...; Sheffield Wednesday | and Arsenal)? */
static int name_runs_on_alone(const rules *r, size_t k) {
  size_t i;
  if (!name_runs_on(r, k)) return 0;
  if (!(ent_names(r->x, k) & VERBA_NAME_NAME_CONNECTOR)) return 1;
  if (ent_names(r->x, k + 1) & (VERBA_NAME_ORGANIZATION | VERBA_NAME_PLACE)) return 0;
  i = ent_mention_from(r, k + 1);
  return !(i < r->sorted && r->list->items[i].first == k + 1);
}

/* The end of a firm's name of several words at token k that the lists
 * have with its 's (Standard & Poor's), over tokens no mention has taken
 * unless taken may be, or k. */
static size_t listed_possessive_at(const rules *r, size_t k, int taken) {
  const verba_doc *doc = r->doc;
  size_t p;
  /* (one word before its 's written apart, as tokenised text has it, is
   * no phrase's start in the lists, which write it whole: Moody 's) */
  if (!ent_phrase_start(r->x, k) && !(k + 1 < doc->ntoks && ent_detached_apostrophe(doc, k + 1)))
    return k;
  for (p = k + 1; p < doc->ntoks && p - k < ENT_MAX_PHRASE &&
                  (taken || !is_covered(r->covered, p)) &&
                  !(doc->toks[p].shape & VERBA_SHAPE_SENTENCE_START) && name_tokens(r, p, p + 1);
       p++) {
    if (doc->toks[p].shape & VERBA_SHAPE_POSSESSIVE)
      return ent_own_possessive(r->x, k, p + 1) ? p + 1 : k;
    /* (written apart, as tokenised text has it: Moody 's) */
    if (ent_detached_apostrophe(doc, p)) {
      size_t end = p + 1 < doc->ntoks && ent_possessive_s(doc, p + 1) ? p + 2 : p + 1;
      return ent_own_possessive(r->x, k, end) ? end : k;
    }
  }
  return k;
}

/* Do the tagger's mentions that overlap tokens [first, last) all lie
 * within them? */
int ent_mentions_within(const rules *r, size_t first, size_t last) {
  size_t i;
  for (i = ent_mention_from(r, first); i < r->sorted && r->list->items[i].first < last; i++)
    if (r->list->items[i].first < first || r->list->items[i].last > last) return 0;
  return 1;
}

/* Can a name go on at token k after a mention: a capitalised word, a
 * number (BBC Radio 4), a connector (of, and, &) or a comma before a
 * capitalised word (University of California, Davis)? The test before
 * the lists are asked, at every mention. */
static int may_go_on(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  const verba_tok *t;
  if (k >= doc->ntoks) return 0;
  t = &doc->toks[k];
  if (t->shape & (VERBA_SHAPE_LINE_START | VERBA_SHAPE_SENTENCE_START)) return 0;
  if (t->kind == VERBA_PUNCT)
    return ((t->cp == ',' || t->cp == '&') && k + 1 < doc->ntoks && capital_word(doc, k + 1)) ||
           ent_detached_apostrophe(doc, k);
  return capital_word(doc, k) || t->kind == VERBA_NUMBER ||
         (ent_names(r->x, k) & VERBA_NAME_NAME_CONNECTOR);
}

/* The end of a firm's suffix from token k on, where no mention holds
 * it unless taken may be: the words that end firms' names, abbreviated or
 * not, in the name's sentence (Boeing | Co, Boeing | Company), k if none. */
static size_t firm_suffix_end(const rules *r, size_t k, int taken) {
  const verba_doc *doc = r->doc;
  while (k < doc->ntoks && ent_goes_on(doc, k) && capital_word(doc, k) &&
         (taken || !is_covered(r->covered, k)) &&
         (ent_firm_abbreviation(r->x, k) || (ent_names(r->x, k) & VERBA_NAME_ORG_HEAD)))
    k++;
  return k;
}

/* A listed organisation's name of several words that runs on past the
 * tagger's mention starting at token k, holds whole each mention it
 * overlaps and ends where the capitals do, is the name (the Organization
 * for Economic Cooperation | and Development), with the legal suffix after
 * it, which the tagger may have read with the name's last words (Drexel
 * Burnham | Lambert Inc, Credit Suisse | First Boston Ltd): the token
 * after it, or k + 1. */
static size_t listed_past_mention(rules *r, size_t k, int *rc) {
  size_t i, j, end;
  verba_names names;
  /* (the bits first: most capitalised words start no phrase) */
  if (!ent_phrase_start(r->x, k) || is_covered(r->decided, k)) return k + 1;
  i = ent_mention_from(r, k);
  if (i >= r->sorted || r->list->items[i].first != k || !may_go_on(r, r->list->items[i].last))
    return k + 1;
  end = listed_at(r, k, VERBA_NAME_ORGANIZATION, &names);
  if ((j = listed_possessive_at(r, k, 1)) > end) {
    names = 0;
    end = j;
  }
  if (end <= r->list->items[i].last || (names & NOT_ONLY_ORGANIZATION)) return k + 1;
  end = firm_suffix_end(r, end, 1);
  if (!name_tokens(r, k, end) || name_runs_on_alone(r, end) || !ent_mentions_within(r, k, end))
    return k + 1;
  *rc = ent_add_decided(r, k, end, VERBA_ENT_ORGANIZATION, 0);
  return end;
}

/* A name the lists have in capitals only, in the possessive, where no
 * mention holds it (the EU's budget, IBM's profit, the UK's envoy): the
 * lexicon has no record of the word as written (a possessive's stem is
 * looked up in the case of the whole, capitalised), so the lists are
 * asked for the name without its 's. An organisation's or a place's as
 * the lists say; a name they have as more than one, or a title's, stays
 * none. */
static int listed_in_capitals(rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  verba_names names;
  /* (not a title's: MP's shock; a word of a title is in lower case too) */
  if (!(doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE) || is_covered(r->covered, k) ||
      (ent_stem_classes(r->x, k) & ENT_TITLE_CLASSES))
    return VERBA_OK;
  names = ent_rules_names(r->x, ent_phrase(doc, k, 1));
  if ((names & VERBA_NAME_ORGANIZATION) && !(names & NOT_ONLY_ORGANIZATION))
    return ent_add_decided(r, k, k + 1, VERBA_ENT_ORGANIZATION, 0);
  if ((names & VERBA_NAME_PLACE) && !(names & (VERBA_NAME_ORGANIZATION | PERSON_NAMES)))
    return ent_add_decided(r, k, k + 1, VERBA_ENT_PLACE, 0);
  return VERBA_OK;
}

/* Capitalised words between a listed firm's name and a head word of
 * organisations' names after it, at most (Merrill Lynch | Capital |
 * Markets, the UN | Security | Council). */
#define UNIT_WORDS 2

/* The end of a firm's unit or body named after a listed organisation at
 * token k: capitalised words of no name the lists have (or one that is a
 * common word too: Capital), in its sentence, then a head word and any
 * after it (Merrill Lynch Capital Markets, UN Security Council), or k. */
static size_t unit_name_end(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t j = k;
  /* (not past a possessive, USDA's Economic Research Service, nor in a
   * line in capitals, whose verbs are capitalised too: NEC CORP TARGETS
   * HOME ELECTRONICS) */
  if (k == 0 || (doc->toks[k - 1].shape & VERBA_SHAPE_POSSESSIVE) || ent_in_caps_line(r->x, k - 1))
    return k;
  while (j < doc->ntoks && j - k < UNIT_WORDS && ent_goes_on(doc, j) && capital_word(doc, j) &&
         !is_covered(r->covered, j) && !(doc->toks[j].shape & VERBA_SHAPE_POSSESSIVE) &&
         (!ent_names(r->x, j) || (ent_names(r->x, j) & VERBA_NAME_AMBIGUOUS_NAME)))
    j++;
  if (j == k || j >= doc->ntoks || !ent_goes_on(doc, j) || is_covered(r->covered, j) ||
      !(ent_names(r->x, j) & VERBA_NAME_ORG_HEAD) || !capital_word(doc, j))
    return k;
  return firm_suffix_end(r, j, 0);
}

static int listed_organisations(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k, prose_of = VERBA_NONE;
  int rc = VERBA_OK, prose = 0;
  /* (from capitalised word to capitalised word: a name starts with one) */
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    verba_names names;
    size_t end, j;
    int untaken;
    /* (a firm of one word the lists have with its 's, written apart as
     * tokenised text has it, over the tagger's mention of the word alone:
     * Moody 's, McDonald 's; not the BBC 's reporter) */
    if (k + 1 < doc->ntoks && ent_detached_apostrophe(doc, k + 1) && !is_covered(r->decided, k) &&
        (j = listed_possessive_at(r, k, 1)) > k + 1 && ent_mentions_within(r, k, j)) {
      rc = ent_add_decided(r, k, j, VERBA_ENT_ORGANIZATION, 0);
      k = j - 1;
      continue;
    }
    /* (a word before a possessive written apart may start a listed
     * phrase whatever the lexicon has of the word alone: People 's Daily) */
    if (!ent_known_word(r->x, k) && !ent_phrase_start(r->x, k)) {
      rc = listed_in_capitals(r, k);
      continue;
    }
    if (is_covered(r->covered, k)) {
      k = listed_past_mention(r, k, &rc) - 1;
      continue;
    }
    end = listed_at(r, k, VERBA_NAME_ORGANIZATION, &names);
    /* (the longer name with its 's: Standard & Poor's, not Standard;
     * also over the tagger's mentions inside it: Standard & | Poor) */
    if ((j = listed_possessive_at(r, k, 1)) > end && !name_runs_on(r, j) &&
        ent_mentions_within(r, k, j)) {
      rc = ent_add_decided(r, k, j, VERBA_ENT_ORGANIZATION, 0);
      k = j - 1;
      continue;
    }
    if (end == k) {
      k = listed_place_at(r, k, &rc) - 1;
      continue;
    }
    untaken = !is_covered(r->covered, k) && name_tokens(r, k, end);
    for (j = k + 1; j < end && untaken; j++) untaken = !is_covered(r->covered, j);
    /* (a name the lists have with its article, The National, is not the
     * start of a longer one: The National Transportation Safety Board) */
    if (untaken && is_word(doc, k, "the") && name_runs_on(r, end)) untaken = 0;
    /* (or the tagger's mentions after its first word lie within it, and
     * it ends where the capitals do: beat Real | Madrid 3-1; not after a
     * title, which makes the rest someone's: Queen | Mary read) */
    if (!untaken && end > k + 1 && !is_covered(r->covered, k) && !ent_is_title(r->x, k) &&
        name_tokens(r, k, end) && ent_mentions_within(r, k, end) && !name_runs_on(r, end))
      untaken = 1;
    /* (a firm the lists have with its 's, McDonald's, Moody's, is that firm
     * whatever the word before the 's names) */
    if (untaken && end == k + 1 && ent_own_possessive(r->x, k, end)) {
      rc = ent_add_decided(r, k, end, VERBA_ENT_ORGANIZATION, 0);
      continue;
    }
    /* (and no longer name holds it: Treasury Board, Boston Stock Exchange) */
    if (untaken && (names & VERBA_NAME_AMBIGUOUS_NAME))
      untaken = capitalised_as_name(r, k, end, &prose_of, &prose) || office_after(r, k, end);
    /* (a title a list of clubs has too is the title: MP) */
    if (untaken && !(names & NOT_ONLY_ORGANIZATION) &&
        !(end == k + 1 && (ent_classes(r->x, k) & VERBA_LEX_NAME_TITLE))) {
      end = firm_suffix_end(r, end, 0);
      if (unit_name_end(r, end) > end && ent_mentions_within(r, k, unit_name_end(r, end)))
        end = unit_name_end(r, end);
      rc = ent_add_decided(r, k, end, VERBA_ENT_ORGANIZATION, 0);
    }
    k = end - 1;
  }
  return rc;
}

/* ---- Titles, given names, groups ------------------------------------------------------ */

/* A noun of role in lower case, or capitalised as a sentence's first
 * word (Defender Tomas Repka); a capital elsewhere makes it a word of a
 * name (Pilot Training Program). */
static int is_role(const rules *r, size_t k) {
  const verba_tok *t = &r->doc->toks[k];
  return (ent_classes(r->x, k) & VERBA_LEX_PERSON_ROLE) &&
         !(t->shape & VERBA_SHAPE_ALL_CAPS) &&
         (!(t->shape & VERBA_SHAPE_CAPITALIZED) ||
          (t->shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)));
}

/* Is token k a noun of role, capitalised, before a capitalised word of
 * its sentence: part of the office, no one's name (Chief Constable Alastair
 * McWhirter; but Mr Driver said)? */
static int role_before_name(const rules *r, size_t k) {
  return (ent_classes(r->x, k) & VERBA_LEX_PERSON_ROLE) && k + 1 < r->doc->ntoks &&
         capital_word(r->doc, k + 1) && ent_goes_on(r->doc, k + 1);
}

/* The capitalised words right after a title or a noun of role name a
 * person (President Trump, striker Giovane Elber), unless a word names no
 * person (General Motors, King Street) or the document names a firm with
 * the title and the name (General Acquisition Co); after a role, not
 * words in capitals (a LAWYER INTERROGATED HIM). */
/* Firms' names a title opens, at most, that titles() asks about (their
 * mentions' indices): a document names few (General Acquisition Co). */
#define TITLED_FIRMS 8

/* Is token k in one of the tagger's organisations? */
static int in_organisation(const rules *r, size_t k) {
  size_t m = ent_mention_from(r, k);
  return m < r->sorted && r->list->items[m].first <= k &&
         r->list->items[m].type == VERBA_ENT_ORGANIZATION;
}

/* The end of the name the title at token k opens with the words after it
 * as the name of an organisation the document names in full does, one of
 * the n at firms, less its last word (General Acquisition said, after
 * General Acquisition Co); k if none does. */
static size_t titled_firm_end(const rules *r, const size_t *firms, size_t n, size_t k) {
  const verba_doc *doc = r->doc;
  size_t i, j;
  for (i = 0; i < n; i++) {
    const verba_entity *e = &r->list->items[firms[i]];
    if (e->first == k || !ent_same_token(doc, e->first, k)) continue;
    for (j = 1; e->first + j + 1 < e->last && k + j < doc->ntoks &&
                ent_same_token(doc, e->first + j, k + j);
         j++) {}
    if (j > 1 && !(k + j < doc->ntoks && capital_word(doc, k + j) && ent_goes_on(doc, k + j)))
      return k + j;
  }
  return k;
}

/* Is the short title at token k, before the word at first, one said to
 * someone: first in its sentence or after a quotation mark or a comma, a
 * comma after the word ("Mr. President, this is bad"; a good speech, Mr.
 * President)? */
static int addressed_at(const verba_doc *doc, size_t k, size_t first) {
  return (k == 0 || (doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START) ||
          (doc->toks[k - 1].shape & VERBA_SHAPE_QUOTE_MARK) || doc->toks[k - 1].cp == ',') &&
         first + 1 < doc->ntoks && doc->toks[first + 1].cp == ',';
}

/* After a title written short, is the title's word at token first the
 * person's family name (Mr King said, Ms King; not Mr Justice Eady, nor
 * "Mr President, ...")? The lists must have it as a person's name too. */
static int title_word_named(const rules *r, size_t k, size_t first) {
  const verba_doc *doc = r->doc;
  return ent_title_word(r->x, first) && (ent_names(r->x, first) & PERSON_NAMES) &&
         !(first + 1 < doc->ntoks && capital_word(doc, first + 1) &&
           ent_goes_on(doc, first + 1)) &&
         !addressed_at(doc, k, first);
}

int ent_people_word_of_office(const ent_text *x, size_t first, size_t end) {
  verba_names names = ent_names(x, first);
  return end - first == 1 && (names & GROUP_NAMES) && end < x->doc->ntoks &&
         (x->doc->toks[end].shape & VERBA_SHAPE_LOWER) &&
         (!(names & PERSON_NAMES) || ent_role_at(x, end));
}

/* Is token k initials: a capital letter, its dot with it or not (A., A),
 * or several with their dots (A.B.M.)? */
static int initial_at(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t i;
  if (t->kind != VERBA_WORD || !(s[0] >= 'A' && s[0] <= 'Z')) return t->len == 0;
  if (t->len == 1) return 1;
  for (i = 0; i < t->len; i += 2)
    if (!(s[i] >= 'A' && s[i] <= 'Z') || i + 1 >= t->len || s[i + 1] != '.') return 0;
  return 1;
}

/* The end of the person's name that the words [first, end) after a title
 * open, over the tagger's person right after them: their own end if none
 * does. The words are initials, given names or words no list and no
 * dictionary has (Chairman A. | William Reynolds, Finance Minister Barend
 * | du Plessis), or one word before a family name alone, not in a title
 * case line (analyst Per | Lindberg, novelist Gore | Vidal, where "per"
 * and "gore" are common words); not the rest of the title (Chief
 * Financial Officer | Sharon Kelley, Chief Of Staff | Rahm Emanuel). */
static size_t person_after_title_end(const rules *r, size_t first, size_t end) {
  const verba_doc *doc = r->doc;
  const verba_entity *e;
  size_t m, k;
  int named = 1;
  /* (an initial's dot written against it: Chairman A. | William Reynolds) */
  if (end < doc->ntoks && ent_is_dot(doc, end) && !(doc->toks[end].shape & VERBA_SHAPE_SPACED) &&
      doc->toks[end - 1].len == 1)
    end++;
  if (end >= doc->ntoks || !is_covered(r->covered, end) || is_covered(r->decided, end) ||
      (doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE))
    return end;
  m = ent_mention_from(r, end);
  if (m >= r->sorted) return end;
  e = &r->list->items[m];
  if (e->first != end || e->type != VERBA_ENT_PERSON || e->last - first > NAME_WORDS) return end;
  for (k = first; k < end && named; k++)
    named = ent_is_dot(doc, k) || initial_at(doc, k) ||
            (ent_names(r->x, k) & GIVEN_NAMES) || ent_unknown_word_shaped(r->x, k);
  if (named || (end - first == 1 && e->last - e->first == 1 && !ent_title_case_sentence(r->x, first)))
    return e->last;
  return end;
}

static int titles(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k, firms[TITLED_FIRMS], nfirms = 0, i;
  int rc = VERBA_OK;
  /* (organisations whose first word is a title's and last a firm's: Co,
   * Corp, Holdings) */
  for (i = 0; i < r->list->n && nfirms < TITLED_FIRMS; i++) {
    const verba_entity *e = &r->list->items[i];
    if (e->type == VERBA_ENT_ORGANIZATION && e->last - e->first > 2 &&
        ent_title_word(r->x, e->first) &&
        (ent_firm_abbreviation(r->x, e->last - 1) ||
         (ent_names(r->x, e->last - 1) & VERBA_NAME_ORG_HEAD)))
      firms[nfirms++] = i;
  }
  /* (a title and a role have these classes: from one such word to the
   * next) */
  for (k = ent_next_title(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_title(r->x, k + 1)) {
    size_t first = k + 1, end;
    int role = 0, caps_title, short_title;
    if (first < doc->ntoks && ent_is_dot(doc, first)) first++;
    /* (the cheap test first: a capitalised word must follow) */
    if (first >= doc->ntoks || !capital_word(doc, first)) continue;
    if (!(capital_word(doc, k) && ent_is_title(r->x, k)) && !(role = is_role(r, k))) continue;
    /* (a generation's suffix ends a name whose last word is a title's:
     * Martin Luther King Jnr) */
    if (ent_names(r->x, first) & VERBA_NAME_NAME_SUFFIX) continue;
    /* the firm's name without its suffix, title and all, over what the
     * tagger made of it (General Acquisition, after General Acquisition Co) */
    if (!role && nfirms > 0 && first == k + 1 && !is_covered(r->decided, k) &&
        !in_organisation(r, k) && (end = titled_firm_end(r, firms, nfirms, k)) > k) {
      rc = ent_add_decided(r, k, end, VERBA_ENT_ORGANIZATION, 0);
      continue;
    }
    /* in capitals, after a title in capitals too, a word is a name only if
     * the lists have it as one (PRESIDENT REAGAN, not PRESIDENT SEES PROFIT) */
    caps_title = !role && (doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS);
    /* a title written short stands before people alone: a family name
     * that is a place's or a club's too is the person's (Mr Green, Dr Rose;
     * not a word that heads organisations' names: Hillaire Dr. Police) */
    short_title = !role && (ent_classes(r->x, k) & VERBA_LEX_ABBREV_TITLE);
    end = first;
    while (end < doc->ntoks && end - first < NAME_WORDS && capital_word(doc, end) &&
           !(role && (doc->toks[end].shape & VERBA_SHAPE_ALL_CAPS)) &&
           !(caps_title && !(ent_names(r->x, end) & PERSON_NAMES)) &&
           !(end > first && (doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE)) &&
           !is_covered(r->covered, end) && !ent_title_word(r->x, end) &&
           !role_before_name(r, end) && !(ent_classes(r->x, end) & VERBA_LEX_PRONOUN) &&
           (!(ent_names(r->x, end) & NOT_PERSON_NAMES) ||
            (short_title && (ent_names(r->x, end) & VERBA_NAME_SURNAME) &&
             !(ent_names(r->x, end) & (VERBA_NAME_ORG_KEYWORD | VERBA_NAME_ORG_HEAD)))) &&
           !(doc->toks[end].shape & (VERBA_SHAPE_LINE_START | VERBA_SHAPE_SENTENCE_START)))
      end++;
    if (end == first && short_title && !is_covered(r->covered, first) &&
        title_word_named(r, k, first))
      end++;
    if (end > first) end = person_after_title_end(r, first, end);
    /* (and a family name with its particle joined: General Suleiman al-Amr) */
    if (end > first && end < doc->ntoks && ent_hyphened_particle_name(doc, end) &&
        !is_covered(r->covered, end))
      end++;
    /* (words that another title or a role follows qualify the office:
     * Former British Prime Minister, Former Kenyan President, Chief
     * Financial Officer Sharon Kelley; after a role, words that end in an
     * organisation's head word are no one's: lead manager Banque Nationale
     * de Paris) */
    if (end == first ||
        (end < doc->ntoks && (ent_title_word(r->x, end) || role_before_name(r, end))) ||
        (role && (ent_names(r->x, end - 1) & VERBA_NAME_ORG_HEAD)) ||
        ent_people_word_of_office(r->x, first, end))
      continue;
    /* a name written with its acronym is no person's, and the title's word
     * is its first if the acronym says so (General Data Protection
     * Regulation (GDPR): a law) */
    if (!role && ent_acronym_after(doc, k, end))
      rc = ent_add_decided(r, k, end, VERBA_ENT_OTHER, 0);
    else if (!ent_acronym_after(doc, first, end))
      rc = ent_add_decided(r, first, end, VERBA_ENT_PERSON, 0);
  }
  return rc;
}

/* The token after the possessive ending of a name whose last token is
 * last - 1: its own (Ferrari's) or written apart, as tokenised text has it
 * (Ferrari 's); VERBA_NONE if none follows. */
size_t ent_after_possessive(const verba_doc *doc, size_t last) {
  const verba_tok *mark, *s;
  if (doc->toks[last - 1].shape & VERBA_SHAPE_POSSESSIVE) return last;
  if (last + 1 >= doc->ntoks) return VERBA_NONE;
  mark = &doc->toks[last];
  s = &doc->toks[last + 1];
  return mark->kind == VERBA_PUNCT && (mark->cp == '\'' || verba_cp_at(&doc->text, mark->start) == 0x2019) &&
                 s->start == mark->start + mark->len && is_word(doc, last + 1, "s")
             ? last + 2
             : VERBA_NONE;
}

size_t ent_firm_part_end(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  if (k >= doc->ntoks || doc->toks[k].kind != VERBA_WORD) return k;
  /* ("executive" has no entry of its own: see firm_parts.tsv) */
  if (k + 1 < doc->ntoks && is_word(doc, k, "chief") && is_word(doc, k + 1, "executive"))
    return k + 2;
  return ent_names(x, k) & VERBA_NAME_FIRM_PART ? k + 1 : k;
}

/* Does a word for what only an organisation has end at token k? */
static int firm_part_ending_at(const rules *r, size_t k) {
  return ent_firm_part_end(r->x, k) == k + 1 || (k > 0 && ent_firm_part_end(r->x, k - 1) == k + 1);
}

/* What the words before a name say of it (organisation_named_after). */
enum { NAMED_AS_NOTHING, NAMED_AS_WORKPLACE, NAMED_AS_OWNER };

/* Do the words before token first say that the name there is an
 * organisation's: a noun of role and "at", where people work (analysts at
 * Merrill Lynch), or whose it is, a word for what only an organisation has
 * and "of", "the" too (chairman of Velmaro, the shareholders of the Acme
 * Bank), or a noun in lower case of organisations' names after "a" and
 * "called" or "named" (a company called Akamai)? */
static int organisation_named_after(const rules *r, size_t first) {
  const verba_doc *doc = r->doc;
  size_t k = first - 2;
  int owned;
  /* (the shortest words first: most words stand after none of these) */
  if (first >= 3 && is_word(doc, first - 1, "the") && is_word(doc, first - 2, "of"))
    owned = firm_part_ending_at(r, first - 3);
  else if (is_word(doc, k + 1, "at"))
    return is_role(r, k) ? NAMED_AS_WORKPLACE : NAMED_AS_NOTHING;
  else if (is_word(doc, k + 1, "of"))
    owned = firm_part_ending_at(r, k);
  else
    /* (after "a" or "an": The company named Thomson McKinnon as its
     * manager) */
    owned = (is_word(doc, k + 1, "called") || is_word(doc, k + 1, "named")) &&
            (doc->toks[k].shape & VERBA_SHAPE_LOWER) &&
            (ent_names(r->x, k) & VERBA_NAME_ORG_KEYWORD) && k > 0 &&
            (is_word(doc, k - 1, "a") || is_word(doc, k - 1, "an"));
  return owned ? NAMED_AS_OWNER : NAMED_AS_NOTHING;
}

/* Do the capitalised words [first, end) stand as a name of their own: not
 * before a mention, a number or a word in lower case that may go on with
 * the name (Pier 1 Imports, Personal Computer Rental corp, shares of Class
 * A stock), but a word of grammar, a relative or a verb of speech or of
 * being (Akamai that, Rebellion said, Climax was)? */
static int name_stands_alone(const rules *r, size_t end) {
  const verba_doc *doc = r->doc;
  return end >= doc->ntoks ||
         (!is_covered(r->covered, end) && doc->toks[end].kind != VERBA_NUMBER &&
          (doc->toks[end].kind != VERBA_WORD || ent_grammar_word(r->x, end) ||
           (ent_classes(r->x, end) & (VERBA_LEX_SUBJECT_RELATIVE | VERBA_LEX_PERSON_RELATIVE |
                                      VERBA_LEX_CUE | VERBA_LEX_PASSIVE_AUXILIARY))));
}

/* The tagger's names coordinated after mention i, a workplace's, are
 * workplaces too (analysts at Loewen Ondaatje McCutcheon and Nesbitt
 * Burns; at Barclays, NatWest Markets and Kleinwort Benson): where it read
 * a person's or another name, one that opens with no given name and that
 * no list has as a place's is an organisation's. The list stops at a name
 * of a given name or a place (analysts at Acme and John Smith). */
static void coordinated_workplaces(rules *r, size_t i) {
  const verba_doc *doc = r->doc;
  size_t j;
  for (j = i + 1; j < r->sorted; j++) {
    verba_entity *e = &r->list->items[j];
    size_t k = r->list->items[j - 1].last;
    if (k < e->first && doc->toks[k].cp == ',') k++;
    if (k < e->first && is_word(doc, k, "and")) k++;
    if (k != e->first || k == r->list->items[j - 1].last || !ent_goes_on(doc, k)) return;
    if (e->type == VERBA_ENT_ORGANIZATION) continue;
    if ((e->flags & VERBA_ENT_DECIDED) ||
        (e->type != VERBA_ENT_PERSON && e->type != VERBA_ENT_OTHER) ||
        (ent_names(r->x, e->first) & GIVEN_NAMES) ||
        (ent_names_of(r, e->first, e->last) & VERBA_NAME_PLACE))
      return;
    e->type = VERBA_ENT_ORGANIZATION;
    e->flags |= VERBA_ENT_DECIDED;
  }
}

/* The capitalised name that organisation_named_after says is an
 * organisation's is one (a researcher at Harvard, the chief executive of
 * Rebellion, a company called Akamai), unless the gazetteer has it as a
 * place; a people's, a person's full name (the chairman of Tony Blair's
 * campaign) or a name that may go on (name_stands_alone) only where
 * people work. */
static int workplaces(rules *r) {
  const verba_doc *doc = r->doc;
  size_t first;
  int rc = VERBA_OK;
  /* (from capitalised word to capitalised word: the name's first) */
  for (first = ent_next_capital(r->x, 2); first < doc->ntoks && rc == VERBA_OK;
       first = ent_next_capital(r->x, first + 1)) {
    size_t end, i;
    int named;
    /* (the tests of the token's own fields first: most fail them) */
    if ((doc->toks[first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) ||
        !(named = organisation_named_after(r, first)))
      continue;
    if (named == NAMED_AS_OWNER &&
        ((ent_names(r->x, first) & (GROUP_NAMES | GIVEN_NAMES)) || ent_title_word(r->x, first) ||
         ent_in_caps_line(r->x, first)))
      continue;
    i = ent_mention_from(r, first);
    if (i < r->sorted && r->list->items[i].first == first) {
      verba_entity *e = &r->list->items[i];
      /* (the model's place too, if no list has it as one: an analyst at
       * Renaissance Capital in Moscow) */
      if (e->type <= VERBA_ENT_OTHER && !(e->flags & VERBA_ENT_DECIDED) &&
          !(ent_names_of(r, e->first, e->last) & VERBA_NAME_PLACE) &&
          (named == NAMED_AS_WORKPLACE || name_stands_alone(r, e->last))) {
        e->type = VERBA_ENT_ORGANIZATION;
        e->flags |= VERBA_ENT_DECIDED;
      }
      if (named == NAMED_AS_WORKPLACE && e->type == VERBA_ENT_ORGANIZATION)
        coordinated_workplaces(r, i);
      continue;
    }
    /* (not inside a name a rule found: a subsidiary of Hawley Group Ltd) */
    for (end = first; end < doc->ntoks && end - first < NAME_WORDS && capital_word(doc, end) &&
                      !is_covered(r->covered, end) &&
                      !(doc->toks[end].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START));
         end++) {}
    if (end > first && (end >= doc->ntoks || !is_covered(r->covered, end)) &&
        !(ent_names_of(r, first, end) & VERBA_NAME_PLACE) &&
        (named == NAMED_AS_WORKPLACE || name_stands_alone(r, end)))
      rc = ent_add_decided(r, first, end, VERBA_ENT_ORGANIZATION, 0);
  }
  return rc;
}

/* Is e a name the tagger read as a person's right after a noun in lower
 * case that organisations' names use (the org_keyword class: company,
 * bank, airline, group)? It is the organisation the noun says it is
 * (Finnish paper company UPM-Kymmene, the bank Credit Suisse), unless it
 * opens with a given name the lists have (party official John Smith); not
 * after the noun in the possessive (the company's BBB-minus debt). */
static int kind_of_organisation(const rules *r, const verba_entity *e) {
  const verba_doc *doc = r->doc;
  size_t noun = e->first - 1;
  return e->type == VERBA_ENT_PERSON && e->first > 0 && doc->toks[noun].kind == VERBA_WORD &&
         (doc->toks[noun].shape & VERBA_SHAPE_LOWER) &&
         !(doc->toks[noun].shape & VERBA_SHAPE_POSSESSIVE) &&
         (ent_names(r->x, noun) & VERBA_NAME_ORG_KEYWORD) &&
         !(ent_names(r->x, e->first) & GIVEN_NAMES) && !ent_title_word(r->x, e->first);
}

/* Is token k a noun for a body of water or of land that no organisation's
 * name ends in (Sea, Ocean, River, Strait, Mountains)? */
static int natural_feature_word(const verba_doc *doc, size_t k) {
  static const char *const words[] = {"sea", "ocean", "lake", "gulf", "river", "strait",
                                      "straits", "peninsula", "mountains", "desert", "islands"};
  return IS_WORD_OF(doc, k, words);
}

/* Is token k a noun for a building, a public place, a street or a body
 * of water or land (Building, Planetarium, Palace, Street, Brook, Beach;
 * natural_feature_word's)? A closed set; not Park, Lane or Hill, family
 * names more often than not. */
int ent_facility_word(const verba_doc *doc, size_t k) {
  static const char *const words[] = {
    "building", "tower", "bridge", "stadium", "arena", "airport", "planetarium",
    "cathedral", "square", "avenue", "road", "palace", "castle",
    "street", "ave", "boulevard", "highway", "freeway", "expressway", "motorway",
    "parkway", "turnpike", "playfield",
    "brook", "creek", "canal", "reservoir", "bay", "harbour", "harbor",
    "beach", "dock", "docks", "pier", "wharf", "canyon", "valley", "falls", "glacier",
    "island", "lagoon", "fjord", "estuary", "gorge", "coulee", "plateau"
  };
  return doc->toks[k].len <= 11 && (IS_WORD_OF(doc, k, words) || natural_feature_word(doc, k));
}

/* Does a word of tokens [first, last) head or name organisations? */
static int has_org_word(const rules *r, size_t first, size_t last) {
  for (; first < last; first++)
    if (ent_names(r->x, first) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD | VERBA_NAME_ORGANIZATION))
      return 1;
  return 0;
}

/* Is token k a noun for a public place that is a family name more often
 * than not (Park, Field, Hall, Gardens)? A place's only where the text
 * puts it somewhere (at Weston Park, in Carnegie Hall). */
static int family_facility_word(const verba_doc *doc, size_t k) {
  static const char *const words[] = {"park", "field", "hall", "gardens", "garden", "station"};
  return IS_WORD_OF(doc, k, words);
}

/* Does the text put the name [first, last) somewhere: a preposition of
 * place, or "on" for a street, right before it, and no possessive after it
 * (at Joe Louis Arena, on Montague Street; not at John Hall's house)? */
static int named_as_location(const rules *r, size_t first, size_t last) {
  static const char *const on[] = {"on"};
  const verba_doc *doc = r->doc;
  if (first == 0 || (doc->toks[last - 1].shape & VERBA_SHAPE_POSSESSIVE)) return 0;
  return ent_place_preposition(doc, first - 1) ||
         (doc->toks[first - 1].kind == VERBA_WORD && IS_WORD_OF(doc, first - 1, on));
}

/* Is e a name the tagger read as a person's that ends in such a noun,
 * capitalised (the Kaiser Building, the Adler Planetarium, Buckingham
 * Palace, Quillan Street, Hancock Brook, Bondi Beach)? It is the place,
 * unless the lists have the noun as a family name and a given name stands
 * before it (John Tower, Dame Barbara Castle, Michael Bay, John Street)
 * where the text does not put the name somewhere (on Dolores Street). A
 * noun that is a family name more often than not makes a place only
 * there (at Griffin Park; Frank Field said). */
static int ends_in_facility(const rules *r, const verba_entity *e) {
  const verba_doc *doc = r->doc;
  size_t k = e->last - 1, i;
  if (e->last - e->first < 2 || !(doc->toks[k].shape & VERBA_SHAPE_CAPITALIZED)) return 0;
  /* (also a name the tagger read as an organisation's that a body of water
   * or of land ends, with no organisation's word nor listed so: the
   * Adriatic Sea) */
  if (e->type == VERBA_ENT_ORGANIZATION)
    return natural_feature_word(doc, k) && !has_org_word(r, e->first, k) &&
           !(ent_names_of(r, e->first, e->last) & VERBA_NAME_ORGANIZATION);
  if (e->type != VERBA_ENT_PERSON) return 0;
  if (named_as_location(r, e->first, e->last))
    return ent_facility_word(doc, k) || family_facility_word(doc, k);
  if (ent_names(r->x, k) & VERBA_NAME_SURNAME)
    for (i = e->first; i < k; i++)
      if (ent_names(r->x, i) & GIVEN_NAMES) return 0;
  return ent_facility_word(doc, k);
}

/* Is token k the noun of a news agency's office in a town (the London
 * newsroom)? */
static int newsroom_word(const verba_doc *doc, size_t k) {
  static const char *const words[] = {"newsroom", "newsrooms"};
  return doc->toks[k].kind == VERBA_WORD && IS_WORD_OF(doc, k, words);
}

/* A town's name the lists have before a newsroom's noun is the place,
 * whatever the tagger made of it (-- Bonn newsroom +49 228 26097, the line
 * wire copy ends in), the noun cut from a name that took it in capitals
 * (London Newsroom); not an organisation's name (the Washington Post
 * newsroom). */
static void newsrooms(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i;
  for (i = 0; i < r->sorted; i++) {
    verba_entity *e = &r->list->items[i];
    size_t last = e->last;
    verba_names names;
    if ((e->flags & VERBA_ENT_DECIDED) || e->type > VERBA_ENT_OTHER) continue;
    if (last - e->first >= 2 && newsroom_word(doc, last - 1))
      last--;
    else if (last >= doc->ntoks || !newsroom_word(doc, last))
      continue;
    names = ent_names_of(r, e->first, last);
    if (!(names & VERBA_NAME_PLACE)) continue;
    e->last = last;
    e->end = ent_name_end(doc, last - 1);
    e->type = VERBA_ENT_PLACE;
    e->flags |= VERBA_ENT_DECIDED;
  }
}

/* Is token k "Radio" or "Television" capitalised, a broadcaster's name
 * before a place's (Radio Tanzania, Television Malaysia)? */
static int broadcast_word(const verba_doc *doc, size_t k) {
  static const char *const words[] = {"radio", "television"};
  return capital_word(doc, k) && !(doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) &&
         IS_WORD_OF(doc, k, words);
}

/* Is e a name the tagger read as a person's right before "earthquake" or
 * "quake" in lower case (the Loma Prieta earthquake)? It names the event,
 * an "other"; a place's name there stays the place (the Kobe earthquake). */
static int names_earthquake(const rules *r, const verba_entity *e) {
  const verba_doc *doc = r->doc;
  return e->type == VERBA_ENT_PERSON && e->last < doc->ntoks &&
         (doc->toks[e->last].shape & VERBA_SHAPE_LOWER) &&
         (is_word(doc, e->last, "earthquake") || is_word(doc, e->last, "quake"));
}

/* Words between "the" and the noun of an apposition, at most (Oftel, the
 * telecommunications regulator; Gelco, the Minneapolis-based leasing
 * company). */
#define APPOSITION_WORDS 3

/* Is e a name the tagger read as no organisation's nor a people's, in
 * apposition to the organisation ent_firm_in_apposition reads after it?
 * It is the organisation. */
static int organisation_in_apposition(const rules *r, const verba_entity *e) {
  return e->type != VERBA_ENT_ORGANIZATION && e->type != VERBA_ENT_GROUP &&
         ent_firm_in_apposition(r, e->first, e->last);
}

/* Do the words from token k name an organisation: past words in lower
 * case, APPOSITION_WORDS at most (the private), a name the tagger or a
 * rule made an organisation's (Peugeot SA)? */
static int organisation_from(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t end = k, m;
  while (end < doc->ntoks && end - k < APPOSITION_WORDS && doc->toks[end].kind == VERBA_WORD &&
         (doc->toks[end].shape & VERBA_SHAPE_LOWER))
    end++;
  if (end >= doc->ntoks || !capital_word(doc, end)) return 0;
  m = ent_mention_from(r, end);
  return m < r->sorted && r->list->items[m].first == end &&
         r->list->items[m].type == VERBA_ENT_ORGANIZATION;
}

/* Is token k a noun of what a firm is of another (firm_relation: unit,
 * part) before "of" and an organisation's name? */
static int relation_of_firm(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  return k + 2 < doc->ntoks && (doc->toks[k].shape & VERBA_SHAPE_LOWER) &&
         (ent_names(r->x, k) & VERBA_NAME_FIRM_RELATION) && is_word(doc, k + 1, "of") &&
         organisation_from(r, k + 2);
}

int ent_firm_in_apposition(const rules *r, size_t first, size_t last) {
  const verba_doc *doc = r->doc;
  size_t k = last, end;
  if (k + 3 >= doc->ntoks || doc->toks[k].cp != ',' || doc->toks[k].len != 1) return 0;
  /* (with no article: Citroen, part of the Peugeot SA group) */
  if (!(is_word(doc, k + 1, "the") || is_word(doc, k + 1, "a") || is_word(doc, k + 1, "an")))
    return relation_of_firm(r, k + 1) &&
           !((ent_names_of(r, first, last) | ent_names(r->x, first)) &
             (VERBA_NAME_PLACE | PERSON_NAMES | GROUP_NAMES));
  /* (a name with a digit is a product's or an event's: STS-1, the first
   * space shuttle mission) */
  for (end = first; end < last; end++)
    if (doc->toks[end].shape & VERBA_SHAPE_DIGIT) return 0;
  if (ent_names_of(r, first, last) & (VERBA_NAME_PLACE | PERSON_NAMES | GROUP_NAMES)) return 0;
  /* (a name after a name and "in" says where the one before is, which the
   * apposition may be of: Baum and Associates in West Bloomfield, an
   * automotive research firm) */
  if (first >= 2 && is_word(doc, first - 1, "in") && capital_word(doc, first - 2)) return 0;
  /* (the head is the last word before the mark) */
  for (end = k + 2; end + 1 < doc->ntoks && end - k - 2 <= APPOSITION_WORDS; end++) {
    const verba_tok *t = &doc->toks[end];
    /* (a place's or a people's name may say where it is from: an
     * Australian media company) */
    /* (nor a word of grammar: the head is its phrase's, not a spokesman
     * for the foundation's) */
    if (t->kind != VERBA_WORD || (t->shape & VERBA_SHAPE_POSSESSIVE) || ent_grammar_word(r->x, end) ||
        !((t->shape & VERBA_SHAPE_LOWER) ||
          (end + 1 < doc->ntoks && doc->toks[end + 1].kind == VERBA_WORD &&
           (ent_names(r->x, end) & (VERBA_NAME_PLACE | GROUP_NAMES)))))
      return 0;
    /* (a unit of an organisation: Zorvex, a unit of Peugeot SA; not a
     * person's name: Tom Reed, a member of the board) */
    if (relation_of_firm(r, end)) return !(ent_names(r->x, first) & PERSON_NAMES);
    if (doc->toks[end + 1].kind == VERBA_PUNCT)
      return (t->shape & VERBA_SHAPE_LOWER) &&
             (ent_names(r->x, end) & (VERBA_NAME_ORG_KEYWORD | VERBA_NAME_ORG_NOUN)) != 0;
  }
  return 0;
}

/* The end of the region written after a town and a comma at token k (Ohio,
 * N.H., Ala. with its dot: the regions.tsv list), or k if none is there. */
static size_t region_end(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  verba_classes c;
  if (k >= doc->ntoks || !capital_word(doc, k)) return k;
  c = ent_classes(x, k);
  if (c & VERBA_LEX_REGION) return k + 1;
  if ((c & VERBA_LEX_REGION_ABBREV) && k + 1 < doc->ntoks && ent_is_dot(doc, k + 1)) return k + 2;
  return k;
}

/* Is e a town's name, one the tagger read as a person's or an "other"
 * name before a comma and a region, the region's sentence going on in
 * lower case or with a mark (from the facility in Mont Belvieu, Texas,
 * which ...; Lake Bluff, Ill.), or before a comma and a country's name
 * and a mark (Debden, England, 4 June)? After a preposition of place, or where
 * the name does not open with a given name the lists have (a list of
 * players and their states or colleges: Vince Young, Texas). */
/* Does a comma and a region stand at token k, the region's sentence going
 * on in lower case or with a mark, or a comma, a country's name and a mark
 * (see town_of_region)? */
static int region_after_comma(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t end;
  verba_names names;
  if (k + 1 >= doc->ntoks || doc->toks[k].cp != ',' || doc->toks[k].len != 1) return 0;
  if ((end = region_end(r->x, k + 1)) == k + 1) {
    /* a country's name, a mark after it (Debden, England, 4 June 1943;
     * not Beckham, England captain, nor England's) */
    end = listed_at(r, k + 1, VERBA_NAME_COUNTRY, &names);
    if (end == k + 1 || (end < doc->ntoks && doc->toks[end].kind == VERBA_WORD)) return 0;
  }
  /* (not in the possessive, its 's written apart too: Peru 's Foreign
   * Minister) */
  return ent_after_possessive(doc, end) == VERBA_NONE &&
         !(end < doc->ntoks && capital_word(doc, end) &&
           !(doc->toks[end].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)));
}

static int town_of_region(const rules *r, const verba_entity *e) {
  const verba_doc *doc = r->doc;
  return (e->type == VERBA_ENT_PERSON || e->type == VERBA_ENT_OTHER) &&
         region_after_comma(r, e->last) &&
         ((e->first > 0 && ent_place_preposition(doc, e->first - 1)) ||
          !(ent_names(r->x, e->first) & GIVEN_NAMES));
}

/* Words of a town's name before its region, at most (Mont Belvieu). */
#define TOWN_WORDS 3

/* The capitalised words before a comma and a region that no mention holds,
 * inside a sentence, are a town's name (in Mojave, California; from
 * Bentheim, Germany; visited Warrenton, Virginia): after a preposition of
 * place, or where they are no common word and open with no given name
 * (not Vince Young, Texas, a player and his college). And the region's
 * abbreviation after a town is the region. */
static int towns_before_regions(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k, end, first;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, end)) {
    const verba_tok *t = &doc->toks[k];
    end = k + 1;
    /* a region's abbreviation with its dot after a town's name and a comma
     * is the region, a place (Fort Lauderdale, Fla., police said; in
     * Sacramento, Calif.), its dot its own (ent_abbreviation_dots) */
    if (k >= 2 && doc->toks[k - 1].cp == ',' && doc->toks[k - 1].len == 1 &&
        end < doc->ntoks && ent_is_dot(doc, end) && capital_word(doc, k - 2) &&
        !is_covered(r->covered, k) && (ent_classes(r->x, k) & VERBA_LEX_REGION_ABBREV) &&
        region_end(r->x, k) == k + 2) {
      rc = ent_add_decided(r, k, end, VERBA_ENT_PLACE, 0);
      continue;
    }
    if (is_covered(r->covered, k) || (t->shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_POSSESSIVE |
                                                  VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)))
      continue;
    while (end < doc->ntoks && end - k < TOWN_WORDS && capital_word(doc, end) &&
           !is_covered(r->covered, end) && !(doc->toks[end].shape & VERBA_SHAPE_POSSESSIVE))
      end++;
    /* (the comma first: most names have none after them) */
    if (end >= doc->ntoks || doc->toks[end].cp != ',' || ent_grammar_word(r->x, k)) continue;
    /* (a list's item is none: Macken, Weaver, Onuoha, Jordan; nor a
     * band's in a list of bands) */
    if (!region_after_comma(r, end) ||
        !((k > 0 && ent_place_preposition(doc, k - 1)) ||
          (!(ent_names(r->x, k) & (GIVEN_NAMES | VERBA_NAME_ORGANIZATION)) &&
           !(end == k + 1 && ent_common_word(r->x, k)) && !(k > 0 && doc->toks[k - 1].cp == ','))))
      continue;
    /* Saint written short opens many a town's name (St. Clairsville) */
    first = saint_before(doc, k);
    if (first < k && is_covered(r->covered, first)) first = k;
    rc = ent_add_decided(r, first, end, VERBA_ENT_PLACE, 0);
  }
  return rc;
}

/* The month (0 for January) that word k names, or -1: a word of the
 * month class (Jan., MARCH, July) told by its first three letters. */
static int month_of(const ent_text *x, size_t k) {
  static const char months[12][4] = {"jan", "feb", "mar", "apr", "may", "jun",
                                      "jul", "aug", "sep", "oct", "nov", "dec"};
  const verba_tok *t = &x->doc->toks[k];
  const unsigned char *s = x->doc->text.s + t->start;
  int m;
  if (t->len < 3 || !(ent_names(x, k) & VERBA_NAME_MONTH)) return -1;
  for (m = 0; m < 12; m++)
    if ((s[0] | 0x20) == months[m][0] && (s[1] | 0x20) == months[m][1] &&
        (s[2] | 0x20) == months[m][2])
      return m;
  return -1;
}

/* A month's name alone is no name of a person, a place or an organisation
 * (the tagger reads one so in lists of months and of dividends: forecasts
 * for December, February, March; payable June Four, July Three), unless a
 * title stands before it or the document names a person in full with that
 * word (Theresa May ... May said; April Ryan ... April). Its mention is
 * dropped. */
static void drop_months(rules *r) {
  const verba_doc *doc = r->doc;
  unsigned named = 0;
  size_t i;
  int m;
  for (i = 0; i < r->sorted; i++) {
    const verba_entity *e = &r->list->items[i];
    if (e->type != VERBA_ENT_PERSON || e->last - e->first < 2) continue;
    if ((m = month_of(r->x, e->first)) >= 0) named |= 1u << m;
    if ((m = month_of(r->x, e->last - 1)) >= 0) named |= 1u << m;
  }
  for (i = 0; i < r->sorted; i++) {
    verba_entity *e = &r->list->items[i];
    if (e->type > VERBA_ENT_OTHER || e->type == VERBA_ENT_GROUP || e->last - e->first != 1 ||
        (e->flags & VERBA_ENT_DECIDED) || (m = month_of(r->x, e->first)) < 0 ||
        (named >> m & 1) || (e->first > 0 && ent_title_word(r->x, e->first - 1)) ||
        doc->toks[e->first].kind != VERBA_WORD)
      continue;
    e->type = VERBA_ENT_NTYPES;
  }
}

/* Family names of diseases that people the document names in full bear,
 * at most; past that, none is read as a disease's. */
#define EPONYM_BEARERS 8

/* A family name a disease is named after (disease_eponym), alone and in
 * the possessive, is the disease's, no person's mention (victims of
 * Alzheimer's, Parkinson's and Motor Neurone disease), unless a title
 * stands before it (Dr. Parkinson's patients), the name goes on after it,
 * or the document names a person in full with that family name (Michael
 * Parkinson ... Parkinson's guests). Its mention is dropped. */
static void drop_disease_eponyms(rules *r) {
  const verba_doc *doc = r->doc;
  size_t bearers[EPONYM_BEARERS], nbearers = 0, i, j;
  for (i = 0; i < r->sorted; i++) {
    const verba_entity *p = &r->list->items[i];
    if (p->type != VERBA_ENT_PERSON || p->last - p->first < 2 ||
        !(ent_names(r->x, p->last - 1) & VERBA_NAME_DISEASE_EPONYM))
      continue;
    if (nbearers == EPONYM_BEARERS) return;
    bearers[nbearers++] = p->last - 1;
  }
  for (i = 0; i < r->sorted; i++) {
    verba_entity *e = &r->list->items[i];
    const verba_tok *b = &doc->toks[e->first];
    size_t k = e->first, before = k > 0 && ent_is_dot(doc, k - 1) ? k - 1 : k;
    /* (its 's written apart, as tokenised text has it: Parkinson 's) */
    int apart = k + 1 < doc->ntoks && ent_detached_apostrophe(doc, k + 1);
    size_t after = apart ? ent_after_possessive(doc, k + 1) : k + 1;
    if (e->type != VERBA_ENT_PERSON || e->last - e->first != 1 || (e->flags & VERBA_ENT_DECIDED) ||
        !((b->shape & VERBA_SHAPE_POSSESSIVE) || apart) ||
        !(ent_names(r->x, k) & VERBA_NAME_DISEASE_EPONYM) ||
        (before > 0 && ent_title_word(r->x, before - 1)) ||
        (after < doc->ntoks && capital_word(doc, after) && ent_goes_on(doc, after)))
      continue;
    /* (the bearer's word, then the possessive's apostrophe, ' or U+2019,
     * or the word alone before one written apart) */
    for (j = 0; j < nbearers; j++) {
      const verba_tok *a = &doc->toks[bearers[j]];
      if (apart ? a->len == b->len && memcmp(doc->text.s + a->start, doc->text.s + b->start, a->len) == 0
                : a->len < b->len &&
                      memcmp(doc->text.s + a->start, doc->text.s + b->start, a->len) == 0 &&
                      (doc->text.s[b->start + a->len] == '\'' || doc->text.s[b->start + a->len] == 0xE2))
        break;
    }
    if (j == nbearers) e->type = VERBA_ENT_NTYPES;
  }
}

/* Is e a person's name of one word that the tagger read (a rule's stands)? */
static int lone_word_person(const verba_entity *e) {
  return e->type == VERBA_ENT_PERSON && e->last - e->first == 1 && !(e->flags & VERBA_ENT_DECIDED);
}

/* Is person e one word that the lists have as an organisation's name, a
 * surname's or a given name's too, but not a place's or a club's (Honda,
 * Philips, Ford, Dell, Sony; not Paris, nor the clubs named after a town
 * or a family: Everton, Moss)? */
static int firm_or_surname(const rules *r, const verba_entity *e) {
  verba_names names;
  if (!lone_word_person(e)) return 0;
  names = ent_names(r->x, e->first);
  return (names & VERBA_NAME_ORGANIZATION) &&
         !(names & (VERBA_NAME_PLACE | VERBA_NAME_SPORTS_CLUB));
}

/* Does a title stand right before mention e, or a noun of role, right
 * before it or before the comma that sets it off (President Ford; her
 * mother, Dawn, said)? */
static int after_title_or_role(const rules *r, const verba_entity *e) {
  size_t k = e->first;
  if (k > 0 && ent_title_word(r->x, k - 1)) return 1;
  if (k > 1 && r->doc->toks[k - 1].cp == ',' && r->doc->toks[k - 1].len == 1) k--;
  return k > 0 && is_role(r, k - 1);
}

/* Is the key in the index? */
static int indexed(const ent_key_index *ix, uint64_t key) {
  size_t at = ent_key_index_from(ix, key);
  return at < ix->n && ix->keys[at] == key;
}

/* A word that opens an organisation's name of several words in the
 * document: where that name first stands, and where the word first stands
 * alone as a person's (SIZE_MAX: nowhere). A slot of a table of them by
 * the word's key, 0 in an empty slot. */
typedef struct firm_opener {
  uint64_t key;
  size_t firm, person;
} firm_opener;

/* The slot of key in the table of slots (a power of two), empty or its. */
static firm_opener *opener_slot(firm_opener *table, size_t slots, uint64_t key) {
  size_t i = (size_t)(key ^ key >> 29) & (slots - 1);
  while (table[i].key && table[i].key != key) i = (i + 1) & (slots - 1);
  return &table[i];
}

/* The key of the word at token k (0 is the empty slot's). */
static uint64_t word_key(const verba_doc *doc, size_t k) {
  uint64_t key = ent_fold_hash(&doc->text, doc->toks[k].start, ent_name_end(doc, k));
  return key ? key : 1;
}

/* A word that the tagger read alone as a person is the organisation
 * where the lists have it as an organisation's name and a surname or a
 * given name too (Honda, Chrysler, Philips; Ford, Dell), or where the
 * document names an organisation with it first, in a name of several
 * words it opens, and only then writes it alone (Placer Dome Inc ... Dome
 * said; Fox News ... hosted by Fox; not Trump said ... Trump University),
 * in prose (a headline in capitals reads verbs as names), but for a
 * place's or a club's, and no capitalised word after it that the name may
 * run on to (Eastman | Kodak Co); where the document names no person in
 * full with it (Models by Honda, Nissan and Toyota; Shares of Dell rose;
 * Mike Honda ... Honda stays a person) and no title or role stands before
 * it (President Ford; her mother, Dawn). A guess: its type votes as the
 * tagger's would. */
static int firms_named_like_people(rules *r) {
  const verba_doc *doc = r->doc;
  ent_key_index names = {NULL, 0, 0, 0};
  firm_opener *openers = NULL;
  size_t i, listed = 0, lone = 0, firms = 0, slots = 1, cap = 0;
  int rc;
  for (i = 0; i < r->sorted; i++) {
    const verba_entity *e = &r->list->items[i];
    if (firm_or_surname(r, e)) listed++;
    else if (lone_word_person(e)) lone++;
    else if (e->type == VERBA_ENT_ORGANIZATION && e->last - e->first >= 2) firms++;
  }
  /* (most documents have no such word: the index is made only for one) */
  if (listed == 0 && (lone == 0 || firms == 0)) return VERBA_OK;
  while (slots < 2 * firms) slots *= 2;
  rc = ent_key_index_reserve(doc, &names, 2 * r->sorted + 1);
  if (rc == VERBA_OK) rc = ent_reserve(doc, (void **)&openers, &cap, slots, sizeof *openers);
  if (rc != VERBA_OK) {
    ent_key_index_free(doc, &names);
    return rc;
  }
  memset(openers, 0, slots * sizeof *openers);
  for (i = 0; i < r->sorted; i++) {
    const verba_entity *e = &r->list->items[i];
    if (e->last - e->first < 2) continue;
    if (e->type == VERBA_ENT_PERSON) {
      names.keys[names.n++] = word_key(doc, e->first);
      names.keys[names.n++] = word_key(doc, e->last - 1);
    } else if (e->type == VERBA_ENT_ORGANIZATION && !ent_in_caps_line(r->x, e->first) &&
               !(ent_names(r->x, e->first) & (VERBA_NAME_PLACE | VERBA_NAME_SPORTS_CLUB))) {
      firm_opener *o = opener_slot(openers, slots, word_key(doc, e->first));
      if (!o->key) {
        o->key = word_key(doc, e->first);
        o->firm = e->first;
        o->person = SIZE_MAX;
      }
    }
  }
  ent_key_index_sort(&names);
  for (i = 0; i < r->sorted; i++) {
    const verba_entity *e = &r->list->items[i];
    firm_opener *o;
    if (!lone_word_person(e)) continue;
    o = opener_slot(openers, slots, word_key(doc, e->first));
    if (o->key && o->person == SIZE_MAX) o->person = e->first;
  }
  for (i = 0; i < r->sorted; i++) {
    verba_entity *e = &r->list->items[i];
    const firm_opener *o;
    uint64_t key;
    if (!lone_word_person(e) || after_title_or_role(r, e)) continue;
    key = word_key(doc, e->first);
    o = opener_slot(openers, slots, key);
    if ((firm_or_surname(r, e) || (o->key && o->firm < o->person && !name_runs_on(r, e->last))) &&
        !indexed(&names, key))
      e->type = VERBA_ENT_ORGANIZATION;
  }
  ent_release(doc, (void **)&openers, &cap, sizeof *openers);
  ent_key_index_free(doc, &names);
  return VERBA_OK;
}

/* Words of a place's name before its "and", at most (Trinidad and
 * Tobago, Bosnia and Herzegovina, Newfoundland and Labrador). */
#define PLACE_WORDS_BEFORE_AND 2

/* Takes the tagger's mention i back to token start, dropping the
 * mentions between, unless one runs into those tokens from before them
 * (the mentions stay apart). */
static void extend_back(rules *r, size_t i, size_t start) {
  verba_entity *e = &r->list->items[i];
  const verba_entity *items = r->list->items;
  size_t j;
  /* (the sorted part in text order: the mentions that reach past start
   * come right before mention i, read back from it) */
  for (j = i; j-- > 0 && items[j].last > start;)
    if (items[j].type != VERBA_ENT_NTYPES && items[j].first < start) return;
  for (j = i; j-- > 0 && items[j].last > start;)
    if (items[j].first >= start && items[j].last <= e->first)
      r->list->items[j].type = VERBA_ENT_NTYPES;
  e->first = start;
  e->start = r->doc->toks[start].start;
  e->flags |= VERBA_ENT_DECIDED;
}

/* An organisation named after a place whose name holds "and", where the
 * tagger began the organisation's name at the word after the "and" (the
 * Newfoundland and [Labrador Court of Appeal], the Trinidad and [Tobago
 * Football Association]): the listed place's name is the organisation's
 * first words, and the tagger's names inside them are dropped. */
static void places_with_and_in_names(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i;
  for (i = 0; i < r->sorted; i++) {
    const verba_entity *e = &r->list->items[i];
    size_t start;
    if (e->type != VERBA_ENT_ORGANIZATION || e->first < 2 || e->last - e->first < 2 ||
        !is_word(doc, e->first - 1, "and"))
      continue;
    for (start = e->first - 2; start + 2 + PLACE_WORDS_BEFORE_AND > e->first; start--) {
      verba_names names;
      size_t end;
      if (!capital_word(doc, start)) break;
      end = listed_at(r, start, VERBA_NAME_PLACE, &names);
      if (end > e->first && end < e->last) {
        extend_back(r, i, start);
        break;
      }
      if (start == 0 || (doc->toks[start].shape & VERBA_SHAPE_SENTENCE_START)) break;
    }
  }
}

/* Whether token k is a word written in "camel case" as firms and brands
 * write theirs (BankAmerica, EgyptAir, WestLB, DaimlerChrysler): a capital,
 * three or more small letters, a capital. People's names written so start
 * with a patronymic prefix or a particle that is shorter (McDonald,
 * MacArthur, DeShawn, LeBron, VanDyke) or one of the few longer ones
 * below, a closed class (FitzGerald, VandeHei). */
int ent_camel_case_word(const verba_doc *doc, size_t k) {
  static const char *const prefixes[] = {"fitz", "vande", "vander", "vonder", "della", "delle"};
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t i, small = 0;
  if (t->kind != VERBA_WORD || !(s[0] >= 'A' && s[0] <= 'Z')) return 0;
  for (i = 1; i < t->len && s[i] >= 'a' && s[i] <= 'z'; i++) small++;
  if (small < 3 || i >= t->len || !(s[i] >= 'A' && s[i] <= 'Z')) return 0;
  for (k = 0; k < sizeof prefixes / sizeof *prefixes; k++) {
    size_t j, n = strlen(prefixes[k]);
    if (n != i) continue;
    for (j = 0; j < n && (s[j] | 0x20) == prefixes[k][j]; j++) {}
    if (j == n) return 0;
  }
  return 1;
}

/* Is e an organisation's name, one word in camel case that the tagger
 * read as a person's, or as a place the lists do not have (BankAmerica
 * said it expects a profit; EgyptAir, TransAmerican)? */
static int camel_case_firm(const rules *r, const verba_entity *e) {
  return (e->type == VERBA_ENT_PERSON || e->type == VERBA_ENT_PLACE) &&
         e->last - e->first == 1 && !(ent_names(r->x, e->first) & VERBA_NAME_PLACE) &&
         ent_camel_case_word(r->doc, e->first);
}

/* Is token k an acronym in the plural: capitals and a final s in lower
 * case (MPs, PCs, CEOs)? */
static int plural_acronym(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t i;
  if (t->kind != VERBA_WORD || t->len < 3 || t->len > 6 || s[t->len - 1] != 's') return 0;
  for (i = 0; i + 1 < t->len; i++)
    if (s[i] < 'A' || s[i] > 'Z') return 0;
  return 1;
}

/* An acronym in the plural alone names a kind of people or things, no one
 * entity (MPs voted, new PCs): the tagger's mention of it is dropped,
 * unless a rule decided it. */
static void drop_plural_acronyms(rules *r) {
  size_t i;
  for (i = 0; i < r->sorted; i++) {
    verba_entity *e = &r->list->items[i];
    if (e->type <= VERBA_ENT_OTHER && e->type != VERBA_ENT_GROUP && e->last - e->first == 1 &&
        !(e->flags & VERBA_ENT_DECIDED) && plural_acronym(r->doc, e->first))
      e->type = VERBA_ENT_NTYPES;
  }
}

/* Is e an award named like a person (Oscar, Emmy, Tony) read as a
 * person's name alone where no one is meant: after a determiner or a
 * possessive (won an Oscar, this year's Oscar) or before a noun of the
 * award's (Oscar nominees, Emmy night)? It names the award, an other. */
static int award_named_like_person(const rules *r, const verba_entity *e) {
  static const char *const awards[] = {"oscar", "oscars", "emmy", "emmys", "tony", "tonys"};
  static const char *const award_nouns[] = {
    "nominee", "nominees", "nomination", "nominations", "ceremony", "winner", "winners",
    "win", "night", "race", "voters", "host", "hopes", "contender", "contenders", "statuette"
  };
  const verba_doc *doc = r->doc;
  size_t k = e->first;
  if (e->type != VERBA_ENT_PERSON || e->last != k + 1 || !IS_WORD_OF(doc, k, awards)) return 0;
  return (k > 0 && (is_determiner(r, k - 1) || (doc->toks[k - 1].shape & VERBA_SHAPE_POSSESSIVE))) ||
         (e->last < doc->ntoks && ent_goes_on(doc, e->last) &&
          (doc->toks[e->last].shape & VERBA_SHAPE_LOWER) && IS_WORD_OF(doc, e->last, award_nouns));
}

/* Is e a name of one word the tagger read as a person's right before a
 * noun in lower case for what only a firm has (Yukos chief executive
 * Steven Theede, Taft shareholders, Penney chairman, the Hughes board)?
 * It is the firm; no person has a chief executive or shareholders. */
static int firm_before_its_officers(const rules *r, const verba_entity *e) {
  static const char *const officers[] = {"chairman", "executives", "shareholders", "board"};
  static const char *const chief[] = {"chief"}, *const executive[] = {"executive"};
  const verba_doc *doc = r->doc;
  size_t k = e->last;
  if (e->type != VERBA_ENT_PERSON || e->last - e->first != 1 || k + 1 >= doc->ntoks ||
      !ent_goes_on(doc, k) || !(doc->toks[k].shape & VERBA_SHAPE_LOWER) ||
      (doc->toks[e->first].shape & VERBA_SHAPE_POSSESSIVE))
    return 0;
  return IS_WORD_OF(doc, k, officers) ||
         (IS_WORD_OF(doc, k, chief) && IS_WORD_OF(doc, k + 1, executive));
}

/* Is the mention that starts at token k an amount a share's price moves
 * by: a sum of money (25 cents, $1.25) or a number with a fraction or a
 * decimal point or in pence (1-3/8, 7/8, 1.50, 14p), followed by "to" and
 * the new price (rose 1-3/8 to 71-5/8)? Not points (a market's index rose
 * 31.87 points to 5,711.27), nor a number alone (a player fell 2 to 8). */
static int price_move_at(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t m = ent_mention_holding(r, k);
  const verba_entity *amount;
  const unsigned char *s;
  size_t at;
  if (m >= r->list->n) return 0;
  amount = &r->list->items[m];
  if (amount->first != k || amount->last + 1 >= doc->ntoks || !is_word(doc, amount->last, "to") ||
      !(doc->toks[amount->last + 1].cp == '$' ||
        (doc->toks[amount->last + 1].shape & VERBA_SHAPE_DIGIT)))
    return 0;
  if (amount->type == VERBA_ENT_MONEY) return 1;
  if (amount->type != VERBA_ENT_NUMBER) return 0;
  s = doc->text.s;
  for (at = amount->start; at < amount->end; at++)
    if (s[at] == '/' || s[at] == '.') return 1;
  return s[amount->end - 1] == 'p';
}

/* Is e a name the tagger read as a person's or a place's before a verb of
 * a share's price and the amount it moved by (Hanson gained 3p to 126p,
 * Bethlehem rose 7/8 to 19-1/4, McGraw Hill fell 2-1/4 to 61-1/2)? Only a
 * firm's shares are priced so: the firm. Not a country's name, nor a
 * person's that opens with a given name. */
static int firm_at_its_price(const rules *r, const verba_entity *e) {
  static const char *const moves[] = {
    "rose", "fell", "gained", "added", "eased", "slipped", "dropped", "lost", "climbed",
    "jumped", "firmed", "shed", "advanced", "declined", "slumped", "soared", "tumbled", "surged",
    "plunged", "dipped", "rallied", "weakened", "improved", "retreated", "edged"
  };
  const verba_doc *doc = r->doc;
  size_t verb = e->last, amount;
  verba_names first;
  if ((e->type != VERBA_ENT_PERSON && e->type != VERBA_ENT_PLACE) || verb + 2 >= doc->ntoks ||
      !(doc->toks[verb].shape & VERBA_SHAPE_LOWER))
    return 0;
  /* (edged up, edged down; the amount's digit first: most words after a
   * name are followed by none) */
  amount = verb + 1;
  if (is_word(doc, amount, "up") || is_word(doc, amount, "down")) amount++;
  if (amount >= doc->ntoks ||
      !(doc->toks[amount].cp == '$' || (doc->toks[amount].shape & VERBA_SHAPE_DIGIT)) ||
      !ent_goes_on(doc, verb) || !IS_WORD_OF(doc, verb, moves))
    return 0;
  if (!price_move_at(r, amount)) return 0;
  /* (the subject of the verb, no preposition's object but the firm's
   * shares': the trade deficit with Latin America rose 900 mln dlrs to
   * 2.6 billion dlrs, Brent crude in London gained $1.32 to $44.45; but
   * shares in Southwest fell 65 cents to $14.35) */
  if (e->first > 1 && (doc->toks[e->first - 1].shape & VERBA_SHAPE_LOWER) &&
      (ent_classes(r->x, e->first - 1) & VERBA_LEX_PREPOSITION) &&
      !is_word(doc, e->first - 2, "shares"))
    return 0;
  first = ent_names(r->x, e->first);
  return !(ent_names_of(r, e->first, e->last) & VERBA_NAME_COUNTRY) &&
         !(e->type == VERBA_ENT_PERSON && e->last - e->first > 1 && (first & GIVEN_NAMES));
}

/* Is e an organisation's name the tagger read as a person's or as
 * another proper name: its last word an organisation's the lists have and
 * no one's name, its first no given name written capitalised but a
 * people's, a country's or a region's (GERMAN BUNDESBANK, read so in a
 * headline, which the story's Bundesbank would then join as the family
 * name; AB Volvo, Indiana GOP, Exxon Mobil; not David Sainsbury, though
 * David is a town's name too, nor a title's holder)? */
/* Is place mention e of the tagger's a name that opens with an
 * organisation's name the lists have, no one's and no place's, before
 * capitalised words the lists do not have as a place's (BBC Sport, a
 * place to the tagger)? The organisation's unit, an organisation; not a
 * building named after a firm (Verizon Center, Bridgestone Arena, Kodak
 * Theatre: words of organisations' names or buildings'). */
static int organisation_read_as_place(const rules *r, const verba_entity *e) {
  size_t k;
  if (e->type != VERBA_ENT_PLACE || e->last - e->first < 2 ||
      !ent_organisation_only(r->x, e->first) || ent_in_caps_line(r->x, e->first) ||
      (ent_names_of(r, e->first, e->last) & VERBA_NAME_PLACE))
    return 0;
  for (k = e->first + 1; k < e->last; k++)
    if (!capital_word(r->doc, k) ||
        (ent_names(r->x, k) & (VERBA_NAME_PLACE | GROUP_NAMES | VERBA_NAME_ORG_KEYWORD)) ||
        ent_facility_word(r->doc, k) || (r->doc->toks[k - 1].shape & VERBA_SHAPE_POSSESSIVE))
      return 0;
  return 1;
}

static int organisation_read_as_person(const rules *r, const verba_entity *e) {
  verba_names first = ent_names(r->x, e->first);
  size_t k;
  if ((e->type != VERBA_ENT_PERSON && e->type != VERBA_ENT_OTHER) || e->last - e->first < 2)
    return 0;
  /* (or one of two words, an organisation's name the lists have and an
   * acronym no list has, in a line not in capitals: Sony BMG, though
   * Sony is a given name too) */
  if (e->last - e->first == 2 && (first & VERBA_NAME_ORGANIZATION) &&
      !(r->doc->toks[e->first].shape & VERBA_SHAPE_ALL_CAPS) && !ent_in_caps_line(r->x, e->first) &&
      ent_long_unlisted_acronym(r, e->first + 1))
    return 1;
  if (!ent_organisation_only(r->x, e->last - 1)) return 0;
  /* (not a possessor's name before it: REAGAN'S CIA; nor a particle's
   * name: Pierre de Marca) */
  for (k = e->first; k + 1 < e->last; k++)
    if (r->doc->toks[k].shape & (VERBA_SHAPE_POSSESSIVE | VERBA_SHAPE_LOWER)) return 0;
  /* (another proper name the tagger read ends in a product's word, not a
   * firm's: Exxon Mobil is a firm; but a people's word before it names a
   * work in their language: the Danish Wikipedia) */
  if (e->type == VERBA_ENT_OTHER) return !(first & GROUP_NAMES);
  /* (a famous person's first word after a title or a role names the
   * holder: Bank of Japan governor Yasuo Matsushita) */
  if (ent_known_person(r->x, e->first) && e->first > 0 &&
      (ent_role_at(r->x, e->first - 1) || ent_is_title(r->x, e->first - 1)))
    return 0;
  return !(first & GIVEN_NAMES) ||
         (first & (VERBA_NAME_COUNTRY | VERBA_NAME_REGION_NAME | GROUP_NAMES)) ||
         (r->doc->toks[e->first].shape & VERBA_SHAPE_ALL_CAPS);
}

/* Is e a person's name of two words the tagger read as a place's: its
 * first word one no list and no dictionary has (a given name the lists
 * lack), its last a family name or a famous person's of no place and no
 * common word (not Goodison Park, Xiluodu Dam: a place's word is a family
 * name too), the whole no name the lists have (a tackle from Djimi
 * Traore)? */
static int person_read_as_place(const rules *r, const verba_entity *e) {
  verba_names last;
  if (e->type != VERBA_ENT_PLACE || e->last - e->first != 2 ||
      !ent_unknown_word_shaped(r->x, e->first) || ent_names_of(r, e->first, e->last))
    return 0;
  last = ent_names(r->x, e->first + 1);
  return ((last & VERBA_NAME_SURNAME) || ent_known_person(r->x, e->first + 1)) &&
         !(last & (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION | GROUP_NAMES)) &&
         !ent_common_word(r->x, e->first + 1);
}

/* Gives type to each mention of the tagger's that no rule decided and
 * that is_one says is of it, as decided. */
static void retype_where(rules *r, int (*is_one)(const rules *, const verba_entity *),
                         enum verba_entity_type type) {
  size_t i;
  for (i = 0; i < r->sorted; i++) {
    verba_entity *e = &r->list->items[i];
    if ((e->flags & VERBA_ENT_DECIDED) || e->type > VERBA_ENT_OTHER || !is_one(r, e)) continue;
    e->type = type;
    e->flags |= VERBA_ENT_DECIDED;
  }
}

/* A name the lists give as a club's and as no place's (Arsenal, Celtic;
 * not Newcastle, a city too) before a role in lower case (Arsenal manager
 * Arsene Wenger, Celtic striker): the club, an organisation, whatever the
 * tagger made of it, first in a sentence too. */
static int is_club_only(const rules *r, size_t first, size_t last) {
  verba_names names = ent_names_of(r, first, last);
  /* (a club takes no article: the Sheriff's detective is an office's) */
  return (names & VERBA_NAME_SPORTS_CLUB) && !(names & VERBA_NAME_PLACE) &&
         (first == 0 || !is_determiner(r, first - 1));
}

static int club_roles(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k;
  int rc = VERBA_OK;
  /* (from a word of a title's or a role's class to the next) */
  for (k = ent_next_title(r->x, 1); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_title(r->x, k + 1)) {
    size_t m, first = k;
    if ((doc->toks[k].shape & VERBA_SHAPE_CAPITALIZED) || !is_role(r, k)) continue;
    /* (the tagger's name, a person's too: Everton boss David Moyes) */
    m = ent_mention_from(r, k - 1);
    if (m < r->sorted && r->list->items[m].last == k) {
      verba_entity *e = &r->list->items[m];
      if (e->type <= VERBA_ENT_OTHER && !(e->flags & VERBA_ENT_DECIDED) &&
          is_club_only(r, e->first, e->last)) {
        e->type = VERBA_ENT_ORGANIZATION;
        e->flags |= VERBA_ENT_DECIDED;
      }
      continue;
    }
    while (first > 0 && k - first < NAME_WORDS && capital_word(doc, first - 1) &&
           !is_covered(r->covered, first - 1)) {
      first--;
      if (doc->toks[first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) break;
    }
    if (first < k && is_club_only(r, first, k))
      rc = ent_add_decided(r, first, k, VERBA_ENT_ORGANIZATION, 0);
  }
  return rc;
}

/* Is token k a preposition of place (he moved from Leeds, the game at
 * Portsmouth)? A closed class: the words here are all of it that goes
 * before a town's name in news, but "to", which a side loses to too. */
int ent_place_preposition(const verba_doc *doc, size_t k) {
  static const char *const words[] = {
    "in", "at", "from", "near", "into", "outside", "around", "across", "through"
  };
  if (doc->toks[k].kind != VERBA_WORD || doc->toks[k].len > 8) return 0;
  return IS_WORD_OF(doc, k, words);
}

/* Towns' names the sports rules made teams that make a text one of
 * sports, at least: one is as often a story of business or politics that
 * mentions a match. */
#define TOWN_TEAMS 2

/* Is mention e a town's or a region's name the sports rules made a team
 * (Leicester flanker Neil Back; Yorkshire beat Kent), one the lists have
 * as a club's too: decided an organisation? */
static int town_made_team(const rules *r, const verba_entity *e) {
  verba_names names = ent_names_of(r, e->first, e->last);
  return (e->flags & VERBA_ENT_DECIDED) && (names & VERBA_NAME_SPORTS_CLUB) &&
         (names & (VERBA_NAME_CITY | VERBA_NAME_REGION_NAME));
}

/* Is the name at token first a side a result was had at, after a score
 * and "at" (Lazio won 2-1 at Parma), not a town a team went to? */
static int result_at(const verba_doc *doc, size_t first) {
  return first > 1 && is_word(doc, first - 1, "at") && ent_score_at(doc, first - 2);
}

/* Where a text names a club (a name the lists give as a club's and no
 * place's, read as an organisation: Arsenal; or two towns' the sports
 * rules made teams), the other names the lists give as a club's are clubs: a
 * town's (five points behind Chelsea; Portsmouth got bodies behind the
 * ball), but not after a preposition of place (he moved from Leeds; but
 * Lazio won 2-1 at Parma), a
 * kind of place and "of" (the eastern city of Leipzig) or an
 * article (a Newcastle lawyer: a club takes none), and
 * not a country's (its national side is a place, in news convention); a
 * word the model took for a given name (Arsenal beat Everton), a family
 * name's too where no one is named by it in full. */
static int club_towns(rules *r) {
  const verba_doc *doc = r->doc;
  written_names people = {NULL, 0, 0, 0};
  size_t i, towns = 0;
  int rc = VERBA_OK;
  for (i = 0; i < r->list->n; i++) {
    const verba_entity *e = &r->list->items[i];
    /* (not an acronym: KSC is a club's and the Kennedy Space Center; nor
     * a league's team by its nickname, the Lions, the Yankees: the text is
     * of sports, but the North American way writes a team's town alone in
     * its scores only, the town elsewhere) */
    if (e->type != VERBA_ENT_ORGANIZATION || (doc->toks[e->first].shape & VERBA_SHAPE_ALL_CAPS) ||
        (ent_names_of(r, e->first, e->last) & VERBA_NAME_TEAM_NAME))
      continue;
    if (is_club_only(r, e->first, e->last) || (town_made_team(r, e) && ++towns == TOWN_TEAMS))
      break;
  }
  if (i == r->list->n) return VERBA_OK;
  for (i = 0; i < r->sorted; i++) {
    verba_entity *e = &r->list->items[i];
    verba_names names;
    if ((e->type != VERBA_ENT_PLACE && e->type != VERBA_ENT_PERSON) ||
        (e->flags & (VERBA_ENT_DECIDED | VERBA_ENT_DATELINE)) ||
        (e->first > 0 && ((ent_place_preposition(doc, e->first - 1) && !result_at(doc, e->first)) ||
                          is_determiner(r, e->first - 1))) ||
        (e->first > 1 && is_word(doc, e->first - 1, "of") && ent_kind_of_place(doc, e->first - 2)))
      continue;
    names = ent_names_of(r, e->first, e->last);
    if (!(names & VERBA_NAME_SPORTS_CLUB) || (names & VERBA_NAME_COUNTRY) ||
        (e->type == VERBA_ENT_PERSON && e->last - e->first > 1))
      continue;
    /* (a given name that is a family name too is a club's where the
     * lists have it as no place's, the text names no one by it in full
     * and this mention reads as no one's, after a title or a role or
     * before a verb of speech or a capitalised word: Everton; not Paris,
     * nor Brown, a family name only; not Everton after Everton Ribeiro,
     * nor coach Charlton, Charlton said, Tom May) */
    if (e->type == VERBA_ENT_PERSON && (names & VERBA_NAME_SURNAME)) {
      if (!(names & GIVEN_NAMES) || (names & VERBA_NAME_PLACE) ||
          (e->first > 0 && (ent_classes(r->x, e->first - 1) & ENT_TITLE_CLASSES)) ||
          (e->last < doc->ntoks &&
           ((ent_classes(r->x, e->last) & VERBA_LEX_CUE) ||
            (capital_word(doc, e->last) && ent_goes_on(doc, e->last)))))
        continue;
      if (!people.made && (rc = index_people(r, 1, &people)) != VERBA_OK) break;
      if (written_as(doc, &people, e->first, e->last, 0) == VERBA_ENT_PERSON) continue;
    }
    e->type = VERBA_ENT_ORGANIZATION;
  }
  ent_key_index_free(doc, &people);
  return rc;
}

/* (a plural the document writes in lower case too is a common noun: the
 * Berlin Games and "the games"; known of the words its headlines and
 * sentences open with, as ent_text_prepare records them) */
int ent_plural_nickname(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_CAPITALIZED) &&
         !(t->shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_POSSESSIVE)) && t->len >= 4 &&
         s[t->len - 1] == 's' && s[t->len - 2] >= 'a' && s[t->len - 2] <= 'z' &&
         s[t->len - 2] != 's' && !ent_written_lower_too(r->x, k) && !ent_is_title(r->x, k) &&
         !(ent_names(r->x, k) & (GROUP_NAMES | GIVEN_NAMES | VERBA_NAME_PLACE |
                                 VERBA_NAME_LISTED_NAME | VERBA_NAME_MONTH | VERBA_NAME_WEEKDAY |
                                 VERBA_NAME_EVENT_HEAD | VERBA_NAME_LAW_HEAD));
}

/* The end of a team's nickname at token k, after its town's name the
 * tagger saw no name in: a capitalised plural (Pistons), or a capitalised
 * word no mention holds and one (Red Wings, Blue Jays); k if none. */
static size_t nickname_end(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  if (k >= doc->ntoks || is_covered(r->covered, k) ||
      (doc->toks[k].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)))
    return k;
  if (ent_plural_nickname(r, k)) return k + 1;
  if (k + 1 < doc->ntoks && capital_word(doc, k) && !ent_grammar_word(r->x, k) &&
      !ent_title_word(r->x, k) && !(ent_names(r->x, k) & (VERBA_NAME_PLACE | GROUP_NAMES)) &&
      !is_covered(r->covered, k + 1) && ent_goes_on(doc, k + 1) && ent_plural_nickname(r, k + 1))
    return k + 2;
  return k;
}

/* A town's name the tagger saw no name in, and a nickname after it, ending
 * the capitalised words of their sentence, are a team's name (the Detroit
 * Pistons won; Detroit Red Wings goalie Chris Osgood); not a country's
 * (U.S. Officials), nor a town's that is someone's name too (Wayne
 * Rooneys). A plural the document writes in lower case too is no nickname
 * (ent_plural_nickname: Tokyo Stocks). */
static int untagged_teams(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k, town_end, end;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    verba_names names;
    /* (a capitalised word after it first: the town's or the nickname's) */
    if (k + 1 >= doc->ntoks || is_covered(r->covered, k) || !capital_word(doc, k + 1) ||
        !ent_goes_on(doc, k + 1) ||
        !((ent_names(r->x, k) & (VERBA_NAME_CITY | VERBA_NAME_REGION_NAME)) ||
          ent_phrase_start(r->x, k)) ||
        (k > 0 && ent_goes_on(doc, k) && capital_word(doc, k - 1) && !ent_grammar_word(r->x, k - 1)))
      continue;
    town_end = listed_at(r, k, VERBA_NAME_CITY | VERBA_NAME_REGION_NAME, &names);
    if (town_end == k || (names & (VERBA_NAME_COUNTRY | GROUP_NAMES | PERSON_NAMES)) ||
        (town_end - k == 1 && ent_common_word(r->x, k)) ||
        (end = nickname_end(r, town_end)) == town_end ||
        (end < doc->ntoks && capital_word(doc, end) && ent_goes_on(doc, end)))
      continue;
    rc = ent_add_decided(r, k, end, VERBA_ENT_ORGANIZATION, 0);
    k = end - 1;
  }
  return rc;
}

/* A town's or a region's name and a capitalised plural after it are a
 * team's or a firm's name, an organisation: the New York Yankees, the
 * Chicago Bulls, Texas Instruments. Not a place the lists have whole
 * (Cayman Islands, Palm Springs), nor a plural ent_plural_nickname turns
 * down (Texas Democrats, Florida Sens.), and only where the plural ends
 * the capitalised words (not Sapporo Breweries Ltd) in prose or before a
 * score (not a headline in title case, London Stocks Close Higher). */
static int team_names(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i, prose_of = VERBA_NONE;
  int rc = VERBA_OK, prose = 0;
  for (i = 0; i < r->sorted && rc == VERBA_OK; i++) {
    verba_entity *e = &r->list->items[i];
    verba_names names;
    size_t town_end = e->last, end;
    /* (a team a score line decided is one still: the New York Yankees
     * beat Toronto 6-2) */
    if (e->type > VERBA_ENT_OTHER || e->type == VERBA_ENT_PERSON ||
        ((e->flags & VERBA_ENT_DECIDED) && e->type != VERBA_ENT_ORGANIZATION))
      continue;
    /* (the plural in the tagger's name of a place or an organisation, or
     * after it: the tagger's "other" is an event's as often as a team's,
     * the Atlanta Olympics, the Berlin Games) */
    if (e->type != VERBA_ENT_OTHER && e->last - e->first >= 2 && ent_plural_nickname(r, e->last - 1))
      town_end = e->last - 1;
    else if (e->last >= doc->ntoks || !ent_plural_nickname(r, e->last) || is_covered(r->covered, e->last) ||
             (doc->toks[e->last].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)))
      continue;
    end = town_end + 1;
    /* (a country's name before a plural is rarely a team's: U.S.
     * Officials, U.S. Treasuries; nor a town's in the possessive or a
     * town that is a common word too, Golden Globes) */
    if (listed_at(r, e->first, VERBA_NAME_CITY | VERBA_NAME_REGION_NAME, &names) != town_end ||
        (names & VERBA_NAME_COUNTRY) || (doc->toks[town_end - 1].shape & VERBA_SHAPE_POSSESSIVE) ||
        (town_end - e->first == 1 && ent_common_word(r->x, e->first)) ||
        listed_at(r, e->first, VERBA_NAME_PLACE, &names) == end)
      continue;
    if (end < doc->ntoks && !(doc->toks[end].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START))) {
      if (capital_word(doc, end)) continue;
      if (doc->toks[end].kind != VERBA_NUMBER &&
          !in_prose(r, doc->toks[e->first].sentence, &prose_of, &prose))
        continue;
    } else if (!in_prose(r, doc->toks[e->first].sentence, &prose_of, &prose)) {
      continue;
    }
    if (e->flags & VERBA_ENT_DECIDED) {
      e->last = end;
      e->end = ent_name_end(doc, end - 1);
      cover(r->covered, town_end, end);
      cover(r->decided, town_end, end);
    } else {
      rc = ent_add_decided(r, e->first, end, VERBA_ENT_ORGANIZATION, 0);
    }
  }
  return rc == VERBA_OK ? untagged_teams(r) : rc;
}

static int is_group_name(const rules *r, size_t k) {
  verba_names names = ent_names(r->x, k);
  return (names & GROUP_NAMES) && !(names & NOT_GROUP_NAMES);
}

/* Is word k a people's name that the lists have as a town's or a
 * province's too, and as no country's nor organisation's (Chechen, Somali,
 * Brits: a town in South Africa), used of people or things: before a word
 * in lower case in its sentence that is no word of grammar nor a kind of
 * place (Chechen rebels, Somali pirates, Brits abroad; not the Somali
 * region)? A region the lists have under no other class stays a place
 * (the Caribbean, Caribbean countries). */
static int people_word_before_noun(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  verba_names names = ent_names(r->x, k);
  if (!(names & (VERBA_NAME_DEMONYM | VERBA_NAME_NATIONALITY_PLURAL)) ||
      !(names & (VERBA_NAME_REGION_NAME | VERBA_NAME_CITY)) ||
      (names & (VERBA_NAME_COUNTRY | VERBA_NAME_ORGANIZATION)) ||
      (doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE) || k + 1 >= doc->ntoks)
    return 0;
  k++;
  return doc->toks[k].kind == VERBA_WORD && (doc->toks[k].shape & VERBA_SHAPE_LOWER) &&
         ent_goes_on(doc, k) && !ent_grammar_word(r->x, k) && !ent_kind_of_place(doc, k);
}

/* A state's or a country's name and a party's member or members, which
 * the tagger read as one name (a Texas Democrat, the Kansas Republican,
 * Ohio Democrats), are the place and the group: the name is cut to the
 * place, the group added. Not a name that the lists have whole (Liberal
 * Democrats, whose first word is a town's name, not a state's). */
static int partisans_of_places(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i, n = r->sorted;
  int rc = VERBA_OK;
  for (i = 0; i < n && rc == VERBA_OK; i++) {
    verba_entity *e = &r->list->items[i];
    size_t last = e->last - 1;
    verba_names names;
    if (e->type > VERBA_ENT_OTHER || e->type == VERBA_ENT_GROUP || e->last - e->first < 2 ||
        (e->flags & VERBA_ENT_DECIDED) || !(ent_names(r->x, last) & GROUP_NAMES) ||
        (ent_names(r->x, last) & (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION)) ||
        !(doc->toks[last].shape & VERBA_SHAPE_CAPITALIZED) ||
        listed_at(r, e->first, VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION | VERBA_NAME_GROUP,
                  &names) != last ||
        !(names & (VERBA_NAME_REGION_NAME | VERBA_NAME_COUNTRY)))
      continue;
    e->last = last;
    e->end = ent_name_end(doc, last - 1);
    e->type = VERBA_ENT_PLACE;
    e->flags |= VERBA_ENT_DECIDED;
    rc = ent_add_decided(r, last, last + 1, VERBA_ENT_GROUP, 0);
    /* (the list may have moved) */
  }
  return rc;
}

/* A people's name after an article and an organisation's name the lists
 * have, which the tagger read as one name (the European Airbus
 * consortium, the German Bundesbank, the Japanese Jiji Press), are the
 * group and the organisation. Not without the article, where the people's
 * word most often opens a unit's name (American Honda president Tetsuo
 * Chino, when American Hoechst bought Celanese); not a name the lists have
 * whole (the British Airways fleet, the European Commission), nor one
 * whose second word is a common word, a chamber's or a kind of
 * organisation (the German Parliament, the Chinese Communist Party), nor
 * a place's name too (the American Le Mans series), nor another proper
 * name: a work in the people's language (the Danish Wikipedia). */
static int peoples_before_organisations(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i, n = r->sorted;
  int rc = VERBA_OK;
  for (i = 0; i < n && rc == VERBA_OK; i++) {
    verba_entity *e = &r->list->items[i];
    size_t first = e->first, k = first + 1;
    verba_names names = ent_names(r->x, first);
    if (e->type >= VERBA_ENT_OTHER || e->type == VERBA_ENT_GROUP || e->last - first < 2 ||
        first == 0 || !is_determiner(r, first - 1) ||
        (e->flags & VERBA_ENT_DECIDED) || !(names & VERBA_NAME_DEMONYM) ||
        (names & NOT_GROUP_NAMES) || !(doc->toks[first].shape & VERBA_SHAPE_CAPITALIZED) ||
        (doc->toks[first].shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_POSSESSIVE)) ||
        listed_at(r, first, VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION | VERBA_NAME_GROUP,
                  &names) > first + 1 ||
        ent_common_word(r->x, k) ||
        (ent_names(r->x, k) & (VERBA_NAME_CHAMBER | VERBA_NAME_ORG_KEYWORD | VERBA_NAME_ORG_HEAD)) ||
        listed_at(r, k, VERBA_NAME_ORGANIZATION, &names) != e->last ||
        (ent_names_of(r, k, e->last) & VERBA_NAME_PLACE))
      continue;
    e->first = first + 1;
    e->start = doc->toks[first + 1].start;
    e->type = VERBA_ENT_ORGANIZATION;
    e->flags |= VERBA_ENT_DECIDED;
    rc = ent_add_decided(r, first, first + 1, VERBA_ENT_GROUP, 0);
    /* (the list may have moved) */
  }
  return rc;
}

/* What the gazetteers say outright of a name the tagger typed otherwise:
 * a country's name is a place (Sweden, a side in a match, too), as is a
 * "person" or an "other" the gazetteers know only as a place (BONN SAYS;
 * captured Sulaimaniya), a "person" or an "other" they know
 * as an organisation and no one's name is that (Kremlin says; the House of
 * Lords), one "in"
 * a place they know (in Lagos) is that place, and a name
 * that opens with a given name and holds no word of an organisation or a
 * place is a person (Jose Maria Olazabal, not "other"), as is one the
 * tagger took for a place on a line of its own (a byline's Anna de Vries;
 * not George Street in a sentence). */
/* A place's name that is one of these too may well name a person. */
#define ONLY_PLACE_BUT                                                               \
  (GIVEN_NAMES | VERBA_NAME_SURNAME | VERBA_NAME_ORGANIZATION | VERBA_NAME_AMBIGUOUS_NAME)

/* Does a country's name in brackets stand at token k: ( Croatia )? */
static int country_in_brackets(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t end = k + 1;
  if (k >= doc->ntoks || doc->toks[k].cp != '(') return 0;
  while (end < doc->ntoks && end - k <= NAME_WORDS && capital_word(doc, end)) end++;
  return end > k + 1 && end < doc->ntoks && doc->toks[end].cp == ')' &&
         (ent_names_of(r, k + 1, end) & VERBA_NAME_COUNTRY);
}

/* Does mention e fill its line? */
static int whole_line(const verba_doc *doc, const verba_entity *e) {
  return (doc->toks[e->first].shape & VERBA_SHAPE_LINE_START) &&
         (e->last >= doc->ntoks || (doc->toks[e->last].shape & VERBA_SHAPE_LINE_START));
}

/* The story's organisations' names not in capitals, of two words or
 * more, by their first two words: each a key (first word's hash << 32 |
 * second's), sorted. */
static int index_openings(const rules *r, ent_key_index *o) {
  const verba_doc *doc = r->doc;
  size_t i;
  int rc = ent_key_index_reserve(doc, o, r->list->n + 1);
  if (rc != VERBA_OK) return rc;
  for (i = 0; i < r->list->n; i++) {
    const verba_entity *e = &r->list->items[i];
    if (e->type == VERBA_ENT_ORGANIZATION && e->last - e->first >= 2 &&
        !(doc->toks[e->first].shape & VERBA_SHAPE_ALL_CAPS))
      o->keys[o->n++] =
          (uint64_t)ent_word_key(doc, e->first) << 32 | ent_word_key(doc, e->first + 1);
  }
  ent_key_index_sort(o);
  return VERBA_OK;
}

/* Does the story name an organisation, not in capitals, whose first word
 * is word k's, folded (Apple Computer for a headline's APPLE), and none
 * that goes on with the word after k (Sigma Mines for SIGMA MINES: the
 * whole name is the headline's)? */
static int organisation_opened_by(const rules *r, const ent_key_index *o, size_t k) {
  const verba_doc *doc = r->doc;
  uint64_t first = (uint64_t)ent_word_key(doc, k) << 32;
  uint32_t next = k + 1 < r->doc->ntoks ? ent_word_key(doc, k + 1) : 0;
  size_t lo = ent_key_index_from(o, first), i;
  for (i = lo; i < o->n && (o->keys[i] >> 32) == (first >> 32); i++)
    if ((uint32_t)o->keys[i] == next) return 0;
  return i > lo;
}

/* A word in capitals in a headline that the lists have as an
 * organisation's, which no name holds (a common word too: FED, APPLE), is
 * the organisation where the possessive says a name (FED'S HELLER URGES
 * ...) or the story names an organisation that it opens (APPLE'S, APPLE
 * SALES ... Apple Computer); not a place's or a people's word too. */
static int headline_organisations(rules *r) {
  const verba_doc *doc = r->doc;
  ent_key_index openings = {NULL, 0, 0, 0};
  size_t k;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    const verba_tok *t = &doc->toks[k];
    verba_names names;
    if (!(t->shape & VERBA_SHAPE_ALL_CAPS) || is_covered(r->covered, k) ||
        !((names = ent_names(r->x, k)) & VERBA_NAME_ORGANIZATION) ||
        (names & (VERBA_NAME_PLACE | GROUP_NAMES)) || !ent_in_caps_line(r->x, k))
      continue;
    if (!(t->shape & VERBA_SHAPE_POSSESSIVE)) {
      /* (the index is made once, for the first word that needs it) */
      if (!openings.made && (rc = index_openings(r, &openings)) != VERBA_OK) break;
      if (!organisation_opened_by(r, &openings, k)) continue;
    }
    rc = ent_add_decided(r, k, k + 1, VERBA_ENT_ORGANIZATION, 0);
  }
  ent_key_index_free(doc, &openings);
  return rc;
}

/* A capitalised word alone that the lists have as a town's, a region's or
 * a country's name and as nothing else (no one's name, no organisation's,
 * no club's, no people's, no common word's) is that place where the
 * tagger saw no name (Detroit won the game; first in a sentence, where a
 * capital tells the tagger nothing). Not a word of a longer name (a
 * capitalised word either side), nor a firm's before a word of firms' (the
 * Tata group), nor in a line in capitals. A guess, as the tagger's: the
 * entity's other mentions outvote it. */
static int listed_places_alone(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    verba_names names = ent_names(r->x, k);
    size_t n;
    if (!(names & (VERBA_NAME_CITY | VERBA_NAME_REGION_NAME | VERBA_NAME_COUNTRY)) ||
        (names & (ONLY_PLACE_BUT | GROUP_NAMES | VERBA_NAME_SPORTS_CLUB | VERBA_NAME_LISTED_NAME |
                  VERBA_NAME_NOT_NAME)) ||
        is_covered(r->covered, k) || doc->toks[k].kind != VERBA_WORD ||
        (doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) || ent_common_word(r->x, k) ||
        (k > 0 && ent_goes_on(doc, k) && capital_word(doc, k - 1)) ||
        (k + 1 < doc->ntoks && ent_goes_on(doc, k + 1) &&
         (capital_word(doc, k + 1) || (ent_names(r->x, k + 1) & VERBA_NAME_ORG_KEYWORD))))
      continue;
    /* (nor a campus after its university's name and a comma: the
     * University of Arkansas, Fayetteville) */
    if (k >= 2 && doc->toks[k - 1].cp == ',' && is_covered(r->covered, k - 2)) {
      size_t m = ent_mention_from(r, k - 2);
      if (m < r->sorted && r->list->items[m].first <= k - 2 &&
          r->list->items[m].type == VERBA_ENT_ORGANIZATION)
        continue;
    }
    n = r->list->n;
    rc = ent_add_decided(r, k, k + 1, VERBA_ENT_PLACE, 0);
    if (rc == VERBA_OK && r->list->n > n) r->list->items[n].flags &= ~VERBA_ENT_DECIDED;
  }
  return rc;
}

static int listed_types(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i, k, name_last;
  /* (the names coordinated() split off too: the Paris Club and Argentina) */
  for (i = 0; i < r->list->n; i++) {
    verba_entity *e = &r->list->items[i];
    verba_names names;
    int plain = 1;
    if (e->type > VERBA_ENT_OTHER || (e->flags & VERBA_ENT_DECIDED)) continue;
    names = ent_names_of(r, e->first, e->last);
    /* an acronym is a body's, not a person's (NASD STARTS SEARCH): a word
     * in capitals of at most ACRONYM_LETTERS no list gives as a name */
    if (e->type == VERBA_ENT_PERSON && e->last - e->first == 1 &&
        (doc->toks[e->first].shape & VERBA_SHAPE_ALL_CAPS) &&
        doc->toks[e->first].len <= ACRONYM_LETTERS && !(names & (PERSON_NAMES | VERBA_NAME_PLACE))) {
      e->type = VERBA_ENT_ORGANIZATION;
      continue;
    }
    /* and a "person" they know as an organisation and as no one's name is
     * the organisation, an agent as the tagger saw (Kremlin says; not
     * Queen Mary, a title's), as is an "other", the tagger's least sure
     * type (the House of Lords) */
    if ((e->type == VERBA_ENT_PERSON || e->type == VERBA_ENT_OTHER) &&
        (names & VERBA_NAME_ORGANIZATION) &&
        !(names & (ONLY_PLACE_BUT & ~VERBA_NAME_ORGANIZATION)) && !ent_is_title(r->x, e->first)) {
      e->type = VERBA_ENT_ORGANIZATION;
      continue;
    }
    /* and a "place" they know as an organisation only, no place's and no
     * one's name, is the organisation (at Nokia; the Federal Reserve); not
     * a club's, often a town's the lists of towns leave out (in Cannes) */
    if (e->type == VERBA_ENT_PLACE && (names & VERBA_NAME_ORGANIZATION) &&
        !(names & (ONLY_PLACE_BUT & ~VERBA_NAME_ORGANIZATION)) &&
        !(names & (VERBA_NAME_PLACE | VERBA_NAME_COUNTRY | VERBA_NAME_REGION_NAME |
                   VERBA_NAME_CITY | VERBA_NAME_SPORTS_CLUB))) {
      e->type = VERBA_ENT_ORGANIZATION;
      continue;
    }
    /* (a league's team the lists name with its town, though: the Utah Jazz) */
    if (e->type == VERBA_ENT_PLACE && e->last - e->first >= 2 && (names & VERBA_NAME_TEAM_NAME) &&
        !(names & (VERBA_NAME_PLACE | VERBA_NAME_COUNTRY | VERBA_NAME_REGION_NAME | VERBA_NAME_CITY))) {
      e->type = VERBA_ENT_ORGANIZATION;
      continue;
    }
    /* and a "person" in a place the lists have as a town, a region or a
     * country is that place (Police in Lagos said) */
    if (e->type == VERBA_ENT_PERSON && e->first > 0 && is_word(doc, e->first - 1, "in") &&
        (names & (VERBA_NAME_CITY | VERBA_NAME_REGION_NAME | VERBA_NAME_COUNTRY)) &&
        !(doc->toks[e->last - 1].shape & VERBA_SHAPE_POSSESSIVE)) {
      e->type = VERBA_ENT_PLACE;
      continue;
    }
    if (e->type != VERBA_ENT_PLACE &&
        ((names & VERBA_NAME_COUNTRY) ||
         ((e->type == VERBA_ENT_PERSON || e->type == VERBA_ENT_OTHER) &&
          (names & VERBA_NAME_PLACE) && !(names & ONLY_PLACE_BUT)))) {
      e->type = VERBA_ENT_PLACE;
      continue;
    }
    /* a name of two words or more that no list has, before its country
     * in brackets, is a player's or an athlete's (Goran Ivanisevic
     * (Croatia) beat ...) */
    if (e->type != VERBA_ENT_PERSON && e->last - e->first >= 2 &&
        !(names & NOT_PERSON_NAMES) && country_in_brackets(r, e->last)) {
      e->type = VERBA_ENT_PERSON;
      continue;
    }
    /* (the tagger reads a suffix after a name written with its dot as a
     * state's abbreviation, Ken Smith Jr. as Peoria, Ill.: a place so
     * typed whose words before the suffix make a person's name is the
     * person) */
    name_last = e->last;
    if (e->type == VERBA_ENT_PLACE && e->last - e->first >= 3 && ent_name_suffix(r->x, e->last - 1))
      name_last--;
    if ((e->type != VERBA_ENT_OTHER &&
         !(e->type == VERBA_ENT_PLACE && (whole_line(doc, e) || name_last < e->last))) ||
        name_last - e->first < 2 || name_last - e->first > 3 ||
        !(ent_names(r->x, e->first) & GIVEN_NAMES) ||
        (ent_names(r->x, e->first) & GROUP_NAMES) ||
        /* (a suffix says more than a given name that is a word too: Ken) */
        ((ent_names(r->x, e->first) & VERBA_NAME_AMBIGUOUS_NAME) && name_last == e->last) ||
        listed_at(r, e->first, VERBA_NAME_PLACE, &names) > e->first)
      continue;
    /* (its words all capitalised but a particle inside, none possessive,
     * the last a family or a given name or no word the lexicon knows:
     * Olazabal, Anna de Vries; not Bulletin's kind) */
    for (k = e->first; k < name_last && plain; k++)
      plain = doc->toks[k].kind == VERBA_WORD &&
              (capital_word(doc, k) ||
               (k > e->first && k + 1 < name_last && (ent_names(r->x, k) & VERBA_NAME_NAME_PARTICLE))) &&
              !(doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE) &&
              !(ent_names(r->x, k) & (NOT_PERSON_NAMES | VERBA_NAME_ORG_HEAD | GROUP_NAMES));
    if (plain && (!ent_known_word(r->x, name_last - 1) ||
                  (ent_names(r->x, name_last - 1) & (VERBA_NAME_SURNAME | GIVEN_NAMES))))
      e->type = VERBA_ENT_PERSON;
  }
  return VERBA_OK;
}

/* Is token k a capitalised word for a point of the compass that opens a
 * region's name (West Africa, Southern California, Northern Iraq)? */
static int compass_word(const verba_doc *doc, size_t k) {
  static const char *const words[] = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "northeast", "northwest", "southeast", "southwest"
  };
  const verba_tok *t = &doc->toks[k];
  if (!capital_word(doc, k) || t->len < 4 || t->len > 9 || (t->shape & VERBA_SHAPE_POSSESSIVE))
    return 0;
  return IS_WORD_OF(doc, k, words);
}

/* A place's mention right after a capitalised word for a point of the
 * compass that no mention holds takes it in: the region is named so
 * (West Africa, Southern California; the tagger took Africa and
 * California alone). Not across a line's start. */
static void compass_regions(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i;
  for (i = 0; i < r->list->n; i++) {
    verba_entity *e = &r->list->items[i];
    size_t k = e->first - 1;
    if (e->type != VERBA_ENT_PLACE || e->first == 0 || is_covered(r->covered, k) ||
        (doc->toks[e->first].shape & VERBA_SHAPE_LINE_START) || !compass_word(doc, k) ||
        compass_word(doc, e->first))
      continue;
    e->first = k;
    e->start = doc->toks[k].start;
    cover(r->covered, k, k + 1);
  }
}

/* Lowest and highest ages written after a name, between commas. */
#define LOWEST_AGE 10
#define HIGHEST_AGE 99

/* Is token k a number of two digits (as an age is written), the last
 * token of its clause (a comma or the sentence's end after it)? */
static int age_at(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  int age;
  if (t->kind != VERBA_NUMBER || t->len != 2 || s[0] < '1' || s[0] > '9' || s[1] < '0' ||
      s[1] > '9' || k + 1 >= doc->ntoks)
    return 0;
  age = (s[0] - '0') * 10 + (s[1] - '0');
  return age >= LOWEST_AGE && age <= HIGHEST_AGE &&
         (doc->toks[k + 1].cp == ',' ||
          (doc->toks[k + 1].cp == '.' && (doc->toks[k + 1].shape & VERBA_SHAPE_SENTENCE_END)));
}

/* A name with an age after it between commas is a person's (Burton
 * Bongard, 46, was sentenced; Hamm, 32, who retired; Donna Lages, 39, a
 * waitress), whatever the tagger or a rule made of it (a firm's, a
 * club's, a town's name), unless the lists have the name whole as a
 * country's, a region's or a people's, or as an organisation's or a
 * place's and no person's (not Britain, 20, and France, 30; a decimal is
 * no age: Oklahoma, 55.9 pct). */
static void ages(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i;
  for (i = 0; i < r->list->n; i++) {
    verba_entity *e = &r->list->items[i];
    verba_names names;
    if (e->type > VERBA_ENT_OTHER || e->type == VERBA_ENT_PERSON || e->type == VERBA_ENT_GROUP ||
        e->last + 1 >= doc->ntoks || doc->toks[e->last].cp != ',' ||
        (doc->toks[e->last - 1].shape & VERBA_SHAPE_POSSESSIVE) || !age_at(doc, e->last + 1))
      continue;
    names = ent_names_of(r, e->first, e->last);
    if ((names & (VERBA_NAME_COUNTRY | VERBA_NAME_REGION_NAME | GROUP_NAMES)) ||
        ((names & (VERBA_NAME_ORGANIZATION | VERBA_NAME_PLACE)) && !(names & PERSON_NAMES)))
      continue;
    e->type = VERBA_ENT_PERSON;
    e->flags |= VERBA_ENT_DECIDED;
  }
}

/* Is token k a verb in the plural after "who" (the Blues, who are; Korn,
 * who have): a team's, a band's or a people's clause, not a person's? */
static int plural_verb(const verba_doc *doc, size_t k) {
  static const char *const words[] = { "are", "were", "have", "do" };
  return doc->toks[k].kind == VERBA_WORD && doc->toks[k].len <= 4 && IS_WORD_OF(doc, k, words);
}

/* Can the name [first, last) before ", who" be a person's: written in a
 * sentence, not in capitals nor the possessive, after no determiner and
 * no preposition of place (the Heat, who; a broker in Tampa, who), no
 * country's, region's or people's name nor a word of one (Midwestern
 * Democrats), no word of an organisation's name (Hinckley United), no
 * abbreviation at its end (Raleigh, N.C., who), not a
 * place's or an organisation's name that is no family name too (Arsenal
 * or Chelsea, who; Continental, who), nor common words alone but a
 * family name (Carpenter, who) or a given name and more (Stevie Wonder;
 * not Scissor Sisters, Red Bull, the 4th District)? */
static int person_before_who(const rules *r, size_t first, size_t last) {
  const verba_doc *doc = r->doc;
  verba_names names = ent_names_of(r, first, last), words = 0;
  size_t k, common = 0;
  if (ent_in_caps_line(r->x, first) || (doc->toks[last - 1].shape & VERBA_SHAPE_POSSESSIVE) ||
      (first > 0 && (is_determiner(r, first - 1) || ent_place_preposition(doc, first - 1) ||
                     is_word(doc, first - 1, "of"))) ||
      memchr(doc->text.s + doc->toks[last - 1].start, '.', doc->toks[last - 1].len))
    return 0;
  for (k = first; k < last; k++) {
    words |= ent_names(r->x, k);
    common += (size_t)ent_common_word(r->x, k);
  }
  return !((names | words) & (VERBA_NAME_COUNTRY | VERBA_NAME_REGION_NAME | GROUP_NAMES |
                              VERBA_NAME_ORG_KEYWORD | VERBA_NAME_ORG_HEAD)) &&
         !((names & (VERBA_NAME_ORGANIZATION | VERBA_NAME_PLACE)) &&
           !(names & VERBA_NAME_SURNAME)) &&
         !(common == last - first &&
           !(ent_names(r->x, first) & (last == first + 1 ? VERBA_NAME_SURNAME : GIVEN_NAMES)));
}

/* A name before a comma and "who" with a verb in the singular is a
 * person's (Putkonen, who was thrown in; for Harden, who scored 14
 * points), where the tagger read none there, or read a place or another
 * name that person_before_who allows (Robben, who has been; Dudley, who
 * was out on parole): a town's name that is a family name too. An
 * organisation the tagger read stays one but where its name opens with a
 * given name the lists have (Olly Barkley, who withdrew): teams and bands
 * take "who" in British news (Liverpool, who followed). */
static int people_before_who(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, 0); k + 3 < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    size_t first = k, m;
    /* (nor a match's result: Yeading, who beat Slough, is a team) */
    if (doc->toks[k + 1].cp != ',' || doc->toks[k + 1].len != 1 || !is_word(doc, k + 2, "who") ||
        plural_verb(doc, k + 3) || (ent_names(r->x, k + 3) & VERBA_NAME_MATCH_VERB))
      continue;
    while (first > doc->sentences[doc->toks[k].sentence].first && k - first + 1 < NAME_WORDS &&
           capital_word(doc, first - 1) && !ent_grammar_word(r->x, first - 1))
      first--;
    /* (not a common word opening the sentence: Besides Vaskevitch, who) */
    if (first < k && (doc->toks[first].shape & VERBA_SHAPE_SENTENCE_START) &&
        ent_common_word(r->x, first))
      first++;
    m = ent_mention_from(r, first);
    if (m < r->sorted && r->list->items[m].first <= k) {
      verba_entity *e = &r->list->items[m];
      if (e->last != k + 1 || e->type == VERBA_ENT_PERSON || e->type == VERBA_ENT_GROUP ||
          e->type > VERBA_ENT_OTHER || (e->flags & VERBA_ENT_DECIDED) ||
          !person_before_who(r, e->first, e->last) ||
          (e->type == VERBA_ENT_ORGANIZATION && !(ent_names(r->x, e->first) & GIVEN_NAMES)))
        continue;
      e->type = VERBA_ENT_PERSON;
      e->flags |= VERBA_ENT_DECIDED;
    } else if (!is_covered(r->covered, first) && person_before_who(r, first, k + 1)) {
      rc = ent_add_decided(r, first, k + 1, VERBA_ENT_PERSON, 0);
    }
  }
  return rc;
}

/* Is token k a group's name that is a common word too, and no place's,
 * organisation's or person's name (Democrats, Republicans, Socialists,
 * Evangelicals; not Green, a family name)? The capital then tells the
 * group. */
static int party_or_faith_word(const rules *r, size_t k) {
  verba_names names = ent_names(r->x, k);
  return (names & GROUP_NAMES) && (names & VERBA_NAME_AMBIGUOUS_NAME) &&
         !(names & (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION | PERSON_NAMES));
}

/* Does word k open its sentence, where any word takes a capital, and the
 * document write it with its capital inside a sentence too and never in
 * lower case (Democrats retained the Senate, ... where the Democrats)? */
static int written_as_name_elsewhere(const rules *r, size_t k) {
  return (r->doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START) &&
         !(r->doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) && ent_written_capitalised(r->x, k) &&
         !ent_written_lower_too(r->x, k);
}

/* Is [k, k + 2) a people's name of two words the lists have (South
 * African, North Korean, Sri Lankan, New Zealander), in one sentence? */
static int group_phrase(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  verba_names names;
  if (k + 1 >= doc->ntoks || !capital_word(doc, k + 1) || !ent_goes_on(doc, k + 1) ||
      !ent_phrase_start(r->x, k))
    return 0;
  names = ent_phrase(doc, k, 2);
  return (names & GROUP_NAMES) && !(names & NOT_GROUP_NAMES);
}

/* Does an acronym in brackets that the lists have as an organisation's
 * stand at token k: the party whose members' name comes before it (the
 * Social Democrats (SPD), the Christian Democrats ( CDU ))? */
static int before_party_acronym(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  return k + 2 < doc->ntoks && doc->toks[k].cp == '(' && doc->toks[k + 2].cp == ')' &&
         (doc->toks[k + 1].shape & VERBA_SHAPE_ALL_CAPS) &&
         (ent_names(r->x, k + 1) & VERBA_NAME_ORGANIZATION);
}

/* Nationalities and peoples: the tagger's names of them become groups
 * (one of two words if it read no organisation there), with the first
 * word of a two-word one it left out (South | African), and those it
 * left out are added. */
static int groups(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i, k, prose_of = VERBA_NONE;
  int rc = VERBA_OK, prose = 0;
  for (i = 0; i < r->sorted && rc == VERBA_OK; i++) {
    verba_entity *e = &r->list->items[i];
    size_t words = e->last - e->first;
    /* a group's member before a person's name in full is no word of it
     * (Scientologist Tom Cruise, Methodist John Wesley Smith), unless it
     * is a given name too (Christian Bale) */
    if (e->type == VERBA_ENT_PERSON && words >= 3 && !(e->flags & VERBA_ENT_DECIDED) &&
        is_group_name(r, e->first) && !(ent_names(r->x, e->first) & PERSON_NAMES) &&
        (ent_names(r->x, e->first + 1) & GIVEN_NAMES)) {
      size_t member = e->first;
      e->first++;
      e->start = doc->toks[e->first].start;
      rc = ent_add(r->list, doc, member, member + 1, doc->toks[member].start,
                   ent_name_end(doc, member), VERBA_ENT_GROUP);
      continue;
    }
    if (e->type > VERBA_ENT_OTHER || words > 2) continue;
    if (words == 1 && e->first > 0 && !is_covered(r->covered, e->first - 1) &&
        group_phrase(r, e->first - 1)) {
      e->first--;
      e->start = doc->toks[e->first].start;
      cover(r->covered, e->first, e->first + 1);
      e->type = VERBA_ENT_GROUP;
    } else if (words == 1 ? is_group_name(r, e->first) || people_word_before_noun(r, e->first)
                          : e->type != VERBA_ENT_ORGANIZATION &&
                                !(e->flags & VERBA_ENT_DECIDED) && group_phrase(r, e->first)) {
      /* (an organisation of two words stays one: Islamic State, Tea Party) */
      e->type = words == 2 && before_party_acronym(r, e->last) ? VERBA_ENT_ORGANIZATION
                                                               : VERBA_ENT_GROUP;
    }
  }
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    if (is_covered(r->covered, k)) continue;
    if (!is_covered(r->covered, k + 1 < doc->ntoks ? k + 1 : k) && group_phrase(r, k)) {
      /* (the party's, before its acronym: the Social Democrats (SPD)) */
      enum verba_entity_type type =
          before_party_acronym(r, k + 2) ? VERBA_ENT_ORGANIZATION : VERBA_ENT_GROUP;
      rc = ent_add(r->list, doc, k, k + 2, doc->toks[k].start, ent_name_end(doc, k + 1), type);
      cover(r->covered, k, k + 2);
      k++;
    } else if (is_group_name(r, k) || people_word_before_noun(r, k) ||
               (party_or_faith_word(r, k) &&
                (capitalised_as_name(r, k, k + 1, &prose_of, &prose) ||
                 written_as_name_elsewhere(r, k)))) {
      rc = ent_add(r->list, doc, k, k + 1, doc->toks[k].start, ent_name_end(doc, k),
                   VERBA_ENT_GROUP);
    }
  }
  return rc;
}

/* Sorts items[0, n) by start, stably (a stable sort, as glibc's qsort
 * is a merge sort: equal starts keep their order): the runs already in
 * order (each pass adds in text order) merged pairwise, pass after pass,
 * between items and a scratch copy. VERBA_OK or VERBA_ENOMEM. */
static int sort_by_start(const verba_doc *doc, verba_entity *items, size_t n) {
  verba_entity *tmp = NULL, *from = items, *to;
  size_t cap = 0, runs;
  int rc;
  if (n < 2) return VERBA_OK;
  rc = ent_reserve(doc, (void **)&tmp, &cap, n, sizeof *tmp);
  if (rc != VERBA_OK) return rc;
  to = tmp;
  do {
    size_t i = 0, out = 0;
    runs = 0;
    while (i < n) {
      size_t a = i, amid, b, bend;
      /* two runs in order, [a, amid) and [amid, bend) (one if at the end) */
      for (amid = a + 1; amid < n && from[amid - 1].start <= from[amid].start; amid++) {}
      for (bend = amid; bend < n && (bend == amid || from[bend - 1].start <= from[bend].start);
           bend++) {}
      b = amid;
      while (a < amid && b < bend) to[out++] = from[b].start < from[a].start ? from[b++] : from[a++];
      while (a < amid) to[out++] = from[a++];
      while (b < bend) to[out++] = from[b++];
      i = bend;
      runs++;
    }
    to = from;
    from = from == items ? tmp : items;
  } while (runs > 1);
  /* (from holds the sorted items) */
  if (from != items) memcpy(items, from, n * sizeof *items);
  ent_release(doc, (void **)&tmp, &cap, sizeof *tmp);
  return VERBA_OK;
}

/* Capitalised words this many at most after a particle in a firm's name
 * (Telefonica de Espana, Societe Generale de Belgique). */
#define PARTICLE_NAME_WORDS 3

/* An organisation's name runs on over a particle in lower case and the
 * capitalised words after it, as foreign firms' names do (Telefonica de
 * Espana, Petroleos de Venezuela, Electricite de France), where the tagger
 * read what follows the particle apart, as a person's name (de Espana) or
 * a place; not into a name that runs on past those words, nor across a
 * line or a sentence. On the merged list, in text order: the names it
 * takes in are dropped. */
static void particle_joined_firms(const ent_text *x, verba_entity_list *list) {
  const verba_doc *doc = x->doc;
  size_t i, j, out = 0;
  for (i = 0; i < list->n; i++) {
    verba_entity *e = &list->items[i];
    size_t k = e->last, end;
    list->items[out++] = *e;
    e = &list->items[out - 1];
    if (e->type != VERBA_ENT_ORGANIZATION || k + 1 >= doc->ntoks ||
        doc->toks[k].kind != VERBA_WORD || !(doc->toks[k].shape & VERBA_SHAPE_LOWER) ||
        !(ent_names(x, k) & VERBA_NAME_NAME_PARTICLE) ||
        (doc->toks[k - 1].shape & VERBA_SHAPE_POSSESSIVE))
      continue;
    /* (one word more than it takes, to see a name that runs on) */
    for (end = k + 1; end < doc->ntoks && end - k <= PARTICLE_NAME_WORDS + 1 && capital_word(doc, end) &&
                      !(doc->toks[end].shape & (VERBA_SHAPE_LINE_START | VERBA_SHAPE_SENTENCE_START)) &&
                      !(end > k + 1 && (doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE));
         end++) {}
    if (end == k + 1 || end - k - 1 > PARTICLE_NAME_WORDS) continue;
    /* (the names after it, all inside the words it takes in) */
    for (j = i + 1; j < list->n && list->items[j].first < end; j++)
      if (list->items[j].first < k || list->items[j].last > end) break;
    if (j < list->n && list->items[j].first < end) continue;
    e->last = end;
    e->end = ent_name_end(doc, end - 1);
    i = j - 1;
  }
  list->n = out;
}

/* Capitalised words this many at most before a country and a firm's
 * abbreviation (Cargill U.K. Ltd, Nestle U.S.A. Inc.). */
#define UNIT_NAME_WORDS 3

/* Is organisation e a country's or a region's name and a firm's
 * abbreviation alone (U.K. Ltd, U.S.A. Inc.)? */
static int country_and_suffix(const ent_text *x, const verba_entity *e) {
  size_t k;
  if (e->type != VERBA_ENT_ORGANIZATION || e->last - e->first < 2 ||
      !ent_firm_abbreviation(x, e->last - 1))
    return 0;
  for (k = e->first; k + 1 < e->last; k++)
    if (!(ent_names(x, k) & (VERBA_NAME_COUNTRY | VERBA_NAME_REGION_NAME))) return 0;
  return 1;
}

/* Capitalised words before the comma of a firm's name written with one,
 * at most (Smith Barney, Harris Upham and Co). */
#define COMMA_FIRM_WORDS 2

/* Does organisation e end as partnerships' names end: "and" or "&" and
 * Co or Company, a suffix after it maybe (Sachs and Co, Upham & Co Inc)? */
static int ends_and_co(const verba_doc *doc, const verba_entity *e) {
  static const char *const co[] = {"co", "company"};
  size_t k = e->last;
  while (k > e->first + 2 && !IS_WORD_OF(doc, k - 1, co)) k--;
  return k > e->first + 2 && IS_WORD_OF(doc, k - 1, co) &&
         (is_word(doc, k - 2, "and") || doc->toks[k - 2].cp == '&') && e->last - k <= 1;
}

/* Tokens between a wire's angle brackets around a firm's name, at most
 * (<Merrill Lynch, Pierce, Fenner and Smith Ltd>). */
#define BRACKETED_FIRM_TOKENS 16

/* Can token k stand inside a firm's name in angle brackets: a capitalised
 * word, a comma, a connector in lower case (and, of) or an ampersand, or
 * the dot of an abbreviation (Co.)? */
static int bracketed_firm_token(const ent_text *x, size_t k) {
  const verba_tok *t = &x->doc->toks[k];
  if (t->kind == VERBA_WORD)
    return capital_word(x->doc, k) ||
           ((t->shape & VERBA_SHAPE_LOWER) && (ent_names(x, k) & VERBA_NAME_NAME_CONNECTOR));
  return t->len == 1 && (t->cp == ',' || t->cp == '&' || t->cp == '.');
}

/* The wire marks a firm's name with angle brackets (<Donaldson, Lufkin and
 * Jenrette Securities Corp>): where the name holds a comma and the tagger
 * read its pieces apart (a person's, a place's and the firm's), the
 * bracket's words that end in an organisation's mention are one
 * organisation's. On the merged list, in text order. */
static void bracketed_firms(const ent_text *x, verba_entity_list *list) {
  const verba_doc *doc = x->doc;
  size_t i, out = 0;
  for (i = 0; i < list->n; i++) {
    verba_entity e = list->items[i];
    size_t close = e.first, j, commas = 0;
    if (e.first > 0 && e.type <= VERBA_ENT_OTHER && doc->toks[e.first - 1].cp == '<' &&
        doc->toks[e.first - 1].len == 1) {
      while (close < doc->ntoks && close - e.first < BRACKETED_FIRM_TOKENS &&
             ent_goes_on(doc, close) && bracketed_firm_token(x, close)) {
        commas += doc->toks[close].cp == ',';
        close++;
      }
      /* (the mentions inside the brackets; the last ends at the '>' and is
       * an organisation's) */
      for (j = i; j + 1 < list->n && list->items[j + 1].last <= close; j++) {}
      if (commas > 0 && close < doc->ntoks && doc->toks[close].cp == '>' &&
          doc->toks[close].len == 1 && j > i && list->items[j].last == close &&
          list->items[j].type == VERBA_ENT_ORGANIZATION) {
        e.last = close;
        e.end = list->items[j].end;
        e.type = VERBA_ENT_ORGANIZATION;
        e.flags |= VERBA_ENT_DECIDED;
        i = j;
      }
    }
    list->items[out++] = e;
  }
  list->n = out;
}

/* A partnership's name written with a comma (Goldman, Sachs and Co;
 * Kidder, Peabody and Co), which the tagger reads as a person's name and
 * the firm's rest, is one organisation's: the capitalised words before the
 * comma, in its sentence, no place's the lists have, join the firm's. On
 * the merged list, in text order. */
static void firms_with_commas(const ent_text *x, verba_entity_list *list) {
  const verba_doc *doc = x->doc;
  size_t i, out = 0;
  for (i = 0; i < list->n; i++) {
    verba_entity e = list->items[i];
    size_t comma = e.first - 1, first = comma;
    if (e.type == VERBA_ENT_ORGANIZATION && e.first >= 2 && doc->toks[comma].cp == ',' &&
        doc->toks[comma].len == 1 && ends_and_co(doc, &e) && ent_goes_on(doc, e.first)) {
      while (first > 0 && comma - first < COMMA_FIRM_WORDS && capital_word(doc, first - 1) &&
             !(doc->toks[first - 1].shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_POSSESSIVE)) &&
             !ent_grammar_word(x, first - 1) && ent_goes_on(doc, first))
        first--;
      /* (the words before the comma no other name's but the tagger's
       * reading of them alone) */
      if (first < comma && first > 0 && capital_word(doc, first - 1)) first = comma;
      /* (nor a person's name in full before a firm in apposition: analyst
       * Thomas McKiernan, McKiernan and Co) */
      if (comma - first > 1 && (ent_names(x, first) & GIVEN_NAMES)) first = comma;
      /* (nor a firm's name of its own, listed or headed, first in a list:
       * Citicorp, J.P. Morgan and Co; Evercore Partners, Moelis & Company) */
      if (first < comma &&
          (((comma - first > 1 ? ent_phrase_of(x, first, comma - first) : ent_names(x, first)) &
            VERBA_NAME_ORGANIZATION) ||
           (ent_names(x, comma - 1) & VERBA_NAME_ORG_HEAD)))
        first = comma;
      if (first < comma &&
          !((comma - first > 1 ? ent_phrase_of(x, first, comma - first) : ent_names(x, first)) &
            VERBA_NAME_PLACE) &&
          (out == 0 || list->items[out - 1].last <= first ||
           (list->items[out - 1].first == first && list->items[out - 1].last == comma &&
            list->items[out - 1].type <= VERBA_ENT_OTHER))) {
        if (out > 0 && list->items[out - 1].first == first) out--;
        e.first = first;
        e.start = doc->toks[first].start;
        e.flags |= VERBA_ENT_DECIDED;
      }
    }
    list->items[out++] = e;
  }
  list->n = out;
}

/* Is token k a capitalised title or noun of role (Secretary, Chairman,
 * Director, Economist), or a word such a title takes before it (Vice,
 * Deputy, Permanent)? */
static int office_word(const ent_text *x, size_t k) {
  static const char *const before_titles[] = {"vice", "deputy", "permanent", "acting", "assistant"};
  const verba_doc *doc = x->doc;
  return capital_word(doc, k) && !(doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) &&
         (ent_is_title(x, k) || (ent_classes(x, k) & VERBA_LEX_PERSON_ROLE) ||
          IS_WORD_OF(doc, k, before_titles));
}

/* An organisation's name the tagger read on into the title of the person
 * named right after it, by a given name first (Federal Reserve Board Vice
 * Chairman | Manuel Johnson; the Office of Management and Budget Director
 * James Miller; US President Bill Clinton) is cut before the title; a
 * title inside the name after "of" or "the" stays (the Office of the
 * Deputy Prime Minister), and so does a name the lists have whole. What
 * is left, a place's name the lists have, is that place (US | President);
 * one common word alone is no name (Committee | Chairman). On the merged
 * list, in text order. */
static void organisations_before_titles(const ent_text *x, verba_entity_list *list) {
  static const char *const joints[] = {"of", "the", "for"};
  const verba_doc *doc = x->doc;
  size_t i, out = 0;
  for (i = 0; i < list->n; i++) {
    verba_entity e = list->items[i];
    size_t cut = e.last;
    if (e.type == VERBA_ENT_ORGANIZATION && e.last - e.first >= 2 && i + 1 < list->n &&
        list->items[i + 1].first == e.last && list->items[i + 1].type == VERBA_ENT_PERSON &&
        (ent_names(x, e.last) & GIVEN_NAMES) &&
        !(ent_phrase_of(x, e.first, e.last - e.first) & VERBA_NAME_ORGANIZATION)) {
      while (cut > e.first + 1 && office_word(x, cut - 1)) cut--;
      if (cut < e.last && IS_WORD_OF(doc, cut - 1, joints)) cut = e.last;
    }
    if (cut < e.last) {
      verba_names left = cut - e.first > 1 ? ent_phrase_of(x, e.first, cut - e.first)
                                            : ent_names(x, e.first);
      e.last = cut;
      e.end = ent_name_end(doc, cut - 1);
      if ((left & VERBA_NAME_PLACE) && !(left & VERBA_NAME_ORGANIZATION)) e.type = VERBA_ENT_PLACE;
      if (cut - e.first == 1 && !left && ent_common_word(x, e.first)) continue;
    }
    list->items[out++] = e;
  }
  list->n = out;
}

/* A name of two words or more that ends in "Flight", and the number right
 * after it, name a flight, an other (TWA Flight 800, which the tagger
 * reads as a place's TWA Flight and a number), not an airline or a place.
 * Not a person's name (Howard Flight, the MP). On the merged list, in
 * text order. */
static void flights(const ent_text *x, verba_entity_list *list) {
  static const char *const flight[] = {"flight"};
  const verba_doc *doc = x->doc;
  size_t i, out = 0;
  for (i = 0; i < list->n; i++) {
    verba_entity e = list->items[i];
    if (e.type <= VERBA_ENT_OTHER && e.type != VERBA_ENT_PERSON && e.last - e.first >= 2 &&
        i + 1 < list->n && list->items[i + 1].type == VERBA_ENT_NUMBER &&
        list->items[i + 1].first == e.last && list->items[i + 1].last == e.last + 1 &&
        capital_word(doc, e.last - 1) && IS_WORD_OF(doc, e.last - 1, flight) &&
        ent_goes_on(doc, e.last)) {
      e.last = list->items[i + 1].last;
      e.end = list->items[i + 1].end;
      e.type = VERBA_ENT_OTHER;
      e.flags |= VERBA_ENT_DECIDED;
      i++;
    }
    list->items[out++] = e;
  }
  list->n = out;
}

/* Letters of the participle after a compound's last hyphen, at least
 * (-led, -based, -controlled). */
#define COMPOUND_TAIL 3

/* Does token k end in a hyphen and a participle in lower case after a
 * name's letter (Republican-controlled, Kong-based, Icahn-led; not a
 * name's own words, Co-operation, Non-governmental, Low-fare,
 * Stratford-upon-Avon, nor a brand's, E-tron)? */
static int ends_in_lower_compound(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t i = t->len;
  while (i > 0 && s[i - 1] >= 'a' && s[i - 1] <= 'z') i--;
  return t->len - i >= COMPOUND_TAIL && i >= 3 && s[i - 1] == '-' &&
         ((s[i - 2] | 0x20) >= 'a' && (s[i - 2] | 0x20) <= 'z') && s[t->len - 2] == 'e' &&
         s[t->len - 1] == 'd';
}

/* A name the tagger read over a compound adjective before it starts after
 * it (the Republican-controlled Congress, Hong Kong-based Hutchison, Carl
 * Icahn-led TWA: Congress, Hutchison, TWA): the compound describes the
 * name. On the merged list, in text order. */
static void names_after_compounds(const ent_text *x, verba_entity_list *list) {
  const verba_doc *doc = x->doc;
  verba_names names;
  size_t i, k;
  for (i = 0; i < list->n; i++) {
    verba_entity *e = &list->items[i];
    if (e->type > VERBA_ENT_OTHER || e->last - e->first < 2) continue;
    for (k = e->last - 1; k > e->first && !ends_in_lower_compound(doc, k - 1); k--) {
    }
    if (k == e->first) continue;
    e->first = k;
    e->start = doc->toks[k].start;
    /* (what is left takes the type the lists give it: Icahn-led TWA, read
     * as a person's, is the airline) */
    names = e->last - k == 1 ? ent_names(x, k) : ent_phrase_of(x, k, e->last - k);
    if ((names & VERBA_NAME_ORGANIZATION) && !(names & VERBA_NAME_PLACE))
      e->type = VERBA_ENT_ORGANIZATION;
    else if ((names & VERBA_NAME_PLACE) && !(names & VERBA_NAME_ORGANIZATION))
      e->type = VERBA_ENT_PLACE;
  }
}

/* "Radio" or "Television" and a place's name is a broadcaster, an
 * organisation, whatever the tagger made of the place (state-owned Radio
 * Tanzania said; Radio Moscow), with the name of the organisation that
 * runs it the tagger read before it (BBC Radio | Scotland: one name). On
 * the merged list, in text order. */
static void broadcasters(const ent_text *x, verba_entity_list *list) {
  const verba_doc *doc = x->doc;
  size_t i, out = 0;
  for (i = 0; i < list->n; i++) {
    verba_entity e = list->items[i], *before = out > 0 ? &list->items[out - 1] : NULL;
    size_t radio = e.first > 0 && ent_goes_on(doc, e.first) && broadcast_word(doc, e.first - 1)
                       ? e.first - 1
                       : e.first;
    size_t place = radio + 1;
    if (e.type <= VERBA_ENT_OTHER && e.last > place && broadcast_word(doc, radio) &&
        ((e.last - place > 1 ? ent_phrase_of(x, place, e.last - place) : ent_names(x, place)) &
         VERBA_NAME_PLACE)) {
      if (before && before->type <= VERBA_ENT_OTHER && before->last == place &&
          before->first < radio) {
        before->last = e.last;
        before->end = e.end;
        before->type = VERBA_ENT_ORGANIZATION;
        before->flags |= VERBA_ENT_DECIDED;
        continue;
      }
      if (!before || before->last <= radio) {
        e.first = radio;
        e.start = doc->toks[radio].start;
        e.type = VERBA_ENT_ORGANIZATION;
        e.flags |= VERBA_ENT_DECIDED;
      }
    }
    list->items[out++] = e;
  }
  list->n = out;
}

/* A firm's unit in a country is named by the firm, the country and a
 * firm's abbreviation (Cargill U.K. Ltd, Nestle U.S.A. Inc.); where the
 * tagger read the country and the suffix alone as the organisation, it
 * takes in the capitalised words before them, at most UNIT_NAME_WORDS of
 * them in its sentence and on its line, none a word of grammar or a
 * possessive, and the names among them (Cargill, read as a place) are
 * dropped. On the merged list, in text order. */
static void national_units(const ent_text *x, verba_entity_list *list) {
  const verba_doc *doc = x->doc;
  size_t i, out = 0;
  for (i = 0; i < list->n; i++) {
    verba_entity e = list->items[i];
    size_t start = e.first, dropped = out;
    if (country_and_suffix(x, &e)) {
      while (start > 0 && e.first - start < UNIT_NAME_WORDS &&
             !(doc->toks[start].shape & (VERBA_SHAPE_LINE_START | VERBA_SHAPE_SENTENCE_START)) &&
             capital_word(doc, start - 1) &&
             !(doc->toks[start - 1].shape & VERBA_SHAPE_POSSESSIVE) &&
             !(ent_classes(x, start - 1) & GRAMMAR_WORDS))
        start--;
      /* (not into a name that begins before those words) */
      while (dropped > 0 && list->items[dropped - 1].last > start &&
             list->items[dropped - 1].first >= start)
        dropped--;
      if (dropped > 0 && list->items[dropped - 1].last > start) start = e.first;
      if (start < e.first) {
        out = dropped;
        e.first = start;
        e.start = doc->toks[start].start;
      }
    }
    list->items[out++] = e;
  }
  list->n = out;
}

/* Does organisation e end as firms' and bodies' names end: a firm's
 * abbreviation or a head word of organisations' names (Engine Co,
 * Department Stores Inc, Pictures Television, Financial Group Inc)? */
static int ends_as_organisation(const ent_text *x, const verba_entity *e) {
  size_t last = e->last - 1;
  return capital_word(x->doc, last) &&
         (ent_firm_abbreviation(x, last) ||
          (ent_names(x, last) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD)));
}

/* A person's name that the tagger read right before an organisation's,
 * one space between them on one line, is the first words of the
 * organisation's name where that ends as organisations' names do
 * (Cummins Engine Co, Drexel Burnham Lambert Inc, Burroughs Wellcome Co:
 * founders' names make firms' names, and a headline or a possessive that
 * names the firm alone made the tagger read a person), and so is a place's
 * before a firm's name with its legal suffix (Texas Air Corp, Santa Fe
 * Southern Pacific Corp, U.S. Shoe Corp: a place's name opens many firms'
 * names, and a firm's suffix ends no place's; not the U.S. Treasury); not
 * a name in the possessive (Smith's Engine Co). The whole is decided, so
 * the firm's name alone elsewhere joins it. On the merged list, in text
 * order. */
static void firms_after_names(const ent_text *x, verba_entity_list *list) {
  const verba_doc *doc = x->doc;
  size_t i, out = 0;
  for (i = 0; i < list->n; i++) {
    verba_entity e = list->items[i];
    if (out > 0 && e.type == VERBA_ENT_ORGANIZATION) {
      verba_entity *p = &list->items[out - 1];
      if ((p->type == VERBA_ENT_PERSON ||
           (p->type == VERBA_ENT_PLACE && ent_firm_abbreviation(x, e.last - 1))) &&
          p->last == e.first &&
          e.start == p->end + 1 && doc->text.s[p->end] == ' ' &&
          !(doc->toks[p->last - 1].shape & VERBA_SHAPE_POSSESSIVE) &&
          !(doc->toks[e.first].shape & (VERBA_SHAPE_LINE_START | VERBA_SHAPE_SENTENCE_START)) &&
          ends_as_organisation(x, &e)) {
        e.first = p->first;
        e.start = p->start;
        e.flags |= VERBA_ENT_DECIDED;
        out--;
      }
    }
    list->items[out++] = e;
  }
  list->n = out;
}

int ent_name_rules(const ent_text *x, verba_entity_list *list, unsigned char *covered) {
  const verba_doc *doc = x->doc;
  written_names written = {NULL, 0, 0, 0};
  rules r;
  size_t i, out = 0, kept = 0, bytes = doc->ntoks / 8 + 1, cap = 0;
  int rc;
  drop_common_in_capitals(x, list);
  drop_slugs(x, list);
  /* (the names as the tagger wrote them: the pieces of the first pass
   * are in capitals, which the index leaves out) */
  rc = split_at_common_words(x, list, &written);
  if (rc == VERBA_OK) rc = split_at_possessives(x, list, &written);
  ent_key_index_free(doc, &written);
  if (rc != VERBA_OK) return rc;
  ent_repair_mentions(x, list);
  r.doc = doc;
  r.x = x;
  r.list = list;
  r.sorted = list->n;
  r.covered = covered;
  r.decided = NULL;
  r.full_names = NULL;
  rc = ent_reserve(doc, (void **)&r.decided, &cap, bytes, 1);
  if (rc != VERBA_OK) return rc;
  memset(r.decided, 0, bytes);
  for (i = 0; i < list->n; i++) cover(covered, list->items[i].first, list->items[i].last);
  /* (first: the names a title holds are no listed names) */
  rc = ent_quoted_works(&r);
  if (rc == VERBA_OK) rc = listed_names(&r);
  if (rc == VERBA_OK) rc = ent_listed_over_and(&r);
  if (rc == VERBA_OK) rc = ent_credit_lines(&r);
  if (rc == VERBA_OK) rc = listed_organisations(&r);
  if (rc == VERBA_OK) rc = ent_datelines(&r);
  /* (the possessor apart first: Japan's | Ministry of International Trade
   * and Industry (MITI)) */
  if (rc == VERBA_OK) rc = ent_possessors(&r);
  if (rc == VERBA_OK) rc = ent_spelled_acronyms(&r);
  if (rc == VERBA_OK) rc = ent_office_holders(&r);
  /* (before the names joined by "and": Orange County and Cook County) */
  if (rc == VERBA_OK) rc = ent_divisions(&r);
  if (rc == VERBA_OK) rc = ent_us(&r);
  if (rc == VERBA_OK) rc = ent_places_before_groups(&r);
  /* (before the names joined by "and": the Center for Economic and Policy
   * Research) */
  if (rc == VERBA_OK) rc = ent_names_with_for(&r);
  /* (before coordinated(), which adds the names it splits off undecided) */
  if (rc == VERBA_OK) rc = ent_joined_by_and(&r);
  if (rc == VERBA_OK) rc = ent_coordinated(&r);
  if (rc == VERBA_OK) rc = ent_addressed_names(&r);
  if (rc == VERBA_OK) rc = ent_trailing_acronyms(&r);
  /* (before the score lines, which would read the plural alone as a
   * side: the New York Jets 24-17) */
  /* (before the score lines, which read a player's figures as a score:
   * M. Saggers 4-56) */
  if (rc == VERBA_OK) rc = ent_match_summaries(&r);
  if (rc == VERBA_OK) rc = team_names(&r);
  if (rc == VERBA_OK) rc = ent_score_lines(&r);
  if (rc == VERBA_OK) rc = ent_cricket_cards(&r);
  if (rc == VERBA_OK) rc = ent_leaderboards(&r);
  if (rc == VERBA_OK) rc = ent_ranked_results(&r);
  if (rc == VERBA_OK) rc = ent_listed_initials(&r);
  if (rc == VERBA_OK) rc = ent_scorers(&r);
  if (rc == VERBA_OK) rc = ent_player_brackets(&r);
  if (rc == VERBA_OK) rc = ent_events(&r);
  if (rc == VERBA_OK) rc = ent_laws(&r);
  if (rc == VERBA_OK) rc = ent_holidays(&r);
  if (rc == VERBA_OK) rc = ent_teams(&r);
  if (rc == VERBA_OK) rc = ent_opened_names(&r);
  if (rc == VERBA_OK) rc = ent_organisations(&r);
  if (rc == VERBA_OK) rc = ent_chambers(&r);
  if (rc == VERBA_OK) rc = ent_tickers(&r);
  for (i = 0; rc == VERBA_OK && i < r.sorted; i++) {
    ent_given_and_family(&r, &list->items[i]);
    if (list->items[i].type != VERBA_ENT_PERSON) continue;
    ent_given_name_before(x, covered, &list->items[i]);
    ent_family_name_after(&r, &list->items[i]);
  }
  /* (before the titles: an abbreviation reads as one, Mt. Talau) */
  if (rc == VERBA_OK) rc = ent_landforms(&r);
  if (rc == VERBA_OK) rc = titles(&r);
  if (rc == VERBA_OK) rc = ent_initials(&r);
  if (rc == VERBA_OK) rc = ent_given_names(&r);
  if (rc == VERBA_OK) rc = ent_places_of_kind(&r);
  if (rc == VERBA_OK) rc = ent_craft_names(&r);
  if (rc == VERBA_OK) rc = ent_named_by_kind(&r);
  if (rc == VERBA_OK) rc = ent_firms_of_kind(&r);
  if (rc == VERBA_OK) rc = ent_news_agencies(&r);
  if (rc == VERBA_OK) rc = ent_names_before_nouns(&r);
  if (rc == VERBA_OK) rc = ent_names_before_roles(&r);
  if (rc == VERBA_OK) rc = ent_speaking_names(&r);
  if (rc == VERBA_OK) rc = ent_gendered_speakers(&r);
  if (rc == VERBA_OK) rc = ent_bare_acronyms(&r);
  if (rc == VERBA_OK) ent_acronyms_not_places(&r);
  if (rc == VERBA_OK) rc = ent_firms_in_apposition(&r);
  if (rc == VERBA_OK) rc = ent_unknown_names(&r);
  if (rc == VERBA_OK) rc = ent_places_after_prepositions(&r);
  if (rc == VERBA_OK) ent_people_placed(&r);
  if (rc == VERBA_OK) rc = ent_places_before_kinds(&r);
  if (rc == VERBA_OK) rc = ent_known_people(&r);
  if (rc == VERBA_OK) rc = ent_particle_names(&r);
  if (rc == VERBA_OK) rc = ent_unlisted_particle_names(&r);
  if (rc == VERBA_OK) rc = ent_coordinated_kinds(&r);
  if (rc == VERBA_OK) rc = workplaces(&r);
  if (rc == VERBA_OK) rc = short_firm_names(&r);
  if (rc == VERBA_OK) rc = people_named_elsewhere(&r);
  if (rc == VERBA_OK) rc = first_names_alone(&r);
  if (rc == VERBA_OK) retype_where(&r, kind_of_organisation, VERBA_ENT_ORGANIZATION);
  if (rc == VERBA_OK) retype_where(&r, organisation_in_apposition, VERBA_ENT_ORGANIZATION);
  if (rc == VERBA_OK) retype_where(&r, camel_case_firm, VERBA_ENT_ORGANIZATION);
  if (rc == VERBA_OK) retype_where(&r, firm_before_its_officers, VERBA_ENT_ORGANIZATION);
  if (rc == VERBA_OK) retype_where(&r, firm_at_its_price, VERBA_ENT_ORGANIZATION);
  if (rc == VERBA_OK) retype_where(&r, award_named_like_person, VERBA_ENT_OTHER);
  /* (before a people's word and a firm's read as a person's are one
   * organisation's name: the German Bundesbank is two) */
  if (rc == VERBA_OK) rc = peoples_before_organisations(&r);
  if (rc == VERBA_OK) retype_where(&r, organisation_read_as_person, VERBA_ENT_ORGANIZATION);
  if (rc == VERBA_OK) retype_where(&r, organisation_read_as_place, VERBA_ENT_ORGANIZATION);
  if (rc == VERBA_OK) retype_where(&r, person_read_as_place, VERBA_ENT_PERSON);
  if (rc == VERBA_OK) retype_where(&r, ent_person_particle_name, VERBA_ENT_PERSON);
  if (rc == VERBA_OK) rc = ent_particle_family_names(&r);
  if (rc == VERBA_OK) retype_where(&r, town_of_region, VERBA_ENT_PLACE);
  if (rc == VERBA_OK) rc = towns_before_regions(&r);
  if (rc == VERBA_OK) retype_where(&r, ends_in_facility, VERBA_ENT_PLACE);
  if (rc == VERBA_OK) newsrooms(&r);
  if (rc == VERBA_OK) retype_where(&r, names_earthquake, VERBA_ENT_OTHER);
  if (rc == VERBA_OK) places_with_and_in_names(&r);
  if (rc == VERBA_OK) drop_months(&r);
  if (rc == VERBA_OK) drop_plural_acronyms(&r);
  if (rc == VERBA_OK) drop_disease_eponyms(&r);
  if (rc == VERBA_OK) rc = firms_named_like_people(&r);
  if (rc == VERBA_OK) rc = partisans_of_places(&r);
  if (rc == VERBA_OK) rc = club_roles(&r);
  if (rc == VERBA_OK) rc = headline_family_names(&r);
  if (rc == VERBA_OK) rc = headline_organisations(&r);
  if (rc == VERBA_OK) rc = listed_places_alone(&r);
  if (rc == VERBA_OK) rc = listed_types(&r);
  /* (after the types the lists give: a player before a country) */
  if (rc == VERBA_OK) rc = ent_results_teams(&r);
  if (rc == VERBA_OK) rc = ent_squads(&r);
  /* (last: the names every other rule typed settle the rest) */
  if (rc == VERBA_OK) rc = ent_name_lists(&r);
  if (rc == VERBA_OK) rc = club_towns(&r);
  if (rc == VERBA_OK) ages(&r);
  if (rc == VERBA_OK) rc = people_before_who(&r);
  if (rc == VERBA_OK) rc = groups(&r);
  if (rc == VERBA_OK) compass_regions(&r);
  ent_release(doc, (void **)&r.decided, &cap, 1);
  if (rc != VERBA_OK) return rc;
  /* the dropped go; what the rules added is put in text order (the passes
   * each add in order, one after the other) and merged in */
  for (i = 0; i < list->n; i++) {
    if (list->items[i].type == VERBA_ENT_NTYPES) continue;
    if (i < r.sorted) kept++;
    list->items[out++] = list->items[i];
  }
  list->n = out;
  if (list->n > kept) {
    rc = sort_by_start(doc, list->items + kept, list->n - kept);
    if (rc != VERBA_OK) return rc;
  }
  rc = ent_merge(doc, list, kept);
  /* (with the types the rules gave the names the story writes) */
  if (rc == VERBA_OK) rc = grow_to_written(x, list);
  if (rc == VERBA_OK) particle_joined_firms(x, list);
  if (rc == VERBA_OK) national_units(x, list);
  if (rc == VERBA_OK) broadcasters(x, list);
  if (rc == VERBA_OK) flights(x, list);
  if (rc == VERBA_OK) organisations_before_titles(x, list);
  if (rc == VERBA_OK) firms_with_commas(x, list);
  if (rc == VERBA_OK) bracketed_firms(x, list);
  if (rc == VERBA_OK) firms_after_names(x, list);
  if (rc == VERBA_OK) names_after_compounds(x, list);
  return rc;
}
