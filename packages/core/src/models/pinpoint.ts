/** A place inside an instrument: Article 5(1)(a) -> article "5", paragraph "1", subparagraph "a". */
export interface Pinpoint {
  article: string
  paragraph: string | null
  subparagraph: string | null
}
