/* What the quotation finder (quotes.c) and the attribution stage
 * (csrc/attribution/) note about where a quotation stands, in
 * verba_quote.context, and what verba_quotes_settle decides its kind
 * from. Private to the core. */
#ifndef VERBA_QUOTE_CONTEXT_H
#define VERBA_QUOTE_CONTEXT_H

#include "verba.h"

/* Words in a quotation so short that, with nobody found saying it, it
 * is a name or a scare quote rather than someone's words. */
#define VERBA_SHORT_QUOTE 4

#define VERBA_QCTX_PARA_START 1u     /* its opening mark starts the paragraph */
#define VERBA_QCTX_PARA_END 2u       /* its closing mark ends the paragraph */
#define VERBA_QCTX_SENTENCE_START 4u /* it opens a sentence */
#define VERBA_QCTX_AFTER_COLON 8u    /* Hu said: "..." */
#define VERBA_QCTX_TITLE 16u         /* short and capitalised: "Meet the Press" */
#define VERBA_QCTX_NAMED 32u         /* after a naming word: a group called "X" */
#define VERBA_QCTX_VALUE 64u         /* an attribute value: id="x" */
#define VERBA_QCTX_DISPLAY 128u      /* single marks where the text quotes in
                                        double: headline style, 'Not Fit' */
#define VERBA_QCTX_SENTENCE 256u     /* a whole sentence right after a word:
                                        capitalised, ending . ! ? */
#define VERBA_QCTX_INTRODUCED 512u   /* right after its cue and an addressee:
                                        Hu told reporters "No." */
#define VERBA_QCTX_UTTERANCE 1024u   /* reads as an utterance of its own:
                                        capitalised after a sentence's end, a
                                        colon or a paragraph's start, or a
                                        capitalised sentence of 4+ words */
#define VERBA_QCTX_NOUN_HEAD 4096u   /* right after an article or a
                                        determiner, it heads a noun phrase:
                                        the "pre-masters", a "grid" */
#define VERBA_QCTX_RUNNING 8192u     /* in display style, but in a paragraph
                                        that ends as running text does: a
                                        quotation there if someone says it
                                        as an utterance of its own */
#define VERBA_QCTX_TITLE_CASE 16384u /* two words or more, every one
                                        capitalised: a headline's style */
#define VERBA_QCTX_AFTER_COMMA 32768u /* right after a comma: "...," she
                                         said, "..." */
#define VERBA_QCTX_UNSAID 2048u      /* nobody says it: a gloss (quotes.c:
                                        meaning "x"), or what the attribution
                                        stage found: a title no cue reports, a
                                        short or named quote with no speaker */

/* Does q read as words nobody says, as far as is known before its kind is
 * settled (an attribute value, or what attribution ruled out)? */
static inline int verba_quote_unsaid(const verba_quote *q) {
  return (q->context & (VERBA_QCTX_VALUE | VERBA_QCTX_UNSAID)) != 0;
}

#endif
