/* What the C checks of spec/ share: CHECK, which counts a failed
 * condition and names it, and an allocator with lua_Alloc's contract
 * that fails its fail_at-th call (0: never), or with from_on every call
 * from there, and counts the blocks it has handed out. */
#ifndef VERBA_SPEC_CHECK_H
#define VERBA_SPEC_CHECK_H

#include <stdio.h>
#include <stdlib.h>

static int failures;

#define CHECK(cond)                                                      \
  do {                                                                   \
    if (!(cond)) {                                                       \
      failures++;                                                        \
      fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                    \
  } while (0)

typedef struct test_alloc {
  long calls, fail_at, live;
  int from_on;
} test_alloc;

static inline void *test_alloc_fn(void *ud, void *ptr, size_t osize, size_t nsize) {
  test_alloc *a = (test_alloc *)ud;
  void *p;
  (void)osize;
  if (nsize == 0) {
    if (ptr) a->live--;
    free(ptr);
    return NULL;
  }
  a->calls++;
  if (a->fail_at && (a->calls == a->fail_at || (a->from_on && a->calls > a->fail_at)))
    return NULL;
  p = realloc(ptr, nsize);
  if (p && !ptr) a->live++;
  return p;
}

#endif
