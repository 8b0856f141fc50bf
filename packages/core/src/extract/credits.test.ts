import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Diagnostic, Draft, ImageCredit } from '../models/extraction.js'
import { extractCredits, literals } from './credits.js'

type Expected = Partial<
  Draft<
    Pick<
      ImageCredit,
      'text' | 'kind' | 'title' | 'creator' | 'source' | 'license' | 'url' | 'licenseUrl'
    >
  >
>

function one(input: string): ImageCredit {
  const credits = extractCredits(input, {}, [])
  expect(credits, input).toHaveLength(1)
  return credits[0]!
}

function fields(c: ImageCredit): Expected {
  const out: Expected = {
    text: c.text,
    kind: c.kind,
    title: c.title,
    creator: c.creator,
    source: c.source,
    license: c.license,
  }
  if (c.url) out.url = c.url
  if (c.licenseUrl) out.licenseUrl = c.licenseUrl
  return out
}

describe('extractCredits: credit-line forms', () => {
  const forms: [string, string, Expected][] = [
    [
      'quoted title, user name and platform',
      "Photo Credit: 'Sleepy walrus' by ice_fan42 on Flickr",
      {
        kind: 'photo',
        title: 'Sleepy walrus',
        creator: 'ice_fan42',
        source: 'Flickr',
        license: null,
      },
    ],
    [
      'curly quotes, slash and licence',
      'Photo credit: \u201cMorning over the harbour\u201d by Kim Lee / Flickr, CC BY 2.0',
      {
        kind: 'photo',
        title: 'Morning over the harbour',
        creator: 'Kim Lee',
        source: 'Flickr',
        license: 'CC BY 2.0',
        licenseUrl: 'https://creativecommons.org/licenses/by/2.0/',
      },
    ],
    [
      'Flickr photo id, user name and title (the id is not the title)',
      'Image credit: 98765432 (harbourwatcher): Boats at dawn near the pier, Lisbon downloaded from Flickr',
      {
        kind: 'image',
        title: 'Boats at dawn near the pier, Lisbon',
        creator: 'harbourwatcher',
        source: 'Flickr',
        license: null,
      },
    ],
    [
      'video on a platform',
      "Video Credit: 'Dance of the delegates' available on YouTube",
      {
        kind: 'video',
        title: 'Dance of the delegates',
        creator: null,
        source: 'YouTube',
        license: null,
      },
    ],
    [
      'photo by',
      'Photo by Ana Pereira',
      { kind: 'photo', title: null, creator: 'Ana Pereira', source: null },
    ],
    [
      'photo by, on a platform',
      'Photo by Ana Pereira on Unsplash',
      { kind: 'photo', creator: 'Ana Pereira', source: 'Unsplash' },
    ],
    [
      'picture of ... by (title from the description)',
      'Picture of the plenary hall by Tomas Berg',
      { kind: 'picture', title: 'the plenary hall', creator: 'Tomas Berg', source: null },
    ],
    [
      'UN Photo after a label',
      'Photo: UN Photo/Marie Dubois',
      { kind: 'photo', creator: 'Marie Dubois', source: 'UN Photo' },
    ],
    [
      'UN Photo alone',
      'UN Photo/Kofi Mensah',
      { kind: 'credit', creator: 'Kofi Mensah', source: 'UN Photo' },
    ],
    [
      'copyright sign, agency and photographer',
      '\u00a9 ICRC / Lena Novak',
      { kind: 'credit', creator: 'Lena Novak', source: 'ICRC' },
    ],
    [
      '(c) with a year',
      '(c) 2011 Peter Smith',
      { kind: 'credit', creator: 'Peter Smith', source: null },
    ],
    [
      'platform and licence only',
      'Image: Wikimedia Commons, CC BY-SA 3.0',
      { kind: 'image', creator: null, source: 'Wikimedia Commons', license: 'CC BY-SA 3.0' },
    ],
    [
      'two agencies',
      'Credit: AFP/Getty Images',
      { kind: 'credit', creator: null, source: 'AFP/Getty Images' },
    ],
    [
      'photographer then agency',
      'Photo: Omar Haddad/Reuters',
      { kind: 'photo', creator: 'Omar Haddad', source: 'Reuters' },
    ],
    [
      'map with a licence',
      'Map: OpenStreetMap contributors, CC BY-SA 2.0',
      { kind: 'map', source: 'OpenStreetMap contributors', license: 'CC BY-SA 2.0' },
    ],
    [
      'illustration by',
      'Illustration by Sofia Rossi',
      { kind: 'illustration', creator: 'Sofia Rossi' },
    ],
    [
      'source that names a photo agency',
      'Source: UN Photo/Ravi Kumar',
      { kind: 'credit', creator: 'Ravi Kumar', source: 'UN Photo' },
    ],
    [
      'photograph courtesy of an organisation',
      'Photograph courtesy of the ICRC',
      { kind: 'photo', creator: null, source: 'ICRC' },
    ],
    ['courtesy of a person', 'Courtesy of Maria Lopez', { kind: 'credit', creator: 'Maria Lopez' }],
    [
      'header image with unquoted title',
      'Header image: Geneva skyline by Jan Kowalski, CC BY-NC 2.0',
      { kind: 'image', title: 'Geneva skyline', creator: 'Jan Kowalski', license: 'CC BY-NC 2.0' },
    ],
    [
      'featured image, public domain',
      'Featured image: Landmine warning sign, via Wikimedia Commons (public domain)',
      {
        kind: 'image',
        title: 'Landmine warning sign',
        source: 'Wikimedia Commons',
        license: 'Public Domain',
      },
    ],
    [
      'top photo: caption sentence then its credit',
      'Top photo: Delegates in Room XVIII. UN Photo/Li Wei',
      { kind: 'photo', title: 'Delegates in Room XVIII', creator: 'Li Wei', source: 'UN Photo' },
    ],
    [
      'cover photo',
      'Cover photo: Hannah Schmidt/ICRC',
      { kind: 'photo', creator: 'Hannah Schmidt', source: 'ICRC' },
    ],
    [
      'link to the work and a licence',
      'Photo: Jane Roe, CC BY 4.0, https://www.flickr.com/photos/janeroe/123456',
      {
        kind: 'photo',
        creator: 'Jane Roe',
        source: 'Flickr',
        license: 'CC BY 4.0',
        url: 'https://www.flickr.com/photos/janeroe/123456',
        licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    [
      'markdown links',
      'Photo by [Jane Roe](https://unsplash.com/@janeroe) on [Unsplash](https://unsplash.com)',
      {
        kind: 'photo',
        creator: 'Jane Roe',
        source: 'Unsplash',
        url: 'https://unsplash.com/@janeroe',
      },
    ],
    [
      'Wikimedia-style attribution',
      'Credit: Jane Roe, licensed under CC BY-SA 4.0 via Wikimedia Commons',
      { kind: 'credit', creator: 'Jane Roe', source: 'Wikimedia Commons', license: 'CC BY-SA 4.0' },
    ],
    [
      'accented names with hyphens',
      'Photo: Jean-Luc B\u00e9rard',
      { kind: 'photo', creator: 'Jean-Luc B\u00e9rard' },
    ],
    [
      'image by ... from a platform',
      'Image by Pete Lindqvist from Pixabay',
      { kind: 'image', creator: 'Pete Lindqvist', source: 'Pixabay' },
    ],
    [
      'written licence name',
      'Photo: Karin Olsen, Creative Commons Attribution-ShareAlike 2.0 Generic',
      { kind: 'photo', creator: 'Karin Olsen', license: 'CC BY-SA 2.0' },
    ],
    [
      'IGO licence of a UN agency',
      'Photo: UNICEF/Amal Saeed, CC BY-NC-ND 3.0 IGO',
      { kind: 'photo', creator: 'Amal Saeed', source: 'UNICEF', license: 'CC BY-NC-ND 3.0 IGO' },
    ],
    [
      "an organisation's photo by a person, with a release marker",
      'U.S. Navy photo by Mass Communication Specialist 2nd Class Dana Kim/Released',
      {
        kind: 'photo',
        creator: 'Dana Kim',
        source: 'U.S. Navy',
      },
    ],
    [
      'image via a platform',
      'Image via Wikimedia Commons',
      { kind: 'image', source: 'Wikimedia Commons' },
    ],
    [
      'platform user',
      'Image from Flickr user walrus_fan',
      { kind: 'image', creator: 'walrus_fan', source: 'Flickr' },
    ],
    [
      'user name on a platform after a colon',
      'Photo: walrus_fan on Flickr',
      { kind: 'photo', creator: 'walrus_fan', source: 'Flickr' },
    ],
    [
      'agency asset id between slashes is dropped',
      'Photo: \u00a9 UNICEF/UNI765432/Amara Diallo',
      { kind: 'photo', creator: 'Amara Diallo', source: 'UNICEF' },
    ],
    [
      'wire photo with a file marker',
      'Photo: REUTERS/Denis Lambert/File Photo',
      { kind: 'photo', creator: 'Denis Lambert', source: 'Reuters' },
    ],
    [
      'photographer for an organisation',
      'Photo: Ana Pereira for Human Rights Watch',
      { kind: 'photo', creator: 'Ana Pereira', source: 'Human Rights Watch' },
    ],
    ['a licence alone', 'Image: public domain', { kind: 'image', license: 'Public Domain' }],
    ['photography label', 'Photography: Karl Weber', { kind: 'photo', creator: 'Karl Weber' }],
    [
      'unquoted title with commas',
      'Photo credit: Quiet harbour, by Ana Pereira, on Flickr',
      { kind: 'photo', title: 'Quiet harbour', creator: 'Ana Pereira', source: 'Flickr' },
    ],
    [
      'rights statement as its own sentence',
      '\u00a9 2009 Ana Pereira. All rights reserved',
      { kind: 'credit', creator: 'Ana Pereira', license: 'All rights reserved' },
    ],
    [
      'copyright with a year range and an e-mail address',
      'Copyright (c) 2011-2014 Ana Pereira <ana@example.org>',
      { kind: 'credit', creator: 'Ana Pereira', source: null },
    ],
    [
      'several authors; initials without dots',
      '\u00a9 2013 JP Okafor, Lena Novak',
      { kind: 'credit', creator: 'JP Okafor, Lena Novak', source: null },
    ],
    [
      'chart with a source that ends in a year',
      'Chart source: SIPRI Yearbook 2008',
      { kind: 'image', creator: null, source: 'SIPRI Yearbook 2008' },
    ],
    [
      'trailing year after a name',
      'Photo (c) Ana Pereira 2008',
      { kind: 'photo', creator: 'Ana Pereira', source: null },
    ],
    [
      'markdown link on the title',
      'Photo credit: [Quiet walrus](https://www.flickr.com/photos/x/1) by wal_rus on Flickr',
      {
        kind: 'photo',
        title: 'Quiet walrus',
        creator: 'wal_rus',
        source: 'Flickr',
        url: 'https://www.flickr.com/photos/x/1',
      },
    ],
    [
      'a bare site name as the source',
      'Image from www.example.org',
      { kind: 'image', creator: null, source: 'www.example.org' },
    ],
    [
      'courtesy inside the body names a person as creator',
      'Photo: courtesy Ana Pereira',
      { kind: 'photo', creator: 'Ana Pereira', source: null },
    ],
    [
      'a department as the source',
      'Map: U.S. Department of State',
      { kind: 'map', creator: null, source: 'U.S. Department of State' },
    ],
    [
      'notes on the use are not TASL elements',
      'Photo: Ana Pereira/Flickr, cropped, CC BY 2.0',
      {
        kind: 'photo',
        title: null,
        creator: 'Ana Pereira',
        source: 'Flickr',
        license: 'CC BY 2.0',
      },
    ],
    [
      'picture of ... by, then a circumstance',
      'Picture of the plenary hall by Tomas Berg, taken on the last day',
      { kind: 'picture', title: 'the plenary hall', creator: 'Tomas Berg' },
    ],
    [
      'quoted title after the author',
      "Photo credit: Ana Pereira, 'Sunset over the lake', Flickr",
      { kind: 'photo', title: 'Sunset over the lake', creator: 'Ana Pereira', source: 'Flickr' },
    ],
    [
      'caption sentence with a place, then an agency credit',
      'Photo credit: Seized rifles on display in Kingston, Jamaica. UN Photo/Rui Costa',
      {
        kind: 'photo',
        title: 'Seized rifles on display in Kingston, Jamaica',
        creator: 'Rui Costa',
        source: 'UN Photo',
      },
    ],
    [
      'caption sentence, then a copyright line',
      'Photo: A deminer at work near the border. \u00a9 HALO Trust / Ana Pereira',
      {
        kind: 'photo',
        title: 'A deminer at work near the border',
        creator: 'Ana Pereira',
        source: 'HALO Trust',
      },
    ],
    [
      'caption with its credit in brackets',
      'Image: Prosthetic limbs at the workshop (photo: Ana Pereira)',
      { kind: 'image', title: 'Prosthetic limbs at the workshop', creator: 'Ana Pereira' },
    ],
    [
      'caption with commas, then an agency credit',
      'Image: The working group in session, Palais des Nations, Geneva. UN Photo/Rui Costa',
      {
        kind: 'image',
        title: 'The working group in session, Palais des Nations, Geneva',
        creator: 'Rui Costa',
        source: 'UN Photo',
      },
    ],
    [
      'a note on the data behind a map is not its source',
      'Map: Landmine Monitor, based on data from the national mine action centre',
      { kind: 'map', title: null, creator: null, source: 'Landmine Monitor' },
    ],
    [
      'an annotation note is not a title',
      'Image: Planet Labs PBC, annotated by the author',
      { kind: 'image', title: null, creator: null, source: 'Planet Labs PBC' },
    ],
    [
      'caption, then its source',
      'Image: A cluster bomb found in a field. Source: Human Rights Watch',
      {
        kind: 'image',
        title: 'A cluster bomb found in a field',
        creator: null,
        source: 'Human Rights Watch',
      },
    ],
    [
      'caption with a bare name in brackets',
      'Picture: The plenary hall at dusk (Tomas Berg)',
      { kind: 'picture', title: 'The plenary hall at dusk', creator: 'Tomas Berg' },
    ],
    [
      'caption whose first words look like a name, then a bracketed name',
      'Photo: Oslo City Hall on the morning of the signing (Tomas Berg)',
      {
        kind: 'photo',
        title: 'Oslo City Hall on the morning of the signing',
        creator: 'Tomas Berg',
      },
    ],
    [
      'a name and its agency in brackets is no caption',
      'Photo: Ana Pereira (ICRC)',
      { kind: 'photo', title: null, creator: 'Ana Pereira', source: 'ICRC' },
    ],
    [
      'an organisation after "by" is the source',
      'Photo by Mines Action Canada',
      { kind: 'photo', creator: null, source: 'Mines Action Canada' },
    ],
    [
      'a position after the kind',
      'Photo at top: \u00a9 ICRC / Lena Novak',
      { kind: 'photo', title: null, creator: 'Lena Novak', source: 'ICRC' },
    ],
    [
      'permission note is not a title',
      'Photo credit: Ana Pereira, used with permission',
      { kind: 'photo', title: null, creator: 'Ana Pereira' },
    ],
  ]

  it.each(forms)('%s', (_name, input, expected) => {
    const got = fields(one(input))
    expect(got).toMatchObject({ text: input, ...expected })
  })

  it('keeps the credit inside a sentence end, excluding the final period', () => {
    const input = 'The delegates left at dusk. Photo by Ana Pereira. The next day was calm.'
    const c = one(input)
    expect(c.text).toBe('Photo by Ana Pereira')
    expect(input.slice(c.start, c.end)).toBe(c.text)
  })

  it('does not end at initials or dotted abbreviations', () => {
    expect(one('Photo by J. R. Okafor. Talks resumed.').creator).toBe('J. R. Okafor')
    expect(one('Photo credit: U.S. Army/Sgt. Dana Kim').source).toBe('U.S. Army')
  })

  it('keeps a credit in brackets inside its brackets', () => {
    const input = 'Delegates at the table (Photo: UN Photo/Evan Moreau) listened.'
    const c = one(input)
    expect(c.text).toBe('Photo: UN Photo/Evan Moreau')
  })

  it('reads credits inside HTML and at a bracket that opens a line', () => {
    expect(one('<p>Photo: UN Photo/Jean Dupont</p>').text).toBe('Photo: UN Photo/Jean Dupont')
    expect(one('(Image source: Wikipedia)').text).toBe('Image source: Wikipedia')
  })

  it('strips markdown emphasis around a credit line', () => {
    expect(one('*Photo: Hana Sato/ICRC*').text).toBe('Photo: Hana Sato/ICRC')
  })

  it('finds several credits, sorted, with text equal to the slice', () => {
    const input = [
      'A paragraph about the meeting.',
      '',
      'Photo by Ana Pereira.',
      '',
      'More prose follows here. UN Photo/Kofi Mensah',
      "Video credit: 'Closing session' available on YouTube",
    ].join('\n')
    const credits = extractCredits(input, {}, [])
    expect(credits.map((c) => c.text)).toEqual([
      'Photo by Ana Pereira',
      'UN Photo/Kofi Mensah',
      "Video credit: 'Closing session' available on YouTube",
    ])
    for (const c of credits) expect(input.slice(c.start, c.end)).toBe(c.text)
    expect(credits.map((c) => c.start)).toEqual(
      [...credits.map((c) => c.start)].sort((a, b) => a - b),
    )
  })
})

describe('extractCredits: two credits on one line', () => {
  it('keeps a titleless credit and the next one apart', () => {
    const input = 'Photo: Ana Pereira/ICRC. Video: UN Web TV'
    expect(extractCredits(input, {}, []).map(fields)).toEqual([
      {
        text: 'Photo: Ana Pereira/ICRC',
        kind: 'photo',
        title: null,
        creator: 'Ana Pereira',
        source: 'ICRC',
        license: null,
      },
      {
        text: 'Video: UN Web TV',
        kind: 'video',
        title: null,
        creator: null,
        source: 'UN Web TV',
        license: null,
      },
    ])
  })
})

describe('extractCredits: notices and markup that are not image credits', () => {
  it('skips copyright lines of software licence notices', () => {
    const mit =
      'MIT License\n\nCopyright (c) 2015 Jane Roe\n\nPermission is hereby granted, free of charge, to any person'
    expect(extractCredits(mit, {}, [])).toEqual([])
    const gnu =
      'Copyright \u00a9 2022 Free Software Foundation, Inc. License GPLv3+: GNU GPL version 3 or later.'
    expect(extractCredits(gnu, {}, [])).toEqual([])
  })

  it('skips runs of copyright lines (a notice block)', () => {
    const block =
      'Translators:\n\u00a9 2006 Ana Pereira\n\u00a9 2011 Tomas Berg\n\u00a9 2014 Lena Novak'
    expect(extractCredits(block, {}, [])).toEqual([])
  })

  it('keeps a copyright line under a photo', () => {
    expect(one('Delegates leave the hall.\n\n\u00a9 2009 Ana Pereira').creator).toBe('Ana Pereira')
  })

  it('reads "The X at Y" as a caption, not as a photographer', () => {
    expect(extractCredits('Photo: The Chair at the closing session', {}, [])).toEqual([])
  })

  it('reads an office before a name as who is pictured, not who took the photo', () => {
    expect(
      extractCredits('Photo: Ambassador Ana Pereira of Chile opens the meeting', {}, []),
    ).toEqual([])
  })

  it('skips reStructuredText image directives', () => {
    expect(
      extractCredits('.. image:: https://img.example.org/badge.svg\n   :target: x', {}, []),
    ).toEqual([])
  })
})

describe('extractCredits: prose is not a credit', () => {
  it.each([
    'It was a good photo opportunity for the ministers.',
    'There was a photo by the entrance of the Palais.',
    'The picture of the situation remains bleak.',
    'Much credit to the Chair for her patience.',
    'Credit to the Chair for steering the talks.',
    'He paid by credit card and left.',
    'Photo by the entrance was taken at noon.',
    'Photos of the event by Jane Roe are online now.',
    '(c) States Parties shall cooperate in clearance.',
    'Source: the report of the Secretary-General of 2008.',
    'Source: Reuters reported that the talks failed.',
    'Copyright law applies to all of these works.',
    'Video: watch the statement of the Minister here',
    'Image: a rough sketch of what a deal could look like in the end.',
    'Mapping the munitions took years.',
    'Pictured: the delegates of several states.',
    'The image/video distinction matters little.',
    'Random picture of a walrus (drawn by a child) waving at the delegates of the conference.',
    'Courtesy of the host country, lunch was served to all delegations.',
    "Credit: the Chair's text was well received by most delegations.",
    'Images from the conference show delegates at work.',
    'Map of cluster munition strikes by Israel in 2006.',
    'The photo by Jane Roe won a prize.',
    'Source: Landmine Monitor 2008, p. 12.',
    'Top photo: Delegates in the conference room.',
    'Maps\n- Sets',
    'COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY',
    'Copyright law in the region is weak.',
    'Graphs show that spending rose.',
  ])('%s', (input) => {
    expect(extractCredits(input, {}, [])).toEqual([])
  })
})

describe('extractCredits: diagnostics', () => {
  it('warns about a credit without a licence or source, at its position', () => {
    const diagnostics: Diagnostic[] = []
    const input = 'Some prose.\nPhoto by Ana Pereira'
    const [c] = extractCredits(input, {}, diagnostics)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      start: c!.start,
      end: c!.end,
      ruleId: 'credit-incomplete',
      severity: 'warning',
    })
    expect(diagnostics[0]!.message).toMatch(/license or source/)
  })

  it('names only what is missing', () => {
    const d1: Diagnostic[] = []
    extractCredits("Photo credit: 'Quiet lake' by ana_p on Flickr", {}, d1)
    expect(d1[0]!.message).toMatch(/without a license/)
    expect(d1[0]!.message).not.toMatch(/source/)
    const d2: Diagnostic[] = []
    extractCredits('Photo: Ana Pereira, CC BY 2.0', {}, d2)
    expect(d2[0]!.message).toMatch(/without a source/)
    const d3: Diagnostic[] = []
    extractCredits('Photo: Ana Pereira/Flickr, CC BY 2.0', {}, d3)
    expect(d3).toEqual([])
  })
})

