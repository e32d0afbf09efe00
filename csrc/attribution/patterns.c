/* The patterns that name a quotation's speaker, over the windows of
 * tokens before and after it (attribution.h): "...," Hu said; "...," said
 * Hu; Hu said: "..."; according to Hu; Hu, who called it "..."; Hu's
 * claim that "...". */
#include <string.h>
#include "attribution.h"

/* The subject of the sentence the quote stands in, from the tokens
 * before it (cue may be NULL). */
static int quote_sentence_subject(const attributor *a, const window *before,
                                  const wtok *cue, found *f) {
  int lower = verba_attr_sentence_start(a, before->tok, before->para, before->n);
  return lower < before->n &&
         verba_attr_sentence_subject(a, before->tok, lower, before->n, cue, f);
}

/* Does the clause of a cue end at w[k]: the sentence's end, a comma, or
 * an adverbial (he said in a statement, said Hu on Tuesday)? */
static int clause_ends_at(const wtok *w, int k, int n) {
  return k >= n || (w[k].flags & (T_END | T_COMMA)) ||
         (!(w[k].flags & T_CAP) &&
          ((verba_attr_is_filler(&w[k]) && !(w[k].flags & T_STOP)) ||
           ((w[k]).lex & VERBA_LEX_PREPOSITION)));
}

/* Did a full stop end the quote's sentence, inside its marks or right
 * after them (win: the tokens after the quote)? A clause of the next
 * sentence then reports the writer's words, not the quote ("..." The
 * sale bought time, analysts said.); after ! or ? the sentence may go on
 * ("...!" Hu's niece, Ann Lee, shouted). */
static int ended_by_full_stop(const attributor *a, const window *win) {
  const wtok *w = win->tok;
  const verba_tok *t = a->doc->toks;
  return win->n > 0 && (((w[0].flags & T_END) && t[w[0].first].cp == '.') ||
                        (w[0].first > 1 && t[w[0].first].sentence != t[w[0].first - 1].sentence &&
                         t[w[0].first - 2].cp == '.'));
}

/* A reporting clause set off by a comma that ends the quote's sentence,
 * however far the writer's words run on after the quote: "..." that x is
 * y, he said. / "..." about the plan, said Hu, the chairman. / "..." if
 * it fails, Hu wrote in a filing. */
static int reporting_clause(const attributor *a, const window *win, found *f) {
  const wtok *w = win->tok;
  int c, s, e;
  if (ended_by_full_stop(a, win)) return 0;
  for (c = 1; c < win->n && !(w[c].flags & T_END); c++) {
    if (!(w[c].flags & T_CUE) || verba_attr_cue_takes_object(w, c, win->n) ||
        verba_attr_is_participle(a->t, &w[c]))
      continue;
    s = verba_attr_after_cue(w, c, win->n);
    if ((w[c - 1].flags & T_COMMA) && s < win->n) { /* , said Hu */
      e = verba_attr_np_right(w, s, win->n);
      if (e > s && (w[s].flags & (T_CAP | T_DET | T_PRONOUN)) &&
          clause_ends_at(w, e, win->n)) {
        verba_attr_set_found(f, w, s, e, &w[c]);
        return 1;
      }
    }
    if (!clause_ends_at(w, s, win->n)) continue;
    /* (past an auxiliary: ..., Ruth Kelly has suggested) */
    e = c;
    while (e > 1 && verba_attr_is_filler(&w[e - 1]) && !(w[e - 1].flags & T_DET)) e--;
    s = verba_attr_np_left(w, 0, e);
    if (s > 0 && s < e && (w[s - 1].flags & T_COMMA)) {
      verba_attr_set_found(f, w, verba_attr_name_tail(w, s, e), e, &w[c]);
      return 1;
    }
  }
  return 0;
}

/* Is w[i, end) two capitalised names joined by "and" (Ann Lee and Bo
 * Ode), who speak together? */
static int two_names(const wtok *w, int i, int end) {
  int k;
  for (k = i + 1; k + 1 < end; k++) {
    if (!((w[k]).lex & VERBA_LEX_NAME_JOINER) || !(w[k - 1].flags & T_CAP) ||
        !(w[k + 1].flags & T_CAP) || (w[k + 1].flags & (T_DET | T_PRONOUN)))
      continue;
    return verba_attr_np_left(w, i, k) == i && verba_attr_np_left(w, k + 1, end) == k + 1 &&
           (w[i].flags & T_CAP) && !(w[i].flags & (T_DET | T_PRONOUN));
  }
  return 0;
}

/* Tokens of a relative clause inside a speaker's phrase, at most (who
 * declined to be named). */
#define RELATIVE_CLAUSE 10

/* The first "who" in w[i, end), after a noun phrase from w[i], or end. */
static int relative_at(const attributor *a, const wtok *w, int i, int end) {
  int r;
  for (r = i + 1; r < end; r++)
    if (verba_attr_is_word(a, &w[r], "who")) return r;
  return end;
}

/* Is w[c] a finite cue that can follow a relative clause as its
 * antecedent's verb: not one after "to" or "be", inside the clause (who
 * declined to be named)? */
static int finite_cue_after_clause(const attributor *a, const wtok *w, int c) {
  return (w[c].flags & T_CUE) && (w[c].flags & T_FINITE) &&
         !verba_attr_is_word(a, &w[c - 1], "to") && !verba_attr_is_word(a, &w[c - 1], "be") &&
         !verba_attr_is_word(a, &w[c - 1], "been");
}

/* The cue after a relative clause in the phrase from w[i] (a senior
 * official who declined to be named said): a finite cue, not one after
 * "to" or "be" inside the clause (to be named), no comma before it; or
 * -1. */
static int relative_clause_cue(const attributor *a, const wtok *w, int i, int end, int n) {
  int r = relative_at(a, w, i, end), c;
  if (r >= end || verba_attr_np_left(w, i, r) != i) return -1;
  for (c = r + 1; c < n && c <= r + RELATIVE_CLAUSE && (w[c].flags & T_WORD); c++)
    if (c > r + 1 && finite_cue_after_clause(a, w, c)) return c;
  return -1;
}

/* Attribution after the quote: "...," Hu said. / "...," said Hu. /
 * "..." -- Hu / "...," Hu, the city's engineer, said (two appositives at
 * most) / "...," saying
 * (the subject before the quote speaks). The cue must come before the
 * sentence ends and close to the quote. */
