### status: draft
### Dala server: Uzbek (uz). Drafted without a native speaker; awaiting review.
# Serverning oʻzi odamlar uchun chiqaradigan soʻzlar: sertifikat PDF fayli va hujjat mezonlari.
certificate-heading = Kursni tugatganlik sertifikati
certificate-awarded-to = Ushbu sertifikat topshiriladi:
certificate-completed = quyidagi kursni tugatgani uchun
certificate-date = Tugatilgan sana
certificate-issuer = Beruvchi
certificate-id = Sertifikat raqami
certificate-verify = Sertifikatni tekshirish uchun kodni skanerlang yoki ushbu manzilni oching
certificate-criteria = Kursning { $version }-versiyasidagi barcha darslar tugatildi va barcha testlardan oʻtildi.
# 2026-yil 23-noyabr kabi sana.
date = { $year }-yil { $day }-{ $month }
month-1 = yanvar
month-2 = fevral
month-3 = mart
month-4 = aprel
month-5 = may
month-6 = iyun
month-7 = iyul
month-8 = avgust
month-9 = sentabr
month-10 = oktabr
month-11 = noyabr
month-12 = dekabr

## API xatolari: xato javobidagi `message` (`{ "code", "message" }`), soʻrov soʻragan tilda
## (`Accept-Language`). Teskari qoʻshtirnoqdagi soʻzlar API yoki kurs formatidagi nomlar, ular
## tarjima qilinmaydi. `$detail` — tahlilchidan kelgan texnik maʼlumot, ingliz tilida.

