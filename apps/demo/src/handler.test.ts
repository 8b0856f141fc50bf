import { describe, expect, it } from 'vitest'
import { handle, sortMarks, type WorkerResponse } from './handler.js'
import { decodeShare } from './state.js'

const text = 'Article 6 of the ATT; Chad and Peru.'

function ok(response: WorkerResponse) {
  if (!response.ok) throw new Error(response.error)
  return response
}

describe('handle', () => {
  it('answers an analysis with what the page shows, and no Extraction', () => {
    const response = ok(
      handle({ type: 'analyse', id: 1, text, mode: 'text', options: {}, tree: false, json: false }),
    )
    expect(response.type).toBe('analyse')
    if (response.type !== 'analyse') return
    const { result } = response
    expect(result.blocks.join('')).toMatch(/^<a class="tm-cite"/)
    expect(result.counts).toMatchObject({ citations: 1, states: 2, documents: 0, errors: 0 })
    expect(result.marks.map((m) => m.start)).toEqual(
      [...result.marks.map((m) => m.start)].sort((a, b) => a - b),
    )
    expect(result).not.toHaveProperty('extraction')
    expect(result.json).toBeUndefined()
    expect(result.tree).toBeUndefined()
  })

  it('builds the JSON, the markdown with directives and a share hash on demand', () => {
    handle({ type: 'analyse', id: 2, text, mode: 'text', options: {}, tree: false, json: false })
    const json = ok(handle({ type: 'extra', id: 3, what: 'json' }))
    expect(json.type === 'extra' && JSON.parse(json.value).citations[0].treaty).toBe('att')
    const markdown = ok(handle({ type: 'extra', id: 4, what: 'markdown' }))
    expect(markdown.type === 'extra' && markdown.value).toBe(
      ':cite[Article 6 of the ATT]{treaty=att article=6}; :state[Chad]{iso3=TCD} and :state[Peru]{iso3=PER}.',
    )
    const state = { text, mode: 'text' as const, instrument: '' as const, demonyms: true }
    const share = ok(handle({ type: 'extra', id: 5, what: 'share', share: state }))
    expect(share.type === 'extra' && decodeShare(share.value)).toEqual(state)
    expect(ok(handle({ type: 'extra', id: 6, what: 'resources' }))).toMatchObject({ value: '[]' })
  })

  it('turns a failure into an error answer, never a throw', () => {
    const response = handle({ type: 'extra', id: 7, what: 'share' })
    expect(response).toEqual({ id: 7, ok: false, error: 'no state to share' })
  })
})

describe('sortMarks', () => {
  it('orders by start, the longest first', () => {
    const mark = (start: number, end: number) => ({ kind: 'state' as const, start, end, title: '' })
    expect(sortMarks([mark(5, 6), mark(0, 9), mark(0, 3)])).toEqual([
      mark(0, 9),
      mark(0, 3),
      mark(5, 6),
    ])
  })
})
