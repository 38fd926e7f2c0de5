### status: draft
### Dala web client: Azerbaijani (az). Drafted without a native speaker; awaiting review.

skip-to-content = Məzmuna keç
language-label = Dil
language-needs-connection = «{ $language }» dili bu cihazda hələ yoxdur. Ona keçmək üçün bir dəfə internetə qoşulun.
status-online = Onlayn
status-offline = Oflayn
loading = Yüklənir…

catalog-title = Kurslar
catalog-also-in = Digər dillərdə:
catalog-filter-language = Kursların dili
catalog-filter-all = Bütün dillər
list-separator = {", "}
catalog-offline = Siz oflayndasınız. Bunlar bu cihaza yüklənmiş kurslardır.
catalog-empty = Hələ heç bir kurs dərc olunmayıb.
catalog-empty-offline = Bu cihaza hələ heç bir kurs yüklənməyib. Kurs yükləmək üçün internetə qoşulun.
lesson-count = { $count ->
    [one] { $count } dərs
   *[other] { $count } dərs
}
badge-downloaded = Oflayn əlçatandır

back-to-catalog = Bütün kurslar
course-title-loading = Kurs
course-version = Versiya { $version }
course-translations = Başqa dildə də var:
course-progress = { $total } dərsdən { $done } tamamlanıb
offline-heading = Oflayn öyrənmə
download-button = Oflayn üçün yüklə ({ $size })
download-progress = Yüklənir: { $done } hazırdır, { $left } qalıb
download-partial = Yükləmə yarımçıq kəsildi.
download-resume = Yükləməni davam etdir
download-complete = Yükləndi: bu kursu internetsiz öyrənə bilərsiniz.
update-available = Yeniləmə var: { $size }
download-update = Yeni versiyanı yüklə
download-remove = Yükləməni sil
storage-used = Bu cihazda { $size } yer tutur.
lessons-heading = Dərslər
lesson-status-complete = Tamamlanıb
lesson-status-opened = Başlanıb

lesson-title-loading = Dərs
lesson-mark-complete = Tamamlanmış kimi qeyd et
lesson-completed = Tamamlandı ✓
lesson-nav-label = Dərslər
lesson-previous = ← Əvvəlki
lesson-next = Növbəti →

not-found-title = Səhifə tapılmadı
elsewhere-title = Bu səhifə hələ bu cihazda yoxdur
elsewhere-needs-connection = Onu bir dəfə internetlə açmaq lazımdır; bundan sonra oflayn da işləyir. İnternetə qoşulun və yenidən cəhd edin.

size-bytes = { $size } B
size-kb = { $size } KB
size-mb = { $size } MB

error-offline = Siz oflayndasınız və bu hələ yüklənməyib. İnternetə qoşulun və yenidən cəhd edin.
error-not-found = Belə kurs və ya dərs yoxdur.
error-integrity = Yüklənmiş fayl yolda zədələnib. Yenidən cəhd edin: yalnız zədələnmiş hissə yenidən yüklənəcək.
error-storage = Bu cihaz məlumatları saxlaya bilmədi. Yer boşaldın və ya gizli rejimdən çıxın, sonra yenidən cəhd edin.
error-server = Server cavab verə bilmədi. Bir qədər sonra yenidən cəhd edin.

sync-pending = { $count ->
    [0] Bütün irəliləyiş göndərilib
    [one] { $count } dəyişiklik göndərilməyi gözləyir
   *[other] { $count } dəyişiklik göndərilməyi gözləyir
}
sync-last = Son sinxronlaşdırma: { $time }
sync-never = Hələ sinxronlaşdırılmayıb
sync-running = Sinxronlaşdırılır…
sync-offline = Bağlantı yoxdur. İrəliləyişiniz bu cihazda saxlanılır və bağlantı bərpa olunanda göndəriləcək.
sync-now = İndi sinxronlaşdır
sync-refused = { $count ->
    [one] Server { $count } dəyişikliyi saxlamadı (məsələn, qeydiyyatda olmadığınız kurs üzrə). Təlimçinizdən qoşulma kodu istəyin.
   *[other] Server { $count } dəyişikliyi saxlamadı (məsələn, qeydiyyatda olmadığınız kurs üzrə). Təlimçinizdən qoşulma kodu istəyin.
}
sign-out = Çıxış
sign-in-link = Daxil ol
sign-in-title = Daxil olun
sign-in-button = Daxil ol
field-login = İstifadəçi adı
field-login-hint = 3-dən 64-ə qədər kiçik latın hərfi, rəqəm, nöqtə, defis və ya alt xətt.
field-password = Şifrə
field-password-hint = Ən azı 8 simvol.
field-code = Qoşulma kodu
field-display-name = Adınız (başqalarının görəcəyi kimi)
join-link = Təlimçinizdən qoşulma kodu almısınız? Hesabınızı yaradın
join-title = Kodla qoşulun
join-intro = Təlimçiniz sizə kod verib. Bu kod hesabınızı yaradır və sizi kurslarınıza yazır. E-poçt və ya telefon nömrəsi lazım deyil.
join-button = Hesabımı yarat

