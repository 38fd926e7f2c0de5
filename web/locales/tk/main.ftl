### status: draft
### Dala web client: Turkmen (tk). Drafted without a native speaker; awaiting review.

skip-to-content = Esasy mazmuna geçmek
language-label = Dil
language-needs-connection = «{ $language }» dili bu enjamda entek ýok. Oňa geçmek üçin bir gezek internete birikiň.
status-online = Onlaýn
status-offline = Oflaýn
loading = Ýüklenýär…

catalog-title = Kurslar
catalog-also-in = Beýleki dillerde:
catalog-filter-language = Kurslaryň dili
catalog-filter-all = Ähli diller
list-separator = {", "}
catalog-offline = Internet baglanyşygy ýok. Bu ýerde şu enjama ýüklenip alnan kurslar.
catalog-empty = Entek hiç bir kurs neşir edilmedi.
catalog-empty-offline = Bu enjama entek hiç bir kurs ýüklenip alynmady. Kurs ýükläp almak üçin internete birikiň.
lesson-count = { $count ->
    [one] { $count } sapak
   *[other] { $count } sapak
}
badge-downloaded = Oflaýn elýeterli

back-to-catalog = Ähli kurslar
course-title-loading = Kurs
course-version = Wersiýa { $version }
course-translations = Beýleki dilde hem bar:
course-progress = { $total } sapakdan { $done } sapak tamamlandy
offline-heading = Oflaýn okamak
download-button = Oflaýn üçin ýükläp almak ({ $size })
download-progress = Ýüklenip alynýar: { $done } taýýar, { $left } galdy
download-partial = Ýükläp almak kesildi.
download-resume = Ýükläp almagy dowam etmek
download-complete = Ýüklenip alyndy: bu kursy internetsiz okap bilersiňiz.
update-available = Täzelenme bar: { $size }
download-update = Täze wersiýany ýükläp almak
download-remove = Ýüklenen kursy aýyrmak
storage-used = Bu enjamda { $size } ýer tutýar.
lessons-heading = Sapaklar
lesson-status-complete = Tamamlandy
lesson-status-opened = Başlandy

lesson-title-loading = Sapak
lesson-mark-complete = Tamamlandy diýip bellemek
lesson-completed = Tamamlandy ✓
lesson-nav-label = Sapaklar
lesson-previous = ← Öňki
lesson-next = Indiki →

not-found-title = Sahypa tapylmady
elsewhere-title = Bu sahypa entek bu enjamda ýok
elsewhere-needs-connection = Ol bir gezek internet arkaly açylýar, soňra oflaýn hem işleýär. Internete birikiň we täzeden synanyşyň.

size-bytes = { $size } B
size-kb = { $size } KB
size-mb = { $size } MB

error-offline = Internet baglanyşygy ýok, bu bolsa entek ýüklenip alynmady. Internete birikiň we täzeden synanyşyň.
error-not-found = Beýle kurs ýa-da sapak ýok.
error-integrity = Ýüklenip alnan faýl ýolda zaýalandy. Täzeden synanyşyň: diňe zaýalanan bölegi täzeden alnar.
error-storage = Bu enjam maglumatlary saklap bilmedi. Biraz ýer boşadyň ýa-da gizlin tertipden çykyň, soňra täzeden synanyşyň.
error-server = Serwer jogap berip bilmedi. Soňrak täzeden synanyşyň.

sync-pending = { $count ->
    [0] Ähli netijeler iberildi
    [one] { $count } üýtgeşme iberilmegine garaşýar
   *[other] { $count } üýtgeşme iberilmegine garaşýar
}
sync-last = Soňky sinhronlama: { $time }
sync-never = Entek sinhronlanmady
sync-running = Sinhronlanýar…
sync-offline = Baglanyşyk ýok. Netijeleriňiz şu enjamda saklanýar we baglanyşyk dikelende iberiler.
sync-now = Häzir sinhronlamak
sync-refused = { $count ->
    [one] Serwer { $count } üýtgeşmäni saklamady, meselem, siz ýazylmadyk kursdaky üýtgeşmäni. Tälimçiňizden goşulma koduny soraň.
   *[other] Serwer { $count } üýtgeşmäni saklamady, meselem, siz ýazylmadyk kursdaky üýtgeşmeleri. Tälimçiňizden goşulma koduny soraň.
}
sign-out = Çykmak
sign-in-link = Girmek
sign-in-title = Girmek
sign-in-button = Girmek
field-login = Login
field-login-hint = 3-den 64-e çenli kiçi latyn harplary, sanlar, nokatlar, defisler ýa-da aşaky çyzyklar.
field-password = Açar sözi
field-password-hint = Iň azyndan 8 simwol.
field-code = Goşulma kody
field-display-name = Adyňyz (beýlekiler şeýle görer)
join-link = Tälimçiňiz goşulma koduny berdimi? Hasap dörediň
join-title = Kod bilen goşulmak
join-intro = Tälimçiňiz size kod berdi. Ol hasabyňyzy döredýär we sizi kurslaryňyza ýazýar. E-poçta ýa-da telefon belgisi gerek däl.
join-button = Hasabymy döretmek

