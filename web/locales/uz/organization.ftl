### status: draft
### Dala web client: Uzbek (uz). Drafted without a native speaker; awaiting review.

## Tashkilot soʻrovlaridagi xatolar
error-join-code-ended = Bu kodni treneringiz toʻxtatgan. Undan yangisini soʻrang.
error-reset-code-invalid = Bu tiklash kodi ishlamaydi: u xato yozilgan, allaqachon ishlatilgan, yangisi bilan almashtirilgan yoki 72 soatdan eski boʻlishi mumkin. Login va kodni tekshiring yoki treneringizdan yangi kod soʻrang.
error-course-archived = Bu kurs arxivda: u endi taklif qilinmaydi. Boshqa kursni tanlang yoki avval uni qayta koʻrsating.

## Tashkilot sahifasi
org-title = Tashkilot
org-sign-in = Bu tashkilotni boshqarish uchun uning treneri yoki administratori sifatida kiring.
org-not-allowed = Bu sahifa shu tashkilot trenerlari va administratorlari uchun. Hisobingiz ular qatorida emas.
org-offline = Bu sahifa uchun serverga aloqa kerak. Internetga ulaning va qayta urinib koʻring.
org-forbidden = Hisobingiz bu tashkilotda buni bajara olmaydi.
org-contents = Bu sahifada
org-confirm-cancel = Bekor qilish
org-role-learner = Tinglovchi
org-role-trainer = Trener
org-role-administrator = Administrator
org-column-label = Belgi
org-column-courses = Kurslar
org-column-course = Kurs
org-column-role = Rol
org-column-roles = Rollar
org-column-uses = Ishlatilgan
org-column-expires = Tugash sanasi
org-column-state = Holati
org-column-action = Amal
org-column-member = Aʼzo
org-column-learner = Tinglovchi
org-column-learners = Tinglovchilar
org-column-access = Yozilish
org-column-catalog = Katalog
org-column-issued = Berilgan sana

## Qoʻshilish kodlari
org-codes-heading = Qoʻshilish kodlari
org-codes-explained = Qoʻshilish kodi orqali tinglovchilar hisob yaratadi va siz tanlagan kurslarni oladi. Kod havolasini yoki QR kodini ulashing yoki uni ovoz chiqarib oʻqib bering.
org-codes-table = Bu tashkilotning qoʻshilish kodlari
org-code-new = Yangi qoʻshilish kodi
org-code-for = Kod kim uchun
org-code-for-learners = Tinglovchilar (guruh)
org-code-for-trainer = Bitta yangi trener
org-code-for-administrator = Bitta yangi administrator
org-code-invitation-hint = Taklifnoma bir kishi uchun: u bir marta ishlaydi.
org-code-courses = Kod beradigan kurslar
org-code-no-courses = Bu tashkilotda hali beriladigan kurs yoʻq.
org-code-label = Belgi (oʻzingiz uchun: kod kimga moʻljallangan)
org-code-label-hint = Masalan, "Oʻsh, mart guruhi". Tinglovchilar uni koʻrmaydi.
org-code-max-uses = U bilan necha kishi qoʻshila oladi
org-code-days = Tugashiga necha kun
org-code-create = Qoʻshilish kodini yaratish
org-code-create-invitation = Taklifnoma yaratish
org-code-card-title = Yangi qoʻshilish kodi
org-code-card-invitation = Taklifnoma: { $role }, bir kishi uchun
org-code-card-open = Tinglovchilar bu havolani telefonida ochadi yoki qoʻshilish sahifasini ochib, kodni yozadi:
org-code-card-limits = { $uses ->
    [one] Bir kishi
   *[other] { $uses } kishi
  } uchun, { $date } sanasigacha amal qiladi.
org-code-card-once = Kod faqat hozir koʻrsatiladi: serverda uni qayta koʻrsatish uchun nusxasi saqlanmaydi. Bu sahifadan chiqishdan oldin uni nusxalang, chop eting yoki yozib oling.
org-code-qr = Qoʻshilish havolasining QR kodi
org-code-copy = Havolani nusxalash
org-code-copied = Havola nusxalandi.
org-code-copy-failed = Bu brauzer nusxalashga ruxsat bermadi. Yuqoridagi havolani belgilab, qoʻlda nusxalang.
org-code-print = Chop etish
org-code-no-label = (belgisiz)
org-codes-none = Hali qoʻshilish kodlari yoʻq.
org-code-uses = { $max } tadan { $uses }
org-code-active = Faol
org-code-ended = Toʻxtatilgan
org-code-expired = Muddati tugagan
org-code-used-up = Ishlatib boʻlingan
org-code-end = Kodni toʻxtatish
org-code-end-question = Bu kod toʻxtatilsinmi? Endi u bilan hech kim qoʻshila olmaydi; u bilan yaratilgan hisoblar qoladi.
org-code-end-yes = Ha, toʻxtatish

## Aʼzolar
org-members-heading = Aʼzolar
org-members-search = Ism yoki login boʻyicha qidirish
org-members-table = Bu tashkilot aʼzolari
org-reset = Parolni tiklash
org-reset-question = { $name } uchun tiklash kodi yaratilsinmi? U yangi parol oʻrnatgach, joriy paroli ishlamay qoladi.
org-reset-yes = Ha, kod yaratish
org-reset-card-title = { $name } uchun tiklash kodi
org-reset-code = Tiklash kodi
org-reset-card-how = Bu login va kodni shaxsan { $name } qoʻliga bering. Kod 72 soat ({ $date } gacha) amal qiladi va bir marta ishlaydi: u quyidagi sahifani ochib, ikkalasini yozadi va yangi parol tanlaydi.
org-reset-card-once = Kod faqat hozir koʻrsatiladi. Yangisini yaratsangiz, bu kod bekor boʻladi.
org-end-sessions = Seanslarni yakunlash
org-end-sessions-question = { $name } barcha qurilmalarda tizimdan chiqarilsinmi (telefon yoʻqolganda)? Uning serverdagi natijalari saqlanadi.
org-end-sessions-yes = Ha, hamma joyda chiqarish
org-sessions-ended = { $count ->
    [0] { $name } hech qayerda tizimga kirmagan edi.
    [one] { $name } uchun bitta seans yakunlandi.
   *[other] { $name } uchun { $count } ta seans yakunlandi.
  }
