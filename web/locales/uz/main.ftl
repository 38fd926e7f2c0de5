### status: draft
### Dala web client: Uzbek (uz). Drafted without a native speaker; awaiting review.

skip-to-content = Asosiy qismga oʻtish
language-label = Til
language-needs-connection = «{ $language }» tili bu qurilmada hali yoʻq. Unga oʻtish uchun bir marta internetga ulaning.
status-online = Onlayn
status-offline = Oflayn
loading = Yuklanmoqda…

catalog-title = Kurslar
catalog-also-in = Boshqa tillarda:
catalog-filter-language = Kurslar tili
catalog-filter-all = Barcha tillar
list-separator = {", "}
catalog-offline = Internet aloqasi yoʻq. Bu yerda shu qurilmaga yuklab olingan kurslar.
catalog-empty = Hali birorta kurs eʼlon qilinmagan.
catalog-empty-offline = Bu qurilmaga hali birorta kurs yuklab olinmagan. Kurs yuklab olish uchun internetga ulaning.
lesson-count = { $count ->
    [one] { $count } ta dars
   *[other] { $count } ta dars
}
badge-downloaded = Oflayn mavjud

back-to-catalog = Barcha kurslar
course-title-loading = Kurs
course-version = Versiya { $version }
course-translations = Boshqa tilda ham bor:
course-progress = { $total } ta darsdan { $done } tasi tugatildi
offline-heading = Oflayn oʻqish
download-button = Oflayn uchun yuklab olish ({ $size })
download-progress = Yuklab olinmoqda: { $done } tasi tayyor, { $left } tasi qoldi
download-partial = Yuklab olish toʻxtab qoldi.
download-resume = Yuklab olishni davom ettirish
download-complete = Yuklab olindi: bu kursni internetsiz oʻqishingiz mumkin.
update-available = Yangilanish bor: { $size }
download-update = Yangi versiyani yuklab olish
download-remove = Yuklab olinganni oʻchirish
storage-used = Bu qurilmada { $size } joy egallaydi.
lessons-heading = Darslar
lesson-status-complete = Tugatilgan
lesson-status-opened = Boshlangan

lesson-title-loading = Dars
lesson-mark-complete = Tugatildi deb belgilash
lesson-completed = Tugatildi ✓
lesson-nav-label = Darslar
lesson-previous = ← Oldingi
lesson-next = Keyingi →

not-found-title = Sahifa topilmadi
elsewhere-title = Bu sahifa hali bu qurilmada yoʻq
elsewhere-needs-connection = U bir marta internet orqali ochiladi, shundan keyin oflayn ham ishlaydi. Internetga ulaning va qayta urinib koʻring.

size-bytes = { $size } B
size-kb = { $size } KB
size-mb = { $size } MB

error-offline = Internet aloqasi yoʻq, bu esa hali yuklab olinmagan. Internetga ulaning va qayta urinib koʻring.
error-not-found = Bunday kurs yoki dars mavjud emas.
error-integrity = Yuklab olingan fayl yoʻlda shikastlandi. Qayta urinib koʻring: faqat shikastlangan qismi qayta yuklanadi.
error-storage = Bu qurilma maʼlumotlarni saqlay olmadi. Biroz joy boʻshating yoki maxfiy rejimdan chiqing, soʻng qayta urinib koʻring.
error-server = Server javob bera olmadi. Keyinroq qayta urinib koʻring.

