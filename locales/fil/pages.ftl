## Strings of the pages around the articles (Filipino, fil): the home page and the listing pages.
## Draft translation, not yet reviewed by a native speaker.

## Home page

# Heading of the list of languages the site is published in.
home-languages = Mga wika
# How much of the site is translated into a language, after the language's name.
# Variables:
#   $percent (Number) - the share of passages translated, from 0 to 100.
home-coverage = { $percent }% naisalin

## Listing pages

# After the title of an article that is only partly translated into this language.
list-partly-translated = Bahagyang naisalin
# After the title of an article that is not yet translated into this language.
list-not-translated = Hindi pa naisasalin
# Link to the previous page of the list (newer articles).
list-newer = Mas bagong mga artikulo
# Link to the next page of the list (older articles).
list-older = Mas lumang mga artikulo
# Variables:
#   $page (Number) - this page's number.
#   $pages (Number) - the number of pages.
list-page = Pahina { $page } ng { $pages }
# Accessible name (aria-label) of the page navigation.
list-pages-label = Mga pahina

## Page not found

# Heading of the page shown for an address the site does not have.
not-found-title = Hindi nahanap ang pahina
# The sentence on that page, followed by a link to this language's home page.
not-found-text = Wala ang pahinang ito o inilipat na ito.
