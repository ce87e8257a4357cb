## Strings of the pages around the articles (Bengali, bn): the home page and the listing pages.
## Draft translation, not yet reviewed by a native speaker.

## Home page

# Heading of the list of languages the site is published in.
home-languages = ভাষা
# How much of the site is translated into a language, after the language's name.
# Variables:
#   $percent (Number) - the share of passages translated, from 0 to 100.
home-coverage = { $percent }% অনূদিত

## Listing pages

# After the title of an article that is only partly translated into this language.
list-partly-translated = আংশিক অনূদিত
# After the title of an article that is not yet translated into this language.
list-not-translated = এখনও অনূদিত হয়নি
# Link to the previous page of the list (newer articles).
list-newer = নতুন নিবন্ধ
# Link to the next page of the list (older articles).
list-older = পুরোনো নিবন্ধ
# Variables:
#   $page (Number) - this page's number.
#   $pages (Number) - the number of pages.
list-page = পৃষ্ঠা { $page } / { $pages }
# Accessible name (aria-label) of the page navigation.
list-pages-label = পৃষ্ঠা নেভিগেশন

## Page not found

# Heading of the page shown for an address the site does not have.
not-found-title = পৃষ্ঠাটি পাওয়া যায়নি
# The sentence on that page, followed by a link to this language's home page.
not-found-text = এই পৃষ্ঠাটি নেই অথবা অন্য কোথাও সরানো হয়েছে।
