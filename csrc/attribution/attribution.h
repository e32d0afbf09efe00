/* The attribution stage's private header: the token windows it reads
 * around each quotation, and the functions its files share.
 *
 *   window.c     windows of document tokens around a quote, their flags,
 *                and which of their words are cues (said, according to)
 *   subjects.c   noun phrases and the subjects of cues and sentences
 *   patterns.c   the patterns that name a speaker: "...," Hu said; Hu
 *                said: "..."; according to Hu; Hu, who called it "..."
 *   names.c      speaker names: titles left out, surnames and pronouns
 *                resolved to people named before
 *   discourse.c  what spans sentences and paragraphs: continuations,
 *                captions, bylines, pull-quotes, reporting sentences
 *   attribute.c  verba_attribute, which runs them for each quotation
 *
 * Every word class comes from the lexicon record the document gave each
 * token (the data/en files), and every sentence end from the document. */
#ifndef VERBA_ATTRIBUTION_H
#define VERBA_ATTRIBUTION_H

#include <stddef.h>
#include "../verba.h"
#include "../lexicon_data.h"
#include "../quote_context.h"

#define WINDOW 48       /* tokens kept on either side of a quote */
#define LOOK_BACK 320   /* bytes before a quote that may hold its cue */
#define NAMES 32        /* recent full names remembered */
#define ROLE_BUDGET 4   /* tokens read for roles' earlier mentions, a token */
/* Tokens a dateline may hold between its place in capitals and its dash:
 * more of the place, a region, a date, an agency in brackets (LOS
 * ANGELES, Calif., Sept. 28 (UPI) --). */
#define DATELINE_TOKENS 12
#define PULL_AHEAD 16   /* quotes searched for the one a pull-quote repeats */
#define MAX_NP 9        /* words in a speaker's noun phrase */
#define SCARE_WORDS 2   /* a quote this short with no cue is a scare quote: no
                           sentence subject speaks it */
#define APPOSITIVE 24   /* tokens of an appositive: Hu, the chairman, said */
#define APPOSITIVES 4   /* appositives between a speaker and the cue: Harry
                           Bond, 30, of Raleigh, N.C., said */
#define RELATIVE_REACH 5 /* tokens from who to its clause's cue verb */
#define OWN_CUE_REACH 3 /* tokens from a quote's end to its own cue: "..." Mr. Hu said */
#define VERBA_PHRASE_BYTES 128 /* longest phrase looked up in the lexicon */

/* Flags of a window token: what it is, its shape and, for a word, the
 * lexicon classes the noun-phrase rules combine (T_STOP ... T_NOUN, from
 * the classes np_stop, np_link, determiner, pronoun, filler, article,
 * filler_noun, namelike). */
enum {
  T_CUE = 1, T_CAP = 2, T_END = 4, T_EARLIER = 8, T_WORD = 16, T_STOP = 32,
  T_LINK = 64, T_DET = 128, T_PRONOUN = 256, T_FILLER = 512, T_COMMA = 1024,
  T_COLON = 2048, T_DASH = 4096, T_ARTICLE = 8192, T_OPEN = 16384,
  T_CLOSE = 32768, T_FINITE = 65536, T_NAMELIKE = 131072, T_NOUN = 262144,
  T_PARTICLE = 524288 /* a name's particle in lower case: van, der, bin */
};

/* A token of a window: one document token, or a word and its
 * abbreviation dot (Mr.) as one. */
typedef struct wtok {
  size_t start, end;
  size_t cue_end;      /* for a cue: the end of its particle, if any */
  size_t first, last;  /* its document tokens [first, last) */
  verba_classes lex;   /* lexicon classes of its word */
  uint32_t entry;      /* its lexicon record (verba_lex_find) */
  unsigned flags;
  enum verba_kind kind;
} wtok;

/* Tokens around a quote: the last ones before it (para is the first of
 * its own paragraph) or the first ones after it. */
typedef struct window {
  wtok tok[WINDOW];
  int n, para;
  int runs_on; /* after a quote: the quote runs on into it, a comma inside
                  its marks or right after them ("...," Hu said); set by
                  the caller */
} window;

/* A person named as a speaker, for resolving later pronouns and
 * surnames. */
