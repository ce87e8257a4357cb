## Strings of the pages around the articles (Mongolian, mn): the home page and the listing pages.
## Draft translation, not yet reviewed by a native speaker.

## Home page

# Heading of the list of languages the site is published in.
home-languages = Хэлүүд
# How much of the site is translated into a language, after the language's name.
# Variables:
#   $percent (Number) - the share of passages translated, from 0 to 100.
home-coverage = { $percent }% орчуулагдсан

## Listing pages

# After the title of an article that is only partly translated into this language.
list-partly-translated = Хэсэгчлэн орчуулагдсан
# After the title of an article that is not yet translated into this language.
list-not-translated = Хараахан орчуулагдаагүй
# Link to the previous page of the list (newer articles).
list-newer = Шинэ нийтлэлүүд
# Link to the next page of the list (older articles).
list-older = Өмнөх нийтлэлүүд
# Variables:
#   $page (Number) - this page's number.
#   $pages (Number) - the number of pages.
list-page = Хуудас { $page } / { $pages }
# Accessible name (aria-label) of the page navigation.
list-pages-label = Хуудасны навигаци

## Page not found

# Heading of the page shown for an address the site does not have.
not-found-title = Хуудас олдсонгүй
# The sentence on that page, followed by a link to this language's home page.
not-found-text = Энэ хуудас байхгүй эсвэл өөр газар шилжсэн байна.
