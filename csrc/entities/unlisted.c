/* Names no list has (the last passes of the rules, see rules.c): where
 * the tagger saw no name, the form of the words and the dictionary of
 * common words still tell a person's or a firm's name:
 *   - initials and the capitalised word after them (R. Koeman, T. Boone
 *     Pickens), in the score lines and lists where news writes names so;
 *   - a given name the lists have and a family name after it (Mike
 *     Pence);
 *   - two or three capitalised words inside a sentence that no list and
 *     no dictionary has (Goran Ivanisevic), with a foreign firm's word
 *     among them a firm's (Banque Paribas);
 *   - such a word or a given name extends a person's one-word mention
 *     (Yevgeny Kafelnikov, Ken Hu);
 *   - the words around a noun of a kind name a place (the town of Arbil),
 *     a firm (nuclear fuel company Atomstroieksport) or a news agency
 *     (SRNA news agency).
 * Each pass walks the tagger's runs (every capitalised word). */
#include <string.h>
#include "rules.h"

/* Is word k written as a name's word is: not a compound with a word in
 * lower case (London-based, Stanikzai-led), nor words run together
 * (BushASSOCIATED, HampshireJoe, where a page lost its spaces; McDonald
 * and MacArthur are names) or over a colon (NOTE:Share)? */
static int name_shaped(const verba_doc *doc, size_t k) {
  const unsigned char *s = doc->text.s + doc->toks[k].start;
  size_t i, n = doc->toks[k].len, lower = 0;
  for (i = 0; i < n; i++) {
    if (s[i] == '-' && i + 1 < n && s[i + 1] >= 'a' && s[i + 1] <= 'z') return 0;
    if (s[i] == ':') return 0; /* (words a colon joins: NOTE:Share) */
    if (s[i] >= 'A' && s[i] <= 'Z' && lower >= 3) return 0;
    lower = s[i] >= 'a' && s[i] <= 'z' ? lower + 1 : 0;
  }
  return 1;
}

/* Is word k capitalised as a name's word that no list knows (see
 * unknown_name_word), wherever it stands? */
int ent_unknown_word_shaped(const ent_text *x, size_t k) {
  const verba_tok *t = &x->doc->toks[k];
  return t->kind == VERBA_WORD && !ent_names(x, k) && !ent_classes(x, k) &&
         (t->shape & VERBA_SHAPE_CAPITALIZED) &&
         !(t->shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_DIGIT)) && ent_ascii_word(x, k) &&
         name_shaped(x->doc, k) && !ent_common_word(x, k) && !ent_written_lower(x, k);
}

/* Is word k, capitalised inside a sentence, a name's word that no list
 * knows: in ASCII (which the dictionary can judge), shaped as a name's, no
 * common word, and never written in lower case in the document (the
 * given names the lists lack: Yevgeny Kafelnikov, Goran Ivanisevic)? Not
 * one that opens a listed phrase, most often a foreign place's or firm's
 * (Puerto, Sri, Deutsche, Nippon; also Mangosuthu, though). */
static int unknown_name_word(const ent_text *x, size_t k) {
  return !(x->doc->toks[k].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
         ent_unknown_word_shaped(x, k);
}

/* Is word k, opening a sentence, the first word of a name no list knows,
 * before a second inside it (Ato Boldon won; Dikembe Mutombo scored):
 * two words that no list and no dictionary has name someone wherever
 * they stand? */
static int unknown_opening_word(const ent_text *x, size_t k) {
  return (x->doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START) && k + 1 < x->doc->ntoks &&
         ent_unknown_word_shaped(x, k) && unknown_name_word(x, k + 1);
}

/* Does word k join words with a hyphen (Foundation-Oregon)? */
static int has_hyphen(const verba_doc *doc, size_t k) {
  return memchr(doc->text.s + doc->toks[k].start, '-', doc->toks[k].len) != NULL;
}

/* Does a name run on into word k from the word before it: a capitalised
 * one not in the possessive, or a name's connector (Council on
 * American-Islamic Relations Alia Salem, where Relations ends a name)? */
static int name_goes_on(const ent_text *x, size_t k) {
  if (k == 0) return 0;
  return (capital_word(x->doc, k - 1) &&
          !(x->doc->toks[k - 1].shape & VERBA_SHAPE_POSSESSIVE)) ||
         (ent_names(x, k - 1) & VERBA_NAME_NAME_CONNECTOR);
}

void ent_given_name_before(const ent_text *x, unsigned char *covered, verba_entity *e) {
  const verba_doc *doc = x->doc;
  size_t before = e->first - 1;
  /* (a people's name that is a given name too is the person's nationality
   * there: German Michael Schumacher, Kenyan Komen) */
  if (e->first == 0 || is_covered(covered, before) || !capital_word(doc, before) ||
      (doc->toks[e->first].shape & VERBA_SHAPE_SENTENCE_START) ||
      ((ent_names(x, before) & VERBA_NAME_DEMONYM) && !(ent_names(x, before) & NOT_GROUP_NAMES)) ||
      /* (nor a role before a name that opens with a given name already:
       * DJ Tom Wood, though Dj is someone's given name) */
      ((ent_classes(x, before) & VERBA_LEX_PERSON_ROLE) && (ent_names(x, e->first) & GIVEN_NAMES)) ||
      !((ent_names(x, before) & (VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE)) ||
        (e->last - e->first == 1 && ent_unknown_word_shaped(x, before) &&
         !(doc->toks[before].shape & VERBA_SHAPE_POSSESSIVE) && !name_goes_on(x, before))))
    return;
  e->first = before;
  e->start = doc->toks[before].start;
  cover(covered, before, before + 1);
}

/* Can word k, capitalised mid-sentence, be a family name after a given
 * name: no word of grammar, title or role (nor a title's plural, MPs),
 * none the lists give as something else (ENT_NO_SURNAME_NAMES, less those
 * of not), one the document never writes in lower case alone, shaped as
 * a name's (not Booker Prize-winner)? A word of the dictionary may be
 * one: ent_family_word asks more. */
static int family_word_shaped(const rules *r, size_t k, verba_names not) {
  const verba_tok *t = &r->doc->toks[k];
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_CAPITALIZED) &&
         !(t->shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_PARAGRAPH_START |
                       VERBA_SHAPE_SENTENCE_START)) &&
         !(ent_names(r->x, k) & ENT_NO_SURNAME_NAMES & ~not) &&
         !(ent_classes(r->x, k) & (GRAMMAR_WORDS | VERBA_LEX_PERSON_ROLE)) &&
         !ent_title_word(r->x, k) && !ent_written_lower(r->x, k) && name_shaped(r->doc, k) &&
         !ent_plural_title_acronym(r->x, k);
}

/* ... and a family name the lists have or no common word (not Jeb Can
 * Fix)? */
int ent_family_word(const rules *r, size_t k, verba_names not) {
  return family_word_shaped(r, k, not) &&
         ((ent_names(r->x, k) & VERBA_NAME_SURNAME) || !ent_common_word(r->x, k));
}

static int family_name_shaped(const rules *r, size_t k) { return ent_family_word(r, k, 0); }

/* ... and one no mention has taken yet. */
static int surname_like(const rules *r, size_t k) {
  return !is_covered(r->covered, k) && family_name_shaped(r, k);
}

/* Particles in lower case before a family name, at most (van der Berg). */
#define PARTICLES 2

int ent_particle_at(const ent_text *x, size_t k) {
  const verba_tok *t = &x->doc->toks[k];
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_LOWER) &&
         !(t->shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
         (ent_names(x, k) & VERBA_NAME_NAME_PARTICLE);
}

static int particle_word(const rules *r, size_t k) { return ent_particle_at(r->x, k); }

/* Is any of tokens [first, last), particles, one that only persons' names
 * hold (person_particle: van, von, bin)? */
static int person_particle_in(const ent_text *x, size_t first, size_t last) {
  for (; first < last; first++)
    if (ent_names(x, first) & VERBA_NAME_PERSON_PARTICLE) return 1;
  return 0;
}

/* Can word k be the given name before a particle only persons' names
 * hold (and no mention in covered, if not NULL, took it)? Capitalised, no
 * title nor people's name, and a given name the lists have (a town's too:
 * Baldwin van der Bilj), or one they have not, no place's or
 * organisation's name nor a word of the dictionary (Cees van Lede; not
 * Gibbons, Green van Amerongen, a firm's name). */
static int given_before_particle(const ent_text *x, const unsigned char *covered, size_t k) {
  const verba_tok *t = &x->doc->toks[k];
  return capital_word(x->doc, k) && (!covered || !is_covered(covered, k)) &&
         !(t->shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_POSSESSIVE)) && !ent_title_word(x, k) &&
         !(ent_classes(x, k) & (GRAMMAR_WORDS | VERBA_LEX_PERSON_ROLE)) &&
         !(ent_names(x, k) & (GROUP_NAMES | VERBA_NAME_NOT_NAME)) &&
         ((ent_names(x, k) & GIVEN_NAMES) ||
          (!(ent_names(x, k) & NOT_PERSON_NAMES) && !ent_common_word(x, k)));
}

void ent_particles_before(const ent_text *x, unsigned char *covered, verba_entity *e) {
  const verba_doc *doc = x->doc;
  size_t first = e->first;
  while (first > 0 && e->first - first < PARTICLES && !is_covered(covered, first - 1) &&
         (ent_particle_at(x, first - 1) ||
          (capital_word(doc, first - 1) && (doc->toks[first - 1].shape & VERBA_SHAPE_SENTENCE_START) &&
           (ent_names(x, first - 1) & VERBA_NAME_NAME_PARTICLE))))
    first--;
  if (first == e->first) return;
  /* (a capitalised word before the particles goes with them: a listed
   * given name, taken too, or before a particle only persons' names hold
   * any word that may be one (Cees van Lede); a title, left out (Mr de
   * Vabres); any other word may open an organisation's name as well as a
   * person's, Banco do Brasil, Jornal do Brasil: nothing is taken) */
  if (first > 0 && capital_word(doc, first - 1) &&
      !(doc->toks[first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
      !ent_title_word(x, first - 1)) {
    if (is_covered(covered, first - 1) ||
        ((!(ent_names(x, first - 1) & GIVEN_NAMES) ||
          (ent_names(x, first - 1) & NOT_PERSON_NAMES)) &&
         !(person_particle_in(x, first, e->first) && given_before_particle(x, covered, first - 1))))
      return;
    first--;
  }
  cover(covered, first, e->first);
  e->first = first;
  e->start = doc->toks[first].start;
}

/* Makes person e run on to token last (exclusive). */
static void person_runs_to(rules *r, verba_entity *e, size_t last) {
  cover(r->covered, e->last, last);
  e->last = last;
  e->end = ent_name_end(r->doc, last - 1);
}

/* A person's one-word mention that is a given name, past the titles
 * before it, runs on over a family name after it that the tagger left out
 * (Monica Seles 6-4, where the score cut the tagger's name short; Frank
 * Field MP; radio DJ Mike Read); not where more capitalised words but a
 * title follow. Any person's name runs on over a family name whose
 * particle a hyphen joins (Zayed bin Sultan al-Nahayan). */
void ent_family_name_after(rules *r, verba_entity *e) {
  const verba_doc *doc = r->doc;
  size_t next = e->last, given = e->first;
  if (next < doc->ntoks && !is_covered(r->covered, next) && ent_hyphened_particle_name(doc, next) &&
      !(doc->toks[next].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
      !(doc->toks[e->last - 1].shape & VERBA_SHAPE_POSSESSIVE)) {
    person_runs_to(r, e, next + 1);
    return;
  }
  while (given + 1 < e->last &&
         (ent_title_word(r->x, given) || (ent_classes(r->x, given) & VERBA_LEX_PERSON_ROLE)))
    given++;
  if (e->last - given != 1 || next >= doc->ntoks || !(ent_names(r->x, given) & GIVEN_NAMES) ||
      (doc->toks[given].shape & VERBA_SHAPE_POSSESSIVE) || !surname_like(r, next) ||
      (next + 1 < doc->ntoks && capital_word(doc, next + 1) && !ent_title_word(r->x, next + 1)))
    return;
  person_runs_to(r, e, next + 1);
  /* (a role before a given and a family name is no word of the name, as
   * ent_repair_mentions has it: DJ | Mike Read) */
  while (e->first < given && (ent_classes(r->x, e->first) & VERBA_LEX_PERSON_ROLE) &&
         !ent_title_word(r->x, e->first)) {
    e->first++;
    e->start = doc->toks[e->first].start;
  }
}

/* The family name after the particles at token k, if a person's name
 * ends there: the token after the particles (at most PARTICLES, one of
 * them only persons' names hold), then a word no mention took that may
 * be a family name, and no capitalised word after it but a title; else 0.
 * (After such a particle a dictionary's word is a family name too: van
 * der Veer, von Braun.) */
static size_t family_after_person_particle(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t family = k;
  while (family < doc->ntoks && family - k < PARTICLES && !is_covered(r->covered, family) &&
         particle_word(r, family))
    family++;
  if (family == k || family >= doc->ntoks || !person_particle_in(r->x, k, family) ||
      is_covered(r->covered, family) ||
      !family_word_shaped(r, family, 0) ||
      (family + 1 < doc->ntoks && capital_word(doc, family + 1) &&
       !ent_title_word(r->x, family + 1)))
    return 0;
  return family;
}

int ent_particle_names(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i;
  /* (every person's mention, the rules' too: a role's name, painter Jan
   * de Vries) */
  for (i = 0; i < r->list->n; i++) {
    verba_entity *e = &r->list->items[i];
    size_t next = e->last, family = next;
    if (e->type != VERBA_ENT_PERSON) continue;
    ent_particles_before(r->x, r->covered, e);
    if (next >= doc->ntoks || (doc->toks[e->last - 1].shape & VERBA_SHAPE_POSSESSIVE)) continue;
    if ((family = family_after_person_particle(r, next)) != 0) {
      person_runs_to(r, e, family + 1); /* (Jeroen van der Veer) */
      continue;
    }
    family = next;
    while (family < doc->ntoks && family - next < PARTICLES && !is_covered(r->covered, family) &&
           particle_word(r, family))
      family++;
    /* (a generation's suffix after a full name is the name's: Martin
     * Luther King Jnr) */
    if (family == next && next - e->first >= 2 && !is_covered(r->covered, next) &&
        (ent_names(r->x, next) & VERBA_NAME_NAME_SUFFIX) &&
        (doc->toks[next].shape & VERBA_SHAPE_CAPITALIZED) &&
        !(doc->toks[next].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START))) {
      person_runs_to(r, e, next + 1);
      continue;
    }
    if (family == next || family >= doc->ntoks || !surname_like(r, family) ||
        (family + 1 < doc->ntoks && capital_word(doc, family + 1) &&
         !ent_title_word(r->x, family + 1)))
      continue;
    person_runs_to(r, e, family + 1);
  }
  return VERBA_OK;
}

int ent_person_particle_name(const rules *r, const verba_entity *e) {
  size_t family = e->first + 1;
  while (family + 1 < e->last && particle_word(r, family)) family++;
  return family + 1 == e->last && family > e->first + 1 &&
         person_particle_in(r->x, e->first + 1, family) &&
         given_before_particle(r->x, NULL, e->first) && family_word_shaped(r, family, 0);
}

/* Is mention e a capitalised particle only persons' names hold, maybe
 * another particle, and a word (Van Gogh, Van der Sar)? */
static int capitalised_particle_name(const rules *r, const verba_entity *e) {
  const verba_doc *doc = r->doc;
  size_t family = e->first + 1;
  if (!(doc->toks[e->first].shape & VERBA_SHAPE_CAPITALIZED) ||
      (doc->toks[e->first].shape & VERBA_SHAPE_ALL_CAPS) ||
      !(ent_names(r->x, e->first) & VERBA_NAME_PERSON_PARTICLE))
    return 0;
  while (family + 1 < e->last && family - e->first < PARTICLES &&
         (ent_names(r->x, family) & VERBA_NAME_NAME_PARTICLE))
    family++;
  return family + 1 == e->last && capital_word(doc, family);
}

int ent_particle_family_names(rules *r) {
  ent_key_index full = {NULL, 0, 0, 0};
  size_t i;
  int rc = VERBA_OK;
  for (i = 0; i < r->sorted && rc == VERBA_OK; i++) {
    verba_entity *e = &r->list->items[i];
    if ((e->flags & VERBA_ENT_DECIDED) || e->type == VERBA_ENT_PERSON ||
        e->type > VERBA_ENT_OTHER || !capitalised_particle_name(r, e))
      continue;
    /* (the index is made once, for the first name that needs it) */
    if (!full.made && (rc = ent_index_full_names(r->x, r->list, &full, 0)) != VERBA_OK) break;
    if (!ent_named_in_full(r->doc, &full, e->last - 1)) continue;
    e->type = VERBA_ENT_PERSON;
    e->flags |= VERBA_ENT_DECIDED;
  }
  ent_key_index_free(r->doc, &full);
  return rc;
}

int ent_unlisted_particle_names(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, 0); k + 2 < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    size_t family;
    if (!ent_particle_at(r->x, k + 1) || is_covered(r->covered, k + 1) ||
        (family = family_after_person_particle(r, k + 1)) == 0)
      continue;
    /* (a title before the particle is no word of the name: Mr van Gogh;
     * a given name the tagger read alone as another's is the person's:
     * Lincoln van der Hulst, not the town) */
    if (is_covered(r->covered, k)) {
      size_t m = ent_mention_ending_at(r, k + 1);
      verba_entity *e = &r->list->items[m];
      if (m < r->sorted && e->first == k && !(e->flags & VERBA_ENT_DECIDED) &&
          e->type <= VERBA_ENT_OTHER && (ent_names(r->x, k) & GIVEN_NAMES) &&
          given_before_particle(r->x, NULL, k)) {
        e->type = VERBA_ENT_PERSON;
        e->flags |= VERBA_ENT_DECIDED;
        person_runs_to(r, e, family + 1);
        cover(r->decided, k, family + 1);
      }
    } else if (given_before_particle(r->x, r->covered, k))
      rc = ent_add_decided(r, k, family + 1, VERBA_ENT_PERSON, 0);
    else if (ent_title_word(r->x, k) && !(doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE))
      rc = ent_add_decided(r, k + 1, family + 1, VERBA_ENT_PERSON, 0);
  }
  return rc;
}

