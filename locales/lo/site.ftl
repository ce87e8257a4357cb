## Site-wide strings and shared terms for fluentpress pages (Lao).
## DRAFT: translated from the English pivot (zh-CN consulted); not yet reviewed by a native speaker.
## Terms are referenced from article files; keep the term ids identical in every locale.
## lo has only the plural category `other`.

## Terms

# The Latin acronym is used as is.
# fluentpress: identical
-unido = UNIDO
-unido-full = ອົງການພັດທະນາອຸດສາຫະກຳແຫ່ງສະຫະປະຊາຊາດ
-snai = ສະຖາບັນບັນຊີແຫ່ງຊາດຊຽງໄຮ້
-apfdi = ສະຖາບັນການເງິນ ແລະ ການພັດທະນາອາຊີ-ປາຊີຟິກ
-china-gov = ລັດຖະບານຈີນ

## Country names
## Names of participant countries come from CLDR. A term `-country-XX` (XX: the region code)
## overrides one for this language only; such terms are optional in every locale.

# CLDR spells ຫມູ່ເກາະໂຊໂລມອນ with ຫມ; these files write the ligatures ໜ and ໝ (ໜ້າ, ສະໄໝ).
-country-SB = ໝູ່ເກາະໂຊໂລມອນ

## Navigation

# The site's name, at the top of every page and on each language's home page.
site-name = ໜຶ່ງແລວ ໜຶ່ງເສັ້ນທາງ
nav-home = ໜ້າຫຼັກ
nav-belt-and-road = ໜຶ່ງແລວ ໜຶ່ງເສັ້ນທາງ
nav-key-urban-fields = ຂົງເຂດສຳຄັນຂອງຕົວເມືອງ
# Accessible name (aria-label) of the breadcrumb navigation.
breadcrumb-label = ຕຳແໜ່ງປັດຈຸບັນ

## Article header and footer

# Variables:
#   $date (String) - publication date, already formatted for this locale.
published-on = ເຜີຍແຜ່: { $date }
# Variables:
#   $source (String) - name of the source organisation.
source-line = ແຫຼ່ງທີ່ມາ: { $source }
# Variables:
#   $translator (String) - name of the translator.
translated-by = ແປໂດຍ: { $translator }
# The article's source organisation as shown in the header and source line.
source-organisation = { -unido-full } ({ -unido })

## Language switcher

# Label in front of the list of other language versions of the article.
languages-label = ອ່ານບົດຄວາມນີ້ເປັນພາສາ
# The switcher's line in Markdown and plain text: the label, this language's punctuation,
# and the links where $languages is.
# Variables:
#   $languages (String) - the links to the other language versions.
languages-line = { languages-label }: { $languages }

## Language names
## How this language names languages in running text (the notices). The renderer passes
## $slot: "language" for the page's own language ($language in fallback-notice), "shown" for
## the languages passages are shown in instead ($shown); a term can select the form each needs.
## Optional in every locale; without one, the language's own name from fluentpress.toml is used.

# With ພາສາ: the notices say "ເປັນພາສາລາວ" ("into the Lao language").
-language-lo = ພາສາລາວ
-language-zh-CN = ພາສາຈີນ
-language-en = ພາສາອັງກິດ

## Notices

# Shown when some passages fall back to another language.
# Variables:
#   $count (Number) - number of passages not yet translated.
#   $percent (Number) - share of the page's text in those passages, by words, from 0 to 100.
#   $language (String) - name of this page's language.
#   $shown (String) - names of the languages the passages are shown in instead.
fallback-notice =
    { $count ->
       *[other] ໜ້ານີ້ມີ { $count } ຕອນ (ປະມານ { $percent }% ຂອງເນື້ອໃນທັງໝົດ) ທີ່ຍັງບໍ່ທັນໄດ້ແປເປັນ { $language } ຈຶ່ງສະແດງເປັນ { $shown } ແທນ.
    }
draft-notice = ການແປນີ້ເປັນສະບັບຮ່າງ ທີ່ຍັງບໍ່ທັນໄດ້ຮັບການກວດແກ້ຈາກເຈົ້າຂອງພາສາ.
# Variables:
#   $count (Number) - number of passages whose original changed after translation.
outdated-notice =
    { $count ->
       *[other] ການແປນີ້ມີ { $count } ຕອນ ທີ່ອາດຈະບໍ່ທັນສະໄໝ ເນື່ອງຈາກຕົ້ນສະບັບໄດ້ມີການປ່ຽນແປງຫຼັງຈາກທີ່ແປແລ້ວ.
    }

# After the notices of a web page with passages shown in another language: what the mark
# beside those passages means.
fallback-mark = ຂໍ້ຄວາມທີ່ສະແດງເປັນພາສາອື່ນ ມີເສັ້ນບາງໆໝາຍໄວ້ຢູ່ຂອບໜ້າ.
# After the notices of a web page with passages that may be out of date: what the mark
# beside those passages means.
outdated-mark = ຂໍ້ຄວາມທີ່ອາດຈະລ້າສະໄໝແລ້ວ ມີເສັ້ນປະບາງໆໝາຍໄວ້ຢູ່ຂອບໜ້າ.
# A notice in the plain-text version of a page: the word for a note, this language's
# punctuation, and the notice where $notice is.
# Variables:
#   $notice (String) - the notice.
notice-line = ໝາຍເຫດ: { $notice }

## Article index

index-title = ບົດຄວາມ
# Label in front of the list of languages an article is available in.
index-languages = ມີໃຫ້ອ່ານເປັນພາສາ
