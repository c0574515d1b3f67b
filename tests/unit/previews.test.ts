import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { languageKeys, languages } from '../../src/i18n/languages';
import { hasOwnAddress, maxIdBytes } from '../../src/navigation/own-address';
import { neutralSectionPath, skillPath } from '../../src/navigation/paths';
import { goPages } from '../../src/previews/go-pages';
import { sectionPreview, skillPreview, type LinkPreview } from '../../src/previews/link-preview';
import {
	escapeHtml,
	leastDescription,
	longId,
	pageBytes,
	previewDescription,
	previewHtml,
} from '../../src/previews/preview-html';
import { previewLimits } from '../../src/previews/preview-text';
import { joinItems, sectionText } from '../../src/previews/section-text';
import { graphemeCount, pageHead, unfurl } from '../support/previews';
import { loadModel } from '../support/skills';

const site = 'https://skills.example.org';
const context = { site, base: '/' };
const mlops = loadModel('mlops-engineer');
const awkward = loadModel('tests/fixtures/skills/awkward-headings/skill.yaml');
const unsafe = loadModel('tests/fixtures/skills/unsafe-content/skill.yaml');
const section = (skill: typeof mlops, id: string) => skill.allSections.find((s) => s.id === id)!;

describe('a section’s first text', () => {
	test('is its first list, item after item, in each language', () => {
		const text = sectionText(section(mlops, 'ml-pipeline-orchestration--workflow-management'))!;
		expect(text.en).toMatch(
			/^Kubeflow Pipelines for Kubernetes-native ML workflows; Apache Airflow/
		);
		expect(text.zh).toMatch(
			/^基于Kubeflow Pipelines实现Kubernetes原生ML工作流；基于Apache Airflow/
		);
	});

	test('is its first subsection’s when it has no text of its own', () => {
		expect(sectionText(section(mlops, 'capabilities'))).toEqual(
			sectionText(section(mlops, 'ml-pipeline-orchestration--workflow-management'))
		);
	});

	test('is none for a section of code only, whose preview is then the skill’s description', () => {
		const code = section(awkward, 'only-code');
		expect(sectionText(code)).toBeUndefined();
		expect(previewDescription(sectionPreview(awkward, code, context))).toBe(
			previewDescription(skillPreview(awkward, context))
		);
	});

	test('runs items on as sentences where they end with a stop', () => {
		expect(joinItems(['Clarify goals.', 'Apply practices', 'Validate'], 'en')).toBe(
			'Clarify goals. Apply practices; Validate'
		);
		expect(joinItems(['明确目标。', '应用实践', '验证'], 'zh')).toBe('明确目标。应用实践；验证');
	});
});

describe('previews', () => {
	test('of a skill: its title and description in both languages', () => {
		const preview = skillPreview(mlops, context);
		expect(preview.title).toBe('MLOps Engineer · MLOps工程师');
		expect(previewDescription(preview)).toBe(
			`${mlops.description.en.text} ${mlops.description.zh.text}`
		);
		expect(preview.url).toBe(`${site}/go/mlops-engineer/`);
	});

	test('of a section: “Section — Skill” and its first text, at the section in each language', () => {
		const preview = sectionPreview(mlops, section(mlops, 'capabilities'), context);
		expect(preview.title).toBe('Capabilities — MLOps Engineer · 能力范围 — MLOps工程师');
		expect(preview.url).toBe(`${site}/go/mlops-engineer/capabilities/`);
		expect(preview.fragment).toBe('capabilities');
		for (const key of languageKeys) {
			expect(preview.versions[key].page).toBe(skillPath('mlops-engineer', key));
			expect(previewDescription(preview)).toContain(preview.versions[key].text.slice(0, 40));
		}
	});

	test('stay within the limits unfurlers cut at, for every page of every fixture', () => {
		for (const skill of [mlops, awkward, unsafe]) {
			for (const { preview } of goPages([skill], context)) {
				expect(graphemeCount(preview.title)).toBeLessThanOrEqual(previewLimits.title);
				expect(graphemeCount(previewDescription(preview))).toBeLessThanOrEqual(
					previewLimits.description
				);
			}
		}
	});
});

describe('the pages and their addresses', () => {
	test('a page for the skill, and one for each section under its id and every alias', () => {
		const pages = goPages([mlops], context);
		expect(pages[0]!.ids).toEqual([]);
		const capabilities = pages.find((page) => page.ids[0] === 'capabilities')!;
		expect(capabilities.ids).toEqual(['capabilities', '能力范围']);
		expect(pages).toHaveLength(1 + mlops.allSections.length);
	});

	test('an id too long to name a folder has no page; its section’s canonical URL is its skill’s', () => {
		const long = awkward.allSections.find((s) => s.id.startsWith('a-heading-written'))!;
		expect(hasOwnAddress(long.id)).toBe(false);
		expect(hasOwnAddress('能'.repeat(maxIdBytes / 3))).toBe(true);
		expect(goPages([awkward], context).some((page) => page.ids.includes(long.id))).toBe(false);
		expect(sectionPreview(awkward, long, context).url).toBe(
			`${site}/go/awkward-headings/#${encodeURIComponent(long.id)}`
		);
	});

	test('neutralSectionPath encodes the id and keeps the base', () => {
		expect(neutralSectionPath('x', '能力范围', '/docs/')).toBe(
			'/docs/go/x/%E8%83%BD%E5%8A%9B%E8%8C%83%E5%9B%B4/'
		);
	});
});