/* Family names after a given name in a place's or other name of the
 * tagger's, at most (Jose Maria Olazabal is a person's three). */
#define FAMILY_NAMES 2

void ent_given_and_family(rules *r, verba_entity *e) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[e->first];
  verba_names given = ent_names(r->x, e->first);
  size_t k, words = e->last - e->first;
  if ((e->type != VERBA_ENT_PLACE && e->type != VERBA_ENT_OTHER) ||
      (e->flags & VERBA_ENT_DECIDED) || words < 2 || words > 1 + FAMILY_NAMES ||
      !(given & GIVEN_NAMES) ||
      (given & (NOT_PERSON_NAMES | GROUP_NAMES | VERBA_NAME_AMBIGUOUS_NAME |
                VERBA_NAME_NAME_PARTICLE)) ||
      !(t->shape & VERBA_SHAPE_CAPITALIZED) ||
      (t->shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_POSSESSIVE)))
    return;
  /* (the family names no common words, House or Valley, and no place's
   * name the words start, Hong Kong of Hong Kong Land; not La Raza, Al
   * Qaeda: a particle is no given name here) */
  for (k = e->first + 1; k < e->last; k++)
    if (!family_name_shaped(r, k) || (ent_names(r->x, k) & NOT_PERSON_NAMES) ||
        ent_common_word(r->x, k) ||
        (ent_phrase_of(r->x, e->first, k + 1 - e->first) & NOT_PERSON_NAMES))
      return;
  e->type = VERBA_ENT_PERSON;
}

/* A given name the lists have (and no place, organisation or people) and
 * the family name after it name a person where the tagger saw no name
 * (turn it over to Mike Pence, the paper wrote): one name or two after it,
 * not across a possessive. A given name that is a common word too (Will,
 * Art, Heaven) counts only inside a sentence and before a family name the
 * lists have (not Art Collections, Heaven Sent Gaming). */
/* The name given at token k, if a family name follows (see given_names):
 * the token after the person's name added, or k + 1. */
static size_t given_name_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[k];
  size_t end = k + 1;
  int common;
  if (!(ent_names(r->x, k) & GIVEN_NAMES) ||
      (ent_names(r->x, k) & (NOT_PERSON_NAMES | GROUP_NAMES)) ||
      !(t->shape & VERBA_SHAPE_CAPITALIZED) ||
      (t->shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_POSSESSIVE)) || is_covered(r->covered, k))
    return k + 1;
  common = (ent_names(r->x, k) & VERBA_NAME_AMBIGUOUS_NAME) != 0;
  if (common && (t->shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START))) return k + 1;
  /* (after a common word, a family name the lists have or a word no list
   * or dictionary has: Ken Cuccinelli; not after a month or a title: in
   * May Gazprom, King Soopers; nor a compound: Dream Foundation-Oregon) */
  while (end < doc->ntoks && end - k < 3 && surname_like(r, end) &&
         !(common && !(ent_names(r->x, end) & VERBA_NAME_SURNAME) &&
           ((ent_names(r->x, k) & ENT_NO_SURNAME_NAMES) || ent_title_word(r->x, k) ||
            !unknown_name_word(r->x, end) || has_hyphen(doc, end))) &&
         !(doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE))
    end++;
  if (end > k + 1) *rc = ent_add_decided(r, k, end, VERBA_ENT_PERSON, 0);
  return end;
}

/* Calls at(r, k, &rc) at each token k of the tagger's runs (every
 * capitalised word but a sentence's first word of grammar), from the
 * token it returns on: the names of the rules below start there.
 * VERBA_OK or the first error. */
static int over_runs(rules *r, size_t (*at)(rules *, size_t, int *)) {
  const ent_text *x = r->x;
  size_t i, k = 0;
  int rc = VERBA_OK;
  for (i = 0; i < x->nruns && rc == VERBA_OK; i++) {
    if (k < x->runs[i].first) k = x->runs[i].first;
    while (k < x->runs[i].last && rc == VERBA_OK) k = at(r, k, &rc);
  }
  return rc;
}

int ent_given_names(rules *r) { return over_runs(r, given_name_at); }

/* Words of a name no list and no dictionary has, at most (Abdellatif
 * Kechiche, Pehr Gyllenhammar; more is a title or a foreign phrase). */
#define UNKNOWN_NAME_WORDS 3
/* A foreign firm's name (Banque Indosuez, Westdeutsche Landesbank) holds up
 * to this many words. */
#define FOREIGN_FIRM_WORDS 4

/* Is word k a free, capitalised head of organisations' names (Banque,
 * Landesbank, Corp)? */
static int free_org_head(const rules *r, size_t k) {
  const verba_tok *t = &r->doc->toks[k];
  return (ent_names(r->x, k) & VERBA_NAME_ORG_HEAD) && (t->shape & VERBA_SHAPE_CAPITALIZED) &&
         !is_covered(r->covered, k);
}

/* Does token k join the words before it to a longer name: a particle (de,
 * van) or an ampersand (Barclays de Zoete Wedd, Banque du Batiment et
 * des Travaux Publics)? */
static int joins_name(const rules *r, size_t k) {
  const verba_tok *t = &r->doc->toks[k];
  return (ent_names(r->x, k) & VERBA_NAME_NAME_PARTICLE) ||
         (t->len == 1 && r->doc->text.s[t->start] == '&');
}

/* Does token k make the name before it an organisation's: an ampersand
 * or a head of organisations' names, also after "and" (Hoare Govett & Co,
 * Reckitt Benckiser Group, S.G. Warburg and Co)? */
static int ends_firm(const rules *r, size_t k) {
  const verba_tok *t = &r->doc->toks[k];
  if (is_word(r->doc, k, "and") && k + 1 < r->doc->ntoks) return ends_firm(r, k + 1);
  return (ent_names(r->x, k) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD)) ||
         (t->len == 1 && r->doc->text.s[t->start] == '&');
}

/* Does a sentence of prose go on at token k, after a name that opens it:
 * a comma, or a word in lower case (Ato Boldon won; Htay Oo, its
 * chairman), not a line of a table or of fixtures (Robusta Cherry "PB";
 * Sheff Utd v Aston Villa)? */
static int clause_goes_on(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  return k < doc->ntoks && ((t->cp == ',' && t->len == 1) ||
                            (t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_LOWER) && t->len > 1));
}

/* Two or more capitalised words inside a sentence (or opening one, before
 * a clause: unknown_opening_word) that no list, no
 * dictionary and no other rule knows are a name the tagger missed: a
 * person's (Belkacem Nabi, Cobus Visagie; the last may be a family name
 * the lists have: Enver Solomon), or with a head of
 * organisations' names among them, a firm's (Banque Paribas, Kredi
 * Bankasi). Not across a possessive, nor after a preposition of place. */
static size_t unknown_name_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  size_t end = k, unknown = 0, heads = 0;
  if (!(doc->toks[k].shape & VERBA_SHAPE_CAPITALIZED) || is_covered(r->covered, k)) return k + 1;
  while (end < doc->ntoks && end - k < FOREIGN_FIRM_WORDS &&
         !(end > k && (doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE))) {
    /* (a head opening the name must not open its sentence: Bank said) */
    unsigned not_at = VERBA_SHAPE_LINE_START | (end == k ? VERBA_SHAPE_SENTENCE_START : 0u);
    if (!is_covered(r->covered, end) &&
        (unknown_name_word(r->x, end) || (end == k && unknown_opening_word(r->x, end))))
      unknown++;
    else if (free_org_head(r, end) && !(doc->toks[end].shape & not_at)) heads++;
    else if (unknown > 0 && heads == 0 && (ent_names(r->x, end) & PERSON_NAMES) &&
             !(ent_names(r->x, end) & VERBA_NAME_AMBIGUOUS_NAME) && !is_covered(r->decided, end) &&
             family_name_shaped(r, end) && !(end + 1 < doc->ntoks && capital_word(doc, end + 1))) {
      /* a name the lists have ends it, whatever the tagger made of it
       * (Enver Solomon, Waqar Younis; not where the name runs on:
       * Jan-Hendrik Du Marchie Sarvaas) */
      end++;
      break;
    } else break;
    end++;
  }
  if (end - k < 2 || (k > 0 && (ent_place_preposition(doc, k - 1) || joins_name(r, k - 1))) ||
      ((doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START) && !clause_goes_on(doc, end)) ||
      (end < doc->ntoks && ends_firm(r, end)) || ent_acronym_after(doc, k, end)) {
    /* (after in, at, from: a place's name as likely as a person's; the
     * words of a longer name: Banque du Batiment et des Travaux Publics,
     * Barclays de Zoete Wedd Ltd, Hoare Govett & Co; a name with its
     * acronym: Bovine Spongiform Encephalopathy (BSE)) */
  } else if (unknown > 0 && heads > 0) {
    *rc = ent_add_decided(r, k, end, VERBA_ENT_ORGANIZATION, 0);
  } else if (heads == 0 && end - k <= UNKNOWN_NAME_WORDS && !(k > 0 && is_determiner(r, k - 1))) {
    /* (a person's name takes no article: the Hassi Berkine field) */
    *rc = ent_add_decided(r, k, end, VERBA_ENT_PERSON, 0);
    /* a guess from the words' form: its type counts as the tagger's
     * would, not as a rule's, where the entity's mentions vote */
    if (*rc == VERBA_OK) r->list->items[r->list->n - 1].flags &= ~VERBA_ENT_DECIDED;
  }
  return end > k ? end : k + 1;
}

int ent_unknown_names(rules *r) { return over_runs(r, unknown_name_at); }


/* Is token k a noun of a kind of place that news writes before "of" and
 * the place's name (the Kurdish town of Arbil, the village of Samashki,
 * north of Kabul, the outskirts of Grozny)? A closed set as news uses it,
 * in lower case. */
int ent_kind_of_place(const verba_doc *doc, size_t k) {
  static const char *const words[] = {
    "town", "city", "village", "province", "district", "region", "county",
    "port", "island", "suburb", "enclave", "outskirts", "north",
    "south", "east", "west", "northeast", "northwest", "southeast", "southwest"
  };
  if (doc->toks[k].kind != VERBA_WORD || !(doc->toks[k].shape & VERBA_SHAPE_LOWER) ||
      doc->toks[k].len > 9)
    return 0;
  return IS_WORD_OF(doc, k, words);
}

/* Words of a place's name after a kind of place and "of", at most (the
 * town of Bosanski Novi). */
#define KIND_NAME_WORDS 3

/* The capitalised words after a kind of place and "of" name the place:
 * where the tagger saw none, a place's name (the Kurdish town of Arbil),
 * and where it read a person or an "other" there, the place (the village
 * of Samashki), but for a name an organisation's word ends (the city of
 * London Corporation). A guess from the words around the name: its type
 * counts as the tagger's would where the entity's mentions vote. */
/* Words in lower case between the article of an apposition and its noun
 * of a kind of place, at most (Mahala, a Moslem village). */
#define APPOSITION_WORDS 2

/* Does an apposition that says what kind of place it is follow at token k:
 * a comma, an article and a kind of place, a word or two before it, and
 * no noun after it that makes it someone's (Mahala , a village in Bosnia;
 * Kravica, a small town near Srebrenica; not Tom Reed, a town planner)? */
static int place_apposition(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  size_t j;
  if (k + 2 >= doc->ntoks || doc->toks[k].cp != ',' || doc->toks[k].len != 1 ||
      !(is_word(doc, k + 1, "a") || is_word(doc, k + 1, "an") || is_word(doc, k + 1, "the")))
    return 0;
  for (j = k + 2; j < doc->ntoks && j - k - 2 <= APPOSITION_WORDS; j++) {
    if (!(doc->toks[j].shape & VERBA_SHAPE_LOWER) || !ent_goes_on(doc, j)) return 0;
    if (ent_kind_of_place(doc, j))
      return j + 1 >= doc->ntoks || doc->toks[j + 1].kind == VERBA_PUNCT ||
             (ent_classes(x, j + 1) & VERBA_LEX_PREPOSITION) ||
             ent_preposition_of_place_only(doc, j + 1) || is_word(doc, j + 1, "of");
  }
  return 0;
}

static size_t place_of_kind_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  size_t end = k, i;
  /* (or a person's or other name the tagger read before such an
   * apposition, or one word no list and no dictionary has: a place's) */
  if (!(k >= 2 && is_word(doc, k - 1, "of"))) {
    if (!is_covered(r->covered, k)) {
      if (unknown_name_word(r->x, k) && !(doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START) &&
          place_apposition(r->x, k + 1)) {
        *rc = ent_add_decided(r, k, k + 1, VERBA_ENT_PLACE, 0);
        if (*rc == VERBA_OK) r->list->items[r->list->n - 1].flags &= ~VERBA_ENT_DECIDED;
      }
      return k + 1;
    }
    /* (the cheap test first: a comma after the run's capitals) */
    for (i = k + 1; i < doc->ntoks && i - k <= KIND_NAME_WORDS && capital_word(doc, i); i++) {}
    if (i >= doc->ntoks || doc->toks[i].cp != ',') return k + 1;
    i = ent_mention_from(r, k);
    if (i < r->sorted && r->list->items[i].first == k &&
        (r->list->items[i].type == VERBA_ENT_PERSON || r->list->items[i].type == VERBA_ENT_OTHER) &&
        !(r->list->items[i].flags & VERBA_ENT_DECIDED) &&
        !(ent_names_of(r, k, r->list->items[i].last) &
          (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD)) &&
        place_apposition(r->x, r->list->items[i].last))
      r->list->items[i].type = VERBA_ENT_PLACE;
    return k + 1;
  }
  if (k < 2 || !is_word(doc, k - 1, "of") || !ent_kind_of_place(doc, k - 2) ||
      !(doc->toks[k].shape & VERBA_SHAPE_CAPITALIZED) ||
      (doc->toks[k].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)))
    return k + 1;
  if (is_covered(r->covered, k)) {
    i = ent_mention_from(r, k);
    if (i < r->sorted && r->list->items[i].first == k &&
        (r->list->items[i].type == VERBA_ENT_PERSON || r->list->items[i].type == VERBA_ENT_OTHER) &&
        !(r->list->items[i].flags & VERBA_ENT_DECIDED) &&
        !(ent_names_of(r, k, r->list->items[i].last) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD)))
      r->list->items[i].type = VERBA_ENT_PLACE;
    return k + 1;
  }
  while (end < doc->ntoks && end - k < KIND_NAME_WORDS && capital_word(doc, end) &&
         !is_covered(r->covered, end) && !(doc->toks[end].shape & VERBA_SHAPE_ALL_CAPS) &&
         !(ent_names(r->x, end) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD | GROUP_NAMES)) &&
         !(end > k && (doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE)))
    end++;
  if (end == k || (end < doc->ntoks && capital_word(doc, end))) return k + 1;
  *rc = ent_add_decided(r, k, end, VERBA_ENT_PLACE, 0);
  if (*rc == VERBA_OK) r->list->items[r->list->n - 1].flags &= ~VERBA_ENT_DECIDED;
  return end;
}

int ent_places_of_kind(rules *r) { return over_runs(r, place_of_kind_at); }


/* Is word k written as a town's name is: a capital, then small letters
 * alone, no possessive (not BitTorrent, PCs, Tele-Comm, Symantec's,
 * Hovhaness')? */
static int title_shaped(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t i;
  if (t->len < 4 || (t->shape & VERBA_SHAPE_POSSESSIVE) || !(s[0] >= 'A' && s[0] <= 'Z') ||
      (k + 1 < doc->ntoks && !(doc->toks[k + 1].shape & VERBA_SHAPE_SPACED) &&
       (doc->toks[k + 1].cp == '\'' ||
        verba_cp_at(&doc->text, doc->toks[k + 1].start) == 0x2019)))
    return 0;
  for (i = 1; i < t->len; i++)
    if (!(s[i] >= 'a' && s[i] <= 'z')) return 0;
  return 1;
}

