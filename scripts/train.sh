#!/usr/bin/env bash
# Train the Rasa model only when its inputs changed: the model file is named
# after a hash of the config, domain, stories, rules and NLU data.
#   scripts/train.sh          train if needed, print the model path
#   scripts/train.sh --path   print the path the current data would have
set -euo pipefail
cd "$(dirname "$0")/.."
inputs=$(find bot/config.yml bot/domain bot/data data/nlu -type f -name '*.yml' | LC_ALL=C sort)
hash=$(cat $inputs | sha256sum | cut -c1-16)
model="models/bot-$hash.tar.gz"
if [[ "${1:-}" == "--path" ]]; then echo "$model"; exit 0; fi
mkdir -p models
# One training at a time per model directory: a second caller waits, then finds the model trained.
exec 9>"models/.train.lock"
flock 9
if [[ ! -f "$model" ]]; then
  echo "Entraînement du modèle Rasa ($model)…" >&2
  start=$(date +%s)
  .venv-bot/bin/rasa train --config bot/config.yml --domain bot/domain --data data/nlu bot/data \
    --out models --fixed-model-name "bot-$hash" >&2
  seconds=$(( $(date +%s) - start ))
  echo "$seconds" > "models/bot-$hash.seconds"  # read by bench/dialogue.py
  echo "Modèle entraîné en $seconds s." >&2
fi
echo "$model"
