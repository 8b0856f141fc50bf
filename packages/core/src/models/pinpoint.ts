/** A place inside an instrument: Article 5(1)(a) -> article "5", paragraph "1", subparagraph "a". */
export interface Pinpoint {
  readonly article: string
  readonly paragraph: string | null
  readonly subparagraph: string | null
}
