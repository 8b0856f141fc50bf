/**
 * The words credits are made of: platforms and agencies, organisation words, personal names,
 * handles and domains. Knowledge as data; the parser (credits.ts) and the agency lines
 * (agency-lines.ts) ask these predicates.
 */
import { fromRoman } from '../../pinpoint/roman.js'
import { agencyNames, signerNames } from './agencies.js'

// --- Vocabulary -------------------------------------------------------------------------------

/**
 * Words several patterns share, as regex source (one place to add a word; the patterns built from
 * them are checked by recheck in test/redos.test.ts): "courtesy" and Spanish "cortesía" (labels,
 * a source's connector).
 */
export const courtesyWords = 'courtesy|cortes\\u00eda'

/** Getty's role words where it names no photographer ("Jane Roe / Stringer", "STR/AFP", "… / Staff"). */
export const gettyRoles = 'Stringer|STR|Staff(?: [Pp]hotographer)?|STAFF(?: PHOTOGRAPHER)?'

/**
 * Words that stand where a name would and name no one: Portuguese "Reprodução" and Spanish
 * "Reproducción" (copied from the platform after them), Portuguese "Divulgação" (a publicity handout).
 */
export const nobodyWords =
  'Reprodu(?:\\u00e7\\u00e3o|cao|cci\\u00f3n)|Divulga(?:\\u00e7\\u00e3o|cao)'

/** Platforms and agencies whose names we normalise (lowercase key -> canonical spelling). */
export const platforms = new Map<string, string>(
  [
    'Flickr',
    'YouTube',
    'Vimeo',
    'Dailymotion',
    'Unsplash',
    'Wikimedia Commons',
    'Wikimedia',
    'Wikipedia',
    'Pexels',
    'Pixabay',
    'Shutterstock',
    'Getty Images',
    'Getty',
    'iStock',
    'iStockphoto',
    'Alamy',
    'Instagram',
    'Twitter',
    'Facebook',
    'Google Maps',
    'Google Earth',
    'OpenStreetMap',
    'OpenStreetMap contributors',
    'UN Photo',
    'UN Web TV',
    'UN Multimedia',
    'Reuters',
    'AFP',
    'AP',
    'Associated Press',
    'EPA',
    'EPA-EFE',
    'EFE',
    'ICRC',
    'dpa',
    'ddp',
    'Belga',
    'Crown Copyright',
    'picture alliance',
    'picture-alliance',
    'IMAGO',
    'Xinhua',
    'KCNA',
    'Anadolu Agency',
    'ANSA',
    'Kyodo',
    'Keystone',
    'Antara',
    'Bernama',
    'Yonhap',
    'Yonhap News',
    'TASS',
    'Sipa',
    'Jiji Press',
  ].map((name) => [name.toLowerCase(), name]),
)

/** Agencies that make an unlabelled segment a credit (lower-case keys; see `agencies.ts`). */
export const agencies: ReadonlySet<string> = new Set(agencyNames.map((n) => n.toLowerCase()))

/** Organisations that sign their own pictures (lower-case keys; see `agencies.ts`). */
export const signers: ReadonlySet<string> = new Set(signerNames.map((n) => n.toLowerCase()))

/** Hosts of image and video platforms, to name the source when only a link is given. */
export const hosts: [RegExp, string][] = [
  [/(^|\.)flickr\.com$|(^|\.)flic\.kr$/, 'Flickr'],
  [/(^|\.)youtube\.com$|(^|\.)youtu\.be$/, 'YouTube'],
  [/(^|\.)vimeo\.com$/, 'Vimeo'],
  [/(^|\.)unsplash\.com$/, 'Unsplash'],
  [/^commons\.wikimedia\.org$/, 'Wikimedia Commons'],
  [/(^|\.)wikipedia\.org$/, 'Wikipedia'],
  [/(^|\.)pexels\.com$/, 'Pexels'],
  [/(^|\.)pixabay\.com$/, 'Pixabay'],
  [/(^|\.)media\.un\.org$|(^|\.)dam\.media\.un\.org$/, 'UN Photo'],
]

