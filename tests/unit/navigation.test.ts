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

	test('lists the top-level sections in the page’s language, linked by their shared ids', () => {
		const [group] = skillSidebar([skill], 'zh', '/', { name: 'mlops-engineer', view: 'page' });
		expect(group).toMatchObject({ type: 'group', label: '技能' });
		const [skillGroup] = (group as { entries: unknown[] }).entries;
		expect(skillGroup).toMatchObject({ type: 'group', label: 'MLOps工程师', collapsed: false });
		const [compare, ...links] = (skillGroup as { entries: { label: string; href: string }[] })
			.entries;
		expect(compare).toMatchObject({
			label: '中英对照',
			href: '/zh-cn/skills/mlops-engineer/compare/',
			isCurrent: false,
		});
		expect(links.map((link) => link.label)).toEqual([
			'适用场景',
			'不适用场景',
			'使用说明',
			'定位',
			'能力范围',
			'行为准则',
			'知识库',
			'响应流程',
			'交互示例',
		]);
		expect(links[4]!.href).toBe('/zh-cn/skills/mlops-engineer/#capabilities');
	});

	test('on the compare view, marks it current and keeps section links in it', () => {
		const [group] = skillSidebar([skill], 'en', '/', { name: 'mlops-engineer', view: 'compare' });
		const [compare, first] = (
			group as { entries: { entries: { href: string; isCurrent: boolean }[] }[] }
		).entries[0]!.entries;
		expect(compare!.isCurrent).toBe(true);
		expect(first!.href).toBe('/skills/mlops-engineer/compare/#use-this-skill-when');
	});

	test('keeps other skills’ groups closed', () => {
		const [group] = skillSidebar([skill], 'en', '/');
		expect((group as { entries: { collapsed: boolean }[] }).entries[0]!.collapsed).toBe(true);
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
		const [group] = skillSidebar([skill], 'zh', '/');
		const links = (group as { entries: { entries: { label: string; attrs: object }[] }[] })
			.entries[0]!.entries;
		expect(links.find((l) => l.label === 'A heading without Chinese')!.attrs).toEqual({
			lang: 'en',
		});
		expect(links.find((l) => l.label === '只有中文的标题')!.attrs).toEqual({});
	});
});
