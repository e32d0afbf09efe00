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
#include <stddef.h>
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
#define APPOSITIVE 24   /* tokens of an appositive: Hu, the chairman, said */
#define HASH_SLOTS 512  /* slots of each word hash set (a power of two) */
#define RELATIVE_REACH 5 /* tokens from who to its clause's cue verb */
#define OWN_CUE_REACH 3 /* tokens from a quote's end to its own cue: "..." Mr. Hu said */

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
  {"add", NULL, 0}, {"admit", NULL, 0}, {"advise", NULL, 0}, {"agree", NULL, 0},
  {"allege", NULL, 0}, {"announce", NULL, 0}, {"answer", NULL, 0},
  {"argue", NULL, 0}, {"ask", NULL, 0}, {"assert", NULL, 0},
  {"assure", NULL, 0}, {"bark", NULL, 0}, {"began", NULL, 0},
  {"begin", NULL, 0}, {"begun", NULL, 0}, {"blast", NULL, 0},
  {"boast", NULL, 0}, {"brand", NULL, 0}, {"call", "on", 0},
  {"caution", NULL, 0}, {"chant", NULL, 0}, {"characterise", NULL, 0},
  {"characterize", NULL, 0}, {"charge", NULL, 0}, {"chime", "in", 0},
  {"cite", NULL, 0}, {"claim", NULL, 0}, {"comment", NULL, 0},
  {"complain", NULL, 0}, {"concede", NULL, 0}, {"conclude", NULL, 0},
  {"confirm", NULL, 0}, {"contend", NULL, 0}, {"continue", NULL, 0},
  {"counter", NULL, 0}, {"cry", NULL, 0}, {"declare", NULL, 0},
  {"decry", NULL, 0}, {"demand", NULL, 0}, {"deny", NULL, 0},
  {"describe", NULL, 0}, {"dub", NULL, 0}, {"echo", NULL, 0},
  {"elaborate", NULL, 0}, {"email", NULL, 0}, {"emphasise", NULL, 0},
  {"emphasize", NULL, 0}, {"estimate", NULL, 0}, {"exclaim", NULL, 0},
  {"exhort", NULL, 0}, {"explain", NULL, 0}, {"fire", "back", 1},
  {"fume", NULL, 0}, {"go", "on", 1}, {"gush", NULL, 0}, {"hit", "back", 1},
  {"imply", NULL, 0}, {"insist", NULL, 0}, {"interject", NULL, 0},
  {"interrupt", NULL, 0}, {"joke", NULL, 0},
  {"label", NULL, 0}, {"lament", NULL, 0}, {"maintain", NULL, 0},
  {"mock", NULL, 0}, {"muse", NULL, 0}, {"mutter", NULL, 0}, {"note", NULL, 0},
  {"observe", NULL, 0}, {"opine", NULL, 0}, {"plead", NULL, 0},
  {"pledge", NULL, 0}, {"point", "out", 1}, {"post", NULL, 0},
  {"predict", NULL, 0}, {"press", NULL, 0}, {"proclaim", NULL, 0},
  {"promise", NULL, 0}, {"protest", NULL, 0}, {"put", "it", 1},
  {"quip", NULL, 0}, {"quote", NULL, 0},
  {"rail", NULL, 0}, {"react", NULL, 0}, {"read", NULL, 0}, {"recall", NULL, 0},
  {"recommend", NULL, 0}, {"recount", NULL, 0}, {"refer", NULL, 0},
  {"reiterate", NULL, 0}, {"remark", NULL, 0}, {"remind", NULL, 0},
  {"repeat", NULL, 0}, {"reply", NULL, 0}, {"report", NULL, 0},
  {"respond", NULL, 0}, {"retaliate", NULL, 0}, {"retort", NULL, 0},
  {"reveal", NULL, 0}, {"said", NULL, 0}, {"say", NULL, 0}, {"scoff", NULL, 0},
  {"scold", NULL, 0}, {"scream", NULL, 0}, {"shoot", "back", 1},
  {"shot", "back", 1}, {"shout", NULL, 0}, {"sigh", NULL, 0}, {"slam", NULL, 0},
  {"snap", NULL, 0}, {"speak", NULL, 0}, {"speculate", NULL, 0},
  {"spoke", NULL, 0}, {"start", NULL, 0}, {"state", NULL, 0},
  {"stress", NULL, 0}, {"suggest", NULL, 0}, {"surmise", NULL, 0},
  {"tell", NULL, 0}, {"term", NULL, 0}, {"testify", NULL, 0}, {"text", NULL, 0},
  {"thunder", NULL, 0}, {"told", NULL, 0}, {"tout", NULL, 0},
  {"tweet", NULL, 0}, {"urge", NULL, 0}, {"utter", NULL, 0}, {"vow", NULL, 0},
  {"warn", NULL, 0}, {"went", "on", 1}, {"whisper", NULL, 0},
  {"wonder", NULL, 0}, {"write", NULL, 0}, {"written", NULL, 0},
  {"wrote", NULL, 0}, {"yell", NULL, 0},
};

/* Flags of a window token: what it is and, for a word, its classes in
 * the lexicon below (looked up once, as the window is read). */
enum { T_CUE = 1, T_CAP = 2, T_END = 4, T_EARLIER = 8, T_WORD = 16,
       T_STOP = 32, T_LINK = 64, T_DET = 128, T_PRONOUN = 256,
       T_FILLER = 512, T_COMMA = 1024, T_COLON = 2048, T_DASH = 4096,
       T_ARTICLE = 8192, T_OPEN = 16384, T_CLOSE = 32768,
       T_FINITE = 65536, T_NAMELIKE = 131072, T_NOUN = 262144 };

/* The words that shape a speaker's noun phrase, with their classes:
 *   T_STOP    a noun phrase cannot run through it (that, and, in, was ...)
 *   T_LINK    inside a phrase going left: a spokesman for the campaign
 *   T_DET     starts a phrase: going left it is the last word
 *   T_PRONOUN a phrase of its own: he said
 *   T_FILLER  may stand between a speaker and the cue: Hu also said,
 *             she told reporters on Tuesday (adverbs in -ly are too)
 *   T_ARTICLE makes the next word a noun: his remarks, the state, a call
 *   T_NOUN    a filler that is a noun: after an article or a possessive
 *             it heads the subject (Hu's statement said)
 *   T_NAMELIKE is a surname too: capitalised before a finite cue, even
 *             opening a sentence, it names the speaker (From said, Will
 *             wrote)
 * Sorted for bsearch. */
typedef struct lexeme {
  const char *word;
  unsigned flags;
} lexeme;

static const lexeme lexicon[] = {
  {"a", T_DET|T_FILLER|T_ARTICLE}, {"about", T_STOP}, {"across", T_STOP},
  {"after", T_STOP}, {"afternoon", T_FILLER|T_NOUN}, {"again", T_FILLER},
  {"against", T_STOP}, {"ago", T_FILLER}, {"alongside", T_STOP},
  {"already", T_FILLER}, {"also", T_STOP|T_FILLER}, {"although", T_STOP},
  {"always", T_FILLER}, {"amid", T_STOP}, {"amidst", T_STOP}, {"among", T_STOP},
  {"amongst", T_STOP}, {"an", T_DET|T_FILLER|T_ARTICLE}, {"and", T_STOP},
  {"another", T_DET}, {"are", T_STOP}, {"around", T_STOP}, {"as", T_STOP},
  {"at", T_STOP}, {"back", T_FILLER}, {"be", T_STOP}, {"because", T_STOP},
  {"been", T_STOP}, {"before", T_STOP}, {"behind", T_STOP}, {"being", T_STOP},
  {"besides", T_STOP}, {"between", T_STOP}, {"beyond", T_STOP}, {"both", T_DET},
  {"but", T_STOP}, {"by", T_STOP}, {"can", T_STOP|T_FILLER},
  {"could", T_STOP|T_FILLER}, {"despite", T_STOP}, {"did", T_STOP|T_FILLER},
  {"do", T_STOP|T_FILLER}, {"does", T_STOP|T_FILLER}, {"during", T_STOP},
  {"each", T_DET}, {"earlier", T_FILLER}, {"elsewhere", T_FILLER},
  {"even", T_FILLER}, {"evening", T_FILLER|T_NOUN}, {"ever", T_FILLER},
  {"every", T_DET}, {"few", T_DET}, {"first", T_FILLER}, {"following", T_STOP},
  {"for", T_LINK}, {"friday", T_FILLER}, {"from", T_STOP|T_NAMELIKE},
  {"further", T_FILLER}, {"furthermore", T_FILLER}, {"given", T_STOP},
  {"had", T_STOP|T_FILLER}, {"has", T_STOP|T_FILLER}, {"have", T_STOP|T_FILLER},
  {"he", T_PRONOUN}, {"her", T_DET|T_ARTICLE}, {"here", T_STOP},
  {"his", T_DET|T_ARTICLE}, {"how", T_STOP}, {"however", T_STOP},
  {"i", T_PRONOUN}, {"if", T_STOP}, {"in", T_STOP|T_FILLER},
  {"indeed", T_FILLER}, {"interview", T_FILLER|T_NOUN}, {"into", T_STOP},
  {"is", T_STOP|T_FILLER}, {"it", T_PRONOUN}, {"it's", T_STOP},
  {"its", T_STOP|T_ARTICLE}, {"just", T_FILLER}, {"last", T_FILLER},
  {"later", T_FILLER}, {"like", T_STOP}, {"likewise", T_FILLER},
  {"many", T_DET}, {"may", T_STOP|T_FILLER|T_NAMELIKE}, {"maybe", T_FILLER},
  {"meanwhile", T_STOP}, {"might", T_STOP|T_FILLER}, {"monday", T_FILLER},
  {"month", T_FILLER|T_NOUN}, {"moreover", T_FILLER},
  {"morning", T_FILLER|T_NOUN}, {"most", T_DET}, {"must", T_STOP},
  {"my", T_DET|T_ARTICLE}, {"never", T_FILLER}, {"nevertheless", T_FILLER},
  {"night", T_FILLER|T_NOUN}, {"nonetheless", T_FILLER}, {"nor", T_STOP},
  {"not", T_STOP|T_FILLER}, {"now", T_FILLER}, {"of", T_LINK},
  {"often", T_FILLER}, {"on", T_STOP|T_FILLER}, {"once", T_FILLER},
  {"one", T_DET}, {"or", T_STOP}, {"other", T_DET}, {"our", T_DET|T_ARTICLE},
  {"over", T_STOP}, {"per", T_STOP}, {"perhaps", T_FILLER},
  {"previously", T_FILLER}, {"quickly", T_FILLER}, {"recently", T_FILLER},
  {"saturday", T_FILLER}, {"separately", T_FILLER}, {"several", T_DET},
  {"she", T_PRONOUN}, {"should", T_STOP}, {"simply", T_FILLER},
  {"since", T_STOP}, {"so", T_STOP}, {"some", T_DET}, {"sometimes", T_FILLER},
  {"somewhere", T_FILLER}, {"statement", T_FILLER|T_NOUN}, {"still", T_FILLER},
  {"sunday", T_FILLER}, {"than", T_STOP}, {"that", T_STOP},
  {"the", T_DET|T_ARTICLE}, {"their", T_DET|T_ARTICLE},
  {"then", T_STOP|T_FILLER}, {"there", T_STOP}, {"these", T_STOP},
  {"they", T_PRONOUN}, {"this", T_STOP|T_FILLER}, {"those", T_STOP},
  {"though", T_STOP}, {"three", T_DET}, {"through", T_STOP},
  {"throughout", T_STOP}, {"thursday", T_FILLER}, {"thus", T_FILLER},
  {"to", T_STOP}, {"today", T_FILLER}, {"together", T_FILLER},
  {"tonight", T_FILLER}, {"toward", T_STOP}, {"towards", T_STOP},
  {"tuesday", T_FILLER}, {"two", T_DET}, {"under", T_STOP}, {"unless", T_STOP},
  {"unlike", T_STOP}, {"until", T_STOP}, {"upon", T_STOP}, {"via", T_STOP},
  {"was", T_STOP|T_FILLER}, {"we", T_PRONOUN}, {"wednesday", T_FILLER},
  {"week", T_FILLER|T_NOUN}, {"were", T_STOP}, {"what", T_STOP},
  {"when", T_STOP}, {"where", T_STOP}, {"which", T_STOP}, {"while", T_STOP},
  {"who", T_STOP}, {"whom", T_STOP}, {"whose", T_STOP}, {"why", T_STOP},
  {"will", T_STOP|T_FILLER|T_NAMELIKE}, {"with", T_STOP}, {"within", T_STOP},
  {"without", T_STOP}, {"would", T_STOP|T_FILLER}, {"year", T_FILLER|T_NOUN},
  {"yesterday", T_FILLER}, {"yet", T_STOP}, {"you", T_PRONOUN},
  {"your", T_DET|T_ARTICLE},
};

/* A "." after these does not end a sentence. */
static const char *const abbreviations[] = {
  "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
  "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "prof", "rev",
  "capt", "maj", "cmdr", "adm", "pres", "supt", "mt", "ft", "jan", "feb",
  "aug", "sept", "sep", "oct", "nov", "dec", NULL
};

/* Words that tell a person's gender: titles before a name and the
 * pronouns that may stand for a speaker. A pronoun resolves to the most
 * recent speaker whose gender does not contradict it; pronouns listed
 * with 'n' (it, they, we ...) stand for no one person. */
typedef struct gender_word {
  const char *word;
  char gender; /* 'm', 'f' or 'n' */
} gender_word;

static const gender_word gender_words[] = {
  {"he", 'm'}, {"him", 'm'}, {"his", 'm'}, {"mr", 'm'}, {"sir", 'm'},
  {"she", 'f'}, {"her", 'f'}, {"mrs", 'f'}, {"ms", 'f'}, {"miss", 'f'},
  {"madam", 'f'}, {"dame", 'f'}, {"lady", 'f'},
  {"it", 'n'}, {"they", 'n'}, {"their", 'n'}, {"we", 'n'}, {"i", 'n'},
  {"you", 'n'},
};

/* A token of a window around a quote. */
typedef struct wtok {
  size_t start, end;
  size_t cue_end;  /* for a cue: the end of its particle, if any */
  unsigned flags;
  enum verba_kind kind;
} wtok;

/* Tokens around a quote: the last ones before it (para is the first of
 * its own paragraph) or the first ones after it. */
typedef struct window {
  wtok tok[WINDOW];
  int n, para;
} window;

/* A person named as a speaker, for resolving later pronouns and
 * surnames. */
typedef struct name {
  size_t start, end, last; /* last: start of its last word */
  char gender; /* 'm', 'f' or 0 when unknown */
} name;

