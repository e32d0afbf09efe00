/* The words the entity stage's rules read: months, weekdays, currencies,
 * scale words, time words, name connectors and particles.
 *
 * INTERIM: these belong in the lexicon's name classes (data/en, flag
 * `name`, read with verba_doc_names), which are not in main yet. Until
 * then they are this sorted table, looked up by the token's folded text;
 * when the name classes land the table becomes data/en/entities.tsv and
 * ent_word_classes a mapping of verba_doc_names. */
#include <stdlib.h>
#include <string.h>
#include "entities.h"

typedef struct word_entry {
  const char *word; /* folded, ASCII */
  uint32_t classes;
} word_entry;

#define MONTH ENT_C_MONTH
#define WEEKDAY ENT_C_WEEKDAY
#define CURRENCY ENT_C_CURRENCY
#define SCALE ENT_C_SCALE
#define TIME ENT_C_TIME_WORD
#define DAY ENT_C_RELATIVE_DAY
#define MOD ENT_C_DATE_MODIFIER
#define UNIT ENT_C_DATE_UNIT
#define PERCENT ENT_C_PERCENT_WORD
#define ZONE ENT_C_TIME_ZONE
#define NUMWORD ENT_C_NUMBER_WORD
#define CONNECTOR ENT_C_CONNECTOR
#define PARTICLE ENT_C_PARTICLE
#define DATE_PREP ENT_C_DATE_PREPOSITION
#define MERIDIEM ENT_C_MERIDIEM

/* Sorted by word (strcmp order). */
static const word_entry words[] = {
  {"&", CONNECTOR}, {"a.m", MERIDIEM}, {"a.m.", MERIDIEM}, {"after", DATE_PREP},
  {"afternoon", UNIT}, {"al", PARTICLE}, {"am", MERIDIEM},
  {"and", CONNECTOR}, {"apr", MONTH}, {"april", MONTH}, {"around", DATE_PREP},
  {"aud", CURRENCY}, {"aug", MONTH}, {"august", MONTH}, {"autumn", UNIT},
  {"before", DATE_PREP}, {"billion", SCALE}, {"bin", PARTICLE},
  {"bint", PARTICLE}, {"bn", SCALE}, {"brl", CURRENCY}, {"bst", ZONE},
  {"by", DATE_PREP}, {"cad", CURRENCY}, {"cent", PERCENT}, {"cents", CURRENCY},
  {"century", UNIT}, {"cest", ZONE}, {"cet", ZONE}, {"chf", CURRENCY},
  {"cny", CURRENCY}, {"coming", MOD}, {"crore", SCALE}, {"cst", ZONE},
  {"da", PARTICLE}, {"das", PARTICLE}, {"day", UNIT}, {"days", UNIT},
  {"de", PARTICLE}, {"dec", MONTH}, {"decade", UNIT}, {"decades", UNIT},
  {"december", MONTH}, {"del", PARTICLE}, {"della", PARTICLE}, {"den", PARTICLE},
  {"der", PARTICLE}, {"des", PARTICLE}, {"di", PARTICLE}, {"do", PARTICLE},
  {"dollar", CURRENCY}, {"dollars", CURRENCY}, {"dos", PARTICLE},
  {"dozen", NUMWORD}, {"du", PARTICLE}, {"during", DATE_PREP}, {"earlier", MOD},
  {"early", MOD}, {"edt", ZONE}, {"eight", NUMWORD}, {"eighteen", NUMWORD},
  {"eighty", NUMWORD}, {"el", PARTICLE}, {"eleven", NUMWORD}, {"est", ZONE},
  {"et", ZONE}, {"eur", CURRENCY}, {"euro", CURRENCY}, {"euros", CURRENCY},
  {"evening", UNIT}, {"fall", UNIT}, {"feb", MONTH}, {"february", MONTH},
  {"fifteen", NUMWORD}, {"fifty", NUMWORD}, {"five", NUMWORD},
  {"following", MOD}, {"for", CONNECTOR}, {"fortnight", UNIT},
  {"forty", NUMWORD}, {"four", NUMWORD}, {"fourteen", NUMWORD},
  {"friday", WEEKDAY}, {"from", DATE_PREP}, {"gbp", CURRENCY}, {"gmt", ZONE},
  {"hkd", CURRENCY}, {"hundred", NUMWORD}, {"ibn", PARTICLE}, {"in", DATE_PREP},
  {"inr", CURRENCY}, {"jan", MONTH}, {"january", MONTH}, {"jpy", CURRENCY},
  {"jul", MONTH}, {"july", MONTH}, {"jun", MONTH}, {"june", MONTH},
  {"la", PARTICLE}, {"lakh", SCALE}, {"last", MOD}, {"late", MOD},
  {"later", MOD}, {"le", PARTICLE}, {"mar", MONTH}, {"march", MONTH},
  {"may", MONTH}, {"mid", MOD}, {"midnight", TIME}, {"million", SCALE},
  {"mn", SCALE}, {"monday", WEEKDAY}, {"month", UNIT}, {"months", UNIT},
  {"morning", UNIT}, {"mst", ZONE}, {"next", MOD}, {"night", UNIT},
  {"nine", NUMWORD}, {"nineteen", NUMWORD}, {"ninety", NUMWORD}, {"noon", TIME},
  {"nov", MONTH}, {"november", MONTH}, {"o'clock", MERIDIEM}, {"oct", MONTH},
  {"october", MONTH}, {"of", CONNECTOR}, {"on", CONNECTOR}, {"p.m", MERIDIEM},
  {"p.m.", MERIDIEM}, {"past", MOD}, {"pct", PERCENT}, {"pdt", ZONE},
  {"per", PERCENT}, {"percent", PERCENT}, {"percentage", PERCENT},
  {"pesos", CURRENCY}, {"pm", MERIDIEM}, {"pounds", CURRENCY}, {"previous", MOD},
  {"pst", ZONE}, {"quarter", UNIT}, {"recent", MOD}, {"rub", CURRENCY},
  {"rupees", CURRENCY}, {"saturday", WEEKDAY}, {"sep", MONTH}, {"sept", MONTH},
  {"september", MONTH}, {"seven", NUMWORD}, {"seventeen", NUMWORD},
  {"seventy", NUMWORD}, {"since", DATE_PREP}, {"six", NUMWORD},
  {"sixteen", NUMWORD}, {"sixty", NUMWORD}, {"spring", UNIT}, {"summer", UNIT},
  {"sunday", WEEKDAY}, {"ten", NUMWORD}, {"ter", PARTICLE}, {"the", CONNECTOR},
  {"thirteen", NUMWORD}, {"thirty", NUMWORD}, {"this", MOD}, {"thousand", SCALE},
  {"three", NUMWORD}, {"through", DATE_PREP}, {"thursday", WEEKDAY},
  {"tn", SCALE}, {"today", DAY}, {"tomorrow", DAY}, {"tonight", DAY},
  {"trillion", SCALE}, {"tues", WEEKDAY}, {"tuesday", WEEKDAY},
  {"twelve", NUMWORD}, {"twenty", NUMWORD}, {"two", NUMWORD},
  {"until", DATE_PREP}, {"usd", CURRENCY}, {"utc", ZONE}, {"van", PARTICLE},
  {"von", PARTICLE}, {"wednesday", WEEKDAY}, {"week", UNIT}, {"weekend", UNIT},
  {"weeks", UNIT}, {"winter", UNIT}, {"y", PARTICLE}, {"year", UNIT},
  {"years", UNIT}, {"yen", CURRENCY}, {"yesterday", DAY}, {"yuan", CURRENCY},
  {"zu", PARTICLE},
};

