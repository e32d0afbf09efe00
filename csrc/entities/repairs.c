/* The tagger's mentions repaired before the rules of rules.c read them
 * (ent_repair_mentions): a name runs on over its particles (Nikolaus van
 * der Pas) and an organisation's over the capitalised common words after
 * its "of" (... of Iodine Deficiency Disorders); a name with its acronym
 * in brackets is no person's (Hewlett Packard (HP)); titles leave a name's
 * end (Frank Field MP, Labour MP); a person's name ending in a firm's word
 * is an organisation's (McDonnell Douglas Corp), one of a listed place
 * before a role in lower case a place (Former Pennsylvania governor); an
 * organisation's ends before "of" and a person's full name (the Labour
 * Party of Shimon Peres); a word of grammar, initials, titles, a title
 * acronym, a credit rating or a word the lists say names nothing alone
 * are no name. Once the rules are done (ent_names_written_whole), a name
 * written as one word with an ampersand (AT&T) or listed with its 's
 * (McDonald's) takes the whole. Private to the entity stage. */
#include <string.h>
#include "rules.h"

/* Do tokens [first, last) end in a title that is no one's name, as an
 * office does (Navy Minister, Finance Secretary): no person's name does. */
static int ends_in_title(const ent_text *x, size_t first, size_t last) {
  return last - first > 1 && !(ent_names(x, last - 1) & PERSON_NAMES) && ent_title_word(x, last - 1);
}

/* Are tokens [first, last) titles and roles alone, none of them a name
 * of someone's too (the Ombudsman's resolution; not King)? */
static int only_titles(const ent_text *x, size_t first, size_t last) {
  size_t k;
  for (k = first; k < last; k++)
    if ((ent_names(x, k) & PERSON_NAMES) ||
        !(ent_title_word(x, k) || (ent_stem_classes(x, k) & VERBA_LEX_PERSON_ROLE)))
      return 0;
  return 1;
}

/* Is word k an organisation's word that ends no person's name: none
 * that is a family name more than a common word (Center is a common word
 * first; not Ed Banks), but a firm's abbreviation whatever a list of
 * family names says (Corp, also in the possessive)? */
static int firm_word(const ent_text *x, size_t k) {
  verba_names names = ent_names(x, k);
  if (!(names & (VERBA_NAME_ORG_KEYWORD | VERBA_NAME_ORG_HEAD))) return 0;
  return !(names & PERSON_NAMES) || (names & VERBA_NAME_AMBIGUOUS_NAME) ||
         ent_firm_abbreviation(x, k);
}

/* Letters of a firm's legal suffix in capitals, at most (AG, NV, PLC). */
#define SUFFIX_LETTERS 3

/* Is word k a firm's legal suffix, which only ends a name (Corp, Inc, Co,
 * Ltd, plc, AG, GmbH): an organisation's word that is an abbreviation, a
 * short one in capitals (AG, SA, though "ag" is a word; not a headline's
 * UNIONS) or no common word? */
static int firm_suffix(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  const verba_tok *t = &doc->toks[k];
  /* (in the possessive, its letters without the ending, looked up as
   * they are written: AG's, which the lists have in capitals) */
  size_t end = ent_name_end(doc, k);
  unsigned shape = end == t->start + t->len ? t->shape
                                            : verba_word_shape(&doc->text, t->start, end);
  verba_names names = (shape ^ t->shape) & VERBA_SHAPE_ALL_CAPS
                          ? ent_rules_names(x, ent_phrase(doc, k, 1))
                          : ent_names(x, k);
  return ent_firm_abbreviation(x, k) ||
         ((names & VERBA_NAME_ORG_HEAD) &&
          (((shape & VERBA_SHAPE_ALL_CAPS) && end - t->start <= SUFFIX_LETTERS) ||
           !ent_common_word(x, k)));
}

/* Is s[0, n) a credit rating written as agencies write them: S&P's and
 * Fitch's with a notch after the letters (AA-minus, A-1-plus, BBB+),
 * Moody's with its lower-case letters (Aa2, Baa1, Aaa)? Bare letters and
 * grades (AA, A3, B-2) name other things as often (the B-2 bomber). */
static int credit_rating(const char *s, size_t n) {
  size_t i = 1, lower = 0;
  if (n < 2 || n > 12 || (s[0] != 'A' && s[0] != 'B' && s[0] != 'C')) return 0;
  while (i < n && i < 3 && s[i] == s[0]) i++;
  while (i == 1 + lower && i < n && s[i] == 'a' && lower < 2) {
    i++;
    lower++;
  }
  if (lower > 0) {
    if (i < n && s[i] >= '1' && s[i] <= '3') i++;
    return i == n;
  }
  if (i + 1 < n && s[i] == '-' && s[i + 1] >= '1' && s[i + 1] <= '3') i += 2;
  if (i + 1 == n && (s[i] == '+' || s[i] == '-')) return 1;
  if (i + 5 == n && memcmp(s + i, "-plus", 5) == 0) return 1;
  return i + 6 == n && memcmp(s + i, "-minus", 6) == 0;
}

/* Is word k a word of a person's name: capitalised, and none the lists
 * have as a place's, a firm's or an organisation's word alone? */
static int person_word(const ent_text *x, size_t k) {
  verba_names names = ent_names(x, k);
  return capital_word(x->doc, k) &&
         !(names & (NOT_PERSON_NAMES | VERBA_NAME_ORG_HEAD)) &&
         !(x->doc->toks[k].shape & VERBA_SHAPE_LINE_START);
}

/* Where organisation mention e runs over "of" into a person's full name
 * (the Labour Party of Shimon | Peres), the token of that "of", else
 * e->last: a given name the lists have after it, and a person's words
 * from there to the end of the capitals, at or past the mention's end,
 * that the lists have as no place's or body's (not the University of Mary
 * Washington, Financial Corp of Santa Barbara). */
static size_t of_person(const ent_text *x, const verba_entity *e) {
  const verba_doc *doc = x->doc;
  size_t j, end;
  for (j = e->first + 1; j + 1 < e->last; j++) {
    verba_names given = ent_names(x, j + 1);
    if (!is_word(doc, j, "of") || !(given & GIVEN_NAMES) ||
        (given & (VERBA_NAME_AMBIGUOUS_NAME | GROUP_NAMES)))
      continue;
    for (end = j + 1; end < doc->ntoks && person_word(x, end); end++) {}
    if (end - (j + 1) >= 2 && end >= e->last &&
        !(end < doc->ntoks && (capital_word(doc, end) || is_word(doc, end, "of"))) &&
        !(ent_phrase_of(x, j + 1, end - (j + 1)) & (NOT_PERSON_NAMES | GROUP_NAMES)))
      return j;
  }
  return e->last;
}

/* Is token k a credit rating? */
static int rating_at(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  return t->kind == VERBA_WORD && credit_rating((const char *)doc->text.s + t->start, t->len);
}

/* Is token k an ampersand written between two capitalised words with no
 * space on either side (AT&T, S&P, Texas A&M)? */
static int glued_ampersand(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  return k > 0 && k + 1 < doc->ntoks && t->len == 1 && doc->text.s[t->start] == '&' &&
         !(t->shape & VERBA_SHAPE_SPACED) && !(doc->toks[k + 1].shape & VERBA_SHAPE_SPACED) &&
         capital_word(doc, k - 1) && capital_word(doc, k + 1);
}

/* Mention i of list takes the whole of a name written with an ampersand
 * and no spaces, as far as the mentions beside it leave room. */
