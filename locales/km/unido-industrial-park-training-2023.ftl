## Article: UNIDO and the Shanghai National Accounting Institute jointly organized the
## Industrial Park Leadership Training Programme for the Asia-Pacific Region (published 2023-07-28).
## Khmer. DRAFT: translated from the English pivot, zh-CN consulted; not yet reviewed by a
## native speaker.
##
## Deliberately left out (they fall back to English and the page says so):
## - opening: personal names and titles (Li Yong, Lu Wenbin, Dejene Tezera, UNIDO's Department of
##   Agri-Business) whose established Khmer spellings could not be verified.
## - experts: a long list of Chinese and other institutions without verifiable Khmer names.
## Terminology: industrial park = ឧទ្យានឧស្សាហកម្ម; special economic zone = តំបន់សេដ្ឋកិច្ចពិសេស;
## South-South cooperation = កិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង; capacity building = ការកសាងសមត្ថភាព.
## km has only the plural category `other`: numbers are used without selectors.
##
## Variables passed to every message in this file (already formatted for the locale):
##   $officials (Number) 29, $countries (Number) 8, $country-list (String),
##   $programme-dates (String), $published (String).

title = { -unido } និង{ -snai } សហការរៀបចំកម្មវិធីបណ្តុះបណ្តាលភាពជាអ្នកដឹកនាំផ្នែកឧទ្យានឧស្សាហកម្ម សម្រាប់តំបន់អាស៊ីប៉ាស៊ីហ្វិក

# Variables:
#   $programme-dates (String) - the date range of the programme, e.g. "10–14 កក្កដា 2023".
intro = កាលពីថ្ងៃទី { $programme-dates } “កម្មវិធីបណ្តុះបណ្តាលភាពជាអ្នកដឹកនាំផ្នែកឧទ្យានឧស្សាហកម្ម សម្រាប់តំបន់អាស៊ីប៉ាស៊ីហ្វិក” ដែលរៀបចំដោយ{ -unido-full } ({ -unido }) ក្នុងកិច្ចសហការជាមួយ{ -snai } ({ -apfdi }) ត្រូវបានប្រព្រឹត្តទៅនៅទីក្រុងសៀងហៃ ប្រទេសចិន។ ការបណ្តុះបណ្តាលដោយផ្ទាល់នេះ បានប្រមូលផ្តុំអ្នកជំនាញ និងអ្នកធ្វើគោលនយោបាយមកពីបណ្តាប្រទេសកំពុងអភិវឌ្ឍក្នុងតំបន់អាស៊ីប៉ាស៊ីហ្វិក ដើម្បីផ្លាស់ប្តូរគំនិតច្នៃប្រឌិត ចែករំលែកការអនុវត្តល្អៗ និងទទួលបានបទពិសោធន៍ដ៏មានតម្លៃ លើការរៀបចំផែនការ ការអភិវឌ្ឍ និងការគ្រប់គ្រងឧទ្យានឧស្សាហកម្ម។

# Variables:
#   $officials (Number) - number of participating officials (29).
#   $countries (Number) - number of participating countries (8).
#   $country-list (String) - the country names joined with the locale's list pattern.
participants = មន្ត្រីរដ្ឋាភិបាលកម្រិតមធ្យម និងជាន់ខ្ពស់ចំនួន { $officials } រូប មកពីប្រទេសចំនួន { $countries } ({ $country-list }) ដែលបំពេញការងារលើការអភិវឌ្ឍឧទ្យានឧស្សាហកម្ម និងតំបន់សេដ្ឋកិច្ចពិសេស ត្រូវបានអញ្ជើញឱ្យចូលរួមយ៉ាងសកម្មក្នុងកម្មវិធីនេះ។

# Credit line under the article photo.
photo-credit = ប្រភពរូបភាព៖ { -unido-full } ({ -unido })

background = ក្នុងប៉ុន្មានឆ្នាំថ្មីៗនេះ ដោយមានការគាំទ្រពី{ -china-gov } { -unido } បានចេញផ្សាយ “គោលការណ៍ណែនាំអន្តរជាតិសម្រាប់ឧទ្យានឧស្សាហកម្ម” បានធ្វើការសិក្សាស្រាវជ្រាវលើឧទ្យានឧស្សាហកម្មតាមប្រភេទ និងតាមប្រទេស ព្រមទាំងបានខិតខំអនុវត្តគម្រោងនានា ដូចជា “វេទិកាអភិវឌ្ឍន៍ប្រកបដោយចីរភាពសម្រាប់ឧទ្យានឧស្សាហកម្ម” ជាដើម។ ការបណ្តុះបណ្តាលនេះ ដែលទទួលបានការឧបត្ថម្ភថវិកាពី{ -china-gov }ផងដែរ គឺជាការបង្ហាញជាក់ស្តែងនៃកិច្ចខិតខំប្រឹងប្រែងរួមគ្នារវាង { -unido } និង{ -china-gov } ក្នុងការលើកកម្ពស់ការអភិវឌ្ឍប្រកបដោយចីរភាពនៃឧទ្យានឧស្សាហកម្មនៅបណ្តាប្រទេសកំពុងអភិវឌ្ឍ និងការកសាងសមត្ថភាព តាមរយៈកិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង។

