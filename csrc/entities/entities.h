/*
 * The entity stage's own declarations, shared by its files and by the
 * trainer (tools/train_ner.c), which computes features with this very code.
 * Not part of the public API (csrc/verba.h has that).
 *
 *   features.c  the words of a document as the tagger sees them: candidate
 *               runs of capitalised tokens, feature hashes, document evidence
 *   tagger.c    the averaged-perceptron model (model_data.h) and Viterbi
 *               decoding over BILOU tags: proper-name mentions
 *   numeric.c   dates, times, money, percentages and numbers by rule
 *   resolve.c   mentions to entities: titles and possessives out, types
 *               held, canonical names, gender, groups
 *   entities.c  verba_entities_find: the stages in order, the result list
 */
#ifndef VERBA_ENTITIES_H
#define VERBA_ENTITIES_H

#include "../verba.h"
#include "../lexicon_data.h"

/* ---- Tags ------------------------------------------------------------------ */

/* The types the tagger learns: the first five of enum verba_entity_type. */
#define ENT_MODEL_TYPES 5
/* BILOU: O, then Begin, Inside, Last, Unit for each type. */
#define ENT_NTAGS (1 + 4 * ENT_MODEL_TYPES)
#define ENT_O 0
enum ent_part { ENT_B, ENT_I, ENT_L, ENT_U };
#define ENT_TAG(type, part) (1 + 4 * (int)(type) + (int)(part))
#define ENT_TAG_TYPE(tag) (((tag) - 1) / 4)
#define ENT_TAG_PART(tag) (((tag) - 1) % 4)

/* ---- Scratch memory ---------------------------------------------------------- */

/* Grows *items (of *cap items of size bytes) to hold need items through the
 * document's allocator: VERBA_OK or VERBA_ENOMEM (then unchanged). */
int ent_reserve(const verba_doc *doc, void **items, size_t *cap, size_t need,
                size_t size);
void ent_release(const verba_doc *doc, void **items, size_t *cap, size_t size);

/* Sorted keys a pass makes once (made) from the list, where asking the
 * whole list at each word it reads would cost the square of a long
 * document's length: room for n keys (and the sort's scratch) with
 * ent_key_index_reserve, keys[0, n) filled, ent_key_index_sort (each key
 * kept once: a long document writes a name thousands of times, and a
 * search reads the keys of a name), then ent_key_index_from: the first
 * key not below key (n if none). */
typedef struct ent_key_index {
  uint64_t *keys;
  size_t n, cap;
  int made;
} ent_key_index;

int ent_key_index_reserve(const verba_doc *doc, ent_key_index *ix, size_t n);
void ent_key_index_sort(ent_key_index *ix);
size_t ent_key_index_from(const ent_key_index *ix, uint64_t key);
void ent_key_index_free(const verba_doc *doc, ent_key_index *ix);


/* The name classes of the phrase of tokens [first, first + count)
 * (written in its first token's case; ent_phrase_start below: whether
 * token k starts a phrase of the lexicon). A word's own name classes are
 * read once per document into ent_text's names. */
struct ent_text;
verba_names ent_phrase(const verba_doc *doc, size_t first, size_t count);
/* ... and with the last token's possessive ending kept (McDonald's). */
verba_names ent_phrase_whole(const verba_doc *doc, size_t first, size_t count);
/* ent_phrase of x's document, each phrase of ENT_MAX_PHRASE tokens at most
 * looked up once: the tagger and the rules ask of the same phrases. */
verba_names ent_phrase_of(const struct ent_text *x, size_t first, size_t count);
/* The same in two steps, for a caller asking phrases of several lengths
 * at one phrase start: its memo (first a phrase start), then the phrase
 * of count tokens (2 to ENT_MAX_PHRASE) through it. */
struct ent_phrase_memo *ent_phrase_memo_at(const struct ent_text *x, size_t first);
verba_names ent_phrase_memoised(const struct ent_text *x, struct ent_phrase_memo *m,
                             size_t first, size_t count);
/* Is token k an apostrophe written apart from the word before it, as
 * tokenised text writes a possessive (People 's Party, Workers ' Party)?
 * The lists write it against the word (People's, Workers'), and the
 * phrases' keys so join it. (Inline: the phrases' lookups ask at every
 * word, most of which fail the first test.) */