static void whole_ampersand_name(const ent_text *x, verba_entity_list *list, size_t i) {
  const verba_doc *doc = x->doc;
  verba_entity *e = &list->items[i];
  size_t low = i > 0 ? list->items[i - 1].last : 0;
  size_t high = i + 1 < list->n ? list->items[i + 1].first : doc->ntoks;
  int grown = 0;
  for (;;) {
    if (e->first > low && glued_ampersand(doc, e->first)) e->first--;
    else if (e->first >= low + 2 && glued_ampersand(doc, e->first - 1)) e->first -= 2;
    else break;
    grown = 1;
  }
  for (;;) {
    if (e->last < high && glued_ampersand(doc, e->last - 1)) e->last++;
    else if (e->last + 2 <= high && glued_ampersand(doc, e->last)) e->last += 2;
    else break;
    grown = 1;
  }
  if (!grown) return;
  e->start = doc->toks[e->first].start;
  e->end = ent_name_end(doc, e->last - 1);
  /* (letters joined so are a firm's, not a person's: P&G) */
  if (e->type == VERBA_ENT_PERSON) e->type = VERBA_ENT_ORGANIZATION;
}

size_t ent_slashed_suffix_end(const verba_doc *doc, size_t k) {
  static const char *const suffixes[] = {"A/S", "A/B", "S/A", "K/S", "I/S"};
  const unsigned char *s;
  size_t i;
  if (k + 2 >= doc->ntoks || doc->toks[k].len != 1 || doc->toks[k + 1].len != 1 ||
      doc->toks[k + 2].len != 1 || (doc->toks[k + 1].shape & VERBA_SHAPE_SPACED) ||
      (doc->toks[k + 2].shape & VERBA_SHAPE_SPACED))
    return k;
  s = doc->text.s + doc->toks[k].start;
  for (i = 0; i < sizeof suffixes / sizeof *suffixes; i++)
    if (memcmp(s, suffixes[i], 3) == 0) return k + 3;
  return k;
}

/* Mention i, a firm's or a person's name (the tagger's for the firm's
 * founder: Adam Opel), takes a suffix written with a slash right after it
 * or from its last word on (Norsk Hydro A/S, where the tagger saw Norsk
 * Hydro, or Norsk Hydro A); the mentions after it lose what the suffix
 * holds, and "and" after it (Norsk Hydro A/S and Saga Petroleum A/S, where
 * the tagger saw S and Saga Petroleum): how many it drops. */
static size_t take_slashed_suffix(const ent_text *x, verba_entity_list *list, size_t i) {
  const verba_doc *doc = x->doc;
  verba_entity *e = &list->items[i];
  size_t end = ent_slashed_suffix_end(doc, e->last), j, dropped = 0;
  if (end == e->last && e->last - e->first > 1) end = ent_slashed_suffix_end(doc, e->last - 1);
  if (end <= e->last || (e->type != VERBA_ENT_ORGANIZATION && e->type != VERBA_ENT_PERSON) ||
      (doc->toks[e->last - 1].shape & VERBA_SHAPE_POSSESSIVE))
    return 0;
  e->last = end;
  e->end = doc->toks[end - 1].start + doc->toks[end - 1].len;
  e->type = VERBA_ENT_ORGANIZATION;
  for (j = i + 1; j < list->n && list->items[j].first < end; j++) {
    verba_entity *next = &list->items[j];
    size_t first = end;
    while (first < next->last &&
           (is_word(doc, first, "and") || doc->toks[first].kind == VERBA_PUNCT))
      first++;
    if (first >= next->last) {
      next->type = VERBA_ENT_NTYPES;
      dropped++;
      continue;
    }
    next->first = first;
    next->start = doc->toks[first].start;
  }
  return dropped;
}

/* Words of a firm's name before a title's word it holds, at most
 * (Supermarkets General Corp). */
#define FIRM_WORDS_BEFORE_TITLE 2

/* A firm's suffix the tagger read apart from the name it ends (General
 * Motors | Corp) goes on that name, in the same sentence; and a title
 * right before a name ending in one is the name's first word, as titles
 * stand before people's names, not firms' (General Dynamics Corp, where
 * the tagger saw Dynamics Corp). */
