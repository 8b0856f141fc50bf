/**
 * The series (first component) of document symbols that treatymark recognises. Knowledge as
 * data: adding a series means adding a line here. Only series whose documents live in the UN
 * Official Document System (docs.un.org) are listed, because every symbol gets a docs.un.org URL.
 * Each series as printed, what issues documents under it in its comment (documentation only: the
 * names are not shipped in the bundle).
 */
export const symbolSeries: readonly string[] = [
  'A', // General Assembly
  'S', // Security Council
  'E', // Economic and Social Council
  'T', // Trusteeship Council
  'ST', // Secretariat
  'CD', // Conference on Disarmament
  'CCW', // Convention on Certain Conventional Weapons: meetings of the High Contracting Parties
  'APLC', // Anti-Personnel Mine Ban Convention: meetings of the States Parties
  'CCM', // Convention on Cluster Munitions: meetings of the States Parties
  'BWC', // Biological Weapons Convention: meetings of the States Parties
  'NPT', // Treaty on the Non-Proliferation of Nuclear Weapons: review conferences
  'ATT', // Arms Trade Treaty: conferences of States Parties
  'TPNW', // Treaty on the Prohibition of Nuclear Weapons: meetings of States Parties
  // Printed "CTBT-Art.XIV/2021/6": the series keeps its mixed case. Conferences on Facilitating
  // the Entry into Force of the CTBT, convened by the Secretary-General under Article XIV.
  'CTBT-Art.XIV', // Comprehensive Nuclear-Test-Ban Treaty: conferences under Article XIV
  // "CTBT/MSS/RES/1": the resolution of the meeting of States Signatories that the
  // Secretary-General, as the CTBT's depositary, convened in New York on 19 November 1996, and
  // "CTBT/PC/I/1" ff., the Preparatory Commission's first session at Headquarters (20-22
  // November 1996). Sources: CTBT-Art.XIV/2003/3, para. 2 (the PTS's background document,
  // https://studylib.net/doc/8609042/ctbt-artxiv-2003-3); UN press release DC/2565
  // (https://press.un.org/en/1996/19961126.dc2565.html).
  'CTBT', // Comprehensive Nuclear-Test-Ban Treaty: States Signatories and Preparatory Commission
  'CCPR', // Human Rights Committee
  'CERD', // Committee on the Elimination of Racial Discrimination
  'CEDAW', // Committee on the Elimination of Discrimination against Women
  'CRC', // Committee on the Rights of the Child
  'CAT', // Committee against Torture
  'CRPD', // Committee on the Rights of Persons with Disabilities
  'CMW', // Committee on Migrant Workers
  'CED', // Committee on Enforced Disappearances
  'HRI', // Human rights treaty bodies (common documents)
  'TD', // United Nations Conference on Trade and Development
  'DP', // Executive Board of UNDP, UNFPA and UNOPS
  'UNEP', // United Nations Environment Programme
  'FCCC', // United Nations Framework Convention on Climate Change
  'ECE', // Economic Commission for Europe
  // "CAC/COSP/IRG/2014/11": UN documents under the masthead "United Nations" with a Distr. line
  // and a job number (V.14-04367), issued for the Conference of the States Parties to the United
  // Nations Convention against Corruption and its Implementation Review Group (UNODC, Vienna).
  // Sources: the masthead of CAC/COSP/2021/3 ("United Nations", Distr.: General, 20 September
  // 2021, a note by the Secretariat on the Group's activities) and UNODC's page of the Group's
  // sessions, https://www.unodc.org/unodc/en/treaties/CAC/IRG-sessions.html.
  'CAC', // Conference of the States Parties to the UN Convention against Corruption
]

/** Every series as printed and in capitals ("CTBT-Art.XIV", "CTBT-ART.XIV"). */
export const knownBodies: ReadonlySet<string> = new Set(
  symbolSeries.flatMap((s) => [s, s.toUpperCase()]),
)

/** How each series is printed, by its capitals: "CTBT-ART.XIV" -> "CTBT-Art.XIV". */
export const printedBodies: ReadonlyMap<string, string> = new Map(
  symbolSeries.map((s) => [s.toUpperCase(), s]),
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
