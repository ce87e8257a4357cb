## Article: UNIDO and the Shanghai National Accounting Institute jointly organized the
## Industrial Park Leadership Training Programme for the Asia-Pacific Region (published 2023-07-28).
## Khmer. DRAFT: translated from the English pivot, zh-CN consulted; not yet reviewed by a
## native speaker.
##
## opening and experts are translated in full; the names of people and institutions in them are
## transliterated or translated, and marked UNVERIFIED on their messages until a reviewer checks
## them against official Khmer usage. Check those first.
## Terminology: industrial park = ឧទ្យានឧស្សាហកម្ម; special economic zone = តំបន់សេដ្ឋកិច្ចពិសេស;
## South-South cooperation = កិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង; capacity building = ការកសាងសមត្ថភាព.
## km has only the plural category `other`: numbers are used without selectors.
##
## Variables passed to every message in this file (already formatted for the locale):
##   $officials (Number) 29, $countries (Number) 8, $country-list (String),
##   $programme-dates (String), $published (String).

title = { -unido } និង{ -snai } សហការរៀបចំកម្មវិធីបណ្តុះបណ្តាលភាពជាអ្នកដឹកនាំផ្នែកឧទ្យានឧស្សាហកម្ម សម្រាប់តំបន់អាស៊ីប៉ាស៊ីហ្វិក

# Variables:
#   $programme-dates (String) - the date range of the programme, from -date-range in site.ftl:
#     "ថ្ងៃទី10 ដល់ថ្ងៃទី14 ខែកក្កដា ឆ្នាំ2023".
intro = កាលពី{ $programme-dates } “កម្មវិធីបណ្តុះបណ្តាលភាពជាអ្នកដឹកនាំផ្នែកឧទ្យានឧស្សាហកម្ម សម្រាប់តំបន់អាស៊ីប៉ាស៊ីហ្វិក” ដែលរៀបចំដោយ{ -unido-full } ({ -unido }) ក្នុងកិច្ចសហការជាមួយ{ -snai } ({ -apfdi }) ត្រូវបានប្រព្រឹត្តទៅនៅទីក្រុងសៀងហៃ ប្រទេសចិន។ ការបណ្តុះបណ្តាលដោយផ្ទាល់នេះ បានប្រមូលផ្តុំអ្នកជំនាញ និងអ្នកធ្វើគោលនយោបាយមកពីបណ្តាប្រទេសកំពុងអភិវឌ្ឍក្នុងតំបន់អាស៊ីប៉ាស៊ីហ្វិក ដើម្បីផ្លាស់ប្តូរគំនិតច្នៃប្រឌិត ចែករំលែកការអនុវត្តល្អៗ និងទទួលបានបទពិសោធន៍ដ៏មានតម្លៃ លើការរៀបចំផែនការ ការអភិវឌ្ឍ និងការគ្រប់គ្រងឧទ្យានឧស្សាហកម្ម។

# Variables:
#   $officials (Number) - number of participating officials (29).
#   $countries (Number) - number of participating countries (8).
#   $country-list (String) - the country names joined with the locale's list pattern.
participants = មន្ត្រីរដ្ឋាភិបាលកម្រិតមធ្យម និងជាន់ខ្ពស់ចំនួន { $officials } រូប មកពីប្រទេសចំនួន { $countries } ({ $country-list }) ដែលបំពេញការងារលើការអភិវឌ្ឍឧទ្យានឧស្សាហកម្ម និងតំបន់សេដ្ឋកិច្ចពិសេស ត្រូវបានអញ្ជើញឱ្យចូលរួមយ៉ាងសកម្មក្នុងកម្មវិធីនេះ។

# Credit line under the article photo.
photo-credit = ប្រភពរូបភាព៖ { -unido-full } ({ -unido })

