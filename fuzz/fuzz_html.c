/* libFuzzer target: HTML (verba_html_decode, verba_html_text) with every
 * flag and a skip list. The map starts at text 0 with runs in text order;
 * every text byte's source is inside the page and never before an
 * earlier byte's, its source end after its source; a copied byte is the
 * page's byte (or a space for its white space, a line feed for a CR in
 * pre); with VERBA_HTML_REPLACE, or a page of valid UTF-8, the text is
 * valid UTF-8; decoding a page without '&' changes nothing; the same
 * twice, into a reused result; dropping the text keeps the map. */
#include "fuzz.h"

static void check_map(const verba_html *h, const char *page, size_t len) {
  size_t i, last = 0;
  CHECK(h->src_len == len);
  CHECK(h->len == 0 || (h->nruns > 0 && h->runs[0].text == 0));
  for (i = 0; i < h->nruns; i++) {
    const verba_html_run *r = &h->runs[i];
    size_t next = i + 1 < h->nruns ? h->runs[i + 1].text : h->len, k;
    CHECK(r->text < h->len || (h->len == 0 && r->text == 0));
    CHECK(i == 0 || r->text > h->runs[i - 1].text);
    CHECK((size_t)r->src + r->span <= len);
    /* a copy: white space may be a space, and in pre a CR a line feed */
    if (r->span == 0 && h->text)
      for (k = r->text; k < next; k++) {
        char from;
        CHECK(r->src + (k - r->text) < len);
        from = page[r->src + (k - r->text)];
        CHECK(h->text[k] == from || h->text[k] == ' ' || (h->text[k] == '\n' && from == '\r'));
      }
  }
  for (i = 0; i < h->len; i++) {
    size_t src = verba_html_source(h, i), end = verba_html_source_end(h, i);
    CHECK(src >= last && src < len && end > src && end <= len);
    last = src;
  }
}

static void same_html(const verba_html *a, const verba_html *b) {
  CHECK(a->len == b->len && a->nruns == b->nruns);
  CHECK(a->len == 0 || memcmp(a->text, b->text, a->len) == 0);
  CHECK(a->nruns == 0 || memcmp(a->runs, b->runs, a->nruns * sizeof *a->runs) == 0);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  unsigned bits = take_options(&data, &size);
  const char *page = (const char *)data;
  verba_html h, again;
  verba_html_opts opts;
  verba_phrase skip[2] = {{"nav", 3}, {"aside", 5}};
  size_t bad;
  int valid = verba_validate(page, size, &bad) == VERBA_OK;
  unsigned flags = bits & (VERBA_HTML_REPLACE | VERBA_HTML_ATTRIBUTE);
  verba_html_init(&h, NULL, NULL);
  verba_html_init(&again, NULL, NULL);

  CHECK(verba_html_decode(&h, page, size, flags) == VERBA_OK);
  if ((flags & VERBA_HTML_REPLACE) || valid)
    CHECK(verba_validate(h.text, h.len, &bad) == VERBA_OK);
  if (!(flags & VERBA_HTML_REPLACE) && !memchr(page, '&', size))
    CHECK(h.len == size && (size == 0 || memcmp(h.text, page, size) == 0));
  check_map(&h, page, size);
  CHECK(verba_html_decode(&again, page, size, flags) == VERBA_OK);
  same_html(&h, &again);

  opts.flags = (bits & VERBA_HTML_REPLACE) | (bits & 8 ? VERBA_HTML_TITLE : 0);
  opts.skip = skip;
  opts.nskip = bits >> 4 & 3 ? (bits >> 4 & 1) + 1 : 0;
  CHECK(verba_html_text(&h, page, size, &opts) == VERBA_OK);
  if ((opts.flags & VERBA_HTML_REPLACE) || valid)
    CHECK(verba_validate(h.text, h.len, &bad) == VERBA_OK);
  check_map(&h, page, size);
  CHECK(verba_html_text(&again, page, size, &opts) == VERBA_OK);
  same_html(&h, &again);
  verba_html_drop_text(&again);
  CHECK(again.text == NULL && again.len == h.len);
  check_map(&again, page, size);
  verba_html_free(&h);
  verba_html_free(&again);
  return 0;
}
