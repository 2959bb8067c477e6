#!/usr/bin/env bash
# Packs the two .NET tools into ./nupkg: Pact.Cli (command `pact`) and Pact.Mcp.Server (command `pact-mcp`, the same
# program, which starts straight into `pact mcp`). Install offline with:
#   dotnet tool install --global --add-source ./nupkg Pact.Cli
#   dotnet tool install --global --add-source ./nupkg Pact.Mcp.Server
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
rm -rf nupkg
dotnet pack src/Pact.Cli/Pact.Cli.csproj -c Release -v quiet -nologo
# The second tool is a separate build (its own obj/bin) with another assembly and command name.
dotnet pack src/Pact.Cli/Pact.Cli.csproj -c Release -v quiet -nologo \
  -p:PactTool=mcp -p:IntermediateOutputPath=obj/pact-mcp/ -p:OutputPath=bin/pact-mcp/
ls nupkg