sync-pending = { $count ->
    [0] Barcha natijalar yuborildi
    [one] { $count } ta oʻzgarish yuborilishini kutmoqda
   *[other] { $count } ta oʻzgarish yuborilishini kutmoqda
}
sync-last = Oxirgi sinxronlash: { $time }
sync-never = Hali sinxronlanmagan
sync-running = Sinxronlanmoqda…
sync-offline = Aloqa yoʻq. Natijalaringiz shu qurilmada saqlanadi va aloqa tiklanganda yuboriladi.
sync-now = Hozir sinxronlash
sync-refused = { $count ->
    [one] Server { $count } ta oʻzgarishni saqlamadi, masalan, siz yozilmagan kursdagi oʻzgarishni. Treneringizdan qoʻshilish kodini soʻrang.
   *[other] Server { $count } ta oʻzgarishni saqlamadi, masalan, siz yozilmagan kursdagi oʻzgarishlarni. Treneringizdan qoʻshilish kodini soʻrang.
}
sign-out = Chiqish
sign-in-link = Kirish
sign-in-title = Kirish
sign-in-button = Kirish
field-login = Login
field-login-hint = 3 tadan 64 tagacha kichik lotin harflari, raqamlar, nuqta, chiziqcha yoki pastki chiziq.
field-password = Parol
field-password-hint = Kamida 8 ta belgi.
field-code = Qoʻshilish kodi
field-display-name = Ismingiz (boshqalar shunday koʻradi)
join-link = Treneringiz qoʻshilish kodini berganmi? Hisob yarating
join-title = Kod bilan qoʻshilish
join-intro = Treneringiz sizga kod berdi. U hisobingizni yaratadi va sizni kurslaringizga yozadi. Elektron pochta yoki telefon raqami kerak emas.
join-button = Hisobimni yaratish

error-not-signed-in = Natijalaringizni saqlash va yuborish uchun tizimga kiring.
error-session-ended = Siz tizimdan chiqarildingiz. Qayta kiring; bu qurilmadagi natijalaringiz saqlanib qoladi.
error-session-expired = Siz uzoq vaqt kirmadingiz va tizimdan chiqarildingiz. Qayta kiring; bu qurilmadagi natijalaringiz saqlanib qoladi.
error-wrong-credentials = Login yoki parol notoʻgʻri.
error-too-many-attempts = Urinishlar juda koʻp. Bir necha daqiqa kutib, qayta urinib koʻring.
error-join-code-invalid = Bunday kod mavjud emas. Uni treneringiz bilan tekshiring.
error-join-code-expired = Bu kodning muddati tugagan. Treneringizdan yangisini soʻrang.
error-join-code-used-up = Bu kod toʻliq ishlatib boʻlingan. Treneringizdan yangisini soʻrang.
error-login-taken = Bu login band. Boshqasini tanlang.
error-invalid = Kiritganingizni tekshiring: server uni qabul qila olmadi.

quiz-label = Test:
quiz-status-passed = Topshirildi
quiz-title-loading = Test
quiz-pass-mark = Oʻtish bali: { $mark } %
quiz-attempts-left = { $count ->
    [one] { $count } ta urinish qoldi
   *[other] { $count } ta urinish qoldi
}
quiz-best = Eng yaxshi natija: { $score } %
quiz-passed-already = Siz bu testdan oʻtgansiz.
quiz-submit = Javoblarimni tekshirish
quiz-again = Qayta urinish
quiz-no-attempts = Siz bu testdagi barcha urinishlardan foydalandingiz.
quiz-choose-all = Barcha toʻgʻri javoblarni tanlang.
quiz-true = Rost
quiz-false = Yolgʻon
quiz-your-answer = Sizning javobingiz
quiz-score = { $score } %: { $total } tadan { $right } tasi toʻgʻri.
quiz-result-passed = Oʻtdingiz!
quiz-result-failed = Bu safar oʻta olmadingiz.
quiz-mark-right = Toʻgʻri
quiz-mark-wrong = Notoʻgʻri
course-complete = Siz bu kursni tugatdingiz.

