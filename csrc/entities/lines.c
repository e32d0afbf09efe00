/* The name rules of lines that follow a form of their own, over the
 * tagger's names (see rules.c for the rest):
 *   - credit lines: "(EMMANUEL DUNAND/AFP/Getty Images)", "Photo: Jane
 *     Doe/Reuters": a chain of names joined by slashes at the end of a
 *     line names a photographer, then agencies;
 *   - datelines: "LONDON 1996-08-30", "TROY, Mich., March 13 -", "PARIS
 *     (Reuters) -": the place (and its region) opening a wire story;
 *   - score lines: in a sentence that reports a match (Leeds beat
 *     Chelsea 2-1; Arsenal 3 Everton 1) or a row of standings (BOSTON 69
 *     69 .500 9) the teams are organisations, clubs named after their
 *     towns too (a country's team stays a place);
 *   - cricket scorecards: the fielders and bowlers of a batting line
 *     (c Healy b McGrath) and the bowlers before their figures (Warne
 *     9-3-16-2) are people;
 *   - players in brackets before their figures, after a side's score or
 *     runs (Juventus 2 (Del Piero 23)) or a player's name on a line-up
 *     (Kewell (Traore 85)), and the names on such a line-up are people;
 *   - ranked results (1. Ato Boldon (Trinidad) 10.05), initials without
 *     their dots in lists (R McBryde, J Yapp), and lines that list names
 *     alone, whose names' types settle each other's. */
#include <string.h>
#include "rules.h"

/* Items of a credit chain at least, and at most. */
#define CREDIT_ITEMS 2
#define CREDIT_MAX_ITEMS 8
/* The goals of one side in a score, at most (2-1, 3 0): a number after a
 * name is more often a player's age or a goal's minute (Robben 35). */
#define MAX_GOALS 20
/* The points of one side in a score written with its dash right after a
 * name, at most (the Springboks 33-26 in rugby; Chicago voters split
 * 30-20 is a vote's count). */
#define MAX_POINTS 99
/* Competitors on one line of a leaderboard, at most. */
#define LEADERBOARD_NAMES 8

/* ---- Credit lines --------------------------------------------------------------------- */

/* Does token k end a line, or close a bracket that does? */
static int ends_line(const verba_doc *doc, size_t k) {
  size_t next = k + 1;
  if (next < doc->ntoks && (doc->toks[next].cp == ')' || doc->toks[next].cp == '.'))
    next++;
  return next >= doc->ntoks || (doc->toks[next].shape & VERBA_SHAPE_LINE_START);
}

/* The end of the capitalised words (at most NAME_WORDS) from k, or k. */
static size_t capital_words(const verba_doc *doc, size_t k) {
  size_t end = k;
  while (end < doc->ntoks && end - k < NAME_WORDS && capital_word(doc, end) &&
         (end == k || !(doc->toks[end].shape & VERBA_SHAPE_LINE_START)))
    end++;
  return end;
}

/* A credit chain opens a line, a bracket or follows a colon (Photo: ...). */
static int opens_credit(const verba_doc *doc, size_t k) {
  const verba_tok *t;
  if (doc->toks[k].shape & VERBA_SHAPE_LINE_START) return 1;
  t = &doc->toks[k - 1];
  return t->len == 1 && (t->cp == '(' || t->cp == ':');
}

/* Is credit item [first, last) a person's name: two words or more and no
 * organisation's, the chain's first item (EMMANUEL DUNAND/AFP) or one
 * that opens with a given name the lists have, not in capitals, as
 * photographers follow their agency or the site that shows their
 * photograph (REUTERS/Mohammed Salem; Facebook/Mohamed Shoukair; not a
 * headline's words: KOREAN/TAIWAN DEFICITS)? */
static int credited_person(const rules *r, size_t first, size_t last, int opens_chain) {
  return last - first >= 2 && !(ent_names_of(r, first, last) & VERBA_NAME_ORGANIZATION) &&
         (opens_chain || (!(r->doc->toks[first].shape & VERBA_SHAPE_ALL_CAPS) &&
                          (ent_names(r->x, first) & GIVEN_NAMES)));
}

/* The credit chain that starts at token k: its items are added (people
 * by credited_person, the rest organisations); returns the token after
 * the chain, or k. */
static size_t credit_chain(rules *r, size_t k, int *rc) {
  const verba_doc *doc = r->doc;
  size_t starts[CREDIT_MAX_ITEMS], ends[CREDIT_MAX_ITEMS], n = 0, at = k, i;
  while (n < CREDIT_MAX_ITEMS) {
    size_t end = capital_words(doc, at);
    if (end == at) return k;
    starts[n] = at;
    ends[n++] = end;
    if (end >= doc->ntoks || !ent_slash_joined(doc, end)) break;
    at = end + 1;
  }
  if (n < CREDIT_ITEMS || !ends_line(doc, ends[n - 1] - 1)) return k;
  for (i = 0; i < n && *rc == VERBA_OK; i++)
    *rc = ent_add_decided(r, starts[i], ends[i],
                          credited_person(r, starts[i], ends[i], i == 0) ? VERBA_ENT_PERSON
                                                                      : VERBA_ENT_ORGANIZATION,
                          0);
  return ends[n - 1];
}

int ent_credit_lines(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    size_t end;
    if (!opens_credit(doc, k)) continue;
    end = credit_chain(r, k, &rc);
    if (end > k) k = end - 1;
  }
  return rc;
}

/* ---- Datelines ----------------------------------------------------------------------- */

/* A wire story's dateline opens a line with its place in capitals, a
 * region after a comma perhaps, then the date, the agency in brackets or a
 * dash and the story: LONDON 1996-08-30; WASHINGTON, Aug. 30 (Reuters) -;
 * PARIS, France -- The. The place is decided, and is an entity of its own
 * (resolve.c): a club or a firm named like the city is another. */
#define DATELINE_WORDS 3
/* The end of the words of a place's name from token k (at most
 * DATELINE_WORDS, capitalised, none a word of grammar: IN 2008 is no
 * dateline), in capitals if all_caps. */
static size_t words_in_capitals(const rules *r, size_t k, int all_caps) {
  const verba_doc *doc = r->doc;
  size_t end = k;
  while (end < doc->ntoks && end - k < DATELINE_WORDS && capital_word(doc, end) &&
         !(ent_classes(r->x, end) & GRAMMAR_WORDS) &&
         (!all_caps || (doc->toks[end].shape & VERBA_SHAPE_ALL_CAPS)) &&
         (end == k || !(doc->toks[end].shape & VERBA_SHAPE_LINE_START)))
    end++;
  return end;
}

/* The date mention the numbers stage found at token k, or r->sorted. */
static size_t date_at(const rules *r, size_t k) {
  size_t i = ent_mention_from(r, k);
  return i < r->sorted && r->list->items[i].first == k &&
                 r->list->items[i].type == VERBA_ENT_DATE
             ? i
             : r->sorted;
}

/* Does what follows the place at token k end a dateline? */
static int ends_dateline(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t i;
  if (k >= doc->ntoks || (doc->toks[k].shape & VERBA_SHAPE_LINE_START)) return 0;
  /* the agency, then the dash: WASHINGTON (Reuters) -, not a headline's
   * company and its ticker, ALCAN (AL) TO CLOSE */
  if (doc->toks[k].cp == '(') {
    i = words_in_capitals(r, k + 1, 0);
    return i > k + 1 && i + 1 < doc->ntoks && doc->toks[i].cp == ')' &&
           !(doc->toks[i + 1].shape & VERBA_SHAPE_LINE_START) && ent_dash_at(doc, i + 1);
  }
  if (ent_dash_at(doc, k)) {
    /* (a headline's topic is followed by more capitals: SOCCER - LEEDS WIN) */
    while (ent_dash_at(doc, k)) k++;
    return k < doc->ntoks && capital_word(doc, k) && !(doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS);
  }
  /* a date, then the agency, a dash or the line's end (LONDON, March 5
   * (Reuters) -; LONDON 1996-08-30; not a headline's VOLKSWAGEN OF AMERICA
   * EARLY MARCH SALES RISE) */
  i = date_at(r, k);
  if (i == r->sorted) return 0;
  k = r->list->items[i].last;
  return k >= doc->ntoks || (doc->toks[k].shape & VERBA_SHAPE_LINE_START) ||
         doc->toks[k].cp == '(' || ent_dash_at(doc, k);
}

