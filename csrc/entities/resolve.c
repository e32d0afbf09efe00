/* Mentions to entities. The tagger gives name mentions one by one; here
 * they become entities of the document:
 *   - titles and a leading article leave a name's span (President Trump ->
 *     Trump; The Bank of England -> Bank of England) and titles count as
 *     evidence: a person, and Mr./Mrs./Ms. tell the gender;
 *   - mentions are grouped: the same words; a person's surname after the
 *     full name (Ken Hu ... Hu), or the first name of a name that puts
 *     the family name first (Meng Wanzhou ... Meng); an organisation's first word after its
 *     full name (Huawei Technologies ... Huawei); an acronym of a name
 *     (World Health Organisation ... WHO);
 *   - words the document already names elsewhere are names where the
 *     tagger missed them (a sentence-initial Huawei's);
 *   - an entity's type is its mentions' vote (a multi-word mention and a
 *     title count more), and holds for every mention; its canonical name
 *     is its fullest mention;
 *   - a person's gender is what a title before a mention tells (Mrs.),
 *     else a given name of one sex, else the pronouns that refer back to
 *     them where no other person is near (he, her).
 * Dates, amounts and the other rule types are entities of their own. */
#include <string.h>
#include "entities.h"
#include "rules.h"

/* Words of a firm's short name, at most (Iowa Beef of Iowa Beef
 * Processors Inc; as the rules' short_firm_names reads them). */
#define SHORT_NAME_WORDS 4

/* A name mention as resolve.c reads it. */
typedef struct name {
  size_t mention;    /* index in the list */
  uint32_t key;      /* hash of its words, folded */
  uint32_t first_key, last_key;
  /* of its first 2, 3 ... words, for a name of more (short_keys[0] for
   * two words) */
  uint32_t short_keys[SHORT_NAME_WORDS - 1];
  uint32_t stem_key; /* of its words but the last, for three words or more
                      * (before the brackets of a firm's with them) */
  size_t words;      /* its tokens */
  int titled;        /* a person's title stands before it */
  enum verba_gender gender; /* what the title says */
  int family;        /* one word found a person's family name (find_group) */
} name;

/* What a key of the map stands for: a name's words, a person's last
 * word, a person's first word, another name's first word, an acronym, a
 * firm's name without its abbreviated suffix (Walt Disney of Walt Disney
 * Co), a club's last word that heads organisations' names (United of
 * Manchester United), an organisation's head word (Commission of the
 * European Commission, Bank of the Bank of England), a firm's first words
 * (Iowa Beef of Iowa Beef Processors Inc), the first word of a firm's
 * name with its legal suffix (Coastal of Coastal Corp). */
enum key_kind {
  WHOLE, SURNAME, GIVEN, HEAD, ACRONYM, FIRM_STEM, CLUB_TAIL, HEAD_WORD, SHORT_NAME, FIRM_HEAD,
  KEY_KINDS
};

/* One hash map for all kinds of keys (the kind mixed into the key) from
 * a key to a group: open addressing, key 0 empty. A slot is a key and its
 * group. */
typedef struct group_map {
  uint32_t *slots; /* 2 per slot */
  size_t cap, slotcap;
  size_t used; /* slots holding a key */
} group_map;

static int is_name_type(enum verba_entity_type t) { return t <= VERBA_ENT_OTHER; }

static uint32_t combine(uint32_t h, uint32_t k) {
  h = (h ^ k) * 16777619u;
  return h ? h : 1;
}

static verba_classes lex(const ent_text *x, size_t k) { return ent_classes(x, k); }

static enum verba_gender title_gender(const ent_text *x, size_t k) {
  verba_classes c = lex(x, k);
  if ((c & VERBA_LEX_FEMALE) && !(c & VERBA_LEX_MALE)) return VERBA_GENDER_FEMALE;
  if ((c & VERBA_LEX_MALE) && !(c & VERBA_LEX_FEMALE)) return VERBA_GENDER_MALE;
  return VERBA_GENDER_NONE;
}

/* The gender a given name tells (Ken, Angela), if it is borne by one
 * sex only. */
static enum verba_gender given_name_gender(const ent_text *x, size_t k) {
  verba_names names = ent_names(x, k) & (VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE);
  if (names == VERBA_NAME_GIVEN_MALE) return VERBA_GENDER_MALE;
  if (names == VERBA_NAME_GIVEN_FEMALE) return VERBA_GENDER_FEMALE;
  return VERBA_GENDER_NONE;
}

/* The title right before token k (a "." after an abbreviated one
 * skipped), or VERBA_NONE. */
static size_t title_before(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  if (k == 0 || (doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START)) return VERBA_NONE;
  k--;
  if (ent_is_dot(doc, k) && k > 0) k--;
  return ent_is_title(x, k) ? k : VERBA_NONE;
}

/* A given name of these classes too is not read alone as a person's. */
#define GIVEN_NOT_ALONE \
  (VERBA_NAME_DEMONYM | VERBA_NAME_NATIONALITY_PLURAL | VERBA_NAME_GROUP | VERBA_NAME_ORGANIZATION)

/* The name class of a listed name that keeps its article (The Hague,
 * The Gambia). */
#define LISTED_WITH_ARTICLE VERBA_NAME_PLACE

/* Is token k a title, or a role written with a capital that is no
 * person's name (Colonel, Striker: Colonel Max Marriner is Max Marriner)? */
static int title_or_rank(const ent_text *x, size_t k) {
  return ent_is_title(x, k) ||
         (capital_word(x->doc, k) && (ent_classes(x, k) & VERBA_LEX_PERSON_ROLE) &&
          !(ent_names(x, k) & PERSON_NAMES));
}

/* Cuts a leading article or sentence opener (Meanwhile Acme Corp) off
 * mention e and, off a person's name, the titles (President, Sen.) and
 * what joins them (Secretary of State John Kerry); reads the title before
 * the name into n. A name of another type keeps its words (State of
 * Texas). */
static void trim(const ent_text *x, verba_entity *e, name *n) {
  const verba_doc *doc = x->doc;
  size_t t, k = e->first, cut = e->first;
  if (e->type == VERBA_ENT_PERSON) {
    /* (not a title before a suffix, Martin Luther King Jr., nor one after
     * a particle, Zayed bin Sultan al-Nahayan) */
    for (; k + 1 < e->last; k++)
      if (title_or_rank(x, k) && !(k + 2 == e->last && ent_name_suffix(x, k + 1)) &&
          !(k > e->first && (ent_names(x, k - 1) & VERBA_NAME_NAME_PARTICLE)))
        cut = k + 1;
    /* what stood between the titles: of, the, a dot */
    while (cut > e->first && cut + 1 < e->last && cut < e->last &&
           (doc->toks[cut].kind != VERBA_WORD ||
            !(doc->toks[cut].shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS))))
      cut++;
  }
  /* (an article the lists write as part of the name stays: The Hague; so
   * does a letter written together with the next token: Texas A&M) */
  while (cut + 1 < e->last && (lex(x, cut) & VERBA_LEX_DETERMINER) &&
         (doc->toks[cut + 1].shape & VERBA_SHAPE_SPACED) &&
         !(ent_phrase_of(x, cut, e->last - cut) & LISTED_WITH_ARTICLE))
    cut++;
  /* a word capitalised only as the sentence's first (Later AQ Corp), not
   * one written together with the next (AT&T), nor the article of a name
   * listed with it (THE HAGUE opening a dateline) */
  if (cut + 1 < e->last && (doc->toks[cut].shape & VERBA_SHAPE_SENTENCE_START) &&
      (doc->toks[cut + 1].shape & VERBA_SHAPE_SPACED) &&
      (lex(x, cut) & VERBA_LEX_SENTENCE_OPENER) &&
      !(ent_phrase_of(x, cut, e->last - cut) & LISTED_WITH_ARTICLE))
    cut++;
  e->first = cut;
  e->start = doc->toks[e->first].start;
  n->titled = 0;
  n->gender = VERBA_GENDER_NONE;
  t = title_before(x, e->first);
  /* (not the title of a role or a title after the name: Former
   * Pennsylvania governor Ed Rendell, Former Colorado Governor Richard
   * Lamm; nor of a name with its acronym: General Widget Safety
   * Regulation (GWSR); nor of a people's word before the office's other
   * words: Chief Soviet arms negotiator) */
  if (t != VERBA_NONE && !ent_role_at(x, e->last) &&
      !ent_people_word_of_office(x, e->first, e->last) &&
      !(e->last < doc->ntoks && ent_is_title(x, e->last)) &&
      !ent_acronym_after(doc, e->first, e->last)) {
    n->titled = 1;
    n->gender = title_gender(x, t);
  }
}

/* Letters of a particle written against a family name with a hyphen, at
 * most (al-Assad, el-Sisi, ash-Shara). */
#define JOINED_PARTICLE_LETTERS 3

/* The key of person's word k as a family name alone: the name after a
 * particle in lower case and a hyphen (Assad of al-Assad: "Assad said"
 * names him too), else the word's own. */
static uint32_t family_key(const verba_doc *doc, size_t k) {
  const unsigned char *s = doc->text.s + doc->toks[k].start;
  size_t i = 0, end = ent_name_end(doc, k) - doc->toks[k].start;
  uint32_t h;
  while (i < end && i < JOINED_PARTICLE_LETTERS && s[i] >= 'a' && s[i] <= 'z') i++;
  if (i == 0 || i + 2 >= end || s[i] != '-' || !(s[i + 1] >= 'A' && s[i + 1] <= 'Z'))
    return ent_word_slot_key(doc, k);
  h = ent_fold_hash(&doc->text, doc->toks[k].start + i + 1, doc->toks[k].start + end);
  return h ? h : 1;
}

/* The keys of mention e: its words' keys combined (a word's own key for
 * one word), its first word's and its last word's, each word hashed once. */
