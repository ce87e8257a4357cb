## 网站通用文字与共享术语（简体中文，源语言）。
## Site-wide strings and shared terms (zh-CN, the source locale). Term ids must match every locale.

## Terms

-unido = 工发组织
-unido-full = 联合国工业发展组织
-snai = 上海国家会计学院
-apfdi = 亚太财经与发展学院
-china-gov = 中国政府

## Country names
## Names of participant countries come from CLDR. A term `-country-XX` (XX: the region code)
## overrides one for this language only; such terms are optional in every locale.

# Official Chinese usage (外交部) writes 蒙古国; CLDR has 蒙古.
-country-MN = 蒙古国

## Dates
## Optional terms that replace CLDR's date patterns for this language. -date-range receives the
## parts of each end ($from-day, $from-month, $from-month-name, $from-year, and the same with
## to-), $from and $to (CLDR's long dates), $range (CLDR's range) and $span: days (same month),
## months (same year), years, or day (one day).

# Chinese news style: "2023年7月10日至14日" (CLDR writes "2023年7月10–14日").
-date-range =
    { $span ->
        [days] { $from-year }年{ $from-month }月{ $from-day }日至{ $to-day }日
        [months] { $from-year }年{ $from-month }月{ $from-day }日至{ $to-month }月{ $to-day }日
        [day] { $from }
       *[years] { $from }至{ $to }
    }

## Navigation

# The site's name, at the top of every page and on each language's home page.
site-name = 一带一路
nav-home = 首页
nav-belt-and-road = 一带一路
# "Key Urban Fields" section of the site.
nav-key-urban-fields = 城市重点领域
# Accessible name (aria-label) of the breadcrumb navigation.
breadcrumb-label = 当前位置

## Article header and footer

# Variables:
#   $date (String) - publication date, already formatted for this locale.
published-on = 发布时间：{ $date }
# Variables:
#   $source (String) - name of the source organisation.
source-line = 来源：{ $source }
# Variables:
#   $translator (String) - name of the translator.
translated-by = 译者：{ $translator }
# The article's source organisation as shown in the header and source line.
source-organisation = { -unido-full }（{ -unido }）

## Language switcher

languages-label = 其他语言版本
# The switcher's line in Markdown and plain text: the label, this language's punctuation,
# and the links where $languages is.
# Variables:
#   $languages (String) - the links to the other language versions.
languages-line = { languages-label }：{ $languages }

## Language names
## How this language names languages in running text (the notices). The renderer passes
## $slot: "language" for the page's own language ($language in fallback-notice), "shown" for
## the languages passages are shown in instead ($shown); a term can select the form each needs.
## Optional in every locale; without one, the language's own name from fluentpress.toml is used.

-language-zh-CN = 中文
-language-en = 英文

## Notices

# Variables:
#   $count (Number) - number of passages not yet translated.
#   $percent (Number) - share of the page's text in those passages, by words, from 0 to 100.
#   $language (String) - name of this page's language.
#   $shown (String) - names of the languages the passages are shown in instead.
fallback-notice =
    { $count ->
       *[other] 本页有{ $count }段内容（约占全文的{ $percent }%）尚未译成{ $language }，暂以{ $shown }显示。
    }
draft-notice = 本译文为初稿，尚未经母语人士审校。
# Variables:
#   $count (Number) - number of passages whose original changed after translation.
outdated-notice =
    { $count ->
       *[other] 原文在翻译后有所更新，本译文中有{ $count }处内容可能已过时。
    }

# After the notices of a web page with passages shown in another language: what the mark
# beside those passages means.
fallback-mark = 以其他语言显示的段落在页边以一条细线标出。
# After the notices of a web page with passages that may be out of date: what the mark
# beside those passages means.
outdated-mark = 可能已过时的段落在页边以一条细虚线标出。
# A notice in the plain-text version of a page: the word for a note, this language's
# punctuation, and the notice where $notice is.
# Variables:
#   $notice (String) - the notice.
notice-line = 注：{ $notice }

## Article index

index-title = 文章
index-languages = 语言版本