typedef struct attributor {
  const verba_text *t;
  const verba_attribution_opts *opts;
  /* Open-addressed hash sets of the lexicon and the cue lemmas (index + 1
   * in each slot, 0 empty), built once per call: one probe per word
   * instead of a binary search. */
  unsigned short lex_slot[HASH_SLOTS], cue_slot[HASH_SLOTS];
  /* Which two-letter starts (a-z each) some cue lemma has: most words are
   * no cue after one bit test. */
  unsigned cue_starts[(26 * 26 + 31) / 32];
  int tables_built;
  name names[NAMES];
  int nnames, name_head;
  size_t next_entity;
  name speakers[NAMES]; /* recent named speakers, newest last */
  int nspeakers;
} attributor;

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

static int word_in_list(const verba_text *t, size_t start, size_t end,
                        const char *const *list);

static int word_in(const attributor *a, const wtok *w, const char *const *list) {
  return word_in_list(a->t, w->start, w->end, list);
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

/* Is t[start, end) one of the NULL-terminated words (ASCII, any case)? */
static int word_in_list(const verba_text *t, size_t start, size_t end,
                        const char *const *list) {
  const unsigned char *s = t->s + start;
  size_t n = end - start;
  for (; *list; list++) {
    const unsigned char *w = (const unsigned char *)*list;
    size_t i = 0;
    if ((s[0] | 0x20) != w[0]) continue;
    while (i < n && w[i] && (s[i] | 0x20) == w[i]) i++;
    if (i == n && !w[i]) return 1;
  }
  return 0;
}

/* ---- word lookup ---- */

static unsigned hash_word(const char *w, size_t n) {
  unsigned h = 2166136261u; /* FNV-1a */
  size_t i;
  for (i = 0; i < n; i++) h = (h ^ (unsigned char)w[i]) * 16777619u;
  return h;
}

static void hash_insert(unsigned short *slot, const char *w, unsigned index) {
  unsigned h = hash_word(w, strlen(w));
  while (slot[h % HASH_SLOTS]) h++;
  slot[h % HASH_SLOTS] = (unsigned short)(index + 1);
}

/* Index of the first two letters of a lower-case word (a-z), or 26 * 26
 * for any other start. */
static unsigned two_letters(const char *w) {
  unsigned x = (unsigned)(unsigned char)w[0] - 'a', y;
  if (x >= 26 || !w[1]) return 26 * 26;
  y = (unsigned)(unsigned char)w[1] - 'a';
  return y < 26 ? x * 26 + y : 26 * 26;
}

static void build_tables(attributor *a) {
  size_t i;
  for (i = 0; i < sizeof lexicon / sizeof *lexicon; i++)
    hash_insert(a->lex_slot, lexicon[i].word, (unsigned)i);
  for (i = 0; i < sizeof cues / sizeof *cues; i++) {
    unsigned k = two_letters(cues[i].lemma);
    hash_insert(a->cue_slot, cues[i].lemma, (unsigned)i);
    a->cue_starts[k / 32] |= 1u << (k % 32);
  }
  a->tables_built = 1;
}

static const char *lexeme_word(unsigned i) { return lexicon[i].word; }
static const char *cue_lemma(unsigned i) { return cues[i].lemma; }

/* Looks w[0, n) up in a table of slots filled by hash_insert over the words
 * word_at(i); returns its index + 1, or 0. */
static unsigned probe(const unsigned short *slot,
                      const char *(*word_at)(unsigned), const char *w,
                      size_t n) {
  unsigned h = hash_word(w, n);
  unsigned short k;
  while ((k = slot[h % HASH_SLOTS]) != 0) {
    const char *x = word_at(k - 1u);
    if (x[0] == w[0] && strncmp(x, w, n) == 0 && x[n] == 0) return k;
    h++;
  }
  return 0;
}

/* The lexicon entry of the lower-case word w[0, n), or NULL. */
static const lexeme *find_lexeme(const attributor *a, const char *w, size_t n) {
  unsigned k = probe(a->lex_slot, lexeme_word, w, n);
  return k ? &lexicon[k - 1] : NULL;
}

/* The cue whose lemma is the lower-case word w[0, n), or NULL. */
static const cue *find_lemma(const attributor *a, const char *w, size_t n) {
  unsigned k = probe(a->cue_slot, cue_lemma, w, n);
  return k ? &cues[k - 1] : NULL;
}

/* Finds the cue whose lemma word is some inflection of w: the word itself,
 * or it less -s, -es, -d, -ed, -ing (with e restored, y for i, a doubled
 * consonant undone). */
static const cue *cue_of_word(const attributor *a, const char *w, size_t n) {
  char stem[24];
  const cue *c;
  size_t k;
  static const struct { const char *s; size_t n; } endings[] = {
    {"s", 1}, {"es", 2}, {"d", 1}, {"ed", 2}, {"ing", 3}, {"ies", 3}, {"ied", 3}
  };
  unsigned start = two_letters(w);
  if (n < 2 || n >= sizeof stem || start == 26 * 26 ||
      !(a->cue_starts[start / 32] & (1u << (start % 32))))
    return NULL;
  if ((c = find_lemma(a, w, n)) != NULL) return c;
  for (k = 0; k < sizeof endings / sizeof *endings; k++) {
    size_t e = endings[k].n, base = n - e;
    if (n <= e + 1 || memcmp(w + base, endings[k].s, e) != 0) continue;
    memcpy(stem, w, base);
    if (endings[k].s[0] == 'i' && endings[k].s[1] == 'e') { /* -ies/-ied: y for i */
      stem[base] = 'y';
      if ((c = find_lemma(a, stem, base + 1)) != NULL) return c;
      continue;
    }
    if ((c = find_lemma(a, stem, base)) != NULL) return c;
    stem[base] = 'e'; /* argu-ed -> argue */
    if ((c = find_lemma(a, stem, base + 1)) != NULL) return c;
    if (base >= 2 && w[base - 1] == w[base - 2] && /* admitted -> admit */
        (c = find_lemma(a, stem, base - 1)) != NULL)
      return c;
  }
  return NULL;
}

/* Pronouns that may be the subject of such a clause and speak. */
static const char *const clause_pronouns[] = { "he", "she", "they", NULL };

/* Possessive pronouns that may stand for a speaker: his claim that. */
static const char *const possessive_pronouns[] = { "his", "her", "their", NULL };

/* Words whose 's is "is" or "has", not a possessive: he's, it's. */
static const char *const contracted_subjects[] = {
  "he", "she", "it", "that", "who", "there", "what", "here", NULL
};

/* Does the word end like a possessive: Hu's, Hu\u2019s, Sanders', Sanders\u2019 (but not
 * he's, it's)? */
static int is_possessive(const verba_text *t, const wtok *w) {
  size_t n = w->end - w->start, stem;
  const unsigned char *e = t->s + w->end;
  if (w->kind != VERBA_WORD || n <= 2) return 0;
  if (e[-1] == '\'') return e[-2] == 's'; /* Sanders' */
  if (n > 4 && memcmp(e - 3, "\xe2\x80\x99", 3) == 0)
    return e[-4] == 's'; /* Sanders\u2019, as Sanders' */
  if (e[-1] != 's') return 0;
  if (e[-2] == '\'') stem = w->end - 2;
  else if (n > 4 && memcmp(e - 4, "\xe2\x80\x99", 3) == 0) stem = w->end - 4;
  else return 0;
  return !word_in_list(t, w->start, stem, contracted_subjects);
}

/* Determiners that open a noun phrase: a cue word in their phrase is a
 * noun (a fundraising call, the angry chant, another tweet). */
static const char *const noun_determiners[] = {
  "a", "an", "the", "another", "each", "every", "no", "this", "any",
  "his", "her", "its", "their", "our", "my", "your", NULL
};

#define NOUN_REACH 3 /* modifiers between a determiner and its noun */

/* Is the uninflected cue word w[0] the head of a noun phrase, after a
 * determiner or a possessive and a few modifiers? left tokens stand
 * before it. A plural word right before it is more likely its subject
 * (the voters call it ...). */
static int heads_noun_phrase(const attributor *a, const wtok *w, int left) {
  const verba_text *t = a->t;
  int k;
  if (left < 1) return 0;
  if (is_possessive(t, &w[-1]) || word_in(a, &w[-1], noun_determiners)) return 1;
  if (t->s[w[-1].end - 1] == 's') return 0;
  for (k = 1; k <= left && k <= NOUN_REACH + 1; k++) {
    const wtok *x = &w[-k];
    if (x->kind != VERBA_WORD) return 0;
    if (k > 1 && (is_possessive(t, x) || word_in(a, x, noun_determiners))) return 1;
    if (x->flags & (T_STOP | T_PRONOUN | T_CUE | T_LINK | T_DET)) return 0;
  }
  return 0;
}

/* Is the uninflected cue word w[0] the first part of a compound noun:
 * an email server, her text message, a call centre? A plain lower-case
 * word (no function word, adverb or cue) follows it. */
static int modifies_noun(const wtok *w, int n) {
  return n > 1 && w[1].kind == VERBA_WORD &&
         (w[1].flags & (T_WORD | T_CAP)) == T_WORD &&
         !(w[1].flags & (T_STOP | T_DET | T_PRONOUN | T_LINK | T_FILLER |
                         T_ARTICLE | T_CUE));
}

/* Past and present forms among the cue lemmas: a finite verb. */
static const char *const finite_lemmas[] = {
  "said", "told", "spoke", "wrote", "began", "went", "shot", "read", NULL
};

/* Cue lemmas that are nouns as well (a call, the chant, another tweet):
 * uninflected, in a noun phrase, they are no cue. */
static const char *const noun_cues[] = {
  "answer", "bark", "blast", "boast", "brand", "call", "caution", "chant",
  "charge", "claim", "comment", "counter", "cry", "demand", "echo", "email",
  "estimate", "fume", "joke", "label", "lament", "note", "pledge",
  "post", "press", "promise", "protest", "quip", "quote", "remark",
  "reply", "report", "retort", "scream", "shout", "sigh", "slam", "snap",
  "start", "state", "term", "text", "tout", "tweet", "vow", "whisper", "yell", NULL
};

/* Prepositions whose object, between a subject and its cue, is no
 * speaker: Hu at the time said, Hu during the debate told. (Not after,
 * before, since: they open clauses with subjects of their own.) */
static const char *const prepositions[] = {
  "at", "in", "on", "during", "from", "over", "with", "through",
  "throughout", NULL
};

/* Words after a plural noun that no reporting verb takes next: his
 * remarks about, claims of, states like. */
static const char *const after_plural_noun[] = {
  "about", "across", "against", "among", "at", "by", "for", "from", "in",
  "into", "like", "of", "on", "over", "to", "with", "and", "or", "were",
  "are", "have", "had", NULL
};

/* Does a short lower-case noun phrase open the window (after its comma)
 * and run up to w[0]? A window starts after a quote, so that is the
 * phrase after "...," that ends its sentence: '"...," a narrator states.'
 * Its -s word is the reporting verb, not a plural noun. */
static int opens_window(const attributor *a, const wtok *w, int left) {
  int k, first = w[-left].flags & T_COMMA ? left - 1 : left;
  if (first < 1 || first > NOUN_REACH + 1) return 0;
  if ((w[-first].flags & T_CAP) || !word_in(a, &w[-first], noun_determiners))
    return 0;
  for (k = 1; k < first; k++)
    if (w[-k].kind != VERBA_WORD ||
        (w[-k].flags & (T_STOP | T_PRONOUN | T_CUE | T_LINK | T_DET)))
      return 0;
  return 1;
}

/* Is the cue word w[0], the -s form of a cue lemma that is a noun too
 * (remarks, claims, emails), a plural noun: after a preposition (in
 * states), or heading a noun phrase (his recent remarks) and followed by
 * a preposition, a conjunction, a verb of its own or the end of the
 * sentence, where a reporting verb would take "that", a quote or an
 * object? */
static int plural_noun(const attributor *a, const wtok *w, int n, int left,
                       const cue *c, size_t len) {
  const verba_text *t = a->t;
  size_t lemma = strlen(c->lemma);
  if (!(len == lemma + 1 || len == lemma + 2) || t->s[w[0].end - 1] != 's' ||
      !word_in_list(t, w[0].start, w[0].start + lemma, noun_cues) ||
      left < 1)
    return 0;
  if (word_in(a, &w[-1], prepositions) || word_in(a, &w[-1], after_plural_noun))
    return !(w[-1].flags & T_CAP);
  if (n > 1 && (w[1].flags & T_END) && opens_window(a, w, left))
    return 0; /* "...," a narrator states. */
  return heads_noun_phrase(a, w, left) &&
         (n < 2 || (w[1].flags & T_END) || word_in(a, &w[1], after_plural_noun));
}

/* Is the word w[0] a cue? Sets its end (with a particle) or returns 0.
 * left tokens stand before it: after an article or a possessive the word
 * is a noun (his remarks, the state, Hu's claim), and so is an
 * uninflected one heading a noun phrase (a fundraising call). A finite
 * form (said, claims, warned) is flagged T_FINITE. */
static int cue_at(const attributor *a, wtok *w, int n, int left) {
  const verba_text *t = a->t;
  const wtok *prev = left > 0 ? &w[-1] : NULL;
  char lower[24];
  size_t len = w[0].end - w[0].start, i;
  const cue *c;
  /* a word of the lexicon (that, on, he) is no cue */
  if (!(w[0].flags & T_WORD) || (w[0].flags & (T_STOP | T_DET | T_PRONOUN |
      T_LINK)) || len < 2)
    return 0;
  if (!a->opts || !a->opts->nverbs) { /* most words fail on their start */
    char start[3];
    unsigned k;
    start[0] = (char)(t->s[w[0].start] | 0x20);
    start[1] = (char)(t->s[w[0].start + 1] | 0x20);
    start[2] = 0;
    k = two_letters(start);
    if (k == 26 * 26 || !(a->cue_starts[k / 32] & (1u << (k % 32)))) return 0;
  }
  if (!lower_ascii(t, w[0].start, w[0].end, lower, sizeof lower)) return 0;
  if (prev && ((prev->flags & T_ARTICLE) || is_possessive(t, prev)))
    return 0;
  c = cue_of_word(a, lower, len);
  if (c && (w[0].flags & T_CAP) && !c->required)
    return 0; /* According to, but not United States */
  if (c && strcmp(c->lemma, lower) == 0 &&
      word_in_list(t, w[0].start, w[0].end, noun_cues) &&
      ((prev && word_in(a, prev, noun_determiners)) || /* another tweet, */
       (!(n > 1 && (w[1].flags & (T_END | T_COMMA))) && /* the crowd chant. */
        (heads_noun_phrase(a, w, left) || modifies_noun(w, n)))))
    return 0;
  if (c && plural_noun(a, w, n, left, c, len)) return 0;
  if (c && (word_in_list(t, w[0].start, w[0].end, finite_lemmas) ||
            (len > 3 && lower[len - 1] == 's' && lower[len - 2] != 's') ||
            (len > 3 && lower[len - 2] == 'e' && lower[len - 1] == 'd')))
    w[0].flags |= T_FINITE;
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
      word_in_list(t, w[1].start, w[1].end, (const char *const[]){c->particle, NULL})) {
    w[0].cue_end = w[1].end;
    return 1;
  }
  return !c->required;
}

