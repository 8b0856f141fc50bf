/**
 * Who signs pictures, as data. `agencyNames`: news and picture agencies, picture libraries and
 * platforms, whose name makes an unlabelled "Jane Roe/Name" or "Name/Other" line a credit.
 * `signerNames`: United Nations bodies, missions, humanitarian organisations and newspapers that
 * sign their own pictures; they make a credit only beside a photographer's name ("UNDP/Jane Roe").
 * Captions print the names as written here, agencies also in capitals ("REUTERS", "GETTY IMAGES");
 * `agencyPattern` finds both. The recogniser reads a credit by its shape (see `phrase.ts` and
 * `caption-lines.ts`); this table is a bonus that lets an agency's name alone vouch for a line.
 *
 * Sources: AP, Reuters, AFP and EFE as the global news agencies,
 * https://en.wikipedia.org/wiki/News_agency ; Corbis' picture collections, distributed by Getty
 * Images since 2016, https://www.selling-stock.com/Article/getty-supplies-corbis-contributors-with-infor ;
 * UPI (United Press International), ANI (Asian News International), PTI (Press Trust of India),
 * IANS, Ukrinform, RIA Novosti, Interfax and IRNA as news agencies (Europa Press, Lusa, Agência
 * Brasil, Keystone, Lehtikuva, Ritzau, ČTK and MTI too), Visual China
 * Group (VCG) and Imaginechina ("IC", as China Daily signs "[Photo/IC]") as picture agencies,
 * https://en.wikipedia.org/wiki/List_of_news_agencies ,
 * https://en.wikipedia.org/wiki/Visual_China_Group and https://en.wikipedia.org/wiki/Imaginechina ;
 * the others as they sign pictures on the pages read for issue 8 (news sites' captions, UN and
 * NGO pages).
 */

/**
 * Agencies whose captions close with their name in brackets after the last sentence (Japanese,
 * Korean and Chinese newspapers and wires: "… on Jan. 3. (Kyodo)"). Other wires' stories close
 * that way ("… said on Monday. (Reuters)" credits the text), so only these are read there.
 */
export const bracketClosingAgencyNames: readonly string[] = [
  'Kyodo',
  'Kyodo News',
  'Jiji',
  'Jiji Press',
  'Mainichi',
  'The Mainichi',
  'Mainichi Shimbun',
  'The Mainichi Shimbun',
  'Yomiuri Shimbun',
  'The Yomiuri Shimbun',
  'Asahi Shimbun',
  'The Asahi Shimbun',
  'Yonhap',
  'Newsis',
  'News1',
  'Joint Press Corps',
  'Xinhua',
  // Korean papers print a foreign wire's picture with Yonhap's name ("AFP-Yonhap"), Japanese
  // papers with Jiji's ("AFP-JIJI").
  'AFP-Yonhap',
  'Reuters-Yonhap',
  'EPA-Yonhap',
  'AFP-Jiji',
]

/**
 * Wires whose stories close with their name in brackets too, so that "(AFP)" there credits a
 * picture only where the caption's line is dated ("… on Oct. 3, 2024. (AFP)"), and picture
 * agencies and photo services, whose name in brackets closing a caption always credits the
 * picture ("(EPA)", "(UN Photo)", also with the next caption glued to it).
 */
export const datedClosingAgencyNames: readonly string[] = ['AFP', 'AP', 'Reuters']
export const pictureAgencyNames: readonly string[] = ['EPA', 'EPA-EFE', 'UN Photo', 'AP Photo']

