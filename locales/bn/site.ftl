## Site-wide strings and shared terms for fluentpress pages (Bengali, Bangladesh usage).
## DRAFT: translated from the English pivot (zh-CN consulted); not yet reviewed by a native speaker.
## Terms are referenced from article files; keep the term ids identical in every locale.
## Article files attach Bengali case endings directly to some terms
## ({ -unido }র → ইউনিডোর, { -snai }ের → …ইনস্টিটিউটের, { -china-gov }ের → চীন সরকারের):
## if a term's value changes, check those endings.

## Terms

-unido = ইউনিডো
-unido-full = জাতিসংঘ শিল্প উন্নয়ন সংস্থা
-snai = সাংহাই জাতীয় হিসাববিজ্ঞান ইনস্টিটিউট
-apfdi = এশিয়া-প্রশান্ত মহাসাগরীয় অর্থ ও উন্নয়ন ইনস্টিটিউট
-china-gov = চীন সরকার

## Navigation

# The site's name, at the top of every page and on each language's home page.
site-name = বেল্ট অ্যান্ড রোড
nav-home = প্রচ্ছদ
nav-belt-and-road = বেল্ট অ্যান্ড রোড
nav-key-urban-fields = নগরের গুরুত্বপূর্ণ ক্ষেত্রসমূহ
# Accessible name (aria-label) of the breadcrumb navigation.
breadcrumb-label = বর্তমান অবস্থান

## Article header and footer

# Variables:
#   $date (String) - publication date, already formatted for this locale.
published-on = প্রকাশিত: { $date }
# Variables:
#   $source (String) - name of the source organisation.
source-line = সূত্র: { $source }
# Variables:
#   $translator (String) - name of the translator.
translated-by = অনুবাদ: { $translator }
# The article's source organisation as shown in the header and source line.
source-organisation = { -unido-full } ({ -unido })

## Language switcher

# Label in front of the list of other language versions of the article.
languages-label = যে ভাষায় পড়তে চান
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

# Followed by "ভাষায়" in the notices, so without ভাষা.
-language-bn = বাংলা
-language-zh-CN = চীনা
-language-en = ইংরেজি

## Notices

# Shown when some passages fall back to another language.
# Variables:
#   $count (Number) - number of passages not yet translated.
#   $percent (Number) - share of the page's text in those passages, by words, from 0 to 100.
#   $language (String) - name of this page's language (e.g. "বাংলা").
#   $shown (String) - names of the languages the passages are shown in instead.
# bn selects [one] for 0 and 1, so [one] repeats { $count } instead of writing "একটি".
fallback-notice =
    { $count ->
        [one] এই পৃষ্ঠার { $count }টি অংশ (লেখার প্রায় { $percent }%) এখনও { $language } ভাষায় অনূদিত হয়নি, তাই সেটি { $shown } ভাষায় দেখানো হচ্ছে।
       *[other] এই পৃষ্ঠার { $count }টি অংশ (লেখার প্রায় { $percent }%) এখনও { $language } ভাষায় অনূদিত হয়নি, তাই সেগুলো { $shown } ভাষায় দেখানো হচ্ছে।
    }
draft-notice = এই অনুবাদটি একটি খসড়া, যা এখনও কোনো মাতৃভাষী পর্যালোচনা করেননি।
# Variables:
#   $count (Number) - number of passages whose original changed after translation.
outdated-notice =
    { $count ->
        [one] অনুবাদের পর মূল লেখা বদলে যাওয়ায় এই অনুবাদের { $count }টি অংশ হালনাগাদ না-ও থাকতে পারে।
       *[other] অনুবাদের পর মূল লেখা বদলে যাওয়ায় এই অনুবাদের { $count }টি অংশ হালনাগাদ না-ও থাকতে পারে।
    }

# After the notices of a web page with passages shown in another language: what the mark
# beside those passages means.
fallback-mark = অন্য ভাষায় দেখানো অংশগুলো মার্জিনে একটি সরু রেখা দিয়ে চিহ্নিত করা হয়েছে।
# After the notices of a web page with passages that may be out of date: what the mark
# beside those passages means.
outdated-mark = যে অংশগুলো হয়তো পুরোনো হয়ে গেছে, সেগুলো মার্জিনে একটি সরু ড্যাশ রেখা দিয়ে চিহ্নিত করা হয়েছে।
# A notice in the plain-text version of a page: the word for a note, this language's
# punctuation, and the notice where $notice is.
# Variables:
#   $notice (String) - the notice.
notice-line = দ্রষ্টব্য: { $notice }

## Article index

index-title = নিবন্ধ
# Label in front of the list of languages an article is available in.
index-languages = যেসব ভাষায় পাওয়া যাচ্ছে
