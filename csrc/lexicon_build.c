/* A user's words compiled once into an overlay table like the built-in
 * one (verba_lexicon_build, lexicon.h); lexicon.c looks words up in both. */
#include <stdlib.h>
#include <string.h>
#include "memory.h"
#include "lexicon_internal.h"

/* ---- The user's overlay ------------------------------------------------- */

/* A user's words are compiled once into a table like the built-in one: a
 * word the built-in table has too gets a record with both's classes, and
 * forms are merged with their bases' classes as the generator does (the
 * user's naming word "tweeted" is a form of the cue tweet; the built-in
 * naming word "signs" becomes a form of the user's cue "sign"). The words
 * are gathered in scratch memory, then laid out in one block. */

#define BUILTIN_HANDLE 0x40000000u /* a builder handle of a built-in record */
#define MAX_FORMS 17 /* forms of a lemma the endings could strip back to it */

/* A spelling of a word being built: what a record will hold. */
typedef struct uspelling {
  verba_classes classes;
  verba_names names;
  unsigned flags; /* LEX_R_INFLECTED, LEX_R_CLITIC */
  const char *data, *base;
  size_t data_n, base_n;
} uspelling;

typedef struct uword {
  const char *s; /* its key, in the arena or the built-in pool */
  size_t n;
  verba_classes user;   /* the classes the user gave it */
  verba_names user_names; /* and the name classes */
  const char *particle; /* the second part of a cue of several words */
  size_t particle_n;
  int plain_cue; /* given as a cue of one word */
  uspelling v[3]; /* lower, capitalised, all capitals */
  uspelling d[3]; /* the same with what its bases hand down */
} uword;

typedef struct builder {
  const struct verba_lex_table *builtin;
  uword *words;
  size_t nwords;
  char *arena;
  size_t arena_used;
} builder;

static int compare_keys(const char *a, size_t an, const char *b, size_t bn) {
  int c = memcmp(a, b, an < bn ? an : bn);
  return c ? c : (an > bn) - (an < bn);
}

static int compare_words(const void *a, const void *b) {
  const uword *x = a, *y = b;
  return compare_keys(x->s, x->n, y->s, y->n);
}

static uword *user_word(const builder *b, const char *s, size_t n) {
  size_t lo = 0, hi = b->nwords;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = compare_keys(b->words[mid].s, b->words[mid].n, s, n);
    if (c == 0) return &b->words[mid];
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return NULL;
}

/* The spellings of the built-in record r (a key's first). */
static void read_builtin(const struct verba_lex_table *t, uint32_t r,
                         uspelling v[3]) {
  int c;
  for (c = 0; c < 3; c++) {
    uint32_t x = lex_spelling(t, r, (enum verba_lex_case)c);
    const verba_lex_record *rec = &t->records[x];
    const char *p;
    memset(&v[c], 0, sizeof v[c]);
    if (!x) continue; /* no classes in that spelling */
    v[c].classes = t->sets[rec->set];
    v[c].names = t->set_names[rec->set];
    v[c].flags = rec->flags & (LEX_R_INFLECTED | LEX_R_CLITIC);
    p = lex_past_key(t, rec);
    if (rec->flags & LEX_R_DATA) {
      v[c].data = p;
      v[c].data_n = strlen(p);
      p = lex_after(p);
    }
    if (v[c].flags) {
      v[c].base = p;
      v[c].base_n = strlen(p);
    }
  }
}

/* The builder's view of s[0, n) in case c: the user's words first, then
 * the built-in table, before any of the user's forms are merged. Returns
 * a handle (0: no record) and fills *v, *key and *key_n. */
static uint32_t view(const builder *b, const char *s, size_t n, uint32_t h,
                     enum verba_lex_case c, uspelling *v, const char **key,
                     size_t *key_n) {
  const uword *w = user_word(b, s, n);
  uspelling all[3];
  uint32_t r;
  if (w) {
    *v = w->v[c];
    *key = w->s;
    *key_n = w->n;
    return (uint32_t)(w - b->words) + 1;
  }
  if ((r = lex_probe(b->builtin, s, n, h)) == 0) return 0;
  read_builtin(b->builtin, r, all);
  *v = all[c];
  *key = lex_pool_at(b->builtin, b->builtin->records[r].key);
  *key_n = b->builtin->records[r].len;
  return r | BUILTIN_HANDLE;
}

