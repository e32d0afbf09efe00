/* The sports rules: teams named after their towns, read from a role in
 * the team after the name (Leeds manager Howard Wilkinson), a verb of a
 * match's result between two names (Yorkshire beat Lancashire) or a
 * player's part in the team before it (played for Leeds), and
 * events named after their places (the Dubai Open). Their words are the
 * name classes of data/en/sports/. Private to the entity stage. */
#include <string.h>
#include "rules.h"

/* Capitalised words a side or the words of an event before its head word
 * take at most (Dubai Duty Free | Open). */
#define EVENT_WORDS 2

/* One side of a match, or a team before its role: tokens [first, last),
 * the tagger's mention that is those words or NULL where no mention holds
 * any of them. */
typedef struct side {
  size_t first, last;
  verba_entity *mention;
} side;

/* Is token k a word that may name a club before its city's name: a
 * capitalised word in the city's sentence, no word of grammar nor of the
 * dictionary, no possessive, no month's or day's, country's, region's or
 * people's name (Cibona of Cibona Zagreb; not Former Southampton, Monday
 * Paris, Croatia, Dutch), nor a compound with a hyphen (In-form
 * Leicester)? */
static int club_word(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[k];
  return capital_word(doc, k) && ent_goes_on(doc, k + 1) && !ent_grammar_word(r->x, k) &&
         !memchr(doc->text.s + t->start, '-', t->len) && !ent_common_word(r->x, k) &&
         !(t->shape & VERBA_SHAPE_POSSESSIVE) &&
         !(ent_names(r->x, k) & (VERBA_NAME_MONTH | VERBA_NAME_WEEKDAY | VERBA_NAME_COUNTRY |
                                 VERBA_NAME_REGION_NAME | GROUP_NAMES));
}

/* Is mention e a city's name the lists have, read as the place or as its
 * team already, which a club's name may end in after a word of its own
 * (Cibona Zagreb, Steaua Bucharest, as clubs of central and eastern
 * Europe are named)? */
static int city_mention(const rules *r, const verba_entity *e) {
  return (e->type == VERBA_ENT_PLACE || e->type == VERBA_ENT_ORGANIZATION) &&
         (ent_names_of(r, e->first, e->last) & VERBA_NAME_CITY);
}

/* The first token of side s grown over a club's word before its city,
 * the mention of s (Cibona | Zagreb; Steaua | Bucharest, where a rule read
 * Steaua alone as the club): the word no mention holds, or an
 * organisation's mention of it; else s's first. */
static size_t club_before_city(const rules *r, const side *s) {
  size_t k = s->first, m;
  if (!s->mention || !city_mention(r, s->mention) || k == 0 || !club_word(r, k - 1)) return k;
  if (!is_covered(r->covered, k - 1)) return k - 1;
  m = ent_mention_holding(r, k - 1);
  return m < r->list->n && r->list->items[m].last == k &&
                 r->list->items[m].type == VERBA_ENT_ORGANIZATION
             ? r->list->items[m].first
             : k;
}

/* The capitalised words that end at token last (exclusive) as a side: the
 * tagger's mention that ends there, with a club's word before a city's
 * name (club_before_city), or the capitalised words no mention holds,
 * after any word of grammar (The Leeds manager); 0 if neither (a rule's
 * name, or a mention that goes on past it). */
static int side_before(const rules *r, size_t last, side *s) {
  const verba_doc *doc = r->doc;
  size_t m = ent_mention_holding(r, last - 1), first = last;
  s->last = last;
  s->mention = NULL;
  if (m < r->list->n) {
    verba_entity *e = &r->list->items[m];
    if (e->last != last || e->type >= VERBA_ENT_NTYPES) return 0;
    s->first = e->first;
    s->mention = e;
    s->first = club_before_city(r, s);
    return 1;
  }
  while (first > 0 && last - first < NAME_WORDS && capital_word(doc, first - 1) &&
         !is_covered(r->covered, first - 1) && ent_goes_on(doc, first))
    first--;
  while (first < last && ent_grammar_word(r->x, first)) first++;
  s->first = first;
  /* (a city's name after a club's a rule found: Steaua | Bucharest) */
  if (last == first + 1 && first > 0 && is_covered(r->covered, first - 1) &&
      (ent_names(r->x, first) & VERBA_NAME_CITY) && club_word(r, first - 1)) {
    m = ent_mention_holding(r, first - 1);
    if (m < r->list->n && r->list->items[m].last == first &&
        r->list->items[m].type == VERBA_ENT_ORGANIZATION) {
      s->first = r->list->items[m].first;
      s->mention = &r->list->items[m];
      return 1;
    }
  }
  return first < last && !is_covered(r->covered, first);
}

