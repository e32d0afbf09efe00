/* HTML input: character references by the HTML tokenizer's rules, and
 * article pages to plain text with a map back to the page's bytes.
 *
 * One forward pass. What is scanned is consumed: an unclosed comment, tag,
 * quoted attribute value or script runs to the end of the page, as in a
 * browser. The look-aheads that are not consumed are bounded (a reference
 * name is at most HTML_ENTITY_NAME_MAX bytes) or remembered (a missing
 * "]]>"), so the time is linear in the page whatever it holds, and no
 * recursion follows the nesting of elements. */
#include <stdlib.h>
#include <string.h>
#include "memory.h"
#include "verba.h"
#include "html_internal.h"

/* ---- output: the text and its runs ---------------------------------------- */

static void *html_realloc(verba_html *h, void *p, size_t osize, size_t nsize) {
  return (h->alloc ? h->alloc : verba_default_alloc)(h->alloc_ud, p, osize, nsize);
}

void verba_html_init(verba_html *h, verba_alloc_fn alloc, void *ud) {
  memset(h, 0, sizeof *h);
  h->alloc = alloc;
  h->alloc_ud = ud;
}

void verba_html_free(verba_html *h) {
  html_realloc(h, h->text, h->textcap, 0);
  html_realloc(h, h->runs, h->runcap * sizeof *h->runs, 0);
  h->text = NULL;
  h->runs = NULL;
  h->len = h->textcap = h->nruns = h->runcap = 0;
}

void verba_html_drop_text(verba_html *h) {
  verba_html_run *runs;
  html_realloc(h, h->text, h->textcap, 0);
  h->text = NULL;
  h->textcap = 0;
  if (h->nruns == h->runcap) return;
  runs = (verba_html_run *)html_realloc(h, h->runs,
                                        h->runcap * sizeof *h->runs,
                                        h->nruns * sizeof *h->runs);
  /* a block that cannot shrink is kept as it is */
  if (runs || h->nruns == 0) {
    h->runs = runs;
    h->runcap = h->nruns;
  }
}

/* What a pass over the HTML reads and writes. The fields after rc serve
 * verba_html_text only. */
typedef struct page {
  verba_html *h;
  verba_text t;
  unsigned flags;
  int rc; /* VERBA_ENOMEM once an allocation failed: the rest is skipped */
  const verba_html_opts *opts;
  /* White space and breaks wait for the next character that shows, so
   * none is left at the start or the end of the text or of a paragraph. */
  int space, breaks; /* breaks: 1 a line break, 2 a blank line */
  size_t space_at, space_span, break_at, break_span;
  size_t pre;         /* depth of open pre and listing elements */
  size_t pre_newline; /* a newline here, right after <pre>, is dropped */
  /* The element whose content is being dropped, and how many of it are
   * open (a template in a template). */
  const unsigned char *skipping;
  size_t skip_len, skip_depth;
  size_t no_cdata_end; /* no "]]>" at or after this offset */
} page;

static void begin(page *pg, verba_html *h, const char *s, size_t len,
                  unsigned flags) {
  memset(pg, 0, sizeof *pg);
  pg->h = h;
  verba_text_init(&pg->t, s, len);
  pg->flags = flags;
  pg->rc = VERBA_OK;
  pg->pre_newline = VERBA_NONE;
  pg->no_cdata_end = VERBA_NONE;
  h->len = h->nruns = 0;
  h->src_len = len;
  if (len >= VERBA_HTML_MAX) pg->rc = VERBA_ENOMEM; /* offsets are 32 bits */
}

static int finish(page *pg) {
  if (pg->rc != VERBA_OK) pg->h->len = pg->h->nruns = 0;
  return pg->rc;
}

