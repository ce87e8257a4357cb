## Site-wide strings and shared terms for fluentpress pages (Khmer).
## DRAFT: translated from the English pivot (zh-CN consulted); not yet reviewed by a native speaker.
## Terms are referenced from article files; keep the term ids identical in every locale.
## km has only the plural category `other`.

## Terms

# The Latin acronym is used as is.
# fluentpress: identical
-unido = UNIDO
-unido-full = អង្គការអភិវឌ្ឍន៍ឧស្សាហកម្មនៃអង្គការសហប្រជាជាតិ
-snai = វិទ្យាស្ថានគណនេយ្យជាតិសៀងហៃ
-apfdi = វិទ្យាស្ថានហិរញ្ញវត្ថុ និងអភិវឌ្ឍន៍អាស៊ីប៉ាស៊ីហ្វិក
-china-gov = រដ្ឋាភិបាលចិន

## Dates
## Optional terms that replace CLDR's date patterns for Khmer. -date receives $day, $month,
## $month-name, $year and $date (CLDR's text); -date-range the parts of each end ($from-day …
## $to-year), $from, $to, $range and $span: days (same month), months (same year), years, or
## day (one day).

# Cambodian news style names the day, month and year: "ថ្ងៃទី28 ខែកក្កដា ឆ្នាំ2023" (CLDR writes
# "28 កក្កដា 2023"). Digits stay the page's (Latin, as CLDR's km numbers).
-date = ថ្ងៃទី{ $day } ខែ{ $month-name } ឆ្នាំ{ $year }
-date-range =
    { $span ->
        [days] ថ្ងៃទី{ $from-day } ដល់ថ្ងៃទី{ $to-day } ខែ{ $to-month-name } ឆ្នាំ{ $to-year }
        [months] ថ្ងៃទី{ $from-day } ខែ{ $from-month-name } ដល់ថ្ងៃទី{ $to-day } ខែ{ $to-month-name } ឆ្នាំ{ $to-year }
        [day] ថ្ងៃទី{ $from-day } ខែ{ $from-month-name } ឆ្នាំ{ $from-year }
       *[years] ថ្ងៃទី{ $from-day } ខែ{ $from-month-name } ឆ្នាំ{ $from-year } ដល់ថ្ងៃទី{ $to-day } ខែ{ $to-month-name } ឆ្នាំ{ $to-year }
    }

## Navigation

# The site's name, at the top of every page and on each language's home page.
site-name = ខ្សែក្រវ៉ាត់ និងផ្លូវ
nav-home = ទំព័រដើម
nav-belt-and-road = ខ្សែក្រវ៉ាត់ និងផ្លូវ
nav-key-urban-fields = វិស័យសំខាន់ៗនៃទីក្រុង
# Accessible name (aria-label) of the breadcrumb navigation.
breadcrumb-label = ទីតាំងបច្ចុប្បន្ន

## Article header and footer

# Variables:
#   $date (String) - publication date, already formatted for this locale.
published-on = ចុះផ្សាយ៖ { $date }
# Variables:
#   $source (String) - name of the source organisation.
source-line = ប្រភព៖ { $source }
# Variables:
#   $translator (String) - name of the translator.
translated-by = បកប្រែដោយ៖ { $translator }
# The article's source organisation as shown in the header and source line.
source-organisation = { -unido-full } ({ -unido })

## Language switcher

# Label in front of the list of other language versions of the article.
languages-label = អានអត្ថបទនេះជាភាសា
# The switcher's line in Markdown and plain text: the label, this language's punctuation,
# and the links where $languages is.
# Variables:
#   $languages (String) - the links to the other language versions.
languages-line = { languages-label }៖ { $languages }

## Language names
## How this language names languages in running text (the notices). The renderer passes
## $slot: "language" for the page's own language ($language in fallback-notice), "shown" for
## the languages passages are shown in instead ($shown); a term can select the form each needs.
## Optional in every locale; without one, the language's own name from fluentpress.toml is used.

# With ភាសា: the notices say "ជាភាសាខ្មែរ" ("in the Khmer language").
-language-km = ភាសាខ្មែរ
-language-zh-CN = ភាសាចិន
-language-en = ភាសាអង់គ្លេស

## Notices

# Shown when some passages fall back to another language.
# Variables:
#   $count (Number) - number of passages not yet translated.
#   $percent (Number) - share of the page's text in those passages, by words, from 0 to 100.
#   $language (String) - name of this page's language.
#   $shown (String) - names of the languages the passages are shown in instead.
fallback-notice =
    { $count ->
       *[other] ទំព័រនេះមានផ្នែកចំនួន { $count } (ប្រហែល { $percent }% នៃអត្ថបទទាំងមូល) ដែលមិនទាន់បានបកប្រែជា{ $language }នៅឡើយ ហើយត្រូវបានបង្ហាញជា{ $shown }ជំនួសវិញ។
    }
draft-notice = ការបកប្រែនេះជាសេចក្តីព្រាង ដែលមិនទាន់ត្រូវបានត្រួតពិនិត្យដោយអ្នកនិយាយភាសាខ្មែរពីកំណើតនៅឡើយទេ។
# Variables:
#   $count (Number) - number of passages whose original changed after translation.
outdated-notice =
    { $count ->
       *[other] ផ្នែកចំនួន { $count } នៃការបកប្រែនេះ អាចហួសសម័យហើយ ដោយសារអត្ថបទដើមត្រូវបានកែប្រែក្រោយពេលបកប្រែ។
    }

# After the notices of a web page with passages shown in another language: what the mark
# beside those passages means.
fallback-mark = ផ្នែកដែលបង្ហាញជាភាសាផ្សេង ត្រូវបានសម្គាល់ដោយបន្ទាត់ស្តើងមួយនៅរឹមទំព័រ។
# After the notices of a web page with passages that may be out of date: what the mark
# beside those passages means.
outdated-mark = ផ្នែកដែលអាចហួសសម័យ ត្រូវបានសម្គាល់ដោយបន្ទាត់ដាច់ៗស្តើងមួយនៅរឹមទំព័រ។
# A notice in the plain-text version of a page: the word for a note, this language's
# punctuation, and the notice where $notice is.
# Variables:
#   $notice (String) - the notice.
notice-line = ចំណាំ៖ { $notice }

## Article index

index-title = អត្ថបទ
# Label in front of the list of languages an article is available in.
index-languages = មានជាភាសា
