import { describe, expect, test } from 'vitest';
import { languageOfLocale, otherLanguage } from '../../src/i18n/languages';
import { localizedPath, neutralPath, skillPath } from '../../src/navigation/paths';
import { skillSidebar } from '../../src/navigation/sidebar';
import { headingSlug } from '../../src/schema/section-id';
import { skillModel } from '../../src/model/skill-model';
import { aliasAnchors } from '../../src/views/anchors';
import { loadModel, loadSkill } from '../support/skills';

const aliasesOf = (model: ReturnType<typeof skillModel>) =>
	new Map(model.allSections.map((section) => [section.id, section.aliases]));

describe('section ids', () => {
	test.each([
		[
			'ML Pipeline Orchestration & Workflow Management',
			'ml-pipeline-orchestration--workflow-management',
		],
		['Cloud-Specific MLOps Expertise', 'cloud-specific-mlops-expertise'],
		['AWS MLOps Stack', 'aws-mlops-stack'],
		['Continuous Integration & Deployment for ML', 'continuous-integration--deployment-for-ml'],
		['Use `kubectl` *now*', 'use-kubectl-now'],
		['能力范围', '能力范围'],
	])('%j → #%s, as Starlight makes it', (heading, id) => {
		expect(headingSlug(heading)).toBe(id);
	});
});

describe('languages and paths', () => {
	test('map Starlight locales to source keys', () => {
		expect(languageOfLocale(undefined)).toBe('en');
		expect(languageOfLocale('zh-cn')).toBe('zh');
		expect(() => languageOfLocale('fr')).toThrow('No language is configured for the locale "fr"');
		expect(otherLanguage('zh')).toBe('en');
	});

	test('put the locale and the base in front of a path', () => {
		expect(skillPath('mlops-engineer', 'en')).toBe('/skills/mlops-engineer/');
		expect(skillPath('mlops-engineer', 'zh')).toBe('/zh-cn/skills/mlops-engineer/');
		expect(localizedPath('/', 'zh', '/docs/')).toBe('/docs/zh-cn/');
		expect(skillPath('x', 'zh', '/', 'compare')).toBe('/zh-cn/skills/x/compare/');
	});

	test('put the base in front of a language-neutral link', () => {
		expect(neutralPath('x')).toBe('/go/x/');
		expect(neutralPath('x', '/docs')).toBe('/docs/go/x/');
	});
});

describe('skillSidebar', () => {
	const skill = loadModel('mlops-engineer');
	type Entry = {
		label: string;
		href: string;
		isCurrent?: boolean;
		attrs?: object;
		entries?: Entry[];
	};
	const entriesOf = (entry: unknown) => (entry as Entry).entries!;

	test('leads back to the catalog, at the card of the skill the reader is on', () => {
		const [catalog] = skillSidebar('zh', '/', { model: skill, view: 'page' });
		expect(catalog).toMatchObject({ label: '全部技能', href: '/zh-cn/#skill-mlops-engineer' });
		expect(skillSidebar('en', '/')).toEqual([expect.objectContaining({ href: '/' })]);
	});

	test('lists the skill’s three views, the open one current, then its top-level sections', () => {
		const [, group] = skillSidebar('zh', '/', { model: skill, view: 'page' });
		expect(group).toMatchObject({ type: 'group', label: skill.title.zh.text, collapsed: false });
		const [en, zh, compare, sections] = entriesOf(group);
		expect(en).toMatchObject({
			label: 'English',
			href: '/skills/mlops-engineer/',
			isCurrent: false,
		});
		expect(en!.attrs).toMatchObject({ lang: 'en', 'data-language-choice': 'en' });
		expect(zh).toMatchObject({ label: '简体中文', isCurrent: true });
		expect(compare).toMatchObject({
			label: '中英对照',
			href: '/zh-cn/skills/mlops-engineer/compare/',
			isCurrent: false,
		});
		expect(sections).toMatchObject({ type: 'group', label: '章节' });
		const links = entriesOf(sections);
		expect(links.map((link) => link.label)).toEqual(
			skill.sections.map((section) => section.heading.zh.plain)
		);
		expect(links[4]!.href).toBe(`/zh-cn/skills/mlops-engineer/#${skill.sections[4]!.id}`);
	});

	test('on the compare view, marks it current and keeps section links in it', () => {
		const [, group] = skillSidebar('en', '/', { model: skill, view: 'compare' });
		const [en, , compare, sections] = entriesOf(group);
		expect(en!.isCurrent).toBe(false);
		expect(compare!.isCurrent).toBe(true);
		expect(entriesOf(sections)[0]!.href).toBe(
			`/skills/mlops-engineer/compare/#${skill.sections[0]!.id}`
		);
	});
});

