/* The Lua binding: the only file that sees Lua. Functions here take plain
 * arguments: the subject, the 0-based offset `from` where items may start
 * (lua/verba.lua reads the user's init), flag bits and what else the
 * function needs; options tables are checked in lua/verba.lua. Positions go
 * out 1-based and inclusive. Nothing malloc'd is held across a Lua call
 * that can raise: scratch memory is userdata. */
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>
#include "compat.h"
#include "verba.h"
#include "lexicon_data.h"

#define FLAG_REPLACE 0x100 /* malformed UTF-8 reads as U+FFFD */
#define FLAG_ALL 0x1FFF    /* every flag bit there is (through FLAG_HTML_TITLE) */
#define FLAG_UAX29 0x200   /* sentences: raw UAX #29 segments */
#define FLAG_LINE 0x400    /* every line break ends a paragraph */
#define STACK_WORK 256     /* code points transformed without allocating */
#define CONFIG_MT "verba.config"
#define DOC_MT "verba.doc"
#define QUOTES_MT "verba.quote_list"
#define NO_LIMIT ((size_t)-1)
#define ENTITIES_MT "verba.entities"

typedef struct iter_state {
  verba_tokenizer tz; /* its text and pos also drive the segment iterators */
  size_t from;        /* items that start before it are skipped */
} iter_state;

/* Argument 2 of every function that finds items: the offset of the first
 * byte an item may start at. Items are those of the whole text, so the
 * ones that start before it are found and skipped, never cut. */
static size_t arg_from(lua_State *L) {
  lua_Integer from = luaL_optinteger(L, 2, 0);
  if (from <= 0) return 0;
  /* past any text (a 64-bit integer where size_t has 32 bits) */
  return (unsigned long long)from > (size_t)-1 ? (size_t)-1 : (size_t)from;
}

/* Argument idx, an integer from 0 to max (dflt when absent): a small
 * number such as flag bits or a form, checked before it is narrowed. */
static unsigned arg_small(lua_State *L, int idx, lua_Integer dflt,
                          lua_Integer max, const char *what) {
  lua_Integer v = luaL_optinteger(L, idx, dflt);
  luaL_argcheck(L, v >= 0 && v <= max, idx, what);
  return (unsigned)v;
}

/* Argument idx: the flag bits. */
static unsigned arg_flags_at(lua_State *L, int idx) {
  return arg_small(L, idx, 0, FLAG_ALL, "unknown flag bits");
}

/* Argument 3, where the functions that find items take them. */
static unsigned arg_flags(lua_State *L) { return arg_flags_at(L, 3); }

/* Argument idx: how many items to give at most (opts.limit), NO_LIMIT
 * when nil. */
static size_t arg_limit(lua_State *L, int idx) {
  lua_Integer n;
  if (lua_isnoneornil(L, idx)) return NO_LIMIT;
  n = luaL_checkinteger(L, idx);
  luaL_argcheck(L, n >= 0, idx, "limit must not be negative");
  return (unsigned long long)n >= NO_LIMIT ? NO_LIMIT : (size_t)n;
}

/* Pushes fmt with its one %s replaced by the decimal digits of v, all of
 * them (lua_pushfstring's %d would narrow v to an int). An offset or a
 * count in memory is below 2^63. */
static const char *push_count_message(lua_State *L, const char *fmt,
                                      long long v) {
  char digits[3 * sizeof v + 2];
  (void)snprintf(digits, sizeof digits, "%lld", v);
  return lua_pushfstring(L, fmt, digits);
}

/* Raises an argument error: a string expected at index i of the list at
 * argument arg (the value at the stack top is what was found). */
static void not_a_string(lua_State *L, int arg, size_t i) {
  const char *found = luaL_typename(L, -1);
  push_count_message(L, "string expected at index %s", (long long)i);
  luaL_argerror(L, arg, lua_pushfstring(L, "%s, got %s", lua_tostring(L, -1), found));
}

/* Raises the core's error rc as its message alone ("not enough memory"),
 * as Lua raises its own memory errors: no position inside the module. */
static int raise_code(lua_State *L, int rc) {
  lua_pushstring(L, verba_errmsg(rc));
  return lua_error(L);
}

/* Reads the subject at index 1. With bad UTF-8 and no FLAG_REPLACE, pushes
 * nil and a message naming the byte and returns 0. */
static int check_text(lua_State *L, unsigned flags, verba_text *t) {
  size_t len, bad;
  const char *s = luaL_checklstring(L, 1, &len);
  if (!(flags & FLAG_REPLACE) && verba_validate(s, len, &bad) != VERBA_OK) {
    lua_pushnil(L);
    push_count_message(L, "invalid UTF-8 at byte %s", (long long)bad + 1);
    return 0;
  }
  verba_text_init(t, s, len);
  return 1;
}

/* Where a word segment or grapheme cluster iterator may start reading
 * instead of the start of the text: the start of the line holding from.
 * UAX #29 breaks both after every line feed (WB3a, GB4), and segments are
 * found from any boundary with no state beyond the position (words.c), so
 * they are those found from the start of the text. */
static size_t line_start(const verba_text *t, size_t from) {
  size_t pos = from < t->len ? from : t->len;
  while (pos > 0 && t->s[pos - 1] != '\n') pos--;
  return pos;
}

/* Pushes a closure over the subject, a fresh iter_state, the kind names
 * (so the iterator never hashes a string) and argument 4 (the caller's),
 * or nil, message. The iterator reads from restart(text, from) if given,
 * else from the start. */
static int push_iterator(lua_State *L, lua_CFunction step, unsigned tokflags,
                         size_t (*restart)(const verba_text *, size_t)) {
  size_t from = arg_from(L);
  unsigned flags = arg_flags(L);
  int k;
  verba_text t;
  iter_state *st;
  lua_settop(L, 4);
  if (!check_text(L, flags, &t)) return 2;
  lua_pushvalue(L, 1);
  st = (iter_state *)lua_newuserdata(L, sizeof *st);
  verba_tokens_init(&st->tz, &t, restart ? restart(&t, from) : 0,
                    tokflags & flags);
  st->from = from;
  for (k = 0; k < VERBA_NKINDS; k++)
    lua_pushstring(L, verba_kind_name((enum verba_kind)k));
  lua_pushvalue(L, 4);
  lua_pushcclosure(L, step, 3 + VERBA_NKINDS);
  return 1;
}

static iter_state *state_of(lua_State *L) {
  return (iter_state *)lua_touserdata(L, lua_upvalueindex(2));
}

/* One step of a segment iterator whose segments end where end_of says. */
static int segment_step(lua_State *L,
                        size_t (*end_of)(const verba_text *, size_t)) {
  iter_state *st = state_of(L);
  verba_tokenizer *tz = &st->tz;
  size_t start;
  do {
    start = tz->pos;
    if (start >= tz->text.len) return 0;
    tz->pos = end_of(&tz->text, start);
  } while (start < st->from);
  lua_pushinteger(L, (lua_Integer)start + 1);
  lua_pushinteger(L, (lua_Integer)tz->pos);
  return 2;
}

static int words_step(lua_State *L) { return segment_step(L, verba_word_end); }
static int graphemes_step(lua_State *L) {
  return segment_step(L, verba_grapheme_end);
}

static int tokens_step(lua_State *L) {
  iter_state *st = state_of(L);
  verba_token tok;
  do {
    if (!verba_tokens_next(&st->tz, &tok)) return 0;
  } while (tok.start < st->from);
  lua_pushinteger(L, (lua_Integer)tok.start + 1);
  lua_pushinteger(L, (lua_Integer)tok.end);
  lua_pushvalue(L, lua_upvalueindex(3 + (int)tok.kind));
  return 3;
}

/* core.segments, core.graphemes, core.tokens (s, from, flags): iterators.
 * tokens.c promises no restart point (a run of white space is one token
 * across lines), so tokens are read from the start. */
static int l_segments(lua_State *L) {
  return push_iterator(L, words_step, 0, line_start);
}
static int l_graphemes(lua_State *L) {
  return push_iterator(L, graphemes_step, 0, line_start);
}
static int l_tokens(lua_State *L) {
  return push_iterator(L, tokens_step, ~0u, NULL);
}

/* Pushes t, normalised to form and case-folded if asked. */
static void push_transformed(lua_State *L, const verba_text *t, int form,
                             int casefold) {
  int32_t stack[STACK_WORK], *work = stack;
  size_t n;
  int rc = verba_transform(t, (enum verba_form)form, casefold, work,
                           STACK_WORK, &n);
  if (rc == VERBA_ESPACE) {
    work = (int32_t *)lua_newuserdata(L, n * sizeof *work);
    rc = verba_transform(t, (enum verba_form)form, casefold, work, n, &n);
  }
  if (rc != VERBA_OK) raise_code(L, rc);
  lua_pushlstring(L, (const char *)work, n);
  if (work != stack) lua_remove(L, -2);
}

