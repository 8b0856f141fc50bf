/**
 * Hand-written alias layer over `states.generated.ts`: the names writers actually use.
 *
 * - `aliases`: current names in common English use besides the UN short name. The package common
 *   name (world-countries `name.common`, e.g. "Ivory Coast", "South Korea") is added automatically.
 * - `formerNames`: names the state or the UN used before a change (UNTERM / GA records).
 * - `abbreviations`: matched case-sensitively, exactly as written here.
 * - `demonyms`: extra English demonyms on top of world-countries (never matched unless asked).
 *
 * Every phrase must resolve to exactly one state (a test checks this). Leading "the" is never part
 * of a phrase: the extractor leaves it outside the span and findState() ignores it.
 *
 * Decisions (see docs in the extractor too):
 * - "America" is the United States ("America's arsenal"), as in the annotators' convention; the
 *   continents and regions are not-state phrases ("Latin America", "North America"), and
 *   "the Americas" is another word.
 * - "Korea" alone is NOT an alias (two states); neither is "Timor" (the island), "Guinea" is only
 *   Guinea (longest match keeps "Equatorial Guinea", "Guinea-Bissau", "Papua New Guinea").
 * - "Congo" is the UN short name of the Republic of the Congo (COG), so it resolves there; the
 *   extractor reads a bare "Congo" as the Democratic Republic in a text that names only that one.
 * - "Macedonia" resolves to North Macedonia (former name), not the Greek region.
 * - "Georgia" is the state (the US state is not told apart; document-level context would be
 *   needed). "Chad", "Jordan" and "Georgia" are also given names; matching is case-sensitive.
 * - "PRC" (People's Republic of China) is kept; "RSA", "PNG", "SVG", "CAR" are not (file formats,
 *   cryptography, common words), nor "USSR"/"Soviet Union" (no longer a state).
 * - "Holland" resolves to the Netherlands (pars pro toto, common in English writing).
 *
 * Sources: UN M49 (https://unstats.un.org/unsd/methodology/m49/), UN Member States
 * (https://www.un.org/en/about-us/member-states), name changes notified to the UN (e.g. Türkiye,
 * A/77/… 2022; Eswatini 2018; North Macedonia 2019; Cabo Verde 2013; Czechia 2016).
 */
export interface StateAliasEntry {
  aliases?: readonly string[]
  formerNames?: readonly string[]
  abbreviations?: readonly string[]
  demonyms?: readonly string[]
}

