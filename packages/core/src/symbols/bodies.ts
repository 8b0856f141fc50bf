/**
 * The series (first component) of document symbols that treatymark recognises. Knowledge as
 * data: adding a series means adding a line here. Only series whose documents live in the UN
 * Official Document System (docs.un.org) are listed, because every symbol gets a docs.un.org URL.
 */
export interface SymbolSeries {
  /** First component as printed ("A", "CCW"). */
  body: string
  /** What issues documents under it. */
  name: string
}

export const symbolSeries: readonly SymbolSeries[] = [
  { body: 'A', name: 'General Assembly' },
  { body: 'S', name: 'Security Council' },
  { body: 'E', name: 'Economic and Social Council' },
  { body: 'T', name: 'Trusteeship Council' },
  { body: 'ST', name: 'Secretariat' },
  { body: 'CD', name: 'Conference on Disarmament' },
  {
    body: 'CCW',
    name: 'Convention on Certain Conventional Weapons: meetings of the High Contracting Parties',
  },
  { body: 'APLC', name: 'Anti-Personnel Mine Ban Convention: meetings of the States Parties' },
  { body: 'CCM', name: 'Convention on Cluster Munitions: meetings of the States Parties' },
  { body: 'BWC', name: 'Biological Weapons Convention: meetings of the States Parties' },
  { body: 'NPT', name: 'Treaty on the Non-Proliferation of Nuclear Weapons: review conferences' },
  { body: 'ATT', name: 'Arms Trade Treaty: conferences of States Parties' },
  {
    body: 'TPNW',
    name: 'Treaty on the Prohibition of Nuclear Weapons: meetings of States Parties',
  },
  {
    // Printed "CTBT-Art.XIV/2021/6": the series keeps its mixed case. Conferences on Facilitating
    // the Entry into Force of the CTBT, convened by the Secretary-General under Article XIV.
    body: 'CTBT-Art.XIV',
    name: 'Comprehensive Nuclear-Test-Ban Treaty: conferences under Article XIV',
  },
  {
    // "CTBT/MSS/RES/1": the resolution of the meeting of States Signatories that the
    // Secretary-General, as the CTBT's depositary, convened in New York on 19 November 1996, and
    // "CTBT/PC/I/1" ff., the Preparatory Commission's first session at Headquarters (20-22
    // November 1996). Sources: CTBT-Art.XIV/2003/3, para. 2 (the PTS's background document,
    // https://studylib.net/doc/8609042/ctbt-artxiv-2003-3); UN press release DC/2565
    // (https://press.un.org/en/1996/19961126.dc2565.html).
    body: 'CTBT',
    name: 'Comprehensive Nuclear-Test-Ban Treaty: States Signatories and Preparatory Commission',
  },
  { body: 'CCPR', name: 'Human Rights Committee' },
  { body: 'CERD', name: 'Committee on the Elimination of Racial Discrimination' },
  { body: 'CEDAW', name: 'Committee on the Elimination of Discrimination against Women' },
  { body: 'CRC', name: 'Committee on the Rights of the Child' },
  { body: 'CAT', name: 'Committee against Torture' },
  { body: 'CRPD', name: 'Committee on the Rights of Persons with Disabilities' },
  { body: 'CMW', name: 'Committee on Migrant Workers' },
  { body: 'CED', name: 'Committee on Enforced Disappearances' },
  { body: 'HRI', name: 'Human rights treaty bodies (common documents)' },
  { body: 'TD', name: 'United Nations Conference on Trade and Development' },
  { body: 'DP', name: 'Executive Board of UNDP, UNFPA and UNOPS' },
  { body: 'UNEP', name: 'United Nations Environment Programme' },
  { body: 'FCCC', name: 'United Nations Framework Convention on Climate Change' },
  { body: 'ECE', name: 'Economic Commission for Europe' },
]

/** Every series as printed and in capitals ("CTBT-Art.XIV", "CTBT-ART.XIV"). */
export const knownBodies: ReadonlySet<string> = new Set(
  symbolSeries.flatMap((s) => [s.body, s.body.toUpperCase()]),
)

/** How each series is printed, by its capitals: "CTBT-ART.XIV" -> "CTBT-Art.XIV". */
export const printedBodies: ReadonlyMap<string, string> = new Map(
  symbolSeries.map((s) => [s.body.toUpperCase(), s.body]),
)

/**
 * Document types that appear as a component of their own ("RES", "PRST") or with a number
 * ("L.1", "WP.1", "CRP.2", "PV.61").
 */
export const documentTypes: ReadonlySet<string> = new Set([
  'RES',
  'DEC',
  'PRST',
  'L',
  'WP',
  'CRP',
  'INF',
  'PV',
  'SR',
  'MISC',
  'NGO',
  'BP',
])
