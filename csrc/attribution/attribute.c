/* Annotation stage: who says each quotation. For every direct or partial
 * quote it reads two small windows of the document's tokens, the words of
 * its sentence before it and after it (never past the neighbouring quotes,
 * so each token is read a bounded number of times), finds a cue verb there
 * and the noun phrase that is its subject or object:
 *   "...," Hu said.        "...," said Hu.       "...," Hu, the chairman, said.
 *   Hu said: "..."         Hu said that x "..."  according to Hu, "..."
 *   "..." -- Hu
 * A quote with no attribution of its own continues the one before it.
 * Names are then resolved: a pronoun to the last named speaker, a surname
 * to the full name used earlier (from a small table of recent names, fed
 * by capitalised runs or by the caller's entities). The rules live in the
 * other files of this folder (attribution.h); this one runs them. */
#include <string.h>
#include "attribution.h"

/* The first token a quote's window before it may hold: after the
 * previous quote (last, any kind), or after prev (the previous one that
 * is no mention) when last is more than LOOK_BACK bytes away. */
static size_t window_floor(const verba_quote *q, const verba_quote *last,
                           const verba_quote *prev) {
  if (last && q->start - last->end <= LOOK_BACK) return last->last;
  return prev ? prev->last : 0;
}

/* The byte before which a quote's window does not reach. */
static size_t look_back(const verba_quote *q) {
  return q->start > LOOK_BACK ? q->start - LOOK_BACK : 0;
}

/* Does the name after a cue go on over the line break before token k,
 * inside a paragraph (hard-wrapped wire copy: "...," said John / Smith)?
 * Capitalised words on both sides of the break, and a cue between q and
 * them (a byline under a quotation, "― Tamsin Roe / Caption", has none). */
static int name_goes_on(const verba_doc *d, const verba_quote *q, size_t k) {
  size_t c;
  if (k <= q->last || (d->toks[k].shape & VERBA_SHAPE_PARAGRAPH_START) ||
      d->toks[k].kind != VERBA_WORD || d->toks[k - 1].kind != VERBA_WORD ||
      !(d->toks[k].shape & VERBA_SHAPE_CAPITALIZED) ||
      !(d->toks[k - 1].shape & VERBA_SHAPE_CAPITALIZED))
    return 0;
  for (c = q->last; c < k; c++)
    if (verba_doc_classes(d, c) & VERBA_LEX_CUE) return 1;
  return 0;
}

/* Where the attribution after q may run: up to the next quote (its first
 * token, or the document's end), the end of q's paragraph and the end of
 * its line: a line break starts a new paragraph in most news feeds, even
 * without a blank line, and what follows it belongs to the next quotation
 * or narration. Returns that token limit as a byte limit for
 * verba_attr_head, and in *runs_into_next whether only the next quote
 * stopped it. */
static size_t head_limit(const attributor *a, const verba_quote *q,
                         size_t next_first, int *runs_into_next) {
  const verba_doc *d = a->doc;
  size_t k = q->last;
  while (k < next_first && k < d->ntoks && d->toks[k].start < q->para_end &&
         (!(d->toks[k].shape & VERBA_SHAPE_NEWLINE) || name_goes_on(d, q, k)))
    k++;
  *runs_into_next = k == next_first && k < d->ntoks;
  return k < d->ntoks ? d->toks[k].start : a->t->len;
}

/* Is token k the ASCII word w in lower case? */
static int is_word_at(const verba_doc *d, size_t k, const char *w) {
  size_t n = strlen(w);
  return d->toks[k].len == n && memcmp(d->text.s + d->toks[k].start, w, n) == 0;
}

/* Is f a subject and a cue in a sentence after q that q ends, the cue
 * going on into a clause of its own ("...will run out." Mr Hasson said
 * developers were beginning to change)? That sentence reports its own
 * speech: it names no speaker of q, nor does one whose cue takes a
 * quotation of its own (placards reading "No Mine" and "Water Is Life."
 * Some chanted "Shame"). Not a cue followed by a time, a place or the
 * sentence's end ("We are ready." Roe said on Monday.). */
