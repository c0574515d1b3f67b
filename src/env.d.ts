declare namespace App {
	interface Locals {
		/** The skill this page shows, if it is a skill's page (set in src/route-data.ts). */
		skillPage?: import('./navigation/skill-route').SkillPage;
	}
}

declare module '*?on-demand' {
	/** Imports the module when called, from a file of its own (src/on-demand.ts). */
	const load: () => Promise<unknown>;
	export default load;
}
