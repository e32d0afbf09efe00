/* Rules over the tagger's names, where the text's form or the gazetteer
 * says more than a model trained on a few thousand names can learn:
 *   - credit lines: "(EMMANUEL DUNAND/AFP/Getty Images)", "Photo: Jane
 *     Doe/Reuters": a chain of names joined by slashes at the end of a
 *     line names a photographer, then agencies;
 *   - titles: the capitalised words right after a person's title (Mrs.
 *     Jane Doe, Sen. Chris Coons) name a person;
 *   - given names: a person's name takes the given name written right
 *     before it that the tagger left out (Ken Hu opening a text);
 *   - groups: a nationality or a people (Chinese, Canadians, Muslims:
 *     the gazetteer's demonym, nationality_plural and group classes) is a
 *     group where it stands alone, named or missed by the tagger. */
#include <string.h>
#include "entities.h"

#define GROUP_NAMES (VERBA_NAME_DEMONYM | VERBA_NAME_NATIONALITY_PLURAL | VERBA_NAME_GROUP)
/* A word of these classes is something else first (Georgia, Jordan). */
#define NOT_GROUP_NAMES (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION | VERBA_NAME_AMBIGUOUS_NAME)

static int capital_word(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  return t->kind == VERBA_WORD && (t->shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS));
}

/* Is token k taken by a rule or a name? */
static int is_covered(const unsigned char *covered, size_t k) {
  return covered[k >> 3] >> (k & 7) & 1;
}

int ent_is_title(const verba_doc *doc, size_t k) {
  verba_classes c = doc->toks[k].entry ? verba_doc_classes(doc, k) : 0;
  return doc->toks[k].kind == VERBA_WORD &&
         (doc->toks[k].shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS)) &&
         (c & (VERBA_LEX_NAME_TITLE | VERBA_LEX_ABBREV_TITLE)) &&
         !(c & VERBA_LEX_DETERMINER);
}

int ent_is_dot(const verba_doc *doc, size_t k) {
  return doc->toks[k].cp == '.' && doc->toks[k].len == 1;
}

void ent_given_name_before(const verba_doc *doc, unsigned char *covered, verba_entity *e) {
  size_t before = e->first - 1;
  if (e->first == 0 || is_covered(covered, before) || !capital_word(doc, before) ||
      (doc->toks[e->first].shape & VERBA_SHAPE_SENTENCE_START) ||
      !(ent_names(doc, before) & (VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE)))
    return;
  e->first = before;
  e->start = doc->toks[before].start;
  covered[before >> 3] |= (unsigned char)(1u << (before & 7));
}

/* A word of these classes names no person. */
#define NOT_PERSON_NAMES (VERBA_NAME_ORG_KEYWORD | VERBA_NAME_ORGANIZATION | VERBA_NAME_PLACE)

/* Words of a credit item at most; items of a chain at least. */
#define CREDIT_WORDS 4
#define CREDIT_ITEMS 2


int ent_slash_joined(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  return t->cp == '/' && t->len == 1 && !(t->shape & VERBA_SHAPE_SPACED) &&
         k + 1 < doc->ntoks && !(doc->toks[k + 1].shape & VERBA_SHAPE_SPACED);
}

/* Does token k end a line, or close a bracket that does? */
static int ends_line(const verba_doc *doc, size_t k) {
  size_t next = k + 1;
  if (next < doc->ntoks && (doc->toks[next].cp == ')' || doc->toks[next].cp == '.'))
    next++;
  return next >= doc->ntoks || (doc->toks[next].shape & VERBA_SHAPE_LINE_START);
}

/* The end of the credit item (capitalised words) that starts at k, or k. */
static size_t credit_item(const verba_doc *doc, size_t k) {
  size_t end = k;
  while (end < doc->ntoks && end - k < CREDIT_WORDS && capital_word(doc, end) &&
         (end == k || !(doc->toks[end].shape & VERBA_SHAPE_LINE_START)))
    end++;
  return end;
}

/* Drops the mentions that overlap tokens [first, last) (their type set to
 * VERBA_ENT_NTYPES, compacted later). */
static void drop_overlapping(verba_entity_list *list, size_t first, size_t last) {
  size_t i;
  for (i = 0; i < list->n; i++)
    if (list->items[i].first < last && list->items[i].last > first)
      list->items[i].type = VERBA_ENT_NTYPES;
}

static int add_item(verba_entity_list *list, const verba_doc *doc, size_t first,
                    size_t last, enum verba_entity_type type) {
  drop_overlapping(list, first, last);
  return ent_add(list, doc, first, last, doc->toks[first].start,
                 ent_name_end(doc, last - 1), type);
}

/* The credit chain that starts at token k: its items are added (the first
 * a person if it has two words or more and is no organisation, the rest
 * organisations); returns the token after the chain, or k. */