static void read_name(const ent_text *x, const verba_entity *e, size_t i, name *n) {
  const verba_doc *doc = x->doc;
  size_t k, family = e->last;
  n->mention = i;
  n->words = e->last - e->first;
  n->first_key = ent_word_slot_key(doc, e->first);
  n->stem_key = 0;
  memset(n->short_keys, 0, sizeof n->short_keys);
  if (n->words == 1) {
    n->key = n->last_key = n->first_key;
    return;
  }
  n->key = combine(0x811C9DC5u, n->first_key);
  n->last_key = n->first_key;
  for (k = e->first + 1; k < e->last; k++) {
    /* (or of its words before a bracketed part and the suffix: Cheung
     * Kong of Cheung Kong (Holdings) Ltd) */
    if (n->stem_key == 0 && ((k + 1 == e->last && n->words > 2) ||
                             (k - e->first > 1 && k + 3 <= e->last && doc->toks[k].cp == '(' &&
                              doc->toks[e->last - 2].cp == ')')))
      n->stem_key = n->key;
    n->last_key = ent_word_slot_key(doc, k);
    n->key = combine(n->key, n->last_key);
    if (k - e->first < SHORT_NAME_WORDS && k + 1 < e->last) n->short_keys[k - e->first - 1] = n->key;
  }
  /* a person's family name is before a generation's suffix (Griffey of
   * Ken Griffey Jr.) */
  if (e->type != VERBA_ENT_PERSON) return;
  if (family - e->first > 2 && ent_is_dot(doc, family - 1)) family--;
  n->last_key = family - e->first > 2 && (ent_names(x, family - 1) & VERBA_NAME_NAME_SUFFIX)
                    ? family_key(doc, family - 2)
                    : family_key(doc, e->last - 1);
}

/* Initials of a name of several words in capitals (World Health
 * Organisation -> WHO; connectors skipped), hashed as ent_word_slot_key
 * hashes a word (ent_fold_hash); 0 if it has fewer than two. */
static uint32_t acronym_key(const verba_doc *doc, const verba_entity *e) {
  uint32_t h = 2166136261u;
  size_t k, n = 0;
  for (k = e->first; k < e->last; k++) {
    const verba_tok *t = &doc->toks[k];
    unsigned char c = doc->text.s[t->start];
    if (t->kind != VERBA_WORD || !(t->shape & VERBA_SHAPE_CAPITALIZED)) continue;
    if (c >= 0x80) return 0;
    h = (h ^ (uint32_t)(c | 0x20)) * 16777619u;
    n++;
  }
  return n >= 2 ? (h ? h : 1) : 0;
}

/* A group no key of its kind can stand for: two claim it (map_claim). */
#define CLAIMED_TWICE UINT32_MAX

/* ---- The map ---------------------------------------------------------------------- */

static int map_init(const verba_doc *doc, group_map *m, size_t entries) {
  size_t cap = 16;
  int rc;
  while (cap < 2 * entries + 2) cap *= 2;
  m->slots = NULL;
  m->slotcap = 0;
  rc = ent_reserve(doc, (void **)&m->slots, &m->slotcap, 2 * cap, sizeof *m->slots);
  if (rc != VERBA_OK) return rc;
  m->cap = cap;
  m->used = 0;
  memset(m->slots, 0, 2 * cap * sizeof *m->slots);
  return VERBA_OK;
}

static void map_free(const verba_doc *doc, group_map *m) {
  ent_release(doc, (void **)&m->slots, &m->slotcap, sizeof *m->slots);
}

/* The key of a word or words hash of a kind; 0 stays 0 (no key). */
static uint32_t kind_key(uint32_t key, enum key_kind kind) {
  uint32_t h;
  if (!key) return 0;
  h = (key ^ (uint32_t)kind * 0x9E3779B9u) * 0x85EBCA6Bu;
  h ^= h >> 13;
  return h ? h : 1;
}

/* The slot of key: where it is, or the empty slot where it goes. */
static size_t map_slot(const group_map *m, uint32_t key) {
  size_t i = (uint32_t)(key * 2654435761u) & (m->cap - 1);
  while (m->slots[2 * i] && m->slots[2 * i] != key) i = (i + 1) & (m->cap - 1);
  return i;
}

static size_t map_get(const group_map *m, uint32_t key, enum key_kind kind) {
  size_t i;
  key = kind_key(key, kind);
  if (!key) return VERBA_NONE;
  i = map_slot(m, key);
  return m->slots[2 * i] && m->slots[2 * i + 1] != CLAIMED_TWICE ? m->slots[2 * i + 1]
                                                                  : VERBA_NONE;
}

/* Maps key to g unless it is mapped already (the first entity to claim a
 * word keeps it). */
static void map_put(group_map *m, uint32_t key, enum key_kind kind, size_t g) {
  size_t i;
  key = kind_key(key, kind);
  if (!key) return;
  i = map_slot(m, key);
  if (m->slots[2 * i]) return;
  m->slots[2 * i] = key;
  m->slots[2 * i + 1] = (uint32_t)g;
  m->used++;
}

/* Maps key to g, or to no group if another claims it too (the Bank after
 * the Bank of England and the Bank of Japan). */
static void map_claim(group_map *m, uint32_t key, enum key_kind kind, size_t g) {
  size_t i;
  key = kind_key(key, kind);
  if (!key) return;
  i = map_slot(m, key);
  if (m->slots[2 * i]) {
    if (m->slots[2 * i + 1] != (uint32_t)g) m->slots[2 * i + 1] = CLAIMED_TWICE;
    return;
  }
  m->slots[2 * i] = key;
  m->slots[2 * i + 1] = (uint32_t)g;
  m->used++;
}

/* Keys a name puts at most (join). */
#define NAME_KEYS (6 + SHORT_NAME_WORDS - 1)

/* Has the map room for another name's keys, at most half full after
 * them? Sized for the names the tagger and the rules found (map_init),
 * it takes the names propagate() adds as long as it has. */
static int map_has_room(const group_map *m) { return 2 * (m->used + NAME_KEYS) <= m->cap; }

/* ---- Groups ------------------------------------------------------------------------- */

/* Per group while voting: type votes, then the count of its mentions a
 * rule decided are organisations (by an organisation's word: Acme
 * Holdings Ltd), which lets the first word of the name stand for it, and
 * of its mentions not in capitals (a headline's alone are no evidence
 * against a person's name in full: person_by_family_name), then of its
 * mentions in full with a man's or a woman's given name. */
#define VOTES ENT_MODEL_TYPES
#define DECIDED_ORGANIZATION VOTES
#define NOT_IN_CAPITALS (VOTES + 1)
/* a person's mentions in full whose given name is a man's, a woman's */
#define GIVEN_MALE_NAME (VOTES + 2)
#define GIVEN_FEMALE_NAME (VOTES + 3)
#define DECIDED (VOTES + 4) /* mentions a rule decided */
/* the first word of its first person's name in full (given_slot), or 0,
 * and that name's last word */
#define FIRST_GIVEN (VOTES + 5)
#define FAMILY_NAME (VOTES + 6)
/* its person's mentions in full that open with a given name the lists
 * have (of either sex or both) */
#define GIVEN_NAMED (VOTES + 7)
#define SLOTS (VOTES + 8)

/* A word's key as an int slot holds it: positive, never 0. */
static int given_slot(uint32_t key) { return (int)((key >> 1) | 1u); }

typedef struct resolver {
  const verba_doc *doc;
  const ent_text *x;
  verba_entity_list *list;
  int *votes;    /* SLOTS per group */
  size_t votecap;
  group_map map;
} resolver;

static int new_group(resolver *r, size_t mention) {
  verba_entity_list *list = r->list;
  verba_entity_group *g;
  int rc = ent_reserve(r->doc, (void **)&list->groups, &list->groupcap,
                       list->ngroups + 1, sizeof *list->groups);
  if (rc != VERBA_OK) return rc;
  rc = ent_reserve(r->doc, (void **)&r->votes, &r->votecap,
                   (list->ngroups + 1) * SLOTS, sizeof *r->votes);
  if (rc != VERBA_OK) return rc;
  g = &list->groups[list->ngroups];
  g->type = list->items[mention].type;
  g->gender = VERBA_GENDER_NONE;
  g->canonical = g->first = VERBA_NONE;
  g->count = 0;
  g->flags = 0;
  memset(r->votes + list->ngroups * SLOTS, 0, SLOTS * sizeof *r->votes);
  list->ngroups++;
  return VERBA_OK;
}

/* Are group g's mentions so far all in capitals (a headline's)? */
static int in_capitals_only(const resolver *r, size_t g) {
  return r->votes[g * SLOTS + NOT_IN_CAPITALS] == 0;
}

/* Was a mention of group g decided an organisation? */
static int decided_organisation(const resolver *r, size_t g) {
  return r->votes[g * SLOTS + DECIDED_ORGANIZATION] > 0;
}

/* The group of the name that mention i, a word in capitals (or an
 * organisation's capitalised word) in brackets, abbreviates: a name of
 * several words, not a person's, right before the bracket (the
 * Organisation for Economic Co-operation and Development (OECD): initials
 * need not match), or VERBA_NONE. */
static size_t bracketed_acronym_of(const resolver *r, size_t i) {
  const verba_doc *doc = r->doc;
  const verba_entity *e = &r->list->items[i], *before;
  size_t open = e->first - 1;
  if (i == 0 || e->first < 2 || e->last >= doc->ntoks || doc->toks[open].cp != '(' ||
      doc->toks[e->last].cp != ')')
    return VERBA_NONE;
  before = &r->list->items[i - 1];
  if (!is_name_type(before->type) || before->type == VERBA_ENT_PERSON ||
      before->last != open || before->last - before->first < 2)
    return VERBA_NONE;
  return before->id;
}

/* Is token k a country or a region the lists have (U.S., Texas; not an
 * acronym named like a region: BAA)? A firm named after a town is called
 * by the town's name (Ashland Oil ... Ashland said): a town is not. */
static int country_or_region(const resolver *r, size_t k) {
  const verba_tok *t = &r->doc->toks[k];
  const unsigned char *s = r->doc->text.s + t->start;
  verba_names names = ent_names(r->x, k);
  /* (in capitals, BAA's too: its second letter is no small one) */
  return (names & VERBA_NAME_COUNTRY) ||
         ((names & VERBA_NAME_REGION_NAME) && t->len > 1 && !(s[1] >= 'A' && s[1] <= 'Z'));
}

static int subject_name_at(const ent_text *x, size_t k);
static int headline_subject(const verba_doc *doc, size_t k);
static int verb_after_name(const ent_text *x, size_t k);

/* Is the one-word place mention e, whose word is the surname of a person
 * the document named in full, that person: neither a preposition of place
 * (in Laporte) nor a dateline places it; not a state that the lexicon's
 * regions hold (George Washington ... Washington); and the lists have the
 * word as a surname (Bernard Laporte ... the under-fire Laporte; LaPorte
 * is a town too; Brian Lara ... Lara, a Venezuelan state's name too) or it
 * reads as a subject's name (Iris Resende ... Resende announced; Resende
 * is a Brazilian town, and the lists' surnames are American)? A country's
 * name is its person's only where the lists have it as a surname and a
 * verb follows as the person's (Michael Jordan ... Jordan hit 14 shots;
 * Rep. Steve Israel ... Israel said; not Ireland and Scotland players,
 * nor Britain's Parliament: a country's name is its government's
 * subject's too, so the possessive and the comma say nothing). A word
 * the lists have as a place alone stays a place elsewhere. */
