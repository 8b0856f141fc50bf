// The browsers the code-injection enhancer is built for, read by tsup.config.ts and
// bench/size.js: the oldest that run its code anyway. It calls Array.prototype.at (Chrome and
// Edge 92, Firefox 90) and its patterns look behind (Safari 16.4); the packed form needs more
// (DecompressionStream with deflate-raw). Newer syntax those have is kept as it is (class fields,
// `??=`), a few hundred bytes less than lowering it to ES2020.
export const enhancerTargets = ['chrome92', 'edge92', 'firefox90', 'safari16.4', 'ios16.4']
