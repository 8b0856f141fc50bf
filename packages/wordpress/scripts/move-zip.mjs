// wp-scripts plugin-zip names the zip after the package (`@treatymark/wordpress.zip`); WordPress
// users expect `treatymark.zip` with a `treatymark/` folder inside (set by --root-folder).
import { renameSync, rmSync } from 'node:fs'

renameSync('@treatymark/wordpress.zip', 'treatymark.zip')
rmSync('@treatymark', { recursive: true, force: true })
console.log('treatymark.zip')