static int surname_not_place(const resolver *r, const verba_entity *e) {
  verba_names names = ent_names(r->x, e->first);
  if (!(names & VERBA_NAME_PLACE)) return 1;
  if ((e->flags & VERBA_ENT_DATELINE) ||
      (e->first > 0 && ent_place_preposition(r->doc, e->first - 1)))
    return 0;
  if (names & VERBA_NAME_COUNTRY)
    return (names & VERBA_NAME_SURNAME) && verb_after_name(r->x, e->first);
  return !(ent_classes(r->x, e->first) & VERBA_LEX_REGION) &&
         ((names & VERBA_NAME_SURNAME) || subject_name_at(r->x, e->first));
}

/* The group an earlier mention gives name n, or VERBA_NONE. */
/* The sex of person group g as far as its mentions so far tell: a title's
 * (Mrs.), else its given names' (Bill Clinton), else none. */
static enum verba_gender sex_so_far(const resolver *r, size_t g) {
  const int *v = r->votes + g * SLOTS;
  if (r->list->groups[g].gender != VERBA_GENDER_NONE) return r->list->groups[g].gender;
  if (v[GIVEN_MALE_NAME] > 0 && v[GIVEN_FEMALE_NAME] == 0) return VERBA_GENDER_MALE;
  if (v[GIVEN_FEMALE_NAME] > 0 && v[GIVEN_MALE_NAME] == 0) return VERBA_GENDER_FEMALE;
  return VERBA_GENDER_NONE;
}

/* Is word k a chamber's (the House, the Senate)? Alone it names the
 * chamber, not the committees and offices whose names it opens (the House
 * Budget Committee), so neither joins the other's entity by that word. */
static int chamber_word(const resolver *r, size_t k) {
  return (ent_names(r->x, k) & VERBA_NAME_CHAMBER) != 0;
}

/* The group of the person whose family name is the word of key, where
 * the word alone is of group word_group (or VERBA_NONE): the person also
 * where the word alone came before the name in full only in capitals, as
 * a headline's (VOLCKER TERM LIKELY ... Paul Volcker ... Volcker said),
 * not where the text wrote it alone before (Clinton ... Hillary Clinton
 * ... Clinton), nor where a rule decided it an organisation's. VERBA_NONE
 * if none. */
static size_t person_by_family_name(const resolver *r, uint32_t key, size_t word_group) {
  const int *v = word_group != VERBA_NONE ? r->votes + word_group * SLOTS : NULL;
  size_t person;
  if (v && (decided_organisation(r, word_group) ||
            (v[NOT_IN_CAPITALS] > 0 && v[VERBA_ENT_PERSON] > 0)))
    return VERBA_NONE;
  person = map_get(&r->map, key, SURNAME);
  /* (past a word written alone before, only a person whose full name
   * opens with a given name the lists have: not the tagger's "Old Athens",
   * a heading, before Athens ... Athens) */
  if (v && v[NOT_IN_CAPITALS] > 0 && person != VERBA_NONE &&
      r->votes[person * SLOTS + GIVEN_NAMED] == 0)
    return VERBA_NONE;
  return person;
}

/* Can a mention the tagger typed so be a team's nickname alone: a
 * people's name (Indians), a firm's, another name's? */
static int club_nickname_type(enum verba_entity_type type) {
  return type == VERBA_ENT_GROUP || type == VERBA_ENT_ORGANIZATION || type == VERBA_ENT_OTHER;
}

static int short_name_at(const resolver *r, size_t k);

/* Is the one word of mention e a given name the lists have, and no
 * country's, city's or region's, not in capitals (Isabel; not Georgia,
 * Paris)? */
static int given_name_alone(const resolver *r, const verba_entity *e) {
  verba_names names = ent_names(r->x, e->first);
  return (names & (VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE)) &&
         !(names & (VERBA_NAME_COUNTRY | VERBA_NAME_CITY | GIVEN_NOT_ALONE)) &&
         !(r->doc->toks[e->first].shape & VERBA_SHAPE_ALL_CAPS) &&
         !(ent_classes(r->x, e->first) & VERBA_LEX_REGION);
}

/* Groups family_member_of_sex reads back at most. */
#define FAMILY_GROUPS 64

/* The latest person of the last FAMILY_GROUPS groups named in full with
 * the family name of key whose given name tells sex (Mrs. Clinton after
 * Bill Clinton and Hillary Clinton: Hillary), or VERBA_NONE. */
static size_t family_member_of_sex(const resolver *r, uint32_t key, enum verba_gender sex) {
  size_t g = r->list->ngroups, stop = g > FAMILY_GROUPS ? g - FAMILY_GROUPS : 0;
  while (g-- > stop)
    if (r->list->groups[g].type == VERBA_ENT_PERSON &&
        r->votes[g * SLOTS + FAMILY_NAME] == given_slot(key) && sex_so_far(r, g) == sex)
      return g;
  return VERBA_NONE;
}

static size_t find_group(const resolver *r, name *n) {
  const verba_entity *e = &r->list->items[n->mention];
  size_t g = map_get(&r->map, n->key, WHOLE), person;
  /* (not where a title says the other sex: Mrs. Clinton after Bill
   * Clinton, Mr. Clinton after Mrs. Clinton) */
  if (g != VERBA_NONE && n->gender != VERBA_GENDER_NONE &&
      sex_so_far(r, g) != VERBA_GENDER_NONE && sex_so_far(r, g) != n->gender)
    g = VERBA_NONE;
  if (n->words == 1) {
    /* Hu after Ken Hu, whatever the tagger thought (Ronaldo after
     * Cristiano Ronaldo); not a place named like a person (Washington) */
    person = person_by_family_name(r, n->key, g);
    if (person != VERBA_NONE && n->gender != VERBA_GENDER_NONE &&
        sex_so_far(r, person) != VERBA_GENDER_NONE && sex_so_far(r, person) != n->gender)
      person = family_member_of_sex(r, n->key, n->gender);
    /* (not an organisation's name the lists have and no one's, to a
     * person: the Bundesbank after a headline's GERMAN BUNDESBANK the
     * tagger read as a person's) */
    if (person != VERBA_NONE && (e->type != VERBA_ENT_PLACE || surname_not_place(r, e)) &&
        !(e->type == VERBA_ENT_ORGANIZATION && ent_organisation_only(r->x, e->first) &&
          r->list->groups[person].type == VERBA_ENT_PERSON)) {
      n->family = 1;
      return person;
    }
    /* the word alone joined its person before (Jier Nogales said ...
     * Nogales told ... the Paris Club, Nogales said) */
    if (g != VERBA_NONE && g == map_get(&r->map, n->key, SURNAME)) {
      n->family = 1;
      return g;
    }
  }
  /* (a given name alone goes to the person named in full with it rather
   * than to the same word the tagger read as a work's or an event's before
   * that person came: "Settle For Hillary" ... Hillary Clinton ... vote
   * for Hillary; not to a firm's: Paul's Place Inc ... Paul D. Gardner) */
  if (g != VERBA_NONE && n->words == 1 && r->list->groups[g].type == VERBA_ENT_OTHER &&
      given_name_alone(r, e)) {
    person = map_get(&r->map, n->key, GIVEN);
    if (person != VERBA_NONE && r->list->groups[person].type == VERBA_ENT_PERSON) return person;
  }
  /* a firm's first words, where a rule read them as its name
   * (short_firm_names: Iowa Beef after Iowa Beef Processors Inc) */
  if (g == VERBA_NONE && n->words > 1 && e->type == VERBA_ENT_ORGANIZATION)
    g = map_get(&r->map, n->key, SHORT_NAME);
  if (g != VERBA_NONE) return g;
  if (n->words == 1 && club_nickname_type(e->type)) {
    /* the Indians after the Cleveland Indians, whatever the tagger read;
     * the Commission after the European Commission */
    g = map_get(&r->map, n->key, CLUB_TAIL);
    if (g == VERBA_NONE && e->type == VERBA_ENT_ORGANIZATION && short_name_at(r, e->first))
      g = map_get(&r->map, n->key, HEAD_WORD);
    if (g != VERBA_NONE && r->list->groups[g].type == VERBA_ENT_ORGANIZATION) return g;
  }
  if (n->words == 1) {
    /* Meng after Meng Wanzhou: names that put the family name first;
     * Isabel after Isabel Ruiz, whatever the tagger made of a given name
     * that names a place too (not a country, a state, a city or a people,
     * nor an acronym: Georgia, Paris, German, SAMA) */
    g = map_get(&r->map, n->key, GIVEN);
    if (g != VERBA_NONE && (e->type == VERBA_ENT_PERSON || given_name_alone(r, e))) return g;
    /* Brindlemoor after Brindlemoor Holdings Ltd, whatever the tagger
     * thought; not a people (British after the British Library) nor a
     * country or a region that the tagger read as a place (U.S. after
     * the U.S. Department of Agriculture, China after China Mobile) */
    g = chamber_word(r, e->first) ? VERBA_NONE : map_get(&r->map, n->key, HEAD);
    if (g != VERBA_NONE && e->type != VERBA_ENT_GROUP &&
        !(e->type == VERBA_ENT_PLACE && country_or_region(r, e->first)) &&
        (e->type != VERBA_ENT_PERSON || decided_organisation(r, g)))
      return g;
    if (r->doc->toks[e->first].shape & VERBA_SHAPE_ALL_CAPS) {
      g = bracketed_acronym_of(r, n->mention);
      return g != VERBA_NONE ? g : map_get(&r->map, n->key, ACRONYM);
    }
    /* (an organisation's short name capitalised after its name: the
     * Foreign Trade Department (Cacex)) */
    if (e->type != VERBA_ENT_ORGANIZATION) return VERBA_NONE;
    g = bracketed_acronym_of(r, n->mention);
    return g != VERBA_NONE && r->list->items[n->mention - 1].type == VERBA_ENT_ORGANIZATION
               ? g
               : VERBA_NONE;
  }
  /* Ken Hu after Hu; Huawei Technologies after Huawei (Bethlehem Steel
   * Corp after the firm's Bethlehem), not a place that a country or a
   * region opens after that country (the U.S. Space and Rocket Center
   * after the U.S., Coventry Peace Park after Coventry) */
  if (e->type == VERBA_ENT_PERSON) {
    /* (not the person of another given name: Hillary Clinton after Bill
     * Clinton ... Clinton) */
    int first_given;
    g = map_get(&r->map, n->last_key, WHOLE);
    if (g == VERBA_NONE || r->list->groups[g].type != VERBA_ENT_PERSON) return VERBA_NONE;
    first_given = r->votes[g * SLOTS + FIRST_GIVEN];
    if (first_given == 0 || first_given == given_slot(n->first_key)) return g;
  } else if (!chamber_word(r, e->first) &&
             !(e->type == VERBA_ENT_PLACE && country_or_region(r, e->first))) {
    g = map_get(&r->map, n->first_key, WHOLE);
    if (g != VERBA_NONE && r->list->groups[g].type == e->type) return g;
  }
  return VERBA_NONE;
}

