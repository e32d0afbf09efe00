/* The name rules' state and what their passes share (rules.c, and the
 * rules of lines that follow a form of their own: credit lines, datelines
 * and score lines in lines.c; organisations' names in organisations.c;
 * names no list has in unlisted.c; the tagger's mentions repaired first
 * in repairs.c). Private to the entity stage. */
#ifndef VERBA_ENTITIES_RULES_H
#define VERBA_ENTITIES_RULES_H

#include <string.h>
#include "entities.h"

/* Words of a credit item or a title's name at most. */
#define NAME_WORDS 4

/* The rules' state: the list, the end of its sorted part, the tokens
 * taken (one bit each) by any mention and those a rule decided. */
typedef struct rules {
  const verba_doc *doc;
  const ent_text *x;
  verba_entity_list *list;
  size_t sorted;
  unsigned char *covered;
  unsigned char *decided;
  /* the people named in full (ent_index_full_names), made by the pass that
   * owns it when a rule first asks; NULL outside such a pass */
  ent_key_index *full_names;
} rules;

static inline int capital_word(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  return t->kind == VERBA_WORD && (t->shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS));
}

/* Does token k go on the sentence and the line of the token before it (no
 * sentence or line starts at it)? */
static inline int ent_goes_on(const verba_doc *doc, size_t k) {
  return k < doc->ntoks &&
         !(doc->toks[k].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START));
}

static inline int is_covered(const unsigned char *covered, size_t k) {
  return covered[k >> 3] >> (k & 7) & 1;
}

static inline void cover(unsigned char *covered, size_t first, size_t last) {
  for (; first < last; first++) covered[first >> 3] |= (unsigned char)(1u << (first & 7));
}

/* (the words of grammar that a title writes in lower case count too: to
 * and of are no prepositions to the attribution stage's classes) */
#define GRAMMAR_WORDS                                                               \
  (VERBA_LEX_DETERMINER | VERBA_LEX_PRONOUN | VERBA_LEX_PREPOSITION |                \
   VERBA_LEX_COORDINATOR | VERBA_LEX_SUBORDINATOR | VERBA_LEX_CLAUSE_OPENER)

/* Indexes the last words of the people the list names in full (with
 * given, whose first word is a given name the lists have); and is word k
 * one of them? (rules.c) */
int ent_index_full_names(const ent_text *x, const verba_entity_list *list, ent_key_index *ix,
                         int given);
int ent_named_in_full(const verba_doc *doc, const ent_key_index *ix, size_t k);

/* The name classes the lexicon gives the words [first, last) (one word's,
 * or the phrase's). */
verba_names ent_names_of(const rules *r, size_t first, size_t last);

/* The first mention of the sorted part of the list that ends after token
 * k (r->sorted if none). */
size_t ent_mention_from(const rules *r, size_t k);
/* The mention that holds token k, the tagger's or one a rule added, or
 * r->list->n if none. */
size_t ent_mention_holding(const rules *r, size_t k);
/* Do the tagger's mentions that overlap tokens [first, last) all lie
 * within them? */
int ent_mentions_within(const rules *r, size_t first, size_t last);

/* The mention of the sorted part of the list whose tokens end right
 * before token k (r->sorted if none). */
size_t ent_mention_ending_at(const rules *r, size_t k);

/* Calls at(r, k) at each capitalised word k, the first aside, of a name
 * class of c (a head word that ends names of a kind: Open, Treaty), in
 * text order while it returns VERBA_OK; its last result. */
int ent_over_words_of(rules *r, verba_names c, int (*at)(rules *, size_t));


/* Calls at(r, k) at each capitalised word k from token from on, in text
 * order while it returns VERBA_OK; its last result. */
int ent_over_capitals(rules *r, size_t from, int (*at)(rules *, size_t));

/* Adds a mention of tokens [first, last) a rule decided (see rules.c). */
int ent_add_decided(rules *r, size_t first, size_t last, enum verba_entity_type type,
                    unsigned flags);

