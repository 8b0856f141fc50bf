// The demo's example texts. Written for the demo (invented meetings and posts, not taken from any
// published text), so that together they show every entity kind, a state list with a count that
// does not match, and one citation that cannot be right. The UN documents are real:
// A/RES/76/74 is the General Assembly's resolution on assistance in mine action (adopted
// 9 December 2021, https://international.vlex.com/vid/res-76-74-resolution-879429445) and
// A/RES/51/49 its 1996 resolution on the CCW (https://nuke.fas.org/control/ccw/news/a-res-51-49.htm).
import type { InputMode } from './state.js'

export interface Example {
  id: string
  label: string
  mode: InputMode
  text: string
}

const meeting = `Report of an (invented) committee meeting

The draft resolution on the universalization of the Mine Ban Treaty was put to a recorded vote. It was adopted by 9 votes to 2, with 2 abstentions.

In favour: Austria, Belgium, Chile, Costa Rica, Ghana, Ireland, Mexico, New Zealand and the Philippines.
Against: the Russian Federation and the DPRK.
Abstaining: India and Pakistan.

Explaining its vote, Chile recalled that Article 5(1) of the APMBT obliges each State Party to clear mined areas within ten years, and that requests under article 5(3) of the Convention should stay the exception. Several speakers quoted the resolution on assistance in mine action, A/RES/76/74. Twelve delegations then took the floor: Norway, Peru, South Africa, Switzerland, Thailand, Türkiye, the UK, the U.S. and Viet Nam.
`

const citations = `Which treaty says what? A short guide

The Arms Trade Treaty bans some transfers outright: Article 6 of the ATT lists the prohibitions, and Article 7(1) of the ATT sets out the export assessment. Nuclear disarmament is the subject of Article VI of the NPT.

The General Assembly has long supported the CCW (see A/RES/51/49). On explosive remnants of war, Protocol V of the CCW works next to Article 4 of the CCM, which covers clearance. Article 1 of the CWC states the general obligations of the Chemical Weapons Convention.

A careless draft cited Article 99 of the CCM; the Convention on Cluster Munitions has only 23 articles, so the preview marks it as invalid.
`

const photos = `Field diary: a week with a clearance team

The team started at dawn on a former front line.

Photo: "Marking the cleared lane" by field_notes on Flickr, CC BY 2.0

After lunch the survey moved to the river bank, where the ground is softer.

Photo credit: "Survey team at the river" by a_deminer via Wikimedia Commons (CC BY-SA 4.0)
`

const markdown = `---
treaty: apmbt
---

# Notes from an (invented) intersessional meeting

The Co-Chairs recalled that **Article 5(1)** obliges each State Party to clear all mined areas
within ten years. Chad, Ethiopia and Zimbabwe presented requests under article 5(3), and
:state[the Vatican]{iso3=VAT} spoke for the observers.

| Request | Years asked |
| ------- | ----------- |
| Chad    | 3           |
| Peru    | 2           |

Code stays as written: \`Article 5 of the CCM\`. So do [links to CCW/MSP/2023/7](https://example.org/),
~~and struck text~~ while www.example.org becomes a link (GFM).

::states[Peru, Austria, Belgium]{sort=alpha}

![A marked field](field.svg)
Photo credit: "Clearance team at work" by field_notes on Flickr, CC BY 2.0
`

export const examples: readonly Example[] = [
  { id: 'meeting', label: 'Meeting report with a vote', mode: 'text', text: meeting },
  { id: 'citations', label: 'Post citing several treaties', mode: 'text', text: citations },
  { id: 'photos', label: 'Post with credited photos', mode: 'text', text: photos },
  { id: 'markdown', label: 'Markdown with directives', mode: 'markdown', text: markdown },
]

export const defaultExample = examples[0]!

/** The example written for a mode (what Reset and a mode switch on an untouched example show). */
export function exampleFor(mode: InputMode): Example {
  return examples.find((e) => e.mode === mode) ?? defaultExample
}

export function isExampleText(text: string): boolean {
  return examples.some((e) => e.text === text)
}
