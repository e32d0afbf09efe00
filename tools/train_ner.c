/* Trains the proper-name tagger of the entity stage on GUM and writes its
 * weights as csrc/entities/model_data.h (`make model`).
 *
 *   train_ner [options] GUM_CONLLU_DIR
 *     --splits FILE   the split of each document (default DIR/../splits.tsv)
 *     --epochs N      passes over the training split (default 10)
 *     --augment N     also trains on a copy of each training document with
 *                     its first and every N-th sentence in capitals (as
 *                     headlines and bylines are; default 1: the whole
 *                     copy; 0: none). Without it, text in capitals scores
 *                     some 30 points lower.
 *     --caps-eval     scores dev and test written in capitals (a check)
 *     --runs N        models trained with different shuffling seeds whose
 *                     weights are averaged (default 30): one order of the
 *                     examples is as good as another, and the average of
 *                     several varies less than any of them
 *     --prune W       drops weights of magnitude below W, in quantised units
 *                     (the largest is 4000; default 60)
 *     --out FILE      where the model goes (default: nothing written)
 *     --jsonl DIR     writes DIR/gum-{dev,test}.{gold,pred}.jsonl for
 *                     ../shared/tools/score_entities.py
 *
 * It links the library: each document's text is rebuilt from the CoNLL-U
 * (`# text =` lines, a blank line at `# newpar`), verba builds its
 * document, and features come from the same code as at run time
 * (csrc/entities/features.c). Evaluation runs the whole entity stage
 * (verba_entities_find's steps) with the weights as they will ship.
 *
 * Gold names (GUM marks every mention, named or not): a mention is named
 * when its head (the token whose syntactic head is outside it) is a proper
 * noun, or when proper nouns end it right after a common noun head, or
 * after the head and "of" (the nominee Terry McAuliffe, the state of
 * Texas: the name is theirs). Its name is the run of words around the head that are proper
 * nouns or capitalised, joined by connectors (of, the, and, &, for, on)
 * and name particles (de, van, bin, al ...); a person's name is joined by
 * particles only, and stops at a mention of something else inside it
 * (Ambassador to the United States Hamdullah Mohib). Titles are left out
 * of a person's name (U.S. President Donald Trump -> Donald Trump: the
 * lexicon's name_title and abbrev_title words), as is a possessive 's
 * (GUM's own token), and so is a leading article (The Onion -> Onion).
 * A name inside another mention's name is not one
 * (Bank of England, not England). Types: person -> person (a plural proper
 * noun head, Muslims, -> group), organization, place; event, object and
 * abstract -> other; the rest (time, substance, animal, plant) are not
 * names.
 *
 * Deterministic: documents in splits.tsv order, a fixed shuffling seed. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "verba.h"
#include "lexicon_data.h"
#include "entities/entities.h"

#define MAX_LINE 65536
#define SEED 20240611u

static void die(const char *fmt, ...) {
  va_list ap;
  fputs("train_ner: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  exit(1);
}

static void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) die("out of memory");
  return p;
}

/* Appends one item to a growing array: GROW(array, n, cap). */
#define GROW(a, n, cap)                                        \
  do {                                                         \
    if ((n) >= (cap)) {                                        \
      (cap) = (cap) ? 2 * (cap) : 64;                          \
      (a) = xrealloc((a), (cap) * sizeof *(a));                \
    }                                                          \
  } while (0)

/* ---- CoNLL-U --------------------------------------------------------------- */

typedef struct gtok {
  size_t start, end; /* bytes in the document's text */
  int head;          /* index in the sentence of its head, -1 for the root */
  int propn, plural, capital, particle, connector, determiner;
} gtok;

enum { SPLIT_TRAIN, SPLIT_DEV, SPLIT_TEST };

typedef struct mention {
  size_t sent, a, b; /* tokens [a, b] of sentence sent (document indices) */
  char id[32];
  char type[16];
} mention;

typedef struct gold {
  size_t start, end;
  int type; /* enum verba_entity_type */
} gold;

typedef struct document {
  char name[128];
  int split;
  char *text;
  size_t len, cap;
  gtok *toks;
  size_t ntoks, tokcap;
  size_t *sent_first; /* first token of each sentence, and ntoks at the end */
  size_t nsent, sentcap;
  mention *ments;
  size_t nments, mentcap;
  gold *golds;
  size_t ngolds, goldcap;
} document;

static void append_text(document *d, const char *s, size_t n) {
  while (d->len + n + 1 > d->cap) {
    d->cap = d->cap ? 2 * d->cap : 4096;
    d->text = xrealloc(d->text, d->cap);
  }
  memcpy(d->text + d->len, s, n);
  d->len += n;
  d->text[d->len] = 0;
}

static int is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

/* Name particles and connectors, as the gold rule reads GUM's tokens. */
static int word_in(const char *w, const char *const *list) {
  for (; *list; list++)
    if (strcmp(w, *list) == 0) return 1;
  return 0;
}
static const char *const particles[] = {
  "de", "del", "della", "di", "da", "dos", "das", "do", "du", "des", "la",
  "le", "van", "von", "der", "den", "ter", "ten", "bin", "ibn", "bint", "al",
  "el", "y", "zu", "-", NULL};
static const char *const connectors[] = {"of", "the", "and", "&", "for", "on", NULL};

/* Splits a tab-separated line in place into at most max fields. */
static int split_tabs(char *line, char **f, int max) {
  int n = 0;
  f[n++] = line;
  while (n < max && (line = strchr(line, '\t')) != NULL) {
    *line++ = 0;
    f[n++] = line;
  }
  return n;
}