int verba_attr_after_quote(const attributor *a, const window *before,
                       const window *win, found *f) {
  const wtok *w = win->tok;
  int i = 0, e, end, k, s, dash = 0;
  while (i < win->n && (w[i].flags & (T_COMMA | T_DASH))) {
    if (w[i].flags & T_DASH) dash = 1;
    i++;
  }
  if (i < win->n && dash) {
    e = verba_attr_np_right(w, i, win->n); /* "..." -- Hu */
    if (e > i && (w[i].flags & T_CAP) && (e == win->n || (w[e].flags & T_END) ||
                                          (w[e].flags & T_COMMA))) {
      verba_attr_set_found(f, w, i, e, NULL);
      return 1;
    }
  }
  /* "...," as Hu put it / as the memo said: the phrase after "as" */
  if (!dash && i + 2 < win->n && (w[i].lex & VERBA_LEX_DESCRIBING_AS) &&
      (w[i].lex & VERBA_LEX_SUBORDINATOR)) {
    e = verba_attr_np_right(w, i + 1, win->n);
    if (e > i + 1 && e < win->n && (w[e].flags & T_CUE) && !verba_attr_cue_takes_object(w, e, win->n)) {
      verba_attr_set_found(f, w, i + 1, e, &w[e]);
      return 1;
    }
  }
  if (i < win->n && (w[i].flags & T_CUE)) {
    if (verba_attr_cue_takes_object(w, i, win->n)) /* "...," according to Hu */
      return verba_attr_object_source(w, i, win->n, f);
    if (verba_attr_is_participle(a->t, &w[i])) /* Hu called it "x," saying ... */
      return quote_sentence_subject(a, before, &w[i], f);
    s = verba_attr_after_cue(w, i, win->n); /* said Hu */
    while (s < win->n && verba_attr_is_filler(&w[s]) && !(w[s].flags & T_DET)) s++;
    e = verba_attr_np_right(w, s, win->n);
    if (e < 0) return 0;
    verba_attr_set_found(f, w, s, e, &w[i]);
    return 1;
  }
  /* Hu said / Hu, the chairman, said / Sen. Hu (D-Ore.) said */
  end = i;
  while (end < win->n && end < i + MAX_NP && (w[end].flags & T_WORD) &&
         !(w[end].flags & T_CUE))
    end++;
  /* "...," a senior official who declined to be named said: the phrase
   * before "who", the finite cue after its clause */
  if ((e = relative_clause_cue(a, w, i, end, win->n)) > 0) {
    verba_attr_set_found(f, w, i, relative_at(a, w, i, end), &w[e]);
    return 1;
  }
  k = end;
  if (k < win->n && (w[k].flags & T_OPEN)) {
    while (k < win->n && k < end + 8 && !(w[k].flags & (T_CLOSE | T_END))) k++;
    if (k < win->n && (w[k].flags & T_CLOSE)) k++;
  }
  /* (not over a full stop: "... budget." The BBC's correspondent, Ann
   * Lee, told the programme that ... reports the writer's words) */
  if (k < win->n && (w[k].flags & T_COMMA) && end > i && !ended_by_full_stop(a, win)) {
    int c = k + 1;
    /* (an aside may open with a participle that is a cue's: "...," an
     * official, speaking on condition of anonymity, told Reuters) */
    if (c < win->n && (w[c].flags & T_CUE) && verba_attr_is_participle(a->t, &w[c])) c++;
    while (c < win->n && c < k + APPOSITIVE && !(w[c].flags & (T_COMMA | T_END | T_CUE)))
      c++;
    if (c < win->n && (w[c].flags & T_COMMA)) {
      int from = c + 1, asides = 1;
      k = from;
      /* more appositives, up to the cue: "...," Hu, the attorney general
       * of Oklahoma, one of the states suing, said; "...," Harry Bond,
       * 30, of Raleigh, N.C., said */
      while (asides++ < APPOSITIVES) {
        c = from;
        while (c < win->n && c < from + APPOSITIVE && !(w[c].flags & (T_COMMA | T_END | T_CUE)))
          c++;
        if (c == from || c + 1 >= win->n || !(w[c].flags & T_COMMA)) break;
        if (w[c + 1].flags & T_CUE) {
          k = c + 1;
          break;
        }
        from = c + 1;
      }
    } else if (c < win->n && (w[c].flags & T_CUE) && !ended_by_full_stop(a, win) &&
               win->runs_on) {
      /* the second comma left out: "...," a friend, Ann Lee told us /
       * "...," the tall, gray-haired engineer said (not after a quote
       * its sentence goes on from: the lower "marginal" rate, analysts
       * said) */
      int e = c;
      while (e > k + 1 && verba_attr_is_filler(&w[e - 1])) e--;
      if (e > k + 1 && verba_attr_np_left(w, k + 1, e) == k + 1 && verba_attr_np_left(w, i, end) == i) {
        int s2 = verba_attr_name_tail(w, k + 1, e);
        verba_attr_set_found(f, w, (w[s2].flags & T_CAP) && !(w[s2].flags & T_DET) ? s2 : i,
                  e, &w[c]);
        return 1;
      }
    }
  }
  while (k < win->n && verba_attr_is_filler(&w[k])) k++;
  if (k < win->n && (w[k].flags & T_CUE) &&
      (e = verba_attr_relayed_speaker_end(w, k, win->n)) > 0) {
    verba_attr_set_found(f, w, k + 1, e, &w[e + 1]); /* the agency quoted Hu as saying */
    return 1;
  }
  if (k < win->n && (w[k].flags & T_CUE)) {
    while (end > i && verba_attr_filler_here(a, w, i, end - 1)) end--;
    if (end > i && verba_attr_np_left(w, i, end) == i) {
      verba_attr_set_found(f, w, verba_attr_name_tail(w, i, end), end, &w[k]);
      return 1;
    }
    if (end > i && two_names(w, i, end)) { /* Ann Lee and Bo Ode wrote */
      verba_attr_set_found(f, w, i, end, &w[k]);
      return 1;
    }
  }
  return reporting_clause(a, win, f);
}

/* Does a conjunction join the cue w[c] to the verb before it (Hu
 * smiled and said, Hu left but later wrote)? Then it shares that verb's
 * subject. */
static int coordinated(const wtok *w, int lower, int c) {
  int i = c;
  while (i > lower && verba_attr_is_filler(&w[i - 1])) i--;
  return i > lower && !(w[i - 1].flags & T_CAP) &&
         (w[i - 1].lex & VERBA_LEX_COORDINATOR);
}

