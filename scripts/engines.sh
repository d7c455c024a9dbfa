#!/usr/bin/env bash
# Issue 12: what runs before the WebAssembly (crates/site-gen/src/apercu.js,
# inlined into every page) must work in every engine citizens use; issue 19:
# the app's takeover of a built page moves nothing, in every engine. This checks
# it in Firefox ESR (geckodriver) and in WebKit (WebKitGTK's WebKitWebDriver,
# the engine of Safari), over plain W3C WebDriver (tests/engines/).
#
# Usage: scripts/engines.sh [DIST]      (DIST: a built site, default dist)
#
# Idempotent: installs what is missing (apt-get, cargo install; pinned versions
# where the registry still serves them), builds nothing, copies DIST without its
# .wasm files (so only the pre-wasm script runs, as on a slow line before the
# wasm arrives), serves it, serves DIST whole with its .wasm held until a test
# releases it (tests/engines/held-wasm-server.mjs), starts both drivers, runs `node --test
# tests/engines/` and stops everything it started. Exit status: 0 only if
# every test passed in both engines.
#
# Environment: ENGINES=firefox,webkit (which engines to run; add chromium for
# the reference engine, with Debian's chromium and chromium-driver that
# scripts/setup.sh --test installs), ENGINES_KEEP=1
# (keep the work folder), ENGINES_NO_INSTALL=1 (fail instead of installing).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)

# Pinned versions (Debian 12 bookworm; crates.io). A Debian point or security
# release removes the old package version from the mirror: then the current one
# is installed and a warning says so.
FIREFOX_ESR_VERSION=153.8.0esr-1~deb12u1
WEBKIT_VERSION=2.50.6-1~deb12u2          # webkit2gtk-driver and libwebkit2gtk-4.1-0
XVFB_VERSION=2:21.1.7-3+deb12u13
GECKODRIVER_VERSION=0.37.1
MINIBROWSER=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser

say() { printf '\033[1mengines:\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33mengines: warning:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mengines: error:\033[0m %s\n' "$*" >&2; exit 2; }

DIST_ARG=${1:-dist}
if [ -d "$DIST_ARG" ]; then DIST=$(cd "$DIST_ARG" && pwd)
elif [ -d "$ROOT/$DIST_ARG" ]; then DIST=$(cd "$ROOT/$DIST_ARG" && pwd)
else die "no built site at '$DIST_ARG' (build it with scripts/build.sh; this script builds nothing)"; fi
[ -f "$DIST/index.html" ] || die "$DIST has no index.html"
ENGINES=${ENGINES:-firefox,webkit}
export PATH="$HOME/.cargo/bin:$PATH"

# ---- 1. Installs (each step checks first) ----
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
apt_updated=0
apt_install() { # package pinned-version
  local pkg=$1 ver=$2
  if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    local have; have=$(dpkg-query -W -f='${Version}' "$pkg")
    [ "$have" = "$ver" ] || warn "$pkg $have installed (pinned: $ver); using it"
    return 0
  fi
  [ -z "${ENGINES_NO_INSTALL:-}" ] || die "$pkg is not installed (ENGINES_NO_INSTALL is set)"
  if [ $apt_updated = 0 ]; then say "apt-get update"; $SUDO apt-get update -qq; apt_updated=1; fi
  local t0=$SECONDS
  say "installing $pkg=$ver"
  if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$pkg=$ver" >/dev/null; then
    warn "$pkg=$ver is no longer served; installing the current $pkg"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null
  fi
  say "installed $pkg $(dpkg-query -W -f='${Version}' "$pkg") in $((SECONDS - t0)) s"
}

# Not `geckodriver --version | head`: it panics on the closed pipe.
geckodriver_version() { local v; v=$(geckodriver --version 2>/dev/null) || return 0; v=${v%%$'\n'*}; echo "${v#geckodriver }"; }
want() { case ",$ENGINES," in *",$1,"*) return 0;; *) return 1;; esac; }
want firefox || want webkit || want chromium || die "ENGINES='$ENGINES' names no engine (firefox, webkit, chromium)"

if want firefox; then
  apt_install firefox-esr "$FIREFOX_ESR_VERSION"
  if [ "$(geckodriver_version)" != "$GECKODRIVER_VERSION" ]; then
    [ -z "${ENGINES_NO_INSTALL:-}" ] || die "geckodriver $GECKODRIVER_VERSION is not installed (ENGINES_NO_INSTALL is set)"
    t0=$SECONDS
    say "installing geckodriver $GECKODRIVER_VERSION from crates.io (cargo install, one build job)"
    # From / so the project's rust-toolchain.toml (a wasm nightly) is not used.
    (cd / && cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked) \
      || (cd / && cargo install geckodriver --version "$GECKODRIVER_VERSION")
    say "installed geckodriver in $((SECONDS - t0)) s"
  fi
  command -v firefox-esr >/dev/null || die "firefox-esr is not on PATH after install"
fi
if want webkit; then
  apt_install xvfb "$XVFB_VERSION"
  apt_install libwebkit2gtk-4.1-0 "$WEBKIT_VERSION"
  apt_install webkit2gtk-driver "$WEBKIT_VERSION"
  [ -x "$MINIBROWSER" ] || die "MiniBrowser is not at $MINIBROWSER (dpkg -S MiniBrowser)"
  command -v WebKitWebDriver >/dev/null || die "WebKitWebDriver is not on PATH after install"