int ent_datelines(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k;
  /* (a dateline's place is in capitals: from capitalised word to
   * capitalised word, those that open a line) */
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks; k = ent_next_capital(r->x, k + 1)) {
    size_t end, after, region;
    size_t i;
    if (!(doc->toks[k].shape & VERBA_SHAPE_LINE_START)) continue;
    end = after = words_in_capitals(r, k, 1);
    /* (an article opens the place's name only where the lists have it
     * whole: THE HAGUE) */
    if (end == k && is_word(doc, k, "the") && (doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS)) {
      size_t name_end = words_in_capitals(r, k + 1, 1);
      if (name_end > k + 1 && (ent_phrase_of(r->x, k, name_end - k) & VERBA_NAME_PLACE))
        end = after = name_end;
    }
    if (end == k) continue;
    region = doc->ntoks;
    /* (not words the rules of numbers took: MARCH 5) */
    i = ent_mention_from(r, k);
    if (i < r->sorted && r->list->items[i].first < end &&
        r->list->items[i].type > VERBA_ENT_OTHER)
      continue;
    if (after < doc->ntoks && doc->toks[after].cp == ',' && date_at(r, after + 1) != r->sorted) {
      after++; /* LONDON, April 1 - */
    } else if (after < doc->ntoks && doc->toks[after].cp == ',') {
      /* the state or country, perhaps abbreviated: TROY, MICH., */
      region = after + 1;
      after = words_in_capitals(r, region, 0);
      if (after + 1 < doc->ntoks && doc->toks[after].cp == '.' && doc->toks[after + 1].cp == ',')
        after++;
      if (after < doc->ntoks && doc->toks[after].cp == ',') after++;
    }
    /* (a slug before its dash is none: PRESS DIGEST - Bosnia; RYE, N.H. -
     * names its state) */
    if (ends_dateline(r, after) &&
        !(region == doc->ntoks && ent_dash_at(doc, after) && ent_slug_words(r->x, k, end))) {
      int rc = ent_add_decided(r, k, end, VERBA_ENT_PLACE, VERBA_ENT_DATELINE);
      /* the region is a place of its own (ROCKVILLE, Md., March 4) */
      if (rc == VERBA_OK && region < doc->ntoks && words_in_capitals(r, region, 0) > region)
        rc = ent_add_decided(r, region, words_in_capitals(r, region, 0), VERBA_ENT_PLACE, 0);
      if (rc != VERBA_OK) return rc;
    }
  }
  return VERBA_OK;
}

/* ---- Score lines ---------------------------------------------------------------------- */

/* The goals of one side: a number of one or two digits, at most most;
 * -1 if token k is none. */
static int goals(const verba_doc *doc, size_t k, size_t from, size_t len, int most) {
  const unsigned char *s = doc->text.s + doc->toks[k].start + from;
  int v = 0;
  size_t i;
  if (len == 0 || len > 2) return -1;
  for (i = 0; i < len; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v <= most ? v : -1;
}

/* Is token k a score (2-1), each side's at most most? */
static int score_of_at_most(const verba_doc *doc, size_t k, int most) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  const unsigned char *dash;
  if (t->kind != VERBA_NUMBER || !(dash = memchr(s, '-', t->len)) || dash == s) return 0;
  return goals(doc, k, 0, (size_t)(dash - s), most) >= 0 &&
         goals(doc, k, (size_t)(dash - s) + 1, t->len - (size_t)(dash - s) - 1, most) >= 0;
}

int ent_score_at(const verba_doc *doc, size_t k) { return score_of_at_most(doc, k, MAX_GOALS); }

/* Is token k a score right after a capitalised name, each side's up to
 * MAX_POINTS (the Springboks 33-26)? Not the first of a set of scores,
 * a tennis player's games (beat Monica Seles 6-3 6-4: a person). */
static int named_score_at(const verba_doc *doc, size_t k) {
  return k > 0 && capital_word(doc, k - 1) && score_of_at_most(doc, k, MAX_POINTS) &&
         !(k + 1 < doc->ntoks && score_of_at_most(doc, k + 1, MAX_POINTS));
}

/* Is token k the goals of a side written after its name (Arsenal 3,
 * Everton 1; Juventus 2 (Del Piero 23)? Not a day after its month (March
 * 5). */
static int side_goals(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  const verba_tok *t = &doc->toks[k];
  return t->kind == VERBA_NUMBER && k > 0 && capital_word(doc, k - 1) &&
         !(ent_names(r->x, k - 1) & VERBA_NAME_MONTH) && goals(doc, k, 0, t->len, MAX_GOALS) >= 0 &&
         k + 1 < doc->ntoks && (capital_word(doc, k + 1) || doc->toks[k + 1].cp == ',' ||
                                doc->toks[k + 1].cp == '(' ||
                                (doc->toks[k + 1].shape & VERBA_SHAPE_SENTENCE_END));
}

/* Is the name at token first placed by "in" or "at", right before it or
 * before "the" and a word in lower case at most (in Tokyo, in the north
 * London derby, at the Istanbul stadium; not at home to Coventry)? */
static int placed_after_in(const rules *r, size_t first) {
  const verba_doc *doc = r->doc;
  size_t k = first - 1;
  if (ent_names(r->x, k) & VERBA_NAME_DATE_PREPOSITION) return 1;
  if (k > 0 && (doc->toks[k].shape & VERBA_SHAPE_LOWER) && !is_word(doc, k, "the")) k--;
  return k > 0 && is_word(doc, k, "the") && (doc->toks[k].shape & VERBA_SHAPE_LOWER) &&
         (ent_names(r->x, k - 1) & VERBA_NAME_DATE_PREPOSITION);
}

/* Do tokens [first, last) name a team: a club or a town anywhere in the
 * report (clubs are named after their towns: Newcastle drew 1-1; but a
 * town after "in" or "at" is the town: in Tokyo, in the north London
 * derby), or any name but a country's right before a score or its goals
 * (Chelsea 2-1, Everton 1: a club named after its town)? A country's
 * team is the country, a place. */
static int team_name(const rules *r, size_t first, size_t last, int results) {
  const verba_doc *doc = r->doc;
  verba_names names = ent_names_of(r, first, last);
  int after_in = first > 0 && placed_after_in(r, first);
  if ((names & (VERBA_NAME_SPORTS_CLUB | VERBA_NAME_CITY)) && !(names & VERBA_NAME_COUNTRY) &&
      !((names & VERBA_NAME_CITY) && after_in))
    return 1;
  return last < doc->ntoks &&
         (named_score_at(doc, last) || side_goals(r, last) ||
          (results && doc->toks[last].kind == VERBA_NUMBER)) &&
         !(names & VERBA_NAME_COUNTRY);
}

/* Numbers in a table's row at least (won, lost: NEW YORK 77 59 .566 -). */
#define ROW_NUMBERS 2

/* Digits of a count in a table of standings or a minute of a match, at
 * most (games, points). */
#define COUNT_DIGITS 3

/* Is token k a count of a table of standings: a whole number of a few
 * digits, or a share written as a decimal without its zero (.566), or the
 * half of games behind (1 1/2)? Not a price (3.04) nor a population
 * (2,700,000). */
static int standings_count(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t i;
  if (t->len == 3 && s[0] == '1' && s[1] == '/' && s[2] == '2') return 1;
  if (t->len > COUNT_DIGITS) return 0;
  for (i = 0; i < t->len; i++)
    if (s[i] < '0' || s[i] > '9') return 0;
  return 1;
}

/* Is sentence u a row of a table of standings: capitalised words, then
 * counts and the marks between them alone (NEW YORK 77 59 .566 -;
 * Newcastle 4 3 1 0 8 3 10)? */
static int table_row(const verba_doc *doc, const verba_unit *u) {
  size_t k = u->first, numbers = 0;
  while (k < u->last && capital_word(doc, k)) k++;
  if (k == u->first) return 0;
  for (; k < u->last; k++) {
    if (doc->toks[k].kind == VERBA_NUMBER) {
      if (!standings_count(doc, k)) return 0;
      numbers++;
    } else if (doc->toks[k].kind != VERBA_PUNCT) {
      return 0;
    }
  }
  return numbers >= ROW_NUMBERS;
}

/* The end of the capitalised words and the count after them from token k
 * on in u (NEW YORK 98), or k if there are none. */
static size_t side_with_count(const verba_doc *doc, const verba_unit *u, size_t k) {
  size_t end = k;
  while (end < u->last && capital_word(doc, end)) end++;
  if (end == k || end >= u->last || doc->toks[end].kind != VERBA_NUMBER ||
      !standings_count(doc, end))
    return k;
  return end + 1;
}

/* Is sentence u a line of results: two sides, each with its points, and
 * nothing else but marks (Chicago 98 Boston 90; Utah 102 Houston 99 (OT)
 * keeps its bracket)? Points of any size: the line's form says a score. */
static int results_row(const verba_doc *doc, const verba_unit *u) {
  size_t k = side_with_count(doc, u, u->first), end;
  if (k == u->first || (end = side_with_count(doc, u, k)) == k) return 0;
  for (; end < u->last; end++)
    if (doc->toks[end].kind != VERBA_PUNCT && !is_word(doc, end, "ot")) return 0;
  return 1;
}

/* Is token k the word between the sides of a fixture (SEATTLE AT BOSTON,
 * Leeds v Chelsea)? */
static int fixture_word(const verba_doc *doc, size_t k) {
  return is_word(doc, k, "at") || is_word(doc, k, "v") || is_word(doc, k, "vs");
}