/* core.tokenize(s, from, flags, kindmask, form, casefold, detail, limit):
 * the tokenizer stops at the limit-th token given. */
static int l_tokenize(lua_State *L) {
  size_t from = arg_from(L);
  unsigned flags = arg_flags(L);
  unsigned kindmask = arg_small(L, 4, (1 << VERBA_NKINDS) - 1,
                                (1 << VERBA_NKINDS) - 1, "unknown kind bits");
  int form = (int)arg_small(L, 5, VERBA_FORM_NONE, VERBA_NFKD,
                            "unknown normalization form");
  int casefold = lua_toboolean(L, 6), detail = lua_toboolean(L, 7);
  int plain = form == VERBA_FORM_NONE && !casefold;
  size_t limit = arg_limit(L, 8);
  verba_text t;
  verba_tokenizer tz;
  verba_token tok;
  lua_Integer n = 0;
  lua_settop(L, 8);
  if (!check_text(L, flags, &t)) return 2;
  verba_tokens_init(&tz, &t, 0, flags);
  lua_newtable(L);
  while ((size_t)n < limit && verba_tokens_next(&tz, &tok)) {
    if (tok.start < from || !(kindmask >> tok.kind & 1)) continue;
    if (plain) {
      lua_pushlstring(L, (const char *)t.s + tok.start, tok.end - tok.start);
    } else {
      verba_text piece;
      verba_text_init(&piece, (const char *)t.s + tok.start,
                      tok.end - tok.start);
      push_transformed(L, &piece, form, casefold);
    }
    if (detail) {
      lua_createtable(L, 0, 4);
      lua_insert(L, -2);
      lua_setfield(L, -2, "text");
      lua_pushinteger(L, (lua_Integer)tok.start + 1);
      lua_setfield(L, -2, "start");
      lua_pushinteger(L, (lua_Integer)tok.end);
      lua_setfield(L, -2, "stop");
      lua_pushstring(L, verba_kind_name(tok.kind));
      lua_setfield(L, -2, "kind");
    }
    lua_rawseti(L, -2, ++n);
  }
  return 1;
}

/* core.transform(s, form, casefold, flags) */
static int l_transform(lua_State *L) {
  int form;
  int casefold = lua_toboolean(L, 3);
  unsigned flags = arg_flags_at(L, 4);
  verba_text t;
  luaL_checkinteger(L, 2);
  form = (int)arg_small(L, 2, 0, VERBA_NFKD, "unknown normalization form");
  lua_settop(L, 4); /* the subject must stay at index 1 for check_text */
  if (!check_text(L, flags, &t)) return 2;
  push_transformed(L, &t, form, casefold);
  return 1;
}

/* ---- configurations (verba.new) ---- */

/* A compiled configuration: its user words live in memory from Lua's
 * allocator, released by __gc. It also keeps the arrays of the last
 * document built under it (up to SPARE_LIMIT bytes) for the next call, as
 * lua-cjson keeps its buffer: a long text's tokens are then written into
 * memory the system has mapped already, not into fresh pages. */
typedef struct config_ud {
  verba_config cfg;
  verba_doc spare;
} config_ud;

#define SPARE_LIMIT ((size_t)128 << 20)

static int config_gc(lua_State *L) {
  config_ud *c = (config_ud *)luaL_checkudata(L, 1, CONFIG_MT);
  verba_lexicon_free(&c->cfg.lexicon);
  verba_doc_free(&c->spare);
  return 0;
}

/* Reads string i of the array at idx into w with the classes given. */
static void read_words_at(lua_State *L, int idx, size_t i, verba_lex_word *w,
                          verba_classes classes) {
  lua_rawgeti(L, idx, (lua_Integer)i);
  /* a string as it is: a number would be converted in place */
  if (lua_type(L, -1) != LUA_TSTRING) not_a_string(L, idx, i);
  w->s = lua_tolstring(L, -1, &w->len);
  w->classes = classes;
  w->names = 0;
  lua_pop(L, 1);
}

/* Reads the strings of the array at index idx (or none if nil) into
 * words[*n ...] with the classes given; the strings stay in the array,
 * which the caller keeps on the stack. */
static void read_words(lua_State *L, int idx, verba_lex_word *words, size_t *n,
                       verba_classes classes) {
  size_t i, count;
  if (lua_isnil(L, idx)) return;
  count = (size_t)lua_rawlen(L, idx);
  for (i = 1; i <= count; i++) read_words_at(L, idx, i, &words[(*n)++], classes);
}

static size_t array_length(lua_State *L, int idx) {
  if (lua_isnil(L, idx)) return 0;
  luaL_checktype(L, idx, LUA_TTABLE);
  return (size_t)lua_rawlen(L, idx);
}

/* Reads the user's names: the strings of the array at idx (or none if
 * nil) with the name classes of the same index in the array at idx + 1. */
static void read_names(lua_State *L, int idx, verba_lex_word *words, size_t *n) {
  size_t i, count;
  if (lua_isnil(L, idx)) return;
  count = (size_t)lua_rawlen(L, idx);
  luaL_checktype(L, idx + 1, LUA_TTABLE);
  for (i = 1; i <= count; i++) {
    size_t before = *n;
    read_words_at(L, idx, i, &words[(*n)++], 0);
    lua_rawgeti(L, idx + 1, (lua_Integer)i);
    words[before].names = (verba_names)luaL_checkinteger(L, -1);
    lua_pop(L, 1);
  }
}

/* core.config(verbs, abbreviations, flags, quote_depth, names,
 * name_classes): a configuration with the user's cue verbs,
 * abbreviations (arrays of strings, or nil; abbreviations without their
 * final dot) and names (an array of words or phrases, their tokens joined
 * by one space, and an array of their name class bits) compiled once. */
static int l_config(lua_State *L) {
  size_t n = 0, total;
  unsigned flags = arg_flags(L);
  int rc;
  lua_Integer depth = luaL_optinteger(L, 4, VERBA_QUOTE_DEPTH);
  verba_lex_word *words;
  config_ud *c;
  void *alloc_ud;
  lua_Alloc alloc = lua_getallocf(L, &alloc_ud);
  lua_settop(L, 6);
  total = array_length(L, 1) + array_length(L, 2) + array_length(L, 5);
  luaL_argcheck(L, depth >= 1, 4, "quote depth must be positive");
  words = (verba_lex_word *)lua_newuserdata(L, (total + 1) * sizeof *words);
  read_words(L, 1, words, &n, VERBA_LEX_CUE);
  read_words(L, 2, words, &n, VERBA_LEX_ABBREV_GENERAL);
  read_names(L, 5, words, &n);
  c = (config_ud *)lua_newuserdata(L, sizeof *c);
  verba_config_default(&c->cfg);
  verba_doc_init(&c->spare, alloc, alloc_ud);
  luaL_setmetatable(L, CONFIG_MT);
  if (flags & FLAG_LINE) c->cfg.paragraphs = VERBA_PARAGRAPHS_LINE;
  c->cfg.quote_depth = (size_t)depth;
  rc = verba_lexicon_build(&c->cfg.lexicon, words, n, alloc, alloc_ud);
  if (rc != VERBA_OK) return raise_code(L, rc);
  return 1;
}

/* The configuration at idx, copied, with the call's flags applied; the
 * userdata it came from. */
static config_ud *arg_config(lua_State *L, int idx, unsigned flags,
                             verba_config *out) {
  config_ud *c = (config_ud *)luaL_checkudata(L, idx, CONFIG_MT);
  *out = c->cfg;
  if (flags & FLAG_LINE) out->paragraphs = VERBA_PARAGRAPHS_LINE;
  return c;
}

/* ---- documents ---- */

/* A document's arrays come from Lua's allocator; __gc frees them if a Lua
 * error cuts the call short, and the call frees them itself otherwise. */
typedef struct doc_ud {
  verba_doc doc;
} doc_ud;

static int doc_gc(lua_State *L) {
  doc_ud *d = (doc_ud *)luaL_checkudata(L, 1, DOC_MT);
  verba_doc_free(&d->doc);
  return 0;
}

/* Pushes a document userdata holding the spare arrays of c, if it has
 * any: the userdata owns them until give_back_doc, so an error on the way
 * frees them, and a call made meanwhile (from a finalizer) finds no spare
 * and builds its own. */
static verba_doc *push_doc(lua_State *L, config_ud *c) {
  void *alloc_ud;
  lua_Alloc alloc = lua_getallocf(L, &alloc_ud);
  doc_ud *d = (doc_ud *)lua_newuserdata(L, sizeof *d);
  verba_doc_init(&d->doc, alloc, alloc_ud);
  luaL_setmetatable(L, DOC_MT);
  if (c->spare.alloc == alloc && c->spare.alloc_ud == alloc_ud) {
    d->doc = c->spare;
    verba_doc_init(&c->spare, alloc, alloc_ud);
  }
  return &d->doc;
}