static int compare_entry(const void *key, const void *entry) {
  return strcmp((const char *)key, ((const word_entry *)entry)->word);
}

uint32_t ent_word_classes(const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  char key[16];
  size_t i = 0, n = 0, len = ent_name_end(doc, k) - t->start;
  const word_entry *e;
  if (t->kind == VERBA_NUMBER) return 0;
  while (i < len) {
    unsigned char c = s[i];
    if (n + 1 >= sizeof key) return 0;
    if (c < 0x80) {
      key[n++] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      i++;
    } else if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80 && s[i + 2] == 0x99) {
      key[n++] = '\''; /* o’clock */
      i += 3;
    } else {
      return 0;
    }
  }
  key[n] = 0;
  e = bsearch(key, words, sizeof words / sizeof words[0], sizeof words[0],
              compare_entry);
  return e ? e->classes : 0;
}

void ent_vocabulary_filter(uint32_t filter[ENT_FILTER_SIZE]) {
  size_t i;
  memset(filter, 0, ENT_FILTER_SIZE * sizeof *filter);
  for (i = 0; i < sizeof words / sizeof words[0]; i++)
    filter[(unsigned char)words[i].word[0] % ENT_FILTER_SIZE] |=
        1u << (strlen(words[i].word) & 31);
}

int ent_vocabulary_may_have(const uint32_t filter[ENT_FILTER_SIZE],
                            const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  unsigned char c = doc->text.s[t->start];
  uint32_t lens = filter[(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) % ENT_FILTER_SIZE];
  /* a possessive's name is 2 bytes shorter (4 with a curly apostrophe) */
  if (t->shape & VERBA_SHAPE_POSSESSIVE) return lens != 0;
  return c < 0x80 && (lens >> (t->len & 31) & 1);
}
