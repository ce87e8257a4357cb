### ລາວ (lo) translation of unido-industrial-park-training-2023.ftl, created by `fluentpress add-locale lo`.
###
### Every entry below is commented out: it counts as missing, and readers see another
### language instead, until you translate it. To translate an entry, delete "# " at the
### start of each line from its id ("title =") to its end, then replace the English
### text. Keep everything inside { } (variables, terms, selectors) unless your grammar
### needs another order. The "# zh-CN:" lines show the original, the "# en:"
### lines the English version; leave them in place.
###
### Plural forms in lo: [other] 0, 1, 2, 3, 4, 5, …
### Selectors on numbers below already list these forms.

# zh-CN: { -unido }与{ -snai }联合举办亚太地区工业园区领导力培训项目
# en: { -unido } and the { -snai } jointly organized the Industrial Park Leadership Training Programme for the Asia-Pacific Region
# title = { -unido } and the { -snai } jointly organized the Industrial Park Leadership Training Programme for the Asia-Pacific Region

# Variables:
#   $programme-dates (String) - the date range of the programme, e.g. "July 10 – 14, 2023".
# zh-CN: { $programme-dates }，由{ -unido-full }（{ -unido }）与{ -snai }（{ -apfdi }）合作举办的“亚太地区工业园区领导力培训项目”在中国上海举行。本次面授培训汇聚了亚太地区发展中国家的专业人士和政策制定者，围绕工业园区的规划、开发与管理交流创新理念、分享最佳实践、积累宝贵经验。
# en: The “Industrial Park Leadership Training Programme for the Asia-Pacific Region”, organized by the { -unido-full } ({ -unido }) in cooperation with the { -snai } ({ -apfdi }), was held in Shanghai, China, on { $programme-dates }. The face-to-face training brought together professionals and policy makers from developing countries in the Asia-Pacific region to exchange innovative ideas, share best practices and accumulate valuable experience in industrial park planning, development and management.
# intro = The “Industrial Park Leadership Training Programme for the Asia-Pacific Region”, organized by the { -unido-full } ({ -unido }) in cooperation with the { -snai } ({ -apfdi }), was held in Shanghai, China, on { $programme-dates }. The face-to-face training brought together professionals and policy makers from developing countries in the Asia-Pacific region to exchange innovative ideas, share best practices and accumulate valuable experience in industrial park planning, development and management.

# Variables:
#   $officials (Number) - number of participating officials (29).
#   $countries (Number) - number of participating countries (8).
#   $country-list (String) - the country names joined with the locale's list pattern.
# zh-CN:
#     来自{ $country-list }{ $countries ->
#        *[other] { $countries }个国家
#     }、从事工业园区和经济特区开发建设工作的{ $officials ->
#        *[other] { $officials }名中高级政府官员
#     }应邀积极参与了本次活动。
# en:
#     { $officials ->
#         [one] One medium or senior government official
#        *[other] { $officials } medium and senior government officials
#     } from { $countries ->
#         [one] one country
#        *[other] { $countries } countries
#     } — { $country-list } — engaged in the development of industrial parks and special economic zones { $officials ->
#         [one] was
#        *[other] were
#     } invited to actively participate in the event.
# participants =
#     { $officials ->
#        *[other] { $officials } medium and senior government officials
#     } from { $countries ->
#        *[other] { $countries } countries
#     } — { $country-list } — engaged in the development of industrial parks and special economic zones { $officials ->
#        *[other] were
#     } invited to actively participate in the event.

# Credit line under the article photo.
# zh-CN: 来源：{ -unido-full }（{ -unido }）
# en: Source: { -unido-full } ({ -unido })
# photo-credit = Source: { -unido-full } ({ -unido })

# "The 10th" is 10 July 2023, the first day of the programme.
# The name of the SNAI president, Lu Wenbin, is as given in the English source.
# zh-CN: 10日上午，{ -unido }前总干事李勇作为特邀嘉宾出席开幕式并致辞。{ -snai }（{ -apfdi }）院长路文彬与{ -unido }农业综合企业司司长德杰内·特泽拉代表主办方共同宣布培训开班，并致欢迎辞。他们在致辞中充分肯定了本次活动的积极意义和影响，强调工业园区对各国特别是亚太地区国家的可持续工业发展和经济增长具有重要影响，并鼓励学员开展交流与对话、拓展专业网络、建立长期合作伙伴关系。
# en: On the morning of the 10th, Mr. Li Yong, former Director-General of { -unido }, attended the opening ceremony of the event as a special guest and delivered a speech. On behalf of the organizers, President Lu Wenbin of the { -snai } ({ -apfdi }) and Mr. Dejene Tezera, Director of the Department of Agri-Business of { -unido }, jointly announced the launch of the training and delivered welcoming remarks. In their speeches, they fully affirmed the positive significance and impact of the event, stressed the significant impact of industrial parks on the sustainable industrial development and economic growth of countries, especially countries in the Asia-Pacific region, and encouraged participants to carry out exchanges and dialogues, expand professional networks and establish long-term partnerships.
# opening = On the morning of the 10th, Mr. Li Yong, former Director-General of { -unido }, attended the opening ceremony of the event as a special guest and delivered a speech. On behalf of the organizers, President Lu Wenbin of the { -snai } ({ -apfdi }) and Mr. Dejene Tezera, Director of the Department of Agri-Business of { -unido }, jointly announced the launch of the training and delivered welcoming remarks. In their speeches, they fully affirmed the positive significance and impact of the event, stressed the significant impact of industrial parks on the sustainable industrial development and economic growth of countries, especially countries in the Asia-Pacific region, and encouraged participants to carry out exchanges and dialogues, expand professional networks and establish long-term partnerships.

