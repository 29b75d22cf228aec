#!/usr/bin/env bash
# Makes the web fonts Diwan serves (src/main/resources/static/fonts) from Debian's fonts-noto-core:
# Noto Sans for Latin text and Noto Naskh Arabic for Arabic, cut to the characters the three
# languages use, unhinted, WOFF2. A first visit must stay under 200 KB, fonts included.
# Needs: pip install fonttools brotli. Run it again only to change the character sets.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
noto=/usr/share/fonts/truetype/noto
out="$here/src/main/resources/static/fonts"
latin="U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+0178,U+02C6,U+02DC,U+2009,U+200B-200F,U+2013-2014,U+2018-201E,U+2022,U+2026,U+202F,U+2039-203A,U+20AC,U+2122,U+2190-2193,U+2212"
arabic="U+0600-06FF,U+0750-077F,U+200C-200F,U+FB50-FDFF,U+FE70-FEFF"
for weight in Regular Bold; do
    pyftsubset "$noto/NotoSans-$weight.ttf" --unicodes="$latin" --layout-features='kern,liga,clig,calt,ccmp,locl,mark,mkmk' \
        --no-hinting --flavor=woff2 --output-file="$out/NotoSans-$weight.woff2"
    # Arabic keeps every layout feature: joining forms and marks are its shaping
    pyftsubset "$noto/NotoNaskhArabic-$weight.ttf" --unicodes="$arabic" --layout-features='*' \
        --no-hinting --flavor=woff2 --output-file="$out/NotoNaskhArabic-$weight.woff2"
done
ls -l "$out"
