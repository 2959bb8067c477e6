#!/usr/bin/env bash
# Offline checks with the real Claude Code and Codex CLIs (pinned in tools/package.json), in an isolated HOME.
# `pact` must already be on PATH, installed as the README says. Both CLIs exit 0 even when a server fails to
# connect, so their output is checked, not their exit codes.
#   Claude Code: the marketplace and plugin validate strictly; both servers (pact, role code, and pact-audit, role
#                audit) connect from the project mcp.json, from --plugin-dir, and from the plugin installed through
#                the marketplace (with its skills, the pact-auditor agent and the hook).
#   Codex:       `codex mcp add` writes the expected config; its app-server starts both servers, lists their tools
#                (no audit-side tool on pact), finds the pact-engineer skill and calls pact_init (pact-audit) and
#                pact_status (pact) in a project, first from config.toml (skills copied to ~/.agents/skills) and then
#                from the plugin installed through the same marketplace.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bin="$repo/tools/node_modules/.bin"
export HOME=$(mktemp -d)
export CODEX_HOME="$HOME/.codex" DISABLE_TELEMETRY=1 CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 MCP_TIMEOUT=20000
mkdir -p "$CODEX_HOME"
work=$(mktemp -d)
trap 'rm -rf "$HOME" "$work"' EXIT

expect() { # expect <pattern> <what> <output>
  grep -q -- "$1" <<<"$3" || { echo "$3"; echo "agent checks: $2" >&2; exit 1; }
  echo "ok: $2"
}
# Codex warns on stderr that it will not create helper binaries under /tmp; that is expected in an isolated HOME.
codex() { "$bin/codex" "$@" 2> >(grep -v 'could not create PATH aliases' >&2); }

# --- Claude Code ---
"$bin/claude" plugin validate --strict "$repo" | tail -1
"$bin/claude" plugin validate --strict "$repo/plugin" | tail -1

cp "$repo/mcp.json" "$work/.mcp.json"
out=$(cd "$work" && "$bin/claude" --settings '{"enableAllProjectMcpServers":true}' mcp list 2>&1)
expect '^pact: pact mcp --role code - ✔ Connected' "claude: pact (role code) connects from the project mcp.json" "$out"
expect '^pact-audit: pact mcp --role audit .*- ✔ Connected' "claude: pact-audit connects from the project mcp.json" "$out"
out=$(cd "$work" && "$bin/claude" --plugin-dir "$repo/plugin" mcp list 2>&1)
expect '^plugin:pact:pact: pact mcp --role code - ✔ Connected' "claude: pact (role code) connects from --plugin-dir ./plugin" "$out"
expect '^plugin:pact:pact-audit: pact mcp --role audit .*- ✔ Connected' "claude: pact-audit connects from --plugin-dir ./plugin" "$out"

out=$("$bin/claude" plugin marketplace add "$repo" 2>&1 && "$bin/claude" plugin install pact@pact 2>&1)
expect 'Successfully installed plugin: pact@pact' "claude: plugin installs from the marketplace" "$out"
out=$("$bin/claude" plugin details pact@pact 2>&1)
expect 'Skills .*pact-engineer.*simulacrum' "claude: the installed plugin has the pact-engineer and simulacrum skills" "$out"
expect 'Hooks (1)  PreToolUse' "claude: the installed plugin has the PreToolUse deny hook" "$out"
expect 'Agents (1)  pact-auditor' "claude: the installed plugin has the pact-auditor agent" "$out"
rm "$work/.mcp.json"
out=$(cd "$work" && "$bin/claude" mcp list 2>&1)
expect '^plugin:pact:pact: pact mcp --role code - ✔ Connected' "claude: pact (role code) connects from the installed plugin" "$out"
expect '^plugin:pact:pact-audit: pact mcp --role audit .*- ✔ Connected' "claude: pact-audit connects from the installed plugin" "$out"

# --- Codex ---
# The README's two servers, as a user adds them.
codex mcp add pact -- pact mcp --role code >/dev/null
codex mcp add pact-audit -- pact mcp --role audit --tools all >/dev/null
out=$(codex mcp get pact --json)
expect '"command": "pact"' "codex: mcp add records the bare command pact" "$out"
expect '"code"' "codex: the pact server runs in the code role" "$out"
# The README's startup timeout, as a user would add it to config.toml (under the last table: pact-audit).
printf 'startup_timeout_sec = 20\n' >>"$CODEX_HOME/config.toml"
out=$(codex mcp get pact-audit --json)
expect '"startup_timeout_sec": 20' "codex: the startup timeout is read back" "$out"
# Without the plugin, the skills are copied to the user's skill folder, as the README says.
mkdir -p "$HOME/.agents/skills" "$work/from-config"
cp -r "$repo/skills/pact-engineer" "$repo/skills/simulacrum" "$HOME/.agents/skills/"
(cd "$work" && node "$repo/tools/e2e/codex-probe.mjs" "$bin/codex" "$work/from-config" pact-engineer)

# A user-level server of the same name shadows the plugin's, so they go first (README says so too).
codex mcp remove pact >/dev/null
codex mcp remove pact-audit >/dev/null
codex plugin marketplace add "$repo" >/dev/null
codex plugin add pact@pact >/dev/null
mkdir "$work/from-plugin"
(cd "$work" && node "$repo/tools/e2e/codex-probe.mjs" "$bin/codex" "$work/from-plugin" pact:pact-engineer pact@pact)