static inline int ent_detached_apostrophe(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  return t->kind == VERBA_PUNCT && k > 0 &&
         (t->cp == '\'' || (t->len == 3 && verba_cp_at(&doc->text, t->start) == 0x2019)) &&
         doc->toks[k - 1].kind == VERBA_WORD &&
         doc->toks[k - 1].start + doc->toks[k - 1].len < t->start;
}

/* Is token k the "s" written against such an apostrophe before it? */
static inline int ent_possessive_s(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  return t->cp == 's' && t->len == 1 && k > 0 && ent_detached_apostrophe(doc, k - 1) &&
         doc->toks[k - 1].start + doc->toks[k - 1].len == t->start;
}

/* Is token k "St" written without its full stop, as British style writes
 * a contraction (St Etienne, St Lucia), before another token? */
static inline int ent_saint_undotted(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  return t->cp == 'S' && t->len == 2 && doc->text.s[t->start + 1] == 't' &&
         k + 1 < doc->ntoks && doc->toks[k + 1].cp != '.';
}

/* Does the phrase of count tokens at first hold "St" without its dot
 * before a word (St Lucia)? Then the rules look it up again as the lists
 * write it, "St ." (ent_phrase_of does; the tagger's features read the
 * phrase as written). */
int ent_undotted_saint_in(const struct ent_text *x, size_t first, size_t count);
verba_names ent_phrase_saint_dotted(const struct ent_text *x, size_t first, size_t count);
/* Readies x's memo of ent_phrase_of for starts phrase starts, their
 * bits and ranks set (VERBA_OK or VERBA_ENOMEM), and frees it. */
int ent_phrase_memo_init(struct ent_text *x, size_t starts);
void ent_phrase_memo_free(struct ent_text *x);

/* ---- Words and features (features.c) ------------------------------------------- */

/* What the tagger reads of one token, computed once per token it looks at. */
typedef struct ent_word {
  uint32_t word;     /* hash of the case-folded word, possessive cut */
  uint32_t shape;    /* hash of its character shape: Xx, X.X., Xx-Xx, dd */
  uint32_t suffix[3]; /* hashes of its last 2, 3, 4 characters (folded) */
  uint32_t prefix;   /* hash of its first 3 characters (folded) */
  uint32_t names;    /* its name classes the model reads (VERBA_NAME_*) */
  verba_classes classes; /* its lexicon classes (VERBA_LEX_*) */
  unsigned flags;    /* ENT_W_* */
} ent_word;

#define ENT_W_SEEN_CAP 2u   /* the document has it capitalised mid-sentence */
#define ENT_W_SEEN_LOWER 4u /* the document has it in lower case */
#define ENT_W_CAPS_LINE 8u  /* its line is written in capitals */

/* The longest gazetteer phrase looked up, in tokens. */
#define ENT_MAX_PHRASE 6

/* A run is at most this long: longer ones are cut (no name is). */
#define ENT_MAX_RUN 64

/* A run of tokens [first, last) the tagger labels; tokens outside every
 * run are O. */
typedef struct ent_run {
  size_t first, last;
  int caps_line; /* its line is written in capitals */
} ent_run;

/* A document prepared for tagging: its runs and the evidence sets. The
 * arrays grow through the document's allocator and are kept for reuse
 * until ent_text_free. */
