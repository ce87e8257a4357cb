## Site-wide strings and shared terms for fluentpress pages (Indonesian, id).
## Translated from the English pivot (en); draft, not yet reviewed by a native speaker.
## Terms are referenced from article files; keep the term ids identical in every locale.

## Terms

# fluentpress: identical
-unido = UNIDO
# Official Indonesian name of the organisation.
-unido-full = Organisasi Pengembangan Industri Perserikatan Bangsa-Bangsa
-snai = Institut Akuntansi Nasional Shanghai
-apfdi = Institut Keuangan dan Pembangunan Asia-Pasifik
# "Tiongkok" follows official Indonesian usage (Keppres 12/2014). No article needed in Indonesian.
-china-gov = Pemerintah Tiongkok

## Navigation

# The site's name, at the top of every page and on each language's home page.
site-name = Sabuk dan Jalan
nav-home = Beranda
nav-belt-and-road = Sabuk dan Jalan
nav-key-urban-fields = Bidang Utama Perkotaan
# Accessible name (aria-label) of the breadcrumb navigation.
breadcrumb-label = Jejak navigasi

## Article header and footer

# Variables:
#   $date (String) - publication date, already formatted for this locale.
published-on = Diterbitkan pada { $date }
# Variables:
#   $source (String) - name of the source organisation.
source-line = Sumber: { $source }
# Variables:
#   $translator (String) - name of the translator.
translated-by = Diterjemahkan oleh { $translator }
# The article's source organisation as shown in the header and source line.
# fluentpress: identical
source-organisation = { -unido-full } ({ -unido })

## Language switcher

# Label in front of the list of other language versions of the article.
languages-label = Baca artikel ini dalam
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

# Lowercase "bahasa" mid-sentence (PUEBI): "ke dalam bahasa Indonesia".
-language-id = bahasa Indonesia
-language-zh-CN = bahasa Mandarin
-language-en = bahasa Inggris

## Notices

# Shown when some passages fall back to another language.
# $language and $shown are used bare (no "bahasa" in the pattern): pass full names
# such as "Bahasa Indonesia", "Bahasa Inggris".
# Variables:
#   $count (Number) - number of passages not yet translated.
#   $percent (Number) - share of the page's text in those passages, by words, from 0 to 100.
#   $language (String) - name of this page's language.
#   $shown (String) - names of the languages the passages are shown in instead.
fallback-notice =
    { $count ->
       *[other] Terdapat { $count } bagian di halaman ini (sekitar { $percent }% dari teksnya) yang belum diterjemahkan ke dalam { $language } sehingga ditampilkan dalam { $shown }.
    }
draft-notice = Terjemahan ini masih berupa draf dan belum ditinjau oleh penutur asli.
# Variables:
#   $count (Number) - number of passages whose original changed after translation.
outdated-notice =
    { $count ->
       *[other] Terdapat { $count } bagian dalam terjemahan ini yang mungkin sudah tidak mutakhir karena teks aslinya telah berubah sejak diterjemahkan.
    }

# After the notices of a web page with passages shown in another language: what the mark
# beside those passages means.
fallback-mark = Bagian yang ditampilkan dalam bahasa lain ditandai dengan garis tipis di tepi halaman.
# After the notices of a web page with passages that may be out of date: what the mark
# beside those passages means.
outdated-mark = Bagian yang mungkin sudah usang ditandai dengan garis putus-putus tipis di tepi halaman.
# A notice in the plain-text version of a page: the word for a note, this language's
# punctuation, and the notice where $notice is.
# Variables:
#   $notice (String) - the notice.
notice-line = Catatan: { $notice }

## Article index

index-title = Artikel
# Label in front of the list of languages an article is available in.
index-languages = Tersedia dalam
