// Draws the disguise icons as PNGs with no image tooling (run once; the PNGs are committed).
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x / size, y / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const WHITE = [255, 255, 255, 255];
const inRounded = (x, y, r) => {
  const cx = Math.min(Math.max(x, r), 1 - r), cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
// Symbols drawn in a unit square; scale < 1 keeps them inside the maskable safe zone.
const symbols = {
  daybook: (x, y) => (x > 0.28 && x < 0.72 && y > 0.24 && y < 0.76 && !(x > 0.36 && x < 0.64 && y > 0.4 && y < 0.68)) || (x > 0.28 && x < 0.72 && y > 0.24 && y < 0.34),
  notes: (x, y) => x > 0.26 && x < 0.74 && [0.3, 0.44, 0.58, 0.72].some((l) => y > l - 0.03 && y < l + 0.03) && !(y > 0.69 && x > 0.56),
  weather: (x, y) => (x - 0.5) ** 2 + (y - 0.5) ** 2 < 0.04 || ((x - 0.5) ** 2 + (y - 0.5) ** 2 > 0.07 && (x - 0.5) ** 2 + (y - 0.5) ** 2 < 0.09 && Math.abs(Math.sin(Math.atan2(y - 0.5, x - 0.5) * 4)) < 0.35),
};
const themes = { daybook: '#3d5a80', notes: '#b08900', weather: '#1f78b4' };
mkdirSync('public/icons', { recursive: true });
for (const [id, theme] of Object.entries(themes)) {
  const bg = [...hex(theme), 255];
  const icon = (maskable, full) => (x, y) => {
    if (!full && !inRounded(x, y, 0.18)) return [0, 0, 0, 0];
    const s = maskable ? 0.75 : 1;
    const sx = (x - 0.5) / s + 0.5, sy = (y - 0.5) / s + 0.5;
    return symbols[id](sx, sy) ? WHITE : bg;
  };
  writeFileSync(`public/icons/${id}-192.png`, png(192, icon(false, false)));
  writeFileSync(`public/icons/${id}-512.png`, png(512, icon(false, false)));
  writeFileSync(`public/icons/${id}-maskable.png`, png(512, icon(true, true)));
  writeFileSync(`public/icons/${id}-180.png`, png(180, icon(false, true)));
  writeFileSync(`public/icons/${id}-32.png`, png(32, icon(false, false)));
}