/* A cue after w[c] and a comma, in a clause of its own, whose subject
 * stands right before it: it introduces what follows, not w[c]. */
static int later_clause_cue(const attributor *a, const wtok *w, int lower,
                            int c, int n, found *f) {
  int k, comma = 0;
  for (k = c + 1; k < n; k++) {
    if (w[k].flags & (T_COMMA | T_COLON | T_DASH)) comma = 1;
    if (comma && (w[k].flags & T_CUE) && !verba_attr_cue_takes_object(w, k, n) &&
        !verba_attr_is_participle(a->t, &w[k]) && !coordinated(w, lower, k) &&
        k > 0 && (w[k - 1].flags & T_WORD) && verba_attr_subject_of(a, w, lower, k, f))
      return 1;
  }
  return 0;
}

/* A clause joined after w[c] by a comma and a conjunction, opening with
 * its own subject right before its own finite cue (Ann pleaded with him,
 * but he replied "..."): that cue introduces what follows, not w[c]. */
static int coordinate_clause_cue(const attributor *a, const wtok *w, int c, int n,
                                 found *f) {
  int k, m;
  for (k = c + 1; k + 2 < n; k++) {
    if (!(w[k].flags & T_COMMA) || (w[k + 1].flags & T_CAP) ||
        !(w[k + 1].lex & VERBA_LEX_COORDINATOR))
      continue;
    for (m = k + 3; m < n && !(w[m].flags & (T_COMMA | T_COLON | T_DASH)); m++) {
      found g;
      if (!(w[m].flags & T_CUE) || !(w[m].flags & T_FINITE) ||
          verba_attr_cue_takes_object(w, m, n))
        continue;
      memset(&g, 0, sizeof g);
      if (verba_attr_subject_of(a, w, k + 2, m, &g) && g.start == w[k + 2].start) {
        *f = g;
        return 1;
      }
      break;
    }
  }
  return 0;
}

/* Is the cue w[c] passive: a passive auxiliary before it, a filler
 * between allowed (was later asked, has been described)? */
static int passive_cue(const wtok *w, int lower, int c) {
  int k = c;
  if (k > lower + 1 && verba_attr_is_filler(&w[k - 1]) &&
      !(w[k - 1].lex & VERBA_LEX_PASSIVE_AUXILIARY))
    k--;
  return k > lower && (w[k - 1].lex & VERBA_LEX_PASSIVE_AUXILIARY);
}

/* Is w a plain word in lower case in -s, a plural that may be a passive
 * verb's agent (by critics, by locals; not by far, by hand)? */
static int plural_agent(const attributor *a, const wtok *w) {
  return (w->flags & T_WORD) && w->kind == VERBA_WORD &&
         !(w->flags & (T_CAP | T_STOP | T_DET | T_PRONOUN | T_LINK | T_FILLER | T_CUE)) &&
         w->end - w->start > 3 && a->t->s[w->end - 1] == 's' && a->t->s[w->end - 2] != 's';
}

/* Her remarks were described as "..." by the commission / it was
 * called "..." by Hu: a passive verb right before the quote ("as" may
 * follow it, class describing_as) and its agent right after the quote,
 * a source word (class document_source, not source_from: by) and a
 * noun phrase. The agent speaks, and the verb is the cue. */
int verba_attr_passive_agent(const attributor *a, const window *before,
                             const window *after, found *f) {
  const wtok *w = after->tok, *b = before->tok;
  int c = before->n - 1, e;
  if (c > 0 && ((b[c].lex & VERBA_LEX_DESCRIBING_AS) || (b[c].flags & T_ARTICLE))) c--;
  /* (the verb itself, not an adverb after the auxiliary: the city was
   * clearly "devastated" by the closures) */
  if (c <= 0 || !(b[c].flags & T_WORD) || (b[c].flags & T_CAP) || verba_attr_is_filler(&b[c]) ||
      !passive_cue(b, verba_attr_sentence_start(a, b, before->para, c), c) ||
      after->n < 2 || !(w[0].lex & VERBA_LEX_DOCUMENT_SOURCE) ||
      (w[0].lex & VERBA_LEX_SOURCE_FROM) ||
      !((w[1].flags & (T_CAP | T_DET)) || plural_agent(a, &w[1])))
    return 0;
  e = verba_attr_np_right(w, 1, after->n);
  if (e < 0) return 0;
  verba_attr_set_found(f, w, 1, e, NULL);
  f->cue_start = b[c].start;
  f->cue_end = b[c].end;
  return 1;
}

/* When Hu was asked ..., he replied: the subject of a passive cue that
 * addresses (asked, told) is spoken to, so a later cue in the window
 * names the speaker; that of another passive cue is what was said
 * (Clinton, who called after the winner was declared, told ...), so a
 * later finite cue after a comma or a dash does (not one in the
 * passive's own clause: Hu was quoted as saying, Hu is alleged to have
 * told). Is w[c] such a cue, with such a cue after it? */
static int spoken_to(const wtok *w, int lower, int c, int n) {
  int k, comma = 0;
  if (!passive_cue(w, lower, c)) return 0;
  for (k = c + 1; k < n; k++) {
    if (w[k].flags & (T_COMMA | T_DASH)) comma = 1;
    if ((w[k].flags & T_CUE) &&
        ((w[c].lex & VERBA_LEX_ADDRESSEE_CUE) || (comma && (w[k].flags & T_FINITE))))
      return 1;
  }
  return 0;
}

/* A finite cue and its subject after it set off by commas inside a
 * sentence (The comments, said Hu of JPMorgan in Tokyo, were ...): the
 * end of that subject, or -1. Words may follow it up to the closing
 * comma (a place, a firm); no cue may. */
static int inverted_aside_end(const wtok *w, int c, int n) {
  int s = verba_attr_after_cue(w, c, n), e, k;
  /* only a verb of saying alone inverts (said Hu), not one that names
   * or addresses (called Friday for ..., told Hu) */
  if ((w[c].lex & (VERBA_LEX_NAMING_CUE | VERBA_LEX_ADDRESSEE_CUE)) || s >= n ||
      !(w[s].flags & T_CAP))
    return -1;
  e = verba_attr_np_right(w, s, n);
  if (e < 0) return -1;
  for (k = e; k < n && k < e + APPOSITIVE && (w[k].flags & T_WORD) &&
              !(w[k].flags & T_CUE);
       k++)
    ;
  return k < n && (w[k].flags & T_COMMA) ? e : -1;
}

