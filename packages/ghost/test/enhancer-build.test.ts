/**
 * How the enhancer is built (tsup.config.ts, scripts/pack-enhancer.js): for the oldest browsers
 * its code runs in anyway (Chrome and Edge 92, Firefox 90, Safari 16.4), so syntax those have is
 * kept as written instead of rewritten into longer ES2020; one strict script, nothing imported.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'

const bundle = await readFile(new URL('../dist/enhancer.js', import.meta.url), 'utf8')

describe('the enhancer build', () => {
  it('keeps class fields as written: no helper that defines them one by one', () => {
    // esbuild's ES2020 form of a class field: `__publicField(this, "name", value)` over this.
    expect(bundle).not.toMatch(/enumerable:!0,configurable:!0,writable:!0,value:/)
    // A class whose first member is a field, written as a field.
    expect(bundle).toMatch(/=class\{[\w$]+=/)
  })

  it('is one strict script that runs in a page: an IIFE after the licence banner, no imports', () => {
    expect(bundle).toMatch(
      /^\/\*! @treatymark\/ghost enhancer · MIT · [^*]*\*\/\n"use strict";\(\(\)=>\{/,
    )
    expect(bundle).not.toMatch(/\bimport\s*\(|\brequire\(/)
  })
})
