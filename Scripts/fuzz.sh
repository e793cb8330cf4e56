#!/bin/sh
# Builds and runs the libFuzzer target for the lexer and parser (Fuzz/).
# Never part of CI beyond a short smoke (DESIGN §8.21).
#
#   Scripts/fuzz.sh            # 30 s smoke
#   Scripts/fuzz.sh 3600       # an hour
#   Scripts/fuzz.sh 600 -runs=10000000
#
# Findings (crash-*, timeout-*, oom-*) land in Fuzz/Findings/; the corpus
# grows in Fuzz/Corpus/ (seeded from Fuzz/Seeds/). Uses one process.
set -eu
cd "$(dirname "$0")/../Fuzz"
seconds=${1:-30}
[ $# -gt 0 ] && shift
swift build -c debug --sanitize=fuzzer --product FuzzParser --scratch-path .build-fuzz >&2
binary=$(swift build -c debug --sanitize=fuzzer --product FuzzParser --scratch-path .build-fuzz \
  --show-bin-path)/FuzzParser
mkdir -p Corpus Findings
export SWIFT_BACKTRACE=enable=no
exec "$binary" Corpus Seeds -max_total_time="$seconds" -max_len=512 -timeout=5 \
  -artifact_prefix=Findings/ -print_final_stats=1 "$@"
