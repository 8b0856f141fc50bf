// Registers the plugin's blocks for tests the way the editor does, without their edit UI.
import { getBlockType, registerBlockType } from '@wordpress/blocks'
import citationMetadata from '../src/blocks/citation/block.json'
import citationSave from '../src/blocks/citation/save'
import citationDeprecated from '../src/blocks/citation/deprecated'
import citationTransforms from '../src/blocks/citation/transforms'
import stateListMetadata from '../src/blocks/state-list/block.json'
import stateListSave from '../src/blocks/state-list/save'
import stateListDeprecated from '../src/blocks/state-list/deprecated'
import stateListTransforms from '../src/blocks/state-list/transforms'

const edit = () => null

export function registerBlocks() {
  if (!getBlockType('core/paragraph')) {
    registerBlockType('core/paragraph', {
      apiVersion: 3,
      title: 'Paragraph',
      category: 'text',
      attributes: { content: { type: 'string', source: 'html', selector: 'p', default: '' } },
      edit,
      save: () => null,
    } as never)
  }
  if (!getBlockType('treatymark/citation')) {
    registerBlockType(
      citationMetadata as never,
      {
        edit,
        save: citationSave,
        deprecated: citationDeprecated,
        transforms: citationTransforms,
      } as never,
    )
    registerBlockType(
      stateListMetadata as never,
      {
        edit,
        save: stateListSave,
        deprecated: stateListDeprecated,
        transforms: stateListTransforms,
      } as never,
    )
  }
}
