#!/bin/sh
# Parse the seed and dev articles and score them against their gold annotations.
#   benchmarks/score_corpus.sh [CORPUS_DIR]   (default: ../shared/corpus beside the repo)
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$here/../shared/corpus}
w=$(mktemp -d); mkdir -p "$w/gold" "$w/pred"
cp "$corpus"/seeds/* "$corpus"/dev/*.txt "$corpus"/dev/*.json "$w/gold/"
"$here/.venv/bin/briefing-bot" parse "$w"/gold/*.txt --out "$w/pred"
"$here/.venv/bin/python" "$corpus/score.py" "$w/gold" "$w/pred" --verbose
echo "predictions in $w/pred"
