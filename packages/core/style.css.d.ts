// `import "@treatymark/core/style.css"` adds the styles of the markup. Bundlers that load CSS as
// text (esbuild `loader: { ".css": "text" }`) give the stylesheet as the default export.
declare const stylesheet: string
export default stylesheet
