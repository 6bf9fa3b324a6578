/**
 * Ordinary Indonesian, Javanese and Madurese words, as they appear in citizens' complaints.
 *
 * Hundreds of East Java villages and districts are named with ordinary words (Titik, Pinggir,
 * Simpang, Tanggul, Gelap, Licin, Panjang, Sumber, Pasar, Candi, Taman...). A text that uses such a
 * word in its everyday sense must not be read as naming that place, so a place whose name is made
 * only of these words needs a marker ("desa Titik") or a corroborating district/regency before it
 * is accepted. The lists were built by comparing every East Java place name with the words that
 * complaint texts use; add to them when a new false positive shows up.
 */

/**
 * Grammar words, pronouns, greetings and chat fillers. A phrase starting with one is never read as
 * a place unless a marker precedes it: a handful of villages are named like them (Sudah, Jadi,
 * Deket, Tulung, Opo Opo), and "di Kepanjen" must not be tried as "Dikepanjen".
 */
export const FUNCTION_WORDS: readonly string[] = [
  // Indonesian grammar words
  ...words(`
    di ke dari dr dan dn atau ato yang yg ini itu tsb tersebut ada adalah ialah ya iya tidak tdk
    gak ga gk nggak ngga enggak tak belum blm sudah sdh udah udh dah telah akan mau ingin bisa
    bs dapat harus hrs perlu untuk utk buat dengan dgn sama pada oleh karena krn karna sejak
    sampai sampe smp hingga agar supaya biar jika kalau kalo klo tapi tetapi tp namun juga jg
    lagi lg masih msh sangat sekali banget bgt amat terlalu paling lebih kurang sering selalu
    pernah saja aja doang pun kok sih dong deh lah kah nih tuh loh lho kan ah eh oh wah nah saya
    aku gue gw kami kita kamu anda dia ia mereka beliau kalian sy aq km kmi apa siapa mana
    dimana dmn kemana kapan bagaimana gimana gmn mengapa kenapa knp berapa bila apabila ketika
    saat selama setelah sebelum sesudah lalu kemudian terus trus trs maka jadi jd semua semuanya
    setiap tiap banyak byk sedikit beberapa para sang si per antara tentang terhadap tanpa hanya
    cuma cuman sebelah setempat sekitar sekitarnya terdekat tertentu lain lainnya kami nya sini
    situ sana disini disitu disana begitu gitu begini gini seperti kayak kyk sebagai dalam dlm
    luar atas bawah depan belakang samping dekat dket deket jauh arah menuju melalui via mohon
    tolong tlg minta harap terima kasih makasih trims tq thx terimakasih assalamualaikum
    assalamu alaikum waalaikumsalam wr wb salam selamat pagi siang sore malam halo hallo hai
    permisi maaf mhn dll dsb dst no nomor nomer ok oke okay sip
  `),
  // people addressed or mentioned in a chat
  ...words(`
    min admin mimin kak kakak mas mbak mba pak bu bapak ibu om bang gan sob lur rek cak dik bro
    sis mbah bpk sdr saudara
  `),
  // Javanese grammar words and fillers
  ...words(`
    iki iku kuwi kae niki niku nika punika wonten onten ana enek ono ora mboten boten ra wis
    uwis sampun durung dereng isih taksih karo kalih lan kaliyan neng nang ning teng ing menyang
    saka seko teko mergo amargi amarga nek yen lek menawi nggih inggih injih enggih yo ae wae
    mawon to tah jal mbok tulung tulungen nyuwun matur suwun nuwun sewu monggo sing seng sek sik
    isa iso saged pengen kepingin arep ajeng badhe gelem purun opo sopo piye pripun kepiye endi
    pundi kenging ngapa opo pira pinten akeh kathah sithik nggo kanggo kagem dados maleh malih
    mek tok ae mene rene kono kene mriki mrika riko sampeyan panjenengan awakdewe kulo kula aku
    koen kon dee deweke piro pisan sisan tenan temen pancen lho ta se wes gek ndang cepetan ayo
    ayok yuk
  `),
  // Madurese grammar words
  ...words(`
    bede tak enggi ghi kaula lakar dhari sareng ban ngereng ka
  `),
];

