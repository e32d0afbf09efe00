/* Annotation stage: quotations. Pairs the quotation-mark tokens of the
 * document (doc.c marks them: an apostrophe inside a word, don't, China's,
 * '90s, rock 'n' roll, is part of its word token and never a mark)
 * paragraph by paragraph. Whether a mark opens or closes comes from its
 * character and its flanks (the tokens beside it, or white space), so
 * faults are recovered: a closing mark typed as an opening one, a quote
 * carried over paragraphs by the multi-paragraph convention, a quote left
 * open at the paragraph end. Open marks wait on a stack; per family a
 * second stack of their levels finds the innermost one of a family at
 * once, so each mark costs amortised constant time however deep the
 * nesting. Quotations nested deeper than the configuration's quote_depth
 * are not reported, but their marks still pair. Marks that pair with
 * nothing are dropped. */
#include <string.h>
#include <utf8proc.h>
#include "verba.h"
#include "lexicon_data.h"
#include "quote_context.h"

/* Quote families: a closer only closes an opener of its own family. */
enum family { F_NONE, F_DOUBLE, F_SINGLE, F_GUILLEMET, F_SGUILLEMET,
              F_CORNER, F_WCORNER };

/* How a character's role is decided. */
enum rule { BY_FLANKS, OPENS, CLOSES, BY_OPENER };

typedef struct mark_class {
  int32_t cp;
  enum family family;
  enum rule rule;
  int opens; /* its usual role when its flanks cannot tell (spaced) */
} mark_class;

/* Every quotation mark news uses. “ and ‘ also close (German „…“ and ‚…‘,
 * and the typo “…“); ” and ’ also open (Swedish ”…”). Guillemets point
 * either way (French «…», German »…«, Swedish »…»), and one document may
 * quote sources written both ways: each quote's closer is decided against
 * its own opener (see guillemet_opens). */
static const mark_class mark_classes[] = {
  {'"', F_DOUBLE, BY_FLANKS, -1},        {0x201C, F_DOUBLE, BY_FLANKS, 1},
  {0x201D, F_DOUBLE, BY_FLANKS, 0},      {0x201E, F_DOUBLE, OPENS, 1},
  {0x201F, F_DOUBLE, OPENS, 1},          {'\'', F_SINGLE, BY_FLANKS, -1},
  {0x2018, F_SINGLE, BY_FLANKS, 1},      {0x2019, F_SINGLE, BY_FLANKS, 0},
  {0x201A, F_SINGLE, OPENS, 1},          {0x201B, F_SINGLE, OPENS, 1},
  {'`', F_SINGLE, OPENS, 1},             {0xAB, F_GUILLEMET, BY_OPENER, -1},
  {0xBB, F_GUILLEMET, BY_OPENER, -1}, {0x2039, F_SGUILLEMET, BY_OPENER, -1},
  {0x203A, F_SGUILLEMET, BY_OPENER, -1}, {0x300C, F_CORNER, OPENS, 1},
  {0x300D, F_CORNER, CLOSES, 0},         {0x300E, F_WCORNER, OPENS, 1},
  {0x300F, F_WCORNER, CLOSES, 0},
};

/* What stands before an opening mark. */
enum before { B_PARA, B_SENTENCE, B_COLON, B_COMMA, B_WORD, B_NAMING,
              B_GLOSS, B_POSSESSIVE, B_EQUALS, B_OTHER, B_LAST };

#define FAMILIES 7

/* An open mark whose quotation may be reported (one of the first
 * quote_depth levels). */
typedef struct open_mark {
  size_t tok, end;        /* its first token, and the end of its last */
  enum before before;
  size_t para_start;
  size_t lead_end;        /* end of the text before it, spaces skipped */
  unsigned long words_at; /* the finder's words count when it opened */
} open_mark;

/* A growable array of the finder's, through the document's allocator. */
typedef struct growable {
  void *items;
  size_t n, cap;
} growable;

typedef struct finder {
  const verba_doc *doc;
  verba_quote_list *list;
  size_t limit;           /* levels whose quotations are reported */
  growable classes;       /* unsigned char per open mark: its mark class */
  growable marks;         /* open_mark per open mark below limit */
  growable levels[FAMILIES]; /* size_t per open mark of each family: its
                                level, innermost last */
  size_t depth;           /* open marks */
  size_t para, para_start, para_end;
  enum before before;     /* what the next opener would stand after, */
  size_t last_tok;        /* ... or B_LAST: ask before_token(last_tok) */
  unsigned long words;    /* runs of text holding a word, so far: a quote
                           * whose opener saw the same count holds none */
  int carry;              /* level 0 is open across a paragraph break */
  size_t carry_end;       /* end of the paragraph it was open at */
  size_t carry_last;      /* that paragraph's last token + 1 */
  int held;               /* the carried quote's next paragraph opened with
                           * text: it goes on if that paragraph's first mark
                           * closes it (hand-typed copy continues a quotation
                           * into the next paragraph without a new opener) */
  size_t last_closed;     /* list index of the quote the last mark closed */
  int last_was_close;
  size_t next_mark;       /* the document's list of marks read up to here */
  int rc;
} finder;

/* The code points around every mark are asked for, so the forms marks and
 * prose are made of (ASCII and well-formed two- and three-byte sequences)
 * are decoded here; the rest, malformed bytes included, by verba_decode. */
