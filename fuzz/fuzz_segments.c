/* libFuzzer target: UAX #29 word segments (verba_word_end), checked by
 * check_segmentation (fuzz.h). */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  check_segmentation(data, size, verba_word_end);
  return 0;
}
