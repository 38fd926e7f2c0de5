### status: draft
### Dala server: Azerbaijani (az). Drafted without a native speaker; awaiting review.
# Words the server itself prints for people: the certificate PDF and the credential's criteria.
certificate-heading = Kursu bitirmə sertifikatı
certificate-awarded-to = Bu sertifikat təsdiq edir ki,
certificate-completed = aşağıdakı kursu tamamlamışdır:
certificate-date = Tamamlanma tarixi
certificate-issuer = Verən
certificate-id = Sertifikatın nömrəsi
certificate-verify = Sertifikatı yoxlamaq üçün kodu skan edin və ya bu ünvanı açın
certificate-criteria = Kursun { $version } versiyasının bütün dərsləri tamamlanıb və bütün testləri keçilib.
# A date such as 23 noyabr 2026.
date = { $day } { $month } { $year }
month-1 = yanvar
month-2 = fevral
month-3 = mart
month-4 = aprel
month-5 = may
month-6 = iyun
month-7 = iyul
month-8 = avqust
month-9 = sentyabr
month-10 = oktyabr
month-11 = noyabr
month-12 = dekabr

## API xətaları: xəta cavabının `message` sahəsi, sorğunun istədiyi dildə (`Accept-Language`).
## Tərs dırnaq içindəki sözlər API-nin və ya kurs formatının adlarıdır və dəyişdirilmir.
## `$detail` analizatordan gələn ingiliscə texniki təfərrüatdır.