# "ថ្ងៃទី 10" is 10 July 2023, the first day of the programme.
# UNVERIFIED: the Khmer spellings of the names, transliterated from the English (and the pinyin of
# the Chinese names): Li Yong (លី យ៉ុង), Lu Wenbin (លូ វេនប៊ីន), Dejene Tezera (ដេជេនេ តេហ្សេរ៉ា);
# and UNIDO's Department of Agri-Business rendered as នាយកដ្ឋានកសិពាណិជ្ជកម្ម. None was checked
# against an official Khmer source.
opening = នៅព្រឹកថ្ងៃទី 10 លោក លី យ៉ុង អតីតអគ្គនាយកនៃ { -unido } បានចូលរួមពិធីបើកកម្មវិធីនេះ ក្នុងនាមជាភ្ញៀវកិត្តិយសពិសេស និងបានថ្លែងសុន្ទរកថា។ ក្នុងនាមអ្នករៀបចំ លោក លូ វេនប៊ីន ប្រធាន{ -snai } ({ -apfdi }) និងលោក ដេជេនេ តេហ្សេរ៉ា នាយកនាយកដ្ឋានកសិពាណិជ្ជកម្មនៃ { -unido } បានរួមគ្នាប្រកាសបើកការបណ្តុះបណ្តាល និងបានថ្លែងសុន្ទរកថាស្វាគមន៍។ នៅក្នុងសុន្ទរកថារបស់ខ្លួន វាគ្មិនទាំងនោះបានវាយតម្លៃខ្ពស់ចំពោះសារៈសំខាន់ និងឥទ្ធិពលវិជ្ជមាននៃកម្មវិធីនេះ បានគូសបញ្ជាក់ពីឥទ្ធិពលយ៉ាងសំខាន់របស់ឧទ្យានឧស្សាហកម្ម មកលើការអភិវឌ្ឍឧស្សាហកម្មប្រកបដោយចីរភាព និងកំណើនសេដ្ឋកិច្ចរបស់បណ្តាប្រទេសនានា ជាពិសេសបណ្តាប្រទេសក្នុងតំបន់អាស៊ីប៉ាស៊ីហ្វិក ហើយបានលើកទឹកចិត្តអ្នកចូលរួមឱ្យធ្វើការផ្លាស់ប្តូរ និងការសន្ទនាគ្នា ពង្រីកបណ្តាញវិជ្ជាជីវៈ និងកសាងភាពជាដៃគូរយៈពេលវែង។

# Tenses consistently past, as in the English.
# UNVERIFIED: the Khmer names of the institutions are translations of their English names, not
# established Khmer names: the Chinese Academy of International Trade and Economic Cooperation, the
# Chinese Academy of Environmental Sciences, the Shanghai Academy of Social Sciences, the Green
# Development Alliance of National Economic and Technological Development Zones, the University of
# Copenhagen (កូប៉ិនហាក) and Southeast University (Nanjing; សាកលវិទ្យាល័យអាគ្នេយ៍, with ប្រទេសចិន
# added so it is not read as a university of Southeast Asia). "Circular economy" = សេដ្ឋកិច្ចចរាចរ.
experts = ក្រុមអ្នកជំនាញអន្តរជាតិមកពីបណ្ឌិត្យសភាចិនសម្រាប់ពាណិជ្ជកម្មអន្តរជាតិ និងកិច្ចសហប្រតិបត្តិការសេដ្ឋកិច្ច បណ្ឌិត្យសភាវិទ្យាសាស្ត្របរិស្ថានចិន បណ្ឌិត្យសភាវិទ្យាសាស្ត្រសង្គមសៀងហៃ សម្ព័ន្ធអភិវឌ្ឍន៍បៃតងនៃតំបន់អភិវឌ្ឍន៍សេដ្ឋកិច្ច និងបច្ចេកវិទ្យាថ្នាក់ជាតិ សាកលវិទ្យាល័យកូប៉ិនហាក សាកលវិទ្យាល័យអាគ្នេយ៍ (ប្រទេសចិន) { -unido } ព្រមទាំងឧទ្យានឧស្សាហកម្ម និងសហគ្រាសវិទ្យាសាស្ត្រ និងបច្ចេកវិទ្យាល្បីៗក្នុងប្រទេសចិន បានចែករំលែកបទពិសោធន៍ជឿនលឿនក្នុងការអភិវឌ្ឍឧទ្យានឧស្សាហកម្មជាមួយអ្នកចូលរួម និងបានធ្វើកិច្ចពិភាក្សាតាមប្រធានបទយ៉ាងស៊ីជម្រៅ។ ការបណ្តុះបណ្តាលនេះបានគ្របដណ្តប់លើវិស័យជាច្រើន ដូចជា ការរៀបចំផែនការឧទ្យានឧស្សាហកម្ម ការលើកកម្ពស់ការវិនិយោគ ការច្នៃប្រឌិតផ្នែកវិទ្យាសាស្ត្រ និងបច្ចេកវិទ្យា ការការពារបរិស្ថាន សេដ្ឋកិច្ចចរាចរ នគរូបនីយកម្ម និងខ្សែសង្វាក់តម្លៃក្នុងតំបន់។ ការចុះទស្សនកិច្ចសិក្សានៅនឹងកន្លែង និងការពិភាក្សានានា ក៏បានជួយឱ្យអ្នកចូលរួមយល់ដឹងពីការអភិវឌ្ឍ និងការសាងសង់ឧទ្យានឧស្សាហកម្ម ប្រកបដោយភាពជាក់ស្តែង និងស៊ីជម្រៅ។