static int own_report_after(const verba_doc *d, const verba_quote *q, const found *f) {
  size_t k;
  const verba_tok *t;
  if (!f->ok || f->cue_start == VERBA_NONE || f->cue_start < q->end || f->start > f->cue_start ||
      q->last >= d->ntoks || !(d->toks[q->last].shape & VERBA_SHAPE_SENTENCE_START))
    return 0;
  k = verba_doc_token_at(d, f->cue_end, q->last);
  while (k < d->ntoks && d->toks[k].start < f->cue_end) k++;
  if (k >= d->ntoks || (verba_doc_classes(d, k - 1) & VERBA_LEX_ADDRESSEE_CUE)) return 0;
  t = &d->toks[k];
  /* (a quotation of its own as the cue's object: Some chanted "Shame") */
  if (t->shape & VERBA_SHAPE_QUOTE_MARK) return 1;
  /* (what the cue's own object or clause opens with; not an adverb, a
   * preposition or a conjunction of time: Trump said to a crowd, asked
   * rhetorically, said of the swirl, said about it, said as he left; but
   * said that) */
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_LOWER) &&
         !(t->shape & VERBA_SHAPE_SENTENCE_START) &&
         !verba_attr_span_ends_in_ly(&d->text, t->start, t->start + t->len) &&
         (!(verba_doc_classes(d, k) & (VERBA_LEX_PREPOSITION | VERBA_LEX_SUBORDINATOR)) ||
          is_word_at(d, k, "that")) &&
         !is_word_at(d, k, "to") && !is_word_at(d, k, "of") && !is_word_at(d, k, "about") &&
         !(verba_doc_names(d, k) & (VERBA_NAME_RELATIVE_DAY | VERBA_NAME_DATE_MODIFIER |
                                    VERBA_NAME_TIME_WORD));
}

/* Is quote b joined to quote a before it by "and" or "or" alone, in one
 * sentence (described as "irresponsible" and "outrageous" by the
 * commission)? Such quoted words share the reporting clause after the
 * last of them. */
static int coordinated(const verba_doc *d, const verba_quote *a, const verba_quote *b) {
  const verba_tok *t = &d->toks[a->last];
  return b->first == a->last + 1 && t->kind == VERBA_WORD &&
         !(d->toks[b->first].shape & VERBA_SHAPE_SENTENCE_START) &&
         (verba_doc_classes(d, a->last) & VERBA_LEX_COORDINATOR) && t->len <= 3 &&
         !(a->context & VERBA_QCTX_UTTERANCE) && !(b->context & VERBA_QCTX_UTTERANCE);
}

/* Does quote q stand inside a sentence of its own after quote p's, with
 * the writer's words before it (... a compliment -- "That makes me
 * smart")? Its subject then names its speaker before p's goes on to it
 * (Mr. Trump hardly clarified the matter, treating it as a compliment
 * -- "..." after a quote of Mrs. Clinton's). */
static int own_sentence_after(const verba_doc *d, const verba_quote *p, const verba_quote *q) {
  return !(q->context & VERBA_QCTX_SENTENCE_START) && p->last > 0 &&
         d->toks[q->first].sentence != d->toks[p->last - 1].sentence;
}

/* The next quote of quotes[from, n) that no other holds, or VERBA_NONE. */
static size_t next_top(const verba_quote *quotes, size_t from, size_t n) {
  for (; from < n; from++)
    if (quotes[from].parent == VERBA_NONE) return from;
  return VERBA_NONE;
}

