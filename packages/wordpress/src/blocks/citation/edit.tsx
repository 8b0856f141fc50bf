import { InspectorControls, useBlockProps } from '@wordpress/block-editor'
import {
  ComboboxControl,
  Notice,
  PanelBody,
  Placeholder,
  SelectControl,
  TextControl,
  TextareaControl,
} from '@wordpress/components'
import { RawHTML, useMemo, useState } from '@wordpress/element'
import { __, sprintf } from '@wordpress/i18n'
import { getInstrument } from '@treatymark/core'
import type { CitationStyle } from '@treatymark/core'
import { checkArticle, citationBlockHtml, type CitationAttributes } from '../../lib/markup'
import { instrumentOptions } from '../../lib/search'

interface EditProps {
  attributes: CitationAttributes
  setAttributes: (next: Partial<CitationAttributes>) => void
}

function articleMessage(treaty: string, input: string): string | null {
  const checked = checkArticle(treaty, input)
  if (checked.ok || checked.reason === 'empty') return null
  const name = getInstrument(treaty)?.shortTitles[0] ?? treaty
  if (checked.reason === 'not-a-number') {
    /* translators: %s: what the author typed in the article field */
    return sprintf(__('“%s” is not an article number.', 'treatymark'), input)
  }
  return sprintf(
    /* translators: 1: article number typed, 2: instrument name, 3: its last article */
    __(
      'The %2$s has no Article %1$s (its last article is %3$s). The citation keeps its previous article.',
      'treatymark',
    ),
    input,
    name,
    checked.lastArticle ?? '?',
  )
}

function InstrumentPicker({
  value,
  onChange,
}: {
  value: string
  onChange: (value: string) => void
}) {
  const [query, setQuery] = useState('')
  const options = useMemo(() => {
    const list = instrumentOptions(query)
    // The selected instrument stays listed so its label shows.
    if (value && !list.some((o) => o.value === value)) {
      const selected = instrumentOptions().find((o) => o.value === value)
      if (selected) list.unshift(selected)
    }
    return list
  }, [query, value])
  return (
    <ComboboxControl
      __next40pxDefaultSize
      __nextHasNoMarginBottom
      label={__('Instrument', 'treatymark')}
      help={__(
        'Type a title, an abbreviation or another name: “Ottawa”, “APMBT”, “NPT”.',
        'treatymark',
      )}
      value={value || null}
      options={options}
      onFilterValueChange={setQuery}
      onChange={(next) => onChange(next ?? '')}
    />
  )
}

function ArticlePicker({ treaty, attributes, setAttributes }: EditProps & { treaty: string }) {
  const [draft, setDraft] = useState(attributes.article)
  const [message, setMessage] = useState<string | null>(null)
  const articles = getInstrument(treaty)?.articles
  if (articles) {
    const options = articles.map((a) => ({
      value: a.number,
      label: a.title
        ? sprintf(__('Article %1$s: %2$s', 'treatymark'), a.number, a.title)
        : sprintf(__('Article %s', 'treatymark'), a.number),
    }))
    return (
      <>
        <ComboboxControl
          __next40pxDefaultSize
          __nextHasNoMarginBottom
          label={__('Article', 'treatymark')}
          value={attributes.article || null}
          options={options}
          onFilterValueChange={(typed) => {
            // Typed numbers the instrument lacks are refused with a message.
            const checked = /^\s*[0-9ivxlc]+\s*$/i.test(typed)
              ? articleMessage(treaty, typed)
              : null
            setMessage(checked)
          }}
          onChange={(next) => {
            setMessage(null)
            setAttributes({
              article: next ?? '',
              ...(next ? {} : { paragraph: '', subparagraph: '' }),
            })
          }}
        />
        {message && (
          <Notice status="error" isDismissible={false} className="treatymark-article-error">
            {message}
          </Notice>
        )}
      </>
    )
  }
  return (
    <>
      <TextControl
        __next40pxDefaultSize
        __nextHasNoMarginBottom
        label={__('Article', 'treatymark')}
        help={__(
          'treatymark has no list of articles for this instrument; the number is not checked.',
          'treatymark',
        )}
        value={draft}
        onChange={(next) => {
          setDraft(next)
          const msg = articleMessage(treaty, next)
          setMessage(msg)
          const checked = checkArticle(treaty, next)
          if (checked.ok) setAttributes({ article: checked.article })
          else if (checked.reason === 'empty') setAttributes({ article: '' })
        }}
      />
      {message && (
        <Notice status="error" isDismissible={false} className="treatymark-article-error">
          {message}
        </Notice>
      )}
    </>
  )
}

