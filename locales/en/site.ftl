## Site-wide strings and shared terms for fluentpress pages (English).
## Terms are referenced from article files; keep the term ids identical in every locale.

## Terms

-unido = UNIDO
-unido-full = United Nations Industrial Development Organization
-snai = Shanghai National Accounting Institute
-apfdi = Asia-Pacific Finance and Development Institute
# Written without an article; sentences supply "the" themselves ("the { -china-gov }").
-china-gov = Government of China

## Country names
## Names of participant countries come from CLDR. A term `-country-XX` (XX: the region code)
## overrides one for this language only; such terms are optional in every locale.

# English news style writes the article: "the Philippines".
-country-PH = the Philippines

## Navigation

# The site's name, at the top of every page and on each language's home page.
site-name = Belt and Road
nav-home = Home
nav-belt-and-road = Belt and Road
nav-key-urban-fields = Key Urban Fields
# Accessible name (aria-label) of the breadcrumb navigation.
breadcrumb-label = Breadcrumb

## Article header and footer

# Variables:
#   $date (String) - publication date, already formatted for this locale.
published-on = Published { $date }
# Variables:
#   $source (String) - name of the source organisation.
source-line = Source: { $source }
# Variables:
#   $translator (String) - name of the translator.
translated-by = Translated by { $translator }
# The article's source organisation as shown in the header and source line.
source-organisation = { -unido-full } ({ -unido })

## Language switcher

# Label in front of the list of other language versions of the article.
languages-label = Read this article in
# The switcher's line in Markdown and plain text: the label, this language's punctuation,
# and the links where $languages is.
# Variables:
#   $languages (String) - the links to the other language versions.
languages-line = { languages-label }: { $languages }

## Language names
## How this language names languages in running text (the notices). The renderer passes
## $slot: "language" for the page's own language ($language in fallback-notice), "shown" for
## the languages passages are shown in instead ($shown); a term can select the form each needs.
## Optional in every locale; without one, the language's own name from fluentpress.toml is used.

-language-zh-CN = Chinese
-language-en = English
-language-en-SB = Solomon Islands English

## Notices

# Shown when some passages fall back to another language.
# Variables:
#   $count (Number) - number of passages not yet translated.
#   $percent (Number) - share of the page's text in those passages, by words, from 0 to 100.
#   $language (String) - name of this page's language (e.g. "English").
#   $shown (String) - names of the languages the passages are shown in instead.
fallback-notice =
    { $count ->
        [one] One passage on this page (about { $percent }% of its text) has not yet been translated into { $language } and is shown in { $shown }.
       *[other] { $count } passages on this page (about { $percent }% of its text) have not yet been translated into { $language } and are shown in { $shown }.
    }
draft-notice = This translation is a draft that has not yet been reviewed by a native speaker.
# Variables:
#   $count (Number) - number of passages whose original changed after translation.
outdated-notice =
    { $count ->
        [one] One passage of this translation may be out of date because the original has changed since it was translated.
       *[other] { $count } passages of this translation may be out of date because the original has changed since they were translated.
    }

# After the notices of a web page with passages shown in another language: what the mark
# beside those passages means.
fallback-mark = Passages shown in another language are marked with a thin line in the margin.
# After the notices of a web page with passages that may be out of date: what the mark
# beside those passages means.
outdated-mark = Passages that may be out of date are marked with a thin dashed line in the margin.
# A notice in the plain-text version of a page: the word for a note, this language's
# punctuation, and the notice where $notice is.
# Variables:
#   $notice (String) - the notice.
notice-line = Note: { $notice }

## Article index

index-title = Articles
# Label in front of the list of languages an article is available in.
index-languages = Available in