/* The speaker a cue of w[lower, n) names. The first cue counts: in "X
 * said Y told Z ..." X speaks, unless X's clause is an adverbial one set
 * off by commas (When X asked, Y said ...; Later, as X asked, Y said). */
/* Tokens between a naming cue and the quote it names, at most: its object
 * (dubbed them "...", called the plan "..."). */
#define NAMING_OBJECT 3

/* The subject of a naming cue in a clause a subordinator opens, the quote
 * its object: Providers claimed no blame since the Law Commission dubbed
 * them "mere conduits" (the Law Commission, not the main clause's
 * subject). Not a pronoun (Ban condemned what he called "...": the
 * sentence's subject names it). */
static int subordinate_naming(const attributor *a, const wtok *w, int lower, int n, found *f) {
  int c, k;
  found g;
  for (c = n - 1; c > lower && c >= n - 1 - NAMING_OBJECT; c--)
    if ((w[c].flags & T_CUE) && (w[c].lex & VERBA_LEX_NAMING_CUE)) break;
  if (c <= lower || !(w[c].flags & T_CUE) || !(w[c].lex & VERBA_LEX_NAMING_CUE)) return 0;
  for (k = c + 1; k < n; k++)
    if (w[k].flags & (T_COMMA | T_COLON | T_CUE | T_END)) return 0;
  memset(&g, 0, sizeof g);
  if (!verba_attr_subject_of(a, w, lower, c, &g)) return 0;
  for (k = c - 1; k > lower && w[k].start > g.start; k--) {}
  if (k <= lower || w[k].start != g.start || (w[k].flags & T_PRONOUN)) return 0;
  /* (a name's article may stand outside it: since the Law Commission) */
  if (k - 1 > lower && (w[k - 1].flags & (T_ARTICLE | T_DET)) && !(w[k - 1].flags & T_PRONOUN))
    k--;
  if (!(w[k - 1].lex & VERBA_LEX_SUBORDINATOR) || (w[k - 1].flags & T_CAP)) return 0;
  *f = g;
  return 1;
}

/* Does w[s] open the sentence, or a phrase after the comma of opening
 * words with no cue in them (But on Thursday, in a release announcing
 * ..., Hu described it as "...")? */
static int opens_main_clause(const wtok *w, int lower, int s) {
  int k;
  if (s == lower) return 1;
  if (!(w[s - 1].flags & T_COMMA)) return 0;
  for (k = lower; k < s; k++)
    if (w[k].flags & T_CUE) return 0;
  return 1;
}

/* Words of a preposition's phrase after its determiner, at most: at one
 * point, at the same time. */
#define ADVERBIAL_PHRASE_WORDS 2

/* Is the participle w[c] (or "having" before one) the first word of a
 * clause after a comma, but for the adverbs that open it (Hu left,
 * angrily saying; Roe, recently telling) or a preposition's phrase of a
 * determiner and a noun (at one point calling, at the same time saying;
 * not "with", the preposition of absolute clauses, whose phrase is the
 * participle's own subject: with the crowd chanting)? Returns the index
 * where that clause opens, or 0. */
static int participle_clause(const attributor *a, const wtok *w, int lower, int c) {
  int k = c, p;
  while (k - 1 > lower && verba_attr_filler_here(a, w, lower, k - 1)) k--;
  if (k > lower && (w[k - 1].flags & T_COMMA)) return k;
  for (p = k - 2; p > lower && p >= k - 2 - ADVERBIAL_PHRASE_WORDS; p--) {
    if (w[p].kind != VERBA_WORD || (w[p].flags & (T_CAP | T_CUE | T_PRONOUN))) return 0;
    if ((w[p].flags & T_DET) && p - 1 > lower && (w[p - 1].lex & VERBA_LEX_PREPOSITION) &&
        !(w[p - 1].flags & T_CAP) && !verba_attr_is_word(a, &w[p - 1], "with") &&
        !verba_attr_is_word(a, &w[p - 1], "without") && (w[p - 2].flags & T_COMMA))
      return p - 1;
  }
  return 0;
}

/* Is the participle w[c] one after "by", the preposition of means, or
 * after a subordinator, in the sentence's one clause before it (Hu
 * angered critics by calling it ...; Hu left after saying ...)? Then it
 * is the sentence subject's. Not after "for" or "of", whose participle
 * is often the object's (Hu thanked Lee for calling it; accused Hu of
 * saying), nor after a dash or another subordinator, whose clause has a
 * subject of its own (Four teams are tied - although Ireland look
 * stronger after claiming ...). */
static int participle_of_means(const attributor *a, const wtok *w, int lower, int c) {
  int k;
  if (!verba_attr_is_participle(a->t, &w[c]) || c - 1 <= lower || (w[c - 1].flags & T_CAP) ||
      !((w[c - 1].lex & VERBA_LEX_SUBORDINATOR) || verba_attr_is_word(a, &w[c - 1], "by")))
    return 0;
  for (k = lower + 1; k < c - 1; k++)
    if ((w[k].flags & (T_DASH | T_COLON)) ||
        ((w[k].lex & VERBA_LEX_SUBORDINATOR) && !(w[k].flags & T_CAP)))
      return 0;
  return 1;
}

/* Does the subject g, in w[from, to), hold a name or open with a
 * personal pronoun (Lee, the Lee campaign, she; not the recent increase
 * in prices)? */
static int named_subject(const wtok *w, int from, int to, const found *g) {
  int k;
  for (k = from; k < to && w[k].start != g->start; k++) {}
  if (k < to && (w[k].flags & T_PRONOUN)) return (w[k].lex & VERBA_LEX_CLAUSE_PRONOUN) != 0;
  for (; k < to && w[k].end <= g->end; k++)
    if (w[k].flags & T_CAP) return 1;
  return 0;
}

/* The subject of the last clause a coordinator opens after a comma or a
 * dash in w[lower, end), looked for from w[last] back (Roe proposed a
 * debate, but the Lee campaign rejected it as "..."; ..., and he has
 * battled ..., at one point calling), where that clause has a subject
 * that ends before w[last] does (not a list's last item: Hu visited
 * Rome, and Berlin, saying). A strict reading, for a clause with no cue,
 * wants no comma between the coordinator and w[last] (and you live in
 * Ohio, feel free to "...") and a named subject. */
