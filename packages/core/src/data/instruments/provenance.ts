import type { InstrumentId, Source } from '../../models/instrument.js'
import { icrc, mtdsgXml, unoda, untc } from './helpers.js'

/*
 * Maintainers' data about the instruments, kept out of the runtime registry so that browser
 * bundles (`@treatymark/core/dom`, the Ghost enhancer, the WordPress editor script) do not carry
 * it: the primary sources each entry was checked against, and the phrases that must resolve to
 * each entry (run by `registry/instruments.test.ts`, the reporters-db pattern). Every id of
 * `InstrumentId` must have both (the types enforce it; `instruments.test.ts` checks the content).
 */

const CCW_UNTC = untc('XXVI-2', 26)

/*
 * Names in other languages, each checked against a government's or the UN's page in that
 * language. Brazil's foreign ministry (note on the signature of the TPNW, 20 September 2017)
 * writes the TPNW, the NPT (with "TNP") and the CTBT; the Swiss FDFA the NPT and the TPNW.
 */
const BRAZIL_MRE_TPNW =
  'https://www.gov.br/mre/pt-br/canais_atendimento/imprensa/notas-a-imprensa/assinatura-do-tratado-sobre-a-proibicao-de-armas-nucleares'
const SWISS_FDFA_SECURITY =
  'https://www.schweizerbeitrag.admin.ch/eda/de/home/das-eda/aktuell/newsuebersicht/sicherheitspolitik.html'

/*
 * Spanish, French, Chinese, Russian and Arabic names as UN documents of 2015 write them, read in
 * the UN Parallel Corpus v1.0 (its development set, which gives each aligned sentence's document
 * symbol); each entry cites the document by its symbol in that language.
 */
const unDoc = (lang: 'es' | 'fr' | 'zh' | 'ru' | 'ar', symbol: string): string =>
  `https://undocs.org/${lang}/${symbol}`

