/* Annotation stage: quotations. Pairs quote-mark tokens paragraph by
 * paragraph with a small stack (nesting deeper than VERBA_QUOTE_DEPTH is
 * not language, so the stack is bounded and every input stays linear).
 * Whether a mark opens or closes comes from its character and its flanks
 * (what stands before and after it), so faults are recovered: a closing
 * mark typed as an opening one, a quote carried over paragraphs by the
 * multi-paragraph convention, a quote left open at the paragraph end.
 * Marks are read straight from the text, never tokenized, and what stands
 * before an opener is read by a bounded look-back, so a run of marks costs
 * no more per byte than prose. Apostrophes inside words (don't, China's,
 * '90s, rock 'n' roll) are text; the rest that pair with nothing are
 * dropped. */
#include <string.h>
#include <utf8proc.h>
#include "verba.h"

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

/* Words right before a quotation that make it a name for something rather
 * than words someone says: a group called "X", the term "X". */
static const char *const naming_words[] = {
  "called", "titled", "entitled", "dubbed", "named", "nicknamed", "labeled",
  "labelled", "branded", "word", "words", "term", "terms", "phrase", "slogan",
  "hashtag", "headline", "headlined", "so-called", "read", "reads", "reading",
  "tagline", "motto", "chant", "chants", "chanting", "sign", "signs",
  "banner", "title", "show", "program", "programme", "film", "movie", "book",
  "song", "album", "series", "column", "op-ed", "editorial", "article",
  "report", "campaign", "operation", "nickname", "label", "brand", "known",
  "as", NULL
};

/* Words that may stay lower-case in a title: "Meet the Press". */
static const char *const title_small_words[] = {
  "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with",
  "by", "from", "is", "vs", NULL
};

/* What stands before an opening mark. */
enum before { B_PARA, B_SENTENCE, B_COLON, B_COMMA, B_WORD, B_NAMING,
              B_POSSESSIVE, B_EQUALS, B_OTHER, B_LAST };

typedef struct open_mark {
  size_t start, end;
  enum family family;
  enum before before;
  size_t para_start;
  size_t lead_end;        /* end of the text before it, spaces skipped */
  unsigned long words_at; /* the finder's words count when it opened */
} open_mark;