/* Reads the Entity= annotations of token ti (document index) from misc. */
static void read_entities(document *d, size_t ti, const char *misc, mention **open,
                          size_t *nopen, size_t *opencap) {
  const char *v = strstr(misc, "Entity=");
  if (!v || (v != misc && v[-1] != '|')) return;
  v += 7;
  while (*v && *v != '|') {
    if (*v == '(') {
      const char *e = v + 1;
      mention m;
      size_t n;
      const char *dash;
      while (*e && *e != '(' && *e != ')' && *e != '|') e++;
      memset(&m, 0, sizeof m);
      m.sent = d->nsent - 1;
      m.a = m.b = ti;
      dash = strchr(v + 1, '-');
      if (!dash || dash > e) die("%s: bad Entity %s", d->name, v);
      n = (size_t)(dash - v - 1);
      if (n >= sizeof m.id) n = sizeof m.id - 1;
      memcpy(m.id, v + 1, n);
      {
        const char *t = dash + 1, *t_end = t;
        while (t_end < e && *t_end != '-') t_end++;
        n = (size_t)(t_end - t);
        if (n >= sizeof m.type) n = sizeof m.type - 1;
        memcpy(m.type, t, n);
      }
      if (*e == ')') {
        GROW(d->ments, d->nments, d->mentcap);
        d->ments[d->nments++] = m;
        v = e + 1;
      } else {
        GROW(*open, *nopen, *opencap);
        (*open)[(*nopen)++] = m;
        v = e;
      }
    } else {
      const char *e = v;
      size_t n, i;
      while (*e && *e != ')' && *e != '(' && *e != '|') e++;
      if (*e != ')') die("%s: bad Entity close %s", d->name, v);
      n = (size_t)(e - v);
      for (i = *nopen; i-- > 0;)
        if (strlen((*open)[i].id) == n && memcmp((*open)[i].id, v, n) == 0) {
          mention m = (*open)[i];
          m.b = ti;
          GROW(d->ments, d->nments, d->mentcap);
          d->ments[d->nments++] = m;
          memmove(*open + i, *open + i + 1, (*nopen - i - 1) * sizeof **open);
          (*nopen)--;
          break;
        }
      v = e + 1;
    }
  }
}

static void read_conllu(document *d, const char *path) {
  FILE *f = fopen(path, "r");
  char *line = xrealloc(NULL, MAX_LINE);
  int newpar = 0;
  size_t sent_base = 0, search = 0, sent_start = 0;
  mention *open = NULL;
  size_t nopen = 0, opencap = 0;
  if (!f) die("cannot open %s", path);
  while (fgets(line, MAX_LINE, f)) {
    size_t n = strlen(line);
    char *fl[10];
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
    if (strcmp(line, "# newpar") == 0) {
      newpar = 1;
      continue;
    }
    if (strncmp(line, "# text = ", 9) == 0) {
      if (d->nsent > 0) append_text(d, newpar ? "\n\n" : " ", newpar ? 2 : 1);
      newpar = 0;
      sent_start = search = d->len;
      append_text(d, line + 9, n - 9);
      GROW(d->sent_first, d->nsent + 1, d->sentcap);
      d->sent_first[d->nsent++] = d->ntoks;
      sent_base = d->ntoks;
      nopen = 0;
      continue;
    }
    if (line[0] == '#' || line[0] == 0) continue;
    if (split_tabs(line, fl, 10) != 10) die("%s: bad line", path);
    if (strchr(fl[0], '-') || strchr(fl[0], '.')) continue;
    {
      gtok t;
      const char *hit = strstr(d->text + search, fl[1]);
      size_t len = strlen(fl[1]);
      memset(&t, 0, sizeof t);
      if (!hit) die("%s: token %s not in its sentence", path, fl[1]);
      t.start = (size_t)(hit - d->text);
      t.end = t.start + len;
      search = t.end;
      t.head = atoi(fl[6]) - 1;
      if (t.head >= 0) t.head += (int)sent_base;
      t.propn = strcmp(fl[3], "PROPN") == 0;
      t.determiner = strcmp(fl[3], "DET") == 0;
      t.plural = strcmp(fl[4], "NNPS") == 0;
      t.capital = is_upper_ascii(fl[1][0]) || (unsigned char)fl[1][0] >= 0xC0;
      t.particle = word_in(fl[1], particles);
      t.connector = word_in(fl[1], connectors);
      GROW(d->toks, d->ntoks, d->tokcap);
      d->toks[d->ntoks++] = t;
      read_entities(d, d->ntoks - 1, fl[9], &open, &nopen, &opencap);
    }
    (void)sent_start;
  }
  GROW(d->sent_first, d->nsent + 1, d->sentcap);
  d->sent_first[d->nsent] = d->ntoks;
  free(open);
  free(line);
  fclose(f);
}

/* ---- Gold names ---------------------------------------------------------------- */

static int gum_type(const char *type, const gtok *head) {
  if (strcmp(type, "person") == 0)
    return head->plural ? VERBA_ENT_GROUP : VERBA_ENT_PERSON;
  if (strcmp(type, "organization") == 0) return VERBA_ENT_ORGANIZATION;
  if (strcmp(type, "place") == 0) return VERBA_ENT_PLACE;
  if (strcmp(type, "event") == 0 || strcmp(type, "object") == 0 ||
      strcmp(type, "abstract") == 0)
    return VERBA_ENT_OTHER;
  return -1;
}

static int nameish(const gtok *t) { return t->propn || t->capital; }

/* Is token k inside a mention other than m (a different entity) that does
 * not hold m's head? */
static int other_mention_at(const document *d, const mention *m, size_t k,
                            size_t head) {
  size_t i;
  for (i = 0; i < d->nments; i++) {
    const mention *o = &d->ments[i];
    if (o->sent != m->sent || strcmp(o->id, m->id) == 0) continue;
    if (o->a <= k && k <= o->b && !(o->a <= head && head <= o->b) &&
        o->a >= m->a && o->b <= m->b)
      return 1;
  }
  return 0;
}

