## Article: UNIDO and the Shanghai National Accounting Institute jointly organized the
## Industrial Park Leadership Training Programme for the Asia-Pacific Region (published 2023-07-28).
## Bengali (Bangladesh usage). DRAFT: translated from the English pivot, zh-CN consulted;
## not yet reviewed by a native speaker. All messages translated.
##
## Notes for the reviewer:
## - Case endings are attached to terms: { -unido }র, { -snai }ের, { -china-gov }ের.
## - Chinese institution names are translated descriptively (no established Bengali forms found);
##   "Southeast University" is written "চীনের সাউথইস্ট ইউনিভার্সিটি" so that it is not read as
##   the Southeast University in Dhaka.
## - Personal names transliterated: লি ইয়ং (Li Yong), লু ওয়েনবিন (Lu Wenbin),
##   দেজেনে তেজেরা (Dejene Tezera).
##
## Variables passed to every message in this file (already formatted for the locale):
##   $officials (Number) 29, $countries (Number) 8, $country-list (String),
##   $programme-dates (String), $published (String).

title = { -unido } ও { -snai }ের যৌথ আয়োজনে এশিয়া-প্রশান্ত মহাসাগরীয় অঞ্চলের জন্য শিল্পপার্ক নেতৃত্ব প্রশিক্ষণ কর্মসূচি অনুষ্ঠিত

# Variables:
#   $programme-dates (String) - the date range of the programme, e.g. "১০–১৪ জুলাই, ২০২৩".
intro = { $programme-dates } চীনের সাংহাইয়ে “এশিয়া-প্রশান্ত মহাসাগরীয় অঞ্চলের জন্য শিল্পপার্ক নেতৃত্ব প্রশিক্ষণ কর্মসূচি” অনুষ্ঠিত হয়। { -snai }ের ({ -apfdi }) সহযোগিতায় কর্মসূচিটির আয়োজন করে { -unido-full } ({ -unido })। সশরীরে অনুষ্ঠিত এই প্রশিক্ষণে এশিয়া-প্রশান্ত মহাসাগরীয় অঞ্চলের উন্নয়নশীল দেশগুলোর পেশাজীবী ও নীতিনির্ধারকেরা একত্র হন। শিল্পপার্কের পরিকল্পনা, উন্নয়ন ও ব্যবস্থাপনা বিষয়ে তাঁরা উদ্ভাবনী ধারণা বিনিময় করেন, উত্তম চর্চাগুলো ভাগ করে নেন এবং মূল্যবান অভিজ্ঞতা সঞ্চয় করেন।

# Variables:
#   $officials (Number) - number of participating officials (29).
#   $countries (Number) - number of participating countries (8).
#   $country-list (String) - the country names joined with the locale's list pattern.
# bn selects [one] for 0 and 1.
participants =
    { $countries ->
        [one] { $country-list } থেকে
       *[other] { $country-list }—এই { $countries }টি দেশ থেকে
    } শিল্পপার্ক ও বিশেষ অর্থনৈতিক অঞ্চল উন্নয়নের কাজে যুক্ত { $officials ->
        [one] { $officials } জন মধ্য বা উচ্চপর্যায়ের সরকারি কর্মকর্তাকে
       *[other] { $officials } জন মধ্য ও উচ্চপর্যায়ের সরকারি কর্মকর্তাকে
    } এ আয়োজনে সক্রিয়ভাবে অংশ নিতে আমন্ত্রণ জানানো হয়।

# Credit line under the article photo.
photo-credit = ছবির সূত্র: { -unido-full } ({ -unido })

# "The 10th" is 10 July 2023, the first day of the programme; written out as "১০ জুলাই".
opening = ১০ জুলাই সকালে উদ্বোধনী অনুষ্ঠানে বিশেষ অতিথি হিসেবে যোগ দিয়ে বক্তব্য দেন { -unido }র সাবেক মহাপরিচালক লি ইয়ং। আয়োজকদের পক্ষে { -snai }ের ({ -apfdi }) প্রেসিডেন্ট লু ওয়েনবিন এবং { -unido }র কৃষিব্যবসা বিভাগের পরিচালক দেজেনে তেজেরা যৌথভাবে প্রশিক্ষণের উদ্বোধন ঘোষণা করেন এবং স্বাগত বক্তব্য দেন। বক্তব্যে তাঁরা এ আয়োজনের ইতিবাচক তাৎপর্য ও প্রভাবের পূর্ণ স্বীকৃতি দেন এবং বিভিন্ন দেশের, বিশেষ করে এশিয়া-প্রশান্ত মহাসাগরীয় অঞ্চলের দেশগুলোর টেকসই শিল্পোন্নয়ন ও অর্থনৈতিক প্রবৃদ্ধিতে শিল্পপার্কের উল্লেখযোগ্য প্রভাবের ওপর জোর দেন। সেই সঙ্গে তাঁরা অংশগ্রহণকারীদের পারস্পরিক মতবিনিময় ও সংলাপে যুক্ত হতে, পেশাগত যোগাযোগের পরিসর বাড়াতে এবং দীর্ঘমেয়াদি অংশীদারত্ব গড়ে তুলতে উৎসাহিত করেন।

