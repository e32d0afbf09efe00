/* Speakers linked to entities (verba_link_speakers): the attribution
 * stage names a quotation's speaker as written and, where it can, a name
 * (name_start, name_end: "Ken Hu" for "Hu", "Ann Lee" for "she"); this
 * stage finds the entity that name is a mention of, so that a speaker is
 * one of the document's people, organisations or groups. A pronoun goes
 * only to an entity that agrees with it: he and she to a person whose
 * gender does not contradict them, it and they to an organisation or a
 * group. Linear: each lookup is a binary search and a bounded walk back. */
#include <string.h>
#include "entities.h"

/* Mentions walked back from a quotation when its speaker's name is
 * written elsewhere (a pronoun resolved to an earlier name). */
#define LINK_LOOK_BACK 64

/* What a speaker's first word asks of its entity: "it" one organisation,
 * "they" an organisation or a group. */
enum agreement { ANY_NAME, MALE_PERSON, FEMALE_PERSON, A_PERSON, COLLECTIVE, ONE_ORGANISATION };

static int proper_name(enum verba_entity_type type) {
  return type == VERBA_ENT_PERSON || type == VERBA_ENT_ORGANIZATION ||
         type == VERBA_ENT_PLACE || type == VERBA_ENT_GROUP || type == VERBA_ENT_OTHER;
}

