declare namespace App {
	interface Locals {
		/** The skill this page shows, if it is a skill's page (set in src/route-data.ts). */
		skillPage?: import('./navigation/skill-route').SkillPage;
	}
}