/* Do tokens [first, last) name a side the lists know: a club, a town or
 * a region (teams are named after states too: Texas, Colorado), not a
 * country (its side is the country, a place)? */
static int listed_side(const rules *r, size_t first, size_t last) {
  verba_names names = ent_names_of(r, first, last);
  return (names & (VERBA_NAME_SPORTS_CLUB | VERBA_NAME_CITY | VERBA_NAME_REGION_NAME)) &&
         !(names & VERBA_NAME_COUNTRY);
}

/* Is sentence u a fixture on a line of its own: two sides the lists know
 * and the word between them, nothing else but marks (SEATTLE AT BOSTON;
 * Leeds v Chelsea; not CLINTON AT WHITE HOUSE)? The end of the first side
 * in *split. */
static int fixture_row(const rules *r, const verba_unit *u, size_t *split) {
  const verba_doc *doc = r->doc;
  size_t k = u->first, second;
  while (k < u->last && capital_word(doc, k) && !fixture_word(doc, k)) k++;
  if (k == u->first || k + 1 >= u->last || !fixture_word(doc, k)) return 0;
  second = k + 1;
  *split = k;
  for (k = second; k < u->last && capital_word(doc, k); k++) {}
  if (k == second || !listed_side(r, u->first, *split) || !listed_side(r, second, k)) return 0;
  for (; k < u->last; k++)
    if (doc->toks[k].kind != VERBA_PUNCT) return 0;
  return 1;
}

/* Tokens back from a scorer to the bracket of the scorers' list, at most
 * (a dozen scorers with their minutes). */
#define SCORER_REACH 60

/* Is token k a player's figure in a match report's brackets: a goal's
 * minute or a batsman's runs (Del Piero 23; Mark Taylor 50), or a
 * bowler's wickets and runs, as a score is written (Shane Warne 4-42)? */
static int player_figure(const verba_doc *doc, size_t k) {
  return doc->toks[k].kind == VERBA_NUMBER &&
         (standings_count(doc, k) || score_of_at_most(doc, k, MAX_POINTS));
}

/* Are tokens [first, last) of sentence u a scorer in a match report's
 * brackets: after the bracket, a comma or a semicolon, before the
 * player's figure (Juventus 2 ( Del Piero 23 , Vieri 70 ); Australia 228
 * (Mark Taylor 50; Shane Warne 4-42))? */
static int scorer(const verba_doc *doc, const verba_unit *u, size_t first, size_t last) {
  size_t k;
  int32_t before;
  if (first <= u->first || last >= u->last || !player_figure(doc, last)) return 0;
  before = doc->toks[first - 1].cp;
  if (before != '(' && before != ',' && before != ';') return 0;
  /* (inside the brackets: the nearest bracket before it, a few scorers
   * back at most, opens) */
  for (k = first; k-- > u->first && first - k <= SCORER_REACH;)
    if (doc->toks[k].cp == '(' || doc->toks[k].cp == ')') return doc->toks[k].cp == '(';
  return 0;
}

/* Does sentence u report a match: a score and a club's or a town's name
 * or a team's nickname (Leeds beat Chelsea 2-1; Harlow beat Kettering
 * 2-1; the Jets beat the Dolphins 24-17), two sides with
 * their goals (Arsenal 3 Everton 1), or is it a row of a table of
 * standings (the names in it that team_name takes for a team's)? */
static int score_line(const rules *r, const verba_unit *u, size_t i) {
  const verba_doc *doc = r->doc;
  size_t k, sides = 0;
  int score = 0, club = 0;
  if (table_row(doc, u) || results_row(doc, u)) return 1;
  for (k = u->first; k < u->last; k++) {
    if (doc->toks[k].kind == VERBA_NUMBER) {
      sides += (size_t)side_goals(r, k);
      score |= ent_score_at(doc, k) || named_score_at(doc, k);
    }
    club |= (ent_names(r->x, k) & (VERBA_NAME_SPORTS_CLUB | VERBA_NAME_CITY)) &&
            capital_word(doc, k);
  }
  /* (or a team's nickname after "the": the Jets beat the Dolphins 24-17) */
  for (k = u->first + 1; score && !club && k < u->last; k++)
    club = doc->toks[k].cp >= 'A' && doc->toks[k].cp <= 'Z' && is_word(doc, k - 1, "the") &&
           ent_plural_nickname(r, k);
  /* (a town of several words is a name the tagger found: Cape Town) */
  for (; score && !club && i < r->sorted && r->list->items[i].first < u->last; i++)
    club = r->list->items[i].last - r->list->items[i].first > 1 &&
           (ent_names_of(r, r->list->items[i].first, r->list->items[i].last) &
            (VERBA_NAME_SPORTS_CLUB | VERBA_NAME_CITY));
  return sides >= 2 || (score && club);
}

/* In sentence or line u, which reports a match, the teams are
 * organisations: the tagger's names of clubs and towns, and the names
 * right before a side's goals or the score, or opening a row, that it left
 * out (beat Kettering 2-1); the scorers in brackets are people. *i is the
 * first of the tagger's mentions not before u; it is moved past u. */
static int read_score_line(rules *r, const verba_unit *u, size_t *i) {
  const verba_doc *doc = r->doc;
  verba_entity_list *list = r->list;
  size_t k;
  int rc = VERBA_OK, results = results_row(doc, u);
  for (; *i < r->sorted && list->items[*i].first < u->last; (*i)++) {
    verba_entity *e = &list->items[*i];
    /* (a scorer is a person, whatever the tagger made of the name, and
     * no team though goals seem to follow it: Luc Nilis 12, 56) */
    if (e->type <= VERBA_ENT_OTHER && e->type != VERBA_ENT_GROUP &&
        scorer(doc, u, e->first, e->last)) {
      e->type = VERBA_ENT_PERSON;
    } else if (e->type <= VERBA_ENT_OTHER && team_name(r, e->first, e->last, results)) {
      e->type = VERBA_ENT_ORGANIZATION;
      e->flags |= VERBA_ENT_DECIDED;
    }
  }
  for (k = u->first; k < u->last && rc == VERBA_OK; k++) {
    size_t end = k;
    /* (an article opening the sentence is no side's: The Wallabies lost) */
    if (!capital_word(doc, k) || is_covered(r->covered, k) || is_word(doc, k, "the")) continue;
    while (end < u->last && capital_word(doc, end) && !is_covered(r->covered, end)) end++;
    /* (or the name opening a row of standings: Arsenal 4 3 1 0 8 3 10;
     * and a team's nickname anywhere in the report: Rafael Palmeiro's
     * homer lifted the Orioles over Seattle 5-2) */
    if (scorer(doc, u, k, end))
      rc = ent_add_decided(r, k, end, VERBA_ENT_PERSON, 0);
    else if ((end == k + 1 && k > u->first && is_word(doc, k - 1, "the") &&
              !(doc->toks[k].shape & VERBA_SHAPE_SENTENCE_START) && ent_plural_nickname(r, k)) ||
             (end < u->last &&
              (side_goals(r, end) || named_score_at(doc, end) ||
               (k == u->first && table_row(doc, u)) ||
               (results && doc->toks[end].kind == VERBA_NUMBER)) &&
              team_name(r, k, end, results)))
      rc = ent_add_decided(r, k, end, VERBA_ENT_ORGANIZATION, 0);
    k = end;
  }
  return rc;
}

/* The two sides of fixture u, split at token split, are teams: the
 * tagger's names there give way to them. */
static int read_fixture(rules *r, const verba_unit *u, size_t split) {
  const verba_doc *doc = r->doc;
  size_t end = split + 1;
  int rc;
  while (end < u->last && capital_word(doc, end)) end++;
  rc = ent_add_decided(r, u->first, split, VERBA_ENT_ORGANIZATION, 0);
  return rc == VERBA_OK ? ent_add_decided(r, split + 1, end, VERBA_ENT_ORGANIZATION, 0) : rc;
}

/* Each sentence that reports a match is read as one, and so is each line
 * of a longer sentence that is a row of a table of standings or of
 * results (a row that ends in a dash runs on into the next for the
 * sentencer: NEW YORK 74 57 .565 - then BALTIMORE 70 61 .534 4), and each
 * line that is a fixture (SEATTLE AT BOSTON). */