/** Words that make a capitalised phrase an organisation rather than a person. */
export const orgWords = new Set(
  (
    'photo photos images image pictures news press agency foundation trust ministry department office ' +
    'organization organisation coalition campaign commission committee council institute institution ' +
    'network association society museum library archive archives archiv archivio archivo university college government army navy ' +
    'force forces corps service services media magazine times post commons nations mission programme ' +
    'program fund bank centre center project watch group union federation international secretariat ' +
    'section unit division bureau embassy delegation republic kingdom states state collection studio ' +
    'studios productions tv television radio channel gallery team staff contributors company corporation ' +
    'inc ltd llc gmbh monitor alliance initiative partnership cross crescent aid arms survey relief ' +
    'rescue police parliament assembly conference action inclusion technologies technology univ global agence ' +
    'collective colectivo colectiva collectif kollektiv collettivo daily herald tribune gazette journal ' +
    // Newspapers' words in other languages ("Turun Sanomat", "Example Zeitung", "Diario Example").
    'chronicle courier sanomat zeitung tidning dagblad avis gazeta diario noticias presse kurier posten dziennik ' +
    // "Agência Senado", "Agencia Example": an agency in Portuguese and Spanish.
    'ag\u00eancia agencia fundaci\u00f3n ' +
    // A photo library in French ("Photothèque CICR"), a broadcaster in German ("… Rundfunk"), a
    // picture archive in German or French ("Galerie Example").
    'photography phototh\u00e8que phototheque rundfunk galerie biblioth\u00e8que ' +
    // A regiment in Hungarian ("MH 1. Tűzszerész és Folyamőr Ezred").
    'ezred ' +
    // Wires, laboratories, publishers and the state's adjectives ("PA Wire", "Planet Labs",
    // "Example National Laboratory", "Ejército Nacional"); armies, navies, police, ministries,
    // papers, channels and agencies in other languages ("Marinha do Brasil", "Polícia Federal",
    // "Jornal de Example", "Телеканал Пример", "Example Haber Ajansı").
    'wire labs laboratory laboratories publishing brigade memorial amnesty copyright standard ' +
    'defence defense national federal nacional royal ej\u00e9rcito marinha armada pol\u00edcia polic\u00eda ' +
    'polizia ministerio minist\u00e9rio minist\u00e8re jornal noviny photographie ' +
    '\u0442\u0435\u043b\u0435\u043a\u0430\u043d\u0430\u043b ajans\u0131'
  ).split(' '),
)

/** Offices and honorifics that open a caption about who is pictured, not a photographer's name. */
export const subjectTitles = new Set(
  (
    'Ambassador President Vice-President Minister Prime Foreign Secretary Secretary-General ' +
    'Under-Secretary-General Chair Chairman Chairperson Delegate Delegates Representative King ' +
    'Queen Prince Princess Pope Mr Mrs Ms Dr Professor Judge Senator Governor Mayor'
  ).split(' '),
)

/** Lowercase words allowed inside personal names. */
export const particles = new Set(
  'de da das do dos du van von der den del della di la le bin ibn al el y ten ter zu af av'.split(
    ' ',
  ),
)

/** Words that may follow a creator's name and start a circumstance we ignore ("at Geneva"). */
export const prepositions = new Set(
  'at in during for on from near outside inside with while after before of'.split(' '),
)

export function canonicalPlatform(s: string): string | null {
  const key = s.toLowerCase()
  // "Wikimédia", as French pages write it: the marks folded away when the name has any.
  return (
    platforms.get(key) ??
    (/[^ -~]/.test(key)
      ? (platforms.get(key.normalize('NFD').replace(/\p{M}/gu, '')) ?? null)
      : null)
  )
}

/** Characters that `clean` may change: brackets, white space other than single spaces, edge punctuation. */
const edgePunctuation = /[\s,;:\u2013\u2014|*_-]/

