## Strings of the pages around the articles: the home page and the listing pages.

## Home page

# Heading of the list of languages the site is published in.
home-languages = Languages
# How much of the site is translated into a language, after the language's name.
# Variables:
#   $percent (Number) - the share of passages translated, from 0 to 100.
home-coverage = { $percent }% translated

## Listing pages

# After the title of an article that is only partly translated into this language.
list-partly-translated = Partly translated
# After the title of an article that is not yet translated into this language.
list-not-translated = Not yet translated
# Link to the previous page of the list (newer articles).
list-newer = Newer articles
# Link to the next page of the list (older articles).
list-older = Older articles
# Variables:
#   $page (Number) - this page's number.
#   $pages (Number) - the number of pages.
list-page = Page { $page } of { $pages }
# Accessible name (aria-label) of the page navigation.
list-pages-label = Pages

## Page not found

# Heading of the page shown for an address the site does not have.
not-found-title = Page not found
# The sentence on that page, followed by a link to this language's home page.
not-found-text = This page does not exist or has moved.
