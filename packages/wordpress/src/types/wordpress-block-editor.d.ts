// @wordpress/block-editor ships no type declarations: the few exports the plugin uses.
declare module '@wordpress/block-editor' {
  import type { ComponentType, ReactNode } from 'react'

  type Props = Record<string, unknown>
  export const useBlockProps: ((props?: Props) => Props) & { save: (props?: Props) => Props }
  export const InspectorControls: ComponentType<{ children?: ReactNode; group?: string }>
  export const RichTextToolbarButton: ComponentType<{
    icon?: unknown
    title: string
    onClick: () => void
    isActive?: boolean
    isDisabled?: boolean
    name?: string
  }>
}