export function clean(s: string): string {
  // Most parts are clean already: no bracket, no run or other kind of white space, no edge mark.
  if (
    s.length > 0 &&
    !edgePunctuation.test(s.charAt(0)) &&
    !edgePunctuation.test(s.charAt(s.length - 1)) &&
    !/[([]|\s\s|[^\S ]/.test(s)
  )
    return s
  return s
    .replace(/\(\s*[,;\s]*\)|\[\s*[,;\s]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:\u2013\u2014|*_-]+|[\s,;:\u2013\u2014|*_-]+$/g, '')
}

export function stripThe(s: string): string {
  return s.replace(/^the\s+/i, '')
}

export function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean)
}

/**
 * A word of a person's name: "Jane", "Jean-Marc", "O'Brien", "J.", "J.-M.", "Ferré", and a
 * surname after a short lower-case particle and a hyphen ("al-Rashid", "el-Amin").
 */
export function isNameWord(w: string): boolean {
  return /^(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*|[dDlL]['\u2019]\p{Lu}[\p{L}\p{M}-]*|\p{Ll}{1,3}-\p{Lu}[\p{L}\p{M}'\u2019-]*|\p{Lu}\.(?:-?\p{Lu}\.)*)$/u.test(
    w,
  )
}

/** "Jane Doe", "Jean-Marc Ferré", "Ludwig van Beethoven", "Jane Doe and John Roe". */
export function isPersonName(s: string): boolean {
  const ws = words(s)
  if (ws.length === 0 || ws.length > 7) return false
  if (!isNameWord(ws[0] ?? '') || !isNameWord(ws[ws.length - 1] ?? '')) return false
  return ws.every((w) => isNameWord(w) || particles.has(w) || w === 'and' || w === '&')
}

/** A user name as platforms show it: "man_with_noname", "jdoe", "@jdoe", "user12345". */
export function isHandle(s: string): boolean {
  return /^@?[\p{L}\p{N}][\p{L}\p{N}_.-]{1,39}$/u.test(s) && !/\.$/.test(s)
}

export function looksStrongHandle(s: string): boolean {
  // "jane.roe": a dot inside a word that is no domain is a user name too.
  return isHandle(s) && (s.includes('.') || /[_\d@]|\p{Ll}.*\p{Lu}/u.test(s))
}

