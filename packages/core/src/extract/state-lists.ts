import { rules } from '../data/rules.js'
import type { Diagnostic, ExtractOptions, StateList, StateMention } from '../models/extraction.js'
import type { State } from '../models/state.js'
import { findState, getState, states as registry } from '../registry/states.js'
import { nearestState } from './misspelt-states.js'

/**
 * Lists of three or more states written as one list ("Austria, Belgium, Chile and Denmark").
 *
 * Works on the state mentions already found: two neighbouring mentions belong to one list when
 * the text between them is only a separator, so the pass is linear in the number of mentions.
 *
 * Separators: comma, semicolon, "and", "or", "&", "as well as", with or without a serial comma,
 * each optionally followed by "the" (never part of a span). Also accepted:
 * - a parenthetical after a member ("France (on behalf of the European Union), Japan"); states
 *   named inside it are not members;
 * - a bare space after a member that ends with an abbreviation's period ("the U.S. Pakistan"),
 *   where the period swallowed the comma;
 * - capitalised names in member positions that are not known states ("Austria, Ruritania and
 *   Belgium"): they go to `unresolved`; names of organisations (European Union, ICRC) are
 *   skipped without breaking the list; titles and other capitalised words break it.
 * - territories between members ("Laos, West Bank and Zimbabwe"), kept in `unresolved`; cities
 *   and regions break a list;
 * - unknown names or territories before the first member after a phrase that opens a list
 *   (":", "such as", "include", a line start under a heading) and after the last one up to the
 *   conjunction that closes it ("Georgia, Somaliland, Kosovo, and Western Sahara").
 * After the conjunction a list is closed: "Chad, Niger and Mali; Eritrea has" ends at "Mali",
 * except that a pair joined by "and" may open a longer comma list ("USA and USSR, UK, France").
 * A semicolon between two names, or before a comma list, joins clauses ("in Iraq; Britain says",
 * "Chile and Peru; Ghana, Togo, Benin": the list is "Ghana, Togo, Benin"). Hyphenated compounds ("a Mexico-New Zealand-Norway proposal") are not lists. A list needs at
 * least two known members and three names in all.
 *
 * When a count stands before the list in the same sentence ("25 countries", "twenty-five States")
 * and differs from the number of names, a `list-count-mismatch` warning is pushed.
 */

/** Literal hint for the pre-filter: lists need separators. */
export const literals = /[,;&|]|\band\b|\bor\b/

/** Organisations and groups that may stand in a list of states without being states. */
const NON_STATE_ACTORS = new Set([
  'European Union',
  'EU',
  'European Commission',
  'African Union',
  'AU',
  'NATO',
  'OSCE',
  'ASEAN',
  'ICRC',
  'International Committee of the Red Cross',
  'UN',
  'United Nations',
  'UNDP',
  'UNICEF',
  'UNHCR',
  'UNMAS',
  'UNIDIR',
  'UNODA',
  'ICBL',
  'CMC',
  'Cluster Munition Coalition',
  'Council of Europe',
  'League of Arab States',
  'Arab League',
  'Sovereign Order of Malta',
  'Order of Malta',
])

/** Demonyms of every state ("Israeli", "Congolese"): no names in member positions. */
const DEMONYMS = new Set(registry.flatMap((state) => state.demonyms))

/** Capitalised words that are not names of states: a list breaks at them. */
const NOT_NAMES = new Set(
  (
    'A An The This That These Those It Its In On At By For From With Without About After Before ' +
    'During Under Over Between Among Against Also And Or But Nor Yet So If When While Although ' +
    'Some Many Most Several Other Others All Both Each Every Neither Either None One Two Three ' +
    'Mr Mrs Ms Dr Sir Madam Ambassador President Vice Minister Prime Secretary Secretary-General ' +
    'Chair Chairman Chairperson Chairwoman Coordinator Director Deputy Delegate Delegation ' +
    'Delegations Representative Representatives Observer Observers Government Governments ' +
    'Council Conference Committee Convention Treaty Protocol Article Articles Group Groups ' +
    'Meeting Meetings Session Assembly Parties Party State States Member Members Union ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May ' +
    'June July August September October November December Today Yesterday Tomorrow However ' +
    'Moreover Furthermore Meanwhile Finally Then Thus Therefore Indeed Perhaps Only Earlier Later ' +
    'Elsewhere Again Here There Now Still Instead Likewise Nevertheless Nonetheless Otherwise ' +
    'Hence Besides Afterwards Thereafter Overall Together First Second Third Next Last Above ' +
    'Below Since Until Unless Because Whereas Where Which Who What How Why Yes No'
  ).split(' '),
)

/** A compass word standing alone, never a name ("South", "Northern"). */
const COMPASS_WORDS = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)$/

