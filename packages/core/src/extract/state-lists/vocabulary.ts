import { states as registry } from '../../registry/states.js'

/**
 * Which capitalised names may stand between the members of a list of states: organisations that
 * are skipped, territories kept as items, and words (titles, months, cities, demonyms, names of
 * instruments) that end a list.
 */

/** Organisations and groups that may stand in a list of states without being states. */
export const NON_STATE_ACTORS = new Set([
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

/** Words of a person's title, wherever they stand in a name ("EU High Representative"). */
const TITLE_WORDS =
  /\b(?:Ambassador|President|Minister|Secretary|Secretary-General|Representative|Envoy|Commissioner|Chair|Chairman|Chairperson|Chairwoman|Coordinator|Director|Delegate|Rapporteur)\b/

/** A given name, a middle initial and a surname ("Sergey V. Lavrov", "John F. Kennedy"). */
export const PERSON_WITH_INITIAL = /^\p{Lu}\p{Ll}+ \p{Lu}\. \p{Lu}\p{Ll}/u

/** A compass word standing alone, never a name ("South", "Northern"). */
const COMPASS_WORDS = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)$/

/** Cities and regions that stand next to lists of states in this field: never items of a list. */
export const PLACES = new Set(
  (
    'Geneva|Oslo|Dublin|Vienna|New York|Washington|Ottawa|Brussels|Paris|London|Moscow|Beijing|' +
    'Tokyo|Berlin|The Hague|Hague|Nairobi|Kabul|Baghdad|Beirut|Phnom Penh|Vientiane|Maputo|' +
    'Cartagena|Lima|Wellington|Santiago|Belgrade|Sarajevo|Managua|Bangkok|Jakarta|Manila|Delhi|' +
    'New Delhi|Islamabad|Tehran|Damascus|Kyiv|Kiev|Minsk|Ankara|Athens|Rome|Madrid|Lisbon|' +
    'Stockholm|Copenhagen|Helsinki|Canberra|Pretoria|Abuja|Addis Ababa|Cairo|Tripoli|Santo Domingo|' +
    'Europe|Africa|Asia|Oceania|Americas|Latin America|North America|South America|Central America|' +
    'Middle East|Near East|Balkans|Caribbean|Pacific|Asia-Pacific|Sahel|Gulf|Caucasus|Central Asia|' +
    'South Asia|Southeast Asia|South-East Asia|East Asia|West Africa|East Africa|Southern Africa|' +
    'North Africa|Horn of Africa|Scandinavia|Nordic|Baltic States|Baltics'
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

/** Words that mark the name of an organisation, an office or a body rather than a state. */
const ORGANISATION_WORDS =
  /\b(?:International|Watch|Coalition|Campaign|Institute|Committee|Union|Organi[sz]ation|Agency|Office|Council|Society|Association|Federation|Fund|Programme|Program|Bank|Network|Foundation|Centre|Center|Group|Forum|Alliance|Initiative|Action|Aid|Service|Services|Mission|Movement|Court|Commission|Secretariat|Department|Ministry|Army|Forces|Command|Corporation|University|Survey|Cross|Crescent|Mines)\b/

/** Head words of instrument names and processes ("Arms Trade Treaty", "Ottawa Process"). */
const INSTRUMENT_WORDS =
  /\b(?:Treaty|Treaties|Convention|Conventions|Protocol|Protocols|Agreement|Declaration|Statute|Charter|Process|Accords?|Resolution|Programme of Action)\b/

/**
 * What a capitalised name in a member position is: an unknown state name, something to skip
 * without breaking the list (organisations, acronyms), or a word that ends the list.
 */
export function nameVerdict(name: string): 'unknown' | 'territory' | 'skip' | 'break' {
  if (NON_STATE_ACTORS.has(name)) return 'skip'
  // "India, Iraq, Ireland, and the Israeli regime": an adjective, not a state's name.
  if (DEMONYMS.has(name)) return 'break'
  // "the Arms Trade Treaty, Ghana, Peru and Viet Nam": an instrument's name ends the list.
  if (INSTRUMENT_WORDS.test(name)) return 'break'
  // "and EU High Representative for …", "and the AU Special Envoy": a person's title anywhere in
  // the name makes it a person, never a state.
  if (TITLE_WORDS.test(name)) return 'break'
  // "Russia, Sergey V. Lavrov, and …": a given name, an initial and a surname name a person.
  if (PERSON_WITH_INITIAL.test(name)) return 'break'
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
