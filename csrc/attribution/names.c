/* Speaker names: a speaker as written (Sen. Ken Hu, Hu's statement, she)
 * becomes speaker_name: titles and roles left out, possessives cut, a
 * surname resolved to the full name used earlier, a pronoun to the last
 * named speaker of a fitting gender. Names are byte spans of the text
 * made of the document's tokens; their words and word classes are read
 * from those tokens. */
#include <string.h>
#include "attribution.h"
#include "../lexicon.h"

/* The document token that holds byte pos, searched from the quote being
 * attributed (a->near): the names read are near it. */
static size_t token_at(const attributor *a, size_t pos) {
  return verba_doc_token_at(a->doc, pos, a->near);
}

static size_t tok_end(const verba_doc *d, size_t k) {
  return d->toks[k].start + d->toks[k].len;
}

/* Is token k the dot of an abbreviation, touching the word before it? */
static int touching_dot(const verba_doc *d, size_t k) {
  return k < d->ntoks && d->toks[k].cp == '.' && d->toks[k].len == 1 &&
         !(d->toks[k].shape & VERBA_SHAPE_SPACED);
}

/* A word of a name: a token and the dot of its abbreviation (Sen.). */
typedef struct word {
  size_t k, next;   /* its token, and the token after it */
  size_t start, stem; /* its bytes, without a final dot */
} word;

/* The word whose token is k. */
static word word_from(const attributor *a, size_t k) {
  const verba_doc *d = a->doc;
  word w;
  w.k = k;
  w.next = touching_dot(d, k + 1) ? k + 2 : k + 1;
  w.start = d->toks[k].start;
  w.stem = tok_end(d, k);
  if (w.stem > w.start && a->t->s[w.stem - 1] == '.') w.stem--; /* U.S. */
  return w;
}

/* Start of the last word of [start, ...), whose last token is k: a final
 * abbreviation dot (Jr.) stays with its word. */
static size_t last_word_of(const verba_doc *d, size_t start, size_t k) {
  if (k > 0 && touching_dot(d, k) && d->toks[k - 1].start >= start) k--;
  return d->toks[k].start > start ? d->toks[k].start : start;
}

/* Start of the last word of [start, end). */
static size_t last_word(const attributor *a, size_t start, size_t end) {
  return last_word_of(a->doc, start, token_at(a, end - 1));
}

/* End of the first word of [start, end), before any dot in it. */
static size_t first_word_end(const attributor *a, size_t start, size_t end) {
  size_t e = tok_end(a->doc, token_at(a, start)), dot;
  if (e > end) e = end;
  for (dot = start; dot < e && a->t->s[dot] != '.'; dot++) {}
  return dot;
}

/* Do the bytes [a, a + alen) and [b, b + blen) spell the same word (ASCII
 * letters in any case)? */
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

static char given_name_gender(const attributor *a, size_t first);
static void resolve(attributor *a, verba_quote *q, size_t s, size_t e);
static char title_gender(const attributor *a, size_t k);
static char role_gender(const attributor *a, size_t k);
static size_t after_titles_from(const attributor *a, size_t first, size_t s, size_t e,
                                size_t *name_token);

/* The index in attributor.family_keys of the family name of len bytes at
 * s (ASCII letters in any case alike, as same_bytes reads them). */
static unsigned family_key(const unsigned char *s, size_t len) {
  return ((s[0] | 0x20) * 31u + (s[len - 1] | 0x20) * 7u + (unsigned)len) & 255;
}

/* The key of remembered name x's family name. */
static unsigned family_key_of(const attributor *a, const name *x) {
  return family_key(a->t->s + x->last, x->last_end - x->last);
}

/* Frees the slot of the names' ring the next name goes to: its name, if
 * the ring is full, is forgotten. */
static name *next_slot(attributor *a) {
  name *x = &a->names[a->name_head];
  if (a->nnames == NAMES) a->family_keys[family_key_of(a, x)]--;
  return x;
}

/* Keeps the name just written to the next slot. */
static void keep_slot(attributor *a) {
  a->family_keys[family_key_of(a, &a->names[a->name_head])]++;
  a->name_head = (a->name_head + 1) % NAMES;
  if (a->nnames < NAMES) a->nnames++;
}

/* Remembers the name [start, end), tokens first to last (the last one
 * included): the caller that read them passes them, so that no search
 * finds them again. */
static void remember_tokens(attributor *a, size_t start, size_t end,
                            size_t first, size_t last, char gender,
                            int subject) {
  name *x = next_slot(a);
  size_t k;
  /* the subject of the sentence it opens is one name: not a headline in
   * capitals (SENATE TRADE LEADER CONCERNED) nor a name's possession (Mr
   * Brown's rebate was cut) */
  for (k = first; subject && k <= last; k++)
    if ((a->doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE) ||
        ((a->doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) && a->doc->toks[k].len > 1))
      subject = 0;
  x->start = x->seen = start;
  x->subject = (char)subject;
  x->end = end;
  x->last = last_word_of(a->doc, start, last);
  x->last_end = end;
  /* (Griffey is the family name of Ken Griffey Jr.: the suffix is the
   * last word's token, before its dot) */
  if (last > first && touching_dot(a->doc, last)) last--;
  if (last > first && (verba_doc_names(a->doc, last) & VERBA_NAME_NAME_SUFFIX)) {
    x->last_end = tok_end(a->doc, last - 1);
    x->last = last_word_of(a->doc, start, last - 1);
  }
  /* (a title may tell: Mr Jackson, Mrs Jackson; or a role before it:
   * spokeswoman Sujata Raisinghani; else the given name, after the
   * titles a subject's run of capitals may open with: Treasury Secretary
   * David Mulford said; a titled name elsewhere is no one a pronoun
   * takes by its given name: fondness for President Vladimir Putin) */
  if (!gender) gender = title_gender(a, first);
  if (!gender && first > 0) gender = role_gender(a, first - 1);
  /* (not a firm's name, whatever its first word: Foster Wheeler Corp) */
  if (!gender && !(verba_doc_names(a->doc, last) & VERBA_NAME_ORG_HEAD)) {
    size_t name = first;
    if (subject) after_titles_from(a, first, start, end, &name);
    gender = given_name_gender(a, name);
  }
  x->gender = gender;
  keep_slot(a);
}

static void remember(attributor *a, size_t start, size_t end, char gender,
                     int subject) {
  remember_tokens(a, start, end, token_at(a, start), token_at(a, end - 1),
                  gender, subject);
}

/* Words that stop a run of capitalised words from being a name: function
 * words (The, But, In) and cue words (Said). */
#define NOT_IN_NAME (VERBA_LEX_NP_STOP | VERBA_LEX_DETERMINER | VERBA_LEX_PRONOUN | \
                     VERBA_LEX_CLAUSE_OPENER | VERBA_LEX_CUE)

/* Does token k follow a dateline's dash, the dateline opening its
 * sentence (WASHINGTON, March 15 - President Reagan admitted ...)? */
static int after_dateline(const attributor *a, size_t k) {
  const verba_doc *d = a->doc;
  size_t j;
  int32_t cp;
  if (k < 2 || d->toks[k - 1].kind == VERBA_WORD) return 0;
  cp = d->toks[k - 1].cp ? d->toks[k - 1].cp : verba_cp_at(a->t, d->toks[k - 1].start);
  if (cp != '-' && !verba_is_dash(cp)) return 0;
  for (j = k - 2; j + DATELINE_TOKENS >= k; j--) {
    const verba_tok *t = &d->toks[j];
    if (t->shape & VERBA_SHAPE_SENTENCE_START)
      return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_ALL_CAPS);
    if (!(t->kind == VERBA_NUMBER || t->cp == ',' || t->cp == '.' || t->cp == '(' ||
          t->cp == ')' || (t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_CAPITALIZED))) ||
        j == 0)
      return 0;
  }
  return 0;
}

