#!/bin/sh
# Benchmarks the C core, the Lua binding and ICU4C on one corpus and prints
# a Markdown table, the rates relative to ICU, and a check that the Lua
# token iterator's memory does not grow with the input.
#   bench/run.sh [CORPUS]   (default: examples/wikinews/*.txt repeated to ~8 MB)
# MB is 10^6 bytes throughout.
set -eu

# Resolve the corpus against the caller's directory before moving to the root.
corpus=${1:-} name=${1:-}
case $corpus in
'' | /*) ;;
*) corpus=$(pwd)/$corpus ;;
esac
cd "$(dirname "$0")/.."

tmp=$(mktemp -d "${TMPDIR:-/tmp}/verba-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

if [ -z "$corpus" ]; then
  corpus=$tmp/corpus.txt
  cat examples/wikinews/*.txt >"$tmp/one.txt"
  : >"$corpus"
  while [ "$(wc -c <"$corpus")" -lt 8000000 ]; do
    cat "$tmp/one.txt" >>"$corpus"
  done
  name='examples/wikinews/*.txt, repeated'
else
  if ! [ -r "$corpus" ] || ! [ -s "$corpus" ]; then
    echo "run.sh: $corpus is unreadable or empty" >&2
    exit 1
  fi
fi

make -s -C bench
[ -f build/verba/core.so ] || make -s

lua_bench() {
  LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/?.so;;' lua5.4 bench/bench.lua "$@"
}

# One process per mode, so each peak is that mode's own. A result line is
# "key<TAB>label<TAB>mode MB/s peak_KB count"; the assignment makes set -e
# see a failing benchmark.
bench() {
  key=$1 label=$2
  shift 2
  out=$("$@")
  printf '%s\t%s\t%s\n' "$key" "$label" "$out" >>"$tmp/results"
}
bench words 'C core UAX #29 words' build/bench_core words "$corpus"
bench ctokens 'C core tokens' build/bench_core tokens "$corpus"
bench tokens 'Lua verba.tokens loop' lua_bench tokens "$corpus"
bench tokenize 'Lua verba.tokenize table' lua_bench tokenize "$corpus"
bench gmatch 'Lua gmatch("%S+")' lua_bench gmatch "$corpus"
bench icu 'ICU4C word BreakIterator (C)' build/bench_core icu "$corpus"
bench csentences 'C core sentences (news mode)' build/bench_core sentences "$corpus"
bench csentences_uax29 'C core sentences (UAX #29 mode)' build/bench_core sentences-uax29 "$corpus"
bench sentences 'Lua verba.sentences loop' lua_bench sentences "$corpus"
bench cdocument 'C core document model' build/bench_core document "$corpus"
bench cquotes 'C core quotes and speakers' build/bench_core quotes "$corpus"
bench quotes 'Lua verba.quotes table' lua_bench quotes "$corpus"
bench centities 'C core entities (document included)' build/bench_core entities "$corpus"
bench entities 'Lua verba.entities table' lua_bench entities "$corpus"
bench analyze 'Lua verba.analyze (every stage, tables)' lua_bench analyze "$corpus"

# The command as a map step: the corpus's paragraphs as --jsonl-input
# records of about 5 KB, through `verba analyze` to JSON lines.
LUA_PATH='lua/?.lua;;' lua5.4 bench/records.lua "$corpus" 5000 >"$tmp/records.jsonl"
bench cli 'verba analyze --jsonl-input (5 KB records)' lua_bench cli "$tmp/records.jsonl"
bench quotes_records 'Lua verba.quotes, one call per 5 KB record' lua_bench quotes_records "$tmp/records.jsonl"
bench entities_records 'Lua verba.entities, one call per 5 KB record' lua_bench entities_records "$tmp/records.jsonl"

# The same iterator on four copies: its peak minus the input must stay put.
# No label: this run is not a table row.
cat "$corpus" "$corpus" "$corpus" "$corpus" >"$tmp/corpus4.txt"
bench tokens4 '' lua_bench tokens "$tmp/corpus4.txt"

awk -F '\t' -v name="$name" -v size="$(wc -c <"$corpus")" \
  -v records_size="$(wc -c <"$tmp/records.jsonl")" '
  function mb(bytes) { return sprintf("%.1f MB", bytes / 1e6) }
  {
    split($3, f, " ")
    key[NR] = $1; label[$1] = $2
    rate[$1] = f[2]; peak[$1] = f[3] * 1024; count[$1] = f[4]
  }
  END {
    printf "Input: %s, %s\n\n", name, mb(size)
    print "| what | MB/s | peak memory |"
    print "|---|---:|---:|"
    for (i = 1; i <= NR; i++)
      if (label[key[i]] != "")
        printf "| %s | %.1f | %s |\n", label[key[i]], rate[key[i]], mb(peak[key[i]])
    print ""
    printf "verba analyze --jsonl-input: %d records/s (%d records of %.1f KB on average)\n",
      count["cli"] * rate["cli"] * 1e6 / records_size, count["cli"], records_size / count["cli"] / 1e3
    printf "Rate vs ICU: C core words %.2fx, Lua verba.tokens loop %.2fx\n",
      rate["words"] / rate["icu"], rate["tokens"] / rate["icu"]
    printf "Rate vs Lua gmatch(\"%%S+\"): Lua verba.quotes table %.2fx\n",
      rate["quotes"] / rate["gmatch"]
    printf "Counts: %d word segments (ICU: %d); %d tokens (Lua loop: %d, table: %d)\n",
      count["words"], count["icu"], count["ctokens"], count["tokens"], count["tokenize"]
    if (count["ctokens"] != count["tokens"] || count["tokens"] != count["tokenize"])
      print "WARNING: the C core and the Lua binding disagree on the token count"
    one = peak["tokens"] - size; four = peak["tokens4"] - 4 * size
    printf "Memory flatness, Lua verba.tokens loop, peak minus input: %s on %s, %s on %s: %s\n",
      mb(one), mb(size), mb(four), mb(4 * size),
      four - one < 0.05 * 3 * size ? "flat" : "NOT flat (grows with the input)"
  }
' "$tmp/results"
