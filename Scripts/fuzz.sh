#!/bin/sh
# Builds and runs the libFuzzer target for the lexer and parser (Fuzz/).
# Never part of CI beyond a short smoke (DESIGN §8.21).
#
#   Scripts/fuzz.sh                      # 30 s smoke
#   Scripts/fuzz.sh 3600                 # an hour
#   Scripts/fuzz.sh 600 -runs=10000000   # more libFuzzer flags
#   FUZZ_CONFIG=debug Scripts/fuzz.sh    # a debug build (slower, more checks)
#
# Findings (crash-*, timeout-*, oom-*) land in Fuzz/Findings/; the corpus
# grows in Fuzz/Corpus/ (seeded from Fuzz/Seeds/). One process, one core.
# The log must say "Loaded 1 modules (N inline 8-bit counters)" with N in
# the tens of thousands: otherwise nothing is instrumented.
set -eu
cd "$(dirname "$0")/../Fuzz"
seconds=${1:-30}
[ $# -gt 0 ] && shift
config=${FUZZ_CONFIG:-release}
build="swift build -c $config --sanitize=fuzzer --product FuzzParser --scratch-path .build-fuzz-$(echo "$config" | cut -c1-3)"
$build >&2
binary=$($build --show-bin-path)/FuzzParser
mkdir -p Corpus Findings
export SWIFT_BACKTRACE=enable=no
exec "$binary" Corpus Seeds -max_total_time="$seconds" -max_len=256 -timeout=5 \
  -artifact_prefix=Findings/ -print_final_stats=1 "$@"
