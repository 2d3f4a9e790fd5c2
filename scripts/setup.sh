#!/usr/bin/env bash
# Install everything jobkit needs on a fresh Debian machine: system packages (apt-get), a
# virtual environment with jobkit installed as a user would (pip install ., not editable),
# and the Node tools the tests use. Idempotent, and quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  fontconfig fonts-noto-cjk           # Simplified Chinese faces for PDF and DOCX
  fonts-noto-core                     # Latin faces for English documents (Noto Serif/Sans)
  libpango-1.0-0 libpangoft2-1.0-0    # WeasyPrint's text layout
  libharfbuzz-subset0                 # fast font subsetting (8.5 s → 0.8 s per PDF without it)
  poppler-utils qpdf                  # pdftotext/pdffonts/pdftoppm for the tests
  graphviz                            # swim-lane flowcharts and org charts
  libreoffice-writer-nogui            # tests read DOCX back through LibreOffice
  git                                 # jobkit diff --rev, render --compare REV, lint JK210
)
# ajv, the independent schema validator of the tests, needs Node; keep a Node that is there.
command -v npm >/dev/null || SYSTEM_PACKAGES+=(nodejs npm)

missing=()
for package in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if ((${#missing[@]})); then
  if command -v apt-get >/dev/null; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  else
    echo "setup: apt-get not found; please install: ${missing[*]}" >&2
  fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv

# Install exactly the versions in requirements.lock (the ones the suite passed with; refresh
# them with scripts/lock.sh), and reinstall jobkit only when its sources or the lock changed.
# The build runs in .venv with the locked setuptools, not in an isolated environment that
# would fetch the newest one.
sources() {
  git ls-files -co --exclude-standard pyproject.toml README.md requirements.lock jobkit schemas \
    templates 2>/dev/null \
    || find pyproject.toml README.md requirements.lock jobkit schemas templates -type f
}
stamp=$({ sources | sort | xargs cat || true; } 2>/dev/null | sha256sum | cut -c1-32)
if [ "$(cat .venv/.jobkit-stamp 2>/dev/null)" != "$stamp" ]; then
  echo "setup: installing jobkit and the locked dependencies into .venv"
  pip=(.venv/bin/pip install -q --disable-pip-version-check --constraint requirements.lock)
  "${pip[@]}" pip setuptools wheel
  "${pip[@]}" --no-build-isolation ".[test]"
  echo "$stamp" > .venv/.jobkit-stamp
fi

# npm ci again whenever package-lock.json changed since the last install.
node_stamp=$(sha256sum tests/node/package-lock.json 2>/dev/null | cut -c1-32)
if [ -f tests/node/package.json ] && \
   [ "$(cat tests/node/node_modules/.jobkit-stamp 2>/dev/null)" != "$node_stamp" ]; then
  echo "setup: installing ajv and yaml for the schema tests"
  (cd tests/node && npm ci --silent --no-audit --no-fund)
  echo "$node_stamp" > tests/node/node_modules/.jobkit-stamp
fi
