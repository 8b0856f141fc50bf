/**
 * Citations of instruments in prose: every mention of an instrument by any name, short name,
 * abbreviation or alias, with its pinpoint when one is given.
 *
 * One left-to-right pass over the places where a citation can start (a regex search for the first
 * words of instrument names and "art"/"para", see `candidateScan`). At each we try, in order:
 * 1. a pinpoint clause ("Article 5(1) of the APMBT", "paragraph 3 of Article 5",
 *    "Articles 8 and 10 of this Convention", "Art. 36 AP I", "article 7, paragraph 1");
 * 2. an instrument name from the registry (a trie of every phrase, longest match wins), possibly
 *    followed by a pinpoint ("CWC Article VI") or a protocol of it ("CCW Protocol V").
 * Work per position is bounded, so the pass is linear in the input.
 *
 * Conventions (they follow the gold annotations of the development set):
 * - Every mention is a citation, with `article`/`paragraph` null when there is no pinpoint.
 * - A pinpoint and the instrument it names form ONE span ("Article 5(1) of the APMBT").
 * - An unnamed pinpoint ("Article 5", "article 5 extension requests") resolves to the instrument
 *   the text is about at that point: one named earlier in the same sentence, else in the same
 *   paragraph, else the one named most often (see `resolveUnnamed`), else `options.instrument`.
 *   With neither, no citation (an `unresolved-article` info diagnostic instead). When the
 *   article does not exist in that instrument ("Article 36" in CCW prose), an earlier named one
 *   that may have it is taken (Additional Protocol I).
 * - Protocol lists: "Protocols I, III and IV" gives one citation per protocol ("Protocols I",
 *   "III", "IV"), each read as "Protocol N" in the current context.
 * - Leading years and "UN" are not part of a name's span ("the 1997 Mine Ban Treaty" ->
 *   "Mine Ban Treaty"); names written all in lower case ("an arms trade treaty") are descriptions,
 *   not citations.
 * - "the Convention" / "this Treaty" / "the Protocol" with a pinpoint resolve to the last named
 *   instrument that the word fits (registry `genericReferents`) in the same paragraph; else to
 *   the one the text is about among those it fits (named most often, the title's counting once
 *   more), else `options.instrument`. On its own, without a pinpoint, "the Convention" is NOT a
 *   citation.
 * - After a singular "Article"/"paragraph" only "and"/"or" join further numbers ("Under Article 7,
 *   12 States reported" cites Article 7 only); after "Articles"/"paragraphs" commas do too.
 * - Lists: one citation per listed item. The first span starts at the clause ("Articles 8"), middle
 *   items span their number ("9"), the last item also covers the instrument phrase
 *   ("10 of this Convention"). Ranges ("Articles 5 to 7") give the two endpoints only.
 * - Roman article numbers are stored as arabic ("Article VI" -> "6"); "8 bis" -> "8bis".
 * - A possessive never belongs to the span ("the CCW's protocols" -> "CCW").
 * - Names next to "/" are parts of document symbols ("CCW/GGE/2008-V/WP.1"), not citations.
 * - Organisations and processes are not instruments: "OPCW", "CTBTO", "Oslo Process", the
 *   "Implementation Support Unit" are never matched (word boundaries keep "CTBTO" from "CTBT");
 *   a name inside them, as in "CCW Implementation Support Unit", is still a citation of the CCW.
 * - "Geneva Conventions" (plural) names no single instrument: no citation, but it sets the
 *   context for ambiguous names ("Protocol II" after it is Additional Protocol II).
 *
 * The steps, one file each under `citations/`, as eyecite splits them (tokenize -> parse ->
 * resolve -> diagnose):
 * - `tokenize.ts`: where a citation can start (candidate search, word steps);
 * - `pinpoints.ts`: the pinpoint clause with a span per item, read by `pinpoint/read.ts` (the
 *   one pinpoint reader, which `parsePinpoint` uses too);
 * - `patterns.ts`: the phrases around names ("of the", "this Convention", protocol lists);
 * - `names.ts`: instrument names (phrase trie, protocols, the phrase after a pinpoint);
 * - `resolve.ts`: which instrument an unnamed or generic pinpoint refers to;
 * - `diagnose.ts`: diagnostics about the articles cited;
 * - `extract.ts`: the pass that runs them and emits citations.
 *
 * Diagnostics: `unknown-instrument` (warning) for an explicit reference to an unknown instrument
 * ("Article 3 of the XYZ Convention", at the name), `article-out-of-range` (error) for an article
 * beyond the instrument's last, `unresolved-article` (info) for a pinpoint with no instrument.
 */
export { extractCitations } from './citations/extract.js'
export * from './citations/patterns.js'
