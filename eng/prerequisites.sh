# Sourced by run-example, run-tests and .ci/run: what Pact's judge needs beyond the .NET SDK, from Debian's
# packages — pytest for /usr/bin/python3 (the Python runner) and bubblewrap (every test run is confined by it;
# docs/THREAT_MODEL.md). Installed when missing and this user may (root, or passwordless sudo); otherwise it says
# what to install and stops, rather than letting every judged test fail later.
pact_prerequisites() {
  local missing=()
  /usr/bin/python3 -c 'import pytest' 2>/dev/null || missing+=(python3-pytest)
  command -v bwrap >/dev/null 2>&1 || [ -n "${PACT_BWRAP:-}" ] || missing+=(bubblewrap)
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
