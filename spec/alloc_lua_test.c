/* Allocation failure seen from Lua (issue 12): the module runs in a Lua
 * state whose allocator fails its n-th call (n = 1, 2, ... for each
 * function call), or every call from the n-th on. Each call must either
 * give the result it gives with enough memory or raise "not enough
 * memory" (Lua's own, or the binding's for a VERBA_ENOMEM of the core),
 * and the state must go on working; when it is closed no block is left.
 *   make alloc-test       (VALGRIND=valgrind for memcheck) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include "check.h"

int luaopen_verba_core(lua_State *L);

/* Lua that sets up the module and the texts, and show(), which writes
 * any result out in full (keys sorted) to compare runs. */
static const char setup[] =
    "package.path = 'lua/?.lua'\n"
    "verba = require('verba')\n"
    "S = '\\u{201C}We will appeal,\\u{201D} said Maria Lopez, the firm\\u{2019}s lawyer. '\n"
    "  .. '\\u{201C}The ruling is wrong.\\u{201D}\\n\\nLopez added that regulators '\n"
    "  .. '\\u{201C}lack a basic understanding\\u{201D} of it. Hu quipped: \"It was '\n"
    "  .. '\\'fine\\' and \\'good\\', they said.\" Regt. Roe left.\\n\\n'\n"
    "  .. '\\u{AB} Nous partons \\u{BB}, a d\\u{E9}clar\\u{E9} le ministre. '\n"
    "  .. 'STRASSE \\u{FB01}ne e\\u{301}\\n1. Fund the U.S. office.\\n2. Hire staff.'\n"
    "P = '<html><head><title>A &amp; B</title></head><body><nav>Menu</nav>'\n"
    "  .. '<p>&ldquo;We will appeal,&rdquo; said Maria Lopez.</p><p>Caf&eacute; '\n"
    "  .. '&#8217;90s &notin; &amp<br>line<!-- x --></p><script>x</script></body></html>'\n"
    "function collect(iter)\n"
    "  local out = {}\n"
    "  for a, b, c in iter do out[#out + 1] = { a, b, c } end\n"
    "  return out\n"
    "end\n"
    "function show(x)\n"
    "  if type(x) ~= 'table' then return tostring(x) end\n"
    "  local keys, out = {}, {}\n"
    "  for k in pairs(x) do keys[#keys + 1] = k end\n"
    "  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)\n"
    "  for _, k in ipairs(keys) do out[#out + 1] = tostring(k) .. '=' .. show(x[k]) end\n"
    "  return '{' .. table.concat(out, ',') .. '}'\n"
    "end\n";

/* The calls: each sets R to what it gives. */
static const char *const calls[] = {
    "R = verba.tokenize(S, { detail = true })",
    "R = verba.tokenize(S, 20, { lower = true, normalize = 'NFKC', kinds = { 'word' } })",
    "R = collect(verba.tokens(S, { spaces = true }))",
    "R = collect(verba.words(S))",
    "R = { collect(verba.segments(S)), collect(verba.graphemes(S, 30)) }",
    "R = verba.split_sentences(S, { abbreviations = { 'Regt.' } })",
    "R = collect(verba.sentences(S, { mode = 'uax29' }))",
    "R = collect(verba.paragraphs(S, { paragraphs = 'line' }))",
    "R = verba.quotes(S, { verbs = { 'quipped' } })",
    "R = verba.analyze(S, { tokens = true, limit = 30 })",
    "R = verba.new({ verbs = { 'whisper' }, abbreviations = { 'Regt' } }).quotes(S)",
    "R = { verba.normalize(S, 'NFD'), verba.casefold(S) }",
    "R = { verba.decode_html(P), verba.decode_html(P, { attribute = true }) }",
    "local text, map = verba.html_text(P, { title = true, skip = { 'nav' } })\n"
    "R = { text, map:source(1), map:span(3, #text) }",
    "R = verba.quotes(P, { html = true })",
    "R = { verba.entities(S, 10), verba.entity_groups(S, { limit = 3 }) }",
};