static void join_firm_suffix(const ent_text *x, verba_entity_list *list, size_t i) {
  const verba_doc *doc = x->doc;
  verba_entity *e = &list->items[i], *before = i > 0 ? &list->items[i - 1] : NULL;
  /* (after "and" or "&" too, abbreviations alone: Mitsui and | Co Ltd,
   * where the lists have Mitsui) */
  size_t k, gap = before ? e->first - before->last : 0;
  for (k = e->first; k < e->last && ent_firm_abbreviation(x, k); k++) {}
  if (gap == 1 && k == e->last && e->last - e->first <= 2 &&
      (is_word(doc, e->first - 1, "and") ||
       (doc->toks[e->first - 1].cp == '&' && doc->toks[e->first - 1].len == 1)))
    gap = 0;
  /* (or read as the first word of the name after it, in the same
   * sentence: Trident Seafoods | Corp. Charles Bundrant, General Motors |
   * Corp's Pontiac; the rest is a name of its own) */
  if (before && gap == 0 && k > e->first && k < e->last && before->type <= VERBA_ENT_OTHER &&
      !(doc->toks[before->last - 1].shape & VERBA_SHAPE_POSSESSIVE) &&
      !(doc->toks[e->first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START))) {
    size_t rest = k < e->last - 1 && ent_is_dot(doc, k) ? k + 1 : k;
    if (rest < e->last && capital_word(doc, rest)) {
      before->last = rest;
      before->end = ent_name_end(doc, rest - 1);
      before->type = VERBA_ENT_ORGANIZATION;
      e->first = rest;
      e->start = doc->toks[rest].start;
      return;
    }
  }
  if (((e->last - e->first == 1 && firm_suffix(x, e->first)) || (gap == 0 && k == e->last)) &&
      before && before->type <= VERBA_ENT_OTHER && gap == 0 &&
      !(doc->toks[before->last - 1].shape & VERBA_SHAPE_POSSESSIVE) &&
      !(doc->toks[e->first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START))) {
    before->last = e->last;
    before->end = e->end;
    before->type = VERBA_ENT_ORGANIZATION;
    e->type = VERBA_ENT_NTYPES;
    return;
  }
  /* (a suffix the tagger saw no part of a name: Tesco plc; and a
   * person's name it ends is the firm's: Adam Opel AG) */
  if ((e->type == VERBA_ENT_ORGANIZATION || e->type == VERBA_ENT_PERSON) &&
      e->last < doc->ntoks && firm_suffix(x, e->last) &&
      !(doc->toks[e->last - 1].shape & VERBA_SHAPE_POSSESSIVE) &&
      !(i + 1 < list->n && list->items[i + 1].first <= e->last) &&
      !(doc->toks[e->last].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START))) {
    e->last++;
    e->end = ent_name_end(doc, e->last - 1);
    e->type = VERBA_ENT_ORGANIZATION;
  }
  /* (nor does a name a suffix ends: Daimler-Benz AG's unit, first in
   * its sentence) */
  if (e->type == VERBA_ENT_PERSON && e->last - e->first > 1 && firm_suffix(x, e->last - 1))
    e->type = VERBA_ENT_ORGANIZATION;
  /* (a suffix alone names no one: Acme General | Corp, a person to the
   * tagger; nor is it all the name: an acronym in prose before it is the
   * firm's, GTE Corp's unit) */
  if (e->type == VERBA_ENT_PERSON && e->last - e->first == 1 && firm_suffix(x, e->first)) {
    e->type = VERBA_ENT_ORGANIZATION;
    if (e->first > 0 && (doc->toks[e->first - 1].shape & VERBA_SHAPE_ALL_CAPS) &&
        doc->toks[e->first - 1].kind == VERBA_WORD && !ent_in_caps_line(x, e->first - 1) &&
        !(doc->toks[e->first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
        !(before && before->last >= e->first)) {
      e->first--;
      e->start = doc->toks[e->first].start;
    }
  }
  if (e->type == VERBA_ENT_ORGANIZATION && firm_suffix(x, e->last - 1) && e->first > 0 &&
      ent_is_title(x, e->first - 1) && !(before && before->last >= e->first) &&
      !(doc->toks[e->first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START))) {
    size_t title = --e->first;
    /* (and the capitalised words before the title: Supermarkets General
     * Corp, Dollar General Corp) */
    while (e->first > 0 && title - e->first < FIRM_WORDS_BEFORE_TITLE &&
           !(doc->toks[e->first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
           capital_word(doc, e->first - 1) && !ent_grammar_word(x, e->first - 1) &&
           !ent_is_title(x, e->first - 1) &&
           !(doc->toks[e->first - 1].shape & (VERBA_SHAPE_POSSESSIVE | VERBA_SHAPE_ALL_CAPS)) &&
           !(before && before->last >= e->first))
      e->first--;
    /* (a place's or a body's name the tagger saw before them is the
     * name's too: Michigan | General Corp) */
    if (before && before->last == e->first && before->type <= VERBA_ENT_OTHER &&
        !(doc->toks[before->last - 1].shape & VERBA_SHAPE_POSSESSIVE) &&
        !(doc->toks[e->first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START))) {
      e->first = before->first;
      before->type = VERBA_ENT_NTYPES;
    }
    e->start = doc->toks[e->first].start;
  }
}


/* Is person mention e one that people work for: a family or given name
 * the lists have, no country's or region's, before a role that is no
 * office's title, in the possessive (Clinton's spokesman Mike McCurry; not
 * Britain's Foreign Secretary, Houston's mayor) or a family name alone
 * before a person's staff (Clinton spokesman Mike McCurry)? */
static int persons_aide(const ent_text *x, const verba_entity *e) {
  /* (staff that a person has as a firm does: Obama spokesman Josh
   * Earnest, Dole adviser Ann Lee, with no possessive; a firm's own too,
   * Toyota spokesman, but the lists have the firm or no one of its name) */
  static const char *const staff[] = {"spokesman", "spokeswoman", "spokesperson", "aide",
                                      "adviser", "advisor", "lawyer", "attorney"};
  verba_names names = ent_names(x, e->last - 1);
  if ((names & (VERBA_NAME_COUNTRY | VERBA_NAME_REGION_NAME)) ||
      (ent_classes(x, e->last) & VERBA_LEX_NAME_TITLE))
    return 0;
  if (x->doc->toks[e->last - 1].shape & VERBA_SHAPE_POSSESSIVE) return (names & PERSON_NAMES) != 0;
  return e->last - e->first == 1 && IS_WORD_OF(x->doc, e->last, staff) &&
         !(names & VERBA_NAME_ORGANIZATION) &&
         ((names & VERBA_NAME_SURNAME) || ent_known_person(x, e->first));
}

/* The type of a name a person is with (a team, a firm, a country): a
 * place if the lists have it as one, else an organisation. */
static enum verba_entity_type team_or_place(const ent_text *x, const verba_entity *e) {
  verba_names names = e->last - e->first == 1 ? ent_names(x, e->first)
                                           : ent_phrase_of(x, e->first, e->last - e->first);
  return (names & VERBA_NAME_PLACE) ? VERBA_ENT_PLACE : VERBA_ENT_ORGANIZATION;
}

/* An organisation's name runs back over a common word in the possessive
 * that opens it (the People's Democratic Party, the Workers' Party; also
 * written apart, People 's): no list's place or body, nor a person's name
 * that is no common word, whose own name it would be (Japan's Finance
 * Ministry). */
static void possessor_in_name(const ent_text *x, verba_entity_list *list, size_t i) {
  const verba_doc *doc = x->doc;
  verba_entity *e = &list->items[i];
  size_t w;
  if (e->type != VERBA_ENT_ORGANIZATION || e->first == 0) return;
  if (doc->toks[e->first - 1].shape & VERBA_SHAPE_POSSESSIVE) w = e->first - 1;
  else if (e->first >= 3 && ent_after_possessive(doc, e->first - 2) == e->first) w = e->first - 3;
  else return;
  if (!capital_word(doc, w) || !ent_common_word(x, w) ||
      (doc->toks[w].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) ||
      (ent_names(x, w) & NOT_PERSON_NAMES) ||
      ((ent_names(x, w) & PERSON_NAMES) && !(ent_names(x, w) & VERBA_NAME_AMBIGUOUS_NAME)) ||
      (i > 0 && list->items[i - 1].last > w))
    return;
  e->first = w;
  e->start = doc->toks[w].start;
}

/* Is token k a title or a role in lower case (governor, spokesman)? */
int ent_role_at(const ent_text *x, size_t k) {
  return k < x->doc->ntoks && x->doc->toks[k].kind == VERBA_WORD &&
         !(x->doc->toks[k].shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS)) &&
         (ent_classes(x, k) & (VERBA_LEX_NAME_TITLE | VERBA_LEX_PERSON_ROLE));
}

/* Do tokens [first, last) stand before their acronym in brackets, the
 * acronym ending in their first letters (Spongiform Encephalopathy (BSE))? */
int ent_acronym_after(const verba_doc *doc, size_t first, size_t last) {
  const verba_tok *t;
  size_t k, n;
  if (last + 2 >= doc->ntoks || doc->toks[last].cp != '(' || doc->toks[last + 2].cp != ')')
    return 0;
  t = &doc->toks[last + 1];
  n = last - first;
  if (t->kind != VERBA_WORD || !(t->shape & VERBA_SHAPE_ALL_CAPS) || t->len < n) return 0;
  /* (the words' first letters end the acronym: SE of BSE) */
  for (k = 0; k < n; k++)
    if (doc->text.s[t->start + t->len - n + k] != doc->text.s[doc->toks[first + k].start])
      return 0;
  return 1;
}

/* Is token k a name's particle in lower case (van, der, bin)? */
static int particle_at(const ent_text *x, size_t k) {
  return (ent_names(x, k) & VERBA_NAME_NAME_PARTICLE) &&
         !(x->doc->toks[k].shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS));
}

/* Particles in a row in a name, at most (Nikolaus van der Pas). */
#define NAME_PARTICLES 2

/* A name does not end in a particle: mention i of the list (sorted, from
 * the tagger) runs on over the particles to the capitalised word after
 * them, taking in a mention that starts there (Nikolaus van der Pas, where
 * the tagger read Nikolaus van). */
static void run_over_particles(const ent_text *x, verba_entity_list *list, size_t i) {
  const verba_doc *doc = x->doc;
  verba_entity *e = &list->items[i];
  size_t k = e->last, end;
  while (k < doc->ntoks && k - e->last < NAME_PARTICLES && particle_at(x, k)) k++;
  if (k >= doc->ntoks || !capital_word(doc, k) ||
      (doc->toks[k].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)))
    return;
  end = k + 1;
  if (i + 1 < list->n && list->items[i + 1].first < end) {
    verba_entity *next = &list->items[i + 1];
    if (next->first != k) return; /* (another name has the particles) */
    end = next->last;
    next->type = VERBA_ENT_NTYPES; /* taken in; dropped with the others */
  }
  e->last = end;
  e->end = ent_name_end(doc, end - 1);
}

/* Capitalised common words an organisation's name runs on over, at most. */
#define NAME_TAIL_WORDS 3

