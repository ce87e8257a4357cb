## Fact sheet: the Industrial Park Leadership Training Programme for the Asia-Pacific Region (2023).
## Bengali (bn): draft translation, not yet reviewed by a native speaker. Its wording follows this
## locale's translation of the announcement.

facts-title = এক নজরে: এশিয়া-প্রশান্ত মহাসাগরীয় অঞ্চলের জন্য শিল্পপার্ক নেতৃত্ব প্রশিক্ষণ কর্মসূচি

facts-when-and-where = সময় ও স্থান: { $programme-dates }, চীনের সাংহাই, সশরীরে প্রশিক্ষণ।

facts-organisers = আয়োজক: { -snai }ের ({ -apfdi }) সহযোগিতায় { -unido-full } ({ -unido }); অর্থায়নে { -china-gov }।

facts-participants = অংশগ্রহণকারী: { $country-list }—এই { $countries }টি দেশ থেকে শিল্পপার্ক ও বিশেষ অর্থনৈতিক অঞ্চল উন্নয়নের কাজে যুক্ত { $officials } জন মধ্য ও উচ্চপর্যায়ের সরকারি কর্মকর্তা।

facts-topics = বিষয়: শিল্পপার্কের পরিকল্পনা, বিনিয়োগ আকর্ষণ, বৈজ্ঞানিক ও প্রযুক্তিগত উদ্ভাবন, পরিবেশ সুরক্ষা, চক্রাকার অর্থনীতি, নগরায়ণ ও আঞ্চলিক ভ্যালু চেইন; সঙ্গে সরেজমিন পরিদর্শন ও আলোচনা।