# Sorğunun adını çəkdiyi şey yoxdur.
error-not-found-api-route = belə API ünvanı yoxdur
error-not-found-course = kurs tapılmadı
error-not-found-certificate = sertifikat tapılmadı
error-not-found-account = hesab tapılmadı
error-not-found-blob = fayl tapılmadı
error-not-found-join-code = qoşulma kodu tapılmadı
error-not-found-revocation-list = ləğv edilmiş sertifikatların siyahısı tapılmadı
# Serverin öz nasazlıqları: təfərrüatlar yalnız serverin jurnalındadır.
error-internal = daxili xəta; təfərrüatlar serverin jurnalındadır
error-storage-full = serverin diski doludur, ona görə bundan heç nə saxlanılmadı; bir az sonra yenidən cəhd edin
error-range-not-satisfiable = istənilən aralığı vermək mümkün deyil
# Daxil olma və sessiyalar.
error-unauthorized = əvvəlcə daxil olun: `Authorization: Bearer <token>` göndərin
error-session-invalid = belə sessiya yoxdur; yenidən daxil olun
error-session-expired = bu sessiya uzun müddət istifadə olunmadığı üçün bitib; yenidən daxil olun
error-session-revoked = bu sessiya bağlanıb; yenidən daxil olun
error-wrong-credentials = istifadəçi adı və ya şifrə yanlışdır
error-too-many-attempts = { $seconds ->
   *[other] həddən çox uğursuz giriş cəhdi; { $seconds } saniyədən sonra yenidən cəhd edin
}
error-forbidden = bu hesabın buna icazəsi yoxdur
error-reset-code-invalid = bu istifadəçi adı və bərpa kodu etibarlı koda uyğun gəlmir; təlimçinizdən yeni kod istəyin
# Hesablar və adlar. `$field` aşağıdakı error-field-… mesajlarından biridir.
error-login-name = istifadəçi adı 3-dən 64-ə qədər kiçik latın hərfi, rəqəm, nöqtə, alt xətt və ya defisdən ibarət olmalıdır
error-login-taken = `{ $login }` istifadəçi adı artıq tutulub
error-password-length = şifrə 8-dən 1024-ə qədər simvoldan ibarət olmalıdır
error-organization-exists = `{ $name }` adlı təşkilat artıq var
error-field-display-name = göstərilən ad
error-field-join-code-label = qoşulma kodunun qeydi
error-field-organization-name = təşkilatın adı
error-name-length = { $field }: ən azı 1, ən çoxu { $max } simvol olmalıdır
error-name-controls = { $field }: idarəetmə simvolları və mətnin istiqamətini dəyişən simvollar ola bilməz
error-name-invisible = { $field }: görünməyən simvollar ola bilməz
error-name-not-visible = { $field }: ən azı bir görünən hərf, rəqəm və ya işarə lazımdır
error-name-accents = { $field }: bir hərfin üzərində ən çoxu { $max } diakritik işarə ola bilər
# Qoşulma kodları və kurslara yazılma.
error-join-code-invalid = belə qoşulma kodu yoxdur; onu təlimçinizlə yoxlayın
error-join-code-expired = bu qoşulma kodunun müddəti bitib; təlimçinizdən yenisini istəyin
error-join-code-used-up = bu qoşulma kodu icazə verilən qədər istifadə olunub; təlimçinizdən yenisini istəyin
error-join-code-ended = bu qoşulma kodunu təlimçi ləğv edib; təlimçinizdən yenisini istəyin
error-course-archived = `{ $course }` kursu arxivdədir
error-enrollment-closed = `{ $course }` kursuna təlimçinin verdiyi qoşulma kodu ilə yazılırlar
error-no-such-course = `{ $course }` adlı kurs yoxdur
error-invitation-once = dəvət bir dəfə istifadə olunur: `max_uses` 1 olmalıdır
error-expires-in-days = `expires_in_days` 1-dən 365-ə qədər olmalıdır
error-max-uses = `max_uses` 1-dən 10000-ə qədər olmalıdır
error-join-code-no-course = qoşulma kodu ən azı bir kursa yazmalıdır
error-enroll-too-many = bir dəfəyə ən çoxu { $max } hesab
error-not-a-member = `{ $account }` bu təşkilatın üzvü deyil
# Sorğuların məzmunu və sorğu sətirləri.
error-json-invalid = sorğunun məzmunu düzgün JSON deyil: { $detail }
error-json-shape = sorğunun məzmunundakı JSON-un quruluşu yanlışdır: { $detail }
error-json-content-type = məzmunu `Content-Type: application/json` başlığı ilə göndərin
error-body-unreadable = sorğunun məzmununu oxumaq mümkün olmadı: { $detail }
error-body-too-large = sorğunun məzmunu bu sorğunun qəbul etdiyindən böyükdür
error-query-invalid = sorğu sətri düzgün deyil: { $detail }
error-encoding-unreadable = oxunmayan Content-Encoding
error-encoding-unsupported = Content-Encoding `{ $encoding }` qəbul edilmir: gzip və ya adi JSON göndərin
error-compressed-too-large = sıxılmış məzmun { $limit } baytdan böyükdür
error-gzip-invalid = sorğunun məzmunu düzgün gzip deyil: { $detail }
error-decompressed-too-large = açıldıqdan sonra məzmun { $limit } baytdan böyük olur; bir dəfəyə daha az hadisə göndərin
error-sync-too-many-events = bir sinxronlaşdırmada ən çoxu { $max } hadisə; qalanını növbəti dəfə göndərin
# Təlimçilərə verilən suallar və onların cavabları (sinxronlaşdırmada qəbul edilməyən sual və ya cavab).
error-message-empty = sualda və ya cavabda mətn olmalıdır
error-message-too-long = sual və ya cavab ən çoxu { $max } simvoldan ibarət ola bilər
error-message-control-characters = sual və ya cavab adi mətn olmalıdır: idarəetmə simvolları olmadan
error-question-not-found = bu sual yoxdur və ya siz ona yaza bilməzsiniz
error-question-event-taken = bu hadisə id-si artıq başqa bir şəxsin mesajı üçün istifadə olunub
error-question-daily-limit = gündə ən çoxu { $max } sual; bu sualı sabah göndərin
error-question-no-organization = sual verə biləcəyiniz təşkilat yoxdur: təlimçinin verdiyi kodla bir təşkilata qoşulun
error-question-not-staff = suala yalnız həmin sualın təşkilatının təlimçiləri və administratorları cavab verir
error-question-already-answered = təlimçinin cavab verdiyi sualı silmək olmaz
error-question-unknown-course = `{ $course }` kursunun belə versiyası yoxdur
error-question-unknown-lesson = kursda `{ $lesson }` adlı dərs yoxdur
error-question-not-enrolled = `{ $course }` kursu üzrə sualları onun iştirakçıları verir: təlimçidən qoşulma kodu istəyin
# Hesabatlar.
error-date-format = tarixlər İİİİ-AA-GG şəklində yazılır; { $text } tarix deyil
error-period-reversed = dövr başlamazdan əvvəl bitir
error-learners-need-organization = iştirakçılar cədvəli bir təşkilata aiddir: `organization=ID` əlavə edin
error-unknown-table = naməlum cədvəl { $table } (cədvəllər: organizations, courses, months, learners)
# Sertifikatlar və fayllar.
error-certificate-too-long = sertifikat bir neçə kilobaytdır; bu çox uzundur
error-revocation-reason = 1-dən 500-ə qədər simvoldan ibarət səbəb göstərin
error-blob-name = fayl adı SHA-256 olmalıdır: 64 kiçik onaltılıq rəqəm
# Kurs yazmaq. `$problems` qaralamanın problemlərinin siyahısıdır, hər biri problem-at-line və ya problem-in-file kimi.
error-course-slug = kursun qısa adı kiçik latın hərfləri, rəqəmlər və defislərdən ibarət olmalıdır, ən çoxu 64 simvol
error-course-exists = `{ $course }` adlı kurs artıq var; başqa ad seçin
error-draft-wrong-course = bu qaralama `{ $course }` üçün deyil, `{ $draft }` üçündür
error-draft-conflict = sizin redaktə etdiyiniz versiyadan sonra kimsə bu qaralamanı saxlayıb; əvvəlcə onun versiyasını yükləyin
error-draft-problems = dərc etməzdən əvvəl bu problemləri düzəldin: { $problems }
# Yüklənən şəkillər. `$limit` "4 KB" və ya "2.5 MB" kimi ölçüdür.
error-image-too-large = Fayl { $limit } həddindən böyükdür. Daha kiçik şəkil yükləyin.
error-not-an-image = Bu fayl şəkil deyil. JPEG, PNG, GIF və ya WebP şəkil yükləyin.
error-image-format = { $format } şəkilləri qəbul edilmir. JPEG, PNG, GIF və ya WebP şəkil yükləyin.
error-image-too-many-pixels = Şəklin ölçüsü { $width } × { $height } pikseldir; ən çoxu { $megapixels } meqapiksel qəbul edilir. Daha kiçik şəkil yükləyin.
error-image-unreadable = Şəkli oxumaq mümkün olmadı: fayl zədələnmiş və ya natamam ola bilər ({ $detail }).
error-image-alt-text-missing = Şəkli görə bilməyən iştirakçılar üçün onu qısa mətnlə təsvir edin.

