/* Names of type other that their words make: holidays (the holiday class
 * of data/en/other/: Christmas was a person, Easter a place), and the names
 * of laws, treaties and agreements: capitalised words and a word
 * that ends such names (the law_head class of data/en/treaties/: the Clean
 * Air Act, the Maastricht Treaty, the Kyoto Protocol), or such a word before
 * "of" and a name (the Treaty of Rome), are one name of type other. The
 * tagger reads their words as a place's, a person's or an organisation's
 * (Maastricht, Terrorism Bill, Geneva Conventions). Private to the entity
 * stage. */
#include "rules.h"

/* Words of a law's name up to its head word, at most, connectors aside
 * (Serious Organised Crime and Police Bill counts five). */
#define LAW_WORDS 6

/* Can the tagger's mention e be the start of a law's name: not one a rule
 * decided (a listed name, a dateline), not a person's whose first word is
 * a given name (Bill Clinton's, Edgar Law's)? */
static int mention_in_law(const rules *r, const verba_entity *e) {
  if (e->type > VERBA_ENT_OTHER || (e->flags & VERBA_ENT_DECIDED)) return 0;
  return e->type != VERBA_ENT_PERSON ||
         !(ent_names(r->x, e->first) & (VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE)) ||
         (ent_names(r->x, e->first) & VERBA_NAME_PLACE);
}

/* The first token of a law's name whose words from the token end on are
 * words: back over the tagger's mentions that may start one and
 * capitalised words no mention holds, "of" and "and" between them (the
 * Prevention of Terrorism Bill; the Serious Organised Crime and Police
 * Bill), within the sentence; end if none. Not over a title (President
 * Bill), a word of grammar or a possessive. */
static size_t law_start(const rules *r, size_t end, size_t words) {
  const verba_doc *doc = r->doc;
  size_t first = end;
  while (first > 0 && words < LAW_WORDS && ent_goes_on(doc, first)) {
    size_t k = first - 1, m;
    if (words > 0 && k > 0 && (is_word(doc, k, "of") || is_word(doc, k, "and")) &&
        ent_goes_on(doc, k) && capital_word(doc, k - 1)) {
      first = k;
      continue;
    }
    if (!capital_word(doc, k) || ent_grammar_word(r->x, k) || ent_title_word(r->x, k) ||
        (doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE))
      break;
    if (is_covered(r->covered, k)) {
      m = ent_mention_from(r, k);
      if (m >= r->sorted || r->list->items[m].last != k + 1 ||
          !mention_in_law(r, &r->list->items[m]))
        break;
      words += k + 1 - r->list->items[m].first;
      first = r->list->items[m].first;
    } else {
      words++;
      first = k;
    }
  }
  /* (a connector opens no name: of Terrorism Bill) */
  while (first < end && (is_word(doc, first, "of") || is_word(doc, first, "and"))) first++;
  return first;
}

/* The end of a law's name whose head word at head goes before "of" or "on"
 * and a capitalised name (the Treaty of Rome, the Act of Union, the
 * European Convention on Human Rights; not the Act on Monday), or
 * head + 1. */
static size_t law_end(const rules *r, size_t head) {
  const verba_doc *doc = r->doc;
  size_t end = head + 2, m;
  if (head + 2 >= doc->ntoks || !(is_word(doc, head + 1, "of") || is_word(doc, head + 1, "on")) ||
      !ent_goes_on(doc, head + 2) || !capital_word(doc, head + 2) ||
      ent_grammar_word(r->x, head + 2) ||
      (ent_names(r->x, head + 2) &
       (VERBA_NAME_MONTH | VERBA_NAME_WEEKDAY | VERBA_NAME_RELATIVE_DAY)))
    return head + 1;
  m = ent_mention_from(r, head + 2);
  if (m < r->sorted && r->list->items[m].first == head + 2) {
    if (!mention_in_law(r, &r->list->items[m])) return head + 1;
    return r->list->items[m].last;
  }
  if (is_covered(r->covered, head + 2)) return head + 1;
  while (end < doc->ntoks && end - head - 2 < LAW_WORDS && capital_word(doc, end) &&
         !is_covered(r->covered, end) && ent_goes_on(doc, end))
    end++;
  return end;
}

/* A law's name with its head word at head (law_start, law_end), other,
 * the tagger's mentions in it dropped; not where the name goes on past
 * the head (Bill Clinton), a head alone (the Act) or a headline's words
 * in title case. */
static int law_name(rules *r, size_t head) {
  const verba_doc *doc = r->doc;
  size_t first, last, m;
  if (!ent_goes_on(doc, head) || is_covered(r->decided, head) ||
      (doc->toks[head].shape & VERBA_SHAPE_ALL_CAPS) ||
      (head + 1 < doc->ntoks && capital_word(doc, head + 1) && ent_goes_on(doc, head + 1)))
    return VERBA_OK;
  /* the tagger's name with the head in it, as its last word, may start it
   * (the Prevention of | Terrorism Bill) */
  m = ent_mention_from(r, head);
  if (m < r->sorted && r->list->items[m].first <= head) {
    const verba_entity *e = &r->list->items[m];
    if (e->last != head + 1 || !mention_in_law(r, e)) return VERBA_OK;
    first = law_start(r, e->first, head + 1 - e->first);
  } else if (is_covered(r->covered, head)) {
    /* a name a rule split off the tagger's, not yet in the sorted part
     * (Chelsea and | Bill): a name of its own, no law's head */
    return VERBA_OK;
  } else {
    first = law_start(r, head, 1);
  }
  last = law_end(r, head);
  if ((first == head && last == head + 1) || ent_title_case_sentence(r->x, head)) return VERBA_OK;
  return ent_add_decided(r, first, last, VERBA_ENT_OTHER, 0);
}

int ent_laws(rules *r) { return ent_over_words_of(r, VERBA_NAME_LAW_HEAD, law_name); }

/* A holiday's word, with Day, Eve or a weekday after it (Christmas Day,
 * Easter Sunday), is a name of type other, whatever the tagger made of
 * it, but inside a longer name of the tagger's or a rule's (Christmas
 * Island, Easter Island). */
static int holiday_name(rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t last = k + 1, m;
  if (last < doc->ntoks && ent_goes_on(doc, last) && capital_word(doc, last) &&
      (is_word(doc, last, "day") || is_word(doc, last, "eve") ||
       (ent_names(r->x, last) & VERBA_NAME_WEEKDAY)))
    last++;
  m = ent_mention_from(r, k);
  if (m < r->sorted && r->list->items[m].first <= k &&
      (r->list->items[m].first != k ||
       (r->list->items[m].last != k + 1 && r->list->items[m].last != last)))
    return VERBA_OK;
  return ent_add_decided(r, k, last, VERBA_ENT_OTHER, 0);
}

int ent_holidays(rules *r) { return ent_over_words_of(r, VERBA_NAME_HOLIDAY, holiday_name); }