static uint32_t find_in_builder(const void *ctx, const char *s, size_t n,
                                uint32_t h, enum verba_lex_case c,
                                verba_classes want, unsigned skip) {
  uspelling v;
  const char *key;
  size_t key_n;
  uint32_t found = view(ctx, s, n, h, c, &v, &key, &key_n);
  return found && !(v.flags & skip & ~FIND_NAMES) &&
                 ((v.classes & want) || ((skip & FIND_NAMES) && v.names))
             ? found : 0;
}

/* The view of what a handle names. */
static void view_handle(const builder *b, uint32_t h, enum verba_lex_case c,
                        uspelling *v, const char **key, size_t *key_n) {
  if (h & BUILTIN_HANDLE) {
    uint32_t r = h & ~BUILTIN_HANDLE;
    uspelling all[3];
    read_builtin(b->builtin, r, all);
    *v = all[c];
    *key = lex_pool_at(b->builtin, b->builtin->records[r].key);
    *key_n = b->builtin->records[r].len;
  } else {
    *v = b->words[h - 1].v[c];
    *key = b->words[h - 1].s;
    *key_n = b->words[h - 1].n;
  }
}

static int is_lemma(const uspelling *v) {
  return (v->classes & VERBA_LEX_INFLECTING) && !(v->flags & LEX_R_INFLECTED);
}

/* Sets the two-letter starts and the filter of the lemmas among the
 * words. */
static void lemma_filters(const builder *b, uint32_t *starts,
                          uint32_t *lemmas) {
  size_t i;
  int c;
  memset(starts, 0, VERBA_LEX_START_WORDS * sizeof *starts);
  memset(lemmas, 0, VERBA_LEX_LEMMA_WORDS * sizeof *lemmas);
  for (i = 0; i < b->nwords; i++)
    for (c = 0; c < 3; c++)
      if (is_lemma(&b->words[i].v[c])) {
        unsigned k = lex_two_letters(b->words[i].s, b->words[i].n);
        uint32_t h = LEMMA_BIT(lex_hash_bytes(b->words[i].s, b->words[i].n));
        starts[k / 32] |= (uint32_t)1 << (k % 32);
        lemmas[h / 32] |= (uint32_t)1 << (h % 32);
      }
}

/* Sets the filter of the openings (first two words) of the phrases of
 * three words or more among the words. */
static void phrase_filter(const builder *b, uint32_t *phrases) {
  size_t i;
  memset(phrases, 0, VERBA_LEX_PHRASE_WORDS * sizeof *phrases);
  for (i = 0; i < b->nwords; i++) {
    const char *s = b->words[i].s, *first = memchr(s, ' ', b->words[i].n), *second;
    if (!first) continue;
    second = memchr(first + 1, ' ', b->words[i].n - (size_t)(first + 1 - s));
    if (second) {
      uint32_t h = PHRASE_BIT(lex_hash_bytes(s, (size_t)(second - s)));
      phrases[h / 32] |= (uint32_t)1 << (h % 32);
    }
  }
}

/* w's spellings with what its lemma or stem hands down merged, as the
 * generator merges them (into out: the views stay as they were until
 * every word is derived). */
static void derive(const builder *b, const finder *f, const uword *w,
                   uspelling out[3]) {
  int c;
  for (c = 0; c < 3; c++) {
    uspelling *d = &out[c], base;
    const char *key;
    size_t key_n;
    uint32_t h;
    *d = w->v[c];
    if (memchr(w->s, ' ', w->n)) continue;
    /* a form again (its lemma may have more classes now), or a word that
     * is no lemma of its own */
    if ((!(d->classes & VERBA_LEX_INFLECTING) ||
         (d->flags & LEX_R_INFLECTED)) &&
        (h = lex_lemma_of(f, w->s, w->n, (enum verba_lex_case)c)) != 0) {
      view_handle(b, h, (enum verba_lex_case)c, &base, &key, &key_n);
      d->classes |= base.classes & VERBA_LEX_INFLECTING;
      d->flags |= LEX_R_INFLECTED;
      d->base = key;
      d->base_n = key_n;
      if (!w->particle) {
        d->data = base.data;
        d->data_n = base.data_n;
      }
    }
    if (!(d->flags & LEX_R_CLITIC) &&
        (h = lex_stem_of(f, w->s, w->n, (enum verba_lex_case)c)) != 0) {
      view_handle(b, h, (enum verba_lex_case)c, &base, &key, &key_n);
      d->classes |= base.classes & VERBA_LEX_CLITIC_CARRIES;
      d->names |= base.names;
      d->flags |= LEX_R_CLITIC;
      if (!d->base) {
        d->base = key;
        d->base_n = key_n;
      }
    }
  }
}