/* Ends a call's use of doc: its arrays go back to c as its spare unless c
 * has one already or they are over SPARE_LIMIT, and are freed then. */
static void give_back_doc(verba_doc *doc, config_ud *c) {
  if (c->spare.tokcap == 0 && c->spare.recentcap == 0 &&
      verba_doc_capacity(doc) <= SPARE_LIMIT) {
    c->spare = *doc;
    verba_doc_init(doc, doc->alloc, doc->alloc_ud);
  } else {
    verba_doc_free(doc);
  }
}

/* Arrays of a document over this many bytes are freed once a call has
 * read what it needs of them, before its tables are made, rather than
 * kept as the configuration's spare: analyze's and entities' peak is the
 * document and the tables together, and the fresh pages the next call
 * faults in cost it about 1% of its time (a long text's entities take a
 * second where quotes, which keep their spare, take a tenth). */
#define RELEASE_LIMIT ((size_t)8 << 20)

/* core.spare_bytes(config): the bytes of the arrays config keeps for its
 * next call (give_back_doc, release_doc), for the specs of the binding's
 * memory; they come from Lua's allocator without its count. */
static int l_spare_bytes(lua_State *L) {
  config_ud *c = (config_ud *)luaL_checkudata(L, 1, CONFIG_MT);
  lua_pushinteger(L, (lua_Integer)verba_doc_capacity(&c->spare));
  return 1;
}

/* Ends a call's use of doc before its tables are made (RELEASE_LIMIT). */
static void release_doc(verba_doc *doc, config_ud *c) {
  if (verba_doc_capacity(doc) > RELEASE_LIMIT) verba_doc_free(doc);
  else give_back_doc(doc, c);
}

/* Builds doc from t under cfg, raising "not enough memory" on failure. */
static void build_doc(lua_State *L, verba_doc *doc, const verba_text *t,
                      const verba_config *cfg) {
  int rc = verba_doc_build(doc, t, cfg);
  if (rc != VERBA_OK) raise_code(L, rc);
}

/* ---- quotations ---- */

/* The array size to make for n items, if it fits lua_createtable's int
 * (past that the array grows as usual). */
static int array_size(size_t n) {
  return n < (size_t)0x7fffffff ? (int)n : 0;
}

static size_t at_most(size_t n, size_t limit) { return n < limit ? n : limit; }

/* ---- result tables ---- */

/* The strings the result tables are made of: the field names and the
 * names that are values (kinds, types, genders), made once as upvalues of
 * run_builder (push_key pushes one). Fields are set with lua_rawset from
 * these: the same keys in the same order as lua_setfield would set them,
 * without looking each name up again (the tables are new and have no
 * metatable). */
#define QUOTE_NKINDS (VERBA_QUOTE_MENTION + 1)
enum {
  KEY_START, KEY_STOP, KEY_TEXT, KEY_TYPE, KEY_CANONICAL, KEY_ID, KEY_GENDER,
  KEY_COUNT, KEY_MENTIONS, KEY_KIND, KEY_OPEN, KEY_CLOSE, KEY_UNCLOSED,
  KEY_SPEAKER, KEY_SPEAKER_START, KEY_SPEAKER_STOP, KEY_SPEAKER_NAME,
  KEY_SPEAKER_ID, KEY_CUE, KEY_CUE_START, KEY_CUE_STOP, KEY_NESTED,
  KEY_FEMALE, KEY_MALE, KEY_TYPES,
  KEY_QUOTE_KINDS = KEY_TYPES + VERBA_ENT_NTYPES,
  KEY_TOKEN_KINDS = KEY_QUOTE_KINDS + QUOTE_NKINDS,
  KEY_COUNT_ALL = KEY_TOKEN_KINDS + VERBA_NKINDS
};

/* LuaJIT allows a closure 60 upvalues. */
typedef char key_count_fits_upvalues[KEY_COUNT_ALL <= 60 ? 1 : -1];

/* Pushes the strings of push_key, in their order: run_builder's
 * upvalues. */
static void push_keys(lua_State *L) {
  static const char *const names[KEY_TYPES] = {
    "start", "stop", "text", "type", "canonical", "id", "gender", "count",
    "mentions", "kind", "open", "close", "unclosed", "speaker",
    "speaker_start", "speaker_stop", "speaker_name", "speaker_id", "cue",
    "cue_start", "cue_stop", "nested", "female", "male"};
  int i;
  luaL_checkstack(L, KEY_COUNT_ALL, NULL);
  for (i = 0; i < KEY_TYPES; i++) lua_pushstring(L, names[i]);
  for (i = 0; i < VERBA_ENT_NTYPES; i++)
    lua_pushstring(L, verba_entity_type_name((enum verba_entity_type)i));
  for (i = 0; i < QUOTE_NKINDS; i++)
    lua_pushstring(L, verba_quote_kind_name((enum verba_quote_kind)i));
  for (i = 0; i < VERBA_NKINDS; i++)
    lua_pushstring(L, verba_kind_name((enum verba_kind)i));
}

/* Pushes the string key (KEY_...), in a builder (run_builder); set_key
 * then sets that field of the table under it to the value pushed after
 * it. */
#define push_key(L, key) lua_pushvalue(L, KEY_BASE + (key))
#define set_key(L) lua_rawset(L, -3)

/* Result tables are made by a function of this type, called by
 * build_result with its ud, that pushes the result and leaves it on top. */
typedef void (*result_builder)(lua_State *L, void *ud, int canon);

typedef struct build_job {
  result_builder build;
  void *ud;
} build_job;

#define BUILDER_KEY "verba.build" /* the registry's run_builder closure */

/* The closure (luaopen_verba_core makes it once, its upvalues the strings
 * of push_key) that runs a build_job given as a light userdata (slot 1).
 * Slot 2 holds the call's table of canonical names (push_canonical_of),
 * the slots from KEY_BASE copies of the upvalues: a stack slot is read a
 * little faster than an upvalue, and a copy costs less than making the
 * string. */
#define KEY_BASE 3
static int run_builder(lua_State *L) {
  const build_job *job = (const build_job *)lua_touserdata(L, 1);
  int i;
  luaL_checkstack(L, KEY_COUNT_ALL + 2 * LUA_MINSTACK, NULL);
  lua_newtable(L);
  for (i = 1; i <= KEY_COUNT_ALL; i++) lua_pushvalue(L, lua_upvalueindex(i));
  job->build(L, job->ud, 2);
  return 1;
}

/* Calls build(L, ud, canon) in run_builder, where push_key reaches the
 * field names, and leaves its one result on the stack. The collector is
 * stopped meanwhile if it was running: every object build makes is
 * reachable from that result when it returns, so a step meanwhile (one
 * every few KB allocated) would only trace live objects, the tables made
 * so far, again and again as they grow. build then runs protected, so the
 * collector is restarted when it raises too, and its error is raised
 * again. Inside a finalizer lua_gc does nothing and answers -1: build is
 * called as is. */
static void build_result(lua_State *L, result_builder build, void *ud) {
  build_job job;
  int status;
  job.build = build;
  job.ud = ud;
  lua_getfield(L, LUA_REGISTRYINDEX, BUILDER_KEY);
  lua_pushlightuserdata(L, &job);
#ifdef LUA_GCISRUNNING
  if (lua_gc(L, LUA_GCISRUNNING, 0) == 1) {
    lua_gc(L, LUA_GCSTOP, 0);
    status = lua_pcall(L, 1, 1, 0);
    lua_gc(L, LUA_GCRESTART, 0);
    if (status != 0) lua_error(L);
    return;
  }
#endif
  (void)status;
  lua_call(L, 1, 1);
}

/* A quotation list whose items live in memory from Lua's allocator,
 * grown in place (no copy left behind for the collector) and freed by
 * __gc if an error cuts the call short. grow_quotes never raises: a Lua
 * error there would skip the finder's release of its own scratch. */
typedef struct quotes_ud {
  verba_quote_list list;
  lua_Alloc alloc;
  void *alloc_ud;
} quotes_ud;

static void free_quotes(quotes_ud *q) {
  q->alloc(q->alloc_ud, q->list.items, q->list.cap * sizeof *q->list.items, 0);
  q->list.items = NULL;
  q->list.n = q->list.cap = 0;
}

static int quotes_gc(lua_State *L) {
  free_quotes((quotes_ud *)luaL_checkudata(L, 1, QUOTES_MT));
  return 0;
}

/* verba_quote_list.grow: nonzero (the finder's VERBA_ENOMEM) when the
 * allocator fails. */