#define GROUP_NAMES (VERBA_NAME_DEMONYM | VERBA_NAME_NATIONALITY_PLURAL | VERBA_NAME_GROUP)
/* A word of these classes is something else first (Georgia, Jordan). */
#define NOT_GROUP_NAMES (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION | VERBA_NAME_AMBIGUOUS_NAME)
/* A word of these classes names no person. */
#define NOT_PERSON_NAMES (VERBA_NAME_ORG_KEYWORD | VERBA_NAME_ORGANIZATION | VERBA_NAME_PLACE)
#define GIVEN_NAMES (VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE)
/* A word of these classes is in a list of names or in a name's grammar. */
#define LISTED_NAMES                                                                  \
  (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION | VERBA_NAME_GROUP | VERBA_NAME_DEMONYM | \
   VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE | VERBA_NAME_SURNAME |                \
   VERBA_NAME_NAME_CONNECTOR | VERBA_NAME_NAME_PARTICLE)
#define PERSON_NAMES (GIVEN_NAMES | VERBA_NAME_SURNAME)
/* The longest word in capitals read as an acronym (NASD, OPEC). */
#define ACRONYM_LETTERS 4
/* An organisation's head word in capitals this long at most is written so
 * (AG, FC, LLC, PLC, LTD). */
#define ABBREVIATED_HEAD 3

/* Are tokens [first, last) words of a story's slug, the topic in capitals
 * before a dash that opens its first line (PRESS DIGEST - Bosnia; RUGBY
 * UNION - ...): words of the dictionary of common words that no list has
 * as a name but as one that is a common word too (Rugby, a town; Union,
 * a club; PRESS, a family name)? A slug is no name, nor a dateline's
 * place. */
int ent_slug_words(const ent_text *x, size_t first, size_t last);

/* Is token k a dash, no word's hyphen (LONDON - , PRESS DIGEST - )? */
static inline int ent_dash_at(const verba_doc *doc, size_t k) {
  return k < doc->ntoks && doc->toks[k].kind != VERBA_WORD &&
         (doc->toks[k].cp == '-' || verba_is_dash(doc->toks[k].cp));
}

/* Are tokens a and b written alike, byte for byte ('s and all)? */
static inline int ent_same_token(const verba_doc *doc, size_t a, size_t b) {
  const verba_tok *x = &doc->toks[a], *y = &doc->toks[b];
  return x->len == y->len && memcmp(doc->text.s + x->start, doc->text.s + y->start, x->len) == 0;
}

/* Is token k the lower-case ASCII word w, in any case? */
static inline int is_word(const verba_doc *doc, size_t k, const char *w) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t i;
  /* (most tokens differ in their first character, which the token holds
   * if ASCII; 0 otherwise, which folds to a space, no letter of w) */
  if ((t->cp | 0x20) != (unsigned char)w[0]) return 0;
  for (i = 0; i < t->len; i++)
    if (!w[i] || (s[i] | 0x20) != (unsigned char)w[i]) return 0;
  return !w[i];
}

/* Is token k one of the n lower-case ASCII words of words, in any case (a
 * closed set of the rules': points of the compass, divisions)? */
static inline int is_word_of(const verba_doc *doc, size_t k, const char *const *words, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (is_word(doc, k, words[i])) return 1;
  return 0;
}

/* Where a name at token k starts with Saint written short before it (St.
 * Louis County, St. Clairsville, Ohio): at the "St", or at k. */
static inline size_t saint_before(const verba_doc *doc, size_t k) {
  return k >= 2 && doc->toks[k - 1].cp == '.' && doc->toks[k - 1].len == 1 &&
                 !(doc->toks[k - 1].shape & VERBA_SHAPE_SPACED) && is_word(doc, k - 2, "st")
             ? k - 2
             : k;
}