/* Folds a user's word and trims the white space around it; 0 for an
 * empty word, one too long, bad UTF-8 or a NUL (the pool's strings end in
 * one). */
static int fold_user(key *k, const verba_lex_word *w) {
  size_t skip = 0;
  if (!w->s || !lex_fold(k, w->s, w->len) || memchr(k->s, 0, k->n)) return 0;
  while (skip < k->n && k->s[skip] == ' ') skip++;
  memmove(k->s, k->s + skip, k->n - skip);
  k->n -= skip;
  while (k->n && k->s[k->n - 1] == ' ') k->n--;
  k->h = lex_hash_bytes(k->s, k->n);
  return k->n > 0;
}

/* The length of the built-in data of the key s[0, n), 0 if none. */
static size_t builtin_data_len(const struct verba_lex_table *t, const char *s,
                               size_t n) {
  uspelling v[3];
  uint32_t r = lex_probe(t, s, n, lex_hash_bytes(s, n));
  if (!r) return 0;
  read_builtin(t, r, v);
  return v[0].data_n;
}

/* Is p[0, n) one of the '|'-separated items of list[0, len)? */
static int has_item(const char *list, size_t len, const char *p, size_t n) {
  size_t i = 0;
  while (i < len) {
    const char *bar = memchr(list + i, '|', len - i);
    size_t end = bar ? (size_t)(bar - list) : len;
    if (end - i == n && memcmp(list + i, p, n) == 0) return 1;
    i = end + 1;
  }
  return 0;
}

/* Merges the words [from, to) of one key into *w with the built-in
 * record's spellings; a cue's particles become a '|'-separated list in the
 * arena (after the built-in one: call on|out). */
static void merge_group(builder *b, const uword *from, const uword *to,
                        uword *w) {
  uspelling builtin;
  char *list = b->arena + b->arena_used;
  size_t len = 0;
  uint32_t r =
      lex_probe(b->builtin, from->s, from->n, lex_hash_bytes(from->s, from->n));
  int c, builtin_cue;
  const uword *x;
  *w = *from;
  if (r) read_builtin(b->builtin, r, w->v);
  else memset(w->v, 0, sizeof w->v);
  builtin = w->v[0].classes || !w->v[1].classes ? w->v[0] : w->v[1];
  if (!builtin.classes) builtin = w->v[2];
  builtin_cue = (builtin.classes & VERBA_LEX_CUE) &&
                !(builtin.classes & VERBA_LEX_CUE_NEEDS_PARTICLE);
  if (builtin.data) {
    memcpy(list, builtin.data, builtin.data_n);
    len = builtin.data_n;
  }
  w->particle = NULL;
  for (x = from; x < to; x++) {
    w->user |= x->user;
    w->user_names |= x->user_names;
    w->plain_cue |= x->plain_cue;
    if (!x->particle) continue;
    w->particle = x->particle;
    if (has_item(list, len, x->particle, x->particle_n)) continue;
    if (len) list[len++] = '|';
    memcpy(list + len, x->particle, x->particle_n);
    len += x->particle_n;
  }
  if (len > builtin.data_n) list[len] = 0;
  for (c = 0; c < 3; c++) {
    uspelling *v = &w->v[c];
    v->classes |= w->user;
    v->names |= w->user_names;
    /* a word the user makes a lemma is no form of another */
    if (w->user & VERBA_LEX_INFLECTING) v->flags &= ~LEX_R_INFLECTED;
    if (!v->flags) {
      v->base = NULL;
      v->base_n = 0;
    }
    /* the word alone is a cue if the user or the built-in table says so */
    if (w->plain_cue) v->classes &= ~VERBA_LEX_CUE_NEEDS_PARTICLE;
    else if (w->particle && !builtin_cue)
      v->classes |= VERBA_LEX_CUE_NEEDS_PARTICLE;
    if (len > builtin.data_n) {
      v->data = list;
      v->data_n = len;
    }
  }
  if (len > builtin.data_n) b->arena_used += len + 1;
}

/* Gathers the user's words, folded, sorted and merged by key. A cue of
 * several words is its head with a particle; another phrase is a record,
 * and its head word gets phrase_start. */