typedef struct name {
  size_t start, end, last; /* last: start of its last word */
  size_t last_end;         /* and its end: the family name's, before a
                              generation's suffix (Ken Griffey Jr.) */
  size_t seen;  /* where it was last named or spoke */
  char gender;  /* 'm', 'f', 'o' (an organisation or group) or 0 */
  char subject; /* it opens its sentence as its subject (a name's run only;
                   not in the possessive nor in a headline's capitals) */
} name;

typedef struct attributor {
  const verba_doc *doc;
  const verba_text *t;
  const verba_attribution_opts *opts;
  name names[NAMES];
  int nnames, name_head;
  /* how many remembered names have a family name of each key (names.c:
   * family_key: its first and last letters and its length) */
  unsigned char family_keys[256];
  size_t next_entity;
  size_t next_token; /* the first token names were not read from yet */
  name speakers[NAMES]; /* recent named speakers, newest last */
  int nspeakers;
  size_t near; /* a token near the names being read: the quote's first */
  size_t role_budget; /* tokens the roles' earlier mentions may still be
                         looked for over: a few a token of the document */
} attributor;

/* Marks the found speaker. */
typedef struct found {
  size_t start, end, cue_start, cue_end;
  size_t name_start, name_end; /* what a relative pronoun stands for */
  int ok;
} found;

/* window.c */
int verba_attr_is_upper(int32_t cp);
void verba_attr_window(const attributor *a, size_t from, size_t to,
                       size_t floor, size_t boundary, int cues_from_boundary,
                       window *w);
verba_classes verba_attr_phrase_classes(const attributor *a, const wtok *w,
                                        int from, int to);
void verba_attr_head(const attributor *a, size_t from, size_t limit,
                     window *w);
int verba_attr_is_possessive(const attributor *a, const wtok *w);
int verba_attr_ends_in_ly(const verba_text *t, const wtok *w);
/* Does t[start, end) end in -ly, as an adverb does (rhetorically)? */
int verba_attr_span_ends_in_ly(const verba_text *t, size_t start, size_t end);
/* Is w the word word (in lower case), written so or capitalised? For the
 * closed words of grammar the rules name (with, having, those, to). */
int verba_attr_is_word(const attributor *a, const wtok *w, const char *word);
int verba_attr_is_participle(const verba_text *t, const wtok *w);
int verba_attr_cue_at(const attributor *a, wtok *w, int n, int left);
void verba_attr_mark_cues(const attributor *a, window *w, int from);
/* The window token after cue w[c] and its particle (said Hu; a déclaré Hu). */
int verba_attr_after_cue(const wtok *w, int c, int n);

/* subjects.c */
int verba_attr_is_filler(const wtok *w);
int verba_attr_filler_here(const attributor *a, const wtok *w, int lower,
                           int i);
int verba_attr_name_tail(const wtok *w, int from, int to);
/* The antecedent of a relative pronoun (who) in the phrase w[from, to):
 * a name after a preposition is it unless one noun alone heads the
 * phrase (a damning reaction from President Obama, who called it; an
 * analyst at Delta, who said). */
int verba_attr_antecedent_tail(const wtok *w, int from, int to);
int verba_attr_skip_aside_left(const wtok *w, int lower, int i);
int verba_attr_np_left(const wtok *w, int lower, int to);
int verba_attr_np_right(const wtok *w, int from, int n);
/* Is w a preposition's word in lower case (of, in, by: the classes
 * preposition and title_preposition)? */
int verba_attr_lower_preposition(const wtok *w);
void verba_attr_set_found(found *f, const wtok *w, int first, int last,
                          const wtok *cue);
int verba_attr_region_after_town(const attributor *a, const wtok *w,
                                 int lower, int from, int to);
/* Does the comma before w[i] part the items of a list (security,
 * criminal, and health checks) rather than end a clause? */
int verba_attr_parts_list_items(const wtok *w, int i, int limit);
/* Is w[k] a word in lower case in the past tense (in -ed, or of
 * past_verbs.tsv)? */
int verba_attr_past_verb(const attributor *a, const wtok *w, int k);
int verba_attr_subject_of(const attributor *a, const wtok *w, int lower,
                          int c, found *f);
int verba_attr_all_caps(const verba_doc *doc, const wtok *w);
int verba_attr_last_sentence(const wtok *w, int lower, int n);
int verba_attr_sentence_start(const attributor *a, const wtok *w, int lower,
                              int n);
int verba_attr_credit_label_at(const wtok *w, int i, int n);
int verba_attr_sentence_subject(const attributor *a, const wtok *w,
                                int lower, int limit, const wtok *cue,
                                found *f);
