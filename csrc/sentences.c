/* Stage 3d: sentences. Two modes share one scanner of the UAX #29
 * sentence rules (SB1-SB11, Unicode 15.0):
 *  - uax29: the raw segments, every byte covered;
 *  - news:  the UAX #29 candidates re-judged with what the character rules
 *    cannot know: abbreviations (data, user-extensible), initials, times,
 *    list numbering, bullets, ellipses, quotes that close after the mark,
 *    and line structure (headings, captions, list items).
 * Decisions read characters through verba_decode/verba_sentence_break and
 * words through verba_word_end / verba_tokens_next, only around a
 * candidate boundary, so the hot loop is one table lookup per character. */
#include <stdlib.h>
#include <string.h>
#include "verba.h"
#include "sentences_internal.h"
#include "lexicon_data.h"
#include "swar.h"
/* With SSE2 (swar.h) the scan for a sentence's end reads 16 bytes at a
 * time; other machines read 8 or one. */

/* ---- Built-in data ------------------------------------------------------ */

/* How an abbreviation behaves before a capitalised word: its lexicon class
 * (data/en/abbreviations.tsv). */
enum abbrev_class {
  AB_NONE,
  AB_TITLE,   /* never ends a sentence: Mr. Smith, Mt. Fuji, e.g. Paris */
  AB_GENERAL, /* ends one only before a sentence opener: Inc. The ... */
  AB_NUMBER,  /* joins a following number: No. 5, p. 55; else a word */
  AB_TIME     /* a.m., p.m.: ends one unless the time opens the sentence */
};

/* The lexicon classes of the word t[start, end) as written. */
static verba_classes classes_of(const verba_sentencer *ss, size_t start,
                                size_t end) {
  const verba_text *t = &ss->text;
  enum verba_lex_case wcase;
  if (ss->find_word && end > start)
    return verba_lex_classes(&ss->lexicon,
                             ss->find_word(ss->find_word_ud, start, end - start));
  wcase = verba_shape_case(verba_word_shape(t, start, end));
  return verba_lex_classes(&ss->lexicon,
                           verba_lex_find(&ss->lexicon, (const char *)t->s + start,
                                          end - start, wcase));
}

/* ---- UAX #29 ------------------------------------------------------------ */

/* How a UAX #29 segment ends: the chain of terminators SB8a joined
 * ([term, term_end); term == term_end when there is none), the closing
 * marks after it (to close_end), white space and at most one paragraph
 * separator (to end, the boundary). */
typedef struct sb_run {
  size_t term, term_end, close_end, end;
  size_t bullet; /* news: a bullet after white space inside, or NONE */
  int para;      /* ends with a paragraph separator */
} sb_run;

/* SB8: after ATerm Close* Sp*, is the next letter-like character Lower? */
static int lower_follows(const verba_text *t, size_t pos, int news) {
  for (; pos < t->len; pos = step(t, pos)) {
    int c = class_at(t, pos, news);
    if (c == VERBA_SB_LOWER) return 1;
    if (c == VERBA_SB_UPPER || c == VERBA_SB_OLETTER || PARASEP(c) ||
        SATERM(c))
      return 0;
  }
  return 0;
}

#define IS_LETTER(c) \
  ((c) == VERBA_SB_LOWER || (c) == VERBA_SB_UPPER || (c) == VERBA_SB_OLETTER)

/* Does a spaced ellipsis ". . ." start at pos and a capital follow it? After
 * a full stop that closes a word, that is a four-dot ellipsis whose three
 * dots open the next sentence (Chicago style). */
static int ellipsis_opens_sentence(const verba_text *t, size_t pos) {
  int dots;
  for (dots = 0; dots < 3; dots++) {
    if (pos >= t->len || t->s[pos] != '.') return 0;
    pos++;
    if (dots < 2) {
      if (pos >= t->len || t->s[pos] != ' ') return 0;
      pos++;
    }
  }
  if (pos >= t->len || t->s[pos] != ' ') return 0;
  while (pos < t->len && t->s[pos] == ' ') pos++;
  return class_at(t, pos, 1) == VERBA_SB_UPPER;
}

