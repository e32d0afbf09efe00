/* The tagger: an averaged perceptron's weights (model_data.h, made by
 * tools/train_ner.c) score each token of a run for every BILOU tag, and
 * Viterbi picks the best sequence that is well formed (B I* L or U, one
 * type per name). */
#include <string.h>
#include "entities.h"
#include "model_data.h"

static const ent_model builtin = {
  ner_keys, ner_rows, ner_tags, ner_weights, NER_NSLOTS, ner_transitions,
  ner_starts
};

const ent_model *ent_builtin_model(void) { return &builtin; }

void ent_score(const ent_model *m, const uint32_t *features, unsigned n,
               int32_t *scores) {
  uint32_t mask = m->nslots - 1;
  unsigned f;
  memset(scores, 0, ENT_NTAGS * sizeof *scores);
  for (f = 0; f < n; f++) {
    uint32_t key = features[f], i = key & mask;
    while (m->keys[i] && m->keys[i] != key) i = (i + 1) & mask;
    if (m->keys[i]) {
      uint32_t row = m->rows[i], p = row >> 5, end = p + (row & 31);
      for (; p < end; p++) scores[m->tags[p]] += m->weights[p];
    }
  }
}

/* Does tag a leave no name open (so that O, B or U may follow)? */
static int closed(int a) {
  return a == ENT_O || ENT_TAG_PART(a) == ENT_L || ENT_TAG_PART(a) == ENT_U;
}

/* May tag b come after a closed tag (O, B, U), or only inside a name? */
static int starts_fresh(int b) {
  return b == ENT_O || ENT_TAG_PART(b) == ENT_B || ENT_TAG_PART(b) == ENT_U;
}

/* Scores stay far from overflow: a run has at most ENT_MAX_RUN tokens of
 * at most ENT_MAX_FEATURES int16 weights. */
#define IMPOSSIBLE (-0x3FFFFFFF)

/* The best predecessor of tag b among the tags allowed before it: the
 * closed ones before O, B and U; B and I of its type before I and L. */
static int32_t best_before(const int32_t *score, const int16_t *trans, int b,
                           int *from) {
  int32_t top = IMPOSSIBLE;
  int a, t;
  if (starts_fresh(b)) {
    for (a = 0; a < ENT_NTAGS; a++)
      if (closed(a) && score[a] != IMPOSSIBLE &&
          score[a] + trans[a * ENT_NTAGS + b] > top) {
        top = score[a] + trans[a * ENT_NTAGS + b];
        *from = a;
      }
    return top;
  }
  t = ENT_TAG_TYPE(b);
  for (a = ENT_TAG(t, ENT_B); a <= ENT_TAG(t, ENT_I); a++)
    if (score[a] != IMPOSSIBLE && score[a] + trans[a * ENT_NTAGS + b] > top) {
      top = score[a] + trans[a * ENT_NTAGS + b];
      *from = a;
    }
  return top;
}

void ent_viterbi(const int32_t *emit, size_t n, const int16_t *trans,
                 const int16_t *start, unsigned char *back, unsigned char *tags) {
  int32_t score[ENT_NTAGS], next[ENT_NTAGS];
  size_t i;
  int b, best;
  if (n == 0) return;
  for (b = 0; b < ENT_NTAGS; b++)
    score[b] = starts_fresh(b) ? emit[b] + (start ? start[b] : 0) : IMPOSSIBLE;
  for (i = 1; i < n; i++) {
    const int32_t *e = emit + i * ENT_NTAGS;
    for (b = 0; b < ENT_NTAGS; b++) {
      int from = ENT_O;
      int32_t top = best_before(score, trans, b, &from);
      next[b] = top == IMPOSSIBLE ? IMPOSSIBLE : top + e[b];
      back[i * ENT_NTAGS + b] = (unsigned char)from;
    }
    memcpy(score, next, sizeof score);
  }
  /* O is always reachable: it follows every closed tag */
  best = ENT_O;
  for (b = 0; b < ENT_NTAGS; b++)
    if (closed(b) && score[b] != IMPOSSIBLE && score[b] > score[best]) best = b;
  for (i = n; i-- > 0;) {
    tags[i] = (unsigned char)best;
    if (i > 0) best = back[i * ENT_NTAGS + best];
  }
}

/* The mention of tokens [first, last) of run r as the tags name it. */
static int add_name(const verba_doc *doc, verba_entity_list *list, size_t first,
                    size_t last, int tag) {
  return ent_add(list, doc, first, last, doc->toks[first].start,
                 ent_name_end(doc, last - 1),
                 (enum verba_entity_type)ENT_TAG_TYPE(tag));
}

int ent_tag_names(ent_text *x, const ent_model *m, verba_entity_list *list) {
  const verba_doc *doc = x->doc;
  int32_t emit[ENT_MAX_RUN * ENT_NTAGS];
  unsigned char back[ENT_MAX_RUN * ENT_NTAGS], tags[ENT_MAX_RUN];
  unsigned counts[ENT_MAX_RUN];
  size_t r, i;
  for (r = 0; r < x->nruns; r++) {
    const ent_run *run = &x->runs[r];
    size_t n = run->last - run->first, open = 0;
    int rc = ent_run_features(x, run, counts);
    if (rc != VERBA_OK) return rc;
    for (i = 0; i < n; i++)
      ent_score(m, x->features + i * ENT_MAX_FEATURES, counts[i],
                emit + i * ENT_NTAGS);
    ent_viterbi(emit, n, m->transitions, m->starts, back, tags);
    for (i = 0; i < n; i++) {
      int tag = tags[i];
      if (tag == ENT_O) continue;
      if (ENT_TAG_PART(tag) == ENT_B) open = i;
      if (ENT_TAG_PART(tag) == ENT_U) open = i;
      if (ENT_TAG_PART(tag) == ENT_L || ENT_TAG_PART(tag) == ENT_U) {
        rc = add_name(doc, list, run->first + open, run->first + i + 1, tag);
        if (rc != VERBA_OK) return rc;
      }
    }
  }
  return VERBA_OK;
}