/* Is word k a capitalised common word that goes on a name before it: in
 * no list, no word of grammar, title or role, not opening a sentence or a
 * line (Deficiency, Disorders)? */
static int common_capital_tail(const ent_text *x, size_t k) {
  const verba_tok *t = &x->doc->toks[k];
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_CAPITALIZED) &&
         !(t->shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_SENTENCE_START |
                       VERBA_SHAPE_LINE_START)) &&
         !ent_names(x, k) && !(ent_classes(x, k) & (GRAMMAR_WORDS | ENT_TITLE_CLASSES)) &&
         ent_common_word(x, k);
}

/* An organisation's name whose last words follow its "of" or "for" runs
 * on over the capitalised common words the tagger left after it, up to a
 * possessive (the Australian Centre for Control of Iodine Deficiency
 * Disorders, where the tagger stopped at Iodine; the Office of Federal
 * Housing Enterprise Oversight); not into another mention, and not a
 * headline's words (BBC Radio, GOP Debate Kicked Off: no connector). */
static void run_over_common_capitals(const ent_text *x, verba_entity_list *list, size_t i) {
  const verba_doc *doc = x->doc;
  verba_entity *e = &list->items[i];
  size_t k = e->last, c;
  int connected = 0;
  for (c = e->last - 1; c > e->first && e->last - c <= NAME_TAIL_WORDS && !connected; c--)
    connected = (ent_names(x, c - 1) & VERBA_NAME_NAME_CONNECTOR) &&
                !(doc->toks[c - 1].shape & VERBA_SHAPE_CAPITALIZED);
  if (!connected || (doc->toks[k - 1].shape & VERBA_SHAPE_POSSESSIVE)) return;
  while (k < doc->ntoks && k - e->last < NAME_TAIL_WORDS && common_capital_tail(x, k) &&
         !(i + 1 < list->n && list->items[i + 1].first <= k)) {
    k++;
    if (doc->toks[k - 1].shape & VERBA_SHAPE_POSSESSIVE) break;
  }
  if (k == e->last) return;
  e->last = k;
  e->end = ent_name_end(doc, k - 1);
}

/* Is token k a title written as an acronym (MP, MEP), whatever a list of
 * clubs or firms says of the letters? */
int ent_title_acronym(const ent_text *x, size_t k) {
  return (ent_classes(x, k) & VERBA_LEX_NAME_TITLE) &&
         (x->doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) && !(ent_names(x, k) & PERSON_NAMES);
}

int ent_plural_title_acronym(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  const verba_lexicon *lx = &doc->config->lexicon;
  /* (in the possessive too: a new MPs' report) */
  size_t i, len = ent_name_end(doc, k) - t->start;
  if (t->kind != VERBA_WORD || len < 3 || s[len - 1] != 's') return 0;
  for (i = 0; i + 1 < len; i++)
    if (!(s[i] >= 'A' && s[i] <= 'Z')) return 0;
  return (verba_lex_classes(lx, verba_lex_find(lx, (const char *)s, len - 1, VERBA_CASE_UPPER)) &
          VERBA_LEX_NAME_TITLE) != 0;
}

/* Does a word of tokens [first, last) make names organisations' (Holdings,
 * SA)? */
static int has_firm_word(const ent_text *x, size_t first, size_t last) {
  for (; first < last; first++)
    if (ent_names(x, first) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD)) return 1;
  return 0;
}

/* Words of an office in an appositive, at most (former vice chairman,
 * the executive director). */
#define OFFICE_WORDS 3

/* Is token k a word of an office: a title or a role, or a word in lower
 * case of no word class that may qualify one (executive director,
 * senior analyst)? */
static int office_word(const ent_text *x, size_t k) {
  const verba_tok *t = &x->doc->toks[k];
  verba_classes c = ent_classes(x, k) & ~VERBA_LEX_PHRASE_START;
  return (c & (VERBA_LEX_NAME_TITLE | VERBA_LEX_PERSON_ROLE)) ||
         (t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_LOWER) && c == 0);
}

/* Does an appositive naming an office open at token k: a comma, an
 * article if any, words of an office ending in a title or a role and
 * "of", "for" or "at" (, Chairman of the Commission; , a spokesman for
 * the firm; , the executive director at the centre)? */
static int office_appositive_at(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  size_t j = k + 1, words = 0;
  if (k >= doc->ntoks || doc->toks[k].cp != ',' || doc->toks[k].len != 1) return 0;
  if (j < doc->ntoks && (ent_classes(x, j) & VERBA_LEX_ARTICLE)) j++;
  while (j < doc->ntoks && words < OFFICE_WORDS && office_word(x, j)) {
    j++;
    words++;
  }
  return words > 0 && j < doc->ntoks &&
         (ent_classes(x, j - 1) & (VERBA_LEX_NAME_TITLE | VERBA_LEX_PERSON_ROLE)) &&
         (is_word(doc, j, "of") || is_word(doc, j, "for") || is_word(doc, j, "at"));
}

/* Does mention e, of a name whose first word the lists have as a given
 * name and no country's, follow a role in lower case, or one and its
 * comma (his wife, Alice, reported; her husband Denver moved), where the
 * lists have the name as a place's too? (A title in lower case is no such
 * evidence: "the" is one, of the Rev.; nor a title after the name, whose
 * office the place is: candidate Texas Senator Ted Cruz.) */
static int given_name_after_role(const ent_text *x, const verba_entity *e) {
  const verba_doc *doc = x->doc;
  size_t role = e->first - 1;
  verba_names names;
  if (e->first < 2 || (doc->toks[e->first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) ||
      (e->last < doc->ntoks && ent_title_word(x, e->last)))
    return 0;
  if (doc->toks[role].cp == ',' && doc->toks[role].len == 1) role--;
  names = ent_names(x, e->first);
  return (names & GIVEN_NAMES) && !(names & VERBA_NAME_COUNTRY) && ent_role_at(x, role) &&
         (ent_classes(x, role) & VERBA_LEX_PERSON_ROLE);
}

/* Repairs the tagger's mentions of list (in text order); the dropped get
 * the type VERBA_ENT_NTYPES, compacted later by ent_name_rules. */
/* Is token k a noun that ends the names of venues and grounds, which the
 * lists have as family names too (the Nou Camp, Clarence House, the Brennan
 * Center, Luna Park)? A closed set. */
static int venue_word(const verba_doc *doc, size_t k) {
  static const char *const words[] = {
    "camp", "center", "centre", "house", "hall", "park", "gardens", "garden", "field",
    "court", "place", "plaza", "market", "village", "town", "city", "springs", "land",
    "heights", "point", "hill", "hills", "grove", "green", "capital", "lodge", "manor"
  };
  return doc->toks[k].len <= 7 && IS_WORD_OF(doc, k, words);
}

/* Is mention e a country's name and a common word after it capitalised
 * in a title (ent_title_case_sentence: no proof of a name; not a score
 * line's, which names a team so) that heads, ends or opens no
 * organisation's name, the two no listed name? */
static int common_word_after_country(const ent_text *x, const verba_entity *e) {
  const verba_doc *doc = x->doc;
  size_t k = e->first + 1;
  return e->last - e->first == 2 && (ent_names(x, e->first) & VERBA_NAME_COUNTRY) &&
         ent_title_case_sentence(x, k) && !ent_sentence_with_number(x, k) &&
         (doc->toks[k].shape & VERBA_SHAPE_CAPITALIZED) &&
         !(doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) && ent_common_word(x, k) &&
         !(ent_names(x, k) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD | VERBA_NAME_CHAMBER |
                              VERBA_NAME_ORG_HEAD_OF | VERBA_NAME_ORG_HEAD_ON)) &&
         !(ent_phrase_of(x, e->first, 2) & NOT_PERSON_NAMES);
}

