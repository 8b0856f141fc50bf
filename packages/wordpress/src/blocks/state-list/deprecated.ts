/**
 * Earlier save() versions, newest first, so posts saved with them stay valid (Gutenberg's
 * `deprecated`). Version 0.1.0 is the first; when save() changes, move the old one here and add
 * a fixture for it under test/fixtures/blocks/.
 */
const deprecated: never[] = []
export default deprecated