nav-certificates = Sertifikatlar
course-certificate-link = Bu kurs boʻyicha sertifikatingiz
certificates-title = Mening sertifikatlarim
certificates-empty = Sizda hali sertifikat yoʻq. Kursning barcha dars va testlarini tugating: uning sertifikati keyingi sinxronlashda keladi.
certificates-sign-in = Sertifikatlaringizni koʻrish uchun tizimga kiring.
certificate-completed-on = Tugatilgan sana: { $date }
certificate-title = Sertifikat
certificate-learner = Kimga berilgan
certificate-course = Kurs
certificate-date = Tugatilgan sana
certificate-issuer = Beruvchi
certificate-id = Sertifikat raqami
certificate-status-heading = U haqiqiymi?
certificate-no-trust = Bu qurilma hali sertifikatlarni tekshira olmaydi: buning uchun kerakli maʼlumotlar (beruvchining kalitlari va bekor qilingan sertifikatlar roʻyxati) keyingi sinxronlashda keladi.
certificate-downloads = Yuklab olish
download-pdf = Chop etish uchun sertifikat (PDF)
download-pdf-fetching = PDF olinmoqda…
download-jwt = Boshqa tizimlar uchun imzolangan fayl
download-json = Boshqa tizimlar uchun sertifikat maʼlumotlari
download-wallet = Raqamli hamyon uchun
certificate-pdf-note = PDF (taxminan 20 KB) bir marta yuklab olinadi va keyin shu qurilmada saqlanadi. Qolgan fayllar allaqachon shu yerda.
certificate-share-heading = Ulashish
certificate-share-text = Bu havolani olgan har kim sertifikatingiz haqiqiy ekanini tekshira oladi. Havola PDF fayldagi QR kodda ham bor.
certificate-wallet-link-text = Raqamli hamyon sertifikatingizni shu havola orqali ham olishi mumkin. Havolani faqat oʻz hamyoningizga bering: uni olgan har kim sertifikatni koʻra oladi.
certificate-wallet-qr = Hamyon havolasining QR kodi
certificate-wallet-qr-hint = Boshqa qurilmadagi hamyon ilovasi, masalan telefoningizdagi, bu kodni ham skanerlashi mumkin.

verdict-valid = Haqiqiy
verdict-revoked = Bekor qilingan
verdict-altered = Oʻzgartirilgan
verdict-unknown-key = Nomaʼlum imzolovchi
verdict-malformed = Sertifikat emas
verdict-unchecked = Hali tekshirilmagan
reason-genuine = Beruvchi imzolagan, oʻzgartirilmagan va bekor qilinmagan.
reason-revocation-unchecked = Beruvchi imzolagan va oʻzgartirilmagan. Bekor qilingan-qilinmaganini tekshirib boʻlmadi: bekor qilingan sertifikatlar roʻyxati mavjud emas edi.
reason-revoked = Haqiqiy, lekin beruvchi uni bekor qilgan (qaytarib olgan).
reason-signature-mismatch = Imzo mazmunga mos kelmaydi: sertifikat imzolangandan keyin oʻzgartirilgan yoki soxta.
reason-unknown-key = Bu beruvchi eʼlon qilmagan kalit bilan imzolangan: u bu yerda berilmagan yoki soxta.
reason-missing-key-id = Sertifikatda uni qaysi kalit imzolagani koʻrsatilmagan.
reason-unsupported-algorithm = Sertifikat qabul qilinmaydigan usul bilan imzolangan.
reason-not-a-jwt = Bu imzolangan sertifikat emas. Sertifikat faylining butun matnini joylashtiring.
reason-not-a-credential = Bu imzolangan maʼlumot, lekin sertifikat emas.
reason-unknown = Sertifikatni tekshirib boʻlmadi.
revoked-on = Bekor qilingan sana: { $date }. Beruvchi koʻrsatgan sabab: { $reason }
checked-by-server = Beruvchining serveri tekshirdi.
checked-on-device = Beruvchining serveriga ulanmasdan, shu qurilmada tekshirildi.
list-age = Bekor qilingan sertifikatlar roʻyxati { $list } holatiga koʻra; oxirgi tekshiruv: { $checked }.
list-age-none = Bu qurilmada ushbu sertifikat uchun bekor qilingan sertifikatlar roʻyxati yoʻq; beruvchi maʼlumotlari oxirgi marta tekshirilgan vaqt: { $checked }.

