/**
 * A library of any size for the benchmark, made from real skill sources in our YAML format (the
 * 40 real skills imported into .real-skills by default; swap them with `--sources`): each source
 * as it is, then copies of it under new names (`<name>-2`, `<name>-3`, …) with titles and
 * categories that vary, so that the catalog sorts and groups something realistic, and with text
 * and code of their own.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';

/** Words a copy's title starts with, in both languages, so that copies sort apart. */
const topics = [
	{ en: 'Kubernetes', zh: 'Kubernetes' },
	{ en: 'PostgreSQL', zh: 'PostgreSQL' },
	{ en: 'React', zh: 'React' },
	{ en: 'Secure', zh: '安全' },
	{ en: 'Cloud', zh: '云端' },
	{ en: 'Mobile', zh: '移动端' },
	{ en: 'Data', zh: '数据' },
	{ en: 'Python', zh: 'Python' },
	{ en: 'Rust', zh: 'Rust' },
	{ en: 'Automated', zh: '自动化' },
	{ en: 'Enterprise', zh: '企业级' },
	{ en: 'Agile', zh: '敏捷' },
	{ en: 'Zero-downtime', zh: '零停机' },
];

/** Categories as the Chinese collection names them; every seventh copy has none ("Other"). */
const categories = [
	{ en: 'Databases', zh: '数据库' },
	{ en: 'Frontend UI', zh: '前端UI' },
	{ en: 'Backend', zh: '后端开发' },
	{ en: 'DevOps', zh: '运维部署' },
	{ en: 'Security', zh: '安全' },
	{ en: 'Testing', zh: '测试' },
	{ en: 'AI and machine learning', zh: 'AI与机器学习' },
	{ en: 'Writing', zh: '文档写作' },
	undefined,
];

interface Source {
	name: string;
	text: string;
}

/** Every `<dir>/<name>/skill.yaml` under the given folders, in folder order. */
async function readSources(dirs: string[]): Promise<Source[]> {
	const sources: Source[] = [];
	for (const dir of dirs) {
		const entries = await readdir(dir, { withFileTypes: true });
		for (const name of entries
			.filter((e) => e.isDirectory())
			.map((e) => e.name)
			.sort()) {
			sources.push({ name, text: await readFile(join(dir, name, 'skill.yaml'), 'utf8') });
		}
	}
	if (sources.length === 0) throw new Error(`No skill sources in ${dirs.join(', ')}.`);
	return sources;
}

/**
 * Makes a copy's text its own: a line added to every block of code (and of HTML), and words to
 * every paragraph and list item, in every language. Real skills do not share their text, and
 * neither a build that colours each block once nor a store that keeps one copy of equal strings
 * must find a copy's work already done.
 */
function distinctText(document: Document, copy: number): void {
	const add = (node: unknown, text: string) => {
		if (isScalar(node) && typeof node.value === 'string' && node.value !== '') node.value += text;
	};
	/** The text of a pair in every language: a plain string, or the `en` and `zh` of a map. */
	const addToPair = (node: unknown, text: string) => {
		if (!isMap(node)) return add(node, text);
		for (const item of node.items) {
			if (isScalar(item.key) && ['en', 'zh'].includes(String(item.key.value)))
				add(item.value, text);
		}
	};
	visit(document, {
		Pair(_, pair) {
			const key = isScalar(pair.key) ? String(pair.key.value) : '';
			if (key === 'code' || key === 'html') addToPair(pair.value, `\n(copy ${copy + 1})`);
			if (key === 'paragraph') addToPair(pair.value, ` (copy ${copy + 1})`);
			if (key === 'list' && isSeq(pair.value)) {
				for (const item of pair.value.items) addToPair(item, ` (copy ${copy + 1})`);
			}
		},
	});
}

/** The `copy`th copy of a source (1 and up): a new name, a varied title, a category. */
function copyOf({ name, text }: Source, copy: number, index: number): Source {
	const document = parseDocument(text);
	const newName = `${name}-${copy + 1}`;
	document.set('name', newName);
	const topic = topics[(index * 5 + copy) % topics.length]!;
	// Only the languages the title has: an untranslated one stays untranslated.
	for (const key of ['en', 'zh'] as const) {
		if (!document.hasIn(['title', key])) continue;
		const title = String(document.getIn(['title', key]));
		document.setIn(['title', key], key === 'zh' ? `${topic.zh}${title}` : `${topic.en} ${title}`);
	}
	distinctText(document, copy);
	const category = categories[(index + copy * 3) % categories.length];
	if (category) document.set('category', category);
	else document.delete('category');
	return { name: newName, text: document.toString() };
}

/**
 * Writes a library of `size` skills into `into` (emptied first) and returns the skills' names:
 * the sources themselves first, then copies of each in turn.
 * @example
 * await writeLibrary(['content/skills', 'tests/fixtures/skills'], 6, '.bench/skills-6')
 * // => ['mlops-engineer', 'edge-cases', 'pending-translations', 'unsafe-content', 'mlops-engineer-2', 'edge-cases-2']
 */
export async function writeLibrary(dirs: string[], size: number, into: string): Promise<string[]> {
	const sources = await readSources(dirs);
	await rm(into, { recursive: true, force: true });
	const names: string[] = [];
	for (let index = 0; index < size; index++) {
		const source = sources[index % sources.length]!;
		const copy = Math.floor(index / sources.length);
		const { name, text } = copy === 0 ? source : copyOf(source, copy, index);
		await mkdir(join(into, name), { recursive: true });
		await writeFile(join(into, name, 'skill.yaml'), text);
		names.push(name);
	}
	return names;
}
