/** Built by vite.config.ts: each docs/*.md page's slug and its title (first heading). */
declare module 'virtual:doc-titles' {
  const titles: Record<string, string>
  export default titles
}
