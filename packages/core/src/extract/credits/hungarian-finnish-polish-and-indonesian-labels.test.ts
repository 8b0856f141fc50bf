/**
 * Label words of more languages and sites (from the twelfth and thirteenth real-page sets' misses):
 * Hungarian "Fotók:" (photos), "Kép:" and "Nyitókép:" (image, opening image), Finnish "Kuvat:"
 * and "Kuvitus:" (images, illustration), German "Grafik:" and "Kamera:" (a film's camera,
 * kind `video`), Indonesian "Sumber foto:" (photo source), Polish "Źródło zdjęć:" and "Źródło
 * zdjęcia głównego:" (source of the photos, of the main photo), ABC's "Supplied:" (a capital
 * "S", then a capital), French "Photographe(s) :" and "Source Credit:". Every sentence is
 * written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest'
import { exact } from './test-helpers.js'

describe('label words of more languages', () => {
  it('Hungarian "Fotók:", "Nyitókép:" before a chain and a name', () => {
    const text =
      'A bomba a folyóban.\nFotók: Example Archive/Jane Doe\n\nNyitókép: Example Agency/John Roe\n\nNyitókép: Jane Doe\n'
    expect(exact(text)).toEqual([
      {
        start: 20,
        end: 51,
        text: 'Fotók: Example Archive/Jane Doe',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'Example Archive',
        license: null,
      },
      {
        start: 53,
        end: 86,
        text: 'Nyitókép: Example Agency/John Roe',
        kind: 'image',
        title: null,
        creator: 'John Roe',
        source: 'Example Agency',
        license: null,
      },
      {
        start: 88,
        end: 106,
        text: 'Nyitókép: Jane Doe',
        kind: 'image',
        title: null,
        creator: 'Jane Doe',
        source: null,
        license: null,
      },
    ])
  })

  it('Finnish "Kuvat:" and "Kuvitus:", two credits on one line parted by a spaced slash', () => {
    const text = 'Kranaatti löytyi pellolta.\nKuvat: Jane Doe / Kuvitus: John Roe\n'
    expect(exact(text)).toEqual([
      {
        start: 27,
        end: 42,
        text: 'Kuvat: Jane Doe',
        kind: 'image',
        title: null,
        creator: 'Jane Doe',
        source: null,
        license: null,
      },
      {
        start: 45,
        end: 62,
        text: 'Kuvitus: John Roe',
        kind: 'image',
        title: null,
        creator: 'John Roe',
        source: null,
        license: null,
      },
    ])
  })

  it('German "Grafik:" and "Kamera:" (kind video)', () => {
    const text = 'Die Karte zeigt die Gebiete.\nGrafik: Example Trust\n\nKamera: Jane Doe\n'
    expect(exact(text)).toEqual([
      {
        start: 29,
        end: 50,
        text: 'Grafik: Example Trust',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'Example Trust',
        license: null,
      },
      {
        start: 52,
        end: 68,
        text: 'Kamera: Jane Doe',
        kind: 'video',
        title: null,
        creator: 'Jane Doe',
        source: null,
        license: null,
      },
    ])
  })

  it('Indonesian "Sumber foto:" inside a bracket glued to the caption', () => {
    const text = 'Sebuah bom ditemukan di kota itu.(Sumber foto: Reuters )\n'
    expect(exact(text)).toEqual([
      {
        start: 34,
        end: 54,
        text: 'Sumber foto: Reuters',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'Reuters',
        license: null,
      },
    ])
  })

  it('Polish "Źródło zdjęć:" and "Źródło zdjęcia głównego:"', () => {
    const text =
      'Bomba lotnicza w parku.\nŹródło zdjęć: © Example Police\n\nŹródło zdjęcia głównego: PAP/EPA\n'
    expect(exact(text)).toEqual([
      {
        start: 24,
        end: 54,
        text: 'Źródło zdjęć: © Example Police',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'Example Police',
        license: null,
      },
      {
        start: 56,
        end: 88,
        text: 'Źródło zdjęcia głównego: PAP/EPA',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'PAP/EPA',
        license: null,
      },
    ])
  })

  it('ABC\'s "Supplied:" in a bracket after a caption; not a lower-case "supplied:" in prose', () => {
    const text =
      'A deminer measures a shell. (Supplied: The Example Trust)\n\nWater was supplied: The tanks were full.\n'
    expect(exact(text)).toEqual([
      {
        start: 29,
        end: 56,
        text: 'Supplied: The Example Trust',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'The Example Trust',
        license: null,
      },
    ])
  })

  it('French "Photographe(s) :" and "Source Credit:"', () => {
    const text =
      'Patrouille en ville.\nPhotographe(s) : Jane Doe\n\nRain over the city.\nSource Credit: The Example Daily\n'
    expect(exact(text)).toEqual([
      {
        start: 21,
        end: 46,
        text: 'Photographe(s) : Jane Doe',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: null,
        license: null,
      },
      {
        start: 68,
        end: 100,
        text: 'Source Credit: The Example Daily',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'The Example Daily',
        license: null,
      },
    ])
  })
})
