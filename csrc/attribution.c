/* Annotation stage: who says each quotation. For every direct or partial
 * quote it reads two small token windows, the words of its sentence
 * before it and after it (never past the neighbouring quotes, so each
 * byte is read a bounded number of times), finds a cue verb there and the
 * noun phrase that is its subject or object:
 *   "...," Hu said.        "...," said Hu.       "...," Hu, the chairman, said.
 *   Hu said: "..."         Hu said that x "..."  according to Hu, "..."
 *   "..." -- Hu
 * A quote with no attribution of its own continues the one before it.
 * Names are then resolved: a pronoun to the last named speaker, a surname
 * to the full name used earlier (from a small table of recent names, fed
 * by capitalised runs or by the caller's entities). */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "verba.h"

#define WINDOW 48       /* tokens kept on either side of a quote */
#define LOOK_BACK 320   /* bytes before a quote that may hold its cue */
#define NAMES 32        /* recent full names remembered */
#define PULL_AHEAD 16   /* quotes searched for the one a pull-quote repeats */
#define MAX_NP 9        /* words in a speaker's noun phrase */
#define SHORT_WORDS 4   /* a quote this short nobody says is a mention */

/* Cue verbs by lemma; inflected forms are found by stripping endings.
 * A particle makes a two-word cue (according to, point out); required
 * means the lemma alone is no cue. Sorted for bsearch. */
typedef struct cue {
  const char *lemma;
  const char *particle;
  int required;
} cue;

static const cue cues[] = {
  {"accord", "to", 1}, {"accuse", NULL, 0}, {"acknowledge", NULL, 0},
  {"add", NULL, 0}, {"admit", NULL, 0}, {"advise", NULL, 0},
  {"agree", NULL, 0}, {"allege", NULL, 0}, {"announce", NULL, 0},
  {"answer", NULL, 0}, {"argue", NULL, 0}, {"ask", NULL, 0},
  {"assert", NULL, 0}, {"assure", NULL, 0}, {"blast", NULL, 0},
  {"boast", NULL, 0}, {"call", "on", 0}, {"caution", NULL, 0},
  {"charge", NULL, 0}, {"claim", NULL, 0}, {"comment", NULL, 0},
  {"complain", NULL, 0}, {"concede", NULL, 0}, {"conclude", NULL, 0},
  {"confirm", NULL, 0}, {"contend", NULL, 0}, {"continue", NULL, 0},
  {"counter", NULL, 0}, {"cry", NULL, 0}, {"declare", NULL, 0},
  {"deny", NULL, 0}, {"describe", NULL, 0}, {"emphasise", NULL, 0},
  {"emphasize", NULL, 0}, {"estimate", NULL, 0}, {"exclaim", NULL, 0},
  {"explain", NULL, 0}, {"insist", NULL, 0}, {"joke", NULL, 0},
  {"lament", NULL, 0}, {"maintain", NULL, 0}, {"muse", NULL, 0},
  {"note", NULL, 0}, {"observe", NULL, 0}, {"opine", NULL, 0},
  {"plead", NULL, 0}, {"pledge", NULL, 0}, {"point", "out", 1},
  {"post", NULL, 0}, {"predict", NULL, 0}, {"proclaim", NULL, 0},
  {"promise", NULL, 0}, {"protest", NULL, 0}, {"quip", NULL, 0},
  {"recall", NULL, 0}, {"reiterate", NULL, 0}, {"remark", NULL, 0},
  {"remind", NULL, 0}, {"repeat", NULL, 0}, {"reply", NULL, 0},
  {"report", NULL, 0}, {"respond", NULL, 0}, {"retort", NULL, 0},
  {"reveal", NULL, 0}, {"said", NULL, 0}, {"say", NULL, 0},
  {"scream", NULL, 0}, {"shout", NULL, 0}, {"snap", NULL, 0},
  {"speculate", NULL, 0}, {"spoke", NULL, 0}, {"state", NULL, 0},
  {"stress", NULL, 0}, {"suggest", NULL, 0}, {"tell", NULL, 0},
  {"testify", NULL, 0}, {"thunder", NULL, 0}, {"told", NULL, 0},
  {"tweet", NULL, 0}, {"urge", NULL, 0}, {"vow", NULL, 0},
  {"warn", NULL, 0}, {"whisper", NULL, 0}, {"wonder", NULL, 0},
  {"write", NULL, 0}, {"written", NULL, 0}, {"wrote", NULL, 0},
  {"yell", NULL, 0},
};

/* Flags of a window token: what it is and, for a word, its classes in
 * the lexicon below (looked up once, as the window is read). */
enum { T_CUE = 1, T_CAP = 2, T_END = 4, T_EARLIER = 8, T_WORD = 16,
       T_STOP = 32, T_LINK = 64, T_DET = 128, T_PRONOUN = 256,
       T_FILLER = 512, T_COMMA = 1024, T_COLON = 2048, T_DASH = 4096 };