/* Does the word end in -ly, like an adverb (quickly; Separately, ...)? */
static int ends_in_ly(const verba_text *t, const wtok *w) {
  return w->end - w->start > 3 && t->s[w->end - 2] == 'l' && t->s[w->end - 1] == 'y';
}

/* Endings of a contracted verb after a subject: she's, we're, I've. */
static const char *const contracted_verbs[] = { "s", "re", "ve", "ll", "d", "m", NULL };

/* Contracted subjects that open a clause nobody speaks in (it's been
 * said, that's why). (Here's Hu: "..." presents a speaker.) */
static const char *const clause_contractions[] = {
  "it", "that", "there", "what", "who", NULL
};

/* A pronoun with a contracted verb (She\u2019s predicting, we're told) is
 * that pronoun: the token is cut back to it, so the speaker as written
 * is "She". Other contracted subjects (it's, that's, there's) open a
 * clause and are stop words, like it's. Returns the flags it found. */
static unsigned contracted_subject(const attributor *a, wtok *w) {
  const verba_text *t = a->t;
  size_t p = w->end, stem_end = 0, suffix;
  char lower[16];
  const lexeme *x;
  while (p > w->start && t->s[p - 1] >= 'a' && t->s[p - 1] <= 'z') p--;
  suffix = p;
  if (p > w->start && t->s[p - 1] == '\'') stem_end = p - 1;
  else if (p >= w->start + 3 && memcmp(t->s + p - 3, "\xe2\x80\x99", 3) == 0)
    stem_end = p - 3;
  if (stem_end <= w->start || suffix == w->end ||
      !word_in_list(t, suffix, w->end, contracted_verbs) ||
      !lower_ascii(t, w->start, stem_end, lower, sizeof lower))
    return 0;
  if (word_in_list(t, w->start, stem_end, clause_contractions)) return T_STOP;
  x = find_lexeme(a, lower, stem_end - w->start);
  if (!x || !(x->flags & T_PRONOUN)) return 0;
  w->end = stem_end;
  return T_PRONOUN;
}

/* Sets w's flags. With light != 0 (a token before the quote's paragraph,
 * read only for names and sentence ends) lower-case words are not looked
 * up. */
static void classify(const attributor *a, wtok *w, int light) {
  const verba_text *t = a->t;
  int32_t cp = verba_cp_at(t, w->start);
  enum verba_kind kind = w->kind;
  w->flags = 0;
  w->cue_end = w->end;
  if (kind == VERBA_WORD || kind == VERBA_NUMBER || kind == VERBA_MENTION ||
      kind == VERBA_HASHTAG) {
    size_t n = w->end - w->start;
    char lower[16];
    w->flags |= T_WORD;
    if (is_upper(cp)) w->flags |= T_CAP;
    if ((!light || (w->flags & T_CAP)) &&
        lower_ascii(t, w->start, w->end, lower, sizeof lower)) {
      const lexeme *x = find_lexeme(a, lower, n);
      if (x) w->flags |= x->flags;
      else w->flags |= contracted_subject(a, w);
    } else if ((!light || (w->flags & T_CAP)) && n < sizeof lower) {
      w->flags |= contracted_subject(a, w); /* She\u2019s is not ASCII */
    }
    if (ends_in_ly(t, w) && !(w->flags & T_CAP))
      w->flags |= T_FILLER; /* an adverb: Hu angrily said (but Kelly said) */
  } else if (cp == ',') {
    w->flags |= T_COMMA;
  } else if (cp == ':') {
    w->flags |= T_COLON;
  } else if (cp == '-' || verba_is_dash(cp)) {
    w->flags |= T_DASH;
  } else if (cp == '(') {
    w->flags |= T_OPEN;
  } else if (cp == ')') {
    w->flags |= T_CLOSE;
  } else if (cp == '!' || cp == '?' || cp == 0x2026 ||
             (cp == '.' && w->end - w->start == 1)) {
    w->flags |= T_END;
  }
}

/* Is the token a lone "." "!" or "?" (a sentence may end there)? */
static int ends_sentence(const verba_text *t, const verba_token *tok) {
  unsigned char ch = t->s[tok->start];
  return tok->kind == VERBA_PUNCT && tok->end == tok->start + 1 &&
         (ch == '.' || ch == '!' || ch == '?');
}

/* Tokens of [from, to), read once for the two quotes around them: head
 * gets the first ones up to the end of their sentence (the attribution
 * after the quote that ends at from), tail the last WINDOW (before the
 * quote at to; T_EARLIER on those before boundary). Either may be NULL. */
static void read_gap(const attributor *a, size_t from, size_t to,
                     size_t head_end, size_t boundary, window *head,
                     window *tail) {
  verba_tokenizer tz;
  verba_token tok;
  wtok ring[WINDOW];
  int n = 0, i, start, head_open = head != NULL, ended = 0;
  if (head) head->n = head->para = 0;
  verba_tokens_init(&tz, a->t, from, 0);
  while (verba_tokens_next(&tz, &tok) && tok.start < to) {
    wtok *w = &ring[n % WINDOW];
    wtok *prev = n > 0 ? &ring[(n - 1) % WINDOW] : NULL;
    if (prev && tok.start == prev->end && tok.end == tok.start + 1 &&
        a->t->s[tok.start] == '.' && prev->kind == VERBA_WORD &&
        word_in_list(a->t, prev->start, prev->end, abbreviations)) {
      prev->end = tok.end; /* Mr. is one word */
      if (head_open && head->n > 0 && head->tok[head->n - 1].start == prev->start)
        head->tok[head->n - 1].end = tok.end;
      continue;
    }
    w->start = tok.start;
    w->end = tok.end;
    w->kind = tok.kind;
    n++;
    if (head_open) {
      /* a "." stuck to a word and followed by "," or ")" (R-Ore.,) ends
       * no sentence: the head closes one token after a possible end */
      if (ended && !(tok.start == prev->end &&
                     (a->t->s[tok.start] == ',' || a->t->s[tok.start] == ')')))
        head_open = 0;
      else if (tok.start < head_end && head->n < WINDOW)
        head->tok[head->n++] = *w;
      ended = ends_sentence(a->t, &tok);
      if (tok.start >= head_end || head->n == WINDOW) head_open = 0;
    }
    if (!tail && !head_open) break;
  }
  if (head) {
    for (i = 0; i < head->n; i++) classify(a, &head->tok[i], 0);
    for (i = 0; i < head->n; i++) /* cues need their next token */
      if (cue_at(a, &head->tok[i], head->n - i, i))
        head->tok[i].flags |= T_CUE;
  }
  if (!tail) return;
  /* only the tokens kept are classified */
  start = n > WINDOW ? n - WINDOW : 0;
  tail->n = tail->para = 0;
  for (i = start; i < n; i++) {
    wtok *w = &tail->tok[tail->n++];
    *w = ring[i % WINDOW];
    classify(a, w, w->start < boundary);
    if (w->start < boundary) {
      w->flags |= T_EARLIER;
      tail->para = tail->n;
    }
  }
  /* cues before the quote's paragraph matter only after a colon */
  i = tail->para > 0 && !(tail->tok[tail->para - 1].flags & T_COLON) ? tail->para : 0;
  for (; i < tail->n; i++)
    if (cue_at(a, &tail->tok[i], tail->n - i, i))
      tail->tok[i].flags |= T_CUE;
}

/* A later token of a "." that did not end a sentence: "Mr. Hu". A "." or
 * "?" followed by a lower-case word, or a "." stuck to a word and
 * followed by a comma, a bracket or a dash (R-Ore.,; SALEM, Ore. --) does
 * not end one either. */
static void fix_ends(const attributor *a, window *w) {
  int i;
  for (i = 0; i + 1 < w->n; i++) {
    wtok *x = &w->tok[i], *next = &w->tok[i + 1];
    if (!(x->flags & T_END)) continue;
    if (((next->flags & T_WORD) && !(next->flags & T_CAP) &&
         !is_upper(verba_cp_at(a->t, next->start))) ||
        (i > 0 && w->tok[i - 1].end == x->start && next->start == x->end &&
         (next->flags & (T_COMMA | T_CLOSE | T_DASH))))
      x->flags &= ~(unsigned)T_END;
  }
}

/* Marks the found speaker. */
typedef struct found {
  size_t start, end, cue_start, cue_end;
  size_t name_start, name_end; /* what a relative pronoun stands for */
  int ok;
} found;

static int is_filler(const wtok *w) {
  /* Will, capitalised, is a name before a cue rather than a modal */
  return (w->flags & T_FILLER) != 0 &&
         (w->flags & (T_NAMELIKE | T_CAP)) != (T_NAMELIKE | T_CAP);
}

/* Is w[i] a filler between a speaker and the cue here? A filler noun
 * after an article or a possessive heads the subject instead (Hu's
 * statement added, the statement said), unless a preposition stands
 * before that (Hu in a statement said). */
static int filler_here(const attributor *a, const wtok *w, int lower, int i) {
  if (!is_filler(&w[i])) return 0;
  if (i <= lower || !(w[i].flags & T_NOUN) ||
      !((w[i - 1].flags & T_ARTICLE) || is_possessive(a->t, &w[i - 1])))
    return 1;
  return i - 2 >= lower && word_in(a, &w[i - 2], prepositions);
}

/* Trims a phrase that ends in a proper name to that name: "Chinese
 * electronics giant Huawei" -> "Huawei"; "the newspaper" stays. A name
 * runs over capitalised words and of/for (the) between them: "Ann Lee of
 * the Lake Institute". */
static int name_tail(const wtok *w, int from, int to) {
  int i = to - 1;
  if (!(w[i].flags & T_CAP)) return from;
  for (;;) {
    if (i > from && (w[i - 1].flags & T_CAP)) { i--; continue; }
    if (i - 1 > from && (w[i - 1].flags & T_LINK) && (w[i - 2].flags & T_CAP)) {
      i -= 2;
      continue;
    }
    if (i - 2 > from && (w[i - 1].flags & T_ARTICLE) && (w[i - 2].flags & T_LINK) &&
        (w[i - 3].flags & T_CAP)) {
      i -= 3;
      continue;
    }
    break;
  }
  return i;
}

/* Before w[i]: the start of a bracketed aside ending just there, as in
 * "Sen. Ann Lee (D-Ore.) said", or i itself. */
static int skip_aside_left(const wtok *w, int lower, int i) {
  int k;
  if (i <= lower || !(w[i - 1].flags & T_CLOSE)) return i;
  for (k = i - 2; k >= lower && k >= i - 8; k--)
    if (w[k].flags & T_OPEN) return k;
  return i;
}

/* The noun phrase ending at w[to - 1], walking left. Returns its first
 * token or -1. A capitalised stop word (May, Will) can be a name, but not
 * as the first word of a sentence (When asked ...) unless a finite cue
 * follows it at once, which no modal or preposition takes (From said,
 * Will wrote). */
static int np_left(const wtok *w, int lower, int to) {
  int i = to, words = 0;
  while (i > lower) {
    const wtok *x = &w[i - 1];
    if (!(x->flags & T_WORD) || (x->flags & T_CUE)) break;
    if ((x->flags & T_STOP) &&
        !(x->flags & T_CAP && words == 0 && !(x->flags & T_PRONOUN) &&
          ((i - 1 > lower && !(w[i - 2].flags & T_END)) ||
           ((x->flags & T_NAMELIKE) && (w[i].flags & T_FINITE)))))
      break;
    if ((x->flags & T_LINK) && (words == 0 || i - 1 == lower ||
                                    !(w[i - 2].flags & T_WORD)))
      break;
    i--;
    words++;
    if (words == MAX_NP || (x->flags & T_PRONOUN)) break;
    /* a spokesman for the campaign: go on over "for the" */
    if ((x->flags & T_DET) &&
        !(i - 2 >= lower && (w[i - 1].flags & T_LINK) &&
          (w[i - 2].flags & T_WORD) && !(w[i - 2].flags & (T_STOP | T_CUE))))
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
        !(words == 0 && (x->flags & T_PRONOUN)) &&
        (x->flags & (T_NAMELIKE | T_CAP)) != (T_NAMELIKE | T_CAP)) /* Will Hu */
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
  f->name_start = f->name_end = VERBA_NONE;
  f->ok = 1;
}


/* The noun phrase w[s, e) before a cue: if it is a common noun with a
 * determiner and a preposition stands before it, after a name or a
 * pronoun, the speaker is the phrase of that name (*s, ending at the
 * returned index); else [s, e) as it is. */
static int adverbial_left(const attributor *a, const wtok *w, int lower,
                          int s, int *start, int e) {
  int hops;
  for (hops = 0; hops < 2; hops++) {
    int p = s - 1, s2;
    if (p <= lower || !(w[s].flags & T_DET) || name_tail(w, s, e) != s ||
        !word_in(a, &w[p], prepositions) || (w[p].flags & T_CAP) ||
        !(w[p - 1].flags & (T_CAP | T_PRONOUN)))
      break;
    s2 = np_left(w, lower, p);
    if (s2 < 0) break;
    s = s2;
    e = p;
  }
  *start = s;
  return e;
}

/* Regions written after a town and a comma (Springfield, Ohio,): in
 * "Ann Lee, the mayor of Springfield, Ohio, said" the commas around the
 * region close no appositive. Lower case, as verba_word_in reads them;
 * extend for other countries' regions. */
static const char *const regions[] = {
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado",
  "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho",
  "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
  "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
  "missouri", "montana", "nebraska", "nevada", "new hampshire",
  "new jersey", "new mexico", "new york", "north carolina", "north dakota",
  "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
  "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
  "virginia", "washington", "west virginia", "wisconsin", "wyoming",
  /* the AP's abbreviations, with their dots */
  "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.",
  "ill.", "ind.", "kan.", "ky.", "la.", "md.", "mass.", "mich.", "minn.",
  "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.", "n.j.", "n.m.", "n.y.",
  "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.",
  "vt.", "va.", "wash.", "w.va.", "wis.", "wyo.", "d.c.", NULL
};

/* Is w[from, to) a region after a town and a comma: "Salem, Ohio"? */
static int region_after_town(const attributor *a, const wtok *w, int lower,
                             int from, int to) {
  return to > from && to - from <= 2 && from - 2 >= lower &&
         (w[from - 1].flags & T_COMMA) &&
         (w[from - 2].flags & (T_CAP | T_WORD)) == (T_CAP | T_WORD) &&
         word_in_list(a->t, w[from].start, w[to - 1].end, regions);
}

