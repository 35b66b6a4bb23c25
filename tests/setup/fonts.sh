#!/usr/bin/env bash
# Installs the Chinese TrueType font the format tests typeset PDFs with: Debian's fonts-arphic-gbsn00lp
# (AR PL SungtiL GB, a single .ttf with glyf outlines covering GB2312 and Latin, which PdfPig's document builder
# can embed; the Noto CJK and WenQuanYi packages ship .ttc/.otf files it cannot). The tests find it under
# /usr/share/fonts, or take the path in PLATFORM_TEST_CJK_FONT. Idempotent.
set -euo pipefail

package=fonts-arphic-gbsn00lp
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
  exit 0
fi

echo "fonts: installing $package" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "$package" >/dev/null