/* Words of a role before a name that opens its sentence, at most (Labour
 * campaign spokesman Fraser Kemp said). */
#define ROLE_BEFORE_SUBJECT 4

/* Words of a participle's or a preposition's phrase that opens a
 * sentence before its subject, at most (Speaking to Greek television,). */
#define OPENING_FRAME_WORDS 8

/* Is the comma at token comma the end of a phrase that opens its
 * sentence with a participle in -ing or a preposition (Speaking to
 * reporters, ...; In a statement, ...) or ends in a role (The CBI's
 * director general, ...), no other comma in it? */
static int opening_frame(const attributor *a, size_t comma) {
  const verba_doc *d = a->doc;
  const verba_unit *s = &d->sentences[d->toks[comma].sentence];
  const verba_tok *first = &d->toks[s->first];
  const unsigned char *w = a->t->s + first->start;
  size_t j;
  if (comma <= s->first || comma - s->first > OPENING_FRAME_WORDS || first->kind != VERBA_WORD)
    return 0;
  for (j = s->first + 1; j < comma; j++)
    if (d->toks[j].kind == VERBA_PUNCT && d->toks[j].cp == ',') return 0;
  if ((first->len > 4 && w[first->len - 3] == 'i' && w[first->len - 2] == 'n' &&
       w[first->len - 1] == 'g') ||
      (verba_doc_classes(d, s->first) & VERBA_LEX_PREPOSITION))
    return 1;
  /* (or a role that the name after the comma is in apposition to, the
   * sentence's subject: an owner's or one with its article, The CBI's
   * director general, Adair Turner, said; Cosby's lawyer, ...; not the
   * object of a verb before it: Carson brought in a new campaign
   * manager, Bob Dees) */
  if (d->toks[comma - 1].kind != VERBA_WORD) return 0;
  if (!(verba_doc_classes(d, comma - 1) & (VERBA_LEX_PERSON_ROLE | VERBA_LEX_NAME_TITLE))) {
    /* (or a role of a place or a body: The mayor of Ardell, Jorge Salas,
     * said) */
    for (j = comma - 1; j > s->first + 2 && (d->toks[j].shape & VERBA_SHAPE_CAPITALIZED); j--) {}
    if (j == comma - 1 || !(verba_doc_classes(d, j) & VERBA_LEX_TITLE_LINK) ||
        d->toks[j - 1].kind != VERBA_WORD || (d->toks[j - 1].shape & VERBA_SHAPE_CAPITALIZED) ||
        !(verba_doc_classes(d, j - 1) & (VERBA_LEX_PERSON_ROLE | VERBA_LEX_NAME_TITLE)))
      return 0;
  }
  if (comma == s->first + 1 || (verba_doc_classes(d, s->first) & VERBA_LEX_ARTICLE)) return 1;
  for (j = s->first; j < comma; j++)
    if (d->toks[j].shape & VERBA_SHAPE_POSSESSIVE) return 1;
  return 0;
}

/* Does token k open its sentence, or follow a word that may open one
 * before its subject (But, Meanwhile), a participle's or a preposition's
 * phrase that does (Speaking to reporters, Ann Lee said), or a role that
 * does (Tory leader Michael Howard said; The Attorney General Lord
 * Goldsmith has)? */
/* Is token k a role in lower case before a capitalised word on its line
 * (candidate Bernie Sanders, front-runner Donald Trump)? */
static int role_before_name_at(const verba_doc *d, size_t k) {
  return k + 1 < d->ntoks && d->toks[k].kind == VERBA_WORD &&
         (d->toks[k].shape & VERBA_SHAPE_LOWER) &&
         (verba_doc_classes(d, k) & VERBA_LEX_PERSON_ROLE) &&
         d->toks[k + 1].kind == VERBA_WORD && (d->toks[k + 1].shape & VERBA_SHAPE_CAPITALIZED) &&
         !(d->toks[k + 1].shape & VERBA_SHAPE_NEWLINE);
}

/* Words of a possessor's name before the name it owns, at most. */
#define POSSESSOR_WORDS 4

/* Is token k right after a possessor's name that opens its sentence,
 * capitalised words in the possessive and "The" at most before them (The
 * Liberal Democrats' Vince Cable called ...; Labour's Jo Cox)? */
static int after_opening_possessor(const verba_doc *d, size_t k) {
  size_t j;
  if (k == 0 || !(d->toks[k - 1].shape & VERBA_SHAPE_POSSESSIVE)) return 0;
  for (j = k - 1;; j--) {
    const verba_tok *t = &d->toks[j];
    if (t->kind != VERBA_WORD || !(t->shape & VERBA_SHAPE_CAPITALIZED) ||
        (j < k - 1 && (t->shape & VERBA_SHAPE_POSSESSIVE)))
      return 0;
    if (t->shape & VERBA_SHAPE_SENTENCE_START) return 1;
    if (j == 0 || k - j > POSSESSOR_WORDS) return 0;
  }
}

static int opens_sentence(const attributor *a, size_t k) {
  const verba_doc *d = a->doc;
  size_t j;
  if ((d->toks[k].shape & VERBA_SHAPE_SENTENCE_START) ||
      (k > 0 && (d->toks[k - 1].shape & VERBA_SHAPE_SENTENCE_START) &&
       (verba_doc_classes(d, k - 1) & VERBA_LEX_CLAUSE_OPENER)) ||
      after_dateline(a, k) || after_opening_possessor(d, k))
    return 1;
  if (k > 0 && d->toks[k - 1].kind == VERBA_PUNCT && d->toks[k - 1].cp == ',')
    return opening_frame(a, k - 1);
  /* (an abbreviated title's dot: Former Rep. Chris Shays said) */
  if (k > 1 && d->toks[k - 1].cp == '.' && d->toks[k - 2].kind == VERBA_WORD) k--;
  if (k == 0 || !(verba_doc_classes(d, k - 1) &
                  (VERBA_LEX_NAME_TITLE | VERBA_LEX_PERSON_ROLE | VERBA_LEX_ABBREV_TITLE)))
    return 0;
  for (j = k - 1; j + ROLE_BEFORE_SUBJECT >= k; j--) {
    const verba_tok *t = &d->toks[j];
    int start = (t->shape & VERBA_SHAPE_SENTENCE_START) != 0;
    /* (or the comma after a participle's or a preposition's phrase that
     * opens the sentence: Speaking to Greek television, opposition leader
     * Miltiadis Evert said; In a statement, party spokesman Ole Lark) */
    if (t->kind == VERBA_PUNCT && t->cp == ',' && j < k - 1) return opening_frame(a, j);
    if (t->kind != VERBA_WORD ||
        ((verba_doc_classes(d, j) & (NOT_IN_NAME | VERBA_LEX_NP_LINK)) &&
         !(start && (verba_doc_classes(d, j) & VERBA_LEX_ARTICLE))))
      return 0;
    if (start) return 1;
    if (j == 0) return 0;
  }
  return 0;
}

/* Is token k, starting before byte upto, a capitalised word that goes on
 * a name (or starts one: first) on its line? */
static int capitalised_word(const verba_doc *d, size_t k, size_t upto, int first) {
  const verba_tok *t = &d->toks[k];
  return t->start < upto && t->kind == VERBA_WORD &&
         (t->shape & VERBA_SHAPE_CAPITALIZED) &&
         (first || !(t->shape & VERBA_SHAPE_NEWLINE));
}

/* Bytes of a name's particle, at most (della, arap). */
#define PARTICLE_BYTES 5