experts = চীনের আন্তর্জাতিক বাণিজ্য ও অর্থনৈতিক সহযোগিতা একাডেমি, চীনের পরিবেশবিজ্ঞান একাডেমি, সাংহাই সমাজবিজ্ঞান একাডেমি, জাতীয় অর্থনৈতিক ও প্রযুক্তিগত উন্নয়ন অঞ্চলসমূহের সবুজ উন্নয়ন জোট, কোপেনহেগেন বিশ্ববিদ্যালয়, চীনের সাউথইস্ট ইউনিভার্সিটি, { -unido } এবং চীনের খ্যাতনামা শিল্পপার্ক ও বিজ্ঞান-প্রযুক্তি প্রতিষ্ঠান থেকে আসা একদল আন্তর্জাতিক বিশেষজ্ঞ অংশগ্রহণকারীদের সঙ্গে শিল্পপার্ক উন্নয়নের অগ্রসর অভিজ্ঞতা ভাগ করে নেন এবং বিভিন্ন বিষয়ে গভীর আলোচনা পরিচালনা করেন। প্রশিক্ষণে শিল্পপার্কের পরিকল্পনা, বিনিয়োগ আকর্ষণ, বৈজ্ঞানিক ও প্রযুক্তিগত উদ্ভাবন, পরিবেশ সুরক্ষা, চক্রাকার অর্থনীতি, নগরায়ণ ও আঞ্চলিক ভ্যালু চেইনসহ নানা ক্ষেত্র অন্তর্ভুক্ত ছিল। সরেজমিন পরিদর্শন ও আলোচনার মাধ্যমেও অংশগ্রহণকারীরা শিল্পপার্কের উন্নয়ন ও নির্মাণ সম্পর্কে প্রত্যক্ষ ও গভীর ধারণা লাভ করেন।

background = সাম্প্রতিক বছরগুলোতে { -china-gov }ের সহায়তায় { -unido } “শিল্পপার্কবিষয়ক আন্তর্জাতিক নির্দেশিকা” প্রকাশ করেছে, ধরন ও দেশভিত্তিক শিল্পপার্ক নিয়ে গবেষণা করেছে এবং “শিল্পপার্কের টেকসই উন্নয়ন প্ল্যাটফর্ম”সহ বিভিন্ন প্রকল্প বাস্তবায়নের উদ্যোগ নিয়েছে। এই প্রশিক্ষণের অর্থায়নও করেছে { -china-gov }। দক্ষিণ-দক্ষিণ সহযোগিতার মাধ্যমে উন্নয়নশীল দেশগুলোতে শিল্পপার্কের টেকসই উন্নয়ন ও সক্ষমতা বৃদ্ধিতে { -unido } ও { -china-gov }ের যৌথ প্রচেষ্টার বাস্তব প্রতিফলন ছিল এ প্রশিক্ষণ।

gratitude = প্রশিক্ষণ কর্মসূচিতে অবদান ও সহায়তার জন্য { -china-gov }, অংশীদার প্রতিষ্ঠান { -snai } ({ -apfdi }) এবং প্রশিক্ষণের সব বিশেষজ্ঞ ও অংশগ্রহণকারীর প্রতি আন্তরিক কৃতজ্ঞতা জানিয়েছে { -unido }। অংশীদারদের সঙ্গে মিলে বিভিন্ন অঞ্চলের দেশগুলোর জন্য একই ধরনের সক্ষমতা বৃদ্ধি কার্যক্রম পরিচালনা করবে { -unido }। পাশাপাশি অন্তর্ভুক্তিমূলক ও টেকসই শিল্পায়নের লক্ষ্যে শিল্পপার্ক ও বিশেষ অর্থনৈতিক অঞ্চল গড়ে তুলতে সদস্য রাষ্ট্রগুলোকে সহায়তা অব্যাহত রাখবে সংস্থাটি।