/* Relative pronouns that open a clause inside a subject. */
static const char *const subject_relatives[] = { "that", "which", "who", NULL };

/* The noun phrase w[s, e) before a cue: if it is the object of a relative
 * clause whose pronoun is its subject (the mayor of the town that hosted
 * the fair said: a pronoun right before a verb), the speaker is what the
 * pronoun stands for, the phrase before it (*s, ending at the returned
 * index); else [s, e) as it is. */
static int relative_object(const attributor *a, const wtok *w, int lower,
                           int s, int *start, int e) {
  int r = s - 2, s2;
  *start = s;
  if (r - 1 < lower || !(w[s].flags & T_DET) ||
      (w[s - 1].flags & (T_CAP | T_STOP | T_DET | T_PRONOUN | T_CUE | T_LINK)) ||
      w[s - 1].kind != VERBA_WORD || (w[r].flags & T_CAP) ||
      !word_in(a, &w[r], subject_relatives) || !(w[r - 1].flags & T_WORD) ||
      (w[r - 1].flags & (T_STOP | T_CUE | T_PRONOUN | T_LINK)))
    return e;
  s2 = np_left(w, lower, r);
  if (s2 < 0) return e;
  *start = s2;
  return r;
}

/* The subject of the cue w[c]: Hu said, Hu also told, Hu, the chairman,
 * said; Huawei's chairman, Ken Hu, said (the name wins); Huawei, which
 * ..., said; Sen. Hu (D-Ore.) said. */
static int subject_of(const attributor *a, const wtok *w, int lower, int c,
                      found *f) {
  int i = c, s, comma;
  while (i > lower && filler_here(a, w, lower, i - 1)) i--;
  i = skip_aside_left(w, lower, i);
  if (i > lower && (w[i - 1].flags & T_WORD)) {
    s = np_left(w, lower, i);
    if (s < 0) return 0;
    i = relative_object(a, w, lower, s, &s, i);
    i = adverbial_left(a, w, lower, s, &s, i);
    set_found(f, w, name_tail(w, s, i), i, &w[c]);
    return 1;
  }
  if (i <= lower || !(w[i - 1].flags & T_COMMA)) return 0;
  /* ", X," before the cue: an appositive or a clause set off by commas */
  for (comma = i - 2; comma > lower && comma >= i - APPOSITIVE; comma--)
    if ((w[comma].flags & (T_COMMA | T_END)) &&
        !region_after_town(a, w, lower, comma + 1, i - 1))
      break;
  if (comma <= lower || !(w[comma].flags & T_COMMA)) return 0;
  s = np_left(w, comma + 1, i - 1);
  if (s == comma + 1 && (w[s].flags & T_CAP) && name_tail(w, s, i - 1) == s &&
      !(w[s].flags & T_STOP)) {
    set_found(f, w, s, i - 1, &w[c]); /* the chairman, Ken Hu, said */
    return 1;
  }
  comma = skip_aside_left(w, lower, comma);
  if (comma - 2 > lower && w[comma - 1].kind == VERBA_NUMBER && (w[comma - 2].flags & T_COMMA))
    comma -= 2; /* an age: Roe, 22, of Salem, said */
  s = np_left(w, lower, comma);
  if (s < 0) return 0;
  set_found(f, w, name_tail(w, s, comma), comma, &w[c]);
  return 1;
}

/* Words that may open a sentence before its subject. */
static const char *const sentence_openers[] = {
  "but", "and", "so", "yet", "still", "then", "meanwhile", "however", "now",
  "instead", "also", NULL
};

/* Is the word all capitals, with two letters or more (LOS, WASHINGTON)? */
static int all_caps(const verba_text *t, const wtok *w) {
  size_t pos = w->start;
  int letters = 0;
  while (pos < w->end) {
    int32_t cp;
    pos += verba_decode(t, pos, &cp);
    if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL) return 0;
    letters += is_upper(cp);
  }
  return letters >= 2;
}

/* Tokens a dateline may hold between its place in capitals and its
 * dash: more of the place, a region, a date, an agency in brackets
 * (LOS ANGELES, Calif., Sept. 28 (UPI) --). */
#define DATELINE_TOKENS 12

/* Where the sentence after a dateline starts, if one opens the sentence
 * at w[i]; else i. A dateline names a place, never a speaker. */
static int after_dateline(const verba_text *t, const wtok *w, int i, int n) {
  int k;
  if (i >= n || w[i].kind != VERBA_WORD || !all_caps(t, &w[i])) return i;
  for (k = i + 1; k < n && k <= i + DATELINE_TOKENS; k++) {
    if (w[k].flags & T_DASH) return k + 1 < n ? k + 1 : i;
    if (!(w[k].flags & (T_CAP | T_COMMA | T_OPEN | T_CLOSE)) &&
        w[k].kind != VERBA_NUMBER && t->s[w[k].start] != '.')
      return i; /* the "." of Ore. or Sept. may stand alone */
  }
  return i;
}

/* Index of the first token of the last sentence in w[lower, n). */
static int last_sentence(const wtok *w, int lower, int n) {
  int i, start = lower;
  for (i = lower; i < n; i++)
    if (w[i].flags & T_END) start = i + 1;
  return start;
}

/* The same, after a dateline that opens the sentence. */
static int sentence_start(const verba_text *t, const wtok *w, int lower, int n) {
  return after_dateline(t, w, last_sentence(w, lower, n), n);
}

/* The subject that opens the sentence w[lower, limit): Rubio fired back:
 * "..."; Christie, an ally, defended her, saying, "...". An opening
 * adverbial or participle clause set off by a comma (In a statement, ...;
 * Asked about it, ...) is skipped. */
/* Does w[i] open a participle clause: Speaking at a rally, ...; Asked
 * about it, ...? An -ing or -ed word followed by a lower-case one (a name
 * like Manning is followed by a comma or another name). */
static int opens_participle(const attributor *a, const wtok *w, int i, int limit) {
  const verba_text *t = a->t;
  size_t n = w[i].end - w[i].start;
  return n > 4 && i + 1 < limit && (w[i + 1].flags & T_WORD) &&
         !(w[i + 1].flags & T_CAP) &&
         (memcmp(t->s + w[i].end - 3, "ing", 3) == 0 ||
          memcmp(t->s + w[i].end - 2, "ed", 2) == 0);
}

/* Does the capitalised article w[i] open the sentence's subject (A judge
 * wants ...; An official, speaking ..., said), rather than a time
 * adverbial ending in a filler and set off by a comma (A day later, ...)? */
static int opens_subject(const wtok *w, int i, int limit) {
  int e;
  if ((w[i].flags & (T_DET | T_CAP)) != (T_DET | T_CAP)) return 0;
  e = np_right(w, i, limit);
  return e > i && !(e < limit && (w[e].flags & T_COMMA) && is_filler(&w[e - 1]));
}

/* Does the word end in -ed, like a verb in the past (offered, dismissed)? */
static int past_tense(const verba_text *t, const wtok *w) {
  return w->kind == VERBA_WORD && w->end - w->start > 3 &&
         t->s[w->end - 2] == 'e' && t->s[w->end - 1] == 'd';
}

/* Labels of a caption's credit line or a page's furniture (Image: NASA.;
 * Photo: Reuters): before a colon such a word names no speaker, and a
 * paragraph holding one after a sentence's start is a caption. Lower
 * case, as verba_word_in reads them; extend for other labels. */
static const char *const credit_labels[] = {
  "image", "images", "photo", "photos", "photograph", "picture", "pictures",
  "credit", "credits", "source", "sources", "caption", "video", "audio",
  "graphic", "illustration", "map", "file", "courtesy", "pictured", "note",
  NULL
};

/* Is w[i] a credit label followed by its colon (Image: NASA.)? */
static int credit_label_at(const attributor *a, const wtok *w, int i, int n) {
  return i + 1 < n && (w[i + 1].flags & T_COLON) && word_in(a, &w[i], credit_labels);
}

/* Spans of time that open a time adverbial with a filler after them and
 * a comma (Hours later, ...; Weeks ago, ...) rather than a subject. */
static const char *const time_spans[] = {
  "seconds", "minutes", "moments", "hours", "days", "weeks", "months",
  "years", "decades", NULL
};

static int opens_time_adverbial(const attributor *a, const wtok *w, int i,
                                int limit) {
  if (i + 1 < limit && word_in(a, &w[i + 1], time_spans))
    i++; /* a count first: Two years ago, ...; Thirteen years earlier, ... */
  return i + 2 < limit && is_filler(&w[i + 1]) && (w[i + 2].flags & T_COMMA) &&
         word_in(a, &w[i], time_spans);
}

/* Adverbial clauses set off by commas that may open a sentence before
 * its subject. */
#define MAX_OPENING_CLAUSES 3

static int sentence_subject(const attributor *a, const wtok *w, int lower,
                            int limit, const wtok *cue, found *f) {
  int i = lower, e;
  while (i < limit && (word_in(a, &w[i], sentence_openers) ||
                       (i > lower && (w[i].flags & T_COMMA))))
    i++; /* But, he ...; However, she ... */
  if (i < limit && (w[i].flags & T_WORD) &&
      ((w[i].flags & (T_STOP | T_CUE | T_LINK)) ||
       (is_filler(&w[i]) && !opens_subject(w, i, limit)) ||
       opens_participle(a, w, i, limit) || opens_time_adverbial(a, w, i, limit) ||
       (ends_in_ly(a->t, &w[i]) && i + 1 < limit &&
        (w[i + 1].flags & (T_COMMA | T_STOP))))) { /* Early in ..., */
    int clauses = 0;
    do { /* Once in my 20s, when my mother asked, I said ... */
      while (i < limit && !(w[i].flags & T_COMMA)) i++;
      i++;
      if (i + 1 < limit && w[i].kind == VERBA_NUMBER && (w[i + 1].flags & T_COMMA))
        i += 2; /* On July 6, 2015, Hu ... */
      for (e = i; e < limit && e < i + 2 && (w[e].flags & T_CAP); e++) {}
      if (e > i && e < limit && w[e].start == w[e - 1].end && a->t->s[w[e].start] == '.')
        e++; /* Colo. */
      if (e < limit && (w[e].flags & T_COMMA) && region_after_town(a, w, lower, i, e))
        i = e + 1; /* In Salem, Ohio, Hu ...; In Aspen, Colo., Hu ... */
    } while (++clauses < MAX_OPENING_CLAUSES && i < limit && (w[i].flags & T_WORD) &&
             ((w[i].flags & T_STOP) || opens_participle(a, w, i, limit)));
  }
  /* after an opening phrase the subject may be a common noun: In an
   * interview, the senator called it "..." */
  if (i >= limit || !((w[i].flags & (T_CAP | T_PRONOUN)) ||
                      (i > lower && (w[i].flags & T_DET))))
    return 0;
  e = np_right(w, i, limit);
  if (e < 0 || credit_label_at(a, w, e - 1, limit)) return 0; /* Image: NASA. */
  if (w[i].flags & T_DET) {
    /* a phrase ends before its verb: a past form, or a word taking an
     * object of its own (the mayor dismissed it as "..."; a pilot wants
     * the channel "...") */
    int k = i + 1;
    while (k < e && ((w[k].flags & T_CAP) ||
                     !(past_tense(a->t, &w[k]) ||
                       (!(w[k].flags & T_LINK) && k + 1 < limit &&
                        (w[k + 1].flags & T_DET)))))
      k++;
    e = k;
  } else if (w[i].flags & T_CAP) {
    /* a name ends at its last capitalised word: Hu wants "..." */
    int k = i + 1;
    while (k < e && (w[k].flags & (T_CAP | T_LINK | T_ARTICLE))) k++;
    while (k > i + 1 && !(w[k - 1].flags & T_CAP)) k--;
    e = k;
  }
  set_found(f, w, name_tail(w, i, e), e, cue);
  return 1;
}

/* Is w[c] a participle: saying, adding? */
static int is_participle(const attributor *a, const wtok *w) {
  size_t n = w->end - w->start;
  return n > 4 && memcmp(a->t->s + w->end - 3, "ing", 3) == 0;
}

/* Is w[c] a two-word cue whose speaker follows it: according to Hu? */
static int cue_takes_object(const attributor *a, const wtok *w, int c, int n) {
  return w[c].cue_end != w[c].end && c + 1 < n &&
         w[c + 1].end == w[c].cue_end &&
         word_in(a, &w[c + 1], (const char *const[]){"to", NULL});
}

/* The subject of the sentence the quote stands in, from the tokens
 * before it (cue may be NULL). */
static int quote_sentence_subject(const attributor *a, const window *before,
                                  const wtok *cue, found *f) {
  int lower = sentence_start(a->t, before->tok, before->para, before->n);
  return lower < before->n &&
         sentence_subject(a, before->tok, lower, before->n, cue, f);
}

/* Does the clause of a cue end at w[k]: the sentence's end, a comma, or
 * an adverbial (he said in a statement, said Hu on Tuesday)? */
static int clause_ends_at(const attributor *a, const wtok *w, int k, int n) {
  return k >= n || (w[k].flags & (T_END | T_COMMA)) ||
         (!(w[k].flags & T_CAP) &&
          ((is_filler(&w[k]) && !(w[k].flags & T_STOP)) ||
           word_in(a, &w[k], prepositions)));
}

/* A reporting clause set off by a comma that ends the quote's sentence,
 * however far the writer's words run on after the quote: "..." that x is
 * y, he said. / "..." about the plan, said Hu, the chairman. / "..." if
 * it fails, Hu wrote in a filing. */
static int reporting_clause(const attributor *a, const window *win, found *f) {
  const wtok *w = win->tok;
  int c, s, e;
  for (c = 1; c < win->n && !(w[c].flags & T_END); c++) {
    if (!(w[c].flags & T_CUE) || cue_takes_object(a, w, c, win->n) ||
        is_participle(a, &w[c]))
      continue;
    if ((w[c - 1].flags & T_COMMA) && c + 1 < win->n) { /* , said Hu */
      e = np_right(w, c + 1, win->n);
      if (e > c + 1 && (w[c + 1].flags & (T_CAP | T_DET | T_PRONOUN)) &&
          clause_ends_at(a, w, e, win->n)) {
        set_found(f, w, c + 1, e, &w[c]);
        return 1;
      }
    }
    if (!clause_ends_at(a, w, c + 1, win->n)) continue;
    s = np_left(w, 0, c);
    if (s > 0 && (w[s - 1].flags & T_COMMA)) {
      set_found(f, w, name_tail(w, s, c), c, &w[c]);
      return 1;
    }
  }
  return 0;
}

static const char *const and_words[] = { "and", NULL };

