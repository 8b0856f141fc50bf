/**
 * An "Image credit" panel on core/image. The credit fields live in one extra attribute
 * (`treatymarkCredit`, in the block comment); the credit line itself is written into the
 * image's own caption as core's credit markup. core/image's save() is untouched, so with the
 * plugin deactivated the image and its caption (credit included) stay a valid core/image.
 */
import { InspectorControls } from '@wordpress/block-editor'
import { Button, ComboboxControl, Notice, PanelBody, TextControl } from '@wordpress/components'
import { createHigherOrderComponent } from '@wordpress/compose'
import { useState } from '@wordpress/element'
import { addFilter } from '@wordpress/hooks'
import { __ } from '@wordpress/i18n'
import { extract, licenses } from '@treatymark/core'
import { captionWithCredit, creditHtml, isSafeUrl, type CreditFields } from '../lib/markup'

const empty: CreditFields = { title: '', creator: '', source: '', url: '', license: '' }

function captionHtml(caption: unknown): string {
  if (caption == null) return ''
  const rich = caption as { toHTMLString?: () => string }
  return typeof rich.toHTMLString === 'function' ? rich.toHTMLString() : String(caption)
}

function textOf(html: string): string {
  const template = document.createElement('template')
  template.innerHTML = html
  return template.content.textContent ?? ''
}

interface ImageProps {
  name: string
  attributes: { caption?: unknown; treatymarkCredit?: Partial<CreditFields> }
  setAttributes: (next: Record<string, unknown>) => void
}

function CreditPanel({ attributes, setAttributes }: ImageProps) {
  const fields = { ...empty, ...(attributes.treatymarkCredit ?? {}) }
  const [message, setMessage] = useState<string | null>(null)
  const set = (patch: Partial<CreditFields>) => {
    const next = { ...fields, ...patch }
    const problems: string[] = []
    if (!isSafeUrl(next.url)) {
      problems.push(
        __(
          'The link to the work must start with http:// or https://; it is not used.',
          'treatymark',
        ),
      )
    }
    if (/[<>]/.test(`${next.title}${next.creator}${next.source}`)) {
      problems.push(__('HTML is not allowed in a credit; it is shown as plain text.', 'treatymark'))
    }
    setMessage(problems.length > 0 ? problems.join(' ') : null)
    setAttributes({
      treatymarkCredit: next,
      caption: captionWithCredit(captionHtml(attributes.caption), creditHtml(next)),
    })
  }
  const parse = () => {
    const text = textOf(captionHtml(attributes.caption))
    const found = extract(text, { kinds: ['credits'] }).credits[0]
    if (!found) {
      setMessage(__('No credit line found in the caption.', 'treatymark'))
      return
    }
    setMessage(null)
    const own = text.slice(0, found.start).trim()
    const next: CreditFields = {
      title: found.title ?? '',
      creator: found.creator ?? '',
      source: found.source ?? '',
      url: found.url ?? '',
      license: found.license ?? '',
    }
    setAttributes({ treatymarkCredit: next, caption: captionWithCredit(own, creditHtml(next)) })
  }
  return (
    <InspectorControls>
      <PanelBody
        title={__('Image credit', 'treatymark')}
        initialOpen={false}
        className="treatymark-credit-panel"
      >
        <TextControl
          __next40pxDefaultSize
          __nextHasNoMarginBottom
          label={__('Title', 'treatymark')}
          value={fields.title}
          onChange={(title) => set({ title })}
        />
        <TextControl
          __next40pxDefaultSize
          __nextHasNoMarginBottom
          label={__('Creator', 'treatymark')}
          value={fields.creator}
          onChange={(creator) => set({ creator })}
        />
        <TextControl
          __next40pxDefaultSize
          __nextHasNoMarginBottom
          label={__('Source', 'treatymark')}
          value={fields.source}
          onChange={(source) => set({ source })}
        />
        <TextControl
          __next40pxDefaultSize
          __nextHasNoMarginBottom
          type="url"
          label={__('Link to the work', 'treatymark')}
          value={fields.url}
          onChange={(url) => set({ url })}
        />
        <ComboboxControl
          __next40pxDefaultSize
          __nextHasNoMarginBottom
          label={__('Licence', 'treatymark')}
          value={fields.license || null}
          options={licenses.map((l) => ({ value: l.name, label: l.name }))}
          onChange={(license) => set({ license: license ?? '' })}
        />
        {message && (
          <Notice status="error" isDismissible={false} className="treatymark-credit-error">
            {message}
          </Notice>
        )}
        <Button variant="secondary" onClick={parse}>
          {__('Parse from caption', 'treatymark')}
        </Button>
      </PanelBody>
    </InspectorControls>
  )
}

const withCreditPanel = createHigherOrderComponent(
  (BlockEdit: React.ComponentType<ImageProps>) => (props: ImageProps) =>
    props.name === 'core/image' ? (
      <>
        <BlockEdit {...props} />
        <CreditPanel {...props} />
      </>
    ) : (
      <BlockEdit {...props} />
    ),
  'withTreatymarkCreditPanel',
)

function addCreditAttribute(settings: Record<string, unknown>, name: string) {
  if (name !== 'core/image') return settings
  const attributes = (settings.attributes ?? {}) as Record<string, unknown>
  return { ...settings, attributes: { ...attributes, treatymarkCredit: { type: 'object' } } }
}

export function init() {
  addFilter('blocks.registerBlockType', 'treatymark/image-credit/attribute', addCreditAttribute)
  addFilter('editor.BlockEdit', 'treatymark/image-credit/panel', withCreditPanel)
}
