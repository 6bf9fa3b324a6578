/**
 * Evaluation set for the place finder: complaint texts written the way citizens write them on
 * WhatsApp, with the most specific place each one unambiguously names (village, else district,
 * else regency code) or null when it names none. Every code was checked against the Kemendagri
 * tables (the spec re-checks that each code exists).
 */
export interface PlaceFinderCase {
  text: string;
  expect: { code: string } | null;
}

export const PLACE_FINDER_CASES: PlaceFinderCase[] = [
  // --- Kabupaten / Kota Malang, Kota Batu ---
  {
    text: 'Assalamualaikum min, jalan di Ds. Sumberejo Kec. Poncokusumo rusak parah, banyak lubang. Mohon segera diperbaiki',
    expect: { code: '35.07.07.2002' },
  },
  {
    text: 'jalan raya kepanjen depan stadion kanjuruhan bolong2 min, bahaya buat pengendara motor',
    expect: { code: '35.07.13' },
  },
  {
    text: 'pju mati sepanjang jalan desa pandanrejo kec wagir, gelap banget kalau malam',
    expect: { code: '35.07.21.2006' },
  },
  {
    text: 'kecamatan singosri kab malang ada pohon tumbang menutup jalan',
    expect: { code: '35.07.24' },
  },
  {
    text: 'tolong mas dalane bolong neng sumber pucung, wis suwe ora didandani',
    expect: { code: '35.07.12' },
  },
  {
    text: 'Kota Malang: lampu merah perempatan di kel. Bandulan kec. Sukun mati total',
    expect: { code: '35.73.04.1008' },
  },
  { text: 'jalan menuju kec. dau longsor sebagian, mohon dicek', expect: { code: '35.07.22' } },
  {
    text: 'Desa Kedungrejo Pakis Malang, saluran air mampet jadi banjir tiap hujan',
    expect: { code: '35.07.18.2001' },
  },
  {
    text: 'kecamatn wajak, jalan ke desa bambang rusak parah sudah 2 tahun',
    expect: { code: '35.07.08.2003' },
  },
  { text: 'jl. raya pakisaji malang berlubang, sudah ada yg jatuh', expect: { code: '35.07.19' } },
  {
    text: 'min jalan di bululwang rusak berat, truk pasir lewat terus',
    expect: { code: '35.07.14' },
  },
  { text: 'ada pohon tumbang di kec.kepanjen, lalu lintas macet', expect: { code: '35.07.13' } },
  { text: 'pohon besar tumbang di Kalipare setelah hujan deras', expect: { code: '35.07.11' } },
  {
    text: 'jembatan di desa tulungrejo bumiaji kota batu retak, takut ambrol',
    expect: { code: '35.79.02.2003' },
  },
  { text: 'kota batu, jalan ke arah coban rondo licin banyak lumpur', expect: { code: '35.79' } },
  { text: 'Turen jalane ambles mas, mobil ga iso liwat', expect: { code: '35.07.09' } },

  // --- Kota Surabaya ---
  {
    text: 'lampu pju di jl ketintang baru mati semua depan kampus. kel ketintang surabaya',
    expect: { code: '35.78.22.1004' },
  },
  { text: 'min sby, jalan di rungkut industri berlubang besar', expect: { code: '35.78.03' } },
  {
    text: 'Surabaya, gorong2 di Keputih kecamatan Sukolilo meluap sampai ke jalan',
    expect: { code: '35.78.09.1001' },
  },
  {
    text: 'pohon tumbang di Jl. Ahmad Yani Surabaya menutup separuh jalan',
    expect: { code: '35.78' },
  },
  { text: 'jalan berlubang di rungkut menanggal dekat pasar', expect: { code: '35.78.25.1003' } },
  {
    text: 'dalan nang kelurahan ngagel suroboyo rusak, tulung didandani',
    expect: { code: '35.78.04.1003' },
  },
  { text: 'kecamatan Wonokromo lampu jalan mati semua', expect: { code: '35.78.04' } },

  // --- Sidoarjo ---
  {
    text: 'Ds. Kedungrejo Kec. Waru Sidoarjo, drainase tersumbat sampah',
    expect: { code: '35.15.18.2015' },
  },
  { text: 'jalan di kecamatan porong sidoarjo ambles lagi', expect: { code: '35.15.04' } },
  {
    text: 'lampu penerangan jalan mati di desa kebonagung porong, rawan begal',
    expect: { code: '35.15.04.2001' },
  },

  // --- Jember, Banyuwangi ---
  {
    text: 'desa sumberejo kec ambulu jember jalane rusak parah',
    expect: { code: '35.09.12.2003' },
  },
  { text: 'jembatan penghubung di kecamatan Patrang jember retak', expect: { code: '35.09.20' } },
  { text: 'jalan di Kaliwates kab. Jember banyak lubang', expect: { code: '35.09.19' } },
  {
    text: 'jalan provinsi di jember rusak parah, mohon ditindaklanjuti',
    expect: { code: '35.09' },
  },
  { text: 'pohon tumbang di desa Kemiren kec. Glagah bwi', expect: { code: '35.10.15.2004' } },
  { text: 'kec. genteng banyuwangi, jalan rusak tidak diperbaiki', expect: { code: '35.10.09' } },
  { text: 'Banyuwangi: jln raya muncar rusak, banyak truk ikan', expect: { code: '35.10.05' } },
  { text: 'desa olehsri kec glagah lampu jalan mati', expect: { code: '35.10.15.2005' } },

  // --- Kediri ---
  {
    text: 'ds. sumberejo, kec. ngasem, kab kediri. gorong2 ambrol',
    expect: { code: '35.06.25.2002' },
  },
  { text: 'kota kediri, jalan depan pondok lirboyo berlubang', expect: { code: '35.71.01.1013' } },
  { text: 'pare kediri lampu jalan mati sejak seminggu', expect: { code: '35.06.17' } },

  // --- Bojonegoro, Tuban, Lamongan, Gresik ---
  { text: 'kecamatan sumberejo bojonegoro jalan poros desa rusak', expect: { code: '35.22.12' } },
  {
    text: 'desa Kedungrejo kec Malo, Bojonegoro, jembatan putus kena banjir',
    expect: { code: '35.22.17.2012' },
  },
  { text: 'bojonegor jalan rusak parah gak diperbaiki', expect: { code: '35.22' } },
  { text: 'jln di ngraho bjn rusak, aspal mengelupas', expect: { code: '35.22.01' } },
  { text: 'kec. jenu tuban jalan berlubang', expect: { code: '35.23.12' } },
  { text: 'desa tegalrejo kec merakurak tuban pju mati', expect: { code: '35.23.13.2012' } },
  { text: 'di tuban banyak jalan rusak, tolong pak bupati', expect: { code: '35.23' } },
  { text: 'jalan di senori tuban rusak', expect: { code: '35.23.05' } },
  { text: 'desa titik kec sekaran lamongan jalan rusak', expect: { code: '35.24.09.2002' } },
  { text: 'Gresik, jalan di desa Dooro kec Cerme rusak', expect: { code: '35.25.11.2004' } },

  // --- Madiun, Pacitan, Ponorogo, Trenggalek, Tulungagung, Blitar ---
  {
    text: 'dalane bolong ning desa sumberejo kecamatan geger madiun, tulung didandani',
    expect: { code: '35.19.03.2007' },
  },
  { text: 'Kota Madiun, PJU mati di sepanjang jalan', expect: { code: '35.77' } },
  { text: 'kab pacitan jalan longsor tertutup tanah', expect: { code: '35.01' } },
  { text: 'jalan di desa karangrejo arjosari pacitan longsor', expect: { code: '35.01.06.2016' } },
  {
    text: 'Ponorogo, jalan di desa Kutu Wetan kec. Jetis rusak',
    expect: { code: '35.02.09.2003' },
  },
  { text: 'desa sumberejo durenan trenggalek jalan longsor', expect: { code: '35.03.13.2005' } },
  { text: 'jalan ds sumberejo kulon ngunut tulungagung rusak', expect: { code: '35.04.11.2014' } },
  { text: 'jalan di kec. ngunut tulung agung berlubang', expect: { code: '35.04.11' } },
  { text: 'ds. salamrejo kec. binangun blitar jembatan rusak', expect: { code: '35.05.16.2002' } },

  // --- Pasuruan, Probolinggo, Lumajang ---
  { text: 'Prigen Pasuruan, pohon tumbang habis hujan angin', expect: { code: '35.14.10' } },
  {
    text: 'desa karangrejo kec gempol pasuruan, jalan tergenang',
    expect: { code: '35.14.12.2007' },
  },
  { text: 'paiton probolinggo lampu jalan banyak yang mati', expect: { code: '35.13.12' } },
  { text: 'Ds. Kedungrejo, Bantaran, jalan makadam rusak', expect: { code: '35.13.04.2002' } },
  { text: 'Kota Probolinggo banyak lampu PJU mati', expect: { code: '35.74' } },
  {
    text: 'jalan di ds selok awar awar pasirian lumajang rusak',
    expect: { code: '35.08.04.2005' },
  },
  { text: 'lumajang, jembatan di kec. pronojiwo ambrol', expect: { code: '35.08.02' } },

  // --- Nganjuk, Magetan, Ngawi, Jombang, Mojokerto ---
  { text: 'kel. payaman nganjuk lampu jalan mati', expect: { code: '35.18.13.1003' } },
  { text: 'magetan, jalan ke telaga sarangan rusak', expect: { code: '35.20.07.1013' } },
  { text: 'desa begal kec kedunggalar ngawi jalane rusak', expect: { code: '35.21.11.2001' } },
  { text: 'Ngawi jalan nasional berlubang', expect: { code: '35.21' } },
  { text: 'Jombang: jalan ds ngrimbi kec bareng rusak parah', expect: { code: '35.17.04.2012' } },
  { text: 'kec puri mojokerto lampu pju mati', expect: { code: '35.16.11' } },

  // --- Situbondo, Bondowoso, Madura ---
  { text: 'desa kukusan kendit situbondo jalan rusak', expect: { code: '35.12.05.2006' } },
  {
    text: 'Ds. Kembang Kec. Tlogosari Bondowoso jalan berlubang',
    expect: { code: '35.11.03.2001' },
  },
  { text: 'jalan desa sepulu bangkalan rusak', expect: { code: '35.26.08.2001' } },
  { text: 'sampang, pju mati di kel. banyuanyar', expect: { code: '35.27.03.1004' } },
  { text: 'kel. kolpajung pamekasan got mampet', expect: { code: '35.28.04.1016' } },
  { text: 'kec. lenteng sumenep, jalan aspal mengelupas', expect: { code: '35.29.07' } },
  { text: 'jalan di kecamatan kalianget rusak', expect: { code: '35.29.02' } },
  { text: 'Kabupaten Sumenep, jalan poros desa rusak', expect: { code: '35.29' } },

  // --- ordinary-word districts written with their regency, addresses, long chatty messages ---
  { text: 'jalan di candi sidoarjo berlubang, depan pasar', expect: { code: '35.15.07' } },
  { text: 'Taman Sidoarjo, lampu PJU mati sepanjang jalan raya', expect: { code: '35.15.13' } },
  { text: 'jenu tuban jalan berlubang', expect: { code: '35.23.12' } },
  { text: 'pohon waru tumbang di sidoarjo, nutup jalan', expect: { code: '35.15' } },
  {
    text: 'RT 02 RW 03 Desa Tulangan Kecamatan Tulangan Kabupaten Sidoarjo, jalan rusak',
    expect: { code: '35.15.09.2008' },
  },
  {
    text: 'Assalamualaikum admin, mau lapor lampu lalu lintas di Wonokromo Surabaya mati sejak pagi, mohon segera ditangani karena macet parah',
    expect: { code: '35.78.04' },
  },
  { text: 'ds tegalrejo kec sumbermanjing jalan longsor', expect: { code: '35.07.04.2002' } },
  { text: 'Kedungrejo Sumberejo Bojonegoro jembatane putus', expect: { code: '35.22.12.2003' } },
  { text: 'kel tlogomas kec lowokwaru malang got meluap', expect: { code: '35.73.05.1003' } },

  // --- texts that name no place ---
  { text: 'jalan rusak parah dekat pasar, tolong segera diperbaiki', expect: null },
  { text: 'di jalan raya depan sekolah banyak lubang, bahaya min', expect: null },
  { text: 'jembatan baru sudah retak padahal belum setahun', expect: null },
  { text: 'sumber air warga tercemar limbah pabrik', expect: null },
  { text: 'kali mampet penuh sampah, kalau hujan banjir', expect: null },
  { text: 'lampu merah di perempatan mati sejak kemarin', expect: null },
  { text: 'pohon tumbang di pinggir jalan menutup separuh jalan', expect: null },
  { text: 'jalan licin dan gelap, sudah banyak yang jatuh', expect: null },
  { text: 'mas, dalane bolong gede, tulung didandani', expect: null },
  { text: 'tanggul jebol, air masuk ke rumah warga', expect: null },
  { text: 'di ujung gang buntu ada tiang listrik miring', expect: null },
  { text: 'pju mati di simpang tiga dekat masjid', expect: null },
  { text: 'depan kantor desa ada pohon tumbang, pak kades belum tindak lanjut', expect: null },
  { text: 'dusun krajan jalan makadam rusak', expect: null },
  { text: 'titik lokasi nanti saya kirim, pukul 10 malam tadi ada kecelakaan', expect: null },
  { text: 'batu besar di tengah jalan setelah longsor', expect: null },
  { text: 'pohon jati tumbang kena angin, kabel putus', expect: null },
  { text: 'jalan menuju balai desa kami rusak, kecamatan sebelah sudah diaspal', expect: null },
  { text: 'gorong2 di bawah jembatan kayu ambrol', expect: null },
  { text: 'air meluap dari selokan di perumahan, bau sampah', expect: null },
  { text: 'lampu jalan padam, warga takut begal', expect: null },
  { text: 'pak slamet bilang jalan di kampung sini ambles', expect: null },
  { text: 'pohon gayam besar tumbang di jalan, kabel ikut putus', expect: null },
  { text: 'lampune mati wis sewulan, peteng ndedet, wedi yen liwat bengi', expect: null },
  {
    text: 'jalan menuju pemakaman rusak parah, warga kesulitan saat ada yang meninggal',
    expect: null,
  },
];