/* The words that shape a speaker's noun phrase, with their classes:
 *   T_STOP    a noun phrase cannot run through it (that, and, in, was ...)
 *   T_LINK    inside a phrase going left: a spokesman for the campaign
 *   T_DET     starts a phrase: going left it is the last word
 *   T_PRONOUN a phrase of its own: he said
 *   T_FILLER  may stand between a speaker and the cue: Hu also said,
 *             she told reporters on Tuesday (adverbs in -ly are too)
 * Sorted for bsearch. */
typedef struct lexeme {
  const char *word;
  unsigned flags;
} lexeme;

static const lexeme lexicon[] = {
  {"a", T_DET|T_FILLER}, {"about", T_STOP}, {"after", T_STOP},
  {"afternoon", T_FILLER}, {"again", T_FILLER}, {"against", T_STOP},
  {"already", T_FILLER}, {"also", T_STOP|T_FILLER}, {"although", T_STOP},
  {"always", T_FILLER}, {"among", T_STOP}, {"an", T_DET|T_FILLER},
  {"and", T_STOP}, {"another", T_DET}, {"are", T_STOP}, {"as", T_STOP},
  {"at", T_STOP}, {"be", T_STOP}, {"because", T_STOP}, {"been", T_STOP},
  {"before", T_STOP}, {"being", T_STOP}, {"between", T_STOP},
  {"both", T_DET}, {"but", T_STOP}, {"by", T_STOP}, {"can", T_STOP|T_FILLER},
  {"could", T_STOP|T_FILLER}, {"despite", T_STOP}, {"did", T_STOP|T_FILLER},
  {"do", T_STOP|T_FILLER}, {"does", T_STOP|T_FILLER}, {"during", T_STOP},
  {"each", T_DET}, {"earlier", T_FILLER}, {"even", T_FILLER},
  {"evening", T_FILLER}, {"every", T_DET}, {"few", T_DET},
  {"first", T_FILLER}, {"for", T_LINK}, {"friday", T_FILLER},
  {"from", T_STOP}, {"further", T_FILLER}, {"had", T_STOP|T_FILLER},
  {"has", T_STOP|T_FILLER}, {"have", T_STOP|T_FILLER}, {"he", T_PRONOUN},
  {"her", T_DET}, {"here", T_STOP}, {"his", T_DET}, {"how", T_STOP},
  {"however", T_STOP}, {"i", T_PRONOUN}, {"if", T_STOP},
  {"in", T_STOP|T_FILLER}, {"interview", T_FILLER}, {"into", T_STOP},
  {"is", T_STOP|T_FILLER}, {"it", T_PRONOUN}, {"it's", T_STOP},
  {"its", T_STOP}, {"just", T_FILLER}, {"last", T_FILLER},
  {"later", T_FILLER}, {"like", T_STOP}, {"many", T_DET},
  {"may", T_STOP|T_FILLER}, {"meanwhile", T_STOP},
  {"might", T_STOP|T_FILLER}, {"monday", T_FILLER}, {"month", T_FILLER},
  {"morning", T_FILLER}, {"most", T_DET}, {"must", T_STOP}, {"my", T_DET},
  {"never", T_FILLER}, {"night", T_FILLER}, {"nor", T_STOP},
  {"not", T_STOP|T_FILLER}, {"of", T_LINK}, {"on", T_STOP|T_FILLER},
  {"once", T_FILLER}, {"one", T_DET}, {"or", T_STOP}, {"other", T_DET},
  {"our", T_DET}, {"over", T_STOP}, {"per", T_STOP},
  {"previously", T_FILLER}, {"quickly", T_FILLER}, {"recently", T_FILLER},
  {"saturday", T_FILLER},
  {"several", T_DET}, {"she", T_PRONOUN},
  {"should", T_STOP}, {"simply", T_FILLER}, {"since", T_STOP},
  {"so", T_STOP}, {"some", T_DET}, {"statement", T_FILLER},
  {"still", T_FILLER}, {"sunday", T_FILLER}, {"than", T_STOP},
  {"that", T_STOP}, {"the", T_DET}, {"their", T_DET},
  {"then", T_STOP|T_FILLER}, {"there", T_STOP}, {"these", T_STOP},
  {"they", T_PRONOUN}, {"this", T_STOP|T_FILLER}, {"those", T_STOP},
  {"though", T_STOP}, {"three", T_DET}, {"through", T_STOP},
  {"thursday", T_FILLER}, {"to", T_STOP}, {"today", T_FILLER},
  {"tonight", T_FILLER}, {"tuesday", T_FILLER}, {"two", T_DET},
  {"under", T_STOP}, {"unlike", T_STOP}, {"until", T_STOP}, {"upon", T_STOP},
  {"via", T_STOP}, {"was", T_STOP|T_FILLER}, {"we", T_PRONOUN},
  {"wednesday", T_FILLER}, {"week", T_FILLER}, {"were", T_STOP},
  {"what", T_STOP}, {"when", T_STOP}, {"where", T_STOP}, {"which", T_STOP},
  {"while", T_STOP}, {"who", T_STOP}, {"whom", T_STOP}, {"whose", T_STOP},
  {"why", T_STOP}, {"will", T_STOP|T_FILLER}, {"with", T_STOP},
  {"within", T_STOP}, {"without", T_STOP}, {"would", T_STOP|T_FILLER},
  {"year", T_FILLER}, {"yesterday", T_FILLER}, {"yet", T_STOP},
  {"you", T_PRONOUN}, {"your", T_DET},
};