/* Makes room for more text bytes and one more run. */
static int reserve(page *pg, size_t more) {
  verba_html *h = pg->h;
  if (pg->rc != VERBA_OK) return pg->rc;
  if (more > VERBA_HTML_MAX - h->len) return pg->rc = VERBA_ENOMEM;
  if (h->textcap - h->len < more) {
    size_t cap = h->textcap ? h->textcap : 256;
    char *text;
    while (cap - h->len < more) {
      if (cap > (size_t)-1 / 2) return pg->rc = VERBA_ENOMEM;
      cap *= 2;
    }
    text = (char *)html_realloc(h, h->text, h->textcap, cap);
    if (!text) return pg->rc = VERBA_ENOMEM;
    h->text = text;
    h->textcap = cap;
  }
  if (h->nruns == h->runcap) {
    size_t cap = h->runcap ? h->runcap * 2 : 16;
    verba_html_run *runs;
    if (cap > (size_t)-1 / sizeof *runs) return pg->rc = VERBA_ENOMEM;
    runs = (verba_html_run *)html_realloc(h, h->runs,
                                          h->runcap * sizeof *runs,
                                          cap * sizeof *runs);
    if (!runs) return pg->rc = VERBA_ENOMEM;
    h->runs = runs;
    h->runcap = cap;
  }
  return VERBA_OK;
}

static void append(verba_html *h, const char *bytes, size_t n, size_t src,
                   size_t span) {
  verba_html_run *run = &h->runs[h->nruns++];
  /* begin and reserve keep every offset below VERBA_HTML_MAX */
  run->text = (uint32_t)h->len;
  run->src = (uint32_t)src;
  run->span = (uint32_t)span;
  memcpy(h->text + h->len, bytes, n);
  h->len += n;
}

/* Appends n bytes that stand one to one for the HTML's bytes at src. */
static void put_copy(page *pg, const char *bytes, size_t n, size_t src) {
  verba_html *h = pg->h;
  const verba_html_run *last;
  if (n == 0 || reserve(pg, n) != VERBA_OK) return;
  last = h->nruns ? &h->runs[h->nruns - 1] : NULL;
  if (last && last->span == 0 && last->src + (h->len - last->text) == src) {
    memcpy(h->text + h->len, bytes, n); /* the last run goes on */
    h->len += n;
    return;
  }
  append(h, bytes, n, src, 0);
}

/* Appends n bytes made by the construct at src, span bytes long. */
static void put_made(page *pg, const char *bytes, size_t n, size_t src,
                     size_t span) {
  if (n == 0 || reserve(pg, n) != VERBA_OK) return;
  append(pg->h, bytes, n, src, span);
}

#define REPLACEMENT_UTF8 "\xEF\xBF\xBD"

/* Copies the HTML's bytes [from, to) as they are, or with
 * VERBA_HTML_REPLACE each malformed UTF-8 byte as U+FFFD. */
static void put_plain(page *pg, size_t from, size_t to) {
  const unsigned char *s = pg->t.s;
  size_t pos = from;
  int32_t cp;
  if (!(pg->flags & VERBA_HTML_REPLACE)) {
    put_copy(pg, (const char *)s + from, to - from, from);
    return;
  }
  while (pos < to) {
    size_t n = s[pos] < 0x80 ? 1 : verba_decode(&pg->t, pos, &cp);
    if (n == 1 && s[pos] >= 0x80) { /* malformed: verba_decode's U+FFFD */
      put_copy(pg, (const char *)s + from, pos - from, from);
      put_made(pg, REPLACEMENT_UTF8, 3, pos, 1);
      from = pos + 1;
    }
    pos += n;
  }
  put_copy(pg, (const char *)s + from, to - from, from);
}

/* ---- character references (read in html_references.c) --------------------- */

