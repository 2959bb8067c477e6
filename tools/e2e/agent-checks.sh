#!/usr/bin/env bash
# Offline checks with the real Claude Code CLI (pinned in tools/package.json), in an isolated HOME:
# the marketplace and plugin manifests validate strictly, and the pact server connects both from the project
# mcp.json and from the plugin. `pact` must already be on PATH (installed as the README says).
# claude exits 0 even when a server fails to connect, so the output is checked.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
claude="$repo/tools/node_modules/.bin/claude"
export HOME=$(mktemp -d) DISABLE_TELEMETRY=1 CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 MCP_TIMEOUT=20000
work=$(mktemp -d)
trap 'rm -rf "$HOME" "$work"' EXIT

"$claude" plugin validate --strict "$repo" | tail -1
"$claude" plugin validate --strict "$repo/plugin" | tail -1

cp "$repo/mcp.json" "$work/.mcp.json"
out=$(cd "$work" && "$claude" --settings '{"enableAllProjectMcpServers":true}' mcp list 2>&1)
grep -q '^pact: pact mcp - ✔ Connected' <<<"$out" || { echo "$out"; echo "project mcp.json: pact did not connect" >&2; exit 1; }
echo "project mcp.json: pact ✔ Connected"

out=$(cd "$work" && "$claude" --plugin-dir "$repo/plugin" mcp list 2>&1)
grep -q '^plugin:pact:pact: pact mcp - ✔ Connected' <<<"$out" || { echo "$out"; echo "plugin: pact did not connect" >&2; exit 1; }
echo "plugin: pact ✔ Connected"