# Tenses made consistently past (the source has "It covers" and "will also provide").
# zh-CN: 来自商务部国际贸易经济合作研究院、中国环境科学研究院、上海社会科学院、国家级经济技术开发区绿色发展联盟、哥本哈根大学、东南大学、{ -unido }以及国内知名园区和科技企业的国际专家团队，与学员分享了园区发展的先进经验，并开展了深入的专题研讨，内容涵盖园区规划、招商引资、科技创新、环境保护、循环经济、城镇化和区域价值链等多个领域。实地考察和交流研讨也使学员对园区的开发建设有了直观而深入的了解。
# en: A team of international experts from the Chinese Academy of International Trade and Economic Cooperation, the Chinese Academy of Environmental Sciences, the Shanghai Academy of Social Sciences, the Green Development Alliance of National Economic and Technological Development Zones, the University of Copenhagen, Southeast University, { -unido }, well-known domestic parks and science and technology enterprises shared advanced experience in park development with participants and conducted in-depth thematic discussions. The training covered many fields, such as park planning, investment promotion, scientific and technological innovation, environmental protection, circular economy, urbanization and regional value chains. Field visits and discussions also provided participants with an intuitive and in-depth understanding of the development and construction of parks.
# experts = A team of international experts from the Chinese Academy of International Trade and Economic Cooperation, the Chinese Academy of Environmental Sciences, the Shanghai Academy of Social Sciences, the Green Development Alliance of National Economic and Technological Development Zones, the University of Copenhagen, Southeast University, { -unido }, well-known domestic parks and science and technology enterprises shared advanced experience in park development with participants and conducted in-depth thematic discussions. The training covered many fields, such as park planning, investment promotion, scientific and technological innovation, environmental protection, circular economy, urbanization and regional value chains. Field visits and discussions also provided participants with an intuitive and in-depth understanding of the development and construction of parks.

# zh-CN: 近年来，在{ -china-gov }的支持下，{ -unido }发布了《工业园区国际指南》，开展了分类别、分国别的园区研究，并积极推动实施“工业园区可持续发展平台”等项目。本次培训同样由{ -china-gov }资助，是{ -unido }与{ -china-gov }携手通过南南合作推动发展中国家工业园区可持续发展和能力建设的具体体现。
# en: In recent years, with the support of the { -china-gov }, { -unido } has issued the International Guidelines for Industrial Parks, conducted studies of parks by category and country, and made efforts to implement projects such as the Sustainable Development Platform for Industrial Parks. The training, which was also funded by the { -china-gov }, was a concrete manifestation of the joint efforts of { -unido } and the { -china-gov } to promote the sustainable development of industrial parks in developing countries and capacity building through South-South cooperation.
# background = In recent years, with the support of the { -china-gov }, { -unido } has issued the International Guidelines for Industrial Parks, conducted studies of parks by category and country, and made efforts to implement projects such as the Sustainable Development Platform for Industrial Parks. The training, which was also funded by the { -china-gov }, was a concrete manifestation of the joint efforts of { -unido } and the { -china-gov } to promote the sustainable development of industrial parks in developing countries and capacity building through South-South cooperation.

# zh-CN: { -unido }衷心感谢{ -china-gov }、合作伙伴{ -snai }（{ -apfdi }）以及全体培训专家和学员对本次培训项目的贡献与支持。{ -unido }将与合作伙伴一道，面向不同地区的国家开展类似的能力建设活动，并继续支持成员国发展工业园区和经济特区，实现包容和可持续的工业化。
# en: { -unido } would like to express its sincere gratitude to the { -china-gov }, its partner, the { -snai } ({ -apfdi }), all training experts and participants for their contributions and support to the Training Programme. { -unido } will carry out similar capacity-building activities with partners for countries in different regions and continue to support member States in developing industrial parks and special economic zones for inclusive and sustainable industrialization.
# gratitude = { -unido } would like to express its sincere gratitude to the { -china-gov }, its partner, the { -snai } ({ -apfdi }), all training experts and participants for their contributions and support to the Training Programme. { -unido } will carry out similar capacity-building activities with partners for countries in different regions and continue to support member States in developing industrial parks and special economic zones for inclusive and sustainable industrialization.
