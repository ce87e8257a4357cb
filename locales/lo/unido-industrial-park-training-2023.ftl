## Article: UNIDO and the Shanghai National Accounting Institute jointly organized the
## Industrial Park Leadership Training Programme for the Asia-Pacific Region (published 2023-07-28).
## Lao. DRAFT: translated from the English pivot, zh-CN consulted; not yet reviewed by a
## native speaker.
##
## Deliberately left out (they fall back to English and the page says so):
## - opening: personal names and titles (Li Yong, Lu Wenbin, Dejene Tezera, UNIDO's Department of
##   Agri-Business) whose established Lao spellings could not be verified.
## - experts: a long list of Chinese and other institutions without verifiable Lao names.
## Terminology: industrial park = ສວນອຸດສາຫະກຳ; special economic zone = ເຂດເສດຖະກິດພິເສດ;
## South-South cooperation = ການຮ່ວມມືໃຕ້-ໃຕ້; capacity building = ການເສີມສ້າງຄວາມອາດສາມາດ.
## lo has only the plural category `other`: numbers are used without selectors.
##
## Variables passed to every message in this file (already formatted for the locale):
##   $officials (Number) 29, $countries (Number) 8, $country-list (String),
##   $programme-dates (String), $published (String).

title = { -unido } ແລະ { -snai } ຮ່ວມກັນຈັດໂຄງການຝຶກອົບຮົມພາວະຜູ້ນຳດ້ານສວນອຸດສາຫະກຳ ສຳລັບພາກພື້ນອາຊີ-ປາຊີຟິກ

# Variables:
#   $programme-dates (String) - the date range of the programme, e.g. "10–14 ກໍລະກົດ 2023".
intro = ໃນລະຫວ່າງວັນທີ { $programme-dates } ທີ່ຜ່ານມາ, { -unido-full } ({ -unido }) ໄດ້ຮ່ວມມືກັບ{ -snai } ({ -apfdi }) ຈັດ “ໂຄງການຝຶກອົບຮົມພາວະຜູ້ນຳດ້ານສວນອຸດສາຫະກຳ ສຳລັບພາກພື້ນອາຊີ-ປາຊີຟິກ” ຂຶ້ນທີ່ນະຄອນຊຽງໄຮ້ ປະເທດຈີນ. ການຝຶກອົບຮົມແບບເຊິ່ງໜ້າຄັ້ງນີ້ ໄດ້ເຕົ້າໂຮມນັກວິຊາການ ແລະ ຜູ້ກຳນົດນະໂຍບາຍຈາກບັນດາປະເທດກຳລັງພັດທະນາໃນພາກພື້ນອາຊີ-ປາຊີຟິກ ເພື່ອແລກປ່ຽນແນວຄວາມຄິດປະດິດສ້າງ, ແບ່ງປັນແບບຢ່າງທີ່ດີ ແລະ ສັ່ງສົມປະສົບການອັນລ້ຳຄ່າ ໃນການວາງແຜນ, ການພັດທະນາ ແລະ ການຄຸ້ມຄອງສວນອຸດສາຫະກຳ.

# Variables:
#   $officials (Number) - number of participating officials (29).
#   $countries (Number) - number of participating countries (8).
#   $country-list (String) - the country names joined with the locale's list pattern.
participants = ເຈົ້າໜ້າທີ່ລັດຖະບານຂັ້ນກາງ ແລະ ຂັ້ນສູງ ຈຳນວນ { $officials } ທ່ານ ຈາກ { $countries } ປະເທດ ({ $country-list }) ທີ່ເຮັດວຽກກ່ຽວກັບການພັດທະນາສວນອຸດສາຫະກຳ ແລະ ເຂດເສດຖະກິດພິເສດ ໄດ້ຮັບເຊີນໃຫ້ເຂົ້າຮ່ວມກິດຈະກຳຄັ້ງນີ້ຢ່າງຕັ້ງໜ້າ.

# Credit line under the article photo.
photo-credit = ແຫຼ່ງທີ່ມາຂອງພາບ: { -unido-full } ({ -unido })

background = ໃນໄລຍະຫຼາຍປີຜ່ານມາ, ດ້ວຍການສະໜັບສະໜູນຂອງ{ -china-gov }, { -unido } ໄດ້ອອກ “ຂໍ້ແນະນຳສາກົນກ່ຽວກັບສວນອຸດສາຫະກຳ”, ໄດ້ດຳເນີນການສຶກສາຄົ້ນຄວ້າສວນອຸດສາຫະກຳຕາມປະເພດ ແລະ ຕາມປະເທດ ແລະ ໄດ້ພະຍາຍາມຈັດຕັ້ງປະຕິບັດບັນດາໂຄງການ ເຊັ່ນ “ເວທີການພັດທະນາແບບຍືນຍົງຂອງສວນອຸດສາຫະກຳ”. ການຝຶກອົບຮົມຄັ້ງນີ້ ເຊິ່ງໄດ້ຮັບທຶນຈາກ{ -china-gov }ເຊັ່ນກັນ ແມ່ນການສະແດງອອກຢ່າງເປັນຮູບປະທຳຂອງຄວາມພະຍາຍາມຮ່ວມກັນລະຫວ່າງ { -unido } ແລະ { -china-gov } ໃນການສົ່ງເສີມການພັດທະນາແບບຍືນຍົງຂອງສວນອຸດສາຫະກຳໃນບັນດາປະເທດກຳລັງພັດທະນາ ແລະ ການເສີມສ້າງຄວາມອາດສາມາດ ຜ່ານການຮ່ວມມືໃຕ້-ໃຕ້.

gratitude = { -unido } ຂໍສະແດງຄວາມຂອບໃຈຢ່າງຈິງໃຈມາຍັງ{ -china-gov }, ຄູ່ຮ່ວມມືຂອງຕົນຄື{ -snai } ({ -apfdi }), ພ້ອມທັງບັນດາຜູ້ຊ່ຽວຊານຝຶກອົບຮົມ ແລະ ຜູ້ເຂົ້າຮ່ວມທຸກທ່ານ ທີ່ໄດ້ປະກອບສ່ວນ ແລະ ໃຫ້ການສະໜັບສະໜູນໂຄງການຝຶກອົບຮົມຄັ້ງນີ້. { -unido } ຈະຮ່ວມກັບບັນດາຄູ່ຮ່ວມມືຈັດກິດຈະກຳເສີມສ້າງຄວາມອາດສາມາດໃນລັກສະນະດຽວກັນນີ້ໃຫ້ແກ່ບັນດາປະເທດໃນພາກພື້ນຕ່າງໆ ແລະ ສືບຕໍ່ສະໜັບສະໜູນບັນດາປະເທດສະມາຊິກໃນການພັດທະນາສວນອຸດສາຫະກຳ ແລະ ເຂດເສດຖະກິດພິເສດ ເພື່ອການຫັນເປັນອຸດສາຫະກຳຢ່າງທົ່ວເຖິງ ແລະ ຍືນຍົງ.

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
