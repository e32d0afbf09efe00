/* The words of a document as the tagger sees them. Only runs of
 * capitalised tokens (and the connectors between them: Bank of England)
 * can hold a proper name; every other token is O without being scored, so
 * the model's cost follows the names of a text, not its length. Each token
 * of a run is described by hashed features of itself and two tokens on
 * either side; tools/train_ner.c computes them with this same code. */
#include <string.h>
#include <utf8proc.h>
#include "../memory.h"
#include "entities.h"

#define FNV_OFFSET 2166136261u
#define FNV_PRIME 16777619u

/* Hashes of the words outside the text and across a sentence end. */
#define WORD_NONE 0x5A17u
#define WORD_BREAK 0x5A18u

/* At most this many connectors stand between two words of a name
 * (Daughters of the American Revolution). */
#define MAX_CONNECTORS 2

/* The name classes the model was trained with: the first 32 (classes
 * added later, past them, are for the rules); of a word, less org_head
 * (for the rules too: as a feature it taught the model nothing the
 * org_keyword class did not). */
#define TRAINED_NAMES (((verba_names)1 << 32) - 1)
#define MODEL_NAMES (TRAINED_NAMES & ~VERBA_NAME_ORG_HEAD)

/* A memo entry of ent_run_scores (below): the input of one word's
 * features of one kind, and their weights' sums. */
enum partial_kind { PART_SELF = 1, PART_PREV, PART_NEXT, PART_PLACE };

typedef struct partial_key {
  verba_classes classes;
  uint32_t kind; /* partial_kind, with bit 4 for the classes counted */
  uint32_t word, shape, suffix[3], prefix, names;
} partial_key;

struct ent_partial {
  partial_key key;
  unsigned count; /* features summed */
  int32_t scores[ENT_ROW];
};

/* ---- Scratch of the tagger ------------------------------------------------- */

/* The tagger done, its scratch goes: the rules and resolve, where the
 * stage's peak is, do not read it. */
void ent_text_tagged(ent_text *x) {
  const verba_doc *doc = x->doc;
  ent_release(doc, (void **)&x->words, &x->wordcap, sizeof *x->words);
  ent_release(doc, (void **)&x->features, &x->featcap, sizeof *x->features);
  ent_release(doc, (void **)&x->partials, &x->partialcap, sizeof *x->partials);
  ent_release(doc, (void **)&x->places, &x->placecap, sizeof *x->places);
  x->window_last = 0;
}

/* ---- Words ------------------------------------------------------------------ */

static uint32_t fnv(uint32_t h, uint32_t c) { return (h ^ c) * FNV_PRIME; }

/* A well-mixed, never-zero hash of a feature template and its value. */
static uint32_t feature(unsigned tpl, uint32_t v) {
  uint32_t h = v * 0x9E3779B1u ^ (tpl + 1) * 0x85EBCA6Bu;
  h ^= h >> 15;
  h *= 0x2C1B3C6Du;
  h ^= h >> 12;
  return h ? h : 1;
}

static uint32_t pair(uint32_t a, uint32_t b) { return fnv(fnv(a, b), b >> 16); }

static int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }

size_t ent_possessive_end(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  size_t end = t->start + t->len;
  int32_t last;
  size_t n = verba_decode_back(&doc->text, end, &last);
  if (is_apostrophe(last)) return end - n; /* states' */
  return end - n - verba_decode_back(&doc->text, end - n, &last); /* Hu's */
}

/* The symbol of a character in a word's shape. */
static char shape_symbol(int32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return 'X';
    if (cp >= 'a' && cp <= 'z') return 'x';
    if (cp >= '0' && cp <= '9') return 'd';
    if (cp == '.' || cp == '-' || cp == '\'' || cp == '&') return (char)cp;
    return 'p';
  }
  if (is_apostrophe(cp)) return '\'';
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LT: return 'X';
  case UTF8PROC_CATEGORY_LL: return 'x';
  case UTF8PROC_CATEGORY_LO:
  case UTF8PROC_CATEGORY_LM: return 'o';
  case UTF8PROC_CATEGORY_ND: return 'd';
  case UTF8PROC_CATEGORY_PD: return '-';
  default: return 'p';
  }
}

/* shape_symbol of each ASCII character. */
static const char ascii_symbol[129] =
    "pppppppppppppppppppppppppppppppp"
    "pppppp&'ppppp-.pddddddddddpppppp"
    "pXXXXXXXXXXXXXXXXXXXXXXXXXXppppp"
    "pxxxxxxxxxxxxxxxxxxxxxxxxxxppppp";

/* The longest shape kept: longer ones end in '+'. */
#define SHAPE_MAX 6

/* ASCII folded: 'A'-'Z' to lower case, other bytes below 0x80 as they
 * are (and 0 from 0x80 up: those are decoded). */
static const unsigned char ascii_fold[256] = {
#define ROW(b) (b), (b) + 1, (b) + 2, (b) + 3, (b) + 4, (b) + 5, (b) + 6, (b) + 7
  ROW(0), ROW(8), ROW(16), ROW(24), ROW(32), ROW(40), ROW(48), ROW(56),
  '@', ROW('a'), ROW('i'), ROW('q'), 'y', 'z', '[', '\\', ']', '^', '_',
  ROW(96), ROW(104), ROW(112), ROW(120)
#undef ROW
};

uint32_t ent_fold_hash(const verba_text *t, size_t start, size_t end) {
  uint32_t h = FNV_OFFSET;
  size_t pos = start;
  /* ASCII bytes through the table, a branch less each */
  while (pos < end && t->s[pos] < 0x80) h = fnv(h, ascii_fold[t->s[pos++]]);
  while (pos < end) {
    int32_t cp = t->s[pos];
    if (cp < 0x80) {
      if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
      pos++;
    } else {
      pos += verba_decode(t, pos, &cp);
      cp = is_apostrophe(cp) ? '\'' : utf8proc_tolower(cp);
    }
    h = fnv(h, (uint32_t)cp);
  }
  return h;
}

