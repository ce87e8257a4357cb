## Fact sheet: the Industrial Park Leadership Training Programme for the Asia-Pacific Region (2023).
## Lao (lo): draft translation, not yet reviewed by a native speaker. Its wording follows this
## locale's translation of the announcement.

facts-title = ຂໍ້ມູນໂດຍສັງເຂບ: ໂຄງການຝຶກອົບຮົມພາວະຜູ້ນຳດ້ານສວນອຸດສາຫະກຳ ສຳລັບພາກພື້ນອາຊີ-ປາຊີຟິກ

facts-when-and-where = ເວລາ ແລະ ສະຖານທີ່: { $programme-dates }, ທີ່ນະຄອນຊຽງໄຮ້ ປະເທດຈີນ, ເປັນການຝຶກອົບຮົມແບບເຊິ່ງໜ້າ.

facts-organisers = ຜູ້ຈັດ: { -unido-full } ({ -unido }) ຮ່ວມມືກັບ{ -snai } ({ -apfdi }); ໄດ້ຮັບທຶນສະໜັບສະໜູນຈາກ{ -china-gov }.

facts-participants = ຜູ້ເຂົ້າຮ່ວມ: ເຈົ້າໜ້າທີ່ລັດຖະບານຂັ້ນກາງ ແລະ ຂັ້ນສູງ ຈຳນວນ { $officials } ທ່ານ ທີ່ເຮັດວຽກກ່ຽວກັບການພັດທະນາສວນອຸດສາຫະກຳ ແລະ ເຂດເສດຖະກິດພິເສດ, ຈາກ { $countries } ປະເທດ ({ $country-list }).

facts-topics = ຫົວຂໍ້: ການວາງແຜນສວນອຸດສາຫະກຳ, ການສົ່ງເສີມການລົງທຶນ, ການປະດິດສ້າງທາງດ້ານວິທະຍາສາດ ແລະ ເຕັກໂນໂລຊີ, ການປົກປັກຮັກສາສິ່ງແວດລ້ອມ, ເສດຖະກິດໝູນວຽນ, ການຫັນເປັນຕົວເມືອງ ແລະ ລະບົບຕ່ອງໂສ້ມູນຄ່າໃນພາກພື້ນ, ພ້ອມດ້ວຍການລົງຢ້ຽມຢາມສະຖານທີ່ຕົວຈິງ ແລະ ການສົນທະນາ.