/** Cities and regions that stand next to lists of states in this field: never items of a list. */
const PLACES = new Set(
  (
    'Geneva|Oslo|Dublin|Vienna|New York|Washington|Ottawa|Brussels|Paris|London|Moscow|Beijing|' +
    'Tokyo|Berlin|The Hague|Hague|Nairobi|Kabul|Baghdad|Beirut|Phnom Penh|Vientiane|Maputo|' +
    'Cartagena|Lima|Wellington|Santiago|Belgrade|Sarajevo|Managua|Bangkok|Jakarta|Manila|Delhi|' +
    'New Delhi|Islamabad|Tehran|Damascus|Kyiv|Kiev|Minsk|Ankara|Athens|Rome|Madrid|Lisbon|' +
    'Stockholm|Copenhagen|Helsinki|Canberra|Pretoria|Abuja|Addis Ababa|Cairo|Tripoli|Santo Domingo|' +
    'Europe|Africa|Asia|Oceania|Americas|Latin America|North America|South America|Central America|' +
    'Middle East|Near East|Balkans|Caribbean|Pacific|Asia-Pacific|Sahel|Gulf|Caucasus|Central Asia|' +
    'South Asia|Southeast Asia|South-East Asia|East Asia|West Africa|East Africa|Southern Africa|' +
    'North Africa|Horn of Africa|Scandinavia|Nordic'
  ).split('|'),
)

/**
 * Territories and areas that lists of "countries and territories" name among states (the
 * Monitor's "other areas"): items of a list, kept in `unresolved`, never members. Unknown names
 * (Kosovo, Somaliland) are items anyway; these are the ones also used as places in prose.
 */
const TERRITORIES = new Set(
  (
    'Falklands|Falkland Islands|Gaza|West Bank|Kashmir|Crimea|Donbas|Chechnya|Darfur|Kurdistan|' +
    'Tibet|Hong Kong|Macao|Macau'
  ).split('|'),
)

/** A capitalised name of up to four words; hyphenated parts are capitalised too ("Guinea-Bissau"). */
const NAME_RE =
  /\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*){0,3}/uy
/**
 * Separator: comma, semicolon or the bar of an index ("Samoa | San Marino | Senegal") and/or a
 * conjunction, then an optional "the".
 */
/**
 * A footnote marker after a member ("Niger,[1] Serbia", "Austria*, Belgium", "Chile†", and
 * "Fiji1" where PDF text lost the superscript).
 */
const FOOTNOTE =
  '(?:\\[\\d{1,3}\\]|\\*{1,3}|\\d{1,2}|[\\u2020\\u2021\\u00b9\\u00b2\\u00b3\\u2070-\\u2079]{1,3})?'
const WS = '[^\\S\\n]*(?:\\n[^\\S\\n]*)?'
const SEP_RE = new RegExp(
  `${FOOTNOTE}${WS}(?:([,;|])${FOOTNOTE}${WS}(?:,${WS})?)?(?:(and also|and|or|&|as well as|along with|together with|plus|AND)(?![A-Za-z])${WS})?(?:(?:the|The|THE)[^\\S\\n]+)?`,
  'y',
)
const PAREN_LOOKAHEAD = 300

/** A capitalised name at `pos` (a trailing sentence period is not part of it). */
function matchName(text: string, pos: number): { start: number; end: number; text: string } | null {
  NAME_RE.lastIndex = pos
  const match = NAME_RE.exec(text)
  if (!match) return null
  let name = match[0]
  while (name.endsWith('.')) name = name.slice(0, -1)
  return { start: pos, end: pos + name.length, text: name }
}

interface GapResult {
  unknowns: Array<{ start: number; end: number; text: string }>
  conjunction: boolean
  /** A comma stood in the gap. */
  comma: boolean
  /** A semicolon stood in the gap. */
  semicolon: boolean
  /** A bar ("|") separated the members. */
  bar: boolean
}

/** Words that mark the name of an organisation, an office or a body rather than a state. */
const ORGANISATION_WORDS =
  /\b(?:International|Watch|Coalition|Campaign|Institute|Committee|Union|Organi[sz]ation|Agency|Office|Council|Society|Association|Federation|Fund|Programme|Program|Bank|Network|Foundation|Centre|Center|Group|Forum|Alliance|Initiative|Action|Aid|Service|Services|Mission|Movement|Court|Commission|Secretariat|Department|Ministry|Army|Forces|Command|Corporation|University|Survey|Cross|Crescent)\b/

/** Head words of instrument names and processes ("Arms Trade Treaty", "Ottawa Process"). */
const INSTRUMENT_WORDS =
  /\b(?:Treaty|Treaties|Convention|Conventions|Protocol|Protocols|Agreement|Declaration|Statute|Charter|Process|Accords?|Resolution|Programme of Action)\b/

