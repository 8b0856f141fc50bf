/**
 * Inline formats, like core/link: `treatymark/cite` (a.tm-cite) with a popover to pick the
 * instrument and pinpoint for the selected words, and a "Detect" action that runs extract() on
 * the block's text and marks the citations, documents and states the author accepts. The
 * author's words never change: formats only add elements around them.
 */
import { RichTextToolbarButton } from '@wordpress/block-editor'
import {
  Button,
  CheckboxControl,
  ComboboxControl,
  Notice,
  Popover,
  TextControl,
} from '@wordpress/components'
import { useMemo, useState } from '@wordpress/element'
import { __, sprintf } from '@wordpress/i18n'
import {
  applyFormat,
  getTextContent,
  registerFormatType,
  slice,
  useAnchor,
  type RichTextValue,
} from '@wordpress/rich-text'
import { extract, getInstrument, parsePinpoint } from '@treatymark/core'
import type { Extraction } from '@treatymark/core'
import { checkArticle } from '../lib/markup'
import { instrumentOptions } from '../lib/search'
import { markedEntities, type Marked } from './attributes'

const citeAttributes = {
  href: 'href',
  treaty: 'data-treaty',
  article: 'data-article',
  paragraph: 'data-paragraph',
  subparagraph: 'data-subparagraph',
  title: 'title',
  cardName: 'data-card-name',
  cardDetail: 'data-card-detail',
  tabindex: 'tabindex',
}

interface FormatEditProps {
  isActive: boolean
  value: RichTextValue
  onChange: (value: RichTextValue) => void
  contentRef: { current: HTMLElement | null }
}

function applyAll(value: RichTextValue, marks: Marked[]): RichTextValue {
  let next = value
  for (const mark of marks) {
    next = applyFormat(next, { type: mark.type, attributes: mark.attributes }, mark.start, mark.end)
  }
  return next
}

const settings = { title: '', tagName: 'a', className: '', attributes: {} }

function CitePopover({
  value,
  onChange,
  contentRef,
  onClose,
}: FormatEditProps & { onClose: () => void }) {
  const selected = getTextContent(slice(value))
  const guess = useMemo(() => extract(selected, { kinds: ['citations'] }).citations[0], [selected])
  const [treaty, setTreaty] = useState<string>(guess?.treaty ?? '')
  const [query, setQuery] = useState('')
  const [pinpoint, setPinpoint] = useState(
    guess?.article
      ? `${guess.article}${guess.paragraph ? `(${guess.paragraph})` : ''}${guess.subparagraph ? `(${guess.subparagraph})` : ''}`
      : '',
  )
  const anchor = useAnchor({ editableContentElement: contentRef.current, settings } as never)
  const parsed = pinpoint.trim()
    ? parsePinpoint(`Article ${pinpoint.trim().replace(/^art(?:icle|\.)?\s*/i, '')}`)?.[0]
    : null
  let error: string | null = null
  if (pinpoint.trim() && !parsed?.article)
    error = __('Not a pinpoint: write 5, 5(1) or 5(1)(a).', 'treatymark')
  else if (treaty && parsed?.article) {
    const checked = checkArticle(treaty, parsed.article)
    if (!checked.ok) {
      error = sprintf(
        /* translators: 1: instrument, 2: article number */
        __('The %1$s has no Article %2$s.', 'treatymark'),
        getInstrument(treaty)?.shortTitles[0] ?? treaty,
        parsed.article,
      )
    }
  }
  const apply = () => {
    if (!treaty || error) return
    const marks = markedEntities(selected, {
      citations: [
        {
          type: 'citation',
          start: 0,
          end: selected.length,
          text: selected,
          treaty: treaty as Extraction['citations'][number]['treaty'],
          article: parsed?.article ?? null,
          paragraph: parsed?.paragraph ?? null,
          subparagraph: parsed?.subparagraph ?? undefined,
        },
      ],
    })
    onChange(
      applyAll(
        value,
        marks.map((m) => ({ ...m, start: m.start + value.start, end: m.end + value.start })),
      ),
    )
    onClose()
  }
  return (
    <Popover
      anchor={anchor}
      placement="bottom"
      onClose={onClose}
      className="treatymark-cite-popover"
    >
      <div style={{ padding: 12, minWidth: 320 }}>
        <ComboboxControl
          __next40pxDefaultSize
          __nextHasNoMarginBottom
          label={__('Instrument', 'treatymark')}
          value={treaty || null}
          options={instrumentOptions(query)}
          onFilterValueChange={setQuery}
          onChange={(next) => setTreaty(next ?? '')}
        />
        <TextControl
          __next40pxDefaultSize
          __nextHasNoMarginBottom
          label={__('Article (pinpoint)', 'treatymark')}
          help={__('For example 5, 5(1) or 5(1)(a); empty for the whole instrument.', 'treatymark')}
          value={pinpoint}
          onChange={setPinpoint}
        />
        {error && (
          <Notice status="error" isDismissible={false}>
            {error}
          </Notice>
        )}
        <Button variant="primary" disabled={!treaty || Boolean(error)} onClick={apply}>
          {__('Mark as citation', 'treatymark')}
        </Button>
      </div>
    </Popover>
  )
}