/* A "." after these does not end a sentence. */
static const char *const abbreviations[] = {
  "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
  "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "prof", "rev",
  "capt", "maj", "cmdr", "adm", "pres", "supt", "mt", "ft", "jan", "feb",
  "aug", "sept", "sep", "oct", "nov", "dec", NULL
};

/* A token of a window around a quote. */
typedef struct wtok {
  size_t start, end;
  size_t cue_end;  /* for a cue: the end of its particle, if any */
  unsigned flags;
  enum verba_kind kind;
} wtok;

typedef struct window {
  wtok tok[WINDOW];
  int n;
} window;

typedef struct attributor {
  const verba_text *t;
  const verba_attribution_opts *opts;
  size_t name_start[NAMES], name_end[NAMES];
  int names, name_head;
  size_t next_entity;
  size_t last_name_start, last_name_end; /* last named speaker */
} attributor;

static int32_t cp_at(const verba_text *t, size_t pos) {
  int32_t cp = -1;
  if (pos < t->len) verba_decode(t, pos, &cp);
  return cp;
}

static int is_upper(int32_t cp) {
  if (cp < 0) return 0;
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
         utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}

static int is_space(int32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS || cp == 0x85;
}

static int word_in(const attributor *a, const wtok *w, const char *const *list) {
  return verba_word_in(a->t, w->start, w->end, list);
}

static int same_bytes(const verba_text *t, size_t a, size_t alen, size_t b,
                      size_t blen) {
  size_t i;
  if (alen != blen) return 0;
  for (i = 0; i < alen; i++) {
    unsigned char x = t->s[a + i], y = t->s[b + i];
    if (x != y && ((x | 0x20) != (y | 0x20) || (x | 0x20) < 'a' ||
                   (x | 0x20) > 'z'))
      return 0;
  }
  return 1;
}

/* The text [start, end) lower-cased into buf as a C string, if it is ASCII
 * and fits. */
static int lower_ascii(const verba_text *t, size_t start, size_t end,
                       char *buf, size_t size) {
  size_t i, len = end - start;
  if (len >= size) return 0;
  for (i = 0; i < len; i++) {
    unsigned char ch = t->s[start + i];
    if (ch >= 0x80) return 0;
    buf[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch | 0x20 : ch);
  }
  buf[len] = 0;
  return 1;
}

static int lexeme_cmp(const void *key, const void *elem) {
  return strcmp((const char *)key, ((const lexeme *)elem)->word);
}

/* The lexicon classes of the word [start, end), or 0. */
static unsigned lexicon_flags(const verba_text *t, size_t start, size_t end) {
  char lower[16];
  const lexeme *x;
  if (!lower_ascii(t, start, end, lower, sizeof lower)) return 0;
  x = (const lexeme *)bsearch(lower, lexicon, sizeof lexicon / sizeof *lexicon,
                              sizeof *lexicon, lexeme_cmp);
  return x ? x->flags : 0;
}

static int cue_cmp(const void *key, const void *elem) {
  return strcmp((const char *)key, ((const cue *)elem)->lemma);
}

static const cue *find_lemma(const char *stem) {
  return (const cue *)bsearch(stem, cues, sizeof cues / sizeof *cues,
                              sizeof *cues, cue_cmp);
}

/* Finds the cue whose lemma word is some inflection of w: the word itself,
 * or it less -s, -es, -d, -ed, -ing (with e restored, y for i, a doubled
 * consonant undone). */
static const cue *cue_of_word(const char *w, size_t n) {
  char stem[24];
  const cue *c;
  size_t k;
  static const char *const endings[] = { "s", "es", "d", "ed", "ing", "ies",
                                         "ied", NULL };
  if (n < 2 || n >= sizeof stem) return NULL;
  memcpy(stem, w, n);
  stem[n] = 0;
  if ((c = find_lemma(stem)) != NULL) return c;
  for (k = 0; endings[k]; k++) {
    size_t e = strlen(endings[k]), base = n - e;
    if (n <= e + 1 || memcmp(w + base, endings[k], e) != 0) continue;
    memcpy(stem, w, base);
    stem[base] = 0;
    if (endings[k][1] == 'i' || (endings[k][0] == 'i' && endings[k][1] == 'e')) {
      stem[base] = 'y';
      stem[base + 1] = 0;
    }
    if ((c = find_lemma(stem)) != NULL) return c;
    stem[base] = 'e'; /* argu-ed -> argue, not for -ies/-ied */
    stem[base + 1] = 0;
    if ((c = find_lemma(stem)) != NULL) return c;
    if (base >= 2 && w[base - 1] == w[base - 2]) { /* admitted -> admit */
      stem[base - 1] = 0;
      if ((c = find_lemma(stem)) != NULL) return c;
    }
  }
  return NULL;
}