/**
 * What a capitalised name in a member position is: an unknown state name, something to skip
 * without breaking the list (organisations, acronyms), or a word that ends the list.
 */
function nameVerdict(name: string): 'unknown' | 'territory' | 'skip' | 'break' {
  if (NON_STATE_ACTORS.has(name)) return 'skip'
  // "India, Iraq, Ireland, and the Israeli regime": an adjective, not a state's name.
  if (DEMONYMS.has(name)) return 'break'
  // "the Arms Trade Treaty, Ghana, Peru and Viet Nam": an instrument's name ends the list.
  if (INSTRUMENT_WORDS.test(name)) return 'break'
  const first = (name.split(/\s+/)[0] as string).replace(/\.$/, '')
  if (NOT_NAMES.has(first) || NOT_NAMES.has(name) || PLACES.has(name)) return 'break'
  // An adverb opening a sentence ("Separately, Chile, Peru and Ghana met") is no name.
  if (/^\p{Lu}\p{Ll}+ly$/u.test(name)) return 'break'
  // A compass word alone is what is left of a name that lost its other words ("South , Gambia").
  if (COMPASS_WORDS.test(name)) return 'break'
  if (TERRITORIES.has(name)) return 'territory'
  // Acronyms ("GICHD") and organisations ("Handicap International") are not state names.
  if (!/\p{Ll}/u.test(name) || ORGANISATION_WORDS.test(name)) return 'skip'
  return 'unknown'
}

/** Skip a parenthetical that opens at `pos` (after optional spaces); returns its end or -1. */
function parentheticalEnd(text: string, pos: number): number {
  let i = pos
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++
  if (text[i] !== '(') return -1
  let depth = 0
  const limit = Math.min(text.length, i + PAREN_LOOKAHEAD)
  for (let j = i; j < limit; j++) {
    const char = text[j]
    if (char === '(') depth++
    else if (char === ')') {
      depth--
      if (depth === 0) return j + 1
    } else if (char === '\n' && text[j + 1] === '\n') return -1
  }
  return -1
}

/** Parentheticals in a row ("Myanmar (Burma) (not affected)"): the end of the last, or -1. */
function parentheticalsEnd(text: string, pos: number): number {
  let end = -1
  for (let k = 0; k < 4; k++) {
    const next = parentheticalEnd(text, end === -1 ? pos : end)
    if (next === -1) break
    end = next
  }
  return end
}

/**
 * The end of a parenthetical that opens between `from` and `to` and closes after `to` (a state
 * at `to` stands inside it), or -1. Only short gaps are looked at.
 */
function innerParenthetical(text: string, from: number, to: number): number {
  if (to - from > 120) return -1
  for (let k = to - 1; k >= from; k--) {
    const char = text.charCodeAt(k)
    if (char === 0x29) return -1
    if (char === 0x28) return parentheticalEnd(text, k)
  }
  return -1
}

/** A bare space (and "the") where a comma was lost. */
const LOST_COMMA = /^[^\S\n]+(?:the[^\S\n]+)?$/

/** A short phrase in lower case inserted between commas ("with the support of the EU"). */
const INSERTED_RE = /[^\S\n]*\p{Ll}[^,;:.!?()[\]\n\u2013\u2014]{0,60}(?=,)/uy

/**
 * Parse the text between two members, `text.slice(from, to)`: separators, unknown names and
 * skippable organisations only. Returns null when it is anything else.
 */