describe('extractCredits: robustness', () => {
  it('exports a pre-filter hint that matches every credit form', () => {
    for (const s of [
      'Photo by X',
      'UN Photo/X',
      '\u00a9 X',
      '(c) 2001 X',
      'Credit: X',
      'Courtesy of X',
    ]) {
      expect(literals.test(s)).toBe(true)
    }
  })

  it('never throws and keeps spans in bounds on odd input', () => {
    const inputs = [
      '',
      '(',
      'Photo:',
      'Photo credit: \u201c',
      "Photo: '",
      '\u00a9',
      '(c) 1999',
      'Photo by\n\n',
    ]
    for (const input of inputs) {
      const credits = extractCredits(input, {}, [])
      for (const c of credits) {
        expect(c.start).toBeGreaterThanOrEqual(0)
        expect(c.end).toBeLessThanOrEqual(input.length)
        expect(input.slice(c.start, c.end)).toBe(c.text)
      }
    }
  })

  // Speed is measured by the bench (npm run bench); here: hostile input gives sane spans.
  it('returns sane spans on hostile input', () => {
    const hostile = [
      'Photo: ' + 'a '.repeat(100_000),
      '('.repeat(100_000),
      'Photo credit: '.repeat(20_000),
      '. Photo by Jane'.repeat(20_000),
      "Photo: '".repeat(20_000),
    ]
    for (const input of hostile) {
      for (const c of extractCredits(input, {}, [])) {
        expect(input.slice(c.start, c.end)).toBe(c.text)
      }
    }
  })
})