/* Is token k a name's particle in lower case between two capitalised
 * words of a name on its line, before byte upto (Daniel arap Moi, Ludwig
 * van Beethoven)? */
static int particle_in_run(const verba_doc *d, size_t k, size_t upto) {
  const verba_tok *t = &d->toks[k];
  /* (the lexicon asked last: most words that end a run are no particle
   * and no capitalised word follows them) */
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_LOWER) && t->len <= PARTICLE_BYTES &&
         k + 1 < d->ntoks && capitalised_word(d, k + 1, upto, 0) &&
         capitalised_word(d, k - 1, upto, 1) && t->entry &&
         (verba_doc_names(d, k) & VERBA_NAME_NAME_PARTICLE);
}

/* Is token k, a cue word that ends a run of capitalised words, a family
 * name there (radio DJ Mike Read; Edward Said): one the lists have? (A
 * cue inside a run stops it, Ode Says Bridge Safe, and one no family
 * bears ends none: Safe Bridge, Ivo Ode Says.) */
static int family_name_last(const verba_doc *d, size_t k) {
  return (verba_doc_classes(d, k) & NOT_IN_NAME) == VERBA_LEX_CUE &&
         (verba_doc_names(d, k) & VERBA_NAME_SURNAME);
}

/* A family name alone opening a sentence as its subject (Kaputin said
 * ...) names again the person a full name before gave it to (John
 * Kaputin): remembered anew, seen there, so that the pronouns after it
 * look to that person before the subjects named in between. Not a
 * possession nor a headline's word in capitals. */
static void named_again(attributor *a, size_t k) {
  const verba_tok *t = &a->doc->toks[k];
  int i;
  /* (most such words, The, But, He, are no family name remembered: the
   * keys tell at once) */
  if ((t->shape & (VERBA_SHAPE_POSSESSIVE | VERBA_SHAPE_ALL_CAPS)) ||
      !a->family_keys[family_key(a->t->s + t->start, t->len)] ||
      (t->entry && (verba_lex_classes(&a->doc->config->lexicon, t->entry) & NOT_IN_NAME)))
    return;
  for (i = 1; i <= a->nnames; i++) {
    name *x = &a->names[(a->name_head - i + NAMES) % NAMES];
    if (x->last_end - x->last == t->len && x->last < t->start &&
        same_bytes(a->t, x->last, t->len, t->start, t->len)) {
      name again = *x;
      again.seen = t->start;
      again.subject = 1;
      *next_slot(a) = again;
      keep_slot(a);
      return;
    }
  }
}

/* Full names (two or more capitalised words) in the document before byte
 * upto, from where the last call stopped (each token is read once), or
 * the caller's person entities. */
void verba_attr_collect_names(attributor *a, size_t upto) {
  const verba_attribution_opts *o = a->opts;
  const verba_doc *d = a->doc;
  const verba_tok *toks = d->toks;
  size_t k = a->next_token, run = k, stop;
  if (o && o->entities) {
    for (; a->next_entity < o->nentities &&
           o->entities[a->next_entity].end <= upto; a->next_entity++)
      if (o->entities[a->next_entity].type == VERBA_ENT_PERSON)
        remember(a, o->entities[a->next_entity].start,
                 o->entities[a->next_entity].end, 0,
                 opens_sentence(a, token_at(a, o->entities[a->next_entity].start)));
    return;
  }
  /* stop: the first token at upto or after it, found from the token
   * near (the quote's first, which most often starts there), so that the
   * loops below count tokens instead of reading where each starts */
  stop = a->near < k ? k : a->near;
  while (stop < d->ntoks && toks[stop].start < upto) stop++;
  while (stop > k && toks[stop - 1].start >= upto) stop--;
  while (k < stop) {
    size_t j = k;
    /* [k, run): capitalised words on one line, from their shapes; the
     * lexicon is read only where two of them could make a name. A run
     * holds for every k inside it, so each token is read once. Most
     * tokens start no run: they are passed in a loop of their own (the
     * shape first: most tokens fail on it). */
    if (run <= k) {
      /* four at a time where none of them is capitalised */
      while (stop - k >= 4 &&
             !((toks[k].shape | toks[k + 1].shape | toks[k + 2].shape |
                toks[k + 3].shape) & VERBA_SHAPE_CAPITALIZED))
        k += 4;
      while (k < stop && !((toks[k].shape & VERBA_SHAPE_CAPITALIZED) &&
                           toks[k].kind == VERBA_WORD))
        k++;
      if (k >= stop) break;
      j = k;
      /* (over a name's particle between its words: Daniel arap Moi; not
       * past a possessive, whose owner is a name of its own: The Liberal
       * Democrats' | Vince Cable) */
      for (run = k + 1; run < d->ntoks && !(toks[run - 1].shape & VERBA_SHAPE_POSSESSIVE) &&
                        (capitalised_word(d, run, upto, 0) || particle_in_run(d, run, upto));)
        run++;
    }
    /* the lexicon's call made here, for a word it has */
    if (run - k >= 2)
      while (j < run && !(toks[j].entry &&
                          (verba_lex_classes(&d->config->lexicon, toks[j].entry) &
                           NOT_IN_NAME)))
        j++;
    if (j + 1 == run && j - k >= 1 && family_name_last(d, j)) j++;
    /* (a possessor's name before the name it owns is no one who speaks:
     * The Liberal Democrats' | Vince Cable; nor the words before a role
     * and a name, the office's: Former Democratic | candidate Bernie
     * Sanders) */
    if (j - k >= 2 && !(toks[j - 1].shape & VERBA_SHAPE_POSSESSIVE) && !role_before_name_at(d, j))
      remember_tokens(a, d->toks[k].start, tok_end(d, j - 1), k, j - 1, 0,
                      opens_sentence(a, k));
    else if (run - k == 1 && ((toks[k].shape & VERBA_SHAPE_SENTENCE_START) ||
                              (k > 0 && toks[k - 1].kind == VERBA_PUNCT && toks[k - 1].cp == ',' &&
                               opening_frame(a, k - 1))))
      named_again(a, k); /* (In a session with the group, Clark said) */
    k = j > k ? j : k + 1;
  }
  a->next_token = k;
}

/* Is the word a title or role (class name_title: Senator, Mayor, Sen.),
 * or an abbreviated title written with its dot (class abbrev_title:
 * Msgr., Atty., Det.)? */
static int is_title(const verba_doc *d, const word *w) {
  verba_classes c = verba_doc_classes(d, w->k);
  /* (a role in lower case too: said coach Ode Marsh, spokeswoman Julie
   * Hahn) */
  return (c & (VERBA_LEX_NAME_TITLE | VERBA_LEX_PERSON_ROLE)) ||
         ((c & VERBA_LEX_ABBREV_TITLE) && w->next > w->k + 1 &&
          (d->toks[w->k].shape & VERBA_SHAPE_CAPITALIZED));
}

/* Is word w a compound adjective, capitalised, whose last part after a
 * hyphen is a participle in -ed or a word of such compounds (Texas-based,
 * Seventy-year-old, Oscar-winner; not Jean-Louis, nor Pei-yuan, a given
 * name's syllables)? */
static int compound_adjective(const attributor *a, const word *w) {
  static const char *const ends[] = {"born", "old", "run", "made", "winning", "winner"};
  const unsigned char *s = a->t->s;
  size_t i, part = 0, n, j;
  if (!verba_attr_is_upper(verba_cp_at(a->t, w->start))) return 0;
  for (i = w->start + 1; i + 1 < w->stem; i++)
    if (s[i] == '-' && s[i + 1] >= 'a' && s[i + 1] <= 'z') part = i + 1;
  if (part == 0) return 0;
  n = w->stem - part;
  if (n > 3 && s[w->stem - 2] == 'e' && s[w->stem - 1] == 'd') return 1;
  for (j = 0; j < sizeof ends / sizeof *ends; j++)
    if (strlen(ends[j]) == n && memcmp(ends[j], s + part, n) == 0) return 1;
  return 0;
}