/* Reads the character at *pos (before end) of a word: its shape symbol
 * (the return) and its folded code point, *pos moved past it. */
static inline char read_char(const verba_text *t, size_t *pos, int32_t *folded) {
  int32_t cp = t->s[*pos];
  char sym;
  if (cp < 0x80) { /* (through the tables: shape_symbol's, the fold's) */
    ++*pos;
    *folded = ascii_fold[cp];
    return ascii_symbol[cp];
  }
  *pos += verba_decode(t, *pos, &cp);
  if (is_apostrophe(cp)) cp = '\'';
  sym = shape_symbol(cp);
  *folded = sym == 'X' ? (cp < 0x80 ? cp + ('a' - 'A') : utf8proc_tolower(cp)) : cp;
  return sym;
}

/* Adds symbol sym to a shape hash of *symbols symbols, the last last: a
 * run of one symbol is one, the shape at most SHAPE_MAX long. */
static inline void add_symbol(uint32_t *shape, unsigned *symbols, char *last, char sym) {
  if (sym != *last && *symbols <= SHAPE_MAX) {
    *shape = fnv(*shape, *symbols == SHAPE_MAX ? '+' : (uint32_t)sym);
    ++*symbols;
    *last = sym;
  }
}

/* Reads token k into w: hashes of its folded word, shape and affixes
 * (if affixes; else they are 0: the features read the affixes of a run's
 * own tokens only, and the context's words go through a loop without). */
static void read_word(const verba_doc *doc, size_t k, ent_word *w, int affixes) {
  const verba_tok *tok = &doc->toks[k];
  const verba_text *t = &doc->text;
  size_t pos = tok->start, end = ent_name_end(doc, k), n = 0;
  uint32_t h = FNV_OFFSET, shape = FNV_OFFSET, prefix = FNV_OFFSET;
  int32_t tail[4] = {0, 0, 0, 0}, folded;
  char last_symbol = 0;
  unsigned symbols = 0, i;
  w->flags = 0;
  w->prefix = 0;
  w->suffix[0] = w->suffix[1] = w->suffix[2] = 0;
  if (!affixes) {
    while (pos < end) {
      char sym = read_char(t, &pos, &folded);
      h = fnv(h, (uint32_t)folded);
      add_symbol(&shape, &symbols, &last_symbol, sym);
    }
  } else {
    while (pos < end) {
      char sym = read_char(t, &pos, &folded);
      h = fnv(h, (uint32_t)folded);
      if (n < 3) prefix = fnv(prefix, (uint32_t)folded);
      tail[n & 3] = folded;
      n++;
      add_symbol(&shape, &symbols, &last_symbol, sym);
    }
    if (n >= 3) w->prefix = prefix;
    /* the last 2, 3 and 4 characters, oldest first (a suffix as long as
     * the word is the word: none) */
    for (i = 0; i < 3; i++) {
      unsigned len = i + 2, j;
      uint32_t s = FNV_OFFSET;
      if (n < len + 1) break;
      for (j = 0; j < len; j++) s = fnv(s, (uint32_t)tail[(n - len + j) & 3]);
      w->suffix[i] = s;
    }
  }
  w->word = h;
  w->shape = shape;
  if (tok->kind == VERBA_NUMBER) { /* numbers by shape: 2019 and 1998 alike */
    w->word = fnv(shape, 'N');
    w->prefix = 0;
    w->suffix[0] = w->suffix[1] = w->suffix[2] = 0;
  }
}

/* ---- Runs ------------------------------------------------------------------- */

static int is_word(const verba_tok *t) { return t->kind == VERBA_WORD; }

/* The connector classes of token k (VERBA_NAME_NAME_CONNECTOR and
 * _PARTICLE: Bank of England, Ludwig van Beethoven; the symbol & is a
 * connector too: Procter & Gamble), 0 if it is none or is capitalised
 * (The, Of: a capital is a name's own word). */
static uint32_t connector(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  const verba_tok *t = &doc->toks[k];
  if (t->cp == '&' && t->len == 1) return VERBA_NAME_NAME_CONNECTOR;
  if ((t->shape & VERBA_SHAPE_CAPITALIZED) && !(t->shape & VERBA_SHAPE_ALL_CAPS) &&
      t->len > 1)
    return 0;
  return ent_names(x, k) & (VERBA_NAME_NAME_CONNECTOR | VERBA_NAME_NAME_PARTICLE);
}

static int same_line(const verba_doc *doc, size_t k) {
  return !(doc->toks[k].shape & (VERBA_SHAPE_NEWLINE | VERBA_SHAPE_SENTENCE_START));
}

static int bit(const unsigned char *set, size_t k) {
  return set && (set[k >> 3] >> (k & 7)) & 1;
}

/* Words of grammar: capitalised where a capital says nothing (The, In,
 * But, He opening a sentence), they start no name. */
#define FUNCTION_WORDS                                                         \
  (VERBA_LEX_DETERMINER | VERBA_LEX_PRONOUN | VERBA_LEX_PREPOSITION |          \
   VERBA_LEX_COORDINATOR | VERBA_LEX_SUBORDINATOR | VERBA_LEX_CLAUSE_OPENER |  \
   VERBA_LEX_SENTENCE_OPENER)

int ent_capital_expected(const verba_doc *doc, size_t k);

/* Can token k be a word of a name? */
static int candidate(const ent_text *x, const unsigned char *claimed, size_t k) {
  const verba_doc *doc = x->doc;
  const verba_tok *t = &doc->toks[k];
  /* (has_capital, read once in ent_text_init) */
  if (bit(claimed, k) || !(x->capped[k >> 6] >> (k & 63) & 1)) return 0;
  return (t->shape & VERBA_SHAPE_ALL_CAPS) || !t->entry ||
         !(ent_classes(x, k) & FUNCTION_WORDS) || !ent_capital_expected(doc, k);
}

