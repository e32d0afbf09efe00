/* What spans sentences and paragraphs: a quotation that goes on from the
 * one before it (over narration, over photo captions), a quotation a
 * writer's sentence before it reports, bylines under quotations,
 * pull-quotes, and how a quotation's own text ends. */
#include <string.h>
#include "attribution.h"

/* Does the text of quote p start like that of q (a pull-quote repeating
 * a quote of the body)? Compares letters only, up to 64. */
int verba_attr_repeats(const verba_text *t, const verba_quote *p,
                   const verba_quote *q) {
  size_t i = p->open_end, j = q->open_end;
  int same = 0;
  while (i < p->close_start && j < q->close_start && same < 64) {
    unsigned char x = t->s[i], y = t->s[j];
    if (!((x | 0x20) >= 'a' && (x | 0x20) <= 'z')) { i++; continue; }
    if (!((y | 0x20) >= 'a' && (y | 0x20) <= 'z')) { j++; continue; }
    if (x != y) return 0;
    i++;
    j++;
    same++;
  }
  return same >= 24;
}

/* Where quote p and its attribution after it end. */
static size_t attribution_end(const verba_quote *p) {
  if (p->cue_start != VERBA_NONE && p->cue_start >= p->end)
    return p->cue_end > p->speaker_end ? p->cue_end : p->speaker_end;
  return p->end;
}

/* Words that open a sentence (But, And yet) before a quote that goes on
 * from the one before, at most. */
#define CLAUSE_OPENERS 2

int verba_attr_closes_sentence(const attributor *a, const window *after) {
  const verba_tok *t = a->doc->toks;
  size_t k;
  if (after->n == 0) return 1;
  k = after->tok[0].first;
  return (after->tok[0].flags & T_END) || (k > 0 && t[k].sentence != t[k - 1].sentence);
}

/* Does the gap between quote p and the next one (win before it, after
 * after it) hold a sentence of the writer's own, other than p's
 * attribution? Then the next quote does not simply go on from p. */
int verba_attr_narration_between(const attributor *a, const window *win, const window *after,
                                 const verba_quote *p) {
  size_t from = attribution_end(p);
  int i, ended = 0, openers = 0;
  for (i = 0; i < win->n; i++) {
    const wtok *w = &win->tok[i];
    if (w->start < from) continue;
    if (w->flags & T_END) {
      ended = 1;
      openers = 0;
    } else if (ended && (w->flags & T_WORD)) {
      /* (words that only open the sentence the quote ends are none: But
       * "..."; not But "dumping Trump" is hard) */
      if (!(w->lex & VERBA_LEX_CLAUSE_OPENER) || openers == CLAUSE_OPENERS ||
          !verba_attr_closes_sentence(a, after))
        return 1;
      openers++;
    } else if (ended && openers) {
      return 1;
    }
  }
  return 0;
}

/* Does paragraph p hold a credit line: a credit label and its colon
 * opening it or one of its sentences (In 2008, ... Image: NASA.)? Then
 * it is a photo's caption, set apart from the running text. */
static int caption_paragraph(const attributor *a, size_t p) {
  const verba_doc *d = a->doc;
  const verba_unit *u = &d->paragraphs[p];
  size_t k;
  for (k = u->first; k + 1 < u->last; k++)
    if ((d->toks[k].shape & VERBA_SHAPE_SENTENCE_START) &&
        (verba_doc_classes(d, k) & VERBA_LEX_CREDIT_LABEL) &&
        d->toks[k + 1].cp == ':')
      return 1;
  return 0;
}

/* The paragraph of document token k. */
static size_t paragraph_of(const verba_doc *d, size_t k) {
  return d->sentences[d->toks[k].sentence].parent;
}

/* Does the quote q, opening its paragraph, go on from p, a quote left open
 * at the end of its paragraph (the multi-paragraph convention), with only
 * captions between them? A photo set between paragraphs of a quotation
 * does not end it. */
int verba_attr_continues_over_captions(const attributor *a, const verba_quote *p,
                                       const verba_quote *q) {
  size_t para, last;
  if (!p->unclosed || !(q->context & VERBA_QCTX_PARA_START) ||
      q->start - p->end > LOOK_BACK)
    return 0;
  last = paragraph_of(a->doc, q->first);
  para = paragraph_of(a->doc, p->last - 1) + 1;
  if (para >= last) return 0;
  for (; para < last; para++)
    if (!caption_paragraph(a, para)) return 0;
  return 1;
}

