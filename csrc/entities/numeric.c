/* Dates, times, amounts of money, percentages and numbers, by rule over
 * the document's tokens and the lexicon's name classes of dates and
 * amounts (data/en/entities: months, weekdays, currencies, scale words ...). One pass from left to right: at each token
 * the patterns below are tried and the longest match is taken.
 *
 *   money    $1.5 billion, US$5, €20m, USD 5, 20 million euros, 50 cents
 *   percent  40%, 40 percent, 40 per cent, 3.5 pct, 2 percentage points
 *   time     10:30 p.m. EST, 5 a.m., 5pm, noon, midnight, five o'clock
 *   date     Tuesday, March 5, 2019; March 5; 5 March 2019; March 2019;
 *            2019-03-05; the (early) 1990s; last week; two weeks ago; the
 *            past two weeks; recent months; today; Tuesday morning; in 2019
 *   number   1,200; 19th; 5 million; twenty; three dozen
 *
 * A month or a year alone is a date only after a preposition of time or a
 * modifier (in March, since 2019, early 2019), a year after a unit of the
 * calendar and "of" too (the first quarter of 2005): alone, "May", "June"
 * and "2019" are too often something else. */
#include <string.h>
#include "entities.h"

/* What a number token holds, read from its characters. */
typedef struct number {
  long value;        /* of its leading digits (at most 9), or -1 */
  size_t digits;     /* how many leading digits (after a sign) */
  unsigned char suffix[4]; /* its trailing letters, folded, if at most 3 */
  size_t suffix_len;
  int percent;       /* ends in % */
  int clock;         /* h:mm or hh:mm with a valid hour and minute */
  int calendar;      /* 2019-03-05, 05/03/2019, 2019/03/05 */
  int decade;        /* 1990s, '90s */
  int plain;         /* digits only, with separators: 1,200.5 */
} number;

static int digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Are the digits of s, three groups apart, a date's: a year of four
 * digits and two of one or two (2019-03-05, 2019/3/5), or two of one or
 * two and a year of two or four (05/03/2019, 3-5-19), one separator, a
 * dash or a slash, between all? Not a telephone number (212-859-1646). */
static int calendar_groups(const unsigned char *s, size_t len) {
  size_t widths[3] = {0, 0, 0}, g = 0, j;
  unsigned char sep = 0;
  for (j = 0; j < len; j++) {
    if (digit(s[j])) {
      widths[g]++;
      continue;
    }
    if ((s[j] != '-' && s[j] != '/') || (sep && s[j] != sep) || g == 2) return 0;
    sep = s[j];
    g++;
  }
  if (g != 2) return 0;
  if (widths[0] == 4) return widths[1] <= 2 && widths[2] <= 2;
  return widths[0] <= 2 && widths[1] <= 2 && (widths[2] == 2 || widths[2] == 4);
}

static void read_number(const verba_doc *doc, size_t k, number *n) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t len = t->len, i = 0, j, letters = 0, seps = 0, groups = 1;
  memset(n, 0, sizeof *n);
  n->value = -1;
  if (len >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x99) i = 3; /* ’90s */
  else if (s[0] == '\'') i = 1;
  if (i < len && (s[i] == '+' || s[i] == '-')) i++;
  for (j = i; j < len && digit(s[j]); j++)
    if (j - i < 9) n->value = (n->value < 0 ? 0 : n->value * 10) + (s[j] - '0');
  n->digits = j - i;
  n->percent = s[len - 1] == '%';
  while (letters < len && ((s[len - 1 - letters] | 0x20) >= 'a' &&
                           (s[len - 1 - letters] | 0x20) <= 'z'))
    letters++;
  if (letters <= 3 && letters < len) {
    for (j = 0; j < letters; j++) n->suffix[j] = (unsigned char)(s[len - letters + j] | 0x20);
    n->suffix_len = letters;
  }
  n->decade = letters == 1 && n->suffix[0] == 's' &&
              (n->digits == 4 || (n->digits == 2 && i > 0)) && n->value % 10 == 0;
  /* separators between digit groups */
  for (j = i + n->digits; j < len - letters - (size_t)n->percent; j++) {
    if (digit(s[j])) continue;
    if (j + 1 < len && digit(s[j + 1]) && (s[j] == ',' || s[j] == '.' ||
                                           s[j] == ':' || s[j] == '-' || s[j] == '/')) {
      seps++;
      groups++;
      continue;
    }
    break;
  }
  n->plain = j == len - letters - (size_t)n->percent;
  n->clock = n->plain && groups == 2 && n->digits >= 1 && n->digits <= 2 &&
             n->value <= 24 && s[i + n->digits] == ':' &&
             len - letters - (i + n->digits + 1) == 2 &&
             (s[i + n->digits + 1] - '0') * 10 + (s[i + n->digits + 2] - '0') < 60;
  n->calendar = n->plain && letters == 0 && groups == 3 && calendar_groups(s + i, len - i);
  (void)seps;
}