function parseGap(
  text: string,
  from: number,
  to: number,
  previous: string,
  conjunctionSeen: boolean,
  barred = false,
  /** A comma already separated two members of the run. */
  commaSeen = false,
): GapResult | null {
  const result: GapResult = {
    unknowns: [],
    conjunction: false,
    bar: false,
    comma: false,
    semicolon: false,
  }
  let pos = from
  // "Singapore | Sweden Switzerland | Syria": in a list of bars (an index, a table pasted as
  // text) a bare space is a bar that was lost.
  if (barred && /^[^\S\n]+$/.test(text.slice(from, to))) return result
  // "Sri LankaSudan": two names glued by PDF text that lost the separator.
  if (from === to && /[a-z]/.test(text[from - 1] ?? '') && /[A-Z]/.test(text[to] ?? ''))
    return result
  // "Israel, the U.S. Pakistan, Brazil": inside a list (before its conjunction) the period of an
  // abbreviation stands for the comma. After the conjunction it is a sentence end.
  if (!conjunctionSeen && previous.endsWith('.') && /^[^\S\n]+$/.test(text.slice(from, to))) {
    return result
  }
  // "China, France, Germany the Russian Federation, ...": inside a comma list, before its
  // conjunction, a bare space before "the" is a comma the writer or the extraction lost.
  if (!conjunctionSeen && commaSeen && to - from <= 8 && LOST_COMMA.test(text.slice(from, to))) {
    return result
  }
  /** An inserted phrase was read: the next separator must hold the list's conjunction. */
  let inserted = false
  for (let guard = 0; guard < 20; guard++) {
    SEP_RE.lastIndex = pos
    const sep = SEP_RE.exec(text)
    if (!sep || (!sep[1] && !sep[2])) return null
    if (inserted && !sep[2]) return null
    if (sep[2]) result.conjunction = true
    if (sep[1] === '|') result.bar = true
    if (sep[1] === ',') result.comma = true
    if (sep[1] === ';') result.semicolon = true
    // "Costa Rica, Luxembourg and Trinidad and Tobago, and the Sierra Leone conference": a second
    // ", and" after the list's conjunction starts a new phrase ("A & B & C" and "A and B and C"
    // without commas stay one list).
    // The same for ", as well as", ", along with", ", plus": "Chad, Niger and Mali, as well as
    // Peru and Chile" are two groups.
    if (conjunctionSeen && sep[1] && sep[2]) return null
    pos = SEP_RE.lastIndex
    // "China, France, the United States, with the support of the European Union, and Iran": a
    // short phrase set off by commas inside a comma list that its conjunction then closes.
    if (sep[1] === ',' && !sep[2] && !conjunctionSeen && commaSeen && !inserted && pos < to) {
      INSERTED_RE.lastIndex = pos
      const phrase = INSERTED_RE.exec(text)
      if (phrase && INSERTED_RE.lastIndex < to) {
        pos = INSERTED_RE.lastIndex
        inserted = true
        continue
      }
    }
    // "... Somalia and South Sudan; Eritrea has not": after the conjunction the list is closed,
    // a bare comma or semicolon starts a new clause.
    if (pos === to) return conjunctionSeen && !result.conjunction ? null : result
    if (pos > to) return null
    const name = matchName(text, pos)
    if (!name || name.end > to) return null
    // A territory between two members ("Sri Lanka, West Bank and Zimbabwe" in a list of
    // "countries and territories") is an item of the list, kept in `unresolved`; a city or a
    // region is not ("in Geneva, Austria and Chile said").
    const verdict = nameVerdict(name.text)
    if (verdict === 'break') return null
    if (verdict === 'unknown' || verdict === 'territory') result.unknowns.push(name)
    pos = name.end
    const paren = parentheticalsEnd(text, pos)
    if (paren !== -1 && paren <= to) pos = paren
  }
  return null
}

interface Run {
  members: StateMention[]
  /** Names in member positions, in text order, with the index of the member they precede. */
  unknowns: Array<{ start: number; end: number; text: string }>
  conjunction: boolean
  separators: number
  /** Members separated by bars ("Samoa | San Marino"). */
  barred: boolean
  /** A comma separated two members. */
  comma: boolean
  /** The first gap was a semicolon alone ("Peru; Ghana"). */
  semicolonFirst: boolean
}

type Name = { start: number; end: number; text: string }

/** Most unknown names read before the first member or after the last one. */
const MAX_EDGE_NAMES = 4

/**
 * Unknown names after the last member, up to the conjunction that closes the list: "Austria,
 * Belgium and Ruritania.", "Azerbaijan, Georgia, Somaliland, Kosovo, and Western Sahara" (names
 * of territories too). Without a conjunction nothing is added: a list of names that just goes
 * on is no promise that they belong to it.
 */
function extendEnd(text: string, run: Run): Name[] {
  if (run.conjunction) return []
  const last = run.members[run.members.length - 1] as StateMention
  let pos = last.end
  const names: Name[] = []
  for (let k = 0; k < MAX_EDGE_NAMES; k++) {
    const paren = parentheticalEnd(text, pos)
    if (paren !== -1) pos = paren
    SEP_RE.lastIndex = pos
    const sep = SEP_RE.exec(text)
    if (!sep || (!sep[2] && sep[1] !== ',')) return []
    const name = matchName(text, SEP_RE.lastIndex)
    if (!name) return []
    const verdict = nameVerdict(name.text)
    if (verdict !== 'unknown' && verdict !== 'territory') return []
    names.push(name)
    if (sep[2]) {
      // The name must close the list: punctuation, end of text, or a lower-case word.
      const after = text.slice(name.end, name.end + 3)
      return /^(?:$|[.,;:!?)\]]|[^\S\n]+\p{Ll})/u.test(after) ? names : []
    }
    pos = name.end
  }
  return []
}

const START_INTRO =
  /(?:[:(][^\S\n]*|\n[^\S\n]*|\b(?:[Ss]uch as|[Ii]ncluding|[Ii]ncludes?|[Nn]amely|[Ll]ike|[Ff]rom|of|by|[Ww]ith|[Bb]etween|[Aa]mong)[^\S\n]+)(?:the[^\S\n]+)?(\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*){0,2})[^\S\n]*,[^\S\n]*(?:the[^\S\n]+)?$/u