/* Sentences of narration a quotation's speaker carries over. */
#define NARRATION_SENTENCES 2

/* Does the narration between quotation p and q, in one paragraph, keep
 * p's speaker for q: '"...," Hu said. He has worked there for years.
 * "But I like it."'? A cue, a pronoun of the other gender or a long
 * stretch may bring in a new speaker, and a name for subject is read by
 * reporting_sentence (Ode disagreed. / Hu has run it since May.). */
int verba_attr_narration_keeps_speaker(const attributor *a, const window *win,
                                   const verba_quote *p, const verba_quote *q) {
  size_t from = attribution_end(p);
  char gender = (char)(p->speaker_start == VERBA_NONE
                           ? 0 : verba_attr_gender_at(a, p->speaker_start));
  int i, sentences = 0, opens = 0;
  if (p->end < q->para_start || !(q->context & VERBA_QCTX_SENTENCE_START)) return 0;
  for (i = 0; i < win->n; i++) {
    const wtok *w = &win->tok[i];
    char g;
    /* the rest of p's own sentence (said Hu, half joking.) is no narration */
    if (w->start < from || (sentences == 0 && !(w->flags & T_END))) continue;
    if (w->flags & T_CUE) return 0;
    if (w->flags & T_END) {
      if (++sentences > NARRATION_SENTENCES) return 0;
      opens = 1;
      continue;
    }
    if (!opens || !(w->flags & T_WORD)) continue;
    opens = (w->lex & VERBA_LEX_CLAUSE_OPENER) != 0;
    if (w->flags & T_PRONOUN) {
      g = (char)((w->lex & VERBA_LEX_MALE) ? 'm' : (w->lex & VERBA_LEX_FEMALE) ? 'f' : 0);
      if ((g == 'm' || g == 'f') && (gender == 'm' || gender == 'f') && g != gender)
        return 0;
    } else if ((w->flags & (T_CAP | T_DET | T_STOP | T_FILLER)) == T_CAP) {
      return 0; /* Ode disagreed.; Roe has run it since May. (as written) */
    }
  }
  return sentences > 0;
}

/* Words of an opening phrase set off by a comma before a quote, at most
 * (Now, "..."; Unless further rivals quit the race, "..."). */
#define OPENING_WORDS 10

/* Does quote q, no cue in its sentence, make the main clause of the
 * sentence right after p's: an opening phrase set off by a comma before
 * it, and the sentence ending with it? Then the speaker of p goes on
 * ("...," said Hu, the chairman. Now, "it is too late."). */
int verba_attr_clause_goes_on(const attributor *a, const window *win, const verba_quote *p,
                              const verba_quote *q) {
  const verba_doc *d = a->doc;
  size_t from = attribution_end(p);
  int i, sentences = 0, words = 0;
  if ((q->context & VERBA_QCTX_SENTENCE_START) || q->words <= VERBA_SHORT_QUOTE ||
      p->end < q->para_start || win->n == 0 || !(win->tok[win->n - 1].flags & T_COMMA))
    return 0;
  /* (the sentence's end inside the quote, or its full stop right after) */
  if (!(d->toks[q->last - 1].shape & VERBA_SHAPE_SENTENCE_END) &&
      !(q->last < d->ntoks && d->toks[q->last].kind == VERBA_PUNCT &&
        (d->toks[q->last].shape & VERBA_SHAPE_SENTENCE_END)))
    return 0;
  for (i = 0; i < win->n; i++) {
    const wtok *w = &win->tok[i];
    if (w->start < from) continue;
    if (w->flags & T_CUE) return 0;
    if (w->flags & T_END) {
      if (++sentences > 1) return 0;
      words = 0;
    } else if (w->flags & T_WORD) {
      words++;
    }
  }
  return sentences == 1 && words > 0 && words <= OPENING_WORDS;
}

/* Does quote q start a line? */
int verba_attr_starts_line(const attributor *a, const verba_quote *q) {
  return (a->doc->toks[q->first].shape & VERBA_SHAPE_LINE_START) != 0;
}

/* Does window token w start a line? */
static int token_starts_line(const attributor *a, const wtok *w) {
  return (a->doc->toks[w->first].shape & VERBA_SHAPE_LINE_START) != 0;
}

