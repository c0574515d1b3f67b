import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			// Helpers and bad input: fast, run before the build.
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// Checks over the built sites (dist/, dist-fixtures/): run after `npm run build`.
			{ test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 120_000 } },
		],
	},
});