/* Is the word at w[0] a cue? Sets its end (with a particle) or returns 0. */
static int cue_at(const attributor *a, wtok *w, int n) {
  const verba_text *t = a->t;
  char lower[24];
  size_t len = w[0].end - w[0].start, i;
  const cue *c;
  /* a word of the lexicon (that, on, he) is no cue */
  if (!(w[0].flags & T_WORD) || (w[0].flags & (T_STOP | T_DET | T_PRONOUN |
      T_LINK)) || !lower_ascii(t, w[0].start, w[0].end, lower, sizeof lower))
    return 0;
  c = cue_of_word(lower, len);
  if (c && (w[0].flags & T_CAP) && !c->required)
    return 0; /* According to, but not United States */
  if (a->opts) {
    for (i = 0; !c && i < a->opts->nverbs; i++) {
      const verba_phrase *v = &a->opts->verbs[i];
      if (v->len == len && strncmp(v->s, lower, len) == 0) {
        w[0].cue_end = w[0].end;
        return 1;
      }
    }
  }
  if (!c) return 0;
  w[0].cue_end = w[0].end;
  if (c->particle && n > 1 &&
      verba_word_in(t, w[1].start, w[1].end, (const char *const[]){c->particle, NULL})) {
    w[0].cue_end = w[1].end;
    return 1;
  }
  return !c->required;
}

static void classify(const attributor *a, wtok *w, enum verba_kind kind) {
  int32_t cp = cp_at(a->t, w->start);
  w->flags = 0;
  w->cue_end = w->end;
  if (kind == VERBA_WORD || kind == VERBA_NUMBER || kind == VERBA_MENTION ||
      kind == VERBA_HASHTAG) {
    size_t n = w->end - w->start;
    w->flags |= T_WORD | lexicon_flags(a->t, w->start, w->end);
    if (is_upper(cp)) w->flags |= T_CAP;
    if (n > 3 && a->t->s[w->end - 2] == 'l' && a->t->s[w->end - 1] == 'y')
      w->flags |= T_FILLER; /* an adverb: Hu angrily said */
  } else if (cp == ',') {
    w->flags |= T_COMMA;
  } else if (cp == ':') {
    w->flags |= T_COLON;
  } else if (cp == '-' || cp == 0x2014 || cp == 0x2013) {
    w->flags |= T_DASH;
  } else if (cp == '!' || cp == '?' || cp == 0x2026 ||
             (cp == '.' && w->end - w->start == 1)) {
    w->flags |= T_END;
  }
}

/* Tokens of [from, to), at most the last WINDOW of them (with T_EARLIER on
 * those before boundary) or, with first != 0, the first ones up to the end
 * of the sentence. */
static void read_window(const attributor *a, size_t from, size_t to,
                        size_t boundary, int first, window *win) {
  verba_tokenizer tz;
  verba_token tok;
  wtok ring[WINDOW];
  int n = 0, i, start;
  verba_tokens_init(&tz, a->t, from, 0);
  while (verba_tokens_next(&tz, &tok) && tok.start < to) {
    wtok *w = &ring[n % WINDOW];
    wtok *prev = n > 0 ? &ring[(n - 1) % WINDOW] : NULL;
    if (prev && tok.start == prev->end && tok.end == tok.start + 1 &&
        a->t->s[tok.start] == '.' && prev->kind == VERBA_WORD &&
        verba_word_in(a->t, prev->start, prev->end, abbreviations)) {
      prev->end = tok.end; /* Mr. is one word */
      continue;
    }
    w->start = tok.start;
    w->end = tok.end;
    w->kind = tok.kind;
    n++;
    if (first && (n == WINDOW || (tok.kind == VERBA_PUNCT && tok.end == tok.start + 1 &&
                                  strchr(".!?", a->t->s[tok.start]))))
      break;
  }
  /* only the tokens kept are classified */
  start = n > WINDOW ? n - WINDOW : 0;
  win->n = 0;
  for (i = start; i < n; i++) {
    wtok *w = &win->tok[win->n++];
    *w = ring[i % WINDOW];
    classify(a, w, w->kind);
    if (w->start < boundary) w->flags |= T_EARLIER;
  }
  for (i = 0; i < win->n; i++) /* cues need their next token */
    if (cue_at(a, &win->tok[i], win->n - i)) win->tok[i].flags |= T_CUE;
}

