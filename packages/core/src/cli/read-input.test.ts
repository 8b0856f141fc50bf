import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type CliIo, main, processIo } from './index.js'
import { decodeInput, InputError, utf8Errors } from './read-input.js'

const bytes = (...values: number[]) => Uint8Array.from(values)
const utf8 = (text: string) => new TextEncoder().encode(text)

/** Deterministic "random" bytes. */
function noise(size: number, seed = 7): Uint8Array {
  const out = new Uint8Array(size)
  let x = seed
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

describe('decodeInput', () => {
  it('decodes UTF-8 text unchanged', () => {
    const text = 'Côte d’Ivoire and Türkiye signed the CCM. 日本 🇦🇹\r\n\tend'
    expect(decodeInput(utf8(text))).toBe(text)
    expect(decodeInput(new Uint8Array())).toBe('')
  })

  it('refuses a NUL byte as binary, with its offset', () => {
    expect(() => decodeInput(utf8('Austria\u0000x'))).toThrow(InputError)
    expect(() => decodeInput(utf8('Austria\u0000x'))).toThrow(/binary input.*byte offset 7/)
  })

  it('refuses random bytes as binary', () => {
    const random = noise(100_000).map((b) => (b === 0 ? 1 : b))
    expect(() => decodeInput(random)).toThrow(/binary input \(\d+% of the bytes/)
  })

  it('refuses UTF-16 with a clear message', () => {
    expect(() => decodeInput(bytes(0xff, 0xfe, 0x41, 0x00))).toThrow(/UTF-16/)
  })

  it('reports invalid UTF-8 with its byte offset and line', () => {
    const latin1 = [
      ...utf8('Line one\nCôte d'),
      0x27,
      0x49,
      0x76,
      0x6f,
      0x69,
      0x72,
      0x65,
      0x20,
      0xe9,
      0x74,
      0xe9,
    ]
    expect(() => decodeInput(Uint8Array.from(latin1))).toThrow(
      /not valid UTF-8: byte 0xE9 at byte offset 24 \(line 2\) and 1 more invalid sequence;/,
    )
  })

  it('refuses text that is mostly U+FFFD', () => {
    expect(() => decodeInput(utf8('\uFFFD'.repeat(40) + 'Austria'))).toThrow(/U\+FFFD/)
    expect(decodeInput(utf8('one \uFFFD in prose about Austria and France'))).toContain('\uFFFD')
  })
})

describe('utf8Errors', () => {
  it.each<[string, number[], number]>([
    ['overlong', [0xc0, 0x80], 0],
    ['surrogate', [0x41, 0xed, 0xa0, 0x80], 1],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['truncated', [0x41, 0x42, 0xe2, 0x82], 2],
    ['lone continuation', [0x80], 0],
  ])('%s', (_name, input, first) => {
    expect(utf8Errors(Uint8Array.from(input)).first).toBe(first)
  })

  it('agrees with the WHATWG decoder on random bytes', () => {
    for (let seed = 1; seed < 50; seed++) {
      const input = noise(64, seed)
      let valid = true
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(input)
      } catch {
        valid = false
      }
      expect(utf8Errors(input).first < 0).toBe(valid)
    }
  })
})

describe('treatymark CLI on garbage', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'treatymark-input-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  async function run(argv: string[]) {
    let out = ''
    let err = ''
    const io: CliIo = {
      ...processIo,
      stdout: (text) => void (out += text),
      stderr: (text) => void (err += text),
    }
    return { code: await main(argv, io), out, err }
  }

  it('extract refuses a binary file with exit 2 and goes on with the others', async () => {
    const bin = path.join(dir, 'bin.dat')
    const txt = path.join(dir, 'ok.txt')
    writeFileSync(bin, noise(100_000))
    writeFileSync(txt, 'Austria, France and Chile.\n')
    const { code, out, err } = await run(['extract', bin, txt])
    expect(code).toBe(2)
    expect(err).toMatch(/cannot read .*bin\.dat: binary input/)
    expect(out).toContain('ok.txt')
    expect(out).not.toContain('bin.dat')
  })

  it('render refuses invalid UTF-8 with the byte offset', async () => {
    const file = path.join(dir, 'latin1.txt')
    writeFileSync(file, Uint8Array.from([...utf8('Austria '), 0xe9, 0x0a]))
    const { code, err } = await run(['render', file])
    expect(code).toBe(2)
    expect(err).toContain('not valid UTF-8: byte 0xE9 at byte offset 8 (line 1)')
  })
})