/* The capitalised words from token first as a side, as side_before. */
static int side_after(const rules *r, size_t first, side *s) {
  const verba_doc *doc = r->doc;
  size_t m, last = first;
  if (first >= doc->ntoks || !capital_word(doc, first) || !ent_goes_on(doc, first)) return 0;
  m = ent_mention_holding(r, first);
  s->first = first;
  s->mention = NULL;
  if (m < r->list->n) {
    verba_entity *e = &r->list->items[m];
    if (e->first != first || e->type >= VERBA_ENT_NTYPES) return 0;
    s->last = e->last;
    s->mention = e;
    return 1;
  }
  while (last < doc->ntoks && last - first < NAME_WORDS && capital_word(doc, last) &&
         !is_covered(r->covered, last) && (last == first || ent_goes_on(doc, last)))
    last++;
  s->last = last;
  /* (one such word before a city's name: beat Cibona Zagreb) */
  if (last == first + 1 && last < doc->ntoks && is_covered(r->covered, last) &&
      club_word(r, first)) {
    m = ent_mention_holding(r, last);
    if (m < r->list->n && r->list->items[m].first == last && city_mention(r, &r->list->items[m])) {
      s->last = r->list->items[m].last;
      s->mention = &r->list->items[m];
    }
  }
  return 1;
}

/* The names of side s: its words', or its city's where a club's word
 * stands before it (club_before_city: Cibona Zagreb is named as a town's
 * team is; Steaua | Bucharest, the club's mention before the city's
 * word). */
static verba_names side_names(const rules *r, const side *s) {
  const verba_entity *e = s->mention;
  if (e && e->last < s->last) return ent_names_of(r, e->last, s->last);
  return ent_names_of(r, e && s->first < e->first ? e->first : s->first, s->last);
}

/* Is side s a country's name (its national side: a place, in news
 * convention)? */
static int country_side(const rules *r, const side *s) {
  return (side_names(r, s) & VERBA_NAME_COUNTRY) != 0;
}

/* Is side s named as teams are named after their towns: a club, a town or
 * a region the lists have, or a place the tagger found, no country and no
 * name a rule made a person's? */
static int town_side(const rules *r, const side *s) {
  verba_names names = side_names(r, s);
  const verba_entity *e = s->mention;
  if (names & VERBA_NAME_COUNTRY) return 0;
  if (e && (e->flags & VERBA_ENT_DECIDED) && e->type != VERBA_ENT_ORGANIZATION &&
      e->type != VERBA_ENT_PLACE)
    return 0;
  if (names & VERBA_NAME_SPORTS_CLUB) return 1;
  /* (a family name that is a town's too is a person's as often:
   * Davenport defeated China; one that is a region's, a county's or a
   * state's, seldom: Kent beat Essex) */
  if ((names & VERBA_NAME_SURNAME) && !(names & VERBA_NAME_REGION_NAME)) return 0;
  /* (a place a rule decided, the lists' West Indies, is a town's only as
   * the lists have it: a place the tagger found may be one they lack) */
  if (e && !(e->flags & VERBA_ENT_DECIDED))
    return e->type == VERBA_ENT_PLACE || (e->type == VERBA_ENT_ORGANIZATION &&
                                          (names & (VERBA_NAME_CITY | VERBA_NAME_REGION_NAME)));
  return (names & (VERBA_NAME_CITY | VERBA_NAME_REGION_NAME)) != 0;
}

/* Can side s be the other side of a match a town's side plays: a town's
 * side, a country's, or a name of one word (Everton, which the tagger may
 * read as a person's), not a person's name of several words nor one a
 * rule made a person's or a group's? */
static int other_side(const rules *r, const side *s) {
  const verba_entity *e = s->mention;
  if (town_side(r, s) || country_side(r, s)) return 1;
  if (!e) return s->last - s->first == 1;
  /* (a team a rule found already: Zagreb 78-70 in a score) */
  if (e->type == VERBA_ENT_ORGANIZATION) return 1;
  return !(e->flags & VERBA_ENT_DECIDED) && e->type != VERBA_ENT_GROUP &&
         (e->type != VERBA_ENT_PERSON || e->last - e->first == 1);
}

