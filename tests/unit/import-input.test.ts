import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSkill } from '../../src/import/find-skills';
import { importAll } from '../../src/import/import-all';
import { decodeSkillMd } from '../../src/skill-md/decode';
import { skillFile, tempFiles } from '../support/import-folder';

const english = skillFile(
	'cafe',
	'# Café\n\nOrder a crème brûlée – “politely”.',
	'Order in a café.'
);
const chinese = skillFile('cafe', '# 咖啡馆\n\n礼貌地点一份焦糖布丁。', '在咖啡馆点单。');

/** Bytes of a text in Windows-1252, as a Windows editor in a Western language saves it. */
const windows1252 = (text: string) =>
	Uint8Array.from([...text], (char) => {
		const special: Record<string, number> = { '–': 0x96, '“': 0x93, '”': 0x94 };
		return special[char] ?? char.charCodeAt(0);
	});

/** Imports the two files, as given, and returns the row and the source made. */
function importBytes(original: string | Uint8Array, translation: string | Uint8Array) {
	const dir = tempFiles({ 'cafe/SKILL.md': original, 'cafe/SKILL.zh-CN.md': translation });
	const [row] = importAll(findSkill(join(dir, 'cafe/SKILL.md')), join(dir, 'out'));
	return { row: row!, dir };
}

describe('the importer reads its input as people saved it', () => {
	it('a translation saved with a byte order mark and Windows line ends keeps its front matter', () => {
		const { row } = importBytes(english, `\uFEFF${chinese.replace(/\n/g, '\r\n')}`);
		expect(row.done).toBe('written');
		expect(row.tally.originalOnly).toEqual([]);
		expect(row.tally.translationOnly).toEqual([]);
		expect(row.yaml).toMatch(/description:\n\s+en: Order in a café\.\n\s+zh: 在咖啡馆点单。\n/);
		expect(row.yaml).not.toMatch(/\r|\uFEFF/);
	});

	it('Latin-1 (Windows-1252) as such, with a note of where the first byte that is not UTF-8 is', () => {
		// Its first accent is in the description, line 3: `description: Order in a café.`
		const { row, dir } = importBytes(windows1252(english), chinese);
		expect(row.done).toBe('written');
		expect(row.yaml).toContain('en: Order a crème brûlée – “politely”.');
		expect(row.notes).toEqual([
			`${join(dir, 'cafe/SKILL.md')} is not UTF-8 (byte 0xE9 at 3:28): read as Windows-1252 (Latin-1)`,
		]);
	});

	it('UTF-8 unchanged, UTF-16 by its mark', () => {
		expect(decodeSkillMd(new TextEncoder().encode('Café “x”'))).toEqual({ text: 'Café “x”' });
		const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('Café 中文', 'utf16le')]);
		expect(decodeSkillMd(utf16).text).toBe('Café 中文');
		// A byte sequence UTF-8 forbids (an overlong `/`) is no UTF-8 either.
		expect(decodeSkillMd(Uint8Array.of(0x61, 0xc0, 0xaf)).note).toMatch(/byte 0xC0 at 1:2/);
	});
});
