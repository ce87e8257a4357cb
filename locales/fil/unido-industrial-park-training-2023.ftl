## Article: UNIDO and the Shanghai National Accounting Institute jointly organized the
## Industrial Park Leadership Training Programme for the Asia-Pacific Region (published 2023-07-28).
##
## Filipino (fil), translated from the English pivot (en) with the zh-CN text for reference.
## Draft, not yet reviewed by a native speaker.
## Terminology: industrial park = parkeng industriyal; special economic zone = espesyal na sonang
## pang-ekonomiya; sustainable = napapanatili; capacity building = pagpapaunlad ng kakayahan;
## South-South cooperation = kooperasyong Timog-Timog; China = Tsina.
## Names of foreign institutions and the titles of UNIDO publications and projects are kept
## in English, as Filipino news prose does.
##
## Variables passed to every message in this file (already formatted for the locale):
##   $officials (Number) 29, $countries (Number) 8, $country-list (String),
##   $programme-dates (String), $published (String).

title = Magkatuwang na inorganisa ng { -unido } at ng { -snai } ang Programa sa Pagsasanay sa Pamumuno sa mga Parkeng Industriyal para sa Rehiyong Asya-Pasipiko

# Variables:
#   $programme-dates (String) - the date range of the programme, e.g. "Hulyo 10–14, 2023".
intro = Noong { $programme-dates }, idinaos sa Shanghai, Tsina ang Programa sa Pagsasanay sa Pamumuno sa mga Parkeng Industriyal para sa Rehiyong Asya-Pasipiko na inorganisa ng { -unido-full } ({ -unido }) sa pakikipagtulungan sa { -snai } ({ -apfdi }). Pinagsama-sama ng harapang pagsasanay na ito ang mga propesyonal at tagagawa ng patakaran mula sa mga umuunlad na bansa sa rehiyong Asya-Pasipiko upang magpalitan ng mga makabagong ideya, magbahagi ng pinakamahuhusay na kasanayan, at makaipon ng mahahalagang karanasan sa pagpaplano, pagpapaunlad, at pamamahala ng mga parkeng industriyal.

# Variables:
#   $officials (Number) - number of participating officials (29).
#   $countries (Number) - number of participating countries (8).
#   $country-list (String) - the country names joined with the locale's list pattern.
# No plural selector: Filipino nouns do not change with the number (and in fil 8 selects [one]).
participants = Inanyayahang aktibong lumahok sa aktibidad ang { $officials } opisyal ng pamahalaan na nasa katamtaman at mataas na antas at kasangkot sa pagpapaunlad ng mga parkeng industriyal at mga espesyal na sonang pang-ekonomiya. Nagmula sila sa { $countries } bansa: { $country-list }.

# Credit line under the article photo.
photo-credit = Pinagmulan ng larawan: { -unido-full } ({ -unido })

# "Ika-10" is 10 July 2023, the first day of the programme.
opening = Noong umaga ng ika-10, dumalo si G. Li Yong, dating Direktor-Heneral ng { -unido }, sa seremonya ng pagbubukas bilang espesyal na panauhin at nagbigay ng talumpati. Sa ngalan ng mga tagapag-organisa, magkasamang inihayag nina Pangulong Lu Wenbin ng { -snai } ({ -apfdi }) at G. Dejene Tezera, Direktor ng Departamento ng Agribisnes ng { -unido }, ang pagsisimula ng pagsasanay, at nagbigay sila ng pambating pananalita. Sa kanilang mga talumpati, lubos nilang kinilala ang positibong kahalagahan at epekto ng aktibidad, binigyang-diin ang malaking epekto ng mga parkeng industriyal sa napapanatiling pag-unlad ng industriya at sa paglago ng ekonomiya ng mga bansa, lalo na ng mga bansa sa rehiyong Asya-Pasipiko, at hinikayat ang mga kalahok na makipagpalitan ng kaalaman at makipagdiyalogo, palawakin ang kanilang propesyonal na ugnayan, at bumuo ng pangmatagalang pakikipagtuwang.

experts = Isang pangkat ng mga internasyonal na eksperto mula sa Chinese Academy of International Trade and Economic Cooperation, Chinese Academy of Environmental Sciences, Shanghai Academy of Social Sciences, Green Development Alliance of National Economic and Technological Development Zones, University of Copenhagen, Southeast University, { -unido }, at mga kilalang parkeng industriyal at kompanya ng agham at teknolohiya sa Tsina ang nagbahagi sa mga kalahok ng mga huwarang karanasan sa pagpapaunlad ng mga parkeng industriyal at nagsagawa ng malalimang talakayan sa iba't ibang paksa. Saklaw ng pagsasanay ang maraming larangan, gaya ng pagpaplano ng parkeng industriyal, pagtataguyod ng pamumuhunan, inobasyon sa agham at teknolohiya, pangangalaga sa kapaligiran, sirkular na ekonomiya, urbanisasyon, at mga rehiyonal na kadena ng halaga. Sa pamamagitan din ng mga pagbisita sa mismong lugar at mga talakayan, nagkaroon ang mga kalahok ng tuwiran at malalim na pag-unawa sa pagpapaunlad at pagtatayo ng mga parkeng industriyal.

background = Sa mga nakalipas na taon, sa suporta ng { -china-gov }, inilabas ng { -unido } ang International Guidelines for Industrial Parks, nagsagawa ito ng mga pag-aaral sa mga parkeng industriyal ayon sa kategorya at bansa, at nagsikap itong ipatupad ang mga proyekto gaya ng Sustainable Development Platform for Industrial Parks. Ang pagsasanay, na pinondohan din ng { -china-gov }, ay kongkretong pagpapamalas ng magkasanib na pagsisikap ng { -unido } at ng { -china-gov } na isulong, sa pamamagitan ng kooperasyong Timog-Timog, ang napapanatiling pag-unlad ng mga parkeng industriyal at ang pagpapaunlad ng kakayahan sa mga umuunlad na bansa.

gratitude = Taos-pusong nagpapasalamat ang { -unido } sa { -china-gov }, sa katuwang nitong { -snai } ({ -apfdi }), at sa lahat ng eksperto at kalahok sa pagsasanay para sa kanilang ambag at suporta sa Programa ng Pagsasanay. Kasama ang mga katuwang nito, magsasagawa ang { -unido } ng mga katulad na aktibidad sa pagpapaunlad ng kakayahan para sa mga bansa sa iba't ibang rehiyon, at patuloy nitong susuportahan ang mga kasaping Estado sa pagpapaunlad ng mga parkeng industriyal at mga espesyal na sonang pang-ekonomiya tungo sa inklusibo at napapanatiling industriyalisasyon.
