/* libFuzzer target for the lexicon: any bytes, looked up whole and token by
 * token in each case, and compiled as a user's words, give records whose
 * classes or name classes, keys and data read back sanely and stay in
 * bounds. */
#include "fuzz.h"

static void check_word(const verba_lexicon *lx, const char *s, size_t n) {
  int c;
  for (c = VERBA_CASE_LOWER; c <= VERBA_CASE_UPPER; c++) {
    uint32_t id = verba_lex_find(lx, s, n, (enum verba_lex_case)c);
    size_t klen = 0;
    const char *key, *data;
    if (id == VERBA_LEX_NONE) continue;
    /* a gazetteer's record may hold name classes alone */
    CHECK(verba_lex_classes(lx, id) != 0 || verba_lex_names(lx, id) != 0);
    key = verba_lex_key(lx, id, &klen);
    CHECK(key && klen > 0 && strlen(key) == klen);
    if ((data = verba_lex_data(lx, id)) != NULL) CHECK(strlen(data) > 0);
  }
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  verba_text t;
  verba_tokenizer tz;
  verba_token tok;
  verba_lexicon lx;
  verba_lex_word words[16];
  size_t n = 0, i;
  const char *s = (const char *)data;
  verba_text_init(&t, s, size);
  verba_lexicon_default(&lx);
  check_word(&lx, s, size);
  /* the tokens as words of a user's, with classes from their bytes */
  verba_tokens_init(&tz, &t, 0, 0);
  while (n < 16 && verba_tokens_next(&tz, &tok)) {
    words[n].s = s + tok.start;
    words[n].len = tok.end - tok.start;
    words[n].classes = (verba_classes)1 << (data[tok.start] % VERBA_LEX_NCLASSES);
    words[n].names = 0;
    n++;
  }
  for (i = 0; i < n; i++) check_word(&lx, words[i].s, words[i].len);
  if (verba_lexicon_build(&lx, words, n, NULL, NULL) == VERBA_OK) {
    for (i = 0; i < n; i++) check_word(&lx, words[i].s, words[i].len);
    check_word(&lx, s, size);
  }
  verba_lexicon_free(&lx);
  return 0;
}
