/**
 * Where the reader's chosen language is remembered (localStorage). Its own module, with no
 * imports, because every page's script reads it and should bundle nothing else.
 * @example
 * localStorage.getItem(languageStorageKey) // => 'zh'
 */
export const languageStorageKey = 'skills:language';
