## Article: UNIDO and the Shanghai National Accounting Institute jointly organized the
## Industrial Park Leadership Training Programme for the Asia-Pacific Region (published 2023-07-28).
##
## Solomon Islands English (en-SB). English is the official language of Solomon Islands, so this
## page publishes the English text (translated by Zhao Shengbo, with the fixes listed in
## locales/en/unido-industrial-park-training-2023.ftl). Every message is identical to en and marked
## `# fluentpress: identical`; what differs is formatting: dates and numbers use en-SB's CLDR
## formats (day before month: "10–14 July 2023", "28 July 2023"). "The Philippines" comes from the
## English term -country-PH, which serves en-SB too.
##
## Variables passed to every message in this file (already formatted for the locale):
##   $officials (Number) 29, $countries (Number) 8, $country-list (String),
##   $programme-dates (String), $published (String).

# fluentpress: identical
title = { -unido } and the { -snai } jointly organized the Industrial Park Leadership Training Programme for the Asia-Pacific Region

# Variables:
#   $programme-dates (String) - the date range of the programme, e.g. "10–14 July 2023".
# fluentpress: identical
intro = The “Industrial Park Leadership Training Programme for the Asia-Pacific Region”, organized by the { -unido-full } ({ -unido }) in cooperation with the { -snai } ({ -apfdi }), was held in Shanghai, China, on { $programme-dates }. The face-to-face training brought together professionals and policy makers from developing countries in the Asia-Pacific region to exchange innovative ideas, share best practices and accumulate valuable experience in industrial park planning, development and management.

# Variables:
#   $officials (Number) - number of participating officials (29).
#   $countries (Number) - number of participating countries (8).
#   $country-list (String) - the country names joined with the locale's list pattern.
# fluentpress: identical
participants =
    { $officials ->
        [one] One medium or senior government official
       *[other] A total of { $officials } medium and senior government officials
    } from { $countries ->
        [one] one country
       *[other] { $countries } countries
    } — { $country-list } — engaged in the development of industrial parks and special economic zones { $officials ->
        [one] was
       *[other] were
    } invited to actively participate in the event.

# Credit line under the article photo.
# fluentpress: identical
photo-credit = Photo source: { -unido-full } ({ -unido })

# "The 10th" is 10 July 2023, the first day of the programme.
# The name of the SNAI president, Lu Wenbin, is as given in the English source.
# fluentpress: identical
opening = On the morning of the 10th, Mr. Li Yong, former Director-General of { -unido }, attended the opening ceremony of the event as a special guest and delivered a speech. On behalf of the organizers, President Lu Wenbin of the { -snai } ({ -apfdi }) and Mr. Dejene Tezera, Director of the Department of Agri-Business of { -unido }, jointly announced the launch of the training and delivered welcoming remarks. In their speeches, they fully affirmed the positive significance and impact of the event, stressed the significant impact of industrial parks on the sustainable industrial development and economic growth of countries, especially countries in the Asia-Pacific region, and encouraged participants to carry out exchanges and dialogues, expand professional networks and establish long-term partnerships.

# Tenses made consistently past (the source has "It covers" and "will also provide").
# fluentpress: identical
experts = A team of international experts from the Chinese Academy of International Trade and Economic Cooperation, the Chinese Academy of Environmental Sciences, the Shanghai Academy of Social Sciences, the Green Development Alliance of National Economic and Technological Development Zones, the University of Copenhagen, Southeast University, { -unido }, well-known domestic parks and science and technology enterprises shared advanced experience in park development with participants and conducted in-depth thematic discussions. The training covered many fields, such as park planning, investment promotion, scientific and technological innovation, environmental protection, circular economy, urbanization and regional value chains. Field visits and discussions also provided participants with an intuitive and in-depth understanding of the development and construction of parks.

# fluentpress: identical
background = In recent years, with the support of the { -china-gov }, { -unido } has issued the International Guidelines for Industrial Parks, conducted studies of parks by category and country, and made efforts to implement projects such as the Sustainable Development Platform for Industrial Parks. The training, which was also funded by the { -china-gov }, was a concrete manifestation of the joint efforts of { -unido } and the { -china-gov } to promote the sustainable development of industrial parks in developing countries and capacity building through South-South cooperation.

# fluentpress: identical
gratitude = { -unido } would like to express its sincere gratitude to the { -china-gov }, its partner, the { -snai } ({ -apfdi }), all training experts and participants for their contributions and support to the Training Programme. { -unido } will carry out similar capacity-building activities with partners for countries in different regions and continue to support Member States in developing industrial parks and special economic zones for inclusive and sustainable industrialization.