## Kursun problemləri: `dala course check` kurs qovluğu üçün nə çap edir və redaktor qaralamanın
## yanında nə göstərir. Tərs dırnaq içindəki sözlər fayl adları, kurs formatının açarları və dəyərləridir, dəyişdirilmir.

# Bir problem və onun yeri: `$file` 03-media.md kimi, `$line` sətrin nömrəsi, `$problem` problemin özü.
problem-at-line = { $file }:{ $line }: { $problem }
problem-in-file = { $file }: { $problem }
# Kurs qovluğu və onun faylları.
problem-unreadable = oxumaq mümkün deyil: { $detail }
problem-folder-name = kurs qovluğunun adı kiçik latın hərfləri, rəqəmlər və defislərdən ibarət olmalıdır
problem-quiz-file-name = test faylının adı `03-quiz-id.quiz.toml` kimi olmalıdır
problem-lesson-file-name = dərs faylının adı `01-lesson-id.md` kimi olmalıdır
problem-unexpected-file = gözlənilməz fayl: kurs qovluğunda course.toml, `NN-id.md` adlı dərslər, `NN-id.quiz.toml` adlı testlər və şəkillər (png, jpg, gif, webp, svg) olur
problem-metadata-missing = yoxdur: hər kursa onun təsvir faylı lazımdır
problem-number-twice = dərs nömrəsi iki dəfə istifadə olunub ({ $files }): sıra aydın deyil
problem-duplicate-id = təkrarlanan id `{ $id }` (həmçinin { $file } faylında)
problem-no-lessons = dərs yoxdur: `01-introduction.md` kimi adlanan Markdown faylları əlavə edin
problem-too-many-items = { $count } dərs və test: kursda ən çoxu { $max } ola bilər
problem-too-many-images = { $count } şəkil: kursda ən çoxu { $max } ola bilər
problem-not-utf8 = düzgün UTF-8 deyil: faylı UTF-8 kodlaşdırmasında saxlayın
# Təsvir faylı, course.toml. `$key` onun `title` kimi açarıdır.
problem-toml-invalid = düzgün TOML deyil: { $detail }
problem-key-empty = `{ $key }` boş olmamalıdır
problem-key-not-string = `{ $key }` sətir olmalıdır
problem-key-not-list = `{ $key }` sətirlər siyahısı olmalıdır
problem-key-too-long = `{ $key }` { $max } simvoldan uzundur
problem-key-too-many = `{ $key }` içində { $max } bənddən çox var
problem-key-entry-too-long = `{ $key }` bəndlərindən biri { $max } simvoldan uzundur
problem-language-tag = `{ $tag }` `en`, `ru` və ya `kk` kimi dil kodu deyil
problem-authors-empty = `authors` ən azı bir müəllifin adını göstərməlidir
problem-open-not-boolean = `open` true və ya false olmalıdır
problem-not-a-slug = `{ $slug }` kursun qısa adı deyil
problem-unknown-key = təsvir faylında naməlum açar `{ $key }` (məlum açarlar: { $known })
problem-required-key = məcburi `{ $key }` açarı yoxdur
problem-translation-missing = `{ $course }` tərcüməsi bu qovluqdakı kurs deyil
problem-translation-unknown = `{ $course }` tərcüməsi bu serverdəki başqa kurs deyil
problem-translation-other-organization = `{ $course }` tərcüməsi başqa təşkilata aiddir
problem-key-not-table = `{ $key }` cədvəl olmalıdır, məsələn `[{ $key }]`
problem-key-not-slug = `{ $key }` kursun qısa adı olmalıdır
problem-translation-status = `translation.status` "draft" və ya "reviewed" olmalıdır
problem-translation-hash = `{ $lesson }` üçün `translation.lessons` SHA-256 olmalıdır: kiçik hərflərlə 64 onaltılıq rəqəm
problem-translation-lesson-unknown = `translation.lessons` içində `{ $lesson }` göstərilib, amma bu kursda belə dərs yoxdur
problem-translation-source-itself = `translation.source` elə bu kursun özünü göstərir
problem-translation-source-missing = tərcümənin mənbə kursu `{ $course }` bu qovluqda yoxdur
problem-translation-source-unknown = tərcümənin mənbə kursu `{ $course }` bu serverdə yoxdur
# Dərslər.
problem-lesson-too-large = dərs ən çoxu { $max } KB mətn ola bilər; bu dərsin həcmi { $size } KB
problem-second-title = yalnız birinci sətir birinci səviyyəli başlıq (`# `) ola bilər
problem-no-title = dərs öz adı ilə, birinci səviyyəli başlıqla başlamalıdır (`# Başlıq`)
problem-title-too-long = başlıq { $max } simvoldan uzundur
problem-too-deep = bu dərsdə elementlər bir-birinin içində { $max } səviyyədən dərin yerləşib (sitatlar, siyahılar və ya HTML teqləri); onu sadələşdirin
problem-too-many-elements = bu dərsdə { $max } elementdən çox var (abzaslar, siyahı bəndləri, teqlər); onu bir neçə dərsə bölün
# Kursun şəkilləri.
problem-image-external = `{ $image }` şəkli kurs qovluğunda fayl olmalıdır: iştirakçılar oflayn öyrənirlər
problem-image-not-found = `{ $image }` şəkli kurs qovluğunda tapılmadı
problem-image-alt = `{ $image }` şəklinə alternativ mətn lazımdır: `![şəkildə nə var]({ $image })`
problem-image-name = şəklin adı kiçik latın hərfləri, rəqəmlər və defislərdən ibarət olmalı və şəkil uzantısı ilə bitməlidir
problem-image-missing = bu şəkil serverdə yoxdur: onu yenidən yükləyin
# Testlər. `$kind` single_choice kimi sual növüdür.
problem-quiz-invalid = düzgün test deyil: { $detail }
problem-quiz-too-many-questions = testdə ən çoxu { $max } sual ola bilər
problem-pass-mark = `pass_mark` 1-dən 100-ə qədər faiz olmalıdır
problem-max-attempts = `max_attempts` ən azı 1 olmalıdır (məhdudiyyət istəmirsinizsə, onu silin)
problem-no-questions = testdə ən azı bir `[[questions]]` olmalıdır
# Bir sualın problemi: `$number` sualın nömrəsi, `$problem` aşağıdakı mesajlardan biri.
problem-question = sual { $number }: { $problem }
problem-options = `options` lazımdır: ən azı iki variant, heç biri boş olmadan
problem-option-number = variant nömrələri 1 ilə { $count } arasında olmalıdır; { $number } bu aralıqda deyil
problem-key-not-for-kind = `{ $key }` { $kind } növlü suala aid deyil
problem-answer-single = `answer` lazımdır: düzgün variantın nömrəsi
problem-answers-multiple = `answers` lazımdır: bütün düzgün variantların nömrələri
problem-answers-twice = `answers` bir variantı iki dəfə göstərir
problem-answer-true-false = `answer = true` və ya `answer = false` lazımdır
problem-accepted = `accepted` lazımdır: qəbul ediləcək cavablar, heç biri boş olmadan
problem-unknown-kind = naməlum növ `{ $kind }` (növlər: { $kinds })
problem-question-too-long = çox uzundur: `prompt` və `explanation` içində ən çoxu { $prompt } simvol, hər biri { $option } simvoldan olan { $options } `options`, hər biri { $answer } simvoldan olan { $accepted } `accepted` cavab ola bilər