static int coordinated_clause_subject(const attributor *a, const wtok *w, int lower, int end,
                                      int last, int strict, const wtok *cue, found *f) {
  int k;
  found g;
  for (k = last; k > lower + 1; k--) {
    if ((w[k].flags & (T_END | T_COLON | T_DASH)) || (strict && (w[k].flags & T_COMMA)))
      break;
    if (!(w[k].lex & VERBA_LEX_COORDINATOR) || (w[k].flags & T_CAP) ||
        !(w[k - 1].flags & (T_COMMA | T_DASH)))
      continue;
    memset(&g, 0, sizeof g);
    /* (from the coordinator, which opens the clause as But does a
     * sentence: a subject after it may be a common noun) */
    if (verba_attr_sentence_subject(a, w, k, end, cue, &g) && g.end < w[last].end &&
        (!strict || named_subject(w, k, end, &g))) {
      *f = g;
      return 1;
    }
    break;
  }
  return 0;
}

/* The subject of a participle's clause opening at w[clause] after a
 * comma: that of the last clause a coordinator after a comma opens
 * before it (Christie made it a priority, but the effort stalled, and he
 * has battled ..., at one point calling: he), if that clause has a
 * subject and a verb after it (not a list's last item: Hu visited Rome,
 * and Berlin, saying); else the sentence's. */
static int participle_subject(const attributor *a, const wtok *w, int lower, int clause,
                              const wtok *cue, found *f) {
  found g;
  if (coordinated_clause_subject(a, w, lower, clause, clause - 2, 0, cue, f)) return 1;
  /* (f is left as it was where there is none: the caller reads on) */
  memset(&g, 0, sizeof g);
  if (!verba_attr_sentence_subject(a, w, lower, clause, cue, &g)) return 0;
  *f = g;
  return 1;
}

/* An infinitive cue after a verb in the past tense, the last cue before
 * the quote in w[lower, n) with no comma after it but one that
 * introduces the quote, is that verb's subject's (The debate was so calm
 * that Trump was prompted to say, "..."; Hu decided to add: Trump, Hu,
 * not the sentence's first subject). Not after an object (urged voters
 * to say, asked Hu to add: the object would speak, if anyone), nor where
 * a later cue or clause takes the quote (Delta declined to elaborate on
 * what it calls "..."; Asked if Hu intended to recommend it, Roe told
 * reporters). Its subject must be named (named_subject). Sets f with
 * the cue w[c]. */
static int infinitive_cue_subject(const attributor *a, const wtok *w, int lower, int n, int c,
                                  found *f) {
  int v = c - 2, k;
  found g;
  if (v <= lower || !verba_attr_is_word(a, &w[c - 1], "to") || !(w[v].flags & T_WORD) ||
      !verba_attr_past_verb(a, w, v))
    return 0;
  for (k = c + 1; k < n; k++)
    if ((w[k].flags & T_CUE) || (k < n - 1 && (w[k].flags & T_COMMA))) return 0;
  /* (a name or a pronoun: not "several years ago" of Work he showed
   * several years ago, although his, seemed to echo "...") */
  memset(&g, 0, sizeof g);
  if (!verba_attr_subject_of(a, w, lower, v, &g) || !named_subject(w, lower, n, &g)) return 0;
  g.cue_start = w[c].start;
  g.cue_end = w[c].cue_end;
  *f = g;
  return 1;
}

