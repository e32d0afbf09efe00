/* Stage 3b: news tokens. Each token starts as a UAX #29 word segment and is
 * merged with its neighbours where a reader sees one item: dotted
 * abbreviations (U.S.), signed and dated numbers (-3.5%, 2019-03-05),
 * hyphenated compounds, elisions ('90s, rock 'n' roll), URLs, e-mail
 * addresses, @mentions and #hashtags. Characters come from the segment
 * and code point stages; bytes are only compared with ASCII (a byte below
 * 0x80 is always a whole character), for fast exits and ASCII-only forms
 * such as e-mail addresses. */
#include <string.h>
#include <utf8proc.h>
#include "verba.h"
#include "lexicon_data.h"
#include "tokens_ascii.h"

/* What the first character of a segment makes it. */
enum seg_class { SEG_SPACE, SEG_LETTER, SEG_DIGIT, SEG_PUNCT, SEG_SYMBOL,
                 SEG_EMOJI, SEG_OTHER };

static const char *const kind_names[VERBA_NKINDS] = {
  "word", "number", "punct", "symbol", "emoji", "url", "email", "mention",
  "hashtag", "space", "other"
};

const char *verba_kind_name(enum verba_kind kind) {
  return (unsigned)kind < VERBA_NKINDS ? kind_names[kind] : "?";
}

/* Does t[start, end) have the built-in lexicon's class cls (in lower
 * case: the tokenizer reads the words of data/en/tokens.tsv, top-level
 * domains and elisions, before any document or configuration exists)? */
static int lexicon_class(const verba_text *t, size_t start, size_t end,
                         verba_classes cls) {
  verba_lexicon lx;
  verba_lexicon_default(&lx);
  return (verba_lex_classes(&lx, verba_lex_find(&lx, (const char *)t->s + start,
                                                end - start, VERBA_CASE_LOWER)) &
          cls) != 0;
}

/* Does the byte at pos end a token of the given role at once? */
static int ends_at_once(const verba_text *t, size_t pos, unsigned role) {
  return pos < t->len && t->s[pos] < 0x80 && !(ascii_role[t->s[pos]] & role);
}

static int is_letter_cp(int32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return utf8proc_category(cp) >= UTF8PROC_CATEGORY_LU &&
         utf8proc_category(cp) <= UTF8PROC_CATEGORY_ME;
}

static int is_digit_cp(int32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

static int is_alnum_cp(int32_t cp) {
  return is_letter_cp(cp) || is_digit_cp(cp);
}

static int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }
static int is_hyphen(int32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

static size_t cp_len(const verba_text *t, size_t pos) {
  int32_t cp;
  return verba_decode(t, pos, &cp);
}

static enum seg_class classify(const verba_text *t, size_t start, size_t end) {
  int32_t cp;
  size_t n = verba_decode(t, start, &cp);
  if (cp < 0x80) { /* no ASCII character is pictographic or an RI */
    if (verba_is_space(cp)) return SEG_SPACE;
    if (is_letter_cp(cp)) return SEG_LETTER;
    if (is_digit_cp(cp)) {
      int32_t next = verba_cp_at(t, start + 1); /* keycap: 1 FE0F 20E3 */
      return next == 0xFE0F || next == 0x20E3 ? SEG_EMOJI : SEG_DIGIT;
    }
    if (cp == '_' && start + 1 < end) return SEG_LETTER; /* _name */
    if (cp < 0x20 || cp == 0x7F) return SEG_OTHER;
    return ascii_role[cp] & ASCII_SYMBOL ? SEG_SYMBOL : SEG_PUNCT;
  }
  if (verba_is_space(cp)) return SEG_SPACE;
  if (verba_word_break(cp) == VERBA_WB_RI) return SEG_EMOJI;
  /* Pictographs are emoji when they are in the emoji planes or carry a
   * presentation selector, modifier or ZWJ; (c) and TM stay symbols. */
  if (verba_extended_pictographic(cp) && (cp >= 0x1F000 || start + n < end))
    return SEG_EMOJI;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      return SEG_LETTER;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return SEG_DIGIT;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return SEG_PUNCT;
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_SO:
      return SEG_SYMBOL;
    default:
      return SEG_OTHER;
  }
}