function kindLabel(mark: Marked): string {
  if (mark.type === 'treatymark/cite') return __('Citation', 'treatymark')
  if (mark.type === 'treatymark/doc') return __('Document', 'treatymark')
  return __('State', 'treatymark')
}

function DetectPopover({
  value,
  onChange,
  contentRef,
  onClose,
}: FormatEditProps & { onClose: () => void }) {
  const text = value.text
  const found = useMemo(() => {
    const extraction = extract(text, { kinds: ['citations', 'documents', 'states'] })
    // Only what is not marked already.
    return markedEntities(text, {
      citations: extraction.citations,
      documents: extraction.documents,
      states: extraction.states,
    }).filter((mark) => !(value.formats[mark.start] ?? []).some((f) => f.type === mark.type))
  }, [text, value.formats])
  const [accepted, setAccepted] = useState<boolean[]>(() => found.map(() => true))
  const anchor = useAnchor({ editableContentElement: contentRef.current, settings } as never)
  return (
    <Popover
      anchor={anchor}
      placement="bottom"
      onClose={onClose}
      className="treatymark-detect-popover"
    >
      <div style={{ padding: 12, minWidth: 320, maxHeight: 420, overflow: 'auto' }}>
        {found.length === 0 ? (
          <p>{__('Nothing found to mark in this block.', 'treatymark')}</p>
        ) : (
          <>
            <p>{__('Found in this block; untick what should stay plain text:', 'treatymark')}</p>
            {found.map((mark, i) => (
              <CheckboxControl
                key={`${mark.start}-${mark.type}`}
                __nextHasNoMarginBottom
                label={`${kindLabel(mark)}: ${text.slice(mark.start, mark.end)}`}
                checked={accepted[i] ?? false}
                onChange={(checked) =>
                  setAccepted((list) => list.map((v, j) => (j === i ? checked : v)))
                }
              />
            ))}
            <Button
              variant="primary"
              onClick={() => {
                onChange(
                  applyAll(
                    value,
                    found.filter((_, i) => accepted[i]),
                  ),
                )
                onClose()
              }}
            >
              {__('Mark accepted', 'treatymark')}
            </Button>
          </>
        )}
      </div>
    </Popover>
  )
}

function CiteEdit(props: FormatEditProps) {
  const [open, setOpen] = useState<'cite' | 'detect' | null>(null)
  const { value } = props
  const hasSelection =
    value.start !== undefined && value.end !== undefined && value.start < value.end
  return (
    <>
      <RichTextToolbarButton
        icon="book-alt"
        title={__('Treaty citation', 'treatymark')}
        onClick={() => setOpen('cite')}
        isActive={props.isActive}
        isDisabled={!hasSelection}
      />
      <RichTextToolbarButton
        icon="search"
        title={__('Detect citations and states', 'treatymark')}
        onClick={() => setOpen('detect')}
      />
      {open === 'cite' && hasSelection && <CitePopover {...props} onClose={() => setOpen(null)} />}
      {open === 'detect' && <DetectPopover {...props} onClose={() => setOpen(null)} />}
    </>
  )
}

export function init() {
  registerFormatType('treatymark/cite', {
    title: __('Treaty citation', 'treatymark'),
    tagName: 'a',
    className: 'tm-cite',
    attributes: citeAttributes,
    interactive: true,
    edit: CiteEdit,
  } as never)
  registerFormatType('treatymark/doc', {
    title: __('UN document', 'treatymark'),
    tagName: 'a',
    className: 'tm-doc',
    attributes: { href: 'href', symbol: 'data-symbol' },
    interactive: false,
    edit: () => null,
  } as never)
  registerFormatType('treatymark/state', {
    title: __('State', 'treatymark'),
    tagName: 'span',
    className: 'tm-state',
    attributes: { iso3: 'data-iso3', title: 'title' },
    interactive: false,
    edit: () => null,
  } as never)
}