/* Makes side s a team, an organisation, unless a country's (decided). */
static int make_club(rules *r, const side *s);

static int make_team(rules *r, const side *s) {
  if (country_side(r, s)) return VERBA_OK;
  return make_club(r, s);
}

/* Makes side s a team, an organisation, whatever else it names; its
 * mention grown over a club's word before it (club_before_city), the
 * mention a rule had made of that word dropped. */
static int make_club(rules *r, const side *s) {
  verba_entity *e = s->mention;
  if (!e) return ent_add_decided(r, s->first, s->last, VERBA_ENT_ORGANIZATION, 0);
  if (s->first < e->first) {
    size_t m = ent_mention_holding(r, s->first);
    if (m < r->list->n && &r->list->items[m] != e) r->list->items[m].type = VERBA_ENT_NTYPES;
    cover(r->covered, s->first, e->first);
    e->first = s->first;
    e->start = r->doc->toks[s->first].start;
  }
  if (s->last > e->last) {
    cover(r->covered, e->last, s->last);
    e->last = s->last;
    e->end = ent_name_end(r->doc, s->last - 1);
  }
  e->type = VERBA_ENT_ORGANIZATION;
  e->flags |= VERBA_ENT_DECIDED;
  cover(r->decided, e->first, e->last);
  return VERBA_OK;
}

/* The end of the capitalised words from token k, within its sentence. */
static size_t capitals_end(const verba_doc *doc, size_t k) {
  size_t end = k + 1;
  while (end < doc->ntoks && capital_word(doc, end) && ent_goes_on(doc, end)) end++;
  return end;
}

/* The name classes of token k if it is a word in lower case within its
 * sentence, else 0. */
static verba_names lower_word_names(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  return k < doc->ntoks && doc->toks[k].kind == VERBA_WORD &&
                 (doc->toks[k].shape & VERBA_SHAPE_LOWER) && ent_goes_on(doc, k)
             ? ent_names(r->x, k)
             : 0;
}

/* A town's or a region's name before a role in a team (team_role: Leeds
 * manager Howard Wilkinson, Hampshire captain John Smith, Texas coach
 * Mack Brown) is the team's, an organisation; so is a club's that is a
 * town's too (Everton boss David Moyes). The role goes before a name, a
 * mark, or ends "the Leeds manager"; not a compound (a Leeds coach
 * station), nor after a preposition of place (in Leeds centre). A
 * country's name stays a place (England captain). */
static int team_roles(rules *r, size_t role) {
  const verba_doc *doc = r->doc;
  side s;
  /* (not after a preposition of place: shops in Leeds centre, ...) */
  if (!side_before(r, role, &s) || !town_side(r, &s) ||
      (s.first > 0 && ent_place_preposition(doc, s.first - 1)))
    return VERBA_OK;
  if (!(role + 1 < doc->ntoks && ((capital_word(doc, role + 1) && ent_goes_on(doc, role + 1)) ||
                                  doc->toks[role + 1].kind == VERBA_PUNCT)) &&
      !(s.first > 0 && is_word(doc, s.first - 1, "the")))
    return VERBA_OK;
  return make_team(r, &s);
}

/* Is token k a verb in the plural, in lower case (are, were, have)? A
 * closed class: a club named by its town takes one as its subject in
 * British usage (Chester have won; Leeds were beaten), the town never. */
static int plural_verb(const verba_doc *doc, size_t k) {
  static const char *const words[] = {"are", "were", "have"};
  return k < doc->ntoks && (doc->toks[k].shape & VERBA_SHAPE_LOWER) && IS_WORD_OF(doc, k, words);
}

/* Does token k open a clause: first in its sentence or line, or after a
 * comma or "but"? (Not after "and", whose names are a plural's together:
 * Argentina and Montana are.) */
static int opens_clause(const verba_doc *doc, size_t k) {
  const verba_tok *before = k > 0 ? &doc->toks[k - 1] : NULL;
  return !before || (doc->toks[k].shape & (VERBA_SHAPE_SENTENCE_START | VERBA_SHAPE_LINE_START)) ||
         (before->cp == ',' && before->len == 1) || is_word(doc, k - 1, "but");
}

