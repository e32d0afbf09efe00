/* Organisation names and the names around them (organisations.c): passes
 * of ent_name_rules over the tagger's names, in its order of trust:
 *   - possessors: a listed place or firm in the possessive is a name of
 *     its own (Japan's Finance Ministry);
 *   - office holders: a place, an organisation or a people run into a
 *     person's name over a title or after an office's "of" is a name of
 *     its own (Labour MP Jo Cox, Governor of Washington Chris Gregoire);
 *   - names over "and": a firm's whose head word follows it (Cable and
 *     Wireless Plc), an office's after "of" (Department of Trade and
 *     Industry);
 *   - coordinated names: a name the tagger ran over "and" is two when
 *     both sides are known names and the whole is not (Deutsche Bank and
 *     Commerzbank; not the Newfoundland and Labrador Court of Appeal);
 *   - organisation names by their head words (Holdings Ltd, Ministry of,
 *     and Co) and acronyms in brackets after them.
 * Each decides what it finds (VERBA_ENT_DECIDED). */
#include <string.h>
#include "rules.h"

/* ---- Names after the noun of their kind ------------------------------------------------ */

/* Tokens of an organisation's name after the noun of its kind, at most. */
#define KIND_NAME_WORDS 6

/* Is token k a word of a name after the noun of its kind: capitalised,
 * or a name with its particle in lower case (the daily al-Qabas)? */
static int kind_name_word(const rules *r, size_t k) {
  return capital_word(r->doc, k) || ent_hyphened_particle_name(r->doc, k);
}

/* Is token k, such a word in its sentence, one that can open a name
 * after the noun of its kind: no word of grammar, given name (the lists';
 * but in capitals in prose an acronym's: the news agency HINA), title or
 * word of a gender (watchdog Sir Philip Mawer), month or weekday (the
 * daily Monday meeting), nor in a line in capitals? */
static int opens_kind_name(const rules *r, size_t k) {
  verba_names given = (r->doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) ? 0 : GIVEN_NAMES;
  return kind_name_word(r, k) && ent_goes_on(r->doc, k) && !ent_grammar_word(r->x, k) &&
         !(ent_names(r->x, k) & (given | VERBA_NAME_MONTH | VERBA_NAME_WEEKDAY)) &&
         !ent_title_word(r->x, k) &&
         !(ent_classes(r->x, k) & (VERBA_LEX_MALE | VERBA_LEX_FEMALE)) &&
         !ent_in_caps_line(r->x, k);
}

/* The end of the name that opens at token first: capitalised words in
 * its sentence, over "&" (Procter & Gamble), up to one in the possessive
 * (the band Oasis's album). */
static size_t kind_name_end(const rules *r, size_t first) {
  const verba_doc *doc = r->doc;
  size_t end = first + 1;
  while (end < doc->ntoks && end - first < KIND_NAME_WORDS && ent_goes_on(doc, end) &&
         !(doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE)) {
    if (doc->toks[end].cp == '&' && end + 1 < doc->ntoks && capital_word(doc, end + 1))
      end += 2;
    else if (kind_name_word(r, end) && !ent_grammar_word(r->x, end))
      end++;
    else
      break;
  }
  return end;
}

/* The capitalised words right after a noun in lower case for a kind of
 * organisation (org_noun: the band, carmaker, the newspaper, insurer)
 * are the organisation's name, whatever the tagger made of them (the
 * metal band Van Canto was a person, record label Motown Records other),
 * past an article's "The" (the newspaper The Times: Times); not after the
 * noun in the possessive (the band's Liam). */
/* Is token k a noun in lower case, not in the possessive, of one of the
 * name classes kinds? */
static int kind_noun(const rules *r, size_t k, verba_names kinds) {
  const verba_tok *noun = &r->doc->toks[k];
  return noun->kind == VERBA_WORD && (noun->shape & VERBA_SHAPE_LOWER) &&
         !(noun->shape & VERBA_SHAPE_POSSESSIVE) && (ent_names(r->x, k) & kinds);
}

/* Words of a noun phrase before its noun, at most, read back to its
 * article or its preposition. */
#define PHRASE_WORDS 6

/* Is the noun at token noun, in lower case, the end of a phrase that is a
 * person's complement: "of", "in" or "at" before the phrase, its article or
 * possessive, and before that a noun in lower case of no organisation's
 * (the head of its foreign exchange department; the chairman of the MCB's
 * public affairs committee; not a unit of the bank, the ministry's)? */
static int in_a_role_phrase(const rules *r, size_t noun) {
  const verba_doc *doc = r->doc;
  size_t j = noun, prep;
  while (j > 0 && noun - j < PHRASE_WORDS) {
    j--;
    if (doc->toks[j].kind != VERBA_WORD) return 0;
    if (ent_classes(r->x, j) & (VERBA_LEX_DETERMINER | VERBA_LEX_ARTICLE |
                                VERBA_LEX_POSSESSIVE_PRONOUN))
      break;
    if (is_word(doc, j, "of") || is_word(doc, j, "in") || is_word(doc, j, "at")) {
      j++;
      break;
    }
  }
  if (j < 2) return 0;
  prep = j - 1;
  return (is_word(doc, prep, "of") || is_word(doc, prep, "in") || is_word(doc, prep, "at")) &&
         doc->toks[prep - 1].kind == VERBA_WORD && (doc->toks[prep - 1].shape & VERBA_SHAPE_LOWER) &&
         !(ent_names(r->x, prep - 1) & (VERBA_NAME_ORG_NOUN | VERBA_NAME_ORG_KEYWORD));
}

/* Is the name [first, end) after a noun of organisations and a comma one
 * in apposition to it: followed by a comma, a full stop, a semicolon or a
 * closing bracket, of words the lists have as no person's or place's (the
 * rural affairs ministry, Defra.; not At the bank, Jones, the manager,
 * said), after a noun of no person's role's complement (the head of the
 * Naftohaz company, Yury Boyko)? */
static int apposed_kind_name(const rules *r, size_t first, size_t end) {
  const verba_doc *doc = r->doc;
  unsigned c = end < doc->ntoks ? doc->toks[end].cp : '.';
  return (c == ',' || c == '.' || c == ';' || c == ')') &&
         !(ent_names_of(r, first, end) & (PERSON_NAMES | VERBA_NAME_PLACE)) &&
         !in_a_role_phrase(r, first - 2);
}

int ent_named_by_kind(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k, first;
  int rc = VERBA_OK;
  /* (from a word with a capital to the next, the daily al-Qabas's too:
   * most have no such noun before them) */
  for (k = ent_next_bit(r->x->capped, doc->ntoks, 1); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_bit(r->x->capped, doc->ntoks, k + 1)) {
    /* (or a noun of organisations' names and a comma: the ministry, Defra) */
    int apposed = k >= 2 && doc->toks[k - 1].cp == ',' &&
                  kind_noun(r, k - 2, VERBA_NAME_ORG_NOUN | VERBA_NAME_ORG_KEYWORD);
    if (!apposed && !kind_noun(r, k - 1, VERBA_NAME_ORG_NOUN)) continue;
    first = is_word(doc, k, "the") && k + 1 < doc->ntoks ? k + 1 : k;
    if (!opens_kind_name(r, first)) continue;
    k = kind_name_end(r, first);
    /* (a place's name alone is the place's: the daily U.S. output) */
    if ((k - first > 1 || !(ent_names(r->x, first) & VERBA_NAME_PLACE)) &&
        (!apposed || apposed_kind_name(r, first, k)))
      rc = ent_add_decided(r, first, k, VERBA_ENT_ORGANIZATION, 0);
    k--;
  }
  return rc;
}

/* ---- Coordinated names ------------------------------------------------------------------ */

static int is_and(const verba_doc *doc, size_t k) { return is_word(doc, k, "and"); }

/* Is token k a capitalised word that makes a name an organisation (the
 * org_head class of data/en/organisations/org_heads.tsv: Ltd, Party,
 * Union), or one of class org_head_of before "of" and a capitalised word
 * (the Court of Appeal, the Office of the Prime Minister)? */
static int org_head_at(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  verba_names names;
  size_t after;
  if (!capital_word(doc, k)) return 0;
  names = ent_names(r->x, k);
  if (names & VERBA_NAME_ORG_HEAD) return 1;
  if (!(names & VERBA_NAME_ORG_HEAD_OF) || k + 2 >= doc->ntoks || !is_word(doc, k + 1, "of"))
    return 0;
  after = is_word(doc, k + 2, "the") ? k + 3 : k + 2;
  return after < doc->ntoks && capital_word(doc, after) &&
         !(doc->toks[after].shape & VERBA_SHAPE_LINE_START);
}

/* The end of the head words from token k on (Holdings Ltd), k if none. */
static size_t heads_end(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  while (k < doc->ntoks && org_head_at(r, k) && !is_covered(r->covered, k) &&
         !(doc->toks[k].shape & VERBA_SHAPE_LINE_START))
    k++;
  return k;
}

/* Are tokens a and b the same head word (Citizens Bank and Canal Bank:
 * two banks)? */
static int same_head(const verba_doc *doc, size_t a, size_t b) {
  return b < doc->ntoks && doc->toks[a].len == doc->toks[b].len &&
         memcmp(doc->text.s + doc->toks[a].start, doc->text.s + doc->toks[b].start,
                doc->toks[a].len) == 0;
}

/* A firm's name runs on past a head word at token end to a later one
 * over capitalised words in its sentence that no mention holds
 * (Wedgestone Realty Investors Trust, On-Line Software International Inc,
 * U.S. Minerals Exploration Co), or over "and" and one common word
 * (International Minerals and Chemical Corp, Odin Mining and Investment Co
 * Ltd; not Barclays Bank and Lloyds Bank, nor Citizens Bank and Canal
 * Bank, two firms): the end of the later
 * head words, or end. */
static size_t later_head_end(const rules *r, size_t end) {
  const verba_doc *doc = r->doc;
  size_t k = end, words;
  /* (not in a line in capitals, whose verbs are capitalised too: TECHNIMED
   * CORP SAID COMPANY) */
  if (ent_in_caps_line(r->x, end - 1)) return end;
  if (k + 1 < doc->ntoks && (is_and(doc, k) || doc->toks[k].cp == '&') &&
      !(doc->toks[k + 1].shape & VERBA_SHAPE_LINE_START)) {
    /* (after a firm's suffix, "and" opens the next firm's name: Bayliner
     * Marine Corp and Ray Industries Inc) */
    if (ent_firm_abbreviation(r->x, end - 1) || same_head(doc, end - 1, k + 2) ||
        !capital_word(doc, k + 1) || !ent_common_word(r->x, k + 1) || org_head_at(r, k + 1) ||
        is_covered(r->covered, k + 1) || !org_head_at(r, k + 2) || is_covered(r->covered, k + 2))
      return end;
    return heads_end(r, k + 2);
  }
  for (words = 0; k < doc->ntoks && words < NAME_WORDS && capital_word(doc, k) &&
                  !org_head_at(r, k) && !is_covered(r->covered, k) &&
                  !(doc->toks[k].shape & (VERBA_SHAPE_LINE_START | VERBA_SHAPE_SENTENCE_START)) &&
                  !(doc->toks[k - 1].shape & VERBA_SHAPE_POSSESSIVE);
       k++, words++) {}
  if (words == 0 || k >= doc->ntoks || !org_head_at(r, k) || is_covered(r->covered, k) ||
      (doc->toks[k].shape & VERBA_SHAPE_LINE_START) ||
      (doc->toks[k - 1].shape & VERBA_SHAPE_POSSESSIVE))
    return end;
  return heads_end(r, k);
}

/* Is token k an acronym: two to six capitals alone (ASA, NSPA)? */
static int acronym_word(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t i;
  if (t->kind != VERBA_WORD || t->len < 2 || t->len > 6) return 0;
  for (i = 0; i < t->len; i++)
    if (s[i] < 'A' || s[i] > 'Z') return 0;
  return 1;
}

static int organisation_name(const rules *r, size_t first, size_t last);
static int headed_before_of(const rules *r, size_t first, size_t last);

/* Where the tagger's name e goes on at a coordinating "and" (token k)
 * into a second name, is it two: both known to the gazetteer (the whole
 * not), both organisations' names by their words (the Medical Association
 * and the College of Surgeons), the first ended by a firm's abbreviated
 * suffix, or an acronym alone before it (the ASA and National Soybean
 * Processors Association)? second: the second name's first token. */
static int two_names_at_and(const rules *r, const verba_entity *e, size_t k, size_t second) {
  const verba_doc *doc = r->doc;
  return (ent_names_of(r, e->first, k) && ent_names_of(r, second, e->last)) ||
         (org_head_at(r, k - 1) && org_head_at(r, e->last - 1)) ||
         /* (a firm's abbreviated suffix ends the first: Salomon Brothers
          * Inc and Merrill Lynch) */
         ent_firm_abbreviation(r->x, k - 1) ||
         /* (a head word ends the first, and the lists have the second
          * whole as an organisation's: the Finance Ministry and the
          * Bundesbank) */
         (org_head_at(r, k - 1) && (ent_names_of(r, second, e->last) & VERBA_NAME_ORGANIZATION)) ||
         /* (an organisation's name before it, one headed before "of" after
          * it and "the" or such a name before it: the Ministry of Finance
          * and the Bank of Tokyo; not the Savings Bank and Trust of Corlan) */
         (second + 2 < e->last && org_head_at(r, second) && is_word(doc, second + 1, "of") &&
          organisation_name(r, e->first, k) &&
          (second > k + 1 || headed_before_of(r, e->first, k) ||
           (ent_names_of(r, e->first, k) & VERBA_NAME_ORGANIZATION))) ||
         /* (not where a head word other than the one before "and" follows
          * it: the Private Bank and Trust of Zurich is one) */
         (org_head_at(r, k - 1) && organisation_name(r, second, e->last) &&
          !(org_head_at(r, second) && !same_head(doc, k - 1, second))) ||
         (k == e->first + 1 && second == k + 1 && acronym_word(doc, e->first) &&
          e->last - k > 2 && doc->toks[k + 1].len > 1);
}

