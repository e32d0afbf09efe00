/* verba_entities_find: the entity stage's steps in order, over one
 * document.
 *   1. tokens that are entities by kind (URLs, e-mail addresses, hashtags,
 *      @mentions) and the dates, times, amounts and numbers of numeric.c;
 *      their tokens are claimed, so that no name takes them;
 *   2. proper names: runs of capitalised words tagged by the model
 *      (features.c, tagger.c);
 *   3. the two lists merged in text order, the rules of rules.c applied
 *      (credit lines, groups), then resolved into entities (resolve.c). */
#include <string.h>
#include "entities.h"

static const char *const type_names[VERBA_ENT_NTYPES] = {
  "person", "organization", "place", "group", "other", "date", "time",
  "money", "percent", "number", "url", "email", "hashtag", "mention"
};

const char *verba_entity_type_name(enum verba_entity_type type) {
  return (unsigned)type < VERBA_ENT_NTYPES ? type_names[type] : NULL;
}

void verba_entity_list_init(verba_entity_list *list) {
  memset(list, 0, sizeof *list);
}

void verba_entity_list_free(verba_entity_list *list) {
  if (list->alloc) {
    if (list->items)
      list->alloc(list->alloc_ud, list->items, list->cap * sizeof *list->items, 0);
    if (list->groups)
      list->alloc(list->alloc_ud, list->groups,
                  list->groupcap * sizeof *list->groups, 0);
  }
  verba_entity_list_init(list);
}

int ent_add(verba_entity_list *list, const verba_doc *doc, size_t first,
            size_t last, size_t start, size_t end, enum verba_entity_type type) {
  verba_entity *e;
  int rc = ent_reserve(doc, (void **)&list->items, &list->cap, list->n + 1,
                       sizeof *list->items);
  if (rc != VERBA_OK) return rc;
  e = &list->items[list->n++];
  e->start = start;
  e->end = end;
  e->first = first;
  e->last = last;
  e->type = type;
  e->id = VERBA_NONE;
  e->flags = 0;
  return VERBA_OK;
}

/* The entity type of a token kind, or -1. */
static int kind_type(enum verba_kind kind) {
  switch (kind) {
  case VERBA_URL: return VERBA_ENT_URL;
  case VERBA_EMAIL: return VERBA_ENT_EMAIL;
  case VERBA_HASHTAG: return VERBA_ENT_HASHTAG;
  case VERBA_MENTION: return VERBA_ENT_MENTION;
  default: return -1;
  }
}

/* Does a full stop that follows no word stand right before number k? */
static int decimal_point_before(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k], *dot = k > 0 ? &doc->toks[k - 1] : NULL;
  if (t->kind != VERBA_NUMBER || !dot || dot->cp != '.' || dot->len != 1 ||
      dot->start + 1 != t->start || doc->text.s[t->start] < '0' || doc->text.s[t->start] > '9')
    return 0;
  return k < 2 || doc->toks[k - 2].start + doc->toks[k - 2].len < dot->start;
}

static void claim(unsigned char *claimed, size_t first, size_t last) {
  for (; first < last; first++) claimed[first >> 3] |= (unsigned char)(1u << (first & 7));
}

/* Step 1: entities by token kind and by the rules of numeric.c, in one
 * pass in text order; their tokens are claimed. */
int ent_claim(const ent_text *x, verba_entity_list *list, unsigned char *claimed) {
  const verba_doc *doc = x->doc;
  ent_numeric numeric;
  size_t k = 0;
  numeric.doc = doc;
  numeric.x = x;
  numeric.claimed = claimed;
  /* (from token to token of x->claims: most tokens are punctuation, or
   * words that start no pattern of numeric.c, ent_numeric_at's own first
   * test, read by ent_text_init) */
  while ((k = ent_next_bit(x->claims, doc->ntoks, k)) < doc->ntoks) {
    const verba_tok *t = &doc->toks[k];
    enum verba_entity_type rule_type = VERBA_ENT_NUMBER;
    size_t end = k + 1, start = t->start, stop = t->start + t->len;
    int type, rc;
    type = kind_type((enum verba_kind)t->kind);
    if (type < 0) {
      end = ent_numeric_at(&numeric, k, &rule_type);
      if (end == k) {
        k++;
        continue;
      }
      type = (int)rule_type;
      stop = ent_name_end(doc, end - 1);
      /* a decimal written without its zero (.5 percent, a .300 hitter)
       * keeps its point, which the words' rules leave apart */
      if (decimal_point_before(doc, k)) start = doc->toks[--k].start;
    }
    rc = ent_add(list, doc, k, end, start, stop, (enum verba_entity_type)type);
    if (rc != VERBA_OK) return rc;
    claim(claimed, k, end);
    k = end;
  }
  return VERBA_OK;
}