const pinpointPart = /^[0-9]{0,3}$|^[a-z]{0,3}$/i

export default function Edit({ attributes, setAttributes }: EditProps) {
  const blockProps = useBlockProps()
  const { treaty } = attributes
  const instrument = treaty ? getInstrument(treaty) : undefined
  const [pinMessage, setPinMessage] = useState<string | null>(null)
  const setPart = (key: 'paragraph' | 'subparagraph', value: string) => {
    if (!pinpointPart.test(value.trim())) {
      setPinMessage(
        __('Paragraphs are numbers (1, 2…) and subparagraphs letters (a, b…).', 'treatymark'),
      )
      return
    }
    setPinMessage(null)
    setAttributes({ [key]: value.trim() })
  }
  const controls = (
    <>
      <InstrumentPicker
        value={treaty}
        onChange={(next) =>
          setAttributes({ treaty: next, article: '', paragraph: '', subparagraph: '' })
        }
      />
      {instrument && (
        <>
          <ArticlePicker
            key={treaty}
            treaty={treaty}
            attributes={attributes}
            setAttributes={setAttributes}
          />
          {attributes.article && (
            <div className="treatymark-pinpoint">
              <TextControl
                __next40pxDefaultSize
                __nextHasNoMarginBottom
                label={__('Paragraph', 'treatymark')}
                value={attributes.paragraph}
                onChange={(v) => setPart('paragraph', v)}
              />
              <TextControl
                __next40pxDefaultSize
                __nextHasNoMarginBottom
                label={__('Subparagraph', 'treatymark')}
                value={attributes.subparagraph}
                disabled={!attributes.paragraph}
                onChange={(v) => setPart('subparagraph', v)}
              />
            </div>
          )}
          {pinMessage && (
            <Notice status="error" isDismissible={false}>
              {pinMessage}
            </Notice>
          )}
        </>
      )}
    </>
  )
  return (
    <>
      <InspectorControls>
        <PanelBody title={__('Citation', 'treatymark')}>
          {controls}
          <SelectControl
            __next40pxDefaultSize
            __nextHasNoMarginBottom
            label={__('Citation style', 'treatymark')}
            value={attributes.style}
            options={[
              { value: 'short', label: __('Short (APMBT Art. 5(1))', 'treatymark') },
              { value: 'full', label: __('Full title', 'treatymark') },
              { value: 'oscola', label: __('OSCOLA', 'treatymark') },
            ]}
            onChange={(style) => setAttributes({ style: style as CitationStyle })}
          />
          <TextControl
            __next40pxDefaultSize
            __nextHasNoMarginBottom
            label={__('Link text (optional)', 'treatymark')}
            help={__(
              'Your own words for the citation; empty: the citation style writes it.',
              'treatymark',
            )}
            value={attributes.label}
            onChange={(label) => setAttributes({ label })}
          />
          <TextareaControl
            __nextHasNoMarginBottom
            label={__('Quoted provision (optional)', 'treatymark')}
            value={attributes.quote}
            onChange={(quote) => setAttributes({ quote })}
          />
        </PanelBody>
      </InspectorControls>
      <div {...blockProps}>
        {instrument ? (
          <RawHTML>{citationBlockHtml(attributes)}</RawHTML>
        ) : (
          <Placeholder
            icon="book-alt"
            label={__('Treaty citation', 'treatymark')}
            instructions={__('Choose the instrument, then the article.', 'treatymark')}
          >
            <div className="treatymark-placeholder-controls">{controls}</div>
          </Placeholder>
        )}
      </div>
    </>
  )
}