/* Does word k end as a belief's, a language's or a people's name does,
 * in -ism, -ic or -ian (Catholicism, Aramaic, Manchurian), as few towns'
 * do? */
static int belief_or_tongue(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *e = doc->text.s + t->start + t->len;
  return t->len > 5 && ((e[-2] == 'i' && e[-1] == 'c') ||
                        (e[-3] == 'i' && e[-2] == 's' && e[-1] == 'm') ||
                        (e[-3] == 'i' && e[-2] == 'a' && e[-1] == 'n'));
}

/* Words of a place's name no list has after a preposition, at most (near
 * Bandarlapalle, in Gbarnga, outside Kisangani). */
#define PLACE_AFTER_WORDS 2

/* Capitalised words inside a sentence that no list and no dictionary has,
 * which the tagger left alone, name a place after a preposition of place
 * only (the villages near Bandarlapalle; fighting in Gbarnga), or after
 * "to" at a route's end (from Piraeus to Heraklion): where no
 * rule and no list named them, that preposition is the evidence. A guess
 * from the words around the name, as place_of_kind_at's. */
/* Words of a listed place's name between "from" and "to", at most (from
 * Piraeus to Heraklion, from New York to ...). */
#define FROM_PLACE_WORDS 3

/* Is token k "to" after "from" and a place's name the lists have (sailing
 * from Piraeus to Heraklion): a route, whose end is a place too? */
static int route_to(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t first;
  if (k < 2 || !is_word(doc, k, "to") || !capital_word(doc, k - 1)) return 0;
  for (first = k - 1; first > 0 && k - first <= FROM_PLACE_WORDS; first--) {
    if (is_word(doc, first - 1, "from"))
      return (ent_names_of(r, first, k) & VERBA_NAME_PLACE) != 0;
    if (!capital_word(doc, first - 1)) return 0;
  }
  return 0;
}

static size_t place_after_preposition_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  size_t end = k;
  if (k == 0 || !(ent_preposition_of_place_only(doc, k - 1) || route_to(r, k - 1)) ||
      is_covered(r->covered, k) ||
      (k > 1 && (ent_names(r->x, k - 2) & VERBA_NAME_HOLDING_WORD)))
    return k + 1;
  while (end < doc->ntoks && end - k < PLACE_AFTER_WORDS && !is_covered(r->covered, end) &&
         unknown_name_word(r->x, end) && title_shaped(doc, end) && !belief_or_tongue(doc, end) &&
         !ent_written_as_modifier(r->x, end))
    end++;
  /* (not before more capitals, nor a number: in Fahrenheit 9/11) */
  if (end == k || (end < doc->ntoks && (capital_word(doc, end) ||
                                        (doc->toks[end].kind == VERBA_NUMBER &&
                                         (doc->toks[end].shape & VERBA_SHAPE_SPACED)))))
    return end > k ? end : k + 1;
  *rc = ent_add_decided(r, k, end, VERBA_ENT_PLACE, 0);
  if (*rc == VERBA_OK) r->list->items[r->list->n - 1].flags &= ~VERBA_ENT_DECIDED;
  return end;
}

int ent_places_after_prepositions(rules *r) { return over_runs(r, place_after_preposition_at); }

/* A word no list and no dictionary has that the tagger read as a person's
 * name alone, right after a preposition of place only (prosecutors in
 * Neufchateau said; a valley near Dingess), is the place: no possessive
 * (the players in Robinson's squad), no capitalised word after it, no
 * word of holdings before the preposition (a stake in Fluke). A guess, as
 * place_after_preposition_at's. */
void ent_people_placed(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i;
  for (i = 0; i < r->sorted; i++) {
    verba_entity *e = &r->list->items[i];
    size_t k = e->first;
    if (e->type != VERBA_ENT_PERSON || (e->flags & VERBA_ENT_DECIDED) || e->last != k + 1 ||
        k == 0 || !ent_preposition_of_place_only(doc, k - 1) ||
        (k > 1 && (ent_names(r->x, k - 2) & VERBA_NAME_HOLDING_WORD)) ||
        !unknown_name_word(r->x, k) || !title_shaped(doc, k) || belief_or_tongue(doc, k) ||
        (e->last < doc->ntoks && capital_word(doc, e->last) && ent_goes_on(doc, e->last)))
      continue;
    e->type = VERBA_ENT_PLACE;
  }
}

/* Is token k a noun in lower case for a kind of place that news writes
 * after the place's name (Nawzad district, the Zorvane river; plural
 * after two names: the Thissio and Plaka districts)? A closed set as news
 * uses it; 2 for a plural, 1 for a singular, else 0. */
static int place_noun_after(const verba_doc *doc, size_t k) {
  static const char *const singular[] = {
    "district", "province", "county", "region", "lake", "river", "valley", "island", "desert",
    "peninsula", "village", "town", "township", "state", "governorate", "prefecture", "oblast",
    "crossing", "checkpoint", "camp"
  };
  static const char *const plural[] = {
    "districts", "provinces", "counties", "regions", "lakes", "rivers", "valleys", "islands",
    "mountains", "villages", "towns", "states", "camps"
  };
  if (k >= doc->ntoks || doc->toks[k].kind != VERBA_WORD ||
      !(doc->toks[k].shape & VERBA_SHAPE_LOWER) || doc->toks[k].len > 11)
    return 0;
  return IS_WORD_OF(doc, k, plural) ? 2 : IS_WORD_OF(doc, k, singular) ? 1 : 0;
}

/* The end of the name no list has at token k, as place_after_preposition_at
 * reads one, or k. */
static size_t unlisted_place_name(const rules *r, size_t k) {
  size_t end = k;
  while (end < r->doc->ntoks && end - k < PLACE_AFTER_WORDS && !is_covered(r->covered, end) &&
         unknown_name_word(r->x, end) && title_shaped(r->doc, end) &&
         !belief_or_tongue(r->doc, end))
    end++;
  return end;
}

/* Capitalised words inside a sentence that no list and no dictionary has,
 * which the tagger left alone, name a place before a noun for a kind of
 * place in lower case (fighting in Nawzad district; the Zorvane river
 * flooded), two of them joined by "and" before the noun in the plural
 * (the Thissio and Plaka districts). A guess, as place_of_kind_at's. */
static size_t place_before_kind_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  size_t end = unlisted_place_name(r, k), second = end, second_end = end, noun = end;
  if (end == k) return k + 1;
  if (end + 1 < doc->ntoks && is_word(doc, end, "and")) {
    second = end + 1;
    second_end = unlisted_place_name(r, second);
    if (second_end > second && place_noun_after(doc, second_end) == 2) noun = second_end;
  }
  if (noun == end && place_noun_after(doc, end) != 1) return end;
  *rc = ent_add_decided(r, k, end, VERBA_ENT_PLACE, 0);
  if (*rc == VERBA_OK) r->list->items[r->list->n - 1].flags &= ~VERBA_ENT_DECIDED;
  if (*rc != VERBA_OK || noun == end) return end;
  *rc = ent_add_decided(r, second, second_end, VERBA_ENT_PLACE, 0);
  if (*rc == VERBA_OK) r->list->items[r->list->n - 1].flags &= ~VERBA_ENT_DECIDED;
  return second_end;
}

int ent_places_before_kinds(rules *r) { return over_runs(r, place_before_kind_at); }

/* Does a mention of the sorted list start before token k and run over it
 * (the Department of Energy, at Energy)? */
static int inside_longer_mention(const rules *r, size_t k) {
  size_t i = ent_mention_from(r, k);
  return i < r->sorted && r->list->items[i].first < k && r->list->items[i].type < VERBA_ENT_NTYPES;
}

/* Words of a place's name after its feature word, at most (Mt.
 * Kilimanjaro, Mt Saint Helens, Cape of Good Hope is the lists'). */
#define FEATURE_NAME_WORDS 3

/* Is token k, capitalised, a word for a landform that opens a place's
 * name (Mt, Mount, Cape, Lake)? A closed set as names use it. */
static int landform_word(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  if (t->kind != VERBA_WORD || !(t->shape & VERBA_SHAPE_CAPITALIZED) ||
      (t->shape & VERBA_SHAPE_ALL_CAPS) || t->len > 5)
    return 0;
  return is_word(doc, k, "mt") || is_word(doc, k, "mount") || is_word(doc, k, "cape") ||
         is_word(doc, k, "lake");
}

/* A landform's word (also "Mt.") and the capitalised words after it are
 * a place's name, whatever the tagger made of them (it reads the
 * abbreviation as a title: Mt. Talau was a person; Cape Horn was nothing),
 * but for a body's name (Mount Sinai Hospital, Lake Forest College) or
 * one the lists have as another's. */
static size_t landform_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  size_t name = k + 1, end, i;
  /* (not inside a longer name: Campbell Red Lake Mines, the University
   * of Cape Town) */
  if (!landform_word(doc, k) ||
      (k > 0 && capital_word(doc, k - 1) && !(doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START)) ||
      inside_longer_mention(r, k))
    return k + 1;
  if (name < doc->ntoks && ent_is_dot(doc, name) &&
      doc->toks[name].start == doc->toks[k].start + doc->toks[k].len)
    name++;
  /* (up to a title or a role: Lake County Commissioner Robert Aufuldish) */
  for (end = name; end < doc->ntoks && end - name < FEATURE_NAME_WORDS && capital_word(doc, end) &&
                   !(doc->toks[end].shape & (VERBA_SHAPE_LINE_START | VERBA_SHAPE_PARAGRAPH_START |
                                             VERBA_SHAPE_SENTENCE_START)) &&
                   !(ent_classes(r->x, end) & ENT_TITLE_CLASSES) &&
                   !(end > name && (doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE));
       end++) {
  }
  if (end == name || (end < doc->ntoks && ends_firm(r, end)) ||
      (ent_names_of(r, k, end) & (VERBA_NAME_ORGANIZATION | PERSON_NAMES)))
    return end;
  for (i = name; i < end; i++)
    if (ent_names(r->x, i) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD)) return end;
  *rc = ent_add_decided(r, k, end, VERBA_ENT_PLACE, 0);
  return end;
}

int ent_landforms(rules *r) { return over_runs(r, landform_at); }

/* Is token k, capitalised, the word for a country's division that ends a
 * place's name (Dade County, Kandahar Province, Bov Parish)? A closed set
 * as names use it; Region, State and Department name bodies as often. */
static int division_word(const verba_doc *doc, size_t k) {
  static const char *const words[] = {
    "county", "province", "parish", "district", "prefecture", "township",
    "borough", "oblast", "governorate", "municipality"
  };
  const verba_tok *t = &doc->toks[k];
  if (t->kind != VERBA_WORD || !(t->shape & VERBA_SHAPE_CAPITALIZED) ||
      (t->shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_POSSESSIVE)) || t->len < 6 || t->len > 12)
    return 0;
  return IS_WORD_OF(doc, k, words);
}

/* Words of a place's name before its division's word, at most (Los
 * Angeles County, Prince George's County). */
#define DIVISION_NAME_WORDS 3

/* Adds the place of tokens [first, last), decided; a name the tagger ran
 * on from it past a title is kept, undecided (Los Angeles County Sheriff
 * Lee Baca: Lee Baca). */
static size_t place_before_title(rules *r, size_t first, size_t last, int *rc) {
  const verba_doc *doc = r->doc;
  size_t m = ent_mention_from(r, first), rest = last, end = last;
  enum verba_entity_type type = VERBA_ENT_NTYPES;
  for (; m < r->sorted && r->list->items[m].first < last; m++)
    if (r->list->items[m].type < VERBA_ENT_NTYPES && r->list->items[m].last > last) {
      end = r->list->items[m].last;
      type = (enum verba_entity_type)r->list->items[m].type;
    }
  *rc = ent_add_decided(r, first, last, VERBA_ENT_PLACE, 0);
  while (rest < end && (ent_classes(r->x, rest) & ENT_TITLE_CLASSES)) rest++;
  if (*rc == VERBA_OK && rest > last && rest < end && capital_word(doc, rest) &&
      type != VERBA_ENT_NTYPES)
    *rc = ent_add(r->list, doc, rest, end, doc->toks[rest].start, ent_name_end(doc, end - 1), type);
  return last;
}

/* The capitalised words before a division's word, and it, are a place's
 * name, whatever the tagger made of them (Dade County was a person's; "Orange County
 * and Cook County" one name): but for a body's name that goes on
 * (Orange County Register, Cook County Jail, the District of Columbia, a
 * School District) or one a list has as another's. */
static size_t division_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  size_t first = k, i;
  if (!division_word(doc, k) || (doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START)) return k + 1;
  /* (a title may follow a county's name, not a district's: the U.S.
   * District Judge, the District Attorney) */
  if (k + 1 < doc->ntoks && (capital_word(doc, k + 1) || is_word(doc, k + 1, "of")) &&
      !(doc->toks[k + 1].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
      (!(ent_classes(r->x, k + 1) & ENT_TITLE_CLASSES) || is_word(doc, k, "district")))
    return k + 1;
  while (first > 0 && k - first < DIVISION_NAME_WORDS && capital_word(doc, first - 1) &&
         !ent_grammar_word(r->x, first - 1) && !(ent_classes(r->x, first - 1) & ENT_TITLE_CLASSES) &&
         !(doc->toks[first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
         !(first - 1 < k - 1 && (doc->toks[first - 1].shape & VERBA_SHAPE_POSSESSIVE)))
    first--;
  /* Saint written short opens many a name (St. Louis County) */
  if (first < k) first = saint_before(doc, first);
  /* (a list's other names for a word before it give way: Cook County,
   * Orange County; not the whole's, a club's: Notts County) */
  if (first == k || (ent_names_of(r, first, k + 1) & VERBA_NAME_ORGANIZATION)) return k + 1;
  /* (a country has none: the first U.S. Municipality; nor a division two) */
  for (i = first; i < k; i++)
    if ((ent_names(r->x, i) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD | VERBA_NAME_COUNTRY)) ||
        division_word(doc, i))
      return k + 1;
  /* (a common word before District makes it a body's or a kind's: the
   * Clackamas Fire District, a School District, the Congressional
   * District) */
  if (is_word(doc, k, "district") && ent_common_word(r->x, k - 1)) return k + 1;
  return place_before_title(r, first, k + 1, rc);
}

int ent_divisions(rules *r) { return over_runs(r, division_at); }

/* Does a mention of the sorted list hold tokens [first, last) and more
 * before or after them? */
static int mention_past(const rules *r, size_t first, size_t last) {
  size_t i = ent_mention_from(r, first);
  for (; i < r->sorted && r->list->items[i].first < last; i++)
    if (r->list->items[i].first < first || r->list->items[i].last > last) return 1;
  return 0;
}

/* Does a mention of the sorted list of another type than a people's hold
 * tokens [first, last) whole, alone (Glasgow Green, a park, to the
 * tagger)? */
static int mention_whole(const rules *r, size_t first, size_t last) {
  size_t i = ent_mention_from(r, first);
  return i < r->sorted && r->list->items[i].first == first && r->list->items[i].last == last &&
         r->list->items[i].type != VERBA_ENT_GROUP;
}

/* A listed place right before a people's or a party's word, in a sentence
 * in lower case, is where the person is from or sits for (a Mississippi
 * Republican, an Ohio Democrat, the Texas Democrats, Bavarian | Christian
 * Social Union aside): the place, and the word a group, whatever the
 * tagger made of them or left alone; not a longer name's word (the Texas
 * Rangers) nor a place the mention before it runs over. k: the word. */
static int place_before_group_at(rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t place = k, n;
  verba_names names = 0;
  int rc;
  if (k < 1 || !(ent_names(r->x, k) & GROUP_NAMES) || !ent_goes_on(doc, k) ||
      (doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) || is_covered(r->decided, k) ||
      (k + 1 < doc->ntoks && capital_word(doc, k + 1) && ent_goes_on(doc, k + 1)))
    return VERBA_OK;
  /* (the place of up to three words: the New York Democrats) */
  for (n = 3; n > 0 && place == k; n--) {
    if (n > k) continue;
    names = n == 1 ? ent_names(r->x, k - 1) : ent_phrase_of(r->x, k - n, n);
    if (names & (VERBA_NAME_REGION_NAME | VERBA_NAME_COUNTRY | VERBA_NAME_CITY)) place = k - n;
  }
  /* (no word of the place a people's, a common word or a town's that is a
   * given name: Liberal Democrat, the West German, Bryan English; no
   * listed name of the whole; no mention running past the two, the
   * Massachusetts Democrats for Education Reform, or holding them alone as
   * another kind's, Glasgow Green) */
  if (place == k || (names & (VERBA_NAME_ORGANIZATION | VERBA_NAME_SPORTS_CLUB)) ||
      (doc->toks[k - 1].shape & (VERBA_SHAPE_POSSESSIVE | VERBA_SHAPE_ALL_CAPS)) ||
      !ent_goes_on(doc, place + 1) || is_covered(r->decided, place) ||
      (k - place == 1 && ((ent_names(r->x, place) & GROUP_NAMES) || ent_common_word(r->x, place) ||
                          ((ent_names(r->x, place) & GIVEN_NAMES) &&
                           !(ent_names(r->x, place) & (VERBA_NAME_REGION_NAME | VERBA_NAME_COUNTRY))))) ||
      ent_phrase_of(r->x, place, k + 1 - place) ||
      (place > 0 && capital_word(doc, place - 1) && ent_goes_on(doc, place)) ||
      mention_past(r, place, k + 1) || mention_whole(r, place, k + 1) ||
      ent_title_case_sentence(r->x, k))
    return VERBA_OK;
  rc = ent_add_decided(r, place, k, VERBA_ENT_PLACE, 0);
  return rc == VERBA_OK ? ent_add_decided(r, k, k + 1, VERBA_ENT_GROUP, 0) : rc;
}

int ent_places_before_groups(rules *r) { return ent_over_capitals(r, 1, place_before_group_at); }

/* Words either side of a token read for one in lower case, at most: a
 * line in capitals has none (US SAYS ...). */
#define LOWER_CASE_NEAR 4

/* Is there a word in lower case among the tokens near token k? */
static int lower_case_near(const verba_doc *doc, size_t k) {
  size_t i = k > LOWER_CASE_NEAR ? k - LOWER_CASE_NEAR : 0,
         end = k + LOWER_CASE_NEAR < doc->ntoks ? k + LOWER_CASE_NEAR + 1 : doc->ntoks;
  for (; i < end; i++)
    if (doc->toks[i].kind == VERBA_WORD && (doc->toks[i].shape & VERBA_SHAPE_LOWER)) return 1;
  return 0;
}

/* "US" in capitals, in a line that is not, is the country, never the
 * pronoun (its US subsidiary; US demand for heating oil), which the
 * tagger reads it as where no name is near: but for the first word of a
 * longer name (US Airways, the US Open; not a title: US President) or a
 * currency's (US$). The lexicon's words cannot tell it: they are folded. */
int ent_us(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k;
  int rc = VERBA_OK;
  /* (from capitalised word to capitalised word) */
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    const verba_tok *t = &doc->toks[k];
    if (t->cp != 'U' || t->len != 2 || doc->text.s[t->start + 1] != 'S' ||
        t->kind != VERBA_WORD || is_covered(r->covered, k) || !lower_case_near(doc, k))
      continue;
    if (k + 1 < doc->ntoks &&
        ((capital_word(doc, k + 1) && !(ent_classes(r->x, k + 1) & ENT_TITLE_CLASSES) &&
          !(doc->toks[k + 1].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START))) ||
         (doc->toks[k + 1].cp == '$' && !(doc->toks[k + 1].shape & VERBA_SHAPE_SPACED))))
      continue;
    rc = ent_add_decided(r, k, k + 1, VERBA_ENT_PLACE, 0);
  }
  return rc;
}

