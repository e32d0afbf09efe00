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
 *
 * A word with a record of its own that is also an inflected or clitic form
 * (called: a naming word and a form of the cue call; it's) would hide its
 * base's classes. The generator (and verba_lexicon_build for the user's
 * words) merges them into such a record ahead of time and marks it as a
 * form (LEX_R_INFLECTED, LEX_R_CLITIC): the lookup still takes one probe,
 * the id carries the flag, and its classes are the word's own plus what it
 * inherits. verba_lex_key gives the base (lemma or stem) of any flagged id.
 */
#ifndef VERBA_LEXICON_H
#define VERBA_LEXICON_H

#include "verba.h"

/* The longest key (case-folded bytes) a record may have: longer words are
 * in no table. tools/gen_lexicon.lua checks the same bounds. */
#define VERBA_LEX_MAX_KEY 128
/* The pool of strings is cut in rows (each a C string literal of at most
 * 4095 characters, the most C99 promises); no string straddles two rows,
 * and 8 bytes of its row follow each (keys are read 8 bytes at a time). */
#define VERBA_LEX_POOL_ROW 4096
/* A clitic ending (apostrophe included: 's, 'll) is at most this long. */
#define VERBA_LEX_CLITIC_MAX 8
/* Two-letter starts (a-z a-z, then one bit for any other start) of the
 * lemmas whose classes inflect: most words are no inflected form after one
 * bit test. */
#define VERBA_LEX_STARTS (26 * 26 + 1)
#define VERBA_LEX_START_WORDS ((VERBA_LEX_STARTS + 31) / 32)
/* A filter of those lemmas: bit (hash >> 20) of each lemma's key. A stem
 * whose bit is clear is no lemma, without probing a large table. */
#define VERBA_LEX_LEMMA_BITS 4096
#define VERBA_LEX_LEMMA_WORDS (VERBA_LEX_LEMMA_BITS / 32)
/* A filter of the first two words of the phrases of three words or more:
 * bit (hash >> 16) of each such opening, folded. The entity stage asks
 * for phrases of up to six words at each word that opens one; most of
 * those it asks have no such opening and are answered here. */
#define VERBA_LEX_PHRASE_BITS 65536
#define VERBA_LEX_PHRASE_WORDS (VERBA_LEX_PHRASE_BITS / 32)

/* Record flags. A key's records follow each other: the one for any
 * spelling (the hash table points to it), then the capitalised one if it
 * has more, then the all-capitals one if it has more still. A key with no
 * classes in lower case (Reading, NASA) starts at the first spelling that
 * has some. */
#define LEX_R_CAP 0x01u       /* the next record is the capitalised one */
#define LEX_R_UPPER 0x02u     /* then comes an all-capitals record */
#define LEX_R_FROM_CAP 0x20u  /* the first record is the capitalised one */
#define LEX_R_FROM_UPPER 0x40u /* the first record is the all-capitals one */
#define LEX_R_DATA 0x04u      /* a string (a particle) follows the key */
#define LEX_R_INFLECTED 0x08u /* an inflected form with its lemma's classes
                                 merged: its lemma follows the key (and the
                                 data, if any) */
#define LEX_R_CLITIC 0x10u    /* a clitic form with its stem's classes
                                 merged: the stem follows as above (unless
                                 the record is an inflected form too) */

/* 8 bytes: where its key is, its classes (an index into the table's
 * sets), the key's length and the flags. */
typedef struct verba_lex_record {
  uint32_t key; /* offset in the pool: row key / POOL_ROW, column key % ROW */
  uint16_t set;
  uint8_t len;
  uint8_t flags;
} verba_lex_record;

/* One table of records (the built-in one is static; a user overlay is
 * allocated). Records are numbered from 1; records[0] is unused. Ids of
 * the table are base + record number. A key's hash (lexicon.c,
 * hash_bytes) reads it in 8-byte little-endian chunks. */
struct verba_lex_table {
  const char (*pool)[VERBA_LEX_POOL_ROW];
  const verba_lex_record *records;
  const verba_classes *sets; /* sets[0] is the empty set */
  const verba_names *set_names; /* each set's name classes (sets[0]: none) */
  /* Open addressing with linear probing: 0 is empty, else the record
   * number of a key's first record in the low id_bits bits and the low
   * bits of the key's hash above them. The slot of hash h is
   * (h * nslots) >> 32; nslots > the number of keys, so probing ends. */
  const uint32_t *slots;
  uint32_t nslots;
  uint32_t nrecords;
  uint32_t base;
  unsigned id_bits;
  uint32_t starts[VERBA_LEX_START_WORDS];
  uint32_t lemmas[VERBA_LEX_LEMMA_WORDS];
  uint32_t phrases[VERBA_LEX_PHRASE_WORDS];
};

/* Is t[start, end) a word of the built-in dictionary of common English
 * words (SCOWL's lower-case words, in any case; ASCII words only), which
 * tells a capitalised common word from a name no list has? A Bloom
 * filter: about 0.2% of other words pass too (entities/common_words.c). */
int verba_dictionary_word(const verba_text *t, size_t start, size_t end);

#endif