void verba_attribute(const verba_doc *doc, verba_quote *quotes, size_t n,
                     const verba_attribution_opts *opts) {
  const verba_text *t = &doc->text;
  attributor a;
  window before, after, wide;
  size_t i, prev = VERBA_NONE, last = VERBA_NONE, before_last = VERBA_NONE;
  memset(&a, 0, sizeof a);
  a.doc = doc;
  a.role_budget = ROLE_BUDGET * doc->ntoks;
  a.t = t;
  a.opts = opts;
  for (i = 0; i < n; i++) {
    verba_quote *q = &quotes[i];
    size_t next_first = doc->ntoks, next = VERBA_NONE, following, j, floor, limit, joined_last;
    found f;
    int continues, runs_into_next;
    if (q->parent != VERBA_NONE) continue;
    a.near = q->first;
    for (j = i + 1; j < n; j++)
      if (quotes[j].parent == VERBA_NONE) {
        next_first = quotes[j].first;
        next = j;
        break;
      }
    floor = window_floor(q, last == VERBA_NONE ? NULL : &quotes[last],
                         prev == VERBA_NONE ? NULL : &quotes[prev]);
    verba_attr_window(&a, floor, q->first, look_back(q), q->para_start, 1, &before);
    following = next;
    joined_last = VERBA_NONE;
    if (next != VERBA_NONE && coordinated(doc, q, &quotes[next])) {
      /* the words after the last quoted words joined to this one */
      const verba_quote *joined = &quotes[next];
      joined_last = next;
      following = next_top(quotes, next + 1, n);
      limit = head_limit(&a, joined, following == VERBA_NONE ? doc->ntoks : quotes[following].first,
                         &runs_into_next);
      verba_attr_head(&a, joined->last, limit, &after);
    } else {
      limit = head_limit(&a, q, next_first, &runs_into_next);
      verba_attr_head(&a, q->last, limit, &after);
    }
    if (verba_attr_introduces_next(&a, q, &after,
                                   runs_into_next && following != VERBA_NONE &&
                                   !verba_quote_unsaid(&quotes[following]) &&
                                   !(quotes[following].context & (VERBA_QCTX_TITLE | VERBA_QCTX_NAMED))))
      after.n = 0; /* "..." Hu went on: "..." speaks of the next quote */
    verba_attr_collect_names(&a, q->start);
    continues = prev != VERBA_NONE && quotes[prev].speaker_start != VERBA_NONE &&
                q->start - quotes[prev].end <= LOOK_BACK &&
                (!verba_attr_narration_between(&a, &before, &after, &quotes[prev]) ||
                 verba_attr_continues_over_captions(&a, &quotes[prev], q) ||
                 verba_attr_narration_keeps_speaker(&a, &before, &quotes[prev], q) ||
                 verba_attr_clause_goes_on(&a, &before, &quotes[prev], q));
    /* Only the quote's own paragraph counts, unless the paragraph before
     * ends with a colon that introduces it, or with a comma, its sentence
     * running on into the quote (Rathbun stated,<break>"...": hand-typed
     * copy that broke the line after its lead-in). */
    if (before.para == before.n && before.para > 0 &&
        (before.tok[before.para - 1].flags & (T_COLON | T_COMMA)))
      before.para = 0;
    memset(&f, 0, sizeof f);
    if ((q->context & VERBA_QCTX_TITLE) &&
        (!verba_attr_reported_title(&a, &before) || verba_attr_names_noun_after(&after)))
      q->context |= VERBA_QCTX_UNSAID; /* a title, even with a subject near */
    if (verba_attr_reference(&a, q)) /* "..." — Toronto Star, May 2, 2008 */
      q->context |= VERBA_QCTX_TITLE | VERBA_QCTX_UNSAID;
    if (!verba_quote_unsaid(q) && verba_attr_relative_subject(&a, &before, &f)) {
      /* Hu, who called it "..." */
    } else if (!verba_quote_unsaid(q)) {
      /* A reporting clause right after a quote names its speaker, even
       * after a colon or inside a sentence with a subject of its own:
       * Hu spoke of it: "...," he said. / Aid is "too little," Hu said.
       * (For quoted words inside a sentence only the subject-cue order
       * counts: in 'Hu, citing "x," said the firm ...' Hu speaks.) */
      int direct_first = (q->context & VERBA_QCTX_UTTERANCE) &&
                         !(q->context & VERBA_QCTX_AFTER_COLON);
      after.runs_on = verba_attr_ends_in_comma(&a, q, &after);
      if (!direct_first && after.runs_on &&
          verba_attr_after_quote(&a, &before, &after, &f) &&
          ((q->context & VERBA_QCTX_UTTERANCE) || verba_attr_ends_in_question(&a, q) ||
           (f.cue_start != VERBA_NONE && f.end <= f.cue_start)))
        direct_first = 1;
      else if (!direct_first)
        memset(&f, 0, sizeof f);
      if (direct_first) {
        if (!f.ok && !verba_attr_after_quote(&a, &before, &after, &f))
          verba_attr_before_quote(&a, &before, &f);
      } else if (!verba_attr_before_quote(&a, &before, &f)) {
        verba_attr_after_quote(&a, &before, &after, &f);
      }
    }
    /* (after the last of the quotes joined to it: "No Mine" and "Water Is
     * Life." Some chanted "Shame") */
    if (own_report_after(doc, q, &f) ||
        (joined_last != VERBA_NONE && own_report_after(doc, &quotes[joined_last], &f)))
      memset(&f, 0, sizeof f);
    if (f.ok && f.cue_start != VERBA_NONE) {
      /* a reporting clause crediting a source names the source */
      found src;
      memset(&src, 0, sizeof src);
      /* (before the quote or, for a cue before it, after it too: Trump
       * said he was "happy to see" it, according to The New York Times) */
      if (f.cue_start >= q->end
              ? verba_attr_credited_source(after.tok, 0, after.n, &src)
              : verba_attr_credited_source(
                    before.tok,
                    verba_attr_sentence_start(&a, before.tok, before.para, before.n),
                    before.n, &src) ||
                    (!verba_attr_closes_sentence(&a, &after) &&
                     verba_attr_credited_source(after.tok, 0, after.n, &src)))
        f = src;
    }
    if (f.ok && (q->context & VERBA_QCTX_NAMED) &&
        (verba_attr_names_its_subject(&a, &before, &f) || verba_attr_thing_reads(&before, &f))) {
      /* a user labelled "Anonymous": a name; signs reading "...": a text */
      memset(&f, 0, sizeof f);
      q->context |= VERBA_QCTX_UNSAID;
    }
    if (!verba_quote_unsaid(q) && (!f.ok || f.cue_start == VERBA_NONE || f.cue_start < q->start))
      verba_attr_passive_agent(&a, &before, &after, &f); /* described as "..." by Hu */
    if (!f.ok && !verba_quote_unsaid(q))
      verba_attr_byline_after(&a, q, next_first, &wide, &f);
    if (!f.ok && !verba_quote_unsaid(q) && !continues &&
        (q->context & VERBA_QCTX_SENTENCE_START)) {
      /* the sentence before may hold a quote of its own: read past it */
      window *w = &before;
      if (last != VERBA_NONE && floor == quotes[last].last &&
          before.n > 1 && verba_attr_last_sentence(before.tok, 0, before.n - 1) == 0 &&
          !(doc->toks[before.tok[0].first].shape & VERBA_SHAPE_LINE_START) &&
          verba_attr_widen_before(&a, &quotes[last],
                                  before_last == VERBA_NONE ? 0 : quotes[before_last].last,
                                  q->para_start, &before, &wide))
        w = &wide;
      verba_attr_reporting_sentence(&a, w, prev == VERBA_NONE ? NULL : &quotes[prev],
                                    (q->context & VERBA_QCTX_PARA_START) != 0, &f);
    }
    if (!f.ok && !verba_quote_unsaid(q) && (!continues || own_sentence_after(doc, &quotes[prev], q)) &&
        (!(q->context & VERBA_QCTX_NAMED) || verba_attr_describes_as(&before))) {
      verba_attr_likely_speaker(&a, &before,
                                q->words > SCARE_WORDS || verba_attr_judged(&a, &before), &f);
      /* (a quote going on from the one before takes only a person's name
       * or pronoun of its own sentence: not "The choice was between
       * going after Trump as ..." after a quote of Fallon's) */
      if (f.ok && continues && !verba_attr_names_person(&a, f.start, f.end))
        memset(&f, 0, sizeof f);
    }
    if (before.n > 0 && (before.tok[before.n - 1].flags & (T_DET | T_ARTICLE)))
      q->context |= VERBA_QCTX_NOUN_HEAD;
    if (f.ok) {
      q->speaker_start = f.start;
      q->speaker_end = f.end;
      q->cue_start = f.cue_start;
      q->cue_end = f.cue_end;
      if (verba_attr_addressee_only(&a, &before, f.cue_start, f.cue_end))
        q->context |= VERBA_QCTX_INTRODUCED;
      if (f.name_start != VERBA_NONE) {
        verba_attr_resolve(&a, q, f.name_start, f.name_end);
      } else {
        if (verba_attr_is_pronoun(&a, f.start, f.end))
          verba_attr_named_in_sentence(&a, &before, f.start,
                                       verba_attr_is_possessive_pronoun(&a, f.start));
        verba_attr_resolve(&a, q, f.start, f.end);
      }
    } else if (!verba_quote_unsaid(q) && continues &&
               (!(q->context & VERBA_QCTX_NAMED) || verba_attr_describes_as(&before))) {
      /* no attribution of its own: it goes on from the quote before (not
       * one after a naming word but a describing "as": banners reading
       * "Our Lungs, Our Choice" name no one's words) */
      const verba_quote *p = &quotes[prev];
      q->speaker_start = p->speaker_start;
      q->speaker_end = p->speaker_end;
      q->cue_start = p->cue_start;
      q->cue_end = p->cue_end;
      q->name_start = p->name_start;
      q->name_end = p->name_end;
    } else if (q->words <= VERBA_SHORT_QUOTE ||
               (q->context & (VERBA_QCTX_TITLE | VERBA_QCTX_NAMED |
                              VERBA_QCTX_NOUN_HEAD))) {
      q->context |= VERBA_QCTX_UNSAID; /* a name or scare quote nobody says */
    }
    if (!verba_quote_unsaid(q)) prev = i;
    before_last = last;
    last = i;
  }
  /* A pull-quote repeats a quote of the body: it takes that speaker's
   * name, though the text around it names nobody. */
  for (i = 0; i < n; i++) {
    verba_quote *q = &quotes[i];
    size_t j;
    if (q->parent != VERBA_NONE || q->speaker_start != VERBA_NONE ||
        verba_quote_unsaid(q))
      continue;
    for (j = i + 1; j < n && j <= i + PULL_AHEAD; j++) {
      if (quotes[j].name_start != VERBA_NONE && verba_attr_repeats(t, q, &quotes[j])) {
        q->name_start = quotes[j].name_start;
        q->name_end = quotes[j].name_end;
        break;
      }
    }
  }
}