int ent_score_lines(rules *r) {
  const verba_doc *doc = r->doc;
  verba_entity_list *list = r->list;
  size_t s, i = 0;
  int rc = VERBA_OK;
  for (s = 0; s < doc->nsentences && rc == VERBA_OK; s++) {
    const verba_unit *u = &doc->sentences[s];
    verba_unit line;
    /* (a score line holds a number) */
    int numbers = ent_next_bit(r->x->numbers, u->last, u->first) < u->last;
    while (i < r->sorted && list->items[i].first < u->first) i++;
    if (numbers && score_line(r, u, i)) {
      rc = read_score_line(r, u, &i);
      continue;
    }
    /* (a sentence on one line is its line: a fixture, or nothing more) */
    if (!memchr(doc->text.s + u->start, '\n', u->end - u->start)) {
      size_t split;
      if (!numbers && (doc->toks[u->first].shape & VERBA_SHAPE_LINE_START) &&
          (u->last >= doc->ntoks || (doc->toks[u->last].shape & VERBA_SHAPE_LINE_START)) &&
          fixture_row(r, u, &split))
        rc = read_fixture(r, u, split);
      continue;
    }
    line = *u;
    while (line.first < u->last && rc == VERBA_OK) {
      size_t split;
      for (line.last = line.first + 1;
           line.last < u->last && !(doc->toks[line.last].shape & VERBA_SHAPE_LINE_START);
           line.last++) {}
      while (i < r->sorted && list->items[i].first < line.first) i++;
      if (numbers && (line.first > u->first || line.last < u->last) &&
          (table_row(doc, &line) || results_row(doc, &line)))
        rc = read_score_line(r, &line, &i);
      else if ((doc->toks[line.first].shape & VERBA_SHAPE_LINE_START) &&
               (line.last >= doc->ntoks || (doc->toks[line.last].shape & VERBA_SHAPE_LINE_START)) &&
               fixture_row(r, &line, &split))
        rc = read_fixture(r, &line, split);
      line.first = line.last;
    }
  }
  return rc;
}

/* The mention of tokens [first, last) exactly, the tagger's or one a rule
 * added, or r->list->n. */
static size_t mention_at(const rules *r, size_t first, size_t last) {
  size_t m = ent_mention_from(r, first);
  if (m >= r->sorted || r->list->items[m].first != first) {
    /* (the rules cover the tokens of the mentions they add: where first
     * is no mention's, the added ones need not be read, each time a
     * pass asks) */
    if (!is_covered(r->covered, first)) return r->list->n;
    for (m = r->sorted; m < r->list->n && r->list->items[m].first != first; m++) {}
  }
  return m < r->list->n && r->list->items[m].first == first && r->list->items[m].last == last
             ? m
             : r->list->n;
}

/* ---- Teams in lists of results ------------------------------------------------------- */

/* Words of a team's name after a competitor's country, at most (Williams,
 * Festina, Mapei-GB). */
#define TEAM_WORDS 3

/* The end of a country's name in brackets at token k, ( Canada ), or k. */
static size_t country_bracket_end(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t end = k + 1;
  if (k >= doc->ntoks || doc->toks[k].cp != '(') return k;
  while (end < doc->ntoks && end - k <= TEAM_WORDS && capital_word(doc, end)) end++;
  return end > k + 1 && end < doc->ntoks && doc->toks[end].cp == ')' &&
                 (ent_names_of(r, k + 1, end) & VERBA_NAME_COUNTRY)
             ? end + 1
             : k;
}

/* In a list of results, the capitalised name after a competitor's name
 * and country in brackets is the team the competitor rides or drives for
 * (Jacques Villeneuve (Canada) Williams 1 hour 46:21; Bjarne Riis
 * (Denmark) Telekom 4:30:12): an organisation, where the line goes on with
 * a time, a number or nothing, and the name is no one's (not a pair of
 * players: Todd Woodbridge (Australia) Mark Woodforde (Australia); nor a
 * firm's suffix: Yamaichi International (America) Inc). */
int ent_results_teams(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i;
  int rc = VERBA_OK;
  for (i = 0; i < r->list->n && rc == VERBA_OK; i++) {
    const verba_entity *e = &r->list->items[i];
    size_t first = country_bracket_end(r, e->last), end, m;
    if (e->type != VERBA_ENT_PERSON || first == e->last || first >= doc->ntoks ||
        !capital_word(doc, first) || (doc->toks[first].shape & VERBA_SHAPE_LINE_START) ||
        ent_firm_abbreviation(r->x, first))
      continue;
    for (end = first; end < doc->ntoks && end - first < TEAM_WORDS && capital_word(doc, end) &&
                      !(doc->toks[end].shape & VERBA_SHAPE_LINE_START);
         end++) {}
    if ((end < doc->ntoks && !(doc->toks[end].shape & VERBA_SHAPE_LINE_START) &&
         doc->toks[end].kind != VERBA_NUMBER && !(doc->toks[end].shape & VERBA_SHAPE_LOWER)) ||
        (end - first >= 2 && (ent_names(r->x, first) & GIVEN_NAMES)))
      continue;
    /* (the tagger's name there or a rule's, whatever it typed it: a
     * sponsor's name of words no list has, Mercatone Uno, read as a
     * person's) */
    m = mention_at(r, first, end);
    if (m < r->list->n && r->list->items[m].type <= VERBA_ENT_OTHER) {
      r->list->items[m].type = VERBA_ENT_ORGANIZATION;
      r->list->items[m].flags |= VERBA_ENT_DECIDED;
    } else if (!is_covered(r->covered, first)) {
      rc = ent_add_decided(r, first, end, VERBA_ENT_ORGANIZATION, 0);
    }
  }
  return rc;
}

/* ---- Cricket scorecards --------------------------------------------------------------- */

/* Is token k a word of a batting line's dismissal in lower case before a
 * fielder's or a bowler's name: c (caught), b (bowled), st (stumped)? */
static int dismissal_word(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  return t->kind == VERBA_WORD && t->len <= 2 && (t->shape & VERBA_SHAPE_LOWER) &&
         (is_word(doc, k, "c") || is_word(doc, k, "b") || is_word(doc, k, "st"));
}

/* The answer of bowled_on_line for the tokens [from, stop]: the tokens
 * its last reading went over, where it stopped at a "b" (found) or at the
 * line's end. */
typedef struct bowled_memo {
  size_t from, stop;
  int found;
} bowled_memo;

/* Does the line of token k hold a bowler's "b" from k on (c Healy b
 * McGrath: a catch is written with its bowler)? The memo keeps the last
 * answer, which holds for every token the reading went over: asked in
 * text order, a long line is read once, not once a dismissal. */
static int bowled_on_line(const verba_doc *doc, size_t k, bowled_memo *memo) {
  size_t j;
  if (memo->from <= k && k <= memo->stop) return memo->found;
  memo->from = k;
  memo->found = 0;
  for (j = k; j < doc->ntoks; j++) {
    if (j > 0 && (doc->toks[j].shape & VERBA_SHAPE_LINE_START)) break;
    if (dismissal_word(doc, j) && is_word(doc, j, "b")) {
      memo->found = 1;
      break;
    }
  }
  memo->stop = j;
  return memo->found;
}

/* Is token k a bowler's figures: overs, maidens, runs and wickets joined
 * by hyphens (9-3-16-2, 10.4-1-45-3)? */