/* A later token of a "." that did not end a sentence: "Mr. Hu". A "." or
 * "?" followed by a lower-case word does not end one either. */
static void fix_ends(const attributor *a, window *w) {
  int i;
  for (i = 0; i + 1 < w->n; i++)
    if ((w->tok[i].flags & T_END) && (w->tok[i + 1].flags & T_WORD) &&
        !(w->tok[i + 1].flags & T_CAP) &&
        !is_upper(cp_at(a->t, w->tok[i + 1].start)))
      w->tok[i].flags &= ~(unsigned)T_END;
}

/* Marks the found speaker. */
typedef struct found {
  size_t start, end, cue_start, cue_end;
  int ok;
} found;

static int is_filler(const attributor *a, const wtok *w) {
  (void)a;
  return (w->flags & T_FILLER) != 0;
}

/* Trims a phrase that ends in a proper name to that name: "Chinese
 * electronics giant Huawei" -> "Huawei"; "the newspaper" stays. A name
 * runs over capitalised words and of/for between them. */
static int name_tail(const wtok *w, int from, int to) {
  int i = to - 1;
  if (!(w[i].flags & T_CAP)) return from;
  while (i > from && ((w[i - 1].flags & T_CAP) ||
                      ((w[i - 1].flags & T_LINK) && i - 1 > from &&
                       (w[i - 2].flags & T_CAP))))
    i--;
  return i;
}

/* The noun phrase ending at w[to - 1], walking left. Returns its first
 * token or -1. */
static int np_left(const wtok *w, int lower, int to) {
  int i = to, words = 0;
  while (i > lower) {
    const wtok *x = &w[i - 1];
    if (!(x->flags & T_WORD) || (x->flags & T_CUE)) break;
    if ((x->flags & T_STOP) && !(x->flags & T_CAP && words == 0 &&
                                     !(x->flags & T_PRONOUN)))
      break;
    if ((x->flags & T_LINK) && (words == 0 || i - 1 == lower ||
                                    !(w[i - 2].flags & T_WORD)))
      break;
    i--;
    words++;
    if ((x->flags & T_DET) || (x->flags & T_PRONOUN) ||
        words == MAX_NP)
      break;
  }
  if (words == 0) return -1;
  while (i < to && (w[i].flags & T_LINK)) i++;
  return i < to ? i : -1;
}

/* The noun phrase starting at w[from], walking right: "said Ken Hu, ...",
 * "said a spokesman for the firm". Returns its end or -1. */
static int np_right(const wtok *w, int from, int n) {
  int i = from, words = 0;
  while (i < n && words < MAX_NP) {
    const wtok *x = &w[i];
    if (!(x->flags & T_WORD) || (x->flags & T_CUE)) break;
    if ((x->flags & T_STOP) &&
        !(words == 0 && (x->flags & T_PRONOUN)))
      break;
    if (words > 0 && (x->flags & T_PRONOUN)) break;
    if ((x->flags & T_LINK) &&
        (i + 1 >= n || !(w[i + 1].flags & T_WORD)))
      break;
    i++;
    words++;
    if (words == 1 && (x->flags & T_PRONOUN)) break;
  }
  while (i > from && (w[i - 1].flags & T_LINK)) i--;
  return i > from ? i : -1;
}

static void set_found(found *f, const wtok *w, int first, int last,
                      const wtok *cue) {
  f->start = w[first].start;
  f->end = w[last - 1].end;
  f->cue_start = cue ? cue->start : VERBA_NONE;
  f->cue_end = cue ? cue->cue_end : VERBA_NONE;
  f->ok = 1;
}

/* The subject of the cue w[c]: Hu said, Hu also told, Hu, the chairman,
 * said; Huawei's chairman, Ken Hu, said (the name wins); Huawei, which
 * ..., said. */
static int subject_of(const attributor *a, const wtok *w, int lower, int c,
                      found *f) {
  int i = c, s, comma;
  while (i > lower && is_filler(a, &w[i - 1])) i--;
  if (i > lower && (w[i - 1].flags & T_WORD)) {
    s = np_left(w, lower, i);
    if (s < 0) return 0;
    set_found(f, w, name_tail(w, s, i), i, &w[c]);
    return 1;
  }
  if (i <= lower || !(w[i - 1].flags & T_COMMA)) return 0;
  /* ", X," before the cue: an appositive or a clause set off by commas */
  for (comma = i - 2; comma > lower; comma--)
    if ((w[comma].flags & T_COMMA)) break;
  if (comma <= lower) return 0;
  s = np_left(w, comma + 1, i - 1);
  if (s == comma + 1 && (w[s].flags & T_CAP) && name_tail(w, s, i - 1) == s &&
      !(w[s].flags & T_STOP)) {
    set_found(f, w, s, i - 1, &w[c]); /* the chairman, Ken Hu, said */
    return 1;
  }
  s = np_left(w, lower, comma);
  if (s < 0) return 0;
  set_found(f, w, name_tail(w, s, comma), comma, &w[c]);
  return 1;
}

