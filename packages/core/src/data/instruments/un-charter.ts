import type { Instrument } from '../../models/instrument.js'
import { untitled } from './helpers.js'

/**
 * The Charter of the United Nations: arms control writing cites its articles on self-defence (51)
 * and on the regulation of armaments (26). Its 111 articles carry no headings.
 */
export const unCharter: Instrument[] = [
  {
    id: 'un-charter',
    title: 'Charter of the United Nations',
    shortTitles: ['United Nations Charter', 'UN Charter'],
    abbreviations: [],
    aliases: ['U.N. Charter', 'Charter of the UN'],
    kind: 'treaty',
    parent: null,
    adopted: { date: '1945-06-26', place: 'San Francisco' },
    entryIntoForce: '1945-10-24',
    depositary: 'Government of the United States of America',
    url: 'https://www.un.org/en/about-us/un-charter/full-text',
    articles: untitled(111),
  },
]