static int bowling_figures(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t i, hyphens = 0;
  if (t->kind != VERBA_NUMBER) return 0;
  for (i = 0; i < t->len; i++) {
    if (s[i] == '-' && i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') hyphens++;
    else if (!(s[i] >= '0' && s[i] <= '9') && !(s[i] == '.' && hyphens == 0)) return 0;
  }
  return hyphens == 3 && s[t->len - 1] >= '0' && s[t->len - 1] <= '9';
}

/* Makes tokens [first, last) a person's name, whatever the tagger saw
 * there: its mention of just them retyped, or a new one where it saw
 * none. VERBA_OK or VERBA_ENOMEM. */
static int scorecard_person(rules *r, size_t first, size_t last) {
  size_t m = ent_mention_from(r, first);
  if (m < r->sorted && r->list->items[m].first == first && r->list->items[m].last == last &&
      r->list->items[m].type <= VERBA_ENT_OTHER && !(r->list->items[m].flags & VERBA_ENT_DECIDED)) {
    r->list->items[m].type = VERBA_ENT_PERSON;
    r->list->items[m].flags |= VERBA_ENT_DECIDED;
    return VERBA_OK;
  }
  return is_covered(r->covered, first) ? VERBA_OK
                                       : ent_add_decided(r, first, last, VERBA_ENT_PERSON, 0);
}

/* Is token k the "v" of a match, in lower case between two sides (Surrey
 * 320-6 ( ... ) v Warwickshire)? */
static int versus(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  return t->kind == VERBA_WORD && t->len == 1 && doc->text.s[t->start] == 'v' && k > 0 &&
         k + 1 < doc->ntoks && capital_word(doc, k + 1) &&
         !(doc->toks[k + 1].shape & VERBA_SHAPE_LINE_START);
}

/* Makes tokens [first, last) a side of a match: the country, a place, if
 * it is one (a country's team is the country), else a team. */
static int match_side(rules *r, size_t first, size_t last) {
  return ent_add_decided(r, first, last,
                         (ent_names_of(r, first, last) & VERBA_NAME_COUNTRY) ? VERBA_ENT_PLACE
                                                                              : VERBA_ENT_ORGANIZATION,
                         0);
}

/* A match's summary, in one sentence from its line's start or a colon: a
 * side and its runs or score, the leading players in brackets before
 * their figures, "v" and the other side (Surrey 320-6 ( A. Stewart 102 ,
 * G. Kersey 60 ) v Warwickshire; Glamorgan 259 (P. Cottey 64; M. Saggers
 * 4-56) v Durham). The sides are teams (a county's, a town's name: the
 * tagger read places), the players people. A side must have a number
 * after it: a law case is no match (Roe v Wade). */
static int read_match_summary(rules *r, const verba_unit *u) {
  const verba_doc *doc = r->doc;
  size_t k, first = u->first, side, vk = u->last, end;
  int rc = VERBA_OK;
  /* (the token's first byte tested before any call: most are neither) */
  for (k = u->first; k < u->last; k++) {
    if (doc->toks[k].cp == ':' && doc->toks[k].len == 1) first = k + 1;
    if (doc->toks[k].cp == 'v' && versus(doc, k)) {
      vk = k;
      break;
    }
  }
  if (vk == u->last) return VERBA_OK;
  for (side = first; side < vk && capital_word(doc, side) && !ent_grammar_word(r->x, side) &&
                     side - first < NAME_WORDS;
       side++) {}
  /* (the runs: the players' brackets after them, or "v" (In 1801, he
   * went to Harrow ... the Eton v Harrow match is no summary)) */
  if (side == first || side >= vk || doc->toks[side].kind != VERBA_NUMBER ||
      (side + 1 != vk && doc->toks[side + 1].cp != '('))
    return VERBA_OK;
  end = capital_words(doc, vk + 1);
  rc = match_side(r, first, side);
  if (rc == VERBA_OK) rc = match_side(r, vk + 1, end);
  /* the players: capitalised words before a number, inside the brackets */
  for (k = side + 1; k < vk && rc == VERBA_OK; k++) {
    size_t name_end;
    if (!capital_word(doc, k) || (name_end = capital_words(doc, k)) >= vk ||
        doc->toks[name_end].kind != VERBA_NUMBER)
      continue;
    rc = scorecard_person(r, k, name_end);
    k = name_end;
  }
  return rc;
}

int ent_cricket_cards(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k, end;
  bowled_memo bowled = {1, 0, 0}; /* (over no token) */
  int rc = VERBA_OK;
  /* (from capitalised word to capitalised word: each name is one, after
   * its dismissal's word or before its figures) */
  for (k = ent_next_capital(r->x, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    /* (or the batsman opening the line before his dismissal: B. Young c
     * Moin Khan b Waqar 5; a family name that is a common word too) */
    if ((k > 0 && dismissal_word(doc, k - 1) && !(doc->toks[k].shape & VERBA_SHAPE_LINE_START) &&
         bowled_on_line(doc, k - 1, &bowled) && (end = capital_words(doc, k)) > k) ||
        ((doc->toks[k].shape & VERBA_SHAPE_LINE_START) && (end = capital_words(doc, k)) > k &&
         end < doc->ntoks && dismissal_word(doc, end) && bowled_on_line(doc, end, &bowled))) {
      rc = scorecard_person(r, k, end);
      k = end - 1;
    } else if (k + 1 < doc->ntoks && bowling_figures(doc, k + 1)) {
      size_t first = k;
      /* (the name's words back to the line's start, a comma or a colon) */
      while (first > 0 && k - first + 1 < NAME_WORDS && capital_word(doc, first - 1) &&
             !(doc->toks[first].shape & VERBA_SHAPE_LINE_START))
        first--;
      if (first == 0 || (doc->toks[first].shape & VERBA_SHAPE_LINE_START) ||
          doc->toks[first - 1].cp == ',' || doc->toks[first - 1].cp == ':')
        rc = scorecard_person(r, first, k + 1);
    }
  }
  return rc;
}

int ent_match_summaries(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k, read = VERBA_NONE;
  int rc = VERBA_OK;
  /* (from number to number: a summary's side has one before its
   * brackets or its "v"; each sentence is read once) */
  for (k = ent_next_bit(r->x->numbers, doc->ntoks, 0); k + 1 < doc->ntoks && rc == VERBA_OK;
       k = ent_next_bit(r->x->numbers, doc->ntoks, k + 1)) {
    size_t s = doc->toks[k].sentence;
    if (s == read || (doc->toks[k + 1].cp != '(' && doc->toks[k + 1].cp != 'v')) continue;
    read = s;
    rc = read_match_summary(r, &doc->sentences[s]);
  }
  return rc;
}

/* ---- Leaderboards --------------------------------------------------------------------- */

/* Does token k open a new line? */
static int line_start_at(const verba_doc *doc, size_t k) {
  return k >= doc->ntoks || (doc->toks[k].shape & VERBA_SHAPE_LINE_START);
}

/* The end of a competitor's item of a leaderboard from token k: a
 * person's name of two words or more (three at most and an initial's
 * dot), and the country in brackets after it maybe (Steve Elkington
 * (Australia)); k if there is none. The name's end in *name_end. */
static size_t competitor_end(const rules *r, size_t k, size_t *name_end) {
  const verba_doc *doc = r->doc;
  size_t end = k, words = 0;
  while (end < doc->ntoks && end - k < NAME_WORDS && !line_start_at(doc, end) &&
         (capital_word(doc, end) || (end > k && ent_is_dot(doc, end))) &&
         !(doc->toks[end].shape & VERBA_SHAPE_POSSESSIVE))
    words += (size_t)capital_word(doc, end++);
  /* (a word in capitals is a team's or a heading's: no competitor's; nor
   * a name that ends in a dot, a sentence's end: 10 Mike.) */
  if (words < 2 || ent_is_dot(doc, end - 1) || (doc->toks[k].shape & VERBA_SHAPE_ALL_CAPS) ||
      (ent_names_of(r, k, end) & (VERBA_NAME_COUNTRY | VERBA_NAME_ORGANIZATION | GROUP_NAMES)))
    return k;
  *name_end = end;
  if (end + 2 < doc->ntoks && doc->toks[end].cp == '(' && !line_start_at(doc, end)) {
    size_t close = end + 1;
    while (close < doc->ntoks && close - end <= NAME_WORDS && capital_word(doc, close)) close++;
    if (close < doc->ntoks && doc->toks[close].cp == ')') end = close + 1;
  }
  return end;
}

/* A line of a leaderboard, a score and the competitors who made it,
 * commas between them and nothing else (65 Tiger Woods, Nolan Henke; 72
 * Bob Tway, Steve Elkington (Australia)), names people: each name of two
 * words or more on it is a person's, whatever the tagger made of it. Not a
 * line of other numbers or words (a table's, a result's). */
int ent_leaderboards(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k;
  int rc = VERBA_OK;
  for (k = ent_next_bit(r->x->numbers, doc->ntoks, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_bit(r->x->numbers, doc->ntoks, k + 1)) {
    /* (each competitor's first token and the end of the name) */
    size_t at = k + 1, names[2 * (size_t)LEADERBOARD_NAMES], n = 0, i;
    if (!line_start_at(doc, k) || !standings_count(doc, k) || line_start_at(doc, at)) continue;
    for (;;) {
      size_t name_end = at, end = competitor_end(r, at, &name_end);
      if (end == at || n == sizeof names / sizeof names[0]) break;
      names[n++] = at;
      names[n++] = name_end;
      at = end;
      if (line_start_at(doc, at) || doc->toks[at].cp != ',' || line_start_at(doc, at + 1)) break;
      at++;
    }
    if (n == 0 || !line_start_at(doc, at)) continue;
    for (i = 0; i < n && rc == VERBA_OK; i += 2) rc = scorecard_person(r, names[i], names[i + 1]);
  }
  return rc;
}

/* A line of ranked results, a rank (and its dot) opening it, then a
 * competitor's name of two words or more and the country in brackets,
 * then a time, a score, a team's name or nothing (1. Ato Boldon
 * (Trinidad) 10.05; 2. Marco Pantani (Italy) Mercatone Uno 1:08), names a
 * person, whatever the tagger made of the name. Not without the country
 * (a team's line: 1. Williams 123 points). */
int ent_ranked_results(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k;
  int rc = VERBA_OK;
  for (k = ent_next_bit(r->x->numbers, doc->ntoks, 0); k + 2 < doc->ntoks && rc == VERBA_OK;
       k = ent_next_bit(r->x->numbers, doc->ntoks, k + 1)) {
    size_t at = k + 1, name_end, end;
    if (!line_start_at(doc, k) || !standings_count(doc, k)) continue;
    if (doc->toks[at].cp == '.' && doc->toks[at].len == 1) at++;
    if (line_start_at(doc, at)) continue;
    name_end = at;
    end = competitor_end(r, at, &name_end);
    if (end == at || end == name_end ||
        !(line_start_at(doc, end) || doc->toks[end].kind == VERBA_NUMBER || capital_word(doc, end)))
      continue;
    rc = scorecard_person(r, at, name_end);
  }
  return rc;
}

/* ---- Scorers and their minutes -------------------------------------------------------- */

/* Is token k a word a goal's minute goes with in its bracket (23rd
 * minute, 80 penalty, 12 pen, 56 og)? */
static int minute_word(const verba_doc *doc, size_t k) {
  static const char *const words[] = {"minute", "minutes", "penalty", "pen", "og", "mins", "min"};
  return doc->toks[k].kind == VERBA_WORD && (doc->toks[k].shape & VERBA_SHAPE_LOWER) &&
         IS_WORD_OF(doc, k, words);
}

/* Is token k a minute of a match, in digits, three at most, with an
 * ordinal's ending maybe (70, 23rd; not a year, 1997, nor a record, 32-3)? */
static int minute_number(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t i = 0;
  if (t->kind != VERBA_NUMBER) return 0;
  while (i < t->len && s[i] >= '0' && s[i] <= '9') i++;
  if (i == 0 || i > 3) return 0;
  if (i == t->len) return 1;
  return t->len - i == 2 && (memcmp(s + i, "st", 2) == 0 || memcmp(s + i, "nd", 2) == 0 ||
                             memcmp(s + i, "rd", 2) == 0 || memcmp(s + i, "th", 2) == 0);
}

/* The close of the bracket opening at token open that holds a scorer's
 * minutes alone, numbers of three digits at most, commas between them and
 * the words a minute goes with after them ((23rd minute), (12, 56), (80
 * penalty)), or open. */
static size_t minutes_bracket(const verba_doc *doc, size_t open) {
  size_t k = open + 1;
  if (doc->toks[open].cp != '(' || doc->toks[open].len != 1) return open;
  for (;;) {
    if (k >= doc->ntoks || line_start_at(doc, k) || !minute_number(doc, k)) return open;
    for (k++; k < doc->ntoks && !line_start_at(doc, k) && minute_word(doc, k); k++) {}
    if (k >= doc->ntoks || line_start_at(doc, k) || doc->toks[k].len != 1) return open;
    if (doc->toks[k].cp == ')') return k;
    if (doc->toks[k].cp != ',') return open;
    k++;
  }
}

/* A name before a bracket of minutes is a scorer's, a person's
 * (Scorers: Del Piero (23rd minute), Vieri (70); Casiraghi (12, 56)),
 * whatever the tagger made of it: capitalised words after a list's mark,
 * a dash or a colon, no name the lists have as a place's, an
 * organisation's or a people's (not a club's or a country's count: Brazil
 * (3)). */
int ent_scorers(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k;
  int rc = VERBA_OK;
  /* (from number to number: a bracket of minutes holds one) */
  for (k = ent_next_bit(r->x->numbers, doc->ntoks, 0); k < doc->ntoks && rc == VERBA_OK;
       k = ent_next_bit(r->x->numbers, doc->ntoks, k + 1)) {
    size_t open = k - 1, close, first;
    int32_t before;
    if (k < 2 || doc->toks[open].cp != '(' || !capital_word(doc, open - 1) ||
        (close = minutes_bracket(doc, open)) == open)
      continue;
    for (first = open - 1; first > 0 && open - first < NAME_WORDS && capital_word(doc, first - 1) &&
                           !line_start_at(doc, first);
         first--) {}
    before = first > 0 && !line_start_at(doc, first) ? doc->toks[first - 1].cp : ',';
    if ((before != ',' && before != ';' && before != ':' && before != '-') ||
        (ent_names_of(r, first, open) &
         (VERBA_NAME_PLACE | VERBA_NAME_ORGANIZATION | GROUP_NAMES)))
      continue;
    rc = scorecard_person(r, first, open);
    k = close;
  }
  return rc;
}

/* ---- Initials in lists ----------------------------------------------------------------- */

/* Is token k a capital initial written without its dot (J in J Yapp)? */
static int bare_initial(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  return t->kind == VERBA_WORD && t->len == 1 && t->cp >= 'A' && t->cp <= 'Z' &&
         !(k + 1 < doc->ntoks && ent_is_dot(doc, k + 1));
}

/* Is token k a compass point's initial (S Africa, N Ireland, W Indies)? */
static int compass_initial(const verba_doc *doc, size_t k) {
  int32_t c = doc->toks[k].cp;
  return c == 'N' || c == 'S' || c == 'E' || c == 'W';
}

/* A capital initial without its dot and a family name, as British lists
 * of players and officials write people (R McBryde, J Yapp, I Gough; G Poll
 * (Hertfordshire)), between a list's marks: a comma, a semicolon, a colon
 * or a bracket before (or the line's start, another such name after the
 * comma), one of them or a full stop or the line's end after.
 * The family name is a word or two no common word unless a list has it as
 * one (G Cooper; not B Shares) and no place's, but a family name too
 * after no compass point's initial (not S Africa, S Yorkshire), and the
 * whole a person's name, whatever the tagger made of it (a place). */
int ent_listed_initials(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k;
  int rc = VERBA_OK;
  for (k = ent_next_capital(r->x, 0); k + 1 < doc->ntoks && rc == VERBA_OK;
       k = ent_next_capital(r->x, k + 1)) {
    size_t end = k + 1;
    int opens;
    int32_t before, after;
    /* (the token's length tested first: most capitalised words fail it) */
    if (doc->toks[k].len != 1 || !bare_initial(doc, k)) continue;
    opens = k == 0 || line_start_at(doc, k);
    before = opens ? 0 : doc->toks[k - 1].cp;
    if (!opens && (doc->toks[k - 1].len != 1 ||
                   (before != ',' && before != ';' && before != ':' && before != '(')))
      continue;
    while (end < doc->ntoks && end - k <= 2 && !line_start_at(doc, end) && capital_word(doc, end) &&
           (!ent_common_word(r->x, end) || (ent_names(r->x, end) & VERBA_NAME_SURNAME)) &&
           !((ent_names(r->x, end) & VERBA_NAME_PLACE) &&
             (!(ent_names(r->x, end) & VERBA_NAME_SURNAME) || compass_initial(doc, k))))
      end++;
    if (end == k + 1) continue;
    after = line_start_at(doc, end) ? '.' : doc->toks[end].cp;
    if ((after != ',' && after != ';' && after != '.' && after != ')' && after != '(') ||
        (!line_start_at(doc, end) && doc->toks[end].len != 1) ||
        /* (opening a line, a list's first item: another initial after it) */
        (opens && ((after != ',' && after != ';') || end + 2 >= doc->ntoks ||
                   !bare_initial(doc, end + 1))))
      continue;
    rc = scorecard_person(r, k, end);
    k = end - 1;
  }
  return rc;
}

/* ---- Players in brackets -------------------------------------------------------------- */

/* Players in one bracket, at most (a side's scorers, its batsmen). */
#define BRACKET_PLAYERS 12
/* Words in lower case and numbers between a side's runs and the bracket
 * of its players, at most (Sri Lanka 231-7 in 50 overs (...)). */
#define RUNS_TO_BRACKET 3

/* The figure's token of a player's item of a bracket from token k: a
 * name (capitalised words, an initial's dot after one, a particle in
 * lower case between two: G. Kersey, Aravinda de Silva), then the
 * player's figure; k if there is none. */
static size_t player_figure_after(const rules *r, size_t k) {
  const verba_doc *doc = r->doc;
  size_t end = k;
  if (!capital_word(doc, k)) return k;
  while (end < doc->ntoks && end - k < NAME_WORDS && !line_start_at(doc, end) &&
         (capital_word(doc, end) ||
          (end > k && (ent_is_dot(doc, end) ||
                       (ent_particle_at(r->x, end) && capital_word(doc, end + 1))))))
    end++;
  return !line_start_at(doc, end) && player_figure(doc, end) ? end : k;
}

/* Has the name of tokens [first, last) a word that is no common English
 * word, as players' names have (Nunez, Aravinda de Silva) and the parts
 * of a product's name after which a version's number comes seldom do
 * (Service Pack 4, Office 97)? */
static int uncommon_word_in(const rules *r, size_t first, size_t last) {
  for (; first < last; first++)
    if (capital_word(r->doc, first) && !ent_common_word(r->x, first)) return 1;
  return 0;
}

/* Does the bracket opening at token open come after what a list of
 * players follows: a side's score or runs after the side's name, maybe
 * with words in lower case and numbers between (Juventus 2 (...); Sri
 * Lanka 231-7 in 50 overs (...)), or a player's name in a line-up, an
 * item of a list of names, one that a comma or the line's end follows
 * (Kewell (Traore 85), Baros)? Not a common noun (the systems (...)). */
static int follows_side_or_player(const verba_doc *doc, size_t open, size_t close) {
  size_t k;
  int32_t after = close + 1 < doc->ntoks ? doc->toks[close + 1].cp : '.';
  for (k = open; k > 1 && open - k <= RUNS_TO_BRACKET && !line_start_at(doc, k); k--) {
    const verba_tok *t = &doc->toks[k - 1];
    if (t->kind == VERBA_NUMBER) {
      if (capital_word(doc, k - 2) && !line_start_at(doc, k - 1)) return 1;
    } else if (t->kind != VERBA_WORD || !(t->shape & VERBA_SHAPE_LOWER)) {
      break;
    }
  }
  for (k = open; k > 0 && open - k < NAME_WORDS && capital_word(doc, k - 1) &&
                 !line_start_at(doc, k);
       k--) {}
  if (k == open || (!line_start_at(doc, k) && doc->toks[k - 1].cp != ',' &&
                    doc->toks[k - 1].cp != ':'))
    return 0;
  return line_start_at(doc, close + 1) || after == ',' || after == '.' || after == ';';
}

/* Reads the bracket opening at token open as a list of players with their
 * figures, commas or semicolons between (Del Piero 23, Vieri 70; Mark
 * Taylor 50; Shane Warne 4-42): each player's name's first token and end
 * into names, a pair each. The players' count, 0 if an item is none or
 * the bracket does not close on its line; its close in *close. */
static size_t bracket_players(const rules *r, size_t open, size_t *names, size_t *close) {
  const verba_doc *doc = r->doc;
  size_t k = open + 1, n = 0;
  for (;;) {
    size_t figure = player_figure_after(r, k);
    if (figure == k || n == 2 * (size_t)BRACKET_PLAYERS || !uncommon_word_in(r, k, figure))
      return 0;
    names[n++] = k;
    names[n++] = figure;
    k = figure + 1;
    if (line_start_at(doc, k) || doc->toks[k].len != 1) return 0;
    if (doc->toks[k].cp == ')') break;
    if (doc->toks[k].cp != ',' && doc->toks[k].cp != ';') return 0;
    k++;
  }
  *close = k;
  return n / 2;
}

/* Names in a line-up at least (a side's eleven, in one line). */
#define LINEUP_NAMES 5

/* The end of a line-up's item from token k: a player's name (capitalised
 * words, a particle in lower case between two), and the bracket of the
 * player who came on for him maybe (Kewell (Traore 85)); k if there is
 * none. The name's end in *name_end. */
static size_t lineup_item_end(const rules *r, size_t k, size_t *name_end) {
  const verba_doc *doc = r->doc;
  size_t end = k, names[2 * (size_t)BRACKET_PLAYERS], close;
  while (end < doc->ntoks && end - k < NAME_WORDS && (end == k || !line_start_at(doc, end)) &&
         (capital_word(doc, end) ||
          (end > k && ent_particle_at(r->x, end) && capital_word(doc, end + 1))))
    end++;
  if (end == k) return k;
  *name_end = end;
  if (!line_start_at(doc, end) && doc->toks[end].cp == '(' &&
      bracket_players(r, end, names, &close) == 1)
    end = close + 1;
  return end;
}

/* How many of the names [names[i], names[i + 1]) (n tokens in pairs) are
 * the tagger's people, and in *typed how many it gave a type at all. */
static size_t people_among(const rules *r, const size_t *names, size_t n, size_t *typed) {
  size_t i, people = 0;
  *typed = 0;
  for (i = 0; i < n; i += 2) {
    size_t m = ent_mention_from(r, names[i]);
    const verba_entity *e = m < r->sorted ? &r->list->items[m] : NULL;
    if (!e || e->first != names[i] || e->last != names[i + 1] || e->type > VERBA_ENT_OTHER)
      continue;
    ++*typed;
    people += e->type == VERBA_ENT_PERSON;
  }
  return people;
}

/* A line-up: a line of players' names, commas between them, a full stop
 * at its end maybe, and a side's name and a colon at its start maybe
 * (Liverpool: Dudek, Finnan, ...), where a player who came on is in
 * brackets after the one he replaced: every name in it is a person's,
 * whatever the tagger made of it (a surname it read as a place), and the
 * side, a club or a town the lists know, a team. Without such a bracket
 * (bracketed 0), a line-up must have its side and the tagger must have
 * read two thirds of the names it typed as people's, and it may end at a
 * full stop before the line's end (Everton: Martyn, ..., Bent. Subs:
 * Wright, ...). The line starting at token start. VERBA_OK or
 * VERBA_ENOMEM. */
static int read_lineup(rules *r, size_t start, int bracketed) {
  const verba_doc *doc = r->doc;
  size_t side = capital_words(doc, start), at = start, names[2 * (size_t)LINEUP_NAMES * 3];
  size_t n = 0, i, typed;
  int rc = VERBA_OK, sided = side > start && side < doc->ntoks && doc->toks[side].cp == ':' &&
                             !line_start_at(doc, side);
  if (sided) at = side + 1;
  else if (!bracketed) return VERBA_OK;
  for (;;) {
    size_t name_end = at, end = lineup_item_end(r, at, &name_end);
    if (end == at || n == sizeof names / sizeof names[0]) return VERBA_OK;
    names[n++] = at;
    names[n++] = name_end;
    if (line_start_at(doc, end) ||
        (doc->toks[end].cp == '.' && doc->toks[end].len == 1 &&
         (line_start_at(doc, end + 1) || !bracketed)))
      break;
    if (doc->toks[end].cp != ',' || doc->toks[end].len != 1) return VERBA_OK;
    at = end + 1;
  }
  if (n < 2 * (size_t)LINEUP_NAMES ||
      (!bracketed && (!team_name(r, start, side, 0) || 3 * people_among(r, names, n, &typed) <
                                                          2 * typed)))
    return VERBA_OK;
  if (sided && team_name(r, start, side, 0)) rc = match_side(r, start, side);
  for (i = 0; i < n && rc == VERBA_OK; i += 2) rc = scorecard_person(r, names[i], names[i + 1]);
  return rc;
}

/* The first token of the line of token k, read back from k to the token
 * *seen at most (0 at first), whose line's first is *seen_start: the
 * callers ask in text order, so that each token of a long line is read
 * back once, not once a bracket. k and its line's first become *seen and
 * *seen_start. */
static size_t line_start_before(const verba_doc *doc, size_t k, size_t *seen,
                                size_t *seen_start) {
  size_t start = k;
  if (k < *seen) *seen = *seen_start = 0;
  while (start > *seen && !line_start_at(doc, start)) start--;
  if (start == *seen && !line_start_at(doc, start)) start = *seen_start;
  *seen = k;
  *seen_start = start;
  return start;
}

int ent_player_brackets(rules *r) {
  const verba_doc *doc = r->doc;
  size_t k, names[2 * (size_t)BRACKET_PLAYERS], lineup = VERBA_NONE, seen = 0, seen_start = 0;
  int rc = VERBA_OK;
  /* (from number to number: a players' bracket closes after a figure) */
  for (k = ent_next_bit(r->x->numbers, doc->ntoks, 0); k + 1 < doc->ntoks && rc == VERBA_OK;
       k = ent_next_bit(r->x->numbers, doc->ntoks, k + 1)) {
    size_t open = k, close, n, i, start;
    if (doc->toks[k + 1].cp != ')' || doc->toks[k + 1].len != 1) continue;
    while (open > 0 && k - open < SCORER_REACH && doc->toks[open].cp != '(' &&
           doc->toks[open].cp != ')')
      open--;
    if (doc->toks[open].cp != '(' || doc->toks[open].len != 1 || open == 0 ||
        (n = bracket_players(r, open, names, &close)) == 0 || close != k + 1 ||
        !follows_side_or_player(doc, open, close))
      continue;
    for (i = 0; i < 2 * n && rc == VERBA_OK; i += 2)
      rc = scorecard_person(r, names[i], names[i + 1]);
    /* (a substitute's bracket after a player's name: the line may be a
     * line-up, read once) */
    start = line_start_before(doc, open, &seen, &seen_start);
    if (n == 1 && capital_word(doc, open - 1) && start != lineup && rc == VERBA_OK) {
      lineup = start;
      rc = read_lineup(r, start, 1);
    }
  }
  /* (from sentence to sentence: a side's name opens a line-up without a
   * bracket at a line's start, which starts a sentence) */
  for (k = 0; k < doc->nsentences && rc == VERBA_OK; k++) {
    size_t first = doc->sentences[k].first;
    if (line_start_at(doc, first) && capital_word(doc, first) && first != lineup)
      rc = read_lineup(r, first, 0);
  }
  return rc;
}

/* ---- Squads ---------------------------------------------------------------------------- */

/* Players in a squad's list at least, each a person's name before a
 * bracket, and at most. */
#define SQUAD_PLAYERS ((size_t)3)
#define SQUAD_MAX_PLAYERS ((size_t)40)

/* The bracket opening at token open after a name, as a squad's list
 * writes a player's club: "(", one to TEAM_WORDS capitalised words, maybe
 * a comma and words in lower case (Bath, captain), ")", then a comma, a
 * semicolon, a full stop or the line's end. The end of the club's name,
 * its first token being open + 1; open if none. *person: whether the name
 * is a person's to the tagger. */
static size_t club_bracket(const rules *r, size_t open, int *person) {
  const verba_doc *doc = r->doc;
  size_t end = open + 1, k;
  size_t m = ent_mention_ending_at(r, open);
  if (open == 0 || doc->toks[open].cp != '(' || doc->toks[open].len != 1 || m >= r->sorted ||
      r->list->items[m].type > VERBA_ENT_OTHER)
    return open;
  *person = r->list->items[m].type == VERBA_ENT_PERSON;
  while (end < doc->ntoks && end - open <= TEAM_WORDS && capital_word(doc, end) &&
         !line_start_at(doc, end))
    end++;
  /* (not a party's letter and a state's, as American news writes them
   * after a politician's name: D-Ill, R-Tenn) */
  if (end == open + 1 || end >= doc->ntoks ||
      (doc->toks[open + 1].len > 2 && doc->text.s[doc->toks[open + 1].start + 1] == '-'))
    return open;
  k = end;
  if (doc->toks[k].cp == ',' && doc->toks[k].len == 1)
    for (k++; k < doc->ntoks && doc->toks[k].kind == VERBA_WORD &&
              (doc->toks[k].shape & VERBA_SHAPE_LOWER) && !line_start_at(doc, k);
         k++) {}
  if (k + 1 >= doc->ntoks || doc->toks[k].cp != ')' || doc->toks[k].len != 1) return open;
  if (!line_start_at(doc, k + 1) && doc->toks[k + 1].cp != ',' && doc->toks[k + 1].cp != ';' &&
      !ent_is_dot(doc, k + 1))
    return open;
  return end;
}

/* Types the club in brackets at [first, last): a country's name the
 * place, and so any name of a list of countries (countries, nothing a
 * list has as a club's or a body's: Fiji, NZ, SA), else the club, an
 * organisation, over what the tagger read. */
static int type_club(rules *r, size_t first, size_t last, int countries) {
  enum verba_entity_type type = countries || (ent_names_of(r, first, last) & VERBA_NAME_COUNTRY)
                                    ? VERBA_ENT_PLACE
                                    : VERBA_ENT_ORGANIZATION;
  size_t m = mention_at(r, first, last);
  if (m < r->list->n && r->list->items[m].type <= VERBA_ENT_OTHER) {
    r->list->items[m].type = type;
    r->list->items[m].flags |= VERBA_ENT_DECIDED;
    return VERBA_OK;
  }
  return is_covered(r->covered, first) ? VERBA_OK : ent_add_decided(r, first, last, type, 0);
}

/* A squad's list: in one sentence, SQUAD_PLAYERS names or more, each
 * before a bracket of a club's name, two thirds of them people's to the
 * tagger (Jon Callard (Bath), Will Carling (Harlequins), Phil de Glanville
 * (Bath, captain)): each club an organisation, whatever the tagger read
 * (an "other", a town), or the country where the bracket names one. */
int ent_squads(rules *r) {
  const verba_doc *doc = r->doc;
  size_t i, n = 0, people = 0, clubs[2 * SQUAD_MAX_PLAYERS];
  size_t sentence = VERBA_NONE;
  int country = 0, club = 0, rc = VERBA_OK;
  /* (from mention to mention: a bracket follows a name; a sentence's
   * brackets are typed once the mentions move past it) */
  for (i = 0; i <= r->sorted && rc == VERBA_OK; i++) {
    size_t open = i < r->sorted ? r->list->items[i].last : 0, end, j;
    int person = 0;
    verba_names names;
    if (i == r->sorted || doc->toks[r->list->items[i].first].sentence != sentence) {
      if (n >= 2 * SQUAD_PLAYERS && 3 * people >= 2 * (n / 2))
        for (j = 0; j < n && rc == VERBA_OK; j += 2)
          rc = type_club(r, clubs[j], clubs[j + 1], country && !club);
      if (i == r->sorted) break;
      sentence = doc->toks[r->list->items[i].first].sentence;
      n = people = 0;
      country = club = 0;
    }
    if (open >= doc->ntoks || doc->toks[open].cp != '(' || n == 2 * SQUAD_MAX_PLAYERS ||
        (end = club_bracket(r, open, &person)) == open)
      continue;
    clubs[n++] = open + 1;
    clubs[n++] = end;
    people += (size_t)person;
    names = ent_names_of(r, open + 1, end);
    country |= (names & VERBA_NAME_COUNTRY) != 0;
    club |= (names & (VERBA_NAME_ORGANIZATION | VERBA_NAME_SPORTS_CLUB | VERBA_NAME_TEAM_NAME)) &&
            !(names & VERBA_NAME_COUNTRY);
  }
  return rc;
}

/* ---- Lists of names ------------------------------------------------------------------- */

/* Names in a list at least, and at most, for its names' types to settle
 * each other's. */
#define LIST_NAMES 3
#define LIST_MAX_NAMES 24

/* A line that is a list of names alone, commas or semicolons between them
 * and a full stop at its end maybe, after a label and its colon maybe
 * (Subs not used: Hamann, Harrison, Jordan. Venues: ...), names things
 * of one kind: where two of its names at least, two thirds of those the
 * tagger and the rules typed, are of one type, person, organisation or
 * place, every name on it is of that type, those no one typed too
 * (Smertin, Onuoha; Jordan, Harrison, read as places among players). The
 * line of token start, its first. */
static int read_name_list(rules *r, size_t start) {
  const verba_doc *doc = r->doc;
  size_t at = start, names[2 * LIST_MAX_NAMES], n = 0, i, votes[VERBA_ENT_OTHER + 1] = {0};
  size_t typed = 0, best = 0;
  int rc = VERBA_OK;
  /* (the label: up to four words from the line's start to a colon) */
  for (i = start; i < doc->ntoks && i - start < 5 && !line_start_at(doc, i + 1) &&
                  doc->toks[i].kind == VERBA_WORD;
       i++) {}
  if (i < doc->ntoks && i > start && doc->toks[i].cp == ':' && doc->toks[i].len == 1) at = i + 1;
  for (;;) {
    size_t end = at;
    /* (a name's words: no possessive; So Long, Grand Old Party; Hello,
     * White People's Party is a headline) */
    while (end < doc->ntoks && end - at < NAME_WORDS && (end == at || !line_start_at(doc, end)) &&
           capital_word(doc, end) &&
           !(doc->toks[end].shape & VERBA_SHAPE_POSSESSIVE))
      end++;
    if (end == at || n == 2 * (size_t)LIST_MAX_NAMES || (at > start && line_start_at(doc, at)))
      return VERBA_OK;
    names[n++] = at;
    names[n++] = end;
    if (line_start_at(doc, end) ||
        (doc->toks[end].cp == '.' && doc->toks[end].len == 1 && line_start_at(doc, end + 1)))
      break;
    if ((doc->toks[end].cp != ',' && doc->toks[end].cp != ';') || doc->toks[end].len != 1)
      return VERBA_OK;
    at = end + 1;
  }
  if (n < 2 * (size_t)LIST_NAMES) return VERBA_OK;
  for (i = 0; i < n; i += 2) {
    size_t m = mention_at(r, names[i], names[i + 1]);
    enum verba_entity_type t = m < r->list->n ? r->list->items[m].type : VERBA_ENT_NTYPES;
    if (t == VERBA_ENT_PERSON || t == VERBA_ENT_ORGANIZATION || t == VERBA_ENT_PLACE) {
      votes[t]++;
      typed++;
      if (votes[t] > votes[best]) best = t;
    }
  }
  if (votes[best] < 2 || 3 * votes[best] < 2 * typed) return VERBA_OK;
  for (i = 0; i < n && rc == VERBA_OK; i += 2) {
    size_t m = mention_at(r, names[i], names[i + 1]);
    if (m < r->list->n) {
      verba_entity *e = &r->list->items[m];
      if (e->type != (enum verba_entity_type)best && e->type <= VERBA_ENT_OTHER &&
          !(e->flags & VERBA_ENT_DECIDED)) {
        e->type = (enum verba_entity_type)best;
        e->flags |= VERBA_ENT_DECIDED;
      }
    } else if (!is_covered(r->covered, names[i]) && !is_covered(r->covered, names[i + 1] - 1)) {
      rc = ent_add_decided(r, names[i], names[i + 1], (enum verba_entity_type)best, 0);
    }
  }
  return rc;
}

int ent_name_lists(rules *r) {
  const verba_doc *doc = r->doc;
  size_t u;
  int rc = VERBA_OK;
  /* (from sentence to sentence: a line starts one) */
  for (u = 0; u < doc->nsentences && rc == VERBA_OK; u++) {
    size_t k = doc->sentences[u].first;
    if ((k == 0 || (doc->toks[k].shape & VERBA_SHAPE_LINE_START)) && capital_word(doc, k))
      rc = read_name_list(r, k);
  }
  return rc;
}
