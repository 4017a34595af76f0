/**
 * Draws the GREX icon (a green tile with a white "barcode") at 16, 32, 64
 * and 80 px into assets/. Run once after changing the design:
 *   node scripts/make-icons.js
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Bars as fractions of the width: [start, end], heights vary like a barcode.
const BARS = [
  [0.18, 0.24, 1],
  [0.29, 0.32, 0.8],
  [0.37, 0.46, 1],
  [0.51, 0.54, 0.65],
  [0.59, 0.65, 0.9],
  [0.7, 0.73, 1],
  [0.77, 0.82, 0.75],
];
const GREEN = [46, 125, 50, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function pixel(x, y, s) {
  const u = (x + 0.5) / s,
    v = (y + 0.5) / s;
  const r = 0.16; // corner radius
  const cx = Math.min(Math.max(u, r), 1 - r),
    cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return CLEAR;
  for (const [a, b, h] of BARS) {
    const top = 0.2 + (1 - h) * 0.3;
    if (u >= a && u <= b && v >= top && v <= 0.8) return WHITE;
  }
  return GREEN;
}

for (const size of [16, 32, 64, 80]) {
  const file = path.join(__dirname, '..', 'assets', `icon-${size}.png`);
  fs.writeFileSync(file, png(size, pixel));
  console.log('geschreven:', path.relative(process.cwd(), file));
}
