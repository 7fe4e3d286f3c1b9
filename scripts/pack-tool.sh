#!/usr/bin/env bash
# Packs `pipeline` as a .NET tool into dist/nupkg/, then checks the package the way a user installs it:
# into an empty tool path, from that folder, and runs `pipeline --version` and a conversion of the seed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=dist/nupkg
dotnet pack src/Pipeline.Cli -c Release -v quiet -nologo -o "$out"
package=$(ls -t "$out"/Pipeline.Cli.*.nupkg | head -n 1)
version=$(basename "$package" .nupkg); version=${version#Pipeline.Cli.}
tools=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$tools" "$work"' EXIT
dotnet tool install Pipeline.Cli --version "$version" --tool-path "$tools" --add-source "$out" >/dev/null
reported=$("$tools/pipeline" --version)
case "$reported" in
  "$version"*) ;;
  *) echo "pack-tool: the installed tool says '$reported', the package is $version" >&2; exit 1 ;;
esac
"$tools/pipeline" convert input/seed-essay -o "$work" --no-ocr -q
test -s "$work/seed-essay.xml"
echo "pack-tool: $package installs and runs (pipeline $reported)"
