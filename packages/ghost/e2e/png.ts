/** A small generated PNG (a field under a sky) for the screenshots: no image files in the repo. */
import { crc32, deflateSync } from 'node:zlib'

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body) >>> 0)
  return Buffer.concat([length, body, crc])
}

export function fieldPng(width = 960, height = 420): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height)
  const horizon = Math.round(height * 0.45)
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    raw[row] = 0
    for (let x = 0; x < width; x++) {
      let rgb: [number, number, number]
      if (y < horizon) {
        const t = y / horizon
        rgb = [150 + 70 * t, 185 + 45 * t, 225 + 20 * t]
      } else {
        const t = (y - horizon) / (height - horizon)
        const stripe = Math.sin((x + y * 3) / 18) > 0.6 ? 14 : 0
        rgb = [120 - 40 * t + stripe, 150 - 30 * t + stripe, 70 - 20 * t]
      }
      raw.set(
        rgb.map((v) => Math.max(0, Math.min(255, Math.round(v)))),
        row + 1 + x * 3,
      )
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