/* ---- Token tests ---------------------------------------------------------------- */

/* What one ent_numeric_at call reads more than once: the numbers of the
 * tokens it reads (a token's number depends on its bytes alone) and the
 * quantity at the token it starts at (every pattern asks). */
#define MEMO_NUMBERS 4 /* by token index mod 4: k and the few after it */
typedef struct memo {
  size_t number_at[MEMO_NUMBERS];
  number numbers[MEMO_NUMBERS];
  size_t quantity_end; /* of the quantity at the cursor's k, or VERBA_NONE */
  int quantity_words;
} memo;

typedef struct cursor {
  const verba_doc *doc;
  const ent_text *x;
  const unsigned char *claimed;
  size_t k;   /* the token the patterns start at */
  memo *memo;
} cursor;

/* read_number through the memo. */
static const number *number_of(const cursor *c, size_t k) {
  memo *m = c->memo;
  size_t slot = k % MEMO_NUMBERS;
  if (m->number_at[slot] != k) {
    read_number(c->doc, k, &m->numbers[slot]);
    m->number_at[slot] = k;
  }
  return &m->numbers[slot];
}

static const verba_tok *tok(const cursor *c, size_t k) { return &c->doc->toks[k]; }

static int in_doc(const cursor *c, size_t k) {
  return k < c->doc->ntoks && !(c->claimed[k >> 3] >> (k & 7) & 1);
}

/* Token k continues the phrase that ends before it: same sentence. */
static int next_to(const cursor *c, size_t k) {
  return in_doc(c, k) && !(tok(c, k)->shape & VERBA_SHAPE_SENTENCE_START);
}

static inline verba_names classes(const cursor *c, size_t k) {
  return in_doc(c, k) ? ent_names(c->x, k) : 0;
}

/* Is token k the word w (lower-case ASCII), in any case? */
static int word_is(const cursor *c, size_t k, const char *w) {
  const verba_tok *t;
  size_t i;
  if (!in_doc(c, k)) return 0;
  t = tok(c, k);
  for (i = 0; i < t->len && w[i]; i++)
    if ((c->doc->text.s[t->start + i] | 0x20) != (unsigned char)w[i]) return 0;
  return i == t->len && !w[i];
}

static int is_number(const cursor *c, size_t k) {
  return in_doc(c, k) && tok(c, k)->kind == VERBA_NUMBER;
}

static int capitalised(const cursor *c, size_t k) {
  return (tok(c, k)->shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS)) != 0;
}

/* Months and weekdays are names: written with a capital. */
static int month(const cursor *c, size_t k) {
  return (classes(c, k) & VERBA_NAME_MONTH) && capitalised(c, k);
}
/* Not where it ends a club's or an organisation's name with the word
 * before (Sheffield Wednesday). */
static int weekday(const cursor *c, size_t k) {
  return (classes(c, k) & VERBA_NAME_WEEKDAY) && capitalised(c, k) &&
         !(k > 0 && capitalised(c, k - 1) &&
           (ent_phrase(c->doc, k - 1, 2) & (VERBA_NAME_SPORTS_CLUB | VERBA_NAME_ORGANIZATION)));
}

static int has(const cursor *c, size_t k, verba_names cls) {
  return next_to(c, k) && (classes(c, k) & cls);
}

static int is_punct(const cursor *c, size_t k, char p) {
  return next_to(c, k) && tok(c, k)->cp == (unsigned char)p && tok(c, k)->len == 1;
}

static int day_number(const cursor *c, size_t k) {
  const number *n;
  if (!is_number(c, k)) return 0;
  n = number_of(c, k);
  return n->digits <= 2 && n->value >= 1 && n->value <= 31 &&
         (n->suffix_len == 0 ||
          (n->suffix_len == 2 && (memcmp(n->suffix, "st", 2) == 0 ||
                                  memcmp(n->suffix, "nd", 2) == 0 ||
                                  memcmp(n->suffix, "rd", 2) == 0 ||
                                  memcmp(n->suffix, "th", 2) == 0))) &&
         n->plain;
}

