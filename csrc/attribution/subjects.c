/* Noun phrases and the subjects of cues and sentences, over a window of
 * tokens (attribution.h): Hu said; Hu, the chairman, said; Huawei's
 * chairman, Ken Hu, said; In a statement, the ministry said. */
#include <string.h>
#include "attribution.h"

int verba_attr_is_filler(const wtok *w) {
  /* Will, capitalised, is a name before a cue rather than a modal */
  return (w->flags & T_FILLER) != 0 &&
         (w->flags & (T_NAMELIKE | T_CAP)) != (T_NAMELIKE | T_CAP);
}

/* Is w[i] a filler between a speaker and the cue here? A filler noun
 * after an article or a possessive heads the subject instead (Hu's
 * statement added, the statement said), unless a preposition stands
 * before that (Hu in a statement said). */
int verba_attr_filler_here(const attributor *a, const wtok *w, int lower,
                           int i) {
  /* a year or a date after a preposition: Hu had in 1997 complained */
  if (w[i].kind == VERBA_NUMBER && i > lower && (w[i - 1].lex & VERBA_LEX_PREPOSITION) &&
      verba_attr_is_filler(&w[i - 1]))
    return 1;
  if (!verba_attr_is_filler(&w[i])) return 0;
  if (i <= lower || !(w[i].flags & T_NOUN) ||
      !((w[i - 1].flags & T_ARTICLE) || verba_attr_is_possessive(a, &w[i - 1])))
    return 1;
  return i - 2 >= lower && ((w[i - 2]).lex & VERBA_LEX_PREPOSITION);
}

/* Before w[i]: the start of a bracketed aside ending just there, as in
 * "Sen. Ann Lee (D-Ore.) said", or i itself. */
int verba_attr_skip_aside_left(const wtok *w, int lower, int i) {
  int k;
  if (i <= lower || !(w[i - 1].flags & T_CLOSE)) return i;
  for (k = i - 2; k >= lower && k >= i - 8; k--)
    if (w[k].flags & T_OPEN) return k;
  return i;
}

/* Is w[k] a lower-case word that may be a common noun or its modifier? */
static int common_word(const wtok *x) {
  return (x->flags & T_WORD) && x->kind == VERBA_WORD &&
         !(x->flags & (T_CAP | T_STOP | T_DET | T_PRONOUN | T_CUE | T_FILLER | T_LINK));
}

/* Is w[k] a word that may modify a noun after a determiner: a common word,
 * or a capitalised one (a Western diplomat, a U.S. official)? */
static int modifier_word(const wtok *x) {
  return (x->flags & T_WORD) && x->kind == VERBA_WORD &&
         !(x->flags & (T_STOP | T_DET | T_PRONOUN | T_CUE | T_FILLER | T_LINK));
}

/* Common words between a determiner and a preposition that joins its
 * phrase to the next, at most: the noun and its modifiers (a local
 * staffer at the firm). */
#define NOUN_WORDS 3

/* Does w[p] join a noun phrase to the phrase after it, walking left: a
 * preposition after a determiner and its noun, of nouns words at most,
 * the noun a common word and its modifiers common or capitalised (an
 * analyst at Troika Dialog, the official with the ministry, a senior
 * analyst at, a Western diplomat in; a longer run may hold a verb: the
 * council heard from Roe) and before a determiner or a name, or a name
 * joiner between two names (the Department of Trade and Industry)? */
static int prepositional_tail(const wtok *w, int p, int nouns) {
  const wtok *next = &w[p + 1];
  int k = p - 1;
  if ((w[p].lex & VERBA_LEX_NAME_JOINER) && (w[k].flags & T_CAP) &&
      (next->flags & T_CAP) && (w[k].flags & T_WORD) &&
      !(next->flags & (T_DET | T_PRONOUN | T_STOP)))
    return 1;
  /* (its, an article though no determiner, opens the phrase too: an
   * analyst at its bank) */
  if (!(w[p].lex & VERBA_LEX_PREPOSITION) || !(next->flags & (T_DET | T_ARTICLE | T_CAP)))
    return 0;
  if (k < 0 || !common_word(&w[k])) return 0;
  while (k >= 0 && k >= p - nouns && modifier_word(&w[k])) k--;
  return k < p - 1 && k >= 0 && (w[k].flags & (T_DET | T_ARTICLE)) != 0;
}

/* Does the link w[p] (for, of) join a phrase of a determiner and a
 * common noun, w[from] on, to the phrase after it (a spokesman for the
 * Foreign Ministry, the head of the Bank of England)? */
static int linked_tail(const wtok *w, int from, int p, int nouns) {
  int k = p - 1;
  if (!(w[p].flags & T_LINK) || k < from || !common_word(&w[k])) return 0;
  while (k >= from && k >= p - nouns && modifier_word(&w[k])) k--;
  return k < p - 1 && k >= from && (w[k].flags & (T_DET | T_ARTICLE)) != 0;
}

/* Particles in a row inside a name, at most (Nikolaus van der Pas). */
#define NAME_PARTICLES 2

/* Trims a phrase that ends in a proper name to that name: "Chinese
 * electronics giant Huawei" -> "Huawei"; "the newspaper" stays. A name
 * runs over capitalised words, of/for (the) and particles between them:
 * "Ann Lee of the Lake Institute", "Nikolaus van der Pas". A name after
 * a preposition that joins it to a head noun of nouns words at most is
 * no phrase's name (one senior official in Tokyo). */
