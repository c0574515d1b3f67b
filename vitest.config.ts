import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			// Helpers and bad input: fast, run before the build.
			// compare/view-state.ts reads the breakpoint from this stylesheet (Vitest empties CSS otherwise).
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					css: { include: [/styles\/breakpoints\.css/] },
				},
			},
			// Checks over the built sites (dist/, dist-fixtures/): run after `npm run build`.
			{ test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 120_000 } },
		],
	},
});