/* Is the subject starting at byte start, in w[lo, hi), a person's name
 * or a personal pronoun (he, she, they)? */
int verba_attr_person_like(const wtok *w, int lo, int hi, size_t start) {
  int k;
  for (k = lo; k < hi && w[k].start != start; k++) {}
  if (k == hi) return 0;
  if (w[k].flags & T_PRONOUN) return (w[k].lex & VERBA_LEX_CLAUSE_PRONOUN) != 0;
  return (w[k].flags & (T_CAP | T_STOP | T_DET)) == T_CAP;
}

/* Does w[lo, hi) hold a noun of speech (Hu issued a statement)? */
static int speech_noun_in(const wtok *w, int lo, int hi) {
  int k;
  for (k = lo; k < hi; k++)
    if (!(w[k].flags & T_CAP) && ((w[k]).lex & VERBA_LEX_SPEECH_NOUN)) return 1;
  return 0;
}

/* A quote that opens a sentence with no attribution of its own, right
 * after a full sentence of the writer's that reports its speaker: 'Roe
 * spoke to the council. "The bridge is safe."' That sentence (in the
 * quote's paragraph, or ending the one before) must have a cue verb, or
 * for its subject the speaker of the quote before (prev, or NULL). A
 * caption, a headline or a sentence the window only partly holds names
 * nobody. */
int verba_attr_reporting_sentence(const attributor *a, window *win,
                              const verba_quote *prev, int whole_paragraph,
                              found *f) {
  wtok *w = win->tok;
  int hi = win->n - 1, lo, c;
  if (hi < 1 || !(w[hi].flags & T_END)) return 0;
  lo = verba_attr_sentence_start(a, w, 0, hi);
  if (lo == 0 && !token_starts_line(a, &w[0])) return 0;
  /* cues before the quote's paragraph, not marked in its window, count
   * in this sentence */
  for (c = lo; c < hi; c++)
    if ((w[c].flags & T_EARLIER) &&
        verba_attr_cue_at(a, &w[c], hi - c, c - lo))
      w[c].flags |= T_CUE;
  if (verba_attr_cue_subject(a, w, lo, hi, f)) return 1;
  if (!verba_attr_sentence_subject(a, w, lo, hi, NULL, f)) return 0;
  if (prev && prev->speaker_start != VERBA_NONE &&
      (verba_attr_same_last_word(a, f->start, f->end, prev->speaker_start, prev->speaker_end) ||
       (prev->name_start != VERBA_NONE &&
        verba_attr_same_last_word(a, f->start, f->end, prev->name_start, prev->name_end))))
    return 1;
  if ((whole_paragraph || speech_noun_in(w, lo, hi)) && verba_attr_person_like(w, lo, hi, f->start))
    return 1; /* Hu issued a statement on it. "..." */
  f->ok = 0;
  return 0;
}

/* Words a byline under a quotation holds at most: "- Tamsin Roe, Salem." */
#define BYLINE_WORDS 8

/* Does the quote end its line (a line break or the text's end after it)? */
static int ends_line(const attributor *a, const verba_quote *q) {
  const verba_doc *d = a->doc;
  return q->last >= d->ntoks || (d->toks[q->last].shape & VERBA_SHAPE_NEWLINE);
}

/* A quotation on lines of its own, signed by the short line after it
 * (blank lines between allowed, before the token limit): '"..." / -
 * Tamsin Roe, Harbour Institute.' The capitalised name after an optional
 * dash speaks. The line must be a dash, a name and nothing else, or a
 * name and a short aside ending its sentence (Roe, Salem.): narration
 * (Roe agreed.) and headings (Related Stories) are no bylines. */
