import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { LoaderContext } from 'astro/loaders';

const root = new URL('../../', import.meta.url);

/** An entry as a loader stores it. */
export interface StoredEntry {
	id: string;
	data: Record<string, unknown>;
	filePath?: string;
	digest?: string;
	rendered?: { html: string; metadata?: Record<string, unknown> };
}

/**
 * Enough of Astro's loader context to run a content loader outside Astro: an in-memory store,
 * and `parseData` that returns the data (our loaders render nothing: pages are drawn when served).
 * As a build, without a watcher; as `astro dev` with `{ watch: true }`, whose `watcher` a test emits
 * file events on (`watcher.emit('change', path)`).
 * @example
 * const { context, store } = loaderContext(); await skillsLoader().load(context); store.get('edge-cases')
 */
export function loaderContext({ watch = false } = {}) {
	const watcher = watch ? Object.assign(new EventEmitter(), { add() {} }) : undefined;
	const store = new Map<string, StoredEntry>();
	const context = {
		collection: 'test',
		config: { root, srcDir: new URL('src/', root) },
		logger: { info() {}, warn() {}, error() {}, debug() {} },
		store: {
			get: (id: string) => store.get(id),
			set: (entry: StoredEntry) => (store.set(entry.id, entry), true),
			delete: (id: string) => store.delete(id),
			keys: () => [...store.keys()],
		},
		generateDigest: (value: unknown) =>
			createHash('sha256').update(JSON.stringify(value)).digest('hex'),
		parseData: async ({ data }: { data: Record<string, unknown> }) => data,
		watcher,
	};
	return { context: context as unknown as LoaderContext, store, watcher };
}
