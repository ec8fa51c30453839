#!/usr/bin/env bash
# Gradescope runs this once, as root, while it builds the autograder image (Ubuntu), from /autograder/source.
# It installs the .NET 10 SDK, builds the grading tool, and grades the reference solutions once so that the
# test suite's build and every level's reference run are already in the cache when learners submit.
set -euo pipefail

source_folder=/autograder/source
repository="$source_folder/losskata"
export DOTNET_ROOT=/usr/local/dotnet
export PATH="$DOTNET_ROOT:$PATH"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export LOSSKATA_CACHE=/autograder/losskata-cache

apt-get update -q
apt-get install -y -q --no-install-recommends ca-certificates curl libicu-dev

curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$DOTNET_ROOT"
ln -sf "$DOTNET_ROOT/dotnet" /usr/local/bin/dotnet

dotnet build "$repository/tools/LossKata.Cli" -c Release -v:q --nologo
dotnet "$repository/tools/LossKata.Cli/bin/Release/net10.0/losskata.dll" grade \
  --repository "$repository" --submission "$repository/solutions" --format text > /tmp/reference-grade.txt
head -n 1 /tmp/reference-grade.txt