/* A mention's vote for its entity's type: one, two for a name of several
 * words; three more for the type a rule decided, or for a person when a
 * title stands before it. */
static void vote(resolver *r, size_t g, const name *n, const verba_entity *e) {
  int *v = r->votes + g * SLOTS;
  v[e->type] += n->words > 1 ? 2 : 1;
  if (n->titled) v[VERBA_ENT_PERSON] += 3;
  if (e->flags & VERBA_ENT_DECIDED) v[e->type] += 3;
  if (e->flags & VERBA_ENT_DECIDED) v[DECIDED]++;
  if ((e->flags & VERBA_ENT_DECIDED) && e->type == VERBA_ENT_ORGANIZATION)
    v[DECIDED_ORGANIZATION]++;
  if (!ent_in_capitals(r->doc, e)) v[NOT_IN_CAPITALS]++;
  if (e->type == VERBA_ENT_PERSON && n->words > 1) {
    enum verba_gender given = given_name_gender(r->x, e->first);
    if (ent_names(r->x, e->first) & GIVEN_NAMES) v[GIVEN_NAMED]++;
    if (given == VERBA_GENDER_MALE) v[GIVEN_MALE_NAME]++;
    if (given == VERBA_GENDER_FEMALE) v[GIVEN_FEMALE_NAME]++;
  }
}


/* Is mention a a fuller name than b: more words, or as many not all in
 * capitals where b is? */
static int fuller(const verba_doc *doc, const verba_entity *a, const verba_entity *b) {
  size_t wa = a->last - a->first, wb = b->last - b->first;
  if (wa != wb) return wa > wb;
  return ent_in_capitals(doc, b) && !ent_in_capitals(doc, a);
}

/* Is organisation e, of words words, a club the lists have, of two words,
 * whose last one heads organisations' names (Manchester United, Bristol
 * Rovers, Leeds United: United alone names it in a report of its match),
 * or a team named by its town and its nickname (the Baltimore Orioles, the
 * Los Angeles Dodgers: team_name), a nickname the lists leave out alone
 * as a people's too (the Cleveland Indians: the Indians in its story)? */
static int club_named_by_tail(const resolver *r, const verba_entity *e, size_t words) {
  verba_names tail = verba_doc_names(r->doc, e->last - 1);
  return (words == 2 && (tail & VERBA_NAME_ORG_HEAD) &&
          (ent_phrase_of(r->x, e->first, 2) & VERBA_NAME_SPORTS_CLUB)) ||
         (words >= 2 && ((tail & VERBA_NAME_TEAM_NAME) ||
                         (ent_phrase_of(r->x, e->first, words) & VERBA_NAME_TEAM_NAME)));
}

/* Is word k a firm's legal suffix that a name may leave out: abbreviated
 * (Corp, Inc, Co) or a head word in short capitals (AG, SA, NV, PLC)? */
static int legal_suffix(const ent_text *x, size_t k) {
  const verba_tok *t = &x->doc->toks[k];
  return ent_firm_abbreviation(x, k) ||
         ((ent_names(x, k) & VERBA_NAME_ORG_HEAD) && (t->shape & VERBA_SHAPE_ALL_CAPS) &&
          t->len <= ABBREVIATED_HEAD);
}

/* The head word of organisation e, of two words or more, that names it
 * alone after "the": its last word, or the word before its "of" or "for",
 * that heads organisations' names (the European Commission, the Bank of
 * England, the Forum for the Future); VERBA_NONE if none. */
static size_t head_word(const resolver *r, const verba_entity *e) {
  const verba_doc *doc = r->doc;
  size_t k;
  if (verba_doc_names(doc, e->last - 1) & VERBA_NAME_ORG_HEAD) return e->last - 1;
  for (k = e->first + 1; k + 1 < e->last; k++)
    if (is_word(doc, k, "of") || is_word(doc, k, "for"))
      return verba_doc_names(doc, k - 1) & VERBA_NAME_ORG_HEAD ? k - 1 : VERBA_NONE;
  return VERBA_NONE;
}

/* Makes mention i (read into n if a name) one of group g's. */
static void join(resolver *r, size_t i, const name *n, size_t g) {
  verba_entity_list *list = r->list;
  verba_entity_group *grp = &list->groups[g];
  verba_entity *e = &list->items[i];
  size_t head, k;
  e->id = g;
  if (is_name_type(e->type)) {
    /* (a dateline's place sways no entity it is named like: part_places) */
    if (!(e->flags & VERBA_ENT_DATELINE)) vote(r, g, n, e);
    if (grp->gender == VERBA_GENDER_NONE) grp->gender = n->gender;
    map_put(&r->map, n->key, WHOLE, g);
    if (n->words > 1) {
      /* (a person is not written as initials: GM is no George McGovern) */
      if (e->type == VERBA_ENT_PERSON) {
        int *first_given = &r->votes[g * SLOTS + FIRST_GIVEN];
        if (*first_given == 0) {
          *first_given = given_slot(n->first_key);
          r->votes[g * SLOTS + FAMILY_NAME] = given_slot(n->last_key);
        }
        map_put(&r->map, n->last_key, SURNAME, g);
        map_put(&r->map, n->first_key, GIVEN, g);
      } else {
        map_put(&r->map, n->first_key, HEAD, g);
        map_put(&r->map, acronym_key(r->doc, e), ACRONYM, g);
        if (e->type == VERBA_ENT_ORGANIZATION && legal_suffix(r->x, e->last - 1)) {
          map_put(&r->map, n->stem_key, FIRM_STEM, g);
          map_put(&r->map, n->first_key, FIRM_HEAD, g);
        }
        if (e->type == VERBA_ENT_ORGANIZATION && club_named_by_tail(r, e, n->words))
          map_put(&r->map, n->last_key, CLUB_TAIL, g);
        if (e->type == VERBA_ENT_ORGANIZATION && (head = head_word(r, e)) != VERBA_NONE)
          map_claim(&r->map, ent_word_slot_key(r->doc, head), HEAD_WORD, g);
        if (e->type == VERBA_ENT_ORGANIZATION &&
            (verba_doc_names(r->doc, e->last - 1) & VERBA_NAME_ORG_HEAD))
          for (k = 0; k < SHORT_NAME_WORDS - 1 && n->short_keys[k]; k++)
            map_claim(&r->map, n->short_keys[k], SHORT_NAME, g);
      }
    }
  }
}

/* Is group g, settled a person's, a place the lists have as two of a
 * town, a region and a country, that the document only ever names by
 * that one word, with no rule's or title's say (the State Department said
 * Washington was concerned: a given and a family name the lists have too,
 * but no one in the document bears it in full)? */
static int place_read_as_person(const resolver *r, size_t g) {
  const verba_entity_list *list = r->list;
  const verba_entity_group *grp = &list->groups[g];
  const verba_entity *c = &list->items[grp->canonical];
  verba_names names;
  int kinds;
  if (grp->type != VERBA_ENT_PERSON || c->last - c->first != 1 ||
      r->votes[g * SLOTS + VERBA_ENT_PERSON] > (int)grp->count)
    return 0;
  names = ent_names(r->x, c->first);
  kinds = !!(names & VERBA_NAME_CITY) + !!(names & VERBA_NAME_REGION_NAME) +
          !!(names & VERBA_NAME_COUNTRY);
  return kinds >= 2;
}

/* Can the word alone of mention c, written before the story names the
 * person full in full, be that person's family name: no common word (the
 * Bible before Geoffrey Bible), no figures in it (Baa-1), and a given name
 * the lists have opening the full name, of no month (not Dainik Jagran,
 * a paper the tagger took for a person; nor January Maya, a crude oil)? */
static int written_before_person(const resolver *r, const verba_entity *c,
                                  const verba_entity *full) {
  verba_names given = ent_names(r->x, full->first);
  return !(r->doc->toks[c->first].shape & VERBA_SHAPE_DIGIT) && !ent_common_word(r->x, c->first) &&
         (given & (VERBA_NAME_GIVEN_MALE | VERBA_NAME_GIVEN_FEMALE)) &&
         !(given & (VERBA_NAME_MONTH | VERBA_NAME_WEEKDAY));
}

/* Settles each group's type by its votes (ties: its first mention's) and
 * gives it to every mention; counts the mentions and finds the first and
 * the fullest (the canonical name: marked for recasing if in capitals). */
