/**
 * English words as the dictionary compares them: lower case, without inflection, and without the
 * words that say nothing a translation must carry ("the", "to", "of"), which CC-CEDICT's glosses
 * and skills' texts alike are full of.
 */

// Function words, and the words CC-CEDICT's glosses use about themselves ("lit.", "sb", "variant
// of", "CL:"): matching on them says nothing about meaning.
const stopList =
	'a about above after again against all also am an and any are as at be because been before being ' +
	'below between both but by can could did do does doing down during each few for from further had ' +
	'has have having he her here hers herself him himself his how i if in into is it its itself just ' +
	'me more most my myself no nor not now of off on once one only or other our ours ourselves out over ' +
	'own same she should so some such than that the their theirs them themselves then there these they ' +
	'this those through to too under until up very was we were what when where which while who whom why ' +
	'will with would you your yours yourself yourselves etc sb sth lit fig abbr pr cl esp variant see ' +
	'used oneself s t e g i.e. eg ie vs via per let lets';
/**
 * Words that say nothing a translation must carry.
 * @example
 * stopWords.has('the') // => true
 */
const stopWords: ReadonlySet<string> = new Set(stopList.split(' '));

// Endings undone, longest first; each keeps at least three letters of the word.
const endings: [RegExp, string][] = [
	[/(?<=...)ifications?$/, 'ify'],
	[/(?<=...)ilit(?:y|ies)$/, 'le'],
	[/(?<=...)ies$/, 'y'],
	[/(?<=...)ied$/, 'y'],
	[/(?<=...(?:ss|x|z|ch|sh))es$/, ''],
	[/(?<=...[^su])s$/, ''],
	[/(?<=...)ing$/, ''],
	[/(?<=...)ed$/, ''],
	[/(?<=....)ly$/, ''],
];

/**
 * A word without its inflection: plural, -ing, -ed, -ly, a final silent -e, a doubled last
 * consonant, so that "deploying", "deployed" and "deploys" meet "to deploy". Derived forms
 * ("deployment") meet their root through the lexicon's stem families (see build-index.ts).
 * @example
 * stem('Running') // => 'run'
 * stem('policies') // => 'policy'
 * stem('configure') // => 'configur'
 */
export function stem(word: string): string {
	let text = word.toLowerCase().replace(/['’]s$/, '');
	for (const [ending, replacement] of endings) {
		if (!ending.test(text)) continue;
		text = text.replace(ending, replacement).replace(/([bdgmnprt])\1$/, '$1');
		break;
	}
	return text.length > 3 ? text.replace(/e$/, '') : text;
}

/**
 * The words of an English text that carry meaning, in order, as written (lower case).
 * @example
 * englishWords('Run the tests before you deploy') // => ['run', 'tests', 'deploy']
 */
export function englishWords(text: string): string[] {
	const words = text.toLowerCase().match(/[a-z][a-z0-9]*(?:['’][a-z]+)?/g) ?? [];
	return words.filter((word) => word.length > 1 && !stopWords.has(word));
}
