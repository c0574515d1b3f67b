/**
 * The measurements of each site, and the Markdown report of their medians side by side.
 */
import { cpus } from 'node:os';

type Unit = 's' | 'kB' | 'ms';

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
	return `${Math.round(value)} ms`;
}

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

interface ReportInput {
	bare: Measured;
	site: Measured;
	runs: number;
	/** The URL paths of the pages measured. */
	pages: string[];
	loadsPerRound: number;
}

/**
 * The whole report: how it was measured, on what, the table, and what the difference is made of.
 * @example
 * benchmarkReport({ bare, site, runs: 1, pages: ['/skills/x/', '/zh-cn/skills/x/'], loadsPerRound: 3 })
 * // => '## This site vs. Bare Starlight\n\n1 round, alternating which site goes first · Node v22…'
 */
export function benchmarkReport({ bare, site, runs, pages, loadsPerRound }: ReportInput): string {
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`;
	const when = `Node ${process.version} · ${new Date().toISOString()} · ${machine}`;
	const pageList = pages.map((path) => `\`${path}\``).join(' and ');
	return `## ${site.label} vs. ${bare.label}

${runs} round${runs === 1 ? '' : 's'}, alternating which site goes first · ${when}

Skill pages: ${pageList}. Weights are gzip bytes of the HTML (inline scripts included) and of every stylesheet, script, module preload and static import the page loads; "JS after load" is what its scripts \`import()\` by name once it has loaded (Starlight's Pagefind UI), not in the total. Load times: headless Chromium, a new profile per load (empty cache), ${loadsPerRound} loads per page a round, a local server without compression.

${comparisonTable(bare, site)}

The bare site has the same text as plain Starlight pages. This site's pages carry more: the switch between English, Chinese and the compare view, a copy-link button and menu on every heading, anchors for old section ids, \`hreflang\` and Open Graph alternates, and the scripts that keep your place when switching language; its build also makes the compare and \`/go/\` pages and a sitemap.
`;
}
