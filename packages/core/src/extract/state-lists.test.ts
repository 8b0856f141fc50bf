import { describe, expect, it } from 'vitest'
import type { Diagnostic, StateList } from '../models/extraction.js'
import { extractStateLists, parseCount } from './state-lists.js'
import { extract } from './index.js'
import { extractStates } from './states.js'

// Example sentences written for these tests (not taken from the samples).
function lists(text: string, diagnostics: Diagnostic[] = []): StateList[] {
  return extractStateLists(text, extractStates(text, {}, []), {}, diagnostics)
}

function spans(text: string): string[] {
  return lists(text).map((l) => `${l.text}|${l.members.join(',')}|${l.unresolved.join(',')}`)
}

describe('extractStateLists', () => {
  it('finds "A, B, C and D" with the span from the first to the last member', () => {
    const text = 'Yesterday Chile, Ghana, Peru and Sweden tabled a paper.'
    const [list] = lists(text)
    expect(list).toEqual({
      type: 'stateList',
      start: 10,
      end: 39,
      text: 'Chile, Ghana, Peru and Sweden',
      members: ['CHL', 'GHA', 'PER', 'SWE'],
      unresolved: [],
    })
  })

  it('closes a list after its conjunction', () => {
    expect(spans('Deadlines fall for Chad, Niger and Mali; Eritrea has not reported.')).toEqual([
      'Chad, Niger and Mali|TCD,NER,MLI|',
    ])
    expect(spans('Chile and Peru, Ghana spoke.')).toEqual([])
    expect(spans('Talks in Chile, Ghana and Peru, and the Sweden meeting.')).toEqual([
      'Chile, Ghana and Peru|CHL,GHA,PER|',
    ])
  })

  it('accepts the serial comma, semicolons, "&", "or" and "as well as"', () => {
    expect(spans('Support from Chile, Ghana, and Peru was welcome.')).toEqual([
      'Chile, Ghana, and Peru|CHL,GHA,PER|',
    ])
    expect(spans('Speakers: Chile; Ghana; Peru; and Sweden.')).toEqual([
      'Chile; Ghana; Peru; and Sweden|CHL,GHA,PER,SWE|',
    ])
    expect(spans('A joint paper by Chile & Ghana & Peru.')).toEqual([
      'Chile & Ghana & Peru|CHL,GHA,PER|',
    ])
    expect(spans('Neither Chile, Ghana or Peru objected.')).toEqual([
      'Chile, Ghana or Peru|CHL,GHA,PER|',
    ])
    expect(spans('It was backed by Chile, Ghana, Peru as well as Sweden.')).toEqual([
      'Chile, Ghana, Peru as well as Sweden|CHL,GHA,PER,SWE|',
    ])
  })

  it('accepts a list without a conjunction and stops before what follows it', () => {
    expect(spans('Consultations with Chile, Ghana, Peru, Sweden and perhaps others.')).toEqual([
      'Chile, Ghana, Peru, Sweden|CHL,GHA,PER,SWE|',
    ])
  })

  it('leaves "the" before the first member outside and keeps it inside between members', () => {
    expect(
      spans('Objections came from the Philippines, the Czech Republic and the Gambia.'),
    ).toEqual(['Philippines, the Czech Republic and the Gambia|PHL,CZE,GMB|'])
  })

  it('passes over a parenthetical after a member; states inside it are not members', () => {
    expect(
      spans(
        'Speakers were Sweden (for the Nordic countries, with Denmark), Kenya, Chile and Fiji.',
      ),
    ).toEqual([
      'Sweden (for the Nordic countries, with Denmark), Kenya, Chile and Fiji|SWE,KEN,CHL,FJI|',
    ])
  })

  it('reads an abbreviation period as the comma inside a list', () => {
    expect(spans('Statements by Kenya, the U.S. Chile, Fiji and Peru followed.')).toEqual([
      'Kenya, the U.S. Chile, Fiji and Peru|KEN,USA,CHL,FJI,PER|',
    ])
    // After the conjunction the period ends the sentence.
    expect(spans('Kenya, Fiji and the U.S. Chile then spoke.')).toEqual([
      'Kenya, Fiji and the U.S.|KEN,FJI,USA|',
    ])
  })

  it('passes over footnote markers after a member', () => {
    expect(spans('Four requests came from Kenya, Chile,[3] Fiji and Peru.[4]')).toEqual([
      'Kenya, Chile,[3] Fiji and Peru|KEN,CHL,FJI,PER|',
    ])
  })

  it('keeps unknown names in member positions as unresolved', () => {
    expect(spans('Letters came from Austria, Ruritania and Belgium last week.')).toEqual([
      'Austria, Ruritania and Belgium|AUT,BEL|Ruritania',
    ])
    expect(spans('Letters came from Austria, Belgium and Freedonia.')).toEqual([
      'Austria, Belgium and Freedonia|AUT,BEL|Freedonia',
    ])
    expect(spans('Others, such as Ruritania, Austria and Belgium, agreed.')).toEqual([
      'Ruritania, Austria and Belgium|AUT,BEL|Ruritania',
    ])
  })

  it('skips organisations in member positions and breaks at other words', () => {
    // Two states and two organisations: a list of two states, written up to the last state.
    expect(spans('Austria, the European Union, Kenya and the ICRC agreed.')).toEqual([
      'Austria, the European Union, Kenya|AUT,KEN|',
    ])
    expect(spans('Austria, the European Union, Kenya and Chile agreed.')).toEqual([
      'Austria, the European Union, Kenya and Chile|AUT,KEN,CHL|',
    ])
    // A title breaks the list; the two states before it are a list of two.
    expect(spans('Austria, Kenya, Ambassador Smith and Chile met.')).toEqual([
      'Austria, Kenya|AUT,KEN|',
    ])
    expect(spans('Austria, Belgium and Handicap International agreed.')).toEqual([
      'Austria, Belgium|AUT,BEL|',
    ])
    // A title inside the closing name, after an organisation's acronym: a person, no member.
    expect(
      spans('Envoys of Chile, Kenya, Peru and EU High Representative for the region met.'),
    ).toEqual(['Chile, Kenya, Peru|CHL,KEN,PER|'])
    expect(spans('Chile, Kenya, Peru and the AU Special Envoy spoke.')).toEqual([
      'Chile, Kenya, Peru|CHL,KEN,PER|',
    ])
  })

  it('does not take cities, regions or titles for unknown states', () => {
    expect(spans('Talks with Austria, Belgium, Chile and Geneva-based experts.')).toEqual([
      'Austria, Belgium, Chile|AUT,BEL,CHL|',
    ])
    expect(spans('Delegates of Austria, Belgium, Chile and Geneva met.')).toEqual([
      'Austria, Belgium, Chile|AUT,BEL,CHL|',
    ])
    expect(spans('Geneva, Austria, Belgium and Chile agreed.')).toEqual([
      'Austria, Belgium and Chile|AUT,BEL,CHL|',
    ])
    expect(spans('It was Austria, Belgium, Chile and Mr. Lee.')).toEqual([
      'Austria, Belgium, Chile|AUT,BEL,CHL|',
    ])
  })

  it('needs three names: two states are not a list', () => {
    expect(spans('Kenya and Chile agreed; Fiji, too.')).toEqual([])
    expect(spans('Greece and Turkey have yet to finish.')).toEqual([])
    expect(spans('The vote went 150 to 2 (Greece and Turkey).')).toEqual([])
    expect(spans('In Kenya, Chile was praised.')).toEqual([])
  })

  it('takes two states separated by a comma when they are written as a list', () => {
    // A recorded vote's tally in brackets, or after a label.
    expect(spans('adopted by 150 votes to 2 (Fiji, Kenya), with 4 abstentions')).toEqual([
      'Fiji, Kenya|FJI,KEN|',
    ])
    expect(spans('Against: Fiji*, Kenya.\nAbstaining: Chile, Peru, Togo.')).toEqual([
      'Fiji*, Kenya|FJI,KEN|',
      'Chile, Peru, Togo|CHL,PER,TGO|',
    ])
    expect(spans('the Against column:\nFiji, the Netherlands\nand then')).toEqual([
      'Fiji, the Netherlands|FJI,NLD|',
    ])
    // The list goes on in words.
    expect(spans('holdouts such as Kenya,\nChile, and five other States')).toEqual([
      'Kenya,\nChile|KEN,CHL|',
    ])
    expect(spans('two (Kenya, and the United Kingdom) abstained')).toEqual([
      'Kenya, and the United Kingdom|KEN,GBR|',
    ])
  })

  it('does not join hyphenated compounds or cross sentences', () => {
    expect(spans('A Kenya-Chile-Fiji proposal was tabled.')).toEqual([])
    expect(spans('Chile and Fiji. Kenya, Peru and Ghana then spoke.')).toEqual([
      'Kenya, Peru and Ghana|KEN,PER,GHA|',
    ])
  })

  it('finds press-release style lists with full UN names', () => {
    const text =
      'Statements were made by the representatives of Austria, Brazil, Iran (Islamic Republic of), the Lao People’s Democratic Republic, Viet Nam and Zimbabwe, as well as by the observer for the Holy See.'
    expect(lists(text).map((l) => l.members)).toEqual([['AUT', 'BRA', 'IRN', 'LAO', 'VNM', 'ZWE']])
  })

  it('finds vote lists in parentheses', () => {
    const text =
      'Adopted by 150 votes in favour to 3 against (Israel, Palau, United States of America), with 4 abstentions (Fiji, India, Nauru, Tonga).'
    const diagnostics: Diagnostic[] = []
    expect(lists(text, diagnostics).map((l) => l.members)).toEqual([
      ['ISR', 'PLW', 'USA'],
      ['FJI', 'IND', 'NRU', 'TON'],
    ])
    expect(diagnostics).toEqual([])
  })

  it('warns when a count before the list does not match', () => {
    const text = 'A statement on behalf of twenty-five States: Austria, Belgium, Chile and Denmark.'
    const diagnostics: Diagnostic[] = []
    const [list] = lists(text, diagnostics)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      ruleId: 'list-count-mismatch',
      severity: 'warning',
      start: list?.start,
      end: list?.end,
    })
    const digits: Diagnostic[] = []
    lists('The 5 countries (Austria, Belgium, Chile and Denmark) abstained.', digits)
    expect(digits).toHaveLength(1)
    const votes: Diagnostic[] = []
    lists(
      'Adopted by 120 in favour to 4 against (Israel, Palau, Nauru), with no abstentions.',
      votes,
    )
    expect(votes).toHaveLength(1)
  })

  it('does not warn for matching, partial or approximate counts', () => {
    for (const text of [
      'Four States (Austria, Belgium, Chile and Denmark) abstained.',
      'Of the one hundred and twelve countries present, several, including Austria, Belgium and Chile, spoke.',
      'Thirty-one States including Austria, Belgium and Chile spoke.',
      'More than 25 countries: Austria, Belgium and Chile among them.',
      'Three countries, Austria, Ruritania and Belgium, objected.',
    ]) {
      const diagnostics: Diagnostic[] = []
      lists(text, diagnostics)
      expect(diagnostics, text).toEqual([])
    }
  })

  it('parses numerals in digits and English words', () => {
    expect(parseCount('25')).toBe(25)
    expect(parseCount('twenty-five')).toBe(25)
    expect(parseCount('Twenty five')).toBe(25)
    expect(parseCount('eleven')).toBe(11)
    expect(parseCount('one hundred and ninety-nine')).toBe(199)
    expect(parseCount('a hundred')).toBe(100)
    expect(parseCount('one hundred ninety three')).toBe(193)
    expect(parseCount('nine hundred and ninety-nine')).toBe(999)
    expect(parseCount('twenty-zero')).toBeNull()
    expect(parseCount('many')).toBeNull()
  })

  it('ignores demonym mentions and never throws', () => {
    const text = 'Austrian, Belgian and Chilean experts met.'
    const mentions = extractStates(text, { demonyms: true }, [])
    expect(extractStateLists(text, mentions, {}, [])).toEqual([])
    expect(extractStateLists('', [], {}, [])).toEqual([])
  })
})

