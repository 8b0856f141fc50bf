/** Types of `pack-format.js` (a plain script of the build, imported by the tests). */
export declare const alphabet: string
export declare function base91(bytes: Iterable<number>): string
export declare const loader: (build: string, parts: number) => string
export declare const dataBlock: (build: string, index: number, text: string) => string
export declare const loaderTag: (build: string, parts: number) => string