/* Is w[i, end) two capitalised names joined by "and" (Ann Lee and Bo
 * Ode), who speak together? */
static int two_names(const attributor *a, const wtok *w, int i, int end) {
  int k;
  for (k = i + 1; k + 1 < end; k++) {
    if (!word_in(a, &w[k], and_words) || !(w[k - 1].flags & T_CAP) ||
        !(w[k + 1].flags & T_CAP) || (w[k + 1].flags & (T_DET | T_PRONOUN)))
      continue;
    return np_left(w, i, k) == i && np_left(w, k + 1, end) == k + 1 &&
           (w[i].flags & T_CAP) && !(w[i].flags & (T_DET | T_PRONOUN));
  }
  return 0;
}

/* Attribution after the quote: "...," Hu said. / "...," said Hu. /
 * "..." -- Hu / "...," Hu, the city's engineer, said. / "...," saying
 * (the subject before the quote speaks). The cue must come before the
 * sentence ends and close to the quote. */
static int after_quote(const attributor *a, const window *before,
                       const window *win, found *f) {
  const wtok *w = win->tok;
  int i = 0, e, end, k, s, dash = 0;
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
  if (i < win->n && (w[i].flags & T_CUE)) {
    if (cue_takes_object(a, w, i, win->n)) { /* "...," according to Hu */
      e = np_right(w, i + 2, win->n);
      if (e < 0) return 0;
      set_found(f, w, i + 2, e, &w[i]);
      return 1;
    }
    if (is_participle(a, &w[i])) /* Hu called it "x," saying ... */
      return quote_sentence_subject(a, before, &w[i], f);
    s = i + 1; /* said Hu */
    while (s < win->n && is_filler(&w[s]) && !(w[s].flags & T_DET)) s++;
    e = np_right(w, s, win->n);
    if (e < 0) return 0;
    set_found(f, w, s, e, &w[i]);
    return 1;
  }
  /* Hu said / Hu, the chairman, said / Sen. Hu (D-Ore.) said */
  end = i;
  while (end < win->n && end < i + MAX_NP && (w[end].flags & T_WORD) &&
         !(w[end].flags & T_CUE))
    end++;
  k = end;
  if (k < win->n && (w[k].flags & T_OPEN)) {
    while (k < win->n && k < end + 8 && !(w[k].flags & (T_CLOSE | T_END))) k++;
    if (k < win->n && (w[k].flags & T_CLOSE)) k++;
  }
  if (k < win->n && (w[k].flags & T_COMMA) && end > i) {
    int c = k + 1;
    while (c < win->n && c < k + APPOSITIVE && !(w[c].flags & (T_COMMA | T_END | T_CUE)))
      c++;
    if (c < win->n && (w[c].flags & T_COMMA)) {
      k = c + 1;
    } else if (c < win->n && (w[c].flags & T_CUE)) {
      /* the second comma left out: "...," a friend, Ann Lee told us /
       * "...," the tall, gray-haired engineer said */
      int e = c;
      while (e > k + 1 && is_filler(&w[e - 1])) e--;
      if (e > k + 1 && np_left(w, k + 1, e) == k + 1 && np_left(w, i, end) == i) {
        int s2 = name_tail(w, k + 1, e);
        set_found(f, w, (w[s2].flags & T_CAP) && !(w[s2].flags & T_DET) ? s2 : i,
                  e, &w[c]);
        return 1;
      }
    }
  }
  while (k < win->n && is_filler(&w[k])) k++;
  if (k < win->n && (w[k].flags & T_CUE)) {
    while (end > i && filler_here(a, w, i, end - 1)) end--;
    if (end > i && np_left(w, i, end) == i) {
      set_found(f, w, name_tail(w, i, end), end, &w[k]);
      return 1;
    }
    if (end > i && two_names(a, w, i, end)) { /* Ann Lee and Bo Ode wrote */
      set_found(f, w, i, end, &w[k]);
      return 1;
    }
  }
  return reporting_clause(a, win, f);
}

/* Does a conjunction join the cue w[c] to the verb before it (Hu
 * smiled and said, Hu left but later wrote)? Then it shares that verb's
 * subject. */
static int coordinated(const attributor *a, const wtok *w, int lower, int c) {
  int i = c;
  while (i > lower && is_filler(&w[i - 1])) i--;
  return i > lower && !(w[i - 1].flags & T_CAP) &&
         word_in(a, &w[i - 1], (const char *const[]){"and", "but", NULL});
}

/* A cue after w[c] and a comma, in a clause of its own, whose subject
 * stands right before it: it introduces what follows, not w[c]. */
static int later_clause_cue(const attributor *a, const wtok *w, int lower,
                            int c, int n, found *f) {
  int k, comma = 0;
  for (k = c + 1; k < n; k++) {
    if (w[k].flags & (T_COMMA | T_COLON | T_DASH)) comma = 1;
    if (comma && (w[k].flags & T_CUE) && !cue_takes_object(a, w, k, n) &&
        !is_participle(a, &w[k]) && !coordinated(a, w, lower, k) &&
        k > 0 && (w[k - 1].flags & T_WORD) && subject_of(a, w, lower, k, f))
      return 1;
  }
  return 0;
}

/* Words that open a clause of its own inside a sentence: Hu smiled
 * when she called it "..."; the subordinators may open the sentence with
 * that clause (When Hu asked, ...). */
static const char *const subordinators[] = {
  "if", "because", "when", "while", "where", "whereas", "though",
  "although", "since", "after", "before", "until", "as", NULL
};
static const char *const coordinators[] = { "and", "but", NULL };

static int person_like(const attributor *a, const wtok *w, int lo, int hi,
                       size_t start);

/* Is the word [start, end) a form of a cue whose lemma is in list? */
static int lemma_in(const attributor *a, size_t start, size_t end,
                    const char *const *list) {
  char lower[16];
  const cue *c;
  int i;
  if (!lower_ascii(a->t, start, end, lower, sizeof lower) ||
      (c = cue_of_word(a, lower, end - start)) == NULL)
    return 0;
  for (i = 0; list[i]; i++)
    if (strcmp(list[i], c->lemma) == 0) return 1;
  return 0;
}

/* Cues that name something (call it "x"): after "what he" the naming is
 * the sentence subject's. */
static const char *const naming_lemmas[] = {
  "call", "describe", "dub", "term", "label", "brand", "characterize",
  "characterise", NULL
};

/* Relative words before a pronoun and its cue that leave the naming to
 * the sentence's subject: Ban condemned what he called "...". */
static const char *const naming_relatives[] = { "what", "whom", NULL };

/* The speaker a cue of w[lower, n) names. The first cue counts: in "X
 * said Y told Z ..." X speaks, unless X's clause is an adverbial one set
 * off by commas (When X asked, Y said ...; Later, as X asked, Y said). */
static int cue_subject(const attributor *a, const wtok *w, int lower, int n,
                       found *f) {
  int c;
  for (c = lower; c < n; c++) {
    if (!(w[c].flags & T_CUE)) continue;
    if (cue_takes_object(a, w, c, n)) {
      int e = np_right(w, c + 2, n); /* according to Hu */
      if (e < 0) continue;
      set_found(f, w, c + 2, e, &w[c]);
      return 1;
    }
    if (c > lower && (w[c - 1].flags & T_COMMA) && is_participle(a, &w[c]))
      return sentence_subject(a, w, lower, c, &w[c], f);
    if (subject_of(a, w, lower, c, f)) {
      /* Hu sent a series of tweets saying ...: a participle after the
       * object of a verb tells what the sentence's subject says */
      int s = f->start == w[lower].start ? lower : -1, k;
      for (k = lower + 1; s < 0 && k < c; k++)
        if (w[k].start == f->start) s = k;
      if (is_participle(a, &w[c]) && s > lower && (w[s].flags & T_DET) &&
          (w[s - 1].flags & (T_WORD | T_CAP | T_STOP | T_DET | T_PRONOUN |
                             T_LINK | T_FILLER)) == T_WORD &&
          w[s - 1].kind == VERBA_WORD) {
        found g = *f;
        if (sentence_subject(a, w, lower, s - 1, &w[c], f) && f->start < w[s - 1].start)
          return 1;
        *f = g;
      }
      if (s > lower && (w[s].flags & T_PRONOUN) && word_in(a, &w[s], clause_pronouns) &&
          word_in(a, &w[s - 1], naming_relatives) &&
          lemma_in(a, w[c].start, w[c].end, naming_lemmas)) {
        /* Ban condemned what he called "...": the sentence's subject */
        found g;
        memset(&g, 0, sizeof g);
        if (sentence_subject(a, w, lower, s - 1, &w[c], &g) &&
            person_like(a, w, lower, s - 1, g.start) &&
            !word_in(a, &w[lower], clause_pronouns)) {
          *f = g;
          return 1;
        }
      }
      while (s > lower && !(w[s - 1].flags & T_COMMA)) s--;
      if (s >= lower && word_in(a, &w[s], subordinators)) {
        /* the main clause after the adverbial one may have its own cue */
        found g;
        for (k = c + 1; k < n && !(w[k].flags & (T_COMMA | T_DASH)); k++) {}
        memset(&g, 0, sizeof g);
        if (k + 1 < n && cue_subject(a, w, k + 1, n, &g)) *f = g;
      }
      return 1;
    }
    if (coordinated(a, w, lower, c) && lower < c) {
      /* Hu smiled and said ...: the sentence's subject, unless a later
       * clause has a cue with a subject of its own (when Hu stood and
       * said x, a man yelled "...") */
      if (later_clause_cue(a, w, lower, c, n, f)) return 1;
      if (sentence_subject(a, w, lower, c, &w[c], f)) return 1;
    }
  }
  return 0;
}

/* A source the writer credits for a quote's sentence: "...," Hu said,
 * according to the Daily Star. / Hu told them, according to a transcript,
 * "...". The writer's source is who the text attributes the quote to, so
 * its "according to" outranks the cue of the speaker it reports (on the
 * PolNeAR annotations 15 of 16 such sentences credit the source). Looks
 * at w[from, n) up to the sentence's end. */
static int credited_source(const attributor *a, const wtok *w, int from,
                           int n, found *f) {
  int c, e;
  for (c = from; c < n && !(w[c].flags & T_END); c++) {
    if (!(w[c].flags & T_CUE) || !cue_takes_object(a, w, c, n)) continue;
    e = np_right(w, c + 2, n);
    if (e < 0) return 0;
    set_found(f, w, c + 2, e, &w[c]);
    return 1;
  }
  return 0;
}

/* Relative pronouns that can be the subject of the clause a quote stands
 * in: Hu, who called it "a fair deal". The speaker is the pronoun as
 * written and its name the noun phrase it follows. (That and which, as in
 * a note that said "...", were tried: most often the writer's subject
 * speaks there.) */
static const char *const relative_pronouns[] = { "who", NULL };

/* The relative clause the quote stands in, from the tokens before it:
 * the last relative pronoun of the sentence, the subject of its clause
 * (not "who he called"). Its clause must open with a cue verb, a few
 * words at most after the pronoun (who has long said; not who lost when
 * he said), unless it is set off by a comma and runs straight into the
 * quote (Hu, who has called it "..."). No comma may stand between the
 * pronoun and the quote but an aside right after it (who, in a speech,
 * said) or one that introduces the quote after a cue (who said, "..."):
 * a comma after its own clause hands the sentence back to the antecedent
 * (Hu, who is 60, said). */
static int relative_subject(const attributor *a, const window *win, found *f) {
  const wtok *w = win->tok;
  int lower = sentence_start(a->t, w, win->para, win->n), n = win->n, r, k, c;
  int introduced = 0, cue = -1;
  while (n > lower && (w[n - 1].flags & (T_COMMA | T_COLON))) {
    introduced = 1;
    n--;
  }
  for (r = n - 1; r > lower; r--)
    if ((w[r].flags & T_WORD) && !(w[r].flags & T_CAP) &&
        word_in(a, &w[r], relative_pronouns))
      break;
  if (r <= lower || r + 1 >= n || !(w[r - 1].flags & (T_WORD | T_COMMA)) ||
      (w[r - 1].flags & (T_CUE | T_STOP)))
    return 0;
  k = r + 1;
  if (w[k].flags & T_COMMA) { /* who, in a speech, said */
    for (k++; k < n && !(w[k].flags & T_COMMA); k++) {}
    if (k == n) return 0;
    k++;
  }
  for (c = k; c < n; c++) {
    if (w[c].flags & T_COMMA) return 0;
    if (cue < 0 && (w[c].flags & T_CUE) && c < k + RELATIVE_REACH) cue = c;
    if (cue < 0 && (w[c].flags & (T_PRONOUN | T_CAP))) return 0; /* who he said */
  }
  if (cue < 0 && (introduced || !(w[r - 1].flags & T_COMMA))) return 0;
  set_found(f, w, r, r + 1, cue < 0 ? NULL : &w[cue]);
  k = w[r - 1].flags & T_COMMA ? r - 1 : r;
  k = skip_aside_left(w, lower, k);
  c = np_left(w, lower, k);
  if (c >= 0) {
    f->name_start = w[name_tail(w, c, k)].start;
    f->name_end = w[k - 1].end;
  }
  return 1;
}

/* The cue that introduces the quote, right before it and its comma or
 * colon, in a clause of its own after a comma: in "After Hu asked him
 * about it, Roe replied, "..."" Roe speaks, not Hu of the first cue.
 * Replaces f when there is one. */
static void introducing_clause(const attributor *a, const wtok *w, int lower,
                               int n, found *f) {
  found g;
  int c = n - 1, k;
  if (c <= lower || !(w[c].flags & (T_COMMA | T_COLON))) return;
  c--;
  if (c <= lower || !(w[c].flags & T_CUE) || w[c].start <= f->cue_start ||
      cue_takes_object(a, w, c, n) || is_participle(a, &w[c]) ||
      coordinated(a, w, lower, c) || !(w[c - 1].flags & T_WORD) ||
      !subject_of(a, w, lower, c, &g) || g.start <= f->cue_start)
    return;
  for (k = c - 1; k > lower && w[k].start >= g.start; k--) {}
  if (word_in(a, &w[k], (const char *const[]){"which", "whom", "where", NULL}))
    return; /* a video in which Roe said: the report of the first cue */
  for (; k > lower && w[k].start > f->cue_start; k--)
    if (w[k].flags & T_COMMA) { *f = g; return; }
}

/* A cue with its subject after it, introducing the quote: But, said
 * Hu, "..." (a comma or colon ends w[lower, n)). */