static void settle(resolver *r) {
  verba_entity_list *list = r->list;
  size_t g, i;
  for (i = 0; i < list->n; i++) {
    verba_entity_group *grp = &list->groups[list->items[i].id];
    if (grp->first == VERBA_NONE) grp->first = grp->canonical = i;
    else if (fuller(r->doc, &list->items[i], &list->items[grp->canonical]))
      grp->canonical = i;
    grp->count++;
  }
  for (g = 0; g < list->ngroups; g++) {
    verba_entity_group *grp = &list->groups[g];
    const verba_entity *c = &list->items[grp->canonical];
    const int *v = r->votes + g * SLOTS;
    int t, best;
    if (!is_name_type(grp->type)) continue;
    best = (int)list->items[grp->first].type;
    for (t = 0; t < VOTES; t++)
      if (v[t] > v[best]) best = t;
    grp->type = (enum verba_entity_type)best;
    if (place_read_as_person(r, g)) grp->type = VERBA_ENT_PLACE;
    /* (a name whose fullest form ends in a firm's legal suffix is the
     * firm's, however its short forms voted: Argo ... Argo Petroleum Corp,
     * Piedmont ... Piedmont Aviation Inc) */
    if (c->last - c->first >= 2 && legal_suffix(r->x, c->last - 1))
      grp->type = VERBA_ENT_ORGANIZATION;
    if (grp->type != VERBA_ENT_PERSON) grp->gender = VERBA_GENDER_NONE;
    if (c->last - c->first > 1 && ent_in_capitals(r->doc, c)) grp->flags |= VERBA_ENT_RECASE;
  }
  /* a headline's name in capitals is the firm whose name without its
   * suffix it is (MCDONNELL DOUGLAS before McDonnell Douglas Corp), unless
   * the lists have it as a place (SOUTH AFRICA before ... of South Africa
   * Ltd) */
  for (g = 0; g < list->ngroups; g++) {
    verba_entity_group *grp = &list->groups[g];
    const verba_entity *c = &list->items[grp->canonical];
    size_t firm;
    name n;
    if (!is_name_type(grp->type) || grp->type == VERBA_ENT_ORGANIZATION ||
        c->last - c->first < 2 || !in_capitals_only(r, g) ||
        (ent_phrase_of(r->x, c->first, c->last - c->first) & VERBA_NAME_PLACE))
      continue;
    read_name(r->x, c, grp->canonical, &n);
    firm = map_get(&r->map, n.key, FIRM_STEM);
    if (firm != VERBA_NONE && firm != g) grp->type = list->groups[firm].type;
  }
  /* a headline's one word in capitals, no place's, that the tagger read
   * as a person's or another name, and no famous person's, is the firm
   * whose name in full opens with it and ends in a legal suffix (not the
   * Reagan Administration's REAGAN; BABCOCK EXPECTS ... before
   * Babcock International Plc; CARGILL before Cargill U.K. Ltd), and so is
   * the word alone after it, which joined it (SALOMON ... Salomon Brothers
   * Inc ... Salomon), unless someone the story names in full bears it
   * (BOESKY before Ivan Boesky) or a rule decided a mention of it; so is
   * a word the lists have as a firm's and a town's that the tagger read as
   * the town's, wherever it stands (Toyota raises output ... Toyota Motor
   * Corp ... Toyota said) */
  for (g = 0; g < list->ngroups; g++) {
    verba_entity_group *grp = &list->groups[g];
    const verba_entity *c = &list->items[grp->canonical], *full;
    size_t firm;
    name n;
    verba_names names;
    if (c->last - c->first != 1 || r->votes[g * SLOTS + DECIDED] > 0) continue;
    names = ent_names(r->x, c->first);
    if (grp->type == VERBA_ENT_PLACE
            ? !(names & VERBA_NAME_ORGANIZATION) || (names & (VERBA_NAME_COUNTRY | VERBA_NAME_REGION_NAME))
            : (grp->type != VERBA_ENT_PERSON && grp->type != VERBA_ENT_OTHER) ||
                  !ent_in_caps_line(r->x, list->items[grp->first].first) ||
                  (names & VERBA_NAME_PLACE) || ent_known_person(r->x, c->first))
      continue;
    read_name(r->x, c, grp->canonical, &n);
    firm = map_get(&r->map, n.key, HEAD);
    if (firm == VERBA_NONE || firm == g || list->groups[firm].type != VERBA_ENT_ORGANIZATION ||
        map_get(&r->map, n.key, SURNAME) != VERBA_NONE)
      continue;
    full = &list->items[list->groups[firm].canonical];
    if (legal_suffix(r->x, full->last - 1)) grp->type = VERBA_ENT_ORGANIZATION;
  }
  /* a team's nickname alone before the story names the team with its
   * town (INDIANS in a headline before the Cleveland Indians) */
  for (g = 0; g < list->ngroups; g++) {
    verba_entity_group *grp = &list->groups[g];
    const verba_entity *c = &list->items[grp->canonical];
    size_t club;
    name n;
    if (!is_name_type(grp->type) || !club_nickname_type(grp->type) ||
        grp->type == VERBA_ENT_ORGANIZATION || c->last - c->first != 1)
      continue;
    read_name(r->x, c, grp->canonical, &n);
    club = map_get(&r->map, n.key, CLUB_TAIL);
    if (club != VERBA_NONE && club != g && list->groups[club].type == VERBA_ENT_ORGANIZATION)
      grp->type = VERBA_ENT_ORGANIZATION;
  }
  /* and a word alone is the person the story names in full by it,
   * whatever the tagger read: a headline's in capitals, in a line in
   * capitals, where the full name is not (VOLCKER TERM LIKELY ... Paul
   * Volcker; not a sentence's first word: CALOI is ...), or one that no
   * rule decided and the story writes only before the full name (Almagro
   * continues Spanish surge ... Nicolas Almagro), unless the lists have it
   * as a place's or a firm's name (WASHINGTON ... George Washington;
   * VOLVO) or it is a generation's (IV) */
  for (g = 0; g < list->ngroups; g++) {
    verba_entity_group *grp = &list->groups[g];
    const verba_entity *c = &list->items[grp->canonical], *full;
    size_t person;
    name n;
    if (!is_name_type(grp->type) || grp->type == VERBA_ENT_PERSON ||
        grp->type == VERBA_ENT_GROUP || c->last - c->first != 1 ||
        (ent_names(r->x, c->first) & (VERBA_NAME_ORGANIZATION | VERBA_NAME_NAME_SUFFIX)) ||
        !surname_not_place(r, c))
      continue;
    read_name(r->x, c, grp->canonical, &n);
    person = map_get(&r->map, n.key, SURNAME);
    if (person == VERBA_NONE || person == g || list->groups[person].type != VERBA_ENT_PERSON)
      continue;
    full = &list->items[list->groups[person].canonical];
    if ((in_capitals_only(r, g) && ent_in_caps_line(r->x, c->first) &&
         !(r->doc->toks[full->last - 1].shape & VERBA_SHAPE_ALL_CAPS)) ||
        (r->votes[g * SLOTS + DECIDED] == 0 && grp->first < list->groups[person].first &&
         written_before_person(r, c, full)))
      grp->type = VERBA_ENT_PERSON;
  }
  for (i = 0; i < list->n; i++) list->items[i].type = list->groups[list->items[i].id].type;
}

/* Does "At" open mention e's sentence, a comma closing the phrase (At
 * Chicago , Frank Thomas drove in three runs): the place of what the
 * sentence tells, as "at" before a name alone is not (an analyst at
 * Nomura)? */
static int fronted_at(const verba_doc *doc, const verba_entity *e) {
  return (doc->toks[e->first - 1].shape & VERBA_SHAPE_SENTENCE_START) &&
         is_word(doc, e->first - 1, "at") && e->last < doc->ntoks &&
         doc->toks[e->last].cp == ',';
}

/* Is mention e of an entity settled as an organisation a place the lists
 * have, after a preposition that puts what follows in a place (the
 * results' CHICAGO 6 Boston 4, then "In Chicago , Frank Thomas drove in
 * three runs"; a firm's Boston, then "offices in Boston")? Not after a
 * holding's word (a stake in Union, an interest in Piedmont), nor in the
 * possessive (the mortal wound in Clemson's momentum) or before a slash
 * (in Fleet/Norstar earnings), where the firm or the club goes on; a
 * rule's own organisation stays one. */
static int place_after_preposition(const resolver *r, const verba_entity *e) {
  const verba_doc *doc = r->doc;
  size_t k = e->first, end = e->last;
  if (k == 0 || r->list->groups[e->id].type != VERBA_ENT_ORGANIZATION ||
      (e->flags & VERBA_ENT_DECIDED) ||
      !(ent_preposition_of_place_only(doc, k - 1) || fronted_at(doc, e)) ||
      (k > 1 && (ent_names(r->x, k - 2) & VERBA_NAME_HOLDING_WORD)) ||
      (doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE))
    return 0;
  if (end < doc->ntoks &&
      (ent_detached_apostrophe(doc, end) ||
       (doc->toks[end].cp == '/' && !(doc->toks[end].shape & VERBA_SHAPE_SPACED))))
    return 0;
  return (ent_phrase_of(r->x, k, end - k) & VERBA_NAME_PLACE) != 0;
}

/* The datelines' places whose entity settled as no place (LIVERPOOL
 * 1996-09-14 before "Liverpool beat Chelsea", the club), and the places
 * named after a preposition of place whose entity settled as an
 * organisation, become an entity of their own, a place, one for each
 * entity they leave. Two passes over the mentions, however many. */
static int part_places(resolver *r) {
  verba_entity_list *list = r->list;
  size_t i, g, old = list->ngroups, cap = 0, *moved = NULL;
  int rc = VERBA_OK, retyped = 0;
  for (i = 0; i < list->n && rc == VERBA_OK; i++) {
    verba_entity *e = &list->items[i];
    int dateline = (e->flags & VERBA_ENT_DATELINE) != 0;
    g = e->id;
    if (list->groups[g].type == VERBA_ENT_PLACE ||
        !(dateline || place_after_preposition(r, e)))
      continue;
    if (list->groups[g].count == 1) {
      list->groups[g].type = e->type = VERBA_ENT_PLACE;
      continue;
    }
    /* (besides it, a headline's words in capitals alone: VAL D'ISERE, read
     * as a person's, is the dateline's place, and so are its mentions) */
    if (dateline && in_capitals_only(r, g) && !decided_organisation(r, g)) {
      list->groups[g].type = VERBA_ENT_PLACE;
      retyped = 1;
      continue;
    }
    if (!moved) {
      rc = ent_reserve(r->doc, (void **)&moved, &cap, old, sizeof *moved);
      if (rc != VERBA_OK) break;
      memset(moved, 0xff, old * sizeof *moved); /* VERBA_NONE: not parted */
    }
    if (moved[g] == VERBA_NONE) {
      rc = new_group(r, i);
      if (rc != VERBA_OK) break;
      moved[g] = list->ngroups - 1;
      list->groups[moved[g]].type = VERBA_ENT_PLACE;
      list->groups[moved[g]].first = list->groups[moved[g]].canonical = i;
      /* (the old group's first and canonical are found again below) */
      list->groups[g].first = list->groups[g].canonical = VERBA_NONE;
    }
    e->id = moved[g];
    e->type = VERBA_ENT_PLACE;
    list->groups[moved[g]].count++;
    list->groups[g].count--;
  }
  for (i = 0; moved && rc == VERBA_OK && i < list->n; i++) {
    verba_entity_group *grp = &list->groups[list->items[i].id];
    if (list->items[i].id >= old || moved[list->items[i].id] == VERBA_NONE) continue;
    if (grp->first == VERBA_NONE) grp->first = grp->canonical = i;
    else if (fuller(r->doc, &list->items[i], &list->items[grp->canonical])) grp->canonical = i;
  }
  ent_release(r->doc, (void **)&moved, &cap, sizeof *moved);
  /* (the mentions of the groups made places, in one pass: settle gave
   * each mention its group's type) */
  for (i = 0; retyped && i < list->n; i++)
    list->items[i].type = list->groups[list->items[i].id].type;
  return rc;
}

