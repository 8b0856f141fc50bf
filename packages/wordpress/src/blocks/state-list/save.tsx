import { useBlockProps } from '@wordpress/block-editor'
import { RawHTML } from '@wordpress/element'
import { stateListBlockHtml, type StateListAttributes } from '../../lib/markup'

/** The saved markup: core's state-list element (and group summary) inside the block wrapper. */
export default function save({ attributes }: { attributes: StateListAttributes }) {
  return (
    <div
      {...useBlockProps.save({ className: attributes.showCount ? 'tm-show-counts' : undefined })}
    >
      <RawHTML>{stateListBlockHtml(attributes)}</RawHTML>
    </div>
  )
}
