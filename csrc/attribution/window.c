/* Windows of document tokens around a quotation, with the flags the
 * attribution rules read, and which of their words are cues. A window
 * token is one document token, or a word and the dot of its abbreviation
 * (Mr., Sen., Ore.) when the document says no sentence ends there. */
#include <string.h>
#include <utf8proc.h>
#include "attribution.h"

/* Apart from verba_attr_is_upper so that set_flags, once a window token,
 * reads an ASCII letter without a call. */
static int is_upper(int32_t cp) {
  if (cp < 0) return 0;
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
         utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}

int verba_attr_is_upper(int32_t cp) { return is_upper(cp); }

/* The window flags a word's lexicon classes give: one test a class,
 * with no branch. */
#define FLAG_OF(lex, cls, flag) ((lex) & (cls) ? (unsigned)(flag) : 0u)
static unsigned class_flags(verba_classes lex) {
  return FLAG_OF(lex, VERBA_LEX_NP_STOP, T_STOP) |
         FLAG_OF(lex, VERBA_LEX_NP_LINK, T_LINK) |
         FLAG_OF(lex, VERBA_LEX_DETERMINER, T_DET) |
         FLAG_OF(lex, VERBA_LEX_PRONOUN, T_PRONOUN) |
         FLAG_OF(lex, VERBA_LEX_FILLER, T_FILLER) |
         FLAG_OF(lex, VERBA_LEX_ARTICLE, T_ARTICLE) |
         FLAG_OF(lex, VERBA_LEX_FILLER_NOUN, T_NOUN) |
         FLAG_OF(lex, VERBA_LEX_NAMELIKE, T_NAMELIKE);
}
#undef FLAG_OF

/* The abbreviation classes: a word of one of them and the dot the
 * document keeps inside its sentence are one window token. */
#define ABBREVIATION (VERBA_LEX_ABBREV_TITLE | VERBA_LEX_ABBREV_GENERAL | \
                      VERBA_LEX_ABBREV_NUMBER | VERBA_LEX_ABBREV_TIME)

static int is_word_kind(enum verba_kind kind) {
  return kind == VERBA_WORD || kind == VERBA_NUMBER || kind == VERBA_MENTION ||
         kind == VERBA_HASHTAG || kind == VERBA_URL; /* (Amazon.com said) */
}

/* Inlined into set_flags, once a window token. */
int verba_attr_span_ends_in_ly(const verba_text *t, size_t start, size_t end) {
  return end - start > 3 && t->s[end - 2] == 'l' && t->s[end - 1] == 'y';
}

static int ends_in_ly(const verba_text *t, const wtok *w) {
  return verba_attr_span_ends_in_ly(t, w->start, w->end);
}

int verba_attr_ends_in_ly(const verba_text *t, const wtok *w) {
  return ends_in_ly(t, w);
}

int verba_attr_is_word(const attributor *a, const wtok *w, const char *word) {
  const unsigned char *p = a->t->s + w->start;
  size_t n = strlen(word);
  return w->end - w->start == n && n > 0 && (p[0] | 0x20) == (unsigned char)word[0] &&
         memcmp(p + 1, word + 1, n - 1) == 0;
}

int verba_attr_is_participle(const verba_text *t, const wtok *w) {
  return w->end - w->start > 4 && memcmp(t->s + w->end - 3, "ing", 3) == 0;
}

/* Does the word end like a possessive: Hu's, Hu’s, Sanders', Sanders’
 * (but not he's, it's, whose 's is "is" or "has")? */
int verba_attr_is_possessive(const attributor *a, const wtok *w) {
  return w->kind == VERBA_WORD &&
         (a->doc->toks[w->last - 1].shape & VERBA_SHAPE_POSSESSIVE) &&
         !(w->lex & VERBA_LEX_CONTRACTED_SUBJECT);
}

/* A sentence the document ends at a window token is a full one, as the
 * rules read it (a report, not a headline or a lead-in before a colon),
 * when the token ends in a full stop, a question or exclamation mark or
 * an ellipsis (U.S. counts). */
