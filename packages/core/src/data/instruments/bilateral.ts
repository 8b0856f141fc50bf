import type { Instrument } from '../../models/instrument.js'

/** Bilateral United States-Russia (USSR) treaties; no depositary. */
export const bilateral: Instrument[] = [
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