static int inverted_cue(const attributor *a, const wtok *w, int lower, int n,
                        found *f) {
  int c;
  if (n - 3 < lower || !(w[n - 1].flags & (T_COMMA | T_COLON))) return 0;
  for (c = n - 3; c >= lower && c >= n - 2 - MAX_NP; c--) {
    if (!(w[c].flags & T_CUE)) continue;
    if (c + 1 < n - 1 && (w[c + 1].flags & (T_CAP | T_DET)) &&
        !is_participle(a, &w[c]) && !cue_takes_object(a, w, c, n) &&
        (c == lower || (w[c - 1].flags & T_COMMA)) &&
        np_right(w, c + 1, n - 1) == n - 1) {
      set_found(f, w, c + 1, n - 1, &w[c]);
      return 1;
    }
    return 0;
  }
  return 0;
}

/* Lead-ins naming a quote's source before a colon: (More) from Hu: */
static const char *const source_more[] = { "more", NULL };
static const char *const source_from[] = { "from", NULL };

/* A lead-in of only a source and a colon, after an optional dash:
 * "- More from Hu:", "From the report:". Its noun phrase speaks. */
static int source_lead(const attributor *a, const wtok *w, int lower, int colon,
                       found *f) {
  int i = lower, e;
  while (i < colon && (w[i].flags & T_DASH)) i++;
  if (i < colon && word_in(a, &w[i], source_more)) i++;
  if (i >= colon || !word_in(a, &w[i], source_from)) return 0;
  e = np_right(w, i + 1, colon);
  if (e != colon) return 0;
  set_found(f, w, i + 1, e, NULL);
  return 1;
}

/* Attribution before the quote, in its sentence: Hu said: "..." / Hu
 * said that x "..." / according to Hu, "..." / From Hu: "...". */
static int before_quote(const attributor *a, const window *win, found *f) {
  const wtok *w = win->tok;
  int lower = sentence_start(a->t, w, win->para, win->n);
  if (cue_subject(a, w, lower, win->n, f)) {
    introducing_clause(a, w, lower, win->n, f);
    return 1;
  }
  if (win->n > lower && (w[win->n - 1].flags & T_COLON))
    return !(win->n - 2 >= lower && credit_label_at(a, w, win->n - 2, win->n)) &&
           (source_lead(a, w, lower, win->n - 1, f) ||
            sentence_subject(a, w, lower, win->n - 1, NULL, f));
  return inverted_cue(a, w, lower, win->n, f);
}


/* The subject of the clause the quote stands in, in a sentence with no
 * cue, when that clause is opened by a conjunction and has a pronoun for
 * subject: "Hu was calm,
 * even if she called it "..."" (she). No comma, colon or dash may stand
 * between that subject and the quote. */
static int clause_subject(const attributor *a, const wtok *w, int lower,
                          int n, found *f) {
  int k;
  for (k = lower; k < n; k++) /* a cue names the speaker of its own */
    if (w[k].flags & T_CUE) return 0;
  for (k = n - 1; k > lower; k--) {
    if (w[k].flags & (T_COMMA | T_COLON | T_DASH | T_END)) return 0;
    if ((w[k].flags & T_PRONOUN) && word_in(a, &w[k], clause_pronouns) &&
        (word_in(a, &w[k - 1], subordinators) ||
         word_in(a, &w[k - 1], coordinators))) {
      set_found(f, w, k, k + 1, NULL);
      return 1;
    }
  }
  return 0;
}

/* Nouns of speech whose possessor says the words of the clause they
 * open: Hu's claim that "...", her promise to "...". Lower case, as
 * verba_word_in reads them; extend for more. */
static const char *const speech_nouns[] = {
  "accusation", "argument", "assertion", "boast", "claim", "claims",
  "comment", "comments", "complaint", "contention", "insistence", "pledge",
  "prediction", "promise", "remark", "remarks", "statement", "statements",
  "suggestion", "vow", "warning", NULL
};
static const char *const speech_noun_links[] = { "that", "to", NULL };

/* Modifiers between a possessor and its noun of speech: her March
 * comment, Hu's controversial pledge. */
#define SPEECH_NOUN_REACH 2

/* The possessor of the nearest noun of speech whose clause holds the
 * quote: Hu's claim that there were "..." (Hu's), his promise to "..."
 * (his). The possessor is written as in the text, with the name it
 * ends: Ken Hu's. */
static int claim_possessor(const attributor *a, const wtok *w, int lower,
                           int n, found *f) {
  int k, d, s;
  for (k = n - 1; k > lower + 1; k--) {
    if (w[k].flags & T_END) return 0;
    if (!word_in(a, &w[k], speech_noun_links) ||
        !word_in(a, &w[k - 1], speech_nouns))
      continue;
    for (d = k - 2; d >= lower && d >= k - 2 - SPEECH_NOUN_REACH; d--) {
      if (word_in(a, &w[d], possessive_pronouns)) {
        set_found(f, w, d, d + 1, NULL);
        return 1;
      }
      if (is_possessive(a->t, &w[d])) {
        for (s = d; s > lower && (w[s - 1].flags & T_CAP) &&
                    w[s - 1].kind == VERBA_WORD && (w[s].flags & T_CAP);
             s--) {}
        set_found(f, w, s, d + 1, NULL);
        return 1;
      }
    }
    return 0; /* the nearest noun of speech decides */
  }
  return 0;
}

/* No cue: the speaker of a quote inside a sentence is most likely the
 * possessor of a noun of speech introducing it (Hu's claim that "..."),
 * or else the subject of its clause (Hu wants "a fair deal"; Hu left when
 * she called it "..."). A quote that opens its sentence takes nobody
 * from the writer's sentences before it. */
static int likely_speaker(const attributor *a, const window *win, found *f) {
  const wtok *w = win->tok;
  int lower = sentence_start(a->t, w, win->para, win->n);
  return lower < win->n && (claim_possessor(a, w, lower, win->n, f) ||
                            clause_subject(a, w, lower, win->n, f) ||
                            sentence_subject(a, w, lower, win->n, NULL, f));
}

/* ---- names ---- */

/* Start of the last word of [start, end). */
static size_t last_word(const verba_text *t, size_t start, size_t end) {
  size_t p = end, n;
  int32_t cp;
  while (p > start && (n = verba_decode_back(t, p, &cp), !is_space(cp) && cp != '.'))
    p -= n;
  if (p == end) { /* a trailing "." (Jr.) */
    p = end - 1;
    while (p > start && (n = verba_decode_back(t, p, &cp), !is_space(cp))) p -= n;
  }
  return p;
}

static void remember(attributor *a, size_t start, size_t end, char gender) {
  name *x = &a->names[a->name_head];
  x->start = start;
  x->end = end;
  x->last = last_word(a->t, start, end);
  x->gender = gender;
  a->name_head = (a->name_head + 1) % NAMES;
  if (a->nnames < NAMES) a->nnames++;
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
                 o->entities[a->next_entity].end, 0);
    return;
  }
  while (i < win->n) {
    int j = i;
    while (j < win->n && (win->tok[j].flags & T_CAP) &&
           !(win->tok[j].flags & T_STOP) &&
           !(win->tok[j].flags & T_DET))
      j++;
    if (j - i >= 2) remember(a, win->tok[i].start, win->tok[j - 1].end, 0);
    i = j > i ? j : i + 1;
  }
}

/* End of the first word of [start, end). */
static size_t first_word_end(const verba_text *t, size_t start, size_t end) {
  size_t p = start, n;
  int32_t cp;
  while (p < end && (n = verba_decode(t, p, &cp), !is_space(cp) && cp != '.')) p += n;
  return p;
}

/* Titles and roles before a person's name, left out of speaker_name
 * (U.S. Senator John Cornyn -> John Cornyn; Governor of Washington Chris
 * Gregoire -> Chris Gregoire). Lower case without a final "."; extend
 * for more. */
static const char *const name_titles[] = {
  "adm", "admiral", "administrator", "ambassador", "attorney", "capt",
  "captain", "chairman", "chairwoman", "chancellor", "chief", "col",
  "commissioner", "congressman", "congresswoman", "deputy", "director",
  "dr", "former", "gen", "general", "gov", "governor", "judge", "justice",
  "lt", "mayor", "minister", "mr", "mrs", "ms", "pope", "premier",
  "president", "prime", "prof", "professor", "rep", "representative",
  "rev", "secretary", "sen", "senator", "sgt", "speaker", "state", "the",
  "vice", NULL
};

/* The word at p in [p, e): its end without a final "." in *stem and the
 * start of the word after it (e if none) in *next. */
static void word_at(const verba_text *t, size_t p, size_t e, size_t *stem,
                    size_t *next) {
  size_t end = p, n;
  int32_t cp;
  while (end < e && (n = verba_decode(t, end, &cp), !is_space(cp))) end += n;
  *stem = end > p && t->s[end - 1] == '.' ? end - 1 : end;
  while (end < e && (n = verba_decode(t, end, &cp), is_space(cp))) end += n;
  *next = end < e ? end : e;
}

static const char *const of_words[] = { "of", NULL };

/* Where the person's name starts in the capitalised phrase [s, e): past
 * titles (with "of" and the place after one: Governor of Washington) and
 * dotted initialisms (U.S.), as long as a word is left. A title written
 * out before a single word may be a name's own (General Motors, President
 * Obama): only an abbreviated one (Mr. Hu, Sen. Roe) goes then. */
static size_t after_titles(const verba_text *t, size_t s, size_t e) {
  size_t p = s, stem, next, stem2, next2;
  for (;;) {
    word_at(t, p, e, &stem, &next);
    if (next >= e) return p; /* the last word is the name */
    word_at(t, next, e, &stem2, &next2);
    if (word_in_list(t, p, stem, name_titles) &&
        (next2 < e || (stem < next && t->s[stem] == '.'))) {
      if (word_in_list(t, next, stem2, of_words) && next2 < e) {
        word_at(t, next2, e, &stem2, &next); /* of Washington */
        if (next >= e) return p;
      }
      p = next;
    } else if (is_upper(verba_cp_at(t, p)) && memchr(t->s + p, '.', stem - p) != NULL) {
      p = next; /* U.S. */
    } else {
      return p;
    }
  }
}

/* The gender the word [start, end) tells (a title or a pronoun), or 0. */
static char gender_of(const verba_text *t, size_t start, size_t end) {
  char lower[8];
  size_t i;
  if (!lower_ascii(t, start, end, lower, sizeof lower)) return 0;
  for (i = 0; i < sizeof gender_words / sizeof *gender_words; i++)
    if (strcmp(lower, gender_words[i].word) == 0) return gender_words[i].gender;
  return 0;
}

static int is_pronoun(const attributor *a, size_t start, size_t end) {
  char lower[16];
  const lexeme *x;
  if (!lower_ascii(a->t, start, end, lower, sizeof lower)) return 0;
  x = find_lexeme(a, lower, end - start);
  return (x && (x->flags & T_PRONOUN)) ||
         word_in_list(a->t, start, end, possessive_pronouns);
}

/* A named speaker, for later pronouns. */
static void add_speaker(attributor *a, size_t start, size_t end, char gender) {
  int k;
  for (k = 0; k < a->nspeakers; k++) /* one entry a person, moved last */
    if (same_bytes(a->t, a->speakers[k].start, a->speakers[k].end - a->speakers[k].start,
                   start, end - start)) {
      if (!gender) gender = a->speakers[k].gender;
      memmove(&a->speakers[k], &a->speakers[k + 1],
              (size_t)(a->nspeakers - k - 1) * sizeof *a->speakers);
      a->nspeakers--;
      break;
    }
  if (a->nspeakers == NAMES) {
    memmove(&a->speakers[0], &a->speakers[1], (NAMES - 1) * sizeof *a->speakers);
    a->nspeakers--;
  }
  a->speakers[a->nspeakers].start = start;
  a->speakers[a->nspeakers].end = end;
  a->speakers[a->nspeakers].gender = gender;
  a->nspeakers++;
}

/* Nouns for what a person writes or says: a subject "Hu's statement" or
 * "Hu's letter" speaks for its owner, who is the speaker's name (not so
 * for "Hu's spokesman" or "Hu's office", someone else). Lower case, as
 * verba_word_in reads them; extend for other kinds of text. */
static const char *const authored_nouns[] = {
  "statement", "statements", "letter", "tweet", "tweets", "post", "email",
  "e-mail", "memo", "message", "note", "remarks", "speech", "testimony",
  "filing", "announcement", "column", "essay", "op-ed", "blog", "book",
  "affidavit", "deposition", "declaration", "complaint", "lawsuit",
  "release", "letters", "posts", "emails", NULL
};

/* If [s, e) is a possessive name and an authored noun (Cornyn's statement),
 * the end of the owner's name (Cornyn); else 0. */
/* The end of [s, e) without its possessive ending (Hu's, Hu\u2019s,
 * Sanders', Sanders\u2019), or 0 when it has none. */
static size_t possessive_stem(const verba_text *t, size_t s, size_t e) {
  const unsigned char *p = t->s;
  if (e - s > 2 && p[e - 1] == 's' && p[e - 2] == '\'')
    return e - 2; /* Hu's */
  if (e - s > 4 && p[e - 1] == 's' && memcmp(p + e - 4, "\xe2\x80\x99", 3) == 0)
    return e - 4; /* Hu\u2019s */
  if (e - s > 2 && p[e - 1] == '\'' && p[e - 2] == 's')
    return e - 1; /* Sanders' */
  if (e - s > 4 && memcmp(p + e - 3, "\xe2\x80\x99", 3) == 0 && p[e - 4] == 's')
    return e - 3; /* Sanders\u2019 */
  return 0;
}

static size_t authoring_owner(const verba_text *t, size_t s, size_t e) {
  size_t first = first_word_end(t, s, e), noun = last_word(t, s, e), gap;
  /* only the owner and a lower-case noun: "Cornyn's statement" (not
   * "Editor's Note", a label) */
  if (noun <= first || first_word_end(t, noun, e) != e ||
      !is_upper(verba_cp_at(t, s)) || is_upper(verba_cp_at(t, noun)) ||
      !word_in_list(t, noun, e, authored_nouns))
    return 0;
  for (gap = first; gap < noun; gap++)
    if (!is_space(verba_cp_at(t, gap))) return 0;
  return possessive_stem(t, s, first);
}

/* speaker_name from the speaker (or what its relative pronoun stands
 * for), [s, e): a pronoun -> the most recent named speaker of a fitting
 * gender (he, she; it, they and we name no person); a surname -> the full
 * name seen earlier; a name as written otherwise; common nouns get none. */