error-not-signed-in = İrəliləyişinizi saxlamaq və göndərmək üçün daxil olun.
error-session-ended = Siz hesabdan çıxarıldınız. Yenidən daxil olun; bu cihazdakı irəliləyişiniz saxlanılıb.
error-session-expired = Uzun müddət fəaliyyət olmadığı üçün hesabdan çıxarıldınız. Yenidən daxil olun; bu cihazdakı irəliləyişiniz saxlanılıb.
error-wrong-credentials = İstifadəçi adı və ya şifrə yanlışdır.
error-too-many-attempts = Həddən artıq cəhd. Bir neçə dəqiqə gözləyin və yenidən cəhd edin.
error-join-code-invalid = Belə kod yoxdur. Təlimçinizlə yoxlayın.
error-join-code-expired = Bu kodun müddəti bitib. Təlimçinizdən yenisini istəyin.
error-join-code-used-up = Bu kodun istifadə limiti bitib. Təlimçinizdən yenisini istəyin.
error-login-taken = Bu istifadəçi adı artıq tutulub. Başqasını seçin.
error-invalid = Daxil etdiklərinizi yoxlayın: server onları qəbul edə bilmədi.

quiz-label = Test:
quiz-status-passed = Keçib
quiz-title-loading = Test
quiz-pass-mark = Keçid balı: { $mark } %
quiz-attempts-left = { $count ->
    [one] { $count } cəhd qalıb
   *[other] { $count } cəhd qalıb
}
quiz-best = Ən yaxşı nəticə: { $score } %
quiz-passed-already = Siz bu testdən keçmisiniz.
quiz-submit = Cavablarımı yoxla
quiz-again = Yenidən cəhd et
quiz-no-attempts = Bu test üçün bütün cəhdlərinizdən istifadə etmisiniz.
quiz-choose-all = Bütün düzgün cavabları seçin.
quiz-true = Doğru
quiz-false = Yanlış
quiz-your-answer = Sizin cavabınız
quiz-score = { $score } %: { $total } sualdan { $right } düzgün.
quiz-result-passed = Keçdiniz!
quiz-result-failed = Bu dəfə keçmədiniz.
quiz-mark-right = Düzgün
quiz-mark-wrong = Yanlış
course-complete = Siz bu kursu tamamladınız.

nav-certificates = Sertifikatlar
course-certificate-link = Bu kurs üzrə sertifikatınız
certificates-title = Sertifikatlarım
certificates-empty = Hələ sertifikatınız yoxdur. Kursun bütün dərslərini və testlərini tamamlayın: sertifikat növbəti sinxronlaşdırma ilə gələcək.
certificates-sign-in = Sertifikatlarınızı görmək üçün daxil olun.
certificate-completed-on = Tamamlanma tarixi: { $date }
certificate-title = Sertifikat
certificate-learner = Kimə verilib
certificate-course = Kurs
certificate-date = Tamamlanma tarixi
certificate-issuer = Verən
certificate-id = Sertifikatın nömrəsi
certificate-status-heading = Etibarlıdırmı?
certificate-no-trust = Bu cihaz hələ sertifikatları yoxlaya bilmir: bunun üçün lazım olanlar (verənin açarları və ləğv edilmiş sertifikatların siyahısı) növbəti sinxronlaşdırma ilə gələcək.
certificate-downloads = Yüklə
download-pdf = Çap üçün sertifikat (PDF)
download-pdf-fetching = PDF alınır…
download-jwt = Digər sistemlər üçün imzalı fayl
download-json = Digər sistemlər üçün sertifikat məlumatları
download-wallet = Rəqəmsal pul kisəsi üçün
certificate-pdf-note = PDF (təxminən 20 KB) bir dəfə yüklənir və sonra bu cihazda saxlanılır. Digər fayllar artıq buradadır.
certificate-share-heading = Paylaş
certificate-share-text = Bu keçidi alan hər kəs sertifikatınızın həqiqi olduğunu yoxlaya bilər. O, PDF-dəki QR kodda da var.
certificate-wallet-link-text = Rəqəmsal pul kisəsi sertifikatınızı bu keçiddən də götürə bilər. Keçidi yalnız öz pul kisənizə verin: onu alan hər kəs sertifikatı görə bilər.
certificate-wallet-qr = Pul kisəsi keçidinin QR kodu
certificate-wallet-qr-hint = Başqa cihazdakı pul kisəsi tətbiqi, məsələn telefonunuzdakı, bu kodu da skan edə bilər.