/* Are the words from w to the end e of the phrase two or more, all of a
 * name: capitalised, or a particle between them (Jo Lee, Ludwig van
 * Beethoven)? */
static int names_to_end(const attributor *a, word w, size_t e) {
  const verba_doc *d = a->doc;
  int words = 0;
  for (;;) {
    if (!verba_attr_is_upper(verba_cp_at(a->t, w.start)) &&
        !(words > 0 && (verba_doc_names(d, w.k) & VERBA_NAME_NAME_PARTICLE)))
      return 0;
    words++;
    if (w.next >= d->ntoks || d->toks[w.next].start >= e) return words >= 2;
    w = word_from(a, w.next);
  }
}

/* Is word w of a speaker's phrase that ends at e a word before the name
 * that next opens, none of it: a capitalised compound adjective opening
 * what is left of the phrase (Texas-born Jo Lee), or a word in lower case
 * that is no word of grammar nor a name's particle, right after a title
 * (chief executive Jo Lee), or before a name of two words or more that
 * ends the phrase (MSNBC host Chris Matthews)? Not the MP for Witney, Mr
 * de Vabres' particle, the nationalist Global Times tabloid. first: w
 * opens what is left; titled: a title came before it. */
static int before_name(const attributor *a, const word *w, const word *next, size_t e,
                       int first, int titled) {
  const verba_doc *d = a->doc;
  if (verba_attr_is_upper(verba_cp_at(a->t, w->start)))
    return first && compound_adjective(a, w) &&
           verba_attr_is_upper(verba_cp_at(a->t, next->start));
  return d->toks[w->k].kind == VERBA_WORD &&
         !(verba_doc_classes(d, w->k) & (NOT_IN_NAME | VERBA_LEX_NP_LINK | VERBA_LEX_PREPOSITION)) &&
         !(verba_doc_names(d, w->k) & VERBA_NAME_NAME_PARTICLE) &&
         ((titled && first) || names_to_end(a, *next, e));
}

/* Where the person's name starts in the capitalised phrase [s, e): past
 * its last title or role (class name_title: U.S. Senator John Cornyn ->
 * John Cornyn; Environment Minister John Baird -> John Baird), with "of"
 * and the place after one (class title_link: Governor of Washington
 * Chris Gregoire), and dotted initialisms (U.S.), as long as a word is
 * left. A title written out before a single word may be a name's own
 * (General Motors, President Obama): only an abbreviated one (Mr. Hu,
 * Sen. Roe) goes then. first is the token at s; the token at the start
 * returned goes to *name_token (if not NULL). */
static size_t after_titles_from(const attributor *a, size_t first, size_t s, size_t e,
                                size_t *name_token) {
  const verba_doc *d = a->doc;
  word w = word_from(a, first);
  size_t name = w.start, name_k = first;
  int initials = 1; /* only dotted initialisms since the name's start */
  int titled = 0;   /* a title came before the name */
  for (;;) {
    word next, after;
    /* an abbreviation, with its dot or in British style without (Mr Hu) */
    int dotted = w.next > w.k + 1 || w.stem < tok_end(d, w.k) ||
                 (verba_doc_classes(d, w.k) & VERBA_LEX_ABBREV_TITLE);
    if (w.next >= d->ntoks || d->toks[w.next].start >= e)
      break; /* the last word is the name */
    next = word_from(a, w.next);
    if (is_title(d, &w) &&
        ((next.next < d->ntoks && d->toks[next.next].start < e) || dotted)) {
      if ((verba_doc_classes(d, next.k) & VERBA_LEX_TITLE_LINK) &&
          next.next < d->ntoks && d->toks[next.next].start < e) {
        after = word_from(a, next.next); /* of Washington */
        if (after.next >= d->ntoks || d->toks[after.next].start >= e) break;
        next = word_from(a, after.next);
      }
      name = next.start;
      name_k = next.k;
      initials = 1;
      /* (not "the", which the lists give as a title: The Rev.) */
      titled = !(verba_doc_classes(d, w.k) & VERBA_LEX_DETERMINER);
    } else if ((initials && verba_attr_is_upper(verba_cp_at(a->t, w.start)) &&
                memchr(a->t->s + w.start, '.', w.stem - w.start) != NULL) ||
               before_name(a, &w, &next, e, name == w.start, titled)) {
      name = next.start; /* U.S.; Texas-born Jo Lee; MSNBC host Chris Matthews */
      name_k = next.k;
    } else if ((!verba_attr_is_upper(verba_cp_at(a->t, w.start)) &&
                !verba_attr_is_upper(verba_cp_at(a->t, next.start)) && !is_title(d, &next)) ||
               (!verba_attr_is_upper(verba_cp_at(a->t, w.start)) && w.k > first &&
                (d->toks[w.k - 1].shape & VERBA_SHAPE_LOWER) &&
                (verba_doc_classes(d, w.k) & (VERBA_LEX_PREPOSITION | VERBA_LEX_NP_LINK)))) {
      /* a common noun heads the phrase: an official at the ministry (not
       * committee chairman Kostas Panagopoulos), an analyst at the Bank
       * of England (a preposition after a word in lower case: where the
       * person works; not The Royal Bank of Scotland's of) */
      name = s;
      name_k = first;
      break;
    } else {
      initials = 0;
    }
    w = next;
  }
  if (name_token) *name_token = name_k;
  return name;
}

/* after_titles_from, the phrase's first token searched for. */
static size_t after_titles(const attributor *a, size_t s, size_t e) {
  return after_titles_from(a, token_at(a, s), s, e, NULL);
}

char verba_attr_gender_at(const attributor *a, size_t start) {
  verba_classes c = verba_doc_classes(a->doc, token_at(a, start));
  if (c & VERBA_LEX_MALE) return 'm';
  if (c & VERBA_LEX_FEMALE) return 'f';
  if (c & VERBA_LEX_COLLECTIVE) return 'o';
  if (c & VERBA_LEX_NONPERSON) return 'n';
  return 0;
}

/* Name classes that make a speaker an organisation or a group, which it
 * and they stand for (KCNA said ... it added). */
#define COLLECTIVE_NAMES                                                    \
  (VERBA_NAME_ORGANIZATION | VERBA_NAME_ORG_KEYWORD | VERBA_NAME_SPORTS_CLUB | \
   VERBA_NAME_COUNTRY | VERBA_NAME_GROUP | VERBA_NAME_NATIONALITY_PLURAL)

/* 'o' if the name [s, e) is an organisation's or a group's: a word of
 * theirs in the gazetteers (Reuters, Ministry, Chelsea), or an acronym in
 * capitals (KCNA); else 0. */
static char collective_name(const attributor *a, size_t s, size_t e) {
  const verba_doc *d = a->doc;
  size_t k;
  for (k = token_at(a, s); k < d->ntoks && d->toks[k].start < e; k++)
    if ((verba_doc_names(d, k) & COLLECTIVE_NAMES) ||
        (d->toks[k].kind == VERBA_WORD && (d->toks[k].shape & VERBA_SHAPE_ALL_CAPS)))
      return 'o';
  return 0;
}

/* Name classes of a person's name. */
#define PERSON_NAMES (VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE | VERBA_NAME_SURNAME)

/* 'o' if the name [s, e) is a common noun in the plural that is capitalised
 * as its sentence's first word (Critics, Residents: "...," she said names
 * none of them, "...," they said does): one word of the dictionary, no
 * person's name the lists have, whose singular is a word too (critic,
 * witness of witnesses); else 0. */