/* Is mention e, the tagger's place, a title and a name no list has as a
 * place, none of whose words is a place's or heads organisations' names:
 * a person's (Prince Norodom Ranariddh, Dr Carpenter; not Prince Edward
 * Island, Prince Albert, King of Prussia, the lists' towns)? */
static int titled_place(const ent_text *x, const verba_entity *e) {
  const verba_doc *doc = x->doc;
  size_t k;
  if ((e->flags & VERBA_ENT_DECIDED) || e->last - e->first < 2 || !ent_title_word(x, e->first) ||
      !(doc->toks[e->first].shape & VERBA_SHAPE_CAPITALIZED) ||
      (ent_phrase_of(x, e->first, e->last - e->first) & VERBA_NAME_PLACE))
    return 0;
  for (k = e->first + 1; k < e->last; k++)
    if (!capital_word(doc, k) || (doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE) ||
        (ent_names(x, k) & (VERBA_NAME_PLACE | VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD)))
      return 0;
  return 1;
}

/* A place's name and a common word after it, before a title and a
 * person's name, are the place alone, the word the office's (U.S. Defense
 * | Secretary William Perry, U.S. Trade | Representative Mickey Kantor):
 * mention e, the tagger's organisation or other, becomes the place. Not a
 * word that heads organisations' names (U.S. Navy | Secretary John Dalton;
 * Defense, which organisations' names hold, is the office's), nor an
 * owner's in the possessive (the Liberal Democrats' President Simon
 * Hughes), nor a rule's decision. */
static void office_before_title(const ent_text *x, verba_entity *e) {
  const verba_doc *doc = x->doc;
  /* (the title in the mention too, the tagger's U.S. Defense Secretary) */
  size_t title = e->last - e->first > 2 && ent_title_word(x, e->last - 1) ? e->last - 1 : e->last;
  size_t word = title - 1, n = word - e->first;
  verba_names names;
  if (n == 0 || (e->flags & VERBA_ENT_DECIDED) || title + 1 >= doc->ntoks ||
      !ent_title_word(x, title) || !ent_goes_on(doc, title) ||
      !capital_word(doc, title + 1) || !ent_goes_on(doc, title + 1) ||
      !(doc->toks[word].shape & VERBA_SHAPE_CAPITALIZED) || ent_title_word(x, word) ||
      (doc->toks[word].shape & VERBA_SHAPE_POSSESSIVE) ||
      !ent_common_word(x, word) ||
      (ent_names(x, word) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_CHAMBER | VERBA_NAME_ORG_HEAD_OF |
                             VERBA_NAME_ORG_HEAD_ON)))
    return;
  names = n == 1 ? ent_names(x, e->first) : ent_phrase_of(x, e->first, n);
  if (!(names & VERBA_NAME_PLACE) || (names & VERBA_NAME_ORGANIZATION)) return;
  e->type = VERBA_ENT_PLACE;
  e->last = word;
  e->end = ent_name_end(doc, word - 1);
}

/* An organisation's word (Bureau, Council) that the tagger read alone as
 * a person's name is an organisation's, with the capitalised words before
 * it in its sentence that no mention holds (The Farm Bureau also urged
 * ...: the tagger's "Bureau"), or alone after an article (the Bureau
 * said). */
static void organisation_word_read_as_person(const ent_text *x, verba_entity_list *list,
                                             size_t i) {
  const verba_doc *doc = x->doc;
  verba_entity *e = &list->items[i];
  size_t first = e->first, floor = i > 0 ? list->items[i - 1].last : 0;
  if (e->type != VERBA_ENT_PERSON || (e->flags & VERBA_ENT_DECIDED) || e->last - e->first != 1 ||
      !firm_word(x, e->first) || firm_suffix(x, e->first) ||
      (doc->toks[e->first].shape & VERBA_SHAPE_ALL_CAPS))
    return; /* (a suffix alone: join_firm_suffix's) */
  while (first > floor && ent_goes_on(doc, first) && capital_word(doc, first - 1) &&
         !(doc->toks[first - 1].shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_POSSESSIVE)) &&
         !ent_title_word(x, first - 1) && !(ent_classes(x, first - 1) & GRAMMAR_WORDS))
    first--;
  /* (alone, an article says it: the Bureau said; Steel said is a person's,
   * David Steel's, family name) */
  if (first == e->first && !(first > 0 && (ent_classes(x, first - 1) & VERBA_LEX_DETERMINER)))
    return;
  e->type = VERBA_ENT_ORGANIZATION;
  e->first = first;
  e->start = doc->toks[first].start;
}

/* An organisation's or other name of the tagger's that ends in a title
 * and a given name, right before a person's name, is the name before the
 * title; the given name opens the person's (Supreme Court Justice Ruth |
 * Bader Ginsburg, Democratic National Committee Chair Debbie | Wasserman
 * Schultz). */
static void given_name_to_person(const ent_text *x, verba_entity_list *list, size_t i) {
  const verba_doc *doc = x->doc;
  verba_entity *e = &list->items[i], *person = i + 1 < list->n ? &list->items[i + 1] : NULL;
  size_t given = e->last - 1;
  if ((e->type != VERBA_ENT_ORGANIZATION && e->type != VERBA_ENT_OTHER) ||
      (e->flags & VERBA_ENT_DECIDED) || e->last - e->first < 3 || !person ||
      person->type != VERBA_ENT_PERSON || person->first != e->last ||
      !ent_goes_on(doc, person->first) || !capital_word(doc, given) ||
      (doc->toks[given].shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_POSSESSIVE)) ||
      !(ent_names(x, given) & GIVEN_NAMES) || (ent_names(x, given) & NOT_PERSON_NAMES) ||
      !(ent_title_word(x, given - 1) || (ent_classes(x, given - 1) & VERBA_LEX_PERSON_ROLE)))
    return;
  e->last = given - 1;
  e->end = ent_name_end(doc, e->last - 1);
  person->first = given;
  person->start = doc->toks[given].start;
}

