/* libFuzzer target: entities (verba_entities_find) over a document under
 * a configuration with a user's words, and quotations' speakers linked to
 * them (verba_link_speakers). Mentions are in text order, apart, on code
 * point boundaries, inside their tokens; each names an entity whose type
 * is its own, whose canonical and first mentions are its, and whose
 * count is its mentions'; only a person has a gender; a list refilled
 * from the same document, or filled afresh, is the same; a linked speaker
 * names an entity of the list and its name is that entity's canonical
 * mention. */
#include "fuzz.h"

/* Field by field: the structs have padding, which memcmp would read. */
static void same_list(const verba_entity_list *a, const verba_entity_list *b) {
  size_t i;
  CHECK(a->n == b->n && a->ngroups == b->ngroups);
  for (i = 0; i < a->n && i < b->n; i++) {
    const verba_entity *x = &a->items[i], *y = &b->items[i];
    CHECK(x->start == y->start && x->end == y->end && x->first == y->first &&
          x->last == y->last && x->type == y->type && x->id == y->id && x->flags == y->flags);
  }
  for (i = 0; i < a->ngroups && i < b->ngroups; i++) {
    const verba_entity_group *x = &a->groups[i], *y = &b->groups[i];
    CHECK(x->type == y->type && x->gender == y->gender && x->canonical == y->canonical &&
          x->first == y->first && x->count == y->count && x->flags == y->flags);
  }
}

static void check_list(const verba_doc *doc, const verba_entity_list *list,
                       const unsigned char *starts, size_t size) {
  size_t i, counted = 0;
  for (i = 0; i < list->n; i++) {
    const verba_entity *e = &list->items[i];
    check_span(starts, size, e->start, e->end);
    CHECK(i == 0 || e->start >= list->items[i - 1].end);
    CHECK(e->first < e->last && e->last <= doc->ntoks);
    CHECK(doc->toks[e->first].start <= e->start &&
          e->end <= doc->toks[e->last - 1].start + doc->toks[e->last - 1].len);
    CHECK((unsigned)e->type < VERBA_ENT_NTYPES && e->id < list->ngroups);
    CHECK(e->id < list->ngroups && list->groups[e->id].type == e->type);
  }
  for (i = 0; i < list->ngroups; i++) {
    const verba_entity_group *g = &list->groups[i];
    CHECK(g->canonical < list->n && list->items[g->canonical].id == i);
    CHECK(g->first < list->n && list->items[g->first].id == i);
    CHECK(i == 0 || g->first > list->groups[i - 1].first);
    CHECK(g->count > 0);
    CHECK(g->gender == VERBA_GENDER_NONE || g->type == VERBA_ENT_PERSON);
    counted += g->count;
  }
  CHECK(counted == list->n);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  unsigned bits = take_options(&data, &size);
  verba_text t;
  verba_config cfg;
  verba_doc doc;
  verba_entity_list list, fresh;
  verba_quote_list quotes;
  unsigned char *starts;
  size_t i;
  verba_text_init(&t, (const char *)data, size);
  fuzz_config(&cfg, &t, bits);
  starts = code_point_starts(&t);
  verba_doc_init(&doc, NULL, NULL);
  CHECK(verba_doc_build(&doc, &t, &cfg) == VERBA_OK);
  verba_entity_list_init(&list);
  verba_entity_list_init(&fresh);
  CHECK(verba_entities_find(&doc, &list) == VERBA_OK);
  check_list(&doc, &list, starts, size);
  CHECK(verba_entities_find(&doc, &fresh) == VERBA_OK);
  same_list(&list, &fresh);
  CHECK(verba_entities_find(&doc, &fresh) == VERBA_OK); /* refilled */
  same_list(&list, &fresh);

  memset(&quotes, 0, sizeof quotes);
  quotes.grow = fuzz_grow_quotes;
  CHECK(verba_quotes_find(&doc, &quotes) == VERBA_OK);
  verba_attribute(&doc, quotes.items, quotes.n, NULL);
  verba_quotes_settle(quotes.items, quotes.n);
  verba_link_speakers(&doc, &list, quotes.items, quotes.n);
  for (i = 0; i < quotes.n; i++) {
    const verba_quote *q = &quotes.items[i];
    if (q->speaker_entity == VERBA_NONE) continue;
    CHECK(q->speaker_entity < list.ngroups && q->speaker_start != VERBA_NONE);
    CHECK(q->name_start == list.items[list.groups[q->speaker_entity].canonical].start &&
          q->name_end == list.items[list.groups[q->speaker_entity].canonical].end);
  }
  free(quotes.items);
  verba_entity_list_free(&list);
  verba_entity_list_free(&fresh);
  verba_doc_free(&doc);
  verba_lexicon_free(&cfg.lexicon);
  free(starts);
  return 0;
}