// --- Scored against the samples' gold annotations ---------------------------------------------

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url))
const samplesDir = process.env.TREATYMARK_SAMPLES ?? path.resolve(repoRoot, '../shared/samples')

interface GoldFile {
  credits: ImageCredit[]
}

function goldPairs(): { name: string; text: string; gold: GoldFile }[] {
  const out: { name: string; text: string; gold: GoldFile }[] = []
  for (const set of readdirSync(samplesDir)) {
    const goldDir = path.join(samplesDir, set, 'gold')
    if (!existsSync(goldDir)) continue
    for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
      const textFile = path.join(samplesDir, set, file.replace(/\.json$/, '.txt'))
      if (!existsSync(textFile)) continue
      out.push({
        name: `${set}/${file}`,
        text: readFileSync(textFile, 'utf8'),
        gold: JSON.parse(readFileSync(path.join(goldDir, file), 'utf8')) as GoldFile,
      })
    }
  }
  return out
}

describe.skipIf(!existsSync(samplesDir))(`credits against the gold in ${samplesDir}`, () => {
  it('scores F1 >= 0.9 (exact span, kind, title, creator, source, license)', () => {
    const key = (c: ImageCredit) =>
      JSON.stringify([c.start, c.end, c.kind, c.title, c.creator, c.source, c.license])
    let tp = 0
    let fp = 0
    let fn = 0
    const misses: string[] = []
    for (const { name, text, gold } of goldPairs()) {
      const expected = new Set((gold.credits ?? []).map(key))
      const found = new Set(extractCredits(text, {}, []).map(key))
      for (const k of found) {
        if (expected.has(k)) tp++
        else {
          fp++
          misses.push(`FP ${name} ${k}`)
        }
      }
      for (const k of expected) {
        if (!found.has(k)) {
          fn++
          misses.push(`FN ${name} ${k}`)
        }
      }
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    console.info(`credits: tp=${tp} fp=${fp} fn=${fn} F1=${f1.toFixed(3)}`)
    expect(f1, misses.join('\n')).toBeGreaterThanOrEqual(0.9)
  })
})

describe('extractCredits: properties', () => {
  const fragments = [
    'Photo',
    'Photo credit:',
    'Image: ',
    'UN Photo/',
    '\u00a9 ',
    '(c) 2008 ',
    'by ',
    'Jane Roe',
    ' on Flickr',
    ', CC BY 2.0',
    '. ',
    '\n',
    '(',
    ')',
    "'",
    '\u201c',
    '\u201d',
    'https://www.flickr.com/photos/x/1',
    'the delegates met',
    '/',
    'Picture of the hall',
    ' ',
  ]

  it('never throws; spans are in bounds, sorted, disjoint and equal to their text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), (parts) => {
        const input = parts.join('')
        const diagnostics: Diagnostic[] = []
        const credits = extractCredits(input, {}, diagnostics)
        let last = -1
        for (const c of credits) {
          expect(c.start).toBeGreaterThan(last)
          expect(c.end).toBeGreaterThan(c.start)
          expect(c.end).toBeLessThanOrEqual(input.length)
          expect(input.slice(c.start, c.end)).toBe(c.text)
          expect(c.text).toBe(c.text.trim())
          if (c.url !== undefined) expect(c.url).toMatch(/^https?:\/\//)
          if (c.licenseUrl !== undefined) expect(c.licenseUrl).toMatch(/^https:\/\//)
          last = c.end - 1
        }
        for (const d of diagnostics) {
          expect(d.ruleId).toBe('credit-incomplete')
          expect(credits.some((c) => c.start === d.start && c.end === d.end)).toBe(true)
        }
      }),
      { numRuns: 400 },
    )
  })
})