void ent_repair_mentions(const ent_text *x, verba_entity_list *list) {
  const verba_doc *doc = x->doc;
  size_t i;
  /* a word of grammar alone is no name, whatever the tagger made of a
   * headline's TO or SAYS ... TO; nor initials alone (J. P.); nor a title
   * or a role alone (the Prime Minister's office) unless it is someone's
   * name too (King), nor an office's name (Navy Minister) */
  for (i = 0; i < list->n; i++) {
    verba_entity *e = &list->items[i];
    if (e->type > VERBA_ENT_OTHER) continue;
    if (particle_at(x, e->last - 1)) run_over_particles(x, list, i);
    /* a role that opens a person's name before a given name and a family
     * name is no word of it, though a list has it as a family name too
     * (Coach Tom Wood, Striker Tom Wood) */
    if (e->type == VERBA_ENT_PERSON && e->last - e->first >= 3 &&
        (ent_classes(x, e->first) & VERBA_LEX_PERSON_ROLE) && capital_word(doc, e->first + 1) &&
        (ent_names(x, e->first + 1) & GIVEN_NAMES)) {
      e->first++;
      e->start = doc->toks[e->first].start;
    }
    /* an organisation's name runs over no "of" into a person's full name
     * (the Labour Party of | Shimon Peres: the person is read later) */
    if (e->type == VERBA_ENT_ORGANIZATION) {
      size_t of = of_person(x, e);
      if (of < e->last) {
        e->last = of;
        e->end = ent_name_end(doc, of - 1);
      }
    }
    if (e->type == VERBA_ENT_ORGANIZATION) run_over_common_capitals(x, list, i);
    /* a country's name before a common word capitalised in a headline in
     * title case is the country alone, no body with the word (U.S.
     * Market, U.S. Dollar, U.S. Officials): not a word of organisations'
     * names (U.S. Navy, US Airways), a chamber's (U.S. Senate), nor a name
     * the lists have whole (British Airways); in prose the capital says
     * the name is one (the U.S. Treasury, US Sprint) */
    if (e->type == VERBA_ENT_ORGANIZATION && common_word_after_country(x, e)) {
      e->type = VERBA_ENT_PLACE;
      e->last--;
      e->end = ent_name_end(doc, e->last - 1);
    }
    if (e->type == VERBA_ENT_ORGANIZATION || e->type == VERBA_ENT_OTHER) office_before_title(x, e);
    given_name_to_person(x, list, i);
    organisation_word_read_as_person(x, list, i);
    if (e->type == VERBA_ENT_PLACE && titled_place(x, e)) e->type = VERBA_ENT_PERSON;
    /* a name written with its acronym is no person's but what the
     * acronym is read as (Hewlett Packard (HP): an organisation), else
     * other; a title before it whose initial the acronym holds is its
     * first word (General Widget Safety Regulation (GWSR)) */
    if (ent_acronym_after(doc, e->first, e->last)) {
      const verba_entity *acronym = i + 1 < list->n ? &list->items[i + 1] : NULL;
      if (e->first > 0 && ent_is_title(x, e->first - 1) &&
          ent_acronym_after(doc, e->first - 1, e->last)) {
        e->first--;
        e->start = doc->toks[e->first].start;
      }
      if (e->type == VERBA_ENT_PERSON)
        e->type = acronym && acronym->first == e->last + 1 && acronym->type <= VERBA_ENT_OTHER &&
                          acronym->type != VERBA_ENT_PERSON
                      ? acronym->type
                      : VERBA_ENT_OTHER;
    }
    /* nor the first word of a title that goes on after the name, though
     * a family name too (Thai Prime | Minister Banharn: Prime) */
    while (e->type == VERBA_ENT_PERSON && e->last - e->first > 1 && e->last < doc->ntoks &&
           ent_title_word(x, e->last - 1) && !ends_in_title(x, e->first, e->last) &&
           ent_title_word(x, e->last) && ent_goes_on(doc, e->last)) {
      e->last--;
      e->end = ent_name_end(doc, e->last - 1);
    }
    /* a title after a person's name is no part of it (Frank Field MP),
     * nor one written as an acronym after any name (Labour MP), in the
     * plural too (Labour MPs; MPs alone is no name) */
    if ((e->type == VERBA_ENT_PERSON && e->last - e->first > 2 &&
         ends_in_title(x, e->first, e->last) && (ent_names(x, e->last - 2) & PERSON_NAMES) &&
         !(ent_names(x, e->last - 2) & NOT_PERSON_NAMES)) ||
        (e->last - e->first > 1 &&
         (ent_title_acronym(x, e->last - 1) || ent_plural_title_acronym(x, e->last - 1)))) {
      e->last--;
      e->end = ent_name_end(doc, e->last - 1);
    } else if (e->last - e->first == 1 && ent_plural_title_acronym(x, e->first)) {
      e->type = VERBA_ENT_NTYPES;
      continue;
    }
    /* nor a title written with its dot before the name it is for, which
     * the tagger read as the end of the name before it (Vermont Sen. |
     * Bernie Sanders, where Sen is a family name too): the rest is what
     * the lists have it as, a place, a body or a people */
    if (e->last - e->first > 1 && e->last + 1 < doc->ntoks && ent_is_dot(doc, e->last) &&
        (ent_classes(x, e->last - 1) & VERBA_LEX_ABBREV_TITLE) &&
        capital_word(doc, e->last - 2) && capital_word(doc, e->last + 1) &&
        !(doc->toks[e->last + 1].shape & (VERBA_SHAPE_LINE_START | VERBA_SHAPE_PARAGRAPH_START))) {
      verba_names names = e->last - e->first == 2 ? ent_names(x, e->first)
                                               : ent_phrase_of(x, e->first, e->last - 1 - e->first);
      e->last--;
      e->end = ent_name_end(doc, e->last - 1);
      if (names & VERBA_NAME_PLACE) e->type = VERBA_ENT_PLACE;
      else if (names & VERBA_NAME_ORGANIZATION) e->type = VERBA_ENT_ORGANIZATION;
      else if (names & GROUP_NAMES) e->type = VERBA_ENT_GROUP;
      /* (a party's word before the title is no one's name: Democratic
       * Sen. Chris Coons) */
      else if (!(ent_names(x, e->first) & PERSON_NAMES)) e->type = VERBA_ENT_NTYPES;
      if (e->type == VERBA_ENT_NTYPES) continue;
    }
    /* no person's name ends in an organisation's word (Steven F.
     * Udvar-Hazy Center, McDonnell Douglas Corp's) */
    if (e->type == VERBA_ENT_PERSON && e->last - e->first > 1 && firm_word(x, e->last - 1))
      e->type = VERBA_ENT_ORGANIZATION;
    join_firm_suffix(x, list, i);
    if (e->type == VERBA_ENT_NTYPES) continue;
    /* nor is what a person's full name is "of" (Michael Schumacher of
     * Ferrari, Greg Norman of Australia): the team, the firm or the place */
    if (e->type == VERBA_ENT_PERSON && i > 0 && e->first > 0 &&
        is_word(doc, e->first - 1, "of") && list->items[i - 1].type == VERBA_ENT_PERSON &&
        list->items[i - 1].last + 1 == e->first &&
        list->items[i - 1].last - list->items[i - 1].first >= 2)
      e->type = team_or_place(x, e);
    /* whose a person is, named in full right after the possessive, is no
     * person but the team, the firm or the country the person is with
     * (Ferrari 's Michael Schumacher, Benetton's Jean Alesi) */
    if (e->type == VERBA_ENT_PERSON && i + 1 < list->n &&
        list->items[i + 1].type == VERBA_ENT_PERSON &&
        list->items[i + 1].last - list->items[i + 1].first >= 2 &&
        list->items[i + 1].first == ent_after_possessive(doc, e->last))
      e->type = team_or_place(x, e);
    /* a given name and at most one word after it, after a role, is a
     * person's, whatever place or thing the tagger took it for */
    if (e->type != VERBA_ENT_PERSON && e->last - e->first <= 2 && given_name_after_role(x, e))
      e->type = VERBA_ENT_PERSON;
    /* a name no list has as a place's or a firm's, and with no firm's
     * word, before an office after its comma is a person's (Shafi Niaz,
     * Chairman of the Agricultural Prices Commission) */
    if (e->type != VERBA_ENT_PERSON && office_appositive_at(x, e->last) &&
        !((e->last - e->first == 1 ? ent_names(x, e->first)
                                   : ent_phrase_of(x, e->first, e->last - e->first)) &
          (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION)) &&
        !has_firm_word(x, e->first, e->last))
      e->type = VERBA_ENT_PERSON;
    /* and one in apposition after a role in lower case (the lawyer, Gani
     * Fawehinmi, was held) */
    if (e->type != VERBA_ENT_PERSON && e->first >= 2 && doc->toks[e->first - 1].cp == ',' &&
        doc->toks[e->first - 1].len == 1 && ent_role_at(x, e->first - 2) &&
        !((e->last - e->first == 1 ? ent_names(x, e->first)
                                   : ent_phrase_of(x, e->first, e->last - e->first)) &
          (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION | GROUP_NAMES)) &&
        !has_firm_word(x, e->first, e->last))
      e->type = VERBA_ENT_PERSON;
    /* a listed place before a role in lower case is where the office is,
     * not who holds it (Former Pennsylvania governor Ed Rendell) */
    if (e->type == VERBA_ENT_PERSON && ent_role_at(x, e->last)) {
      size_t first = e->first;
      verba_names names;
      /* (past the titles before it, which leave the name later) */
      while (first + 1 < e->last && ent_is_title(x, first)) first++;
      names = e->last - first == 1 ? ent_names(x, first) : ent_phrase_of(x, first, e->last - first);
      if ((names & VERBA_NAME_PLACE) && !(names & PERSON_NAMES)) e->type = VERBA_ENT_PLACE;
    }
    /* and any name before such a role and a person's full name is the
     * team or the firm the person is with (Ferrari driver Michael
     * Schumacher, Gartner analyst Carolina Milanesi), unless a full name
     * itself (Johnny Cash manager Saul Holiff) */
    if ((e->type == VERBA_ENT_PERSON || e->type == VERBA_ENT_PLACE) && ent_role_at(x, e->last) &&
        i + 1 < list->n && list->items[i + 1].type == VERBA_ENT_PERSON &&
        list->items[i + 1].first == e->last + 1 &&
        list->items[i + 1].last - list->items[i + 1].first >= 2 &&
        !(e->last - e->first >= 2 && (ent_names(x, e->first) & GIVEN_NAMES))) {
      /* (a place the tagger saw, unlisted, before a role no office is: a
       * firm's, Amazon founder Jeff Bezos; not Smallville mayor John Smith) */
      if ((e->type == VERBA_ENT_PERSON && !persons_aide(x, e)) ||
          (e->type == VERBA_ENT_PLACE && !(ent_classes(x, e->last) & VERBA_LEX_NAME_TITLE)))
        e->type = team_or_place(x, e);
    }
    possessor_in_name(x, list, i);
    /* a title and a given name are a person's, whatever else the tagger
     * typed them (Prince Charles, Queen Mary; Sheikh Hamad bin Khalifa
     * al-Thani, a place's to the tagger), and an honorific and any name
     * (Sir Ode Marsh: the tagger reads Sir as a word of the name),
     * unless the lists have the whole as a place's or a body's (Prince
     * Albert, a town) */
    if ((e->type == VERBA_ENT_OTHER || e->type == VERBA_ENT_PLACE) && e->last - e->first >= 2 &&
        ent_is_title(x, e->first) &&
        ((ent_names(x, e->first + 1) & (VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE)) ||
         (ent_names(x, e->first) & VERBA_NAME_HONORIFIC)) &&
        !(ent_phrase_of(x, e->first, e->last - e->first) & NOT_PERSON_NAMES))
      e->type = VERBA_ENT_PERSON;
    /* a given name the lists have as nothing else and a family name or a
     * region's name after it are a person's, though the word be a place's
     * (Al Gore, Sarah Lancashire: places to the tagger), unless the lists
     * have the whole as a place's (George Town) or the word ends the names
     * of places, venues or bodies (Victoria Falls, the Nou Camp, Clarence
     * House, Bain Capital) */
    if (e->type == VERBA_ENT_PLACE && e->last - e->first == 2 && !(e->flags & VERBA_ENT_DECIDED) &&
        (ent_names(x, e->first) & (VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE)) &&
        !(ent_names(x, e->first) & (NOT_PERSON_NAMES | VERBA_NAME_AMBIGUOUS_NAME)) &&
        (doc->toks[e->first + 1].shape & VERBA_SHAPE_CAPITALIZED) &&
        !(doc->toks[e->first + 1].shape & VERBA_SHAPE_ALL_CAPS) &&
        (ent_names(x, e->first + 1) & (VERBA_NAME_SURNAME | VERBA_NAME_REGION_NAME)) &&
        !(ent_names(x, e->first + 1) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD)) &&
        !ent_facility_word(doc, e->first + 1) && !venue_word(doc, e->first + 1) &&
        !(ent_phrase_of(x, e->first, 2) & NOT_PERSON_NAMES))
      e->type = VERBA_ENT_PERSON;
    /* a month alone is a time, no place or body (the year to March) */
    if (e->last - e->first == 1 && (ent_names(x, e->first) & VERBA_NAME_MONTH) &&
        (e->type == VERBA_ENT_PLACE || e->type == VERBA_ENT_ORGANIZATION))
      e->type = VERBA_ENT_NTYPES;
    /* a credit rating is no name, nor part of the agency's before it or
     * the firm's after it (Moody's Aa2, BBB-minus Valero Energy Corp) */
    if (e->last - e->first > 1 && rating_at(doc, e->last - 1)) {
      e->last--;
      e->end = ent_name_end(doc, e->last - 1);
    }
    if (e->last - e->first > 1 && rating_at(doc, e->first)) {
      e->first++;
      e->start = doc->toks[e->first].start;
    }
    /* (nor a word the lists say names nothing: the earnings tables' Shr;
     * in the possessive too, looked up without its 's: 36 KO's) */
    if ((e->last - e->first == 1 &&
         (ent_grammar_word(x, e->first) || (ent_names(x, e->first) & VERBA_NAME_NOT_NAME) ||
          ((doc->toks[e->first].shape & VERBA_SHAPE_POSSESSIVE) &&
           (ent_phrase_of(x, e->first, 1) & VERBA_NAME_NOT_NAME)))) ||
        ent_only_initials(x, e) ||
        rating_at(doc, e->first) ||
        (e->type == VERBA_ENT_PERSON && (only_titles(x, e->first, e->last) ||
                                         ends_in_title(x, e->first, e->last))) ||
        (e->last - e->first == 1 && ent_title_acronym(x, e->first)))
      e->type = VERBA_ENT_NTYPES;
  }
}