static int year_number(const cursor *c, size_t k) {
  const number *n;
  if (!is_number(c, k)) return 0;
  n = number_of(c, k);
  return n->digits == 4 && n->value >= 1000 && n->value <= 2099 && n->plain &&
         n->suffix_len == 0 && tok(c, k)->len == 4;
}

/* A currency symbol: Unicode's Sc (dollar, euro, pound, yen ...). */
static int currency_symbol(const cursor *c, size_t k) {
  int32_t cp;
  if (!in_doc(c, k) || tok(c, k)->kind != VERBA_SYMBOL) return 0;
  cp = verba_cp_at(&c->doc->text, tok(c, k)->start);
  return cp == '$' || (cp >= 0xA2 && cp <= 0xA5) || (cp >= 0x20A0 && cp <= 0x20CF);
}

/* A number's scale: the next word (million, bn) or its own letters (20m). */
static int scale_suffix(const number *n) {
  static const char *const suffixes[] = {"k", "m", "mn", "bn", "b", "tn", NULL};
  size_t i;
  for (i = 0; suffixes[i]; i++)
    if (strlen(suffixes[i]) == n->suffix_len &&
        memcmp(suffixes[i], n->suffix, n->suffix_len) == 0)
      return 1;
  return 0;
}

/* A quantity at k: a number or number words, with a scale word after it;
 * returns the token after it, or k if there is none. */
static size_t read_quantity(const cursor *c, size_t k, int *words_only) {
  size_t end = k;
  *words_only = 0;
  if (is_number(c, k)) {
    const number *n = number_of(c, k);
    if (n->percent || n->clock || n->calendar) return k;
    end = k + 1;
    if (scale_suffix(n)) return end;
  } else {
    while (end == k ? (classes(c, end) & VERBA_NAME_NUMBER_WORD) != 0
                    : has(c, end, VERBA_NAME_NUMBER_WORD))
      end++;
    if (end == k) return k;
    *words_only = 1;
  }
  while (has(c, end, VERBA_NAME_SCALE)) end++;
  return end;
}

/* read_quantity, through the memo at the cursor's token. */
static size_t quantity(const cursor *c, size_t k, int *words_only) {
  memo *m = c->memo;
  if (k != c->k) return read_quantity(c, k, words_only);
  if (m->quantity_end == VERBA_NONE)
    m->quantity_end = read_quantity(c, k, &m->quantity_words);
  *words_only = m->quantity_words;
  return m->quantity_end;
}

/* ---- Patterns: each returns the end token of its match at k, or k ------------------- */

static size_t money(const cursor *c, size_t k) {
  size_t at = k, end;
  int words;
  /* US$5, HK$ 20: a short capitalised prefix written against the symbol */
  if (in_doc(c, k) && tok(c, k)->kind == VERBA_WORD && k + 1 < c->doc->ntoks &&
      (tok(c, k)->shape & VERBA_SHAPE_ALL_CAPS) && tok(c, k)->len <= 3 &&
      currency_symbol(c, k + 1) && !(tok(c, k + 1)->shape & VERBA_SHAPE_SPACED))
    at = k + 1;
  if (currency_symbol(c, at) || (has(c, at, VERBA_NAME_CURRENCY) && capitalised(c, at) &&
                                 (tok(c, at)->shape & VERBA_SHAPE_ALL_CAPS))) {
    if (!next_to(c, at + 1)) return k;
    end = quantity(c, at + 1, &words);
    return end > at + 1 ? end : k;
  }
  end = quantity(c, k, &words);
  if (end > k && has(c, end, VERBA_NAME_CURRENCY | VERBA_NAME_CURRENCY_WORD)) return end + 1;
  return k;
}

static size_t percent(const cursor *c, size_t k) {
  size_t end;
  int words;
  if (is_number(c, k) && number_of(c, k)->percent) return k + 1;
  end = quantity(c, k, &words);
  if (end == k || !has(c, end, VERBA_NAME_PERCENT_WORD)) return k;
  /* per cent, percentage point(s): the second word is needed */
  if (word_is(c, end, "per")) return word_is(c, end + 1, "cent") ? end + 2 : k;
  if (word_is(c, end, "percentage"))
    return next_to(c, end + 1) &&
                   (word_is(c, end + 1, "point") || word_is(c, end + 1, "points"))
               ? end + 2
               : k;
  return end + 1;
}

static size_t with_zone(const cursor *c, size_t end) {
  return has(c, end, VERBA_NAME_TIME_ZONE) && (tok(c, end)->shape & VERBA_SHAPE_ALL_CAPS)
             ? end + 1
             : end;
}