int verba_html_decode(verba_html *h, const char *s, size_t len,
                      unsigned flags) {
  page pg;
  size_t pos = 0;
  begin(&pg, h, s, len, flags);
  while (pos < len && pg.rc == VERBA_OK) {
    const unsigned char *amp =
        (const unsigned char *)memchr(pg.t.s + pos, '&', len - pos);
    size_t at = amp ? (size_t)(amp - pg.t.s) : len, n;
    reference ref;
    put_plain(&pg, pos, at);
    if (at == len) break;
    n = verba_html_read_reference(pg.t.s, len, at, (flags & VERBA_HTML_ATTRIBUTE) != 0, &ref);
    if (n) put_made(&pg, ref.value, ref.value_len, at, n);
    else put_copy(&pg, "&", 1, at);
    pos = at + (n ? n : 1);
  }
  return finish(&pg);
}

/* ---- the map -------------------------------------------------------------- */

/* The run holding text byte pos: the last that starts at or before it. */
static const verba_html_run *run_of(const verba_html *h, size_t pos) {
  size_t lo = 0, hi = h->nruns;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (h->runs[mid].text <= pos) lo = mid;
    else hi = mid;
  }
  return &h->runs[lo];
}

size_t verba_html_source(const verba_html *h, size_t pos) {
  const verba_html_run *r;
  if (h->nruns == 0) return 0;
  r = run_of(h, pos);
  return r->span ? r->src : r->src + (pos - r->text);
}

size_t verba_html_source_end(const verba_html *h, size_t pos) {
  const verba_html_run *r;
  if (h->nruns == 0) return 0;
  r = run_of(h, pos);
  return r->span ? r->src + r->span : r->src + (pos - r->text) + 1;
}

/* ---- elements ------------------------------------------------------------- */

/* How an element's tags lay out the text around them. */
enum layout {
  INLINE, /* nothing: <b>bold</b>face is "boldface" */
  CELL,   /* a space between table cells */
  LINE,   /* a line break: br */
  BLOCK   /* a blank line: a paragraph ends */
};

/* What becomes of an element's content. */
enum content {
  NORMAL,
  VOID,        /* none: no end tag */
  PRE,         /* white space kept */
  SKIP,        /* dropped, tags and all, up to the matching end tag */
  RAW_DROP,    /* raw text (no tags inside), dropped: script, style */
  TITLE,       /* RCDATA (references, no tags), kept on request */
  RAW_PRE,     /* raw text shown as it is: xmp */
  PLAINTEXT    /* the rest of the page is text */
};

typedef struct element {
  const char *name;
  unsigned char layout, content;
} element;

/* Sorted by name (strcmp). Elements not here are inline with normal
 * content. Skipped: what a reader of the page does not see as its text
 * (a video's fallback, an icon's labels, form fields' content). */