int verba_attr_cue_subject(const attributor *a, const wtok *w, int lower, int n,
                       found *f) {
  int c;
  if (subordinate_naming(a, w, lower, n, f)) return 1;
  for (c = lower; c < n; c++) {
    int e;
    if (!(w[c].flags & T_CUE)) continue;
    if (spoken_to(w, lower, c, n)) continue;
    if ((e = verba_attr_relayed_speaker_end(w, c, n)) > 0) {
      verba_attr_set_found(f, w, c + 1, e, &w[e + 1]); /* quoted Hu as saying */
      return 1;
    }
    if (verba_attr_cue_takes_object(w, c, n)) {
      if (verba_attr_object_source(w, c, n, f)) return 1; /* according to Hu */
      continue;
    }
    /* Hu declined, saying ...; Hu spoke, having called it ...: a
     * participle's clause after a comma is the sentence subject's
     * ("having", the perfect participle's auxiliary: grammar, no list) */
    /* (past adverbs or a phrase of time only where a subject is found:
     * On Thursday, in the release announcing ..., Hu said) */
    if (verba_attr_is_participle(a->t, &w[c]) && (e = participle_clause(a, w, lower, c)) > 0) {
      if (participle_subject(a, w, lower, e, &w[c], f)) return 1;
      if (e == c) return 0;
    }
    if (participle_of_means(a, w, lower, c) &&
        participle_subject(a, w, lower, c - 1, &w[c], f))
      return 1;
    if (c - 1 > lower && verba_attr_is_word(a, &w[c - 1], "having") &&
        (e = participle_clause(a, w, lower, c - 1)) > 0) {
      if (participle_subject(a, w, lower, e, &w[c], f)) return 1;
      if (e == c - 1) return 0;
    }
    /* (opening the sentence, its subject comes after the clause: Having
     * called it "...," Roe left) */
    if (c - 1 == lower && verba_attr_is_word(a, &w[c - 1], "having")) continue;
    if (c > lower && (w[c - 1].flags & T_COMMA) && (w[c].flags & T_FINITE) &&
        (e = inverted_aside_end(w, c, n)) > 0) {
      /* The comments, said Hu of JPMorgan, were "too weak" */
      verba_attr_set_found(f, w, verba_attr_after_cue(w, c, n), e, &w[c]);
      return 1;
    }
    if (infinitive_cue_subject(a, w, lower, n, c, f)) return 1;
    if (verba_attr_subject_of(a, w, lower, c, f)) {
      /* Hu sent a series of tweets saying ...: a participle after the
       * object of a verb tells what the sentence's subject says */
      int s = f->start == w[lower].start ? lower : -1, k, subject;
      for (k = lower + 1; s < 0 && k < c; k++)
        if (w[k].start == f->start) s = k;
      subject = s;
      if (verba_attr_is_participle(a->t, &w[c]) && s > lower && (w[s].flags & T_DET) &&
          (w[s - 1].flags & (T_WORD | T_CAP | T_STOP | T_DET | T_PRONOUN |
                             T_LINK | T_FILLER)) == T_WORD &&
          w[s - 1].kind == VERBA_WORD) {
        found g = *f;
        if (verba_attr_sentence_subject(a, w, lower, s - 1, &w[c], f) && f->start < w[s - 1].start)
          return 1;
        *f = g;
      }
      if (s > lower && (w[s].flags & T_PRONOUN) && ((w[s]).lex & VERBA_LEX_CLAUSE_PRONOUN) &&
          ((w[s - 1]).lex & VERBA_LEX_NAMING_RELATIVE) &&
          (w[c].lex & VERBA_LEX_NAMING_CUE)) {
        /* Ban condemned what he called "...": the sentence's subject */
        found g;
        memset(&g, 0, sizeof g);
        if (verba_attr_sentence_subject(a, w, lower, s - 1, &w[c], &g) &&
            verba_attr_person_like(w, lower, s - 1, g.start) &&
            !((w[lower]).lex & VERBA_LEX_CLAUSE_PRONOUN)) {
          *f = g;
          return 1;
        }
      }
      /* back to the clause's start, past the commas of a list in it */
      while (s > lower && (!(w[s - 1].flags & T_COMMA) || verba_attr_parts_list_items(w, s, n)))
        s--;
      /* (or after a prepositional phrase, a cue inside which is no finite
       * verb: In a Facebook message posted Friday, Cruz said ...; or a
       * participle's phrase opening the sentence, before the cue's
       * subject, as a preposition's: Following initial reports, Trump
       * said ...; not Keating told ...) */
      if (s >= lower && (((w[s]).lex & VERBA_LEX_SUBORDINATOR) ||
                         (opens_main_clause(w, lower, s) &&
                          (((w[s]).lex & VERBA_LEX_PREPOSITION) ||
                           (subject > lower && verba_attr_is_participle(a->t, &w[s])))))) {
        /* the main clause after the adverbial one may have its own cue */
        found g;
        for (k = c + 1; k < n && !(w[k].flags & (T_COMMA | T_DASH)); k++) {}
        memset(&g, 0, sizeof g);
        if (k + 1 < n && verba_attr_cue_subject(a, w, k + 1, n, &g)) *f = g;
        else if (s == lower && k + 1 < n && (w[k].flags & T_COMMA) &&
                 !(w[s].lex & VERBA_LEX_DESCRIBING_AS)) {
          /* While checks continue, officials will scrap it to
           * "streamline" it: the cue of the adverbial clause opening the
           * sentence says nothing of the main clause after its comma
           * (but as Hu said, ...) */
          memset(f, 0, sizeof *f);
          return 0;
        }
      }
      coordinate_clause_cue(a, w, c, n, f);
      return 1;
    }
    if (coordinated(w, lower, c) && lower < c) {
      /* Hu smiled and said ...: the sentence's subject, unless a later
       * clause has a cue with a subject of its own (when Hu stood and
       * said x, a man yelled "...") */
      if (later_clause_cue(a, w, lower, c, n, f)) return 1;
      if (verba_attr_sentence_subject(a, w, lower, c, &w[c], f)) return 1;
    }
  }
  return 0;
}

/* A source the writer credits for a quote's sentence: "...," Hu said,
 * according to the Daily Star. / Hu told them, according to a transcript,
 * "...". The writer's source is who the text attributes the quote to, so
 * its "according to" outranks the cue of the speaker it reports (on the
 * PolNeAR annotations 15 of 16 such sentences credit the source). Looks
 * at w[from, n) up to the sentence's end. */
int verba_attr_credited_source(const wtok *w, int from,
                           int n, found *f) {
  int c;
  for (c = from; c < n && !(w[c].flags & T_END); c++) {
    if (!(w[c].flags & T_CUE) || !verba_attr_cue_takes_object(w, c, n)) continue;
    return verba_attr_object_source(w, c, n, f);
  }
  return 0;
}

/* Relative pronouns that can be the subject of the clause a quote stands
 * in: Hu, who called it "a fair deal". The speaker is the pronoun as
 * written and its name the noun phrase it follows. (That and which, as in
 * a note that said "...", were tried: most often the writer's subject
 * speaks there.) */

/* The cue of the antecedent's own clause, after a relative clause whose
 * cue is w[cue] and before the quote (an official who asked not to be
 * named said, "..."; who spoke to reporters told): a finite cue not
 * inside the clause, no pronoun, "that" or subordinator before it that
 * opens a clause of its own (who said he told: he speaks); or -1. */
static int main_clause_cue(const attributor *a, const wtok *w, int cue, int n) {
  int c;
  for (c = cue + 1; c < n; c++) {
    if ((w[c].flags & T_PRONOUN) || (w[c].lex & VERBA_LEX_SUBORDINATOR) ||
        verba_attr_is_word(a, &w[c], "that"))
      return -1;
    if (finite_cue_after_clause(a, w, c)) return c;
  }
  return -1;
}

/* The relative clause the quote stands in, from the tokens before it:
 * the last relative pronoun of the sentence, the subject of its clause
 * (not "who he called"). Its clause must open with a cue verb, a few
 * words at most after the pronoun (who has long said; not who lost when
 * he said), unless it is set off by a comma and runs straight into the
 * quote (Hu, who has called it "..."). No comma may stand between the
 * pronoun and the quote but an aside right after it (who, in a speech,
 * said) or one that introduces the quote after a cue (who said, "..."):
 * a comma after its own clause hands the sentence back to the antecedent
 * (Hu, who is 60, said). */
