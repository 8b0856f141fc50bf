import { abbreviationSet } from './abbreviations.js'
import { inCapitals, isAsciiLetterCode, isCapitalCode } from './chars.js'

/**
 * Words that make a following state name part of an organisation's name ("Mines Action Canada",
 * "Handicap International Belgium", "Amnesty International UK").
 */
export const ORGANISATION_PREFIXES = new Set([
  'Action',
  'International',
  'Aid',
  'Watch',
  'Campaign',
  'Children',
  'Oxfam',
  'Unicef',
  'Vision',
  'Women',
  'Trust',
  'Scouts',
  // Country programmes of demining charities ("Apopo Cambodia", "PeaceTrees Vietnam").
  'Apopo',
  'PeaceTrees',
  'Trees',
])

/** Head words of a capitalised organisation's name that a country branch's state may follow. */
const TRAILING_HEADS = new Set([
  'Network',
  'Association',
  'Foundation',
  'Society',
  'Coalition',
  'Federation',
  'Alliance',
])

/** A capitalised ASCII word, then one space, right before `at` ("Survivors" before "Network"). */
function capitalisedWordBefore(text: string, at: number): boolean {
  if (at < 2 || text.charCodeAt(at - 1) !== 0x20) return false
  let a = at - 1
  while (a > 0 && a > at - 22 && isAsciiLetterCode(text.charCodeAt(a - 1))) a--
  return a < at - 1 && isCapitalCode(text.charCodeAt(a))
}

/**
 * Words in capitals that are no acronyms ("THE Gambia" in a heading), and the capitals that end a
 * state's name ("Lao PDR Lebanon", names in a row of an index).
 */
const CAPITAL_WORDS = new Set([
  'THE',
  'AND',
  'FOR',
  'FROM',
  'WITH',
  'INTO',
  'OVER',
  'UPON',
  'NEAR',
  'PDR',
  'DPR',
])

/** Two-letter acronyms of organisations that run country offices ("UN Afghanistan", "HI Laos"). */
const SHORT_ORGANISATION_ACRONYMS = new Set(['UN', 'HI'])

/**
 * "Mines Action Canada", "Handicap International Belgium", and the country office of an
 * organisation named by its acronym: "UNICEF Afghanistan", "UNDP Iraq" (capitals before a name
 * written in lower case, the acronym not a state's own: "US Chile" stays two states).
 */