/** Ordinary words that are also the names of East Java villages or districts. */
export const COMMON_WORDS: readonly string[] = [
  // roads, bridges, drains, lights: the vocabulary of the complaints themselves
  ...words(`
    jalan jln jl dalan dalane ruas raya jalur gang gg lorong trotoar aspal aspalan paving cor
    coran beton makadam tanah batu kerikil krikil pasir lubang lobang berlubang bolong growong
    ambles amblas ambrol longsor retak rusak parah hancur remuk jebol putus patah roboh rubuh
    tumbang ambruk miring bocor mampet buntu macet banjir genangan tergenang becek licin lunyu
    debu gelap peteng mati padam nyala redup lampu pju penerangan tiang kabel listrik pipa air
    banyu got selokan saluran drainase parit gorong irigasi sungai kali kalen sumber mata waduk
    bendungan bendung dam tanggul jembatan kreteg uwot gladak pohon wit ranting dahan akar daun
    rumput suket semak sampah limbah bau rambu marka zebra merah polisi tidur portal palang
    pagar pager tembok dinding pembatas median bahu tepi pinggir pinggiran ujung pojok tikungan
    belokan tanjakan turunan pertigaan perempatan prapatan bunderan bundaran simpang
    persimpangan halte terminal stasiun pasar toko warung kios masjid musholla mushola langgar
    gereja sekolah madrasah pondok pesantren ponpes kampus rumah omah sakit puskesmas kantor
    balai kampung perumahan perum komplek kompleks griya permai indah asri blok lapangan stadion
    taman makam kuburan pemakaman sawah tegal tegalan kebun kebon ladang hutan alas gunung bukit
    lembah pantai laut pelabuhan dermaga tambak empang kolam sumur titik lokasi koordinat tempat
    daerah wilayah kawasan lingkungan sekolahan pabrik gudang gedung hotel bank pom spbu bengkel
    warkop apotek klinik posyandu pos gardu tugu gapura monumen patung candi pura vihara
    klenteng pendopo aula parkir parkiran jurang tebing lumpur kubangan genteng atap semen pasak
    besi kayu bambu pring plengsengan talud bronjong urug urugan galian proyek kolong pintu
    kunci bunder panjang pendek lebar sempit tanggung terusan simpangan pangkal tengah pusat
    pusere alun bilangan jarak meter kilo km cm senti surat lapor laporan aduan keluhan
    pengaduan rt rw dusun dukuh kelurahan kecamatan kabupaten kota provinsi prov jatim jawa
    indonesia negara nasional kabel lalu lintas kendaraan angkutan mobil motor truk truck sepeda
    becak angkot bus bis pikap dump tronton
  `),
  // directions and positions
  ...words(`
    timur barat utara selatan tenggara daya lor kidul wetan kulon laok tengah pinggir ujung
    pojok seberang sabrang sebrang hulu
  `),
  // adjectives, verbs, people
  ...words(`
    baru lama besar gede kecil cilik tinggi rendah jero jeru dangkal tua muda anyar lawas bagus
    apik jelek elek baik buruk bahaya berbahaya rawan aman sepi ramai rame padat sulit susah
    mudah gampang cepat cepet lambat segera sgr langsung panas dingin basah kering bersih kotor
    putih hitam ireng abang ijo hijau kuning biru ungu coklat emas perak lancar keras atos
    lunak empuk gagah galak bener benar salah sejati lestari makmur mulya mulia jaya rahayu
    sentosa damai rukun sehat kuat lemah seneng senang sedih kasihan tenang menang kalah bengkak
    tumpuk numpuk butuh dapet dapat dateng datang teka minggir bareng kudu dadi besuk sesuk
    tarik pukul tutup buka bangun bangunan dibangun tambal ditambal perbaiki diperbaiki dibenahi
    benahi diaspal dicor bersihkan dibersihkan tebang ditebang potong dipotong pangkas dipangkas
    ganti diganti pasang dipasang cek dicek tinjau ditinjau tindak lanjut ditindaklanjuti lewat
    liwat melintas jatuh tiba celaka kecelakaan tabrakan korban luka meninggal tewas wafat warga
    masyarakat penduduk pengendara pemotor orang wong anak bocah pemuda tokoh kades lurah camat
    bupati walikota wali gubernur dinas pu pupr dpupr bina marga dishub dlh bpbd pemkab pemkot
    pemprov pemerintah petugas pejabat instansi pihak terkait serangan bilang ngomong kerja
    kerjo gotong royong sambat ngeluh kabar info viral video foto gambar wayang panggung kembang
     bunga kunir begal maling copet preman sepanjang separuh setengah seluruh sebagian
    kasur bantal kursi meja cangkir gelas gentong kendi kandang tumpeng ketupat kupat lontong
    tempe tahu sambal garam gula beras nasi sego roti jamu kopi teh susu madu purnama bulan
    bintang matahari langit awan mendung hujan udan angin badai petir kemarau musim tambang
    bilik kemudi sisir cermin kaca wangi harum salam sugeng slamet rejeki rezeki berkah mandala
    sumbang jajar jejer sudah
  `),
  // time and numbers
  ...words(`
    hari minggu tahun kemarin kemaren wingi sekarang skrg saiki siki bengi esuk awan jam menit
    tadi besok lusa senin selasa rabu kamis jumat sabtu ahad januari februari maret april mei
    juni juli agustus september oktober november desember satu dua tiga empat lima enam tujuh
    delapan sembilan sepuluh puluh ratus ribu juta sewulan sesasi sedino sewengi seminggu
    sebulan setahun siji loro telu papat limo enem pitu wolu songo sanga seket atus ewu pertama
    kedua ketiga
  `),
  // plants, fruits and trees (many villages are named after them)
  ...words(`
    jati asem asam waru turi mojo maja kemiri belimbing nangka duku duren
    durian salak kelapa klapa klopo pisang gedang pinang jambu mangga pelem nanas pepaya kates
    tebu cengkeh tembakau bako padi pari jagung kacang kedelai singkong ketela ubi tales talas
    dadap alang randu kapuk beringin bringin ringin waringin cemara akasia
    mahoni trembesi flamboyan angsana sengon sono kenanga melati mawar pandan tanjung kepuh
      pule mengkudu kelor jeruk kedondong sawo manggis rambutan duwet juwet srikaya
    sirsak kluwih petai pete jengkol lombok cabe cabai bawang terong timun labu waluh pare
    kangkung bayam bayem sawi tomat kentang wortel kubis jamur kemangi kemuning kenari lontar
    siwalan aren nipah bakau kelor salam sirih suruh jahe kunyit lengkuas serai nilam rotan
    ilalang
  `),
  // Not listed although ordinary words: Pakis, Glagah, Gondang, Bendo, Kapas, Wungu, Sekar, Gayam,
  // Sukun, Blimbing, Padas. As districts they are named far more often than the plant, colour or
  // rock, and "pohon gayam" is caught by the word in front (see markers.ts).
  // animals
  ...words(`
    sapi kerbau kebo kambing wedus ayam pitik bebek merak gagak kuntul bangau elang ular ulo
    macan gajah kidang kijang banteng kancil kucing kirik asu anjing tikus kodok bulus iwak ikan
    lele udang kepiting kupu tawon semut nyamuk manuk burung landak kera monyet kethek kuda
    jaran babi celeng kelinci tupai bajing cacing
  `),
  // nature
  ...words(`
    watu lemah wedi kedung telaga tlogo sendang umbul ranu rawa segara teluk pulau nusa goa gua
    curah ledok karang kapur pesisir muara kuala
  `),
  // common place-name morphemes that are words on their own
  ...words(`
    rejo arjo harjo mulyo sari agung joyo kerto wono sido suko
  `),
  // other cities and words that are names elsewhere
  ...words(`
    bandung jakarta bangkok japan jepang padang banyumas bali madura lombok panti larangan
    pesantren kraton keraton perak
  `),
  // more everyday words found among village names
  ...words(`
    babad bakung banter barang batok bedug belah belang bening bogem bokor bubuk campur
    demit gandul gelang gesang godong gumuk kelir kepel kidal kramat keramat kresek kretek
    montor nampan pancur pendem pesing petak pocong pucuk tapak tawar tebas telang tempel terik
    windu dagangan gunting kalangan karangan pagelaran kedaton kalimati tunggul
    pengarang penganten pedagangan kuningan gunungan krajan
  `),
  // everyday words one letter from a village name, or equal to one after folding doubled letters
  ...words(`
    tinggal blumbang pekarangan kebakaran gambaran jaringan kedalaman potongan pasangan sambungan
    tabungan pelanggaran pelataran kelautan tanggungan patokan separah labuhan kotakan tambakan
    segulung segunung seputih
  `),
  // common first names that are also village names
  ...words(`
    bambang slamet sugeng budi joko agus dewi sri bayu anom
  `),
];

/** Splits a whitespace-separated list of words. */
function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word !== '');
}