int verba_attr_relative_subject(const attributor *a, const window *win, found *f) {
  const wtok *w = win->tok;
  int lower = verba_attr_sentence_start(a, w, win->para, win->n), n = win->n, r, k, c, main;
  int introduced = 0, cue = -1;
  while (n > lower && (w[n - 1].flags & (T_COMMA | T_COLON))) {
    introduced = 1;
    n--;
  }
  for (r = n - 1; r > lower; r--)
    if ((w[r].flags & T_WORD) && !(w[r].flags & T_CAP) &&
        ((w[r]).lex & VERBA_LEX_PERSON_RELATIVE))
      break;
  if (r <= lower || r + 1 >= n || !(w[r - 1].flags & (T_WORD | T_COMMA)) ||
      (w[r - 1].flags & (T_CUE | T_STOP)))
    return 0;
  k = r + 1;
  if (w[k].flags & T_COMMA) { /* who, in a speech, said */
    for (k++; k < n && !(w[k].flags & T_COMMA); k++) {}
    if (k == n) return 0;
    k++;
  }
  for (c = k; c < n; c++) {
    if (w[c].flags & T_COMMA) return 0;
    if (cue < 0 && (w[c].flags & T_CUE) && c < k + RELATIVE_REACH) cue = c;
    if (cue < 0 && (w[c].flags & (T_PRONOUN | T_CAP))) return 0; /* who he said */
  }
  if (cue < 0 && (introduced || !(w[r - 1].flags & T_COMMA))) return 0;
  /* (a clause set off by a comma ends with one before its antecedent's
   * verb: Hu, who said on Monday ministers agreed "...", is who's) */
  main = cue < 0 || (w[r - 1].flags & T_COMMA) ? -1 : main_clause_cue(a, w, cue, n);
  k = w[r - 1].flags & T_COMMA ? r - 1 : r;
  k = verba_attr_skip_aside_left(w, lower, k);
  c = verba_attr_np_left(w, lower, k);
  if (main >= 0) { /* the antecedent speaks, by the cue of its own clause */
    if (c < 0) return 0;
    verba_attr_set_found(f, w, c, k, &w[main]);
    return 1;
  }
  verba_attr_set_found(f, w, r, r + 1, cue < 0 ? NULL : &w[cue]);
  if (c >= 0) {
    f->name_start = w[verba_attr_antecedent_tail(w, c, k)].start;
    f->name_end = w[k - 1].end;
  }
  return 1;
}

/* The cue that introduces the quote, right before it and its comma or
 * colon, in a clause of its own after a comma: in "After Hu asked him
 * about it, Roe replied, "..."" Roe speaks, not Hu of the first cue.
 * Replaces f when there is one. */
static void introducing_clause(const attributor *a, const wtok *w, int lower,
                               int n, found *f) {
  found g;
  int c = n - 1, k;
  if (c <= lower || !(w[c].flags & (T_COMMA | T_COLON))) return;
  c--;
  if (c <= lower || !(w[c].flags & T_CUE) || w[c].start <= f->cue_start ||
      verba_attr_cue_takes_object(w, c, n) || verba_attr_is_participle(a->t, &w[c]) ||
      coordinated(w, lower, c) || !(w[c - 1].flags & T_WORD) ||
      !verba_attr_subject_of(a, w, lower, c, &g) || g.start <= f->cue_start)
    return;
  for (k = c - 1; k > lower && w[k].start >= g.start; k--) {}
  if (w[k].lex & VERBA_LEX_REPORT_RELATIVE)
    return; /* a video in which Roe said: the report of the first cue */
  for (; k > lower && w[k].start > f->cue_start; k--)
    if (w[k].flags & T_COMMA) { *f = g; return; }
}

/* Is w[c], opening its sentence in capitals, a cue's finite form (Said
 * another trader, "..."; Added Lee: "..."), which the window does not
 * mark as a cue for its capital? */
static int opening_finite_cue(const wtok *w, int c) {
  return (w[c].flags & (T_CAP | T_WORD)) == (T_CAP | T_WORD) && (w[c].lex & VERBA_LEX_CUE) &&
         ((w[c].lex & VERBA_LEX_FINITE_CUE) || (w[c].entry & VERBA_LEX_INFLECTED));
}

/* A cue with its subject after it, introducing the quote: But, said
 * Hu, "..."; Later, said moderator Ann Lee: "..." (a comma or colon ends
 * w[lower, n); a phrase in lower case only where a name ends it). */
static int inverted_cue(const attributor *a, const wtok *w, int lower, int n,
                        found *f) {
  int c, s;
  if (n - 3 < lower || !(w[n - 1].flags & (T_COMMA | T_COLON))) return 0;
  for (c = n - 3; c >= lower && c >= n - 2 - MAX_NP; c--) {
    if (!(w[c].flags & T_CUE) && !(c == lower && opening_finite_cue(w, c))) continue;
    s = verba_attr_after_cue(w, c, n);
    if (s < n - 1 && ((w[s].flags & (T_CAP | T_DET)) || (w[n - 2].flags & T_CAP)) &&
        !verba_attr_is_participle(a->t, &w[c]) && !verba_attr_cue_takes_object(w, c, n) &&
        (c == lower || (w[c - 1].flags & T_COMMA)) &&
        verba_attr_np_right(w, s, n - 1) == n - 1) {
      verba_attr_set_found(f, w, s, n - 1, &w[c]);
      return 1;
    }
    return 0;
  }
  return 0;
}

/* A lead-in of only a source and a colon, after an optional dash:
 * "- More from Hu:", "From the report:". Its noun phrase speaks. */
static int source_lead(const wtok *w, int lower, int colon,
                       found *f) {
  int i = lower, e;
  while (i < colon && (w[i].flags & T_DASH)) i++;
  if (i < colon && ((w[i]).lex & VERBA_LEX_SOURCE_MORE)) i++;
  if (i >= colon || !((w[i]).lex & VERBA_LEX_SOURCE_FROM)) return 0;
  e = verba_attr_np_right(w, i + 1, colon);
  if (e != colon) return 0;
  verba_attr_set_found(f, w, i + 1, e, NULL);
  return 1;
}

/* How many words of an absolute clause's noun phrase at most: with the
 * campaigner Caitlin Boswell stating. */
#define ABSOLUTE_WORDS 6

/* A clause of "with", a noun phrase and a participle cue right before the
 * quote names its speaker, whatever cue came earlier in the sentence:
 * The paper quoted critics, with Boswell stating: "..." (Boswell, not the
 * paper). "With" is the preposition of English's absolute clauses: a
 * word of grammar, not a list. */