/* Does side s end in a plural's "s" (the Midlands, Falklands)? */
static int plural_name(const rules *r, const side *s) {
  const verba_tok *t = &r->doc->toks[s->last - 1];
  return r->doc->text.s[t->start + t->len - 1] == 's';
}

/* A name the lists have as a club's and a town's, or a town's or a
 * region's no plural names, opening a clause before a verb in the plural,
 * is the team's, an organisation (Chester have won only two of their
 * last ten games; Leinster are again the most potent); a country's stays
 * a place (England were beaten: its national side). */
static int plural_subject(rules *r, size_t first, size_t verb) {
  side s;
  if (!opens_clause(r->doc, first) || !side_before(r, verb, &s) || s.first != first ||
      !town_side(r, &s) ||
      (!(side_names(r, &s) & VERBA_NAME_SPORTS_CLUB) && plural_name(r, &s)))
    return VERBA_OK;
  return make_team(r, &s);
}

/* Makes side s, a country's name, the club the lists have by that name
 * too where the other side of its match is no country's. */
static int club_for_country(rules *r, const side *s, const side *other) {
  if (country_side(r, other) || !(side_names(r, s) & VERBA_NAME_SPORTS_CLUB)) return VERBA_OK;
  return make_club(r, s);
}

/* Two names on either side of a verb of a match's result (match_verb,
 * with its particle where the lexicon gives one: drew with, lost to) are
 * teams where one is named as a town's team is and the other can be its
 * opponent (Leeds beat Everton; Yorkshire drew with Kent; Milan beat
 * Juventus): organisations, but a country's, which stays a place (Leeds
 * lost to Brazil). Two people (Clinton defeated Sanders) are left alone. */
static int match_verbs(rules *r, size_t verb) {
  const verba_doc *doc = r->doc;
  const char *particle = verba_lex_data(&doc->config->lexicon, doc->toks[verb].entry);
  size_t b = verb + 1;
  side one, two;
  if (!side_before(r, verb, &one)) return VERBA_OK;
  if (particle) {
    if (b >= doc->ntoks || !is_word(doc, b, particle)) return VERBA_OK;
    b++;
  }
  if (!side_after(r, b, &two) ||
      !((town_side(r, &one) && other_side(r, &two)) ||
        (town_side(r, &two) && other_side(r, &one))) ||
      (one.first > 0 && ent_place_preposition(doc, one.first - 1)))
    return VERBA_OK;
  /* (the side a mention holds first: a mention added for the other may
   * move the list its pointer is into) */
  if (!one.mention) {
    side swapped = one;
    one = two;
    two = swapped;
  }
  /* (a country's name that the lists have as a club's too is the club
   * against a side that is no country's: Paris St Germain beat Monaco,
   * Rapid beat Austria; not Italy beat Monaco) */
  if ((country_side(r, &one) ? club_for_country(r, &one, &two) : make_team(r, &one)) != VERBA_OK)
    return VERBA_ENOMEM;
  return country_side(r, &two) ? club_for_country(r, &two, &one) : make_team(r, &two);
}

/* The answer of sports_sentence for one sentence, kept for the next
 * question about it (a long sentence is read once, not once a name), and
 * sports_document's for the document (-1 until asked). */
typedef struct sport_memo {
  size_t sentence; /* VERBA_NONE: none yet */
  int sport;
  int document;
} sport_memo;

/* Is token k a word of sport in lower case: of a role in a team, of a
 * player's part in a club (captain, scored)? */
static int sport_word(const rules *r, size_t k) {
  return (lower_word_names(r, k) & (VERBA_NAME_TEAM_ROLE | VERBA_NAME_CLUB_VERB)) != 0;
}

/* Does the sentence of token k speak of sport (a sport_word)? (Not a verb
 * of a match's result alone: an election is lost too.) */
static int sports_sentence(const rules *r, size_t k, sport_memo *memo) {
  const verba_doc *doc = r->doc;
  const verba_unit *u = &doc->sentences[doc->toks[k].sentence];
  size_t j;
  if (memo->sentence == doc->toks[k].sentence) return memo->sport;
  memo->sentence = doc->toks[k].sentence;
  memo->sport = 0;
  for (j = u->first; j < u->last && !memo->sport; j++) memo->sport = sport_word(r, j);
  return memo->sport;
}

/* Does any sentence of the document speak of sport? */
static int sports_document(const rules *r, sport_memo *memo) {
  size_t k;
  if (memo->document < 0)
    for (k = 0, memo->document = 0; k < r->doc->ntoks && !memo->document; k++)
      memo->document = sport_word(r, k);
  return memo->document;
}