static size_t time_of_day(const cursor *c, size_t k) {
  if (is_number(c, k)) {
    const number *n = number_of(c, k);
    if (n->digits >= 1 && n->digits <= 2 && n->value <= 12 && n->suffix_len == 2 &&
        n->suffix[1] == 'm' && (n->suffix[0] == 'a' || n->suffix[0] == 'p'))
      return with_zone(c, k + 1); /* 5pm, 10.30am */
    if ((n->clock || (n->plain && n->digits <= 2 && n->value <= 12 && n->suffix_len == 0 &&
                      tok(c, k)->len <= 5)) &&
        has(c, k + 1, VERBA_NAME_MERIDIEM))
      return with_zone(c, k + 2); /* 10:30 p.m. EST, 5 a.m., 5 o'clock */
    if (n->clock) return with_zone(c, k + 1);
    /* the wire's 24-hour clock, four digits and a zone: 1330 GMT */
    if (n->plain && n->digits == 4 && tok(c, k)->len == 4 && n->value / 100 <= 23 &&
        n->value % 100 <= 59 && with_zone(c, k + 1) > k + 1)
      return k + 2;
    if (n->plain && n->suffix_len == 0 && n->value <= 12 && has(c, k + 1, VERBA_NAME_TIME_WORD))
      return k + 2; /* 12 noon */
    return k;
  }
  if (classes(c, k) & VERBA_NAME_TIME_WORD) return k + 1; /* noon, midnight */
  if ((classes(c, k) & VERBA_NAME_NUMBER_WORD) && has(c, k + 1, VERBA_NAME_MERIDIEM))
    return k + 2; /* five o'clock */
  return k;
}

/* Month [.] day [,] [year], or month [.] year. */
static size_t month_date(const cursor *c, size_t k) {
  size_t at = k + 1;
  if (!month(c, k)) return k;
  if (is_punct(c, at, '.')) at++;
  if (day_number(c, at)) {
    at++;
    if (is_punct(c, at, ',') && year_number(c, at + 1)) return at + 2;
    if (year_number(c, at)) return at + 1;
    return at;
  }
  if (year_number(c, at)) return at + 1;
  return k;
}

/* Day month [year]: 5 March 2019. */
static size_t day_month(const cursor *c, size_t k) {
  if (!day_number(c, k) || !month(c, k + 1) || !next_to(c, k + 1)) return k;
  if (is_punct(c, k + 2, '.') && year_number(c, k + 3)) return k + 4;
  return year_number(c, k + 2) ? k + 3 : k + 2;
}

/* Modifiers and a unit: last week, the past two weeks, earlier this year,
 * recent months, last Tuesday, next March; and n units ago. */
static size_t relative(const cursor *c, size_t k) {
  size_t at = k;
  int words;
  while (at == k ? (classes(c, at) & VERBA_NAME_DATE_MODIFIER) != 0
                 : has(c, at, VERBA_NAME_DATE_MODIFIER))
    at++;
  if (at > k) {
    size_t q = quantity(c, at, &words);
    if (has(c, q, VERBA_NAME_DATE_UNIT) && !capitalised(c, q)) return q + 1;
    if (q == at && (weekday(c, at) || month(c, at)) && next_to(c, at)) return at + 1;
    if (q == at && year_number(c, at) && next_to(c, at)) return at + 1; /* early 2019 */
    return k;
  }
  at = quantity(c, k, &words);
  if (at > k && has(c, at, VERBA_NAME_DATE_UNIT) && next_to(c, at + 1) &&
      word_is(c, at + 1, "ago")) /* two weeks ago */
    return at + 2;
  return k;
}