/* The gender pronouns tell of the people they refer back to: a he, his,
 * him, she or her whose sentence and the one before it (in its
 * paragraph) name one person only, or refer to one (she ... her), votes
 * for that person's gender. A person whose title tells no gender takes
 * that of two votes or more to none, of three to one; else the gender of
 * their given name, if it is borne by one sex, or for a person named by
 * one word only, of the famous people known by it, if they are of one
 * (Merkel, Arafat; not Curie). */
static int pronoun_genders(resolver *r) {
  const verba_doc *doc = r->doc;
  verba_entity_list *list = r->list;
  size_t k, i = 0, last = VERBA_NONE, other = VERBA_NONE, g;
  size_t last_at = 0, other_at = 0; /* the sentences of their latest mentions */
  size_t votecap = 0;
  int *votes = NULL, rc;
  rc = ent_reserve(doc, (void **)&votes, &votecap, 2 * list->ngroups + 2, sizeof *votes);
  if (rc != VERBA_OK) return rc;
  memset(votes, 0, votecap * sizeof *votes);
  /* (from a word of a gender's class to the next: the mentions before it
   * are read first, as at every token) */
  for (k = ent_next_gendered(r->x, 0); k < doc->ntoks; k = ent_next_gendered(r->x, k + 1)) {
    size_t s = doc->toks[k].sentence;
    verba_classes c;
    for (; i < list->n && list->items[i].first <= k; i++) {
      const verba_entity *e = &list->items[i];
      if (e->type != VERBA_ENT_PERSON) continue;
      if (e->id != last) {
        other = last;
        other_at = last_at;
        last = e->id;
      }
      last_at = doc->toks[e->first].sentence;
    }
    if (last == VERBA_NONE || doc->toks[k].kind != VERBA_WORD || !doc->toks[k].entry) continue;
    c = lex(r->x, k);
    if (!(c & (VERBA_LEX_MALE | VERBA_LEX_FEMALE)) || (c & VERBA_LEX_NAME_TITLE) ||
        (c & VERBA_LEX_MALE && c & VERBA_LEX_FEMALE))
      continue;
    /* the person must be named in this sentence or the one before, in
     * this paragraph, and no other person since */
    if (last_at + 1 < s || doc->sentences[last_at].parent != doc->sentences[s].parent) continue;
    if (other != VERBA_NONE && other_at + 1 >= s &&
        doc->sentences[other_at].parent == doc->sentences[s].parent)
      continue;
    votes[2 * last + ((c & VERBA_LEX_FEMALE) != 0)]++;
    last_at = s; /* the pronoun keeps its person in mind: she ... her */
  }
  for (g = 0; g < list->ngroups; g++) {
    verba_entity_group *grp = &list->groups[g];
    const verba_entity *c = &list->items[grp->canonical];
    int male = votes[2 * g], female = votes[2 * g + 1];
    if (grp->type != VERBA_ENT_PERSON || grp->gender != VERBA_GENDER_NONE) continue;
    if (male >= 2 && male >= 3 * female) grp->gender = VERBA_GENDER_MALE;
    else if (female >= 2 && female >= 3 * male) grp->gender = VERBA_GENDER_FEMALE;
    else if (c->last - c->first > 1) grp->gender = given_name_gender(r->x, c->first);
    else grp->gender = ent_known_gender(r->x, c->first);
  }
  ent_release(doc, (void **)&votes, &votecap, sizeof *votes);
  return VERBA_OK;
}

/* Is token k the possessive "its" in lower case? */
static int is_its(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  return t->kind == VERBA_WORD && t->len == 3 && s[0] == 'i' && s[1] == 't' && s[2] == 's';
}

/* "Its" this many times after a "person" as the latest name in its
 * sentence, and no gender, make the name an organisation's. */
#define ITS_VOTES 2

/* Can group g, a person's to the tagger, be an organisation's for the
 * "its" after it: named by one word, no given name, no famous person's
 * name, no title before any mention (titled, one byte a group), and no
 * gender from anything (pronoun_genders ran)? */
static int person_in_name_only(const resolver *r, size_t g, const unsigned char *titled) {
  const verba_entity_group *grp = &r->list->groups[g];
  const verba_entity *c = &r->list->items[grp->canonical];
  return grp->type == VERBA_ENT_PERSON && grp->gender == VERBA_GENDER_NONE &&
         c->last - c->first == 1 && !(ent_names(r->x, c->first) & GIVEN_NAMES) &&
         !ent_known_person(r->x, c->first) && !titled[g];
}

/* Marks in titled (one byte a group, cleared) the groups the "its" may
 * change (votes: "its", then he, his, she, her, two counts a group) that
 * have a mention after a title or a rank, reading the list once. */
static void titled_groups(const resolver *r, const int *votes, unsigned char *titled) {
  const verba_entity_list *list = r->list;
  size_t i, g;
  for (i = 0; i < list->n; i++) {
    g = list->items[i].id;
    if (g < list->ngroups && votes[2 * g] >= ITS_VOTES && votes[2 * g + 1] == 0 &&
        list->items[i].first > 0 && title_or_rank(r->x, list->items[i].first - 1))
      titled[g] = 1;
  }
}

/* A "person" whose own is "its" is an organisation: a name read as a
 * person's (a firm's unknown name, Yukos), followed in its sentence, with
 * no name between, by "its" ITS_VOTES times or more (Yukos filed for
 * bankruptcy to keep its unit; Yukos claims that ... its founder) and
 * never by he, his, she or her, where nothing gave it a gender
 * (person_in_name_only). */
static int owners_of_its(resolver *r) {
  const verba_doc *doc = r->doc;
  verba_entity_list *list = r->list;
  size_t k, i = 0, last = VERBA_NONE, g, cap = 0, titledcap = 0, changed = 0;
  int *votes = NULL, rc;
  unsigned char *titled = NULL;
  /* (two counts a group: "its", and he, his, she, her after it) */
  rc = ent_reserve(doc, (void **)&votes, &cap, 2 * list->ngroups + 2, sizeof *votes);
  if (rc != VERBA_OK) return rc;
  memset(votes, 0, cap * sizeof *votes);
  for (k = 0; k < doc->ntoks; k++) {
    unsigned char c = doc->toks[k].cp;
    int its;
    /* (the word first, by its first letter: its, he, his, him, she, her;
     * a pronoun opening a sentence has no name before it there) */
    if ((c != 'i' && c != 'h' && c != 's') || doc->toks[k].kind != VERBA_WORD ||
        !doc->toks[k].entry)
      continue;
    its = c == 'i' && is_its(doc, k);
    if (!its && (!(lex(r->x, k) & (VERBA_LEX_MALE | VERBA_LEX_FEMALE)) ||
                 (lex(r->x, k) & VERBA_LEX_NAME_TITLE)))
      continue;
    /* (the latest name before token k, in its sentence) */
    for (; i < list->n && list->items[i].first <= k; i++)
      if (is_name_type(list->items[i].type)) last = i;
    if (last == VERBA_NONE || list->items[last].last > k ||
        doc->toks[list->items[last].first].sentence != doc->toks[k].sentence ||
        list->items[last].type != VERBA_ENT_PERSON)
      continue;
    votes[2 * list->items[last].id + !its]++;
  }
  for (g = 0; g < list->ngroups && rc == VERBA_OK; g++) {
    if (votes[2 * g] < ITS_VOTES || votes[2 * g + 1] != 0) continue;
    /* (the titles read once, for the first group that may change) */
    if (!titled) {
      rc = ent_reserve(doc, (void **)&titled, &titledcap, list->ngroups, 1);
      if (rc != VERBA_OK) break;
      memset(titled, 0, titledcap);
      titled_groups(r, votes, titled);
    }
    if (person_in_name_only(r, g, titled)) {
      list->groups[g].type = VERBA_ENT_ORGANIZATION;
      changed = 1;
    }
  }
  if (changed && rc == VERBA_OK)
    for (i = 0; i < list->n; i++) list->items[i].type = list->groups[list->items[i].id].type;
  ent_release(doc, (void **)&votes, &cap, sizeof *votes);
  ent_release(doc, (void **)&titled, &titledcap, 1);
  return rc;
}

/* The longest name this document has elsewhere that starts at token k
 * (at most MAX_WORDS words of capitals, none covered): its end, and its
 * group in *g; k if none. */
#define MAX_WORDS 4

static int free_capital(const ent_text *x, const unsigned char *covered, size_t k) {
  const verba_doc *doc = x->doc;
  const verba_tok *t = &doc->toks[k];
  return k < doc->ntoks && !(covered[k >> 3] >> (k & 7) & 1) && t->kind == VERBA_WORD &&
         (t->shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS)) &&
         !ent_is_title(x, k) &&
         !(lex(x, k) & (VERBA_LEX_DETERMINER | VERBA_LEX_PRONOUN |
                          VERBA_LEX_PREPOSITION | VERBA_LEX_COORDINATOR |
                          VERBA_LEX_SUBORDINATOR | VERBA_LEX_CLAUSE_OPENER));
}

/* Is word k a common word too: in the lexicon's classes, a name the lists
 * mark so, or a chamber's common noun (Assembly lines)? */
static int ambiguous(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  return doc->toks[k].entry &&
         (lex(x, k) || (verba_doc_names(doc, k) & (VERBA_NAME_AMBIGUOUS_NAME | VERBA_NAME_NOT_NAME |
                                                    VERBA_NAME_CHAMBER)));
}

/* Does word k, alone, read as the subject's name of its clause: in the
 * possessive, or before a comma, a reporting verb or a verb in the past
 * (Dole's aides; Dole, campaigning in Iowa, said; Dole said; Reed pointed
 * out)? A common noun first in its sentence rarely stands so, and a
 * person's family name is asked about only where the document names the
 * person in full. */
