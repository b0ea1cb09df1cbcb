// Indonesian and Malay phrase pools (written apart: Indonesian gak/udah/kak/rusak, Malay tak/dah/nak/rosak).
import type { LanguagePools } from './types';

export const ID: LanguagePools = {
  language: 'id',
  slots: {
    item: ['gelas', 'casing hp', 'baju', 'sepatu', 'headset', 'charger', 'lampu', 'jaket', 'botol', 'jam tangan', 'tas', 'kemeja', 'kipas', 'piring', 'kacamata', 'powerbank', 'celana', 'barang', 'produk', 'mainan', 'kabel'],
    color: ['hitam', 'putih', 'merah', 'biru', 'pink', 'hijau', 'abu-abu', 'cream'],
    prefix: ['', '', '', 'kak', 'min', 'halo kak', 'gan', 'permisi kak', 'sis', 'kak admin', 'seller'],
    suffix: ['', '', '', 'kak', 'ya kak', 'dong', 'min', '🙏', 'makasih', 'tolong ya', '!!', '??', 'huhu', 'gmn nih', 'plis'],
  },
  pools: {
    damaged: {
      train: [
        '{item} nya pecah', 'barang sampai udah rusak', 'paket penyok, {item} di dalamnya retak', '{item} nya retak kak',
        'barang diterima dalam keadaan pecah', 'kardusnya hancur, barangnya juga rusak', 'botolnya bocor semua', '{item} lecet lecet',
        'pas dibuka udah patah', 'kacanya pecah kak', 'kemasan sobek dan isinya rusak', 'barangnya penyok gara gara ekspedisi',
      ],
      test: [
        'barang nyampe dalam kondisi patah', 'sampai rumah {item} udah hancur berkeping', 'gelasnya pada pecah semua, packing nya tipis',
        'tutupnya copot pas nyampe', 'dus nya remuk, isinya ikut penyok',
      ],
    },
    defective: {
      train: [
        '{item} nya gak bisa nyala', 'baru {n} hari udah rusak', 'gak bisa dicas', 'barangnya cacat', 'tidak berfungsi', 'suaranya gak keluar',
        'resletingnya rusak', 'kualitas jelek, baru dipake sekali udah rusak', 'mati sendiri terus', 'tombolnya gak berfungsi',
        'bluetooth nya gak mau connect', 'ngecas lama gak penuh penuh', 'jahitannya lepas',
      ],
      test: [
        'ga nyala sama sekali dari awal', 'dipake dua kali langsung mati total', 'headset sebelah kiri ga ada bunyinya',
        'produk nya error terus kak', 'udah dicoba berkali kali tetep gak jalan',
      ],
    },
    missing_item: {
      train: [
        'pesen {n} cuma dateng 1', 'barangnya kurang satu', 'kabelnya gak ada', 'bonusnya gak dikirim', 'isi paket kurang',
        'ada yang belum dikirim, {item} nya gak ada', 'aksesorisnya gak ada kak', 'cuma nyampe setengah pesanan', 'bautnya gak ada',
      ],
      test: [
        'kok isinya cuma satu padahal beli dua', 'dalam paket gak ada {item} yang aku pesen', 'jumlahnya ga sesuai, kurang 2',
        'hadiahnya mana kak ga ada di paket',
      ],
    },
    wrong_item: {
      train: [
        'barangnya salah kirim', 'pesen warna {color} yang dateng {color}', 'ukurannya salah, aku pesan {size}', 'bukan barang yang saya pesan',
        'salah kirim kak', 'warnanya salah', 'dikirim model lain', 'pesan {size} dikirim {size}', 'salah varian',
      ],
      test: [
        'yang dateng beda sama yang aku order', 'kak ini kayaknya paket orang lain deh', 'aku beli {item} kok dikirim {item}',
        'motifnya bukan yang aku pilih',
      ],
    },
    not_received: {
      train: [
        'barang belum sampai', 'belum terima paket', 'status diterima tapi barang gak ada', 'udah {n} minggu belum nyampe',
        'paket saya belum diterima', 'katanya udah dikirim ke rumah tapi gak ada', 'pesanan {order} belum sampai juga', 'paketnya hilang kak',
      ],
      test: [
        'di aplikasi udah terkirim padahal aku ga nerima apa apa', 'sampe sekarang paketnya ga pernah dateng', 'kurir bilang udah antar tapi ga ada di rumah',
        'nunggu sebulan barang ga nyampe nyampe',
      ],
    },
    refund: {
      train: [
        'minta refund', 'bisa refund gak kak', 'tolong kembalikan dana saya', 'dana nya kapan balik', 'saya mau uang kembali',
        'refund aja kak', 'pengembalian dana gimana caranya', 'refund belum masuk', 'balikin duit aku',
      ],
      test: [
        'uangnya dikembaliin aja ya', 'danaku belum dikembalikan sampai sekarang', 'minta balikin uang {money}', 'pengen duit balik aja',
      ],
    },
    return: {
      train: [
        'mau retur', 'gimana cara retur barang', 'bisa dikembalikan gak', 'mau balikin barang', 'alamat retur dimana', 'saya mau return',
        'pengajuan pengembalian barang', 'mau kirim balik barangnya',
      ],
      test: ['barangnya mau aku kirim balik aja', 'retur nya dikirim kemana kak', 'boleh dibalikin gak kalo ga cocok'],
    },
    exchange: {
      train: [
        'bisa tukar ukuran gak', 'mau tukar warna {color}', 'tolong ganti yang baru', 'bisa tuker ke {size} kak', 'mau tukar barang',
        'minta ganti unit', 'tukar size bisa?',
      ],
      test: ['boleh diganti ke warna lain gak', 'tuker yang lebih gede ya kak', 'kirimin yang baru aja sebagai ganti'],
    },
    logistics: {
      train: [
        'paket saya sampai mana', 'kapan dikirim', 'resi nya mana kak', 'kok belum dikirim', 'udah dikirim belum', 'estimasi sampai kapan',
        'pakai ekspedisi apa', 'resi gak update', 'kapan nyampe kak', 'tolong cek resi {order}', 'bisa ganti alamat gak',
      ],
      test: ['paketku posisinya dimana sekarang', 'kira kira berapa hari sampai', 'kok status pengiriman ga gerak gerak', 'kapan barangnya dikirim kak'],
    },
    size: {
      train: [
        'ukuran apa yang cocok', 'kekecilan kak', 'kebesaran', 'size chart nya ada?', 'tinggi {n} berat 55 pakai size apa', 'ukurannya kekecilan',
        'kesempitan', 'pas gak ukurannya', 'XL nya kebesaran', 'lingkar pinggang berapa',
      ],
      test: ['{size} nya kekecilan', 'bajunya sempit banget', 'bb 60 tb 165 cocok size berapa', 'kegedean kak ukurannya'],
    },
    not_as_described: {
      train: [
        'barang tidak sesuai deskripsi', 'beda sama gambar', 'warnanya beda dari foto', 'bahannya tipis gak sesuai', 'barang palsu',
        'gak sesuai foto', 'kualitas gak sesuai gambar', 'ga original',
      ],
      test: ['aslinya jauh beda dari fotonya', 'katanya katun ternyata bukan', 'gambar sama barang beda jauh', 'ini KW bukan ori'],
    },
    cancel: {
      train: [
        'batalin pesanan', 'mau cancel kak', 'tolong batalkan order {order}', 'salah pesan mau batal', 'cancel aja kak', 'bisa dibatalkan gak',
        'pembatalan pesanan',
      ],
      test: ['gak jadi beli kak, batal ya', 'jangan dikirim dulu, aku mau cancel', 'orderannya dibatalin aja'],
    },
    other: {
      train: ['bisa minta invoice', 'ada garansi gak', 'voucher nya gak bisa dipakai', 'saldo kepotong dua kali', 'cara pakainya gimana'],
      test: ['minta faktur pajak kak', 'kode promo error terus'],
    },
    none: {
      train: ['halo kak', 'makasih kak', 'oke', 'barang udah sampai, mantap', 'bagus kak', 'ready kak?', 'ada promo gak', 'siap kak'],
      test: ['sudah diterima terima kasih', 'barangnya bagus sesuai pesanan', 'oke kak ditunggu'],
    },
  },
};