verdict-valid = Etibarlıdır
verdict-revoked = Ləğv edilib
verdict-altered = Dəyişdirilib
verdict-unknown-key = Naməlum imzalayan
verdict-malformed = Sertifikat deyil
verdict-unchecked = Hələ yoxlanmayıb
reason-genuine = Verən tərəfindən imzalanıb, dəyişdirilməyib və ləğv edilməyib.
reason-revocation-unchecked = Verən tərəfindən imzalanıb və dəyişdirilməyib. Ləğv edilib-edilmədiyini yoxlamaq mümkün olmadı: ləğv edilmiş sertifikatların siyahısı əlçatan deyildi.
reason-revoked = Həqiqidir, lakin verən onu geri götürüb (ləğv edib).
reason-signature-mismatch = İmza məzmuna uyğun gəlmir: sertifikat imzalandıqdan sonra dəyişdirilib və ya saxtadır.
reason-unknown-key = Bu verənin dərc etmədiyi açarla imzalanıb: ya burada verilməyib, ya da saxtadır.
reason-missing-key-id = Sertifikatda onu hansı açarın imzaladığı göstərilməyib.
reason-unsupported-algorithm = Sertifikat qəbul edilməyən üsulla imzalanıb.
reason-not-a-jwt = Bu, imzalı sertifikat deyil. Sertifikat faylının bütün mətnini yapışdırın.
reason-not-a-credential = Bu, imzalı məlumatdır, lakin sertifikat deyil.
reason-unknown = Sertifikatı yoxlamaq mümkün olmadı.
revoked-on = Ləğv tarixi: { $date }. Verənin göstərdiyi səbəb: { $reason }
checked-by-server = Verənin serveri tərəfindən yoxlanılıb.
checked-on-device = Verənin serverinə bağlantı olmadan bu cihazda yoxlanılıb.
list-age = Ləğv edilmiş sertifikatların { $list } tarixinə olan siyahısı; son yoxlama: { $checked }.
list-age-none = Bu cihazda bu sertifikat üçün ləğv edilmiş sertifikatlar siyahısı yoxdur; verənin məlumatları sonuncu dəfə yoxlanılıb: { $checked }.

verify-link = Sertifikatı yoxla
verify-title = Sertifikatı yoxlayın
verify-intro = Sertifikatın həqiqi olduğunu və ləğv edilmədiyini görmək üçün onu yapışdırın və ya faylını seçin. Hesab lazım deyil.
verify-field = Sertifikat
verify-field-hint = Sertifikat faylının bütün mətni (imzalı fayl, sertifikat məlumatları və ya pul kisəsi üçün fayl).
verify-file = Və ya sertifikatın faylını seçin
verify-button = Yoxla
verify-result-heading = Nəticə
verify-file-too-large = Bu fayl sertifikat olmaq üçün çox böyükdür.
verify-file-unreadable = Bu faylı oxumaq mümkün olmadı. Sertifikatın faylını seçin.