/* A reporting clause that ends the quote's sentence: "..." that x is y,
 * he said. */
static int reporting_clause(const window *win, found *f) {
  const wtok *w = win->tok;
  int c, s;
  for (c = 1; c < win->n && !(w[c].flags & T_END); c++) {
    int next = c + 1 < win->n ? c + 1 : c;
    if (!(w[c].flags & T_CUE)) continue;
    if (next != c && !(w[next].flags & T_END) && !(w[next].flags & T_COMMA))
      continue;
    s = np_left(w, 0, c);
    if (s > 0 && (w[s - 1].flags & T_COMMA)) {
      set_found(f, w, name_tail(w, s, c), c, &w[c]);
      return 1;
    }
  }
  return 0;
}

/* Attribution after the quote: "...," Hu said. / "...," said Hu. /
 * "..." -- Hu. The cue must come before the sentence ends and close to
 * the quote. */
static int after_quote(const attributor *a, const window *win, found *f) {
  const wtok *w = win->tok;
  int i = 0, c, e, dash = 0;
  while (i < win->n && (w[i].flags & (T_COMMA | T_DASH))) {
    if (w[i].flags & T_DASH) dash = 1;
    i++;
  }
  if (i < win->n && dash) {
    e = np_right(w, i, win->n); /* "..." -- Hu */
    if (e > i && (w[i].flags & T_CAP) && (e == win->n || (w[e].flags & T_END) ||
                                          (w[e].flags & T_COMMA))) {
      set_found(f, w, i, e, NULL);
      return 1;
    }
  }
  for (c = i; c < win->n && c < i + MAX_NP + 4; c++) {
    if (w[c].flags & T_END) return 0;
    if (w[c].flags & T_CUE) break;
  }
  if (c == win->n || c == i + MAX_NP + 4) return reporting_clause(win, f);
  if (c == i) { /* said Hu */
    int s = i + 1;
    while (s < win->n && is_filler(a, &w[s]) && !(w[s].flags & T_DET))
      s++;
    e = np_right(w, s, win->n);
    if (e < 0) return 0;
    set_found(f, w, s, e, &w[c]);
    return 1;
  }
  {
    int end = i, s;
    while (end < c && ((w[end].flags & T_WORD) || end == i)) end++;
    if (end < c && !(w[end].flags & T_COMMA))
      return reporting_clause(win, f);
    while (end > i && is_filler(a, &w[end - 1])) end--;
    if (end == i) return reporting_clause(win, f);
    s = np_left(w, i, end);
    if (s != i) return reporting_clause(win, f);
    set_found(f, w, name_tail(w, s, end), end, &w[c]);
    return 1;
  }
}

/* Words that may open a sentence before its subject. */
static const char *const sentence_openers[] = {
  "but", "and", "so", "yet", "still", "then", "meanwhile", "however", "now",
  "instead", "also", NULL
};

/* The subject that opens the sentence w[lower, limit): Rubio fired back:
 * "..."; Christie, an ally, defended her, saying, "...". An opening
 * adverbial set off by a comma (In a statement, ...) is skipped. */
static int sentence_subject(const attributor *a, const wtok *w, int lower,
                            int limit, const wtok *cue, found *f) {
  int i = lower, e;
  while (i < limit && word_in(a, &w[i], sentence_openers)) i++;
  if (i < limit && (w[i].flags & T_WORD) &&
      ((w[i].flags & T_STOP) || is_filler(a, &w[i]))) {
    while (i < limit && !(w[i].flags & T_COMMA)) i++;
    i++;
  }
  if (i >= limit || !(w[i].flags & (T_CAP)) ) {
    if (i >= limit || !(w[i].flags & T_PRONOUN)) return 0;
  }
  e = np_right(w, i, limit);
  if (e < 0) return 0;
  set_found(f, w, name_tail(w, i, e), e, cue);
  return 1;
}

/* Is w a participle cue after a comma: ", saying", ", adding"? */
static int participle_cue(const attributor *a, const wtok *w, int c, int lower) {
  size_t n = w[c].end - w[c].start;
  return c > lower && n > 4 && memcmp(a->t->s + w[c].end - 3, "ing", 3) == 0 &&
         (w[c - 1].flags & T_COMMA);
}

/* Attribution before the quote, in its sentence: Hu said: "..." / Hu
 * said that x "..." / according to Hu, "...". */