typedef struct ent_text {
  const verba_doc *doc;
  ent_run *runs;
  size_t nruns, runcap;
  ent_word *words; /* the words of one run and two tokens on either side */
  size_t wordcap;
  /* set once the tagger is done: the names the rules alone read as others
   * (ent_text_for_rules) are read so from then on */
  int for_rules;
  /* the run whose window words holds (window_last 0: none yet): a token
   * of it read again as the next window's context is copied */
  size_t window_first, window_last;
  uint32_t *seen;  /* hash set of (word hash << 1 | lower case) */
  size_t seencap, seenused;
  /* hash set of (word hash << 1) of the words the document writes
   * capitalised inside a sentence between an article and a word
   * in lower case that is no word of grammar, as a noun's modifier (the
   * Zika virus, the Eegimaa people, the Arese plant) */
  uint32_t *modifiers;
  size_t modcap, modused;
  uint32_t *features; /* ENT_MAX_FEATURES per token of the current run */
  size_t featcap;
  uint32_t phrases[3 * ENT_MAX_RUN]; /* the current run's phrase marks */
  /* the lexicon's answers of each token, read once as the rules ask them
   * of most tokens: lexicals[lexical_of[k]] holds token k's (through
   * ent_names and ent_classes), a row per lexicon entry the document
   * holds (row 0: no entry, no classes), as a document holds the same
   * few thousand words: 4 bytes a token, not the 12 of the answers */
  uint32_t *lexical_of;
  size_t lexical_ofcap;
  struct ent_lexical *lexicals;
  size_t nlexicals, lexicalcap;
  struct ent_partial *partials; /* ent_run_scores' memo (features.c) */
  size_t partialcap;
  struct ent_partial *places; /* its memo of a token's place features */
  size_t placecap;
  /* ent_phrase_of's memo (gazetteer.c): a phrase start's answers are at
   * its rank among the phrase starts (a bit a token in phrase_starts;
   * phrase_ranks[i], the starts before token 64 * i: an index of 4 bytes
   * a token was a tenth of the stage's memory). A cache, written through
   * a const ent_text too: what it holds does not change an answer, only
   * how fast it comes. */
  uint64_t *phrase_starts, *phrase_ranks;
  struct ent_phrase_memo *phrase_memo;
  size_t phrase_memocap;
  /* whether the document writes "St" without its dot before a word (St
   * Lucia): the rules look phrases up again with the dot only then */
  int undotted_saints;
  /* a bit per token, set for a capitalised word (a word with the shape
   * VERBA_SHAPE_CAPITALIZED or _ALL_CAPS): the rules' passes that start
   * at such a word go from one to the next (ent_next_capital) */
  uint64_t *capitals;
  /* the same for a word of a title's or a role's class (ENT_TITLE_CLASSES:
   * the rules of titles look after them), and for a word of a gender's
   * class (he, her: the people's genders are voted by them) */
  uint64_t *titles, *gendered;
  /* and for a word with a capital anywhere (iPhone too): a word of a name
   * may be one of these only (features.c) */
  uint64_t *capped;
  uint64_t *numbers; /* and for a number (VERBA_NUMBER) */
  /* and for a token ent_claim reads: no punctuation, and no word that
   * starts no pattern of numeric.c (its first test, as ent_claim made it) */
  uint64_t *claims;
  uint64_t *bitsets; /* the sets' and the ranks' block */
  size_t bitsetcap;
  /* a bit per sentence, set for one with a word of four letters or more
   * in lower case (no title's: ent_title_case_sentence), and for one with
   * a number: read once, not from its tokens at each word asked about */
  uint64_t *lowered_sentences, *numbered_sentences;
  uint64_t *sentence_bits; /* their block */
  size_t sentence_bitcap;
} ent_text;

/* A lexicon entry's answers. */
typedef struct ent_lexical {
  verba_classes classes; /* its lexicon classes (verba_doc_classes) */
  verba_names names;        /* its name classes (verba_doc_names) */
} ent_lexical;

/* The classes of data/en/people that make a famous person's name: their
 * sex (a name borne by famous men and women has both). */
#define ENT_KNOWN_NAMES (VERBA_NAME_KNOWN_MALE | VERBA_NAME_KNOWN_FEMALE)

/* The name classes and the lexicon classes of token k (0 for a token with
 * no entry). The name classes leave out a famous person's name
 * (ENT_KNOWN_NAMES), which rules of its own read (ent_known_person): to
 * the other rules such a word is one no list has, as before that list. */
static inline verba_names ent_names(const ent_text *x, size_t k) {
  return x->lexicals[x->lexical_of[k]].names & ~ENT_KNOWN_NAMES;
}

/* Is word k a name a famous person is known by alone (data/en/people)? */
static inline int ent_known_person(const ent_text *x, size_t k) {
  return (x->lexicals[x->lexical_of[k]].names & ENT_KNOWN_NAMES) != 0;
}