verify-link = Sertifikatni tekshirish
verify-title = Sertifikatni tekshirish
verify-intro = Sertifikat haqiqiy va bekor qilinmaganini bilish uchun uni joylashtiring yoki uning faylini tanlang. Hisob kerak emas.
verify-field = Sertifikat
verify-field-hint = Sertifikat faylining butun matni (imzolangan fayl, sertifikat maʼlumotlari yoki hamyon uchun fayl).
verify-file = Yoki sertifikat faylini tanlang
verify-button = Tekshirish
verify-result-heading = Natija
verify-file-too-large = Bu fayl sertifikat boʻlishi uchun juda katta.
verify-file-unreadable = Bu faylni oʻqib boʻlmadi. Sertifikat faylini tanlang.

error-certificate-not-found = Bu havolaga mos sertifikat yoʻq. Manzil toʻliq nusxalanganini tekshiring.
error-no-trust = Beruvchining serveriga ulanib boʻlmayapti, bu qurilmada esa sertifikatlarni tekshirish uchun maʼlumot yoʻq. Internetga ulaning va qayta urinib koʻring.
error-wallet-form-offline = Bu sertifikatning hamyon uchun fayli, uni faqat beruvchining serveri tekshiradi. Internetga ulaning va qayta urinib koʻring yoki sertifikatning imzolangan faylini (.jwt) tekshiring: uni shu yerda internetsiz ham tekshirish mumkin.