/* Nouns for a craft that news names (the space shuttle Atlantis, the ferry
 * Estonia): a closed set as news uses it, no word that is a verb as often
 * (probe). "carrier" is read apart (after "aircraft" alone: the carrier
 * Lufthansa is an airline). */
static const char *const craft_nouns[] = {
  "shuttle", "orbiter", "spacecraft", "frigate", "destroyer", "submarine", "warship",
  "cruiser", "battleship", "tanker", "freighter", "ferry", "liner", "yacht", "trawler",
  "ship", "vessel"
};

/* Is token k one of craft_nouns in any case, or with plural_too its plural
 * in -s too (none of them ends in s; ferries is not read)? */
static int craft_word(const verba_doc *doc, size_t k, int plural_too) {
  /* (first letters of craft_nouns, for a test before the list) */
  static const char firsts[] = "sofdwcbtlyv";
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t i, j, len = t->len;
  if (t->kind != VERBA_WORD || len > 12 || !strchr(firsts, t->cp | 0x20)) return 0;
  if (plural_too && len > 1 && (s[len - 1] | 0x20) == 's') len--;
  for (i = 0; i < sizeof craft_nouns / sizeof *craft_nouns; i++) {
    const char *w = craft_nouns[i];
    for (j = 0; j < len && w[j] && (s[j] | 0x20) == (unsigned char)w[j]; j++) continue;
    if (j == len && !w[j]) return 1;
  }
  return 0;
}

/* Is token k a noun for a craft in lower case (a firm's or a headline's
 * word in capitals is none: Korn/Ferry, FERRY DISASTER), or Shuttle after
 * Space? */
static int craft_noun(const verba_doc *doc, size_t k) {
  if (!(doc->toks[k].shape & VERBA_SHAPE_LOWER) &&
      !(is_word(doc, k, "shuttle") && k > 0 && is_word(doc, k - 1, "space") &&
        !(doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS)))
    return 0;
  if (is_word(doc, k, "carrier")) return k > 0 && is_word(doc, k - 1, "aircraft");
  return craft_word(doc, k, 0);
}

/* Is token k a word for a storm before its name (Hurricane Fran, Typhoon
 * Herb, Tropical Storm Josephine), not in capitals (a headline's
 * HURRICANE HITS)? */
static int storm_word(const verba_doc *doc, size_t k) {
  if (doc->toks[k].kind != VERBA_WORD || (doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS)) return 0;
  return is_word(doc, k, "hurricane") || is_word(doc, k, "typhoon") ||
         is_word(doc, k, "cyclone") ||
         (is_word(doc, k, "storm") && k > 0 && is_word(doc, k - 1, "tropical"));
}

/* Words of a craft's name, at most (the tanker Exxon Valdez). */
#define CRAFT_NAME_WORDS 3

/* The capitalised words right after a noun for a craft or a word for a
 * storm name it: an "other", whatever the tagger or the lists made of them
 * (the ferry Estonia is no place, the shuttle Columbia and Hurricane Fran
 * no person), with the noun left out where the tagger took it in (Space
 * Shuttle Columbia, Hurricane Katrina). Not a name an organisation's list
 * has (the ship's owner named after it), nor a noun the craft's noun
 * qualifies, the head of a compound and no name: a noun of a named thing
 * (the Space Shuttle Program) or a craft's noun again (the Space Shuttle
 * Orbiters). */
static size_t craft_name_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  size_t end = k, i;
  /* (the words of grammar before most names are shorter than any noun
   * for a craft or a storm: told by the token's length) */
  if (k == 0 || !(doc->toks[k].shape & VERBA_SHAPE_CAPITALIZED) ||
      (doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START) || doc->toks[k - 1].len < 4 ||
      (!craft_noun(doc, k - 1) && !storm_word(doc, k - 1)))
    return k + 1;
  /* (nor the words after a storm's word inside a name that it does not
   * open: the National Hurricane Center; but Tropical Storm Josephine) */
  if ((ent_classes(r->x, k) & VERBA_LEX_TITLE_NOUN) || craft_word(doc, k, 1) ||
      (!craft_noun(doc, k - 1) && k >= 2 && capital_word(doc, k - 2) &&
       ent_goes_on(doc, k - 1) && !is_word(doc, k - 1, "storm")))
    return k + 1;
  while (end < doc->ntoks && end - k < CRAFT_NAME_WORDS && capital_word(doc, end) &&
         !is_covered(r->decided, end) &&
         !(end > k && (doc->toks[end].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START))) &&
         !(end > k && (doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE)))
    end++;
  if (end == k || (ent_names_of(r, k, end) & VERBA_NAME_ORGANIZATION)) return k + 1;
  /* (a mention of the tagger's that runs past the name is another's) */
  i = ent_mention_from(r, k - 1);
  if (i < r->sorted && r->list->items[i].first < end && r->list->items[i].last > end) return end;
  *rc = ent_add_decided(r, k, end, VERBA_ENT_OTHER, 0);
  return end;
}

int ent_craft_names(rules *r) { return over_runs(r, craft_name_at); }

/* Words of a work's title in quotation marks, at most. */
#define TITLE_WORDS 12
/* Bytes of a word in lower case a title holds at most (Gone with the
 * Wind, Harry Potter and the Chamber of Secrets): longer, the quotation is
 * someone's words. */
#define TITLE_LOWER_BYTES 4

/* 2 if token k is a double quotation mark (" “ ” „ « »), 1 if a single one
 * (' ‘ ’), else 0. */
static int quote_family(const verba_doc *doc, size_t k) {
  int32_t cp;
  if (!(doc->toks[k].shape & VERBA_SHAPE_QUOTE_MARK)) return 0;
  cp = verba_cp_at(&doc->text, doc->toks[k].start);
  if (cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB)
    return 2;
  return cp == '\'' || cp == 0x2018 || cp == 0x2019;
}

/* Is token k a mark that ends a clause or a sentence (, . ; :), which
 * American style puts inside the quotation marks? */
static int clause_mark(const verba_doc *doc, size_t k) {
  unsigned char c = doc->toks[k].cp;
  return doc->toks[k].kind == VERBA_PUNCT && (c == ',' || c == '.' || c == ';' || c == ':');
}

/* The quotation mark that closes the title whose first word is token
 * first, opened by a mark of family: within the sentence and the line,
 * after TITLE_WORDS words at most, each capitalised, a number or a short
 * word in lower case (a title's grammar); else 0. */
static size_t title_close(const verba_doc *doc, size_t first, int family) {
  size_t k, words = 0;
  for (k = first; k < doc->ntoks && words <= TITLE_WORDS; k++) {
    const verba_tok *t = &doc->toks[k];
    if (k > first && (t->shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START))) return 0;
    if (t->shape & VERBA_SHAPE_QUOTE_MARK) return quote_family(doc, k) == family ? k : 0;
    if (t->kind == VERBA_WORD) {
      words++;
      if (!capital_word(doc, k) && t->len > TITLE_LOWER_BYTES) return 0;
    }
  }
  return 0;
}

/* A title in quotation marks right after a noun for a work or a verb that
 * titles one, in lower case (work_noun, past a comma: the film "Ed Wood",
 * his 1965 hit, "Yesterday", a book titled "Dallas Morning"), is the
 * work's name, an "other", whatever names it holds and whatever the lists
 * or the tagger made of them: a person's, a place's. Its first word is
 * capitalised; marks at its end inside the quotation (the film "Ed
 * Wood," which) are not the title's, and a letter alone is no title. k:
 * the title's first word. */
static int quoted_work_at(rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t open = k - 1, noun = k - 2, close, last;
  int family;
  if (k < 2 || !(family = quote_family(doc, open))) return VERBA_OK;
  /* (an opening mark: white space before it, none after; a closing one
   * after a noun is no title's: "It was a stupid play," Robinson said) */
  if (doc->toks[open - 1].start + doc->toks[open - 1].len == doc->toks[open].start ||
      doc->toks[open].start + doc->toks[open].len != doc->toks[k].start)
    return VERBA_OK;
  if (doc->toks[noun].cp == ',' && noun > 0) noun--;
  if (doc->toks[noun].kind != VERBA_WORD || !(doc->toks[noun].shape & VERBA_SHAPE_LOWER) ||
      !(ent_names(r->x, noun) & VERBA_NAME_WORK_NOUN) || !(close = title_close(doc, k, family)))
    return VERBA_OK;
  for (last = close; last > k && clause_mark(doc, last - 1); last--) {}
  /* (a letter alone is a label: warrant series "A" and "B") */
  if (last == k + 1 && doc->toks[k].len == 1) return VERBA_OK;
  return ent_add_decided(r, k, last, VERBA_ENT_OTHER, 0);
}

int ent_quoted_works(rules *r) { return ent_over_capitals(r, 2, quoted_work_at); }

/* Is word k an acronym's plural (PCs, FRNs, MPs)? */
static int acronym_plural(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  return t->len >= 3 && s[t->len - 1] == 's' && s[t->len - 2] >= 'A' && s[t->len - 2] <= 'Z';
}

/* A capitalised word inside a sentence that no list, no dictionary and no
 * mention has, alone (no capitalised word after it), right after a noun
 * in lower case that organisations' names use (the org_keyword class:
 * company, bank, group, agency) or for what a firm is of another (its
 * aerospace unit Dasa; not part or arm) is the organisation the noun says
 * it is (nuclear fuel company Atomstroieksport, the steel group Eurofer); not
 * after the noun in the possessive (the company's Kestrel), nor after a
 * kind of place (his native city Raqa), nor after a verb's "to" (to fund
 * Zika research), nor an acronym's plural (home PCs). A guess: its type
 * counts as the tagger's would where the entity's mentions vote (the
 * group Fiorina addressed: Carly Fiorina stays a person). */
static int organisation_noun_after(const ent_text *x, size_t k);

static size_t firm_of_kind_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  const verba_tok *noun = &doc->toks[k - (k > 0)];
  if (k < 2 || is_covered(r->covered, k) || !unknown_name_word(r->x, k) ||
      noun->kind != VERBA_WORD || !(noun->shape & VERBA_SHAPE_LOWER) ||
      (noun->shape & VERBA_SHAPE_POSSESSIVE) ||
      !((ent_names(r->x, k - 1) & VERBA_NAME_ORG_KEYWORD) ||
        organisation_noun_after(r->x, k - 1) == 1) ||
      ent_kind_of_place(doc, k - 1) ||
      is_word(doc, k - 2, "to") || acronym_plural(doc, k) ||
      (k + 1 < doc->ntoks && capital_word(doc, k + 1)))
    return k + 1;
  *rc = ent_add_decided(r, k, k + 1, VERBA_ENT_ORGANIZATION, 0);
  if (*rc == VERBA_OK) r->list->items[r->list->n - 1].flags &= ~VERBA_ENT_DECIDED;
  return k + 1;
}

int ent_firms_of_kind(rules *r) { return over_runs(r, firm_of_kind_at); }

/* The tokens of a medium's noun in lower case at token k, "news" before
 * one too (media_noun: agency, news agency, newspaper, magazine), or 0. */
static size_t agency_noun(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  if (k >= doc->ntoks || !(doc->toks[k].shape & VERBA_SHAPE_LOWER)) return 0;
  if (ent_names(x, k) & VERBA_NAME_MEDIA_NOUN) return 1;
  if (k + 1 < doc->ntoks && is_word(doc, k, "news") && (doc->toks[k + 1].shape & VERBA_SHAPE_LOWER) &&
      (ent_names(x, k + 1) & VERBA_NAME_MEDIA_NOUN))
    return 2;
  return 0;
}

/* Words of a news agency's name before "news agency", at most (the
 * Associated Press news agency). */
#define AGENCY_NAME_WORDS 3

/* Is word k an acronym in capitals that no list has and that is no word
 * of the lexicon's but a listed phrase's first (SRNA, HINA; not US)? */
static int unlisted_acronym(const ent_text *x, size_t k) {
  const verba_tok *t = &x->doc->toks[k];
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_ALL_CAPS) &&
         !(t->shape & VERBA_SHAPE_DIGIT) && t->len >= 2 && t->len <= 6 && !ent_names(x, k) &&
         !(ent_classes(x, k) & ~VERBA_LEX_PHRASE_START);
}

/* Is [first, last) one capitalised common word of no organisation's
 * (a local U.S. Government agency)? */
static int common_word_alone(const ent_text *x, size_t first, size_t last) {
  return last - first == 1 && !(x->doc->toks[first].shape & VERBA_SHAPE_ALL_CAPS) &&
         !(ent_names(x, first) & VERBA_NAME_ORGANIZATION) && ent_common_word(x, first);
}


/* Is an acronym at token k, no more capitalised words after it, the one
 * a speaker's words go to or come from (told SPA, quoted by KUNA,
 * according to IDC): a medium or a body, as people go by name? The
 * frames are a closed class of the grammar of reporting. */
static int reporting_acronym(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  if (k + 1 < doc->ntoks && capital_word(doc, k + 1) && ent_goes_on(doc, k + 1)) return 0;
  if (k >= 1 && is_word(doc, k - 1, "told")) return 1;
  return k >= 2 && ((is_word(doc, k - 2, "quoted") && is_word(doc, k - 1, "by")) ||
                    (is_word(doc, k - 2, "according") && is_word(doc, k - 1, "to")));
}

/* The first of the words [first, end) before a noun for an organisation
 * after its name that is no people's or place's (the Bosnian Serb | SRNA
 * news agency; a club's name is a town's there: the Milan tabloid); end
 * if none. */
static size_t past_peoples_and_places(const rules *r, size_t first, size_t end) {
  while (first < end &&
         ((ent_names(r->x, first) & (VERBA_NAME_ORGANIZATION | VERBA_NAME_SPORTS_CLUB)) !=
              VERBA_NAME_ORGANIZATION) &&
         (ent_names(r->x, first) & (GROUP_NAMES | VERBA_NAME_PLACE)))
    first++;
  return first;
}

/* Does a name start at token k, in its sentence: a capitalised word no
 * day's or month's, or a name opening with a particle (al-Quds)? */
