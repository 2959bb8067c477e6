# Sourced by run-example, run-tests and .ci/run: what Pact's judge needs beyond the .NET SDK. pytest for the Python
# the judge uses (PACT_PYTHON, else /usr/bin/python3, which gets Debian's python3-pytest), bubblewrap (every test run
# is confined by it; docs/THREAT_MODEL.md) and node (the JavaScript and TypeScript runners). Debian packages are
# installed when missing and this user may (root, or passwordless sudo); anything else stops at once, naming the
# command to run, rather than letting every judged test fail later.
pact_prerequisites() {
  local missing=() python="${PACT_PYTHON:-/usr/bin/python3}"
  if ! "$python" -c 'import pytest' 2>/dev/null; then
    if [ "$python" != /usr/bin/python3 ]; then
      echo "Pact needs pytest for PACT_PYTHON=$python: run \`$python -m pip install pytest\`, or unset PACT_PYTHON to use /usr/bin/python3" >&2
      return 1
    fi
    missing+=(python3-pytest)
  fi
  command -v bwrap >/dev/null 2>&1 || [ -n "${PACT_BWRAP:-}" ] || missing+=(bubblewrap)
  if ! command -v "${PACT_NODE:-node}" >/dev/null 2>&1; then
    echo "Pact needs Node.js 20 or later on PATH (or PACT_NODE): install it from your package manager or nodejs.org" >&2
    return 1
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo=(sudo -n); else
      echo "Pact needs: ${missing[*]} (Debian/Ubuntu: sudo apt-get install ${missing[*]})" >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Pact needs: ${missing[*]}; install them with your package manager" >&2
    return 1
  fi
  echo "Installing ${missing[*]} (Debian packages the judge needs)..." >&2
  "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}
