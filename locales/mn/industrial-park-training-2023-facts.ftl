## Fact sheet: the Industrial Park Leadership Training Programme for the Asia-Pacific Region (2023).
## Mongolian (mn): draft translation, not yet reviewed by a native speaker. Its wording follows this
## locale's translation of the announcement.

facts-title = Товч мэдээлэл: Ази, Номхон далайн бүс нутгийн аж үйлдвэрийн паркийн манлайллын сургалтын хөтөлбөр

facts-when-and-where = Хугацаа, байршил: { $programme-dates }, БНХАУ-ын Шанхай хот, танхимын сургалт.

facts-organisers = Зохион байгуулагч: { -unido-full } ({ -unido }), { -snai } ({ -apfdi })-тэй хамтран; { -china-gov } санхүүжүүлсэн.

facts-participants = Оролцогчид: { $country-list } гэсэн { $countries } орноос аж үйлдвэрийн парк, эдийн засгийн тусгай бүсийн хөгжлийн чиглэлээр ажилладаг дунд болон ахлах шатны { $officials } төрийн албан хаагч.

facts-topics = Сэдэв: паркийн төлөвлөлт, хөрөнгө оруулалт татах, шинжлэх ухаан, технологийн инноваци, байгаль орчныг хамгаалах, тойрог эдийн засаг, хотжилт, бүс нутгийн нэмүү өртгийн сүлжээ; газар дээр нь танилцах аялал, хэлэлцүүлэг.