static int add_run(ent_text *x, size_t first, size_t last) {
  int rc = ent_reserve(x->doc, (void **)&x->runs, &x->runcap, x->nruns + 1,
                       sizeof *x->runs);
  if (rc != VERBA_OK) return rc;
  x->runs[x->nruns].first = first;
  x->runs[x->nruns].last = last;
  x->runs[x->nruns].caps_line = 0;
  x->nruns++;
  return VERBA_OK;
}

/* The dot of an abbreviation inside a name: St. Petersburg, Gen. Motors
 * (written against its capitalised abbreviation). */
static int abbreviation_dot(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  const verba_tok *t = &doc->toks[k];
  if (t->cp != '.' || t->len != 1 || k == 0 || (t->shape & VERBA_SHAPE_SPACED)) return 0;
  t--;
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_CAPITALIZED) && t->entry &&
         (ent_classes(x, k - 1) & (VERBA_LEX_ABBREV_TITLE | VERBA_LEX_ABBREV_GENERAL));
}

/* The runs: a candidate, or a particle right before one, starts a run; it
 * goes on over candidates and over up to MAX_CONNECTORS connectors (or an
 * abbreviation's dot) that lead to one, within a line of one sentence. */
static int find_runs(ent_text *x, const unsigned char *claimed) {
  const verba_doc *doc = x->doc;
  size_t k = 0, n = doc->ntoks;
  x->nruns = 0;
  while (k < n) {
    size_t first, last, capped = ent_next_bit(x->capped, n, k);
    /* (a candidate has a capital: a run starts at the next word with one
     * or at a particle right before it) */
    if (capped == n) break;
    if (capped > k) k = capped - 1;
    first = k;
    if (!candidate(x, claimed, k)) {
      /* (the name classes first: connector gives a particle only of them) */
      if (k + 1 < n && (ent_names(x, k) & VERBA_NAME_NAME_PARTICLE) &&
          (connector(x, k) & VERBA_NAME_NAME_PARTICLE) && !bit(claimed, k) &&
          same_line(doc, k + 1) && candidate(x, claimed, k + 1)) {
        first = k;
      } else {
        k++;
        continue;
      }
    }
    last = first + 1;
    while (last < n && last - first < ENT_MAX_RUN && same_line(doc, last)) {
      size_t j = last, m = 0;
      if (candidate(x, claimed, j)) {
        last++;
        continue;
      }
      while (j < n && m < MAX_CONNECTORS && same_line(doc, j) &&
             !bit(claimed, j) && (connector(x, j) || abbreviation_dot(x, j))) {
        j++;
        m++;
      }
      if (m == 0 || j >= n || j - first >= ENT_MAX_RUN || !same_line(doc, j) ||
          !candidate(x, claimed, j))
        break;
      last = j + 1;
    }
    if (add_run(x, first, last) != VERBA_OK) return VERBA_ENOMEM;
    k = last;
  }
  return VERBA_OK;
}

/* ---- Evidence ------------------------------------------------------------------- */

/* The set x->seen holds word hashes with one low bit: 0 for a word the
 * document writes capitalised where a capital says it is a name (mid
 * sentence, not after a quote mark or colon, not in a line of capitals),
 * 1 for a word it writes in lower case. */
/* Puts key into the set seen of cap slots (a power of two, not full). */
static inline int seen_put(uint32_t *seen, size_t cap, uint32_t key) {
  size_t mask = cap - 1, i = (uint32_t)(key * 0x9E3779B1u) & mask;
  if (!key) key = 2;
  while (seen[i] && seen[i] != key) i = (i + 1) & mask;
  if (seen[i]) return 0;
  seen[i] = key;
  return 1;
}

/* Doubles the set *set of *cap slots (its keys put back). VERBA_OK or
 * VERBA_ENOMEM. */
static int seen_grow(const verba_doc *doc, uint32_t **set, size_t *cap) {
  uint32_t *bigger = NULL;
  size_t bigcap = 0, i;
  int rc = ent_reserve(doc, (void **)&bigger, &bigcap, *cap ? 2 * *cap : 16, sizeof *bigger);
  if (rc != VERBA_OK) return rc;
  /* (a power of two still: ent_reserve doubles from 64) */
  memset(bigger, 0, bigcap * sizeof *bigger);
  for (i = 0; i < *cap; i++)
    if ((*set)[i]) seen_put(bigger, bigcap, (*set)[i]);
  ent_release(doc, (void **)set, cap, sizeof **set);
  *set = bigger;
  *cap = bigcap;
  return VERBA_OK;
}

/* Adds key to the set *set of *cap slots, *used of them used. The set is
 * kept at most half full: it doubles when a key would fill more (the
 * lower-case words a document holds are not bounded by its runs' words).
 * VERBA_OK or VERBA_ENOMEM. */
static inline int set_add(const verba_doc *doc, uint32_t **set, size_t *cap, size_t *used,
                          uint32_t key) {
  if ((*used + 1) * 2 > *cap) {
    int rc = seen_grow(doc, set, cap);
    if (rc != VERBA_OK) return rc;
  }
  *used += (size_t)seen_put(*set, *cap, key);
  return VERBA_OK;
}

static inline int seen_add(ent_text *x, uint32_t key) {
  return set_add(x->doc, &x->seen, &x->seencap, &x->seenused, key);
}

static int set_has(const uint32_t *set, size_t cap, uint32_t key) {
  size_t mask = cap - 1, i = (uint32_t)(key * 0x9E3779B1u) & mask;
  if (!key) key = 2;
  if (!cap) return 0;
  for (; set[i]; i = (i + 1) & mask)
    if (set[i] == key) return 1;
  return 0;
}

