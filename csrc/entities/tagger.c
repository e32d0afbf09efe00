/* The tagger: an averaged perceptron's weights (model_data.h, made by
 * tools/train_ner.c) score each token of a run for every BILOU tag, and
 * Viterbi picks the best sequence that is well formed (B I* L or U, one
 * type per name). */
#include <string.h>
#include "entities.h"
#include "model_data.h"

static const ent_model builtin = {
  ner_slots, ner_pairs, ner_dense, NER_NSLOTS, ner_transitions, ner_starts
};

const ent_model *ent_builtin_model(void) { return &builtin; }

/* ent_score adds a dense row in three blocks of eight. */
typedef char row_is_three_blocks[ENT_ROW == 24 ? 1 : -1];

void ent_score(const ent_model *m, const uint32_t *features, unsigned n,
               int32_t *scores) {
  memset(scores, 0, ENT_ROW * sizeof *scores);
  ent_score_add(m, features, n, scores);
}

void ent_score_add(const ent_model *m, const uint32_t *features, unsigned n,
                   int32_t *scores) {
  uint32_t mask = m->nslots - 1;
  unsigned f;
  for (f = 0; f < n; f++) {
    uint32_t key = features[f];
    size_t i = key & mask;
    while (m->slots[2 * i] && m->slots[2 * i] != key) i = (i + 1) & mask;
    if (m->slots[2 * i]) {
      uint32_t row = m->slots[2 * i + 1], p = row >> 5, end = p + (row & 31);
      if ((row & 31) == ENT_DENSE_COUNT) {
        const int16_t *d = m->dense + (size_t)p * ENT_ROW;
        int t;
        int32_t *out = scores;
        /* by blocks of eight, each a fixed-size loop the compiler turns
         * into straight vector code (no loop of three around it) */
        for (t = 0; t < 8; t++) out[t] += d[t];
        for (t = 8; t < 16; t++) out[t] += d[t];
        for (t = 16; t < 24; t++) out[t] += d[t];
        continue;
      }
      for (; p < end; p++) scores[m->pairs[p] >> 16] += (int16_t)(m->pairs[p] & 0xFFFF);
    }
  }
}

/* The tags that leave no name open (O, L, U: O, B or U may follow them)
 * and those that open nothing (O, B, U: they may follow those), for the
 * five model types; the array sizes fail to compile if the types change. */
static const unsigned char closed_tags[1 + 2 * ENT_MODEL_TYPES] = {
  ENT_O, 3, 4, 7, 8, 11, 12, 15, 16, 19, 20};
static const unsigned char fresh_tags[1 + 2 * ENT_MODEL_TYPES] = {
  ENT_O, 1, 4, 5, 8, 9, 12, 13, 16, 17, 20};
typedef char model_types_are_five[ENT_MODEL_TYPES == 5 ? 1 : -1];

/* A tag no path reaches: far below any real score (a run has at most
 * ENT_MAX_RUN tokens of at most ENT_MAX_FEATURES weights of at most 4000
 * each: some 25 million) and far above overflow, so that paths from it
 * lose every comparison without being tested for. */
#define IMPOSSIBLE (-1000000000)
#define NFRESH (sizeof fresh_tags)
#define NCLOSED (sizeof closed_tags)

void ent_lattice_init(ent_lattice *l, const int16_t *trans, const int16_t *start) {
  size_t j, a;
  int t;
  for (t = 0; t < ENT_NTAGS; t++) l->start[t] = start ? start[t] : 0;
  memset(l->from_closed, 0, sizeof l->from_closed);
  for (a = 0; a < NCLOSED; a++)
    for (j = 0; j < NFRESH; j++)
      l->from_closed[a][j] = trans[closed_tags[a] * ENT_NTAGS + fresh_tags[j]];
  l->spread = 0;
  for (j = 0; j < NFRESH; j++) {
    int32_t low = l->from_closed[0][j], high = low;
    for (a = 1; a < NCLOSED; a++) {
      if (l->from_closed[a][j] < low) low = l->from_closed[a][j];
      if (l->from_closed[a][j] > high) high = l->from_closed[a][j];
    }
    if (high - low > l->spread) l->spread = high - low;
  }
  for (t = 0; t < ENT_MODEL_TYPES; t++) {
    int from, to;
    for (from = 0; from < 2; from++)
      for (to = 0; to < 2; to++)
        l->to_open[t][from][to] =
            trans[ENT_TAG(t, ENT_B + from) * ENT_NTAGS + ENT_TAG(t, ENT_I + to)];
  }
}