org-give-heading = Kurs berish
org-give-explained = Jadvalda aʼzolarni belgilang, kursni tanlang va ularga bering. Kursi allaqachon bor boʻlganlar oʻtkazib yuboriladi.
org-give-course = Kurs
org-give-button = { $count ->
    [0] Avval jadvalda aʼzolarni belgilang
    [one] Bitta aʼzoga berish
   *[other] { $count } ta aʼzoga berish
  }
org-give-done = { $count ->
    [0] Tanlanganlarning hammasida bu kurs allaqachon bor edi.
    [one] Bitta aʼzoga kurs berildi.
   *[other] { $count } ta aʼzoga kurs berildi.
  }

## Kurslar
org-courses-heading = Kurslar
org-courses-explained = Bu tashkilot tinglovchilarida bor yoki ularga berilishi mumkin boʻlgan kurslar. Arxivdagi kurs katalogda koʻrinmaydi; u kurs bor boʻlganlar uni oʻqishda davom etadi va sertifikatlari haqiqiy qoladi.
org-courses-table = Bu tashkilot kurslari
org-course-open = Hamma uchun ochiq
org-course-closed = Qoʻshilish kodi bilan
org-course-archived = Arxivda
org-course-shown = Katalogda
org-course-archive = Arxivlash
org-course-archive-named = { $course } kursini arxivlash
org-course-unarchive = Qayta koʻrsatish
org-course-unarchive-named = { $course } kursini qayta koʻrsatish

## Sertifikatlar
org-certificates-heading = Sertifikatlar
org-certificates-explained = Bu tashkilot orqali olingan kursni tugatganlik sertifikatlari. Sertifikatni faqat xato berilgan yoki nohalol yoʻl bilan olingan boʻlsa bekor qiling: keyin uni tekshirgan har kim sababingizni koʻradi.
org-certificates-table = Bu tashkilot sertifikatlari
org-certificate-valid = Haqiqiy
org-certificates-none = Hali sertifikatlar yoʻq.
org-certificate-revoked = { $date } kuni bekor qilingan: { $reason }
org-certificate-revoke = Bekor qilish
org-certificate-reason = Sabab (uni tekshirgan har kimga koʻrsatiladi)
org-certificate-revoke-yes = Sertifikatni bekor qilish

## Tashkilotlar
orgs-title = Tashkilotlar
orgs-none = Bu sahifa trenerlar va administratorlar uchun. Hisobingiz hech qaysi tashkilotni boshqarmaydi.
orgs-own-heading = Siz boshqaradigan tashkilotlar
orgs-all-heading = Barcha tashkilotlar
orgs-table = Bu serverdagi barcha tashkilotlar
orgs-column-name = Nomi
orgs-none-yet = Hali tashkilotlar yoʻq.
orgs-column-members = Aʼzolar
orgs-column-created = Yaratilgan sana
orgs-new-heading = Yangi tashkilot
orgs-name = Tashkilot nomi
orgs-create = Tashkilot yaratish
orgs-created = { $name } yaratildi.
orgs-open = Uni ochish

## Tiklash kodi bilan yangi parol oʻrnatish
reset-title = Yangi parol oʻrnatish
reset-intro = Parolingizni unutdingizmi? Treneringizdan tiklash kodini soʻrang, soʻng bu yerga loginingizni, kodni va yangi parolni yozing.
reset-code = Tiklash kodi
reset-code-hint = Treneringiz bergandek 12 ta harf va raqam. Katta harflar va chiziqchalar ahamiyatga ega emas.
reset-new-password = Yangi parol
reset-new-password-again = Yangi parolni takrorlang
reset-mismatch = Ikki parol bir xil emas. Bir xil yangi parolni ikki marta yozing.
reset-button = Parolni oʻrnatish va kirish
reset-sign-in = Parolingiz esingizdami? Kiring
org-questions-link = Tinglovchilarning savollari

# Internet uzilgan joydan olib kelingan tinglovchining natijalar fayli.
org-carried-heading = Tinglovchining natijalar fayli
org-carried-explained = Internet uzilgan joydagi tinglovchi oʻz natijalarini faylga (u .dalp bilan tugaydi) saqlab, uni sizga beradi. Onlayn paytingizda uni shu yerda import qiling: fayl necha marta kelmasin, tinglovchining oʻzgarishlari faqat bir marta saqlanadi, siz uchun esa uning qurilmasiga qaytarib olib borish uchun javob fayli saqlanadi. Ikkala faylni ham faqat shu Dala serveri oʻqiy oladi.
org-carried-label = Natijalar faylini tanlang
org-carried-done = { $count ->
    [one] Bitta oʻzgarish saqlandi
   *[other] { $count } ta oʻzgarish saqlandi
}{ $refused ->
    [0] .
   *[other] , { $refused } tasi rad etildi.
} Javob fayli saqlandi: uni tinglovchiga qaytarib bering, u uni “Internetsiz” sahifasida ochadi.
