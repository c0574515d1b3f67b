import type { Plugin } from 'vite';

// A module a page loads on first use, in a file of its own, for no request at page load. Vite's
// own `import('./x')` cannot do that here: it wraps the import in its preload helper, and with a
// second page script using that helper (the search's), the helper becomes a file every page
// fetches at load. This plugin emits the module as a chunk and imports it by URL, which Vite
// leaves as it is. The module must share no code with the page's scripts: what it shares would
// become a file of its own as well (tests/dist/page-js.test.ts keeps watch).

const suffix = '?on-demand';
const prefix = '\0on-demand:';

/**
 * The Vite plugin behind `import load from './module?on-demand'`: `load()` imports the module
 * (from its own chunk when built, from its source in `astro dev`) and gives its exports.
 * @example
 * // astro.config.mjs: vite: { plugins: [onDemand()] }
 * import loadQuoting from './passage-quoting?on-demand';
 * const { quoteOf } = await loadQuoting();
 */
export function onDemand(): Plugin {
	let building = false;
	return {
		name: 'on-demand',
		// Before Vite's resolver, which would take the query for its own.
		enforce: 'pre',
		configResolved: (config) => {
			building = config.command === 'build';
		},
		async resolveId(source, importer) {
			if (!source.endsWith(suffix)) return;
			const resolved = await this.resolve(source.slice(0, -suffix.length), importer);
			return resolved && prefix + resolved.id;
		},
		load(id) {
			if (!id.startsWith(prefix)) return;
			const module = id.slice(prefix.length);
			if (!building) return `export default () => import(${JSON.stringify(module)});`;
			const name = module.replace(/^.*\/|\.\w+$/g, '');
			const file = this.emitFile({ type: 'chunk', id: module, name, preserveSignature: 'strict' });
			// Rolldown writes the chunk's URL here, with the site's base.
			return `export default () => import(/* @vite-ignore */ import.meta.ROLLUP_FILE_URL_${file});`;
		},
	};
}