static int subject_name_at(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  const verba_tok *next = k + 1 < doc->ntoks ? &doc->toks[k + 1] : NULL;
  if (doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE) return 1;
  /* (not a town's name before its state's: a Providence, R.I. firm) */
  if (next && next->cp == ',' && next->len == 1)
    return !(k + 2 < doc->ntoks && capital_word(doc, k + 2) &&
             ((ent_classes(x, k + 2) & (VERBA_LEX_REGION | VERBA_LEX_REGION_ABBREV)) ||
              (ent_names(x, k + 2) & VERBA_NAME_REGION_NAME)));
  return verb_after_name(x, k);
}

/* Is word k followed by a reporting verb or a verb in the past in lower
 * case (Dole said; Reed pointed out)? */
static int verb_after_name(const ent_text *x, size_t k) {
  const verba_doc *doc = x->doc;
  const verba_tok *next = k + 1 < doc->ntoks ? &doc->toks[k + 1] : NULL;
  const unsigned char *s;
  if (!next || next->kind != VERBA_WORD || !(next->shape & VERBA_SHAPE_LOWER)) return 0;
  s = doc->text.s + next->start;
  return (lex(x, k + 1) & VERBA_LEX_FINITE_CUE) ||
         (next->len >= 4 && s[next->len - 2] == 'e' && s[next->len - 1] == 'd');
}

/* Does word k open a headline, a paragraph of one sentence, as the
 * subject of a verb in the present (Dole attacks Clinton on drugs; Dole
 * wins in Ohio), which headlines write where stories write the past? */
static int headline_subject(const verba_doc *doc, size_t k) {
  const verba_unit *sentence = &doc->sentences[doc->toks[k].sentence];
  const verba_unit *paragraph = &doc->paragraphs[sentence->parent];
  const verba_tok *next = k + 1 < doc->ntoks ? &doc->toks[k + 1] : NULL;
  const unsigned char *s;
  if (sentence->first != paragraph->first || sentence->last != paragraph->last || !next ||
      next->kind != VERBA_WORD || !(next->shape & VERBA_SHAPE_LOWER) || next->len < 4 ||
      (next->shape & VERBA_SHAPE_POSSESSIVE))
    return 0;
  s = doc->text.s + next->start;
  return s[next->len - 1] == 's' && s[next->len - 2] != 's' && s[next->len - 2] != '\'';
}

/* Is word k an organisation's head word written alone as its name: after
 * "the", capitalised in mid-sentence, and no name going on after it (the
 * Commission's spokesman; not the Bank Holiday, the Bank of Japan)? */
static int short_name_at(const resolver *r, size_t k) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[k];
  return k > 0 && is_word(doc, k - 1, "the") && (t->shape & VERBA_SHAPE_CAPITALIZED) &&
         !(t->shape & (VERBA_SHAPE_ALL_CAPS | VERBA_SHAPE_SENTENCE_START)) &&
         !ent_in_caps_line(r->x, k) && !ent_title_case_sentence(r->x, k) &&
         (verba_doc_names(doc, k) & VERBA_NAME_ORG_HEAD) &&
         ((t->shape & VERBA_SHAPE_POSSESSIVE) || k + 1 >= doc->ntoks ||
          !((capital_word(doc, k + 1) && ent_goes_on(doc, k + 1)) || is_word(doc, k + 1, "of") ||
            is_word(doc, k + 1, "for")));
}

/* Does word k, alone, read as a firm's name: a subject's name, a
 * headline's, or before a firm's part (Apple said, Apple sues Samsung,
 * Apple shares fell); not after a capitalised word and a connector, whose
 * name it ends (MacAndrews and Forbes said)? */
static int reads_as_firm(const resolver *r, size_t k) {
  const verba_doc *doc = r->doc;
  return (subject_name_at(r->x, k) || headline_subject(doc, k) ||
          (k + 1 < doc->ntoks && ent_firm_part_end(r->x, k + 1) > k + 1)) &&
         !(k >= 2 && (verba_doc_names(doc, k - 1) & VERBA_NAME_NAME_CONNECTOR) &&
           capital_word(doc, k - 2) && ent_goes_on(doc, k - 1));
}

/* ... and is a listed organisation's name that the dictionary has too? */
static int listed_firm_alone(const resolver *r, size_t k) {
  return (verba_doc_names(r->doc, k) & VERBA_NAME_ORGANIZATION) && reads_as_firm(r, k);
}

/* Letters of an acronym that a word in lower or title case spells as
 * often (US and us, IT and it), at most. */
#define SHORT_ACRONYM 3

/* Letters of an acronym written capitalised, at least, read as a name's
 * (Hefce: fewer words spell names' initials by chance). */
#define LONG_ACRONYM 4

/* Is token k a name's connector in lower case (and, of) between a
 * capitalised word and a free capital (free_capital)? */
static int connector_between(const resolver *r, const unsigned char *covered, size_t k) {
  const verba_tok *t = &r->doc->toks[k];
  return t->kind == VERBA_WORD && (t->shape & VERBA_SHAPE_LOWER) &&
         (verba_doc_names(r->doc, k) & VERBA_NAME_NAME_CONNECTOR) &&
         !(r->doc->toks[k + 1].shape & VERBA_SHAPE_SENTENCE_START) &&
         free_capital(r->x, covered, k + 1);
}

static size_t named_elsewhere(const resolver *r, const unsigned char *covered,
                              size_t k, size_t *g) {
  const verba_doc *doc = r->doc;
  size_t n = 0, len, j;
  uint32_t keys[MAX_WORDS], key;
  /* (a name starts with a free capital: most tokens end here; a word of
   * grammar starts no name: a headline's TO is no acronym) */
  if (doc->toks[k].kind != VERBA_WORD ||
      !(doc->toks[k].shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS)) ||
      ent_grammar_word(r->x, k))
    return k;
  /* (nor does a noun of role right before a name: it is the office of
   * whoever that names, DJ John Peel, though a DJ or a Constable be named
   * elsewhere) */
  if ((lex(r->x, k) & VERBA_LEX_PERSON_ROLE) && k + 1 < doc->ntoks && ent_goes_on(doc, k + 1) &&
      (covered[(k + 1) >> 3] >> ((k + 1) & 7) & 1))
    return k;
  while (n < MAX_WORDS && free_capital(r->x, covered, k + n) &&
         (n == 0 || !(doc->toks[k + n].shape & VERBA_SHAPE_SENTENCE_START)))
    n++;
  /* two capitalised words and the connector between them, a name the
   * document writes whole (Cross and Trecker said, after CROSS AND
   * TRECKER or Cross and Trecker Corp; Horn and Hardart) */
  if (n == 1 && k + 2 < doc->ntoks && connector_between(r, covered, k + 1)) {
    key = combine(combine(combine(0x811C9DC5u, ent_word_slot_key(doc, k)),
                          ent_word_slot_key(doc, k + 1)),
                  ent_word_slot_key(doc, k + 2));
    *g = map_get(&r->map, key, WHOLE);
    if (*g == VERBA_NONE) *g = map_get(&r->map, key, FIRM_STEM);
    if (*g != VERBA_NONE && is_name_type(r->list->groups[*g].type)) return k + 3;
  }
  /* (each word hashed once; the keys of len words combined as read_name
   * does. A common word alone first in a sentence is no name for that:
   * Total fees ... after the oil group Total) */
  for (j = 0; j < n; j++) keys[j] = ent_word_slot_key(doc, k + j);
  /* (a title's word after them may end a firm's name the document gives
   * whole or with its suffix: Supermarkets General, after Supermarkets
   * General Corp) */
  if (n > 0 && n < MAX_WORDS && k + n < doc->ntoks && ent_is_title(r->x, k + n) &&
      !(covered[(k + n) >> 3] >> ((k + n) & 7) & 1) &&
      !(doc->toks[k + n].shape & VERBA_SHAPE_SENTENCE_START)) {
    for (key = 0x811C9DC5u, j = 0; j < n; j++) key = combine(key, keys[j]);
    key = combine(key, ent_word_slot_key(doc, k + n));
    *g = map_get(&r->map, key, WHOLE);
    if (*g == VERBA_NONE) *g = map_get(&r->map, key, FIRM_STEM);
    if (*g != VERBA_NONE && r->list->groups[*g].type == VERBA_ENT_ORGANIZATION) return k + n + 1;
  }
  for (len = n; len > 0; len--) {
    if (len == 1 && (doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START) && ambiguous(r->x, k))
      break;
    if (len == 1) key = keys[0];
    else
      for (key = 0x811C9DC5u, j = 0; j < len; j++) key = combine(key, keys[j]);
    *g = map_get(&r->map, key, WHOLE);
    /* (or a firm's name without its suffix: KORVAN STEEL SAYS ... after
     * Korvan Steel AG) */
    if (*g == VERBA_NONE && len > 1) *g = map_get(&r->map, key, FIRM_STEM);
    /* (a short common word not in capitals is no mention of an acronym
     * the document writes in capitals only: Us, It, Who in a headline in
     * title case, after US, IT, WHO) */
    if (*g != VERBA_NONE && len == 1 && !(doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) &&
        doc->toks[k].len <= SHORT_ACRONYM && ent_common_word(r->x, k) && in_capitals_only(r, *g) &&
        !(k + 1 < doc->ntoks && ent_is_dot(doc, k + 1)) && !ent_firm_abbreviation(r->x, k))
      continue;
    if (*g != VERBA_NONE && is_name_type(r->list->groups[*g].type)) {
      size_t person = len == 1 ? person_by_family_name(r, key, *g) : VERBA_NONE;
      if (person != VERBA_NONE && r->list->groups[person].type == VERBA_ENT_PERSON) *g = person;
      return k + len;
    }
  }
  /* a person's family name alone where the document names them in full
   * (Sampras after Pete Sampras): with a name's capital in mid-sentence,
   * or first in a sentence if the word is no common one (Young, Brown) or
   * reads as a subject's name there (Dole, campaigning ...; Dole said; a
   * headline's Dole attacks Clinton) */
  if (n > 0 && !(verba_doc_names(doc, k) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_ORG_KEYWORD)) &&
      (!(doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START) || !ambiguous(r->x, k) ||
       subject_name_at(r->x, k) || headline_subject(doc, k))) {
    *g = map_get(&r->map, keys[0], SURNAME);
    if (*g != VERBA_NONE && r->list->groups[*g].type == VERBA_ENT_PERSON) return k + 1;
  }
  /* a club's last word alone, a word that heads organisations' names or a
   * team's nickname, where the document names the club in full (United,
   * after Manchester United; Orioles, after the Baltimore Orioles), in a
   * headline in capitals before other words too (ORIOLES BEAT MARINERS) */
  if ((n == 1 || (n > 1 && ent_in_caps_line(r->x, k))) &&
      (verba_doc_names(doc, k) & (VERBA_NAME_ORG_HEAD | VERBA_NAME_TEAM_NAME))) {
    *g = map_get(&r->map, keys[0], CLUB_TAIL);
    if (*g != VERBA_NONE && r->list->groups[*g].type == VERBA_ENT_ORGANIZATION) return k + 1;
  }
    /* the first word of an organisation's name an organisation's word
   * ended (Brindlemoor after Brindlemoor Holdings Ltd), if the word is no
   * other: neither in the lexicon (British, National) nor a name of a
   * place or a people; a word that only opens a listed phrase is none
   * where it reads as a subject's name alone (Allegheny said, after
   * Allegheny International Inc, Allegheny County a listed place; not
   * Korean assets, after Korean Airlines), an acronym in a line not in
   * capitals (ITT after ITT Corp; not a headline's GREAT);
   * a common word neither before more capitalised words nor where a
   * capital is expected, unless it reads as a subject's name there
   * (Educational Testing asked; "Public services are ...; after Educational
   * Testing Services, the Public and Commercial Services union; but Users
   * said, after Users Inc); a listed firm's word alone too, where it reads
   * as the firm's (listed_firm_alone: Apple said, after Apple Inc) */
  if (n > 0 &&
      (((!ent_known_word(r->x, k) ||
         (!ent_names(r->x, k) && !(lex(r->x, k) & ~VERBA_LEX_PHRASE_START) &&
          !ent_common_word(r->x, k) &&
          (((doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) && !ent_in_caps_line(r->x, k)) ||
           (n == 1 && subject_name_at(r->x, k))))) &&
        !((n > 1 || (ent_capital_expected(doc, k) && !subject_name_at(r->x, k))) &&
          ent_common_word(r->x, k))) ||
       (n == 1 && listed_firm_alone(r, k)))) {
    *g = map_get(&r->map, keys[0], HEAD);
    if (*g != VERBA_NONE && decided_organisation(r, *g)) return k + 1;
  }
  /* a word of the dictionary that opens a firm's name the document writes
   * with its legal suffix is that firm where it reads as one (Coastal
   * said, Coastal, a pipeline company, ..., after Coastal Corp) */
  if (n == 1 && reads_as_firm(r, k)) {
    *g = map_get(&r->map, keys[0], FIRM_HEAD);
    if (*g != VERBA_NONE && decided_organisation(r, *g)) return k + 1;
  }
  /* an acronym of a name the document spells out, capitalised as British
   * style writes one said as a word, where it is no word of the
   * dictionary or a list and not short (the Hefce report, after the
   * Higher Education Funding Council for England) */
  if (n == 1 && (doc->toks[k].shape & VERBA_SHAPE_CAPITALIZED) &&
      !(doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) && doc->toks[k].len >= LONG_ACRONYM &&
      !ent_known_word(r->x, k) && !ent_common_word(r->x, k)) {
    *g = map_get(&r->map, keys[0], ACRONYM);
    if (*g != VERBA_NONE && r->list->groups[*g].type == VERBA_ENT_ORGANIZATION) return k + 1;
  }
  /* ... or in capitals: WHO (not a verb of a
   * line in capitals that no list has as an organisation's: a headline's
   * HAS after House Appropriations Subcommittee; WHO is one) */
  if (n > 0 && (doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) &&
      !(ent_in_caps_line(r->x, k) && (lex(r->x, k) & VERBA_LEX_NP_STOP) &&
        !(ent_names(r->x, k) & VERBA_NAME_ORGANIZATION))) {
    *g = map_get(&r->map, keys[0], ACRONYM);
    if (*g != VERBA_NONE && is_name_type(r->list->groups[*g].type)) return k + 1;
  }
  /* the head word alone after "the" of the one organisation the document
   * names with it (the Commission, after the European Commission) */
  if (n > 0 && short_name_at(r, k)) {
    *g = map_get(&r->map, keys[0], HEAD_WORD);
    if (*g != VERBA_NONE && r->list->groups[*g].type == VERBA_ENT_ORGANIZATION) return k + 1;
  }
  return k;
}

