#!/usr/bin/env bash
# Sets up what is missing, then converts every document under input/ into TEI under output/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
dotnet build src/Pipeline.Cli -c Release -v quiet -nologo
dotnet src/Pipeline.Cli/bin/Release/net10.0/pipeline.dll convert input/ --out output/ "$@"