/* Is word k an organisation's name the lists have, and no one's name nor
 * a place's (Bundesbank, Volvo, NASDAQ; not Ford, a surname too, nor Gap,
 * a common word, nor a famous person's, nor Iwata, a club's and a town's
 * and a family name no list has)? */
static inline int ent_organisation_only(const ent_text *x, size_t k) {
  verba_names names = ent_names(x, k);
  return (names & VERBA_NAME_ORGANIZATION) && !ent_known_person(x, k) &&
         !(names & (VERBA_NAME_SURNAME | VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE |
                    VERBA_NAME_AMBIGUOUS_NAME | VERBA_NAME_PLACE | VERBA_NAME_SPORTS_CLUB));
}

/* The sex of the famous people known by word k, if they are of one. */
static inline enum verba_gender ent_known_gender(const ent_text *x, size_t k) {
  verba_names sex = x->lexicals[x->lexical_of[k]].names & ENT_KNOWN_NAMES;
  return sex == VERBA_NAME_KNOWN_MALE     ? VERBA_GENDER_MALE
         : sex == VERBA_NAME_KNOWN_FEMALE ? VERBA_GENDER_FEMALE
                                          : VERBA_GENDER_NONE;
}

static inline verba_classes ent_classes(const ent_text *x, size_t k) {
  return x->lexicals[x->lexical_of[k]].classes;
}

/* Does the lexicon have word k as a word or as a name of the lists'? A
 * famous person's name alone (data/en/people) is none: the rules read it
 * as a word no list has. */
static inline int ent_known_word(const ent_text *x, size_t k) {
  return x->doc->toks[k].entry && (ent_classes(x, k) || ent_names(x, k));
}

/* Does token k start a phrase of the lexicon (VERBA_LEX_PHRASE_START:
 * its bit in phrase_starts, set by ent_text_init)? */
static inline int ent_phrase_start(const ent_text *x, size_t k) {
  return (int)(x->phrase_starts[k >> 6] >> (k & 63) & 1);
}

#define ENT_TITLE_CLASSES                                                      \
  (VERBA_LEX_NAME_TITLE | VERBA_LEX_ABBREV_TITLE | VERBA_LEX_PERSON_ROLE)

/* The first bit from k on that is set in set (of n bits, those past n
 * clear), or n if none is. */
static inline size_t ent_next_bit(const uint64_t *set, size_t n, size_t k) {
  size_t i = k >> 6;
  uint64_t bits;
  if (k >= n) return n;
  bits = set[i] & (~(uint64_t)0 << (k & 63));
  while (!bits) {
    if (++i > (n - 1) >> 6) return n;
    bits = set[i];
  }
#if defined(__GNUC__)
  return (i << 6) + (size_t)__builtin_ctzll(bits);
#else
  for (k = i << 6; !(bits & 1); bits >>= 1) k++;
  return k;
#endif
}

/* How many bits of w are set: in parallel, as without a popcnt
 * instruction (x86-64's baseline) __builtin_popcountll is a library call. */
static inline unsigned ent_count_bits(uint64_t w) {
  w -= (w >> 1) & UINT64_C(0x5555555555555555);
  w = (w & UINT64_C(0x3333333333333333)) + ((w >> 2) & UINT64_C(0x3333333333333333));
  w = (w + (w >> 4)) & UINT64_C(0x0F0F0F0F0F0F0F0F);
  return (unsigned)((w * UINT64_C(0x0101010101010101)) >> 56);
}

/* The first token from k on that is a capitalised word, or the number of
 * tokens if none is; ent_next_title the same for a word of a title's or
 * a role's class, ent_next_gendered for a word of a gender's. */
static inline size_t ent_next_capital(const ent_text *x, size_t k) {
  return ent_next_bit(x->capitals, x->doc->ntoks, k);
}

static inline size_t ent_next_title(const ent_text *x, size_t k) {
  return ent_next_bit(x->titles, x->doc->ntoks, k);
}

static inline size_t ent_next_gendered(const ent_text *x, size_t k) {
  return ent_next_bit(x->gendered, x->doc->ntoks, k);
}

/* Is the sentence of token k written in title case, as headlines are
 * (Senate Passes Budget Bill): no word of four letters or more in lower
 * case? Its capitalised words are no name's for that. */
