# Sourced by editors/*/test/run.sh, with `dossier` set to the built binary: makes a scratch
# folder ($scratch, removed on exit) and puts the binary on PATH as `dossier`, since every
# editor's documented configuration runs `dossier` from PATH.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/bin"
ln -s "$(cd "$(dirname "$dossier")" && pwd)/$(basename "$dossier")" "$scratch/bin/dossier"
export PATH="$scratch/bin:$PATH"