error-certificate-not-found = Bu keçidə uyğun sertifikat yoxdur. Ünvanın tam kopyalandığını yoxlayın.
error-no-trust = Verənin serverinə qoşulmaq mümkün deyil və bu cihazda sertifikatları yoxlamaq üçün məlumat yoxdur. İnternetə qoşulun və yenidən cəhd edin.
error-wallet-form-offline = Bu, sertifikatın pul kisəsi üçün faylıdır və onu yalnız verənin serveri yoxlayır. İnternetə qoşulub yenidən cəhd edin və ya sertifikatın imzalı faylını (.jwt) yoxlayın: onu burada internetsiz də yoxlamaq olar.

## The course editor (trainers)
image-too-large = Bu şəkil serverin qəbul etdiyindən böyükdür. Daha kiçik fayl seçin.
image-not-an-image = Bu fayl şəkil deyil. JPEG, PNG, GIF və ya WebP şəkil seçin.
image-too-many-pixels = Bu şəkildə həddən çox piksel var. Daha kiçik şəkil seçin.
image-unreadable = Bu şəkli oxumaq mümkün olmadı: fayl zədələnmiş ola bilər. Başqasını sınayın.
image-alt-missing = Şəkli görə bilməyən iştirakçılar üçün onu bir neçə sözlə təsvir edin.
draft-invalid = Kursu dərc etməzdən əvvəl düzəldilməli problemlər var. Onlar aşağıda sadalanıb.
authoring-forbidden = Hesabınız bu kursu redaktə edə bilməz. Kursun təşkilatının administratoruna müraciət edin.
course-slug-taken = Bu qısa adla kurs artıq var. Başqasını seçin.
author-title = Redaktə etdiyiniz kurslar
author-no-courses = Hələ redaktə edəcəyiniz kurs yoxdur.
author-never-published = Hələ dərc olunmayıb
author-unpublished-changes = Dərc olunmamış dəyişikliklər
author-new-course = Yeni kurs
author-field-organization = Təşkilat
author-field-title = Başlıq
author-field-slug = Qısa ad
author-field-slug-help = Kiçik latın hərfləri, rəqəmlər və defislər, məsələn, fundraising-basics. Bu, kursun ünvanının bir hissəsidir və dəyişdirilə bilməz.
author-field-summary = Kataloq üçün qısa təsvir
author-field-language = Kursun dili
author-field-author = Müəllif
author-create = Kursu yarat
author-first-lesson-title = Giriş
author-first-lesson-text = İlk dərsi burada yazın.
edit-metadata-heading = Kurs haqqında
edit-field-version = Nəşr
edit-field-authors = Müəlliflər (vergüllə ayırın)
edit-field-licence = Lisenziya
edit-field-translations = Eyni kurs digər dillərdə (qısa adlar, vergüllə ayırın)
edit-items-heading = Dərslər və testlər
edit-move-up = Yuxarı
edit-move-down = Aşağı
edit-remove = Sil
edit-add-lesson = Dərs əlavə et
edit-new-lesson-title = Yeni dərs
edit-lesson-heading = Dərs:
edit-lesson-markdown = Mətn (Markdown)
edit-lesson-markdown-help = Birinci sətir başlıqdır: # Başlıq. Boş sətirlər abzasları ayırır; *kursiv*, **qalın**, - siyahılar, [keçidlər](https://…).
edit-preview = Önbaxış
edit-preview-heading = İştirakçıların görəcəyi kimi
edit-image-heading = Şəkil əlavə et
edit-image-file = Şəkil (JPEG, PNG, GIF və ya WebP)
edit-image-alt = Şəkildə nə göstərilir (onu görə bilməyən iştirakçılar üçün)
edit-image-upload = Serverə yüklə və dərsə əlavə et
edit-publish-heading = Dərc etmə
edit-no-problems = Problem yoxdur: kursu dərc etmək olar.
edit-publish = Yeni versiyanı dərc et
edit-published = Dərc olundu. Kursu yükləmiş iştirakçılara yeniləmə təklif ediləcək.
edit-published-unchanged = Sonuncu dərcdən bəri heç nə dəyişməyib.
edit-saved-local = Bu cihazda saxlanıldı. Bağlantı olanda serverə göndəriləcək.
edit-saved-server = Serverdə saxlanıldı.
edit-conflict = Siz redaktəyə başladıqdan sonra { $name } bu kursu saxlayıb. Hansı versiyanı saxlayacağınızı seçin.
edit-keep-mine = Mənim versiyamı saxla (onunku əvəz olunur)
edit-take-theirs = Onun versiyasını götür (mənim dəyişikliklərim silinir)
nav-author = Kurs yaz
edit-field-open = Daxil olmuş istənilən iştirakçı yazıla bilər (əks halda yalnız qoşulma kodu ilə)
edit-add-quiz = Test əlavə et
edit-new-quiz-title = Özünüzü yoxlayın
edit-quiz-title = Testin adı
edit-quiz-pass-mark = Keçid balı (düzgün cavablandırılmış sualların faizi)
edit-quiz-max-attempts = İcazə verilən cəhdlər
edit-quiz-max-attempts-help = Limitsiz üçün boş saxlayın.
edit-quiz-question = Sual { $n }
edit-quiz-prompt = Sualın mətni
edit-quiz-kind = Sualın növü
edit-quiz-kind-single = Bir düzgün variant
edit-quiz-kind-multiple = Bir neçə düzgün variant
edit-quiz-kind-true-false = Doğru və ya yanlış
edit-quiz-kind-short = Qısa yazılı cavab
edit-quiz-options-single = Variantlar: düzgününü qeyd edin
edit-quiz-options-multiple = Variantlar: bütün düzgünləri işarələyin
edit-quiz-option = Variant { $n }
edit-quiz-option-right = Variant { $n } düzgündür
edit-quiz-remove-option = Sil: variant { $n }
edit-quiz-add-option = Variant əlavə et
edit-quiz-right-answer = Düzgün cavab
edit-quiz-accepted = Qəbul ediləcək cavablar, hər sətirdə bir
edit-quiz-accepted-help = Böyük hərflər və artıq boşluqlar nəzərə alınmır.
edit-quiz-remove-question = Sualı sil
edit-quiz-add-question = Sual əlavə et
edit-quiz-problem-title = Testin adı olmalıdır.
edit-quiz-problem-pass-mark = Keçid balı 1 ilə 100 arasında olmalıdır.
edit-quiz-problem-attempts = Ən azı bir cəhdə icazə verin və ya limitsiz üçün sahəni boş saxlayın.
edit-quiz-problem-no-questions = Testdə ən azı bir sual olmalıdır.
edit-quiz-problem-prompt = Sual { $n }: mətn yoxdur.
edit-quiz-problem-options = Sual { $n }: ən azı iki variant lazımdır və heç biri boş olmamalıdır.
edit-quiz-problem-no-answer = Sual { $n }: düzgün cavab yoxdur.
edit-quiz-problem-empty-accepted = Sual { $n }: boş cavab qəbul edilir.
edit-quiz-problem-too-large = Testin adı 200 simvoldan uzundur və ya testdə 100-dən çox sual var.
edit-quiz-problem-question-too-large = Sual { $n } çox uzundur: sualda və izahında ən çoxu 2000 simvol, hər biri 500 simvoldan olan 20 variant və ya hər biri 200 simvoldan olan 20 qəbul edilən cavab ola bilər.
edit-quiz-has-problems = “{ $title }” testi: { $n ->
    [one] düzəldilməli bir problem
   *[other] düzəldilməli { $n } problem
}
edit-preview-offline = Önbaxış üçün serverə bağlantı lazımdır. Mətniniz bu cihazda saxlanılıb və onlayn olanda önbaxış yenidən işləyəcək.