static inline int ent_title_case_sentence(const ent_text *x, size_t k) {
  uint32_t s = x->doc->toks[k].sentence;
  return !(x->lowered_sentences[s >> 6] >> (s & 63) & 1);
}

/* Does the sentence of token k hold a number? */
static inline int ent_sentence_with_number(const ent_text *x, size_t k) {
  uint32_t s = x->doc->toks[k].sentence;
  return (x->numbered_sentences[s >> 6] >> (s & 63) & 1) != 0;
}

/* At most this many features describe one token. */
#define ENT_MAX_FEATURES 96

/* Readies x for doc, reading each token's name classes. VERBA_OK or
 * VERBA_ENOMEM (x may then still be freed). */
int ent_text_init(ent_text *x, const verba_doc *doc);
void ent_text_free(ent_text *x);
/* Frees what only the tagger reads (the windows, the features, the
 * scores' memo: the runs stay, unlisted.c reads them), for the rules and
 * resolve to run in less memory. */
void ent_text_tagged(ent_text *x);
/* A team of the lists' (team_name: data/en/sports/team_names.tsv) is to
 * the rules a listed organisation and club, as a club of the gazetteers;
 * to the tagger, trained without it, nothing. Once the tagger is done,
 * makes each token's names and ent_phrase_memoised's answers the rules'
 * (one that is a common word, Giants, as ambiguous as the gazetteers'). */
void ent_text_for_rules(ent_text *x);
/* Names (a word's or a phrase's of the lexicon) as x reads them: the
 * rules' once the tagger is done. (Inline: every phrase the rules ask of
 * passes here.) */
static inline verba_names ent_rules_names(const ent_text *x, verba_names names) {
  return x->for_rules && (names & VERBA_NAME_TEAM_NAME)
             ? names | VERBA_NAME_ORGANIZATION | VERBA_NAME_SPORTS_CLUB
             : names;
}

/* Finds the runs of the document and its evidence (which words it writes
 * capitalised mid-sentence, which in lower case). Tokens whose bit is set
 * in claimed (numbers, dates: one bit a token, or NULL) stay outside runs.
 * VERBA_OK or VERBA_ENOMEM. */
int ent_text_prepare(ent_text *x, const unsigned char *claimed);

/* Does a capital at token k say nothing about a name (a sentence or line
 * opens there, or a quotation, or a clause after a colon)? (features.c) */
int ent_capital_expected(const verba_doc *doc, size_t k);
/* Whether the document writes token k's word in lower case and never
 * with a capital mid-sentence (known for the words of runs only). */
int ent_written_lower(const ent_text *x, size_t k);
/* Whether it writes token k's word in lower case anywhere (known as
 * ent_written_lower's is). */
int ent_written_lower_too(const ent_text *x, size_t k);
/* Whether token k is a word of a run in a line written in capitals (a
 * headline). */
int ent_in_caps_line(const ent_text *x, size_t k);
/* Whether the document writes token k's word capitalised mid-sentence
 * (known for the words of runs only). */
int ent_written_capitalised(const ent_text *x, size_t k);
/* Does the document write word k, capitalised, right before a noun it
 * modifies somewhere (x->modifiers)? */
int ent_written_as_modifier(const ent_text *x, size_t k);

/* Whether word k is a firm's abbreviated suffix (Inc, Corp, Co, Ltd; in
 * the possessive too): an organisation's head word that is a general
 * abbreviation (rules.c). */
int ent_firm_abbreviation(const ent_text *x, size_t k);

/* Whether token k may be a suffix after a person's name: a generation's
 * the lists have, with its dot or without (Jr, Jnr: name_suffix), or any
 * written with its dot (Jr., Sr., Esq.): a capitalised general
 * abbreviation that is no state's, no firm's, no month's or day's, then
 * ".". (The lexicon tells no such suffix from a street's, Blvd.) */
int ent_name_suffix(const ent_text *x, size_t k);

/* Whether token k is a family name written with its particle joined by a
 * hyphen, the particle in lower case (al-Amr, el-Sisi). */
int ent_hyphened_particle_name(const verba_doc *doc, size_t k);

/* Whether token k's word (ASCII, without a possessive ending) is in the
 * built-in dictionary of English common words (common_words.c). */
