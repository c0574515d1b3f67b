// Every built page must be valid HTML: the rules of the HTML standard and of a whole document.
export default {
	extends: ['html-validate:standard', 'html-validate:document'],
	rules: {
		// Subresource integrity protects resources from other origins; the site loads none.
		'require-sri': ['error', { target: 'crossorigin' }],
		// Starlight puts the table of contents (headed by an <h2>) before the page's <h1>.
		'heading-level': ['error', { minInitialRank: 'h2' }],
	},
};
