/**
 * The translator's case the site is built for: one English sentence of a real skill changes and
 * its Chinese does not. The fixture site builds it (tests/fixtures/outdated-skill.ts writes it
 * before `npm run build:fixtures`), and the unit tests read it, so both see the same change.
 */
export const changedSentence = {
	skill: 'mlops-engineer',
	/** The section it is in, and its anchor: the second item of that section's list. */
	sectionId: 'ml-pipeline-orchestration--workflow-management',
	anchor: 'ml-pipeline-orchestration--workflow-management.2',
	before: 'Apache Airflow for complex DAG-based ML pipeline orchestration',
	after: 'Apache Airflow for complex, DAG-based ML pipeline orchestration and scheduling',
};

/**
 * A skill source with the English sentence changed, and nothing else.
 * @example
 * withChangedSentence(readProjectFile('content/skills/mlops-engineer/skill.yaml'))
 */
export function withChangedSentence(text: string): string {
	const { before, after } = changedSentence;
	const line = `en: ${before}\n`;
	const at = text.indexOf(line);
	if (at < 0 || text.indexOf(line, at + 1) >= 0) {
		throw new Error(`The source should hold “${before}” once, as an English text.`);
	}
	return text.replace(line, `en: ${after}\n`);
}