fi
if want chromium; then
  command -v chromedriver >/dev/null && [ -x /usr/bin/chromium ] \
    || die "ENGINES has chromium: install Debian's chromium and chromium-driver (scripts/setup.sh --test)"
fi
command -v node >/dev/null || die "node is required"

# ---- 2. The site without its wasm, a static server, the drivers ----
WORK=$(mktemp -d /tmp/engines.XXXXXX)
PIDS=()
cleanup() {
  local rc=$?
  # Each service was started with setsid: its process group is its pid, and
  # holds what it started (Firefox, MiniBrowser, Xvfb).
  for pid in "${PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  sleep 0.5
  for pid in "${PIDS[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  if [ -n "${ENGINES_KEEP:-}" ]; then say "logs and copy kept in $WORK"; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

SITE="$WORK/dist-nowasm"
cp -r "$DIST" "$SITE"
find "$SITE" -name '*.wasm' -delete
# The trap scenario's same-origin script (see tests/engines/trap.js).
mkdir -p "$SITE/__engines" && cp "$ROOT/tests/engines/trap.js" "$SITE/__engines/trap.js"
say "serving $DIST without its .wasm ($(find "$DIST" -name '*.wasm' | wc -l) removed) from $SITE"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start() { # name command...
  local name=$1; shift
  setsid "$@" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
}
wait_http() { # name url
  local i
  for i in $(seq 1 100); do
    if curl -fs -o /dev/null "$2" 2>/dev/null || node -e "fetch('$2').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  warn "$1 did not answer at $2; its log:"; sed 's/^/    /' "$WORK/$1.log" >&2 || true
  return 1
}

HTTP_PORT=$(free_port)
start server python3 -m http.server "$HTTP_PORT" --bind 127.0.0.1 --directory "$SITE"
wait_http server "http://127.0.0.1:$HTTP_PORT/" || die "the static server did not start"
export ENGINES_BASE_URL="http://127.0.0.1:$HTTP_PORT"
# The takeover scenario: the whole site, its wasm held until the test releases it.
FULL_PORT=$(free_port)
start held node "$ROOT/tests/engines/held-wasm-server.mjs" "$DIST" "$FULL_PORT"
wait_http held "http://127.0.0.1:$FULL_PORT/__engines/hold" || die "the held-wasm server did not start"
export ENGINES_FULL_URL="http://127.0.0.1:$FULL_PORT"
export ENGINES_DIST="$DIST" ENGINES_PLAN_JSON="$ROOT/public/data/plan.json"
export ENGINES_MINIBROWSER="$MINIBROWSER" ENGINES_FIREFOX=$(command -v firefox-esr || true)

if want firefox; then
  GECKO_PORT=$(free_port)
  start geckodriver geckodriver --host 127.0.0.1 --port "$GECKO_PORT"
  if wait_http geckodriver "http://127.0.0.1:$GECKO_PORT/status"; then
    export ENGINES_GECKODRIVER="http://127.0.0.1:$GECKO_PORT"
    say "geckodriver $(geckodriver_version) at :$GECKO_PORT; $(firefox-esr --version 2>/dev/null)"
  else
    export ENGINES_GECKODRIVER="unavailable: geckodriver did not start (see the warning above)"
  fi
fi
if want webkit; then
  WEBKIT_PORT=$(free_port)
  start webkitdriver xvfb-run -a -s '-screen 0 1280x1024x24' WebKitWebDriver --host=127.0.0.1 --port="$WEBKIT_PORT"
  if wait_http webkitdriver "http://127.0.0.1:$WEBKIT_PORT/status"; then
    export ENGINES_WEBKITDRIVER="http://127.0.0.1:$WEBKIT_PORT"
    say "WebKitWebDriver (WebKitGTK $(dpkg-query -W -f='${Version}' webkit2gtk-driver)) at :$WEBKIT_PORT"
  else
    export ENGINES_WEBKITDRIVER="unavailable: WebKitWebDriver did not start (see the warning above)"
  fi
fi
if want chromium; then
  CHROME_PORT=$(free_port)
  start chromedriver chromedriver --port="$CHROME_PORT"
  if wait_http chromedriver "http://127.0.0.1:$CHROME_PORT/status"; then
    export ENGINES_CHROMEDRIVER="http://127.0.0.1:$CHROME_PORT"
    say "chromedriver at :$CHROME_PORT; $(/usr/bin/chromium --version 2>/dev/null)"
  else
    export ENGINES_CHROMEDRIVER="unavailable: chromedriver did not start (see the warning above)"
  fi
fi
export ENGINES

# ---- 3. The tests ----
t0=$SECONDS
set +e
node --test --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter="$ROOT/tests/engines/summary-reporter.mjs" --test-reporter-destination="$WORK/summary.txt" \
  "$ROOT/tests/engines/"
rc=$?
set -e
echo
say "per-engine result (tests took $((SECONDS - t0)) s):"
cat "$WORK/summary.txt"
[ $rc = 0 ] && say "all passed" || say "FAILED (node --test exit $rc)"
exit $rc
