/**
 * Real document symbols seen in the field, with where each was seen. Used by the tests (every
 * entry must parse to the listed parts) and a reference for contributors. Knowledge as data:
 * to cover a new pattern, add a real example here with its source.
 */
export interface RealSymbol {
  symbol: string
  body: string
  subsidiary?: string[]
  type?: string | null
  session?: string | null
  year?: string | null
  number?: string | null
  suffixes?: string[]
  /** Page where the symbol was seen. */
  source: string
}

const unodaCcwGge2007 = 'http://dev.unoda.org/section/ccw-gge-2007-documents/'
const npt2020 = 'https://www.un.org/en/conferences/npt2020/documents'
const yearbook2004 =
  'http://www.un.org/disarmament/HomePage/ODAPublications/Yearbook/2004/Html/NPT.html'

export const realSymbols: RealSymbol[] = [
  // Convention on Certain Conventional Weapons
  {
    symbol: 'CCW/GGE/2008-V/WP.1',
    body: 'CCW',
    subsidiary: ['GGE'],
    type: 'WP',
    session: '2008-V',
    year: '2008',
    number: '1',
    source:
      'disarmament-insight-2008 development samples (gold annotations), CCW GGE fifth session of 2008',
  },
  {
    symbol: 'CCW/GGE/2007/1',
    body: 'CCW',
    subsidiary: ['GGE'],
    type: null,
    year: '2007',
    number: '1',
    source: unodaCcwGge2007,
  },
  {
    symbol: 'CCW/GGE/2007/WP.1',
    body: 'CCW',
    subsidiary: ['GGE'],
    type: 'WP',
    year: '2007',
    number: '1',
    source: unodaCcwGge2007,
  },
  {
    symbol: 'CCW/GGE/2007/WP.1/Add.1',
    body: 'CCW',
    type: 'WP',
    number: '1',
    suffixes: ['Add.1'],
    source: unodaCcwGge2007,
  },
  {
    symbol: 'CCW/GGE/2007/WP.4/Excerpts',
    body: 'CCW',
    type: 'WP',
    number: '4',
    source: unodaCcwGge2007,
  },
  {
    symbol: 'CCW/MSP/2012/9',
    body: 'CCW',
    subsidiary: ['MSP'],
    year: '2012',
    number: '9',
    source:
      'https://lawsdocbox.com/amp/117718978-Immigration/Ccw-msp-2012-9-final-report-i-introduction-30-november-original-english-session-geneva-november-2012.html',
  },
  {
    symbol: 'CCW/P.V/CONF/2018/5',
    body: 'CCW',
    subsidiary: ['P.V', 'CONF'],
    year: '2018',
    number: '5',
    source:
      'https://lawsdocbox.com/amp/117472543-Immigration/Chapter-5-the-convention-on-certain-conventional-weapons.html',
  },
  // Anti-Personnel Mine Ban Convention
  {
    symbol: 'APLC/MSP.6/2005/5',
    body: 'APLC',
    subsidiary: ['MSP.6'],
    year: '2005',
    number: '5',
    source:
      'https://docslib.org/doc/2781566/meeting-of-the-states-parties-aplc-msp-6-2005-5-to-the',
  },
  {
    symbol: 'APLC/MSP.8/2007/WP.1',
    body: 'APLC',
    subsidiary: ['MSP.8'],
    type: 'WP',
    year: '2007',
    number: '1',
    source:
      'https://vdocument.in/meeting-of-the-states-parties-to-aplcmsp82007wp1-their-destruction-hereinafter.html',
  },
  // Convention on Cluster Munitions
  {
    symbol: 'CCM/78',
    body: 'CCM',
    number: '78',
    source:
      'https://vdocuments.us/diplomatic-conference-for-the-adoption-of-a-.html (Dublin Diplomatic Conference final document)',
  },
  {
    symbol: 'CCM/MSP/2016/3',
    body: 'CCM',
    subsidiary: ['MSP'],
    year: '2016',
    number: '3',
    source: 'https://meetings.unoda.org/meeting/29511/documents',
  },
  // Biological Weapons Convention
  {
    symbol: 'BWC/CONF.V/17',
    body: 'BWC',
    subsidiary: ['CONF.V'],
    number: '17',
    source:
      'http://lawsdocbox.com/US_Government_Resources/127277199-Contents-annexes-iii-list-of-documents-38.html',
  },
  {
    symbol: 'BWC/CONF.VI/6',
    body: 'BWC',
    subsidiary: ['CONF.VI'],
    number: '6',
    source: 'https://paperzz.com/doc/8691972/meeting-of-the-states-parties-to-the-convention-on',
  },
  {
    symbol: 'BWC/CONF.VII/7',
    body: 'BWC',
    subsidiary: ['CONF.VII'],
    number: '7',
    source:
      'https://fdocuments.in/document/production-and-stockpiling-of-bacteriological-biological-.html',
  },
  {
    symbol: 'BWC/MSP/2009/2',
    body: 'BWC',
    subsidiary: ['MSP'],
    year: '2009',
    number: '2',
    source: 'https://paperzz.com/doc/8691972/meeting-of-the-states-parties-to-the-convention-on',
  },
  {
    symbol: 'BWC/MSP/2014/5',
    body: 'BWC',
    subsidiary: ['MSP'],
    year: '2014',
    number: '5',
    source:
      'https://fdocuments.in/document/production-and-stockpiling-of-bacteriological-biological-.html',
  },
  {
    symbol: 'BWC/MSP/2005/INF/2',
    body: 'BWC',
    subsidiary: ['MSP'],
    type: 'INF',
    year: '2005',
    number: '2',
    source: 'https://www.un.org/disarmament/publications/library/bwc',
  },
  {
    symbol: 'BWC/MSP/2007/WP.11',
    body: 'BWC',
    subsidiary: ['MSP'],
    type: 'WP',
    year: '2007',
    number: '11',
    source: 'https://www.un.org/disarmament/publications/library/bwc',
  },
  // Comprehensive Nuclear-Test-Ban Treaty: Article XIV conferences
  {
    symbol: 'CTBT-Art.XIV/2021/6',
    body: 'CTBT-Art.XIV',
    year: '2021',
    number: '6',
    source: 'https://readkong.com/page/report-of-the-conference-ctbto-3897806',
  },
  {
    symbol: 'CTBT-Art.XIV/2015/WP.1',
    body: 'CTBT-Art.XIV',
    type: 'WP',
    year: '2015',
    number: '1',
    source: 'https://lawsdocbox.com/amp/66480154-Immigration/Ctbt-art-xiv-2015-wp-1.html',
  },
  {
    symbol: 'CTBT-Art.XIV/2023/INF.2',
    body: 'CTBT-Art.XIV',
    type: 'INF',
    year: '2023',
    number: '2',
    source:
      'https://reachingcriticalwill.org/news/latest-news/16974-information-on-civil-society-participation-at-the-13th-conference-on-facilitating-entry-into-force-of-the-ctbt-article-xiv-conference',
  },
  // Non-Proliferation Treaty review cycles
  { symbol: 'NPT/CONF.2020/1', body: 'NPT/CONF.2020', year: '2020', number: '1', source: npt2020 },
  { symbol: 'NPT/CONF.2020/WP.1', body: 'NPT/CONF.2020', type: 'WP', number: '1', source: npt2020 },
  {
    symbol: 'NPT/CONF.2020/PC.II/WP.26',
    body: 'NPT/CONF.2020',
    subsidiary: ['PC.II'],
    type: 'WP',
    number: '26',
    source:
      'https://docslib.org/doc/2770884/preparatory-committee-for-the-2020-review-conference-of-the-parties-to-the-treaty-on-the-11-april-2018',
  },
  {
    symbol: 'NPT/CONF.2020/PC.I/CRP.2',
    body: 'NPT/CONF.2020',
    subsidiary: ['PC.I'],
    type: 'CRP',
    number: '2',
    source:
      'https://lawsdocbox.com/amp/119808747-US_Government_Resources/Report-of-the-2018-meeting-of-states-parties-1.html',
  },
  {
    symbol: 'NPT/CONF.2005/PC.I/21',
    body: 'NPT/CONF.2005',
    subsidiary: ['PC.I'],
    year: '2005',
    number: '21',
    source: yearbook2004,
  },
  {
    symbol: 'NPT/CONF.2005/PC.II/50',
    body: 'NPT/CONF.2005',
    subsidiary: ['PC.II'],
    number: '50',
    source: yearbook2004,
  },
  // Conference on Disarmament
  {
    symbol: 'CD/1299',
    body: 'CD',
    number: '1299',
    source:
      'https://www.ungeneva.org/en/news-media/press-release/2009/05/adoption-programme-work-conference-disarmament',
  },
  {
    symbol: 'CD/1864',
    body: 'CD',
    number: '1864',
    source: 'http://acronym.org.uk/old/archive/dd/dd91/91cd.htm',
  },
  {
    symbol: 'CD/PV.1302',
    body: 'CD',
    type: 'PV',
    number: '1302',
    source:
      'https://vdocuments.us/conference-on-disarmament-2014-2016-httpassets37afa316e9248d2members-in.html',
  },
  {
    symbol: 'CD/WP.622',
    body: 'CD',
    type: 'WP',
    number: '622',
    source:
      'https://ungeneva.org/zh/news-media/meeting-summary/2019/08/conference-disarmament-holds-brief-plenary-meeting-followed',
  },
  // General Assembly, its conferences and First Committee
  {
    symbol: 'A/CONF.192/15',
    body: 'A',
    subsidiary: ['CONF.192'],
    number: '15',
    source:
      'https://dokumen.tips/documents/report-of-the-united-nations-conference-on-the-illicit-epdfreport-of-the.html',
  },
  {
    symbol: 'A/CONF.192/2006/RC/WP.4',
    body: 'A',
    subsidiary: ['CONF.192', 'RC'],
    type: 'WP',
    year: '2006',
    number: '4',
    source: 'https://lawsdocbox.com/amp/125158924-Politics/A-conf-192-2006-rc-wp-4.html',
  },
  {
    symbol: 'A/CONF.192/BMS/2016/WP.1/Rev.3',
    body: 'A',
    subsidiary: ['CONF.192', 'BMS'],
    type: 'WP',
    year: '2016',
    number: '1',
    suffixes: ['Rev.3'],
    source:
      'https://paperzz.com/doc/6912186/outcome-of-the-sixth-biennial-meeting-of-states-to-consid...',
  },
  {
    symbol: 'A/CONF.217/CRP.1',
    body: 'A',
    subsidiary: ['CONF.217'],
    type: 'CRP',
    number: '1',
    source: 'https://lawsdocbox.com/amp/125158924-Politics/A-conf-192-2006-rc-wp-4.html',
  },
  {
    symbol: 'A/55/383/Add.2',
    body: 'A',
    session: '55',
    number: '383',
    suffixes: ['Add.2'],
    source:
      'https://lawsdocbox.com/amp/111875910-Politics/Draft-programme-of-action-to-prevent-combat-and-eradicate-the-illicit-trade-in-small-arms-and-light-weapons-in-all-its-aspects.html',
  },
  {
    symbol: 'E/CN.15/2006/10',
    body: 'E',
    subsidiary: ['CN.15'],
    year: '2006',
    number: '10',
    source:
      'https://lawsdocbox.com/amp/111875910-Politics/Draft-programme-of-action-to-prevent-combat-and-eradicate-the-illicit-trade-in-small-arms-and-light-weapons-in-all-its-aspects.html',
  },
  {
    symbol: 'A/RES/63/42',
    body: 'A',
    type: 'RES',
    session: '63',
    number: '42',
    source:
      'http://acronym.org.uk/old/archive/dd/dd89/89uncw.htm ("63/42 (L.6)", APMBT implementation resolution)',
  },
  {
    symbol: 'A/C.1/63/L.6',
    body: 'A',
    subsidiary: ['C.1'],
    type: 'L',
    session: '63',
    number: '6',
    source: 'http://acronym.org.uk/old/archive/dd/dd89/89uncw.htm ("63/42 (L.6)")',
  },
  {
    symbol: 'A/RES/62/57',
    body: 'A',
    type: 'RES',
    session: '62',
    number: '57',
    source: 'http://acronym.org.uk/old/archive/un/07uncw.htm ("UNGA 62/57 (L.32)", CCW resolution)',
  },
  {
    symbol: 'A/C.1/62/L.32',
    body: 'A',
    subsidiary: ['C.1'],
    type: 'L',
    session: '62',
    number: '32',
    source: 'http://acronym.org.uk/old/archive/un/07uncw.htm',
  },
  // Security Council
  {
    symbol: 'S/RES/1540 (2004)',
    body: 'S',
    type: 'RES',
    year: '2004',
    number: '1540',
    source:
      'http://www.un.org/disarmament/HomePage/ODAPublications/Yearbook/2004/Html/Ch%20I14.html',
  },
  {
    symbol: 'S/23500',
    body: 'S',
    number: '23500',
    source: 'https://jewishvirtuallibrary.org/jsource/UN/unres1540.html',
  },
  // Other UN series that share the grammar
  {
    symbol: 'TD/B/Inf.222',
    body: 'TD',
    subsidiary: ['B'],
    type: 'INF',
    number: '222',
    source:
      'https://lawsdocbox.com/amp/117718978-Immigration/Ccw-msp-2012-9-final-report-i-introduction-30-november-original-english-session-geneva-november-2012.html',
  },
  {
    symbol: 'FCCC/KP/CMP/2009/7',
    body: 'FCCC',
    subsidiary: ['KP', 'CMP'],
    year: '2009',
    number: '7',
    source:
      'https://lawsdocbox.com/amp/117472543-Immigration/Chapter-5-the-convention-on-certain-conventional-weapons.html',
  },
  {
    symbol: 'UNEP/CBD/COP/9/29',
    body: 'UNEP',
    subsidiary: ['CBD', 'COP'],
    session: '9',
    number: '29',
    source: 'https://123dok.com/document/zpwo8poy-dokumen-final-report-cop.html',
  },
]
