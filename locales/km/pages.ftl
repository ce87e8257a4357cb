## Strings of the pages around the articles (Khmer, km): the home page and the listing pages.
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

## Page not found

# Heading of the page shown for an address the site does not have.
not-found-title = រកមិនឃើញទំព័រ
# The sentence on that page, followed by a link to this language's home page.
not-found-text = ទំព័រនេះមិនមាន ឬត្រូវបានផ្លាស់ទីទៅកន្លែងផ្សេងហើយ។