/* Is the word t[start, end) a title in verba's lexicon? (Not an
 * honorific: the tagger reads Sir and Dame as the plain words they were
 * when it was trained, and learns the spans the annotators gave them, Dame
 * Zaha Hadid; the rules cut the title off its names.) */
static int is_title(const verba_lexicon *lx, const char *s, size_t n) {
  uint32_t id;
  verba_classes c;
  if (n && s[n - 1] == '.') n--;
  id = verba_lex_find(lx, s, n, VERBA_CASE_CAPITALIZED);
  c = verba_lex_classes(lx, id);
  return (c & (VERBA_LEX_NAME_TITLE | VERBA_LEX_ABBREV_TITLE)) &&
         !(c & VERBA_LEX_DETERMINER) && !(verba_lex_names(lx, id) & VERBA_NAME_HONORIFIC);
}

static void add_gold(document *d, size_t start, size_t end, int type) {
  GROW(d->golds, d->ngolds, d->goldcap);
  d->golds[d->ngolds].start = start;
  d->golds[d->ngolds].end = end;
  d->golds[d->ngolds].type = type;
  d->ngolds++;
}

/* The named span of each named mention (see the top of this file). */
static void find_golds(document *d, const verba_lexicon *lx) {
  size_t i, j;
  size_t *first = xrealloc(NULL, (d->nments + 1) * sizeof *first);
  size_t *last = xrealloc(NULL, (d->nments + 1) * sizeof *last);
  int *type = xrealloc(NULL, (d->nments + 1) * sizeof *type);
  for (i = 0; i < d->nments; i++) {
    const mention *m = &d->ments[i];
    size_t head = (size_t)-1, k, l, r, floor;
    int person;
    type[i] = -1;
    for (k = m->a; k <= m->b; k++) {
      int h = d->toks[k].head;
      if (h < 0 || (size_t)h < m->a || (size_t)h > m->b) {
        head = k;
        break;
      }
    }
    if (head == (size_t)-1) continue;
    floor = m->a;
    if (!d->toks[head].propn) {
      /* a name in apposition right after a common noun head: nominee
       * Terry McAuliffe, philologist Rasmus Rask (not a place nested in
       * it: a school in Boston) */
      size_t start = head + 1, end;
      if (start <= m->b && d->toks[start].end - d->toks[start].start == 2 &&
          memcmp(d->text + d->toks[start].start, "of", 2) == 0)
        start++; /* the state of Texas, the island of Busuanga */
      end = start;
      while (end <= m->b && d->toks[end].propn && !other_mention_at(d, m, end, head)) end++;
      if (end == start || end <= m->b) continue;
      floor = start;
      head = end - 1;
    }
    type[i] = gum_type(m->type, &d->toks[head]);
    if (type[i] < 0) continue;
    person = type[i] == VERBA_ENT_PERSON;
#define JOINS(t) ((t)->particle || (!person && (t)->connector))
#define STOPS(k) (person && other_mention_at(d, m, (k), head))
    l = r = head;
    while (l > floor && (nameish(&d->toks[l - 1]) || JOINS(&d->toks[l - 1])) &&
           !STOPS(l - 1))
      l--;
    while (r < m->b && (nameish(&d->toks[r + 1]) || JOINS(&d->toks[r + 1])) &&
           !STOPS(r + 1))
      r++;
    /* not the article: The Onion is Onion, as the lexicon trims it */
    while (l < head && ((!nameish(&d->toks[l]) && !d->toks[l].particle) ||
                        d->toks[l].determiner))
      l++;
    while (r > head && !nameish(&d->toks[r])) r--;
    if (person)
      for (k = l; k < r; k++)
        if (is_title(lx, d->text + d->toks[k].start, d->toks[k].end - d->toks[k].start))
          l = k + 1;
    if (is_title(lx, d->text + d->toks[l].start, d->toks[l].end - d->toks[l].start) &&
        l == r)
      type[i] = -1; /* a title alone names no one */
    first[i] = l;
    last[i] = r;
  }
  /* a name inside another name is part of it */
  for (i = 0; i < d->nments; i++) {
    int inside = 0;
    if (type[i] < 0) continue;
    for (j = 0; j < d->nments && !inside; j++)
      if (j != i && type[j] >= 0 && first[j] <= first[i] && last[i] <= last[j] &&
          (first[j] != first[i] || last[j] != last[i]))
        inside = 1;
    for (j = 0; j < i && !inside; j++) /* the same span twice: once */
      if (type[j] >= 0 && first[j] == first[i] && last[j] == last[i]) inside = 1;
    if (!inside)
      add_gold(d, d->toks[first[i]].start, d->toks[last[i]].end, type[i]);
  }
  free(first);
  free(last);
  free(type);
}

/* ---- Documents ---------------------------------------------------------------- */

typedef struct corpus {
  document *docs;
  size_t n, cap;
} corpus;

static void read_corpus(corpus *c, const char *dir, const char *splits,
                        const verba_lexicon *lx) {
  FILE *f = fopen(splits, "r");
  char line[1024];
  if (!f) die("cannot open %s", splits);
  while (fgets(line, sizeof line, f)) {
    char *fl[4], path[2048];
    document *d;
    line[strcspn(line, "\r\n")] = 0;
    if (split_tabs(line, fl, 4) < 3 || strcmp(fl[0], "doc") == 0) continue;
    GROW(c->docs, c->n, c->cap);
    d = &c->docs[c->n++];
    memset(d, 0, sizeof *d);
    snprintf(d->name, sizeof d->name, "%s", fl[0]);
    d->split = strcmp(fl[2], "train") == 0 ? SPLIT_TRAIN
               : strcmp(fl[2], "dev") == 0 ? SPLIT_DEV
                                           : SPLIT_TEST;
    snprintf(path, sizeof path, "%s/%s.conllu", dir, fl[0]);
    read_conllu(d, path);
    find_golds(d, lx);
  }
  fclose(f);
}

