/**
 * Shiki themes for code blocks, on the skill pages and in the compare view (the same highlighter,
 * markdown/highlight.ts): both as CSS variables, so the site's theme switch picks one
 * (styles/code.css). One design in two palettes, rule for rule: the code is tokenized once for
 * both (theme-pair.ts, which refuses two themes that differ).
 * The high-contrast GitHub themes: the plain ones colour some tokens below WCAG's 4.5:1 (orange
 * parameters on white), which axe found in real skills' Python.
 */
export const codeThemes = {
	themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
	defaultColor: false,
} as const;
