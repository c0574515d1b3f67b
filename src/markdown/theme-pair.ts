import {
	bundledThemes,
	normalizeTheme,
	type BundledTheme,
	type ShikiTransformer,
	type ThemeRegistrationResolved,
} from 'shiki';

// Shiki colours code for two themes by tokenizing it twice, once per theme, though the grammar's
// work (most of a build's time in Shiki) is the same both times. Our two themes are one design in
// two palettes: the same rules, scope for scope. So the code is tokenized once, with a theme made
// of both, whose every colour stands for a pair (light, dark); a Shiki transformer then writes the
// pair out as the two themes' CSS variables, exactly as Shiki's two passes would
// (tests/unit/highlight.test.ts holds it to them over every block of the real skills).
// Tokens split where a pair changes, which is where either theme's colour changes: the same
// places as the two passes joined.

/** Light and dark, as Shiki's `themes` option names them. */
type Variant = 'light' | 'dark';
const variants: Variant[] = ['light', 'dark'];

/** How Shiki names a theme's CSS variable (`--shiki-light`, `--shiki-light-font-style`). */
const prefix = '--shiki-';
const pairKey = 'pair';

/**
 * The two themes as one, or why they cannot be: a rule of one has no twin in the other.
 * @example
 * (await themePair({ light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' })).themes
 * // => { pair: { name: 'github-light-high-contrast+github-dark-high-contrast', … } }
 */
export async function themePair(names: Record<Variant, BundledTheme>) {
	const [light, dark] = await Promise.all(
		variants.map(async (variant) => normalizeTheme((await bundledThemes[names[variant]]()).default))
	);
	const themes = { light: light!, dark: dark! };
	const pairs = new Map<string, Record<Variant, string>>();
	const idOf = new Map<string, string>();
	const pairOf = (colours: Record<Variant, string | undefined>, where: string) => {
		if (colours.light === undefined && colours.dark === undefined) return undefined;
		if (colours.light === undefined || colours.dark === undefined) {
			throw new Error(`${where} has a colour in one theme only`);
		}
		const key = `${colours.light} ${colours.dark}`;
		let id = idOf.get(key);
		if (id === undefined) {
			// Token colours reach the HTML as vscode-textmate prints them: upper case.
			id = `#${idOf.size.toString(16).toUpperCase().padStart(6, '0')}`;
			idOf.set(key, id);
			pairs.set(id, { light: colours.light.toUpperCase(), dark: colours.dark.toUpperCase() });
		}
		return id;
	};
	const theme = pairedTheme(themes, pairOf);
	return { themes: { [pairKey]: theme }, transformers: [writeOut(theme, themes, pairs)] };
}

/** One theme with the rules of both, each colour replaced by the id of its pair. */
function pairedTheme(
	{ light, dark }: Record<Variant, ThemeRegistrationResolved>,
	pairOf: (colours: Record<Variant, string | undefined>, where: string) => string | undefined
): ThemeRegistrationResolved {
	const name = `${light.name}+${dark.name}`;
	const replaces = (theme: ThemeRegistrationResolved) =>
		Object.keys(theme.colorReplacements ?? {}).length > 0;
	if (light.settings.length !== dark.settings.length || replaces(light) || replaces(dark)) {
		throw new Error(`${name}: the themes do not have the same rules`);
	}
	const settings = light.settings.map((rule, index) => {
		const twin = dark.settings[index]!;
		const where = `${name}: rule ${index} (${JSON.stringify(rule.scope)})`;
		if (
			JSON.stringify(rule.scope) !== JSON.stringify(twin.scope) ||
			rule.settings.fontStyle !== twin.settings.fontStyle
		) {
			throw new Error(`${where} has no twin in ${dark.name}`);
		}
		const [foreground, background] = (['foreground', 'background'] as const).map((key) =>
			pairOf({ light: rule.settings[key], dark: twin.settings[key] }, where)
		);
		return { ...rule, settings: { ...rule.settings, foreground, background } };
	});
	return {
		...light,
		name,
		type: 'light',
		fg: pairOf({ light: light.fg, dark: dark.fg }, `${name}: fg`)!,
		bg: pairOf({ light: light.bg, dark: dark.bg }, `${name}: bg`)!,
		settings,
		tokenColors: settings,
		colors: {},
	};
}

/** The transformer that writes each pair out as the two themes' variables, as Shiki would. */
function writeOut(
	theme: ThemeRegistrationResolved,
	themes: Record<Variant, ThemeRegistrationResolved>,
	pairs: ReadonlyMap<string, Record<Variant, string>>
): ShikiTransformer {
	const pairVar = prefix + pairKey;
	const pairRoot = `${pairVar}:${theme.fg};${pairVar}-bg:${theme.bg}`;
	const root = [
		...variants.map((variant) => `${prefix}${variant}:${themes[variant].fg}`),
		...variants.map((variant) => `${prefix}${variant}-bg:${themes[variant].bg}`),
	].join(';');
	const names = variants.map((variant) => themes[variant].name).join(' ');
	const replaced = (value: unknown, from: string, to: string, what: string) => {
		const text = String(value);
		if (!text.includes(from)) {
			throw new Error(`Shiki's ${what} no longer reads “${from}”: see src/markdown/theme-pair.ts`);
		}
		return text.replace(from, to);
	};
	return {
		name: 'theme-pair',
		tokens(lines) {
			for (const token of lines.flat()) {
				const style = token.htmlStyle;
				if (!style || typeof style === 'string') continue;
				const written: Record<string, string> = {};
				for (const variant of variants) {
					for (const [key, value] of Object.entries(style)) {
						const property = prefix + variant + key.slice(pairVar.length);
						written[property] = pairs.get(value)?.[variant] ?? value;
					}
				}
				token.htmlStyle = written;
			}
		},
		pre(node) {
			node.properties.class = replaced(node.properties.class, theme.name, names, 'class');
			node.properties.style = replaced(node.properties.style, pairRoot, root, 'style');
		},
	};
}