/* The index of the first mention that ends after byte pos. */
static size_t first_ending_after(const verba_entity_list *list, size_t pos) {
  size_t lo = 0, hi = list->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (list->items[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

static enum agreement agreement_of(const verba_doc *d, const verba_quote *q) {
  size_t k = verba_doc_token_at(d, q->speaker_start, 0);
  verba_classes c;
  if (k >= d->ntoks || d->toks[k].start + d->toks[k].len > q->speaker_end) return ANY_NAME;
  c = verba_doc_classes(d, k);
  if (!(c & (VERBA_LEX_PRONOUN | VERBA_LEX_POSSESSIVE_PRONOUN))) return ANY_NAME;
  /* his son, her lawyer: someone else than the one the pronoun means */
  if ((c & VERBA_LEX_POSSESSIVE_PRONOUN) && !(c & VERBA_LEX_PRONOUN) &&
      d->toks[k].start + d->toks[k].len < q->speaker_end)
    return ANY_NAME;
  if (c & VERBA_LEX_COLLECTIVE)
    return d->toks[k].len == 2 && (d->text.s[d->toks[k].start] | 0x20) == 'i' ? ONE_ORGANISATION
                                                                                : COLLECTIVE;
  if (c & VERBA_LEX_MALE) return MALE_PERSON;
  if (c & VERBA_LEX_FEMALE) return FEMALE_PERSON;
  return A_PERSON; /* I, we, you: someone */
}

static int agrees(const verba_entity_list *list, size_t id, enum agreement want) {
  const verba_entity_group *g = &list->groups[id];
  switch (want) {
  case ANY_NAME: return proper_name(g->type);
  case COLLECTIVE:
    return g->type == VERBA_ENT_ORGANIZATION || g->type == VERBA_ENT_GROUP;
  case ONE_ORGANISATION: return g->type == VERBA_ENT_ORGANIZATION;
  case MALE_PERSON:
    return g->type == VERBA_ENT_PERSON && g->gender != VERBA_GENDER_FEMALE;
  case FEMALE_PERSON:
    return g->type == VERBA_ENT_PERSON && g->gender != VERBA_GENDER_MALE;
  case A_PERSON: return g->type == VERBA_ENT_PERSON;
  }
  return 0;
}

/* Are the bytes of mention m those of [s, e), or is its last word the
 * last word of [s, e) (Hu for Ken Hu)? */
static int names_alike(const verba_text *t, const verba_entity *m, size_t s, size_t e) {
  size_t ms = m->start, k;
  if (m->end - ms == e - s) return memcmp(t->s + ms, t->s + s, e - s) == 0;
  for (k = e; k > s && !verba_is_space(t->s[k - 1]); k--) {}
  for (; ms < m->end && m->end - ms > e - k; ms++) {}
  return m->end - ms == e - k && (ms == m->start || verba_is_space(t->s[ms - 1])) &&
         memcmp(t->s + ms, t->s + k, e - k) == 0;
}

/* Are the bytes [from, to) of the document titles alone, if any (the
 * MP of Frank Field MP)? */
static int only_titles_after(const verba_doc *d, size_t from, size_t to) {
  size_t k = verba_doc_token_at(d, from, 0);
  /* (from the first token that starts at or after from) */
  if (k < d->ntoks && d->toks[k].start < from) k++;
  for (; k < d->ntoks && d->toks[k].start < to; k++)
    if (!(verba_doc_classes(d, k) & VERBA_LEX_NAME_TITLE)) return 0;
  return 1;
}

/* The entity of a mention that ends the name [s, e) but for titles, its
 * head (Chinese electronics giant Huawei; Frank Field of Frank Field MP;
 * not Final Wars in Final Wars producer Shogo Tomiyama), a person before
 * any other; VERBA_NONE if there is none. */
static size_t named_entity(const verba_doc *d, const verba_entity_list *list, size_t s,
                           size_t e) {
  size_t m = first_ending_after(list, s), found = VERBA_NONE;
  for (; m < list->n && list->items[m].start < e; m++) {
    const verba_entity *x = &list->items[m];
    if ((x->end < e && !only_titles_after(d, x->end, e)) || !proper_name(x->type)) continue;
    if (list->groups[x->id].type == VERBA_ENT_PERSON) return x->id;
    found = x->id;
  }
  return found;
}

/* The paragraph byte pos is in. */
static size_t paragraph_at(const verba_doc *d, size_t pos) {
  size_t k = verba_doc_token_at(d, pos, 0);
  return k < d->ntoks ? d->sentences[d->toks[k].sentence].parent : VERBA_NONE;
}

/* The latest entity before q that agrees with want, or VERBA_NONE. For he
 * or she, a person of no known gender only in q's paragraph or the one
 * before: one named further back is as often not the one meant (the
 * pronoun's woman unnamed, a man named pages before). */
static size_t latest_agreeing(const verba_doc *d, const verba_entity_list *list,
                              const verba_quote *q, enum agreement want) {
  size_t k, steps, para = VERBA_NONE;
  int gendered = want == MALE_PERSON || want == FEMALE_PERSON;
  if (gendered) para = paragraph_at(d, q->start);
  for (k = first_ending_after(list, q->start), steps = 0; k > 0 && steps < LINK_LOOK_BACK;
       k--, steps++) {
    const verba_entity *x = &list->items[k - 1];
    if (!agrees(list, x->id, want)) continue;
    if (gendered && list->groups[x->id].gender == VERBA_GENDER_NONE &&
        paragraph_at(d, x->start) + 1 < para)
      continue;
    return x->id;
  }
  return VERBA_NONE;
}

/* Words a noun phrase holds before its noun, at most (The central bank
 * statement). */
#define NOUN_PHRASE_WORDS 3

/* Does token k open its sentence, past an article (The People's Daily
 * said)? */
static int opens_sentence(const verba_doc *d, size_t k) {
  return (d->toks[k].shape & VERBA_SHAPE_SENTENCE_START) ||
         (k > 0 && (d->toks[k - 1].shape & VERBA_SHAPE_SENTENCE_START) &&
          (verba_doc_classes(d, k - 1) & VERBA_LEX_ARTICLE));
}

/* Is token k a paper or a report opening its sentence in a noun phrase of
 * its own (The statement said, The central bank statement quoted), which
 * speaks for no one named? (In a statement, Dr Kelly said: a person
 * speaks.) */
static int paper_speaks(const verba_doc *d, size_t k) {
  size_t j;
  if (!(verba_doc_classes(d, k) & (VERBA_LEX_AUTHORED_NOUN | VERBA_LEX_NOUN_CUE))) return 0;
  for (j = k; j > 0 && j + NOUN_PHRASE_WORDS >= k; j--) {
    if (d->toks[j - 1].kind != VERBA_WORD) return 0;
    if (verba_doc_classes(d, j - 1) & VERBA_LEX_DETERMINER)
      return (d->toks[j - 1].shape & VERBA_SHAPE_SENTENCE_START) != 0;
  }
  return 0;
}

/* Tokens between an organisation's mention and "it" that are read for a
 * paper that speaks in its place, at most. */
#define IT_LOOK_BACK 200

/* Words a description of an organisation holds at most (the oil
 * company). */
#define DESCRIPTION_WORDS 4

/* Is q's speaker "the" and a noun in lower case that stands for an
 * organisation (classes org_referent and org_noun: the company, the
 * ministry, the British carmaker), with a few words of its own before it?
 * Such a speaker is the organisation "it" would be. */
static int organisation_described(const verba_doc *d, const verba_quote *q, size_t *noun) {
  size_t first = verba_doc_token_at(d, q->speaker_start, 0), last, k;
  const unsigned char *w;
  if (first >= d->ntoks) return 0;
  w = d->text.s + d->toks[first].start;
  for (last = first; last + 1 < d->ntoks && d->toks[last + 1].start < q->speaker_end; last++) {}
  if (last == first || last - first >= DESCRIPTION_WORDS || d->toks[first].len != 3 ||
      (w[0] | 0x20) != 't' || w[1] != 'h' || w[2] != 'e' ||
      !(verba_doc_names(d, last) & (VERBA_NAME_ORG_NOUN | VERBA_NAME_ORG_REFERENT)))
    return 0;
  for (k = first + 1; k <= last; k++)
    if (d->toks[k].kind != VERBA_WORD || (d->toks[k].shape & VERBA_SHAPE_CAPITALIZED))
      return 0;
  *noun = last;
  return 1;
}

/* Are the n bytes at a and b the same ASCII letters, in any case? */
static int same_letters(const unsigned char *a, const unsigned char *b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if ((a[i] | 0x20) != (b[i] | 0x20) || !((a[i] | 0x20) >= 'a' && (a[i] | 0x20) <= 'z'))
      return 0;
  return 1;
}

/* Is token k a noun for a kind of body whose names carry it (the ministry:
 * the Finance Ministry, the Ministry of Defence; the court, the
 * commission)? Such a description stands for no organisation of another
 * kind (the ministry is not the Bundesbank). */
static int body_named_by_kind(const verba_doc *d, size_t k) {
  static const char *const kinds[] = {"ministry", "department", "commission",
                                      "committee", "council", "court"};
  size_t i, n;
  for (i = 0; i < sizeof kinds / sizeof *kinds; i++) {
    n = strlen(kinds[i]);
    if (d->toks[k].len == n &&
        same_letters(d->text.s + d->toks[k].start, (const unsigned char *)kinds[i], n))
      return 1;
  }
  return 0;
}

/* Does the canonical name of entity id hold the bytes of token k, in any
 * case (the Finance Ministry holds "ministry")? */
static int name_holds(const verba_doc *d, const verba_entity_list *list, size_t id, size_t k) {
  const verba_entity *c = &list->items[list->groups[id].canonical];
  size_t n = d->toks[k].len, i;
  for (i = c->start; i + n <= c->end; i++)
    if (same_letters(d->text.s + i, d->text.s + d->toks[k].start, n)) return 1;
  return 0;
}

/* The organisation "it", q's speaker that the attribution stage named no
 * one, stands for: the latest one before it that opens its sentence, its
 * subject and not its possessor (Delta has declined to say what it calls "internal matters";
 * General Acquisition added it was aware the board ... GenCorp
 * shareholders ... "...," it said), unless a statement or a report is
 * written between (The statement said ... "...," it added: the statement
 * speaks, no one named); VERBA_NONE if there is none. */
static size_t organisation_before(const verba_doc *d, const verba_entity_list *list,
                                  const verba_quote *q, size_t noun, size_t *at) {
  size_t before = q->speaker_start < q->start ? q->speaker_start : q->start;
  size_t k, steps, t, end;
  /* (the latest whose name holds the description's noun first: the
   * airline is Skyward Airlines, not the pilots' union named since) */
  int holding;
  for (holding = noun != VERBA_NONE; holding >= 0; holding--) {
    for (k = first_ending_after(list, before), steps = 0; k > 0 && steps < LINK_LOOK_BACK;
         k--, steps++)
      if (list->items[k - 1].end <= before &&
          agrees(list, list->items[k - 1].id, ONE_ORGANISATION) &&
          (holding ? name_holds(d, list, list->items[k - 1].id, noun)
                   : noun == VERBA_NONE || !body_named_by_kind(d, noun)) &&
          opens_sentence(d, verba_doc_token_at(d, list->items[k - 1].start, 0)) &&
          !(d->toks[verba_doc_token_at(d, list->items[k - 1].end - 1, 0)].shape &
            VERBA_SHAPE_POSSESSIVE))
        break;
    if (k > 0 && steps < LINK_LOOK_BACK) break;
  }
  if (k == 0 || steps == LINK_LOOK_BACK) return VERBA_NONE;
  t = verba_doc_token_at(d, list->items[k - 1].end, 0);
  for (end = t + IT_LOOK_BACK; t < d->ntoks && t < end && d->toks[t].start < before; t++)
    if (paper_speaks(d, t)) return VERBA_NONE;
  *at = list->items[k - 1].start;
  return t < end ? list->items[k - 1].id : VERBA_NONE;
}

/* The organisation whose paper q's speaker is: an organisation's mention
 * in the speaker's phrase, in the possessive or not, before a paper's noun
 * (authored_noun, noun_cue) a few words on (The Home Office letter said,
 * a Tarvo Group report); VERBA_NONE if none. */
static size_t organisation_authoring(const verba_doc *d, const verba_entity_list *list,
                                     const verba_quote *q) {
  size_t m = first_ending_after(list, q->speaker_start), t, end;
  for (; m < list->n && list->items[m].start < q->speaker_end; m++) {
    const verba_entity *x = &list->items[m];
    if (x->start < q->speaker_start || list->groups[x->id].type != VERBA_ENT_ORGANIZATION) continue;
    t = verba_doc_token_at(d, x->end - 1, 0);
    for (end = t + 1 + NOUN_PHRASE_WORDS; ++t < d->ntoks && t < end && d->toks[t].start < q->speaker_end;) {
      if (d->toks[t].kind != VERBA_WORD || (d->toks[t].shape & VERBA_SHAPE_CAPITALIZED)) break;
      if (verba_doc_classes(d, t) & (VERBA_LEX_AUTHORED_NOUN | VERBA_LEX_NOUN_CUE)) return x->id;
    }
    return VERBA_NONE;
  }
  return VERBA_NONE;
}

/* The entity of the name q's speaker resolved to (name_start, name_end):
 * the one whose mention ends the name, else the latest mention before
 * the quote written alike (the name copied from another quote). A
 * pronoun whose name is an entity that does not agree with it, or he
 * or she with no name, goes to the latest entity before the quote that
 * agrees. A name the entity stage did not find stays unlinked. */
/* The organisation the speaker of an earlier quotation was linked to,
 * that speaker opening its sentence (The airline said it was "..."), and
 * where it stands; VERBA_NONE if none. */
typedef struct org_speaker {
  size_t id, at;
} org_speaker;

static size_t entity_of(const verba_doc *d, const verba_entity_list *list,
                        const verba_quote *q, enum agreement want, const org_speaker *last) {
  size_t id, k, steps, noun = VERBA_NONE, at = 0;
  if (q->name_start == VERBA_NONE) {
    if (want == ONE_ORGANISATION || (want == ANY_NAME && organisation_described(d, q, &noun))) {
      id = organisation_before(d, list, q, noun, &at);
      /* (it after a description that stood for one since: The airline
       * said it was "...," ... "...," it said) */
      if (want == ONE_ORGANISATION && last->id != VERBA_NONE &&
          (id == VERBA_NONE ? verba_doc_token_at(d, q->start, 0) <
                                  verba_doc_token_at(d, last->at, 0) + IT_LOOK_BACK
                            : last->at > at))
        return last->id;
      return id;
    }
    if (want == ANY_NAME && (id = organisation_authoring(d, list, q)) != VERBA_NONE) return id;
    return want == MALE_PERSON || want == FEMALE_PERSON ? latest_agreeing(d, list, q, want)
                                                        : VERBA_NONE;
  }
  id = named_entity(d, list, q->name_start, q->name_end);
  if (id != VERBA_NONE)
    return agrees(list, id, want) || want == ANY_NAME || want == A_PERSON
               ? id : latest_agreeing(d, list, q, want);
  for (k = first_ending_after(list, q->start), steps = 0; k > 0 && steps < LINK_LOOK_BACK;
       k--, steps++) {
    const verba_entity *x = &list->items[k - 1];
    if (proper_name(x->type) && names_alike(&d->text, x, q->name_start, q->name_end))
      return agrees(list, x->id, want) || want == ANY_NAME || want == A_PERSON
                 ? x->id : latest_agreeing(d, list, q, want);
  }
  return VERBA_NONE;
}

void verba_link_speakers(const verba_doc *doc, const verba_entity_list *list,
                         verba_quote *quotes, size_t n) {
  size_t i, noun;
  org_speaker last = {VERBA_NONE, 0};
  for (i = 0; i < n; i++) {
    verba_quote *q = &quotes[i];
    size_t id;
    q->speaker_entity = VERBA_NONE;
    if (q->speaker_start == VERBA_NONE) continue;
    id = entity_of(doc, list, q, agreement_of(doc, q), &last);
    if (id == VERBA_NONE) continue;
    if (q->name_start == VERBA_NONE && organisation_described(doc, q, &noun) &&
        opens_sentence(doc, verba_doc_token_at(doc, q->speaker_start, 0))) {
      last.id = id;
      last.at = q->speaker_start;
    }
    q->speaker_entity = id;
    q->name_start = list->items[list->groups[id].canonical].start;
    q->name_end = list->items[list->groups[id].canonical].end;
  }
}