/** A name and its comma at the end of the text before an item ("Somaliland, "). */
const NAME_BEFORE =
  /(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*){0,2})[^\S\n]*,[^\S\n]*(?:the[^\S\n]+)?$/u

/** Whether `name` may stand in an item's place; a territory not at a line start. */
function edgeItem(name: string, lineStart: boolean): boolean {
  const verdict = nameVerdict(name)
  return verdict === 'unknown' || (verdict === 'territory' && !lineStart)
}

/**
 * Unknown names before the first member, after a phrase that opens a list: "such as Ruritania,
 * Austria and Belgium", "include Somaliland, Kosovo, Azerbaijan and Georgia", or at the start of a
 * line that a heading leaves to the list ("Pacific (4)", a line break, then "Niue, Fiji and
 * Samoa"). A territory opens a list after a colon or "such as" ("territories: Gaza, Angola and
 * Peru"), never at a line start, where a dateline's city stands ("GENEVA, Austria and Chile").
 */
function extendStart(text: string, run: Run): Name[] {
  const first = run.members[0] as StateMention
  // Cheap test first: a name before the first member ends with a comma ("Niue, Fiji", "Niue,
  // the Gambia").
  let k = first.start
  while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--
  if (text.endsWith('the', k) && k - 3 > 0 && !/[\p{L}\p{N}]/u.test(text[k - 4] ?? '')) {
    k -= 3
    while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--
  }
  if (text.charCodeAt(k - 1) !== 0x2c) return []
  const from = Math.max(0, first.start - 200)
  let to = first.start
  const names: Name[] = []
  for (let k = 0; k < MAX_EDGE_NAMES; k++) {
    const before = text.slice(from, to)
    const intro = START_INTRO.exec(before)
    if (intro && intro[1] !== undefined) {
      const offset = before.lastIndexOf(intro[1])
      if (!edgeItem(intro[1], /\n[^\S\n]*$/.test(before.slice(0, offset)))) return []
      names.unshift({ start: from + offset, end: from + offset + intro[1].length, text: intro[1] })
      return names
    }
    const named = NAME_BEFORE.exec(before)
    if (!named || named[1] === undefined || !edgeItem(named[1], false)) return []
    const offset = named.index
    names.unshift({ start: from + offset, end: from + offset + named[1].length, text: named[1] })
    to = from + offset
  }
  return []
}

/**
 * Two states are a list when a comma separates them: the tally of a recorded vote ("(Israel,
 * United States)", "Against: Israel, United States"), "the United States, China, and six other
 * States". Two states joined by "and" alone ("Russia and Ukraine") are two mentions, and so are
 * two that a clause's opening phrase and its subject put side by side ("In Austria, Belgium spoke
 * first"; "Like Chile, Peru abstained") and two on either side of a semicolon, which joins
 * clauses far more often than it lists two names ("it was used in Iraq; Chile says").
 */