int verba_attr_byline_after(const attributor *a, const verba_quote *q,
                            size_t limit, window *win, found *f) {
  const verba_doc *d = a->doc;
  const wtok *w = win->tok;
  size_t end = q->last;
  int i = 0, k, words = 0, dash = 0, last;
  if (!verba_attr_starts_line(a, q) || !ends_line(a, q) || q->last >= limit) return 0;
  /* the line after the quote: up to the next line break */
  for (end = q->last + 1; end < limit && !(d->toks[end].shape & VERBA_SHAPE_NEWLINE); end++)
    if (end - q->last > WINDOW) return 0; /* one short line */
  verba_attr_head(a, q->last, d->toks[end - 1].start + 1, win);
  if (win->n == 0 || w[win->n - 1].last != end) return 0;
  for (k = 0; k < win->n; k++) {
    if (w[k].flags & (T_CUE | T_COLON)) return 0;
    if ((w[k].flags & T_WORD) && ++words > BYLINE_WORDS) return 0;
  }
  while (i < win->n && (w[i].flags & T_DASH)) { dash = 1; i++; }
  for (k = i; k < win->n && (w[k].flags & T_CAP) && !(w[k].flags & T_STOP); k++)
    if (verba_attr_all_caps(d, &w[k])) return 0; /* a heading: TRUMP COUNTER */
  if (k == i || (i < win->n && (w[i].flags & (T_DET | T_PRONOUN)))) return 0;
  last = win->n - 1;
  if (k < win->n && !(w[k].flags & T_COMMA) &&
      !(k == last && !(w[k].flags & T_WORD) && (w[k].flags & T_END)))
    return 0;
  /* undashed: "Roe, Salem." or "Tamsin Roe." (not "Pause.") */
  if (!dash && (!(w[last].flags & T_END) || w[last].kind == VERBA_WORD ||
                (k == i + 1 && !(w[k].flags & T_COMMA))))
    return 0;
  verba_attr_set_found(f, w, i, k, NULL);
  return 1;
}

/* Tokens a reference's line holds after its title at most: " — The
 * Canadian Press, August 15, 2008". */
#define REFERENCE_TOKENS 16

/* A dash: one of Unicode's, or a hyphen or two typed for one. */
static int is_dash_token(const verba_doc *d, size_t k) {
  const verba_tok *t = &d->toks[k];
  if (t->kind == VERBA_WORD || t->len > 3) return 0;
  return t->cp == '-' || verba_is_dash(verba_cp_at(&d->text, t->start));
}

/* Does quote q open its line, or follow only its author's name there
 * (Peter Zimonjic. "...")? */
static int opens_reference(const attributor *a, const verba_quote *q) {
  const verba_doc *d = a->doc;
  size_t k = q->first;
  if (verba_attr_starts_line(a, q)) return 1;
  if (k == 0 || d->toks[k - 1].cp != '.') return 0;
  while (k > 0 && q->first - k <= BYLINE_WORDS && !(d->toks[k].shape & VERBA_SHAPE_LINE_START)) {
    k--;
    if (d->toks[k].kind == VERBA_WORD && !(d->toks[k].shape & VERBA_SHAPE_CAPITALIZED)) return 0;
  }
  return (d->toks[k].shape & VERBA_SHAPE_LINE_START) != 0;
}

/* Is quote q a reference to a published piece, on a line of its own: its
 * title, a dash, the publication and a date ("Document found on street"
 * — The Canadian Press, August 15, 2008), as the sources under an
 * article list them? A title, nobody's words. */
int verba_attr_reference(const attributor *a, const verba_quote *q) {
  const verba_doc *d = a->doc;
  size_t k = q->last, n = 0;
  int dated = 0;
  if (k >= d->ntoks || (d->toks[k].shape & VERBA_SHAPE_NEWLINE) || !is_dash_token(d, k) ||
      !opens_reference(a, q))
    return 0;
  for (k++; k < d->ntoks && !(d->toks[k].shape & VERBA_SHAPE_NEWLINE); k++) {
    if (++n > REFERENCE_TOKENS) return 0;
    if (d->toks[k].entry &&
        (verba_lex_names(&d->config->lexicon, d->toks[k].entry) & VERBA_NAME_MONTH))
      dated = 1;
  }
  return dated;
}

/* Words an addressee between a cue and its quotation holds at most:
 * Hu told reporters on Sunday "...". */
#define ADDRESSEE_WORDS 4

/* Is the cue [cue_start, cue_end) one whose object is the one spoken to
 * (class addressee_cue: told reporters, not called the plan "..."), and
 * do only a few words, none opening a clause (that, if), stand between it
 * and the quote the window ends before? */