## Kurs muharriri (trenerlar)
image-too-large = Bu rasm server qabul qiladiganidan katta. Kichikroq fayl tanlang.
image-not-an-image = Bu fayl rasm emas. JPEG, PNG, GIF yoki WebP rasm tanlang.
image-too-many-pixels = Bu rasmda piksellar juda koʻp. Kichikroq rasm tanlang.
image-unreadable = Bu rasmni oʻqib boʻlmadi: fayl shikastlangan boʻlishi mumkin. Boshqasini sinab koʻring.
image-alt-missing = Koʻra olmaydigan tinglovchilar uchun rasmni bir necha soʻz bilan tasvirlang.
draft-invalid = Kursni eʼlon qilishdan oldin tuzatish kerak boʻlgan muammolar bor. Ular quyida keltirilgan.
authoring-forbidden = Hisobingiz bu kursni tahrirlay olmaydi. Kurs tashkilotining administratoriga murojaat qiling.
course-slug-taken = Bunday qisqa nomli kurs allaqachon bor. Boshqasini tanlang.
author-title = Siz tahrirlaydigan kurslar
author-no-courses = Hali siz tahrirlaydigan kurs yoʻq.
author-never-published = Hali eʼlon qilinmagan
author-unpublished-changes = Oʻzgarishlar eʼlon qilinmagan
author-new-course = Yangi kurs
author-field-organization = Tashkilot
author-field-title = Nomi
author-field-slug = Qisqa nom
author-field-slug-help = Kichik lotin harflari, raqamlar va chiziqchalar, masalan: fundraising-basics. U kurs manzilining bir qismi, uni oʻzgartirib boʻlmaydi.
author-field-summary = Katalog uchun qisqacha tavsif
author-field-language = Kurs tili
author-field-author = Muallif
author-create = Kursni yaratish
author-first-lesson-title = Kirish
author-first-lesson-text = Birinchi darsni shu yerga yozing.
edit-metadata-heading = Kurs haqida
edit-field-version = Nashr
edit-field-authors = Mualliflar (vergul bilan ajrating)
edit-field-licence = Litsenziya
edit-field-translations = Shu kurs boshqa tillarda (qisqa nomlar, vergul bilan ajrating)
edit-items-heading = Darslar va testlar
edit-move-up = Yuqoriga
edit-move-down = Pastga
edit-remove = Olib tashlash
edit-add-lesson = Dars qoʻshish
edit-new-lesson-title = Yangi dars
edit-lesson-heading = Dars:
edit-lesson-markdown = Matn (Markdown)
edit-lesson-markdown-help = Birinchi qator — sarlavha: # Sarlavha. Boʻsh qatorlar xatboshilarni ajratadi; *kursiv*, **qalin**, - roʻyxatlar, [havolalar](https://…).
edit-preview = Oldindan koʻrish
edit-preview-heading = Tinglovchilar shunday koʻradi
edit-image-heading = Rasm qoʻshish
edit-image-file = Rasm (JPEG, PNG, GIF yoki WebP)
edit-image-alt = Rasmda nima tasvirlangan (koʻra olmaydigan tinglovchilar uchun)
edit-image-upload = Yuklash va darsga qoʻshish
edit-publish-heading = Eʼlon qilish
edit-no-problems = Muammo yoʻq: kursni eʼlon qilish mumkin.
edit-publish = Yangi versiyani eʼlon qilish
edit-published = Eʼlon qilindi. Kursni yuklab olgan tinglovchilarga yangilanish taklif qilinadi.
edit-published-unchanged = Oxirgi eʼlon qilinganidan beri hech narsa oʻzgarmadi.
edit-saved-local = Shu qurilmada saqlandi. Aloqa boʻlganda serverga yuboriladi.
edit-saved-server = Serverda saqlandi.
edit-conflict = Siz tahrirlashni boshlaganingizdan keyin { $name } bu kursni saqladi. Qaysi versiyani qoldirishni tanlang.
edit-keep-mine = Mening versiyamni qoldirish (uniki almashtiriladi)
edit-take-theirs = Uning versiyasini olish (mening oʻzgarishlarim oʻchadi)
nav-author = Kurs yozish
edit-field-open = Tizimga kirgan har qanday tinglovchi yozilishi mumkin (aks holda faqat qoʻshilish kodi bilan)
edit-add-quiz = Test qoʻshish
edit-new-quiz-title = Oʻzingizni tekshiring
edit-quiz-title = Test nomi
edit-quiz-pass-mark = Oʻtish bali (toʻgʻri javob berilgan savollar foizi)
edit-quiz-max-attempts = Ruxsat etilgan urinishlar
edit-quiz-max-attempts-help = Cheklovsiz boʻlishi uchun boʻsh qoldiring.
edit-quiz-question = { $n }-savol
edit-quiz-prompt = Savol matni
edit-quiz-kind = Savol turi
edit-quiz-kind-single = Bitta toʻgʻri variant
edit-quiz-kind-multiple = Bir nechta toʻgʻri variant
edit-quiz-kind-true-false = Rost yoki yolgʻon
edit-quiz-kind-short = Qisqa yozma javob
edit-quiz-options-single = Variantlar: toʻgʻrisini belgilang
edit-quiz-options-multiple = Variantlar: barcha toʻgʻrilarini belgilang
edit-quiz-option = { $n }-variant
edit-quiz-option-right = { $n }-variant toʻgʻri
edit-quiz-remove-option = { $n }-variantni olib tashlash
edit-quiz-add-option = Variant qoʻshish
edit-quiz-right-answer = Toʻgʻri javob
edit-quiz-accepted = Qabul qilinadigan javoblar, har qatorda bittadan
edit-quiz-accepted-help = Katta-kichik harflar va ortiqcha boʻshliqlar ahamiyatga ega emas.
edit-quiz-remove-question = Savolni olib tashlash
edit-quiz-add-question = Savol qoʻshish
edit-quiz-problem-title = Testga nom kerak.
edit-quiz-problem-pass-mark = Oʻtish bali 1 dan 100 gacha boʻlishi kerak.
edit-quiz-problem-attempts = Kamida bitta urinishga ruxsat bering yoki cheklovsiz boʻlishi uchun maydonni boʻsh qoldiring.
edit-quiz-problem-no-questions = Testda kamida bitta savol boʻlishi kerak.
edit-quiz-problem-prompt = { $n }-savolda matn yoʻq.
edit-quiz-problem-options = { $n }-savolda kamida ikkita variant boʻlishi kerak va ularning hech biri boʻsh boʻlmasligi kerak.
edit-quiz-problem-no-answer = { $n }-savolda toʻgʻri javob yoʻq.
edit-quiz-problem-empty-accepted = { $n }-savol boʻsh javobni qabul qiladi.
edit-quiz-problem-too-large = Test nomi 200 belgidan uzun yoki unda 100 tadan ortiq savol bor.
edit-quiz-problem-question-too-large = { $n }-savol juda uzun: savol va uning izohida koʻpi bilan 2 000 belgi, har biri 500 belgili 20 ta variant yoki har biri 200 belgili 20 ta qabul qilinadigan javob boʻlishi mumkin.
edit-quiz-has-problems = “{ $title }” testi: { $n ->
    [one] tuzatish kerak boʻlgan bitta muammo
   *[other] tuzatish kerak boʻlgan { $n } ta muammo
}
edit-preview-offline = Oldindan koʻrish uchun serverga aloqa kerak. Matningiz shu qurilmada saqlangan; internetga ulanganingizda oldindan koʻrish yana ishlaydi.