/* Merges the sorted items [0, mid) and [mid, n) of list in text order,
 * through a scratch copy of the second part. */
int ent_merge(const verba_doc *doc, verba_entity_list *list, size_t mid) {
  size_t nb = list->n - mid, cap = 0, a = mid, b = nb, out = list->n;
  verba_entity *tail = NULL;
  int rc;
  if (nb == 0 || mid == 0) return VERBA_OK;
  rc = ent_reserve(doc, (void **)&tail, &cap, nb, sizeof *tail);
  if (rc != VERBA_OK) return rc;
  memcpy(tail, list->items + mid, nb * sizeof *tail);
  /* from the back: the largest start of either part goes last */
  while (b > 0) {
    if (a > 0 && list->items[a - 1].start > tail[b - 1].start)
      list->items[--out] = list->items[--a];
    else
      list->items[--out] = tail[--b];
  }
  ent_release(doc, (void **)&tail, &cap, sizeof *tail);
  return VERBA_OK;
}

/* The mentions are in text order and none overlaps another: the rules
 * keep to that (a decided mention drops the ones it covers), and this
 * makes sure of it wherever two rules disagree. Of two that overlap, the
 * one a rule decided stays, else the earlier. */
static void drop_overlaps(verba_entity_list *list) {
  size_t i, out = 0;
  for (i = 0; i < list->n; i++) {
    const verba_entity *e = &list->items[i];
    if (out > 0 && e->start < list->items[out - 1].end) {
      if ((e->flags & VERBA_ENT_DECIDED) && !(list->items[out - 1].flags & VERBA_ENT_DECIDED))
        list->items[out - 1] = *e;
      continue;
    }
    list->items[out++] = *e;
  }
  list->n = out;
}

int ent_find(const verba_doc *doc, verba_entity_list *list, const ent_model *m) {
  unsigned char *claimed = NULL;
  size_t claimcap = 0, mid;
  ent_text x;
  int rc;
  if (list->alloc && (list->alloc != doc->alloc || list->alloc_ud != doc->alloc_ud))
    verba_entity_list_free(list);
  list->alloc = doc->alloc;
  list->alloc_ud = doc->alloc_ud;
  list->n = list->ngroups = 0;
  rc = ent_text_init(&x, doc);
  if (rc == VERBA_OK)
    rc = ent_reserve(doc, (void **)&claimed, &claimcap, doc->ntoks / 8 + 1, 1);
  if (rc == VERBA_OK) {
    memset(claimed, 0, claimcap);
    rc = ent_claim(&x, list, claimed);
  }
  mid = list->n;
  if (rc == VERBA_OK) rc = ent_text_prepare(&x, claimed);
  if (rc == VERBA_OK) rc = ent_tag_names(&x, m, list);
  ent_text_tagged(&x);
  ent_text_for_rules(&x);
  if (rc == VERBA_OK) rc = ent_merge(doc, list, mid);
  if (rc == VERBA_OK) rc = ent_name_rules(&x, list, claimed);
  if (rc == VERBA_OK) ent_names_written_whole(&x, list);
  if (rc == VERBA_OK) rc = ent_drop_common_words(&x, list);
  if (rc == VERBA_OK) drop_overlaps(list);
  if (rc == VERBA_OK) rc = ent_resolve(&x, list, claimed);
  if (rc == VERBA_OK) ent_abbreviation_dots(&x, list);
  ent_text_free(&x);
  ent_release(doc, (void **)&claimed, &claimcap, 1);
  if (rc != VERBA_OK) list->n = list->ngroups = 0;
  return rc;
}

int verba_entities_find(const verba_doc *doc, verba_entity_list *list) {
  return ent_find(doc, list, ent_builtin_model());
}