static const element elements[] = {
  {"address", BLOCK, NORMAL},    {"area", INLINE, VOID},
  {"article", BLOCK, NORMAL},    {"aside", BLOCK, NORMAL},
  {"audio", INLINE, SKIP},       {"base", INLINE, VOID},
  {"blockquote", BLOCK, NORMAL}, {"body", BLOCK, NORMAL},
  {"br", LINE, VOID},            {"canvas", INLINE, SKIP},
  {"caption", BLOCK, NORMAL},    {"center", BLOCK, NORMAL},
  {"col", INLINE, VOID},         {"dd", BLOCK, NORMAL},
  {"details", BLOCK, NORMAL},    {"dialog", BLOCK, NORMAL},
  {"dir", BLOCK, NORMAL},        {"div", BLOCK, NORMAL},
  {"dl", BLOCK, NORMAL},         {"dt", BLOCK, NORMAL},
  {"embed", INLINE, VOID},       {"fieldset", BLOCK, NORMAL},
  {"figcaption", BLOCK, NORMAL}, {"figure", BLOCK, NORMAL},
  {"footer", BLOCK, NORMAL},     {"form", BLOCK, NORMAL},
  {"h1", BLOCK, NORMAL},         {"h2", BLOCK, NORMAL},
  {"h3", BLOCK, NORMAL},         {"h4", BLOCK, NORMAL},
  {"h5", BLOCK, NORMAL},         {"h6", BLOCK, NORMAL},
  {"header", BLOCK, NORMAL},     {"hgroup", BLOCK, NORMAL},
  {"hr", BLOCK, VOID},           {"iframe", INLINE, RAW_DROP},
  {"img", INLINE, VOID},         {"input", INLINE, VOID},
  {"legend", BLOCK, NORMAL},     {"li", BLOCK, NORMAL},
  {"link", INLINE, VOID},        {"listing", BLOCK, PRE},
  {"main", BLOCK, NORMAL},       {"menu", BLOCK, NORMAL},
  {"meta", INLINE, VOID},        {"nav", BLOCK, NORMAL},
  {"noembed", INLINE, RAW_DROP}, {"noframes", INLINE, RAW_DROP},
  {"noscript", INLINE, RAW_DROP}, {"ol", BLOCK, NORMAL},
  {"p", BLOCK, NORMAL},          {"param", INLINE, VOID},
  {"plaintext", BLOCK, PLAINTEXT}, {"pre", BLOCK, PRE},
  {"script", INLINE, RAW_DROP},  {"section", BLOCK, NORMAL},
  {"source", INLINE, VOID},      {"style", INLINE, RAW_DROP},
  {"summary", BLOCK, NORMAL},    {"svg", INLINE, SKIP},
  {"table", BLOCK, NORMAL},      {"tbody", BLOCK, NORMAL},
  {"td", CELL, NORMAL},          {"template", INLINE, SKIP},
  {"textarea", INLINE, RAW_DROP}, {"tfoot", BLOCK, NORMAL},
  {"th", CELL, NORMAL},          {"thead", BLOCK, NORMAL},
  {"title", BLOCK, TITLE},       {"tr", BLOCK, NORMAL},
  {"track", INLINE, VOID},       {"ul", BLOCK, NORMAL},
  {"video", INLINE, SKIP},       {"wbr", INLINE, VOID},
  {"xmp", BLOCK, RAW_PRE}
};

/* Compares the tag name p[0, n) (any case) with a lower-case name. */
static int compare_tag(const unsigned char *p, size_t n, const char *lower,
                       size_t m) {
  size_t i, k = n < m ? n : m;
  for (i = 0; i < k; i++) {
    unsigned a = fold(p[i]), b = (unsigned char)lower[i];
    if (a != b) return a < b ? -1 : 1;
  }
  return n < m ? -1 : n > m;
}