error-not-signed-in = Netijeleriňizi saklamak we ibermek üçin ulgama giriň.
error-session-ended = Siz ulgamdan çykaryldyňyz. Täzeden giriň; bu enjamdaky netijeleriňiz saklanýar.
error-session-expired = Siz uzak wagt girmediňiz we ulgamdan çykaryldyňyz. Täzeden giriň; bu enjamdaky netijeleriňiz saklanýar.
error-wrong-credentials = Login ýa-da açar sözi nädogry.
error-too-many-attempts = Synanyşyklar gaty köp. Birnäçe minut garaşyp, täzeden synanyşyň.
error-join-code-invalid = Beýle kod ýok. Ony tälimçiňiz bilen barlaň.
error-join-code-expired = Bu koduň möhleti geçdi. Tälimçiňizden täzesini soraň.
error-join-code-used-up = Bu kod doly ulanyldy. Tälimçiňizden täzesini soraň.
error-login-taken = Bu login eýýäm alnan. Başgasyny saýlaň.
error-invalid = Girizen maglumatyňyzy barlaň: serwer ony kabul edip bilmedi.

quiz-label = Test:
quiz-status-passed = Geçildi
quiz-title-loading = Test
quiz-pass-mark = Geçiş baly: { $mark } %
quiz-attempts-left = { $count ->
    [one] { $count } synanyşyk galdy
   *[other] { $count } synanyşyk galdy
}
quiz-best = Iň gowy netije: { $score } %
quiz-passed-already = Siz bu testden geçdiňiz.
quiz-submit = Jogaplarymy barlamak
quiz-again = Täzeden synanyşmak
quiz-no-attempts = Siz bu testiň ähli synanyşyklaryny ulandyňyz.
quiz-choose-all = Ähli dogry jogaplary saýlaň.
quiz-true = Dogry
quiz-false = Ýalňyş
quiz-your-answer = Siziň jogabyňyz
quiz-score = { $score } %: { $total } soragdan { $right } dogry.
quiz-result-passed = Geçdiňiz!
quiz-result-failed = Bu gezek geçip bilmediňiz.
quiz-mark-right = Dogry
quiz-mark-wrong = Ýalňyş
course-complete = Siz bu kursy tamamladyňyz.

nav-certificates = Sertifikatlar
course-certificate-link = Bu kurs boýunça sertifikatyňyz
certificates-title = Meniň sertifikatlarym
certificates-empty = Sizde entek sertifikat ýok. Kursuň ähli sapaklaryny we testlerini tamamlaň: onuň sertifikaty indiki sinhronlamada geler.
certificates-sign-in = Sertifikatlaryňyzy görmek üçin ulgama giriň.
certificate-completed-on = Tamamlanan senesi: { $date }
certificate-title = Sertifikat
certificate-learner = Kime berildi
certificate-course = Kurs
certificate-date = Tamamlanan senesi
certificate-issuer = Beriji
certificate-id = Sertifikatyň belgisi
certificate-status-heading = Ol hakykymy?
certificate-no-trust = Bu enjam entek sertifikatlary barlap bilmeýär: munuň üçin gerek zatlar (berijiniň açarlary we ýatyrylan sertifikatlaryň sanawy) indiki sinhronlamada geler.
certificate-downloads = Ýükläp almak
download-pdf = Çap etmek üçin sertifikat (PDF)
download-pdf-fetching = PDF alynýar…
download-jwt = Beýleki ulgamlar üçin gol çekilen faýl
download-json = Beýleki ulgamlar üçin sertifikat maglumatlary
download-wallet = Sanly gapjyk üçin
certificate-pdf-note = PDF (takmynan 20 KB) bir gezek ýüklenip alynýar we soňra şu enjamda saklanýar. Beýleki faýllar eýýäm şu ýerde.
certificate-share-heading = Paýlaşmak
certificate-share-text = Bu salgylanmany alan islendik adam sertifikatyňyzyň hakykydygyny barlap biler. Ol PDF faýlyndaky QR kodda hem bar.
certificate-wallet-link-text = Sanly gapjyk sertifikatyňyzy bu salgylanmadan hem alyp biler. Salgylanmany diňe öz gapjygyňyza beriň: ony alan islendik adam sertifikaty görüp biler.
certificate-wallet-qr = Gapjyk salgylanmasynyň QR kody
certificate-wallet-qr-hint = Başga enjamdaky gapjyk programmasy, meselem telefonyňyzdaky, bu kody hem skanerläp biler.