static void gather(builder *b, const verba_lex_word *words, size_t n) {
  size_t i, j, end;
  for (i = 0; i < n; i++) {
    key k;
    char *s = b->arena + b->arena_used;
    const char *space;
    uword *w = &b->words[b->nwords++];
    fold_user(&k, &words[i]); /* it did fold when the sizes were taken */
    memcpy(s, k.s, k.n);
    s[k.n] = 0;
    b->arena_used += k.n + 1;
    memset(w, 0, sizeof *w);
    w->s = s;
    w->n = k.n;
    w->user = words[i].classes;
    w->user_names = words[i].names;
    space = memchr(s, ' ', k.n);
    if (space && (words[i].classes & VERBA_LEX_CUE)) {
      w->n = (size_t)(space - s);
      w->particle = space + 1;
      w->particle_n = k.n - w->n - 1;
    } else if (space) {
      uword *head = &b->words[b->nwords++];
      memset(head, 0, sizeof *head);
      head->s = s;
      head->n = (size_t)(space - s);
      head->user = VERBA_LEX_PHRASE_START;
    } else {
      w->plain_cue = (words[i].classes & VERBA_LEX_CUE) != 0;
    }
  }
  qsort(b->words, b->nwords, sizeof *b->words, compare_words);
  for (i = j = 0; i < b->nwords; i = end) {
    uword merged;
    for (end = i + 1; end < b->nwords &&
                      compare_words(&b->words[end], &b->words[i]) == 0;
         end++) {
    }
    merge_group(b, &b->words[i], &b->words[end], &merged);
    b->words[j++] = merged;
  }
  b->nwords = j;
}

/* Adds the built-in word stem[0, n) + extra + ending, if there is one and
 * the user did not give it, as a word of the overlay (the first nuser
 * words are the user's, sorted). */
static void add_form(builder *b, size_t nuser, const char *stem, size_t n,
                     const char *extra, const char *ending) {
  char form[VERBA_LEX_MAX_KEY + 8];
  size_t extra_n = strlen(extra), ending_n = strlen(ending), total;
  builder users = *b;
  uint32_t r;
  uword *w;
  total = n + extra_n + ending_n;
  if (total > VERBA_LEX_MAX_KEY) return;
  memcpy(form, stem, n);
  memcpy(form + n, extra, extra_n);
  memcpy(form + n + extra_n, ending, ending_n);
  users.nwords = nuser;
  if (user_word(&users, form, total) ||
      (r = lex_probe(b->builtin, form, total, lex_hash_bytes(form, total))) == 0)
    return;
  w = &b->words[b->nwords++];
  memset(w, 0, sizeof *w);
  w->s = lex_pool_at(b->builtin, b->builtin->records[r].key);
  w->n = total;
  read_builtin(b->builtin, r, w->v);
}

/* Adds the built-in words that may be forms of the user's cue lemmas
 * (every word the endings strip back to one: signs, signed, signing for a
 * user's "sign"), so that deriving gives them the lemma's classes. At most
 * MAX_FORMS a lemma. */
static void add_forms(builder *b) {
  static const char *const plain[] = {"s", "es", "d", "ed", "ing"};
  size_t i, k, nuser = b->nwords, end;
  for (i = 0; i < nuser; i++) {
    const uword *l = &b->words[i];
    char last[2];
    if (!(l->user & VERBA_LEX_INFLECTING) || memchr(l->s, ' ', l->n)) continue;
    last[0] = l->s[l->n - 1];
    last[1] = 0;
    for (k = 0; k < sizeof plain / sizeof *plain; k++) {
      add_form(b, nuser, l->s, l->n, "", plain[k]);     /* says */
      add_form(b, nuser, l->s, l->n, last, plain[k]);   /* admitted */
      if (last[0] == 'e')                               /* argued */
        add_form(b, nuser, l->s, l->n - 1, "", plain[k]);
    }
    if (last[0] == 'y') { /* denies, denied */
      add_form(b, nuser, l->s, l->n - 1, "", "ies");
      add_form(b, nuser, l->s, l->n - 1, "", "ied");
    }
  }
  qsort(b->words, b->nwords, sizeof *b->words, compare_words);
  for (i = k = 0; i < b->nwords; i = end) { /* a form found twice */
    for (end = i + 1; end < b->nwords &&
                      compare_words(&b->words[end], &b->words[i]) == 0;
         end++) {
    }
    b->words[k++] = b->words[i];
  }
  b->nwords = k;
}

