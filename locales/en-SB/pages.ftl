## Strings of the pages around the articles (Solomon Islands English, en-SB): the home page and the listing
## pages. Every entry is legitimately identical to the English pivot (en) and is marked
## `# fluentpress: identical`.

## Home page

# Heading of the list of languages the site is published in.
# fluentpress: identical
home-languages = Languages
# How much of the site is translated into a language, after the language's name.
# Variables:
#   $percent (Number) - the share of passages translated, from 0 to 100.
# fluentpress: identical
home-coverage = { $percent }% translated

## Listing pages

# After the title of an article that is only partly translated into this language.
# fluentpress: identical
list-partly-translated = Partly translated
# After the title of an article that is not yet translated into this language.
# fluentpress: identical
list-not-translated = Not yet translated
# Link to the previous page of the list (newer articles).
# fluentpress: identical
list-newer = Newer articles
# Link to the next page of the list (older articles).
# fluentpress: identical
list-older = Older articles
# Variables:
#   $page (Number) - this page's number.
#   $pages (Number) - the number of pages.
# fluentpress: identical
list-page = Page { $page } of { $pages }
# Accessible name (aria-label) of the page navigation.
# fluentpress: identical
list-pages-label = Pages

## Page not found

# Heading of the page shown for an address the site does not have.
# fluentpress: identical
not-found-title = Page not found
# The sentence on that page, followed by a link to this language's home page.
# fluentpress: identical
not-found-text = This page does not exist or has moved.