/* Where the tagger's name e goes on at "for" (token k) into a name of its
 * own, is it two: a name's word opening what follows (no common word, no
 * month: the Commerce Department for November), and there a name the
 * lists know as an organisation's and not as a country's or a region's
 * (the Premier League for Chelsea), or before it one they know whole,
 * with no title ending it (the Republican Party for Hillary Clinton; not
 * an MP for Witney), or a firm's abbreviation ending it (Trans World
 * Airlines Inc for DOT)? Not what follows an organisation's "for" in its
 * own name: the words of its purpose (the Court of Arbitration for Sport,
 * the Office for National Statistics) or a place (the Commission for
 * Africa, Transport for London, Airlines for America). A word that is a
 * common one too counts as no name here, as an acronym does not. */
static int two_names_at_for(const rules *r, const verba_entity *e, size_t k) {
  verba_names after = ent_names_of(r, k + 1, e->last), before;
  if ((ent_common_word(r->x, k + 1) && !(r->doc->toks[k + 1].shape & VERBA_SHAPE_ALL_CAPS)) ||
      (ent_names(r->x, k + 1) & (ENT_NUMERIC_STARTS | VERBA_NAME_AMBIGUOUS_NAME)) ||
      (after & (VERBA_NAME_COUNTRY | VERBA_NAME_REGION_NAME | VERBA_NAME_AMBIGUOUS_NAME)))
    return 0;
  if (after & VERBA_NAME_ORGANIZATION) return 1;
  if (after & VERBA_NAME_PLACE) return 0;
  before = ent_names_of(r, e->first, k);
  return ent_firm_abbreviation(r->x, k - 1) ||
         ((before & (VERBA_NAME_ORGANIZATION | VERBA_NAME_PLACE)) &&
          !(before & VERBA_NAME_AMBIGUOUS_NAME) && !ent_is_title(r->x, k - 1));
}

/* Is the tagger's name e a place's before its "for" (token k): one the
 * lists have, or one a building's or a square's word ends (Leicester
 * Square)? No place is named with a "for" (the Commission for Africa is a
 * body's name). */
static int place_before_for(const rules *r, const verba_entity *e, size_t k) {
  verba_names before = ent_names_of(r, e->first, k);
  return ((before & VERBA_NAME_PLACE) || (k - e->first > 1 && ent_facility_word(r->doc, k - 1))) &&
         !(before & VERBA_NAME_ORGANIZATION) && !org_head_at(r, k - 1);
}

/* The type of the second part of a name of the tagger's of type whole,
 * tokens [first, last): an organisation where the lists know one, a
 * person where a given name or a famous person's name opens it and no
 * word of it names an organisation, nor a place only (the Republican
 * Party | for | Hillary Clinton), else the whole's. */
static enum verba_entity_type part_type(const rules *r, enum verba_entity_type whole,
                                        size_t first, size_t last) {
  size_t k;
  if (ent_names_of(r, first, last) & VERBA_NAME_ORGANIZATION) return VERBA_ENT_ORGANIZATION;
  if (!(ent_names(r->x, first) & GIVEN_NAMES) && !ent_known_person(r->x, first)) return whole;
  for (k = first; k < last; k++) {
    verba_names names = ent_names(r->x, k);
    /* (a place's name that is a surname too may be one: Clinton) */
    if ((names & (VERBA_NAME_ORGANIZATION | VERBA_NAME_ORG_KEYWORD)) ||
        ((names & VERBA_NAME_PLACE) && !(names & PERSON_NAMES)))
      return whole;
  }
  return VERBA_ENT_PERSON;
}

/* The type of the second part, tokens [first, last), of the tagger's
 * name e split at token cut, its first part's end: after a firm's
 * abbreviated suffix and "and", a firm's name too unless the lists have a
 * place's (Hill Richards Inc and Piper, Jaffray; F. Man Ltd and Singapore),
 * else part_type's. */
static enum verba_entity_type after_firm_type(const rules *r, const verba_entity *e, size_t cut,
                                              size_t first, size_t last) {
  if (cut >= 2 && ent_firm_abbreviation(r->x, cut - 1) && is_and(r->doc, cut))
    return ent_names_of(r, first, last) & VERBA_NAME_PLACE ? VERBA_ENT_PLACE
                                                           : VERBA_ENT_ORGANIZATION;
  return part_type(r, e->type, first, last);
}

/* Cuts mention i of the list at token cut, its words from second to its
 * old end a mention of their own, of type type (second >= cut: the words
 * between, an "and" or a "for", are neither's). The list may move: an
 * item is read again by its index after. */
static int split_mention(rules *r, size_t i, size_t cut, size_t second,
                         enum verba_entity_type type) {
  const verba_doc *doc = r->doc;
  verba_entity *e = &r->list->items[i];
  size_t last = e->last;
  e->last = cut;
  e->end = ent_name_end(doc, cut - 1);
  return ent_add(r->list, doc, second, last, doc->toks[second].start,
                 ent_name_end(doc, last - 1), type);
}

/* Splits the tagger's names at an "and" or a "for" between two names
 * (two_names_at_and, two_names_at_for): the second part is added. */
int ent_coordinated(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i, k;
  int rc = VERBA_OK;
  for (i = 0; i < r->sorted && rc == VERBA_OK; i++) {
    verba_entity *e = &r->list->items[i];
    if (e->type > VERBA_ENT_OTHER || e->last - e->first < 3 ||
        ent_names_of(r, e->first, e->last))
      continue;
    for (k = e->first + 1; k + 1 < e->last; k++) {
      size_t last = e->last, second = k + 1;
      int place = 0;
      if (!capital_word(doc, k - 1)) continue;
      if (is_and(doc, k)) {
        /* (the name after "and the" opens past "the") */
        if (is_word(doc, second, "the") && second + 1 < last) second++;
        if (!capital_word(doc, second)) continue;
        /* Arthur Andersen and Co: one name, a firm's (a lone Co is none) */
        if (last == k + 2 && org_head_at(r, k + 1)) {
          e->type = VERBA_ENT_ORGANIZATION;
          e->flags |= VERBA_ENT_DECIDED;
          break;
        }
        if (!two_names_at_and(r, e, k, second)) continue;
      } else if (is_word(doc, k, "for") && place_before_for(r, e, k)) {
        /* (a place's name before "for the", one the lists have or one a
         * building's or a square's word ends: the place, and the rest a
         * name of its own past "the", Leicester Square for the UK
         * premiere) */
        if (is_word(doc, second, "the") && second + 1 < last) second++;
        if (!capital_word(doc, second)) continue;
        place = 1;
      } else if (!is_word(doc, k, "for") || !capital_word(doc, second) ||
                 !two_names_at_for(r, e, k)) {
        continue;
      }
      rc = split_mention(r, i, k, second, after_firm_type(r, e, k, second, last));
      /* (set after the list may have moved: e is its item still) */
      if (place) r->list->items[i].type = VERBA_ENT_PLACE;
      break;
    }
  }
  return rc;
}

/* Do tokens [first, last) spell the acronym token k is, as the wire
 * writes an agency's after its name with no brackets (the Saudi Press
 * Agency SPA, Iraqi News Agency INA): the first letters of their
 * capitalised words, two at least, words of grammar skipped? */
static int spelled_by(const rules *r, size_t first, size_t last, size_t k) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t j, n = 0;
  if (t->kind != VERBA_WORD || !(t->shape & VERBA_SHAPE_ALL_CAPS) || t->len < 2) return 0;
  for (j = first; j < last; j++) {
    if (!capital_word(doc, j)) {
      if (ent_grammar_word(r->x, j)) continue;
      return 0;
    }
    if (n >= t->len || s[n] != doc->text.s[doc->toks[j].start]) return 0;
    n++;
  }
  return n >= 2 && n == t->len;
}

/* Splits the acronym off a name of the tagger's that ends in it (the
 * Saudi Press Agency | SPA said): the acronym is a mention of its own, of
 * the name's type. Not a firm's abbreviated suffix (Crystal Oil CO), nor
 * in a line in capitals, where every word looks an acronym. */
int ent_trailing_acronyms(rules *r) {
  size_t i;
  int rc = VERBA_OK;
  for (i = 0; i < r->sorted && rc == VERBA_OK; i++) {
    verba_entity *e = &r->list->items[i];
    size_t last = e->last;
    if (e->type > VERBA_ENT_OTHER || last - e->first < 3 ||
        !spelled_by(r, e->first, last - 1, last - 1) || ent_firm_abbreviation(r->x, last - 1) ||
        ent_in_caps_line(r->x, last - 1))
      continue;
    rc = split_mention(r, i, last - 1, last - 1, e->type);
  }
  return rc;
}

/* Is token k an auxiliary or a modal verb in lower case, which opens the
 * predicate of a clause after its subject (Taiwan would respond; Iran had
 * agreed)? A closed class. */
static int auxiliary_verb(const verba_doc *doc, size_t k) {
  static const char *const words[] = {"is",   "was",   "are",   "were", "has",    "had",
                                      "have", "would", "will",  "could", "can",   "may",
                                      "might", "should", "must", "did",  "does"};
  return k < doc->ntoks && (doc->toks[k].shape & VERBA_SHAPE_LOWER) && IS_WORD_OF(doc, k, words);
}

/* Where the tagger's name e runs on from the one spoken to, after a verb
 * whose object is its addressee (class addressee_cue: told, tells), into
 * the subject of the clause told, "that" left out, whose auxiliary
 * follows it (told Reuters | Taiwan would respond; told AFP | Iran had
 * agreed; not told BBC Newcastle.): the token its first words end at, a
 * name the lists have as an organisation's, the longest, where the whole
 * is no listed name and the rest opens with a name's word (no head word,
 * nor a common word unless the rest is a listed name: Reuters Television
 * is one, Reuters | Chile two); else e->first. */
static size_t addressee_end(const rules *r, const verba_entity *e) {
  const verba_doc *doc = r->doc;
  size_t cut, k = e->first - 1;
  if (e->first == 0 || e->last - e->first < 2 || !(doc->toks[k].shape & VERBA_SHAPE_LOWER) ||
      !(ent_classes(r->x, k) & VERBA_LEX_ADDRESSEE_CUE) || !auxiliary_verb(doc, e->last) ||
      ent_names_of(r, e->first, e->last))
    return e->first;
  for (cut = e->last - 1; cut > e->first; cut--)
    if (ent_names_of(r, e->first, cut) & VERBA_NAME_ORGANIZATION) break;
  if (cut == e->first || !capital_word(doc, cut) || org_head_at(r, cut) ||
      (ent_common_word(r->x, cut) &&
       !(ent_names_of(r, cut, e->last) & (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION))))
    return e->first;
  return cut;
}

/* Splits the tagger's names that run on from an addressee into the clause
 * told (addressee_end): the addressee an organisation, decided; the rest
 * a name of its own, a place's or an organisation's where the lists say
 * so, else of the whole's type. */
int ent_addressed_names(rules *r) {
  size_t i;
  int rc = VERBA_OK;
  for (i = 0; i < r->sorted && rc == VERBA_OK; i++) {
    verba_entity *e = &r->list->items[i];
    size_t cut, last = e->last;
    verba_names rest;
    enum verba_entity_type type = e->type;
    if (e->type > VERBA_ENT_OTHER || (e->flags & VERBA_ENT_DECIDED) ||
        (cut = addressee_end(r, e)) == e->first)
      continue;
    rest = ent_names_of(r, cut, last);
    if (rest & VERBA_NAME_ORGANIZATION) type = VERBA_ENT_ORGANIZATION;
    else if (rest & VERBA_NAME_PLACE) type = VERBA_ENT_PLACE;
    e->type = VERBA_ENT_ORGANIZATION;
    e->flags |= VERBA_ENT_DECIDED;
    cover(r->decided, e->first, cut);
    rc = split_mention(r, i, cut, cut, type);
  }
  return rc;
}

/* ---- Organisation names -------------------------------------------------------------- */

/* Is token k a particle in lower case that other languages' names of
 * organisations use as English uses "of" (Banco di Sicilia, Banco de
 * Bilbao, Caisse des Depots)? */
static int foreign_of(const rules *r, size_t k) {
  return (r->doc->toks[k].shape & VERBA_SHAPE_LOWER) &&
         (ent_names(r->x, k) & VERBA_NAME_NAME_PARTICLE) && r->doc->toks[k].len <= 5;
}

/* Is token k, capitalised, a head that opens organisations' names in
 * other languages, the name after it (Companhia Vale do Rio Doce,
 * Compagnie Generale des Eaux, Banco Bilbao Vizcaya)? Each is in
 * org_heads.tsv too. */
static int opening_head(const verba_doc *doc, size_t k) {
  static const char *const heads[] = {"companhia", "compania", "compagnie", "banco", "banque",
                                      "banca", "grupo", "groupe", "gruppo", "societe",
                                      "sociedad", "sociedade", "caisse", "cassa"};
  return capital_word(doc, k) && !(doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) &&
         IS_WORD_OF(doc, k, heads);
}

/* Tokens of a name an opening head begins, at most (Companhia Vale do
 * Rio Doce). */
#define OPENED_NAME_TOKENS 6

/* An opening head and the capitalised words after it in its sentence,
 * over the particles another language joins them with (do, des, di), and
 * a firm's abbreviated suffix after them, are one organisation's name,
 * where the tagger saw it in pieces or as a person's (Companhia Vale | Rio
 * Doce; Banque | Nationale de Paris; Banco do | Brasil SA). */