/* Is mention e a name that may hold an ampersand written with no spaces:
 * no person's (M&S. Sales is a firm's name and a sentence), but for a
 * "person" of one word in capitals, ACRONYM_LETTERS at most, which names
 * no one (P&G, where the tagger saw a person G)? */
static int ampersand_kind(const verba_doc *doc, const verba_entity *e) {
  const verba_tok *t = &doc->toks[e->first];
  const unsigned char *s = doc->text.s + t->start;
  size_t k;
  if (e->type > VERBA_ENT_OTHER) return 0;
  if (e->type != VERBA_ENT_PERSON) return 1;
  if (e->last - e->first != 1 || t->kind != VERBA_WORD || t->len > ACRONYM_LETTERS) return 0;
  for (k = 0; k < t->len; k++)
    if (s[k] < 'A' || s[k] > 'Z') return 0;
  return 1;
}

int ent_own_possessive(const ent_text *x, size_t first, size_t last) {
  const verba_doc *doc = x->doc;
  verba_names whole;
  size_t before = first > 0 && ent_is_dot(doc, first - 1) ? first - 1 : first;
  /* (the name without its possessive: the tokens before one written
   * apart, Moody 's, or the last one's cut) */
  size_t stem = ent_possessive_s(doc, last - 1)         ? last - 2
                : ent_detached_apostrophe(doc, last - 1) ? last - 1
                                                         : last;
  if ((stem == last && !(doc->toks[last - 1].shape & VERBA_SHAPE_POSSESSIVE)) ||
      (before > 0 && ent_title_word(x, before - 1)))
    return 0;
  whole = last - first == 1 ? ent_names(x, first)
                            : ent_rules_names(x, ent_phrase_whole(doc, first, last - first));
  return (whole & VERBA_NAME_ORGANIZATION) &&
         !(ent_rules_names(x, ent_phrase(doc, first, stem - first)) & VERBA_NAME_ORGANIZATION);
}

