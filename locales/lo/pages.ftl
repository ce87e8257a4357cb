## Strings of the pages around the articles (Lao, lo): the home page and the listing pages.
## Draft translation, not yet reviewed by a native speaker.

## Home page

# Heading of the list of languages the site is published in.
home-languages = ພາສາ
# How much of the site is translated into a language, after the language's name.
# Variables:
#   $percent (Number) - the share of passages translated, from 0 to 100.
home-coverage = ແປແລ້ວ { $percent }%

## Listing pages

# After the title of an article that is only partly translated into this language.
list-partly-translated = ແປແລ້ວບາງສ່ວນ
# After the title of an article that is not yet translated into this language.
list-not-translated = ຍັງບໍ່ທັນໄດ້ແປ
# Link to the previous page of the list (newer articles).
list-newer = ບົດຄວາມທີ່ໃໝ່ກວ່າ
# Link to the next page of the list (older articles).
list-older = ບົດຄວາມທີ່ເກົ່າກວ່າ
# Variables:
#   $page (Number) - this page's number.
#   $pages (Number) - the number of pages.
list-page = ໜ້າ { $page } ຈາກ { $pages }
# Accessible name (aria-label) of the page navigation.
list-pages-label = ການນຳທາງໜ້າ

## Page not found

# Heading of the page shown for an address the site does not have.
not-found-title = ບໍ່ພົບໜ້ານີ້
# The sentence on that page, followed by a link to this language's home page.
not-found-text = ໜ້ານີ້ບໍ່ມີ ຫຼື ຖືກຍ້າຍໄປບ່ອນອື່ນແລ້ວ.
