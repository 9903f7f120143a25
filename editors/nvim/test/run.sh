#!/usr/bin/env bash
# Runs the headless Neovim test against a built dossier binary.
# Usage: editors/nvim/test/run.sh NVIM DOSSIER_BIN DRAFT
set -euo pipefail
nvim="$1"; export DOSSIER_BIN="$2"; draft="$3"
here="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp "$draft" "$scratch/draft.md"
chmod u+w "$scratch/draft.md"
export DOSSIER_DRAFT="$scratch/draft.md"
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state" XDG_CACHE_HOME="$scratch/cache"
timeout 120 "$nvim" --headless --clean -n \
  --cmd "set rtp^=$here" \
  -c "luafile $here/test/headless_test.lua"
