/* The Lua binding: the only file that sees Lua. Functions here take plain
 * arguments (the subject and flag bits); options tables are checked in
 * lua/verba.lua. Positions go out 1-based and inclusive. Nothing malloc'd
 * is held across a Lua call that can raise: scratch memory is userdata. */
#include <string.h>
#include "compat.h"
#include "verba.h"

#define FLAG_REPLACE 0x100 /* malformed UTF-8 reads as U+FFFD */
#define STACK_WORK 256     /* code points transformed without allocating */

typedef struct iter_state {
  verba_tokenizer tz; /* its text and pos also drive the segment iterators */
} iter_state;

/* Reads the subject at index 1. With bad UTF-8 and no FLAG_REPLACE, pushes
 * nil and a message naming the byte and returns 0. */
static int check_text(lua_State *L, int flags, verba_text *t) {
  size_t len, bad;
  const char *s = luaL_checklstring(L, 1, &len);
  if (!(flags & FLAG_REPLACE) && verba_validate(s, len, &bad) != VERBA_OK) {
    lua_pushnil(L);
    lua_pushfstring(L, "invalid UTF-8 at byte %d", (int)(bad + 1));
    return 0;
  }
  verba_text_init(t, s, len);
  return 1;
}

/* Pushes a closure over the subject, a fresh iter_state and the kind
 * names (so the iterator never hashes a string), or nil, message. */
static int push_iterator(lua_State *L, lua_CFunction step, unsigned tokflags) {
  int flags = (int)luaL_optinteger(L, 2, 0), k;
  verba_text t;
  iter_state *st;
  if (!check_text(L, flags, &t)) return 2;
  lua_pushvalue(L, 1);
  st = (iter_state *)lua_newuserdata(L, sizeof *st);
  verba_tokens_init(&st->tz, &t, 0, tokflags & (unsigned)flags);
  for (k = 0; k < VERBA_NKINDS; k++)
    lua_pushstring(L, verba_kind_name((enum verba_kind)k));
  lua_pushcclosure(L, step, 2 + VERBA_NKINDS);
  return 1;
}

static iter_state *state_of(lua_State *L) {
  return (iter_state *)lua_touserdata(L, lua_upvalueindex(2));
}

/* One step of a segment iterator whose segments end where end_of says. */
static int segment_step(lua_State *L,
                        size_t (*end_of)(const verba_text *, size_t)) {
  verba_tokenizer *tz = &state_of(L)->tz;
  size_t start = tz->pos;
  if (start >= tz->text.len) return 0;
  tz->pos = end_of(&tz->text, start);
  lua_pushinteger(L, (lua_Integer)start + 1);
  lua_pushinteger(L, (lua_Integer)tz->pos);
  return 2;
}

static int words_step(lua_State *L) { return segment_step(L, verba_word_end); }
static int graphemes_step(lua_State *L) {
  return segment_step(L, verba_grapheme_end);
}

static int tokens_step(lua_State *L) {
  verba_token tok;
  if (!verba_tokens_next(&state_of(L)->tz, &tok)) return 0;
  lua_pushinteger(L, (lua_Integer)tok.start + 1);
  lua_pushinteger(L, (lua_Integer)tok.end);
  lua_pushvalue(L, lua_upvalueindex(3 + tok.kind));
  return 3;
}

static int l_segments(lua_State *L) { return push_iterator(L, words_step, 0); }
static int l_graphemes(lua_State *L) {
  return push_iterator(L, graphemes_step, 0);
}
static int l_tokens(lua_State *L) {
  return push_iterator(L, tokens_step, ~0u);
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
  if (rc != VERBA_OK) luaL_error(L, "%s", verba_errmsg(rc));
  lua_pushlstring(L, (const char *)work, n);
  if (work != stack) lua_remove(L, -2);
}

/* core.tokenize(s, flags, kindmask, form, casefold, detail) */
static int l_tokenize(lua_State *L) {
  int flags = (int)luaL_optinteger(L, 2, 0);
  unsigned long kindmask = (unsigned long)luaL_optinteger(L, 3, ~0);
  int form = (int)luaL_optinteger(L, 4, VERBA_FORM_NONE);
  int casefold = lua_toboolean(L, 5), detail = lua_toboolean(L, 6);
  int plain = form == VERBA_FORM_NONE && !casefold;
  verba_text t;
  verba_tokenizer tz;
  verba_token tok;
  lua_Integer n = 0;
  if (!check_text(L, flags, &t)) return 2;
  verba_tokens_init(&tz, &t, 0, (unsigned)flags);
  lua_newtable(L);
  while (verba_tokens_next(&tz, &tok)) {
    if (!(kindmask >> tok.kind & 1)) continue;
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
    lua_rawseti(L, -2, (int)++n);
  }
  return 1;
}

/* core.transform(s, form, casefold, flags) */
static int l_transform(lua_State *L) {
  int form = (int)luaL_checkinteger(L, 2);
  int casefold = lua_toboolean(L, 3);
  int flags = (int)luaL_optinteger(L, 4, 0);
  verba_text t;
  luaL_argcheck(L, form >= VERBA_FORM_NONE && form <= VERBA_NFKD, 2,
                "unknown normalization form");
  lua_settop(L, 4); /* the subject must stay at index 1 for check_text */
  if (!check_text(L, flags, &t)) return 2;
  push_transformed(L, &t, form, casefold);
  return 1;
}

static const luaL_Reg core_functions[] = {
  {"segments", l_segments},   {"graphemes", l_graphemes},
  {"tokens", l_tokens},       {"tokenize", l_tokenize},
  {"transform", l_transform}, {NULL, NULL}
};

int luaopen_verba_core(lua_State *L);

int luaopen_verba_core(lua_State *L) {
  int k;
  luaL_newlib(L, core_functions);
  lua_pushliteral(L, VERBA_VERSION);
  lua_setfield(L, -2, "version");
  lua_pushstring(L, verba_unicode_version());
  lua_setfield(L, -2, "unicode_version");
  lua_newtable(L); /* kind name -> bit number, for kind masks */
  for (k = 0; k < VERBA_NKINDS; k++) {
    lua_pushinteger(L, k);
    lua_setfield(L, -2, verba_kind_name((enum verba_kind)k));
  }
  lua_setfield(L, -2, "kinds");
  lua_newtable(L); /* flag bits for the options tables */
  lua_pushinteger(L, FLAG_REPLACE);
  lua_setfield(L, -2, "replace");
  lua_pushinteger(L, VERBA_TOK_SPACES);
  lua_setfield(L, -2, "spaces");
  lua_pushinteger(L, VERBA_TOK_SPLIT_POSSESSIVE);
  lua_setfield(L, -2, "split_possessive");
  lua_pushinteger(L, VERBA_TOK_SPLIT_HYPHENS);
  lua_setfield(L, -2, "split_hyphens");
  lua_setfield(L, -2, "flags");
  lua_newtable(L); /* normalization form name -> number */
  lua_pushinteger(L, VERBA_NFC);
  lua_setfield(L, -2, "NFC");
  lua_pushinteger(L, VERBA_NFD);
  lua_setfield(L, -2, "NFD");
  lua_pushinteger(L, VERBA_NFKC);
  lua_setfield(L, -2, "NFKC");
  lua_pushinteger(L, VERBA_NFKD);
  lua_setfield(L, -2, "NFKD");
  lua_setfield(L, -2, "forms");
  return 1;
}