/** Primary sources each instrument's facts were checked against (fields -> URL). */
export const instrumentSources: Readonly<Record<InstrumentId, readonly Source[]>> = {
  apmbt: [
    { fields: 'title, adopted, entryIntoForce, depositary', url: untc('XXVI-5', 26) },
    {
      fields: 'adopted (Oslo, 18 September 1997), entryIntoForce',
      url: 'https://legal.un.org/avl/ha/cpusptam/cpusptam.html',
    },
    {
      fields: 'articles (22, headings of the authentic English text)',
      url: 'https://www.icrc.org/en/document/1997-convention-prohibition-anti-personnel-mines-and-their-destruction',
    },
    {
      fields:
        'aliases (Italian: "ha sottoscritto la Convenzione di Ottawa", Italy\'s foreign ministry)',
      url: 'https://www.esteri.it/mae/it/politica_estera/temi_globali/disarmo/armi_convenzionali/convenzione_ottawa.html',
    },
    {
      fields:
        'aliases (Spanish title "Convención sobre la prohibición del empleo, almacenamiento, producción y transferencia de minas antipersonal y sobre su destrucción": "Suele denominarse Convención de Ottawa o Tratado de Prohibición de Minas Antipersona", UNODA in Spanish)',
      url: 'https://www.unoda.org/es/our-work/conventional-arms/legal-instruments/anti-personnel-landmines-convention',
    },
  ],
  ccm: [
    {
      fields: 'title, adopted (Dublin, 30 May 2008), entryIntoForce, depositary',
      url: mtdsgXml('XXVI-6'),
    },
    {
      fields: 'articles (23; ICRC edition "As adopted, Dublin, 30 May 2008")',
      url: 'https://www.clusterconvention.org/the-convention/convention-text/',
    },
  ],
  ccw: [
    { fields: 'title, adopted, entryIntoForce, depositary', url: CCW_UNTC },
    { fields: 'abbreviations (CCWC)', url: 'https://graphsearch.epfl.ch/en/concept/3111840' },
    {
      fields: 'adopted with Protocols I-III on 10 October 1980; entryIntoForce 2 December 1983',
      url: 'https://international-review.icrc.org/articles/icrc-appeal-following-entry-force-convention-prohibitions-and-restrictions-use-certain',
    },
    { fields: 'articles (11, as in the authentic English text)', url: CCW_UNTC },
  ],
  'ccw-p1': [{ fields: 'title, adopted, entryIntoForce, depositary', url: CCW_UNTC }],
  'ccw-p2': [
    { fields: 'title, adopted, entryIntoForce, depositary', url: CCW_UNTC },
    {
      fields: 'aliases (CCW Protocol II on Prohibitions and Restrictions on the Use of Mines, …)',
      url: 'https://ungeneva.org/zh/news-media/meeting-summary/2010/04/states-parties-two-ccw-protocols-benefit-newly-structured',
    },
  ],
  'ccw-ap2': [
    { fields: 'title, adopted, entryIntoForce, depositary', url: untc('XXVI-2-b', 26) },
    {
      fields: 'adopted, entryIntoForce',
      url: 'https://disarmament.unoda.org/ccw-amended-protocol-ii',
    },
    { fields: 'articles (14, plus a Technical Annex)', url: untc('XXVI-2-b', 26) },
    {
      fields: 'aliases (CCW Protocol II ... (as amended on 3 May 1996))',
      url: 'https://ungeneva.org/zh/news-media/meeting-summary/2010/04/states-parties-two-ccw-protocols-benefit-newly-structured',
    },
  ],
  'ccw-p3': [{ fields: 'title, adopted, entryIntoForce, depositary', url: CCW_UNTC }],
  'ccw-p4': [
    { fields: 'title, adopted, entryIntoForce, depositary', url: untc('XXVI-2-a', 26) },
    {
      fields: 'aliases (Protocol IV on Blinding Laser Weapons)',
      url: 'https://www.fas.org/nuke/control/ccw/index.html',
    },
  ],
  'ccw-p5': [
    { fields: 'title, adopted, entryIntoForce, depositary', url: untc('XXVI-2-d', 26) },
    { fields: 'articles (11, plus a Technical Annex)', url: untc('XXVI-2-d', 26) },
    {
      fields: 'aliases (Fifth Protocol on Explosive Remnants of War)',
      url: 'https://gichd.org/publications-resources/publications/erw-states-conclude-a-protocol',
    },
  ],
  npt: [
    { fields: 'title, adopted, entryIntoForce, depositary, articles', url: unoda('npt') },
    {
      fields:
        'aliases (German title "Vertrag über die Nichtverbreitung von Kernwaffen", General Assembly resolution 66/40 in German)',
      url: 'https://undocs.org/de/A/RES/66/40',
    },
    {
      fields:
        'aliases (German "Atomwaffensperrvertrag": "im Rahmen des Atomwaffensperrvertrags (NPT)")',
      url: SWISS_FDFA_SECURITY,
    },
    {
      fields:
        'aliases (French title and ambiguous name "TNP": "Le Traité sur la non-prolifération des armes nucléaires (TNP)", Canadian Nuclear Safety Commission, REGDOC-2.13.1 in French, the draft for consultation)',
      url: 'https://www.nuclearsafety.gc.ca/fra/acts-and-regulations/consultation/comment/regdoc2-13-1/',
    },
    {
      fields:
        'aliases (Portuguese "Tratado de Não-Proliferação de Armas Nucleares (TNP)"; ambiguous name "TNP")',
      url: BRAZIL_MRE_TPNW,
    },
    {
      fields:
        'aliases (Spanish title "Tratado sobre la No Proliferación de las Armas Nucleares": "El Grupo de Estados No Alineados Partes en el Tratado sobre la No Proliferación de las Armas Nucleares reafirma")',
      url: unDoc('es', 'NPT/CONF.2015/WP.4'),
    },
    {
      fields:
        'ambiguous name "TNP" defined by a UN text in French: "le Traité sur la non-prolifération des armes nucléaires (TNP)"',
      url: unDoc('fr', 'NPT/CONF.2015/4'),
    },
    {
      fields:
        'aliases (Chinese "不扩散核武器条约": "行动5：《不扩散核武器条约》第六条"; Russian in the genitive: "статья VI Договора о нераспространении ядерного оружия")',
      url: unDoc('zh', 'NPT/CONF.2015/5'),
    },
    {
      fields:
        'aliases (Russian title "Договор о нераспространении ядерного оружия": "трех основных компонентов, составляющих Договор о нераспространении ядерного оружия")',
      url: unDoc('ru', 'NPT/CONF.2015/3'),
    },
    {
      fields:
        'aliases (Russian title in the dative: "не присоединились к Договору о нераспространении ядерного оружия")',
      url: unDoc('ru', 'NPT/CONF.2015/WP.8'),
    },
    {
      fields:
        'abbreviations (Russian "ДНЯО": "участников Договора о нераспространении ядерного оружия (далее ДНЯО)")',
      url: unDoc('ru', 'NPT/CONF.2015/4'),
    },
  ],
  tpnw: [
    { fields: 'title, adopted, entryIntoForce, depositary', url: untc('XXVI-9', 26) },
    // "Nuke Ban Treaty" was looked for and not found in use: no alias. The lower-case "nuclear
    // ban treaty" is read only after the year of adoption, as every name in lower case.
    {
      fields: 'aliases (Nuclear Ban Treaty: "commonly known as the Nuclear Ban Treaty")',
      url: 'https://atomicreporters.com/tag/nuclear-testing',
    },
    {
      fields: 'articles (20)',
      url: 'https://www.icrc.org/en/publication/4398-treaty-prohibition-nuclear-weapons',
    },
    {
      fields: 'aliases (Portuguese "Tratado sobre a Proibição de Armas Nucleares")',
      url: BRAZIL_MRE_TPNW,
    },
    {
      fields: 'aliases (German "Kernwaffenverbotsvertrag (TPNW)")',
      url: SWISS_FDFA_SECURITY,
    },
  ],
  cwc: [
    { fields: 'title, adopted, entryIntoForce, depositary', url: untc('XXVI-3', 26) },
    {
      fields: 'adopted (Paris, 13 January 1993: the date and place of the text)',
      url: 'https://www.opcw.org/chemical-weapons-convention',
    },
    { fields: 'articles (24)', url: 'https://www.opcw.org/chemical-weapons-convention/articles' },
    {
      fields:
        'aliases (Spanish "Convención sobre las Armas Químicas": "los Estados partes en la Convención sobre las Armas Químicas")',
      url: unDoc('es', 'S/2015/95'),
    },
    {
      fields:
        'aliases (French "Convention sur les armes chimiques": "les États parties à la Convention sur les armes chimiques")',
      url: unDoc('fr', 'S/2015/95'),
    },
  ],
  bwc: [
    { fields: 'title, adopted, entryIntoForce, depositary, articles', url: unoda('bwc') },
    {
      fields:
        'aliases (Spanish "Convención sobre las Armas Biológicas": "el Tratado sobre la No Proliferación de las Armas Nucleares, la Convención sobre las Armas Químicas y la Convención sobre las Armas Biológicas")',
      url: unDoc('es', 'S/AC.44/2015/2'),
    },
    {
      fields:
        'aliases (French "Convention sur les armes biologiques": "au Traité sur la non-prolifération des armes nucléaires, à la Convention sur les armes chimiques ou à la Convention sur les armes biologiques")',
      url: unDoc('fr', 'S/AC.44/2015/2'),
    },
  ],
  'geneva-protocol-1925': [
    { fields: 'title, adopted, entryIntoForce, depositary', url: unoda('1925') },
  ],
  ost: [
    { fields: 'title, adopted, entryIntoForce, depositary', url: unoda('outer_space') },
    {
      fields:
        'articles (17, I-XVII, untitled): United Nations Treaties and Principles on Outer Space, ST/SPACE/11/Rev.2 (UNOOSA, 2008), part one, A',
      url: 'https://www.unoosa.org/oosa/en/ourwork/spacelaw/treaties/outerspacetreaty.html',
    },
  ],
  ctbt: [
    {
      fields:
        'title, adopted, entryIntoForce, depositary; "Nuclear-Test-Ban Treaty" with hyphens is its title\'s spelling (ambiguous name "Nuclear Test Ban Treaty")',
      url: untc('XXVI-4', 26),
    },
    {
      fields: 'title spelt "Comprehensive Nuclear-Test-Ban Treaty" by its organisation',
      url: 'https://www.ctbto.org/faqs/?uid=31&cHash=0a5de2c0459f60306307717c1fce3a99',
    },
    { fields: 'articles (17)', url: 'https://www.ctbto.org/the-treaty/treaty-text' },
    {
      fields: 'aliases (Portuguese "Tratado de Proibição Completa de Testes Nucleares", 1996)',
      url: BRAZIL_MRE_TPNW,
    },
    {
      fields:
        'aliases (Spanish "Tratado de Prohibición Completa de los Ensayos Nucleares": "la entrada en vigor del Tratado de Prohibición Completa de los Ensayos Nucleares")',
      url: unDoc('es', 'NPT/CONF.2015/WP.7'),
    },
    {
      fields:
        'aliases (French "Traité d\'interdiction complète des essais nucléaires": "l\'entrée en vigueur du Traité d\'interdiction complète des essais nucléaires")',
      url: unDoc('fr', 'NPT/CONF.2015/WP.7'),
    },
    {
      fields:
        'aliases (Chinese "全面禁止核试验条约": "《全面禁止核试验条约》未能尽早生效"; Russian in the genitive and dative: "участников Договора о всеобъемлющем запрещении ядерных испытаний", "в ходе переговоров по Договору о всеобъемлющем запрещении ядерных испытаний")',
      url: unDoc('zh', 'NPT/CONF.2015/WP.7'),
    },
    {
      fields:
        'aliases (Russian title "Договор о всеобъемлющем запрещении ядерных испытаний": "Ирландия всегда твердо поддерживала Договор о всеобъемлющем запрещении ядерных испытаний")',
      url: unDoc('ru', 'NPT/CONF.2015/9'),
    },
    {
      fields:
        'no mention in its organisation\'s name, Chinese "全面禁止核试验条约组织临时技术秘书处" and Russian "Временным техническим секретариатом Организации по Договору о всеобъемлющем запрещении ядерных испытаний"',
      url: unDoc('zh', 'NPT/CONF.2015/3'),
    },
  ],
  // Its title, "Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under
  // Water", has no "Nuclear-Test-Ban": a hyphenated "Nuclear-Test-Ban Treaty" is the CTBT.
  pts: [{ fields: 'title, adopted, entryIntoForce, depositary', url: unoda('test_ban') }],
  // Article 28 lets it enter into force for each State individually; 25 April 1969 is the
  // date the UNODA and the IAEA give for its entry into force.
  tlatelolco: [
    { fields: 'title, adopted, entryIntoForce, depositary', url: unoda('tlatelolco') },
    {
      fields: 'entryIntoForce',
      url: 'https://www.iaea.org/es/publications/magazines/bulletin/26-3',
    },
  ],
  rarotonga: [{ fields: 'title, adopted, entryIntoForce, depositary', url: unoda('rarotonga') }],
  // In force on deposit of the seventh ratification (Article 16), 27 March 1997; some secondary
  // sources give 28 March.
  bangkok: [
    { fields: 'title, adopted, entryIntoForce, depositary', url: unoda('bangkok') },
    {
      fields:
        'aliases (German title "Vertrag über die Kernwaffenfreie Zone Südostasien", General Assembly resolution 66/43 in German)',
      url: 'https://undocs.org/de/A/RES/66/43',
    },
    {
      fields: 'adopted, entryIntoForce, depositary',
      url: 'https://www.ecolex.org/details/treaty/treaty-on-the-southeast-asia-nuclear-weapon-free-zone-tre-001246/',
    },
    {
      fields:
        'aliases (the UN\'s spelling "South-East Asia Nuclear-Weapon-Free Zone", also before "Treaty")',
      url: 'https://docs.un.org/en/A/RES/66/43',
    },
  ],
  pelindaba: [{ fields: 'title, adopted, entryIntoForce, depositary', url: unoda('pelindaba') }],
  semipalatinsk: [
    { fields: 'title, adopted, entryIntoForce, depositary', url: unoda('canwfz') },
    // No primary source naming the treaty "of Semey" was found; this one (secondary) gives Semey
    // as the present name of the city formerly called Semipalatinsk, where the treaty was signed.
    {
      fields: "aliases (Treaty of Semey, Treaty of Semei: the city's present name)",
      url: 'https://gist.github.com/9b34ad3214efc686d5f33048e924e140',
    },
  ],
  'gc-1': [{ fields: 'title, adopted, entryIntoForce, depositary', url: icrc('gci-1949') }],
  'gc-2': [{ fields: 'title, adopted, entryIntoForce, depositary', url: icrc('gcii-1949') }],
  'gc-3': [{ fields: 'title, adopted, entryIntoForce, depositary', url: icrc('gciii-1949') }],
  'gc-4': [{ fields: 'title, adopted, entryIntoForce, depositary', url: icrc('gciv-1949') }],
  'ap-1': [{ fields: 'title, adopted, entryIntoForce, depositary', url: icrc('api-1977') }],
  'ap-2': [{ fields: 'title, adopted, entryIntoForce, depositary', url: icrc('apii-1977') }],
  'ap-3': [{ fields: 'title, adopted, entryIntoForce, depositary', url: icrc('apiii-2005') }],
  'rome-statute': [
    { fields: 'title, adopted, entryIntoForce, depositary', url: untc('XVIII-10', 18) },
    { fields: 'url', url: icrc('icc-statute-1998') },
  ],
  att: [
    {
      fields: 'title, adopted (resolution 67/234 B, 2 April 2013), entryIntoForce, depositary',
      url: mtdsgXml('XXVI-8'),
    },
    { fields: 'articles (28)', url: 'https://thearmstradetreaty.org/treaty-text.html' },
  ],
  'poa-salw': [{ fields: 'title, adopted, text', url: 'https://docs.un.org/en/A/CONF.192/15' }],
  iti: [
    { fields: 'title, text', url: 'https://docs.un.org/en/A/60/88' },
    {
      fields: 'adopted',
      url: 'https://www.cfr.org/arms-industries-and-trade/un-international-tracing-instrument/p28042',
    },
  ],
  'firearms-protocol': [
    { fields: 'title, adopted, entryIntoForce, depositary', url: untc('XVIII-12-c', 18) },
  ],
  'geneva-declaration': [
    { fields: 'title, adopted, text', url: 'https://docs.un.org/en/A/CONF.192/2006/RC/2' },
  ],
  inf: [
    {
      fields: 'title, adopted, entryIntoForce',
      url: 'https://2009-2017.state.gov/t/avc/trty/102360.htm',
    },
  ],
  'new-start': [
    {
      fields: 'title, adopted, entryIntoForce',
      url: 'https://2009-2017.state.gov/t/avc/newstart/c44126.htm',
    },
  ],
  abm: [
    {
      fields: 'title, adopted (Moscow, 26 May 1972), entryIntoForce (3 October 1972)',
      url: 'https://www.armscontrol.org/treaties/anti-ballistic-missile-treaty',
    },
    {
      fields: 'adopted (Moscow, 26 May 1972)',
      url: 'https://www.cvce.eu/en/obj/treaty_between_the_united_states_and_the_union_of_soviet_socialist_republics_on_the_limitation_of_anti_ballistic_missile_systems_moscow_26_may_1972-en-beef0a8c-c16a-47ee-be01-1257b7b1eae0.html',
    },
  ],
  'start-1': [
    {
      fields: 'adopted (31 July 1991), entryIntoForce (5 December 1994)',
      url: 'https://www.armscontrol.org/node/2493',
    },
    {
      fields: 'title (as START II cites it), adopted (July 31, 1991)',
      url: 'https://www.fas.org/nuke/control/start2/index.html',
    },
  ],
  'start-2': [
    {
      fields:
        'title, adopted (January 3, 1993), entryIntoForce (never: ratified by the US Senate in 1996 and the Duma in 2000, not exchanged)',
      url: 'https://www.fas.org/nuke/control/start2/index.html',
    },
  ],
  sort: [
    {
      fields: 'title, adopted (Moscow, May 24, 2002), entryIntoForce (June 1, 2003)',
      url: 'https://www.acq.osd.mil/tc/sort/SORTexecsum.htm',
    },
    {
      fields: 'adopted (24 May 2002), entryIntoForce (1 June 2003)',
      url: 'https://www.armscontrol.org/treaties/strategic-offensive-reductions-treaty',
    },
  ],
  'open-skies': [
    {
      fields: 'title, adopted (Helsinki, 24 March 1992), entryIntoForce (1 January 2002)',
      url: 'https://osce.org/who/timeline/1990s/06',
    },
    {
      fields: 'depositary (Hungary and Canada)',
      url: 'https://2010-2014.kormany.hu/en/ministry-of-foreign-affairs/news/the-anniversary-of-the-signing-and-entering-into-force-of-the-treaty-on-open-skies',
    },
    { fields: 'url (text and status)', url: 'https://armscontrol.org/node/2492' },
  ],
  'un-charter': [
    {
      fields:
        'title, adopted (San Francisco, 26 June 1945), entryIntoForce (24 October 1945), articles (111, no headings), depositary (Article 111)',
      url: 'https://www.un.org/en/about-us/un-charter/full-text',
    },
  ],
}