int ent_common_word(const ent_text *x, size_t k);
/* Whether token k's word (without a possessive ending) is written in
 * ASCII: the only words the dictionary can judge. */
int ent_ascii_word(const ent_text *x, size_t k);

/* The features of the tokens of run r: ENT_MAX_FEATURES slots per token in
 * x->features, counts in counts[0 .. run length). VERBA_OK or
 * VERBA_ENOMEM. */
int ent_run_features(ent_text *x, const ent_run *r, unsigned *counts);

/* The emission scores of the tokens of run r under model m, as
 * ent_score gives them for ent_run_features' features, into
 * emit[ENT_NTAGS * i ..] for each token i: VERBA_OK, VERBA_ENOMEM, or
 * ENT_TOO_MANY_FEATURES if a token has more than ENT_MAX_FEATURES (then
 * ent_run_features, which cuts them, is the way). */
#define ENT_TOO_MANY_FEATURES 100
struct ent_model;
int ent_run_scores(ent_text *x, const ent_run *r, const struct ent_model *m, int32_t *emit);

/* The folded hash of bytes, as features hash words: for callers that
 * compare words (resolve.c) the way the tagger sees them. */
uint32_t ent_fold_hash(const verba_text *t, size_t start, size_t end);

/* The end of possessive token k's name: its ending cut (Hu's, states'). */
size_t ent_possessive_end(const verba_doc *doc, size_t k);
/* Bytes of token k that are its name: the possessive ending cut. (Inline:
 * it is asked of most tokens, and most are no possessive.) */
static inline size_t ent_name_end(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  return t->shape & VERBA_SHAPE_POSSESSIVE ? ent_possessive_end(doc, k) : t->start + t->len;
}

/* The folded hash of word k, its possessive ending cut (Hu's: Hu): the
 * key by which the rules tell one word from another, as the tagger does. */
static inline uint32_t ent_word_key(const verba_doc *doc, size_t k) {
  return ent_fold_hash(&doc->text, doc->toks[k].start, ent_name_end(doc, k));
}
/* ... never 0, for the tables whose empty slots are 0. */
static inline uint32_t ent_word_slot_key(const verba_doc *doc, size_t k) {
  uint32_t h = ent_word_key(doc, k);
  return h ? h : 1;
}

/* ---- The model and the decoder (tagger.c) ------------------------------------------ */

/* Weights as generated tables: feature hash -> (tag, weight) pairs, and
 * tag-to-tag transition weights; a score is a sum of int16 weights. */
typedef struct ent_model {
  /* 2 * nslots: per slot a feature hash (0 for an empty slot) and its
   * first pair << 5 | its pair count, side by side for one cache line */
  const uint32_t *slots;
  const uint32_t *pairs; /* a tag << 16 | its weight as uint16 */
  /* A feature with ENT_DENSE_COUNT as its pair count has a row of
   * ENT_ROW weights instead (one per tag, then zeros), at dense + first *
   * ENT_ROW: the features every token has (a common word, a shape) are
   * added in one sweep the compiler vectorises. */
  const int16_t *dense;
  uint32_t nslots;       /* a power of two, more than the features */
  const int16_t *transitions; /* ENT_NTAGS * ENT_NTAGS: from * NTAGS + to */
  const int16_t *starts;      /* ENT_NTAGS: weight of a run's first tag */
} ent_model;

#define ENT_DENSE_COUNT 31
/* A dense row and a token's scores: ENT_NTAGS rounded up to a multiple of
 * eight. */
#define ENT_ROW 24

/* The built-in model (model_data.h). */
const ent_model *ent_builtin_model(void);

/* The emission scores of one token: scores[tag] = the sum of its
 * features' weights; scores has ENT_ROW entries. */
void ent_score(const ent_model *m, const uint32_t *features, unsigned n,
               int32_t *scores);
/* The same added to scores as they are (a sum of integers: in any order). */
void ent_score_add(const ent_model *m, const uint32_t *features, unsigned n,
                   int32_t *scores);

/* The best BILOU tag sequence for n tokens with emission scores
 * emit[n][ENT_NTAGS] under transitions trans and start weights start (NULL:
 * all 0): tags[0 .. n). back holds n * ENT_NTAGS bytes of scratch. */
