### ລາວ (lo) translation of site.ftl, created by `fluentpress add-locale lo`.
###
### Every entry below is commented out: it counts as missing, and readers see another
### language instead, until you translate it. To translate an entry, delete "# " at the
### start of each line from its id ("title =") to its end, then replace the English
### text. Keep everything inside { } (variables, terms, selectors) unless your grammar
### needs another order. The "# zh-CN:" lines show the original, the "# en:"
### lines the English version; leave them in place.
###
### Plural forms in lo: [other] 0, 1, 2, 3, 4, 5, …
### Selectors on numbers below already list these forms.

## Terms

# zh-CN: 工发组织
# en: UNIDO
# -unido = UNIDO

# zh-CN: 联合国工业发展组织
# en: United Nations Industrial Development Organization
# -unido-full = United Nations Industrial Development Organization

# zh-CN: 上海国家会计学院
# en: Shanghai National Accounting Institute
# -snai = Shanghai National Accounting Institute

# zh-CN: 亚太财经与发展学院
# en: Asia-Pacific Finance and Development Institute
# -apfdi = Asia-Pacific Finance and Development Institute

# Written without an article; sentences supply "the" themselves ("the { -china-gov }").
# zh-CN: 中国政府
# en: Government of China
# -china-gov = Government of China

## Messages

# zh-CN: 首页
# en: Home
# nav-home = Home

# zh-CN: 一带一路
# en: Belt and Road
# nav-belt-and-road = Belt and Road

# zh-CN: 城市重点领域
# en: Key Urban Fields
# nav-key-urban-fields = Key Urban Fields

# Accessible name (aria-label) of the breadcrumb navigation.
# zh-CN: 当前位置
# en: Breadcrumb
# breadcrumb-label = Breadcrumb

# Variables:
#   $date (String) - publication date, already formatted for this locale.
# zh-CN: 发布时间：{ $date }
# en: Published { $date }
# published-on = Published { $date }

# Variables:
#   $source (String) - name of the source organisation.
# zh-CN: 来源：{ $source }
# en: Source: { $source }
# source-line = Source: { $source }

# Variables:
#   $translator (String) - name of the translator.
# zh-CN: 译者：{ $translator }
# en: Translated by { $translator }
# translated-by = Translated by { $translator }

# The article's source organisation as shown in the header and source line.
# zh-CN: { -unido-full }（{ -unido }）
# en: { -unido-full } ({ -unido })
# source-organisation = { -unido-full } ({ -unido })

# Label in front of the list of other language versions of the article.
# zh-CN: 其他语言版本
# en: Read this article in
# languages-label = Read this article in

# Name of the Chinese language, as written in this locale.
# zh-CN: 中文
# en: Chinese
# language-zh-CN = Chinese

# Name of the English language, as written in this locale.
# zh-CN: 英文
# en: English
# language-en = English

# Shown when some passages fall back to another language.
# Variables:
#   $count (Number) - number of passages not yet translated.
#   $language (String) - name of this page's language (e.g. "English").
#   $shown (String) - names of the languages the passages are shown in instead.
# zh-CN:
#     { $count ->
#        *[other] 本页有{ $count }段内容尚未译成{ $language }，暂以{ $shown }显示。
#     }
# en:
#     { $count ->
#         [one] One passage on this page has not yet been translated into { $language } and is shown in { $shown }.
#        *[other] { $count } passages on this page have not yet been translated into { $language } and are shown in { $shown }.
#     }
# fallback-notice =
#     { $count ->
#        *[other] { $count } passages on this page have not yet been translated into { $language } and are shown in { $shown }.
#     }

# zh-CN: 本译文为初稿，尚未经母语人士审校。
# en: This translation is a draft that has not yet been reviewed by a native speaker.
# draft-notice = This translation is a draft that has not yet been reviewed by a native speaker.

# Variables:
#   $count (Number) - number of passages whose original changed after translation.
# zh-CN:
#     { $count ->
#        *[other] 原文在翻译后有所更新，本译文中有{ $count }处内容可能已过时。
#     }
# en:
#     { $count ->
#         [one] One passage of this translation may be out of date because the original has changed since it was translated.
#        *[other] { $count } passages of this translation may be out of date because the original has changed since they were translated.
#     }
# outdated-notice =
#     { $count ->
#        *[other] { $count } passages of this translation may be out of date because the original has changed since they were translated.
#     }

# zh-CN: 文章
# en: Articles
# index-title = Articles

# Label in front of the list of languages an article is available in.
# zh-CN: 语言版本
# en: Available in
# index-languages = Available in