static const element *find_element(const unsigned char *name, size_t n) {
  size_t lo = 0, hi = sizeof elements / sizeof *elements;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const char *e = elements[mid].name;
    int c = compare_tag(name, n, e, strlen(e));
    if (c == 0) return &elements[mid];
    if (c > 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

static int same_name(const unsigned char *a, const unsigned char *b,
                     size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (fold(a[i]) != fold(b[i])) return 0;
  return 1;
}

/* Is the tag name one the caller asked to skip? */
static int user_skips(const page *pg, const unsigned char *name, size_t n) {
  size_t i;
  if (!pg->opts) return 0;
  for (i = 0; i < pg->opts->nskip; i++) {
    const verba_phrase *w = &pg->opts->skip[i];
    if (compare_tag(name, n, w->s, w->len) == 0) return 1;
  }
  return 0;
}

/* ---- text: white space, breaks, characters -------------------------------- */

/* Writes the white space or break that waits, now that a character shows:
 * a break only as far as the text does not already end in newlines (the
 * end of a pre), nothing at the start of the text. */
static void flush(page *pg) {
  verba_html *h = pg->h;
  if (h->len > 0 && pg->breaks) {
    int have = 0;
    if (h->text[h->len - 1] == '\n')
      have = h->len > 1 && h->text[h->len - 2] == '\n' ? 2 : 1;
    if (pg->breaks > have)
      put_made(pg, "\n\n", (size_t)(pg->breaks - have), pg->break_at,
               pg->break_span);
  } else if (h->len > 0 && pg->space) {
    if (pg->space_span) put_made(pg, " ", 1, pg->space_at, pg->space_span);
    else put_copy(pg, " ", 1, pg->space_at);
  }
  pg->space = pg->breaks = 0;
}

static void show(page *pg, size_t at, size_t n) {
  flush(pg);
  put_copy(pg, (const char *)pg->t.s + at, n, at);
}

static void show_made(page *pg, const char *bytes, size_t n, size_t at,
                      size_t span) {
  flush(pg);
  put_made(pg, bytes, n, at, span);
}

/* White space in the flow: one space before the next character that
 * shows, unless a break comes first. It maps to the first white space
 * byte (or to the construct that made it). */
static void white(page *pg, size_t at, size_t span) {
  if (pg->space || pg->breaks) return;
  pg->space = 1;
  pg->space_at = at;
  pg->space_span = span;
}

/* A break of level 1 (a line) or 2 (a paragraph), made by the tag at
 * [at, at + span): the strongest break asked for between two characters
 * wins, mapped to the first tag that asked for it. */
static void request_break(page *pg, int level, size_t at, size_t span) {
  if (level <= pg->breaks) return;
  pg->breaks = level;
  pg->break_at = at;
  pg->break_span = span;
}

static void lay_out(page *pg, const element *el, size_t at, size_t span) {
  if (!el) return;
  switch (el->layout) {
    case CELL: white(pg, at, span); break;
    /* two br in a row make a blank line, as a reader sees it */
    case LINE:
      request_break(pg, pg->breaks < 2 ? pg->breaks + 1 : 2, at, span);
      break;
    case BLOCK: request_break(pg, 2, at, span); break;
    default: break;
  }
}

/* The reference or '&' at pos in text; returns the offset after it. */
static size_t text_reference(page *pg, size_t pos) {
  reference ref;
  size_t n = verba_html_read_reference(pg->t.s, pg->t.len, pos, 0, &ref);
  if (n == 0) {
    show(pg, pos, 1);
    return pos + 1;
  }
  /* &#32; is white space as a space is (&nbsp; is not white space) */
  if (ref.value_len == 1 && is_space((unsigned char)ref.value[0]) && !pg->pre)
    white(pg, pos, n);
  else
    show_made(pg, ref.value, ref.value_len, pos, n);
  return pos + n;
}

/* White space at pos; returns the offset after what it handled. */
static size_t text_space(page *pg, size_t pos, size_t to) {
  const unsigned char *s = pg->t.s;
  if (pg->pre) {
    /* the HTML parser reads CR LF and a lone CR as one line feed */
    if (s[pos] != '\r') {
      show(pg, pos, 1);
      return pos + 1;
    }
    flush(pg);
    put_copy(pg, "\n", 1, pos);
    return pos + 1 < to && s[pos + 1] == '\n' ? pos + 2 : pos + 1;
  }
  white(pg, pos, 0);
  while (pos < to && is_space(s[pos])) pos++;
  return pos;
}

/* Characters that show, from pos up to the next '&', '<' (with tags), white
 * space (in pre only CR) or malformed byte (with VERBA_HTML_REPLACE, which
 * makes it U+FFFD). Returns the offset after them. */
static size_t text_run(page *pg, size_t pos, size_t to, int tags) {
  const unsigned char *s = pg->t.s;
  int replace = (pg->flags & VERBA_HTML_REPLACE) != 0;
  size_t end = pos;
  int32_t cp;
  while (end < to) {
    unsigned c = s[end];
    if (c >= 0x80) {
      size_t n = replace ? verba_decode(&pg->t, end, &cp) : 1;
      if (n == 1 && replace) break;
      end += n;
      continue;
    }
    if (c == '&' || (c == '<' && tags)) break;
    if (c <= ' ' && is_space(c) && (!pg->pre || c == '\r')) break;
    end++;
  }
  if (end > pos) {
    show(pg, pos, end - pos);
    return end;
  }
  show_made(pg, REPLACEMENT_UTF8, 3, pos, 1);
  return pos + 1;
}

/* ---- markup --------------------------------------------------------------- */

/* Offset past the '>' at or after from, or len: a bogus comment (<!x>,
 * <?x>, </ x>) and a doctype end there. */
static size_t bogus_comment_end(const unsigned char *s, size_t len,
                                size_t from) {
  const unsigned char *gt =
      from < len ? (const unsigned char *)memchr(s + from, '>', len - from)
                 : NULL;
  return gt ? (size_t)(gt - s) + 1 : len;
}

/* Offset past the comment whose text starts at from (after "<!--"): past
 * "-->" or "--!>", or past "<!-->" and "<!--->", or len. */
static size_t comment_end(const unsigned char *s, size_t len, size_t from) {
  size_t pos = from;
  if (from < len && s[from] == '>') return from + 1;
  if (from + 1 < len && s[from] == '-' && s[from + 1] == '>') return from + 2;
  while (pos < len) {
    const unsigned char *gt =
        (const unsigned char *)memchr(s + pos, '>', len - pos);
    size_t g;
    if (!gt) return len;
    g = (size_t)(gt - s);
    if (g >= from + 2 && s[g - 1] == '-' && s[g - 2] == '-') return g + 1;
    if (g >= from + 3 && s[g - 1] == '!' && s[g - 2] == '-' && s[g - 3] == '-')
      return g + 1;
    pos = g + 1;
  }
  return len;
}

/* Offset past the "]]>" that ends the CDATA section at pos ("<![CDATA["),
 * or, with none, past the first '>' as the HTML parser reads it (a bogus
 * comment). A failed search is remembered, so that many unterminated
 * sections do not each scan to the end. */
static size_t cdata_end(page *pg, size_t pos) {
  const unsigned char *s = pg->t.s;
  size_t len = pg->t.len, from = pos + 9, p = from;
  if (from < pg->no_cdata_end) {
    while (p < len) {
      const unsigned char *gt =
          (const unsigned char *)memchr(s + p, '>', len - p);
      size_t g;
      if (!gt) break;
      g = (size_t)(gt - s);
      if (g >= from + 2 && s[g - 1] == ']' && s[g - 2] == ']') return g + 1;
      p = g + 1;
    }
    pg->no_cdata_end = from;
  }
  return bogus_comment_end(s, len, pos + 2);
}

/* Length of the tag name at from: up to white space, '/' or '>'. */
static size_t tag_name_length(const unsigned char *s, size_t len,
                              size_t from) {
  size_t p = from;
  while (p < len && !is_space(s[p]) && s[p] != '/' && s[p] != '>') p++;
  return p - from;
}

/* The tokenizer's states between a tag's name and its '>'. */
enum tag_state {
  BEFORE_ATTRIBUTE, ATTRIBUTE_NAME, AFTER_ATTRIBUTE_NAME, BEFORE_VALUE,
  UNQUOTED_VALUE, AFTER_QUOTED_VALUE, SELF_CLOSING
};

/* Offset past the '>' that ends the tag whose name ends at pos, read as
 * the HTML tokenizer reads attributes ('>' inside a quoted value does not
 * end it), or VERBA_NONE if the page ends first. */
static size_t tag_end(const unsigned char *s, size_t len, size_t pos,
                      int *self_closing) {
  enum tag_state state = BEFORE_ATTRIBUTE;
  *self_closing = 0;
  while (pos < len) {
    unsigned c = s[pos];
    switch (state) {
      case SELF_CLOSING:
        if (c == '>') {
          *self_closing = 1;
          return pos + 1;
        }
        state = BEFORE_ATTRIBUTE;
        continue; /* read c again */
      case BEFORE_ATTRIBUTE:
      case AFTER_ATTRIBUTE_NAME:
        if (c == '/') state = SELF_CLOSING;
        else if (c == '>') return pos + 1;
        else if (c == '=' && state == AFTER_ATTRIBUTE_NAME) state = BEFORE_VALUE;
        else if (!is_space(c)) state = ATTRIBUTE_NAME;
        break;
      case ATTRIBUTE_NAME:
        if (is_space(c)) state = AFTER_ATTRIBUTE_NAME;
        else if (c == '/') state = SELF_CLOSING;
        else if (c == '>') return pos + 1;
        else if (c == '=') state = BEFORE_VALUE;
        break;
      case BEFORE_VALUE:
        if (c == '"' || c == '\'') {
          const unsigned char *q = (const unsigned char *)memchr(
              s + pos + 1, (int)c, len - pos - 1);
          if (!q) return VERBA_NONE;
          pos = (size_t)(q - s) + 1;
          state = AFTER_QUOTED_VALUE;
          continue;
        }
        if (c == '>') return pos + 1;
        if (!is_space(c)) state = UNQUOTED_VALUE;
        break;
      case UNQUOTED_VALUE:
        if (is_space(c)) state = BEFORE_ATTRIBUTE;
        else if (c == '>') return pos + 1;
        break;
      case AFTER_QUOTED_VALUE:
        if (c == '/') state = SELF_CLOSING;
        else if (c == '>') return pos + 1;
        else {
          state = BEFORE_ATTRIBUTE;
          if (!is_space(c)) continue; /* read c again */
        }
        break;
    }
    pos++;
  }
  return VERBA_NONE;
}

/* Offset of the end tag "</name" that ends raw text starting at from (the
 * name followed by white space, '/' or '>'), or len. */
static size_t raw_text_end(const unsigned char *s, size_t len, size_t from,
                           const unsigned char *name, size_t n) {
  size_t pos = from;
  while (pos < len) {
    const unsigned char *lt =
        (const unsigned char *)memchr(s + pos, '<', len - pos);
    size_t p, after;
    if (!lt) return len;
    p = (size_t)(lt - s);
    after = p + 2 + n;
    if (after <= len && s[p + 1] == '/' && same_name(s + p + 2, name, n) &&
        (after == len || is_space(s[after]) || s[after] == '/' ||
         s[after] == '>'))
      return p;
    pos = p + 1;
  }
  return len;
}

static void scan(page *pg, size_t pos, size_t to, int tags);

static void start_skipping(page *pg, const unsigned char *name, size_t n) {
  pg->skipping = name;
  pg->skip_len = n;
  pg->skip_depth = 1;
}

/* The start tag at pos ('<' and a letter); returns the offset after what
 * it handled: the tag, or the raw text that follows it. */
static size_t start_tag(page *pg, size_t pos) {
  const unsigned char *s = pg->t.s, *name = s + pos + 1;
  size_t len = pg->t.len, n = tag_name_length(s, len, pos + 1), end, stop;
  int self_closing;
  const element *el;
  end = tag_end(s, len, pos + 1 + n, &self_closing);
  if (end == VERBA_NONE) return len; /* the page ends in the tag */
  el = find_element(name, n);
  if (pg->skip_depth) {
    if (!self_closing && n == pg->skip_len && same_name(name, pg->skipping, n))
      pg->skip_depth++;
    /* raw text cannot hold the end tag of what is skipped */
    if (el && el->content >= RAW_DROP) return raw_text_end(s, len, end, name, n);
    return end;
  }
  lay_out(pg, el, pos, end - pos);
  if ((!el || el->content == NORMAL || el->content == PRE) && !self_closing &&
      user_skips(pg, name, n)) {
    start_skipping(pg, name, n);
    return end;
  }
  if (!el) return end;
  switch (el->content) {
    case PRE:
      pg->pre++;
      pg->pre_newline = end;
      return end;
    case SKIP:
      if (!self_closing) start_skipping(pg, name, n);
      return end;
    case RAW_DROP:
      return raw_text_end(s, len, end, name, n);
    case TITLE:
      stop = raw_text_end(s, len, end, name, n);
      if (pg->flags & VERBA_HTML_TITLE) scan(pg, end, stop, 0);
      return stop;
    case RAW_PRE:
      stop = raw_text_end(s, len, end, name, n);
      pg->pre++;
      scan(pg, end, stop, 0);
      pg->pre--;
      return stop;
    case PLAINTEXT:
      pg->pre++;
      scan(pg, end, len, 0);
      return len;
    default:
      return end;
  }
}

/* The end tag at pos ("</" and a letter); returns the offset after it. */
static size_t end_tag(page *pg, size_t pos) {
  const unsigned char *s = pg->t.s, *name = s + pos + 2;
  size_t len = pg->t.len, n = tag_name_length(s, len, pos + 2), end;
  int self_closing;
  const element *el;
  end = tag_end(s, len, pos + 2 + n, &self_closing);
  if (end == VERBA_NONE) return len;
  el = find_element(name, n);
  if (pg->skip_depth) {
    if (n == pg->skip_len && same_name(name, pg->skipping, n) &&
        --pg->skip_depth == 0)
      lay_out(pg, el, pos, end - pos);
    return end;
  }
  lay_out(pg, el, pos, end - pos);
  if (el && el->content == PRE && pg->pre) pg->pre--;
  return end;
}

/* The markup at pos ('<'); returns the offset after it. A '<' that starts
 * no markup is a character. */
static size_t markup(page *pg, size_t pos) {
  const unsigned char *s = pg->t.s;
  size_t len = pg->t.len;
  unsigned c1 = pos + 1 < len ? s[pos + 1] : 0;
  unsigned c2 = pos + 2 < len ? s[pos + 2] : 0;
  if (c1 == '!') {
    if (c2 == '-' && pos + 3 < len && s[pos + 3] == '-')
      return comment_end(s, len, pos + 4);
    if (len - pos >= 9 && memcmp(s + pos, "<![CDATA[", 9) == 0)
      return cdata_end(pg, pos);
    return bogus_comment_end(s, len, pos + 2); /* <!DOCTYPE html> too */
  }
  if (c1 == '?') return bogus_comment_end(s, len, pos + 2);
  if (c1 == '/' && is_alpha(c2)) return end_tag(pg, pos);
  if (c1 == '/' && c2 == '>') return pos + 3; /* </> is nothing */
  if (c1 == '/' && pos + 2 < len) return bogus_comment_end(s, len, pos + 2);
  if (is_alpha(c1)) return start_tag(pg, pos);
  if (!pg->skip_depth) show(pg, pos, 1);
  return pos + 1;
}

/* Reads [pos, to): markup when tags is set, else only characters (the
 * text of a title or an xmp). */
static void scan(page *pg, size_t pos, size_t to, int tags) {
  const unsigned char *s = pg->t.s;
  while (pos < to && pg->rc == VERBA_OK) {
    unsigned c = s[pos];
    if (pg->skip_depth) { /* only tags matter until the end tag */
      const unsigned char *lt =
          (const unsigned char *)memchr(s + pos, '<', to - pos);
      if (!lt) return;
      pos = markup(pg, (size_t)(lt - s));
    } else if (c == '<' && tags) {
      pos = markup(pg, pos);
    } else if (c == '&') {
      pos = text_reference(pg, pos);
    } else if (pos == pg->pre_newline && (c == '\n' || c == '\r')) {
      pos += c == '\r' && pos + 1 < to && s[pos + 1] == '\n' ? 2 : 1;
    } else if (is_space(c)) {
      pos = text_space(pg, pos, to);
    } else {
      pos = text_run(pg, pos, to, tags);
    }
  }
}

int verba_html_text(verba_html *h, const char *s, size_t len,
                    const verba_html_opts *opts) {
  page pg;
  begin(&pg, h, s, len, opts ? opts->flags : 0);
  pg.opts = opts;
  scan(&pg, 0, len, 1);
  return finish(&pg);
}
