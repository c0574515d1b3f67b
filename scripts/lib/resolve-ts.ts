/**
 * Lets Node load the site's own modules (src/) from a script. Import it for its effect, first,
 * and then load src/ modules with `await import(…)`:
 *
 *   import '../lib/resolve-ts.ts';
 *   const { readSkills } = await import('../../src/source/read-skills.ts');
 *
 * Why: src/ imports its siblings without an extension (`./parse-skill`), as Vite resolves them,
 * but Node's ESM loader takes a specifier literally, so it fails on `./parse-skill` where the file
 * is `parse-skill.ts`. This hook retries a relative specifier that was not found with `.ts`.
 * Why the dynamic import: Node resolves a module's whole static import graph before it runs any
 * of it, so a src/ module imported statically beside this one would be resolved before the hook
 * is registered.
 */
import { registerHooks } from 'node:module';

const relative = /^\.\.?\//;

registerHooks({
	resolve(specifier, context, nextResolve) {
		try {
			return nextResolve(specifier, context);
		} catch (error) {
			const missing = (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND';
			// Only our own relative imports: a missing package must still fail with Node's message.
			if (missing && relative.test(specifier)) return nextResolve(`${specifier}.ts`, context);
			throw error;
		}
	},
});
