/**
 * Copyright lines that credit no image: the notice of a program or a licence text ("Copyright
 * (c) 2015 Jane Roe / Permission is hereby granted, ...") and a site's own footer ("Copyright ©
 * AFP 2017-2025", "© 2025 Example News. All rights reserved. Privacy policy"). A bare copyright
 * line under a picture ("© MAG", "© 2019 Jane Roe/HRW") stays a credit.
 */

/**
 * Words of a software or legal licence notice: a copyright line among them ("Copyright (c) 2015
 * Jane Roe / Permission is hereby granted, ...", "Copyright 2022 Free Software Foundation, Inc.
 * License GPLv3+") is the notice of a program or a text, not the credit of an image.
 */
const softwareNotice =
  /permission is hereby granted|permission to use, copy|this (?:program|library|software|file|package|documentation) is (?:free|distributed)|redistribution and use|licen[cs]ed under the (?:apache|mit|bsd|gnu|mozilla|eclipse)|(?:apache|mit|bsd|isc|mozilla public|gnu (?:lesser |library |affero )?general public) licen[cs]e|\bl?gpl ?v?\d|\bwarrant(?:y|ies)\b|free software foundation|open source|source code|\b(?:npm|github|pypi|crates?)\b|^(?:files|license|upstream-\w+):/im

/** Holders that only software notices name: "Google, Inc", "The OpenSSL Project Authors". */
const softwareHolder =
  /(?:,?\s(?:Inc|L\.?P|LLC|Ltd|GmbH|Corp)\.?|\bProject(?:\sAuthors)?|\bAuthors|\band\s(?:its\s)?contributors|\band\sothers)$/i

const copyrightMark = /\u00a9|\(c\)|\bcopyright\b/i
const opensWithMark = /^[ \t*>-]*(?:\u00a9|\(c\)|copyright\b)/i

/** The non-blank line next to offset `at` going `step` (-1 up, +1 down), at most 120 characters. */
function nextLine(text: string, at: number, step: -1 | 1): string {
  let i = at
  // Over the line break and blank lines (a few).
  for (let n = 0; n < 8 && i >= 0 && i < text.length && /\s/.test(text[i] ?? ''); n++) i += step
  const edge = i
  while (i >= 0 && i < text.length && text[i] !== '\n' && Math.abs(i - edge) < 120) i += step
  return step < 0 ? text.slice(i + 1, edge + 1) : text.slice(edge, i)
}

/**
 * Another copyright mark on the same line, or opening the line just above or below: a block of
 * notices. Copyright lines with captions between them (a gallery's "... ©MSF") are not one.
 */
function copyrightNear(text: string, start: number, end: number): boolean {
  // A Korean wire's pair ("ⓒ AFP=뉴스1 ⓒ News1 Name 기자") credits one picture.
  if (/=\p{Script=Hangul}{2,4}\d?$|\uae30\uc790$|\ud2b9\ud30c\uc6d0$/u.test(text.slice(start, end)))
    return false
  let a = start
  while (a > 0 && text[a - 1] !== '\n' && start - a < 120) a--
  let z = end
  while (z < text.length && text[z] !== '\n' && z - end < 120) z++
  if (copyrightMark.test(text.slice(a, start)) || copyrightMark.test(text.slice(end, z)))
    return true
  // A caption before or after the credit on its line ("© Jane Roe/dpa Eine Rakete wird …").
  if (text.slice(a, start).trim() !== '' || /\p{Ll}{3} \p{Ll}{3}/u.test(text.slice(end, z)))
    return false
  // "© Example/Jane Roe" on lines of their own, as a gallery prints each picture's: a chain of
  // slashes without a year credits a picture, whatever opens the lines around it.
  if (/^[^\d/\n]+\/[^\d\n]+$/.test(text.slice(start, end))) return false
  return opensWithMark.test(nextLine(text, a - 1, -1)) || opensWithMark.test(nextLine(text, z, 1))
}

/** Is the copyright line at `start..end` part of a software or legal licence notice? */
export function inSoftwareNotice(text: string, start: number, end: number): boolean {
  if (softwareHolder.test(text.slice(start, end))) return true
  // A run of copyright lines ("© 2006 Jane Roe © 2011 John Doe ...") is a notice block; copyright
  // lines with captions between them (a gallery's "... ©MSF") are not.
  if (copyrightNear(text, start, end)) return true
  return softwareNotice.test(text.slice(Math.max(0, start - 300), Math.min(text.length, end + 400)))
}

/** A year range ("2017-2025", "2010 - present"): a site's notice runs to this year. */
const yearRange = /(?:19|20)\d\d[ \t]?[-\u2013][ \t]?(?:(?:19|20)\d\d|present)\b/i

/**
 * Words of a page's footer next to its copyright notice (a report's imprint too: "Except where
 * otherwise noted, content … is licensed under …"), and the Japanese and Korean notices that
 * forbid copying ("無断転載", "무단전재-재배포 금지").
 */
const footerWords =
  /\b(?:privacy(?: policy| notice)?|terms (?:of (?:use|service)|and conditions)|cookie (?:policy|settings)|sitemap|site map|contact us|subscribe|newsletter|follow us|registered trademark|donate now|tax[- ]deductible|most viewed|related content|careers|accessibility statement|except where otherwise noted)\b|無断転載|무단 ?전재|재배포 ?금지/i

/**
 * Is the copyright line at `start..end` the notice of the site it closes? Footer words around
 * it say so; for a line that names an organisation but no person, so do a year range, "Copyright
 * ©" and "All rights reserved" (`rights`: it followed the line).
 */
export function isSiteNotice(
  text: string,
  start: number,
  end: number,
  creator: string | null,
  rights: boolean,
): boolean {
  const around = text.slice(Math.max(0, start - 160), start) + ' ' + text.slice(end, end + 160)
  if (footerWords.test(around)) return true
  // "© Example News (2021) — All Rights Reserved": a year read as the creator names no one.
  if (creator !== null && !/^\(?(?:19|20)\d\d\)?$/.test(creator)) return false
  const line = text.slice(start, end)
  // "Copyright © AFP 2017-2025", "Copyright (c) 2024 Example News".
  if (yearRange.test(line)) return true
  if (/^copyright\s*(?:\u00a9|\(c\))/i.test(line)) return true
  return rights || /\ball rights reserved\b/i.test(around)
}
