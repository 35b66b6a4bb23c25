#!/usr/bin/env bash
# Installs the Chinese TrueType font the format tests typeset PDFs with: Debian's fonts-arphic-gbsn00lp
# (AR PL SungtiL GB, a single .ttf with glyf outlines covering GB2312 and Latin, which PdfPig's document builder
# can embed; the Noto CJK and WenQuanYi packages ship .ttc/.otf files it cannot). The tests find it under
# /usr/share/fonts, or take the path in PLATFORM_TEST_CJK_FONT. Idempotent.
set -euo pipefail

source "$(dirname "$0")/lib/apt-install.sh"
apt_install_missing fonts fonts-arphic-gbsn00lp
