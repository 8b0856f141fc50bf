import { describe, expect, it } from 'vitest'
import { checkUrl, safeHttpUrl, safeImageSrc } from './url.js'

describe('checkUrl: links', () => {
  it.each([
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['HTTP://EXAMPLE.ORG', 'http://example.org/'],
    ['\u0001 https://example.org/x\t', 'https://example.org/x'],
    ['https://example.org/?a=1&amp;b=2', 'https://example.org/?a=1&amp;b=2'],
  ])('accepts %j', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    '\u0000javascript:alert(1)',
    ' \u0001\u001fjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java&#9;script:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'java\u200bscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,AAAA',
    '/relative',
    '//example.org',
    'https://',
    '',
  ])('refuses %j', (input) => {
    const verdict = checkUrl(input, 'link')
    expect(verdict.url).toBeUndefined()
    expect(verdict.reason).toBeTruthy()
  })
})

describe('checkUrl: images', () => {
  it.each([
    ['https://example.org/a.png', 'https://example.org/a.png'],
    ['images/a.png', 'images/a.png'],
    ['/images/a.png', '/images/a.png'],
    ['//cdn.example.org/a.png', '//cdn.example.org/a.png'],
    ['data:image/png;base64,iVBORw0KGgo=', 'data:image/png;base64,iVBORw0KGgo='],
    ['DATA:image/webp,xyz', 'DATA:image/webp,xyz'],
    ['  a\tb.png\n', 'ab.png'],
  ])('accepts %j', (input, expected) => {
    expect(safeImageSrc(input)).toBe(expected)
  })

  it.each([
    '\u0000javascript:alert(1)',
    'java&#9;script:alert(1)',
    'java&#x09;script:alert(1)',
    'java&Tab;script:alert(1)',
    'jav&#x61;script:alert(1)',
    '\u0001data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'livescript:alert(1)',
    'file:///etc/passwd',
    'blob:https://example.org/x',
    'jar:https://example.org/x!/y',
    'java\u00adscript:alert(1)',
    42,
    null,
  ])('refuses %j', (input) => {
    expect(safeImageSrc(input)).toBeUndefined()
  })
})