void ent_names_written_whole(const ent_text *x, verba_entity_list *list) {
  const verba_doc *doc = x->doc;
  size_t i, out = 0, dropped = 0;
  for (i = 0; i < list->n; i++) {
    verba_entity *e = &list->items[i];
    /* two mentions on either side of one such ampersand are one name
     * (Brandt KW | & | T Corp) */
    if (out > 0 && ampersand_kind(doc, e) && ampersand_kind(doc, &list->items[out - 1]) &&
        list->items[out - 1].last + 1 == e->first && glued_ampersand(doc, e->first - 1)) {
      list->items[out - 1].last = e->last;
      list->items[out - 1].end = e->end;
      continue;
    }
    list->items[out++] = *e;
  }
  list->n = out;
  for (i = 0; i < list->n; i++) {
    verba_entity *e = &list->items[i];
    if (e->type == VERBA_ENT_NTYPES) continue;
    if (ampersand_kind(doc, e)) whole_ampersand_name(x, list, i);
    /* a name ending in a firm the lists have with its 's keeps it */
    if (e->type <= VERBA_ENT_OTHER && ent_own_possessive(x, e->first, e->last)) {
      const verba_tok *t = &doc->toks[e->last - 1];
      e->end = t->start + t->len;
      e->type = VERBA_ENT_ORGANIZATION;
    }
    dropped += take_slashed_suffix(x, list, i);
  }
  if (dropped == 0) return;
  /* (the mentions a suffix took in go) */
  for (i = out = 0; i < list->n; i++)
    if (list->items[i].type != VERBA_ENT_NTYPES) list->items[out++] = list->items[i];
  list->n = out;
}

void ent_abbreviation_dots(const ent_text *x, verba_entity_list *list) {
  const verba_doc *doc = x->doc;
  size_t i;
  for (i = 0; i < list->n; i++) {
    verba_entity *e = &list->items[i];
    size_t word = e->last - 1, dot = e->last;
    /* (not a dot the next mention holds: mentions stay apart) */
    if (e->type > VERBA_ENT_OTHER || dot >= doc->ntoks || !ent_is_dot(doc, dot) ||
        (i + 1 < list->n && list->items[i + 1].first <= dot) ||
        (doc->toks[dot].shape & VERBA_SHAPE_SPACED) || doc->toks[word].kind != VERBA_WORD ||
        !(doc->toks[word].shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS)) ||
        !(ent_stem_classes(x, word) & VERBA_LEX_ABBREV_GENERAL))
      continue;
    e->end = doc->toks[dot].start + 1;
    e->last = dot + 1;
  }
}

/* Indexes the words that open the mentions of list longer than one word
 * (Lotus of Lotus Development Corp), once: the first mention that asks
 * makes it. */
static int index_opening_words(const ent_text *x, const verba_entity_list *list,
                               ent_key_index *w) {
  size_t i;
  int rc;
  if (w->made) return VERBA_OK;
  rc = ent_key_index_reserve(x->doc, w, list->n);
  if (rc != VERBA_OK) return rc;
  for (i = 0; i < list->n; i++) {
    const verba_entity *m = &list->items[i];
    if (m->last - m->first > 1 && m->type < VERBA_ENT_NTYPES)
      w->keys[w->n++] = ent_word_key(x->doc, m->first);
  }
  ent_key_index_sort(w);
  return VERBA_OK;
}

/* Does a mention of the list w indexes, longer than one word, start with
 * word k's word (Lotus Development Corp, where k is Lotus)? */
static int opens_longer_mention(const ent_text *x, const ent_key_index *w, size_t k) {
  uint64_t key = ent_word_key(x->doc, k);
  size_t at = ent_key_index_from(w, key);
  return at < w->n && w->keys[at] == key;
}

/* Is mention i of list a name of one common word that opens a sentence or a
 * line, in no list, that the document never writes with a capital where
 * none is needed nor as the first word of a longer name? Its capital is
 * the place's, not a name's (Men's 400 metres; not Apple's results, where
 * the story writes Apple mid-sentence, nor Lotus said after Lotus
 * Development Corp). */
static int opener_common_word(const ent_text *x, const verba_entity_list *list, size_t i,
                              ent_key_index *w, int *rc) {
  const verba_entity *e = &list->items[i];
  const verba_tok *t = &x->doc->toks[e->first];
  return e->type <= VERBA_ENT_OTHER && e->last - e->first == 1 && t->kind == VERBA_WORD &&
         (t->shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
         !(t->shape & VERBA_SHAPE_ALL_CAPS) && !(ent_names(x, e->first) & LISTED_NAMES) &&
         ent_common_word(x, e->first) && !ent_written_capitalised(x, e->first) &&
         (*rc = index_opening_words(x, list, w)) == VERBA_OK &&
         !opens_longer_mention(x, w, e->first);
}

/* Is mention i of list a person's name of one common word between a
 * title and a person's name? It is the title's (Chief Executive Roberto
 * Goizueta). */
static int title_word_before_person(const ent_text *x, const verba_entity_list *list, size_t i) {
  const verba_entity *e = &list->items[i];
  return e->type == VERBA_ENT_PERSON && e->last - e->first == 1 && e->first > 0 &&
         i + 1 < list->n && list->items[i + 1].first == e->last &&
         list->items[i + 1].type == VERBA_ENT_PERSON && ent_is_title(x, e->first - 1) &&
         !ent_names(x, e->first) && ent_common_word(x, e->first);
}

/* Is mention i of list a person's name of common words alone, none a
 * given name nor a family name more than a common word, right before a
 * person's full name? The words are
 * that person's office, which the tagger read as a name of its own
 * (National Security Adviser John Poindexter; Chief Financial Officer
 * Tom Hale, Chief a title). */
static int office_before_person(const ent_text *x, const verba_entity_list *list, size_t i) {
  const verba_entity *e = &list->items[i], *next = i + 1 < list->n ? &list->items[i + 1] : NULL;
  size_t k;
  if (e->type != VERBA_ENT_PERSON || !next || next->first != e->last ||
      next->type != VERBA_ENT_PERSON || next->last - next->first < 2)
    return 0;
  for (k = e->first; k < e->last; k++) {
    verba_names names = ent_names(x, k);
    /* (not an initial: S Hussain Zaidi; nor a given name: Frank
     * Ruhstaller, the tagger's two names; a family name also a common
     * word is one: Officer) */
    if (x->doc->toks[k].len < 2 || !ent_common_word(x, k) || (names & GIVEN_NAMES) ||
        ((names & VERBA_NAME_SURNAME) && !(names & VERBA_NAME_AMBIGUOUS_NAME)))
      return 0;
  }
  return 1;
}

int ent_drop_common_words(const ent_text *x, verba_entity_list *list) {
  ent_key_index w;
  size_t i, out = 0;
  int rc = VERBA_OK;
  memset(&w, 0, sizeof w);
  /* (marked first: a mention's test reads the others; out of memory,
   * ent_find empties the list) */
  for (i = 0; i < list->n && rc == VERBA_OK; i++)
    if (title_word_before_person(x, list, i) || office_before_person(x, list, i) ||
        opener_common_word(x, list, i, &w, &rc))
      list->items[i].type = VERBA_ENT_NTYPES;
  ent_key_index_free(x->doc, &w);
  if (rc != VERBA_OK) return rc;
  for (i = 0; i < list->n; i++)
    if (list->items[i].type != VERBA_ENT_NTYPES) list->items[out++] = list->items[i];
  list->n = out;
  return VERBA_OK;
}
