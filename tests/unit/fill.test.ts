import { expect, test } from 'vitest';
import { fill } from '../../src/i18n/fill';

test('fill puts values in literally, whatever `$` patterns they contain', () => {
	for (const value of ['$&', "$'", '$`', '$$', '$1', 'a $& b $$ c']) {
		expect(fill('Copy a link to “{section}”', { section: value })).toBe(
			`Copy a link to “${value}”`
		);
	}
	expect(fill('已复制：{format}', { format: "$' $&" })).toBe("已复制：$' $&");
});

test('fill replaces every placeholder, and leaves unknown ones', () => {
	expect(fill('{a} and {a}, {b}', { a: 'x' })).toBe('x and x, {b}');
	expect(fill('{toString}', {})).toBe('{toString}');
});