void ent_lattice_decode(const ent_lattice *l, const int32_t *emit, size_t n,
                        unsigned char *back, unsigned char *tags) {
  int32_t score[ENT_NTAGS], closed[NCLOSED], top[ENT_NEDGE_ROW], arg[ENT_NEDGE_ROW];
  int32_t floor;
  size_t i, j, a, first;
  int b, t, best;
  if (n == 0) return;
  if (n == 1) { /* one token: the best of O and the U tags, in that order */
    best = ENT_O;
    for (t = 0; t < ENT_MODEL_TYPES; t++) {
      b = ENT_TAG(t, ENT_U);
      if (emit[b] + l->start[b] > emit[best] + l->start[best]) best = b;
    }
    tags[0] = (unsigned char)best;
    return;
  }
  for (b = 0; b < ENT_NTAGS; b++) score[b] = IMPOSSIBLE;
  for (j = 0; j < NFRESH; j++) {
    b = fresh_tags[j];
    score[b] = emit[b] + l->start[b];
  }
  for (i = 1; i < n; i++) {
    const int32_t *e = emit + i * ENT_NTAGS;
    unsigned char *from = back + i * ENT_NTAGS;
    /* the closed tags' scores side by side, in the order of from_closed,
     * and the best of them */
    floor = closed[0] = score[closed_tags[0]];
    for (a = 1; a < NCLOSED; a++) {
      closed[a] = score[closed_tags[a]];
      floor = closed[a] > floor ? closed[a] : floor;
    }
    /* a closed tag below this is beaten on every edge by the best one
     * (strictly: it ties none), so only those at or above it are read */
    floor -= l->spread;
    /* I and L follow B or I of their type (B and I are read before the
     * loop below overwrites B) */
    for (t = 0; t < ENT_MODEL_TYPES; t++) {
      int open_b = ENT_TAG(t, ENT_B), open_i = ENT_TAG(t, ENT_I);
      int32_t sb = score[open_b], si = score[open_i];
      for (b = 0; b < 2; b++) {
        int32_t vb = sb + l->to_open[t][0][b], vi = si + l->to_open[t][1][b];
        int to = open_i + b;
        score[to] = (vb >= vi ? vb : vi) + e[to];
        from[to] = (unsigned char)(vb >= vi ? open_b : open_i);
      }
    }
    /* O, B and U follow the best closed tag: the first of the best, as
     * the scan keeps the earlier of equals; all of them at once, closed
     * tag by closed tag, of those near enough the best to win an edge
     * (most often the best alone; the padding lanes are computed and
     * unused) */
    for (first = 0; closed[first] < floor; first++) {
    }
    for (j = 0; j < ENT_NEDGE_ROW; j++) {
      top[j] = closed[first] + l->from_closed[first][j];
      arg[j] = (int32_t)first;
    }
    for (a = first + 1; a < NCLOSED; a++) {
      const int32_t *row = l->from_closed[a];
      int32_t c = closed[a];
      if (c < floor) continue;
      for (j = 0; j < ENT_NEDGE_ROW; j++) {
        int32_t v = c + row[j];
        int better = v > top[j];
        top[j] = better ? v : top[j];
        arg[j] = better ? (int32_t)a : arg[j];
      }
    }
    for (j = 0; j < NFRESH; j++) {
      b = fresh_tags[j];
      score[b] = top[j] + e[b];
      from[b] = closed_tags[arg[j]];
    }
  }
  /* O is always reachable: it follows every closed tag */
  best = ENT_O;
  for (j = 0; j < NCLOSED; j++) {
    b = closed_tags[j];
    if (score[b] > score[best]) best = b;
  }
  for (i = n; i-- > 0;) {
    tags[i] = (unsigned char)best;
    if (i > 0) best = back[i * ENT_NTAGS + (size_t)best];
  }
}

void ent_viterbi(const int32_t *emit, size_t n, const int16_t *trans,
                 const int16_t *start, unsigned char *back, unsigned char *tags) {
  ent_lattice l;
  ent_lattice_init(&l, trans, start);
  ent_lattice_decode(&l, emit, n, back, tags);
}

/* The mention of tokens [first, last) of run r as the tags name it, from
 * its first word: no name opens with a mark (a run goes on over the dot
 * of an abbreviation, TueF. Udvar-Hazy Center, where the tags may open a
 * name at the dot). */
static int add_name(const verba_doc *doc, verba_entity_list *list, size_t first,
                    size_t last, int tag) {
  while (first < last && doc->toks[first].kind == VERBA_PUNCT) first++;
  if (first == last) return VERBA_OK;
  return ent_add(list, doc, first, last, doc->toks[first].start,
                 ent_name_end(doc, last - 1),
                 (enum verba_entity_type)ENT_TAG_TYPE(tag));
}

int ent_tag_names(ent_text *x, const ent_model *m, verba_entity_list *list) {
  const verba_doc *doc = x->doc;
  /* a token's scores take ENT_ROW entries: the last one's spill over */
  int32_t emit[ENT_MAX_RUN * ENT_NTAGS + ENT_ROW];
  unsigned char back[ENT_MAX_RUN * ENT_NTAGS], tags[ENT_MAX_RUN];
  unsigned counts[ENT_MAX_RUN];
  ent_lattice lattice;
  size_t r, i;
  ent_lattice_init(&lattice, m->transitions, m->starts);
  for (r = 0; r < x->nruns; r++) {
    const ent_run *run = &x->runs[r];
    size_t n = run->last - run->first, open = 0;
    /* the scores through ent_run_scores' memo; the features one by one
     * for a run with a token of too many (as the trainer reads them) */
    int rc = ent_run_scores(x, run, m, emit);
    if (rc == ENT_TOO_MANY_FEATURES) {
      rc = ent_run_features(x, run, counts);
      if (rc != VERBA_OK) return rc;
      for (i = 0; i < n; i++)
        ent_score(m, x->features + i * ENT_MAX_FEATURES, counts[i],
                  emit + i * ENT_NTAGS);
    }
    if (rc != VERBA_OK) return rc;
    ent_lattice_decode(&lattice, emit, n, back, tags);
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