/* Does t[start, end) spell word (ASCII, ignoring case)? */
static int spells(const verba_text *t, size_t start, size_t end,
                  const char *word) {
  size_t i, n = strlen(word);
  if (end - start != n) return 0;
  for (i = 0; i < n; i++)
    if ((t->s[start + i] | 0x20) != word[i]) return 0;
  return 1;
}

/* Is the segment letters joined by single dots (U.S, e.g, J.R.R)? */
static int dotted_initials(const verba_text *t, size_t start, size_t end) {
  size_t i = start;
  int dots = 0;
  while (i < end) {
    if (!is_letter_cp(verba_cp_at(t, i))) return 0;
    i += cp_len(t, i);
    while (i < end && verba_word_break(verba_cp_at(t, i)) == VERBA_WB_EXTEND)
      i += cp_len(t, i);
    if (i == end) break;
    if (t->s[i] != '.') return 0;
    dots++;
    i++;
  }
  return dots > 0;
}

/* A lone capital before ". X": the middle initial of George W. Bush; not
 * the last letter of a name written with an ampersand (AT&T. Shares). */
static int lone_initial(const verba_text *t, size_t start, size_t end) {
  int32_t cp = verba_cp_at(t, start);
  size_t after = end + 1;
  if (start + cp_len(t, start) != end) return 0;
  if (start >= 2 && t->s[start - 1] == '&' && t->s[start - 2] >= 'A' && t->s[start - 2] <= 'Z')
    return 0;
  if (utf8proc_category(cp) != UTF8PROC_CATEGORY_LU) return 0;
  if (!verba_is_space(verba_cp_at(t, after)) || t->s[after] == '\n') return 0;
  while (after < t->len && t->s[after] == ' ') after++;
  return utf8proc_category(verba_cp_at(t, after)) == UTF8PROC_CATEGORY_LU;
}

/* End of the URL that starts at from and whose body goes on at pos: up to
 * a space, quote or angle bracket, less trailing sentence punctuation and
 * a closing parenthesis the URL did not open. */
static size_t url_body_end(const verba_text *t, size_t from, size_t pos) {
  size_t end = pos;
  int open = 0;
  while (pos < t->len) {
    int32_t cp;
    size_t n = verba_decode(t, pos, &cp);
    if (verba_is_space(cp) || cp < 0x20 || strchr("\"<>", (int)cp) ||
        (cp >= 0x2018 && cp <= 0x201F) || cp == 0xAB || cp == 0xBB ||
        cp == 0x2026)
      break;
    pos += n;
    end = pos;
  }
  for (pos = from; pos < end; pos++) {
    if (t->s[pos] == '(') open++;
    if (t->s[pos] == ')') open--;
  }
  while (end > 0) {
    unsigned char c = t->s[end - 1];
    if (c == ')' && open < 0) {
      open++;
    } else if (!strchr(".,;:!?'*]}", c)) {
      break;
    }
    end--;
  }
  return end;
}

/* Recognises a URL starting with the word segment [start, end); returns
 * its end, or 0. Forms: scheme://..., www.name..., name.tld[/...]. */
static size_t url_end(const verba_text *t, size_t start, size_t end) {
  size_t i, last_dot = 0;
  if ((spells(t, start, end, "http") || spells(t, start, end, "https") ||
       spells(t, start, end, "ftp")) &&
      end + 3 < t->len && memcmp(t->s + end, "://", 3) == 0 &&
      !verba_is_space(verba_cp_at(t, end + 3)))
    return url_body_end(t, start, end + 3);
  for (i = start; i < end; i++)
    if (t->s[i] == '.') last_dot = i;
  if (!last_dot) return 0;
  if (end - start > 4 && spells(t, start, start + 4, "www."))
    return url_body_end(t, start, end);
  /* a top-level domain (class url_tld) makes a bare "name.tld" a URL */
  if (lexicon_class(t, last_dot + 1, end, VERBA_LEX_URL_TLD)) {
    for (i = last_dot + 1; i < end; i++) /* lower-case TLD only: not U.S.A */
      if (t->s[i] < 'a' || t->s[i] > 'z') return 0;
    return end < t->len && t->s[end] == '/' ? url_body_end(t, start, end) : end;
  }
  return 0;
}

static int ascii_alnum(unsigned char c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
}

