/**
 * Korean newspapers' credits (credits14): a caption's line closing with " / Name 기자" (the
 * paper's photographer, "reporter"), " / Example Office 제공" ("provided by"), a pool's
 * " / 사진공동취재단" or a wire agency (" / AP"), a "사진=Name 기자" line ("photo ="), and
 * "사진제공=Example Office" or "(사진: Example Desk)" naming the source (credits18), a pool's
 * "사진공동취재단" glued after a caption's full stop or in square brackets closing the line
 * ("… 2018.5.25 [사진공동취재단]"), and a Japanese paper's
 * "(写真:Name)" in a caption (its photographer, or a known wire as the source), a Korean
 * "(사진=AFP)" (a wire in Latin letters), "사진 · 글 Name 기자" (photographs and text), and Kyodo's "(共同)" or "（AP＝共同）" closing a
 * Japanese caption (not after a story's last "。", which credits the text), a wire in katakana
 * before it ("(ロイター＝共同)"), also Yonhap's
 * "(聯合=共同)" and "(聯合ニュース)", the Korean pool's "(写真共同取材団)" and Xinhua's Arabic
 * "(شينخوا)" closing a dated caption ("… 2021. (شينخوا)"; a story's last sentence is none), and a
 * photographer's "…撮影" or "…攝" closing a Japanese or Chinese caption (`hanPhotographer`). The
 * slash before the credit stays out of the span; "기자" and "제공" are in it but not in the
 * fields.
 */
import { agencies, normaliseSource } from './vocabulary.js'

/**
 * After a slash closing a line: a reporter, a provider, a pool, Yonhap or Newsis in Hangul
 * ("/연합뉴스", "/뉴시스"; "/AP 연합", a wire and Yonhap's short name, but not "/연합" alone, which closes
 * a story taken from Yonhap), or a wire agency; a reporter's e-mail address after the credit stays
 * out of it ("파주/Name 기자 name@example.co.kr").
 */
export const hangulTail =
  /\/[ \t]?(?:(\p{Script=Hangul}{2,4}) 기자|([\p{L}\p{N}.&-]{1,20}(?: [\p{L}\p{N}.&-]{1,20}){0,2}) ?제공|((?:사진)?공동취재(?:단|사진)|(?:로이터|조선중앙통신[·=]?)?연합뉴스|\p{Lu}{2,5} 연합(?:뉴스)?|뉴시스)|(\p{Lu}[\p{L}-]{1,12}))(?=(?:[ \t]+[\w.-]{1,40}@[\w.-]{1,60})?[ \t]*$)/gmu

/**
 * "사진=Name 기자", "사진 = Name 기자": a labelled photographer, anywhere on its line;
 * "사진제공=Example Office" ("photo provided by"; also "사진 제공:" and "사진제공/"), a bracketed "(사진: Example Desk)" and a
 * "사진=" in Hangul in brackets or after a slash ("(사진=유엔)", "[사진=로이터 뉴스핌]", "/사진=로이터"):
 * a source.
 */
export const hangulLabel =
  /(사진 ?(?:=|· ?글) ?)(\p{Script=Hangul}{2,4}) 기자|(?:사진 ?제공 ?[=:/] ?|(?<=\()사진: |(?<=[([/])사진=(?!\p{Lu}))([^\s()[\]/=]{1,20}(?: (?!제공)[^\s()[\]/=]{1,20}){0,2})(?: ?제공)?(?=[)\]]|[ \t]*$)|(?<=[.[])((?:사진)?공동취재단)(?=\]?[ \t]*$)|(?<=\()(?:写真[:：] ?|사진=(?=\p{Lu}))([^\s()/=:：]{1,12}(?: [^\s()/=:：]{1,12})?)(?=\))|(?<=[^。][(（])((?:(?:\p{Lu}{2,8}|聯合|[\p{Script=Katakana}\u30fc]{2,8})[＝=])?共同|聯合ニュース|写真共同取材団|(?<=\d\. \()شينخوا)(?=[)）])/gmu

/**
 * What a source after "사진=" in Hangul is: a known wire or the UN ("로이터" Reuters, "유엔",
 * "연합뉴스" Yonhap, "뉴시스" Newsis, "신화" Xinhua), an office, a paper or a service by its last
 * syllables ("…부" ministry, "…청" agency, "…뉴스", "…일보", "…신문"), or a provider ("… 제공").
 */
export const hangulSource =
  /^사진=(?:로이터|유엔|연합뉴스|뉴시스|신화)(?![^ )\]])|(?:부|청|뉴스|일보|신문|제공)$/

