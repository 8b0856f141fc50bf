import type { Article } from '../../models/instrument.js'

/** Articles numbered 1..N in order, with the headings of the official English text. */
export function numbered(titles: readonly string[]): Article[] {
  return titles.map((title, index) => ({ number: String(index + 1), title }))
}

/** Articles 1..N of a text whose articles carry no headings (NPT, BWC). */
export function untitled(count: number): Article[] {
  return Array.from({ length: count }, (_, index) => ({ number: String(index + 1), title: null }))
}

/** Status page of a treaty deposited with the UN Secretary-General (UN Treaty Collection, MTDSG). */
export function untc(mtdsg: string, chapter: number): string {
  return `https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=${mtdsg}&chapter=${chapter}&clang=_en`
}

/** UN Treaty Collection status record as XML (MTDSG volume II; used for chapter XXVI, Disarmament). */
export function mtdsgXml(mtdsg: string): string {
  const chapter = mtdsg.split('-')[0]
  return `https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20${chapter}/${mtdsg}.en.xml`
}

/** ICRC IHL databases: treaty page; articles are at `${url}/article-N`. */
export function icrc(slug: string): string {
  return `https://ihl-databases.icrc.org/en/ihl-treaties/${slug}`
}

/** UNODA Treaties Database page (text, status, depositary actions). */
export function unoda(slug: string): string {
  return `https://treaties.unoda.org/t/${slug}`
}

export const SECRETARY_GENERAL = 'Secretary-General of the United Nations'
export const THREE_DEPOSITARIES =
  'Governments of the Russian Federation (successor to the USSR), the United Kingdom and the United States of America'
export const SWISS_FEDERAL_COUNCIL = 'Swiss Federal Council'
