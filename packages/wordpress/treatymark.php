<?php
/**
 * Plugin Name:       treatymark
 * Plugin URI:        https://github.com/treatymark/treatymark
 * Description:       Treaty citations, lists of states and image credits for writing about arms control and disarmament: blocks, an inline citation format and a Detect action, all rendered by @treatymark/core.
 * Version:           0.1.0
 * Requires at least: 6.6
 * Requires PHP:      7.4
 * Author:            treatymark
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       treatymark
 * Domain Path:       /languages
 *
 * @package treatymark
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the editor script (one bundle for every block and format: the registries ship once),
 * the stylesheet (core's style.css) and the blocks from their block.json.
 */
function treatymark_init() {
	$asset_file = __DIR__ . '/build/index.asset.php';
	$asset      = file_exists( $asset_file ) ? include $asset_file : array(
		'dependencies' => array(),
		'version'      => '0.1.0',
	);
	wp_register_script(
		'treatymark-editor',
		plugins_url( 'build/index.js', __FILE__ ),
		$asset['dependencies'],
		$asset['version'],
		true
	);
	wp_set_script_translations( 'treatymark-editor', 'treatymark', __DIR__ . '/languages' );
	wp_register_style( 'treatymark', plugins_url( 'build/style.css', __FILE__ ), array(), $asset['version'] );

	register_block_type( __DIR__ . '/build/blocks/citation' );
	register_block_type( __DIR__ . '/build/blocks/state-list' );
}
add_action( 'init', 'treatymark_init' );

/** The editor script also carries the formats and the image-credit panel, so it loads even with no block of ours in the post. */
function treatymark_enqueue_editor() {
	wp_enqueue_script( 'treatymark-editor' );
}
add_action( 'enqueue_block_editor_assets', 'treatymark_enqueue_editor' );

/** The stylesheet in the editor canvas (iframe), for inline formats and credits in any block. */
function treatymark_enqueue_canvas_style() {
	if ( is_admin() ) {
		wp_enqueue_style( 'treatymark' );
	}
}
add_action( 'enqueue_block_assets', 'treatymark_enqueue_canvas_style' );

/**
 * On the front end the stylesheet is enqueued only where treatymark markup is used: our blocks
 * enqueue it through block.json, and any other block whose content carries a tm- element (an
 * inline citation, a credit in an image caption) enqueues it here. No front-end JavaScript.
 *
 * @param string $block_content The rendered block.
 * @return string The block, unchanged.
 */
function treatymark_enqueue_style_for_markup( $block_content ) {
	if ( is_string( $block_content ) && false !== strpos( $block_content, 'class="tm-' ) ) {
		wp_enqueue_style( 'treatymark' );
	}
	return $block_content;
}
add_filter( 'render_block', 'treatymark_enqueue_style_for_markup' );
