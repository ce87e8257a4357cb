## Strings of the pages around the articles (Thai, th): the home page and the listing pages.
## Draft translation, not yet reviewed by a native speaker.

## Home page

# Heading of the list of languages the site is published in.
home-languages = ภาษา
# How much of the site is translated into a language, after the language's name.
# Variables:
#   $percent (Number) - the share of passages translated, from 0 to 100.
home-coverage = แปลแล้ว { $percent }%

## Listing pages

# After the title of an article that is only partly translated into this language.
list-partly-translated = แปลแล้วบางส่วน
# After the title of an article that is not yet translated into this language.
list-not-translated = ยังไม่ได้แปล
# Link to the previous page of the list (newer articles).
list-newer = บทความที่ใหม่กว่า
# Link to the next page of the list (older articles).
list-older = บทความที่เก่ากว่า
# Variables:
#   $page (Number) - this page's number.
#   $pages (Number) - the number of pages.
list-page = หน้า { $page } จาก { $pages }
# Accessible name (aria-label) of the page navigation.
list-pages-label = การนำทางหน้า

## Page not found

# Heading of the page shown for an address the site does not have.
not-found-title = ไม่พบหน้านี้
# The sentence on that page, followed by a link to this language's home page.
not-found-text = ไม่มีหน้านี้ หรือหน้านี้ถูกย้ายไปแล้ว