/** "ICRC", "UN Photo", "Getty Images", "Human Rights Watch", "the Red Cross", "AFP/Getty Images". */
export function isOrganisation(s: string): boolean {
  let t = stripThe(s.trim())
  if (!t) return false
  // "Lowell (Mass.) Sun": the paper's state in brackets is no word of its name.
  if (t.includes('.) ')) t = t.replace(/ \((?:\p{Lu}\p{Ll}{0,4}|\p{Lu}\.\p{Lu})\.\)(?= )/u, '')
  if (canonicalPlatform(t)) return true
  const key = t.toLowerCase()
  if (agencies.has(key) || signers.has(key)) return true
  // "Simon & Schuster", "Marks & Spencer": two single words joined by "&" are a firm's name.
  if (/^\p{Lu}\p{L}+ & \p{Lu}\p{L}+$/u.test(t)) return true
  const ws = words(t)
  if (ws.length > 8) return false
  // "UNDP Example", "UNMAS CAR": a body that signs its pictures, before its office or programme.
  if (ws.length < 5 && /^\p{Lu}{3,}$/u.test(ws[0]!) && signers.has(ws[0]!.toLowerCase()))
    return true
  // "Jane ROE": a surname in capitals, as French agencies print it, is a person's name.
  if (
    ws.length >= 2 &&
    ws.length <= 3 &&
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(ws[0] ?? '') &&
    ws.slice(1).every((w) => /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u.test(w)) &&
    !ws.some((w) => orgWords.has(w.toLowerCase()) || canonicalPlatform(w) !== null)
  ) {
    return false
  }
  // "The San Francisco Chronicle", "The Guardian": no one's name starts with a capital "The".
  if (
    t !== s.trim() &&
    /^The\s/.test(s.trim()) &&
    ws.length <= 5 &&
    ws.every((w) => isNameWord(w) || /^(?:of|and|&)$/.test(w))
  ) {
    return true
  }
  if (
    !ws.every(
      (w) =>
        /^[\p{Lu}\p{N}@]/u.test(w) ||
        /^(?:of|for|and|the|de|des|du|do|da|del|la|&|on|at|in|\u00e9s|\u2014|\u2013)$/i.test(w),
    )
  ) {
    return false
  }
  // A phrase in capitals is shouting, not a row of acronyms.
  const shouting = ws.length > 1 && ws.every((w) => !/\p{Ll}/u.test(w))
  return ws.some(
    (w) =>
      canonicalPlatform(w) !== null ||
      (shouting && /^(?:UN|AP|AFP|EPA|ICRC|US|U\.S\.)$/.test(w)) ||
      orgWords.has(w.toLowerCase().replace(/[.,']+$/, '')) ||
      // "Cover-Images", "Foto-Agentur": an organisation word inside a hyphenated name.
      (w.includes('-') && w.split('-').some((p) => orgWords.has(p.toLowerCase()))) ||
      // "Polizeipräsidium Example", "Polizeiinspektion Example": German police offices.
      w.startsWith('Polizei') ||
      // "JPL-Caltech": an acronym joined to a name by a hyphen.
      /^\p{Lu}{2,}-\p{Lu}\p{Ll}+$/u.test(w) ||
      (!shouting &&
        // Two capitals are initials in "JP Richardson", an acronym only standing alone ("AP").
        (ws.length === 1 || w.length > 2) &&
        /^(?:\p{Lu}{2,}[\p{Lu}\p{N}&.-]*|U\.S\.|U\.K\.|U\.N\.|E\.U\.)$/u.test(w) &&
        // A numeral ("Part II") is no acronym; "CCCM" is no numeral.
        fromRoman(w) === null),
  )
}

/** A bare site name: "www.example.org", "example.org/photos". */
export function isDomain(s: string): boolean {
  if (/\s/.test(s)) return false
  const host = s.split('/')[0] ?? ''
  const labels = host.split('.')
  if (labels.length < 2) return false
  const tld = labels[labels.length - 1] ?? ''
  // A country's two letters or a generic top-level domain; "jane.doe" is a user name.
  return (
    /^(?:[a-z]{2}|com|org|net|edu|gov|int|mil|info|biz|museum|news|media|online|photo|photos)$/i.test(
      tld,
    ) && labels.every((l) => /^[\p{L}\p{N}-]+$/u.test(l))
  )
}

/**
 * The source as credits name it: a platform's own spelling, without a lower-case article ("on
 * the Flickr", "courtesy of the Ministry"); a written "The" or "THE" stays before the name ("The
 * Guardian", "THE ASSOCIATED PRESS" -> "The Associated Press", "THE EXAMPLE FAMILY").
 */
export function normaliseSource(s: string): string {
  // "Jane Roe/For The Daily Ledger", "/FOR EXAMPLE DAILY", "/ for example.com": the paper she
  // worked for, as in "Jane Roe for NPR".
  const trimmed = s.trim().replace(/^for /i, '')
  const t = stripThe(trimmed)
  const the = /^T(?:he|HE)\s/.test(trimmed)
  const known = canonicalPlatform(t)
  return known ? (the ? `The ${known}` : known) : the ? trimmed : t
}

/**
 * Slash segments that name neither person nor agency: asset ids, years, "File", "Handout",
 * the words of `nobodyWords` ("Reprodução", "Divulgação"), an
 * archive's reference ("ref. V-P-XX-E-00123"), an archive's id ("hist-00113", "ye-n-00025-29"),
 * a month and year in digits ("04.1999").
 */
export const ignorableSegment = new RegExp(
  String.raw`^(?:file(?:\s+photo)?|handout|pool|released|archive|uncredited|unknown|str|stringer|${nobodyWords}|(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d|\p{L}{0,4}(?:-\p{L}{1,4}){0,3}-?\d[\p{L}\p{N}\u2013-]*|r[eé]f\.?\s?[\p{L}\p{N}][\p{L}\p{N}-]*|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s(?:19|20)\d\d)$`,
  'iu',
)