export const stateAliases: Readonly<Record<string, StateAliasEntry>> = {
  ARE: { abbreviations: ['UAE', 'U.A.E.'] },
  ATG: { aliases: ['Antigua'] },
  BIH: {
    aliases: ['Bosnia-Herzegovina', 'Bosnia/Herzegovina', 'Bosnia'],
    abbreviations: ['BiH'],
    demonyms: ['Bosnian'],
  },
  BFA: { formerNames: ['Upper Volta'] },
  BEN: { formerNames: ['Dahomey'] },
  BLR: { formerNames: ['Byelorussia', 'Belorussia', 'Byelorussian Soviet Socialist Republic'] },
  BOL: { aliases: ['Plurinational State of Bolivia'] },
  BRN: { aliases: ['Brunei'] },
  // "Rep." for "Republic", as the World Bank's country names write it ("Congo, Dem. Rep.",
  // https://data.worldbank.org/country) and lists of states in the press shorten it.
  CAF: { aliases: ['Centrafrique', 'Central African Rep.'] },
  CHN: { aliases: ["People's Republic of China"], abbreviations: ['PRC'] },
  // "Cote D'Ivoire" with a capital D, as wire copy and title-cased lists print it.
  CIV: { aliases: ['Ivory Coast', "Côte D'Ivoire"], demonyms: ['Ivoirian'] },
  COD: {
    aliases: [
      'Democratic Republic of Congo',
      'DR Congo',
      'D.R. Congo',
      'Congo-Kinshasa',
      'Congo (Kinshasa)',
      'Democratic Rep. of Congo',
      'Democratic Rep. of the Congo',
    ],
    formerNames: ['Zaire', 'Zaïre'],
    abbreviations: ['DRC', 'D.R.C.'],
  },
  COG: {
    aliases: [
      'Republic of Congo',
      'Rep. of Congo',
      'Rep. of the Congo',
      'Congo-Brazzaville',
      'Congo (Brazzaville)',
      'Congo Republic',
    ],
  },
  CPV: { formerNames: ['Cape Verde'], demonyms: ['Cabo Verdean', 'Cape Verdean'] },
  CZE: { aliases: ['Czech Republic'] },
  DJI: { demonyms: ['Djiboutian'] },
  ECU: { demonyms: ['Ecuadorian'] },
  FSM: { aliases: ['Micronesia', 'Federated States of Micronesia'], abbreviations: ['FSM'] },
  GBR: {
    // The formal name cut before "and Northern Ireland" (a sponsor list's "United Kingdom of Great
    // Britain, and Northern Ireland"): one mention, not two. Formal name: UNTERM, "United
    // Kingdom of Great Britain and Northern Ireland" (https://unterm.un.org).
    aliases: ['United Kingdom', 'Britain', 'Great Britain', 'United Kingdom of Great Britain'],
    abbreviations: ['UK', 'U.K.'],
    demonyms: ['Briton'],
  },
  GNB: { aliases: ['Guinea Bissau'], demonyms: ['Bissau-Guinean'] },
  // The formal names cut of their first words ("Co-operative", "Independent and Sovereign").
  GUY: { aliases: ['Republic of Guyana'] },
  // Hungary's formal name from 1989 until the Fundamental Law renamed the state "Hungary" on 1
  // January 2012 (Takács, Int J Semiot Law 2020, https://doi.org/10.1007/s11196-020-09692-y).
  HUN: { formerNames: ['Republic of Hungary'] },
  IRN: { aliases: ['Iran', 'Islamic Republic of Iran'] },
  KGZ: { aliases: ['Kyrgyz Republic'], demonyms: ['Kyrgyz', 'Kyrgyzstani'] },
  KHM: { formerNames: ['Kampuchea', 'Democratic Kampuchea'] },
  KIR: { aliases: ['Republic of Kiribati'] },
  KNA: {
    aliases: ['Saint Christopher and Nevis', 'Saint Kitts'],
    demonyms: ['Kittitian', 'Nevisian'],
  },
  // "N. Korea", "S. Korea" (and without the period): headline short forms, e.g. an NPR tag page
  // ("N. Korea Wants ...", 2013) and wire headlines ("N Korea fires first ballistic missile in two
  // months: Seoul", https://www.bbc.com/news search result, 2024).
  KOR: { aliases: ['South Korea'], abbreviations: ['ROK', 'RoK', 'S. Korea', 'S Korea'] },
  LAO: { aliases: ['Laos', 'Lao PDR'] },
  LBY: { formerNames: ['Libyan Arab Jamahiriya'] },
  LKA: { formerNames: ['Ceylon'] },
  MDA: { aliases: ['Moldova'] },
  MDV: { demonyms: ['Maldivian'] },
  MHL: { abbreviations: ['RMI'] },
  MKD: {
    formerNames: [
      'former Yugoslav Republic of Macedonia',
      'Republic of Macedonia',
      'Macedonia',
      'FYR Macedonia',
    ],
    abbreviations: ['FYROM', 'fYROM'],
    demonyms: ['North Macedonian'],
  },
  MMR: { formerNames: ['Burma'] },
  NLD: { aliases: ['Netherlands', 'Holland'] },
  // "N.Z.", as New Zealand's own parliamentary papers print it ("15 against (N.Z.)"): Appendix to
  // the Journals of the House of Representatives, 1949, vol. I, p. 26 (Papers Past,
  // https://slbrartest.natlib.govt.nz/parliamentary/appendix-to-the-journals-of-the-house-of-representatives/1949/I/300).
  NZL: { abbreviations: ['NZ', 'N.Z.'] },
  // "DPR Korea": the UN system's own short form (https://dprkorea.un.org).
  PRK: {
    aliases: ['North Korea', 'DPR Korea'],
    abbreviations: ['DPRK', 'D.P.R.K.', 'N. Korea', 'N Korea'],
  },
  PSE: { aliases: ['Palestine'] },
  RUS: { aliases: ['Russia'] },
  SAU: { abbreviations: ['KSA'] },
  STP: { aliases: ['São Tomé and Príncipe', 'Sao Tome'] },
  SWZ: { aliases: ['Kingdom of Eswatini'], formerNames: ['Swaziland', 'Kingdom of Swaziland'] },
  SYR: { aliases: ['Syria'] },
  THA: { formerNames: ['Siam'] },
  TJK: { demonyms: ['Tajik', 'Tajikistani'] },
  TLS: { aliases: ['East Timor'], demonyms: ['Timorese'] },
  TTO: { aliases: ['Trinidad'] },
  TUR: { formerNames: ['Turkey', 'Republic of Turkey'], demonyms: ['Turk'] },
  TZA: { aliases: ['Tanzania'] },
  USA: {
    aliases: ['United States', 'United States of America', 'America'],
    abbreviations: ['U.S.', 'US', 'USA', 'U.S.A.', 'U.S.A'],
  },
  VAT: { aliases: ['Vatican', 'Vatican City', 'Vatican City State'] },
  VCT: { aliases: ['Saint Vincent and Grenadines'] },
  VEN: { aliases: ['Venezuela', 'Bolivarian Republic of Venezuela'] },
  VNM: { aliases: ['Vietnam', 'Viet-Nam'] },
  WSM: { formerNames: ['Western Samoa'] },
}