int verba_attr_addressee_only(const attributor *a, const window *win,
                              size_t cue_start, size_t cue_end) {
  const wtok *w = win->tok;
  int k = win->n, words = 0, c;
  (void)a;
  if (cue_end == VERBA_NONE || k == 0 || cue_end > w[k - 1].end) return 0;
  for (c = 0; c < k && w[c].start != cue_start; c++) {}
  if (c == k || !(w[c].lex & VERBA_LEX_ADDRESSEE_CUE)) return 0;
  while (k > 0 && w[k - 1].start >= cue_end) {
    k--;
    if (w[k].flags & (T_END | T_CUE) ||
        ((w[k].flags & T_STOP) && !(w[k].flags & T_FILLER)) ||
        ((w[k].flags & T_WORD) && ++words > ADDRESSEE_WORDS))
      return 0;
  }
  return k > 0 && w[k - 1].end == cue_end;
}

/* Does q's text end, just inside its closing mark, in one of the ASCII
 * characters of chars? Its last character is that of the last token
 * inside the marks. */
static int text_ends_in(const attributor *a, const verba_quote *q,
                        const char *chars) {
  const verba_doc *d = a->doc;
  size_t k = q->last;
  unsigned char c;
  while (k > q->first && d->toks[k - 1].start >= q->close_start) k--;
  if (k <= q->first || d->toks[k - 1].start < q->open_end) return 0;
  c = a->t->s[d->toks[k - 1].start + d->toks[k - 1].len - 1];
  return c != 0 && c < 0x80 && strchr(chars, c) != NULL;
}

/* Does the quote's text end in "?" or "!" (a question or a cry, whole
 * even inside the writer's sentence: ... "why not?" asked Hu)? */
int verba_attr_ends_in_question(const attributor *a, const verba_quote *q) {
  return text_ends_in(a, q, "?!");
}

/* Does the quote's text end its sentence ("... fine.")? */
int verba_attr_ends_in_terminal(const attributor *a, const verba_quote *q) {
  return text_ends_in(a, q, ".!?");
}

/* Does the quote run on into its attribution: "...," or "..." , he said,
 * or "...?" asked Hu (a lower-case word goes on after "?" or "!")? */
int verba_attr_ends_in_comma(const attributor *a, const verba_quote *q,
                             const window *after) {
  return text_ends_in(a, q, ",") ||
         (after->n > 0 && (after->tok[0].flags & T_COMMA)) ||
         (verba_attr_ends_in_question(a, q) && after->n > 0 && (after->tok[0].flags & T_CUE) &&
          !(after->tok[0].flags & T_CAP));
}

/* Does the sentence after q, which ends a sentence of its own ("... ."),
 * lead up to a colon: "..." Hu went on to say: "..."? Or does it run on,
 * unended, into the next quote (runs_into_next: nothing but that
 * sentence stands between the two)? That sentence introduces what
 * follows it, not q. */
int verba_attr_introduces_next(const attributor *a, const verba_quote *q,
                               const window *after, int runs_into_next) {
  int i;
  if (!verba_attr_ends_in_terminal(a, q)) return 0;
  if (after->n == 0 || !(after->tok[0].flags & T_CAP)) return 0;
  for (i = 1; i < after->n && !(after->tok[i].flags & T_END); i++)
    if (after->tok[i].flags & T_COLON) return 1;
  /* "..." Later, he said, it was "...": the sentence runs on into the
   * next quote, whose frame it is; but when it opens with its own
   * subject and cue and a later cue frames the next quote, the first is
   * q's: "..." Hu asks as Ode walks in, saying he is "..." */
  if (i < after->n || !runs_into_next) return 0;
  for (i = 1; i <= OWN_CUE_REACH && i < after->n; i++)
    if (after->tok[i].flags & T_CUE) break;
  if (i > OWN_CUE_REACH || i == after->n) return 1;
  for (i++; i < after->n; i++)
    if (after->tok[i].flags & T_CUE) return 0;
  return 1;
}

/* A quote after a naming word (VERBA_QCTX_NAMED) is most often a name
 * nobody says, but after "as" (class describing_as) it is how the
 * clause's subject describes something (Hu dismissed the report as
 * "absurd"; Hu sees himself as "a builder"), and that subject speaks,
 * unless the "as" follows a word of class naming_before_as, which makes
 * the quote a name again (a plan known as "X"). Does the window before a
 * quote end in such a describing "as"? */
int verba_attr_describes_as(const window *win) {
  const wtok *w = win->tok;
  int n = win->n;
  return n >= 2 && !(w[n - 1].flags & T_CAP) &&
         (w[n - 1].lex & VERBA_LEX_DESCRIBING_AS) &&
         !(w[n - 2].lex & VERBA_LEX_NAMING_BEFORE_AS);
}

