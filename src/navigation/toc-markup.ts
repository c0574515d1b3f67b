/**
 * The custom elements of "On this page": the wide screen's list, in the right sidebar, and the
 * phone's, under the header (navigation/page-toc.ts). Apart from the elements' classes, so
 * that the components can name them without loading browser code.
 * @example
 * customElements.define(tocElements.list, PageToc);
 */
export const tocElements = { list: 'page-toc', mobile: 'page-toc-mobile' } as const;
