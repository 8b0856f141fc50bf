/**
 * The editor script: the citation and state-list blocks, the image-credit panel on core/image
 * and the inline formats (citation, document, state) with the Detect action.
 */
import * as citation from './blocks/citation'
import * as stateList from './blocks/state-list'
import * as imageCredit from './filters/image-credit'
import * as formats from './formats'

imageCredit.init()
citation.init()
stateList.init()
formats.init()
