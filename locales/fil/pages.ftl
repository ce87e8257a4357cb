## Strings of the pages around the articles (Filipino, fil): the home page, listing pages and provenance notes.
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

## Provenance notes
## An article names one of these for the locales whose text has an unusual origin.

# The text was written from the English version because the original is not available.
provenance-compiled-from-english = Ang tekstong ito ay tinipon mula sa bersiyong Ingles, dahil hindi makukuha ang orihinal na Tsino.