static char plural_noun(const attributor *a, size_t s, size_t e) {
  const verba_doc *d = a->doc;
  const unsigned char *p = a->t->s;
  size_t k = token_at(a, s);
  if (tok_end(d, k) != e || e - s < 4 || p[e - 1] != 's' ||
      !(d->toks[k].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) ||
      (d->toks[k].shape & VERBA_SHAPE_ALL_CAPS) || (verba_doc_names(d, k) & PERSON_NAMES) ||
      !verba_dictionary_word(a->t, s, e))
    return 0;
  return verba_dictionary_word(a->t, s, e - 1) ||
                 (p[e - 2] == 'e' && verba_dictionary_word(a->t, s, e - 2))
             ? 'o'
             : 0;
}

/* The sex the lists give the given name at token k, common word or not
 * (Bill): 'm', 'f' or 0. */
static char listed_sex(const attributor *a, size_t k) {
  verba_names names = verba_doc_names(a->doc, k);
  verba_names male = names & VERBA_NAME_GIVEN_MALE, female = names & VERBA_NAME_GIVEN_FEMALE;
  return (char)(male && !female ? 'm' : female && !male ? 'f' : 0);
}

/* The gender a name's first word (token first) tells as a given name
 * borne by one sex only (Ann, John; not Kim, nor Kenyan or German, which
 * name a people first: KENYAN ECONOMY FACES PROBLEMS is no man); a given
 * name that is a word too only before a family name the lists have
 * (Harry Kane, Bill Gates; not May Day in capitals); 0 if none. */
static char given_name_gender(const attributor *a, size_t first) {
  const verba_doc *d = a->doc;
  verba_names names = verba_doc_names(d, first);
  if (names & VERBA_NAME_DEMONYM) return 0;
  if ((names & VERBA_NAME_AMBIGUOUS_NAME) &&
      ((d->toks[first].shape & VERBA_SHAPE_ALL_CAPS) || first + 1 >= d->ntoks ||
       !(d->toks[first + 1].shape & VERBA_SHAPE_CAPITALIZED) ||
       !(verba_doc_names(d, first + 1) & VERBA_NAME_SURNAME)))
    return 0;
  return listed_sex(a, first);
}

/* Is [start, end) one pronoun (he, she's, they) or a possessive one (his,
 * her, their)? */
int verba_attr_is_pronoun(const attributor *a, size_t start, size_t end) {
  size_t k = token_at(a, start);
  return end > start && token_at(a, end - 1) == k &&
         (verba_doc_classes(a->doc, k) &
          (VERBA_LEX_PRONOUN | VERBA_LEX_POSSESSIVE_PRONOUN)) != 0;
}

/* Is the word at start a possessive pronoun (his, her, their)? */
int verba_attr_is_possessive_pronoun(const attributor *a, size_t start) {
  return (verba_doc_classes(a->doc, token_at(a, start)) &
          VERBA_LEX_POSSESSIVE_PRONOUN) != 0;
}

/* A named speaker, for later pronouns. */
static void add_speaker(attributor *a, size_t start, size_t end, char gender,
                        size_t seen) {
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
  a->speakers[a->nspeakers].seen = seen;
  a->nspeakers++;
}

/* The end of [s, e) without its possessive ending (Hu's, Hu’s, Sanders',
 * Sanders’), or 0 when it has none. */
static size_t possessive_stem(const verba_text *t, size_t s, size_t e) {
  const unsigned char *p = t->s;
  if (e - s > 2 && p[e - 1] == 's' && p[e - 2] == '\'')
    return e - 2; /* Hu's */
  if (e - s > 4 && p[e - 1] == 's' && memcmp(p + e - 4, "\xe2\x80\x99", 3) == 0)
    return e - 4; /* Hu’s */
  if (e - s > 2 && p[e - 1] == '\'' && p[e - 2] == 's')
    return e - 1; /* Sanders' */
  if (e - s > 4 && memcmp(p + e - 3, "\xe2\x80\x99", 3) == 0 && p[e - 4] == 's')
    return e - 3; /* Sanders’ */
  return 0;
}

/* If [s, e) is only an owner's possessive name and a lower-case noun for
 * what a person writes or says (class authored_noun: Cornyn's statement,
 * Hu's letter; not Hu's spokesman, someone else, nor Editor's Note, a
 * label), the end of the owner's name (Cornyn); else 0. */
static size_t authoring_owner(const attributor *a, size_t s, size_t e) {
  const verba_doc *d = a->doc;
  size_t owner = token_at(a, s), noun = owner + 1;
  if (noun >= d->ntoks || tok_end(d, noun) != e || token_at(a, e - 1) != noun ||
      !verba_attr_is_upper(verba_cp_at(a->t, s)) ||
      !(d->toks[noun].shape & VERBA_SHAPE_LOWER) ||
      !(verba_doc_classes(d, noun) & VERBA_LEX_AUTHORED_NOUN))
    return 0;
  return possessive_stem(a->t, s, tok_end(d, owner));
}

/* The end of a person's name followed by where the person works or
 * comes from (Ann Lee of the Observer, Bo Ode from Delta Bank): two
 * capitalised words or more before a lower-case link (class np_link or
 * document_source), the last of them no title and no word that heads an
 * organisation's name (Royal Bank of Scotland stays whole). Else e. */
static size_t before_affiliation(const attributor *a, size_t s, size_t e) {
  const verba_doc *d = a->doc;
  size_t k = token_at(a, s), last = token_at(a, e - 1), words = 0;
  size_t name_end = VERBA_NONE; /* the last capitalised word outside brackets */
  int aside = 0;
  for (; k < last; k++) {
    const verba_tok *x = &d->toks[k];
    if (x->cp == '(' || x->cp == ')') aside = x->cp == '(';
    if (x->kind != VERBA_WORD) continue;
    if (x->shape & VERBA_SHAPE_CAPITALIZED) {
      words++;
      if (!aside) name_end = k;
      continue;
    }
    /* a family name's particle goes on the name (Nick Van den Brul of BNP
     * Paribas) */
    if (verba_doc_names(d, k) & VERBA_NAME_NAME_PARTICLE) continue;
    /* the name starts again after a role (analyst Kevin Murphy of Morgan
     * Stanley) */
    if (verba_doc_classes(d, k) & (VERBA_LEX_NAME_TITLE | VERBA_LEX_PERSON_ROLE)) {
      words = 0;
      continue;
    }
    if (words >= 2 && (verba_doc_classes(d, k) & (VERBA_LEX_NP_LINK | VERBA_LEX_DOCUMENT_SOURCE)) &&
        !(verba_doc_classes(d, name_end) & VERBA_LEX_NAME_TITLE) &&
        !(verba_doc_names(d, name_end) & VERBA_NAME_ORG_KEYWORD))
      return tok_end(d, name_end); /* Bo Ode (Democrat) of Ohio: Bo Ode */
    return e;
  }
  return e;
}

/* The end of a medium's name before the noun of its kind in lower case
 * (class media_noun: Yonhap news agency, the TV Guide magazine), "news"
 * before it too; else e. */
static size_t before_media_noun(const attributor *a, size_t s, size_t e) {
  const verba_doc *d = a->doc;
  size_t k = token_at(a, e - 1);
  if (k == 0 || d->toks[k].start <= s || (d->toks[k].shape & VERBA_SHAPE_CAPITALIZED) ||
      !(verba_doc_names(d, k) & VERBA_NAME_MEDIA_NOUN))
    return e;
  if (k > 1 && d->toks[k - 1].start > s && d->toks[k - 1].len == 4 &&
      memcmp(a->t->s + d->toks[k - 1].start, "news", 4) == 0)
    k--;
  /* (a name left, not an article: The newspaper said) */
  if (d->toks[k - 1].start < s || (verba_doc_classes(d, k - 1) & NOT_IN_NAME)) return e;
  return tok_end(d, k - 1);
}