void ent_viterbi(const int32_t *emit, size_t n, const int16_t *trans,
                 const int16_t *start, unsigned char *back, unsigned char *tags);

/* The transitions laid out for ent_lattice_decode, once per model rather
 * than per run: from_closed[a][j] is the weight from the a-th tag that
 * closes a name (O, L, U) to the j-th that opens none (O, B, U), in
 * tagger.c's order, each row padded to ENT_NEDGE_ROW (a multiple of four
 * lanes: the decoder's loop over j becomes vector code); to_open[type][B
 * or I][I or L]. */
#define ENT_NEDGE (1 + 2 * ENT_MODEL_TYPES)
#define ENT_NEDGE_ROW 12
typedef struct ent_lattice {
  int32_t start[ENT_NTAGS];
  int32_t from_closed[ENT_NEDGE][ENT_NEDGE_ROW];
  int32_t to_open[ENT_MODEL_TYPES][2][2];
  /* the most two closed tags' weights to one fresh tag differ by: a
   * closed tag further than that below the best one loses every edge */
  int32_t spread;
} ent_lattice;

void ent_lattice_init(ent_lattice *l, const int16_t *trans, const int16_t *start);
/* ent_viterbi with the transitions of l. */
void ent_lattice_decode(const ent_lattice *l, const int32_t *emit, size_t n,
                        unsigned char *back, unsigned char *tags);

/* Tags the runs of x with model m and appends the names found to list in
 * text order (their id unset). VERBA_OK or VERBA_ENOMEM. */
int ent_tag_names(ent_text *x, const ent_model *m, verba_entity_list *list);

/* ---- Dates, times, amounts, percentages and numbers (numeric.c) ------------------------ */

typedef struct ent_numeric {
  const verba_doc *doc;
  const struct ent_text *x;     /* the words' name classes */
  const unsigned char *claimed; /* tokens already taken: one bit each */
} ent_numeric;

/* The name classes a word that starts a pattern has, but for a short word
 * in capitals (US$5) and a connector (the 1990s). */
#define ENT_NUMERIC_STARTS                                                       \
  (VERBA_NAME_MONTH | VERBA_NAME_WEEKDAY | VERBA_NAME_RELATIVE_DAY |             \
   VERBA_NAME_DATE_MODIFIER | VERBA_NAME_TIME_WORD | VERBA_NAME_CURRENCY |       \
   VERBA_NAME_NUMBER_WORD)

/* The end of the longest date, time, amount, percentage or number that
 * starts at token k, with its type; k if none does. */
size_t ent_numeric_at(const ent_numeric *c, size_t k, enum verba_entity_type *type);

/* ---- The list (entities.c) ------------------------------------------------------------ */

/* Appends a mention of tokens [first, last) and bytes [start, end) to
 * list, its id unset. VERBA_OK or VERBA_ENOMEM. */
int ent_add(verba_entity_list *list, const verba_doc *doc, size_t first,
            size_t last, size_t start, size_t end, enum verba_entity_type type);

/* Step 1 of verba_entities_find: the entities of rules (token kinds,
 * numbers, dates) of the document appended to list in text order, their
 * tokens' bits set in claimed (ntoks bits, zeroed by the caller).
 * VERBA_OK or VERBA_ENOMEM. */
int ent_claim(const ent_text *x, verba_entity_list *list, unsigned char *claimed);

/* Merges the items [0, mid) and [mid, n) of list, each in text order,
 * into text order. VERBA_OK or VERBA_ENOMEM. */
int ent_merge(const verba_doc *doc, verba_entity_list *list, size_t mid);

/* Rules over the names (rules.c, lines.c): the user's names, credit
 * lines, datelines, score lines, titles and roles, given names,
 * organisations' head words, nationalities and peoples as groups.
 * covered: one bit a token, set for the tokens the rules of numeric.c
 * took; the names' tokens are added. VERBA_OK or VERBA_ENOMEM. */
int ent_name_rules(const ent_text *x, verba_entity_list *list, unsigned char *covered);

/* Is token k a slash written between two words, as in a credit line
 * (Jane Doe/Reuters)? A title before a person's name (President, Sen.,
 * Mr.; capitalised; not the article)? A lone "."? A word of grammar (the,
 * of, to, and, he, in: in capitals too, where a capital says nothing)? */