/* (is_word_of over a static array of words) */
#define IS_WORD_OF(doc, k, words) is_word_of((doc), (k), (words), sizeof(words) / sizeof *(words))

/* Is token k a preposition that puts what follows in a place (in, near,
 * around), not one an organisation or a person follows as often (at
 * Nomura, from Gazprom, a letter from Belkacem Nabi, the lead through
 * Kemadjou)? */
static inline int ent_preposition_of_place_only(const verba_doc *doc, size_t k) {
  static const char *const words[] = {
    "in", "near", "outside", "around", "across", "towards", "toward"
  };
  if (doc->toks[k].kind != VERBA_WORD || doc->toks[k].len > 7) return 0;
  return IS_WORD_OF(doc, k, words);
}

/* Is token k a title (President, Sen.), also in the possessive? */
int ent_title_word(const ent_text *x, size_t k);

/* Is the word [first, end) after a title a people's that qualifies the
 * office, which the words after it in lower case go on naming (Former
 * Pakistani prime minister Benazir Bhutto, Chief Soviet arms negotiator,
 * Former Australian wing David Campese): no one's name unless the lists
 * have it as a family name too and a role follows it (Mr English said)? */
int ent_people_word_of_office(const ent_text *x, size_t first, size_t end);

static inline int is_determiner(const rules *r, size_t k) {
  return (ent_classes(r->x, k) & VERBA_LEX_DETERMINER) != 0;
}

/* Is token k a preposition of place (in, at, from: he moved from Leeds)? */
int ent_place_preposition(const verba_doc *doc, size_t k);

/* Is token k a match's score as a number token, each side's goals few
 * (2-1, 0-0) (lines.c)? */
int ent_score_at(const verba_doc *doc, size_t k);
/* Is token k a noun of a kind of place before "of" and the place's name
 * (the town of Arbil; unlisted.c)? */
int ent_kind_of_place(const verba_doc *doc, size_t k);

/* The classes of word k, or in the possessive its stem's. */
verba_classes ent_stem_classes(const ent_text *x, size_t k);

/* Is token k a title written as an acronym (MP, MEP)? */
int ent_title_acronym(const ent_text *x, size_t k);
/* ... or its plural, its capitals and an s (MPs, MEPs: Labour MPs voted)? */
int ent_plural_title_acronym(const ent_text *x, size_t k);

/* The tagger's mentions repaired before the rules (repairs.c). */
void ent_repair_mentions(const ent_text *x, verba_entity_list *list);

/* The passes of names no list has (unlisted.c): VERBA_OK or VERBA_ENOMEM. */
int ent_initials(rules *r);
int ent_given_names(rules *r);
int ent_unknown_names(rules *r);
int ent_places_of_kind(rules *r);
int ent_places_after_prepositions(rules *r);
/* A person's name alone that no list has after a preposition of place only
 * is the place (unlisted.c). */
void ent_people_placed(rules *r);
int ent_places_before_kinds(rules *r);
/* Is token k a noun that ends the names of buildings, streets, waters and
 * landforms (Building, Street, Creek)? */
int ent_facility_word(const verba_doc *doc, size_t k);
/* The capitalised words after a noun for a craft or a storm (the space
 * shuttle Atlantis, the ferry Estonia, Hurricane Fran) are its name, an
 * "other" (unlisted.c). */
int ent_craft_names(rules *r);
/* A title in quotation marks after a noun for a work (the film "Ed Wood")
 * is the work's name, an "other" (unlisted.c). */
int ent_quoted_works(rules *r);
/* A landform's word (Mt, Mt., Mount, Cape, Lake) and the capitalised
 * words after it are a place's name (unlisted.c). */
int ent_landforms(rules *r);
/* The capitalised words before a division's word (County, Province,
 * Parish, District ...) and it are a place's name (unlisted.c). */