/**
 * A photographer's name (two to five Han characters) and "撮影" ("photographed") closing a
 * Japanese caption after "=", "(" or "、" ("…=Jane撮影", "(Jane撮影)", or before a space and the
 * story), "攝" or "摄" after a Chinese caption's "。", "”" or "！" ending the line, a space before
 * either allowed ("…。 彭希 摄"), a Japanese "(撮影/Name)" or "(撮影/写真部・Name)" (the desk
 * the source), and Xinhua's "新华社记者 Name 摄" or "新華社發 (Name 攝)" (source 新華社 as written).
 */
export const hanPhotographer =
  /(?<=[=\uff1d(\uff08\u3001])(\p{Script=Han}{2,5})\u64ae\u5f71(?=[)\uff09 \t]|$)|(?<=[\u3002\u201d\uff01][ \t]?)(\p{Script=Han}{2,4}) ?[\u651d\u6444](?=[ \t]*$)|(?<=[(\uff08])\u64ae\u5f71[/\uff0f](?:(\p{Script=Han}{2,4})\u30fb)?(\p{Script=Han}{2,6})(?=[)\uff09])|(?<=^|[\u3002\u201d\uff01][ \t]?|\p{Script=Han} )(\u65b0[\u83ef\u534e]\u793e)(?:[\u8a18\u8bb0]\u8005 ?(\p{Script=Han}{2,4}) ?[\u651d\u6444]|[\u767c\u53d1] ?[(\uff08](\p{Script=Han}{2,4}) ?[\u651d\u6444][)\uff09])(?=[ \t]*$)/gmu

/**
 * Korean wires with no label (unlabelled, kind `credit`, the source as written): Yonhap or
 * Newsis alone closing a caption, on its own line or after its full stop, a place and a wire
 * before it staying out of the span ("… 있다.\n연합뉴스", "샬럿 AP 연합뉴스",
 * "평양 조선중앙통신·연합뉴스"); a provider's "Example재단 제공" there (an office, a paper or a
 * body by its last syllables); a wire's picture in a dateline's brackets ("[빈=AP/뉴시스]",
 * "(파리 EPA=연합뉴스)"), or Yonhap's own closing the line ("(서울=연합뉴스)" at the end of a
 * caption), not a story's dateline before its reporter ("(서울=연합뉴스) 홍길동 기자 = …"). And
 * a known agency before Chinese "圖片" or "图片" ("picture") in brackets or alone on its line
 * ("(Getty Images圖片)": kind `image`); a Chinese label "圖/", "圖:" or "图片来源:" ("picture
 * source") there before one word or a chain ("(圖/達志影像/美聯社)": kind `image`, the source as
 * written); and a wire in Chinese closing a caption's line in brackets, after its "。" or
 * alone after "▲" ("（美聯社）", "。路透社", "(法国媒体)": the source as written; not after "、" in
 * a story's list of sources). Japanese papers close a caption's line with a wire after "=" and
 * "、" ("=オスロで10日、ロイター"), a paper in brackets not after a story's "。" ("(読売新聞)"),
 * Kyodo's photo desk ("(共同通信写真部…)") or a provider ("(Example連盟提供)": "提供" in the span,
 * not in the source).
 */
export const hangulWire =
  /(?<=(?:^[ \t]*|\. )(?:\p{Script=Hangul}{1,8}(?: ?= ?| )){0,2})((?:(?:\p{Lu}{2,5}|로이터|조선중앙통신)[ /·]?)?(?:연합뉴스|뉴시스)|노동신문 뉴스1)(?=[ \t]*$)|(?<=^[ \t]*|\. )(\p{Script=Hangul}{1,10}(?:부|청|회|단|원|재단|센터|뉴스|일보|신문)) 제공(?=[ \t]*$)|(?<=[[\u3010][^\n=[\]]{1,20}=|\([^\n=()]{1,30} )((?:\p{Lu}{2,5}|조선중앙통신)[/=](?:연합뉴스|뉴시스))(?=[)\]\u3011](?![^\n=]{0,30}(?:기자|특파원) ?[=\w]))|(?<=\([^\n=()]{1,30}=)(연합뉴스)(?=\)[ \t]*$)|(?<=[(\uff08]|^[ \t]*)(\p{Lu}[\p{L} ]{1,20}?)[\u5716\u56fe]\u7247(?=[)\uff09]|[ \t]*$)|(?<=[(\uff08\u3002]|^[ \t]*)[\u5716\u56fe](?:\u7247[\u6765\u4f86]\u6e90)?[:\uff1a/\uff0f] ?([^\s()\uff08\uff09:\uff1a\uff0c,]{2,30}(?: [^\s()\uff08\uff09:\uff1a\uff0c,]{1,20}){0,2})(?=[)\uff09]|[ \t]*$)|(?<=[(\uff08\u3002]|^[ \t]*\u25b2)((?:\u7f8e[\u806f\u8054]|\u8def\u900f|\u6cd5\u65b0|[\u6b50\u6b27]\u65b0)\u793e|\u6cd5[\u56fd\u570b]\u5a92[\u4f53\u9ad4])(?=[)\uff09]?[ \t]*$)|(?<=[=\uff1d][^\n=\uff1d]{1,40}\u3001)(\u30ed\u30a4\u30bf\u30fc|AFP|AP|EPA)(?=[ \t]*$)|(?<=[^\u3002\n][(\uff08])(\p{Script=Han}{2,4}\u65b0\u805e)(?=[)\uff09][ \t]*$)|(?<=[(\uff08])(\u5171\u540c\u901a\u4fe1\u5199\u771f\u90e8[^\s()\uff08\uff09]{0,20})(?=[)\uff09][ \t]*$)|(?<=[(\uff08])([\p{Script=Han}\p{Script=Katakana}\u30fc]{3,20})\u63d0\u4f9b(?=[)\uff09][ \t]*$)/gmu

