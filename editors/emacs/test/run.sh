#!/usr/bin/env bash
# Runs Emacs in batch mode against a built dossier binary, once for each configuration block of
# editors/emacs/README.md marked "tested" (eglot with and without markdown-mode, lsp-mode when it
# is installed), exactly as written there.
# Usage: editors/emacs/test/run.sh EMACS DOSSIER_BIN DRAFT
set -euo pipefail
emacs="$1"; dossier="$2"; draft="$3"
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/../test-support.sh"
export DOSSIER_REPOSITORY="$(cd "$here/../.." && pwd)"
export HOME="$scratch/home" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$HOME"
"$emacs" --version | head -n 1
run() {
  local block="$1" variant="${2:-}"
  echo "-- configuration block: $block${variant:+ ($variant)}"
  local folder="$scratch/draft-$block-${variant// /-}"
  mkdir -p "$folder"
  cp "$draft" "$folder/draft.md"
  chmod u+w "$folder/draft.md"
  DOSSIER_SNIPPET="$block" DOSSIER_DRAFT="$folder/draft.md" \
    timeout 180 "$emacs" --batch -l "$here/test/headless-test.el"
}
run emacs-eglot
DOSSIER_NO_MARKDOWN_MODE=1 run emacs-eglot "without markdown-mode"
if "$emacs" --batch --eval '(unless (locate-library "lsp-mode") (kill-emacs 1))' 2>/dev/null; then
  run emacs-lsp-mode
else
  echo "lsp-mode is not installed: its block is not run" >&2
  [ -z "${DOSSIER_REQUIRE_LSP_MODE:-}" ] || exit 1
fi
