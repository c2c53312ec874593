#!/usr/bin/env bash
# The Rasa model of the current data, trained only when its inputs changed: the model file is
# named after a hash of the config, domain, stories, rules and NLU data.
#   scripts/train.sh          print the model path, after unpacking or training it if needed
#   scripts/train.sh --path   print the path the current data would have
#
# The repository carries the model of its data, packed (bot/trained/, scripts/model_pack.py: no
# optimiser state, the two big kernels in 8 bits; about 6 MB instead of 50): a fresh clone
# unpacks it in seconds instead of training for most of an hour. After a change of the data,
# this script trains, packs the new model into bot/trained/ (to commit with the change; the
# packs of older data are removed) and serves the unpacked copy, so the machine that trained
# it, CI and every fresh clone run the same weights.
set -euo pipefail
cd "$(dirname "$0")/.."
inputs=$(find bot/config.yml bot/domain bot/data data/nlu -type f -name '*.yml' | LC_ALL=C sort)
hash=$(cat $inputs | sha256sum | cut -c1-16)
model="models/bot-$hash.tar.gz"
packed="bot/trained/bot-$hash.tar.xz"
if [[ "${1:-}" == "--path" ]]; then echo "$model"; exit 0; fi
mkdir -p models
# One training at a time per model directory: a second caller waits, then finds the model trained.
exec 9>"models/.train.lock"
flock 9
if [[ ! -f "$model" && ! -f "$packed" ]]; then
  echo "Entraînement du modèle Rasa ($model)…" >&2
  start=$(date +%s)
  # --skip-validation: tests/test_bot_data.py validates the same data, warnings failing (`rasa data validate`).
  .venv-bot/bin/rasa train --skip-validation --config bot/config.yml --domain bot/domain --data data/nlu bot/data \
    --out models --fixed-model-name "bot-$hash-trained" >&2
  seconds=$(( $(date +%s) - start ))
  echo "Modèle entraîné en $seconds s." >&2
  .venv-bot/bin/python scripts/model_pack.py pack "models/bot-$hash-trained.tar.gz" "$packed"
  echo "$seconds" > "bot/trained/bot-$hash.seconds"  # read by bench/dialogue.py
  find bot/trained -name 'bot-*' ! -name "bot-$hash.*" -delete
  echo "Modèle compressé dans $packed (à committer avec les données)." >&2
fi
if [[ ! -f "$model" ]]; then
  .venv-bot/bin/python scripts/model_pack.py unpack "$packed" "$model"
fi
echo "$model"
