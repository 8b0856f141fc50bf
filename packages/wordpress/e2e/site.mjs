// A real WordPress 6.6 for the e2e tests: a fresh copy of the tree prepared by .ci/wp.sh
// (WordPress from npm, SQLite Database Integration), `php -S` on a port of 8800-8849, the
// plugin copied in from build/, installed and activated by a PHP script (no WP-CLI).
import { spawn, execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const pluginRoot = dirname(dirname(fileURLToPath(import.meta.url)))
const template =
  process.env.TREATYMARK_WP_SITE ?? '/var/cache/treatymark/wordpress/wordpress-6.6-RC3'

function config(base) {
  return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', '' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', '' );
define( 'DB_CHARSET', 'utf8' );
define( 'DB_COLLATE', '' );
define( 'DB_DIR', __DIR__ . '/wp-content/database/' );
define( 'DB_FILE', '.ht.sqlite' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $k ) {
	define( $k, 'treatymark-e2e-' . $k );
}
$table_prefix = 'wp_';
define( 'WP_HOME', '${base}' );
define( 'WP_SITEURL', '${base}' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'SCRIPT_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`
}

const install = `<?php
define( 'WP_INSTALLING', true );
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$result = wp_install( 'treatymark e2e', 'admin', 'admin@example.com', true, '', 'password' );
if ( is_wp_error( $result ) ) { fwrite( STDERR, $result->get_error_message() ); exit( 1 ); }
$activated = activate_plugin( 'treatymark/treatymark.php' );
if ( is_wp_error( $activated ) ) { fwrite( STDERR, $activated->get_error_message() ); exit( 1 ); }
// A small image in uploads for the credit test (GD, no network).
$dir = wp_upload_dir();
wp_mkdir_p( $dir['basedir'] );
$im = imagecreatetruecolor( 480, 270 );
imagefilledrectangle( $im, 0, 0, 480, 270, imagecolorallocate( $im, 40, 90, 140 ) );
imagefilledellipse( $im, 360, 80, 90, 90, imagecolorallocate( $im, 240, 200, 80 ) );
imagepng( $im, $dir['basedir'] . '/harbour.png' );
echo "installed\n";
`

export async function startSite({ port = 8800 } = {}) {
  if (!existsSync(join(template, 'wp-load.php'))) {
    throw new Error(
      `No WordPress at ${template}: run bash .ci/wp.sh first (or set TREATYMARK_WP_SITE)`,
    )
  }
  if (!existsSync(join(pluginRoot, 'build', 'index.js'))) {
    throw new Error('No build/: run npm run build -w @treatymark/wordpress first')
  }
  const base = `http://127.0.0.1:${port}`
  const dir = mkdtempSync(join(tmpdir(), 'treatymark-wp-'))
  const site = join(dir, 'wordpress')
  cpSync(template, site, { recursive: true })
  rmSync(join(site, 'wp-content/database/.ht.sqlite'), { force: true })
  writeFileSync(join(site, 'wp-config.php'), config(base))
  const sqlite = join(site, 'wp-content/plugins/sqlite-database-integration')
  writeFileSync(
    join(site, 'wp-content/db.php'),
    readFileSync(join(sqlite, 'db.copy'), 'utf8')
      .replaceAll('{SQLITE_IMPLEMENTATION_FOLDER_PATH}', sqlite)
      .replaceAll('{SQLITE_PLUGIN}', 'sqlite-database-integration/load.php'),
  )
  const plugin = join(site, 'wp-content/plugins/treatymark')
  for (const entry of ['build', 'languages', 'treatymark.php', 'readme.txt']) {
    if (existsSync(join(pluginRoot, entry)))
      cpSync(join(pluginRoot, entry), join(plugin, entry), { recursive: true })
  }
  // Offline: the block directory would ask wordpress.org on every inserter search.
  mkdirSync(join(site, 'wp-content/mu-plugins'), { recursive: true })
  writeFileSync(
    join(site, 'wp-content/mu-plugins/offline.php'),
    "<?php\nremove_action( 'enqueue_block_editor_assets', 'wp_enqueue_editor_block_directory_assets' );\n",
  )
  writeFileSync(join(site, 'e2e-install.php'), install)
  execFileSync('php', [join(site, 'e2e-install.php')], { cwd: site, stdio: 'pipe' })
  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], {
    cwd: site,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let log = ''
  server.stderr.on('data', (d) => {
    log = (log + d).slice(-20000)
  })
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${base}/wp-login.php`)
      if (res.ok) break
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  const version = /\$wp_version = '([^']+)'/.exec(
    readFileSync(join(site, 'wp-includes/version.php'), 'utf8'),
  )?.[1]
  return {
    base,
    site,
    version,
    log: () => log,
    debugLog: () =>
      existsSync(join(site, 'wp-content/debug.log'))
        ? readFileSync(join(site, 'wp-content/debug.log'), 'utf8')
        : '',
    async stop() {
      server.kill('SIGTERM')
      await new Promise((r) => setTimeout(r, 200))
      if (!process.env.TREATYMARK_KEEP_SITE) rmSync(dir, { recursive: true, force: true })
    },
  }
}
