#!/bin/sh
# Installs the Debian packages named as arguments that are not installed
# yet. Does nothing when all are present, or on a system without dpkg.
command -v dpkg >/dev/null 2>&1 || exit 0
missing=""
for p in "$@"; do
  dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing Debian packages:$missing"
if [ "$(id -u)" -ne 0 ]; then
  echo "run as root, or install them by hand:$missing" >&2
  exit 1
fi
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