int ent_divisions(rules *r);
/* "US" in capitals in a line that is not is the country (unlisted.c). */
int ent_us(rules *r);
/* A listed place before a people's or a party's word (a Mississippi
 * Republican): the place and a group (unlisted.c). */
int ent_places_before_groups(rules *r);
int ent_firms_of_kind(rules *r);
int ent_news_agencies(rules *r);
/* Capitalised words before "party" or a noun for a firm's unit in lower
 * case: the party's or the unit's name (unlisted.c). */
int ent_names_before_nouns(rules *r);
/* Capitalised words no mention holds before a role and a person's full
 * name: the organisation the person is with (unlisted.c). */
int ent_names_before_roles(rules *r);
/* An acronym no list has, or a word in camel case, is an organisation
 * where it speaks or follows a noun of organisations (AMT said;
 * BankAmerica said; socialist party PASOK) (unlisted.c). */
int ent_speaking_names(rules *r);
/* A word no list or dictionary has, before a reporting verb and a pronoun
 * of a gender, is a person's name (Yeltsin said he would). */
int ent_gendered_speakers(rules *r);
/* A famous person's name alone (data/en/people) is that person
 * (unlisted.c). */
int ent_known_people(rules *r);
/* The capitalised words after a noun for a kind of organisation are its
 * name (the band Oasis, carmaker Volkswagen) (organisations.c). */
int ent_named_by_kind(rules *r);
/* An acronym no list or dictionary has, alone in a line not in capitals,
 * is an organisation (the RSPB's stance), but a term the document defines
 * in lower case (gross national product (GNP)) (unlisted.c). */
int ent_bare_acronyms(rules *r);
/* Is token k an acronym no list has of three letters or more, A to Z
 * alone, no Roman numeral or rating (Pickens III, rated AAA) (unlisted.c)? */
int ent_long_unlisted_acronym(const rules *r, size_t k);
/* The end of a word for what only an organisation has from token k (the
 * lists' firm_part: board, chairman, profits; "chief executive", two
 * tokens), k if none (rules.c). */
size_t ent_firm_part_end(const ent_text *x, size_t k);
/* The token after the possessive ending of a name whose last token is
 * last - 1, its own (Ferrari's) or written apart (Ferrari 's); VERBA_NONE
 * if none follows. */
size_t ent_after_possessive(const verba_doc *doc, size_t last);
/* Is word k capitalised as a name's word that no list and no dictionary
 * knows, wherever it stands: in ASCII, shaped as a name's, never written
 * in lower case in the document (unlisted.c)? */
int ent_unknown_word_shaped(const ent_text *x, size_t k);
/* A place the tagger read in an acronym the lists have as a place only in
 * small letters is an organisation (BA's chief executive: Ba is a region
 * of Fiji) (unlisted.c). */
void ent_acronyms_not_places(rules *r);
/* Is token k a word in camel case as firms write theirs (BankAmerica,
 * EgyptAir), not a person's with its prefix (McDonald, FitzGerald)?
 * (rules.c) */
int ent_camel_case_word(const verba_doc *doc, size_t k);
/* Are the words [first, last) no list has as a place's, a person's or a
 * people's in apposition to "the", "a" or "an" and a noun in lower case
 * that organisations' names use (the org_keyword class: company,
 * regulator, agency) which heads it, a mark after it, a place's or a
 * people's name allowed before it (Oftel, the telecommunications
 * regulator, said; Fairfax Media, an Australian media company; not
 * Brown, the party leader, nor Minassian, a spokesman for the
 * foundation, nor a name with a digit)? (rules.c) */
int ent_firm_in_apposition(const rules *r, size_t first, size_t last);
/* Adds the capitalised words no mention holds before such an apposition
 * as the organisation (Gelco, the leasing company, said). */
int ent_firms_in_apposition(rules *r);
/* Words no list has coordinated with names the lists give one type, an
 * organisation's or a place's, are names of that type (Microsoft, Sony and
 * Nintendo) (unlisted.c). */