/* Do the words before a short quote make it someone's judgement: a cue
 * in its sentence (what he called Roe's "sex tape"), a noun of speech
 * and its link (the claims that it was "safe"), or "as" a few words
 * before it (criticised the act as a "crazy system", admires Putin as a
 * "strong leader")? Without either, a word or two in quotation marks is
 * a scare quote that the sentence's subject does not say (Polaroids of
 * "unknowns"). */
int verba_attr_judged(const attributor *a, const window *win) {
  const wtok *w = win->tok;
  int n = win->n, lower = verba_attr_sentence_start(a, w, win->para, n), k;
  for (k = lower; k < n; k++)
    if ((w[k].flags & T_CUE) ||
        (k > lower && (w[k].lex & VERBA_LEX_SPEECH_NOUN_LINK) &&
         (w[k - 1].lex & VERBA_LEX_SPEECH_NOUN)))
      return 1;
  for (k = n - 1; k >= lower && k >= n - 3; k--) {
    if ((w[k].lex & VERBA_LEX_DESCRIBING_AS) && !(w[k].flags & T_CAP)) return 1;
    if (!(w[k].flags & T_WORD)) break;
  }
  return 0;
}

/* Is the naming cue right before a quote a participle that names the
 * noun phrase before it (a user labelled "Anonymous", the print called
 * "Cowboys"; set off by a comma: the group, called "Friends of the
 * Bridge", ...), not a verb whose subject calls something by those words
 * (Hu called the winner "Miss Piggy" has its object between)? The
 * phrase opens with a determiner or follows a preposition: a name before
 * the cue is its subject otherwise. */
int verba_attr_names_its_subject(const attributor *a, const window *win, const found *f) {
  const wtok *w = win->tok;
  const unsigned char *s = a->t->s;
  int n = win->n, k;
  /* (a participle after the comma, not a verb the rules gave a subject
   * or one after "what": Tim Cook, called "..."; in what Bay Buchanan, a
   * treasurer, called "...") */
  if (n >= 3 && (w[n - 1].lex & VERBA_LEX_NAMING_CUE) && (w[n - 2].flags & T_COMMA) &&
      f->cue_start != w[n - 1].start && w[n - 1].end - w[n - 1].start > 3 &&
      s[w[n - 1].end - 2] == 'e' && s[w[n - 1].end - 1] == 'd') {
    for (k = n - 2; k >= 0 && !(w[k].flags & T_END); k--)
      if (w[k].lex & VERBA_LEX_NAMING_RELATIVE) return 0;
    return 1;
  }
  if (n < 2 || f->cue_start != w[n - 1].start || !(w[n - 1].lex & VERBA_LEX_NAMING_CUE) ||
      f->end != w[n - 2].end)
    return 0;
  for (k = n - 2; k >= 0 && w[k].start > f->start; k--) {}
  /* (or a name right after a preposition, whose object it is: a
   * countdown on SiriusXM Hits 1 called "...") */
  return k >= 0 && w[k].start == f->start &&
         (((w[k].flags & (T_DET | T_ARTICLE)) && !(w[k].flags & T_PRONOUN)) ||
          (k > 0 && verba_attr_lower_preposition(&w[k - 1])));
}

int verba_attr_thing_reads(const window *win, const found *f) {
  const wtok *w = win->tok;
  int n = win->n;
  return n >= 2 && f->cue_start == w[n - 1].start && (w[n - 1].lex & VERBA_LEX_NAMING_WORD) &&
         (w[n - 2].flags & T_WORD) && !(w[n - 2].flags & T_CAP) &&
         (w[n - 2].lex & VERBA_LEX_NAMING_WORD);
}

/* A capitalised quote (VERBA_QCTX_TITLE) is someone's words when a cue
 * in its sentence, before it, reports them: Trump called the winner "Miss
 * Piggy"; Clinton said Trump is "Unfit To Serve". Not after a possessive,
 * a noun naming a work (class title_noun: the book "X", a show titled
 * "X"; in apposition too: in his 2012 book, "An American Son."), "known
 * as" or a preposition (class title_preposition: she spoke on "Meet the
 * Press"): those name a thing. */
/* Is w a reflexive pronoun of the third person (itself, themselves,
 * himself, herself)? */