/* Runs the chunk at the top of the stack (popped) with the allocator
 * failing as m says; returns the Lua status. */
static int run(lua_State *L, test_alloc *m, int ref) {
  int rc;
  lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
  m->calls = 0;
  rc = lua_pcall(L, 0, 0, 0);
  m->fail_at = 0;
  return rc;
}

/* show(R) as a C string in the registry slot, or NULL. */
static char *shown(lua_State *L) {
  char *copy = NULL;
  size_t n;
  const char *s;
  lua_getglobal(L, "show");
  lua_getglobal(L, "R");
  if (lua_pcall(L, 1, 1, 0) != LUA_OK) {
    fprintf(stderr, "show: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
    return NULL;
  }
  s = lua_tolstring(L, -1, &n);
  if ((copy = malloc(n + 1)) != NULL) memcpy(copy, s, n + 1);
  lua_pop(L, 1);
  return copy;
}

/* Fails each allocation of the call in turn (from_on: and every one
 * after it); returns the number of runs that raised. */
static long drive(lua_State *L, test_alloc *m, const char *call, int from_on) {
  int ref, rc;
  long n, raised = 0;
  char *want, *got;
  CHECK(luaL_loadstring(L, call) == LUA_OK);
  ref = luaL_ref(L, LUA_REGISTRYINDEX);
  rc = run(L, m, ref);
  CHECK(rc == LUA_OK);
  want = shown(L);
  CHECK(want != NULL);
  for (n = 1;; n++) {
    long made;
    lua_pushnil(L);
    lua_setglobal(L, "R");
    lua_gc(L, LUA_GCCOLLECT, 0);
    m->fail_at = n;
    m->from_on = from_on;
    rc = run(L, m, ref);
    made = m->calls;
    /* the binding stops the collector while it fills a result: it runs
     * again after the call, whether the call raised or not */
    CHECK(lua_gc(L, LUA_GCISRUNNING, 0) == 1);
    if (rc == LUA_OK) {
      got = shown(L);
      CHECK(got && want && strcmp(got, want) == 0);
      free(got);
    } else {
      const char *msg = lua_tostring(L, -1);
      if (!msg || strcmp(msg, "not enough memory") != 0)
        fprintf(stderr, "%s\n  allocation %ld: %s\n", call, n, msg ? msg : "(no message)");
      CHECK(msg && strcmp(msg, "not enough memory") == 0);
      lua_pop(L, 1);
      raised++;
    }
    if (made < n) break; /* the failure was never reached */
  }
  luaL_unref(L, LUA_REGISTRYINDEX, ref);
  free(want);
  return raised;
}

int main(void) {
  test_alloc m;
  lua_State *L;
  size_t i;
  long raised_one = 0, raised_all = 0;
  memset(&m, 0, sizeof m);
  L = lua_newstate(test_alloc_fn, &m);
  if (!L) return 1;
  luaL_openlibs(L);
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  lua_pushcfunction(L, luaopen_verba_core);
  lua_setfield(L, -2, "verba.core");
  lua_pop(L, 1);
  if (luaL_dostring(L, setup) != LUA_OK) {
    fprintf(stderr, "alloc_lua_test: %s\n", lua_tostring(L, -1));
    return 1;
  }
  for (i = 0; i < sizeof calls / sizeof *calls; i++) {
    raised_one += drive(L, &m, calls[i], 0);
    raised_all += drive(L, &m, calls[i], 1);
  }
  lua_close(L);
  CHECK(m.live == 0);
  if (failures) {
    fprintf(stderr, "alloc_lua_test: %d failures\n", failures);
    return 1;
  }
  printf("alloc_lua_test: ok (%zu calls; \"not enough memory\" raised %ld times with one "
         "allocation failing, %ld times with all from one on)\n",
         sizeof calls / sizeof *calls, raised_one, raised_all);
  return 0;
}
