#!/bin/sh
# Remakes src/features/journal/packet/fonts/ExhibitSans-*.ttf, the report PDF's Unicode fonts:
# Liberation Sans 2.1.5 (SIL OFL 1.1, from Debian's fonts-liberation2) cut to Latin, Greek and
# Cyrillic without hinting, and renamed, since the licence reserves "Liberation" for the original.
# Needs: apt-get install fonts-liberation2 fonttools. Not part of the build: the output is committed.
set -eu
SRC=${SRC:-/usr/share/fonts/truetype/liberation2}
OUT=src/features/journal/packet/fonts
RANGES='U+0000-007E,U+00A0-024F,U+0259,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+1F00-1FFF,U+2000-206F,U+20A0-20CF,U+2100-215F,U+2190-2199,U+2212,U+2215,U+2219,U+221E,U+2248,U+2260,U+2264,U+2265,U+25A0-25CF,U+FB01-FB02,U+FFFD'
for weight in Regular Bold; do
  pyftsubset "$SRC/LiberationSans-$weight.ttf" --unicodes="$RANGES" --no-hinting \
    --layout-features='kern,liga,ccmp,locl,mark,mkmk' --output-file="$OUT/ExhibitSans-$weight.ttf"
  /usr/bin/python3 - "$OUT/ExhibitSans-$weight.ttf" "$weight" <<'PY'
import sys
from fontTools.ttLib import TTFont
path, weight = sys.argv[1], sys.argv[2]
font = TTFont(path)
family = 'Exhibit Sans'
values = {1: family, 2: weight, 3: f'{family} {weight} (subset of Liberation Sans 2.1.5)', 4: f'{family} {weight}', 6: f'ExhibitSans-{weight}'}
names = font['name']
names.names = [r for r in names.names if r.nameID not in (16, 17, 18, 21, 22)]
for record in names.names:
    if record.nameID in values:
        record.string = values[record.nameID]
font.save(path)
PY
done