static int email_local_char(unsigned char c) {
  return ascii_alnum(c) || (c < 0x80 && (ascii_role[c] & EMAIL_MARK));
}

/* The longest local part of an address (RFC 5321, 4.5.3.1.1): a longer
 * run is no address, so the words nearest the '@' that fit in it start
 * one. The bound keeps the tokenizer linear: every word before a '+',
 * '-', '.' ... looks for an '@' after it, and "a+a+a+..." would otherwise
 * send each of them to the end of the run. (The domain needs no bound: it
 * ends at the next '@', so each one is read from at most EMAIL_LOCAL_MAX
 * starts.) */
#define EMAIL_LOCAL_MAX 64

/* Recognises name@domain.tld starting at start; returns its end, or 0.
 * A dot is part of the domain only when a label follows it, and the last
 * label (the top-level domain) has at least two characters. A capital
 * after a dot in a lower-case domain starts the next sentence
 * (name@example.com.The ...), not a label. */
static size_t email_end(const verba_text *t, size_t start) {
  size_t i = start, label = 0, end = 0, tld = 0, stop;
  int dots = 0, dots_at_end = 0, capitals = 0;
  /* the '@' may stand just past the longest local part; memchr finds
   * there is none faster than the loop */
  stop = t->len - start > EMAIL_LOCAL_MAX ? start + EMAIL_LOCAL_MAX + 1
                                          : t->len;
  if (!memchr(t->s + start, '@', stop - start)) return 0;
  while (i < stop && t->s[i] != '@' && email_local_char(t->s[i])) i++;
  if (i == start || i >= stop || t->s[i] != '@') return 0;
  for (i++; i < t->len; i++) {
    unsigned char c = t->s[i];
    if (c >= 'A' && c <= 'Z') {
      if (label == 0 && dots > 0 && !capitals) break;
      capitals = 1;
    }
    if (ascii_alnum(c) || c == '-') {
      end = i + 1;
      tld = ++label;
      dots_at_end = dots;
    } else if (c == '.' && label > 0) {
      dots++;
      label = 0;
    } else {
      break;
    }
  }
  return dots_at_end > 0 && tld >= 2 ? end : 0;
}

/* A hyphen, slash or colon that joins the number ending at pos to the next
 * one (2019-03-05, 10:30, 3/4), or a hyphen that joins two word parts.
 * Returns the end of the joined segment, or 0. */
static size_t joined_part(const verba_tokenizer *tz, size_t pos,
                          int numbers_only, int *letters) {
  const verba_text *t = &tz->text;
  int32_t cp = verba_cp_at(t, pos);
  size_t next, end;
  enum seg_class c;
  if (!(is_hyphen(cp) || (numbers_only && (cp == '/' || cp == ':'))))
    return 0;
  next = pos + cp_len(t, pos);
  if (next >= t->len) return 0;
  end = verba_word_end(t, next);
  c = classify(t, next, end);
  if (c == SEG_DIGIT) return end;
  if (c != SEG_LETTER || numbers_only || !is_hyphen(cp) ||
      (tz->flags & VERBA_TOK_SPLIT_HYPHENS))
    return 0;
  *letters = 1;
  return end;
}

/* Extends a word or number token over hyphens, dates and a final percent
 * sign; returns the kind of the whole. */
static enum verba_kind compound(const verba_tokenizer *tz, size_t *end,
                                int letters) {
  const verba_text *t = &tz->text;
  size_t next;
  if (ends_at_once(t, *end, GOES_ON_NUMBER))
    return letters ? VERBA_WORD : VERBA_NUMBER;
  while ((next = joined_part(tz, *end, 0, &letters)) ||
         (!letters && (next = joined_part(tz, *end, 1, &letters))))
    *end = next;
  if (!letters && *end < t->len && (t->s[*end] == '%')) (*end)++;
  return letters ? VERBA_WORD : VERBA_NUMBER;
}