static int grow_quotes(verba_quote_list *list, size_t need) {
  quotes_ud *q = (quotes_ud *)list->ctx;
  size_t cap = list->cap ? list->cap : 64;
  void *items;
  while (cap < need) {
    if (cap > (size_t)-1 / 2 / sizeof *list->items) return 1;
    cap *= 2;
  }
  items = q->alloc(q->alloc_ud, list->items, list->cap * sizeof *list->items,
                   cap * sizeof *list->items);
  if (!items) return 1;
  list->items = (verba_quote *)items;
  list->cap = cap;
  return 0;
}

static void set_span(lua_State *L, int start_key, size_t start,
                     size_t end) {
  if (start == VERBA_NONE) return;
  push_key(L, start_key);
  lua_pushinteger(L, (lua_Integer)start + 1);
  set_key(L);
  push_key(L, start_key + 1); /* the stop key follows the start key */
  lua_pushinteger(L, (lua_Integer)end);
  set_key(L);
}

static void set_text(lua_State *L, const verba_text *t, int key,
                     size_t start, size_t end) {
  if (start == VERBA_NONE) return;
  push_key(L, key);
  lua_pushlstring(L, (const char *)t->s + start, end - start);
  set_key(L);
}

static void push_canonical(lua_State *L, const verba_text *t,
                           const verba_entity_list *list,
                           const verba_entity_group *g);

/* Pushes the canonical name of group id of list, made once a call (the
 * table at slot canon keeps it). */
static void push_canonical_of(lua_State *L, int canon, const verba_text *t,
                              const verba_entity_list *list, size_t id) {
  lua_rawgeti(L, canon, (lua_Integer)id + 1);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    push_canonical(L, t, list, &list->groups[id]);
    lua_pushvalue(L, -1);
    lua_rawseti(L, canon, (lua_Integer)id + 1);
  }
}

/* How many fields push_quote sets in q's table, nested counted if it has
 * nested quotes, speaker_id if its speaker is linked to an entity: a
 * table sized for them is not resized as it fills (Lua rounds the size up
 * to a power of two, so 7 fields cost 8 slots, not the 16 every field
 * would). */
static int quote_fields(const verba_quote *q, int nested, int linked) {
  return 6 + !q->unclosed + nested + (q->speaker_start != VERBA_NONE ? 3 : 0) +
         (linked || q->name_start != VERBA_NONE) + linked +
         (q->cue_start != VERBA_NONE ? 3 : 0);
}

/* Pushes the table of quote q (with room for `nested` when it has some);
 * with the entity list its speaker was linked to (verba_link_speakers),
 * its speaker_name is that entity's canonical name and speaker_id its id. */
static void push_quote(lua_State *L, int canon, const verba_text *t,
                       const verba_quote *q, int nested,
                       const verba_entity_list *entities) {
  lua_createtable(L, 0, quote_fields(q, nested,
                                     entities && q->speaker_entity != VERBA_NONE));
  set_span(L, KEY_START, q->start, q->end);
  set_text(L, t, KEY_TEXT, q->open_end, q->close_start);
  set_text(L, t, KEY_OPEN, q->start, q->open_end);
  if (!q->unclosed) set_text(L, t, KEY_CLOSE, q->close_start, q->end);
  push_key(L, KEY_KIND);
  push_key(L, KEY_QUOTE_KINDS + (int)q->kind);
  set_key(L);
  push_key(L, KEY_UNCLOSED);
  lua_pushboolean(L, q->unclosed);
  set_key(L);
  set_text(L, t, KEY_SPEAKER, q->speaker_start, q->speaker_end);
  set_span(L, KEY_SPEAKER_START, q->speaker_start, q->speaker_end);
  if (entities && q->speaker_entity != VERBA_NONE) {
    push_key(L, KEY_SPEAKER_NAME);
    push_canonical_of(L, canon, t, entities, q->speaker_entity);
    set_key(L);
    push_key(L, KEY_SPEAKER_ID);
    lua_pushinteger(L, (lua_Integer)q->speaker_entity + 1);
    set_key(L);
  } else {
    set_text(L, t, KEY_SPEAKER_NAME, q->name_start, q->name_end);
  }
  set_text(L, t, KEY_CUE, q->cue_start, q->cue_end);
  set_span(L, KEY_CUE_START, q->cue_start, q->cue_end);
}

/* Finds, attributes and settles the quotations of doc into a list pushed
 * here (it stays on the stack: free_quotes releases its items when the
 * call is done with them, __gc if an error comes first); raises "not
 * enough memory" on failure. */
static quotes_ud *find_quotes(lua_State *L, const verba_doc *doc) {
  quotes_ud *q = (quotes_ud *)lua_newuserdata(L, sizeof *q);
  memset(q, 0, sizeof *q);
  q->alloc = lua_getallocf(L, &q->alloc_ud);
  q->list.grow = grow_quotes;
  q->list.ctx = q;
  luaL_setmetatable(L, QUOTES_MT);
  if (verba_quotes_find(doc, &q->list) != VERBA_OK)
    raise_code(L, VERBA_ENOMEM);
  verba_attribute(doc, q->list.items, q->list.n, NULL);
  verba_quotes_settle(q->list.items, q->list.n);
  return q;
}

/* Pushes the array of the quotations of list in text order, nested ones
 * in their outer quote's `nested` list (made only for a quote that has
 * some: most have none, and an empty table each costs). An outer quote
 * that starts before from is left out with the quotes inside it. Reported
 * quotes nest at most depth deep; after limit of them (nested ones
 * counted, in text order) the rest are left out. */
static void push_quotes(lua_State *L, int canon, const verba_text *t,
                        const verba_quote_list *list, size_t depth_limit,
                        size_t from, size_t limit, const verba_entity_list *entities) {
  size_t i, depth = 0, *chain, given = 0;
  int skipping = 0, base;
  lua_Integer top_n = 0;
  /* the list indices of the chain of quotes around the current one, whose
   * tables stay on the stack above base */
  chain = (size_t *)lua_newuserdata(
      L, ((depth_limit < list->n ? depth_limit : list->n) + 1) * sizeof *chain);
  lua_createtable(L, array_size(at_most(list->n, limit)), 0);
  base = lua_gettop(L);
  for (i = 0; i < list->n && given < limit; i++) {
    const verba_quote *q = &list->items[i];
    int nested;
    if (q->parent == VERBA_NONE) skipping = q->start < from;
    if (skipping) continue;
    while (depth > 0 && chain[depth - 1] != q->parent) depth--;
    lua_settop(L, base + (int)depth);
    luaL_checkstack(L, 8, "quotations nested too deep");
    /* nested ones follow their outer quote at once, in text order */
    nested = i + 1 < list->n && list->items[i + 1].parent == i &&
             given + 1 < limit;
    push_quote(L, canon, t, q, nested, entities);
    given++;
    if (depth == 0) {
      lua_pushvalue(L, -1);
      lua_rawseti(L, base, ++top_n);
    } else {
      push_key(L, KEY_NESTED);
      lua_rawget(L, -3);
      if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_createtable(L, 1, 0);
        push_key(L, KEY_NESTED);
        lua_pushvalue(L, -2);
        lua_rawset(L, -5);
      }
      lua_pushvalue(L, -2);
      lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
      lua_pop(L, 1);
    }
    chain[depth++] = i;
  }
  lua_settop(L, base);
  lua_remove(L, base - 1); /* the chain */
}

/* What push_quotes reads, for build_result. */
typedef struct quote_tables {
  const verba_text *t;
  const verba_quote_list *list;
  size_t depth, from, limit;
  const verba_entity_list *entities;
} quote_tables;

static void build_quotes(lua_State *L, void *ud, int canon) {
  const quote_tables *q = (const quote_tables *)ud;
  push_quotes(L, canon, q->t, q->list, q->depth, q->from, q->limit, q->entities);
}

/* Reads argument idx, a quote depth or nil, into cfg. */
static void arg_quote_depth(lua_State *L, int idx, verba_config *cfg) {
  if (!lua_isnil(L, idx)) {
    lua_Integer d = luaL_checkinteger(L, idx);
    luaL_argcheck(L, d >= 1, idx, "quote depth must be positive");
    cfg->quote_depth = (size_t)d;
  }
}

/* core.quotes(s, from, flags, config, quote_depth, limit): the quotations
 * of s in text order (push_quotes). Quotes are found and attributed in
 * the whole text: a quotation's kind may depend on any other (display
 * lines, paragraphs carried on), so limit saves the tables, not the
 * finding. The document is given back before the tables are made. */
static int l_quotes(lua_State *L) {
  size_t from = arg_from(L);
  unsigned flags = arg_flags(L);
  verba_text t;
  verba_config cfg;
  config_ud *c;
  verba_doc *doc;
  quotes_ud *quotes;
  quote_tables out;
  size_t limit = arg_limit(L, 6);
  lua_settop(L, 6);
  if (!check_text(L, flags, &t)) return 2;
  c = arg_config(L, 4, flags, &cfg);
  arg_quote_depth(L, 5, &cfg);
  doc = push_doc(L, c);
  build_doc(L, doc, &t, &cfg);
  quotes = find_quotes(L, doc);
  give_back_doc(doc, c);
  out.t = &t;
  out.list = &quotes->list;
  out.depth = cfg.quote_depth;
  out.from = from;
  out.limit = limit;
  out.entities = NULL;
  build_result(L, build_quotes, &out);
  free_quotes(quotes);
  return 1;
}


