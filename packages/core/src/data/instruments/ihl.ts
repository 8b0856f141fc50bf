import type { Instrument, InstrumentId } from '../../models/instrument.js'
import { icrc, SECRETARY_GENERAL, SWISS_FEDERAL_COUNCIL } from './helpers.js'

const ROMAN = ['I', 'II', 'III', 'IV'] as const
const ORDINAL = ['First', 'Second', 'Third', 'Fourth'] as const
const NUMERAL = ['1st', '2nd', '3rd', '4th'] as const

const GC_TITLES = [
  'Geneva Convention for the Amelioration of the Condition of the Wounded and Sick in Armed Forces in the Field',
  'Geneva Convention for the Amelioration of the Condition of Wounded, Sick and Shipwrecked Members of Armed Forces at Sea',
  'Geneva Convention relative to the Treatment of Prisoners of War',
  'Geneva Convention relative to the Protection of Civilian Persons in Time of War',
] as const

const GC_TOPIC_ALIASES: readonly (readonly string[])[] = [
  ['Geneva Convention on the Wounded and Sick'],
  ['Geneva Convention on the Wounded, Sick and Shipwrecked'],
  ['Geneva Convention on Prisoners of War', 'Prisoners of War Convention', 'POW Convention'],
  ['Geneva Convention on Civilians', 'Civilians Convention', 'Civilian Convention'],
]

/** The four Geneva Conventions of 12 August 1949 (numbered I-IV). */
function genevaConvention(index: 0 | 1 | 2 | 3): Instrument {
  const roman = ROMAN[index]
  const ordinal = ORDINAL[index]
  const slug = `gc${roman.toLowerCase()}-1949`
  return {
    id: `gc-${index + 1}` as InstrumentId,
    title: GC_TITLES[index],
    shortTitles: [`${ordinal} Geneva Convention`, `Geneva Convention ${roman}`],
    abbreviations: [`GC ${roman}`, `GC${roman}`],
    aliases: [
      `${GC_TITLES[index]} of 12 August 1949`,
      // The ICRC databases number the title: "Geneva Convention (I) for the Amelioration ...".
      GC_TITLES[index].replace('Geneva Convention ', `Geneva Convention (${roman}) `),
      GC_TITLES[index].replace('Geneva Convention ', `Convention (${roman}) `),
      `${NUMERAL[index]} Geneva Convention`,
      `${ordinal} Geneva Convention of 1949`,
      `Geneva Convention ${roman} of 1949`,
      `${ordinal} Convention of Geneva`,
      ...GC_TOPIC_ALIASES[index]!,
    ],
    kind: 'treaty',
    parent: null,
    adopted: { date: '1949-08-12', place: 'Geneva' },
    entryIntoForce: '1950-10-21',
    depositary: SWISS_FEDERAL_COUNCIL,
    url: icrc(slug),
  }
}

export const ihl: Instrument[] = [
  genevaConvention(0),
  genevaConvention(1),
  genevaConvention(2),
  genevaConvention(3),
  {
    id: 'ap-1',
    title:
      'Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts (Protocol I)',
    shortTitles: ['Additional Protocol I', 'First Additional Protocol'],
    abbreviations: ['AP I'],
    aliases: [
      'Additional Protocol I to the Geneva Conventions',
      'Additional Protocol I of 1977',
      '1977 Additional Protocol I',
      'First Additional Protocol to the Geneva Conventions',
      'Protocol I Additional to the Geneva Conventions',
      // By ordinal, as the ICRC's casebook writes it.
      'First Protocol Additional to the Geneva Conventions',
      // The numeral after "No.", as Central European writers number protocols (Czech "Dodatkový
      // protokol č. I"): "Article 43 of Additional Protocol No. I".
      'Additional Protocol No. I',
      'Geneva Protocol I',
      'Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts',
    ],
    kind: 'protocol',
    parent: null,
    adopted: { date: '1977-06-08', place: 'Geneva' },
    entryIntoForce: '1978-12-07',
    depositary: SWISS_FEDERAL_COUNCIL,
    url: icrc('api-1977'),
  },
  {
    id: 'ap-2',
    title:
      'Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of Non-International Armed Conflicts (Protocol II)',
    shortTitles: ['Additional Protocol II', 'Second Additional Protocol'],
    // "AP II" is ambiguous with Amended Protocol II in CCW prose: see ambiguous-names.ts.
    abbreviations: [],
    aliases: [
      'Additional Protocol II to the Geneva Conventions',
      'Additional Protocol II of 1977',
      '1977 Additional Protocol II',
      'Second Additional Protocol to the Geneva Conventions',
      'Protocol II Additional to the Geneva Conventions',
      // By ordinal, as the ICRC's casebook writes it.
      'Second Protocol Additional to the Geneva Conventions',
      'Additional Protocol No. II',
      'Geneva Protocol II',
      'Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of Non-International Armed Conflicts',
    ],
    kind: 'protocol',
    parent: null,
    adopted: { date: '1977-06-08', place: 'Geneva' },
    entryIntoForce: '1978-12-07',
    depositary: SWISS_FEDERAL_COUNCIL,
    url: icrc('apii-1977'),
  },
  {
    id: 'ap-3',
    title:
      'Protocol additional to the Geneva Conventions of 12 August 1949, and relating to the Adoption of an Additional Distinctive Emblem (Protocol III)',
    shortTitles: ['Additional Protocol III', 'Third Additional Protocol'],
    abbreviations: ['AP III'],
    aliases: [
      'Additional Protocol III to the Geneva Conventions',
      'Third Additional Protocol to the Geneva Conventions',
      'Protocol III Additional to the Geneva Conventions',
      'Red Crystal Protocol',
      'Protocol additional to the Geneva Conventions of 12 August 1949, and relating to the Adoption of an Additional Distinctive Emblem',
    ],
    kind: 'protocol',
    parent: null,
    adopted: { date: '2005-12-08', place: 'Geneva' },
    entryIntoForce: '2007-01-14',
    depositary: SWISS_FEDERAL_COUNCIL,
    url: icrc('apiii-2005'),
  },
  {
    id: 'rome-statute',
    title: 'Rome Statute of the International Criminal Court',
    shortTitles: ['Rome Statute'],
    abbreviations: [],
    aliases: [
      'ICC Statute',
      'Statute of the International Criminal Court',
      'Statute of the ICC',
      'Rome Statute of the ICC',
    ],
    kind: 'treaty',
    parent: null,
    adopted: { date: '1998-07-17', place: 'Rome' },
    entryIntoForce: '2002-07-01',
    depositary: SECRETARY_GENERAL,
    url: icrc('icc-statute-1998'),
  },
]
