export { parsePinpoint, normalisePinpointText } from './parse.js'
export { formatPinpoint } from './format.js'
export { pinpointSource, pinpointPattern, createPinpointRegExp } from './pattern.js'
export { fromRoman, toRoman } from './roman.js'