describe('sectionAliases', () => {
	test('keep former ids and the slugs Starlight would have given each language’s heading', () => {
		const aliases = aliasesOf(loadModel('tests/fixtures/skills/edge-cases/skill.yaml'));
		expect(aliases.get('deeper-level')).toEqual(['old-deeper', 'deeper', '更深一层']);
		expect(aliases.get('setup--install')).toEqual(['安装与install']);
	});

	test('give the mlops-engineer sections their Chinese slugs', () => {
		const aliases = aliasesOf(loadModel('mlops-engineer'));
		expect(aliases.get('capabilities')).toEqual(['能力范围']);
		expect(aliases.get('aws-mlops-stack')).toEqual(['aws-mlops技术栈']);
	});

	test('skip a slug that is already a section id or another section’s alias', () => {
		const skill = loadSkill('tests/fixtures/skills/edge-cases/skill.yaml');
		const twin = {
			...skill.sections[1]!,
			id: 'twin',
			formerIds: [],
			heading: { en: 'Twin', zh: '更深一层' },
		};
		const aliases = aliasesOf(skillModel({ ...skill, sections: [...skill.sections, twin] }));
		expect(aliases.get('twin')).toEqual(['更深一层-1']);
		expect(aliases.get('deeper-level')).toContain('更深一层');
		const same = { ...twin, id: 'kubernetes', heading: { en: 'Kubernetes', zh: 'Kubernetes' } };
		expect(aliasesOf(skillModel({ ...skill, sections: [same] })).get('kubernetes')).toEqual([]);
		// Nor one that is a section's id in other code points: one /go/ folder on macOS.
		const composed = { ...twin, id: 'caf\u00e9', heading: { en: 'Cafe\u0301', zh: '咖啡' } };
		expect(aliasesOf(skillModel({ ...skill, sections: [composed] })).get('caf\u00e9')).toEqual([
			'咖啡',
		]);
	});

	test('anchors escape their ids', () => {
		expect(aliasAnchors(['a"b'])).toBe('<span id="a&quot;b" class="section-alias"></span>');
	});
});

describe('the view model', () => {
	const skill = loadModel('tests/fixtures/skills/pending-translations/skill.yaml');

	test('shows a pair’s own text, or the other language’s marked as a stand-in', () => {
		const [first, second] = skill.sections;
		expect(first!.heading.en).toMatchObject({
			plain: 'A heading without Chinese',
			status: 'translated',
			lang: 'en',
		});
		expect(first!.heading.zh).toMatchObject({
			plain: 'A heading without Chinese',
			status: 'fallback',
			lang: 'en',
			key: 'en',
		});
		expect(second!.heading.en).toMatchObject({
			plain: '只有中文的标题',
			status: 'fallback',
			lang: 'zh-CN',
		});
	});

	test('decides a table’s status as every other block’s', () => {
		const table = skill.sections[0]!.body.find((block) => block.kind === 'table');
		expect(table).toMatchObject({
			kind: 'table',
			table: { zh: { status: 'fallback', lang: 'en' } },
		});
	});

	test('lists a heading not translated yet in the sidebar in the language it is in', () => {
		const [, group] = skillSidebar('zh', '/', { model: skill, view: 'page' });
		const sections = (group as { entries: { entries?: { label: string; attrs: object }[] }[] })
			.entries[3]!.entries!;
		expect(sections.find((l) => l.label === 'A heading without Chinese')!.attrs).toEqual({
			lang: 'en',
		});
		expect(sections.find((l) => l.label === '只有中文的标题')!.attrs).toEqual({});
	});
});