static void resolve(attributor *a, verba_quote *q, size_t s, size_t e) {
  const verba_text *t = a->t;
  size_t sw;
  char gender;
  int k;
  if (is_pronoun(a, s, e)) {
    gender = gender_of(t, s, e);
    if (gender == 'n') return;
    for (k = a->nspeakers - 1; k >= 0; k--) {
      name *x = &a->speakers[k];
      if (x->gender && gender && x->gender != gender) continue;
      q->name_start = x->start;
      q->name_end = x->end;
      if (!x->gender) x->gender = gender; /* she said: Roe is a woman */
      add_speaker(a, x->start, x->end, x->gender);
      break;
    }
    return;
  }
  if ((sw = authoring_owner(t, s, e)) != 0 || (sw = possessive_stem(t, s, e)) != 0)
    e = sw; /* Cornyn's statement; Hu's (claim that) */
  if (!is_upper(verba_cp_at(t, last_word(t, s, e)))) return;
  gender = gender_of(t, s, first_word_end(t, s, e)); /* Mrs. Roe */
  s = after_titles(t, s, e);
  q->name_start = s;
  q->name_end = e;
  sw = last_word(t, s, e);
  for (k = 1; k <= a->nnames; k++) {
    const name *x = &a->names[(a->name_head - k + NAMES) % NAMES];
    if (x->end != e && x->end - x->start > e - s &&
        same_bytes(t, x->last, x->end - x->last, sw, e - sw)) { /* another mention */
      q->name_start = after_titles(t, x->start, x->end);
      q->name_end = x->end;
      if (!gender) gender = x->gender;
      break;
    }
  }
  add_speaker(a, q->name_start, q->name_end, gender);
  if (last_word(t, q->name_start, q->name_end) != q->name_start)
    remember(a, q->name_start, q->name_end, gender);
}

/* Before a pronoun speaker (before_speaker, its start) is resolved: a
 * person the quote's own sentence names as the subject of a cue, before
 * that pronoun, is the most recent person named ('Asked about it, Roe
 * said "...," she said.': she is Roe), so she is remembered as a
 * speaker first. For a possessive pronoun the subject of the sentence
 * does as well (Roe stood by her claim that "..."). */