static int medium_named_after(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  return k < doc->ntoks && ent_goes_on(doc, k) &&
         ((capital_word(doc, k) && !ent_grammar_word(r->x, k) &&
           !(ent_names(r->x, k) & (VERBA_NAME_WEEKDAY | VERBA_NAME_MONTH))) ||
          ent_hyphened_particle_name(doc, k));
}

/* The capitalised words right before a medium's noun in lower case
 * (agency_noun: "news agency", "agency", "newspaper") name the medium, past
 * the names of a people or a place before them (SRNA news agency, the
 * Bosnian Serb SRNA news agency, the Tanjug agency, El Financiero
 * newspaper; the Iranian news agency is none), and an acronym no list has
 * right after "news agency" is one (the Bosnian Serb news agency SRNA): an
 * organisation, whatever the tagger made of it. News names its sources so
 * (Reuters, Interfax, Itar-Tass and the wire's many national agencies). */
static size_t agency_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  size_t first = k, end = k + 1, n;
  /* (the words' shapes first: most capitalised words have a capitalised
   * one or none in lower case beside them) */
  if (k >= 1 && (doc->toks[k - 1].shape & VERBA_SHAPE_LOWER) && unlisted_acronym(r->x, k) &&
      ((agency_noun(r->x, k - 1) == 1 && !(k + 1 < doc->ntoks && capital_word(doc, k + 1))) ||
       reporting_acronym(r, k))) {
    *rc = ent_add_decided(r, k, k + 1, VERBA_ENT_ORGANIZATION, 0);
    return k + 1;
  }
  if (end >= doc->ntoks || !(doc->toks[end].shape & VERBA_SHAPE_LOWER) || !capital_word(doc, k) ||
      (n = agency_noun(r->x, end)) == 0 || ent_grammar_word(r->x, k))
    return k + 1;
  /* (a word joined to one in lower case is an adjective's: the
   * Spanish-language newspaper, a London-based magazine) */
  if (!name_shaped(doc, k)) return k + 1;
  /* (before a name after the noun, the words describe the medium that
   * name names: the Arabic newspaper al-Quds al-Arabi, the Urdu newspaper
   * Jang, the Hebrew daily Haaretz; not what the medium owns: Family
   * Circle magazine's Presidential Cookie Poll) */
  if (!(doc->toks[end + n - 1].shape & VERBA_SHAPE_POSSESSIVE) && medium_named_after(r, end + n))
    return end + n;
  while (first > 0 && end - first < AGENCY_NAME_WORDS && capital_word(doc, first - 1) &&
         !ent_grammar_word(r->x, first - 1) && !(doc->toks[first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
         !(doc->toks[first - 1].shape & VERBA_SHAPE_POSSESSIVE) && name_shaped(doc, first - 1))
    first--;
  first = past_peoples_and_places(r, first, end);
  if (first < end && !(doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE) &&
      !((ent_names_of(r, first, end) & (GROUP_NAMES | VERBA_NAME_PLACE)) &&
        !(ent_names_of(r, first, end) & VERBA_NAME_ORGANIZATION)) &&
      !common_word_alone(r->x, first, end) && !inside_longer_mention(r, first))
    *rc = ent_add_decided(r, first, end, VERBA_ENT_ORGANIZATION, 0);
  return end + n;
}

int ent_news_agencies(rules *r) { return over_runs(r, agency_at); }

/* Is word k a common word with an adjective's or a participle's ending
 * (Democratic, Liberal, Socialist, Conservative, Having): before "party"
 * a kind of party, no name (the Democratic party), as nouns are (the
 * Freedom party)? */
static int adjective_shaped(const ent_text *x, size_t k) {
  static const char *const endings[] = {"ic", "an", "al", "ist", "ive", "ing"};
  const verba_tok *t = &x->doc->toks[k];
  const unsigned char *s = x->doc->text.s + t->start;
  size_t i, n;
  if (!ent_common_word(x, k)) return 0;
  for (i = 0; i < sizeof endings / sizeof *endings; i++) {
    n = strlen(endings[i]);
    if (t->len > n && memcmp(s + t->len - n, endings[i], n) == 0) return 1;
  }
  return 0;
}

/* Words of an organisation's name before a noun for what it is, at most
 * (the New Democracy party, the Bharatiya Janata party, its Cheung Kong
 * Infrastructure unit). */
#define NAME_BEFORE_NOUN_WORDS 3

/* Is token k, in lower case, "party" (2) or a noun for what a firm is of
 * another (1: firm_relation, its GEC Alsthom unit), else 0? */
static int organisation_noun_after(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  if (k >= doc->ntoks || !(doc->toks[k].shape & VERBA_SHAPE_LOWER)) return 0;
  if (is_word(doc, k, "party")) return 2;
  /* (not "part" or "arm", which any thing or a river has: the Korean part
   * of the work, the Chilia arm of the Danube) */
  return (ent_names(x, k) & VERBA_NAME_FIRM_RELATION) && !is_word(doc, k, "part") &&
         !is_word(doc, k, "arm");
}

/* The capitalised words right before "party" in lower case name the party,
 * an organisation, past the names of a people or a place before them (the
 * ruling Kuomintang party, the conservative New Democracy party, the
 * far-right Freedom party, the Tunisian Ennahda party), and those before
 * a noun for a firm's unit name the unit (its GEC Alsthom unit, its Cheung
 * Kong Infrastructure unit; not a common word alone: its Internet unit),
 * the name a mention ends there whole (its Ford Motor Credit Co unit);
 * not a people's word alone (the Communist party, the Democratic party: a
 * group's), a place's (a Hollywood party, its U.S. unit), a feast's, a
 * month's or a day's (the Christmas party, a New Years Eve party), a
 * listed name's but an organisation's (a Super Bowl party), nor a given
 * name's (the Oscar party), nor an adjective (adjective_shaped: the
 * Democratic party, a Eurosceptic party). */
static size_t name_before_noun_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  size_t first = k, end = k + 1, i, m;
  int noun;
  if (end >= doc->ntoks || !(noun = organisation_noun_after(r->x, end)) || !ent_goes_on(doc, end) ||
      !capital_word(doc, k) || (doc->toks[k].shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_POSSESSIVE)) ||
      ent_grammar_word(r->x, k) || !name_shaped(doc, k) || adjective_shaped(r->x, k) ||
      /* (a people's or a country's word before a unit's noun says where
       * the unit is: the CMS Canadian unit) */
      (noun == 1 && (ent_names(r->x, k) & (GROUP_NAMES | VERBA_NAME_COUNTRY | VERBA_NAME_REGION_NAME)) &&
       !(ent_names(r->x, k) & VERBA_NAME_ORGANIZATION)) ||
      /* (a reactor's or a block's number after it: the Peach Bottom unit 2,
       * its Three Mile Island unit one) */
      (end + 1 < doc->ntoks && ent_goes_on(doc, end + 1) &&
       (doc->toks[end + 1].kind == VERBA_NUMBER ||
        (ent_names(r->x, end + 1) & VERBA_NAME_NUMBER_WORD))))
    return k + 1;
  /* a name a mention ends there, whole (its Ford Motor Credit Co unit, the
   * British Telecom unit), or the capitalised words before the noun, past
   * a people's or a place's name, not a name cut short */
  if ((m = ent_mention_ending_at(r, end)) < r->sorted &&
      !ent_grammar_word(r->x, r->list->items[m].first)) {
    first = r->list->items[m].first;
    for (i = first; i + 1 < end; i++)
      if (doc->toks[i].shape & VERBA_SHAPE_POSSESSIVE) return end;
  } else {
    /* (a mention that opens with an article is the tagger's misreading
     * of a sentence's first words: read the name anew) */
    m = r->sorted;
    while (first > 0 && end - first < NAME_BEFORE_NOUN_WORDS && capital_word(doc, first - 1) &&
           ent_goes_on(doc, first) && !ent_grammar_word(r->x, first - 1) &&
           !(doc->toks[first - 1].shape & VERBA_SHAPE_POSSESSIVE) && name_shaped(doc, first - 1))
      first--;
    /* (not a name cut short: another name's word before it, not a common
     * one opening the sentence, Its) */
    if (first > 0 && ent_goes_on(doc, first) && capital_word(doc, first - 1) &&
        !ent_grammar_word(r->x, first - 1) && !(doc->toks[first - 1].shape & VERBA_SHAPE_POSSESSIVE) &&
        !((doc->toks[first - 1].shape & VERBA_SHAPE_SENTENCE_START) && ent_common_word(r->x, first - 1)))
      return end;
    first = past_peoples_and_places(r, first, end);
  }
  if (first == end || (doc->toks[first].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) ||
      (ent_names(r->x, first) & GIVEN_NAMES) || ent_in_caps_line(r->x, first) ||
      ((ent_names_of(r, first, end) & (GROUP_NAMES | VERBA_NAME_PLACE | VERBA_NAME_LISTED_NAME)) &&
       !(ent_names_of(r, first, end) & VERBA_NAME_ORGANIZATION)) ||
      (noun == 1 && common_word_alone(r->x, first, end)))
    return end;
  for (i = first; i < end; i++)
    if (ent_names(r->x, i) & (VERBA_NAME_HOLIDAY | VERBA_NAME_MONTH | VERBA_NAME_WEEKDAY |
                              VERBA_NAME_EVENT_HEAD | VERBA_NAME_DATE_UNIT))
      return end;
  /* (a mention's type a rule gave it stays, and a place's or a people's
   * before a unit: the Amsterdam unit of a bank is the bank's unit there) */
  if (m < r->sorted) {
    verba_entity *e = &r->list->items[m];
    if (!(e->flags & VERBA_ENT_DECIDED) && e->type <= VERBA_ENT_OTHER &&
        !(noun == 1 && (e->type == VERBA_ENT_PLACE || e->type == VERBA_ENT_GROUP))) {
      e->type = VERBA_ENT_ORGANIZATION;
      e->flags |= VERBA_ENT_DECIDED;
      cover(r->decided, e->first, e->last);
    }
    return end;
  }
  *rc = ent_add_decided(r, first, end, VERBA_ENT_ORGANIZATION, 0);
  return end;
}

int ent_names_before_nouns(rules *r) { return over_runs(r, name_before_noun_at); }

/* Does word k end as a people's name does (-an, -ese, -ish), alone or
 * after a hyphen (Korean, Mexican-American, Somali-Dutch)? */
static int people_shaped(const verba_doc *doc, size_t k) {
  static const char *const endings[] = {"an", "ese", "ish", "ch"};
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  const unsigned char *hyphen = memchr(s, '-', t->len);
  size_t i, n, len = t->len;
  /* (the last of two words a hyphen joins, -ch too: Somali-Dutch; not
   * Wal-Mart) */
  if (hyphen) {
    len -= (size_t)(hyphen + 1 - s);
    s = hyphen + 1;
  }
  for (i = 0; i < sizeof endings / sizeof *endings - (hyphen == NULL); i++) {
    n = strlen(endings[i]);
    if (len > n + 2 && memcmp(s + len - n, endings[i], n) == 0) return 1;
  }
  return 0;
}

/* Does word k end as an adjective of a name does (Olympic, Islamic)? */
static int adjective_ending(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  return t->len > 4 && s[t->len - 2] == 'i' && s[t->len - 1] == 'c';
}

/* Does word k end as a past participle does (Uncapped, Injured)? */
static int participle_ending(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  return t->len > 4 && s[t->len - 2] == 'e' && s[t->len - 1] == 'd';
}

/* Is word k the last word of a person's name of two words or more that
 * the text gives (Kasich of John Kasich)? The people's last words are
 * indexed once, by the first word asked about (each key the word's hash
 * and the mention's index, whose type is read again: a mention the pass
 * has dropped since is no one's). Where the index could not be made, *rc
 * is VERBA_ENOMEM and the answer yes: the caller adds nothing. */
static int family_name_in_text(const rules *r, ent_key_index *people, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  uint64_t key = ent_word_key(doc, k);
  size_t i, at;
  if (!people->made) {
    if ((*rc = ent_key_index_reserve(doc, people, r->list->n)) != VERBA_OK) return 1;
    for (i = 0; i < r->list->n; i++) {
      const verba_entity *e = &r->list->items[i];
      if (e->type == VERBA_ENT_PERSON && e->last - e->first >= 2)
        people->keys[people->n++] = (uint64_t)ent_word_key(doc, e->last - 1) << 32 | (uint32_t)i;
    }
    ent_key_index_sort(people);
  }
  for (at = ent_key_index_from(people, key << 32);
       at < people->n && people->keys[at] >> 32 == key; at++) {
    const verba_entity *e = &r->list->items[people->keys[at] & 0xFFFFFFFFu];
    if (e->type == VERBA_ENT_PERSON && e->last - e->first >= 2 && e->last - 1 != k) return 1;
  }
  return 0;
}

/* Role words in lower case between an organisation's name and a person's,
 * at most (chief executive, managing director). */
#define ROLE_WORDS 2

/* Capitalised words inside a sentence, in no mention, right before a role
 * in lower case and a person's full name, are the organisation the person
 * is with (He said Virgin Atlantic chairman Richard Branson ...), or the
 * place where the lists have it as one; the tagger saw them for nothing.
 * Not a people's or a party's word (Republican candidate Bob Dole), a
 * title's, a common word alone, nor the sentence's first words. */
int ent_names_before_roles(rules *r) {
  const verba_doc *doc = r->doc;
  ent_key_index people;
  size_t i;
  int rc = VERBA_OK;
  memset(&people, 0, sizeof people);
  for (i = 0; i < r->sorted && rc == VERBA_OK; i++) {
    const verba_entity *e = &r->list->items[i];
    size_t role = e->first, first, end;
    verba_names names;
    if (e->type != VERBA_ENT_PERSON || e->last - e->first < 2) continue;
    while (role > 0 && e->first - role < ROLE_WORDS && ent_role_at(r->x, role - 1) &&
           ent_goes_on(doc, role))
      role--;
    /* (a minister's or a secretary's portfolio is no organisation: the
     * Foreign Trade minister) */
    if (role == e->first || role == 0 || !ent_goes_on(doc, role) || is_word(doc, role, "minister") ||
        is_word(doc, role, "secretary"))
      continue;
    for (end = role, first = role; first > 0 && end - first < NAME_BEFORE_NOUN_WORDS &&
                                    capital_word(doc, first - 1) && ent_goes_on(doc, first) &&
                                    !is_covered(r->covered, first - 1) &&
                                    !ent_grammar_word(r->x, first - 1) &&
                                    !ent_title_word(r->x, first - 1) &&
                                    !(doc->toks[first - 1].shape & VERBA_SHAPE_POSSESSIVE) &&
                                    name_shaped(doc, first - 1);
         first--) {}
    /* (first in its sentence, only a word no list nor the dictionary
     * has, no participle and no one's family name in the text: Benetton
     * driver Gerhard Berger said; not Rookie driver ..., Uncapped flanker
     * ..., nor Kasich spokesman Rob Nichols after John Kasich) */
    if (first == end ||
        (!ent_goes_on(doc, first) &&
         (end - first > 1 || ent_known_word(r->x, first) || ent_common_word(r->x, first) ||
          participle_ending(doc, first) || family_name_in_text(r, &people, first, &rc))) ||
        (first > 0 && capital_word(doc, first - 1) && ent_goes_on(doc, first)) ||
        common_word_alone(r->x, first, end) || ent_in_caps_line(r->x, first))
      continue;
    names = end - first == 1 ? ent_names(r->x, first) : ent_phrase_of(r->x, first, end - first);
    /* (nor a person's whose aide the person is, Barack Obama adviser; nor
     * an acronym for a thing, TV; nor a people's word no list has, in
     * the shape of one: Korean, Mexican-American, West German; nor an
     * adjective alone: Olympic champion) */
    if (((names & GROUP_NAMES) && !(names & VERBA_NAME_ORGANIZATION)) ||
        (ent_names(r->x, first) & (GIVEN_NAMES | GROUP_NAMES | VERBA_NAME_COMMON_ACRONYM)) ||
        ent_known_person(r->x, end - 1) || people_shaped(doc, end - 1) ||
        (end - first == 1 && adjective_ending(doc, first)))
      continue;
    rc = ent_add_decided(r, first, end,
                         (names & VERBA_NAME_PLACE) && !(names & VERBA_NAME_ORGANIZATION)
                             ? VERBA_ENT_PLACE
                             : VERBA_ENT_ORGANIZATION,
                         0);
  }
  ent_key_index_free(doc, &people);
  return rc;
}

/* Is token k a verb that reports speech or a stance in the present or
 * past (said, says, told, announced, denied)? */
static int finite_cue(const rules *r, size_t k) {
  const verba_tok *t = &r->doc->toks[k];
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_LOWER) &&
         (ent_classes(r->x, k) & VERBA_LEX_FINITE_CUE);
}

/* Are the n bytes at s capital letters A to Z alone (no dot: L.P.)? */
static int capitals_only(const unsigned char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (s[i] < 'A' || s[i] > 'Z') return 0;
  return 1;
}

