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
		'home.read': 'Read in English',
		'sidebar.skills': 'Skills',
		'skill.pendingTranslation': 'not yet translated',
		'skill.taskDone': 'Done',
		'skill.taskOpen': 'Not done',
		'facts.license': 'License',
		'facts.source': 'Source',
		'facts.version': 'Version',
		'facts.author': 'Author',
		'facts.tools': 'May use',
		'code.copy': 'Copy',
		'code.copied': 'Copied',
		'code.failed': 'Selected: press Ctrl+C (⌘C on a Mac)',
		'skill.views': 'Read this skill',
		'freshness.outdated': 'Original updated',
		'freshness.machine': 'Machine translation',
		'freshness.originalNow': 'The English original now reads:',
		'freshness.original': 'The English original:',
		'freshness.section.outdated':
			'{count} of the translations in this section predate a change to the English original.',
		'freshness.section.machine':
			'{count} of the translations in this section are machine translations, not yet reviewed.',
		'freshness.compare.outdated': 'outdated translation',
		'freshness.compare.machine': 'machine translation, not reviewed',
		'status.title': 'Translation status',
		'status.description':
			'How much of each skill is translated into Chinese, and which translations are outdated or not yet reviewed.',
		'status.lead':
			'Every skill is written in English and translated into Chinese text by text. A translation is outdated when its English text has changed since it was translated; a machine translation is marked until someone reviews it. Each one below links to its row in the side-by-side view.',
		'status.total': '{count} texts:',
		'status.count.translated': '{count} translated',
		'status.count.machine': '{count} machine-translated, not reviewed',
		'status.count.outdated': '{count} outdated',
		'status.count.untranslated': '{count} not translated',
		'status.allCurrent': 'No translation is outdated or waiting for review.',
		'status.change': 'English change',
		'status.notInHistory': 'The text it was translated from is not in the source’s history.',
		'status.text.en': 'English now',
		'status.text.zh': 'Chinese',
		'status.home': 'Translation status: what is outdated or not yet reviewed',
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
		'file.label': 'This skill as a SKILL.md file',
		'file.copy': 'Copy SKILL.md',
		'file.download': 'Download',
		'file.copied': 'SKILL.md copied',
		'file.manual':
			'Your browser did not let us copy. Select the text and copy it (Ctrl+C, or ⌘C on a Mac):',
		'file.close': 'Close',
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
		'home.read': '阅读中文版',
		'sidebar.skills': '技能',
		'skill.pendingTranslation': '尚未翻译',
		'skill.taskDone': '已完成',
		'skill.taskOpen': '未完成',
		'facts.license': '许可',
		'facts.source': '来源',
		'facts.version': '版本',
		'facts.author': '作者',
		'facts.tools': '可用工具',
		'code.copy': '复制',
		'code.copied': '已复制',
		'code.failed': '已选中：请按 Ctrl+C（Mac 上为 ⌘C）',
		'skill.views': '阅读方式',
		'freshness.outdated': '原文已更新',
		'freshness.machine': '机器翻译',
		'freshness.originalNow': '英文原文现为：',
		'freshness.original': '英文原文：',
		'freshness.section.outdated': '本节有 {count} 处译文未随英文原文的修改更新。',
		'freshness.section.machine': '本节有 {count} 处机器翻译，尚未经人工审校。',
		'freshness.compare.outdated': '译文已过时',
		'freshness.compare.machine': '机器翻译，未经审校',
		'status.title': '翻译状态',
		'status.description': '各技能的中文翻译进度，以及哪些译文已过时或尚未审校。',
		'status.lead':
			'每个技能都以英文写成，再逐段译成中文。英文在翻译之后又有修改的，译文即为“已过时”；机器翻译在经人工审校之前都会标出。下面每一条都链接到它在中英对照视图中的位置。',
		'status.total': '共 {count} 段：',
		'status.count.translated': '已翻译 {count}',
		'status.count.machine': '机器翻译未审校 {count}',
		'status.count.outdated': '已过时 {count}',
		'status.count.untranslated': '未翻译 {count}',
		'status.allCurrent': '没有过时或待审校的译文。',
		'status.change': '英文改动',
		'status.notInHistory': '源文件的历史中找不到翻译时依据的英文。',
		'status.text.en': '现在的英文',
		'status.text.zh': '中文译文',
		'status.home': '翻译状态：哪些译文已过时或尚未审校',
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
		'file.label': '本技能的 SKILL.md 文件',
		'file.copy': '复制 SKILL.md',
		'file.download': '下载',
		'file.copied': '已复制 SKILL.md',
		'file.manual': '浏览器不允许直接复制。请选中文本后复制（Ctrl+C，Mac 上为 ⌘C）：',
		'file.close': '关闭',
	},
} as const satisfies Record<
	LanguageKey,
	Record<PerLanguageString, string> & Record<string, string>
>;

/** Strings there is one of per language: every language's interface must have each of them. */
type PerLanguageString =
	| `compare.view.${LanguageKey}`
	| `compare.openOn.${LanguageKey}`
	| `links.${LanguageKey}`
	| `status.text.${LanguageKey}`;

export type UiKey = keyof (typeof ui)['en'];

/**
 * The interface strings of one language.
 * @example
 * t('zh')('skill.pendingTranslation') // => '尚未翻译'
 */
export function t(key: LanguageKey) {
	return (name: UiKey): string => ui[key][name];
}