# Soʻrov nomlagan narsa mavjud emas.
error-not-found-api-route = bunday API manzili yoʻq
error-not-found-course = kurs topilmadi
error-not-found-certificate = sertifikat topilmadi
error-not-found-account = hisob topilmadi
error-not-found-blob = fayl topilmadi
error-not-found-join-code = qoʻshilish kodi topilmadi
error-not-found-revocation-list = bekor qilingan sertifikatlar roʻyxati topilmadi
# Serverning oʻz nosozliklari: tafsilotlar faqat server jurnalida.
error-internal = ichki xato; tafsilotlar server jurnalida
error-storage-full = server diski toʻlgan, shuning uchun bundan hech narsa saqlanmadi; keyinroq qayta urinib koʻring
error-range-not-satisfiable = soʻralgan oraliqni berib boʻlmaydi
# Kirish va seanslar.
error-unauthorized = avval tizimga kiring: `Authorization: Bearer <token>` yuboring
error-session-invalid = bunday seans yoʻq; qayta kiring
error-session-expired = bu seans uzoq vaqt ishlatilmagani uchun tugadi; qayta kiring
error-session-revoked = bu seans yakunlandi; qayta kiring
error-wrong-credentials = login yoki parol notoʻgʻri
error-too-many-attempts = { $seconds ->
    [one] muvaffaqiyatsiz kirish urinishlari juda koʻp; { $seconds } soniyadan keyin qayta urinib koʻring
   *[other] muvaffaqiyatsiz kirish urinishlari juda koʻp; { $seconds } soniyadan keyin qayta urinib koʻring
}
error-forbidden = bu hisobga buni bajarishga ruxsat yoʻq
error-reset-code-invalid = bu login va tiklash kodi amaldagi kodga mos kelmaydi; treneringizdan yangi kod soʻrang
# Hisoblar va nomlar. `$field` — quyidagi error-field-… xabarlaridan biri.
error-login-name = login 3 tadan 64 tagacha belgidan iborat: kichik lotin harflari, raqamlar, nuqta, pastki chiziq yoki chiziqcha
error-login-taken = `{ $login }` logini band
error-password-length = parol 8 tadan 1024 tagacha belgidan iborat
error-organization-exists = `{ $name }` nomli tashkilot allaqachon bor
error-field-display-name = koʻrinadigan ism
error-field-join-code-label = qoʻshilish kodining belgisi
error-field-organization-name = tashkilot nomi
error-name-length = { $field }: 1 dan { $max } tagacha belgi boʻlishi kerak
error-name-controls = { $field }: boshqaruv belgilari va matn yoʻnalishini oʻzgartiruvchi belgilar boʻlmasligi kerak
error-name-invisible = { $field }: koʻrinmas belgilar boʻlmasligi kerak
error-name-not-visible = { $field }: kamida bitta koʻrinadigan harf, raqam yoki belgi boʻlishi kerak
error-name-accents = { $field }: bitta harfda koʻpi bilan { $max } ta diakritik belgi boʻlishi mumkin
# Qoʻshilish kodlari va kursga yozilish.
error-join-code-invalid = bunday qoʻshilish kodi yoʻq; uni treneringiz bilan tekshiring
error-join-code-expired = bu qoʻshilish kodining muddati tugagan; treneringizdan yangi kod soʻrang
error-join-code-used-up = bu qoʻshilish kodi ruxsat etilgan marta ishlatib boʻlingan; treneringizdan yangi kod soʻrang
error-join-code-ended = bu qoʻshilish kodini trener bekor qilgan; treneringizdan yangi kod soʻrang
error-course-archived = `{ $course }` kursi arxivda
error-enrollment-closed = `{ $course }` kursiga trener bergan qoʻshilish kodi bilan yoziladi
error-no-such-course = `{ $course }` kursi mavjud emas
error-invitation-once = taklifnoma bir marta ishlatiladi: `max_uses` 1 boʻlishi kerak
error-expires-in-days = `expires_in_days` 1 dan 365 gacha boʻladi
error-max-uses = `max_uses` 1 dan 10000 gacha boʻladi
error-join-code-no-course = qoʻshilish kodi kamida bitta kursga yozishi kerak
error-enroll-too-many = bir martada koʻpi bilan { $max } ta hisob
error-not-a-member = `{ $account }` bu tashkilot aʼzosi emas
# Soʻrov tanasi va soʻrov satri.
error-json-invalid = soʻrov tanasi yaroqli JSON emas: { $detail }
error-json-shape = soʻrov tanasidagi JSON tuzilishi notoʻgʻri: { $detail }
error-json-content-type = tanani `Content-Type: application/json` bilan yuboring
error-body-unreadable = soʻrov tanasini oʻqib boʻlmadi: { $detail }
error-body-too-large = soʻrov tanasi bu soʻrov qabul qiladiganidan katta
error-query-invalid = soʻrov satri yaroqsiz: { $detail }
error-encoding-unreadable = Content-Encoding oʻqib boʻlmaydi
error-encoding-unsupported = soʻrov tanasining `{ $encoding }` Content-Encoding turi qabul qilinmaydi: gzip yoki oddiy JSON yuboring
error-compressed-too-large = siqilgan soʻrov tanasi { $limit } baytdan katta
error-gzip-invalid = soʻrov tanasi yaroqli gzip emas: { $detail }
error-decompressed-too-large = ochilgandan keyin soʻrov tanasi { $limit } baytdan katta; hodisalarni bir martada kamroq yuboring
error-sync-too-many-events = bitta sinxronlashda koʻpi bilan { $max } ta hodisa; qolganini keyingi safar yuboring
# Trenerlarga beriladigan savollar va ularga javoblar (sinxronlashda qabul qilinmagan savol yoki javob).
error-message-empty = savol yoki javobda matn boʻlishi kerak
error-message-too-long = savol yoki javob koʻpi bilan { $max } ta belgidan iborat boʻladi
error-message-control-characters = savol yoki javob oddiy matn boʻlishi kerak: boshqaruv belgilarisiz
error-question-not-found = bu savol yoʻq yoki unga yozishga sizga ruxsat yoʻq
error-question-event-taken = bu hodisa identifikatorida allaqachon boshqa odamning xabari bor
error-question-daily-limit = kuniga koʻpi bilan { $max } ta savol; bu savolni ertaga yuboring
error-question-no-organization = savol beradigan tashkilot yoʻq: trener bergan kod bilan tashkilotga qoʻshiling
error-question-not-staff = savolga faqat shu savol tegishli tashkilotning trenerlari va administratorlari javob beradi
error-question-already-answered = trener javob bergan savolni oʻchirib boʻlmaydi
error-question-unknown-course = `{ $course }` kursining bunday versiyasi yoʻq
error-question-unknown-lesson = kursda `{ $lesson }` darsi yoʻq
error-question-not-enrolled = `{ $course }` kursi boʻyicha savollarni uning tinglovchilari beradi: trenerdan qoʻshilish kodini soʻrang
# Hisobotlar.
error-date-format = sanalar YYYY-MM-DD koʻrinishida yoziladi; { $text } bunday emas
error-period-reversed = davr boshlanishidan oldin tugaydi
error-learners-need-organization = tinglovchilar jadvali bitta tashkilotga tegishli: `organization=ID` qoʻshing
error-unknown-table = { $table } degan jadval nomaʼlum (jadvallar: organizations, courses, months, learners)
# Sertifikatlar va fayllar.
error-certificate-too-long = sertifikat bir necha kilobayt boʻladi; bu juda uzun
error-revocation-reason = 1 dan 500 tagacha belgidan iborat sababni yozing
error-blob-name = fayl nomi SHA-256 boʻladi: 64 ta kichik oʻn oltilik raqam
# Kurs yaratish. `$problems` — qoralama muammolari roʻyxati, har biri problem-at-line yoki problem-in-file koʻrinishida.
error-course-slug = kursning qisqa nomi kichik lotin harflari, raqamlar va chiziqchalardan iborat boʻlishi kerak, koʻpi bilan 64 ta
error-course-exists = `{ $course }` nomli kurs allaqachon bor; boshqa nom tanlang
error-draft-wrong-course = bu qoralama `{ $course }` uchun emas, `{ $draft }` uchun
error-draft-conflict = siz tahrirlagan versiyadan keyin kimdir bu qoralamani saqladi; avval uning versiyasini yuklang
error-draft-problems = eʼlon qilishdan oldin bu muammolarni tuzating: { $problems }
# Yuklangan rasmlar. `$limit` — "4 KB" yoki "2.5 MB" kabi hajm.
error-image-too-large = Fayl { $limit } dan katta. Kichikroq rasm yuklang.
error-not-an-image = Bu fayl rasm emas. JPEG, PNG, GIF yoki WebP rasm yuklang.
error-image-format = { $format } rasmlari qabul qilinmaydi. JPEG, PNG, GIF yoki WebP rasm yuklang.
error-image-too-many-pixels = Rasm { $width } × { $height } piksel; koʻpi bilan { $megapixels } megapiksel qabul qilinadi. Kichikroq rasm yuklang.
error-image-unreadable = Rasmni oʻqib boʻlmadi: fayl shikastlangan yoki toʻliq boʻlmasligi mumkin ({ $detail }).
error-image-alt-text-missing = Rasmni koʻra olmaydigan tinglovchilar uchun uni qisqa matn bilan tasvirlang.