int ent_coordinated_kinds(rules *r);
void ent_family_name_after(rules *r, verba_entity *e);
/* A person's name runs on over one or two particles in lower case and the
 * family name after them (Boudewijn van Ittersum, Jan de Vries) (unlisted.c). */
int ent_particle_names(rules *r);
/* A capitalised word no mention took, a particle only persons' names hold
 * and a family name are a person's name that no list has (chairman Cees
 * van Lede, Walter van der Vijver); after a title, the particle and the
 * family name are (Mr van Gogh) (unlisted.c). */
int ent_unlisted_particle_names(rules *r);
/* Is mention e a word that may be a given name, particles, one of them
 * one only persons' names hold, and a family name (Baldwin van der Bilj,
 * a place to the tagger)? (unlisted.c) */
int ent_person_particle_name(const rules *r, const verba_entity *e);
/* A name of the tagger's, not a person's, that is a capitalised particle
 * only persons' names hold and a family name of a person the document
 * names in full is that person (Van Gogh was shot, after Theo van Gogh;
 * Van Persie, a place to the tagger) (unlisted.c). */
int ent_particle_family_names(rules *r);
/* A place or other name of the tagger's (not a rule's) that is a given
 * name the lists have, of no place, organisation or people, and one or
 * two family names is a person's (132 Ian Woosnam 64 68, where the number
 * before it read as an address's; Nick Faldo 66 66). */
void ent_given_and_family(rules *r, verba_entity *e);
/* A word of these classes is no one's family name after a given name
 * (May Day, Jordan Valley, Mary Monday, Pat Russian). */
#define ENT_NO_SURNAME_NAMES                                                              \
  (NOT_PERSON_NAMES | GROUP_NAMES | VERBA_NAME_ORG_HEAD | VERBA_NAME_NOT_NAME |           \
   VERBA_NAME_MONTH | VERBA_NAME_WEEKDAY | VERBA_NAME_RELATIVE_DAY | VERBA_NAME_TIME_WORD | \
   VERBA_NAME_NUMBER_WORD | VERBA_NAME_DATE_UNIT)
/* Can word k be a family name after a given name, though the lists have
 * it as one of the classes of not (unlisted.c)? */
int ent_family_word(const rules *r, size_t k, verba_names not);
/* Is mention e initials alone, one letter a word (J. P.; not S.E.C.)? */
int ent_only_initials(const ent_text *x, const verba_entity *e);

/* The passes of organisations.c: VERBA_OK or VERBA_ENOMEM. */
int ent_possessors(rules *r);
int ent_office_holders(rules *r);
int ent_joined_by_and(rules *r);
/* A name the lists have whole as a place's or an organisation's over
 * "and" is that one name, whatever the tagger made of it (Bosnia and
 * Herzegovina, the lists' Bosnia & Herzegovina). */
int ent_listed_over_and(rules *r);
/* A name of capitalised words, connectors between them, before an acronym
 * in brackets that spells their initials is one name, whatever pieces the
 * tagger made of it (Organisation for Security and Cooperation | in |
 * Europe (OSCE)): an organisation's if a word of it heads organisations'
 * names, else of the type of the tagger's first name in it or its acronym
 * that names no people (a guess: the mentions vote), else left as it was. */
int ent_spelled_acronyms(rules *r);
int ent_coordinated(rules *r);
/* Names the tagger ran on from an addressee into the clause told: told
 * Reuters | Taiwan would respond (organisations.c). */
int ent_addressed_names(rules *r);
/* The acronym a name of the tagger's ends in split off (organisations.c). */
int ent_trailing_acronyms(rules *r);
/* An opening head (Companhia, Banque) and the name after it are one
 * organisation's (organisations.c). */
int ent_opened_names(rules *r);
int ent_organisations(rules *r);
/* A chamber's word (data/en/organisations/chambers.tsv) standing as a
 * name is its organisation (the House voted; House Republicans). */
