import type { LanguageKey } from './languages';

/**
 * The site's own interface strings in both languages. Starlight translates its interface
 * (search, theme, "On this page"); these are the words our views add.
 */
export const ui = {
	en: {
		'site.title': 'Bilingual Skills',
		'site.tagline': 'Agent skills in English and Simplified Chinese, side by side',
		'home.title': 'Agent skills in English and Chinese',
		'notFound.title': 'Page not found',
		'notFound.text':
			'There is no page at this address; it may have moved. Search for it, or start from the skills below.',
		'notFound.home': 'Home page',
		'home.lead':
			'Agent skills are the SKILL.md files that coding agents load. Every skill here is written once in English and once in Simplified Chinese, block by block, so you can read it in either language and compare the two.',
		'home.skills': 'Skills',
		'home.filter': 'Filter skills',
		'home.filterHint': 'By name, text or category',
		'home.category': 'Category',
		'home.allCategories': 'All categories',
		'home.otherCategory': 'Other',
		'home.count': '{shown} of {total} skills shown',
		'home.none': 'No skill matches. Try fewer words, or all categories.',
		'home.translated': 'Translated',
		'home.translatedShare': '{share} translated',
		'sidebar.catalog': 'All skills',
		'sidebar.sections': 'Sections',
		'skill.pendingTranslation': 'not yet translated',
		'skill.views': 'Read this skill',
		'compare.title': 'Side by side',
		'compare.description': 'in English and Chinese, side by side',
		'compare.original': 'original',
		'compare.translation': 'translation',
		'compare.view': 'View',
		'compare.view.side-by-side': 'Side by side',
		'compare.view.interleaved': 'Interleaved',
		'compare.view.en': 'English only',
		'compare.view.zh': 'Chinese only',
		'compare.swap': 'Chinese on the left',
		'compare.keys': 'Keys: Tab moves between headings; ↑ ↓ between blocks, ← → to the translation.',
		'compare.openOn.en': 'Read this section on the English page',
		'compare.openOn.zh': 'Read this section on the Chinese page',
		'links.button': 'Copy a link to “{section}”',
		'links.title': 'Copy a link to this section',
		'links.en': 'English page',
		'links.zh': 'Chinese page · 简体中文',
		'links.compare': 'Side by side',
		'links.neutral': 'Any language: opens in the reader’s',
		'links.markdown': 'Markdown link',
		'links.here': 'this page',
		'links.copied': 'Copied: {format}',
		'links.manual':
			'Your browser did not let us copy. Select the link and copy it (Ctrl+C, or ⌘C on a Mac):',
	},
	zh: {
		'site.title': '双语技能文档',
		'site.tagline': '中英对照的智能体技能文档',
		'home.title': '中英双语智能体技能',
		'notFound.title': '找不到页面',
		'notFound.text': '这个地址没有页面，它可能已经移动。请搜索，或从下面的技能开始。',
		'notFound.home': '首页',
		'home.lead':
			'智能体技能（Agent Skills）是编码智能体加载的 SKILL.md 文件。这里的每个技能都逐段写有英文原文和简体中文译文，可以用任一语言阅读，也可以对照阅读。',
		'home.skills': '技能',
		'home.filter': '筛选技能',
		'home.filterHint': '按名称、内容或分类',
		'home.category': '分类',
		'home.allCategories': '全部分类',
		'home.otherCategory': '其他',
		'home.count': '显示 {shown} 个技能，共 {total} 个',
		'home.none': '没有符合条件的技能。请减少关键词，或选择全部分类。',
		'home.translated': '已翻译',
		'home.translatedShare': '已翻译 {share}',
		'sidebar.catalog': '全部技能',
		'sidebar.sections': '章节',
		'skill.pendingTranslation': '尚未翻译',
		'skill.views': '阅读方式',
		'compare.title': '中英对照',
		'compare.description': '中英文逐段对照',
		'compare.original': '原文',
		'compare.translation': '译文',
		'compare.view': '视图',
		'compare.view.side-by-side': '左右对照',
		'compare.view.interleaved': '上下交替',
		'compare.view.en': '仅英文',
		'compare.view.zh': '仅中文',
		'compare.swap': '中文在左',
		'compare.keys': '键盘：Tab 在标题间移动；↑ ↓ 在段落间移动，← → 跳到对应的译文。',
		'compare.openOn.en': '在英文页面阅读本节',
		'compare.openOn.zh': '在中文页面阅读本节',
		'links.button': '复制“{section}”的链接',
		'links.title': '复制本节链接',
		'links.en': '英文页面 · English',
		'links.zh': '中文页面',
		'links.compare': '中英对照',
		'links.neutral': '不限语言：按读者的语言打开',
		'links.markdown': 'Markdown 链接',
		'links.here': '本页',
		'links.copied': '已复制：{format}',
		'links.manual': '浏览器不允许直接复制。请选中链接后复制（Ctrl+C，Mac 上为 ⌘C）：',
	},
} as const satisfies Record<
	LanguageKey,
	Record<PerLanguageString, string> & Record<string, string>
>;

/** Strings there is one of per language: every language's interface must have each of them. */
type PerLanguageString =
	`compare.view.${LanguageKey}` | `compare.openOn.${LanguageKey}` | `links.${LanguageKey}`;

export type UiKey = keyof (typeof ui)['en'];

/**
 * The interface strings of one language.
 * @example
 * t('zh')('skill.pendingTranslation') // => '尚未翻译'
 */
export function t(key: LanguageKey) {
	return (name: UiKey): string => ui[key][name];
}
