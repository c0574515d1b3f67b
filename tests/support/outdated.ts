import { createHash } from 'node:crypto';

/**
 * The translator's case the site is built for: one English sentence of a real skill changes and
 * its Chinese does not. The fixture site builds it (tests/fixtures/outdated-skill.ts writes it
 * before `npm run build:fixtures`), and the unit tests read it, so both see the same change.
 */
const sectionId = 'ml-pipeline-orchestration--workflow-management';
const after = 'Apache Airflow for complex, DAG-based ML pipeline orchestration and scheduling';

export const changedSentence = {
	skill: 'mlops-engineer',
	/** The section it is in (the second item of its list), and its passage's anchor: the
	 * section's id and six digits of its English's fingerprint (model/pair-places.ts), worked out
	 * here on its own, as a reader's link has it. (This module runs without src/: outdated-skill.ts.) */
	sectionId,
	anchor: `${sectionId}.${createHash('sha256').update(after).digest('hex').slice(0, 6)}`,
	before: 'Apache Airflow for complex DAG-based ML pipeline orchestration',
	after,
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
