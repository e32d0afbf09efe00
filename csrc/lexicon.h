/*
 * The lexicon: every word list of verba in one table with one lookup.
 *
 * The words live in data/en/ (TSV files) (one entry a line with its classes);
 * tools/gen_lexicon.lua compiles them into lexicon_data.h (`make tables`),
 * which defines the class bits (VERBA_LEX_*) and a static hash table of
 * records. A user's words (verba.new{verbs=, abbreviations=, ...}) are
 * compiled once into an overlay of the same shape.
 *
 * A record is a word (or a phrase of words joined by one space) with the
 * classes it has. Keys are case-folded; the case a word is written in
 * selects among up to three records of the same key: the classes any
 * spelling has, more when it is capitalised (an entry written "Mass" is
 * an abbreviation only as "Mass." or "MASS."), more when it is all capitals
 * ("US" is not "us"). verba_lex_find returns the record for the spelling.
 *
 * Lookup also reads two kinds of endings, so that a word's record is found
 * in one call:
 *  - inflection (VERBA_LEX_INFLECTED): says, said (if listed), added,
 *    admitted, denies, saying, arguing -> the lemma's record, for the
 *    classes that inflect (cue verbs and their kinds: VERBA_LEX_INFLECTING);
 *  - a clitic after an apostrophe (VERBA_LEX_CLITIC): she's, we're, I've,
 *    he'll, she'd, I'm -> the stem's record (possessive 's included:
 *    Hu's has no record, he's -> he).
 * Both flags live in the high bits of the returned id; verba_lex_classes
 * masks what an inflected or clitic form does not inherit.
 */
#ifndef VERBA_LEXICON_H
#define VERBA_LEXICON_H

#include "verba.h"

/* One table of records (the built-in one is static; a user overlay is
 * allocated). Records are numbered from base + 1. */
struct verba_lex_table {
  const char *pool;             /* the keys, back to back, NUL after each */
  const uint32_t *key_at;       /* record -> offset of its key in pool */
  const uint16_t *key_len;      /* record -> its key's length */
  const verba_classes *classes; /* record -> class bits */
  const uint32_t *cap, *upper;  /* record -> record of the capitalised /
                                   all-caps spelling (itself if none) */
  const uint32_t *data;         /* record -> offset in pool of a string
                                   attached to it, NUL-terminated; 0 none */
  const uint32_t *slots;        /* open-addressing hash: record or 0 */
  uint32_t nslots;              /* a power of two, > nrecords */
  uint32_t nrecords;
  uint32_t base;                /* this table's ids are base + 1 ... */
};

#endif