## Kurs muammolari: `dala course check` kurs papkasi uchun chiqaradigan va muharrir qoralama
## yonida koʻrsatadigan muammolar. Teskari qoʻshtirnoqdagi soʻzlar kurs formatidagi fayl nomlari,
## kalitlar va qiymatlar, ular tarjima qilinmaydi.

# Bitta muammo va uning joyi: `$file` — 03-media.md kabi, `$line` — raqam, `$problem` — muammo.
problem-at-line = { $file }:{ $line }: { $problem }
problem-in-file = { $file }: { $problem }
# Kurs papkasi va uning fayllari.
problem-unreadable = oʻqib boʻlmaydi: { $detail }
problem-folder-name = kurs papkasining nomi kichik lotin harflari, raqamlar va chiziqchalardan iborat boʻlishi kerak
problem-quiz-file-name = test faylining nomi `03-quiz-id.quiz.toml` kabi boʻlishi kerak
problem-lesson-file-name = dars faylining nomi `01-lesson-id.md` kabi boʻlishi kerak
problem-unexpected-file = kutilmagan fayl: kurs papkasida course.toml, `NN-id.md` nomli darslar, `NN-id.quiz.toml` nomli testlar va rasmlar (png, jpg, gif, webp, svg) boʻladi
problem-metadata-missing = yoʻq: har bir kursga oʻz metamaʼlumotlar fayli kerak
problem-number-twice = dars raqami ikki marta ishlatilgan ({ $files }): tartib noaniq
problem-duplicate-id = `{ $id }` identifikatori takrorlangan ({ $file } da ham bor)
problem-no-lessons = darslar yoʻq: `01-introduction.md` kabi nomlangan Markdown fayllarini qoʻshing
problem-too-many-items = { $count } ta dars va test: kursda koʻpi bilan { $max } ta boʻladi
problem-too-many-images = { $count } ta rasm: kursda koʻpi bilan { $max } ta boʻladi
problem-not-utf8 = yaroqli UTF-8 emas: faylni UTF-8 kodlashida saqlang
# Metamaʼlumotlar fayli, course.toml. `$key` — uning kaliti, masalan `title`.
problem-toml-invalid = yaroqli TOML emas: { $detail }
problem-key-empty = `{ $key }` boʻsh boʻlmasligi kerak
problem-key-not-string = `{ $key }` satr boʻlishi kerak
problem-key-not-list = `{ $key }` satrlar roʻyxati boʻlishi kerak
problem-key-too-long = `{ $key }` { $max } ta belgidan uzun
problem-key-too-many = `{ $key }` da { $max } tadan ortiq yozuv bor
problem-key-entry-too-long = `{ $key }` dagi yozuvlardan biri { $max } ta belgidan uzun
problem-language-tag = `{ $tag }` — `en`, `ru` yoki `kk` kabi til tegi emas
problem-authors-empty = `authors` da kamida bitta muallif koʻrsatilishi kerak
problem-open-not-boolean = `open` qiymati true yoki false boʻlishi kerak
problem-not-a-slug = `{ $slug }` — kursning qisqa nomi emas
problem-unknown-key = `{ $key }` degan nomaʼlum metamaʼlumot kaliti (maʼlum kalitlar: { $known })
problem-required-key = majburiy `{ $key }` kaliti yoʻq
problem-translation-missing = `{ $course }` tarjimasi bu papkadagi kurs emas
problem-translation-unknown = `{ $course }` tarjimasi bu serverdagi boshqa kurs emas
problem-translation-other-organization = `{ $course }` tarjimasi boshqa tashkilotga tegishli
problem-key-not-table = `{ $key }` jadval boʻlishi kerak, masalan `[{ $key }]`
problem-key-not-slug = `{ $key }` kursning qisqa nomi boʻlishi kerak
problem-translation-status = `translation.status` "draft" yoki "reviewed" boʻlishi kerak
problem-translation-hash = `{ $lesson }` uchun `translation.lessons` SHA-256 boʻlishi kerak: 64 ta oʻn oltilik raqam, kichik harflarda
problem-translation-lesson-unknown = `translation.lessons` da `{ $lesson }` koʻrsatilgan, lekin bu kursda bunday dars yoʻq
problem-translation-source-itself = `translation.source` shu kursning oʻzini koʻrsatadi
problem-translation-source-missing = tarjimaning manba kursi `{ $course }` bu papkada yoʻq
problem-translation-source-unknown = tarjimaning manba kursi `{ $course }` bu serverda yoʻq
# Darslar.
problem-lesson-too-large = dars matni koʻpi bilan { $max } KB boʻladi; bu darsda { $size } KB
problem-second-title = faqat birinchi satr birinchi darajali sarlavha (`# `) boʻlishi mumkin
problem-no-title = dars oʻz nomi bilan, yaʼni birinchi darajali sarlavha bilan boshlanishi kerak (`# Nomi`)
problem-title-too-long = nomi { $max } ta belgidan uzun
problem-too-deep = bu darsda elementlar bir-birining ichiga { $max } darajadan chuqurroq joylashgan (iqtiboslar, roʻyxatlar yoki HTML teglari); uni soddalashtiring
problem-too-many-elements = bu darsda { $max } tadan ortiq element bor (xatboshilar, roʻyxat bandlari, teglar); uni bir necha darsga boʻling
# Kurs rasmlari.
problem-image-external = `{ $image }` rasmi kurs papkasidagi fayl boʻlishi kerak: tinglovchilar internetsiz oʻqiydi
problem-image-not-found = `{ $image }` rasmi kurs papkasida topilmadi
problem-image-alt = `{ $image }` rasmiga muqobil matn kerak: `![rasmda nima bor]({ $image })`
problem-image-name = rasm nomi kichik lotin harflari, raqamlar va chiziqchalardan iborat boʻlib, rasm kengaytmasi bilan tugashi kerak
problem-image-missing = bu rasm serverda yoʻq: uni qayta yuklang
# Testlar. `$kind` — savol turi, masalan single_choice.
problem-quiz-invalid = yaroqli test emas: { $detail }
problem-quiz-too-many-questions = testda koʻpi bilan { $max } ta savol boʻladi
problem-pass-mark = `pass_mark` — 1 dan 100 gacha foiz
problem-max-attempts = `max_attempts` kamida 1 boʻlishi kerak (cheklov kerak boʻlmasa, uni yozmang)
problem-no-questions = testda kamida bitta `[[questions]]` boʻlishi kerak
# Bitta savol muammosi: `$number` — savol raqami, `$problem` — quyidagi xabarlardan biri.
problem-question = { $number }-savol: { $problem }
problem-options = `options` kerak: kamida ikkita, hech biri boʻsh emas
problem-option-number = variant raqamlari 1 dan { $count } gacha; { $number } ular orasida yoʻq
problem-key-not-for-kind = `{ $key }` { $kind } turidagi savolga tegishli emas
problem-answer-single = `answer` kerak: toʻgʻri variant raqami
problem-answers-multiple = `answers` kerak: barcha toʻgʻri variantlar raqamlari
problem-answers-twice = `answers` bitta variantni ikki marta koʻrsatgan
problem-answer-true-false = `answer = true` yoki `answer = false` kerak
problem-accepted = `accepted` kerak: qabul qilinadigan javoblar, hech biri boʻsh emas
problem-unknown-kind = `{ $kind }` degan nomaʼlum tur (turlar: { $kinds })
problem-question-too-long = juda uzun: `prompt` va `explanation` da koʻpi bilan { $prompt } ta belgi, koʻpi bilan { $options } ta `options`, har biri { $option } ta belgi, koʻpi bilan { $accepted } ta `accepted` javob, har biri { $answer } ta belgi