export function followsOrganisationWord(text: string, start: number, end: number): boolean {
  // The cheap test first: a space or tab right before the name.
  const previous = text.charCodeAt(start - 1)
  if (previous !== 0x20 && previous !== 0x09) return false
  // The ASCII word before the spaces (as `neighbourWords` reads it), without slicing the after.
  let b = start
  while (b > 0 && (text.charCodeAt(b - 1) === 0x20 || text.charCodeAt(b - 1) === 0x09)) b--
  let a = b
  while (a > 0 && isAsciiLetterCode(text.charCodeAt(a - 1))) a--
  if (a === b) return false
  const word = text.slice(a, b)
  if (ORGANISATION_PREFIXES.has(word)) return true
  // "Amputee Survivors Network Uganda", "Landmine Survivors Association Kenya": a country branch
  // named after a head word that ends a capitalised name (a capitalised word before the head).
  if (TRAILING_HEADS.has(word) && capitalisedWordBefore(text, a)) return true
  // An acronym: the word is all capitals and the name is not ("UNICEF Afghanistan"), and the
  // acronym stands at a word start ("A/RES" or "No.5 UK" are no acronyms of organisations).
  if (word.length < 2 || !/^[A-Z]+$/.test(word) || !/\p{Ll}/u.test(text.slice(start, end))) {
    return false
  }
  if (a > 0 && !/[\s([{"'\u201c\u2018]/.test(text[a - 1] as string)) return false
  if (word.length === 2 && !SHORT_ORGANISATION_ACRONYMS.has(word)) return false
  return !abbreviationSet.has(word) && !CAPITAL_WORDS.has(word)
}

/**
 * "Armed Forces of Ukraine", "African Union Mission in Somalia", "Relief and Works Agency for
 * Palestine Refugees", "the Permanent Mission of Austria", "Royal Embassy of Thailand": a state
 * named after the head word of a capitalised organisation's name and its preposition. A title is
 * no organisation: "the Permanent Representative of Austria" is a mention. The head words, with
 * the prepositions that join a state's name to them:
 */
const ORGANISATION_OF = new Map<string, ReadonlySet<string>>([
  ['Forces', new Set(['of', 'in'])],
  ['Force', new Set(['of', 'in'])],
  ['Mission', new Set(['in', 'of', 'to'])],
  ['Missions', new Set(['in', 'of', 'to'])],
  ['Agency', new Set(['for'])],
  ['Office', new Set(['in'])],
  // Peacekeeping operations: "United Nations Operation in Côte d'Ivoire".
  ['Operation', new Set(['in'])],
  ['Command', new Set(['in'])],
  ['Embassy', new Set(['of'])],
  // Authorities and centres of a state's mine action ("National Mine Action Authority of Angola",
  // "Mine Action Coordination Centre of Afghanistan"), and other bodies named the same way.
  ['Authority', new Set(['of', 'in'])],
  ['Centre', new Set(['of', 'in', 'for'])],
  ['Center', new Set(['of', 'in', 'for'])],
  ['Commission', new Set(['of', 'in'])],
  ['Institute', new Set(['of', 'in'])],
  ['Society', new Set(['of', 'in'])],
  ['Organization', new Set(['of'])],
  ['Organisation', new Set(['of'])],
  // Ministries, banks, universities and newspapers of a state: "Ministry of Foreign Affairs of
  // Ukraine", "Central Bank of Nigeria", "University of Malta", "the Times of India".
  ['Affairs', new Set(['of'])],
  ['Defence', new Set(['of'])],
  ['Defense', new Set(['of'])],
  ['Bank', new Set(['of'])],
  ['University', new Set(['of', 'in'])],
  ['Times', new Set(['of'])],
  // "State Emergency Service of Ukraine", "Security Service of Ukraine"; armed services named
  // the same way ("National Guard of Ukraine", "Republican Guard of Iraq").
  ['Service', new Set(['of', 'in'])],
  ['Guard', new Set(['of'])],
  // Liberation movements: "People's Movement for the Liberation of Angola", "Front for the
  // Liberation of Mozambique" (the capitalised name may end in "for the").
  ['Liberation', new Set(['of'])],
  // Bodies named after the state they deal with: "Group of Eminent Experts on Yemen", "Commission
  // of Inquiry on Burundi", "Sanctions Committee on North Korea".
  ['Experts', new Set(['on'])],
  ['Inquiry', new Set(['on'])],
  ['Committee', new Set(['on', 'concerning'])],
  // Museums and a state's permanent representation to a body ("National Museum of Cambodia",
  // "Permanent Representation of Peru to the OPCW").
  ['Museum', new Set(['of', 'in'])],
  ['Representation', new Set(['of'])],
  ['College', new Set(['of'])],
])
// Councils, churches, programmes and services of a state, and a state's laws and offices:
// "the Christian Council of Mozambique", "the Church of Norway", "the Mine Action Programme of
// Afghanistan", "the Royal Navy of Great Britain", "the 1992 Constitution of Ghana".
const OF = new Set(['of'])
for (const head of 'Council Programme Consulate Corporation Board Party Church Congress Constitution Navy Police Parliament'.split(
  ' ',
))
  ORGANISATION_OF.set(head, OF)

/**
 * A Council committee named by its resolution before the state it deals with: "the Committee
 * established pursuant to resolution 1970 (2011) concerning Libya".
 */
export const COMMITTEE_BY_RESOLUTION =
  /[Cc]ommittee established pursuant to resolution \d{3,4} \(\d{4}\) $/

/**
 * A mandate's title: "the Special Rapporteur on the situation of human rights in Cambodia", "the
 * Independent Expert on the human rights situation in …" (read before "in").
 */
export const MANDATE_IN = /(?:Rapporteur|Expert) on the [a-z ]+$/

/** Heads that name an organisation without a capitalised word before them ("the Bank of Japan"). */
const STANDALONE_HEADS = new Set(
  'Bank University Times College Church Congress Constitution Navy Police Parliament'.split(' '),
)

/**
 * The ASCII word (letters) that ends at `end` after spaces or tabs (and at most one line break:
 * a name the page wrapped, "Stabilization Mission\nin Haiti"), and where it starts.
 */
function wordBefore(text: string, end: number): [string, number] {
  let b = end
  let breaks = 0
  for (; b > 0; b--) {
    const code = text.charCodeAt(b - 1)
    if (code === 0x0a && breaks++ === 0) continue
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) break
  }
  if (b === end) return ['', end]
  let a = b
  while (a > 0 && b - a < 20 && isAsciiLetterCode(text.charCodeAt(a - 1))) a--
  return [text.slice(a, b), a]
}

/**
 * A word of a heading in capitals read as prose writes it: "OF" as "of", "MISSION" as "Mission"
 * (only when `capitals`: the state's name is in capitals too).
 */
function asProse(word: string, capitals: boolean, head = false): string {
  if (!capitals || word.length === 0 || word !== word.toUpperCase()) return word
  const lower = word.toLowerCase()
  return head ? word[0] + lower.slice(1) : lower
}

export function followsOrganisationOf(text: string, start: number, end: number): boolean {
  // Cheap test first: the name follows a space after "of", "in", "for", "to" (or "the"), in
  // prose or in a heading in capitals ("PERMANENT MISSION OF THE UNITED STATES").
  const previous = text.charCodeAt(start - 1)
  if (previous !== 0x20 && previous !== 0x09) return false
  const last = text.charCodeAt(start - 2) | 0x20
  if (
    last !== 0x66 &&
    last !== 0x6e &&
    last !== 0x72 &&
    last !== 0x6f &&
    last !== 0x65 &&
    last !== 0x67
  )
    return false
  const capitals = inCapitals(text.slice(start, end))
  let [word, at] = wordBefore(text, start)
  word = asProse(word, capitals)
  if (word === 'the') {
    ;[word, at] = wordBefore(text, at)
    word = asProse(word, capitals)
  }
  // A headline in title case: "Committee Concerning Libya".
  if (word === 'Concerning') word = 'concerning'
  if (
    word !== 'of' &&
    word !== 'in' &&
    word !== 'for' &&
    word !== 'to' &&
    word !== 'on' &&
    word !== 'concerning'
  )
    return false
  const [rawHead, headAt] = wordBefore(text, at)
  if (word === 'concerning' && rawHead === '')
    return COMMITTEE_BY_RESOLUTION.test(text.slice(Math.max(0, at - 60), at))
  if (word === 'in' && (rawHead === 'rights' || rawHead === 'situation'))
    return MANDATE_IN.test(text.slice(Math.max(0, at - 60), at))
  const head = asProse(rawHead, capitals, true)
  if (!ORGANISATION_OF.get(head)?.has(word)) return word === 'of' && bodyOfMembers(text, headAt)
  if (STANDALONE_HEADS.has(head)) return true
  // A capitalised word before the head: "Armed Forces", "Permanent Mission", "UN Mission",
  // "Ministry of Defence".
  let [first, firstAt] = wordBefore(text, headAt)
  // "UNMIL ( Mission in Liberia)": the head opens the bracket that spells out an acronym.
  if (first === '' && BRACKET_HEADS.has(head) && bracketBefore(text, headAt)) return true
  // "the Minister of Foreign Affairs of Japan" (or "Minister for Foreign Affairs") is a person's
  // title, as "the Permanent Representative of Japan" is: a mention ("the Ministry of Foreign
  // Affairs of Japan" is not).
  let [word2, at2] = [first, firstAt]
  for (let k = 0; k < 4 && word2 !== ''; k++) {
    if (TITLES.has(asProse(word2, capitals, true))) return false
    const joins = asProse(word2, capitals)
    if (joins !== 'of' && joins !== 'for' && !isCapitalCode(word2.charCodeAt(0))) break
    ;[word2, at2] = wordBefore(text, at2)
  }
  if (asProse(first, capitals) === 'of') [first, firstAt] = wordBefore(text, firstAt)
  if (head === 'Liberation' && asProse(first, capitals) === 'the') {
    ;[first, firstAt] = wordBefore(text, firstAt)
    if (asProse(first, capitals) !== 'for') return false
    ;[first, firstAt] = wordBefore(text, firstAt)
  }
  return first !== '' && isCapitalCode(first.charCodeAt(0))
}

/** Head words of bodies named after their members ("the Union of Journalists of Peru"). */
const BODY_HEADS = new Set(
  'Association Union Federation Confederation Council Chamber League'.split(' '),
)

/**
 * "the Association of Graphic Journalists of Argentina": one to three capitalised words that end
 * at `at`, after "of" and a body's head word.
 */
function bodyOfMembers(text: string, at: number): boolean {
  for (let k = 0; k < 3; k++) {
    const [word, wordAt] = wordBefore(text, at)
    if (word === 'of') return BODY_HEADS.has(wordBefore(text, wordAt)[0])
    if (!isCapitalCode(word.charCodeAt(0))) return false
    at = wordAt
  }
  return false
}

/** Heads of the operations that an acronym's bracket spells out ("UNMIL ( Mission in Liberia)"). */
const BRACKET_HEADS = new Set(['Mission', 'Missions', 'Operation', 'Force', 'Forces', 'Office'])

/** "(" right before `at`, spaces aside. */
function bracketBefore(text: string, at: number): boolean {
  let k = at
  while (k > 0 && text.charCodeAt(k - 1) === 0x20) k--
  return text.charCodeAt(k - 1) === 0x28
}

/** Titles of persons, one or several, before "of Defence", "of Foreign Affairs" ... of a state. */
const TITLES = new Set(
  'Minister Secretary Director Head Chief Commissioner Ministers Secretaries Directors Heads Chiefs Commissioners'.split(
    ' ',
  ),
)

/**
 * The name of an organisation that opens with a state's name: "Lebanon Mine Action Center",
 * "Cambodia Mine Action Authority", "Afghanistan Landmine Survivors Organization". One to four
 * capitalised words after the name, the last an organisation's head word.
 */
const ORGANISATION_HEADS = new Set(
  (
    'Centre Center Authority Association Organization Organisation Foundation Society Network ' +
    'Programme Program Coalition Institute Agency Commission Navy Army Force Forces Corps Guard ' +
    'Marines Demining Trust Fund Initiative Project Department Ministry Embassy Mission Command ' +
    'Congress Senate War Wars Police Dept Times Daily Herald Tribune Gazette Today Office Bureau ' +
    'Survey Academy Committee Council Laboratory Laboratories Service Court Corporation Company ' +
    'Airlines Airways Railways University College School Hospital Museum Bank Group Movement ' +
    'Campaign Defence Defense Cross Crescent Province Oblast Governorate Prefecture Confederation ' +
    // Companies and media named after a state ("Israel Aerospace Industries", "China Military
    // Online", "Ukraine Radio").
    'Industries Industry Aerospace Shipbuilding Shipping Cargo Lines Holdings Online Radio Television Post News ' +
    // A guide or handbook named after a state ("The Chad Primer", "the Peru Handbook").
    'Primer Handbook Yearbook Almanac Report Newsletter Bulletin Journal Magazine ' +
    // A monitoring project named after a state ("Iran Watch").
    'Watch ' +
    // A state's pavilion at a fair ("the Chile Pavilion").
    'Pavilion ' +
    // A panel, a summit named after a state ("the DPRK Panel of Experts", "a Chile-Peru Summit").
    'Panel Summit ' +
    // Military units numbered after a state ("U.S. 7th Fleet", "US 1st Cavalry Division").
    'Fleet Division Brigade Battalion Regiment ' +
    // A state's bodies and parties ("US Customs and Border Protection", "the UK Parliament",
    // "the Jamaica Labour Party"; "US-Armee" in German; "a U.S. Marine", see below).
    'Customs Administration Archives Parliament Representation Establishment Operations ' +
    'Party DoD Armee ' +
    // Places named after a state ("Burma Valley" in Zimbabwe, "the Congo Basin").
    'Valley Basin River Delta Canal Highlands ' +
    // A law named after a state ("the Iran Sanctions Act"; see `precedesOrganisationWord`).
    'Act'
  ).split(' '),
)

/** The ASCII word after one space at `at` ("Secretary" after "Defense"), or "". */
function wordAfter(text: string, at: number): string {
  if (text.charCodeAt(at) !== 0x20) return ''
  let b = at + 1
  while (b < text.length && b - at < 16 && isAsciiLetterCode(text.charCodeAt(b))) b++
  return text.slice(at + 1, b)
}

/** An ordinal in figures ("7th", "21ST"), as a word of a military unit's name. */
const ordinal = /\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)(?![\p{L}\p{N}])/uy

/** Function words that a headline in title case capitalises; no organisation's name holds them. */
const TITLE_CASE_STOPS = new Set(
  'And To In At On As By Is Are Was Were Will Has Have Had The'.split(' '),
)

/** The further parts of a hyphenated compound ("-Kavallerie-Regiments"). */
const hyphenatedParts = /(?:-\p{Lu}\p{L}{1,20}){1,3}/uy

/** A Council resolution's number and a bracket before a state: "the 1718 (" of "(DPRK) Committee". */
export const RESOLUTION_BRACKET = /\d{3,4} \($/

export function precedesOrganisationWord(text: string, start: number, end: number): boolean {
  // Up to four capitalised ASCII words after a space, the last an organisation's head word
  // ("Sudan People's Liberation Movement", "Afghanistan Independent Human Rights Commission"); in
  // a heading in capitals, words in capitals ("PALESTINE REFUGEE AGENCY").
  let at = end
  // "the 1718 (DPRK) Sanctions Committee": a Council committee named by its resolution and, in
  // brackets, the state it deals with; the words after the bracket decide as after a name.
  if (
    text.charCodeAt(at) === 0x29 &&
    RESOLUTION_BRACKET.test(text.slice(Math.max(0, start - 6), start))
  )
    at++
  // "South Korea-U.S. Combined Forces Command", "China-Aided Cambodia … Project": a capitalised
  // word joined by a hyphen opens the name with the state (in lower case, "China-aided" or
  // "South Korea-U.S. joint drills", it does not).
  if (text.charCodeAt(at) === 0x2d && isCapitalCode(text.charCodeAt(at + 1))) {
    let stop = at + 2
    while (
      stop < text.length &&
      stop - at < 20 &&
      (isAsciiLetterCode(text.charCodeAt(stop)) || text.charCodeAt(stop) === 0x2e)
    ) {
      stop++
    }
    // "2. US-Kavallerie-Regiments", "US-Marine-Division": a compound that ends in a head word
    // (a German genitive "s" after it) names a unit or a body, as "US 1st Cavalry Division" does.
    hyphenatedParts.lastIndex = stop
    const parts = [text.slice(at + 1, stop), ...(hyphenatedParts.exec(text)?.[0].split('-') ?? [])]
    if (
      parts.some(
        (part) => ORGANISATION_HEADS.has(part) || ORGANISATION_HEADS.has(part.replace(/s$/, '')),
      )
    )
      return true
    at = stop
  }
  // "Countering America's Adversaries Through Sanctions Act": after a possessive, a law's name only.
  const apostrophe = text.charCodeAt(at)
  const possessive =
    (apostrophe === 0x27 || apostrophe === 0x2019) &&
    text.charCodeAt(at + 1) === 0x73 &&
    text.charCodeAt(at + 2) === 0x20
  if (possessive) at += 2
  let previous = ''
  let beforePrevious = ''
  for (let word = 0; word < 4; word++) {
    const space = text.charCodeAt(at)
    if (space !== 0x20 && space !== 0x09) return false
    const first = text.charCodeAt(at + 1)
    // "U.S. 7th Fleet", "US 3RD INFANTRY DIVISION": a unit's ordinal is one of the words.
    ordinal.lastIndex = at + 1
    if (ordinal.test(text)) {
      at = ordinal.lastIndex
      continue
    }
    if (first < 0x41 || first > 0x5a) return false
    let stop = at + 2
    while (stop < text.length && stop - at < 30) {
      const code = text.charCodeAt(stop)
      if (!isAsciiLetterCode(code) && code !== 0x2d && code !== 0x27 && code !== 0x2019) break
      stop++
    }
    // "the US Army's regiment", "the Chad Mine Action Centre's staff": the possessive is no part
    // of the head word.
    const found = text.slice(at + 1, stop).replace(/['\u2019]s$/, '')
    // "Chile Joins UN Security Council", "Nigeria Urges General Assembly Action": the United
    // Nations' own bodies after a state in a headline are no organisation named after it.
    // "the US National Security Council" is the state's own council, though.
    if (found === 'UN') return false
    if (found === 'Council' && previous === 'Security') return beforePrevious === 'National'
    if (found === 'Assembly' && previous === 'General') return false
    // A law's name has a word between the state and "Act" ("Iran Sanctions Act"; "Will Iran Act?"
    // is no law); a possessive state names nothing else.
    if (found === 'Act') return word > 0
    if (possessive) {
      at = stop
      continue
    }
    // "US World War II bombs" name no war of the state's; "US Defense Secretary Jane Doe" is a
    // person's title (a mention), as "the Minister of Defence of Peru" is.
    if (found === 'War' && previous === 'World') return false
    if (ORGANISATION_HEADS.has(found))
      return !/^(?:Secretary|Minister)$/.test(wordAfter(text, stop))
    // "a U.S. Marine", "U.S. Naval ships": adjectives of a service right after the state only
    // ("Iran Loads Naval Mines", a headline, mentions Iran).
    if (word === 0 && (found === 'Marine' || found === 'Naval')) return true
    // An airline ("Chad Air", "Peru Air flight 12"): "Air" closes the capitalised name ("US Air
    // Strikes" in a headline goes on to a word that heads nothing).
    if (
      found === 'Air' &&
      !(text.charCodeAt(stop) === 0x20 && isCapitalCode(text.charCodeAt(stop + 1)))
    )
      return true
    // "Nepal And Peru Join Council", "Peru Elected To Council": in a headline in title case, a
    // conjunction, preposition or auxiliary ends the words that could name an organisation.
    if (TITLE_CASE_STOPS.has(found)) return false
    // "… USE IN THE SYRIAN ARAB REPUBLIC Executive Council …": a name in capitals (not an
    // abbreviation) ends a heading that lost its line break; a word in sentence case opens the text.
    if (
      word === 0 &&
      end - start > 4 &&
      found !== found.toUpperCase() &&
      inCapitals(text.slice(start, end))
    )
      return false
    // A head word in capitals counts after a name in capitals only (tested last: it is rare).
    if (
      found.length > 2 &&
      ORGANISATION_HEADS.has(asProse(found, true, true)) &&
      inCapitals(text.slice(start, end))
    )
      return true
    beforePrevious = previous
    previous = found
    at = stop
  }
  return false
}