/* Does a name's gender x fit a pronoun's? It and they stand only for an
 * organisation or a group; he and she for no organisation, and for a
 * person of their gender or of none known. */
static int fits(char x, char pronoun) {
  if (pronoun == 'o') return x == 'o';
  return x != 'o' && !(x && pronoun && x != pronoun);
}

/* The gender the title at token k gives (Mr, Mrs, Ms, Sir), or 0. */
static char title_gender(const attributor *a, size_t k) {
  verba_classes c = verba_doc_classes(a->doc, k);
  if (!(c & (VERBA_LEX_NAME_TITLE | VERBA_LEX_ABBREV_TITLE))) return 0;
  return (char)((c & VERBA_LEX_MALE) ? 'm' : (c & VERBA_LEX_FEMALE) ? 'f' : 0);
}

/* 'f' if token k is a role that says a woman has it (spokeswoman,
 * chairwoman, congresswoman), else 0: the role's own word tells, as its
 * lexicon classes do not. */
static char role_gender(const attributor *a, size_t k) {
  const verba_tok *t = &a->doc->toks[k];
  const unsigned char *w = a->t->s + t->start;
  if (t->kind != VERBA_WORD || t->len < 5 ||
      !(verba_doc_classes(a->doc, k) & (VERBA_LEX_PERSON_ROLE | VERBA_LEX_NAME_TITLE)))
    return 0;
  return (char)(memcmp(w + t->len - 5, "woman", 5) == 0 ? 'f' : 0);
}

/* Is x a name of no known gender after a title, the subject of its
 * sentence (Dr Greenspan, 79, said ...; President Reagan admitted ...),
 * whom he or she may stand for? */
static int titled_subject(const attributor *a, const name *x, char pronoun) {
  word first, last;
  if (x->gender != 0 || (pronoun != 'm' && pronoun != 'f') || !x->subject) return 0;
  /* (a title written out before one word too: President Reagan) */
  first = word_from(a, token_at(a, x->start));
  if (!is_title(a->doc, &first) || first.next >= a->doc->ntoks ||
      a->doc->toks[first.next].start >= x->end)
    return 0;
  /* (titles alone are no name: Former Rep. before Chris Shays) */
  last = word_from(a, token_at(a, x->last));
  return !is_title(a->doc, &last);
}

/* Does the sentence name x opens go on to a cue after it (John Smith,
 * the mayor, disagreed; not Sir Alex Ferguson surprised the world)? */
static int speaks_in_sentence(const attributor *a, const name *x) {
  const verba_doc *d = a->doc;
  /* (from where it was named last: Kaputin said, after John Kaputin) */
  size_t k = token_at(a, x->seen == x->start ? x->end - 1 : x->seen) + 1;
  uint32_t sentence = d->toks[k - 1].sentence;
  for (; k < d->ntoks && d->toks[k].sentence == sentence; k++)
    if (d->toks[k].kind == VERBA_WORD && (verba_doc_classes(d, k) & VERBA_LEX_CUE)) return 1;
  return 0;
}

/* Does name x open the sentence right before the one of byte at, in its
 * paragraph (Harry Kane won the award. He said, "...")? */
static int sentence_before(const attributor *a, const name *x, size_t at) {
  const verba_doc *d = a->doc;
  uint32_t s = d->toks[token_at(a, x->seen)].sentence, t = d->toks[token_at(a, at)].sentence;
  return t == s + 1 && d->sentences[s].parent == d->sentences[t].parent;
}

/* speaker_name of a pronoun speaker at byte at: the latest speaker that
 * fits it, unless a person of its gender, or a titled one of none known
 * (Dr Greenspan), opened a sentence since that speaker last spoke ("...,"
 * said Ann Lee. John Smith, the mayor, disagreed. "...," he said), a
 * sentence that reports speech or the one right before the pronoun's:
 * the subject of the narration between holds the reader's attention.
 * With no speaker that fits, the latest such subject, else the last
 * person named whose given name or title agrees; else no one. */
static void resolve_pronoun(attributor *a, verba_quote *q, size_t at) {
  char gender = verba_attr_gender_at(a, at);
  const name *speaker = NULL, *named = NULL;
  int k;
  if (gender == 'n') return;
  for (k = a->nspeakers - 1; k >= 0 && !speaker; k--)
    if (fits(a->speakers[k].gender, gender)) speaker = &a->speakers[k];
  for (k = 1; gender != 'o' && k <= a->nnames && !named; k++) {
    const name *x = &a->names[(a->name_head - k + NAMES) % NAMES];
    if (speaker && x->seen <= speaker->seen) break;
    /* (or of no known gender, opening the sentence right before: Saeb
     * Erekat ... Erekat told reporters that ... "...," he said; not
     * Benjamin Netanyahu, named before) */
    if (x->seen < at && x->subject &&
        (((x->gender == gender || titled_subject(a, x, gender)) &&
          (!speaker || speaks_in_sentence(a, x) || sentence_before(a, x, at))) ||
         (x->gender == 0 && (gender == 'm' || gender == 'f') && sentence_before(a, x, at))))
      named = x;
  }
  for (k = 1; !speaker && gender != 'o' && k <= a->nnames && !named; k++) {
    const name *x = &a->names[(a->name_head - k + NAMES) % NAMES];
    if (x->seen < at && x->gender == gender) named = x;
  }
  if (named) {
    /* (as its name is resolved: Mr Hague -> William Hague) */
    resolve(a, q, named->start, named->end);
    add_speaker(a, q->name_start, q->name_end, gender, at);
  } else if (speaker) {
    q->name_start = speaker->start;
    q->name_end = speaker->end;
    add_speaker(a, speaker->start, speaker->end,
                (char)(speaker->gender ? speaker->gender : gender), at);
  }
}

/* Words a description of a person holds at most (the two-time Academy
 * Award winner). */
#define DESCRIPTION_WORDS 6

/* Is token k the word "the" (The)? */
static int is_the(const attributor *a, size_t k) {
  const unsigned char *w = a->t->s + a->doc->toks[k].start;
  return a->doc->toks[k].len == 3 && (w[0] | 0x20) == 't' && w[1] == 'h' && w[2] == 'e';
}

/* Is [s, e) "the" and a role or a title, with a few words of its own
 * before it (the 47-year-old director, the Drexel spokesman; not the
 * researchers, who are many)? The start of its role word, with *the its
 * "the" token, or 0. */
static size_t described_person(const attributor *a, size_t s, size_t e, size_t *the) {
  const verba_doc *d = a->doc;
  size_t first = token_at(a, s), last = token_at(a, e - 1), k;
  const unsigned char *head_end;
  /* (the speaker as written may leave "the" out: the Salford MP) */
  if (!is_the(a, first) && first > 0 && is_the(a, first - 1)) first--;
  if (last == first || last - first >= DESCRIPTION_WORDS || !is_the(a, first) ||
      d->toks[last].kind != VERBA_WORD ||
      !(verba_doc_classes(d, last) & (VERBA_LEX_PERSON_ROLE | VERBA_LEX_NAME_TITLE)))
    return 0;
  /* one person: no plural (the researchers; the boss is one) */
  head_end = a->t->s + tok_end(d, last);
  if (head_end[-1] == 's' && head_end[-2] != 's') return 0;
  /* no function word nor cue inside (the authors of the: "the" is a
   * title only before a name; the secretary of state) */
  for (k = first + 1; k <= last; k++)
    if (verba_doc_classes(d, k) & NOT_IN_NAME) return 0;
  *the = first;
  return d->toks[last].start;
}