/* Grows the organisation a rule found right after the head word k, a
 * listed firm's name, back over the head: it is the rest of the name
 * (Banque | Paribas Capital Markets). */
static void head_before_firm(rules *r, size_t k) {
  size_t m = ent_mention_holding(r, k + 1);
  verba_entity *e;
  if (m >= r->list->n || is_covered(r->covered, k)) return;
  e = &r->list->items[m];
  if (e->first != k + 1 || e->type != VERBA_ENT_ORGANIZATION) return;
  e->first = k;
  e->start = r->doc->toks[k].start;
  cover(r->covered, k, k + 1);
  cover(r->decided, k, k + 1);
}

int ent_opened_names(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    size_t end = k + 1, last = end;
    /* (the head's class first, a bit's test: most capitals fail it; over
     * the tagger's mentions, not a rule's) */
    if (!(ent_names(r->x, k) & VERBA_NAME_ORG_HEAD) || !opening_head(doc, k) ||
        is_covered(r->decided, k))
      continue;
    if (end < doc->ntoks && is_covered(r->decided, end)) {
      head_before_firm(r, k);
      continue;
    }
    /* (not into a title and the name after it: Societe Generale |
     * President Marc Vienot; a firm's abbreviated suffix ends it: Banco do
     * Brasil SA) */
    while (end < doc->ntoks && end - k < OPENED_NAME_TOKENS && ent_goes_on(doc, end) &&
           !is_covered(r->decided, end) && !ent_title_word(r->x, end)) {
      if (ent_firm_abbreviation(r->x, end) ||
          ((ent_names(r->x, end) & VERBA_NAME_ORG_HEAD) &&
           (doc->toks[end].shape & VERBA_SHAPE_ALL_CAPS))) {
        last = ++end;
        break;
      } else if (capital_word(doc, end) && !(doc->toks[end].shape & VERBA_SHAPE_ALL_CAPS)) {
        last = ++end;
        if (doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE) break;
      } else if (foreign_of(r, end) && end + 1 < doc->ntoks && capital_word(doc, end + 1)) {
        end++;
      } else {
        break;
      }
    }
    if (last - k < 2 || !ent_mentions_within(r, k, last)) continue;
    rc = ent_add_decided(r, k, last, VERBA_ENT_ORGANIZATION, 0);
    k = last - 1;
  }
  return rc;
}

/* Does the name of tokens [first, last) say it is an organisation: it ends
 * in an organisation's word (Transport Workers Union) or one stands before
 * "of" in it (Bank of England)? Not where the whole is a known place
 * (Soviet Union). */
static int organisation_name(const rules *r, size_t first, size_t last) {
  if (ent_names_of(r, first, last) & VERBA_NAME_PLACE) return 0;
  /* (not a firm's suffix in capitals alone: J Fourie (SA)) */
  if (org_head_at(r, last - 1))
    return last - first > 1 || !(r->doc->toks[first].shape & VERBA_SHAPE_ALL_CAPS);
  return headed_before_of(r, first, last);
}

/* Does an organisation's word stand before "of" (or another language's)
 * in the name of tokens [first, last) (Bank of England)? */
static int headed_before_of(const rules *r, size_t first, size_t last) {
  size_t k;
  for (k = first; k + 2 < last; k++)
    if (org_head_at(r, k) && (is_word(r->doc, k + 1, "of") || foreign_of(r, k + 1))) return 1;
  return 0;
}

/* Is word k a compound with a word in lower case after at least prefix
 * bytes (Taiwan-based, Stanikzai-led; B-minus with 1): an adjective, no
 * name's word? */
static int lower_compound(const verba_doc *doc, size_t k, size_t prefix) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t i;
  for (i = prefix; i + 1 < t->len; i++)
    if (s[i] == '-' && s[i + 1] >= 'a' && s[i + 1] <= 'z') return 1;
  return 0;
}

/* Can token k open an organisation's name found by its last word: a
 * capitalised word, not the "Acme" of "Acme's", no compound in lower case
 * after a word (Taiwan-based; after a letter it is a brand's: E-tron
 * Corp), and not a known word only capitalised because it opens the
 * sentence (Yesterday Acme Ltd ...; but an acronym in a line not in
 * capitals: ITT Corp said; and any word but one of grammar opening a line
 * in capitals, where every word is: APPLIED SOLAR ENERGY CORP), nor a
 * possessive pronoun that a headline in title case capitalises (To
 * Expand Their Movement)? */
static int opens_org_name(const rules *r, size_t k) {
  const verba_tok *t = &r->doc->toks[k];
  if (!capital_word(r->doc, k) || is_covered(r->covered, k) ||
      (t->shape & VERBA_SHAPE_POSSESSIVE) || lower_compound(r->doc, k, 2) ||
      ((ent_classes(r->x, k) & VERBA_LEX_POSSESSIVE_PRONOUN) && !(t->shape & VERBA_SHAPE_ALL_CAPS)))
    return 0;
  return !(t->shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) ||
         !ent_known_word(r->x, k) ||
         ent_names(r->x, k) ||
         (acronym_word(r->doc, k) && !ent_in_caps_line(r->x, k) && !ent_grammar_word(r->x, k)) ||
         (ent_in_caps_line(r->x, k) && !ent_grammar_word(r->x, k));
}

/* Can token k, a known word opening its sentence, open a firm's name
 * that ends in a firm's suffix, with another word between (International
 * Paper Co said; General Host Corp, a title's word too): no word of
 * grammar, no word that opens sentences or fills them (Yesterday,
 * Meanwhile), no inflected form (Called), no abbreviated title (Mr) or
 * role (Analysts), not in a line in capitals (opens_org_name reads
 * those)? */
static int opens_firm_at_start(const rules *r, size_t k) {
  const verba_tok *t = &r->doc->toks[k];
  return (t->shape & VERBA_SHAPE_SENTENCE_START) && capital_word(r->doc, k) &&
         !is_covered(r->covered, k) && !(t->shape & VERBA_SHAPE_POSSESSIVE) &&
         !ent_grammar_word(r->x, k) && !ent_in_caps_line(r->x, k) &&
         !(t->entry & VERBA_LEX_INFLECTED) &&
         !(ent_classes(r->x, k) & (VERBA_LEX_SENTENCE_OPENER | VERBA_LEX_FILLER |
                                   VERBA_LEX_PERSON_ROLE | VERBA_LEX_ABBREV_TITLE));
}

/* Is word k, capitalised, a noun for a leader's government or tenure in
 * lower case (class tenure_noun: the Reagan Administration is Reagan's,
 * no firm Reagan Administration)? */
static int tenure_head(const rules *r, size_t k) {
  const verba_tok *t = &r->doc->toks[k];
  const verba_lexicon *lx = &r->doc->config->lexicon;
  return (verba_lex_names(lx, verba_lex_find(lx, (const char *)r->doc->text.s + t->start, t->len,
                                             VERBA_CASE_LOWER)) &
          VERBA_NAME_TENURE_NOUN) != 0;
}

/* mention_ending_at's persons: a person's name of one word only, which
 * opens a firm's name as often (Quinby, then Industries; Clinton, then
 * Foundation). */
#define ONE_WORD_PERSONS 2

/* The tagger's name whose tokens end at k (not a person's unless persons,
 * 1, or of one word for ONE_WORD_PERSONS; not given a type by another
 * rule than this one), or r->sorted. */
static size_t mention_ending_at(const rules *r, size_t k, int persons) {
  size_t lo = ent_mention_ending_at(r, k);
  if (lo < r->sorted && r->list->items[lo].type <= VERBA_ENT_OTHER &&
      (persons == 1 || r->list->items[lo].type != VERBA_ENT_PERSON ||
       (persons == ONE_WORD_PERSONS && r->list->items[lo].last - r->list->items[lo].first == 1)) &&
      (!(r->list->items[lo].flags & VERBA_ENT_DECIDED) ||
       r->list->items[lo].type == VERBA_ENT_ORGANIZATION))
    return lo;
  return r->sorted;
}

/* Founders' names a document's firms are named by, at most: a document
 * names few such firms, and one pass over its words asks each. */
#define FOUNDERS 8

/* The end of word k's possessive: k + 1 where its 's is against it, k + 3
 * where written apart, as tokenised text has it (Foster 's), 0 if it has
 * none. A singular's 's only: a plural's apostrophe is a group's, the
 * Democrats' Senate Campaign Committee. */
static inline size_t singular_possessive_end(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  if (t->shape & VERBA_SHAPE_POSSESSIVE) return doc->text.s[t->start + t->len - 1] == 's' ? k + 1 : 0;
  /* (most words have no apostrophe after them: told by its first byte) */
  return k + 2 < doc->ntoks && doc->toks[k + 1].kind == VERBA_PUNCT && ent_possessive_s(doc, k + 2)
             ? k + 3
             : 0;
}

/* Makes word k, a firm's name in the possessive that ends at token end,
 * that firm's mention with its 's: the tagger's mention of the word alone
 * retyped, or a new one. */
static int founder_mention(rules *r, size_t k, size_t end) {
  const verba_tok *t = &r->doc->toks[end - 1];
  size_t m = ent_mention_from(r, k);
  verba_entity *e;
  if (m < r->sorted && r->list->items[m].first <= k) {
    e = &r->list->items[m];
    if (e->first != k || e->last != k + 1) return VERBA_OK;
    e->type = VERBA_ENT_ORGANIZATION;
    e->flags |= VERBA_ENT_DECIDED;
    e->last = end;
    cover(r->decided, k, end);
    cover(r->covered, k, end);
  } else {
    size_t n = r->list->n;
    int rc = ent_add_decided(r, k, end, VERBA_ENT_ORGANIZATION, 0);
    if (rc != VERBA_OK || r->list->n == n) return rc;
    e = &r->list->items[n];
  }
  e->end = t->start + t->len;
  return VERBA_OK;
}

/* A founder's name in the possessive that opens an organisation's name
 * before its head word (Foster's Group, Sotheby's Holdings Inc; Foster 's
 * Group as tokenised text writes it) names the firm alone elsewhere in
 * the document, its 's kept (Foster's said, Foster's shares fell),
 * whatever the tagger made of it (a person Foster), where no rule decided
 * the word and no name goes on after it (Foster's Lager). */
static int founders_alone(rules *r) {
  const verba_doc *doc = r->doc;
  size_t founders[FOUNDERS], nfounders = 0, i, j, k, end;
  int rc = VERBA_OK;
  for (i = 0; i < r->list->n && nfounders < FOUNDERS; i++) {
    const verba_entity *e = &r->list->items[i];
    if (e->type != VERBA_ENT_ORGANIZATION || e->last - e->first < 2 ||
        !capital_word(doc, e->first) || (end = singular_possessive_end(doc, e->first)) == 0 ||
        end >= e->last || !org_head_at(r, end))
      continue;
    for (j = 0; j < nfounders && !ent_same_token(doc, founders[j], e->first); j++) {}
    if (j == nfounders) founders[nfounders++] = e->first;
  }
  if (nfounders == 0) return VERBA_OK;
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    if ((end = singular_possessive_end(doc, k)) == 0 || is_covered(r->decided, k) ||
        (end < doc->ntoks && capital_word(doc, end) && ent_goes_on(doc, end)))
      continue;
    for (j = 0; j < nfounders && !ent_same_token(doc, founders[j], k); j++) {}
    if (j < nfounders) rc = founder_mention(r, k, end);
  }
  return rc;
}

/* Does mention e end in a word that heads organisations' names, or have
 * one before "of" (the Foreign Trade Department, the Federation of Economic
 * Organisations; not the Foreign Exchange Certificates, whose type is only
 * the tagger's guess)? */
static int headed_name(const rules *r, const verba_entity *e) {
  size_t k;
  for (k = e->first; k < e->last; k++)
    if (org_head_at(r, k) && (k + 1 == e->last || is_word(r->doc, k + 1, "of"))) return 1;
  return 0;
}

/* Makes word k an organisation's mention, decided: a new one where no
 * mention holds it, else the tagger's mention of the word alone, retyped,
 * where no rule decided it. */
static int organisation_word(rules *r, size_t k) {
  size_t m;
  if (!is_covered(r->covered, k)) return ent_add_decided(r, k, k + 1, VERBA_ENT_ORGANIZATION, 0);
  m = ent_mention_from(r, k);
  if (m < r->sorted && r->list->items[m].first == k && r->list->items[m].last == k + 1 &&
      !(r->list->items[m].flags & VERBA_ENT_DECIDED) && r->list->items[m].type < VERBA_ENT_NTYPES) {
    r->list->items[m].type = VERBA_ENT_ORGANIZATION;
    r->list->items[m].flags |= VERBA_ENT_DECIDED;
  }
  return VERBA_OK;
}

/* A capitalised word no list and no dictionary has right before an
 * organisation's name of several words in brackets is the organisation's
 * short name (Cepes (Peruvian Centre for Social Studies)), whatever the
 * tagger made of it, where no rule decided it; not a family name the lists
 * have (Tomlinson (Newham and Essex Beagles), a runner and his club), a
 * player's before a club's or a town's (Koumas (West Brom)), nor the last
 * word of a longer name (Medecins sans Frontieres (Doctors Without
 * Borders)). */