## Boshqaruv paneli (administratorlar)
nav-dashboard = Boshqaruv paneli
error-forbidden = Hisobingiz buni koʻra yoki bajara olmaydi.
dashboard-title = Boshqaruv paneli
dashboard-sign-in = Boshqaruv panelini koʻrish uchun administrator sifatida kiring.
dashboard-not-allowed = Boshqaruv paneli tashkilot administratorlari va uning trenerlari uchun. Hisobingiz ularning hech biriga kirmaydi.
dashboard-reports-for-administrators = Kursga yozilishlar va kursni tugatishlar haqidagi hisobotlar administratorlar uchun. Trener sifatida quyida tashkilotingiz tinglovchilarini koʻrishingiz mumkin.
dashboard-loading = Hisobotlar yuklanmoqda…
dashboard-offline = Boshqaruv paneli uchun serverga aloqa kerak. Internetga ulaning va qayta urinib koʻring.
dashboard-forbidden = Hisobingiz bu hisobotlarni koʻra olmaydi. Ular tashkilot administratorlari uchun.
filters-heading = Filtrlar
filter-organization = Tashkilot
filter-all-organizations = Barcha tashkilotlarim
filter-course = Kurs
filter-all-courses = Barcha kurslar
filter-from = Qachondan
filter-to = Qachongacha
filter-apply = Koʻrsatish
filter-backwards = Tugash sanasi boshlanish sanasidan oldin.
totals-heading = Jami
totals-explained = Tanlangan davrdagi yozilishlar, tugatishlar va sertifikatlar. Faol tinglovchilar — qurilmasi davrning oxirgi 30 kunida natija yuborganlar (oylar jadvalida — shu oyda). Bekor qilingan sertifikatlar sertifikat sifatida hisoblanmaydi, lekin tugatish sifatida hisoblanadi.
count-enrollments = Yozilishlar
count-active-learners = Faol tinglovchilar
count-completions = Tugatishlar
count-certificates = Sertifikatlar
chart-empty = Bu filtrlar boʻyicha koʻrsatadigan narsa yoʻq.
chart-enrolled = { $count } kishi yozilgan
chart-completed = { $count } kishi tugatgan
section-months = Oylar boʻyicha
chart-months = Oylar boʻyicha yozilishlar va tugatishlar
table-months = Oylar boʻyicha yozilishlar, faol tinglovchilar, tugatishlar va sertifikatlar
column-month = Oy
section-courses = Kurslar boʻyicha
chart-courses = Kurslar boʻyicha yozilishlar va tugatishlar
table-courses = Kurslar boʻyicha yozilishlar, faol tinglovchilar, tugatishlar va sertifikatlar
column-course = Kurs
column-details = Batafsil
course-report-open = Darslar va savollar
section-organizations = Tashkilotlar boʻyicha
chart-organizations = Tashkilotlar boʻyicha yozilishlar va tugatishlar
table-organizations = Tashkilotlar boʻyicha yozilishlar, faol tinglovchilar, tugatishlar va sertifikatlar
column-organization = Tashkilot
csv-download = CSV yuklab olish
csv-downloading = Fayl tayyorlanmoqda…
csv-saved = { $name } nomi bilan saqlandi. Yuklab olish audit jurnaliga yozildi.
course-report-loading = Kurs hisoboti yuklanmoqda…
course-report-heading = Kurs: { $title }
course-report-enrolled = { $count ->
    [one] Bu davrda { $count } ta tinglovchi yozildi.
   *[other] Bu davrda { $count } ta tinglovchi yozildi.
}
funnel-heading = Tinglovchilar qayergacha yetib borgan
funnel-explained = Har bir dars uchun: yozilgan tinglovchilardan nechtasi uni ochgan va nechtasi tugatgan.
chart-funnel = Har bir darsga yetib kelgan va uni tugatgan tinglovchilar
table-funnel = Har bir darsga yetib kelgan va uni tugatgan tinglovchilar
column-lesson = Dars
column-reached = Yetib kelgan
column-lesson-completed = Tugatgan
chart-reached = { $count } kishi yetib kelgan ({ $percent } %)
chart-lesson-completed = { $count } kishi tugatgan ({ $percent } %)
difficulty-heading = Qiyin savollar
difficulty-explained = Testning har bir savoli uchun: nechta tinglovchi birinchi urinishda notoʻgʻri javob bergan.
chart-difficulty = Har bir savol boʻyicha birinchi notoʻgʻri javoblar ulushi
table-difficulty = Har bir savol boʻyicha birinchi notoʻgʻri javoblar
question-label = { $number }. { $prompt }
column-question = Savol
column-quiz = Test
column-first-attempts = Birinchi urinishlar
column-wrong = Notoʻgʻri
column-wrong-share = Notoʻgʻri ulushi
chart-wrong = { $percent } % notoʻgʻri ({ $total } tadan { $wrong } tasi)
learners-heading = Tinglovchilar
learners-explained = Yuqoridagi hisobotlarda faqat raqamlar bor. Bu yerda siz trener yoki administrator boʻlgan tashkilot tinglovchilarini birma-bir koʻrishingiz mumkin. Bu roʻyxatni har safar ochganingiz, har bir CSV yuklab olish kabi, audit jurnaliga yoziladi.
learners-show = { $organization } tinglovchilarini koʻrsatish
learners-hide = Tinglovchilarni yashirish
learners-loading = Tinglovchilar yuklanmoqda…
table-learners = { $organization } tinglovchilari
column-learner = Tinglovchi
column-courses = Kurslar
column-last-sync = Oxirgi sinxronlash
learner-course = { $course }: { $done }/{ $total } dars
learner-course-completed = tugatilgan
learner-never-synced = Hech qachon
audit-heading = Audit jurnali
audit-explained = Kim va qachon alohida tinglovchilarni koʻrgan yoki jadvalni yuklab olgan. Uni faqat siz — shu Dala serverining administratori oʻqiy olasiz.
audit-show = Audit jurnalini koʻrsatish
audit-refresh = Yangilash
audit-loading = Audit jurnali yuklanmoqda…
table-audit = Audit jurnali, avval yangilari
column-when = Qachon
column-who = Kim
column-action = Harakat
column-detail = Tafsilotlar
audit-action-view-learners = Tinglovchilarni koʻrdi
audit-action-export = Jadvalni yuklab oldi

