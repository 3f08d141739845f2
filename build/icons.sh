#!/usr/bin/env bash
# Regenerates every packaged icon from build/icon.svg. Run by hand after changing the SVG, then commit
# the results (CI and packaging use the committed files and need none of these tools).
# Debian: apt-get install librsvg2-bin icnsutils icoutils
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p icons
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"
done
# Linux (AppImage, deb) takes the icons/ folder; electron-builder and the window use icon.png.
cp icons/512x512.png icon.png
# macOS: the sizes an .icns holds (png2icns picks its slots by size).
png2icns icon.icns icons/16x16.png icons/32x32.png icons/48x48.png icons/128x128.png icons/256x256.png icons/512x512.png icons/1024x1024.png >/dev/null
# Windows: 256 stays PNG-compressed inside the .ico, the smaller sizes are plain bitmaps.
icotool -c -o icon.ico icons/16x16.png icons/24x24.png icons/32x32.png icons/48x48.png icons/64x64.png -r icons/256x256.png