/* Are the n bytes at s a Roman numeral of the letters I, V and X (a
 * name's III, a team's XV)? */
static int roman_numeral(const unsigned char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (s[i] != 'I' && s[i] != 'V' && s[i] != 'X') return 0;
  return 1;
}

/* Is token k a noun in lower case that organisations' names use (the
 * org_keyword class: party, union, group, company), not possessive? */
static int organisation_noun(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[k];
  /* (the class's adjectives are none: real GNP, united, athletic) */
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_LOWER) &&
         !(t->shape & VERBA_SHAPE_POSSESSIVE) && (ent_names(r->x, k) & VERBA_NAME_ORG_KEYWORD) &&
         !is_word(doc, k, "real") && !is_word(doc, k, "united") && !is_word(doc, k, "athletic") &&
         !is_word(doc, k, "sporting") && !is_word(doc, k, "electric");
}

/* Are the n bytes at s a credit rating of the letters A to D (AAA, BB)? */
static int rating(const unsigned char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (s[i] < 'A' || s[i] > 'D') return 0;
  return 1;
}

/* Does the name at token k speak, or stand for a noun of organisations,
 * as an organisation's does: before a reporting verb or after one at a
 * sentence's end (AMT said it would appeal; the CSCE said; ..., said the
 * IPPR.), right after the noun or in apposition to it (socialist party
 * PASOK; the port union, FNV,)? People do too, but are not written as the
 * names speaking_name_at reads; a place seldom speaks. */
static int speaks_as_organisation(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  return (k + 1 < doc->ntoks && finite_cue(r, k + 1)) ||
         (k + 1 < doc->ntoks && ent_is_dot(doc, k + 1) &&
          ((k > 0 && finite_cue(r, k - 1)) ||
           (k > 1 && is_word(doc, k - 1, "the") && finite_cue(r, k - 2)))) ||
         (k > 0 && organisation_noun(r, k - 1)) ||
         (k > 1 && doc->toks[k - 1].cp == ',' && organisation_noun(r, k - 2) && k + 1 < doc->ntoks &&
          doc->toks[k + 1].cp == ',');
}

int ent_long_unlisted_acronym(const rules *r, size_t k) {
  const verba_tok *t = &r->doc->toks[k];
  const unsigned char *s = r->doc->text.s + t->start;
  return unlisted_acronym(r->x, k) && t->len >= 3 && capitals_only(s, t->len) &&
         !roman_numeral(s, t->len) && !rating(s, t->len);
}

/* An acronym no list has, or a word in camel case (BankAmerica, EgyptAir),
 * names an organisation where it speaks or a noun of organisations stands
 * for it (speaks_as_organisation), in a line not written in capitals: the
 * tagger, which saw few such words, leaves most of them out. Not the start
 * or the end of a longer name (NTT DoCoMo, Emerald Homes LP); a possessive
 * is no such evidence (the SUV's owner, the EMS's founding fathers). */
/* Is word k the start or the end of a longer name: a capitalised word
 * right before or after it in its sentence (NTT DoCoMo, Emerald Homes LP)? */
static int in_longer_name(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  return (k > 0 && capital_word(doc, k - 1) && !ent_grammar_word(r->x, k - 1) &&
          ent_goes_on(doc, k)) ||
         (k + 1 < doc->ntoks && capital_word(doc, k + 1) && ent_goes_on(doc, k + 1));
}

static size_t speaking_name_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[k];
  /* (the shapes last: most words a run holds are covered or listed) */
  if (t->kind != VERBA_WORD || is_covered(r->covered, k) || ent_names(r->x, k) ||
      (ent_classes(r->x, k) & ~VERBA_LEX_PHRASE_START) ||
      !(ent_long_unlisted_acronym(r, k) || ent_camel_case_word(doc, k)) || ent_in_caps_line(r->x, k) ||
      in_longer_name(r, k))
    return k + 1;
  if (speaks_as_organisation(r, k)) *rc = ent_add_decided(r, k, k + 1, VERBA_ENT_ORGANIZATION, 0);
  return k + 1;
}

int ent_speaking_names(rules *r) { return over_runs(r, speaking_name_at); }

/* Tokens after a reporting verb, in its sentence, within which a pronoun
 * of a gender tells a person spoke (said he; told reporters his). A
 * possessive "its" tells no organisation: people say it of what they
 * speak about (For Taiwan, Yeutter said that with its surplus). */
#define PRONOUN_REACH 3

/* Is token k a pronoun or a possessive of a gender in lower case (he,
 * she, his, her)? */
static int gendered_pronoun(const rules *r, size_t k) {
  const verba_tok *t = &r->doc->toks[k];
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_LOWER) &&
         (ent_classes(r->x, k) & (VERBA_LEX_MALE | VERBA_LEX_FEMALE)) &&
         (ent_classes(r->x, k) & (VERBA_LEX_PRONOUN | VERBA_LEX_DETERMINER));
}

/* A word no list and no dictionary has, capitalised alone, before a
 * verb that reports speech and a pronoun of a gender right after it, is
 * a person's name (Yeltsin said he would; Kasich told reporters his
 * campaign), also opening a sentence; an organisation takes "it". */
/* Is token k the end of a reporting clause whose verb comes first: the
 * sentence's full stop, or a comma before a quotation's mark (..., said
 * Tarlo.; said Olasewere, "but ...; not said Finnair, the airline, will,
 * where the name opens the reported clause)? */
static int inverted_clause_end(const verba_doc *doc, size_t k) {
  const verba_tok *t;
  if (k >= doc->ntoks) return 0;
  t = &doc->toks[k];
  return t->len == 1 &&
         ((t->cp == '.' && (t->shape & VERBA_SHAPE_SENTENCE_END)) ||
          (t->cp == ',' && k + 1 < doc->ntoks &&
           (doc->toks[k + 1].shape & VERBA_SHAPE_QUOTE_MARK)));
}

/* Is token k a verb that reports speech without an addressee after it,
 * in the past or in the present's third person (said, says, explains;
 * not told, whose object is the one spoken to: told MPs)? */
static int speech_verb(const rules *r, size_t k) {
  const verba_tok *t = &r->doc->toks[k];
  verba_classes c = ent_classes(r->x, k);
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_LOWER) &&
         !(c & VERBA_LEX_ADDRESSEE_CUE) &&
         ((c & VERBA_LEX_FINITE_CUE) ||
          ((c & VERBA_LEX_CUE) && (t->entry & VERBA_LEX_INFLECTED) &&
           r->doc->text.s[t->start + t->len - 1] == 's'));
}

/* Tokens after a sentence's subject within which a pronoun of a gender
 * tells a person (Seagal made headlines when he described). */
#define SUBJECT_PRONOUN_REACH 6

/* Does word k open its sentence as its subject, a word in lower case
 * after it (Seagal made headlines), in the singular and no contraction
 * (not Congregants pass, Don't worry)? */
static int subject_opening(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  return (t->shape & VERBA_SHAPE_SENTENCE_START) && k + 1 < doc->ntoks &&
         doc->toks[k + 1].kind == VERBA_WORD && (doc->toks[k + 1].shape & VERBA_SHAPE_LOWER) &&
         s[t->len - 1] != 's' && !memchr(s, '\'', t->len) && !memchr(s, 0xE2, t->len);
}

/* Is word k shaped as the name of a speaker no list knows: as
 * ent_unknown_word_shaped says, or capitalised with letters outside ASCII,
 * which the dictionary cannot judge but English common words lack (said
 * Dündar.)? */
static int speaker_word_shaped(const ent_text *x, size_t k) {
  const verba_tok *t = &x->doc->toks[k];
  if (ent_unknown_word_shaped(x, k)) return 1;
  return t->kind == VERBA_WORD && !ent_names(x, k) && !ent_classes(x, k) &&
         (t->shape & VERBA_SHAPE_CAPITALIZED) &&
         !(t->shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_DIGIT)) && !ent_ascii_word(x, k) &&
         name_shaped(x->doc, k) && !ent_written_lower(x, k);
}

/* Is word k free to be a speaker's name: no mention holds it, or only the
 * tagger's guess of it alone as a place or an other, which seldom speak
 * (said Quenby.)? The guess in *m, else r->sorted. */
static int free_for_speaker(const rules *r, size_t k, size_t *m) {
  const verba_entity *e;
  *m = r->sorted;
  if (!is_covered(r->covered, k)) return 1;
  *m = ent_mention_from(r, k);
  if (*m >= r->sorted) return 0;
  e = &r->list->items[*m];
  return e->first == k && e->last == k + 1 && !(e->flags & VERBA_ENT_DECIDED) &&
         (e->type == VERBA_ENT_PLACE || e->type == VERBA_ENT_OTHER);
}

static size_t gendered_speaker_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  size_t j, m;
  /* (the verb first: ..., says Pall.; or right after a quotation: "...,"
   * Leive said.) */
  /* (the clause's words first: most names stand in none) */
  if (k > 0 && k + 1 < doc->ntoks &&
      ((speech_verb(r, k - 1) && inverted_clause_end(doc, k + 1)) ||
       ((doc->toks[k - 1].shape & VERBA_SHAPE_QUOTE_MARK) && speech_verb(r, k + 1) &&
        inverted_clause_end(doc, k + 2))) &&
      speaker_word_shaped(r->x, k) && free_for_speaker(r, k, &m)) {
    if (m < r->sorted) {
      r->list->items[m].type = VERBA_ENT_PERSON;
      r->list->items[m].flags |= VERBA_ENT_DECIDED;
      cover(r->decided, k, k + 1);
    } else {
      *rc = ent_add_decided(r, k, k + 1, VERBA_ENT_PERSON, 0);
    }
    return k + 1;
  }
  if (k + 2 >= doc->ntoks || is_covered(r->covered, k) ||
      !(finite_cue(r, k + 1) || subject_opening(r, k)) || !ent_unknown_word_shaped(r->x, k) ||
      (k > 0 && capital_word(doc, k - 1) && !(doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START)))
    return k + 1;
  for (j = k + 2; j < doc->ntoks &&
                  j - k - 1 <= (finite_cue(r, k + 1) ? PRONOUN_REACH : SUBJECT_PRONOUN_REACH) &&
                  !capital_word(doc, j) &&
                  !(doc->toks[j].shape & VERBA_SHAPE_SENTENCE_START);
       j++) {
    if (gendered_pronoun(r, j)) {
      *rc = ent_add_decided(r, k, k + 1, VERBA_ENT_PERSON, 0);
      break;
    }
  }
  return k + 1;
}

int ent_gendered_speakers(rules *r) { return over_runs(r, gendered_speaker_at); }

/* Acronyms a document defines, at most: the rest are not remembered. */
#define DEFINED_ACRONYMS 16

/* Does the document define the acronym at word k there, in brackets or
 * after a comma: after a term in lower case (gross national product
 * (GNP); the producer subsidy equivalent, PSE.), or after a name other
 * than an organisation's (Papua New Guinea (PNG); the Export Enhancement
 * Program, EEP,)? The name's entity, which resolve.c links the acronym
 * to, tells its type; a term is none. */
static int defined_acronym(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t m;
  unsigned char after;
  if (k < 2 || k + 1 >= doc->ntoks || doc->toks[k - 2].kind != VERBA_WORD) return 0;
  after = doc->toks[k + 1].cp;
  if (!(doc->toks[k - 1].cp == '(' && after == ')') &&
      !(doc->toks[k - 1].cp == ',' && (after == ',' || after == '.' || after == ';')))
    return 0;
  /* (a noun of organisations, the port union, FNV, says it is one's) */
  if (doc->toks[k - 2].shape & VERBA_SHAPE_LOWER) return !organisation_noun(r, k - 2);
  m = ent_mention_from(r, k - 2);
  return !(m < r->sorted && r->list->items[m].first <= k - 2 &&
           r->list->items[m].type == VERBA_ENT_ORGANIZATION);
}

/* Does token b start where token a ends? */
static int touching(const verba_doc *doc, size_t a, size_t b) {
  return doc->toks[a].start + doc->toks[a].len == doc->toks[b].start;
}

/* Is a a mark that joins the words either side of it with no space (a
 * dot, a slash, an ampersand, a hyphen: CNN/ORC, PSE&G), from token a - 1
 * to a + 1? */
static int joining_mark(const verba_doc *doc, size_t a) {
  unsigned char c = doc->toks[a].cp;
  return (c == '.' || c == '/' || c == '&' || c == '-') && a > 0 && a + 1 < doc->ntoks &&
         touching(doc, a - 1, a) && touching(doc, a, a + 1);
}

/* Is word k part of something longer through the marks it touches: a
 * ticker's brackets (<XON>) or a joining mark (CNN/ORC)? */
static int joined_to_mark(const verba_doc *doc, size_t k) {
  return (k > 0 && touching(doc, k - 1, k) &&
          (doc->toks[k - 1].cp == '<' || joining_mark(doc, k - 1))) ||
         (k + 1 < doc->ntoks && touching(doc, k, k + 1) &&
          (doc->toks[k + 1].cp == '>' || joining_mark(doc, k + 1)));
}

/* Does a number stand right before word k in its sentence: a unit's, an
 * era's or an army's unit's acronym (50 MW, 776 BCE, the 93d PVI)? */
static int after_number(const verba_doc *doc, size_t k) {
  return k > 0 && ent_goes_on(doc, k) && doc->toks[k - 1].kind == VERBA_NUMBER;
}

/* Is word k followed by a noun in lower case that makes it a thing's or
 * a term's (the thing_noun class: the ZKNP format, the EAFE index)? */
static int before_thing_noun(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  return k + 1 < doc->ntoks && ent_goes_on(doc, k + 1) &&
         (doc->toks[k + 1].shape & VERBA_SHAPE_LOWER) &&
         (ent_names(r->x, k + 1) & VERBA_NAME_THING_NOUN);
}

/* Are words a and b written the same, a possessive's ending aside? */
static int same_word(const verba_doc *doc, size_t a, size_t b) {
  size_t na = ent_name_end(doc, a) - doc->toks[a].start, nb = ent_name_end(doc, b) - doc->toks[b].start;
  return na == nb &&
         memcmp(doc->text.s + doc->toks[a].start, doc->text.s + doc->toks[b].start, na) == 0;
}

/* Is word k in the possessive an acronym as long_unlisted_acronym reads
 * one, its ending aside (the RSPB's stance), that the lists have as no
 * name or term (not the SUV's owner) and the lexicon as no word? */
static int possessive_acronym(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t n = ent_name_end(doc, k) - t->start;
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_POSSESSIVE) && n >= 3 && n <= 6 &&
         capitals_only(s, n) && !roman_numeral(s, n) && !rating(s, n) &&
         !ent_phrase(doc, k, 1) && !ent_stem_classes(r->x, k);
}

/* An acronym no list has (long_unlisted_acronym: three capitals or more,
 * no Roman numeral, no rating) and no dictionary's word (NOTE), alone in
 * a line not written in capitals, names an organisation even where it
 * does not speak, in the possessive too (the RSPB's stance, CRTC
 * hearings, goals for the DFB):
 * the acronyms news writes for things, terms and offices are few and
 * listed (common_acronym: GDP, DVD, CEO). Not one the document defines
 * (defined_acronym), there or after: a term's is no name, a name's has
 * its name's type; nor one joined to a mark (a ticker's <XON>, CNN/ORC),
 * after a number (776 BCE) or before a noun of things (the ZKNP format),
 * nor the start or the end of a longer name. A guess: its type counts as
 * the tagger's would where the entity's mentions vote. */
int ent_bare_acronyms(rules *r) {
  const verba_doc *doc = r->doc;
  size_t defined[DEFINED_ACRONYMS], ndefined = 0, k, i;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    if (!((doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) && ent_long_unlisted_acronym(r, k)) &&
        !possessive_acronym(r, k))
      continue;
    if (defined_acronym(r, k)) {
      if (ndefined < DEFINED_ACRONYMS) defined[ndefined++] = k;
      continue;
    }
    /* (a name after a possessive is the possessed's: the AKP's Islamic
     * conservatives) */
    if (is_covered(r->covered, k) || ent_in_caps_line(r->x, k) || joined_to_mark(doc, k) ||
        ((doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE)
             ? k > 0 && capital_word(doc, k - 1) && !ent_grammar_word(r->x, k - 1) &&
                   ent_goes_on(doc, k)
             : in_longer_name(r, k)) ||
        after_number(doc, k) || before_thing_noun(r, k) ||
        ent_common_word(r->x, k))
      continue;
    for (i = 0; i < ndefined && !same_word(doc, defined[i], k); i++) continue;
    if (i < ndefined) continue;
    rc = ent_add_decided(r, k, k + 1, VERBA_ENT_ORGANIZATION, 0);
    if (rc == VERBA_OK) r->list->items[r->list->n - 1].flags &= ~VERBA_ENT_DECIDED;
  }
  return rc;
}