static size_t credit_chain(verba_entity_list *list, const verba_doc *doc, size_t k,
                           int *rc) {
  size_t starts[CREDIT_ITEMS * 4], ends[CREDIT_ITEMS * 4], n = 0, at = k, i;
  while (n < sizeof starts / sizeof starts[0]) {
    size_t end = credit_item(doc, at);
    if (end == at) return k;
    starts[n] = at;
    ends[n++] = end;
    if (end < doc->ntoks && ent_slash_joined(doc, end)) {
      at = end + 1;
      continue;
    }
    break;
  }
  if (n < CREDIT_ITEMS || !ends_line(doc, ends[n - 1] - 1)) return k;
  for (i = 0; i < n && *rc == VERBA_OK; i++) {
    int person = i == 0 && ends[0] - starts[0] >= 2 &&
                 !(ent_phrase(doc, starts[0], ends[0] - starts[0]) & VERBA_NAME_ORGANIZATION);
    *rc = add_item(list, doc, starts[i], ends[i],
                   person ? VERBA_ENT_PERSON : VERBA_ENT_ORGANIZATION);
  }
  return ends[n - 1];
}

/* A credit chain opens a line, a bracket or follows a colon (Photo: ...). */
static int opens_credit(const verba_doc *doc, size_t k) {
  const verba_tok *t;
  if (doc->toks[k].shape & VERBA_SHAPE_LINE_START) return 1;
  t = &doc->toks[k - 1];
  return t->len == 1 && (t->cp == '(' || t->cp == ':');
}


int ent_name_rules(const verba_doc *doc, verba_entity_list *list,
                   unsigned char *covered) {
  size_t mid = list->n, i, k, out = 0, kept_first = 0;
  int rc = VERBA_OK;
  for (i = 0; i < list->n; i++)
    for (k = list->items[i].first; k < list->items[i].last; k++)
      covered[k >> 3] |= (unsigned char)(1u << (k & 7));
  /* names the tagger found that are nationalities and peoples */
  for (i = 0; i < mid; i++) {
    verba_entity *e = &list->items[i];
    uint32_t names;
    if (e->type > VERBA_ENT_OTHER || e->last - e->first != 1) continue;
    names = ent_names(doc, e->first);
    if ((names & GROUP_NAMES) && !(names & NOT_GROUP_NAMES)) e->type = VERBA_ENT_GROUP;
  }
  for (k = 0; k < doc->ntoks && rc == VERBA_OK; k++) {
    size_t end, j;
    if (!capital_word(doc, k) || !opens_credit(doc, k)) continue;
    end = credit_chain(list, doc, k, &rc);
    for (j = k; j < end; j++) covered[j >> 3] |= (unsigned char)(1u << (j & 7));
    if (end > k) k = end - 1;
  }
  for (i = 0; i < mid; i++)
    if (list->items[i].type == VERBA_ENT_PERSON)
      ent_given_name_before(doc, covered, &list->items[i]);
  for (k = 0; k < doc->ntoks && rc == VERBA_OK; k++) {
    size_t first = k + 1, end;
    if (!ent_is_title(doc, k)) continue;
    if (first < doc->ntoks && ent_is_dot(doc, first)) first++;
    end = first;
    /* words that name no person end it: General Motors, King Street */
    while (end < doc->ntoks && end - first < CREDIT_WORDS && capital_word(doc, end) &&
           !is_covered(covered, end) && !ent_is_title(doc, end) &&
           !(ent_names(doc, end) & NOT_PERSON_NAMES) &&
           !(doc->toks[end].shape & (VERBA_SHAPE_LINE_START | VERBA_SHAPE_SENTENCE_START)))
      end++;
    if (end > first) {
      rc = ent_add(list, doc, first, end, doc->toks[first].start, ent_name_end(doc, end - 1),
                   VERBA_ENT_PERSON);
      for (; first < end; first++) covered[first >> 3] |= (unsigned char)(1u << (first & 7));
    }
  }
  for (k = 0; k < doc->ntoks && rc == VERBA_OK; k++) {
    uint32_t names;
    if (!capital_word(doc, k) || is_covered(covered, k)) continue;
    names = ent_names(doc, k);
    if ((names & GROUP_NAMES) && !(names & NOT_GROUP_NAMES))
      rc = ent_add(list, doc, k, k + 1, doc->toks[k].start, ent_name_end(doc, k),
                   VERBA_ENT_GROUP);
  }
  if (rc != VERBA_OK) return rc;
  /* the dropped go; the rest is two lists in text order */
  for (i = 0; i < list->n; i++) {
    if (list->items[i].type == VERBA_ENT_NTYPES) continue;
    if (i < mid) kept_first++;
    list->items[out++] = list->items[i];
  }
  list->n = out;
  return ent_merge(doc, list, kept_first);
}