/* Is token k a word of a fixture between two sides, in lower case and
 * with no dot (Somerset v Yorkshire, Chelsea vs Arsenal, Leeds versus
 * Everton)? A closed class. The dotted "v." names a law case (Texas v.
 * Johnson). */
static int versus_word(const verba_doc *doc, size_t k) {
  static const char *const words[] = {"v", "vs", "versus"};
  /* (the first letter first: most words after a name are none) */
  return k + 1 < doc->ntoks && doc->toks[k].cp == 'v' && IS_WORD_OF(doc, k, words) &&
         doc->toks[k + 1].cp != '.';
}

/* Two names on either side of a word of a fixture (versus_word) are teams
 * where both are named as towns' teams are, in a document that speaks of
 * sport (Somerset v Yorkshire; Chelsea vs Arsenal): organisations. Not a
 * country's (England v Pakistan: national sides are places in news), nor
 * towns compared (Paris vs London: which city is cheaper?) where nothing
 * speaks of sport. */
static int fixtures(rules *r, size_t word, sport_memo *sport) {
  side one, two;
  if (!side_before(r, word, &one) || !side_after(r, word + 1, &two) ||
      !town_side(r, &one) || !town_side(r, &two) ||
      (one.first > 0 && ent_place_preposition(r->doc, one.first - 1)) ||
      !(sports_sentence(r, word, sport) || sports_document(r, sport)))
    return VERBA_OK;
  /* (the side a mention holds first, as in match_verbs) */
  if (!one.mention) {
    side swapped = one;
    one = two;
    two = swapped;
  }
  if (make_club(r, &one) != VERBA_OK) return VERBA_ENOMEM;
  return make_club(r, &two);
}

/* A name after a verb or a noun of a player's part in a club, past its
 * particle (club_verb: played for Leeds, his debut for Chelsea, captained
 * Arsenal), is the team's, an organisation: one named as a town's team is
 * after the particle, one the lists have as a club's after a verb without
 * one (joined Arsenal; not joined Paris). A country's stays a place
 * (played for England). first: the name's first token. */
static int club_verbs(rules *r, size_t first) {
  const verba_doc *doc = r->doc;
  size_t verb = first - 1;
  const char *particle;
  side s;
  if (first == 0) return VERBA_OK;
  if (!(lower_word_names(r, verb) & VERBA_NAME_CLUB_VERB)) {
    if (first < 2 || !(lower_word_names(r, first - 2) & VERBA_NAME_CLUB_VERB)) return VERBA_OK;
    verb = first - 2;
  }
  particle = verba_lex_data(&doc->config->lexicon, doc->toks[verb].entry);
  if (particle ? verb + 2 != first || !is_word(doc, verb + 1, particle) : verb + 1 != first)
    return VERBA_OK;
  if (!side_after(r, first, &s) || country_side(r, &s) ||
      !(particle ? town_side(r, &s) : (side_names(r, &s) & VERBA_NAME_SPORTS_CLUB) != 0))
    return VERBA_OK;
  return make_team(r, &s);
}

/* Letters a club's name no list has takes at least in brackets after a
 * player's: shorter ones are as often a country's code (Paul Tergat (Ken)). */
#define BRACKETED_CLUB_LETTERS 4

/* Is word k a party's letter and a hyphen before a state's name, a
 * legislator's in brackets (R-Texas, D-Ill.)? */
static int party_and_state(const verba_doc *doc, size_t k) {
  const unsigned char *w = doc->text.s + doc->toks[k].start;
  return doc->toks[k].len > 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '-';
}

/* A club's name in brackets right after a player's, as squads and line-ups
 * give them (Serge Betsen (Biarritz), T Shanklin (Cardiff)), is the team's,
 * an organisation: one named as a town's team is, or one word no list and
 * no dictionary has (Calvisano), where no rule decided it. A country's
 * stays a place (Paul Tergat (Kenya)); after a name of one word, the words
 * in brackets are as often more of it (Mario (Vazquez-Rana)), and before a
 * capitalised word a part of a firm's name (James Capel (Far East) Ltd).
 * i: the player's mention. */