verdict-valid = Hakyky
verdict-revoked = Ýatyryldy
verdict-altered = Üýtgedildi
verdict-unknown-key = Näbelli gol çekiji
verdict-malformed = Sertifikat däl
verdict-unchecked = Entek barlanmady
reason-genuine = Beriji gol çekipdir, üýtgedilmändir we ýatyrylmandyr.
reason-revocation-unchecked = Beriji gol çekipdir we üýtgedilmändir. Ýatyrylandygyny ýa-da däldigini barlap bolmady: ýatyrylan sertifikatlaryň sanawy elýeterli däldi.
reason-revoked = Hakyky, emma beriji ony ýatyrdy (yzyna aldy).
reason-signature-mismatch = Gol mazmuna gabat gelmeýär: sertifikat gol çekilenden soň üýtgedilipdir ýa-da ol galp.
reason-unknown-key = Bu berijiniň yglan etmedik açary bilen gol çekilipdir: ol bu ýerde berilmändir ýa-da galp.
reason-missing-key-id = Sertifikatda oňa haýsy açar bilen gol çekilendigi görkezilmändir.
reason-unsupported-algorithm = Sertifikata kabul edilmeýän usul bilen gol çekilipdir.
reason-not-a-jwt = Bu gol çekilen sertifikat däl. Sertifikat faýlynyň ähli tekstini goýuň.
reason-not-a-credential = Bu gol çekilen maglumat, emma sertifikat däl.
reason-unknown = Sertifikaty barlap bolmady.
revoked-on = Ýatyrylan senesi: { $date }. Berijiniň görkezen sebäbi: { $reason }
checked-by-server = Berijiniň serweri barlady.
checked-on-device = Berijiniň serwerine birikmezden, şu enjamda barlandy.
list-age = Ýatyrylan sertifikatlaryň sanawy { $list } ýagdaýyna görä; soňky barlag: { $checked }.
list-age-none = Bu enjamda bu sertifikat üçin ýatyrylan sertifikatlaryň sanawy ýok; berijiniň maglumatlary soňky gezek barlanan wagty: { $checked }.

verify-link = Sertifikaty barlamak
verify-title = Sertifikaty barlamak
verify-intro = Sertifikatyň hakykydygyny we ýatyrylmandygyny bilmek üçin ony goýuň ýa-da onuň faýlyny saýlaň. Hasap gerek däl.
verify-field = Sertifikat
verify-field-hint = Sertifikat faýlynyň ähli teksti (gol çekilen faýl, sertifikat maglumatlary ýa-da gapjyk üçin faýl).
verify-file = Ýa-da sertifikatyň faýlyny saýlaň
verify-button = Barlamak
verify-result-heading = Netije
verify-file-too-large = Bu faýl sertifikat bolmak üçin gaty uly.
verify-file-unreadable = Bu faýly okap bolmady. Sertifikatyň faýlyny saýlaň.

error-certificate-not-found = Bu salgylanma gabat gelýän sertifikat ýok. Salgynyň doly göçürilendigini barlaň.
error-no-trust = Berijiniň serwerine birigip bolanok, bu enjamda bolsa sertifikatlary barlamak üçin maglumat ýok. Internete birikiň we täzeden synanyşyň.
error-wallet-form-offline = Bu sertifikatyň gapjyk üçin faýly, ony diňe berijiniň serweri barlaýar. Internete birikiň we täzeden synanyşyň ýa-da sertifikatyň gol çekilen faýlyny (.jwt) barlaň: ony şu ýerde internetsiz hem barlap bolýar.