## The dashboard (administrators)
nav-dashboard = İdarə paneli
error-forbidden = Hesabınız bunu görə və ya edə bilməz.
dashboard-title = İdarə paneli
dashboard-sign-in = İdarə panelini görmək üçün administrator kimi daxil olun.
dashboard-not-allowed = İdarə paneli təşkilatın administratorları və təlimçiləri üçündür. Hesabınız heç biri deyil.
dashboard-reports-for-administrators = Qeydiyyat və tamamlama hesabatları administratorlar üçündür. Təlimçi kimi təşkilatınızın iştirakçılarını aşağıda görə bilərsiniz.
dashboard-loading = Hesabatlar yüklənir…
dashboard-offline = İdarə paneli üçün serverə bağlantı lazımdır. İnternetə qoşulun və yenidən cəhd edin.
dashboard-forbidden = Hesabınız bu hesabatları görə bilməz. Onlar təşkilatın administratorları üçündür.
filters-heading = Filtrlər
filter-organization = Təşkilat
filter-all-organizations = Bütün təşkilatlarım
filter-course = Kurs
filter-all-courses = Bütün kurslar
filter-from = Başlanğıc
filter-to = Son
filter-apply = Göstər
filter-backwards = Son tarix başlanğıc tarixindən əvvəldir.
totals-heading = Yekunlar
totals-explained = Seçilmiş dövrdə qeydiyyatlar, tamamlamalar və sertifikatlar. Aktiv iştirakçılar: cihazları dövrün son 30 günündə (aylıq cədvəldə həmin ayda) irəliləyiş göndərənlər. Ləğv edilmiş sertifikatlar sertifikat kimi sayılmır, lakin tamamlama kimi sayılır.
count-enrollments = Qeydiyyatlar
count-active-learners = Aktiv iştirakçılar
count-completions = Tamamlamalar
count-certificates = Sertifikatlar
chart-empty = Bu filtrlər üzrə göstəriləcək heç nə yoxdur.
chart-enrolled = { $count } qeydiyyat
chart-completed = { $count } tamamlayıb
section-months = Aylar üzrə
chart-months = Aylar üzrə qeydiyyatlar və tamamlamalar
table-months = Aylar üzrə qeydiyyatlar, aktiv iştirakçılar, tamamlamalar və sertifikatlar
column-month = Ay
section-courses = Kurslar üzrə
chart-courses = Kurslar üzrə qeydiyyatlar və tamamlamalar
table-courses = Kurslar üzrə qeydiyyatlar, aktiv iştirakçılar, tamamlamalar və sertifikatlar
column-course = Kurs
column-details = Təfərrüatlar
course-report-open = Dərslər və suallar
section-organizations = Təşkilatlar üzrə
chart-organizations = Təşkilatlar üzrə qeydiyyatlar və tamamlamalar
table-organizations = Təşkilatlar üzrə qeydiyyatlar, aktiv iştirakçılar, tamamlamalar və sertifikatlar
column-organization = Təşkilat
csv-download = CSV yüklə
csv-downloading = Fayl hazırlanır…
csv-saved = Saxlanıldı: { $name }. Yükləmə audit jurnalında qeyd olunub.
course-report-loading = Kurs hesabatı yüklənir…
course-report-heading = Kurs: { $title }
course-report-enrolled = { $count ->
    [one] Bu dövrdə { $count } iştirakçı qeydiyyatdan keçib.
   *[other] Bu dövrdə { $count } iştirakçı qeydiyyatdan keçib.
}
funnel-heading = İştirakçılar nə qədər irəlilədi
funnel-explained = Hər dərs üzrə: qeydiyyatdan keçmiş iştirakçılardan neçəsi onu açıb və neçəsi tamamlayıb.
chart-funnel = Hər dərsə çatan və onu tamamlayan iştirakçılar
table-funnel = Hər dərsə çatan və onu tamamlayan iştirakçılar
column-lesson = Dərs
column-reached = Çatıb
column-lesson-completed = Tamamlayıb
chart-reached = { $count } çatıb ({ $percent } %)
chart-lesson-completed = { $count } tamamlayıb ({ $percent } %)
difficulty-heading = Çətin suallar
difficulty-explained = Testin hər sualı üzrə: neçə iştirakçı ilk cəhddə ona səhv cavab verib.
chart-difficulty = Hər sual üzrə səhv ilk cavabların payı
table-difficulty = Hər sual üzrə səhv ilk cavablar
question-label = { $number }. { $prompt }
column-question = Sual
column-quiz = Test
column-first-attempts = İlk cəhdlər
column-wrong = Səhv
column-wrong-share = Səhv payı
chart-wrong = { $percent } % səhv ({ $wrong } / { $total })
learners-heading = İştirakçılar
learners-explained = Yuxarıdakı hesabatlar yalnız rəqəmləri göstərir. Burada təlimçi və ya administrator olduğunuz təşkilatın iştirakçılarını bir-bir görə bilərsiniz. Bu siyahını hər dəfə açmağınız, eləcə də hər CSV yükləməsi audit jurnalında qeyd olunur.
learners-show = İştirakçıları göstər: { $organization }
learners-hide = İştirakçıları gizlət
learners-loading = İştirakçılar yüklənir…
table-learners = İştirakçılar: { $organization }
column-learner = İştirakçı
column-courses = Kurslar
column-last-sync = Son sinxronlaşdırma
learner-course = { $course }: { $done }/{ $total } dərs
learner-course-completed = tamamlanıb
learner-never-synced = Heç vaxt
audit-heading = Audit jurnalı
audit-explained = Kim, nə vaxt ayrı-ayrı iştirakçılara baxıb və ya cədvəl yükləyib. Onu yalnız siz, bu sistemin administratoru oxuya bilərsiniz.
audit-show = Audit jurnalını göstər
audit-refresh = Yenilə
audit-loading = Audit jurnalı yüklənir…
table-audit = Audit jurnalı, ən yenisi əvvəl
column-when = Nə vaxt
column-who = Kim
column-action = Əməliyyat
column-detail = Təfərrüatlar
audit-action-view-learners = İştirakçılara baxılıb
audit-action-export = Cədvəl yüklənib

