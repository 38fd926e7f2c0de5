### status: draft
### Dala web client: Uzbek (uz). Drafted without a native speaker; awaiting review.

# Internet uzilganda olib yuriladigan fayllar: fayldan kurs, fayl koʻrinishidagi natijalar, javob fayli
# (“Internetsiz” sahifasi).
carry-title = Internetsiz
nav-carry = Internetsiz
catalog-carry-link = Kurs faylini oldingizmi? Uni shu yerda oching, internet boʻlmasa ham
carry-intro = Internet uzilgan joyda kurslar va natijalarni fayl koʻrinishida olib yurish mumkin: fleshkada yoki hali ishlayotgan messenjer orqali. Bu yerdagi hech narsa aloqani talab qilmaydi.
carry-working = Bajarilmoqda…
carry-course-heading = Fayldan kurs
carry-course-explain = Trener yoki boshqa tinglovchi sizga kurs faylini berishi mumkin (u .dala bilan tugaydi). Biror narsa saqlanishidan oldin u shu Dala serverining imzosi boʻyicha tekshiriladi, soʻng siz uni yuklab olingan kurs sifatida oʻqiysiz.
carry-course-label = Kurs faylini tanlang
carry-course-done = “{ $title }” endi shu qurilmada.
carry-course-replaced = U shu qurilmadagi avvalgi versiya oʻrnini oldi; undagi natijalaringiz saqlanib qoldi.
carry-to-catalog = Kurslarga oʻtish
course-share = Ulashish uchun saqlash
course-share-done = “{ $name }” fayli saqlandi ({ $size }). Uni messenjer orqali yuboring yoki fleshkaga nusxalang: Dala ilovasi bir marta ochilgan har qanday qurilma uni internet boʻlmasa ham ochadi.
carry-progress-heading = Natijalaringiz fayl koʻrinishida
carry-progress-explain = Yuborilishini kutayotgan narsalarni faylga saqlang va uni treneringizga bering. Uni faqat shu Dala serveri oʻqiy oladi, uni topib olgan odamga esa u ismingizni ham, kurslaringizni ham koʻrsatmaydi. Oʻzgarishlaringiz sinxronlash yoki javob fayli ularni tasdiqlamaguncha shu qurilmada qoladi.
carry-progress-waiting = { $count ->
    [0] Yuborilishini kutayotgan hech narsa yoʻq.
    [one] Bitta oʻzgarish yuborilishini kutmoqda.
   *[other] { $count } ta oʻzgarish yuborilishini kutmoqda.
}
carry-progress-save = Natijalarni faylga saqlash
carry-progress-done = { $count ->
    [one] Bitta oʻzgarishli fayl saqlandi. Uni treneringizga bering; javob faylini olguningizcha saqlab qoʻying.
   *[other] { $count } ta oʻzgarishli fayl saqlandi. Uni treneringizga bering; javob faylini olguningizcha saqlab qoʻying.
}
carry-progress-sign-in = Natijalaringizni faylga saqlash uchun internet bor paytda bir marta tizimga kiring.
carry-return-heading = Treneringizdan javob fayli
carry-return-explain = Treneringiz javob faylini olib keladi (u .dalr bilan tugaydi). U faqat shu qurilmada, faqat siz uchun ochiladi va oʻzi javob beradigan oʻzgarishlarni, yangi sertifikatlar boʻlsa, ular bilan birga tasdiqlaydi.
carry-return-label = Javob faylini tanlang
carry-return-done = { $count ->
    [one] Bitta oʻzgarish tasdiqlandi.
   *[other] { $count } ta oʻzgarish tasdiqlandi.
} { $certificates ->
    [0] { "" }
    [one] Bitta yangi sertifikat.
   *[other] { $certificates } ta yangi sertifikat.
}
# Fayl nima uchun rad etildi yoki nima uchun uni yaratib boʻlmaydi.
file-not-this-kind = Bu bunday turdagi fayl emas.
file-truncated = Fayl oxiriga yetmasdan uzilib qolgan. Uni qayta nusxalang yoki qayta yuboring.
file-too-large = Fayl bunday fayl boʻlishi mumkin boʻlgan hajmdan katta.
file-other-installation = Fayl boshqa Dala serveri uchun yaratilgan yoki yaratilgandan keyin oʻzgartirilgan.
file-altered = Fayl yaratilgandan keyin oʻzgartirilgan: undan hech narsa saqlanmadi.
file-damaged = Fayl ichidan shikastlangan: undan hech narsa saqlanmadi.
file-no-keys = Bu qurilmada hali Dala serverining kalitlari yoʻq. Internet bor paytda Dala ilovasini bir marta oching, soʻng qayta urinib koʻring.
file-no-installation-key = Bu qurilma hali Dala serverining kalitini bilmaydi. Internet bor paytda Dala ilovasini bir marta oching, soʻng qayta urinib koʻring.
file-device-not-registered = Bu qurilma hali hisobingiz uchun roʻyxatdan oʻtkazilmagan. Tizimga kirgan holda bir marta ulaning, soʻng qayta urinib koʻring.
file-nothing-waiting = Yuborilishini kutayotgan hech narsa yoʻq.
file-no-randomness = Bu brauzer xavfsiz kalit yarata olmaydi.
file-device-key-damaged = Bu qurilmaning kaliti shikastlangan. Internet bor paytda tizimdan chiqib, qayta kiring.
file-return-not-this-device = Bu javob fayli boshqa qurilma yoki boshqa hisob uchun yaratilgan.
file-course-older = Bu qurilmada bu kursning yangiroq versiyasi bor: fayldan hech narsa saqlanmadi.
file-course-not-held = Bu kurs shu qurilmaga toʻliq yuklab olinmagan: avval uni yuklab oling.
file-course-no-signature = Bu qurilmada shu versiya uchun Dala serverining imzosi yoʻq. Internet bor paytda kursni bir marta oching, soʻng qayta urinib koʻring.
file-unreadable = Brauzer bu faylni oʻqiy olmadi.
