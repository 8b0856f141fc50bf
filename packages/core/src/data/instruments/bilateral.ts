import type { Instrument } from '../../models/instrument.js'

/** Bilateral United States-Russia (USSR) treaties, in the order they were signed; no depositary. */
export const bilateral: Instrument[] = [
  {
    id: 'abm',
    title:
      'Treaty between the United States of America and the Union of Soviet Socialist Republics on the Limitation of Anti-Ballistic Missile Systems',
    shortTitles: ['ABM Treaty', 'Anti-Ballistic Missile Treaty'],
    // "ABM" alone names the weapon ("ABM systems"), not the treaty: no abbreviation.
    abbreviations: [],
    aliases: [
      'Anti-Ballistic Missile Systems Treaty',
      'Treaty on the Limitation of Anti-Ballistic Missile Systems',
    ],
    kind: 'treaty',
    parent: null,
    adopted: { date: '1972-05-26', place: 'Moscow' },
    // The United States withdrew with effect from 13 June 2002.
    entryIntoForce: '1972-10-03',
    depositary: null,
    url: 'https://2009-2017.state.gov/t/avc/trty/101888.htm',
  },
  {
    id: 'inf',
    title:
      'Treaty between the United States of America and the Union of Soviet Socialist Republics on the Elimination of Their Intermediate-Range and Shorter-Range Missiles',
    shortTitles: ['INF Treaty', 'Intermediate-Range Nuclear Forces Treaty'],
    abbreviations: ['INF'],
    aliases: [
      'Intermediate Nuclear Forces Treaty',
      'Intermediate-Range Nuclear Forces Treaty of 1987',
    ],
    kind: 'treaty',
    parent: null,
    adopted: { date: '1987-12-08', place: 'Washington' },
    // Terminated on 2 August 2019 after the United States withdrew.
    entryIntoForce: '1988-06-01',
    depositary: null,
    url: 'https://2009-2017.state.gov/t/avc/trty/102360.htm',
  },
  {
    id: 'start-1',
    title:
      'Treaty between the United States of America and the Union of Soviet Socialist Republics on the Reduction and Limitation of Strategic Offensive Arms',
    shortTitles: ['START Treaty', 'START I Treaty'],
    // Case-sensitive: "start I" in prose is no treaty. "START-1" (also "START 1") as Russian
    // sources number it in English.
    abbreviations: ['START I', 'START-1'],
    aliases: ['Strategic Arms Reduction Treaty', 'Strategic Arms Reduction Treaty I'],
    kind: 'treaty',
    parent: null,
    adopted: { date: '1991-07-31', place: 'Moscow' },
    // Expired on 5 December 2009.
    entryIntoForce: '1994-12-05',
    depositary: null,
    url: 'https://www.armscontrol.org/node/2493',
  },
  {
    id: 'start-2',
    title:
      'Treaty between the United States of America and the Russian Federation on Further Reduction and Limitation of Strategic Offensive Arms',
    shortTitles: ['START II Treaty'],
    abbreviations: ['START II'],
    aliases: [
      'Strategic Arms Reduction Treaty II',
      'Treaty on Further Reduction and Limitation of Strategic Offensive Arms',
    ],
    kind: 'treaty',
    parent: null,
    adopted: { date: '1993-01-03', place: 'Moscow' },
    // Never entered into force: Russia withdrew in June 2002, after the US left the ABM Treaty.
    entryIntoForce: null,
    depositary: null,
    url: 'https://www.fas.org/nuke/control/start2/index.html',
  },
  {
    id: 'sort',
    title:
      'Treaty between the United States of America and the Russian Federation on Strategic Offensive Reductions',
    // "Moscow Treaty" also names the 1963 Partial Test Ban Treaty: left out.
    shortTitles: ['Strategic Offensive Reductions Treaty'],
    abbreviations: ['SORT'],
    aliases: ['Treaty on Strategic Offensive Reductions'],
    kind: 'treaty',
    parent: null,
    adopted: { date: '2002-05-24', place: 'Moscow' },
    // Superseded by New START on 5 February 2011.
    entryIntoForce: '2003-06-01',
    depositary: null,
    url: 'https://www.acq.osd.mil/tc/sort/SORTexecsum.htm',
  },
  {
    id: 'new-start',
    title:
      'Treaty between the United States of America and the Russian Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms',
    shortTitles: ['New START', 'New START Treaty'],
    abbreviations: [],
    aliases: [
      'New Strategic Arms Reduction Treaty',
      'Prague Treaty',
      // The title without the parties, as SIPRI and others print it.
      'Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms',
    ],
    kind: 'treaty',
    parent: null,
    adopted: { date: '2010-04-08', place: 'Prague' },
    entryIntoForce: '2011-02-05',
    depositary: null,
    url: 'https://2009-2017.state.gov/t/avc/newstart/c44126.htm',
  },
]
