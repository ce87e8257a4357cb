## Fact sheet: the Industrial Park Leadership Training Programme for the Asia-Pacific Region (2023).
## Filipino (fil): draft translation, not yet reviewed by a native speaker. Its wording follows this
## locale's translation of the announcement.

facts-title = Programa sa Pagsasanay sa Pamumuno sa mga Parkeng Industriyal para sa Rehiyong Asya-Pasipiko: ang mga detalye

facts-when-and-where = Kailan at saan: { $programme-dates }, sa Shanghai, Tsina, bilang harapang pagsasanay.

facts-organisers = Mga tagapag-organisa: ang { -unido-full } ({ -unido }), sa pakikipagtulungan sa { -snai } ({ -apfdi }); pinondohan ng { -china-gov }.

facts-participants = Mga kalahok: { $officials } opisyal ng pamahalaan na nasa katamtaman at mataas na antas at kasangkot sa pagpapaunlad ng mga parkeng industriyal at mga espesyal na sonang pang-ekonomiya, mula sa { $countries } bansa: { $country-list }.

facts-topics = Mga paksa: pagpaplano ng parkeng industriyal, pagtataguyod ng pamumuhunan, inobasyon sa agham at teknolohiya, pangangalaga sa kapaligiran, sirkular na ekonomiya, urbanisasyon, at mga rehiyonal na kadena ng halaga, kasama ang mga pagbisita sa mismong lugar at mga talakayan.