static int name_tail(const wtok *w, int from, int to, int nouns) {
  int i = to - 1, k;
  if (!(w[i].flags & T_CAP)) return from;
  for (;;) {
    if (i > from && (w[i - 1].flags & T_CAP)) { i--; continue; }
    for (k = i - 1; k > from && i - k <= NAME_PARTICLES && (w[k].flags & T_PARTICLE); k--) {}
    if (k < i - 1 && k >= from && (w[k].flags & T_CAP) && !(w[k + 1].flags & T_CAP)) {
      i = k; /* van der */
      continue;
    }
    if (i - 1 > from && (w[i - 1].flags & T_LINK) && (w[i - 2].flags & T_CAP)) {
      i -= 2;
      continue;
    }
    if (i - 2 > from && (w[i - 1].flags & T_ARTICLE) && (w[i - 2].flags & T_LINK) &&
        (w[i - 3].flags & T_CAP)) {
      i -= 3;
      continue;
    }
    if (i - 1 > from && (w[i - 1].flags & T_LINK) &&
        (k = verba_attr_skip_aside_left(w, from, i - 1)) < i - 1 && k > from &&
        (w[k - 1].flags & T_CAP)) {
      i = k - 1; /* Sen. Bo Ode (Democrat) of New Jersey */
      continue;
    }
    break;
  }
  /* a name that is the object of a preposition is not the phrase's head:
   * an analyst with Morgan Stanley, officials in Beijing */
  if (i > from && prepositional_tail(w, i - 1, nouns)) return from;
  /* (with its article: an analyst at the Bank of England, a spokesman
   * for the Foreign Ministry) */
  if (i - 1 > from && (w[i - 1].flags & (T_ARTICLE | T_DET)) && !(w[i - 1].flags & T_CAP) &&
      (prepositional_tail(w, i - 2, nouns) || linked_tail(w, from, i - 2, nouns)))
    return from;
  return i;
}

int verba_attr_name_tail(const wtok *w, int from, int to) {
  return name_tail(w, from, to, NOUN_WORDS);
}

int verba_attr_antecedent_tail(const wtok *w, int from, int to) {
  return name_tail(w, from, to, 1);
}

/* Does w[k] join the phrase it opens to a phrase before it, walking
 * left: a link after a word that may end one (a spokesman for), or a
 * preposition that does (an analyst at)? */
static int joins_phrase_before(const wtok *w, int lower, int k) {
  return (k - 1 >= lower && (w[k].flags & T_LINK) && (w[k - 1].flags & T_WORD) &&
          !(w[k - 1].flags & (T_STOP | T_CUE))) ||
         (k - 1 > lower && prepositional_tail(w, k, NOUN_WORDS));
}

/* The noun phrase ending at w[to - 1], walking left. Returns its first
 * token or -1. A capitalised stop word (May, Will) can be a name, but not
 * as the first word of a sentence (When asked ...) unless a finite cue
 * follows it at once, which no modal or preposition takes (From said,
 * Will wrote). */
int verba_attr_np_left(const wtok *w, int lower, int to) {
  int i = to, words = 0, k;
  while (i > lower) {
    const wtok *x = &w[i - 1];
    /* a name, its aside, a link: Sen. Bo Ode (Democrat) of New Jersey */
    if (words > 0 && (x->flags & T_LINK) &&
        (k = verba_attr_skip_aside_left(w, lower, i - 1)) < i - 1 &&
        k > lower && (w[k - 1].flags & T_CAP) && (w[k - 1].flags & T_WORD)) {
      i = k;
      words++;
      continue;
    }
    if (!(x->flags & T_WORD) || (x->flags & T_CUE)) break;
    if (words > 0 && i - 2 > lower && prepositional_tail(w, i - 1, NOUN_WORDS)) {
      i--;
      words++;
      continue;
    }
    /* its after a link goes on like an article (a study of its own
     * data), though it ends a phrase alone */
    if ((x->flags & T_STOP) &&
        !((x->flags & T_ARTICLE) && words > 0 && joins_phrase_before(w, lower, i - 2)) &&
        !(x->flags & T_CAP && words == 0 && !(x->flags & T_PRONOUN) &&
          ((i - 1 > lower && !(w[i - 2].flags & T_END)) ||
           ((x->flags & T_NAMELIKE) && (w[i].flags & T_FINITE)))))
      break;
    if ((x->flags & T_LINK) && (words == 0 || i - 1 == lower ||
                                    !(w[i - 2].flags & T_WORD)))
      break;
    i--;
    words++;
    if (words == MAX_NP) {
      /* (a long phrase's name is read whole: PC World's recent analysis
       * of its own web traffic statistics, not World's ...) */
      while (i > lower && (w[i].flags & T_CAP) &&
             (w[i - 1].flags & (T_WORD | T_CAP | T_CUE | T_END | T_STOP)) == (T_WORD | T_CAP))
        i--;
      break;
    }
    if (x->flags & T_PRONOUN) break;
    /* a spokesman for the campaign: go on over "for the" */
    if ((x->flags & T_DET) && !joins_phrase_before(w, lower, i - 1)) break;
  }
  if (words == 0) return -1;
  /* links and adverbs before the phrase are not in it: Later Hu said */
  while (i + 1 < to && ((w[i].flags & T_LINK) ||
                        (verba_attr_is_filler(&w[i]) && !(w[i].flags & (T_DET | T_ARTICLE)))))
    i++;
  if (w[i].flags & T_LINK) i++;
  return i < to ? i : -1;
}