int ent_slash_joined(const verba_doc *doc, size_t k);
int ent_is_title(const ent_text *x, size_t k);
int ent_grammar_word(const ent_text *x, size_t k);

/* Extends the person mention e over the given name written right before
 * it, if no mention or rule took it (Ken Hu where the tagger saw Hu), or
 * a one-word mention over a name's word no list or dictionary has (Yevgeny
 * Kafelnikov; first in a sentence too: Wasim Akram took four wickets);
 * marks it in covered. */
void ent_given_name_before(const ent_text *x, unsigned char *covered, verba_entity *e);
/* A person's name e starts at the one or two particles before it, in
 * lower case or opening its sentence (de Vries said; Van der Klugt said),
 * that covered leaves free; they are covered (unlisted.c). */
void ent_particles_before(const ent_text *x, unsigned char *covered, verba_entity *e);

/* Do tokens [first, last) stand before their acronym in brackets, the
 * acronym ending in their first letters (Spongiform Encephalopathy
 * (BSE))? */
int ent_acronym_after(const verba_doc *doc, size_t first, size_t last);

/* Is token k a title or a role in lower case (governor, spokesman)? */
int ent_role_at(const ent_text *x, size_t k);

/* Is every word of mention e in capitals (EMMANUEL DUNAND; not IBM Corp)? */
int ent_in_capitals(const verba_doc *doc, const verba_entity *e);
int ent_is_dot(const verba_doc *doc, size_t k);

/* A name that ends in an abbreviation written with its dot holds the dot,
 * as the abbreviation's token would (Apple Computer Inc., Ken Griffey Jr.,
 * Peoria, Ill.), also where the dot ends the sentence: news writes one
 * dot for both. Run last, as the rules read a name's words (repairs.c). */
void ent_abbreviation_dots(const ent_text *x, verba_entity_list *list);

/* Are tokens [first, last), the last in the possessive, a firm's name
 * that the lists have with its 's (McDonald's, Standard & Poor's), not
 * without it (Apple's), and no one's after a title (Mr. Moody's)?
 * (repairs.c) */
int ent_own_possessive(const ent_text *x, size_t first, size_t last);

/* Names written whole, once the rules have added theirs: each name
 * mention that holds part of a name written with an ampersand and no
 * spaces holds the whole, one word to its reader (AT&T, where the tagger
 * saw &T; PG&E, where a rule saw PG), and one that ends in a firm's name
 * with its 's (ent_own_possessive) keeps the 's and is the firm's, as
 * one before a suffix with a slash takes it (repairs.c). */
void ent_names_written_whole(const ent_text *x, verba_entity_list *list);
/* The end of a firm's legal suffix written with a slash at token k: a
 * letter, the slash and a letter, touching (A/S, the Danish and Norwegian
 * aktieselskab; A/B, S/A, K/S, I/S); k if none. A closed class: the
 * suffixes of firms that have the shape. A firm's name takes one in
 * ent_names_written_whole (Norsk Hydro A/S). */
size_t ent_slashed_suffix_end(const verba_doc *doc, size_t k);

/* Drops the mentions of one common word that the rules, once they have
 * cut the names, show to be no names (repairs.c): one between a title and
 * a person's name (Chief Executive Roberto Goizueta), one that opens a
 * sentence or a line and that the document writes nowhere else as a name
 * (Men's 400 metres). VERBA_OK, or VERBA_ENOMEM for its index (some
 * mentions then marked dropped: ent_find empties the list). */
int ent_drop_common_words(const ent_text *x, verba_entity_list *list);

/* Mentions to entities (resolve.c): trims names, groups the mentions
 * (list->groups), adds the names the document has elsewhere, settles
 * types. covered: one bit a token, set for the tokens the rules took; the
 * names' tokens are added to it. VERBA_OK or VERBA_ENOMEM. */
int ent_resolve(const ent_text *x, verba_entity_list *list, unsigned char *covered);

/* verba_entities_find with the given model (the trainer's weights). */
int ent_find(const verba_doc *doc, verba_entity_list *list, const ent_model *m);

#endif