describe('previewHtml', () => {
	const capabilities = sectionPreview(mlops, section(mlops, 'capabilities'), context);

	test('is what an unfurler reads as the section, in both languages', async () => {
		const html = previewHtml(capabilities);
		const unfurled = await unfurl(html);
		expect(unfurled.ogTitle).toBe(capabilities.title);
		expect(unfurled.ogDescription).toBe(previewDescription(capabilities));
		expect(unfurled.ogLocale).toBe(languages.en.ogLocale);
		expect(unfurled.ogLocaleAlternate).toBe(languages.zh.ogLocale);
		const head = pageHead(html);
		expect(head.canonical).toBe(`${site}/go/mlops-engineer/capabilities/`);
		expect(head.alternates).toEqual({
			en: `${site}/skills/mlops-engineer/#capabilities`,
			'zh-CN': `${site}/zh-cn/skills/mlops-engineer/#capabilities`,
		});
		expect(head.robots).toBe('noindex');
		expect(head.links.map(({ href, lang }) => [href, lang])).toEqual([
			['/skills/mlops-engineer/#capabilities', 'en'],
			['/zh-cn/skills/mlops-engineer/#capabilities', 'zh-CN'],
		]);
	});

	test('sends each reader to the section in their language, or to the place the address names', () => {
		const tree = fromHtml(previewHtml(capabilities));
		const script = toText(select('script', tree)!);
		const go = (stored: string | null, hash: string) => {
			const replaced: string[] = [];
			// The page's own links, as the browser resolves them: the script reads its targets there.
			const document = {
				querySelector: (selector: string) => {
					const link = select(selector, tree);
					return link && { href: new URL(String(link.properties.href), capabilities.url).href };
				},
			};
			const globals = {
				document,
				localStorage: { getItem: () => stored },
				navigator: { languages: ['en-US'] },
				location: { search: '?from=wiki', hash, replace: (to: string) => replaced.push(to) },
			};
			new Function(...Object.keys(globals), script)(...Object.values(globals));
			return replaced;
		};
		expect(go('zh', '')).toEqual(['/zh-cn/skills/mlops-engineer/?from=wiki#capabilities']);
		expect(go(null, '')).toEqual(['/skills/mlops-engineer/?from=wiki#capabilities']);
		expect(go(null, '#capabilities.38e453')).toEqual([
			'/skills/mlops-engineer/?from=wiki#capabilities.38e453',
		]);
	});

	test(`weighs less than ${pageBytes} bytes when its id is at most ${longId} bytes long`, () => {
		for (const skill of [mlops, awkward, unsafe]) {
			for (const { ids, preview } of goPages([skill], context)) {
				if (encodeURIComponent(ids[0] ?? '').length > longId) continue;
				expect(Buffer.byteLength(previewHtml(preview)), ids[0]).toBeLessThan(pageBytes);
			}
		}
	});

	test('gives a long id the description’s room, to stay under budget', async () => {
		const id = 'a'.repeat(longId);
		const long: LinkPreview = {
			...capabilities,
			url: `${site}/go/mlops-engineer/${id}/`,
			fragment: id,
			versions: {
				en: { ...capabilities.versions.en, text: 'Deploy “models” & <services> '.repeat(9) },
				zh: { ...capabilities.versions.zh, text: '部署模型与服务，'.repeat(30) },
			},
		};
		const html = previewHtml(long);
		expect(Buffer.byteLength(html)).toBeLessThan(pageBytes);
		const description = (await unfurl(html)).ogDescription!;
		expect(graphemeCount(description)).toBeGreaterThan(leastDescription / 2);
		expect(graphemeCount(description)).toBeLessThan(previewLimits.description);
		expect(description).toMatch(/^Deploy “models” &.* 部署模型与服务/);
	});

	test('shows sources’ markup as text, however hostile', async () => {
		for (const { preview } of goPages([unsafe], context)) {
			const html = previewHtml(preview);
			const head = pageHead(html);
			expect(head.scripts).toBe(1);
			expect(head.title).toBe(preview.title);
			expect(head.heading).toBe(preview.title);
			expect((await unfurl(html)).ogDescription).toBe(previewDescription(preview));
			expect(html).not.toMatch(/<(img|svg|b|iframe)[\s>]/);
		}
		expect(previewHtml(skillPreview(unsafe, context))).toContain(
			"Unsafe &lt;/title&gt;&lt;script&gt;window.pwned = 'title'&lt;/script&gt; content"
		);
	});

	test('keeps the quotes and tags of any preview out of its markup', async () => {
		const hostile = "\"><script>alert(1)</script> & 'quoted'";
		const preview: LinkPreview = {
			...skillPreview(mlops, context),
			title: hostile,
			fragment: encodeURIComponent('"></script>'),
		};
		const html = previewHtml(preview);
		expect(pageHead(html).scripts).toBe(1);
		expect((await unfurl(html)).ogTitle).toBe(hostile);
		expect(escapeHtml(hostile)).toBe(
			"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; 'quoted'"
		);
	});
});