static int seen_has(const ent_text *x, uint32_t key) {
  return set_has(x->seen, x->seencap, key);
}

/* Words after a capitalised word that show it names no noun it modifies:
 * words of grammar, auxiliaries and fillers (Erewash had, Arese has),
 * cues (Exeem said). */
#define NOT_MODIFIED (FUNCTION_WORDS | VERBA_LEX_NP_STOP | VERBA_LEX_FILLER | VERBA_LEX_CUE)

/* Is word k, capitalised inside a sentence and the last of its run, a
 * noun's modifier: after an article or a determiner, before a word in
 * lower case (not a letter alone) that is no word of grammar (the Zika
 * virus; not in Matane next year)? */
static int modifies_next(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  const verba_tok *n;
  if (k == 0 || k + 1 >= doc->ntoks ||
      !(ent_classes(x, k - 1) & (VERBA_LEX_ARTICLE | VERBA_LEX_DETERMINER)))
    return 0;
  n = &doc->toks[k + 1];
  return n->kind == VERBA_WORD && (n->shape & VERBA_SHAPE_LOWER) && n->len > 1 &&
         (n->shape & VERBA_SHAPE_SPACED) && !(ent_classes(x, k + 1) & NOT_MODIFIED);
}

/* Does a capital at token k say nothing about a name (a sentence or line
 * opens there, or a quotation, or a clause after a colon)? */
int ent_capital_expected(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  if (t->shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) return 1;
  if (k == 0) return 1;
  t--;
  return (t->shape & VERBA_SHAPE_QUOTE_MARK) || t->cp == ':' || t->cp == '(' ||
         t->cp == '-';
}

/* Marks the runs that stand in a line written in capitals (a headline, a
 * byline): two or more words in capitals and fewer in any other case. One
 * pass over the lines, in step with the runs. */
static void mark_caps_lines(ent_text *x) {
  const verba_doc *doc = x->doc;
  size_t k = 0, r = 0;
  while (k < doc->ntoks && r < x->nruns) {
    size_t end = k, caps = 0, other = 0;
    /* (counted as the line is read: most lines hold a run) */
    do {
      const verba_tok *t = &doc->toks[end];
      if (is_word(t)) {
        if (t->shape & VERBA_SHAPE_ALL_CAPS) caps++;
        else if (t->shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_LOWER)) other++;
      }
      end++;
    } while (end < doc->ntoks && !(doc->toks[end].shape & VERBA_SHAPE_LINE_START));
    for (; r < x->nruns && x->runs[r].first < end; r++)
      x->runs[r].caps_line = caps >= 2 && caps > other;
    k = end;
  }
}

/* A filter of the words whose lower-case use matters: the runs' words at
 * places where a capital says nothing. A bucket per folded first two
 * bytes, a bit per length (mod 32); a word it rules out is not hashed. */
#define FILTER_SIZE 1024

static unsigned filter_index(const verba_doc *doc, size_t start, size_t len) {
  unsigned char a = doc->text.s[start], b = len > 1 ? doc->text.s[start + 1] : 0;
  if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
  if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
  return ((unsigned)a * 31u + b) % FILTER_SIZE;
}

/* The lower-case words ent_text_prepare remembers as put in the set: the
 * latest of each bucket (a power of two; by a word's first two bytes, its
 * length and its last byte: that, then than, they, them are apart). */
#define ADDED_SIZE 2048

int ent_text_prepare(ent_text *x, const unsigned char *claimed) {
  const verba_doc *doc = x->doc;
  uint32_t filter[FILTER_SIZE];
  size_t added[ADDED_SIZE];
  size_t r, k, i, need = 0, cap = 16;
  int rc = find_runs(x, claimed);
  if (rc != VERBA_OK) return rc;
  memset(filter, 0, sizeof filter);
  for (r = 0; r < x->nruns; r++) need += x->runs[r].last - x->runs[r].first;
  /* room for every run word twice (capitalised, lower case) */
  while (cap < 2 * need) cap *= 2;
  mark_caps_lines(x);
  /* the capacity stays a power of two: ent_reserve doubles from one */
  rc = ent_reserve(doc, (void **)&x->seen, &x->seencap, cap, sizeof *x->seen);
  if (rc != VERBA_OK) return rc;
  memset(x->seen, 0, x->seencap * sizeof *x->seen);
  x->seenused = 0;
  for (r = 0; r < x->nruns; r++)
    for (k = x->runs[r].first; k < x->runs[r].last; k++) {
      const verba_tok *t = &doc->toks[k];
      size_t len = ent_name_end(doc, k) - t->start;
      if (!is_word(t)) continue;
      if (ent_capital_expected(doc, k) || (t->shape & VERBA_SHAPE_ALL_CAPS)) {
        filter[filter_index(doc, t->start, len)] |= 1u << (len & 31);
      } else if (t->shape & VERBA_SHAPE_CAPITALIZED) {
        uint32_t h = ent_fold_hash(&doc->text, t->start, t->start + len) << 1;
        rc = seen_add(x, h);
        if (rc == VERBA_OK && k + 1 == x->runs[r].last && modifies_next(x, k))
          rc = set_add(doc, &x->modifiers, &x->modcap, &x->modused, h);
        if (rc != VERBA_OK) return rc;
      }
    }
  if (need == 0) return VERBA_OK;
  for (i = 0; i < ADDED_SIZE; i++) added[i] = VERBA_NONE;
  for (k = 0; k < doc->ntoks; k++) {
    const verba_tok *t = &doc->toks[k];
    unsigned bucket;
    size_t *same;
    if (t->kind != VERBA_WORD || !(t->shape & VERBA_SHAPE_LOWER)) continue;
    bucket = filter_index(doc, t->start, t->len);
    if (!(filter[bucket] >> (t->len & 31) & 1)) continue;
    /* the same bytes hash the same: in the set already */
    same = &added[(bucket + 97u * t->len + 61u * doc->text.s[t->start + t->len - 1]) &
                  (ADDED_SIZE - 1)];
    if (*same != VERBA_NONE && doc->toks[*same].len == t->len &&
        memcmp(doc->text.s + doc->toks[*same].start, doc->text.s + t->start, t->len) == 0)
      continue;
    *same = k;
    rc = seen_add(x, ent_fold_hash(&doc->text, t->start, t->start + t->len) << 1 | 1);
    if (rc != VERBA_OK) return rc;
  }
  return VERBA_OK;
}

