#!/usr/bin/env bash
# Installs the Debian packages the pipeline needs when they are missing: the Tesseract engine and
# its English model (appendix OCR), Hunspell dictionaries (de-hyphenation) and jing (the tei_all
# cross-check in the tests), and Slurm with munge (the tests' one-node cluster for sharded runs; its
# services are never started by the install: the tests start their own). Idempotent: a machine that has them
# all is left alone.
set -euo pipefail

packages=(tesseract-ocr tesseract-ocr-eng libhunspell-1.7-0 hunspell-en-gb hunspell-en-us jing
  slurmctld slurmd slurm-client munge)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null; then
  as_root=(sudo)
else
  echo "setup: need root (or sudo) to install: ${missing[*]}" >&2
  exit 1
fi
# Package scripts must not start system services (munge, slurmctld …) on this machine: a policy that denies
# every start, for the length of the install, unless the machine already has one.
policy=/usr/sbin/policy-rc.d
own_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee "$policy" >/dev/null
  "${as_root[@]}" chmod 755 "$policy"
  own_policy=1
fi
trap '[ "$own_policy" -eq 1 ] && "${as_root[@]}" rm -f "$policy"' EXIT

"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