/**
 * Phrases that contain a state name but are not a mention of the state: cities, seas, regions,
 * territories and sub-national units. The extractor matches them like names and drops them, so
 * by longest match "Mexico City" never yields "Mexico".
 */
export const notStatePhrases: readonly string[] = [
  'Mexico City',
  'New Mexico',
  'Gulf of Mexico',
  'Guatemala City',
  'Panama City',
  'Panama Canal',
  'Kuwait City',
  // Sudan's port city on the Red Sea: news of strikes on it name it alone.
  'Port Sudan',
  'Port of Spain',
  'Port-of-Spain',
  'Belize City',
  'Andorra la Vella',
  'Luxembourg City',
  'Vatican II',
  'Northern Ireland',
  'New Guinea',
  'American Samoa',
  // French Guiana, a French department, as often misspelt: no mention of Guyana.
  'French Guyana',
  // States of Australia: no mention of Australia the state ("the effects felt in South Australia").
  'South Australia',
  'Western Australia',
  'Northern Cyprus',
  'South China Sea',
  'East China Sea',
  'Sea of Japan',
  'Congo River',
  'Congo Basin',
  'Niger Delta',
  'Niger River',
  'River Niger',
  'Lake Malawi',
  'Jordan River',
  'River Jordan',
  'Gulf of Guinea',
  'Gulf of Oman',
  'Gulf of Thailand',
  'Gulf of Finland',
  'Lake Chad',
  'University of Georgia',
  'Mines Action Canada',
  // The armed group's names: the Security Council's "Islamic State in Iraq and the Levant (ISIL,
  // also known as Da'esh)" (S/RES/2253 (2015)) and the press's "of" forms. No mention of Iraq
  // or Syria.
  'Islamic State in Iraq',
  'Islamic State in Iraq and the Levant',
  'Islamic State in Iraq and Syria',
  'Islamic State of Iraq',
  'Islamic State of Iraq and the Levant',
  'Islamic State of Iraq and Syria',
  'Group of 77 and China',
  'G77 and China',
  'G-77 and China',
  'Republic of China',
  // Taiwan as the UN names it; "Henan Province of China" mentions China.
  'Taiwan, Province of China',
  'Taiwan Province of China',
  'Order of Malta',
  'Knights of Malta',
  'South Georgia',
  'Atlanta, Georgia',
  'Georgia Tech',
  'Jordan Valley',
  // The continents and regions named "America", and names that contain it.
  'Latin America',
  'North America',
  'South America',
  'Central America',
  'Middle America',
  'Spanish America',
  'Ibero-America',
  'Anglo-America',
  'Voice of America',
  // Russia's state radio abroad, dissolved into Rossiya Segodnya by Decree of the President of
  // the Russian Federation No. 894 of 9 December 2013 (http://kremlin.ru/acts/bank/38047).
  'Voice of Russia',
  'Bank of America',
  'Captain America',
  "America's Cup",
  // A photo agency that signs pictures ("Photo: Jane Doe/Sipa USA") and a charity (the USA for
  // UNHCR association): names, no mentions.
  'Sipa USA',
  'USA for UNHCR',
  // The secessionist states of the American Civil War.
  'Confederate States of America',
  // Newspapers named after a state in capitals ("USA Today" is caught by its head word), and the
  // news agency ("Agence France-Presse", in photo credits).
  'USA TODAY',
  'Agence France-Presse',
  'South China Morning Post',
  // States of the Cold War that were halves of today's: no mention of Viet Nam, Germany or Yemen.
  'South Vietnam',
  'North Vietnam',
  'West Germany',
  'East Germany',
  'South Yemen',
  'North Yemen',
  // The same in Spanish and Italian ("Vietnam del Norte", "Vietnam del Sud").
  'Vietnam del Norte',
  'Vietnam del Sur',
  'Vietnam del Nord',
  'Vietnam del Sud',
  // A publication's title (the presidents' collected papers), no mention.
  'Public Papers of the Presidents of the United States',
  // The title of the bilateral treaties of the Cold War (INF, START I, ABM), as the UN Treaty
  // Series prints it: a party named inside an instrument's title.
  'Treaty Between the United States of America and the Union of Soviet Socialist Republics',
  'Treaty between the United States of America and the Union of Soviet Socialist Republics',
  // An armed movement (UNITA) and a news agency (Agence Kampuchea Presse) named after states.
  'Total Independence of Angola',
  'Kampuchea Press',
  'Kampuchea Presse',
  // Wars named after states: the war, not a mention of them.
  'Iran-Iraq War',
  'Iraq-Iran War',
  'Vietnam War',
  'Viet Nam War',
  'Iraq War',
  'Lebanon War',
  // The wars of the past named by a state, also with "war" in lower case ("the Vietnam war");
  // a war going on is described, not named ("the Ukraine war" mentions Ukraine), and so is a war
  // in lower case between two states ("the Iran-Iraq war" mentions both; "War" names it).
  'Vietnam war',
  'Viet Nam war',
  'Iraq war',
  'Lebanon war',
  'Bosnia war',
  // Regions named as places of their own ("South Lebanon", the Landmine Monitor's "Northern
  // Iraq"); a region written in lower case ("in southern Lebanon") mentions the state.
  'South Lebanon',
  'Southern Lebanon',
  'Northern Iraq',
  'Kurdistan Region of Iraq',
  'North East Syria',
  'Northeast Syria',
  // Programmes of a state's government named after it ("Make in India").
  'Make in India',
  'Make In India',
  'Digital India',
  'Startup India',
  'Skill India',
]

