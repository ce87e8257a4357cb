## Article: UNIDO and the Shanghai National Accounting Institute jointly organized the
## Industrial Park Leadership Training Programme for the Asia-Pacific Region (published 2023-07-28).
## Lao. DRAFT: translated from the English pivot, zh-CN consulted; not yet reviewed by a
## native speaker.
##
## opening and experts are translated in full; the names of people and institutions in them are
## transliterated or translated, and marked UNVERIFIED on their messages until a reviewer checks
## them against official Lao usage. Check those first.
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

# "ວັນທີ 10" is 10 July 2023, the first day of the programme.
# UNVERIFIED: the Lao spellings of the names, transliterated from the English (and the pinyin of
# the Chinese names): Li Yong (ລີ ຢົງ), Lu Wenbin (ລູ່ ເຫວີນປິນ), Dejene Tezera (ເດເຈເນ ເຕເຊຣາ);
# and UNIDO's Department of Agri-Business rendered as ກົມທຸລະກິດກະສິກຳ. None was checked against
# an official Lao source.
opening = ໃນຕອນເຊົ້າຂອງວັນທີ 10, ທ່ານ ລີ ຢົງ, ອະດີດຜູ້ອຳນວຍການໃຫຍ່ຂອງ { -unido }, ໄດ້ເຂົ້າຮ່ວມພິທີເປີດກິດຈະກຳຄັ້ງນີ້ໃນຖານະແຂກພິເສດ ແລະ ໄດ້ກ່າວຄຳປາໄສ. ໃນນາມຜູ້ຈັດ, ທ່ານ ລູ່ ເຫວີນປິນ, ປະທານ{ -snai } ({ -apfdi }) ແລະ ທ່ານ ເດເຈເນ ເຕເຊຣາ, ຜູ້ອຳນວຍການກົມທຸລະກິດກະສິກຳຂອງ { -unido }, ໄດ້ຮ່ວມກັນປະກາດເປີດການຝຶກອົບຮົມ ແລະ ໄດ້ກ່າວຄຳຕ້ອນຮັບ. ໃນຄຳປາໄສ, ບັນດາຜູ້ກ່າວໄດ້ຕີລາຄາສູງຕໍ່ຄວາມໝາຍຄວາມສຳຄັນ ແລະ ຜົນກະທົບໃນທາງບວກຂອງກິດຈະກຳຄັ້ງນີ້, ໄດ້ເນັ້ນໜັກເຖິງຜົນກະທົບອັນສຳຄັນຂອງສວນອຸດສາຫະກຳຕໍ່ການພັດທະນາອຸດສາຫະກຳແບບຍືນຍົງ ແລະ ການເຕີບໂຕທາງເສດຖະກິດຂອງບັນດາປະເທດ, ໂດຍສະເພາະແມ່ນບັນດາປະເທດໃນພາກພື້ນອາຊີ-ປາຊີຟິກ, ແລະ ໄດ້ຊຸກຍູ້ໃຫ້ຜູ້ເຂົ້າຮ່ວມແລກປ່ຽນ ແລະ ສົນທະນາກັນ, ຂະຫຍາຍເຄືອຂ່າຍທາງດ້ານວິຊາຊີບ ແລະ ສ້າງການເປັນຄູ່ຮ່ວມມືໄລຍະຍາວ.

