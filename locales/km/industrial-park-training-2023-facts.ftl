## Fact sheet: the Industrial Park Leadership Training Programme for the Asia-Pacific Region (2023).
## Khmer (km): draft translation, not yet reviewed by a native speaker. Its wording follows this
## locale's translation of the announcement.

facts-title = ព័ត៌មានសង្ខេប៖ កម្មវិធីបណ្តុះបណ្តាលភាពជាអ្នកដឹកនាំផ្នែកឧទ្យានឧស្សាហកម្ម សម្រាប់តំបន់អាស៊ីប៉ាស៊ីហ្វិក

facts-when-and-where = ពេលវេលា និងទីកន្លែង៖ ថ្ងៃទី { $programme-dates } នៅទីក្រុងសៀងហៃ ប្រទេសចិន ជាការបណ្តុះបណ្តាលដោយផ្ទាល់។

facts-organisers = អ្នករៀបចំ៖ { -unido-full } ({ -unido }) ក្នុងកិច្ចសហការជាមួយ{ -snai } ({ -apfdi }) ដោយមានការឧបត្ថម្ភថវិកាពី{ -china-gov }។

facts-participants = អ្នកចូលរួម៖ មន្ត្រីរដ្ឋាភិបាលកម្រិតមធ្យម និងជាន់ខ្ពស់ចំនួន { $officials } រូប ដែលបំពេញការងារលើការអភិវឌ្ឍឧទ្យានឧស្សាហកម្ម និងតំបន់សេដ្ឋកិច្ចពិសេស មកពីប្រទេសចំនួន { $countries } ({ $country-list })។

facts-topics = ប្រធានបទ៖ ការរៀបចំផែនការឧទ្យានឧស្សាហកម្ម ការលើកកម្ពស់ការវិនិយោគ ការច្នៃប្រឌិតផ្នែកវិទ្យាសាស្ត្រ និងបច្ចេកវិទ្យា ការការពារបរិស្ថាន សេដ្ឋកិច្ចចរាចរ នគរូបនីយកម្ម និងខ្សែសង្វាក់តម្លៃក្នុងតំបន់ ព្រមទាំងការចុះទស្សនកិច្ចសិក្សា និងការពិភាក្សា។