static int before_quote(const attributor *a, const window *win, found *f) {
  const wtok *w = win->tok;
  int lower = 0, c, i;
  for (i = 0; i < win->n; i++)
    if (w[i].flags & T_END) lower = i + 1;
  /* The first cue of the sentence: in "X said Y told Z ..." X speaks. */
  for (c = lower; c < win->n; c++) {
    if (!(w[c].flags & T_CUE)) continue;
    if (w[c].cue_end != w[c].end && c + 1 < win->n &&
        (w[c].flags & T_CUE) && w[c + 1].end == w[c].cue_end &&
        word_in(a, &w[c + 1], (const char *const[]){"to", NULL})) {
      int e = np_right(w, c + 2, win->n); /* according to Hu */
      if (e < 0) continue;
      set_found(f, w, c + 2, e, &w[c]);
      return 1;
    }
    if (participle_cue(a, w, c, lower))
      return sentence_subject(a, w, lower, c, &w[c], f);
    if (subject_of(a, w, lower, c, f)) return 1;
  }
  if (win->n > lower && (w[win->n - 1].flags & T_COLON))
    return sentence_subject(a, w, lower, win->n - 1, NULL, f);
  return 0;
}

/* ---- names ---- */

static void remember(attributor *a, size_t start, size_t end) {
  int slot = a->name_head;
  a->name_start[slot] = start;
  a->name_end[slot] = end;
  a->name_head = (slot + 1) % NAMES;
  if (a->names < NAMES) a->names++;
}

/* Full names (two or more capitalised words, not sentence-initial
 * function words) seen before a quote, or the caller's entities. */
static void collect_names(attributor *a, const window *win, size_t upto) {
  const verba_attribution_opts *o = a->opts;
  int i = 0;
  if (o && o->entities) {
    for (; a->next_entity < o->nentities &&
           o->entities[a->next_entity].end <= upto; a->next_entity++)
      if (o->entities[a->next_entity].type == VERBA_ENT_PERSON)
        remember(a, o->entities[a->next_entity].start,
                 o->entities[a->next_entity].end);
    return;
  }
  while (i < win->n) {
    int j = i;
    while (j < win->n && (win->tok[j].flags & T_CAP) &&
           !(win->tok[j].flags & T_STOP) &&
           !(win->tok[j].flags & T_DET))
      j++;
    if (j - i >= 2) remember(a, win->tok[i].start, win->tok[j - 1].end);
    i = j > i ? j : i + 1;
  }
}

/* Start of the last word of [start, end). */
static size_t last_word(const verba_text *t, size_t start, size_t end) {
  size_t p = end;
  while (p > start && !is_space(cp_at(t, p - 1)) && t->s[p - 1] != '.') p--;
  if (p == end) { /* a trailing "." (Jr.) */
    p = end - 1;
    while (p > start && !is_space(cp_at(t, p - 1))) p--;
  }
  return p;
}

static int is_pronoun(const verba_text *t, size_t start, size_t end) {
  return (lexicon_flags(t, start, end) & T_PRONOUN) != 0;
}

/* speaker_name: pronoun -> last named speaker; surname -> full name seen
 * earlier; a name as written otherwise; common nouns get none. */
static void resolve(attributor *a, verba_quote *q) {
  const verba_text *t = a->t;
  size_t s = q->speaker_start, e = q->speaker_end;
  int k;
  if (is_pronoun(t, s, e)) {
    q->name_start = a->last_name_start;
    q->name_end = a->last_name_end;
    return;
  }
  if (!is_upper(cp_at(t, last_word(t, s, e)))) return;
  q->name_start = s;
  q->name_end = e;
  for (k = 1; k <= a->names; k++) {
    int slot = (a->name_head - k + NAMES) % NAMES;
    size_t ns = a->name_start[slot], ne = a->name_end[slot];
    size_t lw = last_word(t, ns, ne), sw = last_word(t, s, e);
    if (ne - ns > e - s && same_bytes(t, lw, ne - lw, sw, e - sw)) {
      q->name_start = ns;
      q->name_end = ne;
      break;
    }
  }
  a->last_name_start = q->name_start;
  a->last_name_end = q->name_end;
  if (last_word(t, q->name_start, q->name_end) != q->name_start)
    remember(a, q->name_start, q->name_end);
}

/* Does the text of quote p start like that of q (a pull-quote repeating
 * a quote of the body)? Compares letters only, up to 64. */
static int repeats(const verba_text *t, const verba_quote *p,
                   const verba_quote *q) {
  size_t i = p->open_end, j = q->open_end;
  int same = 0;
  while (i < p->close_start && j < q->close_start && same < 64) {
    unsigned char x = t->s[i], y = t->s[j];
    if (!((x | 0x20) >= 'a' && (x | 0x20) <= 'z')) { i++; continue; }
    if (!((y | 0x20) >= 'a' && (y | 0x20) <= 'z')) { j++; continue; }
    if (x != y) return 0;
    i++;
    j++;
    same++;
  }
  return same >= 24;
}

/* Does the gap between quote p and the next one (win) hold a sentence of
 * the writer's own, other than p's attribution? Then the next quote does
 * not simply go on from p. */