## Kurs redaktory (tälimçiler)
image-too-large = Bu surat serweriň kabul edýäninden uly. Kiçiräk faýl saýlaň.
image-not-an-image = Bu faýl surat däl. JPEG, PNG, GIF ýa-da WebP surat saýlaň.
image-too-many-pixels = Bu suratda pikseller gaty köp. Kiçiräk surat saýlaň.
image-unreadable = Bu suraty okap bolmady: faýl zaýalanan bolmagy mümkin. Başgasyny synap görüň.
image-alt-missing = Görüp bilmeýän diňleýjiler üçin suraty birnäçe söz bilen beýan ediň.
draft-invalid = Kursy neşir etmezden öň düzedilmeli kemçilikler bar. Olar aşakda görkezilýär.
authoring-forbidden = Hasabyňyz bu kursy üýtgedip bilmeýär. Onuň guramasynyň administratoryna ýüz tutuň.
course-slug-taken = Şeýle gysga atly kurs eýýäm bar. Başgasyny saýlaň.
author-title = Siziň redaktirleýän kurslaryňyz
author-no-courses = Entek siziň redaktirläp biljek kursuňyz ýok.
author-never-published = Entek neşir edilmedi
author-unpublished-changes = Üýtgeşmeler neşir edilmedi
author-new-course = Täze kurs
author-field-organization = Gurama
author-field-title = Ady
author-field-slug = Gysga ady
author-field-slug-help = Kiçi latyn harplary, sanlar we defisler, meselem: fundraising-basics. Ol kursuň salgysynyň bir bölegi we ony üýtgedip bolmaýar.
author-field-summary = Katalog üçin gysgaça beýan
author-field-language = Kursuň dili
author-field-author = Awtor
author-create = Kursy döretmek
author-first-lesson-title = Giriş
author-first-lesson-text = Ilkinji sapagy şu ýerde ýazyň.
edit-metadata-heading = Kurs barada
edit-field-version = Neşir
edit-field-authors = Awtorlar (otur bilen aýryň)
edit-field-licence = Ygtyýarnama
edit-field-translations = Şol kurs beýleki dillerde (gysga atlar, otur bilen aýryň)
edit-items-heading = Sapaklar we testler
edit-move-up = Ýokary
edit-move-down = Aşak
edit-remove = Aýyrmak
edit-add-lesson = Sapak goşmak
edit-new-lesson-title = Täze sapak
edit-lesson-heading = Sapak:
edit-lesson-markdown = Tekst (Markdown)
edit-lesson-markdown-help = Birinji setir — sözbaşy: # Sözbaşy. Boş setirler abzaslary aýyrýar; *kursiw*, **galyň**, - sanawlar, [salgylanmalar](https://…).
edit-preview = Öňünden görmek
edit-preview-heading = Diňleýjiler şeýle görer
edit-image-heading = Surat goşmak
edit-image-file = Surat (JPEG, PNG, GIF ýa-da WebP)
edit-image-alt = Suratda näme görkezilýär (görüp bilmeýän diňleýjiler üçin)
edit-image-upload = Ýüklemek we sapaga goşmak
edit-publish-heading = Neşir etmek
edit-no-problems = Kemçilik ýok: kursy neşir edip bolýar.
edit-publish = Täze wersiýany neşir etmek
edit-published = Neşir edildi. Kursy ýükläp alan diňleýjilere täzelenme hödürlener.
edit-published-unchanged = Soňky neşirden bäri hiç zat üýtgemedi.
edit-saved-local = Şu enjamda saklandy. Baglanyşyk bolanda serwere iberiler.
edit-saved-server = Serwerde saklandy.
edit-conflict = Siz üýtgedip başlanyňyzdan soň { $name } bu kursy saklady. Haýsy wersiýany galdyrmalydygyny saýlaň.
edit-keep-mine = Meniň wersiýamy galdyrmak (onuňky çalşylar)
edit-take-theirs = Onuň wersiýasyny almak (meniň üýtgeşmelerim aýrylar)
nav-author = Kurs ýazmak
edit-field-open = Ulgama giren islendik diňleýji ýazylyp biler (bolmasa diňe goşulma kody bilen)
edit-add-quiz = Test goşmak
edit-new-quiz-title = Özüňizi barlaň
edit-quiz-title = Testiň ady
edit-quiz-pass-mark = Geçiş baly (dogry jogap berlen soraglaryň göterimi)
edit-quiz-max-attempts = Rugsat berilýän synanyşyklar
edit-quiz-max-attempts-help = Çäksiz bolmagy üçin boş goýuň.
edit-quiz-question = Sorag { $n }
edit-quiz-prompt = Soragyň teksti
edit-quiz-kind = Soragyň görnüşi
edit-quiz-kind-single = Bir dogry wariant
edit-quiz-kind-multiple = Birnäçe dogry wariant
edit-quiz-kind-true-false = Dogry ýa-da ýalňyş
edit-quiz-kind-short = Gysga ýazmaça jogap
edit-quiz-options-single = Wariantlar: dogrusyny belläň
edit-quiz-options-multiple = Wariantlar: ähli dogrularyny belläň
edit-quiz-option = Wariant { $n }
edit-quiz-option-right = { $n } belgili wariant dogry
edit-quiz-remove-option = { $n } belgili wariandy aýyrmak
edit-quiz-add-option = Wariant goşmak
edit-quiz-right-answer = Dogry jogap
edit-quiz-accepted = Kabul edilýän jogaplar, her setirde birden
edit-quiz-accepted-help = Baş harplar we artykmaç boşluklar ähmiýetli däl.
edit-quiz-remove-question = Soragy aýyrmak
edit-quiz-add-question = Sorag goşmak
edit-quiz-problem-title = Teste at gerek.
edit-quiz-problem-pass-mark = Geçiş baly 1 bilen 100 aralygynda bolmaly.
edit-quiz-problem-attempts = Iň azyndan bir synanyşyga rugsat beriň ýa-da çäksiz bolmagy üçin meýdany boş goýuň.
edit-quiz-problem-no-questions = Testde iň azyndan bir sorag bolmaly.
edit-quiz-problem-prompt = { $n } belgili soragda tekst ýok.
edit-quiz-problem-options = { $n } belgili soragda iň azyndan iki wariant bolmaly we olaryň hiç biri boş bolmaly däl.
edit-quiz-problem-no-answer = { $n } belgili soragda dogry jogap ýok.
edit-quiz-problem-empty-accepted = { $n } belgili sorag boş jogaby kabul edýär.
edit-quiz-problem-too-large = Testiň ady 200 simwoldan uzyn ýa-da onda 100-den köp sorag bar.
edit-quiz-problem-question-too-large = { $n } belgili sorag gaty uzyn: soragda we onuň düşündirişinde iň köp 2 000 simwol, her biri 500 simwolly 20 wariant ýa-da her biri 200 simwolly 20 kabul edilýän jogap bolup biler.
edit-quiz-has-problems = “{ $title }” testi: { $n ->
    [one] düzedilmeli bir kemçilik
   *[other] düzedilmeli { $n } kemçilik
}
edit-preview-offline = Öňünden görmek üçin serwere baglanyşyk gerek. Tekstiňiz şu enjamda saklandy; internete birikeniňizde öňünden görmek ýene işlär.

