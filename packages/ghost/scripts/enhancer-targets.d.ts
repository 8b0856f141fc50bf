/** Types of `enhancer-targets.js` (a plain script of the build, read by tsup.config.ts). */
export declare const enhancerTargets: string[]
