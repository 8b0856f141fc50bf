import { useBlockProps } from '@wordpress/block-editor'
import { RawHTML } from '@wordpress/element'
import { citationBlockHtml, type CitationAttributes } from '../../lib/markup'

/** The saved markup: core's citation element (and quoted provision) inside the block wrapper. */
export default function save({ attributes }: { attributes: CitationAttributes }) {
  return (
    <div {...useBlockProps.save()}>
      <RawHTML>{citationBlockHtml(attributes)}</RawHTML>
    </div>
  )
}
