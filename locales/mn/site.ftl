## Site-wide strings and shared terms for fluentpress pages (Mongolian, Cyrillic).
## DRAFT: translated from the English pivot (zh-CN consulted); not yet reviewed by a native speaker.
## Terms are referenced from article files; keep the term ids identical in every locale.
## Article files attach case endings to two terms ({ -unido }-гийн → ЮНИДО-гийн,
## { -snai }ын → …институтын) and avoid inflecting the others (their last word changes its
## stem: байгууллага → байгууллагын, газар → газрын): if a term's value changes, check them.

## Terms

-unido = ЮНИДО
-unido-full = НҮБ-ын Аж үйлдвэрийн хөгжлийн байгууллага
-snai = Шанхайн Үндэсний нягтлан бодох бүртгэлийн институт
-apfdi = Ази, Номхон далайн санхүү, хөгжлийн институт
-china-gov = БНХАУ-ын Засгийн газар

## Navigation

# The site's name, at the top of every page and on each language's home page.
site-name = Бүс ба зам
nav-home = Нүүр
nav-belt-and-road = Бүс ба зам
nav-key-urban-fields = Хотын тэргүүлэх чиглэлүүд
# Accessible name (aria-label) of the breadcrumb navigation.
breadcrumb-label = Одоогийн байршил

## Article header and footer

# Variables:
#   $date (String) - publication date, already formatted for this locale.
published-on = Нийтэлсэн: { $date }
# Variables:
#   $source (String) - name of the source organisation.
source-line = Эх сурвалж: { $source }
# Variables:
#   $translator (String) - name of the translator.
translated-by = Орчуулсан: { $translator }
# The article's source organisation as shown in the header and source line.
source-organisation = { -unido-full } ({ -unido })

## Language switcher

# Label in front of the list of other language versions of the article.
languages-label = Өөр хэлээр унших
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

# Lowercase and without "хэл": the notices follow each name with хэлэнд or хэлээр.
-language-mn = монгол
-language-zh-CN = хятад
-language-en = англи

## Notices

# Shown when some passages fall back to another language.
# Variables:
#   $count (Number) - number of passages not yet translated.
#   $percent (Number) - share of the page's text in those passages, by words, from 0 to 100.
#   $language (String) - name of this page's language, expected without "хэл" (e.g. "Монгол").
#   $shown (String) - names of the languages the passages are shown in instead (e.g. "англи").
fallback-notice =
    { $count ->
        [one] Энэ хуудасны нэг хэсгийг (нийт бичвэрийн ойролцоогоор { $percent }%) { $language } хэлэнд хараахан орчуулаагүй тул { $shown } хэлээр харуулж байна.
       *[other] Энэ хуудасны { $count } хэсгийг (нийт бичвэрийн ойролцоогоор { $percent }%) { $language } хэлэнд хараахан орчуулаагүй тул { $shown } хэлээр харуулж байна.
    }
draft-notice = Энэ орчуулга нь ноорог бөгөөд эх хэлтэн хараахан хянаж үзээгүй байна.
# Variables:
#   $count (Number) - number of passages whose original changed after translation.
outdated-notice =
    { $count ->
        [one] Эх бичвэр орчуулагдсаны дараа өөрчлөгдсөн тул энэ орчуулгын нэг хэсэг хуучирсан байж болзошгүй.
       *[other] Эх бичвэр орчуулагдсаны дараа өөрчлөгдсөн тул энэ орчуулгын { $count } хэсэг хуучирсан байж болзошгүй.
    }

# After the notices of a web page with passages shown in another language: what the mark
# beside those passages means.
fallback-mark = Өөр хэлээр харуулсан хэсгүүдийг захад нь нарийн зураасаар тэмдэглэсэн.
# After the notices of a web page with passages that may be out of date: what the mark
# beside those passages means.
outdated-mark = Хуучирсан байж болзошгүй хэсгүүдийг захад нь нарийн тасархай зураасаар тэмдэглэсэн.
# A notice in the plain-text version of a page: the word for a note, this language's
# punctuation, and the notice where $notice is.
# Variables:
#   $notice (String) - the notice.
notice-line = Тэмдэглэл: { $notice }

## Article index

index-title = Нийтлэлүүд
# Label in front of the list of languages an article is available in.
index-languages = Унших боломжтой хэл