static int bracketed_club(rules *r, size_t i) {
  const verba_doc *doc = r->doc;
  size_t open = r->list->items[i].last;
  side s;
  if (r->list->items[i].type != VERBA_ENT_PERSON || open - r->list->items[i].first < 2 ||
      open + 2 >= doc->ntoks || doc->toks[open].cp != '(' || !side_after(r, open + 1, &s) ||
      s.last >= doc->ntoks || doc->toks[s.last].cp != ')' ||
      (s.mention && (s.mention->flags & VERBA_ENT_DECIDED)) || country_side(r, &s) ||
      party_and_state(doc, s.first) ||
      (s.last + 1 < doc->ntoks && capital_word(doc, s.last + 1) && ent_goes_on(doc, s.last + 1)))
    return VERBA_OK;
  if (!town_side(r, &s) &&
      !(s.last - s.first == 1 && doc->toks[s.first].len >= BRACKETED_CLUB_LETTERS &&
        ent_unknown_word_shaped(r->x, s.first)))
    return VERBA_OK;
  return make_team(r, &s);
}

/* A town's or a region's name in the possessive right before a person's
 * full name, in a sentence that speaks of sport, is the player's club
 * (Leicester's Tim Stimpson returns at full back; Liverpool's Robbie
 * Fowler scored twice); a country's stays a place (Britain's John
 * Major), and so does any where the sentence speaks of no sport. */
static int players_club(rules *r, size_t end, sport_memo *sport) {
  const verba_doc *doc = r->doc;
  size_t after = ent_after_possessive(doc, end), m;
  side s;
  if (after == VERBA_NONE || after >= doc->ntoks) return VERBA_OK;
  m = ent_mention_from(r, after);
  if (m >= r->sorted || r->list->items[m].first != after ||
      r->list->items[m].type != VERBA_ENT_PERSON || r->list->items[m].last - after < 2 ||
      !side_before(r, end, &s) || !town_side(r, &s) || !sports_sentence(r, end - 1, sport))
    return VERBA_OK;
  return make_team(r, &s);
}

/* players_club at each possessive of the capitalised words [k, end)
 * (Liverpool's Robbie Fowler) and at their end (Leicester 's Tim). */
static int players_clubs(rules *r, size_t k, size_t end, sport_memo *sport) {
  const verba_doc *doc = r->doc;
  int rc = VERBA_OK;
  for (; k + 1 < end && rc == VERBA_OK; k++)
    if (doc->toks[k].shape & VERBA_SHAPE_POSSESSIVE) rc = players_club(r, k + 1, sport);
  /* (at the end, most runs have no possessive, its own or a mark's
   * after them: told without a call) */
  if (rc != VERBA_OK || end >= doc->ntoks ||
      !((doc->toks[end - 1].shape & VERBA_SHAPE_POSSESSIVE) || doc->toks[end].kind == VERBA_PUNCT))
    return rc;
  return players_club(r, end, sport);
}

int ent_teams(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k, n = r->sorted;
  sport_memo sport = {VERBA_NONE, 0, -1};
  int rc = VERBA_OK;
  for (k = 0; k < n && rc == VERBA_OK; k++) rc = bracketed_club(r, k);
  /* (from capitalised word to capitalised word: a role or a verb follows
   * the words of a name) */
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    size_t end = capitals_end(doc, k);
    verba_names after = lower_word_names(r, end);
    rc = club_verbs(r, k);
    if (rc == VERBA_OK) rc = players_clubs(r, k, end, &sport);
    if (rc != VERBA_OK) break;
    if (after & VERBA_NAME_TEAM_ROLE)
      rc = team_roles(r, end);
    else if (after & VERBA_NAME_MATCH_VERB)
      rc = match_verbs(r, end);
    else if (versus_word(doc, end))
      rc = fixtures(r, end, &sport);
    else if (plural_verb(doc, end))
      rc = plural_subject(r, k, end);
    k = end - 1;
  }
  return rc;
}

/* Is token k a capitalised word no mention holds, of no plural (Grand, Duty
 * Free; not Stocks of China Stocks Open)? */
static int inner_event_word(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[k];
  return capital_word(doc, k) && !is_covered(r->covered, k) && !ent_grammar_word(r->x, k) &&
         !(t->shape & VERBA_SHAPE_POSSESSIVE) && doc->text.s[t->start + t->len - 1] != 's';
}

/* Is mention e a name an event may be named after: a place's, a people's,
 * an organisation's or another (the Dubai Open, the Scottish Open, the
 * Heineken Open), not a person's (Edgar Lee Masters)? */
