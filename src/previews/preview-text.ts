import { firstGraphemes, graphemeLength } from './graphemes';

/**
 * How much of a title and a description a wiki or a chat shows in a link's preview card, in
 * characters as a reader counts them (graphemes: `é`, `👍🏽` and `能` are one each). Previews
 * longer than this are cut by the unfurler, at a character or a pixel width it chooses, and lose
 * the end: the Chinese half of a bilingual title. So the site cuts them first, where it chooses.
 * The numbers (README, "What a wiki shows for each link"):
 * - Microsoft Teams cuts `og:title` at about 75 characters and `og:description` at about 200;
 * - X (Twitter) cards take 70 and 200, the documented limits most unfurlers copy;
 * - Slack shows the whole title and folds the description at about 300 characters;
 * - Notion's bookmark shows one line of title and two of description, cut by width;
 * - Feishu / Lark publish no number: its cards cut by width, like Notion's.
 */
export const previewLimits = {
	/** `<title>` and `og:title`: under Teams' 75, at X's 70. */
	title: 70,
	/** `og:description` and `description`: Teams' and X's 200. */
	description: 200,
} as const;

/** What a cut text ends with. */
export const ellipsis = '…';

/**
 * A text as a preview shows it: on one line, without control characters or the bidirectional
 * formatting characters that would draw it in another order than it reads (the sources refuse
 * them, src/source/; a preview is read by programs the site does not control, so it makes sure).
 * @example
 * previewText('  Deploy\n  models\u202e now ') // => 'Deploy models now'
 */
export function previewText(text: string): string {
	return text
		.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A text cut to at most `max` graphemes, its last one an ellipsis when it was cut: at the last
 * space when one is near the end, so that a word is not cut in half, else at a grapheme (Chinese
 * has no spaces).
 * @example
 * clip('Blue-green deployments and rolling updates', 30) // => 'Blue-green deployments and…'
 * clip('基于Kubeflow Pipelines实现Kubernetes原生ML工作流', 10) // => '基于Kubeflo…'
 * clip('short', 20) // => 'short'
 */
export function clip(text: string, max: number): string {
	if (text.length <= max || graphemeLength(text, max) <= max) return text;
	if (max < 1) return '';
	const kept = firstGraphemes(text, max - 1);
	// A space in the last third: end the text there rather than in a word.
	const space = kept.lastIndexOf(' ');
	const end = space >= Math.floor(kept.length * 0.66) ? space : kept.length;
	// Nor on a comma or a colon, which would promise more than the ellipsis gives.
	return kept.slice(0, end).replace(/[\s,;:，；：、]+$/u, '') + ellipsis;
}

/**
 * How many graphemes each text may keep so that all of them, joined, fit in `room`: the room
 * is shared equally, and what a short text does not use goes to the longer ones.
 * @example
 * shares([10, 300], 200) // => [10, 190]
 * shares([300, 300], 200) // => [100, 100]
 */
export function shares(lengths: number[], room: number): number[] {
	const given = lengths.map(() => 0);
	let left = Math.max(0, room);
	const order = lengths.map((length, i) => ({ length, i })).sort((a, b) => a.length - b.length);
	order.forEach(({ length, i }, rank) => {
		given[i] = Math.min(length, Math.floor(left / (order.length - rank)));
		left -= given[i]!;
	});
	return given;
}

/**
 * Texts joined by `separator` in at most `max` graphemes, the same text once. Each part is drawn
 * by `show` in the room it is given (see {@link shares}); `show(part, Infinity)` is the part whole.
 * @example
 * fitTogether(['MLOps Engineer', 'MLOps工程师'], 70, ' · ', clip) // => 'MLOps Engineer · MLOps工程师'
 * fitTogether(['Same', 'Same'], 70, ' · ', clip) // => 'Same'
 */
export function fitTogether<T>(
	parts: T[],
	max: number,
	separator: string,
	show: (part: T, room: number) => string
): string {
	const whole = new Map(parts.map((part) => [show(part, Infinity), part]));
	whole.delete('');
	const room = max - graphemeLength(separator) * (whole.size - 1);
	// Lengths past the room all get the same share: no need to count further.
	const allotted = shares(
		[...whole.keys()].map((text) => graphemeLength(text, Math.max(0, room))),
		room
	);
	return [...whole.values()]
		.map((part, i) => show(part, allotted[i]!))
		.filter(Boolean)
		.join(separator);
}

/** What separates a section's heading from its skill's title. */
const nameSeparator = ' — ';

/**
 * A section's heading and its skill's title, "Heading — Title", in at most `room` graphemes. The
 * heading is what tells the links to one skill apart, so it is cut last: the title keeps what the
 * heading leaves, or at least a quarter of the room.
 * @example
 * headed('Capabilities', 'MLOps Engineer', Infinity) // => 'Capabilities — MLOps Engineer'
 * headed('Model Deployment & Serving', 'Comprehensive Review PR Enhance', 33) // => 'Model Deployment &… — Compreh…'
 */
export function headed(heading: string, title: string, room: number): string {
	const whole = `${heading}${nameSeparator}${title}`;
	// Counted as far as the room: what is longer is cut all the same.
	const length = (text: string) => graphemeLength(text, room);
	if (room === Infinity || length(whole) <= room) return whole;
	const left = room - length(nameSeparator);
	if (left < 2) return clip(heading, room);
	const titleRoom = Math.max(Math.min(length(title), Math.floor(room / 4)), left - length(heading));
	const shortTitle = clip(title, titleRoom);
	return `${clip(heading, left - length(shortTitle))}${nameSeparator}${shortTitle}`;
}
