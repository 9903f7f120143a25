#!/usr/bin/env bash
# Builds one libFuzzer binary per fuzz target into .build-fuzz/ (instrumented for coverage and
# AddressSanitizer). The modules are compiled straight with swiftc: SwiftPM would also
# instrument its build tools.
#
#   bash Fuzz/build.sh            # then: bash Fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build-fuzz
mkdir -p "$out/embedded"

# The seed corpus as Swift source, as the package's build plugin makes it.
swift build --product dossier-embed-corpus >/dev/null
embed_tool="$(swift build --show-bin-path)/dossier-embed-corpus"
seeds=()
for file in seeds/*; do seeds+=("$file"); done
"$embed_tool" "$out/embedded/EmbeddedSeedCorpus.swift" "${seeds[@]}" --as doc/README.md README.md

# `-I Sources/CMallocTrim`: the module map of glibc's `malloc_trim`, which the core imports.
flags=(-O -g -parse-as-library -swift-version 6 -sanitize=fuzzer,address -I "$out" -I Sources/CMallocTrim -L "$out")

module() { # name, sources...
  local name="$1"
  shift
  swiftc "${flags[@]}" -emit-library -static -emit-module -module-name "$name" \
    -emit-module-path "$out/$name.swiftmodule" -o "$out/lib$name.a" "$@"
}

echo "fuzz: building modules"
module DossierJSON $(find Sources/DossierJSON -name '*.swift')
module DossierProtocol $(find Sources/DossierProtocol -name '*.swift')
module DossierCore $(find Sources/DossierCore -name '*.swift') "$out/embedded/EmbeddedSeedCorpus.swift"
module DossierFuzzing $(find Sources/DossierFuzzing -name '*.swift')

for target in framing draft knowledge incremental; do
  echo "fuzz: linking fuzz-$target"
  sed "s/@TARGET@/$target/" Fuzz/FuzzMain.swift.in > "$out/fuzz-$target.swift"
  swiftc "${flags[@]}" -o "$out/fuzz-$target" "$out/fuzz-$target.swift" \
    -lDossierFuzzing -lDossierCore -lDossierProtocol -lDossierJSON 2>&1 | { grep -v "Cannot export local symbol" || true; }
done
echo "fuzz: binaries in $out/"