static int narration_between(const window *win, const verba_quote *p) {
  size_t attribution_end = p->end;
  int i, ended = 0;
  if (p->cue_start != VERBA_NONE && p->cue_start >= p->end)
    attribution_end = p->cue_end > p->speaker_end ? p->cue_end : p->speaker_end;
  for (i = 0; i < win->n; i++) {
    const wtok *w = &win->tok[i];
    if (w->start < attribution_end) continue;
    if (w->flags & T_END) ended = 1;
    else if (ended && (w->flags & T_WORD)) return 1;
  }
  return 0;
}

void verba_attribute(const verba_text *t, verba_quote *quotes, size_t n,
                     const verba_attribution_opts *opts) {
  attributor a;
  window before, after;
  size_t i, prev = VERBA_NONE;
  memset(&a, 0, sizeof a);
  a.t = t;
  a.opts = opts;
  a.last_name_start = a.last_name_end = VERBA_NONE;
  for (i = 0; i < n; i++) {
    verba_quote *q = &quotes[i];
    size_t from = prev == VERBA_NONE ? 0 : quotes[prev].end, next_start = t->len, j;
    found f;
    int lower, k, continues;
    if (q->parent != VERBA_NONE) continue;
    for (j = i + 1; j < n; j++)
      if (quotes[j].parent == VERBA_NONE) { next_start = quotes[j].start; break; }
    if (q->start > LOOK_BACK && q->start - LOOK_BACK > from) {
      from = q->start - LOOK_BACK; /* resume at a space: a token boundary */
      while (from < q->start && !is_space(cp_at(t, from))) from++;
    }
    read_window(&a, from, q->start, q->para_start, 0, &before);
    fix_ends(&a, &before);
    collect_names(&a, &before, q->start);
    continues = prev != VERBA_NONE && quotes[prev].speaker_start != VERBA_NONE &&
                from == quotes[prev].end && !narration_between(&before, &quotes[prev]);
    /* Only the quote's own paragraph counts, unless the paragraph before
     * ends with a colon that introduces it. */
    lower = 0;
    for (k = 0; k < before.n; k++)
      if (before.tok[k].flags & T_EARLIER) lower = k + 1;
    if (lower == before.n && lower > 0 && t->s[before.tok[lower - 1].start] == ':')
      lower = 0;
    if (lower > 0) {
      memmove(before.tok, before.tok + lower, (size_t)(before.n - lower) * sizeof *before.tok);
      before.n -= lower;
    }
    read_window(&a, q->end, q->para_end < next_start ? q->para_end : next_start,
                0, 1, &after);
    fix_ends(&a, &after);
    memset(&f, 0, sizeof f);
    if (q->context & VERBA_QCTX_TITLE)
      q->kind = VERBA_QUOTE_MENTION; /* a title, even with a subject near */
    if (q->kind != VERBA_QUOTE_MENTION) {
      int direct_first = q->kind == VERBA_QUOTE_DIRECT &&
                         !(q->context & VERBA_QCTX_AFTER_COLON);
      if (direct_first) {
        if (!after_quote(&a, &after, &f)) before_quote(&a, &before, &f);
      } else {
        if (!before_quote(&a, &before, &f)) after_quote(&a, &after, &f);
      }
    }
    if (f.ok) {
      q->speaker_start = f.start;
      q->speaker_end = f.end;
      q->cue_start = f.cue_start;
      q->cue_end = f.cue_end;
      resolve(&a, q);
    } else if (q->kind != VERBA_QUOTE_MENTION && continues) {
      /* no attribution of its own: it goes on from the quote before */
      const verba_quote *p = &quotes[prev];
      q->speaker_start = p->speaker_start;
      q->speaker_end = p->speaker_end;
      q->cue_start = p->cue_start;
      q->cue_end = p->cue_end;
      q->name_start = p->name_start;
      q->name_end = p->name_end;
    } else if (q->words <= SHORT_WORDS ||
               (q->context & (VERBA_QCTX_TITLE | VERBA_QCTX_NAMED))) {
      q->kind = VERBA_QUOTE_MENTION; /* a name or scare quote nobody says */
    }
    if (q->kind != VERBA_QUOTE_MENTION) prev = i;
  }
  /* A pull-quote repeats a quote of the body: it takes that speaker's
   * name, though the text around it names nobody. */
  for (i = 0; i < n; i++) {
    verba_quote *q = &quotes[i];
    size_t j;
    if (q->parent != VERBA_NONE || q->speaker_start != VERBA_NONE ||
        q->kind == VERBA_QUOTE_MENTION)
      continue;
    for (j = i + 1; j < n && j <= i + PULL_AHEAD; j++) {
      if (quotes[j].name_start != VERBA_NONE && repeats(t, q, &quotes[j])) {
        q->name_start = quotes[j].name_start;
        q->name_end = quotes[j].name_end;
        break;
      }
    }
  }
}