describe('extractCredits: report imprint pages run into one line (text from PDFs)', () => {
  const all = (t: string) =>
    extractCredits(t).map(
      (c) => [c.text, c.creator, c.source] as [string, string | null, string | null],
    )

  it('finds each cover credit of a row, with the date after the comma dropped', () => {
    const text =
      'Editors · Staff © May 2020 by The Survey Group (TSG). All rights reserved. ISBN: 978-0-0000000-1-1 ' +
      'Cover photograph © Ana Lima/Clearance Trust, June 2019 Back cover (left) © Valley Survivors Union, ' +
      '4 April 2018 Back cover (right) © Field Trust, March 2019 Cover design by Print House Ltd. The ' +
      'Survey reports for the TSG.'
    expect(all(text)).toEqual([
      ['Cover photograph © Ana Lima/Clearance Trust, June 2019', 'Ana Lima', 'Clearance Trust'],
      ['Back cover (left) © Valley Survivors Union, 4 April 2018', null, 'Valley Survivors Union'],
      ['Back cover (right) © Field Trust, March 2019', null, 'Field Trust'],
    ])
  })

  it('keeps an acronym in brackets with the organisation it abbreviates', () => {
    expect(all('Photo: Ana Lima, Mine Clearance Trust (MCT)')).toEqual([
      ['Photo: Ana Lima, Mine Clearance Trust (MCT)', 'Ana Lima', 'Mine Clearance Trust (MCT)'],
    ])
    expect(all('Photo: Ana Lima (ICRC)')).toEqual([['Photo: Ana Lima (ICRC)', 'Ana Lima', 'ICRC']])
  })

  it('drops a military rank before the photographer of an armed-forces photo', () => {
    expect(all('U.S. Air Force photo by Senior Airman Ana Lima')).toEqual([
      ['U.S. Air Force photo by Senior Airman Ana Lima', 'Ana Lima', 'U.S. Air Force'],
    ])
    expect(all('Army photo by Staff Sgt. Ben Okoro')[0]?.[1]).toBe('Ben Okoro')
  })

  it('property: a row of n cover credits on one line gives n credits', () => {
    const names = ['Ana Lima', 'Ben Okoro', 'Chen Wei', 'Dara Nolan']
    const orgs = ['Clearance Trust', 'Field Trust', 'MAG', 'Survivor Union']
    const months = ['January', 'May', 'October', 'December']
    const labels = ['Cover photograph ©', 'Back cover ©', 'Back cover (left) ©', 'Inside cover ©']
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3), fc.integer({ min: 1990, max: 2030 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.constantFrom('', 'ISBN: 978-0-0000000-1-1 ', 'All rights reserved. '),
        (row, before) => {
          const parts = row.map(
            ([l, n, o, y], i) =>
              `${i === 0 ? 'Cover photograph ©' : labels[l]} ${names[n]}/${orgs[o]}, ${months[n]} ${y}`,
          )
          const text = `${before}${parts.join(' ')} Cover design by Print House.`
          const got = extractCredits(text)
          expect(got.map((c) => c.text)).toEqual(parts)
          expect(got.map((c) => c.source)).toEqual(row.map(([, , o]) => orgs[o]))
        },
      ),
    )
  })
})

