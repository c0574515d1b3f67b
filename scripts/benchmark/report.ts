/**
 * The measurements of each site, and the Markdown report of their medians side by side.
 */
import { cpus } from 'node:os';

type Unit = 's' | 'kB' | 'ms' | 'MB' | 'pages';

/**
 * One site's measurements, by metric label, in the order they were first taken.
 * @example
 * new Map([['Cold build', { unit: 's', values: [8.2, 7.9] }]])
 */
export type Samples = Map<string, { unit: Unit; values: number[] }>;

/**
 * Adds one measurement of a metric; the report's rows follow the order metrics first come in.
 * @example
 * const samples: Samples = new Map();
 * record(samples, 'Cold build', 's', 8.2);
 * samples.get('Cold build') // => { unit: 's', values: [8.2] }
 */
export function record(samples: Samples, label: string, unit: Unit, value: number): void {
	const series = samples.get(label) ?? { unit, values: [] };
	series.values.push(value);
	samples.set(label, series);
}

/**
 * The middle value (the mean of the two middle ones for an even count): one slow build or load
 * on a shared machine moves it far less than it would move a mean.
 * @example
 * median([3, 1, 2]) // => 2
 * median([4, 1, 2, 3]) // => 2.5
 */
export function median(values: number[]): number {
	if (values.length === 0) throw new Error('The median of no values is undefined.');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function format(value: number, unit: Unit): string {
	if (unit === 's') return `${value.toFixed(2)} s`;
	if (unit === 'kB') return `${value.toFixed(1)} kB`;
	if (unit === 'MB') return `${Math.round(value)} MB`;
	if (unit === 'pages') return `${Math.round(value)}`;
	return `${Math.round(value)} ms`;
}

/** The median of a metric, formatted, or a dash where it was not measured. */
function cell(samples: Samples, label: string): string {
	const series = samples.get(label);
	return series && series.values.length > 0 ? format(median(series.values), series.unit) : '–';
}

const medianOf = (samples: Samples, label: string) => median(samples.get(label)!.values);

interface Measured {
	label: string;
	samples: Samples;
}

/**
 * A Markdown table of each metric's median for both sites and their ratio (ours over theirs).
 * @example
 * comparisonTable({ label: 'Bare Starlight', samples: bare }, { label: 'This site', samples: ours })
 * // => '| Metric | Bare Starlight (median) | This site (median) | Ratio |\n| --- | ---: | ---: | ---: |\n| Cold build | 8.18 s | 9.35 s | 1.14× |…'
 */
export function comparisonTable(bare: Measured, site: Measured): string {
	const rows = [...bare.samples].map(([label, { unit, values }]) => {
		const ours = site.samples.get(label);
		if (!ours) throw new Error(`${site.label} has no “${label}” to compare with ${bare.label}'s.`);
		const theirs = median(values);
		const mine = median(ours.values);
		const ratio = theirs > 0 ? `${(mine / theirs).toFixed(2)}×` : '–';
		return `| ${label} | ${format(theirs, unit)} | ${format(mine, unit)} | ${ratio} |`;
	});
	return [
		`| Metric | ${bare.label} (median) | ${site.label} (median) | Ratio |`,
		'| --- | ---: | ---: | ---: |',
		...rows,
	].join('\n');
}

/** Both sites measured at one library size. */
export interface SizeResult {
	skills: number;
	runs: number;
	bare: Measured;
	site: Measured;
}

/** What the table across sizes shows of each site. */
const columns = ['Cold build', 'Peak memory', 'Pages', 'EN page: HTML'];

/**
 * One row per library size: each site's build time, peak memory, pages and the bytes of the
 * measured skill page (HTML as built), the build ratio, and this site's build time per skill
 * beyond the first (what each added skill costs, without the fixed start-up).
 * @example
 * sizeTable([{ skills: 1, runs: 3, bare, site }, { skills: 600, runs: 1, bare, site }])
 * // => '| Skills | Runs | Bare Starlight: build | … |\n| 1 | 3 | 5.10 s | … |'
 */
export function sizeTable(sizes: SizeResult[]): string {
	const [first] = sizes;
	if (!first) throw new Error('No sizes were measured.');
	const head = (label: string) => columns.map((column) => `${label}: ${column}`);
	const rows = sizes.map(({ skills, runs, bare, site }) => {
		const ratio = medianOf(site.samples, 'Cold build') / medianOf(bare.samples, 'Cold build');
		const perSkill =
			first.skills < skills
				? `${(((medianOf(site.samples, 'Cold build') - medianOf(first.site.samples, 'Cold build')) / (skills - first.skills)) * 1000).toFixed(0)} ms`
				: '–';
		return [
			skills,
			runs,
			...columns.map((column) => cell(bare.samples, column)),
			...columns.map((column) => cell(site.samples, column)),
			`${ratio.toFixed(2)}×`,
			perSkill,
		].join(' | ');
	});
	return [
		`| Skills | Runs | ${head(first.bare.label).join(' | ')} | ${head(first.site.label).join(' | ')} | Build ratio | ${first.site.label}: build per skill beyond ${first.skills} |`,
		`| ${Array(columns.length * 2 + 4)
			.fill('---:')
			.join(' | ')} |`,
		...rows.map((row) => `| ${row} |`),
	].join('\n');
}

interface ReportInput {
	sizes: SizeResult[];
	/** The URL paths of the pages measured. */
	pages: string[];
	loadsPerRound: number;
	sources: string[];
}

/**
 * The whole report: how it was measured, on what, the table across sizes, and each size's table.
 * @example
 * benchmarkReport({ sizes, pages: ['/skills/x/', '/zh-cn/skills/x/'], loadsPerRound: 3, sources: ['content/skills'] })
 * // => '## This site vs. Bare Starlight\n\nMedians of alternating rounds · Node v22…'
 */
export function benchmarkReport({ sizes, pages, loadsPerRound, sources }: ReportInput): string {
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`;
	const when = `Node ${process.version} · ${new Date().toISOString()} · ${machine}`;
	const pageList = pages.map((path) => `\`${path}\``).join(' and ');
	const { bare, site } = sizes[0]!;
	const perSize = sizes
		.map(
			({ skills, runs, bare, site }) =>
				`### ${skills} skill${skills === 1 ? '' : 's'} (${runs} round${runs === 1 ? '' : 's'})\n\n${comparisonTable(bare, site)}`
		)
		.join('\n\n');
	return `## ${site.label} vs. ${bare.label}

Medians of alternating rounds (which site builds first alternates) · ${when}

Libraries made from the skill sources in ${sources.map((s) => `\`${s}\``).join(' and ')}: each source, then copies of it under new names, titles and categories (scripts/benchmark/library.ts). Peak memory: the largest resident set of the build's processes (GNU time). Skill pages: ${pageList}; "EN page: HTML" is its HTML as built. Weights are gzip bytes of the HTML (inline scripts included) and of every stylesheet, script, module preload and static import the page loads; "JS after load" is what its scripts \`import()\` by name once it has loaded (Starlight's Pagefind UI), not in the total. Load times: headless Chromium, a new profile per load (empty cache), ${loadsPerRound} loads per page a round, a local server without compression.

${sizeTable(sizes)}

${perSize}

The bare site has the same text as plain Starlight pages. This site's pages carry more: the switch between English, Chinese and the compare view, a copy-link button and menu on every heading, anchors for old section ids, \`hreflang\` and Open Graph alternates, and the scripts that keep your place when switching language; its build also makes the compare and \`/go/\` pages and a sitemap.
`;
}
