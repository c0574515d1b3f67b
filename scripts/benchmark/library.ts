/**
 * A library of any size for the benchmark, made from a few real skill sources in our YAML format:
 * each source as it is, then copies of it under new names (`<name>-2`, `<name>-3`, …) with titles
 * and categories that vary, so that the catalog sorts and groups something realistic, and code
 * of their own. The sources
 * are folders of skill sources (content/skills and tests/fixtures/skills by default; the library
 * imported from real SKILL.md files once it is there): swap them with `--sources`.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isScalar, parseDocument, visit, type Document } from 'yaml';

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
 * Adds a line to every block of code (and of HTML) of a copy, in every language: real skills do
 * not share their code, and a build that colours each block once must not find a copy's blocks
 * already coloured.
 */
function distinctCode(document: Document, copy: number): void {
	const mark = (node: unknown) => {
		if (isScalar(node) && typeof node.value === 'string') node.value += `\n(copy ${copy + 1})`;
	};
	visit(document, {
		Pair(_, pair) {
			if (!isScalar(pair.key) || !['code', 'html'].includes(String(pair.key.value))) return;
			if (!isMap(pair.value)) return mark(pair.value);
			for (const item of pair.value.items) {
				if (isScalar(item.key) && ['en', 'zh'].includes(String(item.key.value))) mark(item.value);
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
	distinctCode(document, copy);
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