int ent_chambers(rules *r);
/* The capitalised words right before a stock ticker in angle brackets
 * name its firm (TAFT <TFB> GETS BID) (organisations.c). */
int ent_tickers(rules *r);
/* A word that heads organisations' names before "for" and capitalised
 * words is an organisation's name with them (the Center for Economic and
 * Policy Research) (organisations.c). */
int ent_names_with_for(rules *r);

/* Is token k a capitalised plural that may be a team's nickname (Yankees,
 * Springboks): no list's place, people, given name, title or event, no
 * word that ends events' or laws' names (Masters, Conventions), not
 * written in lower case too (rules.c)? */
int ent_plural_nickname(const rules *r, size_t k);

/* Is token k a name's particle in lower case inside its sentence (van,
 * de, bin) (unlisted.c)? */
int ent_particle_at(const ent_text *x, size_t k);

/* The rules of lines (lines.c): VERBA_OK or VERBA_ENOMEM. */
int ent_credit_lines(rules *r);
int ent_datelines(rules *r);
int ent_score_lines(rules *r);
/* The team after a competitor's name and country in a list of results:
 * Jacques Villeneuve (Canada) Williams (lines.c). */
int ent_results_teams(rules *r);
/* The clubs in brackets after the players' names of a squad's list: Jon
 * Callard (Bath), Will Carling (Harlequins), ... (lines.c). */
int ent_squads(rules *r);
/* The fielders and bowlers of a cricket scorecard's batting lines (c
 * Healy b McGrath) and its bowlers before their figures (Warne 9-3-16-2)
 * are people (lines.c). */
int ent_cricket_cards(rules *r);
/* A leaderboard's line, a score and the names of the competitors who made
 * it with commas between them, names people (65 Tiger Woods, Nolan Henke)
 * (lines.c). */
int ent_leaderboards(rules *r);
/* A line of ranked results names its competitor a person (1. Ato Boldon
 * (Trinidad) 10.05) (lines.c). */
int ent_ranked_results(rules *r);
/* A capital initial without its dot and a family name between a list's
 * marks name a person (R McBryde, J Yapp) (lines.c). */
int ent_listed_initials(rules *r);
/* A name before a bracket of minutes is a scorer's (Vieri (70)) (lines.c). */
int ent_scorers(rules *r);
/* A line that is a list of names alone, a label before them maybe, names
 * things of one kind, its names' types settling the others' (lines.c). */
int ent_name_lists(rules *r);
/* A match's summary names its sides and its leading players (Surrey 320-6
 * (A. Stewart 102) v Warwickshire) (lines.c). */
int ent_match_summaries(rules *r);
/* The players in brackets after a side's score or runs, or after a
 * player's name in a line-up, before their figures, are people (Juventus
 * 2 (Del Piero 23); Sri Lanka 231-7 in 50 overs (Aravinda de Silva 52;
 * Wasim Akram 3-41); Kewell (Traore 85), Baros) (lines.c). */
int ent_player_brackets(rules *r);

/* The sports rules (sports.c): VERBA_OK or VERBA_ENOMEM. A town's or a
 * region's name before a role in a team or by a verb of a match's result
 * is a team's (Leeds manager Howard Wilkinson; Yorkshire beat Lancashire). */
int ent_teams(rules *r);
/* A place's or a people's name and a word that ends events' names are an
 * event's name, other (the Dubai Open, the Monaco Grand Prix). */
int ent_events(rules *r);
/* Capitalised words and a word that ends laws' and treaties' names, or
 * such a word before "of" and a name, are a law's name, other (the Clean
 * Air Act, the Maastricht Treaty, the Treaty of Rome) (laws.c). */
int ent_laws(rules *r);
/* A holiday's word, with Day, Eve or a weekday after it, is a name of type
 * other (Christmas, Easter Sunday) (laws.c). */
int ent_holidays(rules *r);

#endif