static enum verba_kind word_token(verba_tokenizer *tz, size_t start,
                                  size_t *end) {
  const verba_text *t = &tz->text;
  size_t e = *end, u;
  enum verba_kind kind;
  int32_t after;

  /* Most words end at a space or a comma and hold no dot: nothing to merge */
  if (ends_at_once(t, e, GOES_ON_WORD) &&
      !(tz->flags & VERBA_TOK_SPLIT_POSSESSIVE) &&
      !memchr(t->s + start, '.', e - start))
    return VERBA_WORD;
  after = verba_cp_at(t, e);
  if (after == '@' || after == '.' || after == '_' || after == '-' ||
      after == '+' || after == ':' || after == '/' || memchr(t->s + start, '.', e - start)) {
    if ((u = email_end(t, start)) != 0) {
      *end = u;
      return VERBA_EMAIL;
    }
    if ((u = url_end(t, start, e)) != 0) {
      *end = u;
      return VERBA_URL;
    }
  }
  if (after == '.' && (dotted_initials(t, start, e) || lone_initial(t, start, e))) {
    *end = e + 1;
    return VERBA_WORD;
  }
  kind = compound(tz, &e, 1);
  /* the Smiths' house, the Actors' Equity Association: a plural
   * possessive keeps its apostrophe before a lower-case word, or between
   * two capitalised ones (a name's) */
  if (!(tz->flags & VERBA_TOK_SPLIT_POSSESSIVE) && is_apostrophe(verba_cp_at(t, e)) &&
      (t->s[e - 1] | 0x20) == 's') {
    size_t a = e + cp_len(t, e);
    int next = verba_cp_at(t, a) == ' ' ? (int)utf8proc_category(verba_cp_at(t, a + 1)) : -1;
    if (next == UTF8PROC_CATEGORY_LL ||
        (next == UTF8PROC_CATEGORY_LU &&
         utf8proc_category(verba_cp_at(t, start)) == UTF8PROC_CATEGORY_LU))
      e = a;
  }
  /* China's -> China 's */
  if ((tz->flags & VERBA_TOK_SPLIT_POSSESSIVE) && e - start > 2 &&
      (t->s[e - 1] | 0x20) == 's') {
    size_t n = verba_decode_back(t, e - 1, &after);
    if (is_apostrophe(after) && e - 1 - n > start) tz->split_at = e - 1 - n;
  }
  *end = e;
  return kind;
}

static enum verba_kind mark_kind(enum seg_class cls) {
  return cls == SEG_SYMBOL ? VERBA_SYMBOL : VERBA_PUNCT;
}

/* The word after a mark is read this far to judge the mark by it, and
 * whole only when the token takes it in: a mark before an endless word
 * costs no more than one before a short word. A word ending well before
 * the cut is read as it would be whole. */
#define MARK_LOOK_AHEAD 64

/* The end of the word at e, read as far as near (t cut) gave near_end. */
static size_t whole_word_end(const verba_text *t, const verba_text *near,
                             size_t e, size_t near_end) {
  return near->len < t->len && near_end > e + MARK_LOOK_AHEAD / 2
             ? verba_word_end(t, e) : near_end;
}

/* Punctuation or symbol that may open something longer: a sign, an
 * elision, @mention, #hashtag, or a run of dots or hyphens. */
static enum verba_kind mark_token(verba_tokenizer *tz, size_t start,
                                  size_t *end, enum seg_class cls) {
  const verba_text *t = &tz->text;
  int32_t cp = verba_cp_at(t, start), before;
  size_t e = *end, next_end;
  verba_text near;
  enum seg_class next;
  int word_before;

  if (ends_at_once(t, start, OPENS_MARK)) return mark_kind(cls);
  before = verba_cp_before(t, start);
  word_before = is_alnum_cp(before);
  near = *t;
  if (t->len - e > MARK_LOOK_AHEAD) near.len = e + MARK_LOOK_AHEAD;
  next_end = e < t->len ? verba_word_end(&near, e) : e;
  next = e < t->len ? classify(&near, e, next_end) : SEG_OTHER;

  if (!word_before && next == SEG_DIGIT &&
      (cp == '+' || cp == '-' || cp == 0x2212)) {
    *end = whole_word_end(t, &near, e, next_end);
    return compound(tz, end, 0);
  }
  /* no elision after another mark: ''27 is a TeX double quote and 27 */
  if (!word_before && is_apostrophe(cp) && before != '\'' && before != '`') {
    if (next == SEG_DIGIT) { /* '90s */
      *end = whole_word_end(t, &near, e, next_end);
      return VERBA_NUMBER;
    }
    if (next == SEG_LETTER && spells(t, e, next_end, "n") &&
        is_apostrophe(verba_cp_at(t, next_end)) &&
        !is_alnum_cp(verba_cp_at(t, next_end + cp_len(t, next_end)))) {
      *end = next_end + cp_len(t, next_end); /* 'n' */
      return VERBA_WORD;
    }
    /* words shortened at the front (class elision): 'em, 'til */
    if (next == SEG_LETTER && lexicon_class(t, e, next_end, VERBA_LEX_ELISION)) {
      *end = next_end;
      return VERBA_WORD;
    }
  }
  /* not in "a.@b", nor an HTML character reference "&#233;" */
  if ((cp == '@' || cp == '#') && !word_before && before != '.' &&
      before != '&' &&
      (next == SEG_LETTER || (cp == '#' && next == SEG_DIGIT))) {
    *end = whole_word_end(t, &near, e, next_end);
    return cp == '@' ? VERBA_MENTION : VERBA_HASHTAG;
  }
  if (cp == '.' || cp == '-') { /* ... and -- are one mark */
    while (e < t->len && t->s[e] == (unsigned char)cp) e++;
    *end = e;
  }
  return mark_kind(cls);
}

