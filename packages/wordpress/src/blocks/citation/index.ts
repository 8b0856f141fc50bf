import { registerBlockType } from '@wordpress/blocks'
import metadata from './block.json'
import deprecated from './deprecated'
import edit from './edit'
import save from './save'
import transforms from './transforms'

export { metadata }
export const name = metadata.name
export const settings = { edit, save, deprecated, transforms }

/** Register the block (the editor script calls this once). */
export function init() {
  return registerBlockType(metadata.name, settings as never)
}
