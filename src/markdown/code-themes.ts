/**
 * Shiki themes for code blocks, on the skill pages (Astro's Markdown) and in the compare view
 * (Astro's `<Code>`): both as CSS variables, so the site's theme switch picks one (styles/code.css).
 */
export const codeThemes = {
	themes: { light: 'github-light', dark: 'github-dark' },
	defaultColor: false,
} as const;
