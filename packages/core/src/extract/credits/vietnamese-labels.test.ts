/**
 * Vietnamese papers' labels (from the twelfth real-page set's misses): "Ảnh:" ("Photo:", kind
 * `photo`) after a caption's full stop or on its own line, before a name and an agency ("Jane
 * Doe/TTXVN", the Vietnam News Agency) or an agency alone, and "Nguồn ảnh:" ("Image source:",
 * kind `image`). Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe('Vietnamese "Ảnh:" and "Nguồn ảnh:"', () => {
  it('"Ảnh:" after a caption\'s full stop and on its own line', () => {
    const text =
      'Nông dân gặt lúa trên cánh đồng. Ảnh: Jane Doe/Example Photos. Sau đó\nMột con đường mới.\nẢnh: John Roe/TTXVN\n'
    expect(exact(text)).toEqual([
      {
        start: 33,
        end: 61,
        text: 'Ảnh: Jane Doe/Example Photos',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'Example Photos',
        license: null,
      },
      {
        start: 89,
        end: 108,
        text: 'Ảnh: John Roe/TTXVN',
        kind: 'photo',
        title: null,
        creator: 'John Roe',
        source: 'TTXVN',
        license: null,
      },
    ])
  })

  it('"Ảnh:" before an agency alone, "Nguồn ảnh:" before an archive', () => {
    expect(fields('Một buổi lễ ở thủ đô. Ảnh: Reuters')).toEqual([
      { text: 'Ảnh: Reuters', creator: null, source: 'Reuters', license: null },
    ])
    // One word after a source's label is the source (see source-labels-and-wire-lines.test.ts).
    expect(fields('Máy bay trên bầu trời. Nguồn ảnh: Examplearchive. Câu tiếp theo.')).toEqual([
      {
        text: 'Nguồn ảnh: Examplearchive',
        creator: null,
        source: 'Examplearchive',
        license: null,
      },
    ])
  })

  it("the next caption glued after a full stop or a site's address ends the credit", () => {
    expect(
      fields(
        'Trẻ em ở làng. Ảnh: Jane Doe/ Example Photos.Một người con trai. Ảnh: John Roe/Examplephotos.comVỏ quả bom cũ.',
      ),
    ).toEqual([
      {
        text: 'Ảnh: Jane Doe/ Example Photos',
        creator: 'Jane Doe',
        source: 'Example Photos',
        license: null,
      },
      {
        text: 'Ảnh: John Roe/Examplephotos.com',
        creator: 'John Roe',
        source: 'Examplephotos.com',
        license: null,
      },
    ])
    // A short word before the full stop is an abbreviation inside the name.
    expect(fields('Photo: Jane Doe/St.Louis Example Post')).toEqual([
      {
        text: 'Photo: Jane Doe/St.Louis Example Post',
        creator: 'Jane Doe',
        source: 'St.Louis Example Post',
        license: null,
      },
    ])
  })

  it('no label: "ảnh" inside a word or without a colon', () => {
    expect(fields('Hình ảnh đẹp của thành phố vào mùa thu.')).toEqual([])
    expect(fields('Bức ảnh này được chụp năm 1970.')).toEqual([])
    expect(fields('Tranh ảnh: nhiều loại khác nhau.')).toEqual([])
  })

  it('property: "Ảnh:" on a line under a caption, a person and an agency', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Jane', 'John', 'Mai'),
        fc.constantFrom('Doe', 'Roe', 'Lan'),
        fc.constantFrom('AFP', 'Reuters', 'TTXVN'),
        fc.boolean(),
        (first, last, agency, inline) => {
          const text = `Người dân trên đường phố.${inline ? ' ' : '\n'}Ảnh: ${first} ${last}/${agency}\nTiếp.`
          sane(text)
          expect(exact(text).map((c) => [c.text, c.kind, c.creator, c.source])).toEqual([
            [`Ảnh: ${first} ${last}/${agency}`, 'photo', `${first} ${last}`, agency],
          ])
        },
      ),
    )
  })
})
