#!/usr/bin/env bash
# Prints the Content-Security-Policy header value for a built site:
# scripts/csp-header.sh [dist]. It is the policy of the pages' meta tags with
# the script hashes of every page (each page's meta lists only its own), so
# one header fits the whole site. See docs/hosting.md.
set -euo pipefail
dist="${1:-dist}"
policy=$(grep -rhoE 'http-equiv="Content-Security-Policy" content="[^"]*"' --include=index.html "$dist" \
  | sed -n 1p | sed 's/.*content="//; s/"$//')
if [ -z "$policy" ]; then
  echo "error: no Content-Security-Policy meta tag under $dist (build it first)" >&2
  exit 1
fi
hashes=$(grep -rhoE "'sha256-[A-Za-z0-9+/=]+'" --include=index.html --include=404.html "$dist" | sort -u | tr '\n' ' ' | sed 's/ $//')
printf '%s\n' "$policy" | sed -E "s#script-src [^;]*#script-src 'self' 'wasm-unsafe-eval' ${hashes}#"