/* ---- Training instances --------------------------------------------------------- */

/* Feature index of the trainer: hash -> index, open addressing. */
typedef struct index_map {
  uint32_t *keys;
  int32_t *vals;
  size_t cap, n;
} index_map;

static int32_t map_get(const index_map *m, uint32_t key) {
  size_t i = (key * 0x9E3779B1u) & (m->cap - 1);
  for (; m->keys[i]; i = (i + 1) & (m->cap - 1))
    if (m->keys[i] == key) return m->vals[i];
  return -1;
}

static int32_t map_add(index_map *m, uint32_t key) {
  size_t i;
  if (2 * (m->n + 1) > m->cap) {
    index_map big;
    size_t j;
    big.cap = m->cap ? 2 * m->cap : 1 << 16;
    big.n = m->n;
    big.keys = calloc(big.cap, sizeof *big.keys);
    big.vals = calloc(big.cap, sizeof *big.vals);
    if (!big.keys || !big.vals) die("out of memory");
    for (j = 0; j < m->cap; j++)
      if (m->keys[j]) {
        size_t k = (m->keys[j] * 0x9E3779B1u) & (big.cap - 1);
        while (big.keys[k]) k = (k + 1) & (big.cap - 1);
        big.keys[k] = m->keys[j];
        big.vals[k] = m->vals[j];
      }
    free(m->keys);
    free(m->vals);
    *m = big;
  }
  i = (key * 0x9E3779B1u) & (m->cap - 1);
  for (; m->keys[i]; i = (i + 1) & (m->cap - 1))
    if (m->keys[i] == key) return m->vals[i];
  m->keys[i] = key;
  m->vals[i] = (int32_t)m->n;
  return (int32_t)m->n++;
}

/* A run of a training document: its tokens' feature indices and gold tags. */
typedef struct instance {
  size_t len;
  size_t feat0;  /* first entry in the feature pool */
  size_t *nfeat; /* per token, into feats */
  unsigned char *tags;
} instance;

typedef struct trainset {
  instance *items;
  size_t n, cap;
  int32_t *feats; /* feature indices, token after token */
  size_t nfeats, featcap;
  uint32_t *hashes; /* the hash of each index */
  size_t nhashes, hashcap;
  index_map map;
  size_t gold, misaligned, unreachable;
} trainset;