/* Tokens before a description that the name its role was written with
 * may be, at most (some pages of news); a document's descriptions read at
 * most ROLE_BUDGET (attribution.h) tokens a token of it in all, so that
 * a text of nothing but descriptions stays linear at a small cost. */
#define ROLE_REACH 1500

/* Is token k a word of a person's name after its first: capitalised on
 * the line, or a family name's particle joined (al-Sabah)? */
static int name_goes_on(const attributor *a, size_t k) {
  const verba_doc *d = a->doc;
  const verba_tok *t = &d->toks[k];
  if (t->kind != VERBA_WORD || (t->shape & VERBA_SHAPE_NEWLINE)) return 0;
  return (t->shape & VERBA_SHAPE_CAPITALIZED) ||
         verba_lex_particle_name(&d->config->lexicon, (const char *)a->t->s + t->start, t->len);
}

/* Words before a role word that may tell which one it is, at most
 * (Spurs sporting director, Deputy Prime Minister). */
#define ROLE_WORDS 4

/* Does a word of [from, to) spell the word at token k? */
static int has_word(const attributor *a, size_t from, size_t to, size_t k) {
  const verba_tok *t = &a->doc->toks[k];
  for (; from < to; from++)
    if (same_bytes(a->t, a->doc->toks[from].start, a->doc->toks[from].len, t->start, t->len))
      return 1;
  return 0;
}

/* Does token k make the role after it another: a title (deputy, former,
 * vice) or a role's modifier (class role_modifier: shadow, assistant)? */
static int role_changing(const verba_doc *d, size_t k) {
  return (verba_doc_classes(d, k) & VERBA_LEX_NAME_TITLE) ||
         (verba_doc_names(d, k) & VERBA_NAME_ROLE_MODIFIER);
}

/* Is the role word at token j the one of the description [first, role]:
 * no word before it that makes it another role that the description
 * lacks (deputy prime minister John Prescott is not the prime minister;
 * shadow chancellor Oliver Letwin not the chancellor), and every such
 * word and capitalised word of the description just before it (the K
 * Mart chairman: K Mart chairman Bernard Fauber; the former president:
 * not President Obama)? */
static int same_role(const attributor *a, size_t j, size_t first, size_t role) {
  const verba_doc *d = a->doc;
  size_t lo = j, k;
  while (lo > 0 && j - lo < ROLE_WORDS && d->toks[lo - 1].kind == VERBA_WORD &&
         !(d->toks[lo].shape & VERBA_SHAPE_SENTENCE_START))
    lo--;
  for (k = lo; k < j; k++)
    if (role_changing(d, k) && !has_word(a, first + 1, role, k)) return 0;
  for (k = first + 1; k < role; k++)
    if (((d->toks[k].shape & VERBA_SHAPE_CAPITALIZED) || role_changing(d, k)) &&
        !has_word(a, lo, j, k))
      return 0;
  return 1;
}

/* The name written last, before the description [first, role] (role its
 * role word), right after that role word (President Daniel Arap Moi,
 * director Spike Lee, before "the president", "the 47-year-old
 * director"): its bytes in [*s, *e), or 0 when the story gave the role
 * no name (or the document's budget of tokens to read is spent). */
static int named_with_role(attributor *a, size_t first, size_t role, size_t *s, size_t *e) {
  const verba_doc *d = a->doc;
  const verba_tok *r = &d->toks[role];
  size_t j = first, k;
  while (j-- > 0 && role - j <= ROLE_REACH && a->role_budget > 0) {
    const verba_tok *t = &d->toks[j];
    a->role_budget--;
    if (t->len != r->len || t->kind != VERBA_WORD ||
        !same_bytes(a->t, t->start, t->len, r->start, r->len) ||
        !capitalised_word(d, j + 1, r->start, 0) ||
        (verba_doc_classes(d, j + 1) & NOT_IN_NAME) || !same_role(a, j, first, role))
      continue;
    for (k = j + 2; k < role && name_goes_on(a, k); k++) {}
    *s = d->toks[j + 1].start;
    *e = tok_end(d, k - 1);
    return 1;
  }
  return 0;
}

/* Does the word at s (ending by e) open with a capital, or is it a
 * family name with its particle joined (al-Turabi)? */
static int capital_word_at(const attributor *a, size_t s, size_t e) {
  const verba_text *t = a->t;
  size_t end = s;
  if (verba_attr_is_upper(verba_cp_at(t, s))) return 1;
  while (end < e && !verba_is_space(t->s[end])) end++;
  return verba_lex_particle_name(&a->doc->config->lexicon, (const char *)t->s + s, end - s);
}

/* Words of a name in apposition to a speaker, at most. */
#define APPOSED_NAME_WORDS 4

/* A person's name set off by commas right after the speaker [s, e), a
 * common noun's phrase (said the company spokesman, Tom Reddy; Their
 * leader, 16-year-old Jamie Cole, said): capitalised words, the first a
 * given name the lists have, perhaps after a word of age or kind written
 * with hyphens, then a mark. Its start, with *name_end its end, or 0. */
static size_t apposed_name(const attributor *a, size_t s, size_t e, size_t *name_end) {
  const verba_doc *d = a->doc;
  size_t k, first, j;
  /* (the comma first, from the text: most speakers have none after them) */
  if (e >= a->t->len || a->t->s[e] != ',') return 0;
  k = token_at(a, e);
  /* (a common noun's phrase: its last word in lower case, or its first a
   * determiner's: the governor of the Bank of England) */
  if ((verba_attr_is_upper(verba_cp_at(a->t, last_word(a, s, e))) &&
       !(verba_doc_classes(d, token_at(a, s)) & (VERBA_LEX_ARTICLE | VERBA_LEX_DETERMINER))) ||
      k + 2 >= d->ntoks || d->toks[k].start != e || d->toks[k].cp != ',' || d->toks[k].len != 1)
    return 0;
  first = k + 1;
  /* (16-year-old, U.S.-born) */
  if (d->toks[first].kind == VERBA_WORD && (d->toks[first].shape & VERBA_SHAPE_LOWER) &&
      memchr(a->t->s + d->toks[first].start, '-', d->toks[first].len))
    first++;
  if (first + 1 >= d->ntoks ||
      !(verba_doc_names(d, first) & (VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE)) ||
      !(d->toks[first].shape & VERBA_SHAPE_CAPITALIZED))
    return 0;
  for (j = first + 1; j < d->ntoks && j - first < APPOSED_NAME_WORDS && name_goes_on(a, j); j++) {}
  if (j == first + 1 || j >= d->ntoks || d->toks[j].kind != VERBA_PUNCT ||
      !(d->toks[j].cp == ',' || d->toks[j].cp == '.' || d->toks[j].cp == ';'))
    return 0;
  *name_end = tok_end(d, j - 1);
  return d->toks[first].start;
}

/* speaker_name from the speaker (or what its relative pronoun stands
 * for), [s, e): a pronoun -> the most recent named speaker of a fitting
 * gender (he, she; it, they and we name no person); a common noun's
 * phrase with a person's name in apposition -> the name (said the
 * company spokesman, Tom Reddy -> Tom Reddy); "the" and a role ->
 * the name the story last wrote that role with (the president ->
 * President Daniel Arap Moi); a surname -> the full name seen earlier; a
 * name as written otherwise; other common nouns get none. */