int ent_written_lower(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  uint32_t h = ent_word_key(doc, k) << 1;
  return seen_has(x, h | 1) && !seen_has(x, h);
}

int ent_written_lower_too(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  return seen_has(x, ent_word_key(doc, k) << 1 | 1);
}

int ent_written_as_modifier(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  return set_has(x->modifiers, x->modcap,
                 ent_word_key(doc, k) << 1);
}

int ent_in_caps_line(const ent_text *x, size_t k) {
  size_t lo = 0, hi = x->nruns;
  /* (the runs are in text order: the last that starts at k or before) */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (x->runs[mid].first <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && k < x->runs[lo - 1].last && x->runs[lo - 1].caps_line;
}

int ent_written_capitalised(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  return seen_has(x, ent_word_key(doc, k) << 1);
}

/* ---- Features ------------------------------------------------------------------- */

enum template {
  T_BIAS, T_WORD, T_PREV, T_NEXT, T_PREV2, T_NEXT2, T_PREV_WORD, T_WORD_NEXT,
  T_SHAPE, T_PREV_SHAPE, T_NEXT_SHAPE, T_SHAPES, T_SUFFIX2, T_SUFFIX3,
  T_SUFFIX4, T_PREFIX, T_CLASS, T_PREV_CLASS, T_NEXT_CLASS, T_PLACE,
  T_EVIDENCE, T_RUN, T_POSSESSIVE, T_CAPS_WORD, T_KIND,
  T_CONNECTOR, T_NAMES, T_PREV_NAMES, T_NEXT_NAMES, T_PHRASE, T_NAMES_PLACE
};


/* Position flags of token k: what opens before it. */
static uint32_t place_of(const verba_doc *doc, size_t k) {
  unsigned shape = doc->toks[k].shape;
  uint32_t v = 0;
  if (shape & VERBA_SHAPE_SENTENCE_START) v |= 1;
  if (shape & VERBA_SHAPE_LINE_START) v |= 2;
  if (shape & VERBA_SHAPE_PARAGRAPH_START) v |= 4;
  if (ent_capital_expected(doc, k)) v |= 8;
  return v;
}

typedef struct emitter {
  uint32_t *out;
  unsigned n;
} emitter;

static void emit(emitter *e, unsigned tpl, uint32_t v) {
  if (e->n < ENT_MAX_FEATURES) e->out[e->n++] = feature(tpl, v);
}

/* The index of the lowest set bit of a 32-bit value with one bit set (a
 * de Bruijn sequence's table: C99 has no count of trailing zeros). */
static unsigned bit_index(uint32_t one_bit) {
  static const unsigned char index[32] = {
    0, 1, 28, 2, 29, 14, 24, 3, 30, 22, 20, 15, 25, 17, 4, 8,
    31, 27, 13, 23, 21, 19, 16, 7, 26, 12, 18, 6, 11, 5, 10, 9};
  return index[(uint32_t)(one_bit * 0x077CB531u) >> 27];
}

/* One feature per set bit of bits, lowest first, for template tpl: a jump
 * from set bit to set bit, as name classes are sparse. */
static void emit_bits(emitter *e, unsigned tpl, uint32_t bits) {
  for (; bits; bits &= bits - 1) emit(e, tpl, bit_index(bits & (0u - bits)));
}

/* One feature per lexicon class in c, lowest first, for template tpl. */
static void emit_classes(emitter *e, verba_classes c, unsigned tpl) {
  uint32_t low = (uint32_t)(c & 0xFFFFFFFFu), high = (uint32_t)(c >> 32);
  for (; low; low &= low - 1) emit(e, tpl, bit_index(low & (0u - low)));
  for (; high; high &= high - 1) emit(e, tpl, 32 + bit_index(high & (0u - high)));
}

/* The words of run r and two tokens on either side into x->words: index i
 * holds token r->first - 2 + i; a word outside the text or across a
 * sentence end is a placeholder. */
static int read_window(ent_text *x, const ent_run *r) {
  const verba_doc *doc = x->doc;
  size_t n = r->last - r->first + 4, i;
  /* the previous window's, if it was another run's before this one: its
   * words of tokens read (not placeholders) are at index k + 2 - pfirst,
   * past the index this window writes k at, so read before overwritten */
  size_t pfirst = x->window_first, plast = x->window_last;
  int again = plast != 0 && pfirst < r->first;
  int rc = ent_reserve(doc, (void **)&x->words, &x->wordcap, n, sizeof *x->words);
  if (rc != VERBA_OK) return rc;
  x->window_first = r->first;
  x->window_last = r->last;
  for (i = 0; i < n; i++) {
    ent_word *w = &x->words[i];
    size_t k = r->first + i;
    int affixes;
    if (k < 2 || k - 2 >= doc->ntoks) {
      memset(w, 0, sizeof *w);
      w->word = WORD_NONE;
      continue;
    }
    k -= 2;
    if (doc->toks[k].sentence != doc->toks[k < r->first ? r->first : r->last - 1].sentence) {
      memset(w, 0, sizeof *w);
      w->word = WORD_BREAK;
      continue;
    }
    /* (the affixes of the run's tokens only; the word alone of the tokens
     * two before and two after it, whose classes no feature reads) */
    affixes = k >= r->first && k < r->last;
    if (!affixes && again && k + 2 >= pfirst && k < plast + 2 &&
        doc->toks[k].sentence == doc->toks[k < pfirst ? pfirst : plast - 1].sentence) {
      /* read in the previous window: its word and shape, which do not
       * depend on the affixes read */
      const ent_word *old = &x->words[k + 2 - pfirst];
      w->word = old->word;
      w->shape = old->shape;
      w->prefix = 0;
      w->suffix[0] = w->suffix[1] = w->suffix[2] = 0;
      w->flags = 0;
    } else {
      read_word(doc, k, w, affixes);
    }
    w->names = (uint32_t)(ent_names(x, k) & MODEL_NAMES);
    /* read once: a token's classes are features of it and of both its
     * neighbours */
    /* (less the class of role nouns, which the model was not trained with:
     * rules.c reads it) */
    /* (nor the title class of an honorific: Sir was a plain word then) */
    w->classes = doc->toks[k].entry && i > 0 && i + 1 < n
                     ? ent_classes(x, k) & ~VERBA_LEX_PERSON_ROLE &
                           ~(ent_names(x, k) & VERBA_NAME_HONORIFIC ? VERBA_LEX_NAME_TITLE : 0)
                     : 0;
    if (k >= r->first && k < r->last && is_word(&doc->toks[k])) {
      const verba_tok *t = &doc->toks[k];
      if (t->shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS)) {
        if (seen_has(x, w->word << 1)) w->flags |= ENT_W_SEEN_CAP;
        if (seen_has(x, w->word << 1 | 1)) w->flags |= ENT_W_SEEN_LOWER;
      }
      if ((t->shape & VERBA_SHAPE_ALL_CAPS) && r->caps_line)
        w->flags |= ENT_W_CAPS_LINE;
    }
  }
  return VERBA_OK;
}

