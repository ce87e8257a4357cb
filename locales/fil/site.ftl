## Site-wide strings and shared terms for fluentpress pages (Filipino, fil).
## Translated from the English pivot (en); draft, not yet reviewed by a native speaker.
## Terms are referenced from article files; keep the term ids identical in every locale.

## Terms

# Filipino has no official name for these organisations; Filipino news prose keeps
# the English names of international and foreign institutions.
# fluentpress: identical
-unido = UNIDO
# fluentpress: identical
-unido-full = United Nations Industrial Development Organization
# fluentpress: identical
-snai = Shanghai National Accounting Institute
# fluentpress: identical
-apfdi = Asia-Pacific Finance and Development Institute
# Written without a marker; sentences supply "ng", "sa", "ang" themselves.
-china-gov = Pamahalaan ng Tsina

## Navigation

# The site's name, at the top of every page and on each language's home page.
# Name of the initiative, used in English in Filipino.
# fluentpress: identical
site-name = Belt and Road
nav-home = Tahanan
# Name of the initiative, used in English in Filipino.
# fluentpress: identical
nav-belt-and-road = Belt and Road
nav-key-urban-fields = Pangunahing Larangang Urbano
# Accessible name (aria-label) of the breadcrumb navigation.
breadcrumb-label = Landas ng nabigasyon

## Article header and footer

# Variables:
#   $date (String) - publication date, already formatted for this locale.
published-on = Inilathala noong { $date }
# Variables:
#   $source (String) - name of the source organisation.
source-line = Pinagmulan: { $source }
# Variables:
#   $translator (String) - name of the translator (a person: "ni").
translated-by = Isinalin ni { $translator }
# The article's source organisation as shown in the header and source line.
# fluentpress: identical
source-organisation = { -unido-full } ({ -unido })

## Language switcher

# Label in front of the list of other language versions of the article.
languages-label = Basahin ang artikulong ito sa
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

-language-fil = Filipino
-language-zh-CN = Tsino
-language-en = Ingles

## Notices

# Shown when some passages fall back to another language.
# In fil, 0, 1, 2, 3, 5, 7, 8 … select [one]; Filipino nouns do not change with the
# number, so both variants carry the same text.
# Variables:
#   $count (Number) - number of passages not yet translated.
#   $percent (Number) - share of the page's text in those passages, by words, from 0 to 100.
#   $language (String) - name of this page's language (e.g. "Filipino").
#   $shown (String) - names of the languages the passages are shown in instead.
fallback-notice =
    { $count ->
        [one] May { $count } bahagi sa pahinang ito (humigit-kumulang { $percent }% ng teksto nito) na hindi pa naisasalin sa { $language } at sa halip ay ipinapakita sa { $shown }.
       *[other] May { $count } bahagi sa pahinang ito (humigit-kumulang { $percent }% ng teksto nito) na hindi pa naisasalin sa { $language } at sa halip ay ipinapakita sa { $shown }.
    }
draft-notice = Ang salin na ito ay isang borador na hindi pa nasusuri ng isang katutubong tagapagsalita ng wika.
# Variables:
#   $count (Number) - number of passages whose original changed after translation.
outdated-notice =
    { $count ->
        [one] May { $count } bahagi ng salin na ito na maaaring luma na dahil nagbago ang orihinal mula nang isalin ito.
       *[other] May { $count } bahagi ng salin na ito na maaaring luma na dahil nagbago ang orihinal mula nang isalin ito.
    }

# After the notices of a web page with passages shown in another language: what the mark
# beside those passages means.
fallback-mark = May manipis na guhit sa gilid ang mga talatang ipinapakita sa ibang wika.
# After the notices of a web page with passages that may be out of date: what the mark
# beside those passages means.
outdated-mark = May manipis na putol-putol na guhit sa gilid ang mga talatang maaaring luma na.
# A notice in the plain-text version of a page: the word for a note, this language's
# punctuation, and the notice where $notice is.
# Variables:
#   $notice (String) - the notice.
notice-line = Paalala: { $notice }

## Article index

index-title = Mga Artikulo
# Label in front of the list of languages an article is available in.
index-languages = Mababasa sa