static int names_event(const verba_entity *e) {
  return e->type == VERBA_ENT_PLACE || e->type == VERBA_ENT_GROUP ||
         e->type == VERBA_ENT_ORGANIZATION || e->type == VERBA_ENT_OTHER;
}

/* Makes mention e, grown to token last, an event's name (decided). */
static void extend_to(rules *r, verba_entity *e, size_t last) {
  cover(r->covered, e->last, last);
  cover(r->decided, e->first, last);
  e->last = last;
  e->end = ent_name_end(r->doc, last - 1);
  e->type = VERBA_ENT_OTHER;
  e->flags |= VERBA_ENT_DECIDED;
}

/* A place's, a people's or a sponsor's name, up to EVENT_WORDS capitalised
 * words no mention holds, and a word that ends events' names (event_head:
 * Open, Masters, Grand Prix) are an event's name, other (the Dubai Open,
 * the Qatar Masters, the Monaco Grand Prix, the Scottish Open), whatever
 * the tagger made of it; not where the name goes on (the Open University;
 * China Stocks Open Higher), nor the head alone (the Masters). */
static int event_name(rules *r, size_t head) {
  const verba_doc *doc = r->doc;
  size_t m, p = head, q;
  /* (nor in a line in capitals: CPC TO SELL ASIAN STAKES) */
  if (head == 0 || !ent_goes_on(doc, head) || (doc->toks[head].shape & VERBA_SHAPE_ALL_CAPS) ||
      (head + 1 < doc->ntoks && capital_word(doc, head + 1) && ent_goes_on(doc, head + 1)))
    return VERBA_OK;
  m = ent_mention_from(r, head);
  if (m < r->sorted && r->list->items[m].first <= head) {
    /* the tagger's name with the head in it, as its last word, after a
     * place's or a people's name (a person's too where that is no given
     * name: Lyon Open champion Tim Lee) */
    verba_entity *e = &r->list->items[m];
    verba_names first = ent_names(r->x, e->first), words = 0;
    /* (or a sponsor's or a patron's name in full after "the", where the
     * head is no family name: the Johnnie Walker Classic, the Arnold
     * Palmer Invitational; not Edgar Lee Masters) */
    int patron = e->type == VERBA_ENT_PERSON && head - e->first >= 2 && e->first > 0 &&
                 is_word(doc, e->first - 1, "the") &&
                 !(ent_names(r->x, head) & VERBA_NAME_SURNAME);
    for (q = e->first; q < head; q++) words |= ent_names(r->x, q);
    /* (the place's name anywhere before the head, of a word or the words
     * before it all: the Greater Milwaukee Open, the Buenos Aires Open) */
    if (head - e->first >= 2 && head - e->first <= ENT_MAX_PHRASE)
      words |= ent_phrase_of(r->x, e->first, head - e->first);
    if (e->last != head + 1 || e->first == head || (e->flags & VERBA_ENT_DECIDED) ||
        (!(words & (VERBA_NAME_PLACE | GROUP_NAMES)) && !patron) ||
        !(names_event(e) || patron || (e->type == VERBA_ENT_PERSON && !(first & GIVEN_NAMES))))
      return VERBA_OK;
    extend_to(r, e, head + 1);
    return VERBA_OK;
  }
  if (is_covered(r->covered, head)) return VERBA_OK;
  while (p > 0 && head - p < EVENT_WORDS && ent_goes_on(doc, p) && inner_event_word(r, p - 1)) p--;
  /* (a place's or a people's name among those words, which the tagger
   * left: the Canadian Classic) */
  for (q = p; q < head && !(ent_names(r->x, q) & (VERBA_NAME_PLACE | GROUP_NAMES)); q++) {}
  if (q < head) return ent_add_decided(r, q, head + 1, VERBA_ENT_OTHER, 0);
  if (p == 0 || !ent_goes_on(doc, p)) return VERBA_OK;
  m = ent_mention_from(r, p - 1);
  if (m >= r->sorted || r->list->items[m].last != p || !names_event(&r->list->items[m]))
    return VERBA_OK;
  /* the name before grows to the head, a list's place decided too */
  extend_to(r, &r->list->items[m], head + 1);
  return VERBA_OK;
}

int ent_events(rules *r) { return ent_over_words_of(r, VERBA_NAME_EVENT_HEAD, event_name); }