static int names_before_brackets(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i, n = r->list->n;
  int rc = VERBA_OK;
  for (i = 0; i < n && rc == VERBA_OK; i++) {
    const verba_entity *e = &r->list->items[i];
    size_t k = e->first - 2;
    if (e->type != VERBA_ENT_ORGANIZATION || e->last - e->first < 2 || e->first < 2 ||
        e->last >= doc->ntoks || doc->toks[e->first - 1].cp != '(' ||
        doc->toks[e->last].cp != ')' || !ent_unknown_word_shaped(r->x, k) ||
        is_covered(r->decided, k) ||
        (ent_names_of(r, e->first, e->last) &
         (VERBA_NAME_SPORTS_CLUB | VERBA_NAME_CITY | VERBA_NAME_REGION_NAME)) ||
        (k > 0 && ent_goes_on(doc, k) &&
         (capital_word(doc, k - 1) ||
          (ent_names(r->x, k - 1) & (VERBA_NAME_NAME_CONNECTOR | VERBA_NAME_NAME_PARTICLE)))))
      continue;
    rc = organisation_word(r, k);
  }
  return rc;
}

/* A word in brackets right after an organisation's name of several words
 * is its short name, an organisation too: one in capitals where the tagger
 * missed it (the Zorvath Mining Council (ZMC)), and one capitalised that no
 * list and no dictionary has after a name an organisation's word heads
 * (the Foreign Trade Department (Cacex), the World Anti-Doping Agency
 * (Wada)) whatever the tagger made of it, where no rule decided it;
 * resolve.c joins them. */
static int bracketed_acronyms(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i, n = r->list->n;
  int rc = VERBA_OK;
  for (i = 0; i < n && rc == VERBA_OK; i++) {
    const verba_entity *e = &r->list->items[i];
    size_t k = e->last + 1;
    int capitals;
    if (e->type != VERBA_ENT_ORGANIZATION || e->last - e->first < 2 || k + 1 >= doc->ntoks ||
        doc->toks[e->last].cp != '(' || doc->toks[k + 1].cp != ')' ||
        doc->toks[k].kind != VERBA_WORD)
      continue;
    capitals = (doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) != 0;
    /* (not a part of the name that goes on after it: Temasek Holdings
     * (Pte) Ltd, Nikko Securities Co (Deutschland) GmbH) */
    if ((!capitals && !(ent_unknown_word_shaped(r->x, k) && headed_name(r, e))) ||
        (k + 2 < doc->ntoks && capital_word(doc, k + 2) && ent_goes_on(doc, k + 2)))
      continue;
    /* (in capitals, only where the tagger missed it) */
    if (!(capitals && is_covered(r->covered, k))) rc = organisation_word(r, k);
  }
  return rc == VERBA_OK ? names_before_brackets(r) : rc;
}

/* Is token k a word in lower case that an organisation's name holds
 * between its capitalised words: a connector or a preposition (for, and,
 * of the, in)? */
static int lower_name_word(const rules *r, size_t k) {
  const verba_tok *t = &r->doc->toks[k];
  return t->kind == VERBA_WORD && !(t->shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS)) &&
         ((ent_names(r->x, k) & VERBA_NAME_NAME_CONNECTOR) ||
          (ent_classes(r->x, k) & VERBA_LEX_PREPOSITION));
}

/* The first token of [first, last) after the last word in the possessive
 * in it (a person's name before an office's: Tamura's | Ministry of ...),
 * or first. */
static size_t past_possessive(const verba_doc *doc, size_t first, size_t last) {
  size_t k;
  for (k = first; k < last; k++)
    if (doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE) first = k + 1;
  return first;
}

/* The first token of the name before token open, a bracket before an
 * acronym at open + 1, whose capitalised words the acronym's letters are
 * the initials of, with connectors and prepositions between them (the
 * Organisation for Security and Cooperation in Europe (OSCE)); open if
 * there is none. */
static size_t spelled_name_start(const rules *r, size_t open) {
  const verba_doc *doc = r->doc;
  const verba_tok *acronym = &doc->toks[open + 1];
  size_t letters = acronym->len, k = open;
  while (letters > 0 && k > 0) {
    const verba_tok *t = &doc->toks[k - 1];
    int initial = capital_word(doc, k - 1) && !is_covered(r->decided, k - 1) &&
                  doc->text.s[t->start] == doc->text.s[acronym->start + letters - 1];
    if (initial) letters--;
    else if (k == open || !lower_name_word(r, k - 1)) break;
    k--;
  }
  return letters == 0 ? k : open;
}

int ent_spelled_acronyms(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k, first, m, i, added;
  int rc = VERBA_OK;
  for (k = 1; k + 2 < doc->ntoks && rc == VERBA_OK; k++) {
    const verba_tok *t = &doc->toks[k + 1];
    enum verba_entity_type type = VERBA_ENT_NTYPES;
    int headed = 0;
    if (doc->toks[k].cp != '(' || doc->toks[k + 2].cp != ')' || t->kind != VERBA_WORD ||
        !(t->shape & VERBA_SHAPE_ALL_CAPS) || t->len < 2 || !capital_word(doc, k - 1))
      continue;
    first = spelled_name_start(r, k);
    m = ent_mention_from(r, first);
    /* (with the words before it of the tagger's name it starts in: U.S.
     * Securities and Exchange Commission (SEC)) */
    if (first < k && m < r->sorted && r->list->items[m].first < first &&
        r->list->items[m].type <= VERBA_ENT_OTHER)
      first = past_possessive(doc, r->list->items[m].first, first);
    /* (one name of the tagger's already: its type stands) */
    if (first == k || (m < r->sorted && r->list->items[m].first == first &&
                       r->list->items[m].last == k))
      continue;
    /* (else the type of the tagger's first name in it or its acronym that
     * names no group: a demonym, the European of European Community, is
     * no guess of the whole's) */
    for (m = ent_mention_from(r, first); m < r->sorted && r->list->items[m].first < k + 2 &&
                                         type == VERBA_ENT_NTYPES; m++)
      if (r->list->items[m].type <= VERBA_ENT_OTHER && r->list->items[m].type != VERBA_ENT_GROUP)
        type = r->list->items[m].type;
    for (i = first; i < k && !headed; i++) headed = org_head_at(r, i);
    if (!headed && type == VERBA_ENT_NTYPES) continue;
    added = r->list->n;
    rc = ent_add_decided(r, first, k, headed ? VERBA_ENT_ORGANIZATION : type, 0);
    /* (a guess but for the head word, which the entity's mentions outvote) */
    if (rc == VERBA_OK && !headed && r->list->n > added)
      r->list->items[added].flags &= ~VERBA_ENT_DECIDED;
  }
  return rc;
}

/* The tagger's names that an organisation's word ends or heads become
 * organisations (a person's name with a title before it stays one: the
 * titles rule runs after), and the capitalised words before such a word
 * the tagger left out are an organisation's name (Acme Holdings Ltd),
 * with the words after its "of" (the Bureau of Land Management). */
/* The first word of a firm's name that ends in "and Co" or "& Co" at
 * head k (Arthur Andersen and Co, Touche Ross & Co, Baum and Associates:
 * the capitalised words before it, a person's name as often as not), or k. */
static size_t and_co_start(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t first = k - 1;
  /* (a firm's head: short, Co or Corp, or Company, or a plural,
   * Associates or Partners; Reagan and Administration officials are two) */
  if (k < 2 || !(is_and(doc, k - 1) || doc->toks[k - 1].cp == '&') || !capital_word(doc, k - 2) ||
      is_covered(r->decided, k - 2) ||
      (doc->toks[k].len > ABBREVIATED_HEAD + 1 && !is_word(doc, k, "company") &&
       doc->text.s[doc->toks[k].start + doc->toks[k].len - 1] != 's'))
    return k;
  while (first > 0 && k - first <= NAME_WORDS && capital_word(doc, first - 1) &&
         !is_covered(r->decided, first - 1) &&
         !(doc->toks[first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)))
    first--;
  return first;
}

/* ---- Possessors ----------------------------------------------------------------------- */

/* The type of a name split off before another: by the lists, an
 * organisation, a people, else a place. */
static enum verba_entity_type head_type(verba_names names) {
  if (names & VERBA_NAME_ORGANIZATION) return VERBA_ENT_ORGANIZATION;
  if ((names & GROUP_NAMES) && !(names & NOT_GROUP_NAMES)) return VERBA_ENT_GROUP;
  return VERBA_ENT_PLACE;
}

/* Makes the words of mention e before token head_end a name of their
 * own, of the type names gives, and e the words from token rest on. */
static int split_off(rules *r, verba_entity *e, size_t head_end, size_t rest, verba_names names) {
  size_t first = e->first, n = r->list->n;
  int rc;
  e->first = rest;
  e->start = r->doc->toks[rest].start;
  rc = ent_add_decided(r, first, head_end, head_type(names), 0);
  /* (its type is the lists' guess, a vote like the tagger's: the
   * organisation Gulf's does not outvote the Gulf of a text's places) */
  if (r->list->n > n) r->list->items[n].flags &= ~(unsigned)VERBA_ENT_DECIDED;
  return rc;
}

static int person_words(const rules *r, size_t first, size_t last);

/* Are tokens [first, last) a person's name in full: a given name the lists
 * have, then more of a person's words (Michael Schumacher)? */
static int full_name(const rules *r, size_t first, size_t last) {
  return last - first >= 2 && (ent_names(r->x, first) & GIVEN_NAMES) &&
         person_words(r, first, last);
}

/* Makes the person's name of mention e up to token rest, which ends in
 * the possessive (a title before it too, which resolve.c trims), a
 * person's mention of its own (a guess, like the tagger's), and e the
 * words from rest on, of the type the lists give them, else other
 * (Helmut Kohl's Christian Democrats). */
static int split_off_owner(rules *r, verba_entity *e, size_t rest) {
  size_t first = e->first, n = r->list->n;
  verba_names names = ent_names_of(r, rest, e->last);
  int rc;
  e->first = rest;
  e->start = r->doc->toks[rest].start;
  e->type = (names & (VERBA_NAME_ORGANIZATION | VERBA_NAME_ORG_KEYWORD)) ||
                    org_head_at(r, e->last - 1)
                ? VERBA_ENT_ORGANIZATION
            : (names & GROUP_NAMES) ? VERBA_ENT_GROUP
            : (names & VERBA_NAME_PLACE) ? VERBA_ENT_PLACE
                                         : VERBA_ENT_OTHER;
  rc = ent_add_decided(r, first, rest, VERBA_ENT_PERSON, 0);
  if (r->list->n > n) r->list->items[n].flags &= ~(unsigned)VERBA_ENT_DECIDED;
  return rc;
}

/* Are the words of mention e a title's, or the first words of one whose
 * title word follows it (Chancellor; Foreign, then Secretary)? */
static int office_words(const rules *r, const verba_entity *e) {
  size_t k;
  if (e->last < r->doc->ntoks && ent_title_word(r->x, e->last) &&
      !(r->doc->toks[e->last - 1].shape & VERBA_SHAPE_POSSESSIVE))
    return 1;
  for (k = e->first; k < e->last; k++)
    if (!ent_title_word(r->x, k)) return 0;
  return 1;
}

/* Are tokens [first, last) one family name the lists have (Edwards)? */
static int family_name_alone(const rules *r, size_t first, size_t last) {
  return last - first == 1 && (ent_names(r->x, first) & VERBA_NAME_SURNAME) &&
         person_words(r, first, last);
}

/* A place or an organisation in the possessive opens none of the tagger's
 * names: it is a name of its own, and the words after it another
 * (Japan's Finance Ministry, Britain's Prince Charles, Sony's PlayStation);
 * so does any name before a person's full name or family name, the team or
 * the firm the person is with (Ferrari's Michael Schumacher, Jardine
 * Fleming's Edwards), and a person's full name
 * before what is theirs (Helmut Kohl's Christian Democrats);
 * a firm named after someone keeps its possessive (McDonald's Corp,
 * Moody's Investors Service). */
int ent_possessors(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i, k, owner;
  int rc = VERBA_OK;
  for (i = 0; i < r->sorted && rc == VERBA_OK; i++) {
    verba_entity *e = &r->list->items[i];
    verba_names names;
    if (e->type > VERBA_ENT_OTHER || (e->flags & VERBA_ENT_DECIDED)) continue;
    for (k = e->first; k + 1 < e->last; k++)
      if (doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE) break;
    if (k + 1 >= e->last || !capital_word(doc, k + 1)) continue;
    names = ent_names_of(r, e->first, k + 1);
    /* (a name that ends in an organisation's head word is one: Salomon
     * Inc's Salomon Brothers) */
    if (k > e->first && org_head_at(r, k)) names |= VERBA_NAME_ORGANIZATION;
    for (owner = e->first; owner < k && ent_title_word(r->x, owner); owner++) {}
    if (e->type == VERBA_ENT_PERSON && full_name(r, owner, k + 1) &&
        !((names & VERBA_NAME_ORGANIZATION) && !(names & PERSON_NAMES)) &&
        (!full_name(r, k + 1, e->last) || (ent_names_of(r, k + 1, e->last) & GROUP_NAMES))) {
      rc = split_off_owner(r, e, k + 1);
      continue;
    }
    if (!(names & VERBA_NAME_PLACE) &&
        !((names & VERBA_NAME_ORGANIZATION) && !(names & PERSON_NAMES))) {
      /* (not a person's full name itself: Mike Leigh's Vera Drake) */
      if (e->type != VERBA_ENT_PERSON ||
          !(full_name(r, k + 1, e->last) || family_name_alone(r, k + 1, e->last)) ||
          full_name(r, e->first, k + 1))
        continue;
      names |= VERBA_NAME_ORGANIZATION;
    }
    rc = split_off(r, e, k + 1, k + 1, names);
    /* (the list may have moved) what is left may be an office's words, no
     * one's name: Britain's | Chancellor of the Exchequer Nigel Lawson;
     * Britain's | Foreign Secretary Geoffrey Howe; or a person's full name
     * the tagger, which saw the whole, took for an other, its least sure
     * type: the BBC's | Elizabeth Blunt */
    if (rc == VERBA_OK && office_words(r, &r->list->items[i]))
      r->list->items[i].type = VERBA_ENT_NTYPES;
    else if (rc == VERBA_OK && r->list->items[i].type == VERBA_ENT_OTHER &&
             full_name(r, r->list->items[i].first, r->list->items[i].last))
      r->list->items[i].type = VERBA_ENT_PERSON;
  }
  return rc;
}

