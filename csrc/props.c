/* Stage 2: character properties from the generated two-stage table. */
#include "verba.h"
#include "props_data.h"

#define VB_WB_MASK ((1u << VB_PROPS_SB_SHIFT) - 1)
#define VB_SB_MASK ((1u << (VB_PROPS_EP_SHIFT - VB_PROPS_SB_SHIFT)) - 1)

static unsigned props(int32_t cp) {
  if (cp < 0 || cp > 0x10FFFF) return 0;
  return vb_props_stage2[vb_props_stage1[cp / VB_PROPS_BLOCK] * VB_PROPS_BLOCK +
                         cp % VB_PROPS_BLOCK];
}

enum verba_wb verba_word_break(int32_t cp) {
  return (enum verba_wb)(props(cp) & VB_WB_MASK);
}

enum verba_sb verba_sentence_break(int32_t cp) {
  return (enum verba_sb)((props(cp) >> VB_PROPS_SB_SHIFT) & VB_SB_MASK);
}

int verba_extended_pictographic(int32_t cp) {
  return (int)((props(cp) >> VB_PROPS_EP_SHIFT) & 1u);
}

const char *verba_unicode_version(void) { return VB_PROPS_UNICODE_VERSION; }
