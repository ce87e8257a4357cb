## Article: UNIDO and the Shanghai National Accounting Institute jointly organized the
## Industrial Park Leadership Training Programme for the Asia-Pacific Region (published 2023-07-28).
##
## Indonesian (id), translated from the English pivot (en) with the zh-CN text for reference.
## Draft, not yet reviewed by a native speaker.
## Terminology: industrial park = kawasan industri; special economic zone = kawasan ekonomi khusus;
## region (Asia-Pacific) = wilayah (to keep "kawasan" for parks); China = Tiongkok;
## President (of SNAI) = Rektor; South-South cooperation = kerja sama Selatan-Selatan.
##
## Variables passed to every message in this file (already formatted for the locale):
##   $officials (Number) 29, $countries (Number) 8, $country-list (String),
##   $programme-dates (String), $published (String).

title = { -unido } dan { -snai } Bersama Menyelenggarakan Program Pelatihan Kepemimpinan Kawasan Industri untuk Wilayah Asia-Pasifik

# Variables:
#   $programme-dates (String) - the date range of the programme, e.g. "10–14 Juli 2023".
intro = Pada { $programme-dates }, “Program Pelatihan Kepemimpinan Kawasan Industri untuk Wilayah Asia-Pasifik” yang diselenggarakan oleh { -unido-full } ({ -unido }) bekerja sama dengan { -snai } ({ -apfdi }) berlangsung di Shanghai, Tiongkok. Pelatihan tatap muka ini mempertemukan para profesional dan pembuat kebijakan dari negara-negara berkembang di wilayah Asia-Pasifik untuk bertukar gagasan inovatif, berbagi praktik terbaik, dan menghimpun pengalaman berharga dalam perencanaan, pengembangan, dan pengelolaan kawasan industri.

# Variables:
#   $officials (Number) - number of participating officials (29).
#   $countries (Number) - number of participating countries (8).
#   $country-list (String) - the country names joined with the locale's list pattern.
# Indonesian nouns do not inflect for number; "id" has only the plural category `other`.
participants = Sebanyak { $officials } pejabat pemerintah tingkat menengah dan senior dari { $countries } negara—{ $country-list }—yang menangani pengembangan kawasan industri dan kawasan ekonomi khusus diundang untuk berpartisipasi aktif dalam kegiatan ini.

# Credit line under the article photo.
photo-credit = Sumber foto: { -unido-full } ({ -unido })

# "Tanggal 10" is 10 July 2023, the first day of the programme.
# Honorifics ("Mr.") are dropped, as is usual in Indonesian news prose.
opening = Pada pagi hari tanggal 10, Li Yong, mantan Direktur Jenderal { -unido }, menghadiri upacara pembukaan kegiatan ini sebagai tamu kehormatan dan menyampaikan pidato. Mewakili pihak penyelenggara, Lu Wenbin, Rektor { -snai } ({ -apfdi }), dan Dejene Tezera, Direktur Departemen Agribisnis { -unido }, bersama-sama membuka pelatihan secara resmi dan menyampaikan sambutan selamat datang. Dalam sambutan mereka, para pembicara memberikan apresiasi penuh atas arti penting dan dampak positif kegiatan ini, menekankan besarnya pengaruh kawasan industri terhadap pembangunan industri berkelanjutan dan pertumbuhan ekonomi berbagai negara, khususnya negara-negara di wilayah Asia-Pasifik, serta mendorong para peserta untuk saling bertukar pikiran dan berdialog, memperluas jejaring profesional, dan membangun kemitraan jangka panjang.

# "Southeast University" (Nanjing) is kept under its own name: a literal Indonesian rendering would mislead.
experts = Tim pakar internasional dari Akademi Perdagangan Internasional dan Kerja Sama Ekonomi Tiongkok, Akademi Ilmu Lingkungan Tiongkok, Akademi Ilmu Sosial Shanghai, Aliansi Pembangunan Hijau Kawasan Pengembangan Ekonomi dan Teknologi Nasional, Universitas Kopenhagen, Southeast University, { -unido }, serta sejumlah kawasan industri dan perusahaan sains dan teknologi ternama di Tiongkok berbagi pengalaman unggul dalam pengembangan kawasan industri dengan para peserta dan menggelar diskusi tematik secara mendalam. Pelatihan ini mencakup berbagai bidang, seperti perencanaan kawasan, promosi investasi, inovasi ilmu pengetahuan dan teknologi, perlindungan lingkungan, ekonomi sirkular, urbanisasi, dan rantai nilai regional. Kunjungan lapangan dan diskusi juga memberikan pemahaman yang konkret dan mendalam kepada para peserta tentang pengembangan dan pembangunan kawasan industri.

background = Dalam beberapa tahun terakhir, dengan dukungan { -china-gov }, { -unido } telah menerbitkan Pedoman Internasional untuk Kawasan Industri, melakukan kajian kawasan industri berdasarkan kategori dan negara, serta berupaya melaksanakan berbagai proyek seperti Platform Pembangunan Berkelanjutan untuk Kawasan Industri. Pelatihan ini, yang juga didanai oleh { -china-gov }, merupakan wujud nyata upaya bersama { -unido } dan { -china-gov } untuk mendorong, melalui kerja sama Selatan-Selatan, pembangunan berkelanjutan kawasan industri dan peningkatan kapasitas di negara-negara berkembang.

gratitude = { -unido } menyampaikan terima kasih yang tulus kepada { -china-gov }, kepada mitranya, { -snai } ({ -apfdi }), serta kepada seluruh pakar pelatihan dan peserta atas kontribusi dan dukungan mereka terhadap Program Pelatihan ini. Bersama para mitra, { -unido } akan menyelenggarakan kegiatan peningkatan kapasitas serupa bagi negara-negara di berbagai wilayah serta terus mendukung negara-negara anggota dalam mengembangkan kawasan industri dan kawasan ekonomi khusus demi terwujudnya industrialisasi yang inklusif dan berkelanjutan.
