/**
 * What a wiki or a chat shows for each kind of link the site gives out, for the README
 * (.github/readme/wiki-cards.png). Each card is drawn from what open-graph-scraper, the unfurler
 * the tests use, reads of the built page at that address (as a wiki reads it: the HTML, without
 * its script, and without the `#fragment`), in the plain layout chat apps give a link card. Run
 * `npm run build` first.
 *   node scripts/wiki-cards.ts
 */
import { readFile } from 'node:fs/promises';
import ogs from 'open-graph-scraper';
import { launchChromium } from './lib/chromium.ts';

// The page's first passage, by its anchor: its section's id and its English's fingerprint.
const page = await readFile('dist/skills/mlops-engineer/index.html', 'utf8');
const [passage = '', section = ''] = /id="(([a-z0-9-]+)\.[0-9a-f]{6})"/.exec(page)?.slice(1) ?? [];

/** The links a reader copies, by kind, and the built file an unfurler is served for each. */
const links = [
	['A section (copy-link menu, first)', '/go/mlops-engineer/capabilities/'],
	['A skill, in the reader’s language', '/go/mlops-engineer/'],
	['The Chinese page', '/zh-cn/skills/mlops-engineer/'],
	['A passage (its section’s card)', `/go/mlops-engineer/${section}/#${passage}`],
];

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const cards: string[] = [];
for (const [kind, address] of links) {
	const file = `dist${address.split('#')[0]}index.html`;
	const { result } = await ogs({ html: await readFile(file, 'utf8') });
	cards.push(`<figure><figcaption>${escape(kind)} · <code>${escape(address)}</code></figcaption>
<div class="card"><div class="site">${escape(result.ogSiteName ?? '')}</div>
<div class="title">${escape(result.ogTitle ?? '')}</div>
<div class="text">${escape(result.ogDescription ?? '')}</div></div></figure>`);
}

const html = `<!doctype html><meta charset="utf-8"><style>
body{font:15px/1.45 system-ui,'Noto Sans CJK SC',sans-serif;margin:24px;width:640px;color:#1d1c1d;background:#fff}
figure{margin:0 0 18px}figcaption{font-size:12px;color:#616061;margin-bottom:6px}
code{font-size:12px}.card{border-left:4px solid #dddddd;padding:2px 0 2px 12px}
.site{font-weight:600;font-size:13px}.title{color:#1264a3;font-weight:700}.text{color:#1d1c1d}
</style>${cards.join('\n')}`;

const browser = await launchChromium();
try {
	const tab = await browser.newPage({ viewport: { width: 690, height: 400 } });
	await tab.setContent(html);
	await tab.screenshot({ path: '.github/readme/wiki-cards.png', fullPage: true });
	console.log('.github/readme/wiki-cards.png');
} finally {
	await browser.close();
}