## Shared devices: signing out, and removing everything
error-device-full = Bu cihazın yaddaşı doludur: daha { $size } yer lazımdır. Artıq lazım olmayan yüklənmiş kursu silin və ya cihazda yer boşaldın, sonra yenidən cəhd edin; əvvəl saxlanılanlardan heç nə itməyib.
error-not-saved = Bunu cihazda saxlamaq mümkün olmadı və ondan heç nə saxlanılmadı. Yenidən cəhd edin.
error-server-full = Serverdə yer qalmayıb və bundan heç nə saxlanılmayıb. Bu cihazda saxlanılanlar burada qalır və sonra yenidən göndəriləcək; bu davam edərsə, serverin administratoruna bildirin.
sign-out-title = Çıxış
signed-out-title = Çıxış edildi
sign-out-who = Daxil olan: { $name }.
sign-out-pending = { $count ->
    [one] Burada edilmiş bir dəyişiklik hələ serverdə deyil.
   *[other] Burada edilmiş { $count } dəyişiklik hələ serverdə deyil.
}
sign-out-return-file = İrəliləyişinizi təlimçiniz üçün fayla saxlamısınız? Onun cavab faylı burada yalnız siz çıxış edənə qədər açılır. Dəyişiklikləriniz burada yenidən daxil olandan sonra növbəti sinxronlaşdırmada yenə də göndəriləcək.
sign-out-what-stays = Çıxış etdikdən sonra bu cihazda sizə aid heç nə göstərilmir: nə irəliləyişiniz, nə test cavablarınız, nə sertifikatlarınız, nə qaralamalarınız, nə də adınız. Hələ göndərilməmiş dəyişikliklər yalnız sizin üçün burada qalır və siz burada yenidən daxil olanda göndərilir. Yüklənmiş kurslar qalır: onlar hamı üçün açıqdır.
sign-out-send-first = İndi göndər, sonra çıx
sign-out-keep-waiting = Çıx və dəyişikliklərimi burada mənim üçün saxla
signed-out-nothing-shown = İndi bu cihazda hesabınıza aid heç nə göstərilmir. Yüklənmiş kurslar burada qalır: onlar hamı üçün açıqdır.
remove-everything-heading = Bu cihazdan hər şeyi sil
remove-everything-explain = Yüklənmiş kursları, bütün hesabların hələ göndərilməmiş dəyişikliklərini, sertifikatları, qaralamaları və saxlanılmış proqramı silir: məsələn, cihaz başqasına verilməzdən əvvəl.
remove-everything-button = Hər şeyi sil…
remove-everything-warning = { $count ->
    [0] Göndərilməyi gözləyən heç bir dəyişiklik itməyəcək. Bunu geri qaytarmaq olmaz.
    [one] Hələ göndərilməmiş bir dəyişiklik itəcək. Bunu geri qaytarmaq olmaz.
   *[other] Hələ göndərilməmiş { $count } dəyişiklik itəcək. Bunu geri qaytarmaq olmaz.
}
remove-everything-confirm = Bəli, hər şeyi sil
remove-everything-cancel = Hər şeyi saxla
verdict-revocation-unchecked = Ləğv edilib-edilmədiyini yoxlamaq mümkün olmadı
list-age-unchecked = Bu cihazdakı ləğv edilmiş sertifikat siyahılarının ({ $list } tarixinə) heç biri bu sertifikatı əhatə etmir; verənin məlumatları sonuncu dəfə yoxlanılıb: { $checked }.