typedef struct finder {
  const verba_text *t;
  verba_quote_list *list;
  open_mark stack[VERBA_QUOTE_DEPTH];
  int depth;
  size_t para_start, para_end;
  enum before before;     /* what the next opener would stand after, */
  size_t last_end;        /* ... or B_LAST: ask before_text(last_end) */
  unsigned long words;    /* runs of text holding a word, so far: a quote
                           * whose opener saw the same count holds none */
  int carry;              /* stack[0] is open across a paragraph break */
  size_t carry_end;       /* end of the paragraph it was open at */
  size_t last_closed;     /* list index of the quote the last token closed */
  int last_was_close;
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
  if (cp < 0) return 1; /* the text's edges count as space */
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  /* Zs, Zl and Zp, spelled out (the set is closed since Unicode 4.0):
   * the flanks of every mark are asked, so no table look-up. */
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
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

static int is_upper(int32_t cp) {
  if (cp < 0) return 0;
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
         utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
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

int verba_word_in(const verba_text *t, size_t start, size_t end,
                  const char *const *list) {
  const unsigned char *s = t->s + start;
  size_t n = end - start;
  for (; *list; list++) {
    const unsigned char *w = (const unsigned char *)*list;
    size_t i = 0;
    if ((s[0] | 0x20) != w[0]) continue; /* most words differ at once */
    while (i < n && w[i] && (s[i] | 0x20) == w[i]) i++;
    if (i == n && !w[i]) return 1;
  }
  return 0;
}

/* A word ending in 's or s' (NBC's, the networks'). */
static int possessive(const verba_text *t, size_t start, size_t end) {
  int32_t last = cp_before(t, end), apos;
  size_t n;
  if (end - start < 3) return 0;
  n = verba_decode_back(t, end, &last);
  if ((last | 0x20) == 's') {
    verba_decode_back(t, end - n, &apos);
    return apos == '\'' || apos == 0x2019;
  }
  return 0;
}

/* Makes room and stores q at the place its start sorts to. Quotes are
 * stored when they close, inner ones first, so an outer quote goes before
 * its nested ones: at most VERBA_QUOTE_DEPTH moves per quote. */
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
  int words;         /* counted up to 8 */
  int capitalized;   /* words starting upper-case (small words pass) */
  int first_upper;   /* the first word starts upper-case */
  int ends_terminal; /* . ! ? , or … just inside the closing mark */
  int32_t last;      /* the last character inside, spaces skipped */
} interior;

/* Tokens and bytes read inside a quotation for its first words: bounds,
 * so a long run of marks, or one endless word, costs the same per quote
 * as prose (the tokenizer sees the text cut there). */
#define INTERIOR_TOKENS 32
#define INTERIOR_BYTES 512

static void read_interior(const verba_text *t, size_t from, size_t to,
                          interior *in) {
  verba_tokenizer tz;
  verba_token tok;
  verba_text window = *t;
  int32_t last = -1;
  size_t pos = to;
  int tokens = 0;
  memset(in, 0, sizeof *in);
  window.len = to - from > INTERIOR_BYTES ? from + INTERIOR_BYTES : to;
  verba_tokens_init(&tz, &window, from, 0);
  while (in->words < 8 && tokens++ < INTERIOR_TOKENS &&
         verba_tokens_next(&tz, &tok) && tok.start < to) {
    int upper;
    if (tok.kind != VERBA_WORD && tok.kind != VERBA_NUMBER) continue;
    upper = is_upper(cp_at(&window, tok.start)) || tok.kind == VERBA_NUMBER;
    if (in->words++ == 0) in->first_upper = upper;
    if (upper || verba_word_in(t, tok.start, tok.end, title_small_words))
      in->capitalized++;
  }
  while (pos > from && is_space(last = cp_before(t, pos)))
    pos -= verba_decode_back(t, pos, &last);
  in->last = last;
  in->ends_terminal = last == '.' || last == '!' || last == '?' ||
                      last == ',' || last == 0x2026;
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

/* Does q end a sentence: a terminal before its closing mark (past spaces
 * and the closing marks of quotes nested at its end: "... 'Go.'") or
 * right after it? The look-back stops at the first other character, and
 * within INTERIOR_BYTES, so a run of marks is not read once per quote. */
static int ends_sentence(const verba_text *t, const verba_quote *q) {
  size_t pos = q->close_start;
  size_t limit = pos - q->open_end > INTERIOR_BYTES ? pos - INTERIOR_BYTES
                                                     : q->open_end;
  int32_t cp;
  while (pos > limit) {
    size_t n = verba_decode_back(t, pos, &cp);
    if (!is_space(cp) && !mark_of(cp)) break;
    pos -= n;
  }
  if (pos > limit && is_sentence_terminal(cp_before(t, pos))) return 1;
  return !q->unclosed && is_sentence_terminal(cp_at(t, q->end));
}

/* Direct: an utterance of its own; partial: words inside the writer's
 * sentence; mention: an attribute value (id="x"). Whether a quote nobody
 * is found saying is a mention is settled after attribution, by
 * verba_quotes_settle. */
static enum verba_quote_kind kind_of(const verba_text *t, verba_quote *q,
                                     enum before before) {
  interior in;
  read_interior(t, q->open_end, q->close_start, &in);
  q->words = (unsigned)in.words;
  if (in.words > 0 && in.words <= 6 && in.capitalized == in.words &&
      before != B_COLON && (!in.ends_terminal || title_ending(&in, before)))
    q->context |= VERBA_QCTX_TITLE;
  if (before == B_NAMING) q->context |= VERBA_QCTX_NAMED;
  if (before == B_EQUALS) {
    q->context |= VERBA_QCTX_VALUE;
    return VERBA_QUOTE_MENTION;
  }
  if (in.first_upper && before != B_WORD && before != B_NAMING)
    return VERBA_QUOTE_DIRECT;
  /* after a word it may be the object of a cue (Hu said "Go."): whether
   * that word is the cue is known after attribution (verba_quotes_settle) */
  if (in.first_upper && before == B_WORD && ends_sentence(t, q))
    q->context |= VERBA_QCTX_SENTENCE;
  if (in.first_upper && in.words >= 4 && in.ends_terminal)
    return VERBA_QUOTE_DIRECT;
  return VERBA_QUOTE_PARTIAL;
}

/* Stores the quote o opened; returns 0 if it holds no word (marks and
 * punctuation alone are no quotation) or could not be stored. */
static int emit(finder *f, const open_mark *o, size_t close_start,
                size_t end, size_t para_end, int unclosed) {
  verba_quote q;
  if (f->words == o->words_at) return 0; /* no word since it opened */
  memset(&q, 0, sizeof q);
  q.start = o->start;
  q.end = end;
  q.open_end = o->end;
  q.close_start = close_start;
  q.para_start = o->para_start;
  q.para_end = para_end;
  q.parent = VERBA_NONE;
  q.lead_end = o->lead_end;
  q.unclosed = unclosed;
  if (o->before == B_PARA) q.context |= VERBA_QCTX_PARA_START;
  if (o->before == B_COLON) q.context |= VERBA_QCTX_AFTER_COLON;
  if (o->before == B_PARA || o->before == B_SENTENCE)
    q.context |= VERBA_QCTX_SENTENCE_START;
  if (unclosed) q.context |= VERBA_QCTX_PARA_END;
  q.kind = kind_of(f->t, &q, o->before);
  if (q.words == 0) return 0;
  q.speaker_start = q.speaker_end = VERBA_NONE;
  q.cue_start = q.cue_end = VERBA_NONE;
  q.name_start = q.name_end = VERBA_NONE;
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
  int left, right, top_is_family, i;
  flanks(before, after, &left, &right);
  top_is_family = f->depth > 0 && f->stack[f->depth - 1].family == fam;
  /* a double mark closes the double quote open under single ones that
   * never closed (a plural possessive, success', reads as one) */
  for (i = f->depth - 1; fam == F_DOUBLE && !top_is_family && i >= 0; i--)
    if (f->stack[i].family == fam) top_is_family = 1;
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
  int left, right, i;
  flanks(before, after, &left, &right);
  for (i = f->depth - 1; i >= 0; i--) {
    if (f->stack[i].family != fam) continue;
    if (cp_at(f->t, f->stack[i].start) != m->cp) return 0;
    return left && !right;
  }
  return !(right && !left);
}

/* Longest word looked back at before an opener: every naming word is far
 * shorter, and a possessive needs only its last three characters. */
#define WORD_LOOK_BACK 32

/* The start of the word that ends at end: letters and digits, joined by
 * hyphens, apostrophes, dots or underscores (so-called, U.S, e-mail),
 * looked back at most WORD_LOOK_BACK bytes and never before from. */
static size_t word_start(const verba_text *t, size_t from, size_t end) {
  size_t p = end, limit = end - from > WORD_LOOK_BACK ? end - WORD_LOOK_BACK : from;
  while (p > limit) {
    int32_t cp;
    size_t n = verba_decode_back(t, p, &cp);
    if (!is_alnum(cp) &&
        (!(cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.' || cp == '_') ||
         p == end || p - n <= limit || !is_alnum(cp_before(t, p - n))))
      break;
    p -= n;
  }
  return p;
}

/* What the text ending at end (its last character no space) makes an
 * opener right after it stand after. from bounds the look-back. */
static enum before before_text(const verba_text *t, size_t from, size_t end) {
  int32_t cp, prev = -1;
  size_t n = verba_decode_back(t, end, &cp), start;
  if (is_alnum(cp)) {
    start = word_start(t, from, end);
    if (verba_word_in(t, start, end, naming_words)) return B_NAMING;
    if (possessive(t, start, end)) return B_POSSESSIVE;
    return B_WORD;
  }
  switch (cp) {
    case '.':
      /* after an initial (J., U.S.) no sentence ends */
      if (end - n > from) prev = cp_before(t, end - n);
      if (prev >= 0 && prev < 0x80 && is_alnum(prev) &&
          (end - n - 1 <= from || !is_alnum(cp_before(t, end - n - 1))))
        return B_WORD;
      return B_SENTENCE;
    case '!': case '?': case 0x2026: return B_SENTENCE;
    case ':': return B_COLON;
    case ',': case '(': case '-': return B_COMMA;
    case '=': return B_EQUALS;
    case '%': return B_WORD; /* a percentage is a number */
    default: break;
  }
  if (verba_is_dash(cp)) return B_COMMA;
  if (verba_extended_pictographic(cp)) return B_WORD;
  if (cp < 0x80) return B_OTHER;
  return utf8proc_category(cp) >= UTF8PROC_CATEGORY_PC &&
                 utf8proc_category(cp) <= UTF8PROC_CATEGORY_SO
             ? B_OTHER : B_WORD;
}

static void push(finder *f, const verba_token *tok, enum family fam) {
  open_mark *o;
  if (f->depth == VERBA_QUOTE_DEPTH) return; /* deeper is never language */
  o = &f->stack[f->depth++];
  o->start = tok->start;
  o->end = tok->end;
  o->family = fam;
  o->before = f->before == B_LAST
                  ? before_text(f->t, f->para_start, f->last_end) : f->before;
  o->lead_end = f->before == B_LAST ? f->last_end : VERBA_NONE;
  o->para_start = f->para_start;
  o->words_at = f->words;
}

/* Closes the innermost open quote of fam; openers above it pair with
 * nothing and are dropped. Returns 0 if none of fam is open. */
static int close_family(finder *f, const verba_token *tok, enum family fam) {
  int i;
  for (i = f->depth - 1; i >= 0; i--) {
    if (f->stack[i].family != fam) continue;
    f->last_was_close = emit(f, &f->stack[i], tok->start, tok->end,
                             f->para_end, 0);
    f->depth = i;
    if (i == 0) f->carry = 0;
    return 1;
  }
  return 0;
}

/* Ends a quote carried from an earlier paragraph that the next paragraph
 * does not continue: it was left open. */
static void end_carry(finder *f) {
  if (!f->carry) return;
  emit(f, &f->stack[0], f->carry_end, f->carry_end, f->carry_end, 1);
  f->carry = 0;
  f->depth = 0;
}

/* A quote-mark token; tok may span two marks ('' or ``). */
static void on_mark(finder *f, const verba_token *tok, const mark_class *m,
                    int first_in_para) {
  int32_t before = cp_before(f->t, tok->start), after = cp_at(f->t, tok->end);
  enum family fam = m->family;
  int open;
  if (tok->end - tok->start == 2 && m->cp != '"') fam = F_DOUBLE; /* '' `` */
  switch (m->rule) {
    case OPENS: open = 1; break;
    case CLOSES: open = 0; break;
    case BY_OPENER: open = guillemet_opens(f, m, fam, before, after); break;
    default: open = opens_here(f, m, fam, before, after); break;
  }
  if (first_in_para && open == 0 && m->rule == BY_FLANKS && fam == F_DOUBLE)
    open = 1; /* a closing mark typed to open a paragraph: \u201d... */
  if (f->carry && first_in_para) {
    /* The multi-paragraph convention: each paragraph of one quotation
     * opens with a mark and only the last one closes. */
    if (open == 1 && fam == f->stack[0].family) {
      f->depth = 1;
      f->before = B_PARA;
      return;
    }
    end_carry(f);
  }
  if (open == 0 || (open == -1 && fam != F_SINGLE)) {
    if (close_family(f, tok, fam)) {
      f->before = B_WORD;
      return;
    }
  }
  if (open == 1) push(f, tok, fam);
}

/* At a paragraph's end: the outermost quote still open carries over if it
 * opened the paragraph or (for a double mark) a sentence or clause; an
 * unpaired mark elsewhere is a stray (a single one far likelier an
 * apostrophe). */
static void end_paragraph(finder *f) {
  if (f->depth > 0 && !f->carry) {
    const open_mark *o = &f->stack[0];
    if (o->before == B_PARA || (o->family != F_SINGLE &&
                                (o->before == B_COLON || o->before == B_SENTENCE ||
                                 o->before == B_COMMA))) {
      f->carry = 1;
      f->carry_end = f->para_end;
    }
  }
  if (f->carry) {
    f->depth = 1;
    f->carry_end = f->para_end;
  } else {
    f->depth = 0;
  }
  if (f->last_was_close && f->rc == 0)
    f->list->items[f->last_closed].context |= VERBA_QCTX_PARA_END;
}

/* Lead bytes of the UTF-8 forms of the quotation marks in mark_classes:
 * the scan for marks looks at each byte once and decodes only these. */
static const unsigned char mark_lead[256] = {
  ['"'] = 1, ['\''] = 1, ['`'] = 1, [0xC2] = 1, [0xE2] = 1, [0xE3] = 1,
};

static inline int32_t decode_fast(const verba_text *t, size_t pos, size_t *n) {
  int32_t cp;
  if (t->s[pos] < 0x80) {
    *n = 1;
    return t->s[pos];
  }
  cp = cp_at(t, pos);
  if (cp >= 0x80 && cp < 0x10000 && cp != VERBA_REPLACEMENT) {
    *n = cp < 0x800 ? 2 : 3;
    return cp;
  }
  *n = verba_decode(t, pos, &cp);
  return cp;
}

/* Characters an apostrophe may shorten a word before ('90s, 'n', 'em,
 * 'til, 'cause, 'tis, 'twas): only before these is the tokenizer asked
 * whether the apostrophe belongs to a word. */
static int may_elide(int32_t cp) {
  if (cp >= 0x80) return 1;
  switch (cp | 0x20) {
    case 'n': case 'e': case 't': case 'c': return 1;
    default: return cp >= '0' && cp <= '9';
  }
}

/* If the apostrophe-like mark cp at pos (n bytes) is part of a word (don't,
 * '90s, rock 'n' roll, the Smiths' house), the end of that word; else 0. */
static size_t in_word_end(const verba_text *t, size_t pos, int32_t cp,
                          size_t n) {
  int32_t before = cp_before(t, pos), after = cp_at(t, pos + n);
  if (is_alnum(after)) {
    if (is_alnum(before)) return pos + n;
    if ((cp == '\'' || cp == 0x2019) && may_elide(after)) {
      /* the tokenizer knows elisions: one token, bounded work */
      verba_tokenizer tz;
      verba_token tok;
      verba_tokens_init(&tz, t, pos, 0);
      if (verba_tokens_next(&tz, &tok) && tok.start == pos && tok.end > pos + n)
        return tok.end;
    }
    return 0;
  }
  /* a plural possessive before a lower-case word keeps its apostrophe */
  if ((cp == '\'' || cp == 0x2019) && (before | 0x20) == 's' && after == ' ' &&
      utf8proc_category(cp_at(t, pos + n + 1)) == UTF8PROC_CATEGORY_LL)
    return pos + n;
  return 0;
}

/* The first quotation mark in [pos, end) that is no part of a word, or
 * end; *m is its class and *len its length. */
static size_t next_mark(const verba_text *t, size_t pos, size_t end,
                        const mark_class **m, size_t *len) {
  const unsigned char *s = t->s;
  while (pos < end) {
    int32_t cp;
    size_t n, skip;
    if (!mark_lead[s[pos]]) {
      pos++;
      continue;
    }
    cp = decode_fast(t, pos, &n);
    if (!(*m = mark_of(cp))) {
      pos += n;
      continue;
    }
    if ((cp == '\'' || cp == 0x2019 || cp == 0x2018) &&
        (skip = in_word_end(t, pos, cp, n)) != 0) {
      pos = skip;
      continue;
    }
    *len = n;
    return pos;
  }
  return end;
}

/* The text between two marks (or a paragraph edge and a mark). If it is
 * not all space, it ends a quote carried into the paragraph when it opens
 * it, and the next opener stands after its last character; a word in it
 * counts for every quote open around it. */
static void text_between(finder *f, size_t from, size_t to, int *first) {
  const verba_text *t = f->t;
  size_t p = from, e = to, n;
  int32_t cp = -1;
  while (p < to && is_space(cp = decode_fast(t, p, &n))) p += n;
  if (p >= to) return;
  if (*first) end_carry(f);
  *first = 0;
  f->last_was_close = 0;
  /* a space is well formed: its length follows from its value */
  while (e > p && is_space(cp = cp_before(t, e)))
    e -= cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
  f->before = B_LAST;
  f->last_end = e;
  while (p < e) {
    if (is_alnum(cp = decode_fast(t, p, &n))) {
      f->words++;
      break;
    }
    p += n;
  }
}

/* Straight marks doubled ('' and ``) are one double mark. Of three, the
 * single one is the inner: first after a word (,''' closes 'x' and then
 * ''x''), last before one (''' opens ''x'' and then 'x'). */
static size_t mark_end(const verba_text *t, size_t pos, size_t len,
                       const mark_class *m, size_t para_end) {
  const unsigned char *s = t->s;
  int32_t before;
  if ((m->cp != '\'' && m->cp != '`') || pos + 1 >= para_end ||
      s[pos + 1] != s[pos])
    return pos + len;
  before = cp_before(t, pos);
  if (pos + 2 < para_end && s[pos + 2] == s[pos] && !is_space(before) &&
      !mark_of(before) && !is_alnum(cp_at(t, pos + 3)))
    return pos + 1;
  return pos + 2;
}

/* Marks kept at each end of a run of marks with no letter or digit
 * between them. The stack holds at most VERBA_QUOTE_DEPTH quotes, so at
 * most that many marks of the run close quotes opened before it, and at
 * most that many open quotes still open after it ('' and `` are one mark,
 * hence twice the code points). A mark in between could pair only with
 * another of the run, around no word, which is no quotation. */
#define RUN_KEEP (2 * VERBA_QUOTE_DEPTH)

/* Called at pos, after RUN_KEEP marks with no letter or digit between
 * them: where the marks to read resume, past the middle of the run, in
 * one pass over its bytes. The run ends at a letter or digit or at the
 * paragraph end; its last RUN_KEEP marks are read as usual from the end
 * of the mark before them (ends[] holds the ends of the last marks). */
static size_t skip_run(const finder *f, size_t pos) {
  const verba_text *t = f->t;
  size_t ends[RUN_KEEP + 1], count = 0, n;
  while (pos < f->para_end) {
    int32_t cp = decode_fast(t, pos, &n);
    if (mark_of(cp)) {
      ends[count++ % (RUN_KEEP + 1)] = pos + n;
    } else if (is_alnum(cp)) {
      break;
    }
    pos += n;
  }
  /* the oldest of the last RUN_KEEP + 1 ends, once there are that many */
  return count > RUN_KEEP ? ends[count % (RUN_KEEP + 1)] : VERBA_NONE;
}

/* Pairs the marks of the paragraph: each is found and judged where it
 * stands, in time bounded per mark; the middle of a long run of marks
 * is passed over unread (see RUN_KEEP). */
static void scan_paragraph(finder *f) {
  size_t pos = f->para_start;
  int first = 1, run = 0;
  f->before = B_PARA;
  f->last_was_close = 0;
  while (f->rc == 0) {
    const mark_class *m = NULL;
    size_t len = 0, mark = next_mark(f->t, pos, f->para_end, &m, &len);
    unsigned long words = f->words;
    verba_token tok;
    text_between(f, pos, mark, &first);
    if (mark >= f->para_end) break;
    run = f->words == words ? run + 1 : 1;
    if (run > RUN_KEEP) {
      size_t resume = skip_run(f, mark);
      run = 0;
      if (resume != VERBA_NONE) {
        pos = resume;
        continue;
      }
    }
    tok.start = mark;
    tok.end = mark_end(f->t, mark, len, m, f->para_end);
    tok.kind = VERBA_PUNCT;
    f->last_was_close = 0;
    on_mark(f, &tok, m, first);
    first = 0;
    pos = tok.end;
  }
}

/* Is q quoted in single marks (' ‘ ‚ ‹, not '' or ``)? */
static int in_single_marks(const verba_text *t, const verba_quote *q) {
  const mark_class *m = mark_of(cp_at(t, q->start));
  if (!m || q->open_end - q->start == 2) return 0;
  return m->family == F_SINGLE || m->family == F_SGUILLEMET;
}

/* Does a line open with a double quotation mark at pos (spaces skipped)? */
static int line_opens_quote(const verba_text *t, size_t pos, size_t end) {
  int32_t cp;
  while (pos < end && (t->s[pos] == ' ' || t->s[pos] == '\t')) pos++;
  if (pos >= end) return 0;
  cp = cp_at(t, pos);
  return cp == '"' || cp == 0x201C || cp == 0x201E || cp == 0xAB;
}

/* The next unit the finder reads in the paragraph [*pos, end): up to a
 * line break before a line that opens with a double mark, or to the end.
 * Many feeds end paragraphs with a single line break; a line opening with
 * a quotation starts one there too, so a quote left open on the line
 * before ends with its line (or carries on, by the multi-paragraph
 * convention) instead of swallowing the quotes after it. */
static size_t next_unit(const verba_text *t, size_t *pos, size_t end) {
  size_t start = *pos, p = start, stop, n;
  const unsigned char *nl;
  int32_t cp;
  while ((nl = memchr(t->s + p, '\n', end - p)) != NULL) {
    p = (size_t)(nl - t->s) + 1;
    if (line_opens_quote(t, p, end)) {
      stop = (size_t)(nl - t->s);
      while (stop > start && (n = verba_decode_back(t, stop, &cp), is_space(cp)))
        stop -= n;
      while (p < end && (t->s[p] == ' ' || t->s[p] == '\t')) p++;
      *pos = p;
      return stop;
    }
  }
  *pos = end;
  return end;
}

int verba_quotes_find(const verba_text *t, verba_quote_list *list) {
  finder f;
  size_t pos = 0, i, block_start, block_end;
  size_t parents[VERBA_QUOTE_DEPTH], singles[2] = {0, 0};
  int depth = 0;
  memset(&f, 0, sizeof f);
  f.t = t;
  f.list = list;
  list->n = 0;
  while (f.rc == 0 && verba_paragraph_next(t, &pos, &block_start, &block_end)) {
    size_t unit = block_start;
    while (f.rc == 0 && unit < block_end) {
      f.para_start = unit;
      f.para_end = next_unit(t, &unit, block_end);
      scan_paragraph(&f);
      end_paragraph(&f);
    }
  }
  end_carry(&f);
  if (f.rc) return f.rc;
  /* In text order, a quote's parent is the nearest earlier one around it. */
  for (i = 0; i < list->n; i++) {
    verba_quote *q = &list->items[i];
    while (depth > 0 && list->items[parents[depth - 1]].end <= q->start)
      depth--;
    q->parent = depth > 0 ? parents[depth - 1] : VERBA_NONE;
    if (depth < VERBA_QUOTE_DEPTH) parents[depth++] = i;
    if (q->parent == VERBA_NONE) singles[in_single_marks(t, q)]++;
  }
  /* Text that quotes in double marks sets its headlines and display lines
   * in single ones ('Not Fit'): a single-marked quote there is no part of
   * the running text. */
  if (singles[0] > singles[1])
    for (i = 0; i < list->n; i++)
      if (list->items[i].parent == VERBA_NONE && in_single_marks(t, &list->items[i]))
        list->items[i].context |= VERBA_QCTX_DISPLAY;
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

void verba_quotes_settle(verba_quote *quotes, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    verba_quote *q = &quotes[i];
    int display = context_in(q->context, display_contexts,
                             sizeof display_contexts / sizeof *display_contexts);
    if (q->speaker_start != VERBA_NONE && !display) {
      if (q->kind == VERBA_QUOTE_PARTIAL && (q->context & VERBA_QCTX_SENTENCE) &&
          ((q->lead_end != VERBA_NONE && q->cue_end == q->lead_end) ||
           (q->context & VERBA_QCTX_INTRODUCED)))
        q->kind = VERBA_QUOTE_DIRECT;
      continue;
    }
    if (display || context_in(q->context, mention_contexts,
                              sizeof mention_contexts / sizeof *mention_contexts)) {
      q->speaker_start = q->speaker_end = VERBA_NONE;
      q->kind = VERBA_QUOTE_MENTION;
      q->cue_start = q->cue_end = VERBA_NONE;
      q->name_start = q->name_end = VERBA_NONE;
    } else if (q->kind == VERBA_QUOTE_MENTION) {
      q->kind = VERBA_QUOTE_PARTIAL;
    }
  }
}

const char *verba_quote_kind_name(enum verba_quote_kind kind) {
  static const char *const names[] = { "direct", "partial", "mention" };
  return (unsigned)kind < 3 ? names[kind] : "?";
}
