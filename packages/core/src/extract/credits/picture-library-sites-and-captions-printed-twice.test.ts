/**
 * Two unlabelled forms from the thirteenth set: a picture library's site after a known agency in
 * a photographer's chain ("JANE DOE / AFP / picturedesk.com", as Austrian galleries print it),
 * and a known agency in brackets closing a caption that the page prints twice (as the picture's
 * text and its caption, or under several pictures): "Smoke over the example plant (AFP)" twice
 * credits each copy, dated or not; a story's paragraph, printed once, keeps its "(AFP)" as text.
 * Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Jane', 'John', 'Marta'], ['Doe', 'Roe', 'Silva'])

describe("a picture library's site after a known agency", () => {
  it('"JANE DOE / AFP / picturedesk.com" under a gallery caption', () => {
    const text =
      '1 /3 Blick in das Werk (16. April 2024).\n...\nJANE DOE / AFP / picturedesk.com\n2 /3 In dieser Fabrik.\n'
    expect(exact(text)).toEqual([
      {
        start: 45,
        end: 77,
        text: 'JANE DOE / AFP / picturedesk.com',
        kind: 'credit',
        title: null,
        creator: 'JANE DOE',
        source: 'AFP / picturedesk.com',
        license: null,
      },
    ])
  })

  it.each([
    // A site before the agency, or a link in prose, is no chain of a photographer.
    'Jane Doe/example.com/AFP\n',
    'See www.example.com/AFP for more.',
    'The text of AFP/example.com is here.\n',
  ])('no credit: %j', (text) => {
    expect(fields(text)).toEqual([])
  })

  it('property: a photographer, a known agency and a site', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('AFP', 'Reuters', 'APA', 'dpa'),
        fc.constantFrom('picturedesk.com', 'example.org', 'bilder.example.at'),
        fc.constantFrom('/', ' / '),
        (who, agency, site, sep) => {
          const chain = `${who}${sep}${agency}${sep}${site}`
          const text = `A crowd waits at the port on Monday.\n${chain}\n\nMore.`
          sane(text)
          expect(fields(text)).toEqual([
            { text: chain, creator: who, source: `${agency}${sep}${site}`, license: null },
          ])
        },
      ),
    )
  })
})

describe('a known agency in brackets closing a caption printed twice', () => {
  it('each copy of "Smoke rises over the example plant (AFP)"', () => {
    const text =
      'Title\n\nSmoke rises over the example nuclear plant (AFP)\nSmoke rises over the example nuclear plant (AFP)\n\nDebate grows.'
    expect(exact(text)).toEqual([
      {
        start: 51,
        end: 54,
        text: 'AFP',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'AFP',
        license: null,
      },
      {
        start: 100,
        end: 103,
        text: 'AFP',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'AFP',
        license: null,
      },
    ])
  })

  it('a name in capitals before the bracket keeps its credit whole (a gallery glued together)', () => {
    const text =
      'A monk stands beside the bombs in the village (Example).JANE DOE (REUTERS)The bombs have hurt many. A yard holds the bombs in the village (Example).JANE DOE (REUTERS)Most people farm.'
    expect(fields(text).map((c) => c.text)).toEqual(['JANE DOE (REUTERS)', 'JANE DOE (REUTERS)'])
  })

  it.each([
    // The second copy without the bracket, after a bullet.
    [
      'Title\n\n  • Jets fly over the example warships near the islands (Reuters)\n    Jets fly over the example warships near the islands\n\nMore.',
      ['Reuters'],
    ],
    // The copy glued after the bracket on its line.
    [
      'Title\n\nThe president unveils the plan in the office on May 20, 2025. (AP) The president unveils the plan in the office on May 20, 2025.\n\nMore.',
      ['AP'],
    ],
    // The picture's text on the line above opens as the caption does.
    [
      'Title\n\n    The head of the example group for peace, Jane Doe, stands at the microphones.\n    The head of the example group for peace, Jane Doe. The group wins the prize. (AP)\n    More.',
      ['AP'],
    ],
    // Three captions that differ at their start but close with the same sentence.
    [
      'A plane flies over a freighter in 1962. Officials said the world was closer to war than they knew. (Getty)\n\nA ship leaves the port in 1962. Officials said the world was closer to war than they knew. (Getty)\n\nA map of the island in 1962. Officials said the world was closer to war than they knew. (Getty)\n',
      ['Getty', 'Getty', 'Getty'],
    ],
    // Getty under three pictures with one caption.
    [
      'The ship leaves the port as the crisis nears its end in the autumn. (Getty)\n\nMore.\n\nThe ship leaves the port as the crisis nears its end in the autumn. (Getty)\n\nMore.\n\nThe ship leaves the port as the crisis nears its end in the autumn. (Getty)\n',
      ['Getty', 'Getty', 'Getty'],
    ],
  ])('%j', (text, sources) => {
    expect(fields(text).map((c) => c.source)).toEqual(sources)
  })

  it.each([
    // Printed once: a story's paragraph, whose wire closes it.
    'Title\n\nThe ministry picked a training area in the town as a candidate site. (AFP)\n\nThe ministry said more.',
    // Two paragraphs of a story that open alike but are no copies of each other.
    'The council met in the capital on Monday. (AFP)\n\nThe council met again on Tuesday and said more.\n',
    // A story's last paragraph printed twice on the page (its wire closes it).
    'The awards in the other fields were set to be presented in the capital later on Tuesday. (AP)\nThe next story starts here.\nThe awards in the other fields were set to be presented in the capital later on Tuesday. (AP)\n',
    // The acronym of the name before it, printed twice.
    'Publisher International Committee of the Red Cross (ICRC)\nCite as International Committee of the Red Cross (ICRC)\n',
    // Repeated, but no known agency in the bracket.
    'The ministry picked a training area in the town as a site. (Example Group)\nThe ministry picked a training area in the town as a site. (Example Group)\n',
    // A short line repeated: no caption.
    'Read the text (AFP)\nRead the text (AFP)\n',
  ])('no credit: %j', (text) => {
    expect(fields(text)).toEqual([])
  })
})