/* Adds the names the tagger missed where the document names them
 * elsewhere (a sentence-initial "Huawei's" after "Huawei"), then merges
 * them into text order. covered has a bit set for each token of a mention
 * or taken by the rules. */
static int propagate(resolver *r, unsigned char *covered) {
  verba_entity_list *list = r->list;
  const verba_doc *doc = r->doc;
  size_t i, k, mid = list->n;
  int rc;
  for (i = 0; i < list->n; i++)
    for (k = list->items[i].first; k < list->items[i].last; k++)
      covered[k >> 3] |= (unsigned char)(1u << (k & 7));
  /* (from capitalised word to capitalised word: a name starts with one) */
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks; k = ent_next_capital(r->x, k)) {
    size_t g, end = named_elsewhere(r, covered, k, &g);
    if (end == k) {
      k++;
      continue;
    }
    rc = ent_add(list, doc, k, end, doc->toks[k].start, ent_name_end(doc, end - 1),
                 list->groups[g].type);
    if (rc != VERBA_OK) return rc;
    list->items[list->n - 1].id = g;
    if (list->groups[g].type == VERBA_ENT_PERSON) {
      verba_entity *added = &list->items[list->n - 1];
      size_t family;
      ent_particles_before(r->x, covered, added);
      family = added->first;
      ent_given_name_before(r->x, covered, added);
      /* (another given name before the family name of a person named in
       * full is another person's, who joins no one: Cyd Ho after Junius
       * Ho; Gene Moos before Moos alone is that Moos) */
      if (added->first < family && map_has_room(&r->map) &&
          map_get(&r->map, ent_word_slot_key(doc, family), SURNAME) == g &&
          map_get(&r->map, ent_word_slot_key(doc, added->first), GIVEN) != g) {
        name n;
        memset(&n, 0, sizeof n);
        rc = new_group(r, list->n - 1);
        if (rc != VERBA_OK) return rc;
        read_name(r->x, added, list->n - 1, &n);
        join(r, list->n - 1, &n, list->ngroups - 1);
      }
    }
    for (; k < end; k++) covered[k >> 3] |= (unsigned char)(1u << (k & 7));
  }
  return ent_merge(doc, list, mid);
}

/* Puts the groups in the order of their first mentions, as the list
 * promises: names added where the model missed them (propagate) may move
 * a group's first mention before an older group's. One pass in text
 * order: a mention that is its group's first gives the group its new
 * index, the others take their first mention's. Groups left with no
 * mention (a dateline's, all parted) go last in their old order, as a
 * stable sort by first mention would put them. */
static int order_groups(const verba_doc *doc, verba_entity_list *list) {
  verba_entity_group *sorted = NULL;
  size_t i, g, k = 0, cap = 0;
  int rc;
  if (list->ngroups < 2) return VERBA_OK;
  rc = ent_reserve(doc, (void **)&sorted, &cap, list->ngroups, sizeof *sorted);
  if (rc != VERBA_OK) return rc;
  for (i = 0; i < list->n; i++) {
    size_t first = list->groups[list->items[i].id].first;
    if (first == i) {
      sorted[k] = list->groups[list->items[i].id];
      list->items[i].id = k++;
    } else {
      list->items[i].id = list->items[first].id;
    }
  }
  for (g = 0; g < list->ngroups; g++)
    if (list->groups[g].first == VERBA_NONE) sorted[k++] = list->groups[g];
  memcpy(list->groups, sorted, list->ngroups * sizeof *sorted);
  ent_release(doc, (void **)&sorted, &cap, sizeof *sorted);
  return VERBA_OK;
}

int ent_resolve(const ent_text *x, verba_entity_list *list, unsigned char *covered) {
  const verba_doc *doc = x->doc;
  resolver r;
  size_t i, names = 0;
  int rc;
  memset(&r, 0, sizeof r);
  r.doc = doc;
  r.x = x;
  r.list = list;
  list->ngroups = 0;
  /* (the keys the names put at most: one alone, a name of one word;
   * NAME_KEYS a longer one) */
  for (i = 0; i < list->n; i++)
    if (is_name_type(list->items[i].type))
      names += list->items[i].last - list->items[i].first > 1 ? NAME_KEYS : 1;
  rc = map_init(doc, &r.map, names);
  for (i = 0; rc == VERBA_OK && i < list->n; i++) {
    verba_entity *e = &list->items[i];
    size_t g = VERBA_NONE, whole;
    name n;
    memset(&n, 0, sizeof n);
    if (is_name_type(e->type)) {
      trim(x, e, &n);
      read_name(x, e, i, &n);
      /* a firm's name without its suffix is the firm's, whatever the
       * tagger thought, unless a title makes it a person's (Dale Burdett
       * after Dale Burdett Inc; not Mr. Walt Disney), also where only a
       * headline in capitals wrote it before (MCDONNELL DOUGLAS ...
       * McDonnell Douglas Corp ... McDonnell Douglas) */
      whole = map_get(&r.map, n.key, WHOLE);
      if (n.words >= 2 && !n.titled && (whole == VERBA_NONE || in_capitals_only(&r, whole)) &&
          (g = map_get(&r.map, n.key, FIRM_STEM)) != VERBA_NONE)
        e->type = VERBA_ENT_ORGANIZATION;
      else
        g = find_group(&r, &n);
      /* (a family name read as a place, the place's name too, votes for
       * its person once surname_not_place let it join: Merrick Garland ...
       * Garland; Kanye West ... West, 26; an organisation's name still
       * votes as one: Volvo, Labour) */
      if (n.family && e->type == VERBA_ENT_PLACE && !(e->flags & VERBA_ENT_DECIDED))
        e->type = VERBA_ENT_PERSON;
    }
    if (g == VERBA_NONE) {
      rc = new_group(&r, i);
      g = list->ngroups - 1;
    }
    if (rc == VERBA_OK) join(&r, i, &n, g);
  }
  if (rc == VERBA_OK) rc = propagate(&r, covered);
  if (rc == VERBA_OK) settle(&r);
  if (rc == VERBA_OK) rc = part_places(&r);
  if (rc == VERBA_OK) rc = pronoun_genders(&r);
  if (rc == VERBA_OK) rc = owners_of_its(&r);
  if (rc == VERBA_OK) rc = order_groups(doc, list);
  map_free(doc, &r.map);
  ent_release(doc, (void **)&r.votes, &r.votecap, sizeof *r.votes);
  return rc;
}