## Umumiy qurilmalar: chiqish va hammasini oʻchirish
error-device-full = Bu qurilma toʻlib qolgan: yana { $size } joy kerak. Keraksiz yuklab olingan kursni oʻchiring yoki qurilmada joy boʻshating, soʻng qayta urinib koʻring; avval saqlangan hech narsa yoʻqolmadi.
error-not-saved = Buni qurilmada saqlab boʻlmadi, undan hech narsa saqlanmadi. Qayta urinib koʻring.
error-server-full = Serverda joy qolmadi va bundan hech narsa saqlanmadi. Shu qurilmada saqlangan hamma narsa shu yerda qoladi va keyinroq yana yuboriladi; bu davom etsa, server administratoriga xabar bering.
sign-out-title = Chiqish
signed-out-title = Siz chiqdingiz
sign-out-who = Siz { $name } sifatida kirgansiz.
sign-out-pending = { $count ->
    [one] Bu yerda qilingan bitta oʻzgarish hali serverda yoʻq.
   *[other] Bu yerda qilingan { $count } ta oʻzgarish hali serverda yoʻq.
}
sign-out-return-file = Natijalaringizni treneringiz uchun faylga saqladingizmi? Uning javob fayli bu yerda faqat siz chiqmaguningizcha ochiladi. Oʻzgarishlaringiz baribir shu yerda qayta kirganingizdan keyingi sinxronlashda yuboriladi.
sign-out-what-stays = Chiqqaningizdan keyin bu qurilmada sizga tegishli hech narsa koʻrsatilmaydi: natijalaringiz ham, test javoblaringiz ham, sertifikatlaringiz ham, qoralamalaringiz ham, ismingiz ham. Hali yuborilmagan oʻzgarishlar faqat siz uchun shu yerda qoladi va shu yerda qayta kirganingizda yuboriladi. Yuklab olingan kurslar qoladi: ular hamma uchun ochiq.
sign-out-send-first = Avval yuborib, keyin chiqish
sign-out-keep-waiting = Chiqish, oʻzgarishlarimni shu yerda saqlab qolish
signed-out-nothing-shown = Endi bu qurilmada hisobingizdan hech narsa koʻrsatilmaydi. Yuklab olingan kurslar unda qoladi: ular hamma uchun ochiq.
remove-everything-heading = Bu qurilmadan hammasini oʻchirish
remove-everything-explain = Yuklab olingan kurslarni, barcha hisoblarning hali yuborilmagan oʻzgarishlarini, sertifikatlarni, qoralamalarni va saqlangan ilovani oʻchiradi: masalan, qurilma boshqa kishiga berilishidan oldin.
remove-everything-button = Hammasini oʻchirish…
remove-everything-warning = { $count ->
    [0] Yuborilishini kutayotgan hech bir oʻzgarish yoʻqolmaydi. Buni ortga qaytarib boʻlmaydi.
    [one] Hali yuborilmagan bitta oʻzgarish yoʻqoladi. Buni ortga qaytarib boʻlmaydi.
   *[other] Hali yuborilmagan { $count } ta oʻzgarish yoʻqoladi. Buni ortga qaytarib boʻlmaydi.
}
remove-everything-confirm = Ha, hammasini oʻchirish
remove-everything-cancel = Hammasini qoldirish
verdict-revocation-unchecked = Bekor qilingan-qilinmaganini tekshirib boʻlmadi
list-age-unchecked = Bu qurilmadagi bekor qilingan sertifikatlar roʻyxatlarining ({ $list } holatiga koʻra) hech biri bu sertifikatni qamramaydi; beruvchi maʼlumotlari oxirgi marta tekshirilgan vaqt: { $checked }.