/**
 * Misspellings of state names that writers make often enough to meet on real pages (the
 * Marshall Islands with one "l", the Philippines with two "l"s and one "p"). The extractor reads
 * them as the state, so a list keeps its member, and reports a `misspelt-state` warning with the
 * right name; `findState` does not accept them. Only spellings that are no word or other name of
 * their own ("Columbia" is a river, a university and a district; "Lichtenstein" a surname;
 * "Luxemburg" and "Bahrein" are older spellings, not mistakes). Right names: UN Member States
 * (https://www.un.org/en/about-us/member-states).
 */
export const stateMisspellings: Readonly<Record<string, string>> = {
  'Marshal Islands': 'MHL',
  // An apostrophe lost in a PDF's text: "Republic of Korea" inside would read as the South.
  'Democratic People s Republic of Korea': 'PRK',
  'Democratic Peoples Republic of Korea': 'PRK',
  'People s Republic of China': 'CHN',
  'Lao People s Democratic Republic': 'LAO',
  Phillipines: 'PHL',
  Philipines: 'PHL',
  Phillippines: 'PHL',
  'Equitorial Guinea': 'GNQ',
  Afganistan: 'AFG',
  Isreal: 'ISR',
  Lybia: 'LBY',
  Tunesia: 'TUN',
  Morrocco: 'MAR',
  Venezuala: 'VEN',
  Nicaraugua: 'NIC',
  Gautemala: 'GTM',
  Belguim: 'BEL',
  Portugual: 'PRT',
  Zimbabwae: 'ZWE',
  Kyrgystan: 'KGZ',
  Kyrgyztan: 'KGZ',
  Tajikstan: 'TJK',
  Uzbekstan: 'UZB',
  Azerbajan: 'AZE',
  Srilanka: 'LKA',
  Cambodja: 'KHM',
  Bostwana: 'BWA',
  // North Macedonia (its name since 2019) written as a region's adjective.
  'Northern Macedonia': 'MKD',
  'Republic of Northern Macedonia': 'MKD',
}