describe('extractCredits: scraped captions that lost a space, commas and chains', () => {
  const triple = (t: string) =>
    extractCredits(t).map(
      (c) => [c.text, c.creator, c.source] as [string, string | null, string | null],
    )

  it('ends a credit where the next sentence is glued to it', () => {
    expect(triple('Credit: UN Photo/Ana LimaThe Committee met again on Friday.')).toEqual([
      ['Credit: UN Photo/Ana Lima', 'Ana Lima', 'UN Photo'],
    ])
  })

  it('reads a person and a site, a person and an agency after a comma, an agency chain', () => {
    expect(triple('The range at dawn.Image: Ana Lima / range-photos.net')).toEqual([
      ['Image: Ana Lima / range-photos.net', 'Ana Lima', 'range-photos.net'],
    ])
    expect(triple('A market near the border, June 3, 2016.  Ben Okoro, AP')).toEqual([
      ['Ben Okoro, AP', 'Ben Okoro', 'AP'],
    ])
    expect(triple('(photo credit: KCNA VIA REUTERS)')).toEqual([
      ['photo credit: KCNA VIA REUTERS', null, 'KCNA via Reuters'],
    ])
  })

  it('property: a labelled agency credit glued to any sentence start ends before it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Ana Lima', 'Ben Okoro', 'Chen Wei'),
        fc.constantFrom('The', 'This', 'In', 'According', 'After'),
        (name, word) => {
          const [credit] = extractCredits(`Credit: UN Photo/${name}${word} talks went on.`)
          expect(credit?.text).toBe(`Credit: UN Photo/${name}`)
          expect(credit?.creator).toBe(name)
        },
      ),
    )
  })
})