/** Phrases that must resolve to each instrument (`findInstrument` and `extract`). */
export const instrumentExamples: Readonly<Record<InstrumentId, readonly string[]>> = {
  apmbt: [
    'APMBT',
    'APLC',
    'Mine Ban Treaty',
    'Mine-Ban Treaty',
    'mine ban treaty',
    'the Mine Ban Convention',
    'Ottawa Convention',
    'the Ottawa Treaty',
    'ottawa treaty',
    'Anti-Personnel Mine Ban Treaty',
    'Anti-Personnel Mine Ban Convention',
    'Antipersonnel Mine Ban Convention',
    'anti-personnel mine ban treaty',
    'Convention on Anti-Personnel Mines',
    'Ban Mine Treaty',
    'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction',
    'Convenzione di Ottawa',
    'Convención de Ottawa',
    'Tratado de Prohibición de Minas Antipersona',
    'Convención sobre la prohibición del empleo, almacenamiento, producción y transferencia de minas antipersonal y sobre su destrucción',
  ],
  ccm: [
    'CCM',
    'Convention on Cluster Munitions',
    'the Convention on Cluster Munitions',
    'convention on cluster munitions',
    'Cluster Munitions Convention',
    'the Oslo Convention',
    'Cluster-Munitions Convention',
    'Convention of Cluster Munitions',
  ],
  ccw: [
    'CCW',
    'CCWC',
    'Conventional Weapons Convention',
    'the CCW',
    'Convention on Certain Conventional Weapons',
    'the Convention on Certain Conventional Weapons',
    'convention on certain conventional weapons',
    'Inhumane Weapons Convention',
    'CCW Convention',
    'Convention on Conventional Weapons',
  ],
  'ccw-p1': [
    'CCW Protocol I',
    'Protocol I to the CCW',
    'Protocol on Non-Detectable Fragments',
    'Protocol I on Non-Detectable Fragments',
  ],
  'ccw-p2': [
    'CCW Protocol II',
    'original Protocol II',
    '1980 Protocol II',
    'Protocol II to the CCW',
    'Protocol on Mines, Booby-Traps and Other Devices',
  ],
  'ccw-ap2': [
    'Amended Protocol II',
    'amended protocol II',
    'the Amended Protocol II',
    'Protocol II as amended',
    'Protocol II as amended on 3 May 1996',
    'Protocol II, as amended on 3 May 1996',
    'Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices as amended on 3 May 1996',
    'CCW Amended Protocol II',
    'Amended Mines Protocol',
  ],
  'ccw-p3': [
    'CCW Protocol III',
    'Incendiary Weapons Protocol',
    'Protocol on Incendiary Weapons',
    'Protocol III on Incendiary Weapons',
  ],
  'ccw-p4': [
    'Protocol IV',
    'CCW Protocol IV',
    'Protocol on Blinding Laser Weapons',
    'Protocol IV on Blinding Laser Weapons',
    'Fourth Protocol on Blinding Laser Weapons',
    'blinding laser weapons protocol',
  ],
  'ccw-p5': [
    'Protocol V',
    'CCW Protocol V',
    'Protocol V on Explosive Remnants of War',
    'Fifth Protocol on Explosive Remnants of War',
    'the Protocol on Explosive Remnants of War',
    'ERW Protocol',
    'protocol v',
  ],
  npt: [
    'NPT',
    'the NPT',
    'Non-Proliferation Treaty',
    'Nuclear Non-Proliferation Treaty',
    'nuclear non-proliferation treaty',
    'Nuclear Nonproliferation Treaty',
    'Treaty on the Non-Proliferation of Nuclear Weapons',
    'Vertrag über die Nichtverbreitung von Kernwaffen',
    'Atomwaffensperrvertrag',
    'Atomwaffensperrvertrags',
    'Traité sur la non-prolifération des armes nucléaires',
    'Tratado de Não-Proliferação de Armas Nucleares',
    'Tratado de Não Proliferação de Armas Nucleares',
    'Tratado sobre la No Proliferación de las Armas Nucleares',
    '不扩散核武器条约',
    'Договор о нераспространении ядерного оружия',
    'ДНЯО',
  ],
  tpnw: [
    'TPNW',
    'Treaty on the Prohibition of Nuclear Weapons',
    'nuclear ban treaty',
    'Nuclear Weapons Ban Treaty',
    'the Prohibition Treaty',
    'Treaty for the Prohibition of Nuclear Weapons',
    'Tratado sobre a Proibição de Armas Nucleares',
    'Kernwaffenverbotsvertrag',
  ],
  cwc: [
    'CWC',
    'Chemical Weapons Convention',
    'the Chemical Weapons Convention',
    'chemical weapons convention',
    'Convención sobre las Armas Químicas',
    'Convention sur les armes chimiques',
  ],
  bwc: [
    'BWC',
    'BTWC',
    'Biological Weapons Convention',
    'Biological and Toxin Weapons Convention',
    'biological weapons convention',
    'Biological & Toxic Weapons Convention',
    'Convención sobre las Armas Biológicas',
    'Convention sur les armes biologiques',
  ],
  'geneva-protocol-1925': [
    '1925 Geneva Protocol',
    'the 1925 Geneva Protocol',
    'Geneva Protocol of 1925',
    'Geneva Gas Protocol',
  ],
  ost: ['Outer Space Treaty', 'the Outer Space Treaty', 'OST', 'outer space treaty'],
  ctbt: [
    'CTBT',
    'Comprehensive Nuclear-Test-Ban Treaty',
    'Comprehensive Nuclear Test Ban Treaty',
    'Comprehensive Test Ban Treaty',
    'comprehensive test-ban treaty',
    'Tratado de Proibição Completa de Testes Nucleares',
    'Tratado de Prohibición Completa de los Ensayos Nucleares',
    "Traité d'interdiction complète des essais nucléaires",
    '全面禁止核试验条约',
    'Договор о всеобъемлющем запрещении ядерных испытаний',
  ],
  pts: [
    'Partial Test Ban Treaty',
    'PTBT',
    'LTBT',
    'Limited Test Ban Treaty',
    'partial test-ban treaty',
  ],
  tlatelolco: ['Treaty of Tlatelolco', 'the Tlatelolco Treaty', 'treaty of tlatelolco'],
  rarotonga: [
    'Treaty of Rarotonga',
    'Rarotonga Treaty',
    'South Pacific Nuclear Free Zone Treaty',
    'South Pacific Nuclear-Weapon-Free Zone Treaty',
  ],
  bangkok: [
    'Treaty of Bangkok',
    'Bangkok Treaty',
    'SEANWFZ Treaty',
    'Southeast Asian Nuclear-Weapon-Free Zone Treaty',
    'Treaty on the South-East Asia Nuclear-Weapon-Free Zone',
    'Treaty on the Southeast Asia Nuclear Weapons Free Zone',
    'Treaty on the Southeast Asian Nuclear Weapon Free Zone',
    'Treaty of Southeast Asia Nuclear Weapon-Free Zone',
    'South-East Asia Nuclear Weapon-Free Zone Treaty',
    'Vertrag über die Kernwaffenfreie Zone Südostasien',
  ],
  pelindaba: [
    'Treaty of Pelindaba',
    'Pelindaba Treaty',
    'African Nuclear-Weapon-Free Zone Treaty',
    'African Nuclear-Weapons-Free Zone Treaty',
  ],
  semipalatinsk: [
    'Treaty of Semipalatinsk',
    'Semipalatinsk Treaty',
    'CANWFZ Treaty',
    'Treaty of Semey',
    'Treaty of Semei',
  ],
  'gc-1': [
    'First Geneva Convention',
    'the first Geneva Convention',
    'Geneva Convention I',
    'GC I',
    'Geneva Convention for the Amelioration of the Condition of the Wounded and Sick in Armed Forces in the Field',
  ],
  'gc-2': [
    'Second Geneva Convention',
    'the second Geneva Convention',
    'Geneva Convention II',
    'GC II',
    'Geneva Convention for the Amelioration of the Condition of Wounded, Sick and Shipwrecked Members of Armed Forces at Sea',
  ],
  'gc-3': [
    'Third Geneva Convention',
    'the third Geneva Convention',
    'Geneva Convention III',
    'GC III',
    'Geneva Convention relative to the Treatment of Prisoners of War',
  ],
  'gc-4': [
    'Fourth Geneva Convention',
    'the fourth Geneva Convention',
    'Geneva Convention IV',
    'GC IV',
    'Geneva Convention relative to the Protection of Civilian Persons in Time of War',
  ],
  'ap-1': [
    'Additional Protocol I',
    'AP I',
    'First Additional Protocol',
    'additional protocol I',
    'First Protocol Additional to the Geneva Conventions',
    'Additional Protocol No. I',
  ],
  'ap-2': [
    'Additional Protocol II',
    'Second Additional Protocol',
    'additional protocol II',
    'Additional Protocol No. II',
  ],
  'ap-3': ['Additional Protocol III', 'AP III', 'Third Additional Protocol'],
  'rome-statute': [
    'Rome Statute',
    'the Rome Statute',
    'ICC Statute',
    'Rome Statute of the International Criminal Court',
  ],
  att: [
    'ATT',
    'the ATT',
    'Arms Trade Treaty',
    'the Arms Trade Treaty',
    'arms trade treaty',
    'Arms-Trade Treaty',
  ],
  'poa-salw': [
    'PoA',
    'UN Programme of Action on Small Arms',
    'Programme of Action on Small Arms and Light Weapons',
    'the UN Programme of Action on small arms',
    'UN Program of Action on Small Arms',
  ],
  iti: [
    'ITI',
    'International Tracing Instrument',
    'the International Tracing Instrument',
    'international tracing instrument',
  ],
  'firearms-protocol': ['Firearms Protocol', 'the UN Firearms Protocol', 'firearms protocol'],
  'geneva-declaration': [
    'Geneva Declaration on Armed Violence and Development',
    'Geneva Declaration on armed violence and development',
    'the Geneva Declaration',
  ],
  inf: [
    'INF Treaty',
    'the INF Treaty',
    'INF',
    'Intermediate-Range Nuclear Forces Treaty',
    'intermediate range nuclear forces treaty',
  ],
  'new-start': [
    'New START',
    'New START Treaty',
    'the New START treaty',
    'NEW START',
    'New Strategic Arms Reduction Treaty',
    'the Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms',
  ],
  abm: [
    'ABM Treaty',
    'the ABM Treaty',
    'Anti-Ballistic Missile Treaty',
    'anti-ballistic missile treaty',
    'Treaty on the Limitation of Anti-Ballistic Missile Systems',
  ],
  'start-1': [
    'START I',
    'the START I Treaty',
    'START Treaty',
    'Strategic Arms Reduction Treaty',
    'START-1',
  ],
  'start-2': ['START II', 'the START II Treaty', 'Strategic Arms Reduction Treaty II'],
  sort: [
    'SORT',
    'Strategic Offensive Reductions Treaty',
    'Treaty on Strategic Offensive Reductions',
  ],
  'open-skies': ['Open Skies Treaty', 'the Treaty on Open Skies', 'open skies treaty'],
  'un-charter': [
    'UN Charter',
    'the United Nations Charter',
    'Charter of the United Nations',
    'U.N. Charter',
  ],
}
