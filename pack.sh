#!/usr/bin/env bash
# Packs the three .NET tools into ./nupkg: Pact.Cli (command `pact`), Pact.Mcp.Server (command `pact-mcp`, the same
# program, which starts straight into `pact mcp`) and Pact.Sim (command `pact-sim "claim"`, a Simulacrum review). Each tool is three packages (see Pact.Cli.csproj): the one users
# name, which points to a native (Native AOT) build for linux-x64, framework-dependent ReadyToRun builds for
# linux-arm64, osx-arm64, osx-x64 and win-x64, and a framework-dependent IL build (`any`) for any other platform.
# The native build is made only on linux-x64 (Native AOT does not cross-compile); elsewhere the framework-dependent
# builds are what installs. Install offline with:
#   dotnet tool install --global --add-source ./nupkg Pact.Cli
#   dotnet tool install --global --add-source ./nupkg Pact.Mcp.Server
#   dotnet tool install --global --add-source ./nupkg Pact.Sim
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
rm -rf nupkg
rids=("" any)
[ "$(uname -sm)" = "Linux x86_64" ] && rids+=(linux-x64)
# The other platforms' packages are framework-dependent and ReadyToRun: precompiled, so a command does not spend its
# first second in the JIT. ReadyToRun code is per platform, so the `any` package (every platform not listed here)
# stays plain IL. Crossgen compiles for any of these from this machine.
r2r_rids=(linux-arm64 osx-arm64 osx-x64 win-x64)
rids+=("${r2r_rids[@]}")
for rid in "${rids[@]}"; do
  flags=()
  [[ " ${r2r_rids[*]} " == *" $rid "* ]] && flags=(-p:PublishAot=false -p:PublishReadyToRun=true -p:SelfContained=false)
  dotnet pack src/Pact.Cli/Pact.Cli.csproj -c Release -v quiet -nologo ${rid:+-r "$rid"} "${flags[@]}"
  # The second tool is a separate build (its own obj/bin per runtime) with another assembly and command name.
  dotnet pack src/Pact.Cli/Pact.Cli.csproj -c Release -v quiet -nologo ${rid:+-r "$rid"} "${flags[@]}" -p:PactTool=mcp \
    -p:IntermediateOutputPath="obj/pact-mcp/${rid:-tool}/" -p:OutputPath="bin/pact-mcp/${rid:-tool}/"
done
# pact-sim is one framework-dependent package (see Pact.Cli.csproj): a review waits on a model, not on start-up.
dotnet pack src/Pact.Cli/Pact.Cli.csproj -c Release -v quiet -nologo -p:PactTool=sim \
  -p:IntermediateOutputPath="obj/pact-sim/" -p:OutputPath="bin/pact-sim/"
ls nupkg
