// The demo's starting text. Written for the demo (not taken from any published post) so that it
// exercises every entity kind and one diagnostic.
export const exampleText = `Notes from the intersessional meetings

In Geneva this week the Co-Chairs reminded delegations that Article 5(1) of the Mine Ban Treaty obliges each State Party to clear all mined areas within ten years. Chad, Ethiopia and Zimbabwe presented requests under article 5(3) of the Convention, and Türkiye's request is expected next year.

The Convention on Cluster Munitions came up as well: Article 4 of the CCM sets a comparable deadline, and document CCM/MSP/2023/5 summarises progress. In the CCW, Amended Protocol II and Protocol V were discussed on the basis of CCW/MSP/2023/7, while A/RES/78/52 was quoted by several speakers.

Twelve countries took the floor in the general exchange: Austria, Belgium, Chile, Costa Rica, the Holy See, Ireland, Mexico, New Zealand, Norway, the Philippines and South Africa.

Photo credit: "Clearance team at work" by field_notes on Flickr, CC BY 2.0
`

// The same in markdown, for the remark preset: front matter, a directive, a figure with its credit.
export const exampleMarkdown = `---
treaty: apmbt
---

# Notes from the intersessional meetings

The Co-Chairs recalled that **Article 5(1)** obliges each State Party to clear all mined areas
within ten years. Chad, Ethiopia and Zimbabwe presented requests under article 5(3), and
:state[the Vatican]{iso3=VAT} spoke for the observers.

Code stays as written: \`Article 5 of the CCM\`. So do [links to CCW/MSP/2023/7](https://example.org/).

::states[Peru, Austria, Belgium]{sort=alpha}

![A marked field](field.svg)
Photo credit: "Clearance team at work" by field_notes on Flickr, CC BY 2.0
`
