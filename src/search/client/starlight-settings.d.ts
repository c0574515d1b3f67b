// Starlight's search settings, which src/search/search-index.ts provides as this module.
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: { ranking: Record<string, number> };
}