## Dolandyryş paneli (administratorlar)
nav-dashboard = Dolandyryş paneli
error-forbidden = Hasabyňyz muny görüp ýa-da edip bilmeýär.
dashboard-title = Dolandyryş paneli
dashboard-sign-in = Dolandyryş panelini görmek üçin administrator hökmünde giriň.
dashboard-not-allowed = Dolandyryş paneli guramanyň administratorlary we onuň tälimçileri üçin. Hasabyňyz olaryň hiç birine degişli däl.
dashboard-reports-for-administrators = Kurslara ýazylmak we kurslary tamamlamak barada hasabatlar administratorlar üçin. Tälimçi hökmünde aşakda guramaňyzyň diňleýjilerini görüp bilersiňiz.
dashboard-loading = Hasabatlar ýüklenýär…
dashboard-offline = Dolandyryş paneli üçin serwere baglanyşyk gerek. Internete birikiň we täzeden synanyşyň.
dashboard-forbidden = Hasabyňyz bu hasabatlary görüp bilmeýär. Olar guramanyň administratorlary üçin.
filters-heading = Süzgüçler
filter-organization = Gurama
filter-all-organizations = Ähli guramalarym
filter-course = Kurs
filter-all-courses = Ähli kurslar
filter-from = Haçandan
filter-to = Haçana çenli
filter-apply = Görkezmek
filter-backwards = Gutaryş senesi başlangyç senesinden öň.
totals-heading = Jemi
totals-explained = Saýlanan döwürdäki ýazylmalar, tamamlamalar we sertifikatlar. Işjeň diňleýjiler — enjamy döwrüň soňky 30 gününde netije iberenler (aýlar boýunça tablisada — şol aýda). Ýatyrylan sertifikatlar sertifikat hökmünde hasaplanmaýar, emma tamamlama hökmünde hasaplanýar.
count-enrollments = Ýazylmalar
count-active-learners = Işjeň diňleýjiler
count-completions = Tamamlamalar
count-certificates = Sertifikatlar
chart-empty = Bu süzgüçler boýunça görkezere zat ýok.
chart-enrolled = { $count } adam ýazyldy
chart-completed = { $count } adam tamamlady
section-months = Aýlar boýunça
chart-months = Aýlar boýunça ýazylmalar we tamamlamalar
table-months = Aýlar boýunça ýazylmalar, işjeň diňleýjiler, tamamlamalar we sertifikatlar
column-month = Aý
section-courses = Kurslar boýunça
chart-courses = Kurslar boýunça ýazylmalar we tamamlamalar
table-courses = Kurslar boýunça ýazylmalar, işjeň diňleýjiler, tamamlamalar we sertifikatlar
column-course = Kurs
column-details = Jikme-jiklikler
course-report-open = Sapaklar we soraglar
section-organizations = Guramalar boýunça
chart-organizations = Guramalar boýunça ýazylmalar we tamamlamalar
table-organizations = Guramalar boýunça ýazylmalar, işjeň diňleýjiler, tamamlamalar we sertifikatlar
column-organization = Gurama
csv-download = CSV ýükläp almak
csv-downloading = Faýl taýýarlanýar…
csv-saved = { $name } ady bilen saklandy. Ýükläp almak audit žurnalyna ýazyldy.
course-report-loading = Kurs hasabaty ýüklenýär…
course-report-heading = Kurs: { $title }
course-report-enrolled = { $count ->
    [one] Bu döwürde { $count } diňleýji ýazyldy.
   *[other] Bu döwürde { $count } diňleýji ýazyldy.
}
funnel-heading = Diňleýjiler nirä çenli ýetdi
funnel-explained = Her sapak üçin: ýazylan diňleýjileriň näçesi ony açdy we näçesi tamamlady.
chart-funnel = Her sapaga ýeten we ony tamamlan diňleýjiler
table-funnel = Her sapaga ýeten we ony tamamlan diňleýjiler
column-lesson = Sapak
column-reached = Ýetenler
column-lesson-completed = Tamamlanlar
chart-reached = { $count } adam ýetdi ({ $percent } %)
chart-lesson-completed = { $count } adam tamamlady ({ $percent } %)
difficulty-heading = Kyn soraglar
difficulty-explained = Testiň her soragy üçin: näçe diňleýji ilkinji synanyşykda nädogry jogap berdi.
chart-difficulty = Her sorag boýunça ilkinji nädogry jogaplaryň paýy
table-difficulty = Her sorag boýunça ilkinji nädogry jogaplar
question-label = { $number }. { $prompt }
column-question = Sorag
column-quiz = Test
column-first-attempts = Ilkinji synanyşyklar
column-wrong = Nädogry
column-wrong-share = Nädogry paýy
chart-wrong = { $percent } % nädogry ({ $total } jogapdan { $wrong })
learners-heading = Diňleýjiler
learners-explained = Ýokardaky hasabatlarda diňe sanlar görkezilýär. Bu ýerde siz tälimçi ýa-da administrator bolan guramanyň diňleýjilerini birin-birin görüp bilersiňiz. Bu sanawy her gezek açanyňyz, her bir CSV ýükläp alşy ýaly, audit žurnalyna ýazylýar.
learners-show = { $organization } guramasynyň diňleýjilerini görkezmek
learners-hide = Diňleýjileri gizlemek
learners-loading = Diňleýjiler ýüklenýär…
table-learners = { $organization } guramasynyň diňleýjileri
column-learner = Diňleýji
column-courses = Kurslar
column-last-sync = Soňky sinhronlama
learner-course = { $course }: { $done }/{ $total } sapak
learner-course-completed = tamamlandy
learner-never-synced = Hiç haçan
audit-heading = Audit žurnaly
audit-explained = Aýry-aýry diňleýjileri kimiň we haçan görendigi ýa-da tablisany ýükläp alandygy. Ony diňe siz — şu Dala serweriniň administratory okap bilersiňiz.
audit-show = Audit žurnalyny görkezmek
audit-refresh = Täzelemek
audit-loading = Audit žurnaly ýüklenýär…
table-audit = Audit žurnaly, ilki iň täzeleri
column-when = Haçan
column-who = Kim
column-action = Hereket
column-detail = Jikme-jiklikler
audit-action-view-learners = Diňleýjileri gördi
audit-action-export = Tablisany ýükläp aldy

