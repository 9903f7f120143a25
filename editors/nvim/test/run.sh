#!/usr/bin/env bash
# Runs the headless Neovim test against a built dossier binary, once for each configuration
# block of editors/nvim/README.md marked "tested", exactly as written there.
# Usage: editors/nvim/test/run.sh NVIM DOSSIER_BIN DRAFT
set -euo pipefail
nvim="$1"; dossier="$2"; draft="$3"
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/../test-support.sh"
export DOSSIER_REPOSITORY="$(cd "$here/../.." && pwd)"
"$nvim" --version | head -n 1
for snippet in neovim-0.11 neovim-0.10; do
  echo "-- configuration block: $snippet"
  cp "$draft" "$scratch/draft.md"
  chmod u+w "$scratch/draft.md"
  export DOSSIER_DRAFT="$scratch/draft.md" DOSSIER_SNIPPET="$snippet"
  export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state" XDG_CACHE_HOME="$scratch/cache"
  timeout 120 "$nvim" --headless --clean -n -c "luafile $here/test/headless_test.lua"
done