/* Marks the tokens of run r that gazetteer phrases cover: x->phrases
 * holds three masks of name classes per token, for the first, an inner
 * and the last word of a phrase (Bank of England, New York City). */
static void mark_phrases(ent_text *x, const ent_run *r) {
  size_t len = r->last - r->first, i, n;
  /* (runs are cut at ENT_MAX_RUN: saying so bounds the memset for the
   * compiler, whose inliner otherwise warns of a huge size) */
  if (len > ENT_MAX_RUN) len = ENT_MAX_RUN;
  memset(x->phrases, 0, 3 * len * sizeof *x->phrases);
  for (i = 0; i + 1 < len; i++) {
    struct ent_phrase_memo *memo;
    if (!ent_phrase_start(x, r->first + i)) continue;
    memo = ent_phrase_memo_at(x, r->first + i);
    for (n = 2; n <= ENT_MAX_PHRASE && i + n <= len; n++) {
      uint32_t c = (uint32_t)(ent_phrase_memoised(x, memo, r->first + i, n) & TRAINED_NAMES);
      size_t j;
      if (!c) continue;
      x->phrases[3 * i] |= c;
      for (j = i + 1; j + 1 < i + n; j++) x->phrases[3 * j + 1] |= c;
      x->phrases[3 * (i + n - 1) + 2] |= c;
    }
  }
}

/* The features of token k's place: in its sentence and line, the
 * evidence of the rest of the document, in its run (the i-th of len), its
 * kind and what joins it; both ways of scoring a run emit them. */
static void emit_token_place(emitter *e, const ent_text *x, size_t k, size_t i, size_t len,
                             uint32_t place) {
  const ent_word *w = &x->words[i + 2];
  const verba_tok *t = &x->doc->toks[k];
  uint32_t evidence = (w->flags & (ENT_W_SEEN_CAP | ENT_W_SEEN_LOWER | ENT_W_CAPS_LINE)) |
                      (place & 8) << 1;
  emit(e, T_PLACE, place);
  emit(e, T_EVIDENCE, evidence);
  emit(e, T_RUN, (uint32_t)((size_t)(i == 0) | (size_t)(i + 1 == len) << 1 |
                            (len > 3 ? 3 : len) << 2));
  if (t->shape & VERBA_SHAPE_POSSESSIVE) emit(e, T_POSSESSIVE, 1);
  if (w->flags & ENT_W_CAPS_LINE) emit(e, T_CAPS_WORD, w->word);
  if (!is_word(t)) emit(e, T_KIND, t->kind);
  if (connector(x, k)) emit(e, T_CONNECTOR, connector(x, k));
}

int ent_run_features(ent_text *x, const ent_run *r, unsigned *counts) {
  const verba_doc *doc = x->doc;
  size_t len = r->last - r->first, i;
  int rc = read_window(x, r);
  if (rc != VERBA_OK) return rc;
  mark_phrases(x, r);
  rc = ent_reserve(doc, (void **)&x->features, &x->featcap,
                   len * ENT_MAX_FEATURES, sizeof *x->features);
  if (rc != VERBA_OK) return rc;
  for (i = 0; i < len; i++) {
    size_t k = r->first + i;
    const ent_word *w = &x->words[i + 2];
    emitter e;
    uint32_t place = place_of(doc, k);
    unsigned j;
    e.out = x->features + i * ENT_MAX_FEATURES;
    e.n = 0;
    emit(&e, T_BIAS, 0);
    emit(&e, T_WORD, w->word);
    emit(&e, T_PREV, w[-1].word);
    emit(&e, T_NEXT, w[1].word);
    emit(&e, T_PREV2, w[-2].word);
    emit(&e, T_NEXT2, w[2].word);
    emit(&e, T_PREV_WORD, pair(w[-1].word, w->word));
    emit(&e, T_WORD_NEXT, pair(w->word, w[1].word));
    emit(&e, T_SHAPE, w->shape);
    emit(&e, T_PREV_SHAPE, w[-1].shape);
    emit(&e, T_NEXT_SHAPE, w[1].shape);
    emit(&e, T_SHAPES, pair(pair(w[-1].shape, w->shape), w[1].shape));
    for (j = 0; j < 3; j++)
      if (w->suffix[j]) emit(&e, T_SUFFIX2 + j, w->suffix[j]);
    if (w->prefix) emit(&e, T_PREFIX, w->prefix);
    emit_classes(&e, w->classes, T_CLASS);
    if (k > 0 && w[-1].word != WORD_BREAK) emit_classes(&e, w[-1].classes, T_PREV_CLASS);
    if (k + 1 < doc->ntoks && w[1].word != WORD_BREAK)
      emit_classes(&e, w[1].classes, T_NEXT_CLASS);
    emit_token_place(&e, x, k, i, len, place);
    emit_bits(&e, T_NAMES, w->names);
    emit_bits(&e, T_PREV_NAMES, w[-1].names);
    emit_bits(&e, T_NEXT_NAMES, w[1].names);
    if (w->names) emit(&e, T_NAMES_PLACE, pair(w->names, place & 8));
    for (j = 0; j < 3; j++) emit_bits(&e, T_PHRASE + 0x100 * j, x->phrases[3 * i + j]);
    counts[i] = e.n;
  }
  return VERBA_OK;
}

