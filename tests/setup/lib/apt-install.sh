# Sourced by the setup scripts (run.sh runs only tests/setup/*.sh, not this folder).
# apt_install_missing LABEL PACKAGE...: installs the Debian packages that are not installed yet, quietly,
# with sudo when not root; does nothing when all are there.
apt_install_missing() {
  local label=$1 package
  shift
  local missing=()
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  echo "$label: installing ${missing[*]}" >&2
  local sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  DEBIAN_FRONTEND=noninteractive timeout 600 "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 600 "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