static int reflexive_pronoun(const attributor *a, const wtok *w) {
  return verba_attr_is_word(a, w, "itself") || verba_attr_is_word(a, w, "themselves") ||
         verba_attr_is_word(a, w, "himself") || verba_attr_is_word(a, w, "herself");
}

int verba_attr_reported_title(const attributor *a, const window *win) {
  const wtok *w = win->tok;
  int n = win->n, lower = verba_attr_sentence_start(a, w, win->para, n), k;
  if (n == 0 || lower >= n) return 0;
  if (verba_attr_is_possessive(a, &w[n - 1]) || ((w[n - 1]).lex & VERBA_LEX_POSSESSIVE_PRONOUN) ||
      (((w[n - 1]).lex & VERBA_LEX_TITLE_NOUN) && !verba_attr_describes_as(win)) ||
      ((w[n - 1]).lex & VERBA_LEX_TITLE_PREPOSITION))
    return 0;
  if (n >= 2 && n - 2 >= lower && (w[n - 1].flags & T_COMMA) && !(w[n - 2].flags & T_CAP) &&
      (w[n - 2].lex & VERBA_LEX_TITLE_NOUN) && !(w[n - 2].lex & VERBA_LEX_DESCRIBING_AS))
    return 0;
  /* (a name something or someone gives itself: a group calling itself
   * "Save Our Valley") */
  if (n >= 2 && n - 2 >= lower && (w[n - 2].flags & T_CUE) && (w[n - 2].lex & VERBA_LEX_NAMING_CUE) &&
      reflexive_pronoun(a, &w[n - 1]))
    return 0;
  for (k = lower; k < n; k++)
    if (w[k].flags & T_CUE) return 1;
  return 0;
}

/* Does a noun naming a thing (class title_noun) follow a capitalised quote
 * right after its closing mark, in lower case (the "Race to the Top"
 * program, its "Option Bonus" program)? The quote is that thing's name,
 * whatever cue its sentence has. */
int verba_attr_names_noun_after(const window *after) {
  return after->n > 0 && (after->tok[0].flags & T_WORD) && !(after->tok[0].flags & T_CAP) &&
         (after->tok[0].lex & VERBA_LEX_TITLE_NOUN) && !(after->tok[0].lex & VERBA_LEX_DESCRIBING_AS);
}

/* The window before a quote stops at the quote before it; when that one
 * stands inside the same sentence (Roe praised the film "X" on Monday.),
 * the sentence's start lies further back. A copy of win with the words
 * before quote p put in front of it, p itself one plain word, so the
 * sentence reads whole; boundary starts the later quote's paragraph.
 * Returns 0 when there is no room, p opens its line or ends a sentence. */
int verba_attr_widen_before(const attributor *a, const verba_quote *p,
                            size_t from, size_t boundary, const window *win,
                            window *out) {
  window earlier;
  int keep, k;
  if (win->n + 2 > WINDOW || verba_attr_starts_line(a, p) ||
      verba_attr_ends_in_terminal(a, p))
    return 0; /* p opens its line or ends its sentence ("... fine.") */
  verba_attr_window(a, from, p->first, p->start > LOOK_BACK ? p->start - LOOK_BACK : 0,
                    boundary, 1, &earlier);
  keep = WINDOW - 1 - win->n;
  if (keep > earlier.n) keep = earlier.n;
  out->n = out->para = 0;
  for (k = earlier.n - keep; k < earlier.n; k++) {
    out->tok[out->n++] = earlier.tok[k];
    if (earlier.tok[k].flags & T_EARLIER) out->para = out->n;
  }
  out->tok[out->n].start = p->start;
  out->tok[out->n].end = p->end;
  out->tok[out->n].cue_end = p->end;
  out->tok[out->n].first = p->first;
  out->tok[out->n].last = p->last;
  out->tok[out->n].lex = 0;
  out->tok[out->n].entry = VERBA_LEX_NONE;
  out->tok[out->n].kind = VERBA_WORD;
  out->tok[out->n].flags = T_WORD | (p->start < boundary ? T_EARLIER : 0);
  out->n++;
  if (p->start < boundary) out->para = out->n;
  for (k = 0; k < win->n; k++) out->tok[out->n++] = win->tok[k];
  out->para = win->para > 0 ? out->n - win->n + win->para : out->para;
  return 1;
}