# Buyruq satrida `dala course check`. `$course` — kursning qisqa nomi, `$lesson` — dars identifikatori.
check-source-changed = { $course }: `{ $lesson }` darsi: tarjima qilingandan keyin manba oʻzgargan
check-not-tracked = { $course }: `{ $lesson }` darsi: kuzatilmaydi (`[translation.lessons]` da xeshi yoʻq)
check-not-translated = { $course }: manba kursning `{ $lesson }` darsi tarjima qilinmagan
check-gone-from-source = { $course }: `{ $lesson }` darsi: manba kursda bu dars endi yoʻq
check-source-missing = { $course }: `{ $source }` manba kursi topilmadi
check-warning = ogohlantirish: { $warning }
check-clean = { $courses ->
    [one] { $courses } ta kurs tekshirildi: muammo yoʻq
   *[other] { $courses } ta kurs tekshirildi: muammo yoʻq
}
check-clean-with-warnings = { $courses ->
    [one] { $courses } ta kurs tekshirildi: muammo yoʻq
   *[other] { $courses } ta kurs tekshirildi: muammo yoʻq
}, { $warnings ->
    [one] { $warnings } ta ogohlantirish
   *[other] { $warnings } ta ogohlantirish
}
check-problems = { $problems ->
    [one] { $problems } ta muammo
   *[other] { $problems } ta muammo
}

