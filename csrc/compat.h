/* The few Lua C API differences between 5.1/LuaJIT, 5.2/5.3 and 5.4 that
 * the binding meets, in one place. */
#ifndef VERBA_COMPAT_H
#define VERBA_COMPAT_H

#include <lua.h>
#include <lauxlib.h>

/* 5.1 lacks luaL_newlib; LuaJIT 2.1 has it. */
#if LUA_VERSION_NUM < 502 && !defined(luaL_newlib)
#define luaL_newlib(L, l) (lua_newtable(L), luaL_register(L, NULL, l))
#endif

/* 5.1 and LuaJIT call lua_rawlen lua_objlen. */
#if LUA_VERSION_NUM < 502
#define lua_rawlen lua_objlen
#endif

/* 5.1 lacks luaL_setmetatable (LuaJIT 2.1 has it as a function: the
 * macro serves both). */
#if LUA_VERSION_NUM < 502
#define luaL_setmetatable(L, name) \
  (luaL_getmetatable(L, name), lua_setmetatable(L, -2))
#endif

#endif