/* ---- Laying an overlay out ---------------------------------------------- */

static int same_string(const char *a, size_t an, const char *b, size_t bn) {
  return an == bn && (an == 0 || memcmp(a, b, an) == 0);
}

static int same_spelling(const uspelling *a, const uspelling *b) {
  return a->classes == b->classes && a->names == b->names && a->flags == b->flags &&
         same_string(a->data, a->data_n, b->data, b->data_n) &&
         same_string(a->base, a->base_n, b->base, b->base_n);
}

/* The spellings of w that get records (as the generator keeps them: from
 * the first that has classes, each that differs from the one before) and
 * the flags of the first; 0 if no spelling has classes. */
static int kept_spellings(const uword *w, const uspelling *kept[3],
                          unsigned *first) {
  static const unsigned from_flags[] = {0, LEX_R_FROM_CAP, LEX_R_FROM_UPPER};
  int from = 0, k = 0, c;
  while (from < 3 && !w->v[from].classes && !w->v[from].names) from++;
  if (from == 3) return 0;
  kept[k++] = &w->v[from];
  *first = from_flags[from];
  for (c = from + 1; c < 3; c++)
    if (!same_spelling(&w->v[c], &w->v[c - 1])) {
      kept[k++] = &w->v[c];
      *first |= c == 1 ? LEX_R_CAP : LEX_R_UPPER;
    }
  return k;
}

/* Places size bytes in a pool cut in rows, 8 readable bytes left after
 * them in their row; returns their offset. */
static size_t pool_place(size_t *used, size_t size) {
  size_t column = *used % VERBA_LEX_POOL_ROW;
  if (column + size > VERBA_LEX_POOL_ROW - 8)
    *used += VERBA_LEX_POOL_ROW - column;
  *used += size;
  return *used - size;
}

static char *put_string(char *p, const char *s, size_t n) {
  memcpy(p, s, n);
  p[n] = 0;
  return p + n + 1;
}

/* A set of an overlay: word classes and name classes. */
typedef struct uset {
  verba_classes classes;
  verba_names names;
} uset;

static int compare_sets(const void *a, const void *b) {
  const uset *x = a, *y = b;
  if (x->classes != y->classes) return (x->classes > y->classes) - (x->classes < y->classes);
  return (x->names > y->names) - (x->names < y->names);
}

/* The table being written; while only counting, pool and records are NULL
 * and every record's set goes to sets. */
typedef struct writer {
  char *pool;
  verba_lex_record *records;
  uset *sets;
  const uset *set_list; /* the sorted sets, while writing */
  struct verba_lex_table *t;
  size_t nsets, nrecords, pool_used;
} writer;

static void insert_slot(struct verba_lex_table *t, uint32_t *slots,
                        const char *s, size_t n, uint32_t record) {
  uint32_t h = lex_hash_bytes(s, n);
  uint32_t i = (uint32_t)(((uint64_t)h * t->nslots) >> 32);
  while (slots[i]) if (++i == t->nslots) i = 0;
  slots[i] = (h << t->id_bits) | record;
}

/* Lays every word's records and strings out (or counts them). Returns 0 if
 * a record's strings do not fit in a row of the pool. */
static int walk(const builder *b, writer *wr, uint32_t *slots) {
  size_t i;
  for (i = 0; i < b->nwords; i++) {
    const uword *w = &b->words[i];
    const uspelling *kept[3];
    unsigned first;
    int k = kept_spellings(w, kept, &first), j, have_key = 0;
    size_t key_at = 0;
    uint32_t first_record = (uint32_t)wr->nrecords + 1;
    for (j = 0; j < k; j++) {
      const uspelling *v = kept[j];
      unsigned flags = (j == 0 ? first : 0) | v->flags;
      size_t size = w->n + 1, at;
      if (v->data) size += v->data_n + 1;
      if (v->base) size += v->base_n + 1;
      if (size > VERBA_LEX_POOL_ROW - 8) return 0;
      if (size == w->n + 1 && have_key) {
        at = key_at;
      } else {
        at = pool_place(&wr->pool_used, size);
        if (wr->pool) {
          char *p = put_string(wr->pool + at, w->s, w->n);
          if (v->data) p = put_string(p, v->data, v->data_n);
          if (v->base) put_string(p, v->base, v->base_n);
        }
        if (size == w->n + 1) {
          have_key = 1;
          key_at = at;
        }
      }
      if (v->data) flags |= LEX_R_DATA;
      wr->nrecords++;
      if (wr->records) {
        verba_lex_record *rec = &wr->records[wr->nrecords];
        uset want;
        const uset *set;
        want.classes = v->classes;
        want.names = v->names;
        set = bsearch(&want, wr->set_list, wr->nsets, sizeof *set, compare_sets);
        rec->key = (uint32_t)at;
        rec->set = (uint16_t)(set - wr->set_list);
        rec->len = (uint8_t)w->n;
        rec->flags = (uint8_t)flags;
      } else {
        wr->sets[wr->nrecords - 1].classes = v->classes;
        wr->sets[wr->nrecords - 1].names = v->names;
      }
    }
    if (slots && k) insert_slot(wr->t, slots, w->s, w->n, first_record);
  }
  return 1;
}