/* Does the name at token k follow an office's "of", the article too: a
 * title's or a role's (Governor of, chief executive of the)? */
static int after_office(const rules *r, size_t k) {
  if (k > 0 && is_determiner(r, k - 1)) k--;
  return k >= 2 && is_word(r->doc, k - 1, "of") &&
         (ent_title_word(r->x, k - 2) || (ent_classes(r->x, k - 2) & VERBA_LEX_PERSON_ROLE));
}

/* Are tokens [first, last) capitalised words of a person's name: none an
 * organisation's word, none the lists give as a place's or a firm's and
 * not as a person's (Greg Abbott, not Federation)? */
static int person_words(const rules *r, size_t first, size_t last) {
  for (; first < last; first++) {
    verba_names names = ent_names(r->x, first);
    if (!capital_word(r->doc, first) ||
        (names & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD)) ||
        ((names & NOT_PERSON_NAMES) && !(names & PERSON_NAMES)))
      return 0;
  }
  return 1;
}

/* The name classes of tokens [first, last) as the head of an office
 * holder's name: the lists', an organisation's too if it ends in an
 * organisation's word. */
static verba_names head_names(const rules *r, size_t first, size_t last) {
  verba_names names = ent_names_of(r, first, last);
  return org_head_at(r, last - 1) ? names | VERBA_NAME_ORGANIZATION : names;
}

/* A name that runs from a place, an organisation or a people on into a
 * person's name is two names: the place, organisation or people, and the
 * person who holds an office there,
 *   - over a title: Labour MP Jo Cox, Democratic Sen. Chris Coons (the
 *     title left out of both);
 *   - after an office's "of", into a given name: Governor of Washington
 *     Chris Gregoire, President of France Emmanuel Macron;
 *   - a people's name before a full name: Kenyan Daniel Komen. */
int ent_office_holders(rules *r) {
  size_t i, k;
  int rc = VERBA_OK;
  for (i = 0; i < r->sorted && rc == VERBA_OK; i++) {
    verba_entity *e = &r->list->items[i];
    int office;
    if (e->type > VERBA_ENT_OTHER || (e->flags & VERBA_ENT_DECIDED) || e->last - e->first < 2)
      continue;
    /* a people's or a place's name and a common word before a title and a
     * name are the people or the place, the word the title's (Arizona |
     * State Senator Kelli Ward, St. Louis | Circuit Judge, U.S. | Vice
     * President); not a head word of organisations' (Reserve Bank
     * Governor), nor where the lists have the whole (American Express,
     * East Midlands) */
    if (e->type != VERBA_ENT_PERSON && e->last + 1 < r->doc->ntoks &&
        ent_title_word(r->x, e->last) && capital_word(r->doc, e->last) &&
        ent_goes_on(r->doc, e->last) && ent_common_word(r->x, e->last - 1) &&
        !org_head_at(r, e->last - 1) &&
        !(ent_names(r->x, e->last - 1) & (VERBA_NAME_ORG_KEYWORD | VERBA_NAME_CHAMBER)) &&
        (ent_names_of(r, e->first, e->last - 1) & (GROUP_NAMES | VERBA_NAME_PLACE)) &&
        !(ent_names_of(r, e->first, e->last - 1) & VERBA_NAME_ORGANIZATION) &&
        !ent_names_of(r, e->first, e->last) && capital_word(r->doc, e->last + 1)) {
      e->type = head_type(ent_names_of(r, e->first, e->last - 1));
      e->last--;
      e->end = ent_name_end(r->doc, e->last - 1);
      continue;
    }
    /* a people's name before a full name is the person's nationality
     * (Kenyan Daniel Komen, Briton Tim Henman, Dane Bjarne Riis), the
     * family name the tagger left out too (German Michael | Schumacher:
     * the rules join it later) */
    if (e->type == VERBA_ENT_PERSON && (ent_names(r->x, e->first) & VERBA_NAME_DEMONYM) &&
        !(ent_names(r->x, e->first) & NOT_GROUP_NAMES) &&
        ((e->last - e->first >= 3 && person_words(r, e->first + 1, e->last)) ||
         ((ent_names(r->x, e->first + 1) & GIVEN_NAMES) && e->first + 2 < r->doc->ntoks &&
          capital_word(r->doc, e->first + 2) &&
          !(r->doc->toks[e->first + 2].shape & VERBA_SHAPE_LINE_START)))) {
      rc = split_off(r, e, e->first + 1, e->first + 1, ent_names(r->x, e->first));
      continue;
    }
    if (e->last - e->first < 3) continue;
    office = after_office(r, e->first);
    /* (the person's name of two words at least after a given name, one
     * after a title, each of a person's shape: not West German
     * Federation of Banks) */
    for (k = e->first + 1; k + 1 < e->last; k++) {
      verba_names names;
      /* (a title that is someone's name too, Justice, before a full name) */
      if (ent_title_word(r->x, k) &&
          (!(ent_names(r->x, k) & PERSON_NAMES) || full_name(r, k + 1, e->last)) &&
          person_words(r, k + 1, e->last)) {
        names = head_names(r, e->first, k);
        /* (before a title and a full name, a head no list has is what
         * the tagger saw of the whole: Manhattan Supreme Court Justice
         * Frank Nervo) */
        if (!(names & (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION | GROUP_NAMES)) &&
            full_name(r, k + 1, e->last))
          names |= e->type == VERBA_ENT_PLACE ? VERBA_NAME_PLACE : VERBA_NAME_ORGANIZATION;
        if (names & (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION | GROUP_NAMES)) {
          /* (the rest is the office holder, whatever the tagger typed the
           * whole: set before split_off, which may move the list) */
          e->type = VERBA_ENT_PERSON;
          rc = split_off(r, e, k, k + 1, names);
          break;
        }
      }
      if (!(ent_names(r->x, k) & GIVEN_NAMES) ||
          (ent_names(r->x, k) & (VERBA_NAME_AMBIGUOUS_NAME | GROUP_NAMES | NOT_PERSON_NAMES)) ||
          !person_words(r, k, e->last) || !office)
        continue;
      names = head_names(r, e->first, k);
      if (names & (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION)) {
        rc = split_off(r, e, k, k, names);
        break;
      }
    }
  }
  return rc;
}

/* ---- Names that run over "and" ------------------------------------------------------ */

/* Can token k be a word of a name that runs over "and": a capitalised
 * word (not in capitals: UPS and Deutsche Post are two) of no grammar, no
 * rule's, that names nothing of its own (Telephone, Trade) or only as a
 * common word might (Power, Brown)? */
static int common_capital(const rules *r, size_t k) {
  verba_names n = ent_names(r->x, k);
  const verba_tok *t = &r->doc->toks[k];
  return capital_word(r->doc, k) && !(t->shape & VERBA_SHAPE_ALL_CAPS) &&
         !ent_grammar_word(r->x, k) && !is_covered(r->decided, k) &&
         (!(n & (PERSON_NAMES | VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION | GROUP_NAMES)) ||
          (n & VERBA_NAME_AMBIGUOUS_NAME));
}

/* Does token k start a line or a sentence? */
static int opens_line(const verba_doc *doc, size_t k) {
  return (doc->toks[k].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) != 0;
}

/* The first word of a firm's name whose head comes after "and" at a: the
 * capitalised words before it, the one right before no name of its own
 * (American Telephone and Telegraph Co, Cable and Wireless Plc; not Toyota
 * and Honda Motor Co), nor a head word unless only head words follow
 * and it is no firm's abbreviated suffix (Far East Bank and Trust Co; not
 * the British Library and Columbia University, nor Acme Inc and Union
 * Bank), and no title before them, or a if none. */
static size_t firm_start(const rules *r, size_t a, int heads_only) {
  const verba_doc *doc = r->doc;
  size_t first = a - 1;
  /* (nor a suffix's last letter: Norsk Hydro A/S and Saga Petroleum; nor
   * a firm's abbreviated suffix, after which "and" opens the next firm's
   * name: Acme Inc and Union Bank) */
  if (a < 1 || opens_line(doc, a) || !common_capital(r, first) ||
      (org_head_at(r, first) && (!heads_only || ent_firm_abbreviation(r->x, first))) ||
      (a >= 3 && ent_slashed_suffix_end(doc, a - 3) == a))
    return a;
  while (first > 0 && a - first < NAME_WORDS && !opens_line(doc, first) &&
         capital_word(doc, first - 1) && !ent_grammar_word(r->x, first - 1) &&
         !is_covered(r->decided, first - 1) &&
         !(doc->toks[first - 1].shape & VERBA_SHAPE_POSSESSIVE)) {
    /* (a title before them makes them a person's name: Economics
     * Minister Jean-Pascal Delamuraz and National Bank President ...) */
    if (ent_is_title(r->x, first - 1)) return a;
    first--;
  }
  return first;
}

/* The end of the words of an office's name after "of" that runs on over
 * "and" at a (the Ministry of International Trade and Industry, the
 * Office of Management and Budget: words that name nothing of their own
 * after it; not the Bank of England and Barclays), or a; its head word (a
 * word of the org_head or org_keyword classes before "of") in *head. */
static size_t office_end(const rules *r, size_t a, size_t *head) {
  const verba_doc *doc = r->doc;
  size_t o = a, end = a + 1;
  while (o > 0 && a - o < NAME_WORDS && common_capital(r, o - 1) && !opens_line(doc, o - 1))
    o--;
  if (o == a || o < 2 || !is_word(doc, o - 1, "of") ||
      !(org_head_at(r, o - 2) ||
        (capital_word(doc, o - 2) && (ent_names(r->x, o - 2) & VERBA_NAME_ORG_KEYWORD))))
    return a;
  while (end < doc->ntoks && end - a <= NAME_WORDS && common_capital(r, end) &&
         !opens_line(doc, end))
    end++;
  *head = o - 2;
  return end > a + 1 ? end : a;
}

/* The start of an office's name whose head word is at head: where the
 * tagger's name of it starts (the Japanese Ministry of ...), after a name
 * in the possessive in it (Tamura's | Ministry of International Trade and
 * Industry: its head's) and after an organisation's name and "and" (the
 * Medical Association and | the College of Obstetricians and
 * Gynecologists; not the Securities and Exchange Commission of ...), or
 * there. The names before such an "and" are tokens [*before, *and_at)
 * (both head if none). */
static size_t office_start(const rules *r, size_t head, size_t *before, size_t *and_at) {
  const verba_doc *doc = r->doc;
  size_t m = ent_mention_from(r, head), first, k;
  *before = *and_at = head;
  if (m >= r->sorted || r->list->items[m].first > head) return head;
  first = past_possessive(doc, r->list->items[m].first, head);
  for (k = first + 1; k + 1 < head; k++)
    if (is_and(doc, k) && org_head_at(r, k - 1)) {
      if (*and_at == head) *before = first;
      *and_at = k;
      first = is_word(doc, k + 1, "the") ? k + 2 : k + 1;
    }
  return first;
}

/* Capitalised words on either side of "and" a name the lists have whole
 * takes, at most (Antigua and Barbuda, Saint Kitts and Nevis). */
#define LISTED_AND_WORDS 2

/* The name the lists have whole as a place's or an organisation's over
 * the "and" at token a (Bosnia and Herzegovina, written Bosnia &
 * Herzegovina in the lists), the longest: its end, its first token in
 * *first and its classes in *names; a if none. Not two countries the
 * lists have so too (England and Wales, a jurisdiction of two), nor part
 * of a longer name (the U.S. Securities and Exchange Commission, Cable
 * and Wireless Plc: the tagger's or another rule's). */
static size_t listed_over_and(const rules *r, size_t a, size_t *first, verba_names *names) {
  const verba_doc *doc = r->doc;
  size_t f, e, end = a;
  for (f = a; f > 0 && a - f < LISTED_AND_WORDS && capital_word(doc, f - 1) && !opens_line(doc, f);
       f--) {
    /* (a phrase of the lists starts at word f - 1, or none is there) */
    if (!ent_phrase_start(r->x, f - 1)) continue;
    for (e = a + 2; e <= doc->ntoks && e - a - 1 <= LISTED_AND_WORDS && capital_word(doc, e - 1) &&
                    !opens_line(doc, e - 1);
         e++) {
      verba_names n = ent_names_of(r, f - 1, e);
      if ((n & (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION)) && (end == a || e - f + 1 > end - *first)) {
        *first = f - 1;
        end = e;
        *names = n;
      }
    }
  }
  if (end == a ||
      ((ent_names_of(r, *first, a) & VERBA_NAME_COUNTRY) &&
       (ent_names_of(r, a + 1, end) & VERBA_NAME_COUNTRY)) ||
      (ent_goes_on(doc, *first) && capital_word(doc, *first - 1) &&
       !ent_grammar_word(r->x, *first - 1)) ||
      (ent_goes_on(doc, end) && capital_word(doc, end)))
    return a;
  return end;
}

int ent_listed_over_and(rules *r) {
  const verba_doc *doc = r->doc;
  size_t a, c;
  int rc = VERBA_OK;
  /* (from capitalised word c to the next, "and" before it) */
  for (c = ent_next_capital(r->x, 2); c + 1 < doc->ntoks && rc == VERBA_OK;
       c = ent_next_capital(r->x, c + 1)) {
    size_t first = 0, end;
    verba_names names = 0;
    a = c - 1;
    if ((doc->toks[a].cp | 0x20) != 'a' || !is_and(doc, a) || opens_line(doc, c) ||
        (end = listed_over_and(r, a, &first, &names)) == a)
      continue;
    rc = ent_add_decided(r, first, end,
                         names & VERBA_NAME_ORGANIZATION ? VERBA_ENT_ORGANIZATION : VERBA_ENT_PLACE, 0);
    c = end - 1;
  }
  return rc;
}