static size_t date(const cursor *c, size_t k) {
  size_t end;
  if (!in_doc(c, k)) return k;
  if (weekday(c, k)) {
    size_t at = k + 1;
    if (is_punct(c, at, ',')) at++;
    if ((end = month_date(c, at)) > at) return end;
    if ((end = day_month(c, at)) > at) return end;
    if (has(c, k + 1, VERBA_NAME_DATE_UNIT) && !capitalised(c, k + 1)) return k + 2;
    return k + 1;
  }
  if ((end = month_date(c, k)) > k) return end;
  if ((end = day_month(c, k)) > k) return end;
  if (is_number(c, k) && (number_of(c, k)->calendar || number_of(c, k)->decade)) return k + 1;
  /* the (early) 1990s */
  if (word_is(c, k, "the")) {
    size_t at = k + 1;
    if (has(c, at, VERBA_NAME_DATE_MODIFIER)) at++;
    if (is_number(c, at) && next_to(c, at) && number_of(c, at)->decade) return at + 1;
  }
  if ((end = relative(c, k)) > k) return end;
  if (classes(c, k) & VERBA_NAME_RELATIVE_DAY) return k + 1;
  /* a month or a year alone, after a preposition of time */
  if (k > 0 && (classes(c, k - 1) & VERBA_NAME_DATE_PREPOSITION) &&
      !(tok(c, k)->shape & VERBA_SHAPE_SENTENCE_START) &&
      (month(c, k) || year_number(c, k)))
    return k + 1;
  /* a year after a unit of the calendar and "of" (the first quarter of
   * 2005, the summer of 1996) */
  if (k > 1 && word_is(c, k - 1, "of") && has(c, k - 2, VERBA_NAME_DATE_UNIT) && year_number(c, k))
    return k + 1;
  return k;
}

/* Is number token k a code rather than a value: one capital after its
 * digits that is no scale's nor a temperature's (5G, 3D, Pad 39A; not
 * 5M, 35C, nor 4TH), or a letter with digits after it (4x4, 7E7, 9L15)?
 * Capitals that may be a unit's (80GB, 100MW) leave it a number. */
static int code_number(const cursor *c, size_t k) {
  const number *n = number_of(c, k);
  const verba_tok *t = tok(c, k);
  const unsigned char *s = c->doc->text.s + t->start;
  size_t i, letters = 0;
  if (n->suffix_len == 1 && s[t->len - 1] >= 'A' && s[t->len - 1] <= 'Z' && !scale_suffix(n) &&
      s[t->len - 1] != 'C' && s[t->len - 1] != 'F')
    return 1;
  for (i = 0; i < t->len; i++) {
    if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') letters++;
    else if (letters && digit(s[i])) return 1;
  }
  return 0;
}

static size_t plain_number(const cursor *c, size_t k) {
  int words;
  size_t end;
  if (is_number(c, k) && code_number(c, k)) return k;
  end = quantity(c, k, &words);
  if (end > k) return end;
  return is_number(c, k) ? k + 1 : k;
}

/* ---- The pass ------------------------------------------------------------------------ */

typedef size_t (*pattern)(const cursor *c, size_t k);

static const struct {
  pattern match;
  enum verba_entity_type type;
} patterns[] = {
  {money, VERBA_ENT_MONEY}, {percent, VERBA_ENT_PERCENT},
  {time_of_day, VERBA_ENT_TIME}, {date, VERBA_ENT_DATE},
  {plain_number, VERBA_ENT_NUMBER},
};

/* The name classes a pattern may start with (entities.h). */
#define STARTS ENT_NUMERIC_STARTS

/* May word k start a pattern: a word of those classes, a short word in
 * capitals (US$5, USD), or an article before a decade (the 1990s, the
 * early 1990s)? */
static int may_start(const cursor *c, size_t k) {
  const verba_tok *t = &c->doc->toks[k];
  if (ent_names(c->x, k) & STARTS) return 1;
  if ((t->shape & VERBA_SHAPE_ALL_CAPS) && t->len <= 3) return 1;
  return (ent_names(c->x, k) & VERBA_NAME_NAME_CONNECTOR) && k + 1 < c->doc->ntoks &&
         (c->doc->toks[k + 1].kind == VERBA_NUMBER ||
          (ent_names(c->x, k + 1) & VERBA_NAME_DATE_MODIFIER));
}

size_t ent_numeric_at(const ent_numeric *numeric, size_t k, enum verba_entity_type *type) {
  const verba_tok *t = &numeric->doc->toks[k];
  size_t best = k, i;
  cursor c;
  memo m;
  c.doc = numeric->doc;
  c.x = numeric->x;
  c.claimed = numeric->claimed;
  /* every pattern starts at a number, a symbol or a word may_start takes */
  if (t->kind == VERBA_PUNCT || (t->kind == VERBA_WORD && !may_start(&c, k))) return k;
  c.k = k;
  c.memo = &m;
  for (i = 0; i < MEMO_NUMBERS; i++) m.number_at[i] = VERBA_NONE;
  m.quantity_end = VERBA_NONE;
  m.quantity_words = 0;
  for (i = 0; i < sizeof patterns / sizeof patterns[0]; i++) {
    size_t end = patterns[i].match(&c, k);
    if (end > best) {
      best = end;
      *type = patterns[i].type;
    }
  }
  return best;
}
