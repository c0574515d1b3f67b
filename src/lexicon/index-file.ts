/**
 * The lexicon's index as bytes, to keep between runs: building it reads 20 MB of dictionary
 * text, reading it back takes a few milliseconds. Numbers are typed arrays viewed in place; the
 * words are jieba's dictionary format (`word frequency` lines), so jieba loads the same bytes.
 */

/** Everything the lexicon knows, as compact arrays indexed by word and by stem. */
export interface LexiconData {
	/** jieba's dictionary of these words (`word frequency` lines), as jieba reads it. */
	dictionary: Uint8Array;
	/** CC-CEDICT's simplified words. */
	words: string[];
	/** How informative each word is (jieba's IDF). */
	wordIdf: Float32Array;
	/** The English stems of the glosses. */
	stems: string[];
	/** Each stem's family root (see families.ts). */
	family: Uint32Array;
	/** How informative each root is: the IDF of the commonest word it translates. */
	stemIdf: Float32Array;
	/** Word i's roots are `gloss[glossStart[i]]` up to `gloss[glossStart[i + 1]]`. */
	glossStart: Uint32Array;
	gloss: Uint32Array;
}

/**
 * Changes whenever the index's content or layout does, so that an old file is built again.
 * @example
 * `lexicon-${indexVersion}-1.1.1-2.0.3.bin` // the kept file's name (load.ts)
 */
export const indexVersion = 5;

const arrays = ['wordIdf', 'family', 'stemIdf', 'glossStart', 'gloss'] as const;

/**
 * The index as bytes: a JSON header with the sections' sizes, then each section 4-byte aligned.
 * @example
 * decodeIndex(encodeIndex(data)).words // => data.words
 */
export function encodeIndex(data: LexiconData): Uint8Array {
	const texts = [data.words.join('\n'), data.stems.join('\n')].map((text) =>
		new TextEncoder().encode(text)
	);
	const sections = [
		data.dictionary,
		...texts,
		...arrays.map(
			(key) => new Uint8Array(data[key].buffer, data[key].byteOffset, data[key].byteLength)
		),
	];
	const header = new TextEncoder().encode(
		JSON.stringify({
			version: indexVersion,
			sizes: sections.map((s) => s.length),
			lengths: arrays.map((key) => data[key].length),
		})
	);
	const pad = (n: number) => (n + 3) & ~3;
	const bytes = new Uint8Array(
		4 + pad(header.length) + sections.reduce((sum, s) => sum + pad(s.length), 0)
	);
	new DataView(bytes.buffer).setUint32(0, header.length, true);
	bytes.set(header, 4);
	let at = 4 + pad(header.length);
	for (const section of sections) {
		bytes.set(section, at);
		at += pad(section.length);
	}
	return bytes;
}

/**
 * The index from its bytes, or undefined when they are of another version.
 * @example
 * decodeIndex(readFileSync(file))?.stems.length // => about 30,000
 */
export function decodeIndex(bytes: Uint8Array): LexiconData | undefined {
	// Typed arrays need their offset aligned: a pooled Buffer's may not be.
	const own = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
	const view = new DataView(own.buffer, own.byteOffset);
	const headerLength = view.getUint32(0, true);
	const header = JSON.parse(new TextDecoder().decode(own.subarray(4, 4 + headerLength))) as {
		version: number;
		sizes: number[];
		lengths: number[];
	};
	if (header.version !== indexVersion) return undefined;
	let at = own.byteOffset + 4 + ((headerLength + 3) & ~3);
	const sections = header.sizes.map((size) => {
		const start = at;
		at += (size + 3) & ~3;
		return { start, size };
	});
	const bytesOf = (index: number) =>
		new Uint8Array(own.buffer, sections[index]!.start, sections[index]!.size);
	const lines = (index: number) => new TextDecoder().decode(bytesOf(index)).split('\n');
	const typed = <T>(
		index: number,
		Kind: new (buffer: ArrayBufferLike, offset: number, length: number) => T
	) => new Kind(own.buffer, sections[index + 3]!.start, header.lengths[index]!);
	return {
		dictionary: bytesOf(0),
		words: lines(1),
		wordIdf: typed(0, Float32Array),
		stems: lines(2),
		family: typed(1, Uint32Array),
		stemIdf: typed(2, Float32Array),
		glossStart: typed(3, Uint32Array),
		gloss: typed(4, Uint32Array),
	};
}
