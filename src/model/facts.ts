/** The facts about a skill that a reader needs from its front matter, in the order shown. */
const factKinds = ['license', 'source', 'version', 'author', 'tools'] as const;
export type FactKind = (typeof factKinds)[number];

/** One fact: its kind, and its value as the front matter wrote it (a list for tools). */
export interface Fact {
	kind: FactKind;
	value: string | string[];
}

/** Where each fact is found: a top-level field, else the same field under `metadata` (the
 * Agent Skills specification puts client-specific fields there). */
const fields: Record<FactKind, string> = {
	license: 'license',
	source: 'source',
	version: 'version',
	author: 'author',
	tools: 'allowed-tools',
};

const text = (value: unknown): string | undefined =>
	typeof value === 'string' || typeof value === 'number'
		? String(value).trim() || undefined
		: undefined;

/** `allowed-tools` is a space- or comma-separated string in the specification, a list in some collections. */
const tools = (value: unknown): string[] | undefined => {
	const list = Array.isArray(value)
		? value.map(text)
		: text(value)
				?.split(/,\s*|\s+(?![^(]*\))/)
				.map((tool) => tool.trim());
	const found = list?.filter((tool): tool is string => Boolean(tool));
	return found?.length ? found : undefined;
};

/**
 * The facts of a skill's front matter that its page shows: license, source, version, author,
 * and the tools the skill may use.
 * @example
 * skillFacts({ license: 'MIT', 'allowed-tools': 'Read, Write', metadata: { version: '1.1' } })
 * // => [{ kind: 'license', value: 'MIT' }, { kind: 'version', value: '1.1' }, { kind: 'tools', value: ['Read', 'Write'] }]
 */
export function skillFacts(frontmatter: Record<string, unknown>): Fact[] {
	const metadata = (frontmatter.metadata ?? {}) as Record<string, unknown>;
	return factKinds.flatMap((kind): Fact[] => {
		const raw = frontmatter[fields[kind]] ?? metadata[fields[kind]];
		const value = kind === 'tools' ? tools(raw) : text(raw);
		return value ? [{ kind, value }] : [];
	});
}