background = ក្នុងប៉ុន្មានឆ្នាំថ្មីៗនេះ ដោយមានការគាំទ្រពី{ -china-gov } { -unido } បានចេញផ្សាយ “គោលការណ៍ណែនាំអន្តរជាតិសម្រាប់ឧទ្យានឧស្សាហកម្ម” បានធ្វើការសិក្សាស្រាវជ្រាវលើឧទ្យានឧស្សាហកម្មតាមប្រភេទ និងតាមប្រទេស ព្រមទាំងបានខិតខំអនុវត្តគម្រោងនានា ដូចជា “វេទិកាអភិវឌ្ឍន៍ប្រកបដោយចីរភាពសម្រាប់ឧទ្យានឧស្សាហកម្ម” ជាដើម។ ការបណ្តុះបណ្តាលនេះ ដែលទទួលបានការឧបត្ថម្ភថវិកាពី{ -china-gov }ផងដែរ គឺជាការបង្ហាញជាក់ស្តែងនៃកិច្ចខិតខំប្រឹងប្រែងរួមគ្នារវាង { -unido } និង{ -china-gov } ក្នុងការលើកកម្ពស់ការអភិវឌ្ឍប្រកបដោយចីរភាពនៃឧទ្យានឧស្សាហកម្មនៅបណ្តាប្រទេសកំពុងអភិវឌ្ឍ និងការកសាងសមត្ថភាព តាមរយៈកិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង។

gratitude = { -unido } សូមថ្លែងអំណរគុណយ៉ាងជ្រាលជ្រៅចំពោះ{ -china-gov } ដៃគូរបស់ខ្លួនគឺ{ -snai } ({ -apfdi }) ព្រមទាំងអ្នកជំនាញបណ្តុះបណ្តាល និងអ្នកចូលរួមទាំងអស់ ដែលបានចូលរួមចំណែក និងគាំទ្រកម្មវិធីបណ្តុះបណ្តាលនេះ។ { -unido } នឹងរៀបចំសកម្មភាពកសាងសមត្ថភាពស្រដៀងគ្នានេះ ជាមួយដៃគូនានា សម្រាប់បណ្តាប្រទេសនៅតំបន់ផ្សេងៗ ហើយនឹងបន្តគាំទ្ររដ្ឋជាសមាជិកក្នុងការអភិវឌ្ឍឧទ្យានឧស្សាហកម្ម និងតំបន់សេដ្ឋកិច្ចពិសេស ឆ្ពោះទៅរកឧស្សាហូបនីយកម្មប្រកបដោយបរិយាប័ន្ន និងចីរភាព។