/* End of a footnote mark "[1]", "[12]", "[a]" at pos, or 0: after a full
 * stop it belongs to the sentence it ends ("...martyr.[1] The ..."). */
static size_t footnote_end(const verba_text *t, size_t pos) {
  size_t i = pos + 1;
  if (t->s[pos] != '[') return 0;
  while (i < t->len && i - pos <= 3 &&
         ((t->s[i] >= '0' && t->s[i] <= '9') || ascii_lower(t->s[i])))
    i++;
  return i > pos + 1 && i < t->len && t->s[i] == ']' ? i + 1 : 0;
}

/* A segment being read: where it starts, how far it is read, and the
 * last class SB5 does not ignore (SB7 looks back at it). */
typedef struct sb_scan {
  size_t start, pos;
  int prev;
} sb_scan;

static void scan_begin(sb_scan *sc, size_t pos, sb_run *run) {
  sc->start = sc->pos = pos;
  sc->prev = VERBA_SB_OTHER;
  run->bullet = NONE;
  run->para = 0;
}

/* The end of the run of ASCII characters from pos (< limit) that neither
 * end a sentence nor separate paragraphs: the ASCII ATerm (.), STerm (! ?),
 * CR and LF stop it, as does any byte of a longer character, and VT and
 * FF (line breaks in news mode: the caller reads them one by one). */
static size_t plain_ascii_end(const unsigned char *s, size_t pos,
                              size_t limit) {
  unsigned a;
#if VERBA_SSE2
  {
    /* \n..\r plus 0x76 are 0x80..0x83, the four smallest signed bytes */
    const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!');
    const __m128i ask = _mm_set1_epi8('?'), shift = _mm_set1_epi8(0x76);
    const __m128i breaks = _mm_set1_epi8((char)0x84);
    for (; limit - pos >= 16; pos += 16) {
      __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + pos));
      __m128i m = _mm_or_si128(
          _mm_or_si128(_mm_cmpeq_epi8(x, dot), _mm_cmpeq_epi8(x, bang)),
          _mm_or_si128(_mm_cmpeq_epi8(x, ask),
                       _mm_cmplt_epi8(_mm_add_epi8(x, shift), breaks)));
      /* and every byte of 0x80 or more: its own high bit */
      unsigned stop = (unsigned)_mm_movemask_epi8(_mm_or_si128(m, x));
      if (stop) return pos + (size_t)__builtin_ctz(stop);
    }
  }
#endif
#if VERBA_SWAR_FIRST
  for (; limit - pos >= 8; pos += 8) {
    /* a byte of 0x80 or more stops the run whatever its low seven bits
     * say, so the tests read only those: \n \v \f \r are 0x0A..0x0D */
    uint64_t x = verba_load8(s + pos), low7 = x & VERBA_BYTES(0x7F);
    uint64_t stop = (x | verba_bytes_zero7(low7 ^ VERBA_BYTES('.')) |
                     verba_bytes_zero7(low7 ^ VERBA_BYTES('!')) |
                     verba_bytes_zero7(low7 ^ VERBA_BYTES('?')) |
                     verba_bytes_within(low7, '\n', '\r')) &
                    VERBA_HIGH_BITS;
    if (stop) return pos + verba_first_byte(stop);
  }
#endif
  while (pos < limit && (a = vb_ascii_sb(s[pos])) != VB_NOT_ASCII &&
         !SATERM(a) && !PARASEP(a) && !NEWS_LINE_BREAK(s[pos]))
    pos++;
  return pos;
}

/* Reads the segment on from sc->pos; in news mode (news != 0) U+2026 is
 * a full stop and a bullet after white space ends the unit. Returns 1
 * when run holds its end (a terminator chain, a paragraph separator, the
 * end of the text) or a bullet, or 0 when it got to limit first, having
 * read nothing past it but the end of a chain; a later call goes on from
 * there. */