export interface HangulCredit {
  start: number
  end: number
  creator: string | null
  source: string | null
  license: null
  labelled: boolean
  kind?: 'image' | undefined
}

export function findHangulCredits(text: string, taken: (at: number) => boolean): HangulCredit[] {
  const found: HangulCredit[] = []
  // Hangul syllables first: a plain range, fast on texts without them.
  if (
    !/[\uac00-\ud7a3\u5199\u5171\u806f\u0634\u64ae\u651d\u6444\u5716\u56fe\u793e\u5a92\u30ed\u805e\u4f9b\u3001]/.test(
      text,
    )
  )
    return found
  const add = (
    start: number,
    end: number,
    creator: string | null,
    source: string | null,
    labelled = false,
    kind?: 'image',
  ) => {
    if (!taken(start)) found.push({ start, end, creator, source, license: null, labelled, kind })
  }
  hangulTail.lastIndex = 0
  for (let m = hangulTail.exec(text); m; m = hangulTail.exec(text)) {
    const start = m.index + (m[0][1] === ' ' || m[0][1] === '\t' ? 2 : 1)
    const end = m.index + m[0].trimEnd().length
    const lineStart = text.lastIndexOf('\n', m.index) + 1
    // A wire agency only after a Korean caption on the same line ("… 수상작 / AP").
    if (
      m[4] &&
      !(
        agencies.has(m[4].toLowerCase()) &&
        /\p{Script=Hangul}/u.test(text.slice(lineStart, m.index))
      )
    ) {
      continue
    }
    add(start, end, m[1] ?? null, m[4] ? normaliseSource(m[4]) : (m[2] ?? m[3] ?? null))
  }
  hangulLabel.lastIndex = 0
  for (let m = hangulLabel.exec(text); m; m = hangulLabel.exec(text)) {
    // "사진=" before Hangul, which has no case: a wire or an office, not a person ("(사진=홍길동)").
    if (m[0].startsWith('사진=') && m[3] && !hangulSource.test(m[0])) continue
    // A Japanese paper's "(写真:Name)" names its photographer, or a wire ("(写真:AP)").
    // A company, paper or agency by its last characters ("共同通信社", "…新聞") is a source too.
    const japanese =
      m[5] && (agencies.has(m[5].toLowerCase()) || /[\u793e\u805e\u4fe1]$/.test(m[5]))
        ? normaliseSource(m[5])
        : null
    const creator = m[2] ?? (japanese ? null : (m[5] ?? null))
    add(
      m.index,
      m.index + m[0].length,
      creator,
      m[3] ?? m[4] ?? japanese ?? m[6] ?? null,
      !m[4] && !m[6],
    )
  }
  hanPhotographer.lastIndex = 0
  for (let m = hanPhotographer.exec(text); m; m = hanPhotographer.exec(text)) {
    const creator = m[1] ?? m[2] ?? m[4] ?? m[6] ?? m[7] ?? null
    add(m.index, m.index + m[0].length, creator, m[3] ?? m[5] ?? null, true)
  }
  hangulWire.lastIndex = 0
  for (let m = hangulWire.exec(text); m; m = hangulWire.exec(text)) {
    // "(Getty Images圖片)": a known agency's picture; "圖片" stays out of the source.
    if (m[5] && !agencies.has(m[5].toLowerCase())) continue
    const source = m[6]
      ? normaliseSource(m[6])
      : (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[7] ?? m[8] ?? m[9] ?? m[10] ?? m[11] ?? null)
    add(m.index, m.index + m[0].length, null, source, false, (m[5] ?? m[6]) ? 'image' : undefined)
  }
  return found.sort((a, b) => a.start - b.start)
}
