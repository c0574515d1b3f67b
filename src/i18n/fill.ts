/**
 * An interface string with its `{name}` placeholders replaced by values, taken literally: unlike
 * `String.prototype.replace` with a string, `$&`, `$'`, `` $` `` and `$$` in a value (a heading
 * such as “Costs in $$”) stay as they are. Placeholders without a value are left in place.
 * @example
 * fill('Copy a link to “{section}”', { section: "Price $& tax" })
 * // => 'Copy a link to “Price $& tax”'
 */
export function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
		Object.hasOwn(values, name) ? values[name]! : placeholder
	);
}