/* The token of doc starting at byte start, or VERBA_NONE. */
static size_t token_at(const verba_doc *doc, size_t start) {
  size_t lo = 0, hi = doc->ntoks;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (doc->toks[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < doc->ntoks && doc->toks[lo].start == start ? lo : VERBA_NONE;
}

/* Tokens [*first, *last) of the gold span g, or 0 if its ends are inside
 * verba's tokens (a name's end may be before the possessive of its last). */
static int align(const verba_doc *doc, const gold *g, size_t *first, size_t *last) {
  size_t f = token_at(doc, g->start), k;
  if (f == VERBA_NONE) return 0;
  for (k = f; k < doc->ntoks && doc->toks[k].start < g->end; k++)
    if (ent_name_end(doc, k) == g->end ||
        doc->toks[k].start + doc->toks[k].len == g->end) {
      *first = f;
      *last = k + 1;
      return 1;
    }
  return 0;
}

static void add_instances(trainset *ts, const verba_doc *doc, const document *d) {
  ent_text x;
  verba_entity_list list;
  unsigned char *claimed = calloc(doc->ntoks / 8 + 1, 1);
  unsigned char *tags = calloc(doc->ntoks + 1, 1);
  size_t *run_of = malloc((doc->ntoks + 1) * sizeof *run_of);
  unsigned counts[ENT_MAX_RUN];
  size_t r, i, k;
  if (!claimed || !tags || !run_of) die("out of memory");
  verba_entity_list_init(&list);
  if (ent_text_init(&x, doc) != VERBA_OK || ent_claim(&x, &list, claimed) != VERBA_OK ||
      ent_text_prepare(&x, claimed) != VERBA_OK)
    die("out of memory");
  verba_entity_list_free(&list);
  for (k = 0; k < doc->ntoks; k++) run_of[k] = VERBA_NONE;
  for (r = 0; r < x.nruns; r++)
    for (k = x.runs[r].first; k < x.runs[r].last; k++) run_of[k] = r;
  for (i = 0; i < d->ngolds; i++) {
    size_t f, l;
    int type = d->golds[i].type;
    ts->gold++;
    if (!align(doc, &d->golds[i], &f, &l)) {
      ts->misaligned++;
      continue;
    }
    if (run_of[f] == VERBA_NONE || run_of[l - 1] != run_of[f]) {
      if (getenv("NER_DEBUG"))
        fprintf(stderr, "outside runs: %.*s\n", (int)(d->golds[i].end - d->golds[i].start),
                d->text + d->golds[i].start);
      ts->unreachable++;
      continue;
    }
    if (l - f == 1) {
      tags[f] = (unsigned char)ENT_TAG(type, ENT_U);
    } else {
      tags[f] = (unsigned char)ENT_TAG(type, ENT_B);
      for (k = f + 1; k + 1 < l; k++) tags[k] = (unsigned char)ENT_TAG(type, ENT_I);
      tags[l - 1] = (unsigned char)ENT_TAG(type, ENT_L);
    }
  }
  for (r = 0; r < x.nruns; r++) {
    const ent_run *run = &x.runs[r];
    instance *in;
    size_t len = run->last - run->first;
    if (ent_run_features(&x, run, counts) != VERBA_OK) die("out of memory");
    GROW(ts->items, ts->n, ts->cap);
    in = &ts->items[ts->n++];
    in->len = len;
    in->feat0 = ts->nfeats;
    in->nfeat = malloc(len * sizeof *in->nfeat);
    in->tags = malloc(len);
    if (!in->nfeat || !in->tags) die("out of memory");
    for (i = 0; i < len; i++) {
      unsigned j;
      in->tags[i] = tags[run->first + i];
      in->nfeat[i] = counts[i];
      for (j = 0; j < counts[i]; j++) {
        uint32_t h = x.features[i * ENT_MAX_FEATURES + j];
        int32_t idx = map_add(&ts->map, h);
        if ((size_t)idx == ts->nhashes) {
          GROW(ts->hashes, ts->nhashes, ts->hashcap);
          ts->hashes[ts->nhashes++] = h;
        }
        GROW(ts->feats, ts->nfeats, ts->featcap);
        ts->feats[ts->nfeats++] = idx;
      }
    }
  }
  ent_text_free(&x);
  free(claimed);
  free(tags);
  free(run_of);
}

/* Writes the ASCII letters of s[start, end) in capitals (offsets kept). */
static void upper_ascii(char *s, size_t start, size_t end) {
  for (; start < end; start++)
    if (s[start] >= 'a' && s[start] <= 'z') s[start] = (char)(s[start] - ('a' - 'A'));
}

/* Adds the runs of a copy of document d in which its first sentence (a
 * title) and every every-th sentence are written in capitals, as
 * headlines and bylines are: the same names at the same offsets. */
static void add_capitals(trainset *ts, const verba_doc *doc, const document *d,
                         const verba_config *cfg, int every) {
  document copy = *d;
  verba_doc caps;
  verba_text t;
  size_t s;
  copy.text = xrealloc(NULL, d->len + 1);
  memcpy(copy.text, d->text, d->len + 1);
  for (s = 0; s < doc->nsentences; s++)
    if (s == 0 || s % (size_t)every == 0)
      upper_ascii(copy.text, doc->sentences[s].start, doc->sentences[s].end);
  verba_doc_init(&caps, NULL, NULL);
  verba_text_init(&t, copy.text, copy.len);
  if (verba_doc_build(&caps, &t, cfg) != VERBA_OK) die("out of memory");
  add_instances(ts, &caps, &copy);
  verba_doc_free(&caps);
  free(copy.text);
}

/* ---- The averaged perceptron ---------------------------------------------------- */

typedef struct weights {
  size_t nfeat;
  int32_t *w;     /* nfeat * NTAGS, then the transitions, then the starts */
  double *acc;    /* the sum of c * update of each weight, for averaging */
  size_t size;
  long c;         /* updates so far + 1 */
} weights;

#define TRANS_AT(nfeat) ((nfeat) * ENT_NTAGS)
#define START_AT(nfeat) (TRANS_AT(nfeat) + ENT_NTAGS * ENT_NTAGS)

static void update(weights *wt, size_t i, int d) {
  wt->w[i] += d;
  wt->acc[i] += (double)wt->c * d;
}

/* Decodes instance in with the current (not averaged) weights. */
static void decode(const trainset *ts, const weights *wt, const instance *in,
                   unsigned char *out) {
  int32_t emit[ENT_MAX_RUN * ENT_NTAGS];
  int16_t trans[ENT_NTAGS * ENT_NTAGS], start[ENT_NTAGS];
  unsigned char back[ENT_MAX_RUN * ENT_NTAGS];
  size_t i, f = in->feat0;
  int t;
  for (t = 0; t < ENT_NTAGS * ENT_NTAGS; t++) {
    int32_t v = wt->w[TRANS_AT(wt->nfeat) + (size_t)t];
    trans[t] = (int16_t)(v > 30000 ? 30000 : v < -30000 ? -30000 : v);
  }
  for (t = 0; t < ENT_NTAGS; t++) {
    int32_t v = wt->w[START_AT(wt->nfeat) + (size_t)t];
    start[t] = (int16_t)(v > 30000 ? 30000 : v < -30000 ? -30000 : v);
  }
  for (i = 0; i < in->len; i++) {
    size_t j;
    int32_t *e = emit + i * ENT_NTAGS;
    memset(e, 0, ENT_NTAGS * sizeof *e);
    for (j = 0; j < in->nfeat[i]; j++, f++) {
      const int32_t *row = wt->w + (size_t)ts->feats[f] * ENT_NTAGS;
      for (t = 0; t < ENT_NTAGS; t++) e[t] += row[t];
    }
  }
  ent_viterbi(emit, in->len, trans, start, back, out);
}

static void train_one(const trainset *ts, weights *wt, const instance *in) {
  unsigned char pred[ENT_MAX_RUN];
  size_t i, f = in->feat0;
  decode(ts, wt, in, pred);
  for (i = 0; i < in->len; i++) {
    size_t j;
    int g = in->tags[i], p = pred[i];
    int gp = i ? in->tags[i - 1] : -1, pp = i ? pred[i - 1] : -1;
    if (g != p)
      for (j = 0; j < in->nfeat[i]; j++) {
        size_t row = (size_t)ts->feats[f + j] * ENT_NTAGS;
        update(wt, row + (size_t)g, 1);
        update(wt, row + (size_t)p, -1);
      }
    f += in->nfeat[i];
    if (g != p || gp != pp) {
      if (i == 0) {
        update(wt, START_AT(wt->nfeat) + (size_t)g, 1);
        update(wt, START_AT(wt->nfeat) + (size_t)p, -1);
      } else {
        update(wt, TRANS_AT(wt->nfeat) + (size_t)gp * ENT_NTAGS + (size_t)g, 1);
        update(wt, TRANS_AT(wt->nfeat) + (size_t)pp * ENT_NTAGS + (size_t)p, -1);
      }
    }
  }
  wt->c++;
}

/* ---- The shipped form ------------------------------------------------------------- */

typedef struct packed {
  uint32_t *slots;
  uint32_t *pairs;
  int16_t *dense;
  size_t ndense;
  int16_t trans[ENT_NTAGS * ENT_NTAGS], starts[ENT_NTAGS];
  uint32_t nslots;
  size_t npairs, nfeatures;
  ent_model model;
} packed;

static double averaged(const weights *wt, size_t i) {
  return wt->w[i] - wt->acc[i] / (double)wt->c;
}

static uint32_t next_random(uint32_t *state) {
  *state = *state * 1664525u + 1013904223u;
  return *state >> 8;
}

/* Trains a model from zero with the given shuffling seed and adds its
 * averaged weights to sum. */
static void train_run(const trainset *ts, int epochs, uint32_t seed, double *sum,
                      size_t size) {
  weights wt;
  size_t *order = xrealloc(NULL, (ts->n + 1) * sizeof *order), k, i;
  int e;
  memset(&wt, 0, sizeof wt);
  wt.nfeat = ts->nhashes;
  wt.size = size;
  wt.w = calloc(size, sizeof *wt.w);
  wt.acc = calloc(size, sizeof *wt.acc);
  if (!wt.w || !wt.acc) die("out of memory");
  wt.c = 1;
  for (k = 0; k < ts->n; k++) order[k] = k;
  for (e = 0; e < epochs; e++) {
    for (k = ts->n; k > 1; k--) { /* Fisher-Yates with the run's seed */
      size_t j = next_random(&seed) % k, tmp = order[k - 1];
      order[k - 1] = order[j];
      order[j] = tmp;
    }
    for (k = 0; k < ts->n; k++) train_one(ts, &wt, &ts->items[order[k]]);
  }
  for (i = 0; i < size; i++) sum[i] += averaged(&wt, i);
  free(wt.w);
  free(wt.acc);
  free(order);
}

/* Quantises the averaged weights (the largest becomes QUANT_MAX), drops
 * those below prune, and lays the rest out as ent_model's tables. */
#define QUANT_MAX 4000.0
/* A feature with this many weights or more gets a dense row. */
#define DENSE_MIN 8

static int compare_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

static void pack(const trainset *ts, const double *w, size_t size, int prune, packed *p) {
  double top = 0, scale;
  size_t i, n = 0, pairs = 0, nfeat = ts->nhashes;
  uint32_t *order;
  int t;
  for (i = 0; i < size; i++) {
    double v = w[i];
    if (v < 0) v = -v;
    if (v > top) top = v;
  }
  scale = top > 0 ? QUANT_MAX / top : 1;
  memset(p, 0, sizeof *p);
  /* the features that keep a weight, in key order */
  order = xrealloc(NULL, (nfeat + 1) * sizeof *order);
  for (i = 0; i < nfeat; i++) {
    int keep = 0;
    for (t = 0; t < ENT_NTAGS; t++) {
      double q = w[i * ENT_NTAGS + (size_t)t] * scale;
      if (q >= prune || q <= -prune) keep++;
    }
    if (keep) order[n++] = ts->hashes[i];
  }
  qsort(order, n, sizeof *order, compare_u32);
  p->nslots = 1;
  while (p->nslots < n + n / 3 + 1) p->nslots *= 2;
  p->slots = calloc(2 * (size_t)p->nslots, sizeof *p->slots);
  p->pairs = xrealloc(NULL, (n * ENT_NTAGS + 1) * sizeof *p->pairs);
  p->dense = xrealloc(NULL, (n * ENT_ROW + 1) * sizeof *p->dense);
  if (!p->slots) die("out of memory");
  for (i = 0; i < n; i++) {
    uint32_t key = order[i], s = key & (p->nslots - 1), count = 0;
    size_t f = (size_t)map_get(&ts->map, key);
    while (p->slots[2 * s]) s = (s + 1) & (p->nslots - 1);
    p->slots[2 * s] = key;
    for (t = 0; t < ENT_NTAGS; t++) {
      double q = w[f * ENT_NTAGS + (size_t)t] * scale;
      long r = (long)(q < 0 ? q - 0.5 : q + 0.5);
      if (r >= prune || r <= -prune) {
        p->pairs[pairs] = (uint32_t)t << 16 | (uint16_t)(int16_t)r;
        pairs++;
        count++;
      }
    }
    if (count >= DENSE_MIN) { /* a row of every tag's weight instead */
      int16_t *row = p->dense + p->ndense * ENT_ROW;
      memset(row, 0, ENT_ROW * sizeof *row);
      for (; count > 0; count--) {
        uint32_t pr = p->pairs[--pairs];
        row[pr >> 16] = (int16_t)(pr & 0xFFFF);
      }
      p->slots[2 * s + 1] = (uint32_t)p->ndense++ << 5 | ENT_DENSE_COUNT;
      continue;
    }
    p->slots[2 * s + 1] = (uint32_t)(pairs - count) << 5 | count;
  }
  for (t = 0; t < ENT_NTAGS * ENT_NTAGS; t++) {
    double q = w[TRANS_AT(nfeat) + (size_t)t] * scale;
    p->trans[t] = (int16_t)(q < 0 ? q - 0.5 : q + 0.5);
  }
  for (t = 0; t < ENT_NTAGS; t++) {
    double q = w[START_AT(nfeat) + (size_t)t] * scale;
    p->starts[t] = (int16_t)(q < 0 ? q - 0.5 : q + 0.5);
  }
  p->npairs = pairs;
  p->nfeatures = n;
  p->model.slots = p->slots;
  p->model.pairs = p->pairs;
  p->model.dense = p->dense;
  p->model.nslots = p->nslots;
  p->model.transitions = p->trans;
  p->model.starts = p->starts;
  free(order);
}

static void unpack(packed *p) {
  free(p->slots);
  free(p->pairs);
  free(p->dense);
}

/* ---- Evaluation --------------------------------------------------------------------- */

#define SCORED 3 /* person, organization, place */

typedef struct score {
  size_t tp[VERBA_ENT_NTYPES], pred[VERBA_ENT_NTYPES], gold[VERBA_ENT_NTYPES];
} score;

static double f1(size_t tp, size_t pred, size_t gold) {
  return tp ? 200.0 * tp / (double)(pred + gold) : 0;
}

static double overall(const score *s) {
  size_t tp = 0, pred = 0, gold = 0;
  int t;
  for (t = 0; t < SCORED; t++) {
    tp += s->tp[t];
    pred += s->pred[t];
    gold += s->gold[t];
  }
  return f1(tp, pred, gold);
}

static void json_string(FILE *f, const char *s, size_t n) {
  size_t i;
  fputc('"', f);
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
    else if (c == '\n') fputs("\\n", f);
    else if (c < 0x20) fprintf(f, "\\u%04x", c);
    else fputc(c, f);
  }
  fputc('"', f);
}

static void json_entity(FILE *f, int first, size_t start, size_t end, int type) {
  fprintf(f, "%s{\"start\": %zu, \"stop\": %zu, \"type\": \"%s\"}", first ? "" : ", ",
          start + 1, end, verba_entity_type_name((enum verba_entity_type)type));
}

/* Scores the documents of split with model m; with files, writes the gold
 * and predicted names as JSON Lines. */
static void evaluate(const corpus *c, verba_doc *docs, int split, const ent_model *m,
                     score *s, FILE *gold_out, FILE *pred_out) {
  verba_entity_list list;
  size_t di, i, j;
  memset(s, 0, sizeof *s);
  verba_entity_list_init(&list);
  for (di = 0; di < c->n; di++) {
    const document *d = &c->docs[di];
    if (d->split != split) continue;
    if (ent_find(&docs[di], &list, m) != VERBA_OK) die("out of memory");
    for (i = 0; i < d->ngolds; i++) s->gold[d->golds[i].type]++;
    for (j = 0; j < list.n; j++) {
      const verba_entity *e = &list.items[j];
      s->pred[e->type]++;
      for (i = 0; i < d->ngolds; i++)
        if (d->golds[i].start == e->start && d->golds[i].end == e->end &&
            d->golds[i].type == (int)e->type) {
          s->tp[e->type]++;
          break;
        }
    }
    if (gold_out) {
      fprintf(gold_out, "{\"id\": \"%s\", \"text\": ", d->name);
      json_string(gold_out, d->text, d->len);
      fputs(", \"entities\": [", gold_out);
      for (i = 0; i < d->ngolds; i++)
        json_entity(gold_out, i == 0, d->golds[i].start, d->golds[i].end,
                    d->golds[i].type);
      fputs("]}\n", gold_out);
    }
    if (pred_out) {
      fprintf(pred_out, "{\"id\": \"%s\", \"entities\": [", d->name);
      for (j = 0; j < list.n; j++)
        json_entity(pred_out, j == 0, list.items[j].start, list.items[j].end,
                    (int)list.items[j].type);
      fputs("]}\n", pred_out);
    }
  }
  verba_entity_list_free(&list);
}

static void report(const char *what, const score *s) {
  int t;
  printf("%-6s overall %.1f", what, overall(s));
  for (t = 0; t < VERBA_ENT_DATE; t++)
    printf("  %s %.1f (%zu/%zu/%zu)", verba_entity_type_name((enum verba_entity_type)t),
           f1(s->tp[t], s->pred[t], s->gold[t]), s->tp[t], s->pred[t], s->gold[t]);
  printf("\n");
}

/* ---- Output ----------------------------------------------------------------------------- */

static void write_array(FILE *f, const char *decl, size_t n, const char *fmt,
                        long (*at)(const packed *, size_t), const packed *p) {
  size_t i, col = 0;
  fprintf(f, "%s[%zu] = {\n", decl, n);
  for (i = 0; i < n; i++) {
    char buf[32];
    int len = snprintf(buf, sizeof buf, fmt, at(p, i));
    if (col + (size_t)len + 1 > 100) {
      fputc('\n', f);
      col = 0;
    }
    fprintf(f, "%s,", buf);
    col += (size_t)len + 1;
  }
  fprintf(f, "\n};\n");
}

static long slot_at(const packed *p, size_t i) { return (long)p->slots[i]; }
static long pair_at(const packed *p, size_t i) { return (long)p->pairs[i]; }
static long dense_at(const packed *p, size_t i) { return p->dense[i]; }
static long trans_at(const packed *p, size_t i) { return p->trans[i]; }
static long start_at(const packed *p, size_t i) { return p->starts[i]; }

static void write_model(const char *path, const packed *p, int runs, int epochs,
                        int prune, const score *dev, const score *test) {
  FILE *f = fopen(path, "w");
  if (!f) die("cannot write %s", path);
  fprintf(f,
          "/* Generated by tools/train_ner.c (make model): do not edit.\n"
          " * The proper-name tagger of the entity stage: averaged-perceptron weights\n"
          " * trained on the train split of GUM (Georgetown University Multilayer\n"
          " * Corpus; annotations CC BY 4.0, texts CC BY / CC BY-SA: see NOTICE),\n"
          " * the weights of %d runs of %d epochs (shuffled with different seeds)\n"
          " * averaged, quantised to int16, those below %d dropped: %zu features,\n"
          " * %zu weights in pairs and %zu rows of %d. Exact-span F1 over person,\n"
          " * organization and place: GUM dev %.1f, test %.1f. */\n",
          runs, epochs, prune, p->nfeatures, p->npairs, p->ndense, ENT_ROW, overall(dev),
          overall(test));
  fprintf(f, "#define NER_NSLOTS %uu\n", (unsigned)p->nslots);
  write_array(f, "static const uint32_t ner_slots", 2 * (size_t)p->nslots, "%ld", slot_at, p);
  write_array(f, "static const uint32_t ner_pairs", p->npairs ? p->npairs : 1, "%ld",
              pair_at, p);
  write_array(f, "static const int16_t ner_dense", p->ndense ? p->ndense * ENT_ROW : 1,
              "%ld", dense_at, p);
  write_array(f, "static const int16_t ner_transitions", ENT_NTAGS * ENT_NTAGS, "%ld",
              trans_at, p);
  write_array(f, "static const int16_t ner_starts", ENT_NTAGS, "%ld", start_at, p);
  fclose(f);
}

/* ---- Main ----------------------------------------------------------------------------- */


static FILE *open_jsonl(const char *dir, const char *name) {
  char path[2048];
  FILE *f;
  snprintf(path, sizeof path, "%s/%s", dir, name);
  f = fopen(path, "w");
  if (!f) die("cannot write %s", path);
  return f;
}

int main(int argc, char **argv) {
  const char *dir = NULL, *splits = NULL, *out = NULL, *jsonl = NULL;
  char splits_buf[2048];
  int epochs = 10, prune = 60, runs = 30, augment = 1, caps_eval = 0, r, i;
  corpus c;
  verba_config cfg;
  verba_doc *docs;
  trainset ts;
  size_t di, k, size;
  double *mean;
  uint32_t rng = SEED;
  const char *seed_env = getenv("NER_SEED");
  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--splits") == 0 && i + 1 < argc) splits = argv[++i];
    else if (strcmp(argv[i], "--epochs") == 0 && i + 1 < argc) epochs = atoi(argv[++i]);
    else if (strcmp(argv[i], "--prune") == 0 && i + 1 < argc) prune = atoi(argv[++i]);
    else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc) runs = atoi(argv[++i]);
    else if (strcmp(argv[i], "--augment") == 0 && i + 1 < argc) augment = atoi(argv[++i]);
    else if (strcmp(argv[i], "--caps-eval") == 0) caps_eval = 1;
    else if (strcmp(argv[i], "--out") == 0 && i + 1 < argc) out = argv[++i];
    else if (strcmp(argv[i], "--jsonl") == 0 && i + 1 < argc) jsonl = argv[++i];
    else if (argv[i][0] != '-' && !dir) dir = argv[i];
    else die("usage: train_ner [--splits F] [--epochs N] [--runs N] [--prune W] [--augment N] "
             "[--caps-eval] [--out F] [--jsonl DIR] DIR");
  }
  if (!dir) die("usage: train_ner [options] GUM_CONLLU_DIR");
  if (seed_env) rng = (uint32_t)strtoul(seed_env, NULL, 10);
  if (!splits) {
    snprintf(splits_buf, sizeof splits_buf, "%s/../splits.tsv", dir);
    splits = splits_buf;
  }
  if (prune < 1) prune = 1;
  if (runs < 1) runs = 1;
  memset(&c, 0, sizeof c);
  verba_config_default(&cfg);
  read_corpus(&c, dir, splits, &cfg.lexicon);
  docs = xrealloc(NULL, c.n * sizeof *docs);
  memset(&ts, 0, sizeof ts);
  for (di = 0; di < c.n; di++) {
    verba_text t;
    if (caps_eval && c.docs[di].split != SPLIT_TRAIN)
      upper_ascii(c.docs[di].text, 0, c.docs[di].len);
    verba_doc_init(&docs[di], NULL, NULL);
    verba_text_init(&t, c.docs[di].text, c.docs[di].len);
    if (verba_doc_build(&docs[di], &t, &cfg) != VERBA_OK) die("out of memory");
    if (c.docs[di].split == SPLIT_TRAIN) {
      add_instances(&ts, &docs[di], &c.docs[di]);
      if (augment) add_capitals(&ts, &docs[di], &c.docs[di], &cfg, augment);
    }
  }
  fprintf(stderr, "%zu documents; train: %zu runs, %zu features, %zu gold names "
          "(%zu not on token boundaries, %zu outside runs)\n",
          c.n, ts.n, ts.nhashes, ts.gold, ts.misaligned, ts.unreachable);
  size = START_AT(ts.nhashes) + ENT_NTAGS;
  mean = calloc(size, sizeof *mean);
  if (!mean) die("out of memory");
  for (r = 0; r < runs; r++) {
    train_run(&ts, epochs, rng + (uint32_t)r * 7919u, mean, size);
    fprintf(stderr, "run %d of %d trained\n", r + 1, runs);
  }
  for (k = 0; k < size; k++) mean[k] /= runs;
  {
    packed p;
    score dev, test, train;
    FILE *g = NULL, *pr = NULL;
    pack(&ts, mean, size, prune, &p);
    evaluate(&c, docs, SPLIT_TRAIN, &p.model, &train, NULL, NULL);
    if (jsonl) {
      g = open_jsonl(jsonl, "gum-dev.gold.jsonl");
      pr = open_jsonl(jsonl, "gum-dev.pred.jsonl");
    }
    evaluate(&c, docs, SPLIT_DEV, &p.model, &dev, g, pr);
    if (jsonl) {
      fclose(g);
      fclose(pr);
      g = open_jsonl(jsonl, "gum-test.gold.jsonl");
      pr = open_jsonl(jsonl, "gum-test.pred.jsonl");
    }
    evaluate(&c, docs, SPLIT_TEST, &p.model, &test, g, pr);
    if (jsonl) {
      fclose(g);
      fclose(pr);
    }
    printf("%d runs of %d epochs averaged; %zu features, %zu weights in pairs, %zu rows\n",
           runs, epochs, p.nfeatures, p.npairs, p.ndense);
    report("train", &train);
    report("dev", &dev);
    report("test", &test);
    if (out) write_model(out, &p, runs, epochs, prune, &dev, &test);
    unpack(&p);
  }
  return 0;
}