# Tenses consistently past, as in the English.
# UNVERIFIED: the Lao names of the institutions are translations of their English names, not
# established Lao names: the Chinese Academy of International Trade and Economic Cooperation, the
# Chinese Academy of Environmental Sciences, the Shanghai Academy of Social Sciences, the Green
# Development Alliance of National Economic and Technological Development Zones, the University of
# Copenhagen (ໂກເປນເຮເກນ) and Southeast University (Nanjing; ມະຫາວິທະຍາໄລຕາເວັນອອກສ່ຽງໃຕ້, with
# ຈີນ added so it is not read as a university of Southeast Asia).
experts = ຄະນະຊ່ຽວຊານສາກົນຈາກສະຖາບັນການຄ້າສາກົນ ແລະ ການຮ່ວມມືທາງເສດຖະກິດຂອງຈີນ, ສະຖາບັນວິທະຍາສາດສິ່ງແວດລ້ອມຂອງຈີນ, ສະຖາບັນວິທະຍາສາດສັງຄົມຊຽງໄຮ້, ພັນທະມິດການພັດທະນາສີຂຽວຂອງບັນດາເຂດພັດທະນາເສດຖະກິດ ແລະ ເຕັກໂນໂລຊີລະດັບຊາດ, ມະຫາວິທະຍາໄລໂກເປນເຮເກນ, ມະຫາວິທະຍາໄລຕາເວັນອອກສ່ຽງໃຕ້ (ຈີນ), { -unido }, ພ້ອມທັງສວນອຸດສາຫະກຳ ແລະ ວິສາຫະກິດດ້ານວິທະຍາສາດ ແລະ ເຕັກໂນໂລຊີທີ່ມີຊື່ສຽງຂອງຈີນ ໄດ້ແບ່ງປັນປະສົບການອັນກ້າວໜ້າໃນການພັດທະນາສວນອຸດສາຫະກຳໃຫ້ແກ່ຜູ້ເຂົ້າຮ່ວມ ແລະ ໄດ້ດຳເນີນການສົນທະນາຕາມຫົວຂໍ້ຢ່າງເລິກເຊິ່ງ. ການຝຶກອົບຮົມໄດ້ກວມເອົາຫຼາຍຂົງເຂດ ເຊັ່ນ: ການວາງແຜນສວນອຸດສາຫະກຳ, ການສົ່ງເສີມການລົງທຶນ, ການປະດິດສ້າງທາງດ້ານວິທະຍາສາດ ແລະ ເຕັກໂນໂລຊີ, ການປົກປັກຮັກສາສິ່ງແວດລ້ອມ, ເສດຖະກິດໝູນວຽນ, ການຫັນເປັນຕົວເມືອງ ແລະ ລະບົບຕ່ອງໂສ້ມູນຄ່າໃນພາກພື້ນ. ການລົງຢ້ຽມຢາມສະຖານທີ່ຕົວຈິງ ແລະ ການສົນທະນາ ຍັງໄດ້ຊ່ວຍໃຫ້ຜູ້ເຂົ້າຮ່ວມມີຄວາມເຂົ້າໃຈຢ່າງເປັນຮູບປະທຳ ແລະ ເລິກເຊິ່ງກ່ຽວກັບການພັດທະນາ ແລະ ການກໍ່ສ້າງສວນອຸດສາຫະກຳ.

background = ໃນໄລຍະຫຼາຍປີຜ່ານມາ, ດ້ວຍການສະໜັບສະໜູນຂອງ{ -china-gov }, { -unido } ໄດ້ອອກ “ຂໍ້ແນະນຳສາກົນກ່ຽວກັບສວນອຸດສາຫະກຳ”, ໄດ້ດຳເນີນການສຶກສາຄົ້ນຄວ້າສວນອຸດສາຫະກຳຕາມປະເພດ ແລະ ຕາມປະເທດ ແລະ ໄດ້ພະຍາຍາມຈັດຕັ້ງປະຕິບັດບັນດາໂຄງການ ເຊັ່ນ “ເວທີການພັດທະນາແບບຍືນຍົງຂອງສວນອຸດສາຫະກຳ”. ການຝຶກອົບຮົມຄັ້ງນີ້ ເຊິ່ງໄດ້ຮັບທຶນຈາກ{ -china-gov }ເຊັ່ນກັນ ແມ່ນການສະແດງອອກຢ່າງເປັນຮູບປະທຳຂອງຄວາມພະຍາຍາມຮ່ວມກັນລະຫວ່າງ { -unido } ແລະ { -china-gov } ໃນການສົ່ງເສີມການພັດທະນາແບບຍືນຍົງຂອງສວນອຸດສາຫະກຳໃນບັນດາປະເທດກຳລັງພັດທະນາ ແລະ ການເສີມສ້າງຄວາມອາດສາມາດ ຜ່ານການຮ່ວມມືໃຕ້-ໃຕ້.

gratitude = { -unido } ຂໍສະແດງຄວາມຂອບໃຈຢ່າງຈິງໃຈມາຍັງ{ -china-gov }, ຄູ່ຮ່ວມມືຂອງຕົນຄື{ -snai } ({ -apfdi }), ພ້ອມທັງບັນດາຜູ້ຊ່ຽວຊານຝຶກອົບຮົມ ແລະ ຜູ້ເຂົ້າຮ່ວມທຸກທ່ານ ທີ່ໄດ້ປະກອບສ່ວນ ແລະ ໃຫ້ການສະໜັບສະໜູນໂຄງການຝຶກອົບຮົມຄັ້ງນີ້. { -unido } ຈະຮ່ວມກັບບັນດາຄູ່ຮ່ວມມືຈັດກິດຈະກຳເສີມສ້າງຄວາມອາດສາມາດໃນລັກສະນະດຽວກັນນີ້ໃຫ້ແກ່ບັນດາປະເທດໃນພາກພື້ນຕ່າງໆ ແລະ ສືບຕໍ່ສະໜັບສະໜູນບັນດາປະເທດສະມາຊິກໃນການພັດທະນາສວນອຸດສາຫະກຳ ແລະ ເຂດເສດຖະກິດພິເສດ ເພື່ອການຫັນເປັນອຸດສາຫະກຳຢ່າງທົ່ວເຖິງ ແລະ ຍືນຍົງ.
