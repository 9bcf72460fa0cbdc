// What the screen showed, frame by frame: a screencast of the page, each PNG frame decoded
// (zlib only, no image library), and a test of whether the content seen before the press is
// still on screen. Used by exit.bench.mjs to time "content hidden" from real pixels, the same
// way for any page.
import { inflateSync } from 'node:zlib';

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's screencast sends). */
export function decodePng(buffer) {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 3;
  const idat = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('unsupported PNG');
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0;
      if (!channels) throw new Error('unsupported PNG colour type');
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let value = line[x];
      if (filter === 1) value += a;
      else if (filter === 2) value += b;
      else if (filter === 3) value += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = value & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

const isInk = (img, i) => {
  const p = img.pixels;
  const o = i * img.channels;
  return 0.2126 * p[o] + 0.7152 * p[o + 1] + 0.0722 * p[o + 2] < 110;
};

/**
 * The "ink" (dark pixels: text, icons) of a frame, outside the box of the exit control (in CSS
 * pixels; `scale` is frame pixels per CSS pixel).
 */
export function inkMask(img, exclude, scale = 1) {
  const box = exclude && { x: exclude.x * scale, y: exclude.y * scale, width: exclude.width * scale, height: exclude.height * scale };
  const mask = [];
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (box && x >= box.x - 1 && x < box.x + box.width + 1 && y >= box.y - 1 && y < box.y + box.height + 1) continue;
      const i = y * img.width + x;
      if (isInk(img, i)) mask.push(i);
    }
  }
  return mask;
}

/** Share of the original content's ink still on screen in this frame (1 = all of it). */
export function inkStillShown(img, mask) {
  if (!mask.length) return 0;
  let kept = 0;
  for (const i of mask) if (isInk(img, i)) kept++;
  return kept / mask.length;
}

/**
 * Records screencast frames (epoch ms + PNG) until stopped, at half size: encoding every frame
 * costs the browser time, and a smaller frame keeps that cost out of what is measured.
 */
export async function startScreencast(page, { width = 195, height = 422 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const frames = [];
  cdp.on('Page.screencastFrame', (frame) => {
    frames.push({ at: frame.metadata.timestamp * 1000, png: Buffer.from(frame.data, 'base64'), cssWidth: frame.metadata.deviceWidth });
    void cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => undefined);
  });
  await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1, maxWidth: width, maxHeight: height });
  return {
    frames,
    async stop() {
      await cdp.send('Page.stopScreencast').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

/**
 * When the content stopped being on screen: the first frame after `down` showing under 20%
 * of the ink the last frame before it showed.
 */
export function hiddenAt(frames, down, exclude) {
  const before = frames.filter((f) => f.at <= down).at(-1);
  if (!before) return null;
  const image = decodePng(before.png);
  const mask = inkMask(image, exclude, image.width / before.cssWidth);
  for (const frame of frames.filter((f) => f.at > down)) {
    if (inkStillShown(decodePng(frame.png), mask) < 0.2) return frame.at;
  }
  return null;
}
