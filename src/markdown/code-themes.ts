/**
 * Shiki themes for code blocks, on the skill pages (Astro's Markdown) and in the compare view
 * (the same highlighter): both as CSS variables, so the site's theme switch picks one (styles/code.css).
 * The high-contrast GitHub themes: the plain ones colour some tokens below WCAG's 4.5:1 (orange
 * parameters on white), which axe found in real skills' Python.
 */
export const codeThemes = {
	themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
	defaultColor: false,
} as const;