static inline int32_t cp_at(const verba_text *t, size_t pos) {
  const unsigned char *s = t->s + pos;
  int32_t cp = -1;
  if (pos >= t->len) return -1;
  if (s[0] < 0x80) return s[0];
  if (s[0] >= 0xC2 && s[0] < 0xE0 && pos + 1 < t->len && (s[1] & 0xC0) == 0x80)
    return (int32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
  if (s[0] >= 0xE0 && s[0] < 0xF0 && pos + 2 < t->len &&
      (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
    cp = (int32_t)(s[0] & 0x0F) << 12 | (int32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return cp;
  }
  verba_decode(t, pos, &cp);
  return cp;
}

static inline int32_t cp_before(const verba_text *t, size_t pos) {
  const unsigned char *s = t->s;
  int32_t cp = -1;
  if (pos == 0) return -1;
  if (s[pos - 1] < 0x80) return s[pos - 1];
  if (pos >= 2 && s[pos - 2] >= 0xC2 && s[pos - 2] < 0xE0 &&
      (s[pos - 1] & 0xC0) == 0x80)
    return (int32_t)(s[pos - 2] & 0x1F) << 6 | (s[pos - 1] & 0x3F);
  if (pos >= 3 && s[pos - 3] >= 0xE0 && s[pos - 3] < 0xF0 &&
      (s[pos - 2] & 0xC0) == 0x80 && (s[pos - 1] & 0xC0) == 0x80) {
    cp = (int32_t)(s[pos - 3] & 0x0F) << 12 | (int32_t)(s[pos - 2] & 0x3F) << 6 |
         (s[pos - 1] & 0x3F);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return cp;
  }
  verba_decode_back(t, pos, &cp);
  return cp;
}

/* Asked for every mark's flanks: a switch, not a search of the table. */
static inline const mark_class *mark_of(int32_t cp) {
  int i;
  switch (cp) {
    case '"': i = 0; break;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: i = 1 + (cp - 0x201C); break;
    case '\'': i = 5; break;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: i = 6 + (cp - 0x2018); break;
    case '`': i = 10; break;
    case 0xAB: i = 11; break;
    case 0xBB: i = 12; break;
    case 0x2039: i = 13; break;
    case 0x203A: i = 14; break;
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: i = 15 + (cp - 0x300C); break;
    default: return NULL;
  }
  return &mark_classes[i];
}

static inline int is_space(int32_t cp) {
  return cp < 0 || verba_is_space(cp); /* the text's edges count as space */
}

int verba_is_quote_mark(int32_t cp) { return mark_of(cp) != NULL; }

/* Makes room for one more item of size bytes; VERBA_OK or VERBA_ENOMEM. */
static int grow(finder *f, growable *g, size_t size) {
  size_t cap = g->cap ? g->cap * 2 : 16;
  void *p;
  if (g->n < g->cap) return VERBA_OK;
  if (cap > (size_t)-1 / size) return VERBA_ENOMEM;
  p = f->doc->alloc(f->doc->alloc_ud, g->items, g->cap * size, cap * size);
  if (!p) return VERBA_ENOMEM;
  g->items = p;
  g->cap = cap;
  return VERBA_OK;
}

static void release(finder *f, growable *g, size_t size) {
  f->doc->alloc(f->doc->alloc_ud, g->items, g->cap * size, 0);
  g->items = NULL;
  g->n = g->cap = 0;
}

#define CLASS_AT(f, level) (((unsigned char *)(f)->classes.items)[level])
#define MARK_AT(f, level) (((open_mark *)(f)->marks.items)[level])
#define FAMILY_AT(f, level) (mark_classes[CLASS_AT(f, level)].family)

/* The level of the innermost open mark of fam, or VERBA_NONE. */
static size_t innermost(const finder *f, enum family fam) {
  const growable *g = &f->levels[fam];
  return g->n ? ((const size_t *)g->items)[g->n - 1] : VERBA_NONE;
}

/* Closes every open mark from level up: they pair with nothing more. */
static void pop_to(finder *f, size_t level) {
  while (f->depth > level) {
    f->depth--;
    f->levels[FAMILY_AT(f, f->depth)].n--;
  }
  if (f->marks.n > f->depth) f->marks.n = f->depth;
  f->classes.n = f->depth;
}

/* The first character of token k (-1 past the end). */
static int32_t first_cp(const verba_doc *d, size_t k) {
  if (k >= d->ntoks) return -1;
  return d->toks[k].cp ? d->toks[k].cp : cp_at(&d->text, d->toks[k].start);
}

/* The last character of token k. */
static int32_t last_cp(const verba_doc *d, size_t k) {
  return cp_before(&d->text, d->toks[k].start + d->toks[k].len);
}

static size_t tok_end(const verba_doc *d, size_t k) {
  return d->toks[k].start + d->toks[k].len;
}

/* What stands right before token k: white space (or the text's start,
 * both -1 here) or the last character of the token it touches. */
static int32_t char_before(const verba_doc *d, size_t k) {
  if (k == 0 || (d->toks[k].shape & VERBA_SHAPE_SPACED)) return -1;
  return last_cp(d, k - 1);
}

/* What stands right after the tokens before k: the first character of
 * token k if it touches them, else white space (-1). */
static int32_t char_after(const verba_doc *d, size_t k) {
  if (k >= d->ntoks || (d->toks[k].shape & VERBA_SHAPE_SPACED)) return -1;
  return first_cp(d, k);
}

/* Does the token hold a word, as a quotation must (marks and punctuation
 * alone are none)? */
static int wordish(const verba_tok *k) {
  switch (k->kind) {
    case VERBA_WORD: case VERBA_NUMBER: case VERBA_URL: case VERBA_EMAIL:
    case VERBA_MENTION: case VERBA_HASHTAG:
      return 1;
    default:
      return 0;
  }
}

/* Makes room and stores q at the place its start sorts to. Quotes are
 * stored when they close, inner ones first, so an outer quote goes before
 * its nested ones: at most quote_depth moves per quote. */
static void store(finder *f, const verba_quote *q) {
  verba_quote_list *l = f->list;
  size_t k;
  if (f->rc) return;
  if (l->n == l->cap) {
    if (!l->grow || l->grow(l, l->n + 1) != 0 || l->cap <= l->n) {
      f->rc = VERBA_ENOMEM;
      return;
    }
  }
  k = l->n;
  while (k > 0 && l->items[k - 1].start > q->start) k--;
  memmove(l->items + k + 1, l->items + k, (l->n - k) * sizeof *l->items);
  l->items[k] = *q;
  l->n++;
  f->last_closed = k;
}

/* Interior facts that decide a quotation's kind. */
typedef struct interior {
  int words;         /* counted up to TITLE_WORDS + 1 */
  int capitalized;   /* words starting upper-case (small words pass) */
  int first_upper;   /* the first word starts upper-case */
  int ends_terminal; /* . ! ? , or an ellipsis just inside the closing mark */
  int32_t last;      /* the last character inside */
} interior;

/* The most words a quoted title has: each capitalised but the small
 * words (Andy Warhol: Photographs and Prints from the University
 * Collection); a sentence has words in lower case. */
#define TITLE_WORDS 12

/* Tokens read inside a quotation for its first words: a bound, so a long
 * quotation costs what a short one does. */
#define INTERIOR_TOKENS 32

/* Reads the tokens [from, to) inside a quotation. */
static void read_interior(const verba_doc *d, size_t from, size_t to,
                          interior *in) {
  size_t k, stop = to - from > INTERIOR_TOKENS ? from + INTERIOR_TOKENS : to;
  memset(in, 0, sizeof *in);
  for (k = from; k < stop && in->words < TITLE_WORDS + 1; k++) {
    const verba_tok *tk = &d->toks[k];
    int upper;
    if (tk->kind != VERBA_WORD && tk->kind != VERBA_NUMBER) continue;
    upper = (tk->shape & VERBA_SHAPE_CAPITALIZED) || tk->kind == VERBA_NUMBER;
    if (in->words++ == 0) in->first_upper = upper;
    /* the lexicon's call made here, for a word it has */
    if (upper || (tk->entry && (verba_lex_classes(&d->config->lexicon, tk->entry) &
                                VERBA_LEX_TITLE_SMALL_WORD)))
      in->capitalized++;
  }
  in->last = to > from ? last_cp(d, to - 1) : -1;
  in->ends_terminal = in->last == '.' || in->last == '!' || in->last == '?' ||
                      in->last == ',' || in->last == 0x2026;
}

static inline int is_alnum(int32_t cp) {
  if (cp < 0) return 0;
  if (cp < 0x80)
    return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9');
  /* General Punctuation holds no letter or digit: no table look-up for
   * the curly marks and dashes */
  if ((cp >= 0x2000 && cp <= 0x206F) || cp == 0xAB || cp == 0xBB) return 0;
  return utf8proc_category(cp) <= UTF8PROC_CATEGORY_NO &&
         utf8proc_category(cp) != UTF8PROC_CATEGORY_CN;
}

/* ASCII punctuation that may stand between a closing mark and what
 * follows (CLOSER_PUNCT) or before an opening mark (OPENER_PUNCT). */
#define CLOSER_PUNCT 1
#define OPENER_PUNCT 2
static const unsigned char ascii_punct[128] = {
  [','] = 3, ['.'] = 1, [';'] = 3, [':'] = 3, ['!'] = 1, ['?'] = 1,
  [')'] = 1, [']'] = 1, ['}'] = 1, ['-'] = 3, ['/'] = 3, ['('] = 2,
  ['['] = 2, ['{'] = 2,
};

static inline int closes_clause(int32_t cp) {
  return cp >= 0 && cp < 0x80 ? ascii_punct[cp] & CLOSER_PUNCT
                              : verba_is_dash(cp) || cp == 0x2026;
}

static inline int opens_clause(int32_t cp) {
  return cp >= 0 && cp < 0x80 ? ascii_punct[cp] & OPENER_PUNCT
                              : verba_is_dash(cp);
}

/* Punctuation a title may carry inside its closing mark (the American
 * style puts the sentence's comma or period there: on "Meet the Press,"
 * he said), with the fewest words such a title has: one capitalised word
 * and a comma is as often an utterance ("Yes," she said). */
static const struct { int32_t ch; int min_words; } title_endings[] = {
  {',', 2}, {'.', 2},
};

/* May a capitalised quote ending in punctuation still be a title? Not
 * one that opens a sentence: that is an utterance of its own. */
static int title_ending(const interior *in, enum before before) {
  size_t i;
  if (before == B_PARA || before == B_SENTENCE) return 0;
  for (i = 0; i < sizeof title_endings / sizeof *title_endings; i++)
    if (in->last == title_endings[i].ch && in->words >= title_endings[i].min_words)
      return 1;
  return 0;
}

/* Characters that end a sentence, inside a quote's closing mark or right
 * after it: a capitalised quote ending in one is a whole sentence. */
static const int32_t sentence_terminals[] = { '.', '!', '?' };

static int is_sentence_terminal(int32_t cp) {
  size_t i;
  for (i = 0; i < sizeof sentence_terminals / sizeof *sentence_terminals; i++)
    if (cp == sentence_terminals[i]) return 1;
  return 0;
}

/* Does q end a sentence: a terminal before its closing mark (past the
 * closing marks of quotes nested at its end: "... 'Go.'") or right after
 * it? The look-back stops at the first other token, and within
 * INTERIOR_TOKENS, so a run of marks is not read once per quote. close is
 * the first token of its closing mark. */
static int ends_sentence(const verba_doc *d, const verba_quote *q,
                         size_t close) {
  size_t k = close, limit = close - q->first > INTERIOR_TOKENS
                                ? close - INTERIOR_TOKENS : q->first + 1;
  while (k > limit && (d->toks[k - 1].shape & VERBA_SHAPE_QUOTE_MARK)) k--;
  if (k > limit && is_sentence_terminal(last_cp(d, k - 1))) return 1;
  return !q->unclosed && is_sentence_terminal(char_after(d, q->last));
}

/* Notes in q->context what its words and what stands before it tell of
 * its kind (verba_quotes_settle decides it): an attribute value (id="x"),
 * a title, words after a naming word, an utterance of its own, a whole
 * sentence after a word (Hu said "Go."). Its words are the tokens
 * [open_end, close). */
static void read_form(const verba_doc *d, verba_quote *q, size_t open_end,
                      size_t close, enum before before) {
  interior in;
  read_interior(d, open_end, close, &in);
  q->words = (unsigned)in.words;
  if (in.words > 0 && in.words <= TITLE_WORDS && in.capitalized == in.words &&
      before != B_COLON && (!in.ends_terminal || title_ending(&in, before)))
    q->context |= VERBA_QCTX_TITLE;
  if (in.words >= 2 && in.capitalized == in.words) q->context |= VERBA_QCTX_TITLE_CASE;
  if (before == B_NAMING || before == B_GLOSS) q->context |= VERBA_QCTX_NAMED;
  /* a gloss is a word's sense or sound, whatever cue its sentence has:
   * The Persians call it Nesf-e-Jahan, meaning "Half the World" */
  if (before == B_GLOSS) q->context |= VERBA_QCTX_UNSAID;
  if (before == B_EQUALS) {
    q->context |= VERBA_QCTX_VALUE;
    return;
  }
  if (in.first_upper && before != B_WORD && before != B_NAMING && before != B_GLOSS) {
    q->context |= VERBA_QCTX_UTTERANCE;
    return;
  }
  /* after a word it may be the object of a cue (Hu said "Go."): whether
   * that word is the cue is known after attribution (verba_quotes_settle) */
  if (in.first_upper && before == B_WORD && ends_sentence(d, q, close))
    q->context |= VERBA_QCTX_SENTENCE;
  if (in.first_upper && in.words >= 4 && in.ends_terminal)
    q->context |= VERBA_QCTX_UTTERANCE;
}

/* Stores the quote o opened, closed by the tokens [close, close_end), or
 * left open at the end of its paragraph (unclosed: close == close_end,
 * the paragraph's last token + 1); returns 0 if it holds no word (marks
 * and punctuation alone are no quotation) or could not be stored. */
static int emit(finder *f, const open_mark *o, size_t close, size_t close_end,
                size_t para_end, int unclosed) {
  const verba_doc *d = f->doc;
  verba_quote q;
  size_t open_end = o->end > tok_end(d, o->tok) ? o->tok + 2 : o->tok + 1;
  if (f->words == o->words_at) return 0; /* no word since it opened */
  memset(&q, 0, sizeof q);
  q.start = d->toks[o->tok].start;
  q.open_end = o->end;
  q.first = o->tok;
  q.last = close_end;
  if (unclosed) {
    q.end = q.close_start = para_end;
  } else {
    q.close_start = d->toks[close].start;
    q.end = tok_end(d, close_end - 1);
  }
  q.para_start = o->para_start;
  q.para_end = para_end;
  q.parent = VERBA_NONE;
  q.lead_end = o->lead_end;
  q.unclosed = unclosed;
  if (o->before == B_PARA) q.context |= VERBA_QCTX_PARA_START;
  if (o->before == B_COLON) q.context |= VERBA_QCTX_AFTER_COLON;
  if (o->before == B_COMMA) q.context |= VERBA_QCTX_AFTER_COMMA;
  if (o->before == B_PARA || o->before == B_SENTENCE)
    q.context |= VERBA_QCTX_SENTENCE_START;
  if (unclosed) q.context |= VERBA_QCTX_PARA_END;
  q.kind = VERBA_QUOTE_PARTIAL; /* until verba_quotes_settle */
  read_form(d, &q, open_end, close, o->before);
  if (q.words == 0) return 0;
  q.speaker_start = q.speaker_end = VERBA_NONE;
  q.cue_start = q.cue_end = VERBA_NONE;
  q.name_start = q.name_end = VERBA_NONE;
  q.speaker_entity = VERBA_NONE;
  store(f, &q);
  return f->rc == 0;
}

/* The flanks of a mark: may what stands before it (left) precede an
 * opener, and what stands after it (right) follow a closer? */
static inline void flanks(int32_t before, int32_t after, int *left, int *right) {
  *left = is_space(before) || opens_clause(before) || mark_of(before);
  *right = is_space(after) || closes_clause(after) || mark_of(after);
}

/* Whether a mark that may either open or close opens here: by its flanks,
 * then by whether a quote of its family is open to be closed. */
static int opens_here(const finder *f, const mark_class *m, enum family fam,
                      int32_t before, int32_t after) {
  int left, right, top_is_family;
  flanks(before, after, &left, &right);
  top_is_family = f->depth > 0 && FAMILY_AT(f, f->depth - 1) == fam;
  /* a double mark closes the double quote open under single ones that
   * never closed (a plural possessive, success', reads as one) */
  if (fam == F_DOUBLE && innermost(f, fam) != VERBA_NONE) top_is_family = 1;
  /* right after a sentence's or clause's end it closes the quote open:
   * ",\u201dHu said" (a missing space), not an opener */
  if (left && !right && top_is_family && before > 0 && before < 0x80 &&
      strchr(",.!?)]", (int)before) != NULL)
    return 0;
  if (left && !right) return 1;
  if (right && !left) return 0;
  if (!left && !right) return -1; /* inside a word: belongs to nothing */
  if (m->opens == 0 && !(is_space(before) && is_space(after)))
    return 0; /* a closer's shape between punctuation and a space: ,\u201d Hu */
  if (m->opens > 0 && !(is_space(before) && is_space(after)) && !top_is_family)
    return 1;
  if (m->opens >= 0 && is_space(before) && is_space(after))
    return m->opens && !top_is_family; /* a spaced curly mark: as drawn */
  return !top_is_family;
}

/* A guillemet closes the innermost open quote of its family if it points
 * the other way from that quote's opener («…», »…«), or points the same way
 * with the flanks of a closer (»…»); otherwise it opens. With none open,
 * one with the flanks of a closer is a stray. */
static int guillemet_opens(const finder *f, const mark_class *m,
                           enum family fam, int32_t before, int32_t after) {
  int left, right;
  size_t level = innermost(f, fam);
  flanks(before, after, &left, &right);
  if (level != VERBA_NONE) {
    if (mark_classes[CLASS_AT(f, level)].cp != m->cp) return 0;
    return left && !right;
  }
  return !(right && !left);
}

/* What the token k (the last of the text before an opener) makes an
 * opener right after it stand after. */
static enum before before_token(const verba_doc *d, size_t k) {
  const verba_tok *tk = &d->toks[k];
  int32_t cp;
  if (wordish(tk) || tk->kind == VERBA_EMOJI) {
    if (tk->kind != VERBA_WORD) return B_WORD;
    if (verba_doc_classes(d, k) & VERBA_LEX_NAMING_WORD) return B_NAMING;
    if (verba_doc_names(d, k) & VERBA_NAME_GLOSS_WORD) return B_GLOSS;
    if (tk->shape & VERBA_SHAPE_POSSESSIVE) return B_POSSESSIVE;
    return B_WORD;
  }
  cp = last_cp(d, k);
  switch (cp) {
    case '.':
      /* after an initial (a letter or digit alone before it) no sentence
       * ends */
      if (tk->len == 1 && k > 0 && !(tk->shape & VERBA_SHAPE_SPACED) &&
          d->toks[k - 1].len == 1 && is_alnum(last_cp(d, k - 1)))
        return B_WORD;
      return B_SENTENCE;
    case '!': case '?': case 0x2026: return B_SENTENCE;
    case ':': return B_COLON;
    case ',': case '(': case '-': return B_COMMA;
    case '=': return B_EQUALS;
    case '%': return B_WORD;
    default: break;
  }
  if (verba_is_dash(cp)) return B_COMMA;
  if (cp < 0x80) return B_OTHER;
  return utf8proc_category(cp) >= UTF8PROC_CATEGORY_PC &&
                 utf8proc_category(cp) <= UTF8PROC_CATEGORY_SO
             ? B_OTHER : B_WORD;
}

/* Opens a mark of class cls: its first token tok, its end the byte end. */
static void push(finder *f, size_t tok, size_t end, unsigned char cls) {
  enum family fam = mark_classes[cls].family;
  if ((f->rc = grow(f, &f->classes, 1)) != VERBA_OK ||
      (f->rc = grow(f, &f->levels[fam], sizeof(size_t))) != VERBA_OK)
    return;
  if (f->depth < f->limit) {
    open_mark *o;
    if ((f->rc = grow(f, &f->marks, sizeof(open_mark))) != VERBA_OK) return;
    o = &MARK_AT(f, f->marks.n++);
    o->tok = tok;
    o->end = end;
    o->before = f->before == B_LAST ? before_token(f->doc, f->last_tok)
                                    : f->before;
    o->lead_end = f->before == B_LAST ? tok_end(f->doc, f->last_tok)
                                      : VERBA_NONE;
    o->para_start = f->para_start;
    o->words_at = f->words;
  }
  ((size_t *)f->levels[fam].items)[f->levels[fam].n++] = f->depth;
  CLASS_AT(f, f->classes.n++) = cls;
  f->depth++;
}

/* Closes the innermost open quote of fam with the tokens [tok, close_end);
 * openers above it pair with nothing and are dropped. Returns 0 if none
 * of fam is open. */
static int close_family(finder *f, size_t tok, size_t close_end,
                        enum family fam) {
  size_t level = innermost(f, fam);
  if (level == VERBA_NONE) return 0;
  if (level < f->limit)
    f->last_was_close = emit(f, &MARK_AT(f, level), tok, close_end,
                             f->para_end, 0);
  pop_to(f, level);
  if (level == 0) f->carry = 0;
  return 1;
}

/* Ends a quote carried from an earlier paragraph that the next paragraph
 * does not continue: it was left open at the end of paragraph f->para - 1. */
static void end_carry(finder *f) {
  if (!f->carry) return;
  if (f->limit > 0)
    emit(f, &MARK_AT(f, 0), f->carry_last, f->carry_last, f->carry_end, 1);
  f->carry = 0;
  f->held = 0;
  pop_to(f, 0);
}

/* Does the opening double mark at token tok go on with the double
 * quotation open around it, as a new paragraph of it whose break was lost
 * (the multi-paragraph convention run into one line: "... ago. "Now it's
 * ..."): after a sentence's end inside that quotation and a space, before
 * a capital? Double marks inside double marks quote nothing else in news
 * (an inner quotation takes single marks). */
static int goes_on_inline(const finder *f, size_t tok, enum family fam) {
  const verba_doc *d = f->doc;
  int32_t last;
  if (fam != F_DOUBLE || f->depth == 0 || FAMILY_AT(f, f->depth - 1) != F_DOUBLE ||
      f->before != B_LAST || !(d->toks[tok].shape & VERBA_SHAPE_SPACED) ||
      tok + 1 >= d->ntoks || !(d->toks[tok + 1].shape & VERBA_SHAPE_CAPITALIZED) ||
      (d->toks[tok + 1].shape & VERBA_SHAPE_SPACED))
    return 0;
  last = last_cp(d, f->last_tok);
  return last == '.' || last == '!' || last == '?' || last == 0x2026;
}

/* A quotation mark made of the tokens [tok, mark_end), of class cls. */
static void on_mark(finder *f, size_t tok, size_t mark_end, unsigned char cls,
                    int first_in_para) {
  const verba_doc *d = f->doc;
  const mark_class *m = &mark_classes[cls];
  int32_t before = char_before(d, tok), after = char_after(d, mark_end);
  enum family fam = m->family;
  int open;
  if (mark_end - tok == 2) { /* '' and `` are one double mark */
    fam = F_DOUBLE;
    cls = 0;
  }
  switch (m->rule) {
    case OPENS: open = 1; break;
    case CLOSES: open = 0; break;
    case BY_OPENER: open = guillemet_opens(f, m, fam, before, after); break;
    default: open = opens_here(f, m, fam, before, after); break;
  }
  if (first_in_para && open == 0 && m->rule == BY_FLANKS && fam == F_DOUBLE)
    open = 1; /* a closing mark typed to open a paragraph: \u201d... */
  if (f->held) {
    /* the paragraph after a carried quote opened with text: a closer of
     * the carried quote's family first ends it here */
    f->held = 0;
    if (fam == FAMILY_AT(f, 0) && (open == 0 || (open == -1 && fam != F_SINGLE)) &&
        close_family(f, tok, mark_end, fam)) {
      f->before = B_WORD;
      return;
    }
    end_carry(f);
  }
  if (f->carry && first_in_para) {
    /* The multi-paragraph convention: each paragraph of one quotation
     * opens with a mark and only the last one closes. */
    if (open == 1 && fam == FAMILY_AT(f, 0)) {
      pop_to(f, 1);
      f->before = B_PARA;
      return;
    }
    end_carry(f);
  }
  if (open == 0 || (open == -1 && fam != F_SINGLE)) {
    if (close_family(f, tok, mark_end, fam)) {
      f->before = B_WORD;
      return;
    }
  }
  if (open == 1 && goes_on_inline(f, tok, fam)) return;
  if (open == 1) push(f, tok, tok_end(d, mark_end - 1), cls);
}

/* At a paragraph's end: the outermost quote still open carries over if it
 * opened the paragraph or (for a double mark) a sentence or clause; an
 * unpaired mark elsewhere is a stray (a single one far likelier an
 * apostrophe). */
static void end_paragraph(finder *f) {
  if (f->held) end_carry(f); /* no mark closed it */
  if (f->depth > 0 && !f->carry && f->limit > 0) {
    const open_mark *o = &MARK_AT(f, 0);
    if (o->before == B_PARA ||
        (FAMILY_AT(f, 0) != F_SINGLE &&
         (o->before == B_COLON || o->before == B_SENTENCE ||
          o->before == B_COMMA))) {
      f->carry = 1;
    }
  }
  if (f->carry) {
    pop_to(f, 1);
    f->carry_end = f->para_end;
    f->carry_last = f->doc->paragraphs[f->para - 1].last;
  } else {
    pop_to(f, 0);
  }
  if (f->last_was_close && f->rc == 0)
    f->list->items[f->last_closed].context |= VERBA_QCTX_PARA_END;
}

/* The tokens [from, to) between two marks (or a paragraph edge and a
 * mark), none a mark: they end a quote carried into the paragraph when
 * they open it, the next opener stands after the last of them, and a word
 * among them counts for every quote open around it. */
static void text_between(finder *f, size_t from, size_t to, int *first) {
  size_t k;
  if (from >= to) return;
  if (*first && f->carry && f->depth == 1) {
    f->held = 1;
  } else if (*first) {
    end_carry(f);
  }
  *first = 0;
  f->last_was_close = 0;
  f->before = B_LAST;
  f->last_tok = to - 1;
  for (k = from; k < to; k++)
    if (wordish(&f->doc->toks[k])) {
      f->words++;
      break;
    }
}

/* The end of the mark at token k (of class m) in a paragraph whose tokens
 * end at last: straight marks doubled ('' and ``, touching) are one double
 * mark. Of three, the single one is the inner: first after a word (,'''
 * closes 'x' and then ''x''), last before one (''' opens ''x'' and then
 * 'x'). */
static size_t mark_tokens(const verba_doc *d, size_t k, size_t last,
                          const mark_class *m) {
  const verba_tok *tk = d->toks;
  int32_t before;
  if ((m->cp != '\'' && m->cp != '`') || k + 1 >= last ||
      tk[k + 1].cp != tk[k].cp || (tk[k + 1].shape & VERBA_SHAPE_SPACED))
    return k + 1;
  before = char_before(d, k);
  if (k + 2 < last && tk[k + 2].cp == tk[k].cp &&
      !(tk[k + 2].shape & VERBA_SHAPE_SPACED) && !is_space(before) &&
      !mark_of(before) && !is_alnum(char_after(d, k + 3)))
    return k + 1;
  return k + 2;
}

/* The marks of a long document lie far apart in its token array and its
 * text, neither of which is in the cache any more when the finder reads
 * them: each would wait for its token's line and then its bytes' line.
 * The finder asks for them ahead (a hint, which changes no result): the
 * token of the mark MARKS_AHEAD after the one read, the bytes of the mark
 * half as far, whose token was asked for before; and the first token of
 * the paragraph PARAGRAPHS_AHEAD after the one scanned. */
#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif
#define MARKS_AHEAD 16
#define PARAGRAPHS_AHEAD 2

/* Pairs the marks of paragraph p, each judged where it stands. */
static void scan_paragraph(finder *f, size_t p) {
  const verba_doc *d = f->doc;
  const verba_unit *u = &d->paragraphs[p];
  size_t k = u->first;
  int first = 1;
  f->para = p;
  f->para_start = u->start;
  f->para_end = u->end;
  f->before = B_PARA;
  f->last_was_close = 0;
  while (f->rc == 0) {
    size_t mark = u->last, mark_end;
    const mark_class *m;
    /* the paragraph's next mark at k or after it, from the document's list
     * (a doubled mark, '' or ``, is passed whole) */
    while (f->next_mark < d->nmarks && d->marks[f->next_mark] < k) f->next_mark++;
    if (f->next_mark < d->nmarks && d->marks[f->next_mark] < u->last)
      mark = d->marks[f->next_mark];
    /* (in the loop: GCC drops the call of a function that only asks for
     * memory, as one without effects) */
    if (f->next_mark + MARKS_AHEAD < d->nmarks) {
      PREFETCH(&d->toks[d->marks[f->next_mark + MARKS_AHEAD]]);
      PREFETCH(d->text.s + d->toks[d->marks[f->next_mark + MARKS_AHEAD / 2]].start);
    }
    text_between(f, k, mark, &first);
    if (mark >= u->last) break;
    m = mark_of(first_cp(d, mark));
    mark_end = mark_tokens(d, mark, u->last, m);
    f->last_was_close = 0;
    on_mark(f, mark, mark_end, (unsigned char)(m - mark_classes), first);
    first = 0;
    k = mark_end;
  }
  f->para = p + 1;
}

/* Is q quoted in single marks (' \u2018 \u201a \u2039, not '' or ``)? */
static int in_single_marks(const verba_doc *d, const verba_quote *q) {
  const mark_class *m = mark_of(first_cp(d, q->first));
  if (!m || q->open_end - q->start == 2) return 0;
  return m->family == F_SINGLE || m->family == F_SGUILLEMET;
}

/* Does q stand in a paragraph of running text: not the text's first, its
 * headline, words of the writer's beside it, and the paragraph ending in
 * a full stop, a question or an exclamation mark before any closing
 * marks? A display line, a headline or a subheading set apart (England
 * 'to launch ref protest'; 'All Bets Are Off.' alone; Rubio: 'You Don't
 * Win The Nomination.', every word capitalised), is none. */
static int in_running_text(const verba_doc *d, const verba_quote *q) {
  size_t para = d->sentences[d->toks[q->first].sentence].parent;
  const verba_unit *p = &d->paragraphs[para];
  size_t k = p->last;
  if (para == 0 || (q->context & VERBA_QCTX_TITLE_CASE) ||
      (q->context & (VERBA_QCTX_PARA_START | VERBA_QCTX_PARA_END)) ==
          (VERBA_QCTX_PARA_START | VERBA_QCTX_PARA_END))
    return 0;
  while (k > p->first) {
    int32_t cp = first_cp(d, --k);
    if (mark_of(cp) || cp == ')') continue;
    return cp == '.' || cp == '!' || cp == '?';
  }
  return 0;
}

/* In text order, a quote's parent is the nearest earlier one around it;
 * top-level quotes in single marks are counted in singles[1], others in
 * singles[0]. The chain of open parents reuses the finder's levels[0]. */
static void link_parents(finder *f, size_t singles[2]) {
  verba_quote_list *l = f->list;
  growable *chain = &f->levels[0];
  size_t i;
  chain->n = 0;
  for (i = 0; i < l->n && f->rc == 0; i++) {
    verba_quote *q = &l->items[i];
    size_t *open = (size_t *)chain->items;
    while (chain->n > 0 && l->items[open[chain->n - 1]].end <= q->start)
      chain->n--;
    q->parent = chain->n > 0 ? open[chain->n - 1] : VERBA_NONE;
    if (q->parent == VERBA_NONE) singles[in_single_marks(f->doc, q)]++;
    if ((f->rc = grow(f, chain, sizeof(size_t))) == VERBA_OK)
      ((size_t *)chain->items)[chain->n++] = i;
  }
}

int verba_quotes_find(const verba_doc *doc, verba_quote_list *list) {
  finder f;
  size_t p, i, singles[2] = {0, 0};
  int rc;
  memset(&f, 0, sizeof f);
  f.doc = doc;
  f.list = list;
  f.limit = doc->config->quote_depth;
  list->n = 0;
  for (p = 0; f.rc == 0 && p < doc->nparagraphs; p++) {
    if (p + PARAGRAPHS_AHEAD < doc->nparagraphs)
      PREFETCH(&doc->toks[doc->paragraphs[p + PARAGRAPHS_AHEAD].first]);
    scan_paragraph(&f, p);
    end_paragraph(&f);
  }
  if (f.rc == 0) end_carry(&f);
  if (f.rc == 0) link_parents(&f, singles);
  rc = f.rc;
  release(&f, &f.classes, 1);
  release(&f, &f.marks, sizeof(open_mark));
  for (i = 0; i < FAMILIES; i++) release(&f, &f.levels[i], sizeof(size_t));
  if (rc != VERBA_OK) return rc;
  /* Text that quotes in double marks sets its headlines and display lines
   * in single ones ('Not Fit'): a single-marked quote there is no part of
   * the running text. In a paragraph of running text it may be (said: 'We
   * will win.'), as verba_quotes_settle decides. */
  if (singles[0] > singles[1])
    for (i = 0; i < list->n; i++)
      if (list->items[i].parent == VERBA_NONE && in_single_marks(doc, &list->items[i]))
        list->items[i].context |=
            VERBA_QCTX_DISPLAY | (in_running_text(doc, &list->items[i]) ? VERBA_QCTX_RUNNING : 0);
  return VERBA_OK;
}

/* Contexts that make a quote nobody is found saying a name rather than
 * someone's words: each entry is a set of VERBA_QCTX_* bits that must all
 * hold. A title (NBC's "Meet the Press") or an attribute value is a
 * mention; a lower-case quoted term ("rigged", a "conscience clause") is
 * in news someone's word, so partial. */
static const unsigned mention_contexts[] = {
  VERBA_QCTX_TITLE,
  VERBA_QCTX_VALUE,
  VERBA_QCTX_NOUN_HEAD | VERBA_QCTX_UNSAID,
};

/* Contexts that make a quote a mention even if a speaker was found: the
 * quote is display text (a headline), not the running text's quotation. */
static const unsigned display_contexts[] = {
  VERBA_QCTX_DISPLAY,
};

static int context_in(unsigned context, const unsigned *table, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if ((context & table[i]) == table[i]) return 1;
  return 0;
}

/* The kind a quote's form gives it, before what its speaker tells. */
static enum verba_quote_kind form_kind(const verba_quote *q) {
  return (q->context & VERBA_QCTX_UTTERANCE) ? VERBA_QUOTE_DIRECT
                                             : VERBA_QUOTE_PARTIAL;
}

/* Does quote q go on quote p, a direct quotation its reporting clause
 * interrupted: the same speaker and cue, standing between them, and a
 * comma right before q ("I know this is hard," she said, "but we will get
 * through it."; not she said, adding that "...")? */
static int goes_on_after_clause(const verba_quote *p, const verba_quote *q) {
  return p->kind == VERBA_QUOTE_DIRECT && p->cue_start != VERBA_NONE &&
         (q->context & VERBA_QCTX_AFTER_COMMA) &&
         p->speaker_start == q->speaker_start && p->cue_start == q->cue_start &&
         p->end <= p->cue_start && q->cue_end <= q->start && p->speaker_end <= q->start &&
         p->end <= p->speaker_start;
}

void verba_quotes_settle(verba_quote *quotes, size_t n) {
  size_t i, before = VERBA_NONE; /* the quote before, of those no other holds */
  for (i = 0; i < n; i++) {
    verba_quote *q = &quotes[i];
    /* (a quote in display style in running text that someone says as an
     * utterance of its own, longer than a short one, by a cue in its
     * paragraph, is a quotation: said: 'We will win the vote.'; not
     * 'Safe for now' reads the sign) */
    int display = context_in(q->context, display_contexts,
                             sizeof display_contexts / sizeof *display_contexts) &&
                  !((q->context & VERBA_QCTX_RUNNING) && (q->context & VERBA_QCTX_UTTERANCE) &&
                    q->words > VERBA_SHORT_QUOTE &&
                    q->speaker_start != VERBA_NONE && q->cue_start != VERBA_NONE &&
                    q->cue_start >= q->para_start && q->cue_start < q->para_end);
    /* (nor one that goes on, in its paragraph, with the words of the
     * quotation before it that its speaker says: 'We will not be
     * bullied,' said a union leader. 'The members will decide.') */
    if (display && (q->context & VERBA_QCTX_RUNNING) && (q->context & VERBA_QCTX_UTTERANCE) &&
        before != VERBA_NONE && quotes[before].kind == VERBA_QUOTE_DIRECT &&
        q->speaker_start != VERBA_NONE && quotes[before].speaker_start == q->speaker_start &&
        quotes[before].para_start == q->para_start)
      display = 0;
    if (q->speaker_start != VERBA_NONE && !display) {
      /* A partial quote that is a whole sentence (VERBA_QCTX_SENTENCE)
       * standing right after its cue (Hu said "Go.") or after its cue and
       * an addressee (VERBA_QCTX_INTRODUCED) is the cue's object as one
       * utterance, so direct. */
      q->kind = form_kind(q);
      if (q->kind == VERBA_QUOTE_PARTIAL && (q->context & VERBA_QCTX_SENTENCE) &&
          ((q->lead_end != VERBA_NONE && q->cue_end == q->lead_end) ||
           (q->context & VERBA_QCTX_INTRODUCED)))
        q->kind = VERBA_QUOTE_DIRECT;
      /* (the rest of a direct quotation after its reporting clause is
       * direct too, in lower case as it goes on) */
      if (q->kind == VERBA_QUOTE_PARTIAL && q->parent == VERBA_NONE && before != VERBA_NONE &&
          goes_on_after_clause(&quotes[before], q))
        q->kind = VERBA_QUOTE_DIRECT;
    } else if (display || context_in(q->context, mention_contexts,
                                     sizeof mention_contexts / sizeof *mention_contexts)) {
      /* A quote in display style is a mention even with a speaker; one
       * nobody says is a mention in a context that makes it a name. */
      q->speaker_start = q->speaker_end = VERBA_NONE;
      q->kind = VERBA_QUOTE_MENTION;
      q->cue_start = q->cue_end = VERBA_NONE;
      q->name_start = q->name_end = VERBA_NONE;
    } else if ((q->context & VERBA_QCTX_UNSAID) && q->words <= VERBA_SHORT_QUOTE &&
               !(q->context & VERBA_QCTX_UTTERANCE)) {
      /* a few words inside the writer's sentence that nobody is found
       * saying: a scare quote, a term, a word as a word */
      q->kind = VERBA_QUOTE_MENTION;
    } else if (q->context & VERBA_QCTX_UNSAID) {
      /* other quoted words nobody is found saying are someone's, so
       * partial: scare quotes and short quoted terms in news are
       * borrowed words */
      q->kind = VERBA_QUOTE_PARTIAL;
    } else {
      q->kind = form_kind(q);
    }
    if (q->parent == VERBA_NONE) before = i;
  }
}

const char *verba_quote_kind_name(enum verba_quote_kind kind) {
  static const char *const names[] = { "direct", "partial", "mention" };
  return (unsigned)kind < 3 ? names[kind] : "?";
}
