/**
 * The numbers a text states, for comparing a translation's with its original's: digits as written
 * (thousands separators dropped, `1,000` and `1000` alike), and the numbers each language writes in
 * words (`three`, `三`), which a translator may write either way.
 */

const englishWords: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	fifteen: 15,
	twenty: 20,
	thirty: 30,
	fifty: 50,
	hundred: 100,
	thousand: 1000,
	million: 1_000_000,
	once: 1,
	twice: 2,
	single: 1,
	double: 2,
	first: 1,
	second: 2,
	third: 3,
	half: 0.5,
	dozen: 12,
};
const chineseDigits: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9,
};
const chineseUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 1e8 };

/** `十`, `二十`, `十五`, `一百零五`, `两千`, `二十万`: a run of Chinese numerals as a number. */
function chineseNumeral(text: string): number | undefined {
	let total = 0;
	let section = 0;
	let digit = 0;
	for (const char of text) {
		const unit = chineseUnits[char];
		if (char in chineseDigits) digit = chineseDigits[char]!;
		else if (unit === undefined) return undefined;
		else if (unit < 10_000) {
			section += (digit || 1) * unit;
			digit = 0;
		} else {
			total += (section + digit) * unit;
			section = digit = 0;
		}
	}
	return total + section + digit;
}

/**
 * The numbers a text writes in digits, each once (thousands separators dropped). Code and
 * addresses are left to other checks, so a caller gives the text without them.
 * @example
 * digitNumbers('Wait 1,500 ms, 3 times, at 99.9 %') // => Set { '1500', '3', '99.9' }
 */
export function digitNumbers(text: string): Set<string> {
	const found = new Set<string>();
	// A digit inside a name is not a number: `E2E`, `OAuth2`, `S3`, `v2` (`30s` and `5GB` are).
	for (const [written] of text.matchAll(/(?<![A-Za-z\d_])\d+(?:[.,]\d+)*/g)) {
		// `1,000` and `1,000.5` are thousands; `1.5` is a decimal; `2,3` a list.
		const thousands = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(written);
		for (const part of thousands ? [written.replace(/,/g, '')] : written.split(','))
			found.add(String(Number(part)));
	}
	return found;
}

/**
 * The numbers a text writes in words: English number words, and runs of Chinese numerals (but a
 * lone 一, which is as often "a" or "the whole" as "one": 一起, 统一).
 * @example
 * wordNumbers('Retry three times') // => Set { '3' }
 * wordNumbers('重试三次，最多二十秒') // => Set { '3', '20' }
 */
export function wordNumbers(text: string): Set<string> {
	const found = new Set<string>();
	for (const word of text.toLowerCase().match(/[a-z]+/g) ?? [])
		if (Object.hasOwn(englishWords, word)) found.add(String(englishWords[word]));
	for (const [run] of text.matchAll(/[零〇一二两三四五六七八九十百千万亿]+/g)) {
		const value = chineseNumeral(run);
		if (value !== undefined && run !== '一') found.add(String(value));
	}
	return found;
}