# Əmr sətrində `dala course check`. `$course` — kursun qısa adı, `$lesson` — dərsin identifikatoru.
check-source-changed = { $course }: `{ $lesson }` dərsi: tərcümədən sonra mənbə dəyişib
check-not-tracked = { $course }: `{ $lesson }` dərsi: izlənmir (`[translation.lessons]` içində heşi yoxdur)
check-not-translated = { $course }: mənbə kursun `{ $lesson }` dərsi tərcümə olunmayıb
check-gone-from-source = { $course }: `{ $lesson }` dərsi: mənbə kursda artıq bu dərs yoxdur
check-source-missing = { $course }: `{ $source }` mənbə kursu tapılmadı
check-warning = xəbərdarlıq: { $warning }
check-clean = { $courses ->
    [one] { $courses } kurs yoxlanıldı: problem yoxdur
   *[other] { $courses } kurs yoxlanıldı: problem yoxdur
}
check-clean-with-warnings = { $courses ->
    [one] { $courses } kurs yoxlanıldı: problem yoxdur
   *[other] { $courses } kurs yoxlanıldı: problem yoxdur
}, { $warnings ->
    [one] { $warnings } xəbərdarlıq
   *[other] { $warnings } xəbərdarlıq
}
check-problems = { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problem
}

# Şəbəkə olmayanda ötürülən fayllar: cihaz açarları və qəbul edilməyən irəliləyiş faylları.
error-device-key-invalid = cihaz açarı 64 onaltılıq rəqəmlə yazılmış 32 baytdır, imza açarı isə düzgün Ed25519 açarı olmalıdır
error-device-key-taken = bu cihaz açarı başqa hesabda qeydiyyatdadır və ya ləğv edilib: yenisini yaratmaq üçün yenidən daxil olun
error-file-not-this-kind = bu, Dala irəliləyiş faylı deyil
error-file-truncated = fayl sonuna çatmamış kəsilib: onu yenidən köçürün və ya göndərin
error-file-too-large = fayl irəliləyiş faylının ola biləcəyindən böyükdür
error-file-other-installation = fayl başqa Dala serveri üçün yaradılıb və ya yaradıldıqdan sonra dəyişdirilib
error-file-altered = fayl yaradıldıqdan sonra dəyişdirilib
error-file-malformed = faylın içi zədələnib
error-file-unknown-device = bu faylı yaradan cihaz burada qeydiyyatda deyil: iştirakçı bağlantı olanda həmin cihazda bir dəfə daxil olmalıdır
error-file-other-account = faylda onun imzalandığı cihazın hesabı deyil, başqa hesab göstərilib
error-file-device-ended = bu faylı yaradan cihaz ləğv edilib (onun hesabının sessiyaları bağlanıb): iştirakçı yenidən daxil olur və yeni fayl yaradır