/* Pushes an array of {start=, stop=} for the first n units (sentences or
 * paragraphs) of a document. */
static void push_units(lua_State *L, const verba_unit *units, size_t n) {
  size_t i;
  lua_createtable(L, array_size(n), 0);
  for (i = 0; i < n; i++) {
    lua_createtable(L, 0, 2);
    set_span(L, KEY_START, units[i].start, units[i].end);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
}

/* Pushes an array of {start=, stop=, kind=} for the first n tokens of
 * doc. */
static void push_tokens(lua_State *L, const verba_doc *doc, size_t n) {
  size_t i;
  lua_createtable(L, array_size(n), 0);
  for (i = 0; i < n; i++) {
    const verba_tok *k = &doc->toks[i];
    lua_createtable(L, 0, 3);
    set_span(L, KEY_START, k->start, k->start + k->len);
    push_key(L, KEY_KIND);
    push_key(L, KEY_TOKEN_KINDS + (int)k->kind);
    set_key(L);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
}

/* ---- entities ---- */

/* A document's entity list, its arrays from the document's allocator
 * (Lua's); __gc frees them if a Lua error cuts the call short. */
typedef struct entities_ud {
  verba_entity_list list;
} entities_ud;

static int entities_gc(lua_State *L) {
  entities_ud *e = (entities_ud *)luaL_checkudata(L, 1, ENTITIES_MT);
  verba_entity_list_free(&e->list);
  return 0;
}

/* Pushes an empty entity list userdata. */
static verba_entity_list *push_entity_list(lua_State *L) {
  entities_ud *e = (entities_ud *)lua_newuserdata(L, sizeof *e);
  verba_entity_list_init(&e->list);
  luaL_setmetatable(L, ENTITIES_MT);
  return &e->list;
}

/* Reads the arguments of core.entities and core.entity_groups (s, from,
 * flags, config, types), builds the document and finds its entities: the
 * document is at stack slot 6, the list at 7. Returns the list, or NULL
 * after pushing nil and a message for invalid UTF-8. */
static verba_entity_list *find_entities(lua_State *L, verba_text *t,
                                        lua_Integer *types) {
  unsigned flags = arg_flags(L);
  verba_config cfg;
  config_ud *c;
  verba_doc *doc;
  verba_entity_list *list;
  lua_settop(L, 5);
  if (!check_text(L, flags, t)) return NULL;
  c = arg_config(L, 4, flags, &cfg);
  *types = luaL_optinteger(L, 5, -1);
  doc = push_doc(L, c); /* slot 6 */
  list = push_entity_list(L); /* slot 7 */
  build_doc(L, doc, t, &cfg);
  /* the document's config is the copy on this C stack: used only here */
  if (verba_entities_find(doc, list) != VERBA_OK)
    raise_code(L, VERBA_ENOMEM);
  return list;
}

/* Ends find_entities' use of its document (its userdata at slot 6, the
 * configuration at 4) before the tables are made, which read the list
 * alone (release_doc). */
static void release_found_doc(lua_State *L) {
  release_doc(&((doc_ud *)lua_touserdata(L, 6))->doc, (config_ud *)lua_touserdata(L, 4));
}

/* ... and of its list (slot 7) once they are made: its arrays are freed
 * (Lua's collector would, but later). */
static void free_found(lua_State *L) {
  verba_entity_list_free(&((entities_ud *)lua_touserdata(L, 7))->list);
}

static int wanted(lua_Integer types, enum verba_entity_type type) {
  return types < 0 || ((types >> type) & 1);
}

/* Pushes the canonical name of group g: its fullest mention's bytes, with
 * each word capitalised if the text writes it in capitals (EMMANUEL
 * DUNAND -> Emmanuel Dunand). */
static void push_canonical(lua_State *L, const verba_text *t,
                           const verba_entity_list *list,
                           const verba_entity_group *g) {
  const verba_entity *c = &list->items[g->canonical];
  const utf8proc_uint8_t *p = t->s + c->start;
  utf8proc_ssize_t rest = (utf8proc_ssize_t)(c->end - c->start);
  luaL_Buffer b;
  int word_start = 1;
  if (!(g->flags & VERBA_ENT_RECASE)) {
    lua_pushlstring(L, (const char *)p, (size_t)rest);
    return;
  }
  luaL_buffinit(L, &b);
  while (rest > 0) {
    utf8proc_int32_t cp;
    utf8proc_uint8_t out[4];
    utf8proc_ssize_t step = utf8proc_iterate(p, rest, &cp), n;
    if (step < 1) { /* a malformed byte read as U+FFFD (invalid = "replace") */
      step = 1;
      cp = VERBA_REPLACEMENT;
    }
    n = utf8proc_encode_char(word_start ? utf8proc_toupper(cp) : utf8proc_tolower(cp), out);
    luaL_addlstring(&b, (const char *)out, (size_t)n);
    /* a new word after white space, a hyphen, an apostrophe or a bracket:
     * O'Brien, Sigma Mines (Quebec) Ltd */
    word_start = verba_is_space(cp) || cp == '-' || cp == '\'' || cp == 0x2019 || cp == '(';
    p += step;
    rest -= step;
  }
  luaL_pushresult(&b);
}

/* Sets the span and text fields of mention e in the table on top. */
static void set_mention(lua_State *L, const verba_text *t, const verba_entity *e) {
  push_key(L, KEY_START);
  lua_pushinteger(L, (lua_Integer)e->start + 1);
  set_key(L);
  push_key(L, KEY_STOP);
  lua_pushinteger(L, (lua_Integer)e->end);
  set_key(L);
  push_key(L, KEY_TEXT);
  lua_pushlstring(L, (const char *)t->s + e->start, e->end - e->start);
  set_key(L);
}

static void set_group_fields(lua_State *L, const verba_text *t,
                             const verba_entity_list *list, size_t id, int canon) {
  const verba_entity_group *g = &list->groups[id];
  push_key(L, KEY_TYPE);
  push_key(L, KEY_TYPES + (int)g->type);
  set_key(L);
  push_key(L, KEY_CANONICAL);
  push_canonical_of(L, canon, t, list, id);
  set_key(L);
  push_key(L, KEY_ID);
  lua_pushinteger(L, (lua_Integer)id + 1);
  set_key(L);
  if (g->gender != VERBA_GENDER_NONE) {
    push_key(L, KEY_GENDER);
    push_key(L, g->gender == VERBA_GENDER_FEMALE ? KEY_FEMALE : KEY_MALE);
    set_key(L);
  }
}

/* Pushes the array of the first limit mentions of list that start at from
 * or later and are of the types in the bit mask types (-1: all), in text
 * order, each {start=, stop=, text=, type=, canonical=, id=, gender=}. */
static void push_mentions(lua_State *L, int canon, const verba_text *t,
                          const verba_entity_list *list, size_t from,
                          lua_Integer types, size_t limit) {
  lua_Integer n = 0;
  size_t i;
  int result;
  lua_createtable(L, array_size(at_most(list->n, limit)), 0);
  result = lua_gettop(L);
  for (i = 0; i < list->n && (size_t)n < limit; i++) {
    const verba_entity *e = &list->items[i];
    if (e->start < from || !wanted(types, e->type)) continue;
    lua_createtable(L, 0, 7);
    set_mention(L, t, e);
    set_group_fields(L, t, list, e->id, canon);
    lua_rawseti(L, result, ++n);
  }
  lua_settop(L, result);
}

/* Pushes the array of the first limit entities of list of the types in
 * the bit mask types, in the order of their first mentions, each {type=,
 * canonical=, id=, gender=, count=, mentions={}} with its mentions list
 * empty, then above it the array (group index + 1 -> its mentions list)
 * and a userdata of a counter per group, zero (its mentions so far).
 * Returns the number of groups looked at: a mention of a later one is
 * left out. */
static size_t push_group_tables(lua_State *L, int canon, const verba_text *t,
                                const verba_entity_list *list, lua_Integer types,
                                size_t limit) {
  lua_Integer n = 0;
  size_t g;
  int result, lists;
  lua_createtable(L, array_size(at_most(list->ngroups, limit)), 0);
  result = lua_gettop(L);
  lua_createtable(L, array_size(at_most(list->ngroups, limit)), 0);
  lists = lua_gettop(L);
  for (g = 0; g < list->ngroups && (size_t)n < limit; g++) {
    const verba_entity_group *grp = &list->groups[g];
    if (!wanted(types, grp->type)) continue;
    lua_createtable(L, 0, 6);
    set_group_fields(L, t, list, g, canon);
    push_key(L, KEY_COUNT);
    lua_pushinteger(L, (lua_Integer)grp->count);
    set_key(L);
    push_key(L, KEY_MENTIONS);
    lua_createtable(L, array_size(grp->count), 0);
    lua_pushvalue(L, -1);
    lua_rawseti(L, lists, (lua_Integer)g + 1);
    set_key(L);
    lua_rawseti(L, result, ++n);
  }
  memset(lua_newuserdata(L, (g + 1) * sizeof(lua_Integer)), 0,
         (g + 1) * sizeof(lua_Integer));
  return g;
}

/* Appends the table on top, mention e's, to its group's mentions list and
 * pops it; lists is the slot of push_group_tables' array of lists, the
 * counters above it. */
static void add_to_group(lua_State *L, const verba_entity *e, int lists) {
  lua_Integer *filled = (lua_Integer *)lua_touserdata(L, lists + 1);
  lua_rawgeti(L, lists, (lua_Integer)e->id + 1);
  lua_insert(L, -2);
  lua_rawseti(L, -2, ++filled[e->id]);
  lua_pop(L, 1);
}

/* Adds mention e to its group's mentions list as {start=, stop=, text=};
 * lists as add_to_group takes it. */
static void add_group_mention(lua_State *L, const verba_text *t,
                              const verba_entity *e, int lists) {
  lua_createtable(L, 0, 3);
  set_mention(L, t, e);
  add_to_group(L, e, lists);
}

/* Pushes the array of the first limit entities of list of the types in
 * the bit mask types, in the order of their first mentions, each {id=,
 * type=, canonical=, gender=, count=, mentions={{start=, stop=,
 * text=}...}}: the groups first, then the mentions in one pass into their
 * group's list. */
static void push_groups(lua_State *L, int canon, const verba_text *t,
                        const verba_entity_list *list, lua_Integer types,
                        size_t limit) {
  int result = lua_gettop(L) + 1;
  size_t g = push_group_tables(L, canon, t, list, types, limit), i;
  for (i = 0; i < list->n; i++) {
    const verba_entity *e = &list->items[i];
    if (e->id >= g || !wanted(types, list->groups[e->id].type)) continue;
    add_group_mention(L, t, e, result + 1);
  }
  lua_settop(L, result);
}

/* analyze's entities and groups (every type, the first limit of each):
 * pushes the array of push_groups, then above it the one of
 * push_mentions. Both are filled in one pass over the mentions, and a
 * group lists the very tables of the entities array: one table a mention,
 * not two (a group's mention past limit is in no array but its group's). */
static void push_mentions_and_groups(lua_State *L, int canon, const verba_text *t,
                                     const verba_entity_list *list, size_t limit) {
  int groups = lua_gettop(L) + 1, mentions;
  size_t g = push_group_tables(L, canon, t, list, -1, limit), i;
  size_t n = at_most(list->n, limit);
  lua_createtable(L, array_size(n), 0);
  mentions = lua_gettop(L);
  for (i = 0; i < list->n; i++) {
    const verba_entity *e = &list->items[i];
    int grouped = e->id < g;
    if (i >= n && !grouped) continue;
    lua_createtable(L, 0, 7);
    set_mention(L, t, e);
    set_group_fields(L, t, list, e->id, canon);
    if (grouped) {
      lua_pushvalue(L, -1);
      add_to_group(L, e, groups + 1);
    }
    if (i < n)
      lua_rawseti(L, mentions, (lua_Integer)i + 1);
    else
      lua_pop(L, 1);
  }
  lua_replace(L, groups + 1); /* groups, mentions */
  lua_settop(L, groups + 1);
}

/* What push_mentions and push_groups read, for build_result. */
typedef struct entity_tables {
  const verba_text *t;
  const verba_entity_list *list;
  size_t from, limit;
  lua_Integer types;
} entity_tables;

static void build_mentions(lua_State *L, void *ud, int canon) {
  const entity_tables *e = (const entity_tables *)ud;
  push_mentions(L, canon, e->t, e->list, e->from, e->types, e->limit);
}

static void build_groups(lua_State *L, void *ud, int canon) {
  const entity_tables *e = (const entity_tables *)ud;
  push_groups(L, canon, e->t, e->list, e->types, e->limit);
}

/* core.entities(s, from, flags, config, types, limit): the first limit
 * mentions of s that start at from or later, in text order
 * (push_mentions). Ids are those of the whole text; the entities are
 * found in the whole text, so limit saves the tables only. */
static int l_entities(lua_State *L) {
  verba_text t;
  entity_tables out;
  size_t from = arg_from(L);
  /* read before find_entities, which drops the arguments after types */
  size_t limit = arg_limit(L, 6);
  const verba_entity_list *list = find_entities(L, &t, &out.types);
  if (!list) return 2;
  out.t = &t;
  out.list = list;
  out.from = from;
  out.limit = limit;
  release_found_doc(L);
  build_result(L, build_mentions, &out);
  free_found(L);
  return 1;
}

/* core.entity_groups(s, 0, flags, config, types, limit): one record per
 * entity, the first limit of them (push_groups). */
static int l_entity_groups(lua_State *L) {
  verba_text t;
  entity_tables out;
  size_t limit = arg_limit(L, 6);
  const verba_entity_list *list = find_entities(L, &t, &out.types);
  if (!list) return 2;
  out.t = &t;
  out.list = list;
  out.from = 0;
  out.limit = limit;
  release_found_doc(L);
  build_result(L, build_groups, &out);
  free_found(L);
  return 1;
}

/* What an analysis' tables are made of, for build_result. */
typedef struct analysis {
  const verba_text *t;
  verba_doc *doc; /* released once its own tables are made */
  config_ud *config;
  const verba_quote_list *quotes;
  const verba_entity_list *entities;
  size_t depth, limit;
  int tokens;
} analysis;

static void build_analysis(lua_State *L, void *ud, int canon) {
  const analysis *a = (const analysis *)ud;
  verba_doc *doc = a->doc;
  size_t limit = a->limit;
  lua_createtable(L, 0, 6);
  push_units(L, doc->sentences, at_most(doc->nsentences, limit));
  lua_setfield(L, -2, "sentences");
  push_units(L, doc->paragraphs, at_most(doc->nparagraphs, limit));
  lua_setfield(L, -2, "paragraphs");
  if (a->tokens) {
    push_tokens(L, doc, at_most(doc->ntoks, limit));
    lua_setfield(L, -2, "tokens");
  }
  /* (the document's part is made: the quotations and entities are read
   * from their own lists) */
  release_doc(doc, a->config);
  push_quotes(L, canon, a->t, a->quotes, a->depth, 0, limit, a->entities);
  lua_setfield(L, -2, "quotes");
  push_mentions_and_groups(L, canon, a->t, a->entities, limit);
  lua_setfield(L, -3, "entities");
  lua_setfield(L, -2, "groups");
}

/* core.analyze(s, flags, config, quote_depth, tokens, limit): one
 * document built once and read by every stage: {sentences=, paragraphs=,
 * quotes=, entities=, groups=} (and tokens= when tokens is true), each
 * list cut after limit items. The
 * document, the quotations and the entities are found whole (each stage
 * reads the whole text). */
static int l_analyze(lua_State *L) {
  unsigned flags = arg_flags_at(L, 2);
  size_t limit = arg_limit(L, 6);
  verba_text t;
  verba_config cfg;
  config_ud *c;
  verba_doc *doc;
  quotes_ud *quotes;
  verba_entity_list *entities;
  analysis out;
  lua_settop(L, 6);
  if (!check_text(L, flags, &t)) return 2;
  c = arg_config(L, 3, flags, &cfg);
  arg_quote_depth(L, 4, &cfg);
  doc = push_doc(L, c);
  build_doc(L, doc, &t, &cfg);
  quotes = find_quotes(L, doc);
  entities = push_entity_list(L);
  if (verba_entities_find(doc, entities) != VERBA_OK)
    return raise_code(L, VERBA_ENOMEM);
  verba_link_speakers(doc, entities, quotes->list.items, quotes->list.n);
  out.t = &t;
  out.doc = doc;
  out.config = c;
  out.quotes = &quotes->list;
  out.entities = entities;
  out.depth = cfg.quote_depth;
  out.limit = limit;
  out.tokens = lua_toboolean(L, 5);
  build_result(L, build_analysis, &out);
  verba_entity_list_free(entities);
  free_quotes(quotes);
  return 1;
}

/* ---- sentences and paragraphs ---- */

/* A sentence iterator's state; the configuration it reads stays alive as
 * an upvalue of the iterator. */
typedef struct sentence_state {
  verba_sentencer ss;
  size_t from; /* sentences that start before it are skipped */
} sentence_state;

/* Reads (s, from, flags, config) and pushes a sentence_state at index 5,
 * or pushes nil, message and returns NULL. */
static sentence_state *open_sentences(lua_State *L) {
  size_t from = arg_from(L);
  unsigned flags = arg_flags(L);
  verba_text t;
  verba_config cfg;
  sentence_state *st;
  lua_settop(L, 4);
  if (!check_text(L, flags, &t)) return NULL;
  arg_config(L, 4, flags, &cfg);
  st = (sentence_state *)lua_newuserdata(L, sizeof *st);
  st->from = from;
  verba_sentences_init(&st->ss, &t,
                       flags & FLAG_UAX29 ? VERBA_SENTENCES_UAX29
                                          : VERBA_SENTENCES_NEWS,
                       &cfg);
  return st;
}

/* The next sentence of st that starts at or after st->from. News mode
 * judges each candidate by what came before (abbreviations, lists), so
 * the sentences before from are found and skipped. */
static int next_sentence(sentence_state *st, size_t *start, size_t *end) {
  do {
    if (!verba_sentences_next(&st->ss, start, end)) return 0;
  } while (*start < st->from);
  return 1;
}

static int sentences_step(lua_State *L) {
  sentence_state *st =
      (sentence_state *)lua_touserdata(L, lua_upvalueindex(2));
  size_t start, end;
  if (!next_sentence(st, &start, &end)) return 0;
  lua_pushinteger(L, (lua_Integer)start + 1);
  lua_pushinteger(L, (lua_Integer)end);
  return 2;
}

/* core.sentences(s, from, flags, config): iterator of start, stop. The
 * closure holds the subject, the state and the configuration (whose user
 * words the sentencer reads). */
static int l_sentences(lua_State *L) {
  if (!open_sentences(L)) return 2;
  lua_pushvalue(L, 1);
  lua_pushvalue(L, 5);
  lua_pushvalue(L, 4);
  lua_pushcclosure(L, sentences_step, 3);
  return 1;
}

/* core.split_sentences(s, from, flags, config, limit): array of strings;
 * the sentencer stops at the limit-th sentence given. */
static int l_split_sentences(lua_State *L) {
  size_t limit = arg_limit(L, 5), start, end;
  sentence_state *st = open_sentences(L);
  lua_Integer n = 0;
  if (!st) return 2;
  lua_newtable(L);
  while ((size_t)n < limit && next_sentence(st, &start, &end)) {
    lua_pushlstring(L, (const char *)st->ss.text.s + start, end - start);
    lua_rawseti(L, -2, ++n);
  }
  return 1;
}

static int paragraphs_step(lua_State *L) {
  iter_state *st = state_of(L);
  enum verba_paragraph_mode mode = (enum verba_paragraph_mode)
      lua_tointeger(L, lua_upvalueindex(3 + VERBA_NKINDS));
  size_t start, end;
  do {
    if (!verba_paragraph_next(&st->tz.text, mode, &st->tz.pos, &start, &end))
      return 0;
  } while (start < st->from);
  lua_pushinteger(L, (lua_Integer)start + 1);
  lua_pushinteger(L, (lua_Integer)end);
  return 2;
}

/* core.paragraphs(s, from, flags, config): iterator of start, stop. A
 * paragraph is known whole only from the break before it, so they are
 * read from the start. */
static int l_paragraphs(lua_State *L) {
  verba_config cfg;
  unsigned flags = arg_flags(L);
  lua_settop(L, 4);
  arg_config(L, 4, flags, &cfg);
  lua_pushinteger(L, (lua_Integer)cfg.paragraphs);
  lua_replace(L, 4);
  return push_iterator(L, paragraphs_step, 0, NULL);
}

/* core.lexicon_lookup(word [, case]): the built-in lexicon's record of
 * the word as written (or in case "lower", "capitalized", "upper"), as
 * {classes = {name = true ...}, inflected, clitic, particle, key}, or
 * nil; classes holds its word classes and its name classes alike. For the
 * specs. */
static int l_lexicon_lookup(lua_State *L) {
  static const char *const cases[] = {"lower", "capitalized", "upper", NULL};
  size_t len, klen;
  const char *s = luaL_checklstring(L, 1, &len), *data, *k;
  verba_text t;
  enum verba_lex_case c;
  verba_lexicon lx;
  verba_classes classes;
  uint32_t id;
  verba_names names;
  unsigned bit;
  verba_text_init(&t, s, len);
  c = lua_isnoneornil(L, 2)
          ? verba_shape_case(verba_word_shape(&t, 0, len))
          : (enum verba_lex_case)luaL_checkoption(L, 2, NULL, cases);
  verba_lexicon_default(&lx);
  id = verba_lex_find(&lx, s, len, c);
  if (id == VERBA_LEX_NONE) return 0;
  classes = verba_lex_classes(&lx, id);
  names = verba_lex_names(&lx, id);
  lua_newtable(L);
  lua_newtable(L);
  for (bit = 0; verba_lex_class_name(bit); bit++)
    if (classes & ((verba_classes)1 << bit)) {
      lua_pushboolean(L, 1);
      lua_setfield(L, -2, verba_lex_class_name(bit));
    }
  for (bit = 0; verba_lex_name_class_name(bit); bit++)
    if (names & ((verba_names)1 << bit)) {
      lua_pushboolean(L, 1);
      lua_setfield(L, -2, verba_lex_name_class_name(bit));
    }
  lua_setfield(L, -2, "classes");
  lua_pushboolean(L, (id & VERBA_LEX_INFLECTED) != 0);
  lua_setfield(L, -2, "inflected");
  lua_pushboolean(L, (id & VERBA_LEX_CLITIC) != 0);
  lua_setfield(L, -2, "clitic");
  if ((data = verba_lex_data(&lx, id)) != NULL) {
    lua_pushstring(L, data);
    lua_setfield(L, -2, "particle");
  }
  k = verba_lex_key(&lx, id, &klen);
  lua_pushlstring(L, k, klen);
  lua_setfield(L, -2, "key");
  return 1;
}

/* ---- HTML ---- */

#define FLAG_HTML_ATTRIBUTE 0x800 /* decode_html: attribute value rules */
#define FLAG_HTML_TITLE 0x1000    /* html_text: the title is kept */
#define HTML_MAP "verba.html_map"

/* Pushes a verba_html in a userdata whose __gc frees its arrays, so an
 * error raised while it is on the stack leaks nothing; html_text returns
 * it as the map. */
static verba_html *push_html(lua_State *L) {
  verba_html *h = (verba_html *)lua_newuserdata(L, sizeof *h);
  verba_html_init(h, NULL, NULL);
  luaL_getmetatable(L, HTML_MAP);
  lua_setmetatable(L, -2);
  return h;
}

static unsigned html_flags(unsigned flags) {
  return (flags & FLAG_REPLACE ? VERBA_HTML_REPLACE : 0u) |
         (flags & FLAG_HTML_ATTRIBUTE ? VERBA_HTML_ATTRIBUTE : 0u) |
         (flags & FLAG_HTML_TITLE ? VERBA_HTML_TITLE : 0u);
}

/* core.decode_html(s, flags): s with its character references decoded. */
static int l_decode_html(lua_State *L) {
  unsigned flags = arg_flags_at(L, 2);
  int rc;
  verba_text t;
  verba_html *h;
  lua_settop(L, 2);
  if (!check_text(L, flags, &t)) return 2;
  if (!(flags & FLAG_REPLACE) && !memchr(t.s, '&', t.len)) {
    lua_settop(L, 1); /* nothing to decode: the string itself */
    return 1;
  }
  h = push_html(L);
  rc = verba_html_decode(h, (const char *)t.s, t.len, html_flags(flags));
  if (rc != VERBA_OK) return raise_code(L, rc);
  lua_pushlstring(L, h->text, h->len);
  verba_html_free(h);
  return 1;
}

/* core.html_text(s, flags, skip): the text of the page s and its map;
 * skip is nil or an array of element names (lower case) to drop. */
static int l_html_text(lua_State *L) {
  unsigned flags = arg_flags_at(L, 2);
  int rc;
  verba_text t;
  verba_html *h;
  verba_html_opts opts;
  verba_phrase *skip;
  size_t i, n = 0;
  lua_settop(L, 3);
  if (!check_text(L, flags, &t)) return 2;
  if (!lua_isnil(L, 3)) {
    luaL_checktype(L, 3, LUA_TTABLE);
    n = (size_t)lua_rawlen(L, 3);
  }
  /* slot 4: the names (their strings stay in the list); slot 5: the map */
  skip = (verba_phrase *)lua_newuserdata(L, (n + 1) * sizeof *skip);
  for (i = 0; i < n; i++) {
    lua_rawgeti(L, 3, (lua_Integer)i + 1);
    /* a string as it is: a number would be converted on the stack and
     * popped, leaving skip[i] pointing at nothing */
    if (lua_type(L, -1) != LUA_TSTRING) not_a_string(L, 3, i + 1);
    skip[i].s = lua_tolstring(L, -1, &skip[i].len);
    lua_pop(L, 1);
  }
  opts.flags = html_flags(flags);
  opts.skip = skip;
  opts.nskip = n;
  h = push_html(L);
  rc = verba_html_text(h, (const char *)t.s, t.len, &opts);
  if (rc != VERBA_OK) return raise_code(L, rc);
  lua_pushlstring(L, h->text, h->len);
  verba_html_drop_text(h);
  lua_pushvalue(L, 5);
  return 2;
}

/* core.html_entity(i): the i-th named reference (1-based) and its
 * characters, or nothing past the last. */
static int l_html_entity(lua_State *L) {
  lua_Integer i = luaL_checkinteger(L, 1);
  const char *name, *value;
  size_t name_len, value_len;
  if (i < 1 || !verba_html_entity((size_t)i - 1, &name, &name_len, &value,
                                  &value_len))
    return 0;
  lua_pushlstring(L, name, name_len);
  lua_pushlstring(L, value, value_len);
  return 2;
}

/* Raises a misuse error naming the map method and the argument. */
static int map_argerror(lua_State *L, const char *method, int argn,
                        const char *msg) {
  return luaL_error(L, "bad argument #%d to '" HTML_MAP ":%s' (%s)", argn,
                    method, msg);
}

/* 2^63 where lua_Integer has 64 bits: the first float past the largest. */
#define INTEGER_LIMIT \
  ((lua_Number)((lua_Integer)1 << (sizeof(lua_Integer) * 8 - 2)) * 2)

/* Argument arg of a map method: a 1-based position in the text, returned
 * 0-based. */
static size_t map_position(lua_State *L, const verba_html *h, int arg,
                           const char *method) {
  lua_Number x;
  lua_Integer pos;
  if (lua_type(L, arg) != LUA_TNUMBER)
    map_argerror(L, method, arg - 1,
                 lua_pushfstring(L, "integer expected, got %s",
                                 luaL_typename(L, arg)));
  x = lua_tonumber(L, arg);
  /* a float beyond lua_Integer (or NaN) has no integer to convert to:
   * the cast would be undefined */
  pos = x >= -INTEGER_LIMIT && x < INTEGER_LIMIT ? (lua_Integer)x : 0;
  if ((lua_Number)pos != x)
    map_argerror(L, method, arg - 1, "number has no integer representation");
  if (pos < 1 || (unsigned long long)pos > h->len) {
    push_count_message(L, "%s", (long long)pos);
    push_count_message(L, "%s", (long long)h->len);
    map_argerror(L, method, arg - 1,
                 lua_pushfstring(L, "position %s out of range 1..%s",
                                 lua_tostring(L, -2), lua_tostring(L, -1)));
  }
  return (size_t)pos - 1;
}

/* map:source(pos): the HTML byte that text byte pos came from (a
 * reference's '&', the '<' of the tag that made a paragraph break). */
static int map_source(lua_State *L) {
  verba_html *h = (verba_html *)luaL_checkudata(L, 1, HTML_MAP);
  size_t pos = map_position(L, h, 2, "source");
  lua_pushinteger(L, (lua_Integer)verba_html_source(h, pos) + 1);
  return 1;
}

/* map:span(start, stop): the HTML bytes the text bytes start..stop came
 * from, from the first byte of start's construct to the last of stop's. */
static int map_span(lua_State *L) {
  verba_html *h = (verba_html *)luaL_checkudata(L, 1, HTML_MAP);
  size_t start = map_position(L, h, 2, "span");
  size_t stop = map_position(L, h, 3, "span");
  if (stop < start) map_argerror(L, "span", 2, "stop before start");
  lua_pushinteger(L, (lua_Integer)verba_html_source(h, start) + 1);
  lua_pushinteger(L, (lua_Integer)verba_html_source_end(h, stop));
  return 2;
}

static int map_gc(lua_State *L) {
  verba_html_free((verba_html *)luaL_checkudata(L, 1, HTML_MAP));
  return 0;
}

static const luaL_Reg map_methods[] = {
  {"source", map_source}, {"span", map_span}, {NULL, NULL}
};

static void register_html_map(lua_State *L) {
  luaL_newmetatable(L, HTML_MAP);
  luaL_newlib(L, map_methods);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, map_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
}

static const luaL_Reg core_functions[] = {
  {"segments", l_segments},   {"graphemes", l_graphemes},
  {"tokens", l_tokens},       {"tokenize", l_tokenize},
  {"transform", l_transform}, {"quotes", l_quotes},
  {"sentences", l_sentences}, {"split_sentences", l_split_sentences},
  {"paragraphs", l_paragraphs}, {"config", l_config},
  {"analyze", l_analyze},
  {"lexicon_lookup", l_lexicon_lookup},
  {"entities", l_entities}, {"entity_groups", l_entity_groups},
  {"decode_html", l_decode_html}, {"html_text", l_html_text},
  {"html_entity", l_html_entity},
  {"spare_bytes", l_spare_bytes},
  {NULL, NULL}
};

typedef struct named_constant {
  const char *name;
  int value;
} named_constant;

/* Flag bits the options tables set, by option name. */
static const named_constant flag_bits[] = {
  {"replace", FLAG_REPLACE},
  {"spaces", VERBA_TOK_SPACES},
  {"split_possessive", VERBA_TOK_SPLIT_POSSESSIVE},
  {"split_hyphens", VERBA_TOK_SPLIT_HYPHENS},
  {"uax29", FLAG_UAX29},
  {"line_paragraphs", FLAG_LINE},
  {"attribute", FLAG_HTML_ATTRIBUTE},
  {"title", FLAG_HTML_TITLE},
  {NULL, 0}
};

static const named_constant form_numbers[] = {
  {"NFC", VERBA_NFC}, {"NFD", VERBA_NFD}, {"NFKC", VERBA_NFKC},
  {"NFKD", VERBA_NFKD}, {NULL, 0}
};

/* Pushes a table name -> value of the constants in list. */
static void push_constants(lua_State *L, const named_constant *list) {
  lua_newtable(L);
  for (; list->name; list++) {
    lua_pushinteger(L, list->value);
    lua_setfield(L, -2, list->name);
  }
}

int luaopen_verba_core(lua_State *L);

int luaopen_verba_core(lua_State *L) {
  int k;
  luaL_newmetatable(L, CONFIG_MT);
  lua_pushcfunction(L, config_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  luaL_newmetatable(L, DOC_MT);
  lua_pushcfunction(L, doc_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  luaL_newmetatable(L, QUOTES_MT);
  lua_pushcfunction(L, quotes_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  luaL_newmetatable(L, ENTITIES_MT);
  lua_pushcfunction(L, entities_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  register_html_map(L);
  push_keys(L);
  lua_pushcclosure(L, run_builder, KEY_COUNT_ALL);
  lua_setfield(L, LUA_REGISTRYINDEX, BUILDER_KEY);
  luaL_newlib(L, core_functions);
  lua_pushliteral(L, VERBA_VERSION);
  lua_setfield(L, -2, "version");
  lua_pushstring(L, verba_unicode_version());
  lua_setfield(L, -2, "unicode_version");
  /* normalize and casefold run on the utf8proc the module was linked to,
   * whose tables may be newer than verba's own: both are reported. */
  lua_pushstring(L, utf8proc_version());
  lua_setfield(L, -2, "utf8proc_version");
  lua_pushstring(L, utf8proc_unicode_version());
  lua_setfield(L, -2, "utf8proc_unicode_version");
  lua_newtable(L); /* kind name -> bit number, for kind masks */
  for (k = 0; k < VERBA_NKINDS; k++) {
    lua_pushinteger(L, k);
    lua_setfield(L, -2, verba_kind_name((enum verba_kind)k));
  }
  lua_setfield(L, -2, "kinds");
  lua_newtable(L); /* entity type name -> bit number, for type masks */
  for (k = 0; k < VERBA_ENT_NTYPES; k++) {
    lua_pushinteger(L, k);
    lua_setfield(L, -2, verba_entity_type_name((enum verba_entity_type)k));
  }
  lua_setfield(L, -2, "entity_types");
  /* name class -> its bit (verba.new's gazetteer): the bits a Lua integer
   * holds as a positive number; the classes past them are the rules' alone */
  lua_newtable(L);
  for (k = 0; verba_lex_name_class_name((unsigned)k) && k < (int)(8 * sizeof(lua_Integer)) - 1;
       k++) {
    lua_pushinteger(L, (lua_Integer)1 << k);
    lua_setfield(L, -2, verba_lex_name_class_name((unsigned)k));
  }
  lua_setfield(L, -2, "name_classes");
  push_constants(L, flag_bits);
  lua_setfield(L, -2, "flags");
  push_constants(L, form_numbers);
  lua_setfield(L, -2, "forms");
  return 1;
}