static size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

/* Lays the overlay out in one block (sets: scratch for 3 a word + 1). */
static int lay_out(verba_lexicon *lx, const builder *b, uset *sets) {
  writer wr;
  size_t nsets, i, rows, nslots, size;
  size_t off_sets, off_names, off_records, off_slots, off_pool;
  unsigned id_bits = 1;
  char *block;
  struct verba_lex_table *t;
  uint32_t *slots;
  memset(&wr, 0, sizeof wr);
  wr.sets = sets + 1; /* sets[0]: the empty set */
  if (!walk(b, &wr, NULL)) return VERBA_EFORM;
  sets[0].classes = 0;
  sets[0].names = 0;
  qsort(sets, wr.nrecords + 1, sizeof *sets, compare_sets);
  for (i = nsets = 0; i <= wr.nrecords; i++)
    if (i == 0 || compare_sets(&sets[i], &sets[nsets - 1]) != 0)
      sets[nsets++] = sets[i];
  if (nsets > 65535 || wr.nrecords > RECORD_BITS - lx->builtin->nrecords)
    return VERBA_EFORM;
  while (((size_t)1 << id_bits) <= wr.nrecords) id_bits++;
  /* a quarter full while small, 70% when large (the generator's
   * load_factor) */
  nslots = (b->nwords <= 16384 ? 4 * b->nwords : b->nwords / 7 * 10 + 10) + 8;
  rows = (wr.pool_used + VERBA_LEX_POOL_ROW - 1) / VERBA_LEX_POOL_ROW;
  off_sets = round_up(sizeof *t, sizeof(verba_classes));
  off_names = off_sets + nsets * sizeof(verba_classes);
  off_records = round_up(off_names + nsets * sizeof(verba_names), sizeof(uint32_t));
  off_slots =
      round_up(off_records + (wr.nrecords + 1) * sizeof(verba_lex_record),
               sizeof(uint32_t));
  off_pool = off_slots + nslots * sizeof(uint32_t);
  size = off_pool + rows * VERBA_LEX_POOL_ROW;
  if (rows > UINT32_MAX / VERBA_LEX_POOL_ROW || nslots > UINT32_MAX)
    return VERBA_ENOMEM;
  if ((block = lx->alloc(lx->alloc_ud, NULL, 0, size)) == NULL)
    return VERBA_ENOMEM;
  memset(block, 0, size);
  t = (struct verba_lex_table *)(void *)block;
  for (i = 0; i < nsets; i++) {
    ((verba_classes *)(void *)(block + off_sets))[i] = sets[i].classes;
    ((verba_names *)(void *)(block + off_names))[i] = sets[i].names;
  }
  t->sets = (const verba_classes *)(void *)(block + off_sets);
  t->set_names = (const verba_names *)(void *)(block + off_names);
  t->records = (const verba_lex_record *)(void *)(block + off_records);
  slots = (uint32_t *)(void *)(block + off_slots);
  t->slots = slots;
  t->pool = (const char (*)[VERBA_LEX_POOL_ROW])(void *)(block + off_pool);
  t->nslots = (uint32_t)nslots;
  t->nrecords = (uint32_t)wr.nrecords;
  t->base = lx->builtin->nrecords;
  t->id_bits = id_bits;
  lemma_filters(b, t->starts, t->lemmas);
  phrase_filter(b, t->phrases);
  memset(&wr, 0, sizeof wr);
  wr.pool = block + off_pool;
  wr.records = (verba_lex_record *)(void *)(block + off_records);
  wr.t = t;
  wr.set_list = sets;
  wr.nsets = nsets;
  walk(b, &wr, slots);
  lx->user = t;
  lx->user_mem = block;
  lx->user_mem_size = size;
  return VERBA_OK;
}