## Umumy enjamlar: çykmak we hemme zady aýyrmak
error-device-full = Bu enjam doldy: ýene { $size } ýer gerek. Gerek däl ýüklenen kursy aýyryň ýa-da enjamda ýer boşadyň, soňra täzeden synanyşyň; öň saklanan hiç zat ýitmedi.
error-not-saved = Muny enjamda saklap bolmady we ondan hiç zat saklanmady. Täzeden synanyşyň.
error-server-full = Serwerde ýer gutardy we munuň hiç bir bölegi saklanmady. Şu enjamda saklanan ähli zat şu ýerde galýar we soňra ýene iberiler; eger bu dowam etse, serweriň administratoryna habar beriň.
sign-out-title = Çykmak
signed-out-title = Siz çykdyňyz
sign-out-who = Siz { $name } hökmünde girdiňiz.
sign-out-pending = { $count ->
    [one] Şu ýerde edilen bir üýtgeşme entek serwerde ýok.
   *[other] Şu ýerde edilen { $count } üýtgeşme entek serwerde ýok.
}
sign-out-return-file = Netijeleriňizi tälimçiňiz üçin faýla sakladyňyzmy? Onuň jogap faýly bu ýerde diňe siz çykýança açylýar. Üýtgeşmeleriňiz şu ýerde täzeden gireniňizden soňky sinhronlamada barybir iberiler.
sign-out-what-stays = Çykanyňyzdan soň bu enjamda size degişli hiç zat görkezilmeýär: ne netijeleriňiz, ne test jogaplaryňyz, ne sertifikatlaryňyz, ne garalamalaryňyz, ne-de adyňyz. Entek iberilmedik üýtgeşmeler diňe siziň üçin şu ýerde galýar we şu ýerde täzeden gireniňizde iberiler. Ýüklenen kurslar galýar: olar hemmeler üçin açyk.
sign-out-send-first = Ilki ibermek, soňra çykmak
sign-out-keep-waiting = Çykmak we üýtgeşmelerimi şu ýerde saklamak
signed-out-nothing-shown = Indi bu enjamda hasabyňyzdan hiç zat görkezilmeýär. Ýüklenen kurslar onda galýar: olar hemmeler üçin açyk.
remove-everything-heading = Bu enjamdan hemme zady aýyrmak
remove-everything-explain = Ýüklenen kurslary, ähli hasaplaryň entek iberilmedik üýtgeşmelerini, sertifikatlary, garalamalary we saklanan programmany pozýar: meselem, enjam başga birine berilmezden öň.
remove-everything-button = Hemme zady aýyrmak…
remove-everything-warning = { $count ->
    [0] Iberilmegine garaşýan hiç bir üýtgeşme ýitmez. Muny yzyna gaýtaryp bolmaýar.
    [one] Entek iberilmedik bir üýtgeşme ýiter. Muny yzyna gaýtaryp bolmaýar.
   *[other] Entek iberilmedik { $count } üýtgeşme ýiter. Muny yzyna gaýtaryp bolmaýar.
}
remove-everything-confirm = Hawa, hemme zady aýyrmak
remove-everything-cancel = Hemme zady galdyrmak
verdict-revocation-unchecked = Ýatyrylandygyny barlap bolmady
list-age-unchecked = Bu enjamdaky ýatyrylan sertifikatlaryň sanawlarynyň ({ $list } ýagdaýyna görä) hiç biri bu sertifikaty öz içine almaýar; berijiniň maglumatlary soňky gezek barlanan wagty: { $checked }.