static int uax_scan(const verba_text *t, sb_scan *sc, int news, size_t limit,
                    sb_run *run) {
  const size_t len = t->len, start = sc->start;
  size_t pos = sc->pos;
  int prev = sc->prev;
  while (pos < limit) {
    int32_t cp;
    size_t n, term;
    int c;
    /* Fast path: a run of ASCII that neither ends a sentence nor separates
     * paragraphs (letters, digits, spaces, most punctuation). No ASCII
     * character is Extend or Format, so the last one is prev for SB5. */
    if (t->s[pos] < 0x80) {
      size_t run_start = pos;
      pos = plain_ascii_end(t->s, pos, limit);
      if (pos > run_start) {
        prev = (int)vb_ascii_sb(t->s[pos - 1]);
        continue;
      }
      /* a terminator or a line break: ASCII too, read without a call */
      n = 1;
      cp = t->s[pos];
      c = (int)vb_ascii_sb(t->s[pos]);
    } else {
      n = verba_decode(t, pos, &cp);
      c = (int)verba_sentence_break(cp);
    }
    if (news && NEWS_LINE_BREAK(cp)) c = VERBA_SB_LF;
    if (cp >= 0x80 && news) {
      if (cp == ELLIPSIS) {
        c = VERBA_SB_ATERM;
      } else if (is_bullet(cp) && pos > start && prev == VERBA_SB_SP) {
        run->bullet = pos; /* the unit ends here: no need to read on */
        return 1;
      }
    }
    if (PARASEP(c)) { /* SB4, with SB3 keeping CR LF together */
      run->term = run->term_end = run->close_end = pos;
      pos += n;
      if (c == VERBA_SB_CR && pos < len && t->s[pos] == '\n') pos++;
      run->end = pos;
      run->para = 1;
      return 1;
    }
    if (!SATERM(c)) {
      if (!IGNORED(c)) prev = c;
      pos += n;
      continue;
    }
    term = pos;
    for (;;) { /* a chain of terminators SB8a joins: ?! or . . . */
      int aterm = c == VERBA_SB_ATERM, before = prev, d;
      pos = step(t, pos);
      d = class_at(t, pos, news);
      prev = c;
      if (aterm && (d == VERBA_SB_NUMERIC || /* SB6 */
                    (d == VERBA_SB_UPPER && /* SB7 */
                     (before == VERBA_SB_UPPER || before == VERBA_SB_LOWER))))
        break;
      run->term = term;
      run->term_end = pos;
      while (d == VERBA_SB_CLOSE) { /* SB9 */
        size_t note = news ? footnote_end(t, pos) : 0;
        pos = note ? note : step(t, pos);
        d = class_at(t, pos, news);
        prev = VERBA_SB_CLOSE;
      }
      run->close_end = pos;
      while (d == VERBA_SB_SP) { /* SB10 */
        pos = step(t, pos);
        d = class_at(t, pos, news);
        prev = VERBA_SB_SP;
      }
      if (PARASEP(d)) { /* SB11 after the separator */
        int32_t sep;
        pos += verba_decode(t, pos, &sep);
        if (sep == '\r' && pos < len && t->s[pos] == '\n') pos++;
        run->end = pos;
        run->para = 1;
        return 1;
      }
      if (SATERM(d)) { /* SB8a: the chain goes on */
        if (news && aterm && pos > run->close_end && term + 1 == run->term_end &&
            IS_LETTER(before) && ellipsis_opens_sentence(t, pos)) {
          run->end = pos; /* "compounds. . . . The": 1 + 3 dots */
          return 1;
        }
        c = d;
        continue;
      }
      if (d == VERBA_SB_SCONTINUE) break; /* SB8a */
      if (aterm && lower_follows(t, pos, news)) break; /* SB8 */
      run->end = pos; /* SB11 */
      return 1;
    }
  }
  if (pos < len) { /* at the limit */
    sc->pos = pos;
    sc->prev = prev;
    return 0;
  }
  run->term = run->term_end = run->close_end = run->end = len;
  return 1;
}