static int terminal(int32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

/* Does word w end in a negative contraction (didn't, won’t, CAN'T), an
 * auxiliary verb that no noun phrase holds? */
static int negative_contraction(const verba_text *t, const wtok *w) {
  const unsigned char *s = t->s;
  size_t end = w->end;
  /* the bytes read back: t, then an apostrophe (' or U+2019, E2 80 99),
   * then n; a character of more bytes in either place is none of them */
  if (end - w->start < 4 || (s[end - 1] | 0x20) != 't') return 0;
  if (s[end - 2] == '\'') return (s[end - 3] | 0x20) == 'n';
  return s[end - 2] == 0x99 && s[end - 3] == 0x80 && s[end - 4] == 0xE2 && end >= 5 &&
         (s[end - 5] | 0x20) == 'n';
}

/* set_flags is inlined into the two loops that make window tokens: a
 * call a token cost them more than the copies of its code do. */
#if defined(__GNUC__)
#define INLINED static inline __attribute__((always_inline))
#else
#define INLINED static inline
#endif

/* The flags of w, made of the document tokens [w->first, w->last). A
 * pronoun with a contracted verb (She’s predicting, we're told) is that
 * pronoun, cut back to it so the speaker as written is "She"; other
 * contracted subjects (it's, that's, there's) open a clause and are stop
 * words. */
INLINED void set_flags(const attributor *a, wtok *w) {
  const verba_doc *d = a->doc;
  const verba_tok *k = &d->toks[w->first];
  int32_t cp = k->cp ? k->cp : verba_cp_at(a->t, k->start);
  verba_names names = 0;
  w->flags = 0;
  w->cue_end = w->end;
  w->entry = k->entry;
  /* a token with no record (a mark, a number, a word the lexicon lacks)
   * has no classes and no name classes: no call (and one call to the
   * lexicon for both for one that has) */
  w->lex = k->entry
               ? verba_lex_classes_names(&d->config->lexicon, k->entry, &names)
               : 0;
  /* an acronym the lists have as an organisation's or a place's name is
   * that name, not the word of grammar its letters spell, before a word
   * not in capitals (WHO spokesman Dick Thompson said: not "who"; but a
   * headline's SAYS IN STATEMENT) */
  if ((k->shape & VERBA_SHAPE_ALL_CAPS) && k->len > 1 &&
      (names & (VERBA_NAME_ORGANIZATION | VERBA_NAME_PLACE)) && w->last < d->ntoks &&
      !(d->toks[w->last].shape & VERBA_SHAPE_ALL_CAPS)) {
    w->entry = VERBA_LEX_NONE;
    w->lex = 0;
  }
  w->kind = (enum verba_kind)k->kind;
  /* an ASCII last byte is the last character: no decoding */
  if ((d->toks[w->last - 1].shape & VERBA_SHAPE_SENTENCE_END) &&
      terminal(a->t->s[w->end - 1] < 0x80 ? a->t->s[w->end - 1]
                                         : verba_cp_before(a->t, w->end)))
    w->flags |= T_END;
  if (!is_word_kind(w->kind)) {
    if (cp == ',') w->flags |= T_COMMA;
    else if (cp == ':') w->flags |= T_COLON;
    else if (cp == '-' || verba_is_dash(cp)) w->flags |= T_DASH;
    else if (cp == '(') w->flags |= T_OPEN;
    else if (cp == ')') w->flags |= T_CLOSE;
    return;
  }
  w->flags |= T_WORD;
  if (is_upper(cp) ||
      (cp >= 'a' && cp <= 'z' &&
       verba_lex_particle_name(&d->config->lexicon, (const char *)a->t->s + w->start,
                               w->end - w->start)))
    w->flags |= T_CAP;
  else if (names & VERBA_NAME_NAME_PARTICLE)
    w->flags |= T_PARTICLE; /* (a word the lexicon has not is none) */
  if (k->entry & VERBA_LEX_CLITIC) {
    if (w->lex & VERBA_LEX_CLAUSE_CONTRACTION) {
      w->flags |= T_STOP;
    } else if (w->lex & VERBA_LEX_PRONOUN) {
      size_t stem = w->end, n = 0;
      int32_t c = -1;
      /* back to the apostrophe */
      while (stem > w->start) {
        n = verba_decode_back(a->t, stem, &c);
        if (c == '\'' || c == 0x2019) break;
        stem -= n;
      }
      if (stem > w->start) {
        w->end = w->cue_end = stem - n;
        w->flags |= T_PRONOUN;
      }
    }
  } else {
    w->flags |= class_flags(w->lex);
  }
  if (ends_in_ly(a->t, w) && !(w->flags & T_CAP))
    w->flags |= T_FILLER; /* an adverb: Hu angrily said (but Kelly said) */
  if (negative_contraction(a->t, w))
    w->flags |= T_STOP | T_FILLER; /* an auxiliary, as did is: He didn't say */
}

/* Is document token k, a full stop (the callers test it), the dot of the
 * abbreviation before it, inside its sentence (Mr. Hu; not "... said Acme
 * Ltd." at a sentence's end)? */
static int abbreviation_dot(const attributor *a, size_t k) {
  const verba_tok *t = a->doc->toks;
  return k > 0 && t[k].len == 1 &&
         !(t[k].shape & (VERBA_SHAPE_SPACED | VERBA_SHAPE_SENTENCE_END)) &&
         t[k - 1].kind == VERBA_WORD &&
         (verba_doc_classes(a->doc, k - 1) & ABBREVIATION);
}

/* Is document token k an ampersand between two capitalised words, inside
 * a firm's name (AT&T, S&P, Procter & Gamble)? */
static int joining_ampersand(const verba_doc *d, size_t k) {
  const unsigned caps = VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS;
  const verba_tok *t = d->toks;
  return k > 0 && k + 1 < d->ntoks && t[k].cp == '&' && t[k].len == 1 &&
         t[k - 1].kind == VERBA_WORD && (t[k - 1].shape & caps) &&
         t[k + 1].kind == VERBA_WORD && (t[k + 1].shape & caps) &&
         !(t[k + 1].shape & VERBA_SHAPE_SENTENCE_START);
}

/* Sets w to the window token made of document tokens [first, last). */
static void make(const attributor *a, wtok *w, size_t first, size_t last) {
  const verba_tok *t = a->doc->toks;
  w->first = first;
  w->last = last;
  w->start = t[first].start;
  w->end = t[last - 1].start + t[last - 1].len;
  set_flags(a, w);
}

/* (verba_attr_window marks the names joined by "&" in a word of bits) */
typedef char window_fits_in_joined_bits[WINDOW <= 64 ? 1 : -1];

/* Makes window token w, made by make of a name joined by an ampersand
 * (joining_ampersand), a name's word whatever its first part is alone
 * (AT&T: not the preposition "at"). */
static void joined_name(wtok *w) {
  w->entry = VERBA_LEX_NONE;
  w->lex = 0;
  w->flags = (w->flags & T_END) | T_WORD | T_CAP;
}

/* Fills w with the last WINDOW window tokens of the document tokens
 * [from, to) that start at byte floor or later. Those that start before
 * byte boundary (the quote's paragraph) are T_EARLIER, and w->para is the
 * index after them. Cues are marked from the first token of the quote's
 * paragraph on (cues_from_boundary: the sentences before it matter only
 * through a colon that introduces the quote), or in the whole window. */
void verba_attr_window(const attributor *a, size_t from, size_t to,
                       size_t floor, size_t boundary, int cues_from_boundary,
                       window *w) {
  /* the first document token of each window token, read backwards, so
   * that the window tokens are then made in place, in text order */
  size_t firsts[WINDOW];
  const verba_tok *toks = a->doc->toks;
  size_t k = to;
  int n = 0, i, m = 0, para = 0;
  uint64_t joined = 0; /* bit i: firsts[i] opens a name joined by "&" */
  while (k > from && n < WINDOW && toks[k - 1].start >= floor) {
    k--;
    /* the dot tested here: most tokens are none, and need no call */
    if (k > from && toks[k].cp == '.' && abbreviation_dot(a, k)) k--;
    /* a firm's name joined by an ampersand is one word (an AT&T
     * spokesman, said a Marks & Spencer spokeswoman) */
    while (k > from + 1 && toks[k - 1].cp == '&' && toks[k - 2].start >= floor &&
           joining_ampersand(a->doc, k - 1)) {
      k -= 2;
      joined |= (uint64_t)1 << n;
    }
    firsts[n++] = k;
  }
  /* counted in locals, which the stores to the window tokens leave be */
  for (i = n - 1; i >= 0; i--, m++) {
    wtok *x = &w->tok[m];
    make(a, x, firsts[i], i > 0 ? firsts[i - 1] : to);
    if (joined >> i & 1) joined_name(x);
    if (x->start < boundary) {
      x->flags |= T_EARLIER;
      para = m + 1;
    }
  }
  w->n = m;
  w->para = para;
  w->runs_on = 0;
  /* cues before the quote's paragraph matter only after a colon */
  verba_attr_mark_cues(a, w,
                       cues_from_boundary && w->para > 0 &&
                               !(w->tok[w->para - 1].flags & T_COLON)
                           ? w->para : 0);
}

void verba_attr_head(const attributor *a, size_t from, size_t limit,
                     window *w) {
  const verba_doc *d = a->doc;
  const verba_tok *toks = d->toks;
  const size_t ntoks = d->ntoks;
  size_t k = from;
  int m = 0; /* counted in a local, as in verba_attr_window */
  while (k < ntoks && toks[k].start < limit && m < WINDOW) {
    size_t last = k + 1;
    wtok *x = &w->tok[m++];
    int joins = 0;
    while (last + 1 < ntoks && toks[last].cp == '&' && toks[last + 1].start < limit &&
           joining_ampersand(d, last)) {
      last += 2;
      joins = 1;
    }
    if (last < ntoks && toks[last].cp == '.' && toks[last].start < limit &&
        abbreviation_dot(a, last))
      last++;
    make(a, x, k, last);
    if (joins) joined_name(x);
    k = last;
    if (x->flags & T_END) break;
  }
  w->n = m;
  w->para = 0;
  w->runs_on = 0;
  verba_attr_mark_cues(a, w, 0);
}

/* The lexicon classes of the phrase w[from, to): its words joined by one
 * space, looked up as one key (New York, West Virginia). */
verba_classes verba_attr_phrase_classes(const attributor *a, const wtok *w,
                                        int from, int to) {
  char key[VERBA_PHRASE_BYTES];
  size_t len = 0;
  int k;
  for (k = from; k < to; k++) {
    size_t n = w[k].end - w[k].start;
    if (len + n + 1 > sizeof key) return 0;
    if (k > from) key[len++] = ' ';
    memcpy(key + len, a->t->s + w[k].start, n);
    len += n;
  }
  return verba_lex_classes(
      &a->doc->config->lexicon,
      verba_lex_find(&a->doc->config->lexicon, key, len,
                     verba_shape_case(a->doc->toks[w[from].first].shape)));
}

/* ---- cues ---- */

#define NOUN_REACH 3 /* modifiers between a determiner and its noun */

/* Is the uninflected cue word w[0] the head of a noun phrase, after a
 * determiner or a possessive and a few modifiers? left tokens stand
 * before it. A plural word right before it is more likely its subject
 * (the voters call it ...). */
static int noun_phrase_start(const attributor *a, const wtok *w, int left);

static int heads_noun_phrase(const attributor *a, const wtok *w, int left) {
  return noun_phrase_start(a, w, left) > 0;
}

/* How many tokens back the determiner or possessive of that noun phrase
 * stands, or 0 if w[0] heads none. */
static int noun_phrase_start(const attributor *a, const wtok *w, int left) {
  int k;
  if (left < 1) return 0;
  if (verba_attr_is_possessive(a, &w[-1]) || (w[-1].lex & VERBA_LEX_NOUN_DETERMINER))
    return 1;
  if (a->t->s[w[-1].end - 1] == 's') return 0;
  for (k = 1; k <= left && k <= NOUN_REACH + 1; k++) {
    const wtok *x = &w[-k];
    if (x->kind != VERBA_WORD) return 0;
    if (k > 1 && (verba_attr_is_possessive(a, x) || (x->lex & VERBA_LEX_NOUN_DETERMINER)))
      return k;
    /* (a determiner after the phrase's own is one of its modifiers: his
     * most recent claim, the many tweets) */
    if ((x->flags & T_DET) && !(x->flags & (T_STOP | T_PRONOUN)) && k < left &&
        (verba_attr_is_possessive(a, x - 1) || (x[-1].lex & VERBA_LEX_NOUN_DETERMINER)))
      return k + 1;
    if (x->flags & (T_STOP | T_PRONOUN | T_CUE | T_LINK | T_DET)) return 0;
  }
  return 0;
}

/* Is the uninflected cue word w[0] the head of a noun phrase that is a
 * preposition's object (in a blog post, on his show)? Then it is a noun
 * whatever follows it. */
static int object_of_preposition(const attributor *a, const wtok *w, int left) {
  int k = noun_phrase_start(a, w, left);
  return k > 0 && k < left && (w[-k - 1].lex & VERBA_LEX_PREPOSITION) &&
         !(w[-k - 1].flags & T_CAP);
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

/* Words of a preposition's phrase inside a noun phrase, at most,
 * the preposition's included: of the union, in the new ad. */
#define PHRASE_OF_PREPOSITION 4

int verba_attr_lower_preposition(const wtok *w) {
  return (w->flags & T_WORD) && !(w->flags & T_CAP) &&
         (w->lex & (VERBA_LEX_PREPOSITION | VERBA_LEX_TITLE_PREPOSITION)) != 0;
}

/* Does a short lower-case noun phrase open the window (after its comma)
 * and run up to w[0], a preposition's phrase after its noun allowed? A
 * window starts after a quote, so that is the phrase after "...," that
 * ends its sentence: '"...," a narrator states', '"...," the head of the
 * union states'. Its -s word is the reporting verb, not a plural noun. */
static int opens_window(const wtok *w, int left) {
  int k, first = w[-left].flags & T_COMMA ? left - 1 : left, preposition = 0;
  if (first < 1 || first > NOUN_REACH + 1 + PHRASE_OF_PREPOSITION) return 0;
  if ((w[-first].flags & T_CAP) || !(w[-first].lex & VERBA_LEX_NOUN_DETERMINER))
    return 0;
  for (k = first - 1; k >= 1; k--) {
    if (w[-k].kind != VERBA_WORD) return 0;
    /* (one preposition after the noun, then its own phrase, which may be
     * a name's: the head of the Teamsters union) */
    if (!preposition && k < first - 1 && k > 1 && verba_attr_lower_preposition(&w[-k])) {
      preposition = k;
      if (w[-k + 1].flags & T_DET) k--;
      continue;
    }
    if ((w[-k].flags & (T_STOP | T_PRONOUN | T_CUE | T_LINK | T_DET)) ||
        (!preposition && (w[-k].flags & T_CAP)))
      return 0;
  }
  return preposition ? first - preposition <= NOUN_REACH + 1 &&
                           preposition <= PHRASE_OF_PREPOSITION
                     : first <= NOUN_REACH + 1;
}

/* Is the cue word w[0] the object of a participle in -ing that opens a
 * clause after a comma or the window, with one modifier at most between
 * them: "...," giving states more power; making air quotes? */
static int participle_object(const attributor *a, const wtok *w, int left) {
  int k;
  for (k = 1; k <= 2 && k <= left; k++) {
    const wtok *x = &w[-k];
    if (x->kind != VERBA_WORD || (x->flags & (T_CAP | T_STOP | T_DET | T_PRONOUN | T_CUE)))
      return 0;
    if (verba_attr_is_participle(a->t, x))
      return k == left || (x[-1].flags & T_COMMA);
  }
  return 0;
}

/* Is the cue word w[0], the -s form of a cue lemma that is a noun too
 * (remarks, claims, emails), a plural noun: after a preposition (in
 * states, of Republican claims), or heading a noun phrase (his recent remarks) and followed by
 * a preposition, a conjunction, a verb of its own or the end of the
 * sentence, where a reporting verb would take "that", a quote or an
 * object? */
static int plural_noun(const attributor *a, const wtok *w, int n, int left) {
  size_t lemma = 0, len = w[0].end - w[0].start;
  if (!(w[0].entry & VERBA_LEX_INFLECTED) || !(w[0].lex & VERBA_LEX_NOUN_CUE) ||
      left < 1 || a->t->s[w[0].end - 1] != 's')
    return 0;
  verba_lex_key(&a->doc->config->lexicon, w[0].entry, &lemma);
  if (!(len == lemma + 1 || len == lemma + 2)) return 0;
  if (w[-1].lex & (VERBA_LEX_PREPOSITION | VERBA_LEX_AFTER_PLURAL_NOUN))
    return !(w[-1].flags & T_CAP);
  /* (or after a preposition and one modifier, a word in lower case or a
   * people's: of Republican claims, of recent claims; not a name, the
   * preposition's object before the verb: the head of Acme claims; nor a
   * subordinator's clause: before Hu claims it) */
  if (left >= 2 && ((w[-2].lex & VERBA_LEX_PREPOSITION) || (w[-2].flags & T_LINK)) &&
      !(w[-2].lex & VERBA_LEX_SUBORDINATOR) && !(w[-2].flags & T_CAP) &&
      w[-1].kind == VERBA_WORD && !(w[-1].flags & (T_STOP | T_PRONOUN | T_CUE | T_LINK | T_DET)) &&
      (!(w[-1].flags & T_CAP) ||
       (verba_doc_names(a->doc, w[-1].first) &
        (VERBA_NAME_DEMONYM | VERBA_NAME_GROUP | VERBA_NAME_NATIONALITY_PLURAL))))
    return 1;
  if (n > 1 && (w[1].flags & T_END) && opens_window(w, left))
    return 0; /* "...," a narrator states. */
  if (participle_object(a, w, left)) return 1; /* ..., giving states more power */
  return heads_noun_phrase(a, w, left) &&
         (n < 2 || (w[1].flags & T_END) || (w[1].lex & VERBA_LEX_AFTER_PLURAL_NOUN));
}

/* Do the words of a particle follow w[0] in the window? particles is a
 * '|'-separated list of them (on|out), each one or more words separated
 * by spaces, case-folded. Returns the index of the window token after the
 * first that matches, or 0. ASCII letters match in any case. */
static int particle_end(const attributor *a, const wtok *w, int n,
                        const char *particles) {
  const unsigned char *s = a->t->s;
  while (*particles) {
    const char *p = particles;
    size_t alt = strcspn(particles, "|");
    int k = 1;
    while (p < particles + alt) {
      size_t len = strcspn(p, " |"), i;
      if (k >= n || w[k].end - w[k].start != len) break;
      for (i = 0; i < len; i++) {
        unsigned char x = s[w[k].start + i], y = (unsigned char)p[i];
        if (x != y && !(x < 0x80 && (x | 0x20) == y)) break;
      }
      if (i < len) break;
      p += len;
      while (*p == ' ') p++;
      k++;
    }
    if (p >= particles + alt) return k;
    particles += alt;
    if (*particles == '|') particles++;
  }
  return 0;
}

int verba_attr_after_cue(const wtok *w, int c, int n) {
  int k = c + 1;
  while (k < n && w[k].start < w[c].cue_end) k++;
  return k;
}

/* Is the word w[0] a cue? Sets its end (with a particle) or returns 0.
 * left tokens stand before it: after an article or a possessive the word
 * is a noun (his remarks, the state, Hu's claim), and so is an
 * uninflected one heading a noun phrase (a fundraising call). A finite
 * form (said, claims, warned) is flagged T_FINITE. */
int verba_attr_cue_at(const attributor *a, wtok *w, int n, int left) {
  const unsigned char *s = a->t->s;
  const wtok *prev = left > 0 ? &w[-1] : NULL;
  const char *particle;
  size_t len = w[0].end - w[0].start;
  int after;
  if (!(w[0].flags & T_WORD) || !(w[0].lex & VERBA_LEX_CUE)) return 0;
  particle = verba_lex_data(&a->doc->config->lexicon, w[0].entry);
  /* a particle makes the words a cue whatever else they are (according
   * to; a user's "a déclaré") */
  if (particle && (after = particle_end(a, w, n, particle)) != 0) {
    /* but a call on, Hu's call on, Calling on are no cue: only a word
     * that is a cue only with its particle (According to) */
    if (!(w[0].lex & VERBA_LEX_CUE_NEEDS_PARTICLE) &&
        ((w[0].flags & T_CAP) ||
         (prev && ((prev->flags & T_ARTICLE) || verba_attr_is_possessive(a, prev)))))
      return 0;
    w[0].cue_end = w[after - 1].end;
    return 1;
  }
  /* a word of the lexicon (that, on, he) is no cue, nor a letter */
  if (len < 2 || (w[0].flags & (T_STOP | T_DET | T_PRONOUN | T_LINK)) ||
      (w[0].lex & VERBA_LEX_CUE_NEEDS_PARTICLE))
    return 0;
  /* after an article or a possessive a word that is a noun too is one
   * (his remarks, the state, Hu's claim); one that is only a verb stays a
   * cue (Foster's said: a name that ends in 's) */
  if (prev && ((prev->flags & T_ARTICLE) || verba_attr_is_possessive(a, prev)) &&
      ((w[0].lex & VERBA_LEX_NOUN_CUE) || (prev->flags & T_ARTICLE)))
    return 0;
  if (w[0].flags & T_CAP) return 0; /* According to, but not United States */
  if (!(w[0].entry & VERBA_LEX_INFLECTED) && (w[0].lex & VERBA_LEX_NOUN_CUE) &&
      ((prev && (prev->lex & VERBA_LEX_NOUN_DETERMINER)) || /* another tweet, */
       object_of_preposition(a, w, left) ||                 /* in a blog post, */
       (!(n > 1 && (w[1].flags & (T_END | T_COMMA))) && /* the crowd chant. */
        (heads_noun_phrase(a, w, left) || modifies_noun(w, n)))))
    return 0;
  if (plural_noun(a, w, n, left)) return 0;
  if ((w[0].lex & VERBA_LEX_FINITE_CUE) ||
      (len > 3 && s[w[0].end - 1] == 's' && s[w[0].end - 2] != 's') ||
      (len > 3 && s[w[0].end - 2] == 'e' && s[w[0].end - 1] == 'd'))
    w[0].flags |= T_FINITE;
  w[0].cue_end = w[0].end;
  return 1;
}

void verba_attr_mark_cues(const attributor *a, window *w, int from) {
  const int n = w->n;
  int i;
  /* most window tokens are no word of the cue class: no call for them
   * (verba_attr_cue_at's first test) */
  for (i = from; i < n; i++)
    if ((w->tok[i].flags & T_WORD) && (w->tok[i].lex & VERBA_LEX_CUE) &&
        verba_attr_cue_at(a, &w->tok[i], n - i, i))
      w->tok[i].flags |= T_CUE;
}