/* A hash of the user's words, their classes and name classes, in order
 * (FNV-1a over their bytes, 64 bits). */
static uint64_t words_print(const verba_lex_word *words, size_t n) {
  uint64_t h = UINT64_C(0xCBF29CE484222325);
  size_t i, j;
  for (i = 0; i < n; i++) {
    uint64_t fields[4];
    const unsigned char *p = (const unsigned char *)words[i].s;
    fields[0] = words[i].len;
    fields[1] = words[i].classes;
    fields[2] = words[i].names;
    fields[3] = i;
    for (j = 0; j < words[i].len; j++)
      h = (h ^ p[j]) * UINT64_C(0x100000001B3);
    for (j = 0; j < 4; j++)
      h = (h ^ fields[j]) * UINT64_C(0x100000001B3);
  }
  return h;
}

int verba_lexicon_build(verba_lexicon *lx, const verba_lex_word *words,
                        size_t n, verba_alloc_fn alloc, void *ud) {
  builder b;
  size_t i, cap = 0, arena_size = 0, inflecting = 0, words_size = 0;
  uset *sets = NULL;
  uint32_t starts[VERBA_LEX_START_WORDS], lemmas[VERBA_LEX_LEMMA_WORDS];
  finder f;
  int status = VERBA_ENOMEM;
  verba_lexicon_default(lx);
  lx->alloc = alloc ? alloc : verba_default_alloc;
  lx->alloc_ud = ud;
  if (n == 0) return VERBA_OK;
  memset(&b, 0, sizeof b);
  b.builtin = lx->builtin;
  /* what the scratch memory must hold */
  for (i = 0; i < n; i++) {
    key k;
    const char *space;
    if (!fold_user(&k, &words[i])) return VERBA_EFORM;
    space = memchr(k.s, ' ', k.n);
    cap += space ? 2 : 1;
    arena_size += k.n + 1;
    if (space && (words[i].classes & VERBA_LEX_CUE)) /* its particles */
      arena_size += k.n + 2 +
          builtin_data_len(b.builtin, k.s, (size_t)(space - k.s));
    if (words[i].classes & VERBA_LEX_INFLECTING) inflecting++;
  }
  if (n > SIZE_MAX / (MAX_FORMS + 2) / 3 / sizeof *b.words) return VERBA_ENOMEM;
  cap += MAX_FORMS * inflecting;
  words_size = cap * sizeof *b.words;
  b.words = lx->alloc(ud, NULL, 0, words_size);
  arena_size += 8; /* keys are read 8 bytes at a time */
  b.arena = lx->alloc(ud, NULL, 0, arena_size);
  if (b.words && b.arena) {
    gather(&b, words, n);
    add_forms(&b);
    sets = lx->alloc(ud, NULL, 0, (3 * b.nwords + 1) * sizeof *sets);
  }
  if (sets) {
    lemma_filters(&b, starts, lemmas);
    f.find = find_in_builder;
    f.ctx = &b;
    f.starts[0] = b.builtin->starts;
    f.starts[1] = starts;
    f.lemmas[0] = b.builtin->lemmas;
    f.lemmas[1] = lemmas;
    for (i = 0; i < b.nwords; i++) derive(&b, &f, &b.words[i], b.words[i].d);
    for (i = 0; i < b.nwords; i++)
      memcpy(b.words[i].v, b.words[i].d, sizeof b.words[i].v);
    status = lay_out(lx, &b, sets);
    if (status == VERBA_OK) lx->user_print = words_print(words, n);
  }
  if (sets) lx->alloc(ud, sets, (3 * b.nwords + 1) * sizeof *sets, 0);
  if (b.arena) lx->alloc(ud, b.arena, arena_size, 0);
  if (b.words) lx->alloc(ud, b.words, words_size, 0);
  return status;
}

void verba_lexicon_free(verba_lexicon *lx) {
  if (lx->user_mem) lx->alloc(lx->alloc_ud, lx->user_mem, lx->user_mem_size, 0);
  lx->user = NULL;
  lx->user_mem = NULL;
  lx->user_mem_size = 0;
  lx->user_print = 0;
}