/* Organisations whose name runs over "and", which the tagger reads as two
 * names or none: a firm's, its head word after the "and" and the words
 * between naming nothing of their own (Goodyear Tire and Rubber Co), and
 * an office's, after "of" (the Department of Health and Human Services). */
int ent_joined_by_and(rules *r) {
  const verba_doc *doc = r->doc;
  size_t a = 0, c;
  int rc = VERBA_OK;
  /* (the word after "and" at a is capitalised: from capitalised word c to
   * the next, "and" before it; past a name found, from its end on) */
  for (c = ent_next_capital(r->x, 2); c + 1 < doc->ntoks && rc == VERBA_OK;
       c = ent_next_capital(r->x, a + 2)) {
    size_t first, end, head, words;
    a = c - 1;
    end = a + 1;
    /* (is_word's first test inline: most tokens fail it) */
    if ((doc->toks[a].cp | 0x20) != 'a' || !is_and(doc, a) || opens_line(doc, a + 1))
      continue;
    while (end < doc->ntoks && end - a <= NAME_WORDS && common_capital(r, end) &&
           !org_head_at(r, end) && !opens_line(doc, end))
      end++;
    words = end - a - 1;
    /* (two words after "and" at least: a lone "and Co" is and_co_start's) */
    while (end < doc->ntoks && org_head_at(r, end) && !opens_line(doc, end)) end++;
    if (end - a > 2 && org_head_at(r, end - 1) && (first = firm_start(r, a, words == 0)) < a)
      rc = ent_add_decided(r, first, end, VERBA_ENT_ORGANIZATION, 0);
    else if ((end = office_end(r, a, &head)) > a) {
      size_t before, and_at;
      rc = ent_add_decided(r, office_start(r, head, &before, &and_at), end,
                           VERBA_ENT_ORGANIZATION, 0);
      if (rc == VERBA_OK && and_at > before)
        rc = ent_add_decided(r, before, and_at, VERBA_ENT_ORGANIZATION, 0);
    } else
      continue;
    a = end - 1;
  }
  return rc;
}

/* The end of the tagger's place, organisation or other name that starts
 * at token k after a head word's "of" (Bank of Hawaii, University of
 * Texas, Organisation of the Islamic Conference), or k. */
static size_t place_after_of(const rules *r, size_t k) {
  size_t m = ent_mention_from(r, k);
  const verba_entity *e;
  if (m >= r->sorted) return k;
  e = &r->list->items[m];
  if (e->first != k || (e->flags & VERBA_ENT_DECIDED) ||
      (e->type != VERBA_ENT_PLACE && e->type != VERBA_ENT_ORGANIZATION &&
       e->type != VERBA_ENT_OTHER) ||
      (r->doc->toks[k].shape & VERBA_SHAPE_LINE_START))
    return k;
  return e->last;
}

/* The tokens before token k, which opens an organisation's name, that
 * join it over an ampersand: 2 for the "Marks &" of Marks & Spencer Plc
 * and the "Standard &" of Standard & Poor's Corp, else 0. */
static size_t ampersand_words_before(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  /* (an ampersand with spaces: A&M is one word's) */
  if (k < 2 || doc->toks[k - 1].cp != '&' || doc->toks[k - 1].len != 1 ||
      !(doc->toks[k - 1].shape & VERBA_SHAPE_SPACED) ||
      !(doc->toks[k].shape & VERBA_SHAPE_SPACED) ||
      (doc->toks[k].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) ||
      !opens_org_name(r, k - 2) || is_covered(r->decided, k - 2))
    return 0;
  return 2;
}

/* The tokens before token k of the word in the possessive right before
 * it: 1 where its 's is against it (Poor's), 3 or 2 where written apart,
 * as tokenised text has it (Poor 's, Workers '); 0 if none. */
static size_t possessive_before(const verba_doc *doc, size_t k) {
  if (k >= 3 && ent_possessive_s(doc, k - 1)) return 3;
  if (k >= 2 && ent_detached_apostrophe(doc, k - 1)) return 2;
  return k >= 1 && (doc->toks[k - 1].shape & VERBA_SHAPE_POSSESSIVE) ? 1 : 0;
}

/* The tokens before token k (possessive_before's) of a capitalised name
 * in the possessive, no day's or month's (Thursday's Sun) nor a place's
 * or a people's (the Philippine's Commission), that a firm's head word
 * after it is named after: one in no mention yet (the Poor's of Standard
 * & Poor's Corp; Waterside Workers' Federation), or before an abbreviated
 * head the tagger's mention of it alone (Heck's Inc, where Heck was a
 * person; not Obama's Council, Scotland's Army); 0 if none. */
static size_t founder_before(const rules *r, size_t k, int abbreviated) {
  size_t n = possessive_before(r->doc, k), word = k - n, m;
  const verba_tok *t = &r->doc->toks[word];
  if (n == 0 || !capital_word(r->doc, word) ||
      (t->shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) ||
      is_covered(r->decided, word) ||
      (ent_names(r->x, word) & (VERBA_NAME_MONTH | VERBA_NAME_WEEKDAY | VERBA_NAME_PLACE | GROUP_NAMES)))
    return 0;
  if (!is_covered(r->covered, word)) return n;
  m = ent_mention_from(r, word);
  return abbreviated && m < r->sorted && r->list->items[m].first == word &&
                 r->list->items[m].last == word + 1
             ? n
             : 0;
}

/* Is the word before token k, which opens no sentence or line, a word of
 * the organisation's name k starts: one opens_org_name() takes, not in a
 * line of capitals, no title (Vice President for ...), no word of grammar
 * (Remain In ...), not of one letter, no compound that ends in lower case
 * (Icahn-controlled, State-owned)? */
static int name_word_before(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[k - 1];
  return !(doc->toks[k].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
         opens_org_name(r, k - 1) && !lower_compound(doc, k - 1, 1) &&
         !(t->shape & VERBA_SHAPE_ALL_CAPS) && t->len >= 2 &&
         !is_covered(r->decided, k - 1) && !ent_title_word(r->x, k - 1) &&
         !ent_grammar_word(r->x, k - 1);
}

/* The tokens before token k that are the members an organisation is named
 * after, capitalised in the plural's possessive and in no other name
 * (class member_noun: the Actors' Equity Association, Metal Workers'
 * National Pension Fund, the Eritrean People's Liberation Front): 1, or 2
 * or 3 where the possessive is written apart, as tokenised text has it
 * (Workers ' Party, People 's Liberation Front); else 0. Any other
 * possessive before a name is its owner's (National Amusements' Arsenal
 * Holdings Inc, Britain's Labour Party). */
static size_t plural_owner_before(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  const verba_lexicon *lx = &doc->config->lexicon;
  size_t n = possessive_before(doc, k), word = k - n, stem;
  const verba_tok *t = &doc->toks[word];
  if (n == 0) return 0;
  stem = n == 1 ? ent_name_end(doc, word) : t->start + t->len; /* Actors' -> Actors */
  if (!capital_word(doc, word) ||
      (t->shape & VERBA_SHAPE_ALL_CAPS) || is_covered(r->covered, word) ||
      is_covered(r->decided, word) ||
      (doc->toks[k].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) ||
      stem - t->start < 3)
    return 0;
  /* (the list's word is the singular, Actors -> actor, or a plural not in
   * s as written: People's) */
  if (doc->text.s[stem - 1] == 's') stem--;
  return (verba_lex_names(lx, verba_lex_find(lx, (const char *)doc->text.s + t->start,
                                             stem - t->start, VERBA_CASE_CAPITALIZED)) &
          VERBA_NAME_MEMBER_NOUN)
             ? k - word
             : 0;
}

/* The end of an organisation's name whose words before "of" (or another
 * language's, or "on" after a deliberative body's head: class
 * org_head_on, the Joint Committee on Human Rights; not on a day or a
 * month) end at token end: the capitalised words after it, in no
 * mention, are the name's (Chamber of Commerce, Bank of Japan), or after
 * an abbreviated head a place (Bridgestone Corp of Tokyo); end if none. */
static size_t of_phrase_end(const rules *r, size_t end) {
  const verba_doc *doc = r->doc;
  int abbreviated;
  size_t words = end + 1, after;
  if (end + 1 >= doc->ntoks ||
      !(is_word(doc, end, "of") || foreign_of(r, end) ||
        (is_word(doc, end, "on") && (ent_names(r->x, end - 1) & VERBA_NAME_ORG_HEAD_ON) &&
         !(ent_names(r->x, end + 1) & (VERBA_NAME_MONTH | VERBA_NAME_WEEKDAY)))))
    return end;
  abbreviated = ent_firm_abbreviation(r->x, end - 1) ||
                (doc->toks[end - 1].shape & VERBA_SHAPE_ALL_CAPS);
  /* (over an article after a head written out: the Organization of the
   * Petroleum Exporting Countries, the Ministry of the Interior) */
  if (!abbreviated && words + 1 < doc->ntoks && is_word(doc, words, "the") &&
      capital_word(doc, words + 1))
    words++;
  /* (up to a title before a given name or a word no dictionary has: the
   * Council of Economic Advisers Chairman Beryl Sprinkel, the New
   * Aspiration Party of Interior Minister Chavalit Yongchaiyudh; not the
   * Association of Chief Police Officers) */
  for (after = words; after < doc->ntoks && after - words < NAME_WORDS &&
                      capital_word(doc, after) && !is_covered(r->covered, after) &&
                      !(doc->toks[after].shape & VERBA_SHAPE_LINE_START) &&
                      !(ent_title_word(r->x, after) && after + 1 < doc->ntoks &&
                        capital_word(doc, after + 1) &&
                        ((ent_names(r->x, after + 1) & GIVEN_NAMES) ||
                         !ent_common_word(r->x, after + 1)));
       after++) {}
  /* (a party's of and two words no list and no dictionary has name its
   * leader, a foreign name: the New Aspiration Party of Chavalit
   * Yongchaiyudh) */
  if (after == words + 2 && is_word(doc, end - 1, "party") && ent_unknown_word_shaped(r->x, words) &&
      ent_unknown_word_shaped(r->x, words + 1))
    return end;
  /* (after an abbreviated head, the place is where the firm is: Bridgestone
   * Corp of Tokyo, Acme AG of Austria) */
  if (after == words && !abbreviated) after = place_after_of(r, after);
  /* (a name cut at a spaced hyphen is not whole: Council on American -
   * Islamic Relations) */
  if (after > words && after + 1 < doc->ntoks && doc->toks[after].cp == '-' &&
      capital_word(doc, after + 1))
    return end;
  /* (and over the "of" of an office or an organisation it ends in: the
   * Office of the Secretary of State, of the Comptroller of the Currency;
   * the Association of Chambers of Commerce) */
  if (after > words && after + 1 < doc->ntoks && is_word(doc, after, "of") &&
      (ent_title_word(r->x, after - 1) || org_head_at(r, after - 1))) {
    size_t more = of_phrase_end(r, after);
    if (more > after) after = more;
  }
  return after > words ? after : end;
}

/* Extends mention e over the words of_phrase_end() reads after it, unless
 * they are a place's name alone, which may say where it is as well (LG
 * Electronics of South Korea, Pearson Plc of Britain), or open with a
 * given name: the person whose organisation it is (the Labour Party of
 * Shimon Peres, which repairs.c parted). */
static void extend_over_of(rules *r, verba_entity *e) {
  size_t end = of_phrase_end(r, e->last);
  if (end == e->last || (ent_names_of(r, e->last + 1, end) & VERBA_NAME_PLACE) ||
      (ent_names(r->x, e->last + 1) & GIVEN_NAMES))
    return;
  cover(r->covered, e->last, end);
  cover(r->decided, e->last, end);
  e->last = end;
  e->end = ent_name_end(r->doc, end - 1);
}

/* Capitalised words of one side of an ampersand's name, at most (Skidmore,
 * Owings | Merrill aside: Marks & Spencer, Ernst & Young). */
#define AMPERSAND_SIDE_WORDS 2

/* Is [first, last) one side of an ampersand's name, the second side if
 * second (whose last word may be in the possessive: Ernst & Whinney's
 * report): capitalised words in
 * the ampersand's sentence that name no place or people and are no common
 * words (Law & Order, a show's) nor titles, no given name before another
 * word (Rudy Giuliani & Jeff Sessions are two people), held by no mention
 * or by mentions within it alone (where a rule decided a side,
 * ent_add_decided leaves it: Tom Lee & Ann Poe, the lists' people), or by
 * the tagger's mention of the whole name [whole_first, whole_last) (a
 * trader at Trinkaus & Burkhardt, read as another name)? */
static int ampersand_side(const rules *r, size_t first, size_t last, int second,
                          size_t whole_first, size_t whole_last) {
  const verba_doc *doc = r->doc;
  const verba_entity *e;
  size_t k, m;
  if (first >= last || last - first > AMPERSAND_SIDE_WORDS) return 0;
  for (k = first; k < last; k++)
    if (!capital_word(doc, k) || ent_grammar_word(r->x, k) ||
        (doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) ||
        ((doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE) && !(second && k + 1 == last)) ||
        (ent_names(r->x, k) & (VERBA_NAME_PLACE | GROUP_NAMES)) || ent_common_word(r->x, k) ||
        ent_title_word(r->x, k))
      return 0;
  if (last - first > 1 && (ent_names(r->x, first) & GIVEN_NAMES)) return 0;
  m = ent_mention_from(r, first);
  if (m >= r->sorted) return 1;
  e = &r->list->items[m];
  return e->first >= last || (e->first >= first && e->last <= last) ||
         (e->first == whole_first && e->last == whole_last && !(e->flags & VERBA_ENT_DECIDED));
}

/* Names on both sides of an ampersand written with spaces, in prose, are
 * one organisation's (Saatchi & Saatchi said, where the tagger saw two
 * people; Zorvex & Dravon): news writes firms, partnerships and bands so
 * and people with "and". Not where a side names a place or a people
 * (Trinidad & Tobago, the lists' country), nor people a rule decided,
 * nor after a colon, where credits name people (Video: Tom Reed & Al Poe).
 * (A duo of stage names is read as one too: rappers Ludacris & Lil Jon.) */
static int ampersand_names(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, 2); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    size_t amp = k - 1, first = amp, last = k;
    const verba_tok *t = &doc->toks[amp];
    if (t->cp != '&' || t->len != 1 || !(t->shape & VERBA_SHAPE_SPACED) ||
        !(doc->toks[k].shape & VERBA_SHAPE_SPACED) || !ent_goes_on(doc, k) ||
        !ent_goes_on(doc, amp) || ent_in_caps_line(r->x, k))
      continue;
    while (first > 0 && amp - first < AMPERSAND_SIDE_WORDS && capital_word(doc, first - 1) &&
           ent_goes_on(doc, first) && !ent_grammar_word(r->x, first - 1))
      first--;
    while (last < doc->ntoks && last - k < AMPERSAND_SIDE_WORDS && capital_word(doc, last) &&
           (last == k || ent_goes_on(doc, last)) && !ent_grammar_word(r->x, last) &&
           !(doc->toks[last - 1].shape & VERBA_SHAPE_POSSESSIVE))
      last++;
    if (first == amp || (last < doc->ntoks && capital_word(doc, last) && ent_goes_on(doc, last)) ||
        (first > 0 && ent_goes_on(doc, first) &&
         (capital_word(doc, first - 1) || doc->toks[first - 1].cp == ':')) ||
        !ampersand_side(r, first, amp, 0, first, last) ||
        !ampersand_side(r, k, last, 1, first, last))
      continue;
    rc = ent_add_decided(r, first, last, VERBA_ENT_ORGANIZATION, 0);
    k = last - 1;
  }
  return rc;
}