static void resolve(attributor *a, verba_quote *q, size_t s, size_t e) {
  const verba_text *t = a->t;
  size_t sw, titles_end, the, media_end, name_end;
  char gender, title_sex, x_sex;
  int k, titled;
  if (verba_attr_is_pronoun(a, s, e)) {
    resolve_pronoun(a, q, s);
    return;
  }
  /* a name in apposition says who the common noun is */
  if ((sw = apposed_name(a, s, e, &name_end)) != 0) {
    resolve(a, q, sw, name_end);
    return;
  }
  if ((sw = described_person(a, s, e, &the)) != 0) {
    size_t ns, ne, role = token_at(a, sw);
    if (named_with_role(a, the, role, &ns, &ne)) {
      resolve(a, q, ns, ne);
      return;
    }
    /* a title the story named no one with names no one (the Salford MP,
     * The Judge); a role in capitals may be a name's word (the
     * Philippine Star) */
    if (verba_doc_classes(a->doc, role) & VERBA_LEX_NAME_TITLE) return;
  }
  if ((sw = authoring_owner(a, s, e)) != 0 || (sw = possessive_stem(t, s, e)) != 0)
    e = sw; /* Cornyn's statement; Hu's (claim that) */
  e = before_affiliation(a, s, e);
  media_end = before_media_noun(a, s, e);
  if (!capital_word_at(a, last_word(a, s, media_end), media_end)) return;
  /* (a determiner alone, capitalised as its sentence's first word, is no
   * name: Another said, Some said) */
  if (last_word(a, s, media_end) == s &&
      (verba_doc_classes(a->doc, token_at(a, s)) & VERBA_LEX_DETERMINER))
    return;
  /* Mrs. Roe: the first word may tell the gender */
  gender = (char)(first_word_end(a, s, media_end) > s ? verba_attr_gender_at(a, s) : 0);
  if (gender == 'n') gender = 0;
  /* (a medium's name is an organisation's: no he or she stands for it) */
  if (media_end != e && !gender) gender = 'o';
  e = media_end;
  titles_end = after_titles(a, s, e);
  title_sex = (char)(titles_end > s ? gender : 0);
  s = titles_end;
  /* a common noun heads the phrase: an analyst with Morgan Stanley */
  if (!verba_attr_is_upper(verba_cp_at(t, s))) return;
  if (!gender) gender = given_name_gender(a, token_at(a, s));
  if (!gender) gender = collective_name(a, s, e);
  if (!gender) gender = plural_noun(a, s, e);
  q->name_start = s;
  q->name_end = e;
  sw = last_word(a, s, e);
  {
    word first = word_from(a, token_at(a, s));
    titled = is_title(a->doc, &first);
  }
  for (k = 1; k <= a->nnames; k++) {
    const name *x = &a->names[(a->name_head - k + NAMES) % NAMES];
    size_t xs;
    /* another mention, with more of the name (Mr Hu, Hu -> Ken Hu); its
     * titles are read only for a name that ends the same way */
    if (x->end == e || !same_bytes(t, x->last, x->last_end - x->last, sw, e - sw))
      continue;
    xs = after_titles(a, x->start, x->end);
    {
      /* (a title and the surname, its latest mention, leave the surname
       * as it is: Reagan after President Reagan, not another's name) */
      word xw = word_from(a, token_at(a, xs));
      if (is_title(a->doc, &xw)) break;
    }
    /* (not a man's name for a woman's title: Mrs. Clinton is no Bill
     * Clinton, though Bill is a common word too; nor an organisation's) */
    x_sex = (char)(x->gender ? x->gender : listed_sex(a, token_at(a, xs)));
    if ((title_sex == 'm' || title_sex == 'f') && x_sex != 0 && x_sex != title_sex) continue;
    /* (the whole of this name ends the other, or its last word after a
     * title: Hu, Ken Hu or Judge Hu in Mr Ken Hu, not Peter Stanley in
     * Morgan Stanley) */
    if (x->end - xs > e - s &&
        (sw == s || same_bytes(t, x->end - (e - s), e - s, s, e - s) || titled)) {
      q->name_start = xs;
      q->name_end = x->end;
      if (!gender) gender = x->gender;
      break;
    }
  }
  add_speaker(a, q->name_start, q->name_end, gender, s);
  if (last_word(a, q->name_start, q->name_end) != q->name_start)
    remember(a, q->name_start, q->name_end, gender, 0);
}

/* The speaker's words are read from the token at s on: the tokens near
 * them are found from there (token_at), not from the quote's first. */
void verba_attr_resolve(attributor *a, verba_quote *q, size_t s, size_t e) {
  size_t near = a->near;
  a->near = verba_doc_token_at(a->doc, s, near);
  resolve(a, q, s, e);
  a->near = near;
}

/* Before a pronoun speaker (before_speaker, its start) is resolved: a
 * person the quote's own sentence names as the subject of a cue, before
 * that pronoun, is the most recent person named ('Asked about it, Roe
 * said "...," she said.': she is Roe), so she is remembered as a
 * speaker first. For a possessive pronoun the subject of the sentence
 * does as well (Roe stood by her claim that "..."). */
void verba_attr_named_in_sentence(attributor *a, const window *win,
                                  size_t before_speaker, int possessive) {
  found g;
  verba_quote scratch;
  int lower = verba_attr_sentence_start(a, win->tok, win->para, win->n), k;
  memset(&g, 0, sizeof g);
  if (lower >= win->n ||
      !(verba_attr_cue_subject(a, win->tok, lower, win->n, &g) ||
        (possessive && verba_attr_sentence_subject(a, win->tok, lower, win->n, NULL, &g))) ||
      g.start >= before_speaker)
    return;
  for (k = lower; k < win->n && win->tok[k].start != g.start; k++) {}
  /* a name: not a function word (That said, ...) nor a pronoun */
  if (k == win->n ||
      (win->tok[k].flags & (T_CAP | T_STOP | T_DET | T_PRONOUN)) != T_CAP)
    return;
  memset(&scratch, 0, sizeof scratch);
  verba_attr_resolve(a, &scratch, g.start, g.end); /* remembers the name as a speaker */
}

/* (a pronoun's class is read from its token; a name's last word is
 * matched against the full names remembered so far) */
int verba_attr_names_person(const attributor *a, size_t start, size_t end) {
  const verba_doc *d = a->doc;
  size_t k = token_at(a, start), last = last_word(a, start, end), caps = 0;
  int i;
  if (verba_attr_is_pronoun(a, start, end))
    return (verba_doc_classes(d, k) & VERBA_LEX_CLAUSE_PRONOUN) != 0;
  for (; k < d->ntoks && d->toks[k].start < end; k++) {
    /* (a headline's capitals, or words of two lines) */
    if ((d->toks[k].shape & VERBA_SHAPE_ALL_CAPS) ||
        (d->toks[k].start > start && (d->toks[k].shape & VERBA_SHAPE_NEWLINE)))
      return 0;
    if (d->toks[k].kind == VERBA_WORD && (d->toks[k].shape & VERBA_SHAPE_CAPITALIZED)) caps++;
  }
  if (caps >= 2) return 1;
  for (i = 1; i <= a->nnames; i++) {
    const name *x = &a->names[(a->name_head - i + NAMES) % NAMES];
    if (x->last > x->start && x->last < start &&
        same_bytes(a->t, x->last, x->last_end - x->last, last, end - last))
      return 1;
  }
  return 0;
}

/* Do the last words of [s1, e1) and [s2, e2) match (Roe, Tamsin Roe)? */
int verba_attr_same_last_word(const attributor *a, size_t s1, size_t e1,
                              size_t s2, size_t e2) {
  size_t l1 = last_word(a, s1, e1), l2 = last_word(a, s2, e2);
  return same_bytes(a->t, l1, e1 - l1, l2, e2 - l2);
}