export const agencyNames: readonly string[] = [
  // Wire services and their picture desks.
  'AP',
  'AP Photo',
  'Associated Press',
  'AFP',
  'AFP Photo',
  'Reuters',
  'EPA',
  'EPA-EFE',
  'EFE',
  'Xinhua',
  'KCNA',
  'KNS',
  'Anadolu Agency',
  'Anadolu',
  // Anadolu signs its pictures with its initials, Demirören News Agency with its own.
  'AA',
  'DHA',
  'TASS',
  'Sputnik',
  'AAP',
  'dpa',
  'Yonhap',
  'Kyodo',
  'ANSA',
  'ANP',
  // A Dutch picture agency, as Dutch papers sign its pictures ("Ⓒ Hollandse Hoogte").
  'Hollandse Hoogte',
  'Belga',
  'PAP',
  'NTB',
  'TT',
  'All Over Press',
  'dts Nachrichtenagentur',
  // The German wire of 2010-2013 that followed ddp ("Foto: dapd/DAPD").
  'dapd',
  'Ritzau Scanpix',
  'Scanpix',
  'Bloomberg',
  'Pressenza',
  'UPI',
  'United Press International',
  'ANI',
  'PTI',
  'Press Trust of India',
  'IANS',
  'VCG',
  'Visual China Group',
  'IC',
  'Ukrinform',
  'RIA Novosti',
  'Interfax',
  'IRNA',
  // National agencies of Europe and Brazil, and picture libraries of art and Chinese papers.
  'Europa Press',
  'Lusa',
  'Agência Brasil',
  'Keystone',
  'Lehtikuva',
  'Ritzau',
  '\u010cTK',
  'MTI',
  // Austria's, Indonesia's and Malaysia's national agencies, Britain's PA, Brazil's Folhapress
  // and Tribune News Service, as their partners' captions sign them ("Jane Doe/PA").
  'APA',
  'Antara',
  'Bernama',
  'PA',
  'PA Media',
  'Folhapress',
  'TNS',
  'picture alliance',
  'picture-alliance',
  'dpa Picture-Alliance',
  'Bridgeman Images',
  'China Daily',
  // Japanese, Korean and Chinese newspapers and wires, as their captions sign pictures.
  ...bracketClosingAgencyNames,
  'Yonhap News',
  // What Asian and Indian news sites print for a wire picture of unnamed origin.
  'Agencies',
  // Broadcasters whose pictures others print.
  'NPR',
  'CNN',
  'BBC',
  'NHK',
  'Al Jazeera',
  // Picture agencies and libraries.
  'Getty Images',
  'Getty',
  'NurPhoto',
  'SOPA Images',
  'LightRocket',
  'Sipa',
  'ZUMA Press',
  'ZUMA Wire',
  'ZUMA',
  'Magnum Photos',
  // "Jane Roe / Magnum": Swiss and French sites shorten the cooperative's name.
  'Magnum',
  'Panos Pictures',
  'Polaris',
  'Redux',
  'Imago',
  'Corbis',
  'Shutterstock',
  'Alamy',
  // Platforms and the organisations' own photo services.
  'Wikimedia Commons',
  'Wikimedia',
  'Flickr',
  'UN Photo',
  'ICRC',
  'UNICEF',
]

export const signerNames: readonly string[] = [
  // Archive collections Getty Images sells, printed before its name ("Three Lions/Getty Images").
  'Three Lions',
  'PhotoQuest',
  'Bettmann',
  'UN',
  'U.N.',
  // The US President's office signs its photographers' pictures ("White House photo").
  'White House',
  'UN News',
  'UN Women',
  'UNDP',
  'UNHCR',
  'UNMAS',
  'UNFPA',
  'OCHA',
  'UNOCHA',
  'WFP',
  'IOM',
  'UNRWA',
  'UNESCO',
  'UNOPS',
  'UNODA',
  'UNIDIR',
  'MONUSCO',
  'MINUSMA',
  'MINUSCA',
  'UNMISS',
  'UNIFIL',
  'UNAMA',
  'UNAMI',
  'UNSOM',
  'MSF',
  'HRW',
  'Human Rights Watch',
  'Amnesty International',
  'Amnesty',
  'MAG',
  'HALO Trust',
  'The HALO Trust',
  'HALO',
  'Geneva Call',
  'Four Paws',
  'NPA',
  'DDG',
  'FSD',
  'APOPO',
  'GICHD',
  'ICBL',
  'ICBL-CMC',
  'IFRC',
  'NRC',
  'The New York Times',
  'New York Times',
  'The Washington Post',
  'The Guardian',
  'The Times',
  'Los Angeles Times',
  'The Wall Street Journal',
  'Financial Times',
  'Le Monde',
  // A Russian daily, as it signs its photographers' pictures ("Фото: Jane Doe, Коммерсантъ").
  '\u041a\u043e\u043c\u043c\u0435\u0440\u0441\u0430\u043d\u0442\u044a',
]

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every spelling: as written, agencies also in capitals. */
function spellings(): string[] {
  const all = new Set<string>()
  for (const name of agencyNames) {
    all.add(name)
    all.add(name.toUpperCase())
  }
  for (const name of signerNames) all.add(name.replace(/^The (?=HALO)/, ''))
  return [...all]
}

/**
 * The spellings as one regex source shaped like a trie ("G(?:etty(?: Images)?|ICHD)"): the
 * engine reads each letter once instead of trying every name at every word. Greedy optional
 * tails try the longer name first ("Getty Images" before "Getty").
 */
function trieSource(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>()
  let ends = false
  for (const w of words) {
    if (w === '') {
      ends = true
      continue
    }
    const first = w.charAt(0)
    const rest = byFirst.get(first) ?? []
    rest.push(w.slice(1))
    byFirst.set(first, rest)
  }
  const branches = [...byFirst].map(([c, rest]) => escape(c) + trieSource(rest))
  if (branches.length === 0) return ''
  const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`
  if (!ends) return body
  return branches.length === 1 && body.length === 1 ? `${body}?` : `(?:${body})?`
}

/**
 * Agencies and signers as captions print them (case-sensitive: "AP" the agency, not "ap" in a
 * word). Built from the tables above; its ReDoS check runs through the `credits.ts` exports.
 */
export const agencyPattern = new RegExp(`\\b${trieSource(spellings())}\\b`, 'g')