/* Words at most in the brackets a firm's name holds before its suffix. */
#define BRACKETED_PART_WORDS 3

/* Is token k a firm's suffix: an abbreviation of the org_head class, with
 * its dot or without (Ltd, Co., Corp), or a short one in capitals (AG,
 * GmbH, Bhd)? */
static int firm_suffix_at(const rules *r, size_t k) {
  return ent_firm_abbreviation(r->x, k) ||
         (org_head_at(r, k) && r->doc->toks[k].len <= ABBREVIATED_HEAD + 1);
}

/* The token after a bracketed part of a firm's name that opens at token
 * open, its suffix: "(", one to three capitalised words, ")", then a
 * firm's suffix (firm_suffix_at()), all on one line, after a capitalised word (the
 * country or the trade of one firm of a group: Toshiba Information
 * Systems (U.K.) Ltd, Jardine Fleming (Securities) Ltd, Temasek Holdings
 * (Pte) Ltd); open if none. */
static size_t bracketed_part_end(const rules *r, size_t open) {
  const verba_doc *doc = r->doc;
  size_t k = open + 1;
  if (open == 0 || open + 3 >= doc->ntoks || doc->toks[open].cp != '(' ||
      !capital_word(doc, open - 1) || !ent_goes_on(doc, open))
    return open;
  while (k < doc->ntoks && k - open <= BRACKETED_PART_WORDS && capital_word(doc, k) &&
         ent_goes_on(doc, k) && !ent_grammar_word(r->x, k))
    k++;
  if (k == open + 1 || k + 1 >= doc->ntoks || doc->toks[k].cp != ')' || !ent_goes_on(doc, k) ||
      !ent_goes_on(doc, k + 1) || !firm_suffix_at(r, k + 1))
    return open;
  return k + 1;
}

/* The first token of a bracketed part of a firm's name right before its
 * suffix at token k (bracketed_part_end()); k if none. */
static size_t bracketed_part_before(const rules *r, size_t k) {
  size_t open;
  for (open = k - 1; open + BRACKETED_PART_WORDS + 2 >= k && open > 0; open--)
    if (r->doc->toks[open].cp == '(') return bracketed_part_end(r, open) == k ? open : k;
  return k;
}