/* ---- Scores through a memo ------------------------------------------------------ */

/* Most of a token's features are of one word of its window alone: its own
 * word, shape, affixes, classes and names; its neighbours' words, shapes,
 * classes and names as previous and next. Their weights' sums, per word
 * (the whole input of those features as the key), are kept in a memo of
 * the document: the scores are sums of integers, so a token's are those
 * sums plus its other features' weights, whatever the order. */
/* The memo's size: a power of two, for about twice the words of runs and
 * their windows, at most MAX_PARTIALS (direct-mapped: a word replaces
 * another of its slot). */
#define MAX_PARTIALS 16384

static uint32_t partial_hash(const partial_key *k) {
  uint32_t h = (k->word ^ k->kind << 27) * 0x9E3779B1u;
  h = (h ^ k->shape ^ k->names) * 0x85EBCA6Bu;
  return h ^ h >> 15;
}

static int same_key(const partial_key *a, const partial_key *b) {
  return a->word == b->word && a->kind == b->kind && a->shape == b->shape &&
         a->names == b->names && a->classes == b->classes && a->prefix == b->prefix &&
         a->suffix[0] == b->suffix[0] && a->suffix[1] == b->suffix[1] &&
         a->suffix[2] == b->suffix[2];
}

/* Adds the sums of the weights of the features of word w of kind kind (as
 * the token, its previous or its next word: classes only when
 * with_classes) to sum, through the memo; counts them in *count. (sum is
 * the caller's own array: restrict lets the compiler add in vector code;
 * the entry is read at once, as the next word may take its slot.) */
static void add_partial(ent_text *x, const ent_model *m, const ent_word *w,
                        enum partial_kind kind, int with_classes, int32_t *restrict sum,
                        unsigned *count) {
  partial_key key;
  struct ent_partial *p;
  int t;
  key.kind = (uint32_t)kind | (with_classes ? 16u : 0u);
  key.word = w->word;
  key.shape = w->shape;
  key.names = w->names;
  key.classes = with_classes ? w->classes : 0;
  if (kind == PART_SELF) {
    key.suffix[0] = w->suffix[0];
    key.suffix[1] = w->suffix[1];
    key.suffix[2] = w->suffix[2];
    key.prefix = w->prefix;
  } else {
    key.suffix[0] = key.suffix[1] = key.suffix[2] = key.prefix = 0;
  }
  p = &x->partials[partial_hash(&key) & (x->partialcap - 1)];
  if (!same_key(&p->key, &key)) {
    uint32_t features[ENT_MAX_FEATURES];
    emitter e;
    unsigned j;
    e.out = features;
    e.n = 0;
    if (kind == PART_SELF) {
      emit(&e, T_BIAS, 0);
      emit(&e, T_WORD, w->word);
      emit(&e, T_SHAPE, w->shape);
      for (j = 0; j < 3; j++)
        if (w->suffix[j]) emit(&e, T_SUFFIX2 + j, w->suffix[j]);
      if (w->prefix) emit(&e, T_PREFIX, w->prefix);
      emit_classes(&e, w->classes, T_CLASS);
      emit_bits(&e, T_NAMES, w->names);
    } else if (kind == PART_PREV) {
      emit(&e, T_PREV, w->word);
      emit(&e, T_PREV_SHAPE, w->shape);
      if (with_classes) emit_classes(&e, w->classes, T_PREV_CLASS);
      emit_bits(&e, T_PREV_NAMES, w->names);
    } else {
      emit(&e, T_NEXT, w->word);
      emit(&e, T_NEXT_SHAPE, w->shape);
      if (with_classes) emit_classes(&e, w->classes, T_NEXT_CLASS);
      emit_bits(&e, T_NEXT_NAMES, w->names);
    }
    ent_score(m, features, e.n, p->scores);
    p->count = e.n;
    p->key = key;
  }
  for (t = 0; t < ENT_ROW; t++) sum[t] += p->scores[t];
  *count += p->count;
}

/* place_key's fields fit their bits (it packs the flags as they are,
 * the connector classes shifted down). */
typedef char place_flags_fit[(ENT_W_SEEN_CAP | ENT_W_SEEN_LOWER | ENT_W_CAPS_LINE) == 14 ? 1 : -1];
typedef char place_kinds_fit[VERBA_NKINDS < 15 ? 1 : -1];
typedef char place_connectors_fit[
    (VERBA_NAME_NAME_CONNECTOR | VERBA_NAME_NAME_PARTICLE) >> 13 == 3 ? 1 : -1];

