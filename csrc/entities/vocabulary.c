/* The words the entity stage's rules read: months, weekdays, currencies,
 * scale words, time words, name connectors and particles.
 *
 * INTERIM: these belong in the lexicon's name classes (data/en, flag
 * `name`, read with verba_doc_names), which are not in main yet. Until
 * then they are this sorted table, looked up by the token's folded text;
 * when the name classes land the table becomes data/en/entities.tsv and
 * ent_word_classes a mapping of verba_doc_names. */
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

#define NWORDS (sizeof words / sizeof words[0])

static uint32_t hash_key(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  size_t i;
  for (i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

/* The folded key of token k (ASCII, U+2019 as an apostrophe, possessive
 * cut) into key; its length, or 0 if it cannot be a word of the table. */
static size_t token_key(const verba_doc *doc, size_t k, char *key, size_t cap) {
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  size_t i = 0, n = 0, len = ent_name_end(doc, k) - t->start;
  while (i < len) {
    unsigned char c = s[i];
    if (n + 1 >= cap) return 0;
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
  return n;
}

uint32_t ent_word_classes(const ent_vocabulary *v, const verba_doc *doc, size_t k) {
  const verba_tok *t = &doc->toks[k];
  char key[16];
  size_t n, slot;
  if (t->kind == VERBA_NUMBER || !ent_vocabulary_may_have(v, doc, k)) return 0;
  n = token_key(doc, k, key, sizeof key);
  if (n == 0) return 0;
  for (slot = hash_key(key, n) % ENT_VOCABULARY_SLOTS; v->slots[slot];
       slot = (slot + 1) % ENT_VOCABULARY_SLOTS) {
    const char *w = words[v->slots[slot] - 1].word;
    if (strlen(w) == n && memcmp(w, key, n) == 0) return words[v->slots[slot] - 1].classes;
  }
  return 0;
}

/* The filter's bit for a word of len bytes from first to last (folded). */
static unsigned filter_bit(unsigned char first, unsigned char last, size_t len) {
  return ((unsigned)first * 31u + (unsigned)last * 7u + (unsigned)len) %
         (ENT_FILTER_SIZE * 32);
}

static unsigned char fold_byte(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

void ent_vocabulary_init(ent_vocabulary *v) {
  uint32_t *filter = v->filter;
  size_t i;
  memset(v, 0, sizeof *v);
  for (i = 0; i < NWORDS; i++) {
    const char *w = words[i].word;
    size_t n = strlen(w), slot = hash_key(w, n) % ENT_VOCABULARY_SLOTS;
    unsigned b = filter_bit((unsigned char)w[0], (unsigned char)w[n - 1], n);
    while (v->slots[slot]) slot = (slot + 1) % ENT_VOCABULARY_SLOTS;
    v->slots[slot] = (uint16_t)(i + 1);
    filter[b / 32] |= 1u << (b % 32);
    if (strchr(w, '\'')) { /* also written with U+2019, two bytes longer */
      b = filter_bit((unsigned char)w[0], (unsigned char)w[n - 1], n + 2);
      filter[b / 32] |= 1u << (b % 32);
    }
  }
}

int ent_vocabulary_may_have(const ent_vocabulary *v, const verba_doc *doc, size_t k) {
  const uint32_t *filter = v->filter;
  const verba_tok *t = &doc->toks[k];
  const unsigned char *s = doc->text.s + t->start;
  unsigned b;
  if (t->shape & VERBA_SHAPE_POSSESSIVE) return 1; /* its name is shorter */
  b = filter_bit(fold_byte(s[0]), fold_byte(s[t->len - 1]), t->len);
  return filter[b / 32] >> (b % 32) & 1;
}

/* ---- Names (INTERIM) ---------------------------------------------------------
 * The gazetteer's name classes will come from the lexicon (verba_doc_names,
 * phrases through verba_lex_find). Until they are in main, a development
 * build (-DENT_GAZETTEER_SHIM with a generated names_shim.h on the include
 * path) reads them from a table of data/en/gazetteer of the gazetteer
 * branch; the default build has none. */
#ifdef ENT_GAZETTEER_SHIM
#include <utf8proc.h>
#include "names_shim.h"

/* Appends the folded bytes of doc's bytes [start, end) to key (at most
 * cap); the new length, or 0 if it does not fit. */
static size_t fold_into(const verba_doc *doc, size_t start, size_t end, char *key,
                        size_t n, size_t cap) {
  size_t pos = start;
  while (pos < end) {
    int32_t cp;
    utf8proc_uint8_t out[4];
    utf8proc_ssize_t m, i;
    pos += verba_decode(&doc->text, pos, &cp);
    m = utf8proc_encode_char(utf8proc_tolower(cp), out);
    if (n + (size_t)m >= cap) return 0;
    for (i = 0; i < m; i++) key[n++] = (char)out[i];
  }
  return n;
}

static uint32_t shim_find(const char *key, size_t n, unsigned shape) {
  uint32_t h = hash_key(key, n), s = h & (SHIM_NSLOTS - 1), c;
  for (; shim_slots[s]; s = (s + 1) & (SHIM_NSLOTS - 1)) {
    uint32_t i = shim_slots[s] - 1;
    if (shim_len[i] == n && memcmp(shim_pool + shim_off[i], key, n) == 0) {
      c = shim_cls[3 * i];
      if (shape & (VERBA_SHAPE_CAPITALIZED | VERBA_SHAPE_ALL_CAPS)) c |= shim_cls[3 * i + 1];
      if (shape & VERBA_SHAPE_ALL_CAPS) c |= shim_cls[3 * i + 2];
      return c;
    }
  }
  return 0;
}

uint32_t ent_names(const verba_doc *doc, size_t k) {
  char key[128];
  size_t n;
  if (doc->toks[k].kind != VERBA_WORD) return 0;
  n = fold_into(doc, doc->toks[k].start, ent_name_end(doc, k), key, 0, sizeof key);
  return n ? shim_find(key, n, doc->toks[k].shape) : 0;
}

uint32_t ent_phrase(const verba_doc *doc, size_t first, size_t count) {
  char key[128];
  size_t n = 0, k;
  for (k = first; k < first + count; k++) {
    size_t end = k + 1 == first + count ? ent_name_end(doc, k)
                                        : doc->toks[k].start + doc->toks[k].len;
    if (k > first) {
      if (n + 1 >= sizeof key) return 0;
      key[n++] = ' ';
    }
    n = fold_into(doc, doc->toks[k].start, end, key, n, sizeof key);
    if (!n) return 0;
  }
  return shim_find(key, n, doc->toks[first].shape);
}
#else
uint32_t ent_names(const verba_doc *doc, size_t k) {
  (void)doc;
  (void)k;
  return 0;
}

uint32_t ent_phrase(const verba_doc *doc, size_t first, size_t count) {
  (void)doc;
  (void)first;
  (void)count;
  return 0;
}
#endif