int ent_organisations(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i, k;
  int rc = ampersand_names(r);
  if (rc != VERBA_OK) return rc;
  /* the names coordinated() split off are read too */
  for (i = 0; i < r->list->n; i++) {
    verba_entity *e = &r->list->items[i];
    if (e->type > VERBA_ENT_OTHER) continue;
    /* an organisation's name ending in a word of organisations' names
     * takes the words after its "of" the model left out, decided or not
     * (The London Chamber, then of Commerce; not Microsoft of Redmond) */
    if (e->type == VERBA_ENT_ORGANIZATION &&
        (ent_names(r->x, e->last - 1) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD)))
      extend_over_of(r, e);
    if (e->flags & VERBA_ENT_DECIDED) continue;
    /* (a person's family name may be a head word, Tom Banks; an abbreviated
     * one, Corp or Ltd, is a firm's, and so is one in capitals in a line
     * that is not, Renault SA) */
    if (e->type == VERBA_ENT_PERSON && (ent_names(r->x, e->last - 1) & VERBA_NAME_SURNAME) &&
        !(ent_classes(r->x, e->last - 1) & VERBA_LEX_ABBREV_GENERAL) &&
        !((doc->toks[e->last - 1].shape & VERBA_SHAPE_ALL_CAPS) &&
          !ent_in_caps_line(r->x, e->last - 1)) &&
        !(e->last - e->first > 2 && org_head_at(r, e->first) && foreign_of(r, e->first + 1)))
      continue;
    if (organisation_name(r, e->first, e->last)) {
      /* (apart: the tokens of possessives written apart past their words) */
      size_t first = e->first, apart = 0;
      e->type = VERBA_ENT_ORGANIZATION;
      e->flags |= VERBA_ENT_DECIDED;
      extend_over_of(r, e);
      /* with the capitalised words before it the model left out (Baikal,
       * then Finance Group) */
      while (first - e->first - apart < NAME_WORDS) {
        size_t joined;
        if (e->first > 0 && name_word_before(r, e->first)) e->first--;
        else if (e->first > 0 && (joined = plural_owner_before(r, e->first)) > 0) {
          e->first -= joined;
          apart += joined - 1;
        }
        else if ((joined = ampersand_words_before(r, e->first)) > 0) e->first -= joined;
        else break;
      }
      e->start = doc->toks[e->first].start;
      cover(r->covered, e->first, first);
      cover(r->decided, e->first, first);
    }
  }
  /* (from capitalised word to capitalised word: a head word is one) */
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    size_t first = k, end = k + 1;
    int suffix, abbreviated;
    size_t bracketed = 0; /* the tokens of a bracketed part before the suffix */
    size_t apart = 0;     /* and of possessives written apart past their words */
    /* (in capitals every word is capitalised: there a head word read as
     * a word, longer than an abbreviation's, is left to the tagger; a
     * firm's abbreviation is one, CORP too) */
    /* (a head may open its sentence before another language's "of" and a
     * name: Banco do Brasil raised rates) */
    if (!org_head_at(r, k) || is_covered(r->covered, k) ||
        ((doc->toks[k].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
         !(k + 2 < doc->ntoks && foreign_of(r, k + 1) && capital_word(doc, k + 2))) ||
        ((doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) && doc->toks[k].len > ABBREVIATED_HEAD &&
         !ent_firm_abbreviation(r->x, k)))
      continue;
    suffix = ent_firm_abbreviation(r->x, k);
    /* more such words after it are the name's (Holdings Ltd), and the
     * words up to a later one (Wedgestone Realty Investors Trust) */
    end = later_head_end(r, heads_end(r, end));
    /* (over a bracketed part to the suffix after it: Nikko Securities Co
     * (Deutschland) GmbH) */
    if (bracketed_part_end(r, end) > end) end = heads_end(r, bracketed_part_end(r, end));
    abbreviated = ent_firm_abbreviation(r->x, end - 1);
    /* (a name in the possessive right before the head is the firm's
     * founder's: Standard & Poor's Corp, McDonald's Corp, Fireman's Fund) */
    while (first > 0 && k - first - bracketed - apart < NAME_WORDS &&
           !(doc->toks[first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START))) {
      size_t joined;
      /* (in a line in capitals, a word of grammar but a connector is none
       * of the name: STAKE IN ESCA CORP; WILLCOX AND GIBBS INC is one) */
      size_t founder = first == k ? founder_before(r, first, abbreviated) : 0;
      if ((opens_org_name(r, first - 1) &&
           !(ent_in_caps_line(r->x, first - 1) && ent_grammar_word(r->x, first - 1) &&
             !(ent_names(r->x, first - 1) & VERBA_NAME_NAME_CONNECTOR))) ||
          ((first < k || end > k + 1) && abbreviated && opens_firm_at_start(r, first - 1)))
        first--;
      else if ((founder > 0 && (abbreviated || end == k + 1)) ||
               /* (or before more words of the name, where the founders
                * are a partnership's: Standard & Poor's Ratings Group) */
               (first < k && (founder = founder_before(r, first, abbreviated)) > 0 &&
                ampersand_words_before(r, first - founder) > 0)) {
        first -= founder;
        apart += founder - 1;
      } else if ((joined = plural_owner_before(r, first)) > 0) {
        first -= joined;
        apart += joined - 1;
      } else if ((joined = ampersand_words_before(r, first)) > 0) first -= joined;
      else if (first == k && bracketed_part_before(r, k) < k) {
        /* (the tagger's name before the brackets is the name's start) */
        size_t m = mention_ending_at(r, bracketed_part_before(r, k), 1);
        first = bracketed_part_before(r, k);
        /* (its tokens are no words of the name's before it) */
        bracketed = k - first;
        if (m < r->sorted) {
          first = r->list->items[m].first;
          break;
        }
      } else break;
    }
    if (first == k || (bracketed > 0 && k - first - bracketed == 1)) first = and_co_start(r, first);
    /* the tagger's name right before is the start of this one (Acme, then
     * Holdings Ltd), a person's of several words too where the head word
     * is no family name (the Donald J. Trump Foundation, the Steve
     * Redgrave Trust; not Marjorie Merriweather Post) */
    if (first > 0 && !(doc->toks[first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
        !(doc->toks[first - 1].shape & VERBA_SHAPE_POSSESSIVE)) {
      /* (a person's too before a firm's abbreviated suffix: Bobbie Brooks
       * Inc, a firm named after its founder) */
      size_t m = mention_ending_at(r, first,
                                   (first == k && suffix) || bracketed > 0 ? 1
                                   : tenure_head(r, first)                 ? 0
                                   : ent_names(r->x, k) & VERBA_NAME_SURNAME ? ONE_WORD_PERSONS
                                                                           : 1);
      if (m < r->sorted) first = r->list->items[m].first;
      /* (and the capitalised words the tagger left out before it, inside
       * the sentence: New, then China, then News Agency) */
      while (m < r->sorted && first > 0 && k - first < NAME_WORDS &&
             !(doc->toks[first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
             !(doc->toks[first - 1].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
             opens_org_name(r, first - 1) && !ent_grammar_word(r->x, first - 1) &&
             !ent_title_word(r->x, first - 1))
        first--;
    }
    end = of_phrase_end(r, end);
    /* (a role's modifier first is the role's after the name: Former Enron
     * Corp. chief executive, Acting Quarnby Corp chairman) */
    if (first < k && (ent_names(r->x, first) & VERBA_NAME_ROLE_MODIFIER)) {
      /* (past an abbreviated suffix's dot) */
      size_t after = end < doc->ntoks && ent_is_dot(doc, end) ? end + 1 : end;
      if (after < doc->ntoks &&
          (ent_title_word(r->x, after) || (ent_classes(r->x, after) & VERBA_LEX_PERSON_ROLE) ||
           ent_firm_part_end(r->x, after) > after))
        first++;
    }
    /* (a bracketed part is no name without a word before it) */
    if (end - first > 1 && !(bracketed > 0 && doc->toks[first].cp == '(') &&
        !(ent_names_of(r, first, end) & VERBA_NAME_PLACE))
      rc = ent_add_decided(r, first, end, VERBA_ENT_ORGANIZATION, 0);
    k = end - 1;
  }
  if (rc == VERBA_OK) rc = bracketed_acronyms(r);
  return rc == VERBA_OK ? founders_alone(r) : rc;
}

/* ---- Names before a stock ticker -------------------------------------------------------- */

/* Capitalised words of a firm's name before its ticker, at most. */
#define TICKER_NAME_WORDS 4

/* The end of a stock ticker in angle brackets that opens at token k:
 * capital letters, a dot or a space and an exchange's letters after them
 * maybe (<GM>, <KLM.AS>, <PHAB ST>), then ">"; k if none. */
static size_t ticker_end(const verba_doc *doc, size_t k) {
  size_t i = k + 1;
  if (doc->toks[k].cp != '<' || i >= doc->ntoks || doc->toks[i].kind != VERBA_WORD ||
      !(doc->toks[i].shape & VERBA_SHAPE_ALL_CAPS) || (doc->toks[i].shape & VERBA_SHAPE_SPACED) ||
      doc->toks[i].len > 6)
    return k;
  for (i++; i < doc->ntoks && i < k + 5 && doc->toks[i].cp != '>'; i++)
    if (doc->toks[i].kind == VERBA_WORD ? !(doc->toks[i].shape & VERBA_SHAPE_ALL_CAPS)
                                        : doc->toks[i].cp != '.')
      return k;
  return i < doc->ntoks && doc->toks[i].cp == '>' ? i + 1 : k;
}

/* The capitalised words right before a stock ticker in angle brackets
 * name its firm, an organisation, whatever the tagger made of them (TAFT
 * <TFB> GETS BID; REXNORD <REX> BUYS UNIT; Swissair <SWSZ.Z>), as the
 * ticker does if the tagger read it as a person's or a place's: the
 * tagger's name that ends there, unless a rule decided it, or the words
 * no mention holds, back to the line's start or a word of grammar but a
 * connector (UNIT TO SELL STAKE IN BALLY <BLY>: BALLY). */
int ent_tickers(rules *r) {
  const verba_doc *doc = r->doc;
  const unsigned char *s = doc->text.s, *lt;
  size_t k = 0;
  int rc = VERBA_OK;
  /* (from "<" to "<" in the text: most texts have none) */
  for (lt = memchr(s, '<', doc->text.len); lt && rc == VERBA_OK;
       lt = memchr(lt + 1, '<', doc->text.len - (size_t)(lt + 1 - s))) {
    size_t first, m, end;
    k = verba_doc_token_at(doc, (size_t)(lt - s), k);
    if (k == 0 || k + 2 >= doc->ntoks || doc->toks[k].start != (size_t)(lt - s) ||
        (end = ticker_end(doc, k)) == k)
      continue;
    first = k;
    /* (the ticker stands for the firm too: <REX> is no person) */
    for (m = ent_mention_from(r, k + 1); m < r->sorted && r->list->items[m].first < end; m++) {
      verba_entity *e = &r->list->items[m];
      if (e->first > k && e->last < end && !(e->flags & VERBA_ENT_DECIDED) &&
          (e->type == VERBA_ENT_PERSON || e->type == VERBA_ENT_PLACE))
        e->type = VERBA_ENT_ORGANIZATION;
    }
    if (!capital_word(doc, k - 1)) continue;
    m = ent_mention_from(r, k - 1);
    if (m < r->sorted && r->list->items[m].first < k) {
      verba_entity *e = &r->list->items[m];
      if (e->last == k && e->type <= VERBA_ENT_OTHER && !(e->flags & VERBA_ENT_DECIDED)) {
        e->type = VERBA_ENT_ORGANIZATION;
        e->flags |= VERBA_ENT_DECIDED;
      }
      continue;
    }
    while (first > 0 && k - first < TICKER_NAME_WORDS && capital_word(doc, first - 1) &&
           !is_covered(r->covered, first - 1) &&
           !(doc->toks[first - 1].shape & VERBA_SHAPE_POSSESSIVE) &&
           !(ent_grammar_word(r->x, first - 1) &&
             !(ent_names(r->x, first - 1) & VERBA_NAME_NAME_CONNECTOR)) &&
           !(doc->toks[first].shape & VERBA_SHAPE_LINE_START))
      first--;
    /* (a connector opens no name) */
    while (first < k && (ent_names(r->x, first) & VERBA_NAME_NAME_CONNECTOR) &&
           ent_grammar_word(r->x, first))
      first++;
    if (first < k) rc = ent_add_decided(r, first, k, VERBA_ENT_ORGANIZATION, 0);
  }
  return rc;
}

/* ---- Chambers ---------------------------------------------------------------------------- */

/* Capitalised common words before the title a chamber's word qualifies,
 * at most (Senate Majority Leader, House Armed Services Chairman). */
#define OFFICE_WORDS_BEFORE_TITLE 2

/* Does the word at end, right after a chamber's word, make that word a
 * name of its own: a capitalised title (the House Speaker; Commons Speaker
 * John Bercow), after common words of the office too, or those words
 * before a person's name (Senate Majority Leader Bob Dole, House Minority
 * Whip David Bonior), or a party's members (House Republicans)? */
static int office_or_party_after(const rules *r, size_t end) {
  const verba_doc *doc = r->doc;
  size_t k = end, m;
  if (!ent_goes_on(doc, end) || !capital_word(doc, end)) return 0;
  if (ent_names(r->x, end) & GROUP_NAMES) return 1;
  while (k - end < OFFICE_WORDS_BEFORE_TITLE && ent_goes_on(doc, k) && capital_word(doc, k) &&
         !ent_title_word(r->x, k) && ent_common_word(r->x, k) && !is_covered(r->covered, k))
    k++;
  if (!ent_goes_on(doc, k) || !capital_word(doc, k)) return 0;
  if (ent_title_word(r->x, k)) return 1;
  m = ent_mention_from(r, k);
  return k > end && m < r->sorted && r->list->items[m].first == k &&
         r->list->items[m].type == VERBA_ENT_PERSON && r->list->items[m].last - k >= 2;
}

/* Does a chamber's word end its name at token end: its sentence ends, or
 * a word in lower case or a mark follows, "of" aside (the House of
 * Lords is a longer name)? */
static int ends_name(const rules *r, size_t end) {
  const verba_doc *doc = r->doc;
  return !ent_goes_on(doc, end) || (!capital_word(doc, end) && !is_word(doc, end, "of"));
}

/* Does a mention run over token k and on past it (the tagger's White House
 * and Congress, which the rules for "and" left whole)? */
static int in_longer_mention(const rules *r, size_t k) {
  size_t m = ent_mention_from(r, k);
  return m < r->sorted && r->list->items[m].first <= k &&
         r->list->items[m].last - r->list->items[m].first > 1;
}

/* Is the mention over token k, a chamber's word, that word and a party's
 * members after it alone (the tagger's Senate Republicans)? */
static int chamber_and_party(const rules *r, size_t k) {
  size_t m = ent_mention_from(r, k);
  const verba_entity *e = m < r->sorted ? &r->list->items[m] : NULL;
  return e && e->first == k && e->last == k + 2 && (ent_names(r->x, k + 1) & GROUP_NAMES) &&
         !(e->flags & VERBA_ENT_DECIDED);
}

/* The common noun of a legislature or a cabinet, capitalised (chamber),
 * is its organisation's name after "the" where no name goes on after it
 * (the House passed the bill; the Commons; The Cabinet met), and after
 * anything before a title or a party's members (House Speaker Newt
 * Gingrich; Senate Republicans). One the lists have as an organisation
 * too needs no "the" (Congress passed the bill; Parliament will vote),
 * where a sentence opens with it or no capitalised word comes before it:
 * the rule for listed names with a common sense leaves a sentence's first
 * word out. Not in a line in capitals, nor where a rule decided the word
 * into a name already or a longer name holds it. */
static int chamber_at(rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  int after_the, bare, rc;
  if (!(ent_names(r->x, k) & VERBA_NAME_CHAMBER) || ent_in_caps_line(r->x, k) ||
      is_covered(r->decided, k) || (in_longer_mention(r, k) && !chamber_and_party(r, k)))
    return VERBA_OK;
  after_the = k > 0 && is_word(doc, k - 1, "the") && ent_goes_on(doc, k);
  /* (a common word opening the sentence is no name's: Many House Democrats) */
  bare = !after_the && (!ent_goes_on(doc, k) || !capital_word(doc, k - 1) ||
                        ((doc->toks[k - 1].shape & VERBA_SHAPE_SENTENCE_START) &&
                         ent_common_word(r->x, k - 1)));
  if (office_or_party_after(r, k + 1) && (after_the || bare)) {
    rc = ent_add_decided(r, k, k + 1, VERBA_ENT_ORGANIZATION, 0);
    /* the party's members after it are a group (Senate Republicans) */
    if (rc == VERBA_OK && (ent_names(r->x, k + 1) & GROUP_NAMES) && !is_covered(r->decided, k + 1))
      rc = ent_add_decided(r, k + 1, k + 2, VERBA_ENT_GROUP, 0);
    return rc;
  }
  if (!ends_name(r, k + 1) ||
      !(after_the || (bare && (ent_names(r->x, k) & VERBA_NAME_ORGANIZATION))))
    return VERBA_OK;
  return ent_add_decided(r, k, k + 1, VERBA_ENT_ORGANIZATION, 0);
}

int ent_chambers(rules *r) { return ent_over_capitals(r, 0, chamber_at); }

/* ---- Names with "for" ------------------------------------------------------------------ */

/* Capitalised words of an organisation's name after its "for", at most
 * (the Center for Economic and Policy Research counts three). */
#define FOR_NAME_WORDS 5

/* Is token k a capitalised word of an organisation's name after its
 * "for": no word of grammar (Edison Research for The Associated Press),
 * no other organisation's name or acronym (Zorvane Research for AP), no
 * listed given name (the Organisation for Economic Cooperation and
 * Development Jean-Claude Paye's)? ("the" goes between such words only: the Center for the
 * Performing Arts is the tagger's.) */
static int word_after_for(const rules *r, size_t k) {
  verba_names names = ent_names(r->x, k);
  return capital_word(r->doc, k) && !ent_grammar_word(r->x, k) &&
         !(r->doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) && !(names & VERBA_NAME_ORGANIZATION) &&
         !((names & GIVEN_NAMES) && !(names & (VERBA_NAME_PLACE | VERBA_NAME_ORG_KEYWORD)));
}

/* Does token k open a listed organisation's or place's name of several
 * words (the Associated Press, the United States)? */
static int opens_listed_name(const rules *r, size_t k) {
  size_t n;
  if (!ent_phrase_start(r->x, k)) return 0;
  for (n = 2; n <= ENT_MAX_PHRASE && k + n <= r->doc->ntoks; n++)
    if (ent_phrase_of(r->x, k, n) & (VERBA_NAME_ORGANIZATION | VERBA_NAME_PLACE)) return 1;
  return 0;
}

/* A capitalised word that heads or ends organisations' names (org_head,
 * org_keyword: Center, Institute, Council) before "for" and capitalised
 * words, "and", "of" and "the" between them, is an organisation's name
 * with them (the Center for Economic and Policy Research, where the tagger
 * had a piece; the Council for Mutual Economic Assistance), and with the
 * capitalised words before the head that the tagger read with it, after
 * a possessive (Sanders' | College for All), or left out (the National
 * Council for Adoption). Not a firm's abbreviation (Trans World Airlines Inc for
 * DOT approval), nor in a line in capitals. */
/* Do the capitalised words from token k on hold an organisation's head
 * word or keyword, another organisation's name (the Federal Institute of
 * Technology, the Diocese of Cleveland)? */
static int another_organisation_at(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  for (; k < doc->ntoks && capital_word(doc, k) && ent_goes_on(doc, k); k++)
    if (ent_names(r->x, k) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD)) return 1;
  return 0;
}

int ent_names_with_for(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, 0); k + 2 < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    size_t first = k, end = k + 2, words = 0, m;
    if (!(ent_names(r->x, k) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD)) ||
        (doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) || !is_word(doc, k + 1, "for") ||
        !ent_goes_on(doc, k + 1) || !ent_goes_on(doc, k + 2) || ent_firm_abbreviation(r->x, k))
      continue;
    /* (over an article in lower case before a name's word that opens no
     * listed name: the Center for the Study of Democracy; not Edison
     * Research for the Associated Press) */
    if (end + 1 < doc->ntoks && is_word(doc, end, "the") && (doc->toks[end].shape & VERBA_SHAPE_LOWER) &&
        ent_goes_on(doc, end + 1) && word_after_for(r, end + 1) && !opens_listed_name(r, end + 1))
      end++;
    while (end < doc->ntoks && words < FOR_NAME_WORDS && ent_goes_on(doc, end)) {
      if (word_after_for(r, end)) {
        words++;
        end++;
      } else if ((is_word(doc, end, "and") || is_word(doc, end, "of") ||
                  (is_word(doc, end, "the") && words > 0)) &&
                 end + 1 < doc->ntoks && word_after_for(r, end + 1) && ent_goes_on(doc, end + 1)) {
        end++;
      } else if (words > 0 && is_word(doc, end, "of") && end + 2 < doc->ntoks &&
                 is_word(doc, end + 1, "the") && (doc->toks[end + 1].shape & VERBA_SHAPE_LOWER) &&
                 word_after_for(r, end + 2) && ent_goes_on(doc, end + 2) &&
                 !another_organisation_at(r, end + 2)) {
        /* (and "of the" before more: the Movement for the Survival of the
         * Ogoni People; not the Centre for Economic Research of the
         * Federal Institute of Technology, another's name) */
        end += 2;
      } else {
        break;
      }
    }
    /* (not a name cut short before a capitalised word it could not take,
     * or before an organisation's noun: the Institute for the Study of
     * Labour, a party's word; the Agency for the Joint Economic Committee,
     * or committee, another organisation) */
    if (words == 0 ||
        (ent_goes_on(doc, end) &&
         (capital_word(doc, end) || (ent_names(r->x, end) & VERBA_NAME_ORG_KEYWORD))) ||
        (end + 1 < doc->ntoks && ent_goes_on(doc, end) && ent_goes_on(doc, end + 1) &&
         (is_word(doc, end, "of") || is_word(doc, end, "and") || is_word(doc, end, "the")) &&
         capital_word(doc, end + 1)))
      continue;
    m = ent_mention_from(r, k);
    if (m < r->sorted && r->list->items[m].first < k && r->list->items[m].last > k &&
        r->list->items[m].type <= VERBA_ENT_OTHER && !(r->list->items[m].flags & VERBA_ENT_DECIDED))
      first = past_possessive(doc, r->list->items[m].first, k);
    else
      while (first > 0 && k - first < NAME_WORDS && ent_goes_on(doc, first) && name_word_before(r, first))
        first--;
    rc = ent_add_decided(r, first, end, VERBA_ENT_ORGANIZATION, 0);
    k = end - 1;
  }
  return rc;
}