void verba_tokens_init(verba_tokenizer *tz, const verba_text *t, size_t pos,
                       unsigned flags) {
  tz->text = *t;
  tz->pos = pos;
  tz->flags = flags;
  tz->split_at = 0;
}

/* The token at start by the general rules: its kind, with *end set. */
static enum verba_kind general_token(verba_tokenizer *tz, size_t start,
                                     size_t *end) {
  const verba_text *t = &tz->text;
  size_t e = verba_word_end(t, start);
  enum verba_kind kind;
  switch (classify(t, start, e)) {
    case SEG_SPACE:
      /* A run of white space, without the marks or format characters
       * WB4 attaches to it: those are text, not space. */
      for (e = start; e < t->len && verba_is_space(verba_cp_at(t, e));)
        e += cp_len(t, e);
      kind = VERBA_SPACE;
      break;
    case SEG_LETTER:
      kind = word_token(tz, start, &e);
      break;
    case SEG_DIGIT:
      kind = compound(tz, &e, 0);
      break;
    case SEG_PUNCT:
      kind = mark_token(tz, start, &e, SEG_PUNCT);
      break;
    case SEG_SYMBOL:
      kind = mark_token(tz, start, &e, SEG_SYMBOL);
      break;
    case SEG_EMOJI:
      kind = VERBA_EMOJI;
      break;
    default:
      kind = VERBA_OTHER;
      break;
  }
  *end = e;
  return kind;
}

int verba_tokens_next(verba_tokenizer *tz, verba_token *tok) {
  const verba_text *t = &tz->text;
  for (;;) {
    size_t start = tz->pos, end = 0;
    enum verba_kind kind;
    if (tz->split_at) { /* second half of a split possessive */
      tok->start = tz->split_at;
      tok->end = start;
      tok->kind = VERBA_WORD;
      tz->split_at = 0;
      return 1;
    }
    if (!(tz->flags & VERBA_TOK_SPACES)) {
      while (start < t->len && (t->s[start] == ' ' || t->s[start] == '\n'))
        start++;
      tz->pos = start;
    }
    if (start >= t->len) return 0;
    if (ascii_alnum_wb(t->s[start]) && (end = ascii_token_end(t, start))) {
      kind = vb_ascii_wb(t->s[start]) == VERBA_WB_ALETTER ? VERBA_WORD
                                                         : VERBA_NUMBER;
    } else if ((end = ascii_mark_end(t, start)) != 0) {
      kind = ascii_role[t->s[start]] & ASCII_SYMBOL ? VERBA_SYMBOL
                                                    : VERBA_PUNCT;
    } else if ((end = quote_or_dash_end(t, start)) != 0) {
      kind = VERBA_PUNCT;
    } else {
      kind = general_token(tz, start, &end);
      if (kind == VERBA_SPACE && !(tz->flags & VERBA_TOK_SPACES)) {
        tz->pos = end;
        continue;
      }
    }
    tz->pos = end;
    tok->start = start;
    tok->end = tz->split_at ? tz->split_at : end;
    tok->kind = kind;
    return 1;
  }
}