gratitude = { -unido } សូមថ្លែងអំណរគុណយ៉ាងជ្រាលជ្រៅចំពោះ{ -china-gov } ដៃគូរបស់ខ្លួនគឺ{ -snai } ({ -apfdi }) ព្រមទាំងអ្នកជំនាញបណ្តុះបណ្តាល និងអ្នកចូលរួមទាំងអស់ ដែលបានចូលរួមចំណែក និងគាំទ្រកម្មវិធីបណ្តុះបណ្តាលនេះ។ { -unido } នឹងរៀបចំសកម្មភាពកសាងសមត្ថភាពស្រដៀងគ្នានេះ ជាមួយដៃគូនានា សម្រាប់បណ្តាប្រទេសនៅតំបន់ផ្សេងៗ ហើយនឹងបន្តគាំទ្ររដ្ឋជាសមាជិកក្នុងការអភិវឌ្ឍឧទ្យានឧស្សាហកម្ម និងតំបន់សេដ្ឋកិច្ចពិសេស ឆ្ពោះទៅរកឧស្សាហូបនីយកម្មប្រកបដោយបរិយាប័ន្ន និងចីរភាព។

## Not yet translated: uncomment and translate (the page shows the English text meanwhile).

# "The 10th" is 10 July 2023, the first day of the programme.
# The name of the SNAI president, Lu Wenbin, is as given in the English source.
# zh-CN: 10日上午，{ -unido }前总干事李勇作为特邀嘉宾出席开幕式并致辞。{ -snai }（{ -apfdi }）院长路文彬与{ -unido }农业综合企业司司长德杰内·特泽拉代表主办方共同宣布培训开班，并致欢迎辞。他们在致辞中充分肯定了本次活动的积极意义和影响，强调工业园区对各国特别是亚太地区国家的可持续工业发展和经济增长具有重要影响，并鼓励学员开展交流与对话、拓展专业网络、建立长期合作伙伴关系。
# en: On the morning of the 10th, Mr. Li Yong, former Director-General of { -unido }, attended the opening ceremony of the event as a special guest and delivered a speech. On behalf of the organizers, President Lu Wenbin of the { -snai } ({ -apfdi }) and Mr. Dejene Tezera, Director of the Department of Agri-Business of { -unido }, jointly announced the launch of the training and delivered welcoming remarks. In their speeches, they fully affirmed the positive significance and impact of the event, stressed the significant impact of industrial parks on the sustainable industrial development and economic growth of countries, especially countries in the Asia-Pacific region, and encouraged participants to carry out exchanges and dialogues, expand professional networks and establish long-term partnerships.
# opening = On the morning of the 10th, Mr. Li Yong, former Director-General of { -unido }, attended the opening ceremony of the event as a special guest and delivered a speech. On behalf of the organizers, President Lu Wenbin of the { -snai } ({ -apfdi }) and Mr. Dejene Tezera, Director of the Department of Agri-Business of { -unido }, jointly announced the launch of the training and delivered welcoming remarks. In their speeches, they fully affirmed the positive significance and impact of the event, stressed the significant impact of industrial parks on the sustainable industrial development and economic growth of countries, especially countries in the Asia-Pacific region, and encouraged participants to carry out exchanges and dialogues, expand professional networks and establish long-term partnerships.

# Tenses made consistently past (the source has "It covers" and "will also provide").
# zh-CN: 来自商务部国际贸易经济合作研究院、中国环境科学研究院、上海社会科学院、国家级经济技术开发区绿色发展联盟、哥本哈根大学、东南大学、{ -unido }以及国内知名园区和科技企业的国际专家团队，与学员分享了园区发展的先进经验，并开展了深入的专题研讨，内容涵盖园区规划、招商引资、科技创新、环境保护、循环经济、城镇化和区域价值链等多个领域。实地考察和交流研讨也使学员对园区的开发建设有了直观而深入的了解。
# en: A team of international experts from the Chinese Academy of International Trade and Economic Cooperation, the Chinese Academy of Environmental Sciences, the Shanghai Academy of Social Sciences, the Green Development Alliance of National Economic and Technological Development Zones, the University of Copenhagen, Southeast University, { -unido }, well-known domestic parks and science and technology enterprises shared advanced experience in park development with participants and conducted in-depth thematic discussions. The training covered many fields, such as park planning, investment promotion, scientific and technological innovation, environmental protection, circular economy, urbanization and regional value chains. Field visits and discussions also provided participants with an intuitive and in-depth understanding of the development and construction of parks.
# experts = A team of international experts from the Chinese Academy of International Trade and Economic Cooperation, the Chinese Academy of Environmental Sciences, the Shanghai Academy of Social Sciences, the Green Development Alliance of National Economic and Technological Development Zones, the University of Copenhagen, Southeast University, { -unido }, well-known domestic parks and science and technology enterprises shared advanced experience in park development with participants and conducted in-depth thematic discussions. The training covered many fields, such as park planning, investment promotion, scientific and technological innovation, environmental protection, circular economy, urbanization and regional value chains. Field visits and discussions also provided participants with an intuitive and in-depth understanding of the development and construction of parks.