static int absolute_clause(const attributor *a, const wtok *w, int lower, int n, found *f) {
  int c = n - 1, s, e;
  if (c > lower && (w[c].flags & (T_COLON | T_COMMA))) c--;
  if (c < lower + 2 || !(w[c].flags & T_CUE) || !verba_attr_is_participle(a->t, &w[c]))
    return 0;
  for (s = c - 1; s >= lower && c - s <= ABSOLUTE_WORDS + 1; s--) {
    if (verba_attr_is_word(a, &w[s], "with")) break;
    if (w[s].flags & (T_COMMA | T_COLON | T_DASH | T_END | T_CUE)) return 0;
  }
  /* (set off by a comma or opening the sentence: not He met with
   * reporters saying ..., where "with" is the verb's) */
  if (s < lower || c - s > ABSOLUTE_WORDS + 1 || s + 1 >= c ||
      !(s == lower || (w[s - 1].flags & T_COMMA)))
    return 0;
  /* (an adverb before the cue is no word of the speaker: with Trump
   * reportedly yelling) */
  for (e = c; e > s + 2 && !(w[e - 1].flags & T_CAP) && verba_attr_ends_in_ly(a->t, &w[e - 1]);)
    e--;
  if (verba_attr_np_right(w, s + 1, e) != e) return 0;
  verba_attr_set_found(f, w, s + 1, e, &w[c]);
  return 1;
}

/* Attribution before the quote, in its sentence: Hu said: "..." / Hu
 * said that x "..." / according to Hu, "..." / From Hu: "...". */
int verba_attr_before_quote(const attributor *a, const window *win, found *f) {
  const wtok *w = win->tok;
  int lower = verba_attr_sentence_start(a, w, win->para, win->n);
  if (absolute_clause(a, w, lower, win->n, f)) return 1;
  if (verba_attr_cue_subject(a, w, lower, win->n, f)) {
    introducing_clause(a, w, lower, win->n, f);
    return 1;
  }
  if (win->n > lower && (w[win->n - 1].flags & T_COLON))
    return !(win->n - 2 >= lower && verba_attr_credit_label_at(w, win->n - 2, win->n)) &&
           (source_lead(w, lower, win->n - 1, f) || inverted_cue(a, w, lower, win->n, f) ||
            verba_attr_sentence_subject(a, w, lower, win->n - 1, NULL, f));
  return inverted_cue(a, w, lower, win->n, f);
}


/* The subject of the clause the quote stands in, in a sentence with no
 * cue, when that clause is opened by a conjunction and has a pronoun for
 * subject: "Hu was calm,
 * even if she called it "..."" (she). No comma, colon or dash may stand
 * between that subject and the quote. */
static int clause_subject(const wtok *w, int lower,
                          int n, found *f) {
  int k;
  for (k = lower; k < n; k++) /* a cue names the speaker of its own */
    if (w[k].flags & T_CUE) return 0;
  for (k = n - 1; k > lower; k--) {
    if (w[k].flags & (T_COMMA | T_COLON | T_DASH | T_END)) return 0;
    if ((w[k].flags & T_PRONOUN) && ((w[k]).lex & VERBA_LEX_CLAUSE_PRONOUN) &&
        (((w[k - 1]).lex & VERBA_LEX_SUBORDINATOR) ||
         ((w[k - 1]).lex & VERBA_LEX_COORDINATOR))) {
      verba_attr_set_found(f, w, k, k + 1, NULL);
      return 1;
    }
  }
  return 0;
}

/* Modifiers between a possessor and its noun of speech: her March
 * comment, Hu's controversial pledge. */
#define SPEECH_NOUN_REACH 2

/* The possessor of the nearest noun of speech whose clause holds the
 * quote: Hu's claim that there were "..." (Hu's), his promise to "..."
 * (his), her argument was that "..." (her). The possessor is written as
 * in the text, with the name it ends: Ken Hu's. */
static int claim_possessor(const attributor *a, const wtok *w, int lower,
                           int n, found *f) {
  int k, d, s, noun;
  for (k = n - 1; k > lower + 1; k--) {
    if (w[k].flags & T_END) return 0;
    if (!((w[k]).lex & VERBA_LEX_SPEECH_NOUN_LINK)) continue;
    /* (the link may follow a copula: Hu's claim is that "...") */
    noun = k - 1;
    if ((w[noun].lex & VERBA_LEX_PASSIVE_AUXILIARY) && noun - 1 > lower) noun--;
    if (!((w[noun]).lex & VERBA_LEX_SPEECH_NOUN)) continue;
    for (d = noun - 1; d >= lower && d >= noun - 1 - SPEECH_NOUN_REACH; d--) {
      if (((w[d]).lex & VERBA_LEX_POSSESSIVE_PRONOUN)) {
        verba_attr_set_found(f, w, d, d + 1, NULL);
        return 1;
      }
      if (verba_attr_is_possessive(a, &w[d])) {
        /* (not the word of grammar opening the sentence: But Hu's) */
        for (s = d; s > lower && (w[s - 1].flags & T_CAP) &&
                    !(w[s - 1].flags & (T_STOP | T_DET | T_PRONOUN)) &&
                    !(w[s - 1].lex & VERBA_LEX_CLAUSE_OPENER) &&
                    w[s - 1].kind == VERBA_WORD && (w[s].flags & T_CAP);
             s--) {}
        verba_attr_set_found(f, w, s, d + 1, NULL);
        return 1;
      }
    }
    return 0; /* the nearest noun of speech decides */
  }
  return 0;
}

/* No cue: the speaker of a quote inside a sentence is most likely the
 * possessor of a noun of speech introducing it (Hu's claim that "..."),
 * or else the subject of its clause (Hu wants "a fair deal"; Hu left when
 * she called it "..."; Roe proposed it, but Lee rejected it as "..."), the
 * sentence's own subject only where
 * sentence_subject allows (not for a scare quote: Polaroids of
 * "unknowns"). A quote that opens its sentence takes nobody from the
 * writer's sentences before it. */
int verba_attr_likely_speaker(const attributor *a, const window *win,
                              int sentence_subject, found *f) {
  const wtok *w = win->tok;
  int lower = verba_attr_sentence_start(a, w, win->para, win->n);
  if (lower >= win->n ||
      !(claim_possessor(a, w, lower, win->n, f) || clause_subject(w, lower, win->n, f) ||
        (sentence_subject &&
         (coordinated_clause_subject(a, w, lower, win->n, win->n - 1, 1, NULL, f) ||
          verba_attr_sentence_subject(a, w, lower, win->n, NULL, f)))))
    return 0;
  /* a subject ending in an article right before the quote holds it: the
   * quote is the head of that noun phrase (The "pre-masters" include
   * ..., a "grid" would ...), not its words */
  if (f->cue_start == VERBA_NONE && f->end == w[win->n - 1].end &&
      (w[win->n - 1].flags & (T_DET | T_ARTICLE))) {
    memset(f, 0, sizeof *f);
    return 0;
  }
  return 1;
}

