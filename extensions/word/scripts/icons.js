/**
 * Draws the add-in's icons as PNG files (no image tools, no binary files in
 * git): a speech bubble with two lines of text on Fluent's brand blue.
 */
import {deflateSync} from 'node:zlib'

const brand = [0x0f, 0x6c, 0xbd]
const white = [0xff, 0xff, 0xff]

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false
  const cx = Math.min(Math.max(x, left + radius), right - radius)
  const cy = Math.min(Math.max(y, top + radius), bottom - radius)
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
}

function insideTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const side = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry)
  const d1 = side(x, y, ax, ay, bx, by)
  const d2 = side(x, y, bx, by, cx, cy)
  const d3 = side(x, y, cx, cy, ax, ay)
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0))
}

const inBubble = (x, y) => insideRoundedRect(x, y, 0.16, 0.2, 0.84, 0.68, 0.1) || insideTriangle(x, y, [0.28, 0.64], [0.28, 0.86], [0.5, 0.64])
const inLines = (x, y) => insideRoundedRect(x, y, 0.28, 0.33, 0.72, 0.4, 0.03) || insideRoundedRect(x, y, 0.28, 0.48, 0.6, 0.55, 0.03)

/** Colour (or undefined for transparent) at a point of the unit square. */
const shapes = {
  color(x, y) {
    if (!insideRoundedRect(x, y, 0, 0, 1, 1, 0.2)) return undefined
    if (inBubble(x, y) && !inLines(x, y)) return white
    return brand
  },
  /** Teams-style outline icon: white on transparent. */
  outline(x, y) {
    const outer = inBubble(x, y)
    const inner = insideRoundedRect(x, y, 0.24, 0.28, 0.76, 0.6, 0.05)
    if ((outer && !inner) || inLines(x, y)) return white
    return undefined
  }
}

function draw(size, shape) {
  const samples = 4
  const pixels = Buffer.alloc(size * size * 4)
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = shape((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
          if (!colour) continue
          r += colour[0]
          g += colour[1]
          b += colour[2]
          a++
        }
      }
      const at = (py * size + px) * 4
      if (a > 0) {
        pixels[at] = Math.round(r / a)
        pixels[at + 1] = Math.round(g / a)
        pixels[at + 2] = Math.round(b / a)
      }
      pixels[at + 3] = Math.round((a / samples ** 2) * 255)
    }
  }
  return encodePng(size, size, pixels)
}

const crcTable = Array.from({length: 256}, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

export function crc32(buffer) {
  let crc = 0xffffffff
  for (const byte of buffer) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height)
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** Every icon the manifests and the page use, by file name. */
export function icons() {
  return {
    'icon-16.png': draw(16, shapes.color),
    'icon-32.png': draw(32, shapes.color),
    'icon-64.png': draw(64, shapes.color),
    'icon-80.png': draw(80, shapes.color),
    'icon-128.png': draw(128, shapes.color),
    'color.png': draw(192, shapes.color),
    'outline.png': draw(32, shapes.outline)
  }
}