# Tarmoq uzilganda olib yuriladigan fayllar: qurilma kalitlari va qabul qilinmagan natijalar fayllari.
error-device-key-invalid = qurilma kaliti 64 ta oʻn oltilik raqam bilan yozilgan 32 baytdir, imzo kaliti esa yaroqli Ed25519 kaliti boʻlishi kerak
error-device-key-taken = bu qurilma kaliti boshqa hisobga roʻyxatdan oʻtkazilgan yoki bekor qilingan: yangisini yaratish uchun qayta kiring
error-file-not-this-kind = bu Dala natijalar fayli emas
error-file-truncated = fayl oxiriga yetmay uzilib qolgan: uni qayta nusxalang yoki yuboring
error-file-too-large = fayl natijalar fayli boʻlishi mumkin boʻlgan hajmdan katta
error-file-other-installation = fayl boshqa Dala serveri uchun yaratilgan yoki yaratilgandan keyin oʻzgartirilgan
error-file-altered = fayl yaratilgandan keyin oʻzgartirilgan
error-file-malformed = faylning ichi shikastlangan
error-file-unknown-device = bu faylni yaratgan qurilma bu yerda roʻyxatdan oʻtmagan: tinglovchi aloqa bor paytda oʻsha qurilmada bir marta tizimga kirishi kerak
error-file-other-account = faylda u imzolangan qurilmaning hisobi emas, boshqa hisob koʻrsatilgan
error-file-device-ended = bu faylni yaratgan qurilma bekor qilingan (uning hisobi seanslari yakunlangan): tinglovchi qayta kiradi va yangi fayl yaratadi
