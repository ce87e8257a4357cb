## Fact sheet: the Industrial Park Leadership Training Programme for the Asia-Pacific Region (2023).
## Indonesian (id): draft translation, not yet reviewed by a native speaker. Its wording follows this
## locale's translation of the announcement.

facts-title = Program Pelatihan Kepemimpinan Kawasan Industri untuk Wilayah Asia-Pasifik: fakta singkat

facts-when-and-where = Waktu dan tempat: { $programme-dates }, di Shanghai, Tiongkok, sebagai pelatihan tatap muka.

facts-organisers = Penyelenggara: { -unido-full } ({ -unido }) bekerja sama dengan { -snai } ({ -apfdi }); didanai oleh { -china-gov }.

facts-participants = Peserta: { $officials } pejabat pemerintah tingkat menengah dan senior yang menangani pengembangan kawasan industri dan kawasan ekonomi khusus, dari { $countries } negara: { $country-list }.

facts-topics = Topik: perencanaan kawasan, promosi investasi, inovasi ilmu pengetahuan dan teknologi, perlindungan lingkungan, ekonomi sirkular, urbanisasi, dan rantai nilai regional, disertai kunjungan lapangan dan diskusi.