describe('state extraction on arbitrary input', () => {
  it('never throws, keeps spans in bounds and lists over their members', async () => {
    const fc = await import('fast-check')
    const pieces = [
      'Austria',
      'the U.S.',
      ', ',
      ' and ',
      '; ',
      ' (',
      ')',
      'Ruritania',
      'twenty-five States: ',
      '[1]',
      '\n',
      '\n\n',
      'Côte d’Ivoire',
      'Guinea',
      '-',
      'US$',
      'Mexico City',
      'of ',
      ' ',
      '.',
    ]
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), {
          maxLength: 40,
        }),
        (parts) => {
          const text = parts.join('')
          const diagnostics: Diagnostic[] = []
          const mentions = extractStates(text, {}, diagnostics)
          for (const m of mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0)
            expect(m.end).toBeLessThanOrEqual(text.length)
            expect(text.slice(m.start, m.end)).toBe(m.text)
          }
          for (const list of extractStateLists(text, mentions, {}, diagnostics)) {
            expect(list.members.length).toBeGreaterThanOrEqual(2)
            // Two members only with a comma or semicolon between them ("(Israel, United States)").
            if (list.members.length + list.unresolved.length < 3) expect(list.text).toMatch(/[,;]/)
            expect(text.slice(list.start, list.end)).toBe(list.text)
            const inside = mentions.filter((m) => m.start >= list.start && m.end <= list.end)
            expect(inside.length).toBeGreaterThanOrEqual(list.members.length)
          }
          for (const d of diagnostics) expect(d.end).toBeLessThanOrEqual(text.length)
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('lists next to instrument names and announcing clauses', () => {
  it('does not start a list at a treaty name', () => {
    const [list] = lists(
      'Under Article 6(4) of the Arms Trade Treaty, Ghana, Peru and Viet Nam reported.',
    )
    expect(list?.text).toBe('Ghana, Peru and Viet Nam')
    expect(list?.unresolved).toEqual([])
  })

  it('checks a count announced by a clause that ends in a colon', () => {
    const diagnostics: Diagnostic[] = []
    lists(
      'Nine delegations asked for the floor during the debate: Chile, Fiji, Ghana and Nepal.',
      diagnostics,
    )
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['list-count-mismatch'])
    expect(diagnostics[0]?.message).toMatch(/announces 9 but the list names 4/)
  })

  it('stays quiet when the clause names the right count', () => {
    const diagnostics: Diagnostic[] = []
    lists(
      'Four delegations asked for the floor during the debate: Chile, Fiji, Ghana and Nepal.',
      diagnostics,
    )
    expect(diagnostics).toEqual([])
  })

  it('does not read a count across another clause', () => {
    const diagnostics: Diagnostic[] = []
    lists(
      'Nine delegations spoke, the Chair said, including Chile, Fiji, Ghana and Nepal.',
      diagnostics,
    )
    expect(diagnostics).toEqual([])
  })
})

describe('a person named with an initial between two states (misc13)', () => {
  it('breaks the list: no list of a state, a person and a title', () => {
    const text =
      'talks between the Foreign Minister of Chile, Ana M. Reyes, and Peru Minister Luis Vega'
    expect(
      extractStateLists(text, extractStates(text, {}, []), {}, []).map((l) => l.members),
    ).toEqual([])
    expect(extractStates(text, {}, []).map((m) => m.iso3)).toEqual(['CHL', 'PER'])
  })

  it('keeps lists whose members have no initials', () => {
    const text = 'Chile, Ghana, and Peru signed.'
    expect(
      extractStateLists(text, extractStates(text, {}, []), {}, []).map((l) => l.members),
    ).toEqual([['CHL', 'GHA', 'PER']])
  })
})

// A state that is no UN member ("the Cook Islands") inside a list does not split it: one
// list, the name kept in `unresolved`, no member and no state mention.
describe('a non-member inside a list', () => {
  it('keeps one list', () => {
    const r = extract('Signatories: Fiji, the Cook Islands, New Zealand and Samoa.', {
      kinds: ['states', 'stateLists'],
    })
    expect(r.stateLists.map((l) => [l.text, l.members, l.unresolved])).toEqual([
      ['Fiji, the Cook Islands, New Zealand and Samoa', ['FJI', 'NZL', 'WSM'], ['Cook Islands']],
    ])
    expect(r.states.map((s) => s.iso3)).toEqual(['FJI', 'NZL', 'WSM'])
  })
})
