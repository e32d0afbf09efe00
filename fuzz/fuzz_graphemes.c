/* libFuzzer target: extended grapheme clusters (verba_grapheme_end),
 * checked by check_segmentation (fuzz.h). */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  check_segmentation(data, size, verba_grapheme_end);
  return 0;
}
