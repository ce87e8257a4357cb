## Site-wide strings and shared terms for fluentpress pages (Thai, th).
## Translated from the English pivot (en); draft, not yet reviewed by a native speaker.
## Terms are referenced from article files; keep the term ids identical in every locale.
## Spacing: Thai words are not separated by spaces; a space is kept around Latin-script
## words (UNIDO) and between clauses, as in Thai news prose.

## Terms

# Thai official and news usage keeps the Latin acronym.
# fluentpress: identical
-unido = UNIDO
# Official Thai name of the organisation.
-unido-full = องค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ
-snai = สถาบันการบัญชีแห่งชาติเซี่ยงไฮ้
-apfdi = สถาบันการเงินและการพัฒนาเอเชีย-แปซิฟิก
-china-gov = รัฐบาลจีน

## Navigation

# The site's name, at the top of every page and on each language's home page.
site-name = สายแถบและเส้นทาง
nav-home = หน้าแรก
# Thai government bodies now write ข้อริเริ่มสายแถบและเส้นทาง for the Belt and Road Initiative
# (the Royal Thai Embassy in Beijing, 2023); หนึ่งแถบหนึ่งเส้นทาง is the older press form. To be
# confirmed against the Ministry of Foreign Affairs' current usage.
nav-belt-and-road = สายแถบและเส้นทาง
nav-key-urban-fields = สาขาสำคัญด้านเมือง
# Accessible name (aria-label) of the breadcrumb navigation.
breadcrumb-label = เส้นทางนำทาง

## Article header and footer

# Variables:
#   $date (String) - publication date, already formatted for this locale.
published-on = เผยแพร่เมื่อ { $date }
# Variables:
#   $source (String) - name of the source organisation.
source-line = ที่มา: { $source }
# Variables:
#   $translator (String) - name of the translator.
translated-by = แปลโดย { $translator }
# The article's source organisation as shown in the header and source line.
# fluentpress: identical
source-organisation = { -unido-full } ({ -unido })

## Language switcher

# Label in front of the list of other language versions of the article
# (a standalone label: "Read this article in another language").
languages-label = อ่านบทความนี้ในภาษาอื่น
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

# With ภาษา: the notices say "แปลเป็นภาษาไทย".
-language-th = ภาษาไทย
-language-zh-CN = ภาษาจีน
-language-en = ภาษาอังกฤษ

## Notices

# Shown when some passages fall back to another language.
# $language and $shown are used bare: pass full names such as "ภาษาไทย", "ภาษาอังกฤษ".
# Variables:
#   $count (Number) - number of passages not yet translated.
#   $percent (Number) - share of the page's text in those passages, by words, from 0 to 100.
#   $language (String) - name of this page's language.
#   $shown (String) - names of the languages the passages are shown in instead.
fallback-notice =
    { $count ->
       *[other] หน้านี้มีเนื้อหา { $count } ส่วน (ประมาณ { $percent }% ของทั้งหน้า) ที่ยังไม่ได้แปลเป็น{ $language } จึงแสดงเป็น{ $shown }แทน
    }
draft-notice = คำแปลนี้เป็นฉบับร่างที่ยังไม่ได้รับการตรวจทานโดยเจ้าของภาษา
# Variables:
#   $count (Number) - number of passages whose original changed after translation.
outdated-notice =
    { $count ->
       *[other] คำแปลนี้มีเนื้อหา { $count } ส่วนที่อาจไม่เป็นปัจจุบัน เนื่องจากต้นฉบับมีการเปลี่ยนแปลงหลังจากที่แปลไปแล้ว
    }

# After the notices of a web page with passages shown in another language: what the mark
# beside those passages means.
fallback-mark = ข้อความที่แสดงเป็นภาษาอื่นมีเส้นบางกำกับไว้ที่ขอบหน้า
# After the notices of a web page with passages that may be out of date: what the mark
# beside those passages means.
outdated-mark = ข้อความที่อาจล้าสมัยมีเส้นประบางกำกับไว้ที่ขอบหน้า
# A notice in the plain-text version of a page: the word for a note, this language's
# punctuation, and the notice where $notice is.
# Variables:
#   $notice (String) - the notice.
notice-line = หมายเหตุ: { $notice }

## Article index

index-title = บทความ
# Label in front of the list of languages an article is available in
# (a standalone label: "Languages available").
index-languages = ภาษาที่มีให้อ่าน
