import fc from 'fast-check'
import * as core from '/work/wt/hostile/packages/core/dist/index.js'
const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withNullPrototype: true, withSet: true, withSparseArray: true, maxDepth: 3 })
const text = fc.oneof(fc.string(), fc.constantFrom('Article 5(1)(a)', 'apmbt', 'AUT', 'United Kingdom', 'A/RES/78/52', 'CC BY 2.0'))
const argument = fc.oneof(text, anything)
for (const name of process.argv.slice(2)) {
  const fn = core[name]
  for (let seed = 1; seed <= 6; seed++) {
    const d = fc.check(fc.property(fc.array(argument, { maxLength: 3 }), (args) => {
      try { fn(...args) } catch (e) { if (e instanceof TypeError && e.message.startsWith(`${name}:`)) return; throw e }
    }), { numRuns: 2000, seed })
    if (d.failed) console.log(name, seed, fc.stringify(d.counterexample), '=>', String(d.errorInstance?.message ?? d.error).slice(0, 200))
    else console.log(name, seed, 'ok')
  }
}