int verba_attr_cue_takes_object(const wtok *w, int c, int n);
int verba_attr_relayed_speaker_end(const wtok *w, int c, int n);
int verba_attr_object_source(const wtok *w, int c, int n, found *f);

/* patterns.c */
int verba_attr_after_quote(const attributor *a, const window *before,
                           const window *win, found *f);
int verba_attr_cue_subject(const attributor *a, const wtok *w, int lower,
                           int n, found *f);
int verba_attr_credited_source(const wtok *w, int from, int n, found *f);
int verba_attr_judged(const attributor *a, const window *win);
int verba_attr_names_its_subject(const attributor *a, const window *win, const found *f);
/* Is the naming cue right before a quote (reading, read) said of the
 * thing that bears the words, the naming noun right before it (signs
 * reading "...", a banner reading "...")? Then the quote is the thing's
 * text, a mention, whoever the rules took for the cue's subject. */
int verba_attr_thing_reads(const window *win, const found *f);
int verba_attr_passive_agent(const attributor *a, const window *before,
                             const window *after, found *f);
int verba_attr_relative_subject(const attributor *a, const window *win,
                                found *f);
int verba_attr_before_quote(const attributor *a, const window *win,
                            found *f);
int verba_attr_likely_speaker(const attributor *a, const window *win,
                              int sentence_subject, found *f);
int verba_attr_person_like(const wtok *w, int lo, int hi, size_t start);

/* names.c */
void verba_attr_collect_names(attributor *a, size_t upto);
char verba_attr_gender_at(const attributor *a, size_t start);
int verba_attr_is_pronoun(const attributor *a, size_t start, size_t end);
int verba_attr_is_possessive_pronoun(const attributor *a, size_t start);
void verba_attr_resolve(attributor *a, verba_quote *q, size_t s, size_t e);
void verba_attr_named_in_sentence(attributor *a, const window *win,
                                  size_t before_speaker, int possessive);
/* Does [start, end) name a person: a personal pronoun that may speak
 * (he, she, they), a full name (two capitalised words or more on one
 * line, not a headline's capitals) or the family name of one the story
 * named in full before? */
int verba_attr_names_person(const attributor *a, size_t start, size_t end);
int verba_attr_same_last_word(const attributor *a, size_t s1, size_t e1,
                              size_t s2, size_t e2);

/* discourse.c */
int verba_attr_repeats(const verba_text *t, const verba_quote *p,
                       const verba_quote *q);
/* Does the quote whose following tokens are after close its sentence? */
int verba_attr_closes_sentence(const attributor *a, const window *after);
int verba_attr_narration_between(const attributor *a, const window *win, const window *after,
                                 const verba_quote *p);
int verba_attr_continues_over_captions(const attributor *a,
                                       const verba_quote *p,
                                       const verba_quote *q);
int verba_attr_narration_keeps_speaker(const attributor *a,
                                       const window *win,
                                       const verba_quote *p,
                                       const verba_quote *q);
int verba_attr_clause_goes_on(const attributor *a, const window *win,
                              const verba_quote *p, const verba_quote *q);
int verba_attr_starts_line(const attributor *a, const verba_quote *q);
int verba_attr_reporting_sentence(const attributor *a, window *win,
                                  const verba_quote *prev,
                                  int whole_paragraph, found *f);
int verba_attr_byline_after(const attributor *a, const verba_quote *q,
                            size_t limit, window *win, found *f);
int verba_attr_reference(const attributor *a, const verba_quote *q);
int verba_attr_addressee_only(const attributor *a, const window *win,
                              size_t cue_start, size_t cue_end);
int verba_attr_ends_in_question(const attributor *a, const verba_quote *q);
int verba_attr_ends_in_terminal(const attributor *a, const verba_quote *q);
int verba_attr_ends_in_comma(const attributor *a, const verba_quote *q,
                             const window *after);
int verba_attr_introduces_next(const attributor *a, const verba_quote *q,
                               const window *after, int runs_into_next);
int verba_attr_describes_as(const window *win);
int verba_attr_reported_title(const attributor *a, const window *win);
int verba_attr_names_noun_after(const window *after);
int verba_attr_widen_before(const attributor *a, const verba_quote *p,
                            size_t from, size_t boundary, const window *win,
                            window *out);

#endif