static void named_in_sentence(attributor *a, const window *win,
                              size_t before_speaker, int possessive) {
  found g;
  verba_quote scratch;
  int lower = sentence_start(a->t, win->tok, win->para, win->n), k;
  memset(&g, 0, sizeof g);
  if (lower >= win->n ||
      !(cue_subject(a, win->tok, lower, win->n, &g) ||
        (possessive && sentence_subject(a, win->tok, lower, win->n, NULL, &g))) ||
      g.start >= before_speaker)
    return;
  for (k = lower; k < win->n && win->tok[k].start != g.start; k++) {}
  /* a name: not a function word (That said, ...) nor a pronoun */
  if (k == win->n ||
      (win->tok[k].flags & (T_CAP | T_STOP | T_DET | T_PRONOUN)) != T_CAP)
    return;
  memset(&scratch, 0, sizeof scratch);
  resolve(a, &scratch, g.start, g.end); /* remembers the name as a speaker */
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
static size_t attribution_end(const verba_quote *p) {
  if (p->cue_start != VERBA_NONE && p->cue_start >= p->end)
    return p->cue_end > p->speaker_end ? p->cue_end : p->speaker_end;
  return p->end;
}

static int narration_between(const window *win, const verba_quote *p) {
  size_t from = attribution_end(p);
  int i, ended = 0;
  for (i = 0; i < win->n; i++) {
    const wtok *w = &win->tok[i];
    if (w->start < from) continue;
    if (w->flags & T_END) ended = 1;
    else if (ended && (w->flags & T_WORD)) return 1;
  }
  return 0;
}

/* Does the paragraph [start, end) hold a credit line: a credit label and
 * its colon opening it or one of its sentences (In 2008, ... Image: NASA.)?
 * Then it is a photo's caption, set apart from the running text. */
static int caption_paragraph(const attributor *a, size_t start, size_t end) {
  verba_tokenizer tz;
  verba_token tok;
  wtok w[2];
  int have = 0, opens = 1, next_opens = 0;
  verba_tokens_init(&tz, a->t, start, 0);
  while (verba_tokens_next(&tz, &tok) && tok.start < end) {
    if (tok.kind == VERBA_SPACE) continue;
    w[have].start = tok.start;
    w[have].end = tok.end;
    w[have].kind = tok.kind;
    classify(a, &w[have], 0);
    if (have == 1) {
      if (opens && credit_label_at(a, w, 0, 2)) return 1;
      opens = next_opens;
      w[0] = w[1];
    }
    next_opens = (w[0].flags & T_END) != 0;
    if (have == 0) opens = 1;
    have = 1;
  }
  return 0;
}

/* Does the quote q, opening its paragraph, go on from p, a quote left open
 * at the end of its paragraph (the multi-paragraph convention), with only
 * captions between them? A photo set between paragraphs of a quotation
 * does not end it. */
static int continues_over_captions(const attributor *a, const verba_quote *p,
                                   const verba_quote *q) {
  size_t pos = p->end, start, end;
  int captions = 0;
  if (!p->unclosed || !(q->context & VERBA_QCTX_PARA_START) ||
      q->start - p->end > LOOK_BACK)
    return 0;
  while (verba_paragraph_next(a->t, VERBA_PARAGRAPHS_BLANK, &pos, &start, &end) && start < q->start) {
    if (!caption_paragraph(a, start, end)) return 0;
    captions++;
  }
  return captions > 0;
}

/* Where the tokens before q start: after the previous quote, at most
 * LOOK_BACK bytes back, at a space (a token boundary). */
static size_t look_back_from(const verba_text *t, size_t from, size_t to) {
  if (to > LOOK_BACK && to - LOOK_BACK > from) {
    from = to - LOOK_BACK;
    while (from < to && !is_space(verba_cp_at(t, from))) from++;
  }
  return from;
}

/* Do the last words of [s1, e1) and [s2, e2) match (Roe, Tamsin Roe)? */
static int same_last_word(const verba_text *t, size_t s1, size_t e1,
                          size_t s2, size_t e2) {
  size_t l1 = last_word(t, s1, e1), l2 = last_word(t, s2, e2);
  return same_bytes(t, l1, e1 - l1, l2, e2 - l2);
}

/* Sentences of narration a quotation's speaker carries over. */
#define NARRATION_SENTENCES 2

/* Does the narration between quotation p and q, in one paragraph, keep
 * p's speaker for q: '"...," Hu said. He has worked there for years.
 * "But I like it."'? A cue, a pronoun of the other gender or a long
 * stretch may bring in a new speaker, and a name for subject is read by
 * reporting_sentence (Ode disagreed. / Hu has run it since May.). */
static int narration_keeps_speaker(const attributor *a, const window *win,
                                   const verba_quote *p, const verba_quote *q) {
  const verba_text *t = a->t;
  size_t from = attribution_end(p);
  char gender = p->speaker_start == VERBA_NONE
                    ? 0 : gender_of(t, p->speaker_start,
                                    first_word_end(t, p->speaker_start, p->speaker_end));
  int i, sentences = 0, opens = 0;
  if (p->end < q->para_start || !(q->context & VERBA_QCTX_SENTENCE_START)) return 0;
  for (i = 0; i < win->n; i++) {
    const wtok *w = &win->tok[i];
    char g;
    /* the rest of p's own sentence (said Hu, half joking.) is no narration */
    if (w->start < from || (sentences == 0 && !(w->flags & T_END))) continue;
    if (w->flags & T_CUE) return 0;
    if (w->flags & T_END) {
      if (++sentences > NARRATION_SENTENCES) return 0;
      opens = 1;
      continue;
    }
    if (!opens || !(w->flags & T_WORD)) continue;
    opens = word_in(a, w, sentence_openers);
    if (w->flags & T_PRONOUN) {
      g = gender_of(t, w->start, w->end);
      if ((g == 'm' || g == 'f') && (gender == 'm' || gender == 'f') && g != gender)
        return 0;
    } else if ((w->flags & (T_CAP | T_DET | T_STOP | T_FILLER)) == T_CAP) {
      return 0; /* Ode disagreed.; Roe has run it since May. (as written) */
    }
  }
  return sentences > 0;
}

/* Does pos start a line (only blanks before it on its line)? */
static int starts_line(const verba_text *t, size_t pos) {
  while (pos > 0 && (t->s[pos - 1] == ' ' || t->s[pos - 1] == '\t')) pos--;
  return pos == 0 || t->s[pos - 1] == '\n' || t->s[pos - 1] == '\r';
}

/* Is the subject starting at byte start, in w[lo, hi), a person's name
 * or a personal pronoun (he, she, they)? */
static int person_like(const attributor *a, const wtok *w, int lo, int hi,
                       size_t start) {
  int k;
  for (k = lo; k < hi && w[k].start != start; k++) {}
  if (k == hi) return 0;
  if (w[k].flags & T_PRONOUN) return word_in(a, &w[k], clause_pronouns);
  return (w[k].flags & (T_CAP | T_STOP | T_DET)) == T_CAP;
}

/* Does w[lo, hi) hold a noun of speech (Hu issued a statement)? */
static int speech_noun_in(const attributor *a, const wtok *w, int lo, int hi) {
  int k;
  for (k = lo; k < hi; k++)
    if (!(w[k].flags & T_CAP) && word_in(a, &w[k], speech_nouns)) return 1;
  return 0;
}

/* A quote that opens a sentence with no attribution of its own, right
 * after a full sentence of the writer's that reports its speaker: 'Roe
 * spoke to the council. "The bridge is safe."' That sentence (in the
 * quote's paragraph, or ending the one before) must have a cue verb, or
 * for its subject the speaker of the quote before (prev, or NULL). A
 * caption, a headline or a sentence the window only partly holds names
 * nobody. */
static int reporting_sentence(const attributor *a, window *win,
                              const verba_quote *prev, int whole_paragraph,
                              found *f) {
  wtok *w = win->tok;
  int hi = win->n - 1, lo, c;
  if (hi < 1 || !(w[hi].flags & T_END)) return 0;
  lo = sentence_start(a->t, w, 0, hi);
  if (lo == 0 && !starts_line(a->t, w[0].start)) return 0;
  /* tokens before the quote's paragraph were read only for names */
  for (c = lo; c < hi; c++) {
    if (w[c].flags & T_EARLIER) {
      unsigned keep = w[c].flags & (T_END | T_EARLIER);
      classify(a, &w[c], 0);
      w[c].flags = (w[c].flags & ~(unsigned)T_END) | keep;
    }
  }
  for (c = lo; c < hi; c++)
    if ((w[c].flags & T_EARLIER) &&
        cue_at(a, &w[c], hi - c, c - lo))
      w[c].flags |= T_CUE;
  if (cue_subject(a, w, lo, hi, f)) return 1;
  if (!sentence_subject(a, w, lo, hi, NULL, f)) return 0;
  if (prev && prev->speaker_start != VERBA_NONE &&
      (same_last_word(a->t, f->start, f->end, prev->speaker_start, prev->speaker_end) ||
       (prev->name_start != VERBA_NONE &&
        same_last_word(a->t, f->start, f->end, prev->name_start, prev->name_end))))
    return 1;
  if ((whole_paragraph || speech_noun_in(a, w, lo, hi)) && person_like(a, w, lo, hi, f->start))
    return 1; /* Hu issued a statement on it. "..." */
  f->ok = 0;
  return 0;
}

/* The end of the line that goes on at pos, or limit if that comes first.
 * An attribution after a quotation is on the quotation's own line: a line
 * break starts a new paragraph in most news feeds, even without a blank
 * line, and what follows it belongs to the next quotation or narration. */
static size_t line_end(const verba_text *t, size_t pos, size_t limit) {
  const unsigned char *nl;
  if (pos >= limit) return limit;
  nl = (const unsigned char *)memchr(t->s + pos, '\n', limit - pos);
  return nl ? (size_t)(nl - t->s) : limit;
}

/* Words a byline under a quotation holds at most: "- Tamsin Roe, Salem." */
#define BYLINE_WORDS 8

/* Does only white space stand between pos and the end of its line? */
static int ends_line(const verba_text *t, size_t pos) {
  while (pos < t->len && (t->s[pos] == ' ' || t->s[pos] == '\t' || t->s[pos] == '\r'))
    pos++;
  return pos == t->len || t->s[pos] == '\n';
}

/* A quotation on lines of its own, signed by the short line after it
 * (blank lines between allowed, before limit): '"..." / - Tamsin Roe,
 * Harbour Institute.' The capitalised name after an optional dash
 * speaks. The line must be a dash, a name and nothing else, or a name
 * and a short aside ending in a "." (Roe, Salem.): narration (Roe
 * agreed.) and headings (Related Stories) are no bylines. */
static int byline_after(const attributor *a, const verba_quote *q, size_t limit,
                        window *win, found *f) {
  const verba_text *t = a->t;
  const wtok *w = win->tok;
  size_t s = q->end, e;
  int i = 0, k, words = 0, dash = 0, last;
  if (!starts_line(t, q->start) || !ends_line(t, q->end)) return 0;
  while (s < limit && is_space(verba_cp_at(t, s))) s++;
  if (s >= limit) return 0;
  e = line_end(t, s, limit);
  read_gap(a, s, e, e, 0, win, NULL);
  fix_ends(a, win);
  if (win->n == 0 || !ends_line(t, w[win->n - 1].end)) return 0; /* one sentence */
  for (k = 0; k < win->n; k++) {
    if (w[k].flags & (T_CUE | T_COLON)) return 0;
    if ((w[k].flags & T_WORD) && ++words > BYLINE_WORDS) return 0;
  }
  while (i < win->n && (w[i].flags & T_DASH)) { dash = 1; i++; }
  for (k = i; k < win->n && (w[k].flags & T_CAP) && !(w[k].flags & T_STOP); k++)
    if (all_caps(t, &w[k])) return 0; /* a heading: TRUMP COUNTER */
  if (k == i || (i < win->n && (w[i].flags & (T_DET | T_PRONOUN)))) return 0;
  last = win->n - 1;
  if (k < win->n && !(w[k].flags & (T_COMMA | T_END))) return 0;
  /* undashed: "Roe, Salem." or "Tamsin Roe." (not "Pause.") */
  if (!dash && (!(w[last].flags & T_END) || (k == i + 1 && !(w[k].flags & T_COMMA))))
    return 0;
  set_found(f, w, i, k, NULL);
  return 1;
}

/* Words an addressee between a cue and its quotation holds at most:
 * Hu told reporters on Sunday "...". */
#define ADDRESSEE_WORDS 4

/* Cue lemmas whose object is the one spoken to (told reporters), not
 * what is said (called the plan "..."). */
static const char *const addressee_lemmas[] = {
  "tell", "told", "ask", "remind", "assure", "warn", "promise", "advise", NULL
};

/* Is the cue [cue_start, cue_end) one that takes an addressee, and do
 * only a few words, none opening a clause (that, if), stand between it
 * and the quote the window ends before? */
static int addressee_only(const attributor *a, const window *win,
                          size_t cue_start, size_t cue_end) {
  const wtok *w = win->tok;
  int k = win->n, words = 0;
  if (cue_end == VERBA_NONE || k == 0 || cue_end > w[k - 1].end ||
      !lemma_in(a, cue_start, cue_end, addressee_lemmas))
    return 0;
  while (k > 0 && w[k - 1].start >= cue_end) {
    k--;
    if (w[k].flags & (T_END | T_CUE) ||
        ((w[k].flags & T_STOP) && !(w[k].flags & T_FILLER)) ||
        ((w[k].flags & T_WORD) && ++words > ADDRESSEE_WORDS))
      return 0;
  }
  return k > 0 && w[k - 1].end == cue_end;
}

/* Does q's text end, past the spaces before its closing mark, in one of
 * the ASCII characters of chars? */
static int text_ends_in(const verba_text *t, const verba_quote *q, const char *chars) {
  size_t e = q->close_start, n;
  int32_t cp;
  while (e > q->open_end && (n = verba_decode_back(t, e, &cp), is_space(cp))) e -= n;
  return e > q->open_end && t->s[e - 1] != 0 && t->s[e - 1] < 0x80 &&
         strchr(chars, t->s[e - 1]) != NULL;
}

/* Does the quote's text end in "?" or "!" (a question or a cry, whole
 * even inside the writer's sentence: ... "why not?" asked Hu)? */
static int ends_in_question(const verba_text *t, const verba_quote *q) {
  return text_ends_in(t, q, "?!");
}

/* Does the quote's text end its sentence ("... fine.")? */
static int ends_in_terminal(const verba_text *t, const verba_quote *q) {
  return text_ends_in(t, q, ".!?");
}

/* Does the quote run on into its attribution: "...," or "..." , he said,
 * or "...?" asked Hu (a lower-case word goes on after "?" or "!")? */
static int ends_in_comma(const verba_text *t, const verba_quote *q,
                         const window *after) {
  return text_ends_in(t, q, ",") ||
         (after->n > 0 && (after->tok[0].flags & T_COMMA)) ||
         (ends_in_question(t, q) && after->n > 0 && (after->tok[0].flags & T_CUE) &&
          !(after->tok[0].flags & T_CAP));
}

/* Does the sentence after q, which ends a sentence of its own ("... ."),
 * lead up to a colon: "..." Hu went on to say: "..."? Or does it run on,
 * unended, into the next quote (runs_into_next: nothing but that
 * sentence stands between the two)? That sentence introduces what
 * follows it, not q. */
static int introduces_next(const verba_text *t, const verba_quote *q,
                           const window *after, int runs_into_next) {
  int i;
  if (!ends_in_terminal(t, q)) return 0;
  if (after->n == 0 || !(after->tok[0].flags & T_CAP)) return 0;
  for (i = 1; i < after->n && !(after->tok[i].flags & T_END); i++)
    if (after->tok[i].flags & T_COLON) return 1;
  /* "..." Later, he said, it was "...": the sentence runs on into the
   * next quote, whose frame it is; but when it opens with its own
   * subject and cue and a later cue frames the next quote, the first is
   * q's: "..." Hu asks as Ode walks in, saying he is "..." */
  if (i < after->n || !runs_into_next) return 0;
  for (i = 1; i <= OWN_CUE_REACH && i < after->n; i++)
    if (after->tok[i].flags & T_CUE) break;
  if (i > OWN_CUE_REACH || i == after->n) return 1;
  for (i++; i < after->n; i++)
    if (after->tok[i].flags & T_CUE) return 0;
  return 1;
}

/* A quote after a naming word (VERBA_QCTX_NAMED) is most often a name
 * nobody says, but after "as" it is how the clause's subject describes
 * something (Hu dismissed the report as "absurd"; Hu sees himself as "a
 * builder"), and that subject speaks, unless the "as" follows one of
 * these words, which make the quote a name again (a plan known as "X"). */
static const char *const naming_before_as[] = {
  "known", "billed", "designated", NULL
};

/* Does the window before a quote end in a describing "as"? */
static int describes_as(const attributor *a, const window *win) {
  const wtok *w = win->tok;
  int n = win->n;
  return n >= 2 && !(w[n - 1].flags & T_CAP) &&
         word_in(a, &w[n - 1], (const char *const[]){"as", NULL}) &&
         !word_in(a, &w[n - 2], naming_before_as);
}

/* Words after which a capitalised quote names a work or a thing, never
 * words its sentence's speaker says (CNN's "State of the Union"; the
 * book "X"; a plan known as "X"; a show titled "X"). Lower case, as
 * verba_word_in reads them; extend for more. */
static const char *const title_nouns[] = {
  "album", "article", "as", "banner", "book", "brand", "campaign", "chant",
  "column", "documentary", "editorial", "entitled", "film", "hashtag",
  "headline", "headlined", "label", "magazine", "motto", "movie", "named",
  "newspaper", "nickname", "novel", "op-ed", "operation", "phrase", "play",
  "podcast", "program", "programme", "report", "series", "show", "sign",
  "slogan", "so-called", "song", "tagline", "term", "title", "titled",
  "word", "words", NULL
};

static const char *const title_prepositions[] = {
  "on", "in", "at", "of", "for", "to", "from", "with", "about", "by", "into",
  "onto", "during", "via", NULL
};

/* A capitalised quote (VERBA_QCTX_TITLE) is someone's words when a cue
 * in its sentence, before it, reports them: Trump called the winner "Miss
 * Piggy"; Clinton said Trump is "Unfit To Serve". Not after a possessive,
 * a noun naming a work, "known as" or a preposition (she spoke on "Meet
 * the Press"): those name a thing. */
static int reported_title(const attributor *a, const window *win) {
  const wtok *w = win->tok;
  int n = win->n, lower = sentence_start(a->t, w, win->para, n), k;
  if (n == 0 || lower >= n) return 0;
  if (is_possessive(a->t, &w[n - 1]) || word_in(a, &w[n - 1], possessive_pronouns) ||
      (word_in(a, &w[n - 1], title_nouns) && !describes_as(a, win)) ||
      word_in(a, &w[n - 1], title_prepositions))
    return 0;
  for (k = lower; k < n; k++)
    if (w[k].flags & T_CUE) return 1;
  return 0;
}

/* The window before a quote stops at the quote before it; when that one
 * stands inside the same sentence (Roe praised the film "X" on Monday.),
 * the sentence's start lies further back. A copy of win with the words
 * before quote p put in front of it, p itself one plain word, so the
 * sentence reads whole; boundary starts the later quote's paragraph.
 * Returns 0 when there is no room, p opens its line or ends a sentence. */
static int widen_before(const attributor *a, const verba_quote *p,
                        size_t from, size_t boundary, const window *win,
                        window *out) {
  window earlier;
  int keep, k;
  if (win->n + 2 > WINDOW || starts_line(a->t, p->start) || ends_in_terminal(a->t, p))
    return 0; /* p opens its line or ends its sentence ("... fine.") */
  read_gap(a, look_back_from(a->t, from, p->start), p->start, p->start,
           boundary, NULL, &earlier);
  fix_ends(a, &earlier);
  keep = WINDOW - 1 - win->n;
  if (keep > earlier.n) keep = earlier.n;
  out->n = out->para = 0;
  for (k = earlier.n - keep; k < earlier.n; k++) {
    out->tok[out->n++] = earlier.tok[k];
    if (earlier.tok[k].flags & T_EARLIER) out->para = out->n;
  }
  out->tok[out->n].start = p->start;
  out->tok[out->n].end = p->end;
  out->tok[out->n].cue_end = p->end;
  out->tok[out->n].kind = VERBA_WORD;
  out->tok[out->n].flags = T_WORD | (p->start < boundary ? T_EARLIER : 0);
  out->n++;
  if (p->start < boundary) out->para = out->n;
  for (k = 0; k < win->n; k++) out->tok[out->n++] = win->tok[k];
  out->para = win->para > 0 ? out->n - win->n + win->para : out->para;
  return 1;
}

void verba_attribute(const verba_doc *doc, verba_quote *quotes, size_t n,
                     const verba_attribution_opts *opts) {
  const verba_text *t = &doc->text;
  attributor a;
  window before, after, next_before, wide;
  size_t i, prev = VERBA_NONE, last = VERBA_NONE, before_last = VERBA_NONE;
  size_t before_from = 0;
  int have_next = 0;
  memset(&a, 0, offsetof(attributor, names));
  a.t = t;
  a.opts = opts;
  a.nnames = a.name_head = a.nspeakers = 0;
  a.next_entity = 0;
  for (i = 0; i < n; i++) {
    verba_quote *q = &quotes[i];
    size_t next_start = t->len, next, j, gap_from, head_end;
    found f;
    int continues;
    if (q->parent != VERBA_NONE) continue;
    if (!a.tables_built) build_tables(&a);
    next = VERBA_NONE;
    for (j = i + 1; j < n; j++)
      if (quotes[j].parent == VERBA_NONE) {
        next_start = quotes[j].start;
        next = j;
        break;
      }
    if (have_next) {
      before = next_before;
      before_from = quotes[last].end;
    } else {
      size_t from = look_back_from(t, prev == VERBA_NONE ? 0 : quotes[prev].end,
                                   q->start);
      read_gap(&a, from, q->start, from, q->para_start, NULL, &before);
      before_from = from;
    }
    fix_ends(&a, &before);
    /* The tokens after q up to the next quote, read once: the head is q's
     * attribution, the tail the next quote's left context. A long gap is
     * read in two bounded parts. */
    head_end = line_end(t, q->end, q->para_end < next_start ? q->para_end : next_start);
    gap_from = look_back_from(t, q->end, next_start);
    have_next = next_start < t->len && gap_from == q->end;
    if (have_next) {
      size_t boundary = next_start;
      for (j = i + 1; j < n; j++)
        if (quotes[j].parent == VERBA_NONE) { boundary = quotes[j].para_start; break; }
      read_gap(&a, q->end, next_start, head_end, boundary, &after, &next_before);
    } else {
      read_gap(&a, q->end, head_end, head_end, 0, &after, NULL);
    }
    fix_ends(&a, &after);
    if (introduces_next(t, q, &after,
                        head_end == next_start && next != VERBA_NONE &&
                        quotes[next].kind != VERBA_QUOTE_MENTION &&
                        !(quotes[next].context & (VERBA_QCTX_TITLE | VERBA_QCTX_NAMED))))
      after.n = 0; /* "..." Hu went on: "..." speaks of the next quote */
    collect_names(&a, &before, q->start);
    continues = prev != VERBA_NONE && quotes[prev].speaker_start != VERBA_NONE &&
                look_back_from(t, quotes[prev].end, q->start) == quotes[prev].end &&
                (!narration_between(&before, &quotes[prev]) ||
                 continues_over_captions(&a, &quotes[prev], q) ||
                 narration_keeps_speaker(&a, &before, &quotes[prev], q));
    /* Only the quote's own paragraph counts, unless the paragraph before
     * ends with a colon that introduces it. */
    if (before.para == before.n && before.para > 0 &&
        t->s[before.tok[before.para - 1].start] == ':')
      before.para = 0;
    memset(&f, 0, sizeof f);
    if ((q->context & VERBA_QCTX_TITLE) && !reported_title(&a, &before))
      q->kind = VERBA_QUOTE_MENTION; /* a title, even with a subject near */
    if (q->kind != VERBA_QUOTE_MENTION && relative_subject(&a, &before, &f)) {
      /* Hu, who called it "..." */
    } else if (q->kind != VERBA_QUOTE_MENTION) {
      /* A reporting clause right after a quote names its speaker, even
       * after a colon or inside a sentence with a subject of its own:
       * Hu spoke of it: "...," he said. / Aid is "too little," Hu said.
       * (For quoted words inside a sentence only the subject-cue order
       * counts: in 'Hu, citing "x," said the firm ...' Hu speaks.) */
      int direct_first = q->kind == VERBA_QUOTE_DIRECT &&
                         !(q->context & VERBA_QCTX_AFTER_COLON);
      if (!direct_first && ends_in_comma(t, q, &after) &&
          after_quote(&a, &before, &after, &f) &&
          (q->kind == VERBA_QUOTE_DIRECT || ends_in_question(t, q) ||
           (f.cue_start != VERBA_NONE && f.end <= f.cue_start)))
        direct_first = 1;
      else if (!direct_first)
        memset(&f, 0, sizeof f);
      if (direct_first) {
        if (!f.ok && !after_quote(&a, &before, &after, &f))
          before_quote(&a, &before, &f);
      } else {
        if (!before_quote(&a, &before, &f)) after_quote(&a, &before, &after, &f);
      }
    }
    if (f.ok && f.cue_start != VERBA_NONE) {
      /* a reporting clause crediting a source names the source */
      found src;
      memset(&src, 0, sizeof src);
      if (f.cue_start >= q->end ? credited_source(&a, after.tok, 0, after.n, &src)
                                : credited_source(&a, before.tok,
                                                  sentence_start(a.t, before.tok, before.para, before.n),
                                                  before.n, &src))
        f = src;
    }
    if (!f.ok && q->kind != VERBA_QUOTE_MENTION)
      byline_after(&a, q, next_start, &wide, &f);
    if (!f.ok && q->kind != VERBA_QUOTE_MENTION && !continues &&
        (q->context & VERBA_QCTX_SENTENCE_START)) {
      /* the sentence before may hold a quote of its own: read past it */
      window *w = &before;
      if (last != VERBA_NONE && before_from == quotes[last].end &&
          before.n > 1 && last_sentence(before.tok, 0, before.n - 1) == 0 &&
          !starts_line(t, before.tok[0].start) &&
          widen_before(&a, &quotes[last],
                       before_last == VERBA_NONE ? 0 : quotes[before_last].end,
                       q->para_start, &before, &wide))
        w = &wide;
      reporting_sentence(&a, w, prev == VERBA_NONE ? NULL : &quotes[prev],
                         (q->context & VERBA_QCTX_PARA_START) != 0,
                         &f);
    }
    if (!f.ok && q->kind != VERBA_QUOTE_MENTION && !continues &&
        (!(q->context & VERBA_QCTX_NAMED) || describes_as(&a, &before)))
      likely_speaker(&a, &before, &f);
    if (f.ok) {
      q->speaker_start = f.start;
      q->speaker_end = f.end;
      q->cue_start = f.cue_start;
      q->cue_end = f.cue_end;
      if (addressee_only(&a, &before, f.cue_start, f.cue_end)) q->context |= VERBA_QCTX_INTRODUCED;
      if (f.name_start != VERBA_NONE) {
        resolve(&a, q, f.name_start, f.name_end);
      } else {
        if (is_pronoun(&a, f.start, f.end))
          named_in_sentence(&a, &before, f.start,
                            word_in_list(t, f.start, f.end, possessive_pronouns));
        resolve(&a, q, f.start, f.end);
      }
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
    before_last = last;
    last = i;
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