/* Is word k an acronym of two or three capitals, in a line not written
 * in capitals, that the lists give as a place only as a capitalised word
 * is written (BA: Ba, a region of Fiji; GAO, which they have as an
 * organisation too: Gao, a town in Mali), not in capitals (US, LA)? Not
 * a time zone's (EST), nor a region's after its town's comma (Spokane,
 * WA). */
static int acronym_placed_as_word(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[k];
  const char *s = (const char *)doc->text.s + t->start;
  const verba_lexicon *lx = &doc->config->lexicon;
  /* (its possessive's ending aside: BA's) */
  size_t n = ent_name_end(doc, k) - t->start;
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_ALL_CAPS) && n >= 2 && n <= 3 &&
         capitals_only((const unsigned char *)s, n) &&
         !(ent_names(r->x, k) & VERBA_NAME_TIME_ZONE) && !(k > 0 && doc->toks[k - 1].cp == ',') &&
         !ent_in_caps_line(r->x, k) &&
         (verba_lex_names(lx, verba_lex_find(lx, s, n, VERBA_CASE_CAPITALIZED)) &
          VERBA_NAME_PLACE);
}

/* A place the tagger read in such an acronym (acronym_placed_as_word:
 * BA's chief executive, the GAO said) names an organisation, as an
 * acronym no list has would (ent_bare_acronyms), and the lists' types
 * (listed_types) hold it no more. */
/* Is word k an acronym of three or four capitals, alone in a line not
 * written in capitals and after no title (Mr. LEE), that the lists have
 * as a person's name only as a capitalised word is written (EMI: Emi, a
 * given name), no place's or organisation's? */
static int acronym_named_as_word(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[k];
  verba_names names = ent_names(r->x, k);
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_ALL_CAPS) && t->len >= 3 && t->len <= 4 &&
         capitals_only(doc->text.s + t->start, t->len) &&
         !roman_numeral(doc->text.s + t->start, t->len) && (names & PERSON_NAMES) &&
         !(names & (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION)) && !ent_in_caps_line(r->x, k) &&
         !in_longer_name(r, k) && !joined_to_mark(doc, k) &&
         !(k > 1 && ent_is_dot(doc, k - 1) && ent_is_title(r->x, k - 2));
}

void ent_acronyms_not_places(rules *r) {
  size_t i;
  for (i = 0; i < r->sorted; i++) {
    verba_entity *e = &r->list->items[i];
    if (!(e->flags & VERBA_ENT_DECIDED) && e->last - e->first == 1 &&
        ((e->type == VERBA_ENT_PLACE && acronym_placed_as_word(r, e->first)) ||
         (e->type == VERBA_ENT_PERSON && acronym_named_as_word(r, e->first)))) {
      e->type = VERBA_ENT_ORGANIZATION;
      e->flags |= VERBA_ENT_DECIDED;
    }
  }
}

/* Capitalised words in a firm's name before its apposition, at most. */
#define APPOSED_NAME_WORDS 4

/* At the first of the capitalised words no mention holds that end before
 * a comma: the organisation ent_firm_in_apposition reads there. A guess
 * from the words around the name: its type counts as the tagger's would
 * where the entity's mentions vote. */
static size_t firm_in_apposition_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  size_t end = k;
  if (is_covered(r->covered, k) ||
      (k > 0 && capital_word(doc, k - 1) && !(doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START)))
    return k + 1;
  while (end < doc->ntoks && end - k < APPOSED_NAME_WORDS && capital_word(doc, end) &&
         !is_covered(r->covered, end) &&
         (end == k || !(doc->toks[end].shape & VERBA_SHAPE_SENTENCE_START)))
    end++;
  /* (the comma first: most names stand before none) */
  if (end == k || end >= doc->ntoks || doc->toks[end].cp != ',' || ent_grammar_word(r->x, k) ||
      !ent_firm_in_apposition(r, k, end))
    return end > k ? end : k + 1;
  *rc = ent_add_decided(r, k, end, VERBA_ENT_ORGANIZATION, 0);
  if (*rc == VERBA_OK) r->list->items[r->list->n - 1].flags &= ~VERBA_ENT_DECIDED;
  return end;
}

/* Words of an employer's name between an article and a role, at most (a
 * Harley-Davidson spokeswoman, an Air Lanka pilot). */
#define EMPLOYER_WORDS 3

/* The capitalised words between an article and a role in lower case name
 * the body the person works for, an organisation (a Harley-Davidson
 * spokeswoman; a Nissan executive), where no mention holds them and they
 * name no place, people or person the lists have (a Tokyo dealer, a
 * Chinese diplomat). */
static size_t employer_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  size_t end = k, common = 0, heads = 0;
  verba_names names = 0;
  /* (after "a" or "an": "the" is as often a work's or an office's, The
   * Aviator star, the House speaker) */
  if (k == 0 || (doc->toks[k - 1].cp | 0x20) != 'a' || doc->toks[k - 1].len > 2 ||
      !(is_word(doc, k - 1, "a") || is_word(doc, k - 1, "an")))
    return k + 1;
  while (end < doc->ntoks && end - k < EMPLOYER_WORDS && capital_word(doc, end) &&
         !is_covered(r->covered, end) && !ent_grammar_word(r->x, end) &&
         name_shaped(doc, end) &&
         !(doc->toks[end].shape & (VERBA_SHAPE_POSSESSIVE | VERBA_SHAPE_ALL_CAPS))) {
    names |= ent_names(r->x, end);
    common += (size_t)ent_common_word(r->x, end);
    heads += (size_t)((ent_names(r->x, end) & VERBA_NAME_ORG_HEAD) != 0);
    end++;
  }
  if (end == k || end >= doc->ntoks || !ent_role_at(r->x, end) || ent_in_caps_line(r->x, k))
    return end > k ? end : k + 1;
  names |= ent_names_of(r, k, end);
  /* (no place, people or person, nor common words alone but a head: a
   * Cold War historian; a Department spokesman is one) */
  if (!(names & (VERBA_NAME_PLACE | GROUP_NAMES | GIVEN_NAMES | VERBA_NAME_AMBIGUOUS_NAME)) &&
      !ent_title_word(r->x, k) && (common < end - k || heads > 0))
    *rc = ent_add_decided(r, k, end, VERBA_ENT_ORGANIZATION, 0);
  return end;
}

/* The capitalised words after "shares of" or "shares in" name a firm
 * (shares in Bombardier lost; 500 shares of Avia), whatever the tagger
 * made of them, where the lists give them as no place, people or person's
 * given name (shares in Tokyo fell) and they are no common words alone
 * (shares of Class A stock); so do those before a firm's part, in the
 * possessive (Yukos's chairman) or, words no dictionary has, as a noun's
 * modifier (Guinness shares fell). */
/* Do the words before token k say a firm follows: shares of or in, a
 * stake in, a takeover or an acquisition of, a bid for, a merger with
 * (a takeover of Norcros, a bid for Hk Hotels, its merger with Cavendish)? */
static int holding_before(const verba_doc *doc, size_t k) {
  static const char *const shares_of[] = { "shares", "takeover", "acquisition" };
  const verba_tok *t = &doc->toks[k - 1];
  /* (the preposition's first letter and length first: most words follow
   * none of these) */
  int c = t->cp | 0x20; /* (as is_word reads it: in either case) */
  if (t->len < 2 || t->len > 4 || (c != 'o' && c != 'i' && c != 'f' && c != 'w')) return 0;
  if (is_word(doc, k - 1, "of")) return IS_WORD_OF(doc, k - 2, shares_of);
  if (is_word(doc, k - 1, "in"))
    return is_word(doc, k - 2, "shares") || is_word(doc, k - 2, "stake") ||
           is_word(doc, k - 2, "stakes");
  if (is_word(doc, k - 1, "for")) return is_word(doc, k - 2, "bid");
  if (is_word(doc, k - 1, "with")) return is_word(doc, k - 2, "merger");
  return 0;
}

/* Is token k, after a name in the possessive, a word for what only a
 * firm has (ent_firm_part_end: Valeant's board, Norcros's shareholders,
 * BA's chief executive)? */
static int firm_part(const ent_text *x, size_t k) { return ent_firm_part_end(x, k) > k; }

/* Is token k a firm's part in lower case that a name before it owns, as a
 * noun (Yukos shares fell, Guinness chief executive Ernest Saunders,
 * Krestmark subsidiaries): not a verb before its object (Obama shares his
 * view, Smith profits from it)? */
static int part_after_name(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t next;
  if (k >= doc->ntoks || !(doc->toks[k].shape & VERBA_SHAPE_LOWER) ||
      (doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE) || !firm_part(r->x, k))
    return 0;
  next = ent_firm_part_end(r->x, k);
  return next >= doc->ntoks ||
         !(ent_classes(r->x, next) & (VERBA_LEX_DETERMINER | VERBA_LEX_ARTICLE | VERBA_LEX_PRONOUN |
                                      VERBA_LEX_POSSESSIVE_PRONOUN | VERBA_LEX_PREPOSITION));
}

/* The end of the name of a holder's or a firm's words from token k:
 * capitalised words, no word of grammar, none in capitals (which the
 * acronyms' rules read: shares of KORN, a family name too), none after a
 * possessive, EMPLOYER_WORDS at most, and with shaped each written as a
 * name's word is (name_shaped). */
static size_t holder_name_end(const rules *r, size_t k, int shaped) {
  const verba_doc *doc = r->doc;
  size_t end = k;
  while (end < doc->ntoks && end - k < EMPLOYER_WORDS && capital_word(doc, end) &&
         !ent_grammar_word(r->x, end) && !(doc->toks[end].shape & VERBA_SHAPE_ALL_CAPS) &&
         !(end > k && (doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE)) &&
         (!shaped || name_shaped(doc, end)))
    end++;
  return end;
}

static size_t shareholding_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  size_t end = k, common = 0, m;
  verba_names names = 0;
  /* (a name's first word: no capitalised word inside its sentence before
   * it, but a word of grammar opening the sentence: Since Yukos' founder) */
  int opens = k == 0 || !capital_word(doc, k - 1) ||
              (doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START) ||
              ((doc->toks[k - 1].shape & VERBA_SHAPE_SENTENCE_START) &&
               ent_grammar_word(r->x, k - 1));
  /* (the words around it first, the line's capitals last: most words of
   * a run have neither) */
  int held = k >= 2 && holding_before(doc, k);
  /* (or one word in the possessive before a firm's part, whatever the
   * tagger made of it; its 's written apart too, as tokenised text has it:
   * Korvan 's shares) */
  size_t owned = !held && opens && k + 1 < doc->ntoks ? ent_after_possessive(doc, k + 1) : VERBA_NONE;
  int owner = owned != VERBA_NONE && owned < doc->ntoks && firm_part(r->x, owned);
  /* (or a name before one, read once its words are) */
  int named = !held && !owner;
  if (named && !opens) return k + 1;
  /* (before a firm's part, and after no article, which a people's
   * adjective takes: the Korean workforce; tested first at the end of the
   * name's words as its shapes aside would make it, which most names
   * fail: where a word's shape ends the name sooner, a capitalised word
   * follows it, no firm's part) */
  if (named && ((k > 0 && (ent_classes(r->x, k - 1) & (VERBA_LEX_ARTICLE | VERBA_LEX_DETERMINER))) ||
                !part_after_name(r, holder_name_end(r, k, 0))))
    return k + 1;
  end = holder_name_end(r, k, 1);
  if (end == k || (named && !part_after_name(r, end)) || ent_in_caps_line(r->x, k)) return k + 1;
  for (m = k; m < end; m++) {
    names |= ent_names(r->x, m);
    common += (size_t)ent_common_word(r->x, m);
  }
  /* (before a firm's part, only a name of words no dictionary has, no
   * month's nor a noun of firms' kinds: February turnover, Existing
   * shareholders, Chipmaker shares) */
  if (!held && !owner &&
      (common > 0 || (names & (VERBA_NAME_MONTH | VERBA_NAME_WEEKDAY | VERBA_NAME_ORG_NOUN))))
    return k + 1;
  names |= ent_names_of(r, k, end);
  if ((names & (VERBA_NAME_PLACE | GROUP_NAMES | GIVEN_NAMES)) || common == end - k ||
      (end < doc->ntoks && capital_word(doc, end)))
    return end;
  /* (one word that is the family name of a person the document names in
   * full is that person, sharing or leading: Faldo shares lead after Nick
   * Faldo) */
  if (named && end == k + 1) {
    if (!r->full_names->made &&
        (*rc = ent_index_full_names(r->x, r->list, r->full_names, 1)) != VERBA_OK)
      return end;
    if (ent_named_in_full(doc, r->full_names, k)) return end;
  }
  m = ent_mention_from(r, k);
  if (m < r->sorted && r->list->items[m].first <= k) {
    verba_entity *e = &r->list->items[m];
    if (e->first == k && e->last == end && e->type <= VERBA_ENT_OTHER &&
        e->type != VERBA_ENT_GROUP && !(e->flags & VERBA_ENT_DECIDED)) {
      e->type = VERBA_ENT_ORGANIZATION;
      e->flags |= VERBA_ENT_DECIDED;
    }
  } else {
    for (m = k; m < end; m++)
      if (is_covered(r->covered, m)) return end;
    *rc = ent_add_decided(r, k, end, VERBA_ENT_ORGANIZATION, 0);
  }
  /* (and a word no list and no dictionary has before "and" and the name:
   * Banamex and Bancomer shares led gains) */
  if (*rc == VERBA_OK && named && k >= 2 && is_word(doc, k - 1, "and") &&
      ent_unknown_word_shaped(r->x, k - 2) && !is_covered(r->covered, k - 2) &&
      !(k > 2 && ent_goes_on(doc, k - 2) && capital_word(doc, k - 3)))
    *rc = ent_add_decided(r, k - 2, k - 1, VERBA_ENT_ORGANIZATION, 0);
  return end;
}

/* A firm read from the words around it: a holding's (shareholding_at),
 * else an employer's (employer_at); one pass over the runs for both. */
static size_t firm_by_context_at(rules *r, size_t k, int *rc) {
  size_t next = shareholding_at(r, k, rc);
  return next > k + 1 || *rc != VERBA_OK ? next : employer_at(r, k, rc);
}

int ent_firms_in_apposition(rules *r) {
  ent_key_index full = {NULL, 0, 0, 0};
  int rc = over_runs(r, firm_in_apposition_at);
  r->full_names = &full;
  if (rc == VERBA_OK) rc = over_runs(r, firm_by_context_at);
  r->full_names = NULL;
  ent_key_index_free(r->doc, &full);
  return rc;
}

/* Is token k a word of initials: capital letters each with its dot, as
 * one token (R., J.R.R.), that the lexicon has as nothing else (U.S.,
 * D.C., U.N. are names of their own)? */
static int initials_word(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t i;
  if (t->kind != VERBA_WORD || t->len < 2 || t->len % 2 || ent_names(x, k) ||
      (ent_classes(x, k) & ~VERBA_LEX_PHRASE_START))
    return 0;
  for (i = 0; i < t->len; i += 2)
    if (s[i] < 'A' || s[i] > 'Z' || s[i + 1] != '.') return 0;
  return 1;
}

/* Is mention e initials alone, one letter a word (J. P.; not S.E.C.)? */
int ent_only_initials(const ent_text *x, const verba_entity *e) {
  size_t k;
  for (k = e->first; k < e->last; k++)
    if (!initials_word(x, k) || x->doc->toks[k].len != 2) return 0;
  return 1;
}

/* Initials and the capitalised word after them name a person, whatever
 * the tagger made of them (R. Koeman 23, G. W. Boateng; M. Atherton b
 * Streak), in the score lines and lists where news writes names so: not a
 * word of grammar, a title, a region (W. Va.) or a firm's word (J. P.
 * Morgan Chase & Co stays the tagger's), and not after a capitalised word. */
/* Can token k be a word of a name after initials: a capitalised word, in
 * lower case after its capital, no word of grammar, title, region, firm's
 * word or currency (H.K. Dlrs), a name the lists have or no common word
 * (E.C. Charges)? */
static int after_initials(const rules *r, size_t k) {
  const verba_tok *t = &r->doc->toks[k];
  return capital_word(r->doc, k) && t->len > 1 && !is_covered(r->decided, k) &&
         !(t->shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) &&
         !(ent_classes(r->x, k) & (GRAMMAR_WORDS | VERBA_LEX_REGION | VERBA_LEX_REGION_ABBREV)) &&
         !(ent_names(r->x, k) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD |
                                 VERBA_NAME_REGION_NAME | VERBA_NAME_CURRENCY |
                                 VERBA_NAME_SCALE)) &&
         !ent_title_word(r->x, k) &&
         ((ent_names(r->x, k) & PERSON_NAMES) || !ent_common_word(r->x, k));
}

