## Strings of the pages around the articles (Indonesian, id): the home page and the listing pages.
## Draft translation, not yet reviewed by a native speaker.

## Home page

# Heading of the list of languages the site is published in.
home-languages = Bahasa
# How much of the site is translated into a language, after the language's name.
# Variables:
#   $percent (Number) - the share of passages translated, from 0 to 100.
home-coverage = { $percent }% diterjemahkan

## Listing pages

# After the title of an article that is only partly translated into this language.
list-partly-translated = Sebagian diterjemahkan
# After the title of an article that is not yet translated into this language.
list-not-translated = Belum diterjemahkan
# Link to the previous page of the list (newer articles).
list-newer = Artikel yang lebih baru
# Link to the next page of the list (older articles).
list-older = Artikel yang lebih lama
# Variables:
#   $page (Number) - this page's number.
#   $pages (Number) - the number of pages.
list-page = Halaman { $page } dari { $pages }
# Accessible name (aria-label) of the page navigation.
list-pages-label = Navigasi halaman

## Page not found

# Heading of the page shown for an address the site does not have.
not-found-title = Halaman tidak ditemukan
# The sentence on that page, followed by a link to this language's home page.
not-found-text = Halaman ini tidak ada atau sudah dipindahkan.
