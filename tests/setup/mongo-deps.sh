#!/usr/bin/env bash
# Installs what the MongoDB adapter's tests need: python3-mockupdb, the scripted wire-protocol server the
# wire tests drive the official .NET driver against. The driver itself is a NuGet package (no native library).
# Idempotent: does nothing when every package is already installed.
set -euo pipefail

source "$(dirname "$0")/lib/apt-install.sh"
apt_install_missing mongo-deps python3-mockupdb
