/* C checks of the entity stage that Lua cannot make: every allocation
 * failure of verba_entities_find handled (VERBA_ENOMEM, an empty list,
 * nothing leaked), one list reused over documents and allocators, the
 * mentions in order and apart, groups that agree with their mentions.
 *   make entities-test      (make entities-test VALGRIND=valgrind) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "verba.h"
#include "check.h"

static const char *const TEXT =
    "HUAWEI TROLLS THE U.S. IN EUROPE\n\n"
    "Huawei's rotating chairman, Ken Hu, spoke in Brussels on Tuesday, March 5, 2019, "
    "at 10:30 p.m. EST. Sales rose 40 per cent to $1.5 billion. Mr. John Smith of the "
    "Bank of England and the World Health Organisation (WHO) agreed; Hu said Huawei would "
    "stay. Leeds beat Chelsea 2-1 at Elland Road.\n"
    "(EMMANUEL DUNAND/AFP/Getty Images) https://example.org #tech @verba\n"
    "Men's 400 metres went to Ken Hu. Zorblax driver Gerhard Berger said so. "
    "Analysts say Dravik expects its profits to rise. Dravik said on Monday that its sales fell.";

/* Mentions in text order and apart, inside the text; each group's first
 * and canonical mentions are its own and its count is right. */
static void check_list(const verba_doc *doc, const verba_entity_list *list) {
  size_t i, g, *count = calloc(list->ngroups + 1, sizeof *count);
  CHECK(count != NULL);
  if (!count) return;
  for (i = 0; i < list->n; i++) {
    const verba_entity *e = &list->items[i];
    CHECK(e->start < e->end && e->end <= doc->text.len);
    CHECK(i == 0 || list->items[i - 1].end <= e->start);
    CHECK(e->first < e->last && e->last <= doc->ntoks);
    CHECK(e->id < list->ngroups);
    if (e->id < list->ngroups) {
      count[e->id]++;
      CHECK(list->groups[e->id].type == e->type);
    }
  }
  for (g = 0; g < list->ngroups; g++) {
    const verba_entity_group *grp = &list->groups[g];
    CHECK(grp->count == count[g] && grp->count > 0);
    CHECK(grp->first < list->n && list->items[grp->first].id == g);
    CHECK(grp->canonical < list->n && list->items[grp->canonical].id == g);
    CHECK(g == 0 || list->groups[g - 1].first < grp->first);
  }
  free(count);
}

/* The text of the first mention of type, or "". */
static const char *first_of(const verba_doc *doc, const verba_entity_list *list,
                            enum verba_entity_type type, char *buf, size_t cap) {
  size_t i;
  buf[0] = 0;
  for (i = 0; i < list->n; i++)
    if (list->items[i].type == type) {
      size_t n = list->items[i].end - list->items[i].start;
      if (n >= cap) n = cap - 1;
      memcpy(buf, doc->text.s + list->items[i].start, n);
      buf[n] = 0;
      break;
    }
  return buf;
}

int main(void) {
  verba_config cfg;
  verba_text t;
  verba_doc doc;
  verba_entity_list list;
  test_alloc c;
  char buf[64];
  long fail;
  int rc, failed_some = 0;

  verba_config_default(&cfg);
  verba_text_init(&t, TEXT, strlen(TEXT));

  /* the whole stage, through the caller's allocator */
  memset(&c, 0, sizeof c);
  verba_doc_init(&doc, test_alloc_fn, &c);
  CHECK(verba_doc_build(&doc, &t, &cfg) == VERBA_OK);
  verba_entity_list_init(&list);
  CHECK(verba_entities_find(&doc, &list) == VERBA_OK);
  check_list(&doc, &list);
  CHECK(strcmp(first_of(&doc, &list, VERBA_ENT_MONEY, buf, sizeof buf), "$1.5 billion") == 0);
  CHECK(strcmp(first_of(&doc, &list, VERBA_ENT_PERCENT, buf, sizeof buf), "40 per cent") == 0);
  CHECK(strcmp(first_of(&doc, &list, VERBA_ENT_URL, buf, sizeof buf), "https://example.org") == 0);
  CHECK(strcmp(verba_entity_type_name(VERBA_ENT_MENTION), "mention") == 0);
  CHECK(verba_entity_type_name(VERBA_ENT_NTYPES) == NULL);

  /* the same list again, on the same document: the same result */
  {
    size_t n = list.n, ngroups = list.ngroups;
    CHECK(verba_entities_find(&doc, &list) == VERBA_OK);
    CHECK(list.n == n && list.ngroups == ngroups);
    check_list(&doc, &list);
  }
  verba_entity_list_free(&list);
  verba_doc_free(&doc);
  CHECK(c.live == 0);

  /* every allocation failure: VERBA_ENOMEM and an empty list, or done;
   * nothing leaked either way */
  for (fail = 1; fail < 10000; fail++) {
    test_alloc build;
    memset(&build, 0, sizeof build);
    build.from_on = 1; /* every call of the stage from the fail-th on */
    verba_doc_init(&doc, test_alloc_fn, &build);
    CHECK(verba_doc_build(&doc, &t, &cfg) == VERBA_OK);
    build.fail_at = build.calls + fail;
    verba_entity_list_init(&list);
    rc = verba_entities_find(&doc, &list);
    CHECK(rc == VERBA_OK || rc == VERBA_ENOMEM);
    if (rc == VERBA_ENOMEM) {
      failed_some = 1;
      CHECK(list.n == 0 && list.ngroups == 0);
    } else {
      check_list(&doc, &list);
    }
    verba_entity_list_free(&list);
    verba_doc_free(&doc);
    CHECK(build.live == 0);
    if (rc == VERBA_OK) break;
  }
  CHECK(failed_some);

  /* a list filled from documents of two allocators in turn */
  verba_entity_list_init(&list);
  {
    verba_doc other;
    memset(&c, 0, sizeof c);
    verba_doc_init(&doc, test_alloc_fn, &c);
    verba_doc_init(&other, NULL, NULL);
    CHECK(verba_doc_build(&doc, &t, &cfg) == VERBA_OK);
    CHECK(verba_doc_build(&other, &t, &cfg) == VERBA_OK);
    CHECK(verba_entities_find(&doc, &list) == VERBA_OK);
    CHECK(verba_entities_find(&other, &list) == VERBA_OK);
    check_list(&other, &list);
    verba_entity_list_free(&list);
    verba_doc_free(&other);
    verba_doc_free(&doc);
    CHECK(c.live == 0);
  }

  /* an empty text */
  verba_text_init(&t, "", 0);
  verba_doc_init(&doc, NULL, NULL);
  CHECK(verba_doc_build(&doc, &t, &cfg) == VERBA_OK);
  verba_entity_list_init(&list);
  CHECK(verba_entities_find(&doc, &list) == VERBA_OK && list.n == 0 && list.ngroups == 0);
  verba_entity_list_free(&list);
  verba_doc_free(&doc);

  if (failures) {
    fprintf(stderr, "entities_test: %d failures\n", failures);
    return 1;
  }
  printf("entities_test: ok (%ld allocation failures handled)\n", fail - 1);
  return 0;
}
