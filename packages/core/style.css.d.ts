// `import "@treatymark/core/style.css"` adds the styles of the markup; it exports nothing.
export {}