function isPair(text: string, run: Run): boolean {
  if (run.members.length !== 2 || run.unknowns.length !== 0 || !run.comma) return false
  const first = run.members[0] as StateMention
  // "presented by America, Russia's behaviour was condemned": a possessive opens a clause.
  const second = run.members[1] as StateMention
  if (/^['’]s(?![\p{L}\p{N}])/u.test(text.slice(second.end, second.end + 3))) return false
  const before = text.slice(Math.max(0, first.start - 40), first.start)
  // "Chile and Peru, Ghana spoke": the pair would split a list that its "and" closed.
  return !OPENING_PHRASE.test(before) && !AFTER_CONJUNCTION.test(before)
}

/**
 * "USA and Ruritania, UK, France, India": a pair joined by "and" that opens a longer list. After
 * the conjunction of its first gap, a list goes on past a comma only when the two gaps after it
 * are commas too (the rhythm of a list, not "Chile and Peru, Ghana spoke").
 */
function reopens(
  text: string,
  run: Run,
  mentions: StateMention[],
  next: number,
  gapStart: number,
): boolean {
  if (run.members.length !== 2 || !run.conjunction || run.barred) return false
  const last = run.members[1] as StateMention
  let from = gapStart
  let previous = last.text
  for (let k = next; k < next + 2; k++) {
    const mention = mentions[k]
    if (!mention || mention.start < from) return false
    const gap = parseGap(text, from, mention.start, previous, false)
    if (!gap || gap.conjunction || !gap.comma) return false
    from = mention.end
    previous = mention.text
  }
  return true
}

const AFTER_CONJUNCTION = /(?:^|[^\p{L}])(?:and|or|&)[^\S\n]+(?:the[^\S\n]+)?$/u

/** "In", "Like", "As for" ... (and "the") at the start of a sentence or line, before a name. */
const OPENING_PHRASE =
  /(?:^|[.!?]["'\u201d\u2019)]?[^\S\n]+|\n[^\S\n]*)(?:In|For|Like|Unlike|After|Before|With|Without|From|To|As for|As with|Besides|Beyond|Apart from|Outside|Within|Inside|Across|Throughout|Than|Under|Over|Unlike|Along with|Together with|Next to|Compared with|Compared to)[^\S\n]+(?:the[^\S\n]+)?$/

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
}
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

/**
 * A cardinal in digits or English words, 0 to 999: "25", "twenty-five", "twenty five",
 * "one hundred and ninety-three", "a hundred". Returns null for anything else.
 */
export function parseCount(numeral: string): number | null {
  const trimmed = numeral.trim().toLowerCase()
  if (/^\d{1,3}$/.test(trimmed)) return Number(trimmed)
  const words = trimmed.split(/[\s-]+/).filter((w) => w !== 'and')
  if (words.length === 0) return null
  let total = 0
  let i = 0
  const hundreds = words.indexOf('hundred')
  if (hundreds !== -1) {
    if (hundreds !== 1) return null
    const head = words[0] as string
    const h = head === 'a' ? 1 : UNITS[head]
    if (h === undefined || h === 0) return null
    total = h * 100
    i = 2
    if (i === words.length) return total
  }
  const rest = words.slice(i)
  if (rest.length === 1) {
    const word = rest[0] as string
    const value = UNITS[word] ?? TENS[word]
    return value === undefined ? null : total + value
  }
  if (rest.length === 2) {
    const tens = TENS[rest[0] as string]
    const unit = UNITS[rest[1] as string]
    if (tens === undefined || unit === undefined || unit === 0 || unit > 9) return null
    return total + tens + unit
  }
  return null
}

const SP = '[^\\S\\n]+'
const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine'
const TEEN_WORDS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const BELOW_HUNDRED = `(?:(?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${TEEN_WORDS}|${UNIT_WORDS})`
const HUNDRED = `(?:a|${UNIT_WORDS})${SP}hundred`
const NUMERAL = `\\d{1,3}|${HUNDRED}(?:(?:${SP}and)?${SP}${BELOW_HUNDRED})?|${BELOW_HUNDRED}`
const COUNT_QUALIFIER =
  'other|more|member|UN|participating|co-sponsoring|sponsoring|signatory|European|African|Asian|Arab|Latin American|Western|like-minded'
const COUNT_NOUN = `countries|states(?:${SP}parties)?|member${SP}states|nations|delegations|governments|co-sponsors|sponsors|signatories|votes${SP}against|against|abstentions|abstaining|in${SP}favou?r`
/** A word of every `COUNT_NOUN` alternative ("member states", "votes against", "in favour"). */
const COUNT_NOUN_WORDS =
  /countries|states|nations|delegations|governments|sponsors|signatories|against|abstentions|abstaining|favo/iu
/** "25 countries", "twenty-five States", "one hundred and ninety-three Member States", "3 against". */
export const COUNT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NUMERAL})${SP}(?:(?:${COUNT_QUALIFIER})${SP})?(?:${COUNT_NOUN})(?![\\p{L}])`,
  'giu',
)

/** The count written before the list in the same sentence ("25 countries"), if any. */
function countBefore(text: string, start: number): number | null {
  const from = Math.max(0, start - 250)
  let window = text.slice(from, start)
  // Cheap test first: every count names one of its nouns (the flags of `COUNT_RE`).
  if (!COUNT_NOUN_WORDS.test(window)) return null
  // Stay in the sentence: cut at the last blank line or sentence end before the list.
  let cut = window.lastIndexOf('\n\n')
  for (const m of window.matchAll(/[.!?]["'’”)]?\s+(?=["'‘“(]?\p{Lu})/gu)) {
    if (!/\b(?:U\.S|U\.K|Mr|Ms|Dr|St|No)\.$/.test(window.slice(0, m.index + 1))) {
      cut = Math.max(cut, m.index + 1)
    }
  }
  if (cut > 0) window = window.slice(cut)
  let last: RegExpExecArray | null = null
  for (const match of window.matchAll(COUNT_RE)) last = match
  if (!last || last[1] === undefined) return null
  // Only a connector may stand between the count and the list ("25 countries: ", "(", "namely").
  const connector = window
    .slice(last.index + last[0].length)
    .replace(/\s+/g, ' ')
    .trim()
  // A colon may also close a short clause that announces the list ("Twelve countries took the
  // floor in the general exchange: Austria, ..."), as long as no other clause intervenes.
  if (!COUNT_CONNECTOR.test(connector) && !ANNOUNCING_CLAUSE.test(connector)) return null
  // Approximate counts are no promise ("more than 25 countries", "25 or more States").
  if (APPROXIMATE.test(window.slice(0, last.index)) || /\bor\s+(?:more|so)\b/.test(last[0])) {
    return null
  }
  return parseCount(last[1].replace(/\s+/g, ' '))
}

const COUNT_CONNECTOR =
  /^(?:[:(\u2014\u2013-]|,? ?(?:namely|i\.e\.|that is|viz\.?|to wit)[,:]?|,? ?(?:were|are|being)[:,]?)?(?: ?the)?$/
const ANNOUNCING_CLAUSE = /^[^.;:!?()\d]{1,80}[:\u2014](?: the)?$/
const APPROXIMATE =
  /\b(?:more than|over|at least|some|about|nearly|almost|around|approximately|up to|fewer than|less than|roughly|some)[^\S\n]+$/i

/**
 * Extract state lists from the state mentions of `text` (as returned by `extractStates`).
 * Returns lists sorted by start; pushes `list-count-mismatch` warnings into `diagnostics`.
 */
export function extractStateLists(
  text: string,
  states: StateMention[],
  options: ExtractOptions = {},
  diagnostics: Diagnostic[] = [],
): StateList[] {
  void options
  const mentions = states.filter((m) => m.via !== 'demonym').sort((a, b) => a.start - b.start)
  const lists: StateList[] = []
  let i = 0
  while (i < mentions.length) {
    const run: Run = {
      members: [mentions[i] as StateMention],
      unknowns: [],
      conjunction: false,
      separators: 0,
      barred: false,
      comma: false,
      semicolonFirst: false,
    }
    let j = i + 1
    /** The run's first member opens a clause, not the list: start again from the second. */
    let dropFirst = false
    while (j < mentions.length) {
      const last = run.members[run.members.length - 1] as StateMention
      let gapStart = last.end
      const paren = parentheticalsEnd(text, gapStart)
      let next = j
      if (paren !== -1) {
        gapStart = paren
        // States named inside the parenthetical are not members.
        while (next < mentions.length && (mentions[next] as StateMention).start < paren) next++
        if (next >= mentions.length) break
      }
      // "Cambodia (not affected), Chechnya (not US fault), Colombia": a state named inside the
      // parenthetical of a name in the gap is no member either.
      const inner = innerParenthetical(text, gapStart, (mentions[next] as StateMention).start)
      if (inner !== -1) {
        while (next < mentions.length && (mentions[next] as StateMention).start < inner) next++
        if (next >= mentions.length) break
      }
      const candidate = mentions[next] as StateMention
      if (candidate.start < gapStart) break
      let gap = parseGap(
        text,
        gapStart,
        candidate.start,
        last.text,
        run.conjunction,
        run.barred,
        run.comma,
      )
      if (!gap && reopens(text, run, mentions, next, gapStart)) {
        gap = parseGap(text, gapStart, candidate.start, last.text, false, run.barred, run.comma)
        run.conjunction = false
      }
      if (!gap) break
      // "Chile and Peru; Ghana, Togo, Benin": a semicolon then commas is a clause break before
      // a list, not one list of mixed separators.
      if (run.members.length === 1) run.semicolonFirst = gap.semicolon && !gap.comma
      else if (run.members.length === 2 && run.semicolonFirst && gap.comma && !gap.semicolon) {
        dropFirst = true
        break
      }
      run.members.push(candidate)
      run.unknowns.push(...gap.unknowns)
      run.conjunction ||= gap.conjunction
      run.barred ||= gap.bar
      run.comma ||= gap.comma
      j = next + 1
    }
    if (dropFirst) {
      i += 1
      continue
    }
    const tail = extendEnd(text, run)
    run.unknowns.push(...tail)
    const glued = run.members.length >= 2 ? gluedFirst(text, run.members[0] as StateMention) : null
    const head = run.members.length >= 2 && !glued ? extendStart(text, run) : []
    run.unknowns.unshift(...head)
    if (glued) run.members.unshift(glued)
    const total = run.members.length + run.unknowns.length
    if (run.members.length >= 2 && (total >= 3 || isPair(text, run))) {
      if (glued) states.push(glued)
      const first = run.members[0] as StateMention
      const last = run.members[run.members.length - 1] as StateMention
      const start = Math.min(first.start, head[0]?.start ?? first.start)
      const actorEnd = tail.length === 0 ? actorAtEnd(text, run) : -1
      const end = Math.max(last.end, tail.at(-1)?.end ?? last.end, actorEnd)
      const { members, unresolved } = resolveMisspelt(text, run, states, diagnostics)
      const list: StateList = {
        type: 'stateList',
        start,
        end,
        text: text.slice(start, end),
        members,
        unresolved,
      }
      lists.push(list)
      const count = countBefore(text, start)
      if (count !== null && count !== total) {
        diagnostics.push({
          start,
          end,
          ruleId: 'list-count-mismatch',
          message: `The text announces ${count} but the list names ${total} (${run.members.length} known state${run.members.length === 1 ? '' : 's'}${run.unknowns.length ? `, ${run.unknowns.length} unresolved` : ''}).`,
          severity: 'warning',
        })
      }
      i = j
    } else if (run.members.length === 2 && run.conjunction && !run.comma) {
      // "Israel and Egypt, along with Myanmar, Angola": a pair that its "and" closed; its second
      // name opens no list of its own.
      i = j
    } else {
      i += 1
    }
  }
  return lists
}

/**
 * Names in member positions that are likely misspellings of one state ("Guatamala",
 * "Lichtenstein"): the list frame makes a state expected there, so they are read as members
 * (and as mentions, pushed to `states`), each with a `misspelt-state` warning naming the state.
 * The other names stay `unresolved`.
 */
function resolveMisspelt(
  text: string,
  run: Run,
  states: StateMention[],
  diagnostics: Diagnostic[],
): { members: string[]; unresolved: string[] } {
  const unknowns = run.unknowns.sort((a, b) => a.start - b.start)
  if (unknowns.length === 0) return { members: run.members.map((m) => m.iso3), unresolved: [] }
  const found: StateMention[] = []
  const unresolved: string[] = []
  for (const name of unknowns) {
    const iso3 = nearestState(name.text)
    const state = iso3 === null ? undefined : getState(iso3)
    if (!state) {
      unresolved.push(name.text)
      continue
    }
    const mention = stateMention(text, name.start, name.end, state)
    found.push(mention)
    states.push(mention)
    diagnostics.push({
      start: name.start,
      end: name.end,
      ruleId: 'misspelt-state',
      message: `“${name.text}” stands in a list of states and looks like a misspelling of “${state.name}”; read as ${state.iso3}.`,
      severity: rules['misspelt-state'].severity,
    })
  }
  const members = [...run.members, ...found].sort((a, b) => a.start - b.start).map((m) => m.iso3)
  return { members, unresolved }
}

function stateMention(text: string, start: number, end: number, state: State): StateMention {
  return {
    type: 'state',
    start,
    end,
    text: text.slice(start, end),
    iso3: state.iso3,
    iso2: state.iso2,
    name: state.name,
  }
}

/** The words before a list's first member and its comma ("...Security CouncilChina, "). */
const WORDS_BEFORE =
  /[\p{L}\p{M}'’]+(?:[^\S\n]+[\p{L}\p{M}'’]+){0,3}(?=[^\S\n]*,[^\S\n]*(?:the[^\S\n]+)?$)/u

/**
 * "the permanent members of the Security CouncilChina, France, Russia": a state glued to the word
 * before it (text that lost a space) that opens a list. The name starts at a capital right after a
 * small letter and must be a state's name (not an abbreviation) of four letters or more.
 */
function gluedFirst(text: string, first: StateMention): StateMention | null {
  const from = Math.max(0, first.start - 60)
  const before = text.slice(from, first.start)
  if (!/,[^\S\n]*(?:the[^\S\n]+)?$/.test(before)) return null
  const words = WORDS_BEFORE.exec(before)
  if (!words) return null
  const region = words[0]
  for (let k = 1; k < region.length - 3; k++) {
    if (!/\p{Ll}/u.test(region[k - 1] as string) || !/\p{Lu}/u.test(region[k] as string)) continue
    const name = region.slice(k)
    if (!/\p{Ll}/u.test(name)) continue
    const state = findState(name)
    if (!state) continue
    const start = from + words.index + k
    return stateMention(text, start, start + name.length, state)
  }
  return null
}

/**
 * "China, France, ..., the United States of America and the European Union": an organisation
 * that closes a list after its conjunction belongs to the list's span (never to its members).
 * Returns the end of its name, or -1.
 */
function actorAtEnd(text: string, run: Run): number {
  if (run.conjunction) return -1
  const last = run.members[run.members.length - 1] as StateMention
  let pos = last.end
  const paren = parentheticalsEnd(text, pos)
  if (paren !== -1) pos = paren
  SEP_RE.lastIndex = pos
  const sep = SEP_RE.exec(text)
  if (!sep || !sep[2]) return -1
  const name = matchName(text, SEP_RE.lastIndex)
  return name && NON_STATE_ACTORS.has(name.text) ? name.end : -1
}

/** The patterns built at run time, exported for the ReDoS check. */
export const stateListPatterns: readonly RegExp[] = [
  SEP_RE,
  COUNT_RE,
  NAME_BEFORE,
  INSERTED_RE,
  WORDS_BEFORE,
  LOST_COMMA,
]
