import { InspectorControls, useBlockProps } from '@wordpress/block-editor'
import {
  FormTokenField,
  Notice,
  PanelBody,
  SelectControl,
  ToggleControl,
} from '@wordpress/components'
import { RawHTML, useMemo } from '@wordpress/element'
import { __, _n, sprintf } from '@wordpress/i18n'
import { getState } from '@treatymark/core'
import {
  resolveStateName,
  splitStateNames,
  stateListBlockHtml,
  stateListMembers,
  type StateListAttributes,
  type StateOrder,
} from '../../lib/markup'
import { stateSuggestions } from '../../lib/search'

interface EditProps {
  attributes: StateListAttributes
  setAttributes: (next: Partial<StateListAttributes>) => void
}

const locales = [
  { value: 'en', label: 'English' },
  { value: 'en-GB', label: 'English (UK)' },
  { value: 'en-US', label: 'English (US)' },
  { value: 'fr', label: 'Français' },
  { value: 'es', label: 'Español' },
  { value: 'ar', label: 'العربية' },
  { value: 'ru', label: 'Русский' },
  { value: 'zh', label: '中文' },
  { value: 'de', label: 'Deutsch' },
  { value: 'pt', label: 'Português' },
]

/** Tokens typed or pasted: "Austria, Belgium and Benin" becomes three tokens. */
function normalizeTokens(tokens: ReadonlyArray<string | { value: string }>): string[] {
  const out: string[] = []
  for (const token of tokens) {
    const value = typeof token === 'string' ? token : token.value
    for (const name of splitStateNames(value)) out.push(name)
  }
  return out
}

export default function Edit({ attributes, setAttributes }: EditProps) {
  const blockProps = useBlockProps({
    className: attributes.showCount ? 'tm-show-counts' : undefined,
  })
  const suggestions = useMemo(() => stateSuggestions(), [])
  const { codes, unknown } = stateListMembers(attributes.names)
  const html = stateListBlockHtml(attributes)
  const field = (
    <FormTokenField
      __next40pxDefaultSize
      __nextHasNoMarginBottom
      label={__('States', 'treatymark')}
      value={attributes.names.map((name) => ({
        value: name,
        status: resolveStateName(name) ? undefined : ('error' as const),
        title: resolveStateName(name)
          ? getState(resolveStateName(name) ?? '')?.name
          : __('Not a state treatymark knows; kept as written', 'treatymark'),
      }))}
      suggestions={suggestions}
      maxSuggestions={8}
      tokenizeOnSpace={false}
      saveTransform={(token: string) => token.trim()}
      onChange={(tokens) => setAttributes({ names: normalizeTokens(tokens) })}
      __experimentalShowHowTo={false}
      __experimentalExpandOnFocus={false}
    />
  )
  return (
    <>
      <InspectorControls>
        <PanelBody title={__('List of states', 'treatymark')}>
          <SelectControl
            __next40pxDefaultSize
            __nextHasNoMarginBottom
            label={__('Order', 'treatymark')}
            value={attributes.order}
            options={[
              { value: 'text', label: __('As written', 'treatymark') },
              { value: 'alpha', label: __('Alphabetical', 'treatymark') },
              { value: 'group', label: __('By UN regional group', 'treatymark') },
            ]}
            onChange={(order) => setAttributes({ order: order as StateOrder })}
          />
          <SelectControl
            __next40pxDefaultSize
            __nextHasNoMarginBottom
            label={__('Language of the list', 'treatymark')}
            value={attributes.locale}
            options={locales}
            onChange={(locale) => setAttributes({ locale })}
          />
          <ToggleControl
            __nextHasNoMarginBottom
            label={__('Show the count', 'treatymark')}
            checked={attributes.showCount}
            onChange={(showCount) => setAttributes({ showCount })}
          />
          <ToggleControl
            __nextHasNoMarginBottom
            label={__('Show flags', 'treatymark')}
            checked={attributes.showFlags}
            onChange={(showFlags) => setAttributes({ showFlags })}
          />
          <ToggleControl
            __nextHasNoMarginBottom
            label={__('Summary by UN regional group', 'treatymark')}
            checked={attributes.groupSummary}
            onChange={(groupSummary) => setAttributes({ groupSummary })}
          />
        </PanelBody>
      </InspectorControls>
      <div {...blockProps}>
        {html ? <RawHTML>{html}</RawHTML> : null}
        <div className="treatymark-state-list-editor">
          {field}
          <p className="treatymark-state-list-status">
            {sprintf(
              /* translators: %d: number of states recognised */
              _n('%d state', '%d states', codes.length, 'treatymark'),
              codes.length,
            )}
          </p>
          {unknown.length > 0 && (
            <Notice status="warning" isDismissible={false} className="treatymark-unknown-states">
              {sprintf(
                /* translators: %s: names that are not states, comma-separated */
                __('Not recognised as states (kept as written): %s', 'treatymark'),
                unknown.join(', '),
              )}
            </Notice>
          )}
        </div>
      </div>
    </>
  )
}
