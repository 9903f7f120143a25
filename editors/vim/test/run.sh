#!/usr/bin/env bash
# Runs a headless Vim with ALE against a built dossier binary, configured by the block of
# editors/vim/README.md marked "tested", exactly as written there.
# Usage: editors/vim/test/run.sh VIM DOSSIER_BIN DRAFT ALE_DIR
set -euo pipefail
vim="$1"; dossier="$2"; draft="$3"; ale="$4"
here="$(cd "$(dirname "$0")/.." && pwd)"
repository="$(cd "$here/../.." && pwd)"
source "$here/../test-support.sh"
export HOME="$scratch/home" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$HOME"
# The README's block, with the repository's path filled in.
awk '/<!-- tested: vim-ale /{found=1} found && /^```vim$/{inside=1; next} inside && /^```$/{exit} inside{print}' \
  "$here/README.md" | sed "s|/path/to/dossier|$repository|" > "$scratch/snippet.vim"
[ -s "$scratch/snippet.vim" ] || { echo "no vim block marked vim-ale in editors/vim/README.md" >&2; exit 1; }
cp "$draft" "$scratch/draft.md"
chmod u+w "$scratch/draft.md"
# The vimrc: ALE installed (as a plugin manager or Debian's vim-ale would), then the block.
cat > "$scratch/vimrc" <<VIMRC
set nocompatible
set runtimepath^=$ale
filetype plugin on
source $scratch/snippet.vim
VIMRC
"$vim" --version | head -n 1
status=0
DOSSIER_DRAFT="$scratch/draft.md" DOSSIER_TEST_LOG="$scratch/log" \
  timeout 120 "$vim" -N -u "$scratch/vimrc" -i NONE -n -X --not-a-term -c "source $here/test/headless_test.vim" \
  >/dev/null 2>&1 < /dev/null || status=$?
cat "$scratch/log" 2>/dev/null || echo "vim test: no log written (status $status)"
exit "$status"