static size_t initials_at(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  size_t end = k, first, name;
  /* (initials inside a name are the tagger's: Mario J. Lucero) */
  if (k > 0 && capital_word(doc, k - 1) && !(doc->toks[k - 1].shape & VERBA_SHAPE_POSSESSIVE))
    return k + 1;
  while (end < doc->ntoks && initials_word(r->x, end) && !is_covered(r->decided, end) &&
         !(end > k && (doc->toks[end].shape & VERBA_SHAPE_SENTENCE_START)))
    end++;
  if (end == k) return k + 1;
  /* one or two words after them (K. Michael Stevens), past a family name's
   * particles (F.W. de Klerk), not across a possessive */
  for (first = end; first < doc->ntoks && first - end < PARTICLES && ent_particle_at(r->x, first);)
    first++;
  for (name = first; name < doc->ntoks && name - first < 2 && after_initials(r, name); name++)
    if (doc->toks[name].shape & VERBA_SHAPE_POSSESSIVE) {
      name++;
      break;
    }
  if (name == first || (name < doc->ntoks && ends_firm(r, name))) return end;
  /* (a name after particles ends where the capitals do: not the M.H. de
   * Young of the M.H. de Young Memorial Museum) */
  if (first > end && name < doc->ntoks && capital_word(doc, name) && ent_goes_on(doc, name))
    return end;
  /* (a firm the lists name so is the firm: J.P. Morgan) */
  *rc = ent_add_decided(r, k, name,
                        (ent_names_of(r, k, name) & VERBA_NAME_ORGANIZATION)
                            ? VERBA_ENT_ORGANIZATION
                            : VERBA_ENT_PERSON,
                        0);
  return name;
}

int ent_initials(rules *r) { return over_runs(r, initials_at); }

/* ---- Names coordinated with listed ones ------------------------------------------ */

/* Conjuncts of a coordination read at most (Microsoft, Sony, Sega and
 * Nintendo): a list of names rarely runs longer in news. */
#define CONJUNCTS 8

/* The type the lists give the capitalised words [first, last), a
 * conjunct: an organisation's or a place's when they say only one of the
 * two, as the whole name (the listed mention a rule decided or the lists'
 * phrase); VERBA_ENT_NTYPES for anything else. *sure says the lists
 * have no person of the name either (Sony is a given name too). */
static enum verba_entity_type listed_conjunct(const rules *r, size_t first, size_t last,
                                              int *sure) {
  size_t m = ent_mention_from(r, first);
  verba_names names = ent_names_of(r, first, last);
  const verba_names kinds = VERBA_NAME_ORGANIZATION | VERBA_NAME_PLACE;
  *sure = !(names & PERSON_NAMES);
  if (m < r->sorted && r->list->items[m].first == first && r->list->items[m].last == last &&
      (r->list->items[m].flags & VERBA_ENT_DECIDED) &&
      (r->list->items[m].type == VERBA_ENT_ORGANIZATION || r->list->items[m].type == VERBA_ENT_PLACE)) {
    *sure = 1;
    return (enum verba_entity_type)r->list->items[m].type;
  }
  if ((names & kinds) == VERBA_NAME_ORGANIZATION) return VERBA_ENT_ORGANIZATION;
  /* (a town's name is a brand's, a firm's or a person's as often:
   * Oldsmobile, Pontiac and Buick; a country or a region is surer) */
  if (!(names & (VERBA_NAME_COUNTRY | VERBA_NAME_REGION_NAME))) *sure = 0;
  if ((names & kinds) == VERBA_NAME_PLACE) return VERBA_ENT_PLACE;
  return VERBA_ENT_NTYPES;
}

/* Is the conjunct [first, last) the tagger's guess alone, a mention of
 * it no rule decided? The mention in *m, r->sorted if none holds it. */
static int guessed_conjunct(const rules *r, size_t first, size_t last, size_t *m) {
  const verba_entity *e;
  *m = r->sorted;
  if (!is_covered(r->covered, first)) return 1;
  *m = ent_mention_from(r, first);
  if (*m >= r->sorted) return 0;
  e = &r->list->items[*m];
  return e->first == first && e->last == last && !(e->flags & VERBA_ENT_DECIDED);
}

/* Is word k a conjunct no list, no dictionary and no rule knows: one
 * capitalised word (see ent_unknown_word_shaped), at most the tagger's guess
 * of a person or an other alone? The mention of it in *m, or r->sorted. */
static int unknown_conjunct(const rules *r, size_t k, size_t *m) {
  if (!ent_unknown_word_shaped(r->x, k) || (r->doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE))
    return 0;
  return guessed_conjunct(r, k, k + 1, m) &&
         (*m >= r->sorted || r->list->items[*m].type == VERBA_ENT_PERSON ||
          r->list->items[*m].type == VERBA_ENT_OTHER);
}

/* The first token of the run of capitalised words that ends at token
 * end - 1, within its sentence and line, read back over NAME_WORDS + 1
 * words at most (a longer run is no conjunct). */
static size_t capitals_from(const verba_doc *doc, size_t end) {
  size_t first = end - 1;
  while (first > 0 && end - first <= NAME_WORDS && ent_goes_on(doc, first) &&
         capital_word(doc, first - 1) && !(doc->toks[first - 1].shape & VERBA_SHAPE_POSSESSIVE))
    first--;
  return first;
}

/* Names coordinated with names the lists have are of their kind: in "A, B
 * and C" (or "or"), where every conjunct is a run of capitalised words
 * that the lists give one type, an organisation's or a place's, or a
 * word no list or dictionary has, and the lists' types agree, the
 * unknown words are names of that type (Microsoft, Sony and Nintendo;
 * France, Zorbia and Germany), where the tagger saw nothing or guessed
 * otherwise; so is a name the lists give that type and a person's too
 * (Sony), where at least one conjunct is the type's alone. Not where one
 * conjunct is anything else (a person's name, a common word: the EU and
 * Britain, Microsoft and Tim Cook stay as they are), nor a name made of
 * the same word twice (Saatchi and Saatchi), nor names each with "of"
 * after it (Union Carbide of the United States and Snamprogetti of
 * Italy). A word no list has counts as a guess, its entity's other
 * mentions voting (both UKIP and Kilroy-Silk, where Mr Kilroy-Silk is one
 * elsewhere; Shamrock and Nawara after Raymond Nawara); one the lists
 * have as a rule's decision (Microsoft and Sony). */
int ent_coordinated_kinds(rules *r) {
  const verba_doc *doc = r->doc;
  size_t c;
  int rc = VERBA_OK;
  /* (from capitalised word c to the next, "and" or "or" before it) */
  for (c = ent_next_capital(r->x, 2); c < doc->ntoks && rc == VERBA_OK;
       c = ent_next_capital(r->x, c + 1)) {
    size_t starts[CONJUNCTS], ends[CONJUNCTS], n = 0, i, first, end = c, k = c - 1, m;
    unsigned char retype[CONJUNCTS];
    enum verba_entity_type type = VERBA_ENT_NTYPES;
    int sure_ones = 0, retyped = 0;
    const verba_tok *t = &doc->toks[k];
    /* (the first tests inline: most tokens are no "and" or "or") */
    if ((t->cp != 'a' && t->cp != 'o') || !(is_word(doc, k, "and") || is_word(doc, k, "or")) ||
        !capital_word(doc, k - 1) || !ent_goes_on(doc, c))
      continue;
    /* the conjunct after the "and", then those before it, back over commas */
    while (end < doc->ntoks && end - k <= NAME_WORDS && ent_goes_on(doc, end) &&
           capital_word(doc, end) && !(doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE))
      end++;
    starts[n] = k + 1;
    ends[n++] = end;
    for (first = k;;) {
      size_t start = capitals_from(doc, first);
      if (first - start > NAME_WORDS) break;
      starts[n] = start;
      ends[n++] = first;
      if (n == CONJUNCTS || start < 2 || !ent_goes_on(doc, start) || doc->toks[start - 1].cp != ',' ||
          doc->toks[start - 1].len != 1 || !capital_word(doc, start - 2))
        break;
      first = start - 1;
    }
    for (i = 0; i < n; i++) {
      int sure;
      enum verba_entity_type listed = listed_conjunct(r, starts[i], ends[i], &sure);
      retype[i] = 0;
      if (listed != VERBA_ENT_NTYPES && (type == VERBA_ENT_NTYPES || type == listed)) {
        type = listed;
        sure_ones += sure;
        retype[i] = !sure && guessed_conjunct(r, starts[i], ends[i], &m);
      } else if (ends[i] - starts[i] == 1 && unknown_conjunct(r, starts[i], &m)) {
        retype[i] = 1;
      } else {
        break;
      }
      retyped += retype[i];
    }
    if (n < 2 || i < n || !retyped || !sure_ones ||
        (ends[0] - starts[0] == 1 && ends[1] - starts[1] == 1 &&
         same_word(doc, starts[0], starts[1])) ||
        (ends[0] < doc->ntoks && is_word(doc, ends[0], "of")))
      continue;
    for (i = 0; i < n && rc == VERBA_OK; i++) {
      int listed = ent_names_of(r, starts[i], ends[i]) != 0;
      if (!retype[i] || !guessed_conjunct(r, starts[i], ends[i], &m)) continue;
      if (m < r->sorted) {
        verba_entity *e = &r->list->items[m];
        if (e->type == type) continue;
        if (listed) {
          e->flags |= VERBA_ENT_DECIDED;
          cover(r->decided, starts[i], ends[i]);
        }
        e->type = type;
      } else {
        rc = ent_add_decided(r, starts[i], ends[i], type, 0);
        if (rc == VERBA_OK && !listed) r->list->items[r->list->n - 1].flags &= ~VERBA_ENT_DECIDED;
      }
    }
    c = ends[0] - 1;
  }
  return rc;
}

/* ---- Famous people's names ----------------------------------------------------------- */

/* The first words of the document's names of anything but a person, as
 * folded hashes in a set (a firm named for someone: Zico Investment
 * Holdings Inc ... Zico's offer; a region that is a writer's name too:
 * Moravia), made at the first word that asks: open addressing, a power of
 * two of slots, at most half full, 0 for an empty slot. */
typedef struct other_names {
  uint32_t *slots;
  size_t cap;
  int made;
} other_names;

static size_t key_slot(const other_names *f, uint32_t key) {
  size_t mask = f->cap - 1, i = (key ^ key >> 15) & mask;
  while (f->slots[i] && f->slots[i] != key) i = (i + 1) & mask;
  return i;
}

static int make_other_names(const rules *r, other_names *f) {
  const verba_entity_list *list = r->list;
  size_t i;
  /* (ent_reserve gives a power of two, from 64 on) */
  int rc = ent_reserve(r->doc, (void **)&f->slots, &f->cap, 2 * list->n + 2, sizeof *f->slots);
  f->made = 1;
  if (rc != VERBA_OK) return rc;
  memset(f->slots, 0, f->cap * sizeof *f->slots);
  for (i = 0; i < list->n; i++)
    if (list->items[i].type <= VERBA_ENT_OTHER && list->items[i].type != VERBA_ENT_PERSON) {
      uint32_t key = ent_word_slot_key(r->doc, list->items[i].first);
      f->slots[key_slot(f, key)] = key;
    }
  return VERBA_OK;
}

static int names_other(const other_names *f, uint32_t key) {
  return f->slots[key_slot(f, key)] == key;
}

/* Is word k a name a famous person is known by alone (data/en/people:
 * Arafat, Yeltsin, Netanyahu), where no mention holds it, standing alone:
 * after no capitalised word, particle, article or hyphen in its sentence
 * (Alec Guinness, Robin van Persie, the Hearst papers, Aulnay-sous-Bois;
 * an article before a noun of class tenure_noun is: the Yeltsin era),
 * before no capitalised word but in the possessive (Nobel Prize, Northrop
 * Grumman; Netanyahu's Likud), firm's part or organisation's noun
 * (Guinness shares, the Citroen company); not in a line in capitals, where
 * every word is capitalised, nor in capitals itself (SCOTUS), nor alone on
 * its line (a wire's sign-off, Reuter)? Not a word
 * the lexicon has otherwise (other_known_word), as the list leaves out
 * common words, given names and the other lists' names (Bush, Jordan,
 * Lincoln). */
/* Does the lexicon have word k as another word than a family name (Sen,
 * a title), which the list of the famous does not tell from a name? A
 * family name of the gazetteer's it may be too (Gingrich). */
static int other_known_word(const ent_text *x, size_t k) {
  return x->doc->toks[k].entry &&
         (ent_classes(x, k) || (ent_names(x, k) & ~(verba_names)VERBA_NAME_SURNAME));
}

/* Is word k alone on its line, but for the marks after it (a wire's
 * sign-off: Reuter...)? */
static int alone_on_line(const verba_doc *doc, size_t k) {
  size_t next = k + 1;
  if (!(doc->toks[k].shape & VERBA_SHAPE_LINE_START)) return 0;
  while (next < doc->ntoks && doc->toks[next].kind == VERBA_PUNCT &&
         !(doc->toks[next].shape & VERBA_SHAPE_LINE_START))
    next++;
  return next >= doc->ntoks || (doc->toks[next].shape & VERBA_SHAPE_LINE_START);
}

static int known_person_alone(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[k];
  size_t next = k + 1;
  int tenure;
  if (alone_on_line(doc, k)) return 0;
  /* (a name's second letter in lower case: no acronym, SCOTUS's too) */
  if (!ent_known_person(r->x, k) || is_covered(r->covered, k) ||
      other_known_word(r->x, k) || t->len < 2 ||
      !(doc->text.s[t->start + 1] >= 'a' && doc->text.s[t->start + 1] <= 'z') ||
      ent_in_caps_line(r->x, k))
    return 0;
  /* (after an article, only before a noun for the person's government or
   * tenure, an organisation's word too: the Yeltsin government, the Putin
   * era) */
  tenure = ent_goes_on(doc, next) && (doc->toks[next].shape & VERBA_SHAPE_LOWER) &&
           (ent_names(r->x, next) & VERBA_NAME_TENURE_NOUN);
  if (ent_goes_on(doc, k) &&
      (capital_word(doc, k - 1) || ent_dash_at(doc, k - 1) ||
       (ent_names(r->x, k - 1) & VERBA_NAME_NAME_PARTICLE) ||
       ((ent_classes(r->x, k - 1) & (VERBA_LEX_ARTICLE | VERBA_LEX_DETERMINER)) && !tenure)))
    return 0;
  return !(ent_goes_on(doc, next) &&
           ((capital_word(doc, next) && !(t->shape & VERBA_SHAPE_POSSESSIVE)) ||
            firm_part(r->x, next) ||
            ((ent_names(r->x, next) & VERBA_NAME_ORG_KEYWORD) && !tenure)));
}

/* A famous person's name (ent_known_person) right after a one-word place of
 * the tagger's that the lists have as a given name too is that person's
 * name with it (Nelson Mandela won, where the tagger read a town Nelson
 * and nothing after it; Nelson Mandela's party), where the capitals end
 * there, the word is no other the lexicon has (Texas Sen. Ted Cruz: a
 * title) and no list has the two words as a place's (Lincoln Park). */
static int given_place_before_known(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i;
  for (i = 0; i < r->sorted; i++) {
    verba_entity *e = &r->list->items[i];
    size_t k = e->last;
    if (e->type != VERBA_ENT_PLACE || e->last - e->first != 1 || (e->flags & VERBA_ENT_DECIDED) ||
        k >= doc->ntoks || !(ent_names(r->x, e->first) & GIVEN_NAMES) || !capital_word(doc, k) ||
        !ent_goes_on(doc, k) || is_covered(r->covered, k) || !ent_known_person(r->x, k) ||
        ent_known_word(r->x, k) ||
        (doc->toks[e->first].shape & VERBA_SHAPE_POSSESSIVE) ||
        (k + 1 < doc->ntoks && capital_word(doc, k + 1) && ent_goes_on(doc, k + 1) &&
         !(doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE)) ||
        (ent_phrase_of(r->x, e->first, 2) & VERBA_NAME_PLACE))
      continue;
    cover(r->covered, k, k + 1);
    cover(r->decided, e->first, k + 1);
    e->last = k + 1;
    e->end = ent_name_end(doc, k);
    e->type = VERBA_ENT_PERSON;
    e->flags |= VERBA_ENT_DECIDED;
  }
  return VERBA_OK;
}

/* Such a name is that person, unless the document names something else
 * with it or with a name that opens with it (Zico Investment Holdings Inc
 * ... Zico's offer; crossed through Moravia ... south-eastern Moravia):
 * that name's type holds for the word. */
int ent_known_people(rules *r) {
  const ent_text *x = r->x;
  other_names others = {NULL, 0, 0};
  size_t i, k = 0;
  int rc = given_place_before_known(r);
  for (i = 0; i < x->nruns && rc == VERBA_OK; i++) {
    if (k < x->runs[i].first) k = x->runs[i].first;
    for (; k < x->runs[i].last && rc == VERBA_OK; k++) {
      if (!known_person_alone(r, k)) continue;
      if (!others.made) rc = make_other_names(r, &others);
      if (rc == VERBA_OK && !names_other(&others, ent_word_slot_key(r->doc, k)))
        rc = ent_add_decided(r, k, k + 1, VERBA_ENT_PERSON, 0);
    }
  }
  ent_release(r->doc, (void **)&others.slots, &others.cap, sizeof *others.slots);
  return rc;
}
