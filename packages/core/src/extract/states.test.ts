import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../models/extraction.js'
import { notStatePhrases } from '../data/state-aliases.js'
import { nameKey, statePhrases } from '../registry/states.js'
import { extractStates, literals } from './states.js'

// Example sentences written for these tests (not taken from the samples).
function found(text: string, demonyms = false): string[] {
  return extractStates(text, { demonyms }, []).map((m) => `${m.text}=${m.iso3}`)
}

describe('extractStates', () => {
  it('returns spans with text, iso3, iso2 and the UN short name', () => {
    const text = 'Delegates from Austria and the Russian Federation met.'
    const [austria, russia] = extractStates(text, {}, [])
    expect(austria).toEqual({
      type: 'state',
      start: 15,
      end: 22,
      text: 'Austria',
      iso3: 'AUT',
      iso2: 'AT',
      name: 'Austria',
    })
    expect(russia?.name).toBe('Russian Federation')
    for (const m of extractStates(text, {}, [])) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it('finds every phrase of the phrase table in a sentence, with its state', () => {
    for (const { phrase, iso3 } of statePhrases) {
      const text = `Talks with ${phrase} resumed; ${phrase}'s envoy agreed.`
      const mentions = extractStates(text, {}, [])
      expect(
        mentions.map((m) => `${m.text}=${m.iso3}`),
        phrase,
      ).toEqual([`${phrase}=${iso3}`, `${phrase}=${iso3}`])
    }
  })

  it('never lets a not-a-state phrase shadow a state phrase', () => {
    const keys = new Set(statePhrases.map((p) => nameKey(p.phrase)))
    for (const phrase of notStatePhrases) expect(keys.has(nameKey(phrase)), phrase).toBe(false)
  })

  it('matches names, short names, variants, former names and abbreviations', () => {
    expect(found('Talks between Viet Nam and Vietnam, Czechia and the Czech Republic.')).toEqual([
      'Viet Nam=VNM',
      'Vietnam=VNM',
      'Czechia=CZE',
      'Czech Republic=CZE',
    ])
    expect(found('Burma (now Myanmar) and Swaziland (now Eswatini).')).toEqual([
      'Burma=MMR',
      'Myanmar=MMR',
      'Swaziland=SWZ',
      'Eswatini=SWZ',
    ])
    expect(found('A DPRK test worried the ROK, the UAE and the DRC.')).toEqual([
      'DPRK=PRK',
      'ROK=KOR',
      'UAE=ARE',
      'DRC=COD',
    ])
    expect(found('The Holy See and the Vatican; Türkiye, Turkiye and Turkey.')).toEqual([
      'Holy See=VAT',
      'Vatican=VAT',
      'Türkiye=TUR',
      'Turkiye=TUR',
      'Turkey=TUR',
    ])
    expect(found('Bolivia (Plurinational State of) and Iran (Islamic Republic of) voted.')).toEqual(
      ['Bolivia (Plurinational State of)=BOL', 'Iran (Islamic Republic of)=IRN'],
    )
  })

  it('leaves a leading "the" and a possessive outside the span', () => {
    expect(found('We heard the U.S. and the UK. Then the Netherlands spoke.')).toEqual([
      'U.S.=USA',
      'UK=GBR',
      'Netherlands=NLD',
    ])
    expect(found("Norway's paper, the UK’s request and Mexico's reply.")).toEqual([
      'Norway=NOR',
      'UK=GBR',
      'Mexico=MEX',
    ])
  })

  it('tolerates "&", curly or straight apostrophes, diacritics and hyphens', () => {
    expect(found('Bosnia & Herzegovina and Bosnia and Herzegovina; Trinidad & Tobago.')).toEqual([
      'Bosnia & Herzegovina=BIH',
      'Bosnia and Herzegovina=BIH',
      'Trinidad & Tobago=TTO',
    ])
    expect(found("Côte d'Ivoire, Côte d’Ivoire, Cote d'Ivoire and Ivory Coast.")).toEqual([
      "Côte d'Ivoire=CIV",
      'Côte d’Ivoire=CIV',
      "Cote d'Ivoire=CIV",
      'Ivory Coast=CIV',
    ])
    expect(found('Timor-Leste, Timor Leste, St. Lucia and Saint Kitts and Nevis.')).toEqual([
      'Timor-Leste=TLS',
      'Timor Leste=TLS',
      'St. Lucia=LCA',
      'Saint Kitts and Nevis=KNA',
    ])
  })

  it('lets the longest phrase win', () => {
    expect(found('South Sudan and Sudan; the Dominican Republic and Dominica.')).toEqual([
      'South Sudan=SSD',
      'Sudan=SDN',
      'Dominican Republic=DOM',
      'Dominica=DMA',
    ])
    expect(found('Guinea-Bissau, Equatorial Guinea, Papua New Guinea and Guinea.')).toEqual([
      'Guinea-Bissau=GNB',
      'Equatorial Guinea=GNQ',
      'Papua New Guinea=PNG',
      'Guinea=GIN',
    ])
    expect(found('Niger and Nigeria; the United States of America.')).toEqual([
      'Niger=NER',
      'Nigeria=NGA',
      'United States of America=USA',
    ])
    expect(
      found(
        'The Democratic Republic of the Congo (DR Congo, Congo-Kinshasa) borders the Republic of the Congo (Congo-Brazzaville).',
      ),
    ).toEqual([
      'Democratic Republic of the Congo=COD',
      'DR Congo=COD',
      'Congo-Kinshasa=COD',
      'Republic of the Congo=COG',
      'Congo-Brazzaville=COG',
    ])
    expect(found('Delegates of the United Kingdom of Great Britain and Northern Ireland.')).toEqual(
      ['United Kingdom of Great Britain and Northern Ireland=GBR'],
    )
  })

  it('respects word boundaries', () => {
    expect(found('A woman in Somalia; an Omani and an Iranian; the Malian army.')).toEqual([
      'Somalia=SOM',
    ])
    expect(found('Plug the USB stick; the USAID office; a Nigerien.')).toEqual([])
  })

  it('is case-sensitive where the word is also common', () => {
    expect(found('We ate turkey with chile on china plates; let us go.')).toEqual([])
    expect(found('Turkey, Chile and China replied to us.')).toEqual([
      'Turkey=TUR',
      'Chile=CHL',
      'China=CHN',
    ])
    expect(found('LET US KNOW what the US thinks.')).toEqual(['US=USA'])
    expect(found('THE UK’S DECISION ON CHINA')).toEqual(['UK=GBR', 'CHINA=CHN'])
  })

  it('does not take currencies, document symbols or cities for states', () => {
    expect(found('It cost US$ 5 million; see CCW/MSP/2008/US/1.')).toEqual([])
    expect(
      found(
        'Meetings in Geneva, Oslo, Dublin, Vienna, Washington and Mexico City; the Ottawa Convention.',
      ),
    ).toEqual([])
    expect(
      found('Panama City, Kuwait City and Guatemala City are capitals; Kuwait is a state.'),
    ).toEqual(['Kuwait=KWT'])
    expect(found('Drones struck Port Sudan on Tuesday; Sudan closed the airport.')).toEqual([
      'Sudan=SDN',
    ])
  })

  it('does not take a state name inside an organisation name', () => {
    expect(found('Mines Action Canada and Handicap International Belgium met Canada.')).toEqual([
      'Canada=CAN',
    ])
  })

  it('does not look inside URLs', () => {
    expect(
      found('See https://example.org/statements/Mexico-2008.pdf and www.example.net/UK/Chile.'),
    ).toEqual([])
    expect(found('See (https://example.org/x) from Mexico.')).toEqual(['Mexico=MEX'])
  })

  it('does not take territories, regions or organisations for states', () => {
    expect(
      found('Northern Ireland, New Mexico, American Samoa, New Guinea and the South China Sea.'),
    ).toEqual([])
    expect(found('The European Union, NATO, the African Union and the EU spoke.')).toEqual([])
    expect(found('Speaking for the Group of 77 and China, Egypt said...')).toEqual(['Egypt=EGY'])
    expect(found('The Republic of China (Taiwan) and Latin America.')).toEqual([])
    expect(found('The Republic of Korea and the People’s Republic of China.')).toEqual([
      'Republic of Korea=KOR',
      'People’s Republic of China=CHN',
    ])
  })

  it('does not match demonyms unless asked, then tags them', () => {
    expect(found('The Austrian and Iranian envoys met a Costa Rican expert.')).toEqual([])
    const mentions = extractStates(
      'The Austrian envoy met South Sudanese and Congolese officials.',
      {
        demonyms: true,
      },
    )
    expect(mentions.map((m) => `${m.text}=${m.iso3}:${m.via}`)).toEqual([
      'Austrian=AUT:demonym',
      'South Sudanese=SSD:demonym',
    ])
  })

  it('keeps Georgia, Jordan and Chad as states (documented decision)', () => {
    expect(found('Georgia, Jordan and Chad signed.')).toEqual([
      'Georgia=GEO',
      'Jordan=JOR',
      'Chad=TCD',
    ])
  })

  it('reads a given-name state with a surname as a person, and its later bare uses too', () => {
    expect(found('Yesterday Chad Okoro and Jordan Reyes met the press.')).toEqual([])
    expect(found('We met Chad Okoro in Geneva. Chad said the talks went well.')).toEqual([])
    expect(found('Fans of Michael Jordan gathered in Amman, Jordan.')).toEqual(['Jordan=JOR'])
    // Still states: in lists, after prepositions, in title-case headlines, before a possessive.
    expect(found('Chad Okoro visited Chad, Niger and Mali.')).toEqual([
      'Chad=TCD',
      'Niger=NER',
      'Mali=MLI',
    ])
    expect(found('In Chad the rains came early.')).toEqual(['Chad=TCD'])
    expect(found('Chad Joins the Mine Ban Treaty Ahead of Geneva Meeting')).toEqual(['Chad=TCD'])
    expect(found("Georgia's delegation spoke first.")).toEqual(['Georgia=GEO'])
  })

  it('reads "Korea" as the Republic of Korea only among other states', () => {
    expect(found('Donors such as Australia, Japan, Korea and New Zealand.')).toEqual([
      'Australia=AUS',
      'Japan=JPN',
      'Korea=KOR',
      'New Zealand=NZL',
    ])
    expect(found('Korea, Japan and China met.')).toEqual(['Korea=KOR', 'Japan=JPN', 'China=CHN'])
    expect(found('Peace in Korea matters to Japan. North Korea tested again.')).toEqual([
      'Japan=JPN',
      'North Korea=PRK',
    ])
  })

  it('does not read locale tags or character sets as states', () => {
    expect(
      found('On an English-US keyboard; set en-US or en_GB; avoid non-US-ASCII. The US agreed.'),
    ).toEqual(['US=USA'])
    expect(found('Licensed CC-BY-SA-3.0-US; the Japan-US alliance and UK-based groups.')).toEqual([
      'Japan=JPN',
      'US=USA',
      'UK=GBR',
    ])
  })

  it('does not read capitals named after a state as the state', () => {
    expect(found('PORT OF SPAIN, 3 July — Ministers met in Port of Spain.')).toEqual([])
  })

  it('does not let a name run across a blank line', () => {
    expect(found('New\n\nZealand')).toEqual([])
    expect(found('New\nZealand')).toEqual(['New\nZealand=NZL'])
  })

  it('never throws and handles empty input', () => {
    const diagnostics: Diagnostic[] = []
    expect(extractStates('', {}, diagnostics)).toEqual([])
    expect(extractStates('\u0000\uD800 (( ))', {}, diagnostics)).toEqual([])
    expect(diagnostics).toEqual([])
  })

  it('exports a literal hint that every state phrase satisfies', () => {
    expect(literals.test('Austria')).toBe(true)
    expect(literals.test('no capitals here')).toBe(false)
  })

  // Speed is the bench's business (npm run bench); this pins the result on a long repeated text.
  it('finds every mention in a long repeated text', () => {
    const unit = 'Austria, Belgium and the U.S. met in Geneva; a woman from Somalia spoke. '
    const many = extractStates(unit.repeat(20_000), {}, [])
    expect(many).toHaveLength(4 * 20_000)
    expect(many.slice(0, 4).map((m) => m.iso3)).toEqual(['AUT', 'BEL', 'USA', 'SOM'])
  })
})
