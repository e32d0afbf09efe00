/* Memory helpers the core's files share (private): the allocator used when
 * the caller gives none, and the growth of an array through an allocator.
 * Static inline, so that each file that includes this header has them and
 * no symbol leaves the library. */
#ifndef VERBA_MEMORY_H
#define VERBA_MEMORY_H

#include <stdlib.h>
#include "verba.h"

/* A verba_alloc_fn on the C library: free at size 0, else realloc. */
static inline void *verba_default_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  (void)ud;
  (void)osize;
  if (nsize == 0) {
    free(ptr);
    return NULL;
  }
  return realloc(ptr, nsize);
}

/* Makes room for need items in the array *items of *cap items of size
 * bytes, doubling from first items (or from *cap); VERBA_OK, or
 * VERBA_ENOMEM with the array unchanged (also when the size would not fit
 * in a size_t). */
static inline int verba_grow(verba_alloc_fn alloc, void *ud, void **items, size_t *cap,
                             size_t need, size_t size, size_t first) {
  size_t ncap = *cap ? *cap : first;
  void *p;
  if (need <= *cap) return VERBA_OK;
  while (ncap < need) {
    if (ncap > (size_t)-1 / 2 / size) return VERBA_ENOMEM;
    ncap *= 2;
  }
  p = alloc(ud, *items, *cap * size, ncap * size);
  if (!p) return VERBA_ENOMEM;
  *items = p;
  *cap = ncap;
  return VERBA_OK;
}

#endif
