import type { Instrument } from '../../models/instrument.js'
import {
  numbered,
  SECRETARY_GENERAL,
  THREE_DEPOSITARIES,
  unoda,
  untc,
  untitled,
} from './helpers.js'

/** Weapons of mass destruction: NPT, TPNW, CWC, BWC, the 1925 Geneva Protocol, Outer Space Treaty. */
export const wmd: Instrument[] = [
  {
    id: 'npt',
    title: 'Treaty on the Non-Proliferation of Nuclear Weapons',
    shortTitles: ['Non-Proliferation Treaty', 'Nuclear Non-Proliferation Treaty'],
    // "ДНЯО": the Russian abbreviation, as NPT/CONF.2015/4 in Russian defines it.
    abbreviations: ['NPT', 'ДНЯО'],
    aliases: [
      'Nuclear Nonproliferation Treaty',
      'Treaty on Non-Proliferation of Nuclear Weapons',
      // In other languages, as governments and the UN write them (see provenance.ts): German (the
      // UN's title; the Swiss FDFA's short title, also in the genitive), French, Portuguese.
      'Vertrag über die Nichtverbreitung von Kernwaffen',
      'Atomwaffensperrvertrag',
      'Atomwaffensperrvertrags',
      'Traité sur la non-prolifération des armes nucléaires',
      'Tratado de Não-Proliferação de Armas Nucleares',
      // Spanish, as UN documents write it (see provenance.ts). Its short titles in Spanish and
      // French ("Tratado sobre la No Proliferación", "Traité de non-prolifération") begin longer
      // variants ("… de Armas Nucleares", "… des armes nucléaires") whose span they would cut.
      'Tratado sobre la No Proliferación de las Armas Nucleares',
      // Chinese and Russian (its first word declines: "Договора о …"; see names.ts), as UN
      // documents write them (see provenance.ts). The Arabic title of UN documents, "معاهدة عدم
      // انتشار الأسلحة النووية", is left out: Arabic pages write other words ("حظر", "منع") for
      // "non-" and glue prefixes to it, and the Ghost enhancer has no room to spare.
      '不扩散核武器条约',
      'Договор о нераспространении ядерного оружия',
    ],
    kind: 'treaty',
    parent: null,
    adopted: { date: '1968-07-01', place: 'London, Moscow and Washington' },
    entryIntoForce: '1970-03-05',
    depositary: THREE_DEPOSITARIES,
    url: unoda('npt'),
    // The official text numbers its eleven articles I-XI without headings.
    articles: untitled(11),
  },
  {
    id: 'tpnw',
    title: 'Treaty on the Prohibition of Nuclear Weapons',
    shortTitles: ['Nuclear Weapons Ban Treaty'],
    abbreviations: ['TPNW'],
    aliases: [
      'Nuclear Ban Treaty',
      'Nuclear Weapon Ban Treaty',
      'Treaty on the Prohibition of Nuclear Weapons of 2017',
      // UN meeting coverage: "the NPT and the Prohibition Treaty".
      'Prohibition Treaty',
      'Nuclear Weapons Prohibition Treaty',
      // The title with "for" in place of "on" (a page heading above a TPNW signature list). The
      // Treaty of Tlatelolco's longer title, "... Nuclear Weapons in Latin America ...", still wins
      // where it is written out: the longest name is read.
      'Treaty for the Prohibition of Nuclear Weapons',
      // In other languages (see provenance.ts): Portuguese (Brazil's MFA), German (Swiss FDFA).
      'Tratado sobre a Proibição de Armas Nucleares',
      'Kernwaffenverbotsvertrag',
    ],
    kind: 'treaty',
    parent: null,
    adopted: { date: '2017-07-07', place: 'New York' },
    entryIntoForce: '2021-01-22',
    depositary: SECRETARY_GENERAL,
    url: unoda('tpnw'),
    articles: numbered([
      'Prohibitions',
      'Declarations',
      'Safeguards',
      'Towards the total elimination of nuclear weapons',
      'National implementation',
      'Victim assistance and environmental remediation',
      'International cooperation and assistance',
      'Meeting of States Parties',
      'Costs',
      'Amendments',
      'Settlement of disputes',
      'Universality',
      'Signature',
      'Ratification, acceptance, approval or accession',
      'Entry into force',
      'Reservations',
      'Duration and withdrawal',
      'Relationship with other agreements',
      'Depositary',
      'Authentic texts',
    ]),
  },
  {
    id: 'cwc',
    title:
      'Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction',
    shortTitles: ['Chemical Weapons Convention'],
    abbreviations: ['CWC'],
    aliases: [
      'Chemical Weapons Treaty',
      'Chemical Weapon Convention',
      // Spanish and French, as UN documents write them (see provenance.ts).
      'Convención sobre las Armas Químicas',
      'Convention sur les armes chimiques',
    ],
    kind: 'treaty',
    parent: null,
    adopted: { date: '1993-01-13', place: 'Paris' },
    entryIntoForce: '1997-04-29',
    depositary: SECRETARY_GENERAL,
    url: untc('XXVI-3', 26),
    // Headings as the OPCW (the treaty's organization) prints them; the text sets them in capitals.
    articles: numbered([
      'General Obligations',
      'Definitions and Criteria',
      'Declarations',
      'Chemical Weapons',
      'Chemical Weapons Production Facilities',
      'Activities Not Prohibited under this Convention',
      'National Implementation Measures',
      'The Organization',
      'Consultations, Cooperation and Fact-Finding',
      'Assistance and Protection against Chemical Weapons',
      'Economic and Technological Development',
      'Measures to Redress a Situation and to Ensure Compliance, Including Sanctions',
      'Relation to Other International Agreements',
      'Settlement of Disputes',
      'Amendments',
      'Duration and Withdrawal',
      'Status of the Annexes',
      'Signature',
      'Ratification',
      'Accession',
      'Entry into Force',
      'Reservations',
      'Depositary',
      'Authentic Texts',
    ]),
  },
  {
    id: 'bwc',
    title:
      'Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on their Destruction',
    shortTitles: ['Biological Weapons Convention', 'Biological and Toxin Weapons Convention'],
    abbreviations: ['BWC', 'BTWC'],
    aliases: [
      'Biological Weapon Convention',
      'Bioweapons Convention',
      'Biological Weapons Treaty',
      // Misspelt so on real pages: "Toxic" for "Toxin", "&" for "and".
      'Biological and Toxic Weapons Convention',
      'Biological & Toxin Weapons Convention',
      'Biological & Toxic Weapons Convention',
      // Spanish and French, as UN documents write them (see provenance.ts).
      'Convención sobre las Armas Biológicas',
      'Convention sur les armes biologiques',
    ],
    kind: 'treaty',
    parent: null,
    adopted: { date: '1972-04-10', place: 'London, Moscow and Washington' },
    entryIntoForce: '1975-03-26',
    depositary: THREE_DEPOSITARIES,
    url: unoda('bwc'),
    // The official text numbers its fifteen articles I-XV without headings.
    articles: untitled(15),
  },
  {
    id: 'geneva-protocol-1925',
    title:
      'Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare',
    shortTitles: ['1925 Geneva Protocol'],
    abbreviations: [],
    aliases: [
      'Geneva Protocol of 1925',
      'Geneva Gas Protocol',
      '1925 Geneva Gas Protocol',
      'Geneva Protocol on Gas Warfare',
    ],
    kind: 'protocol',
    parent: null,
    adopted: { date: '1925-06-17', place: 'Geneva' },
    entryIntoForce: '1928-02-08',
    depositary: 'Government of France',
    url: unoda('1925'),
  },
  {
    id: 'ost',
    title:
      'Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies',
    shortTitles: ['Outer Space Treaty'],
    abbreviations: ['OST'],
    aliases: ['Outer Space Treaty of 1967', '1967 Outer Space Treaty'],
    kind: 'treaty',
    parent: null,
    adopted: { date: '1967-01-27', place: 'London, Moscow and Washington' },
    entryIntoForce: '1967-10-10',
    depositary: THREE_DEPOSITARIES,
    url: unoda('outer_space'),
    // The official text numbers its seventeen articles I-XVII without headings.
    articles: untitled(17),
  },
]
