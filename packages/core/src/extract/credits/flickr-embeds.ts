/**
 * The attribution Flickr's old "Blog this" button wrote under an embedded picture: the photo's
 * title, a comma and "originally uploaded by" the user's name ("Morning Mist, originally uploaded
 * by jroe123."), on its own line or after a caption on its line (the title is then the last
 * sentence). Found by the literal words, read
 * back to the start of the line for the title and on to the line's end for the user (as
 * written: Flickr names may hold dots and marks, "jane.roe", "Roe!"; a full stop closing the
 * line is no part of it).
 */

const marker = ', originally uploaded by '

/** A user's name: one to three words, no sentence after it. */
const userName = /^[^\s,;:()[\]]{1,40}(?: [^\s,;:()[\]]{1,40}){0,2}$/u

export interface FlickrEmbed {
  start: number
  end: number
  title: string
  creator: string
}

/** Flickr's embed attributions in `text`, sorted by start; `taken` marks offsets already credited. */
export function findFlickrEmbeds(text: string, taken: (at: number) => boolean): FlickrEmbed[] {
  const found: FlickrEmbed[] = []
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) {
    // The title: back to the line's start, over a list marker or blanks (at most 120 characters).
    let lineStart = at
    while (lineStart > 0 && at - lineStart < 120 && text[lineStart - 1] !== '\n') lineStart--
    if (lineStart > 0 && text[lineStart - 1] !== '\n') continue
    while (lineStart < at && /[\s*>-]/.test(text[lineStart] ?? '')) lineStart++
    // After a caption on the same line ("A deminer at work. Morning Mist, …"): the last sentence.
    const caption = /^.*[.!?] (?=[\p{Lu}\p{N}"\u201c])/u.exec(text.slice(lineStart, at))
    if (caption) lineStart += caption[0].length
    const title = text.slice(lineStart, at).trim()
    if (!title || taken(lineStart)) continue
    // The user: on to the line's end, less a closing full stop.
    const userStart = at + marker.length
    let lineEnd = userStart
    while (lineEnd < text.length && lineEnd - userStart < 80 && text[lineEnd] !== '\n') lineEnd++
    if (lineEnd < text.length && text[lineEnd] !== '\n') continue
    let user = text.slice(userStart, lineEnd).trimEnd()
    if (user.endsWith('.')) user = user.slice(0, -1)
    if (!userName.test(user)) continue
    found.push({ start: lineStart, end: userStart + user.length, title, creator: user })
  }
  return found
}