export const MS: LanguagePools = {
  language: 'ms',
  slots: {
    item: ['cawan', 'casing phone', 'baju', 'kasut', 'earphone', 'charger', 'lampu', 'jaket', 'botol', 'jam tangan', 'beg', 'kemeja', 'kipas', 'pinggan', 'barang', 'produk', 'seluar', 'mainan', 'kabel'],
    color: ['hitam', 'putih', 'merah', 'biru', 'pink', 'hijau', 'kelabu'],
    prefix: ['', '', '', 'hi seller', 'boss', 'salam', 'hai', 'assalamualaikum', 'seller', 'hello admin', 'sis'],
    suffix: ['', '', '', 'ye', 'tq', 'terima kasih', 'pls', '!!', '??', 'cepat sikit', '😡', '🙏', 'ok', 'boleh?'],
  },
  pools: {
    damaged: {
      train: [
        '{item} pecah', 'barang sampai dah rosak', 'kotak kemek, {item} retak', 'cawan pecah bila buka', 'bungkusan koyak dan barang rosak',
        'botol bocor habis basah kotak', '{item} calar teruk', 'skrin retak masa sampai', 'barang penyek sebab courier', 'dah hancur masa sampai',
      ],
      test: ['buka je kotak {item} dah patah dua', 'pinggan semua pecah, packing teruk betul', 'sampai rumah dah remuk', 'penutup tercabut masa sampai'],
    },
    defective: {
      train: [
        '{item} tak boleh on', 'baru {n} hari dah rosak', 'tak boleh cas', 'tak berfungsi langsung', 'takde bunyi', 'zip rosak',
        'kualiti teruk, guna sekali dah rosak', 'asyik mati sendiri', 'butang tak berfungsi', 'bluetooth tak dapat connect',
      ],
      test: ['langsung tak menyala dari mula', 'guna dua kali terus mati', 'sebelah earphone tak keluar bunyi', 'cuba banyak kali masih tak jalan'],
    },
    missing_item: {
      train: [
        'order {n} dapat satu je', 'barang kurang satu', 'kabel takde dalam kotak', 'hadiah percuma tak dapat', 'ada barang tertinggal',
        '{item} takde dalam parcel', 'aksesori tak ada', 'skru takde',
      ],
      test: ['beli dua tapi sampai satu je', 'dalam kotak tak ada {item} yang saya order', 'kuantiti tak cukup, kurang dua'],
    },
    wrong_item: {
      train: [
        'tersalah hantar barang', 'order warna {color} dapat {color}', 'saiz salah, saya order {size}', 'bukan barang yang saya beli',
        'seller hantar salah', 'warna salah', 'hantar model lain', 'order {size} dapat {size}',
      ],
      test: ['yang sampai lain dengan yang saya order', 'ni macam parcel orang lain', 'saya beli {item} kenapa hantar {item}'],
    },
    not_received: {
      train: [
        'barang belum sampai', 'tak terima parcel lagi', 'status delivered tapi barang takde', 'dah {n} minggu tak sampai',
        'saya belum dapat barang', 'parcel hilang ke', 'order {order} tak sampai lagi',
      ],
      test: ['app kata dah hantar tapi saya tak terima apa apa', 'sampai sekarang parcel tak pernah sampai', 'posmen kata dah hantar tapi takde kat rumah'],
    },
    refund: {
      train: [
        'nak refund', 'boleh refund tak', 'pulangkan duit saya', 'bila duit nak masuk balik', 'saya nak duit balik', 'refund je lah',
        'refund belum masuk lagi', 'minta pemulangan wang',
      ],
      test: ['bagi balik duit saya je', 'wang saya belum dipulangkan', 'nak duit {money} tu balik'],
    },
    return: {
      train: ['nak pulangkan barang', 'macam mana nak return', 'boleh pulang balik tak', 'alamat return kat mana', 'nak hantar balik barang', 'saya nak return item'],
      test: ['barang ni saya nak pos balik', 'return nak hantar ke mana', 'kalau tak suka boleh hantar balik ke'],
    },
    exchange: {
      train: ['boleh tukar saiz tak', 'nak tukar warna {color}', 'tolong ganti yang baru', 'boleh tukar ke {size}', 'nak tukar barang', 'tukar saiz boleh?'],
      test: ['boleh ganti warna lain tak', 'tukar yang besar sikit boleh', 'hantar yang baru sebagai ganti'],
    },
    logistics: {
      train: [
        'parcel saya sampai mana', 'bila nak hantar', 'tracking number mana', 'kenapa belum pos lagi', 'dah pos ke belum', 'bila sampai',
        'guna courier apa', 'tracking tak update', 'tolong check tracking {order}', 'boleh tukar alamat tak',
      ],
      test: ['parcel saya kat mana sekarang', 'berapa hari nak sampai', 'kenapa status penghantaran tak bergerak'],
    },
    size: {
      train: ['saiz apa yang sesuai', 'kecil sangat', 'besar sangat', 'ada size chart tak', 'tinggi {n} berat 55 pakai saiz apa', 'saiz tak muat', 'ketat sangat', 'saiz {size} muat tak'],
      test: ['{size} tu kecil sangat tak muat', 'baju sempit gila', 'berat 60 tinggi 165 saiz berapa'],
    },
    not_as_described: {
      train: ['barang tak sama macam gambar', 'tak ikut description', 'warna lain dari gambar', 'kain nipis tak sama macam iklan', 'barang tiruan', 'tak original'],
      test: ['sebenar jauh beza dengan gambar', 'kata cotton rupanya bukan', 'gambar lain barang lain'],
    },
    cancel: {
      train: ['nak cancel order', 'tolong batalkan order {order}', 'tersalah order nak cancel', 'boleh batal tak', 'cancel je lah', 'pembatalan pesanan'],
      test: ['tak jadi beli, batal ye', 'jangan pos dulu, saya nak cancel', 'order tu batalkan je'],
    },
    other: {
      train: ['boleh bagi resit', 'ada warranty tak', 'baucar tak boleh guna', 'kena caj dua kali', 'macam mana nak guna'],
      test: ['nak invois untuk syarikat', 'kod promo tak jalan'],
    },
    none: {
      train: ['hai seller', 'terima kasih', 'ok', 'barang dah sampai, cantik', 'best', 'ada stok tak', 'ada promosi tak', 'baik boss'],
      test: ['dah terima terima kasih', 'barang cantik macam dalam gambar', 'ok noted'],
    },
  },
};