/* Finds the UAX #29 segment that starts at pos (< t->len), or in news
 * mode its first bullet. */
static void uax_segment(const verba_text *t, size_t pos, int news,
                        sb_run *run) {
  sb_scan sc;
  scan_begin(&sc, pos, run);
  uax_scan(t, &sc, news, t->len, run);
}

/* ---- News: words around a candidate boundary ------------------------- */

/* Start of the white-space-delimited chunk that ends at end, less opening
 * quotes and brackets; chunks longer than this are no abbreviation. */
#define MAX_CHUNK 64

static int ascii_alnum_byte(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static size_t chunk_start(const verba_text *t, size_t end) {
  size_t pos = end;
  /* ASCII letters and digits, most of a chunk, stop nothing: passed by
   * bytes */
  while (pos > 0 && end - pos < MAX_CHUNK && ascii_alnum_byte(t->s[pos - 1]))
    pos--;
  while (pos > 0 && end - pos < MAX_CHUNK) {
    int32_t cp;
    enum verba_sb c;
    size_t n = char_before(t, pos, &cp, &c);
    if (WHITE(c) || c == VERBA_SB_CLOSE || c == VERBA_SB_SCONTINUE ||
        c == VERBA_SB_STERM || cp == ELLIPSIS)
      break;
    pos -= n;
  }
  return pos;
}

/* The start of the last word segment of the chunk that ends at end, where
 * a terminator stands. The segments are read in a copy of the text that
 * ends just past that terminator: the rules that look ahead stop at it
 * (it is not ignored by WB4), so they end where they would in the whole
 * text, and a word that runs on past end is not read to its end. */
static size_t word_before(const verba_text *t, size_t end) {
  size_t pos = chunk_start(t, end), ws = pos, i = pos;
  verba_text upto = *t;
  /* a chunk of ASCII letters and digits is one segment, however far it
   * runs on after end */
  while (i < end && ascii_alnum_byte(t->s[i])) i++;
  if (i == end) return pos;
  if (upto.len - end > 4) upto.len = end + 4; /* the longest character */
  while (pos < end) {
    ws = pos;
    pos = verba_word_end(&upto, pos);
  }
  return ws;
}

/* The abbreviation class of the word [ws, we) (without its dot). */
static enum abbrev_class abbreviation(const verba_sentencer *ss, size_t ws,
                                      size_t we) {
  verba_classes c = classes_of(ss, ws, we);
  if (c & VERBA_LEX_ABBREV_TITLE) return AB_TITLE;
  if (c & VERBA_LEX_ABBREV_TIME) return AB_TIME;
  if (c & VERBA_LEX_ABBREV_NUMBER) return AB_NUMBER;
  if (c & VERBA_LEX_ABBREV_GENERAL) return AB_GENERAL;
  return AB_NONE;
}

/* Letters (at most three) joined by single dots: U.S, N.Y, Ph.D. */
static int dotted_acronym(const verba_text *t, size_t ws, size_t we) {
  size_t run = 0, dots = 0, i;
  for (i = ws; i < we; i++) {
    int c = t->s[i];
    if (c == '.') {
      if (run == 0) return 0;
      dots++;
      run = 0;
    } else if (ascii_lower(c) || ascii_upper(c)) {
      if (++run > 3) return 0;
    } else {
      return 0;
    }
  }
  return dots > 0 && run > 0;
}

/* What comes after a candidate: the first word after white space and
 * opening marks. */
typedef struct next_word {
  size_t pos;       /* first character after the white space */
  size_t word, end; /* the word after opening marks, [word, end); end
                       is NONE until read_word_after */
  int cls;          /* Sentence_Break of its first character */
  int32_t cp;       /* its first character */
  int opener;       /* opening quotes or brackets came first */
  int spaced;       /* white space came first */
} next_word;

static void read_next(const verba_text *t, size_t pos, next_word *nw) {
  size_t after = skip_white(t, pos);
  int c = class_at(t, after, 1);
  nw->spaced = after > pos;
  pos = after;
  nw->pos = pos;
  nw->opener = 0;
  while (c == VERBA_SB_CLOSE) {
    nw->opener = 1;
    pos = step(t, pos);
    c = class_at(t, pos, 1);
  }
  nw->word = pos;
  nw->end = NONE; /* read_word_after reads it when needed */
  nw->cls = c;
  nw->cp = verba_cp_at(t, pos);
}

/* Reads the word after a candidate, which most candidates do not need. */
static void read_word_after(const verba_text *t, next_word *nw) {
  nw->end = nw->word < t->len ? near_word_end(t, nw->word) : nw->word;
}

/* Is the next word one that opens sentences (It's counts as It)? */
static int opener_word(const verba_sentencer *ss, const next_word *nw) {
  const verba_text *t = &ss->text;
  size_t end = nw->word;
  while (end < nw->end && t->s[end] != '\'' &&
         !(verba_cp_at(t, end) == 0x2019))
    end++;
  return (classes_of(ss, nw->word, end) & VERBA_LEX_SENTENCE_OPENER) != 0;
}

/* The pronoun I (I, I'm, I'll), which is capitalised anywhere. */
static int pronoun_i(const verba_text *t, const next_word *nw) {
  int32_t after;
  if (nw->cp != 'I') return 0;
  after = verba_cp_at(t, nw->word + 1);
  return nw->word + 1 == nw->end || after == '\'' || after == 0x2019;
}

/* ---- News: judging a candidate --------------------------------------- */

enum verdict { MERGE, BREAK };

static size_t trim_end(const verba_text *t, size_t start, size_t end) {
  while (end > start) {
    int32_t cp;
    enum verba_sb c;
    size_t n = char_before(t, end, &cp, &c);
    if (!WHITE(c)) break;
    end -= n;
  }
  return end;
}

/* Lines of at most this many words, one under another, are a list even
 * without markers ("features / contact manager / events"); wrapped prose
 * has longer lines. */
#define SHORT_LINE_WORDS 3

/* Words on the line that holds pos, up to pos (back) or from pos to the
 * line's end (forward), or SHORT_LINE_WORDS + 1 when there are more. */
static int line_words(const verba_text *t, size_t pos, int forward) {
  int n = 0, in_word = 0;
  while (forward ? pos < t->len : pos > 0) {
    int32_t cp;
    enum verba_sb c;
    size_t k = forward ? char_at(t, pos, &cp, &c) : char_before(t, pos, &cp, &c);
    if (verba_is_line_break(cp)) break;
    if (WHITE(c)) {
      in_word = 0;
    } else if (!in_word) {
      in_word = 1;
      if (++n > SHORT_LINE_WORDS) break;
    }
    pos = forward ? pos + k : pos - k;
  }
  return n;
}

/* A line without a final terminator ends a unit (a heading, caption, list
 * item) unless the next line plainly goes on with the sentence. */
static enum verdict judge_line(const verba_text *t, const sb_run *run) {
  next_word nw;
  int32_t last = verba_cp_before(t, trim_end(t, 0, run->term));
  read_next(t, run->end, &nw);
  if (sb_list_item_at(t, nw.pos)) return BREAK;
  if (last == ',' || last == ';' || last == ':' || last == '-' ||
      last == '&' || verba_is_dash(last))
    return MERGE;
  if (line_words(t, run->term, 0) <= SHORT_LINE_WORDS &&
      line_words(t, nw.pos, 1) <= SHORT_LINE_WORDS)
    return BREAK;
  return nw.cls == VERBA_SB_LOWER ? MERGE : BREAK;
}

/* The chain of terminators: how many dots it counts (… is three), and
 * whether it has a ? or ! (and of which kind). */
typedef struct chain {
  int dots, sterm, spaceless;
} chain;

static void read_chain(const verba_text *t, const sb_run *run, chain *ch) {
  size_t pos = run->term;
  ch->dots = ch->sterm = ch->spaceless = 0;
  while (pos < run->term_end) {
    int32_t cp;
    enum verba_sb c;
    size_t n = char_at(t, pos, &cp, &c);
    if (cp == ELLIPSIS) ch->dots += 3;
    else if (c == VERBA_SB_ATERM) ch->dots++;
    else if (c == VERBA_SB_STERM) ch->sterm = 1;
    if (SATERM(c)) ch->spaceless = spaceless_terminator(cp);
    pos += n;
  }
}

/* After a plain full stop: a capital or a list marker starts a sentence,
 * a number does not (N. 5, 1,000. 250 ...). */
static enum verdict after_full_stop(const verba_text *t,
                                    const next_word *nw) {
  if (nw->cls == VERBA_SB_NUMERIC)
    return sb_marker_at(t, nw->word) ? BREAK : MERGE;
  return BREAK;
}

/* Are there at most max words before the position in its unit (which
 * starts at start)? Counts white-space runs, and reads back no further
 * than the one that makes too many. */
static int few_words_before(const verba_text *t, size_t start, size_t pos,
                            int max) {
  int n = 0, in_space = 0;
  while (pos > start) {
    int32_t cp;
    enum verba_sb c;
    size_t k = char_before(t, pos, &cp, &c);
    int sp = WHITE(c);
    if (sp && !in_space && ++n > max) return 0;
    in_space = sp;
    pos -= k;
  }
  return 1;
}

/* A single capital before a full stop: an initial unless it is the
 * pronoun I after a lower-case word, the last letter of a name written
 * with an ampersand (AT&T., S&P.), or a sentence opener follows. */
static enum verdict after_letter(const verba_sentencer *ss, size_t ws,
                                 const next_word *nw) {
  const verba_text *t = &ss->text;
  if (ws >= 2 && t->s[ws - 1] == '&' && ascii_upper(t->s[ws - 2]))
    return after_full_stop(t, nw);
  if (t->s[ws] == 'I') {
    size_t p = ws;
    int32_t cp;
    while (p > 0 && class_before(t, p) == VERBA_SB_SP)
      p -= verba_decode_back(t, p, &cp);
    if (p < ws && p > 0 && class_at(t, chunk_start(t, p), 0) == VERBA_SB_LOWER)
      return after_full_stop(t, nw);
  }
  if (nw->cls == VERBA_SB_UPPER && opener_word(ss, nw) &&
      !(nw->end < t->len && t->s[nw->end] == '.'))
    return BREAK;
  return nw->cls == VERBA_SB_UPPER ? MERGE : after_full_stop(t, nw);
}

static enum verdict after_abbreviation(const verba_sentencer *ss,
                                       size_t unit, size_t ws,
                                       enum abbrev_class cls,
                                       const next_word *nw) {
  const verba_text *t = &ss->text;
  enum abbrev_class next_cls = AB_NONE;
  switch (cls) {
    case AB_TITLE:
      return MERGE;
    case AB_NUMBER: /* without a number it is a word: "said no." */
      if (nw->cls == VERBA_SB_NUMERIC || nw->cp == '#') return MERGE;
      return after_full_stop(t, nw);
    case AB_TIME: /* "At 5 a.m. Mr. Smith left" but "left at 6 p.m. Mr." */
      if (nw->cls == VERBA_SB_NUMERIC) return MERGE;
      if (few_words_before(t, unit, ws, 3)) break;
      if (nw->end < t->len && t->s[nw->end] == '.' &&
          (next_cls = abbreviation(ss, nw->word, nw->end)) == AB_TITLE)
        return BREAK;
      break;
    default:
      break;
  }
  if (nw->cls == VERBA_SB_NUMERIC) return MERGE;
  if (nw->opener && nw->cls == VERBA_SB_UPPER && t->s[nw->pos] != '(')
    return BREAK; /* a quotation opens */
  return opener_word(ss, nw) || nw->cls == VERBA_SB_OLETTER ? BREAK : MERGE;
}

/* Does the run end in a paragraph break (verba_paragraph_break over the
 * white space after its closing marks), or at the end of the text? */
static int paragraph_ends(const verba_sentencer *ss, const sb_run *run) {
  const verba_text *t = &ss->text;
  size_t pos = skip_white(t, run->end);
  return pos >= t->len ||
         verba_paragraph_break(t, run->close_end, pos, ss->paragraphs);
}

/* French « ... » puts white space before the closing guillemet: take it
 * (when white space, punctuation or the end follows) into the sentence it
 * closes. German »...« closes without a space, which UAX #29 handles. */
static void closing_guillemet(const verba_text *t, sb_run *run) {
  int32_t cp;
  size_t pos;
  int c;
  /* most candidates: no white space before a character of two or three
   * bytes (the guillemets), read without decoding */
  if (run->para || run->end == run->close_end || t->s[run->end] < 0x80) return;
  cp = verba_cp_at(t, run->end);
  if (!(cp == 0xBB || cp == 0x203A)) return;
  pos = step(t, run->end);
  c = class_at(t, pos, 1);
  if (!(c == NOTHING || WHITE(c) || SATERM(c) || c == VERBA_SB_SCONTINUE))
    return;
  run->close_end = pos;
  while (class_at(t, pos, 1) == VERBA_SB_SP) pos = step(t, pos);
  if (PARASEP(class_at(t, pos, 1))) {
    pos = step(t, pos);
    run->para = 1;
  }
  run->end = pos;
}

static enum verdict judge(verba_sentencer *ss, size_t unit, sb_run *run) {
  const verba_text *t = &ss->text;
  next_word nw;
  chain ch;
  size_t ws;
  enum abbrev_class cls;

  if (run->end >= t->len) return BREAK;
  if (run->para && paragraph_ends(ss, run)) return BREAK;
  if (run->term == run->term_end) return judge_line(t, run);
  if (run->term == unit) return MERGE; /* ". . . The" opens, not ends */
  closing_guillemet(t, run);
  /* (the line break after a French closing guillemet ends its paragraph
   * as one after the full stop would: Il a dit : « Partez. »<break>) */
  if (run->para && paragraph_ends(ss, run)) return BREAK;
  read_chain(t, run, &ch);
  read_next(t, run->close_end, &nw);
  if (nw.pos >= t->len) return BREAK;
  if (!nw.spaced && !ch.spaceless) return MERGE; /* Yahoo!Mail, 1.Then */
  if (nw.cls == VERBA_SB_LOWER) return MERGE;
  if (is_bullet(nw.cp)) return BREAK;
  if (ch.sterm) return BREAK;
  /* the word after is read (read_word_after) only on the ways that look
   * at its end: after_full_stop, most candidates' way, does not */
  if (ch.dots >= 4 || ch.dots == 2) return after_full_stop(t, &nw);
  if (ch.dots == 3) { /* an ellipsis: "... I" and "[...] (Smith 55)" go on */
    read_word_after(t, &nw);
    return pronoun_i(t, &nw) || nw.cls == VERBA_SB_NUMERIC ||
                   t->s[nw.pos] == '('
               ? MERGE
               : BREAK;
  }
  /* one full stop: what does it follow? */
  ws = word_before(t, run->term);
  if (ws == run->term) return after_full_stop(t, &nw);
  if (ws == ss->list_at) return MERGE; /* the unit's own 1. or a. */
  if (sb_continues_list(ss, ws))
    return MERGE; /* the next item's marker: next_item() cuts before it */
  /* (a capital alone is an initial before it is an abbreviation that
   * the lexicon writes in lower case: P. Sampras, not p. for page) */
  if (run->term == ws + 1 && ascii_upper(t->s[ws]) &&
      near_word_end(t, ws) == run->term) {
    read_word_after(t, &nw);
    return after_letter(ss, ws, &nw);
  }
  if ((cls = abbreviation(ss, ws, run->term)) == AB_NONE &&
      dotted_acronym(t, ws, run->term))
    cls = AB_GENERAL;
  if (cls != AB_NONE) {
    read_word_after(t, &nw);
    return after_abbreviation(ss, unit, ws, cls, &nw);
  }
  return after_full_stop(t, &nw);
}

/* ---- Iteration ------------------------------------------------------------ */

void verba_sentences_init(verba_sentencer *ss, const verba_text *t,
                          enum verba_sentence_mode mode,
                          const struct verba_config *config) {
  ss->text = *t;
  ss->pos = 0;
  ss->mode = mode;
  if (config) {
    ss->lexicon = config->lexicon;
    ss->paragraphs = config->paragraphs;
  } else {
    verba_lexicon_default(&ss->lexicon);
    ss->paragraphs = VERBA_PARAGRAPHS_BLANK;
  }
  ss->list_kinds = 0;
  ss->list_number = ss->list_letter = ss->list_roman = 0;
  ss->list_at = ss->list_end = NONE;
  ss->find_word = NULL;
  ss->find_word_ud = NULL;
}



/* The end of the unit that starts at s: the first candidate judged to
 * end it, or a bullet. */
static size_t unit_end(verba_sentencer *ss, size_t s) {
  sb_run run;
  size_t p;
  for (p = s;; p = run.end) {
    uax_segment(&ss->text, p, 1, &run);
    if (run.bullet != NONE) return run.bullet;
    if (judge(ss, s, &run) == BREAK) return run.end;
  }
}

/* The end of a list item that starts at s: where unit_end would end it,
 * or before the next item's marker if that comes first. The markers are
 * looked for token by token while the segments are read, and the reading
 * stops at the next marker, however long the segment: each item is read
 * once, not again by every item before it. */
static size_t list_item_end(verba_sentencer *ss, size_t s) {
  const verba_text *t = &ss->text;
  marker_scan ms;
  sb_scan sc;
  sb_run run;
  size_t p, m;
  enum verdict v;
  sb_marker_scan_init(&ms, ss);
  for (p = s;; p = run.end) {
    scan_begin(&sc, p, &run);
    for (;;) { /* up to the next token, to look at it first */
      size_t limit = ms.found != NONE ? ms.found
                     : ms.more        ? ms.tok.start
                                      : t->len;
      if (uax_scan(t, &sc, 1, limit > sc.pos ? limit : sc.pos, &run)) break;
      if ((m = sb_marker_before(ss, &ms, sc.pos + 1)) != NONE) return m;
    }
    if (run.bullet != NONE) {
      m = sb_marker_before(ss, &ms, run.bullet);
      return m != NONE ? m : run.bullet;
    }
    v = judge(ss, s, &run);
    if ((m = sb_marker_before(ss, &ms, run.end)) != NONE) return m;
    if (v == BREAK) return run.end;
  }
}

static int news_next(verba_sentencer *ss, size_t *start, size_t *end) {
  const verba_text *t = &ss->text;
  for (;;) {
    size_t s = skip_white(t, ss->pos), e;
    if (s >= t->len) {
      ss->pos = t->len;
      return 0;
    }
    sb_open_list(ss, s);
    e = ss->list_kinds ? list_item_end(ss, s) : unit_end(ss, s);
    ss->pos = e;
    e = trim_end(t, s, e);
    if (e > s) {
      *start = s;
      *end = e;
      return 1;
    }
  }
}

int verba_sentences_next(verba_sentencer *ss, size_t *start, size_t *end) {
  sb_run run;
  if (ss->mode == VERBA_SENTENCES_NEWS) return news_next(ss, start, end);
  if (ss->pos >= ss->text.len) return 0;
  uax_segment(&ss->text, ss->pos, 0, &run);
  *start = ss->pos;
  *end = ss->pos = run.end;
  return 1;
}