/* The noun phrase starting at w[from], walking right: "said Ken Hu, ...",
 * "said a spokesman for the firm". Returns its end or -1. */
int verba_attr_np_right(const wtok *w, int from, int n) {
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

void verba_attr_set_found(found *f, const wtok *w, int first, int last,
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
static int adverbial_left(const wtok *w, int lower,
                          int s, int *start, int e) {
  int hops;
  for (hops = 0; hops < 2; hops++) {
    int p = s - 1, s2;
    if (p <= lower || !(w[s].flags & T_DET) || verba_attr_name_tail(w, s, e) != s ||
        !((w[p]).lex & VERBA_LEX_PREPOSITION) || (w[p].flags & T_CAP) ||
        !(w[p - 1].flags & (T_CAP | T_PRONOUN)))
      break;
    s2 = verba_attr_np_left(w, lower, p);
    if (s2 < 0) break;
    s = s2;
    e = p;
  }
  *start = s;
  return e;
}

/* Does the lower-case word w end like a participle: -ing or -ed (living,
 * involved)? */
static int participle_form(const attributor *a, const wtok *w) {
  size_t n = w->end - w->start;
  const unsigned char *t = a->t->s + w->start;
  return w->kind == VERBA_WORD && !(w->flags & (T_CAP | T_STOP | T_CUE)) && n > 4 &&
         (memcmp(t + n - 3, "ing", 3) == 0 || memcmp(t + n - 2, "ed", 2) == 0);
}

/* Is w[p] the "by" of a passive participle w[m] (seen by, obtained by,
 * written by: -ed, -en or seen)? "By" is a word of grammar, and a
 * participle before it the agent's verb. */
static int passive_agent(const attributor *a, const wtok *w, int p, int m) {
  const unsigned char *t = a->t->s + w[m].start;
  size_t n = w[m].end - w[m].start;
  return w[p].end - w[p].start == 2 && memcmp(a->t->s + w[p].start, "by", 2) == 0 &&
         w[m].kind == VERBA_WORD && !(w[m].flags & (T_CAP | T_STOP | T_CUE)) && n > 3 &&
         (memcmp(t + n - 2, "ed", 2) == 0 || memcmp(t + n - 2, "en", 2) == 0);
}

/* The noun phrase w[s, e) before a cue: if a preposition and a participle
 * stand before it, after a noun, the participle's phrase modifies that
 * noun and the speaker is the noun's phrase (*start, ending at the
 * returned index): Residents living near the plant said, Protesters
 * marching through the streets chanted, officials involved in the talks
 * said; not a relative clause's verb (workers who lived near the plant).
 * Else [s, e) as it is. */
static int participle_left(const attributor *a, const wtok *w, int lower, int s, int *start,
                           int e) {
  int p = s - 1, m = s - 2, s2, agent;
  *start = s;
  if (m - 1 < lower || (w[p].flags & T_CAP)) return e;
  agent = passive_agent(a, w, p, m);
  if ((!((w[p]).lex & VERBA_LEX_PREPOSITION) && !agent) ||
      !(agent || participle_form(a, &w[m])) || !(w[m - 1].flags & T_WORD) ||
      (w[m - 1].flags & (T_STOP | T_DET | T_PRONOUN | T_CUE | T_LINK)))
    return e;
  s2 = verba_attr_np_left(w, lower, m);
  if (s2 < 0 || (s2 > lower && ((w[s2 - 1]).lex & VERBA_LEX_SUBJECT_RELATIVE))) return e;
  *start = s2;
  return m;
}

/* The noun phrase w[s, e) before a cue: one word in lower case after an
 * auxiliary is no subject but the verb's adverb or participle (a
 * statement was issued saying, providers have long claimed): the subject
 * is the phrase before the auxiliary (*start, ending at the returned
 * index). Else [s, e) as it is. */
static int after_auxiliary(const wtok *w, int lower, int s, int *start, int e) {
  int s2;
  *start = s;
  if (e - s != 1 || s - 1 <= lower || (w[s].flags & (T_CAP | T_DET | T_PRONOUN)) ||
      !(((w[s - 1]).lex & VERBA_LEX_PASSIVE_AUXILIARY) ||
        (w[s - 1].flags & (T_FILLER | T_STOP)) == (T_FILLER | T_STOP)))
    return e;
  s2 = verba_attr_np_left(w, lower, s - 1);
  if (s2 < 0) return e;
  *start = s2;
  return s - 1;
}

/* Is w[from, to) a region (the lexicon's class region: a state, or an AP
 * abbreviation with its dot, N.H. or Ore.)? One word or a phrase of two. */
static int region(const attributor *a, const wtok *w, int from, int to) {
  if (to - from == 1)
    return (w[from].lex & VERBA_LEX_REGION) ||
           ((w[from].lex & VERBA_LEX_REGION_ABBREV) && w[from].last > w[from].first);
  if (to - from != 2) return 0;
  if ((w[from].lex & VERBA_LEX_REGION_ABBREV) && w[from + 1].start == w[from].end &&
      a->t->s[w[from + 1].start] == '.')
    return 1; /* Ore. with its dot apart */
  return (w[from].lex & VERBA_LEX_PHRASE_START) &&
         (verba_attr_phrase_classes(a, w, from, to) & VERBA_LEX_REGION);
}

/* Is w[from, to) one word the lists have as a place's name and as no
 * person's (Fayetteville; not Jackson)? */
static int listed_place(const attributor *a, const wtok *w, int from, int to) {
  verba_names names;
  if (to - from != 1 || w[from].last - w[from].first != 1) return 0;
  names = verba_doc_names(a->doc, w[from].first);
  return (names & VERBA_NAME_PLACE) &&
         !(names & (VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE | VERBA_NAME_SURNAME));
}

/* Regions written after a town and a comma (Springfield, Ohio,), and
 * towns after a name (the University of Arkansas, Fayetteville,): in
 * "Ann Lee, the mayor of Springfield, Ohio, said" the commas around the
 * region close no appositive. Is w[from, to) such a region? */
int verba_attr_region_after_town(const attributor *a, const wtok *w, int lower,
                                 int from, int to) {
  return to > from && from - 2 >= lower && (w[from - 1].flags & T_COMMA) &&
         (w[from - 2].flags & (T_CAP | T_WORD)) == (T_CAP | T_WORD) &&
         (region(a, w, from, to) || listed_place(a, w, from, to));
}

/* The noun phrase w[s, e) before a cue: if it is the object of a relative
 * clause whose pronoun is its subject (the mayor of the town that hosted
 * the fair said: a pronoun right before a verb), the speaker is what the
 * pronoun stands for, the phrase before it (*s, ending at the returned
 * index); else [s, e) as it is. */
static int relative_object(const wtok *w, int lower,
                           int s, int *start, int e) {
  int r = s - 2, s2;
  *start = s;
  if (r - 1 < lower || !(w[s].flags & T_DET) ||
      (w[s - 1].flags & (T_CAP | T_STOP | T_DET | T_PRONOUN | T_CUE | T_LINK)) ||
      w[s - 1].kind != VERBA_WORD || (w[r].flags & T_CAP) ||
      !((w[r]).lex & VERBA_LEX_SUBJECT_RELATIVE) || !(w[r - 1].flags & T_WORD) ||
      (w[r - 1].flags & (T_STOP | T_CUE | T_PRONOUN | T_LINK)))
    return e;
  s2 = verba_attr_np_left(w, lower, r);
  if (s2 < 0) return e;
  *start = s2;
  return r;
}

/* Is w[s, e) a name: capitalised words (of and the may join them: Bank of
 * the North), none a possessive, not opening with a determiner or a
 * function word? */
static int name_like(const attributor *a, const wtok *w, int s, int e) {
  int k;
  if (s >= e || !(w[s].flags & T_CAP) || (w[s].flags & (T_DET | T_STOP | T_PRONOUN)) ||
      !(w[e - 1].flags & T_CAP))
    return 0;
  for (k = s; k < e; k++)
    if (!(w[k].flags & T_WORD) || verba_attr_is_possessive(a, &w[k]) ||
        !((w[k].flags & T_CAP) || (w[k].flags & (T_LINK | T_ARTICLE))))
      return 0;
  return 1;
}

/* Is the capitalised word w an adverb that opens a sentence before its
 * subject (Earlier, the judge said; Finally, a spokesman said) rather
 * than a name: a filler, a clause opener or an opening adverb (not any
 * word in -ly: Kelly, Beverly)? */
static int opening_adverb(const attributor *a, const wtok *w) {
  return verba_attr_is_filler(w) || (w->lex & VERBA_LEX_CLAUSE_OPENER) ||
         (verba_doc_names(a->doc, w->first) & VERBA_NAME_OPENING_ADVERB);
}

/* Hu, economist at Global Insight said / Hu, a spokesman for the firm
 * said: a name that opens the sentence, then a phrase about it running
 * to the cue, its closing comma left out. The phrase is w[comma + 1, i)
 * and opens with a common noun or an article; the name's start, or -1. */
static int name_before_open_appositive(const attributor *a, const wtok *w,
                                       int lower, int i, int *comma) {
  int k, s;
  for (k = i - 1; k > lower && k >= i - APPOSITIVE; k--)
    if (!(w[k].flags & T_WORD) || (w[k].flags & T_CUE)) break;
  if (k <= lower || !(w[k].flags & T_COMMA) || k + 1 >= i) return -1;
  if ((w[k + 1].flags & (T_CAP | T_PRONOUN)) ||
      ((w[k + 1].flags & T_STOP) && !(w[k + 1].flags & (T_DET | T_ARTICLE))))
    return -1;
  s = verba_attr_np_left(w, lower, k);
  if (s < 0 || !name_like(a, w, s, k) ||
      (s > lower && !(w[s - 1].flags & (T_END | T_COLON))) ||
      (s + 1 == k && opening_adverb(a, &w[s])))
    return -1;
  *comma = k;
  return s;
}

/* Does the word end in -ed, like a verb in the past (offered, dismissed)? */
static int past_tense(const verba_text *t, const wtok *w) {
  return w->kind == VERBA_WORD && w->end - w->start > 3 &&
         t->s[w->end - 2] == 'e' && t->s[w->end - 1] == 'd';
}

/* Is w[s, e) a past participle after "those", which heads the phrase
 * (those surveyed said, many of those questioned said)? "Those" is a
 * word of grammar that ends a phrase going left elsewhere. */
static int those_before_participle(const attributor *a, const wtok *w, int lower, int s,
                                   int e) {
  return e - s == 1 && s - 1 >= lower && !(w[s].flags & (T_CAP | T_PRONOUN | T_DET)) &&
         past_tense(a->t, &w[s]) && verba_attr_is_word(a, &w[s - 1], "those");
}

/* Is w[s, e) one word in lower case after "to", a verb's infinitive
 * rather than a subject (refused to recant earlier remarks: "remarks" is
 * a noun there)? */
static int infinitive(const attributor *a, const wtok *w, int lower, int s, int e) {
  return e - s == 1 && s - 1 >= lower && !(w[s].flags & (T_CAP | T_PRONOUN | T_DET)) &&
         verba_attr_is_word(a, &w[s - 1], "to");
}

/* Is w[k] a word in lower case in the past tense (in -ed, or of
 * past_verbs.tsv)? */
int verba_attr_past_verb(const attributor *a, const wtok *w, int k) {
  return !(w[k].flags & (T_CAP | T_PRONOUN | T_DET)) &&
         (past_tense(a->t, &w[k]) || (verba_doc_names(a->doc, w[k].first) & VERBA_NAME_PAST_VERB));
}

/* Does the phrase w[s, e) before a cue hold the verb whose object the
 * cue is, as a noun: one word in the past tense (rejected calls for
 * elections, made remarks), or a name and such a verb before words in
 * lower case (Moi rejected opposition calls; Moi on Tuesday | rejected
 * opposition calls)? Not a participle that heads
 * the phrase after "those" (those surveyed said), nor one inside a noun's
 * phrase (the newly elected president said; A leaked letter seen by ...
 * says). */
static int verb_before_noun(const attributor *a, const wtok *w, int lower, int s, int e) {
  int k;
  if (e - s == 1) return verba_attr_past_verb(a, w, s) && !those_before_participle(a, w, lower, s, e);
  /* (the name may stand before the phrase: Moi on Tuesday rejected
   * opposition calls) */
  for (k = s > lower ? s : s + 1; k + 1 < e; k++)
    if ((w[k - 1].flags & (T_CAP | T_DET | T_ARTICLE | T_STOP)) == T_CAP && verba_attr_past_verb(a, w, k) &&
        !(w[k + 1].flags & T_CAP))
      return 1;
  return 0;
}

/* Where a span of time before w[i], a filler after it (ago, earlier),
 * starts with its count: two weeks ago, less than a month earlier, a
 * few days ago (Hu less than two weeks ago said). Else i. */
static int time_span_left(const attributor *a, const wtok *w, int lower, int i) {
  int k = i - 1;
  if (k <= lower || (w[k].flags & T_CAP) ||
      !((w[k].lex & VERBA_LEX_TIME_SPAN) ||
        (verba_doc_names(a->doc, w[k].first) & VERBA_NAME_DATE_UNIT)))
    return i;
  while (k - 1 > lower && !(w[k - 1].flags & T_CAP) &&
         (w[k - 1].kind == VERBA_NUMBER || (w[k - 1].flags & T_DET)))
    k--;
  /* (a comparison before the count: less than, more than) */
  if (k - 2 > lower && verba_attr_is_word(a, &w[k - 1], "than") && !(w[k - 2].flags & T_CAP))
    k -= 2;
  return k;
}

/* The subject of the cue w[c]: Hu said, Hu also told, Hu, the chairman,
 * said; Huawei's chairman, Ken Hu, said (the name wins); Huawei, which
 * ..., said; Sen. Hu (D-Ore.) said. */
int verba_attr_subject_of(const attributor *a, const wtok *w, int lower, int c,
                      found *f) {
  int i = c, s, comma, appositive, appositive_end, before;
  while (i > lower && verba_attr_filler_here(a, w, lower, i - 1)) {
    i--;
    i = time_span_left(a, w, lower, i);
  }
  i = verba_attr_skip_aside_left(w, lower, i);
  if (i > lower && (w[i - 1].flags & T_WORD)) {
    int named;
    s = verba_attr_np_left(w, lower, i);
    if (s < 0 || infinitive(a, w, lower, s, i)) return 0;
    named = name_before_open_appositive(a, w, lower, i, &comma);
    if (named >= 0) {
      verba_attr_set_found(f, w, named, comma, &w[c]);
      return 1;
    }
    i = relative_object(w, lower, s, &s, i);
    i = adverbial_left(w, lower, s, &s, i);
    i = participle_left(a, w, lower, s, &s, i);
    i = after_auxiliary(w, lower, s, &s, i);
    if (verb_before_noun(a, w, lower, s, i)) return 0;
    if (those_before_participle(a, w, lower, s, i)) s--;
    verba_attr_set_found(f, w, verba_attr_name_tail(w, s, i), i, &w[c]);
    return 1;
  }
  if (i <= lower || !(w[i - 1].flags & T_COMMA)) return 0;
  /* ", X," before the cue: an appositive or a clause set off by commas */
  for (comma = i - 2; comma > lower && comma >= i - APPOSITIVE; comma--)
    if ((w[comma].flags & (T_COMMA | T_END)) &&
        !verba_attr_region_after_town(a, w, lower, comma + 1, i - 1))
      break;
  if (comma <= lower || !(w[comma].flags & T_COMMA)) return 0;
  /* (a name's aside in brackets ends the appositive: Gov. John Kasich
   * (R-OH), said) */
  appositive_end = verba_attr_skip_aside_left(w, comma + 1, i - 1);
  appositive = verba_attr_np_left(w, comma + 1, appositive_end);
  before = verba_attr_skip_aside_left(w, lower, comma);
  if (before - 2 > lower && w[before - 1].kind == VERBA_NUMBER &&
      (w[before - 2].flags & T_COMMA))
    before -= 2; /* an age: Roe, 22, of Salem, said */
  s = verba_attr_np_left(w, lower, before);
  /* of a name and a phrase about it, the name speaks: Hu, the chairman,
   * said; the chairman, Ken Hu, said; Adam Roe, IBM's manager, said */
  /* (a name after a preposition is where the one the appositive names
   * works: a spokesman for the Foreign Ministry, Emmanuel Nachshon, told) */
  if ((s < 0 || !name_like(a, w, s, before) ||
       (s - 1 > lower && ((w[s - 1]).lex & VERBA_LEX_PREPOSITION) && !(w[s - 1].flags & T_CAP))) &&
      appositive == comma + 1 && name_like(a, w, appositive, appositive_end)) {
    verba_attr_set_found(f, w, appositive, appositive_end, &w[c]);
    return 1;
  }
  if (s < 0) return 0;
  /* two phrases about a name: Dr Jo Kelly, IBM vice president, Technology
   * and Property, said */
  if (!name_like(a, w, s, before) && s - 1 > lower && (w[s - 1].flags & T_COMMA)) {
    int named = verba_attr_np_left(w, lower, s - 1);
    if (named >= 0 && name_like(a, w, named, s - 1)) {
      verba_attr_set_found(f, w, named, s - 1, &w[c]);
      return 1;
    }
  }
  verba_attr_set_found(f, w, verba_attr_name_tail(w, s, before), before, &w[c]);
  return 1;
}

/* Is the word all capitals, with two letters or more (LOS, WASHINGTON)? */
int verba_attr_all_caps(const verba_doc *doc, const wtok *w) {
  return (doc->toks[w->first].shape & VERBA_SHAPE_ALL_CAPS) != 0;
}

/* Where the sentence after a dateline starts, if one opens the sentence
 * at w[i] (LOS ANGELES, Calif., Sept. 28 (UPI) --; Washington (AFP) --);
 * else i. A dateline names a place, never a speaker: where the quote
 * follows its dash, the sentence starts at n, with no word before the
 * quote (PARIS (Reuters) - "..."). */
static int after_dateline(const attributor *a, const wtok *w, int i, int n) {
  const verba_text *t = a->t;
  int k, caps, agency = 0;
  if (i >= n || w[i].kind != VERBA_WORD || !(w[i].flags & T_CAP)) return i;
  /* (in capitals, or in small letters with its agency in brackets:
   * Washington (AFP) -) */
  caps = verba_attr_all_caps(a->doc, &w[i]);
  for (k = i + 1; k < n && k <= i + DATELINE_TOKENS; k++) {
    if (w[k].flags & T_OPEN) agency = 1;
    if (w[k].flags & T_DASH) return caps || agency ? k + 1 : i;
    if (!(w[k].flags & (T_CAP | T_COMMA | T_OPEN | T_CLOSE)) &&
        w[k].kind != VERBA_NUMBER && t->s[w[k].start] != '.')
      return i; /* the "." of Ore. or Sept. may stand alone */
  }
  return i;
}

/* Index of the first token of the last sentence in w[lower, n). */
int verba_attr_last_sentence(const wtok *w, int lower, int n) {
  int i;
  /* read from the end: the last sentence end found is the one */
  for (i = n - 1; i >= lower; i--)
    if (w[i].flags & T_END) return i + 1;
  return lower;
}

/* The same, after a dateline that opens the sentence. */
int verba_attr_sentence_start(const attributor *a, const wtok *w, int lower,
                              int n) {
  return after_dateline(a, w, verba_attr_last_sentence(w, lower, n), n);
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
  e = verba_attr_np_right(w, i, limit);
  return e > i && !(e < limit && (w[e].flags & T_COMMA) && verba_attr_is_filler(&w[e - 1]));
}

/* Is w[i] a credit label followed by its colon (Image: NASA.; Photo:
 * Reuters)? Before a colon such a word (class credit_label) names no
 * speaker, and a paragraph holding one after a sentence's start is a
 * caption. */
int verba_attr_credit_label_at(const wtok *w, int i, int n) {
  return i + 1 < n && (w[i + 1].flags & T_COLON) && ((w[i]).lex & VERBA_LEX_CREDIT_LABEL);
}

/* Does a span of time (class time_span) open a time adverbial with a
 * filler after it and a comma (Hours later, ...; Weeks ago, ...) rather
 * than a subject? */
static int opens_time_adverbial(const wtok *w, int i,
                                int limit) {
  if (i + 1 < limit && ((w[i + 1]).lex & VERBA_LEX_TIME_SPAN))
    i++; /* a count first: Two years ago, ...; Thirteen years earlier, ... */
  return i + 2 < limit && verba_attr_is_filler(&w[i + 1]) && (w[i + 2].flags & T_COMMA) &&
         ((w[i]).lex & VERBA_LEX_TIME_SPAN);
}

/* Adverbial clauses set off by commas that may open a sentence before
 * its subject. */
#define MAX_OPENING_CLAUSES 3
/* Words of an item of a list inside an opening clause, at most
 * (security, criminal, and health checks). */
#define LIST_ITEM_WORDS 2

/* Does the comma before w[i] part the items of a list inside an opening
 * clause rather than end the clause: a coordinator follows it, or a
 * short item, a comma and a coordinator do (While security, criminal, and
 * health checks go on, officials ...)? */
int verba_attr_parts_list_items(const wtok *w, int i, int limit) {
  int k;
  if (i < limit && (w[i].lex & VERBA_LEX_COORDINATOR)) return 1;
  for (k = i; k < limit && k < i + LIST_ITEM_WORDS && (w[k].flags & T_WORD) &&
              !(w[k].flags & T_COMMA);
       k++) {}
  return k > i && k + 1 < limit && (w[k].flags & T_COMMA) &&
         (w[k + 1].lex & VERBA_LEX_COORDINATOR);
}

/* Is w[i] a compound adjective that opens with a number (76-year-old,
 * 2-time) right before a capitalised word? */
static int age_before_name(const attributor *a, const wtok *w, int i) {
  const unsigned char *s = a->t->s;
  return (w[i].flags & T_WORD) && s[w[i].start] >= '0' && s[w[i].start] <= '9' &&
         memchr(s + w[i].start, '-', w[i].end - w[i].start) != NULL && (w[i + 1].flags & T_CAP);
}

/* Words of a role in lower case before a name, at most: conservative
 * commentator, health secretary. */
#define ROLE_WORDS 3

/* The name after a role in lower case that w[i] opens (conservative
 * commentator Ann Lee: Ann), or i. */
static int name_after_role(const wtok *w, int i, int limit) {
  int k;
  for (k = i; k + 1 < limit && k < i + ROLE_WORDS; k++) {
    if (!(w[k].flags & T_WORD) || (w[k].flags & (T_CAP | T_STOP | T_DET | T_PRONOUN | T_CUE)))
      break;
    if ((w[k].lex & VERBA_LEX_PERSON_ROLE) && (w[k + 1].flags & T_CAP)) return k + 1;
  }
  return i;
}

int verba_attr_sentence_subject(const attributor *a, const wtok *w, int lower,
                            int limit, const wtok *cue, found *f) {
  int i = lower, e;
  while (i < limit && (((w[i]).lex & VERBA_LEX_CLAUSE_OPENER) ||
                       (i > lower && (w[i].flags & T_COMMA)) ||
                       (i + 1 < limit && (w[i + 1].flags & T_COMMA) &&
                        (verba_doc_names(a->doc, w[i].first) & VERBA_NAME_OPENING_ADVERB))))
    i++; /* But, he ...; However, she ...; Second, ... (a filler opens a
          * clause the next test skips: Likewise, a paper from ...) */
  if (i < limit && (w[i].flags & T_WORD) &&
      ((w[i].flags & (T_STOP | T_CUE | T_LINK)) ||
       (verba_attr_is_filler(&w[i]) && !opens_subject(w, i, limit)) ||
       opens_participle(a, w, i, limit) || opens_time_adverbial(w, i, limit) ||
       (verba_attr_ends_in_ly(a->t, &w[i]) && i + 1 < limit &&
        (w[i + 1].flags & (T_COMMA | T_STOP))))) { /* Early in ..., */
    int clauses = 0;
    do { /* Once in my 20s, when my mother asked, I said ... */
      do {
        while (i < limit && !(w[i].flags & T_COMMA)) i++;
        i++;
      } while (i < limit && verba_attr_parts_list_items(w, i, limit));
      if (i + 1 < limit && w[i].kind == VERBA_NUMBER && (w[i + 1].flags & T_COMMA))
        i += 2; /* On July 6, 2015, Hu ... */
      for (e = i; e < limit && e < i + 2 && (w[e].flags & T_CAP); e++) {}
      if (e > i && e < limit && w[e].start == w[e - 1].end && a->t->s[w[e].start] == '.')
        e++; /* Colo. */
      if (e < limit && (w[e].flags & T_COMMA) && verba_attr_region_after_town(a, w, lower, i, e))
        i = e + 1; /* In Salem, Ohio, Hu ...; In Aspen, Colo., Hu ... */
    } while (++clauses < MAX_OPENING_CLAUSES && i < limit && (w[i].flags & T_WORD) &&
             ((w[i].flags & T_STOP) || opens_participle(a, w, i, limit)));
  }
  /* (an age before a name opening the sentence is no word of it:
   * 76-year-old Ann Lee endorsed her, saying ...) */
  if (i + 1 < limit && age_before_name(a, w, i)) i++;
  /* (nor a role in lower case before a name after an opening phrase:
   * After the debate, conservative commentator Ann Lee imagined ...) */
  if (i < limit && !(w[i].flags & (T_CAP | T_PRONOUN | T_DET))) i = name_after_role(w, i, limit);
  /* after an opening phrase the subject may be a common noun: In an
   * interview, the senator called it "..." */
  if (i >= limit || !((w[i].flags & (T_CAP | T_PRONOUN)) ||
                      (i > lower && (w[i].flags & T_DET))))
    return 0;
  e = verba_attr_np_right(w, i, limit);
  if (e < 0 || verba_attr_credit_label_at(w, e - 1, limit)) return 0; /* Image: NASA. */
  if (w[i].flags & T_DET) {
    /* a phrase ends before its verb: a past form (in -ed, or one of
     * past_verbs.tsv: his campaign sent), or a word taking an object of
     * its own (the mayor dismissed it as "..."; a pilot wants the channel
     * "..."; the city's name reflects its history) */
    int k = i + 1;
    while (k < e && ((w[k].flags & T_CAP) ||
                     !(past_tense(a->t, &w[k]) ||
                       (verba_doc_names(a->doc, w[k].first) & VERBA_NAME_PAST_VERB) ||
                       (!(w[k].flags & T_LINK) && k + 1 < limit &&
                        (w[k + 1].flags & (T_DET | T_ARTICLE))))))
      k++;
    e = k;
  } else if (w[i].flags & T_CAP) {
    /* a name ends at its last capitalised word: Hu wants "..."; or, after
     * a role in lower case, the name of who holds it does (White House
     * spokesman Mike McCurry dismissed it as "...") */
    int k = i + 1;
    /* (over a name's particle: Daniel arap Moi) */
    while (k < e && (w[k].flags & (T_CAP | T_LINK | T_ARTICLE | T_PARTICLE))) k++;
    while (k > i + 1 && !(w[k - 1].flags & T_CAP)) k--;
    if (k + 1 < e && (w[k].lex & VERBA_LEX_PERSON_ROLE) && !(w[k].flags & T_CAP) &&
        (w[k + 1].flags & T_CAP)) {
      i = ++k;
      while (k < e && (w[k].flags & T_CAP)) k++;
    }
    e = k;
  }
  verba_attr_set_found(f, w, verba_attr_name_tail(w, i, e), e, cue);
  return 1;
}

/* The agency quoted Hu as saying ...: after a relaying cue w[c] (quote,
 * cite) come a noun phrase, "as" and a cue, and that phrase speaks. The
 * index of "as" (the phrase ends there), or -1. */
int verba_attr_relayed_speaker_end(const wtok *w, int c, int n) {
  int e;
  if (!(w[c].lex & VERBA_LEX_RELAYING_CUE) || c + 1 >= n) return -1;
  /* an article opens the phrase (its director), whatever stops it */
  e = verba_attr_np_right(w, c + 1 + ((w[c + 1].lex & VERBA_LEX_ARTICLE) != 0), n);
  if (e < 0 || e + 1 >= n || !(w[e].lex & VERBA_LEX_DESCRIBING_AS) ||
      !(w[e + 1].flags & T_CUE))
    return -1;
  return e;
}

/* Are the words w[s, e) all capitalised (a name)? */
static int all_capitalised(const wtok *w, int s, int e) {
  for (; s < e; s++)
    if ((w[s].flags & (T_WORD | T_CAP)) != (T_WORD | T_CAP)) return 0;
  return 1;
}

/* The speaker after a cue w[c] that takes it as its object (according to
 * Hu): that noun phrase, or for a common noun that names a document the
 * one who issued it (according to a statement from the ministry: the
 * ministry). Sets f; 0 if no phrase follows. */
int verba_attr_object_source(const wtok *w, int c, int n, found *f) {
  int s = c + 2, e = verba_attr_np_right(w, s, n), issuer_end, name_end;
  if (e < 0) return 0;
  if (e + 1 < n && (w[e].lex & VERBA_LEX_DOCUMENT_SOURCE) && !(w[e - 1].flags & T_CAP) &&
      (issuer_end = verba_attr_np_right(w, e + 1, n)) > 0) {
    s = e + 1;
    e = issuer_end;
  }
  /* of a description and the name after it between commas, the name
   * speaks: in the words of the prosecutor, Mark Tedeschi, QC, "..." */
  if (e + 1 < n && (w[e].flags & T_COMMA) && (w[s].flags & T_DET) &&
      (name_end = verba_attr_np_right(w, e + 1, n)) > 0 &&
      (name_end == n || (w[name_end].flags & T_COMMA)) && all_capitalised(w, e + 1, name_end)) {
    s = e + 1;
    e = name_end;
  }
  verba_attr_set_found(f, w, s, e, &w[c]);
  return 1;
}

/* Is w[c] a two-word cue whose speaker follows it (class
 * cue_takes_object, with its particle): according to Hu? */
int verba_attr_cue_takes_object(const wtok *w, int c, int n) {
  return (w[c].lex & VERBA_LEX_CUE_TAKES_OBJECT) && c + 1 < n &&
         w[c].cue_end != w[c].end && w[c + 1].end == w[c].cue_end;
}