/* The input of the features of a token's place but its word in capitals
 * (those of emit_token_place): a few hundred values in a document, packed
 * in 18 bits for their memo: place 4, the evidence's flags 3, the run 4,
 * the possessive 1, the kind of a token that is no word (+ 1) 4, its
 * connector classes 2. */
static uint32_t place_key(const ent_text *x, size_t k, size_t i, size_t len,
                          uint32_t place) {
  const ent_word *w = &x->words[i + 2];
  const verba_tok *t = &x->doc->toks[k];
  uint32_t run = (uint32_t)((size_t)(i == 0) | (size_t)(i + 1 == len) << 1 |
                            (len > 3 ? 3 : len) << 2);
  return place | (w->flags & 14u) << 3 | run << 7 |
         (t->shape & VERBA_SHAPE_POSSESSIVE ? 1u : 0u) << 11 |
         (is_word(t) ? 0u : (uint32_t)t->kind + 1) << 12 | connector(x, k) >> 13 << 16;
}

/* Adds the weights of the place features of key (place_key's) to sum
 * through their memo (direct-mapped, PLACE_MEMO entries), counted in
 * *count: in emit_token_place's order, its word in capitals apart. */
#define PLACE_MEMO 256
typedef char place_memo_is_256[PLACE_MEMO == 1 << 8 ? 1 : -1];

static int add_place(ent_text *x, const ent_model *m, uint32_t key, int32_t *restrict sum,
                     unsigned *count) {
  struct ent_partial *p;
  int t;
  if (!x->places) {
    int rc = ent_reserve(x->doc, (void **)&x->places, &x->placecap, PLACE_MEMO,
                         sizeof *x->places);
    if (rc != VERBA_OK) return rc;
    memset(x->places, 0, x->placecap * sizeof *x->places); /* kind 0: no key */
  }
  p = &x->places[(uint32_t)(key * 0x9E3779B1u) >> 24];
  if (p->key.kind != PART_PLACE || p->key.word != key) {
    uint32_t features[8], place = key & 15;
    emitter e;
    e.out = features;
    e.n = 0;
    emit(&e, T_PLACE, place);
    emit(&e, T_EVIDENCE, (key >> 3 & 14u) | (place & 8) << 1);
    emit(&e, T_RUN, key >> 7 & 15);
    if (key >> 11 & 1) emit(&e, T_POSSESSIVE, 1);
    if (key >> 12 & 15) emit(&e, T_KIND, (key >> 12 & 15) - 1);
    if (key >> 16) emit(&e, T_CONNECTOR, (key >> 16) << 13);
    ent_score(m, features, e.n, p->scores);
    p->count = e.n;
    p->key.kind = PART_PLACE;
    p->key.word = key;
  }
  for (t = 0; t < ENT_ROW; t++) sum[t] += p->scores[t];
  *count += p->count;
  return VERBA_OK;
}

int ent_run_scores(ent_text *x, const ent_run *r, const ent_model *m, int32_t *out) {
  const verba_doc *doc = x->doc;
  size_t len = r->last - r->first, i;
  int rc = read_window(x, r);
  if (rc != VERBA_OK) return rc;
  mark_phrases(x, r);
  if (!x->partials) {
    size_t need = 0, cap = 64, r2;
    for (r2 = 0; r2 < x->nruns; r2++) need += x->runs[r2].last - x->runs[r2].first + 4;
    while (cap < 2 * need && cap < MAX_PARTIALS) cap *= 2;
    rc = ent_reserve(doc, (void **)&x->partials, &x->partialcap, cap, sizeof *x->partials);
    if (rc != VERBA_OK) return rc;
    /* (the capacity stays a power of two: ent_reserve doubles from one) */
    memset(x->partials, 0, x->partialcap * sizeof *x->partials); /* kind 0: no word */
  }
  for (i = 0; i < len; i++) {
    size_t k = r->first + i;
    const ent_word *w = &x->words[i + 2];
    uint32_t features[ENT_MAX_FEATURES], place = place_of(doc, k);
    int32_t sum[ENT_ROW];
    unsigned j, count = 0;
    emitter e;
    memset(sum, 0, sizeof sum);
    add_partial(x, m, w, PART_SELF, 1, sum, &count);
    add_partial(x, m, &w[-1], PART_PREV, k > 0 && w[-1].word != WORD_BREAK, sum, &count);
    add_partial(x, m, &w[1], PART_NEXT, k + 1 < doc->ntoks && w[1].word != WORD_BREAK,
                sum, &count);
    /* the features of more than one word, and of the token's place */
    e.out = features;
    e.n = 0;
    emit(&e, T_PREV2, w[-2].word);
    emit(&e, T_NEXT2, w[2].word);
    emit(&e, T_PREV_WORD, pair(w[-1].word, w->word));
    emit(&e, T_WORD_NEXT, pair(w->word, w[1].word));
    emit(&e, T_SHAPES, pair(pair(w[-1].shape, w->shape), w[1].shape));
    rc = add_place(x, m, place_key(x, k, i, len, place), sum, &count);
    if (rc != VERBA_OK) return rc;
    if (w->flags & ENT_W_CAPS_LINE) emit(&e, T_CAPS_WORD, w->word);
    if (w->names) emit(&e, T_NAMES_PLACE, pair(w->names, place & 8));
    for (j = 0; j < 3; j++) emit_bits(&e, T_PHRASE + 0x100 * j, x->phrases[3 * i + j]);
    /* (ent_run_features keeps the first ENT_MAX_FEATURES only: a token
     * with more is scored that way) */
    if (count + e.n > ENT_MAX_FEATURES || e.n == ENT_MAX_FEATURES)
      return ENT_TOO_MANY_FEATURES;
    ent_score_add(m, features, e.n, sum);
    memcpy(out + i * ENT_NTAGS, sum, ENT_NTAGS * sizeof *sum);
  }
  return VERBA_OK;
}
