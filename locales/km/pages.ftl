## Strings of the pages around the articles (Khmer, km): the home page, listing pages and provenance notes.
## Draft translation, not yet reviewed by a native speaker.

## Home page

# Heading of the list of languages the site is published in.
home-languages = ភាសា
# How much of the site is translated into a language, after the language's name.
# Variables:
#   $percent (Number) - the share of passages translated, from 0 to 100.
home-coverage = បានបកប្រែ { $percent }%

## Listing pages

# After the title of an article that is only partly translated into this language.
list-partly-translated = បានបកប្រែមួយផ្នែក
# After the title of an article that is not yet translated into this language.
list-not-translated = មិនទាន់បកប្រែ
# Link to the previous page of the list (newer articles).
list-newer = អត្ថបទថ្មីៗជាង
# Link to the next page of the list (older articles).
list-older = អត្ថបទចាស់ៗជាង
# Variables:
#   $page (Number) - this page's number.
#   $pages (Number) - the number of pages.
list-page = ទំព័រ { $page } នៃ { $pages }
# Accessible name (aria-label) of the page navigation.
list-pages-label = ការរុករកទំព័រ

## Provenance notes
## An article names one of these for the locales whose text has an unusual origin.

# The text was written from the English version because the original is not available.
provenance-compiled-from-english = អត្ថបទនេះត្រូវបានចងក្រងពីកំណែភាសាអង់គ្លេស ដោយសារមិនមានអត្ថបទដើមជាភាសាចិន។
