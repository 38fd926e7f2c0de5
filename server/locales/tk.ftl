### status: draft
### Dala server: Turkmen (tk). Drafted without a native speaker; awaiting review.
# Serweriň özüniň adamlar üçin çykarýan sözleri: sertifikatyň PDF faýly we resminamanyň ölçegleri.
certificate-heading = Kursy tamamlandygy barada sertifikat
certificate-awarded-to = Şu sertifikat gowşurylýar:
certificate-completed = aşakdaky kursy tamamlandygy üçin
certificate-date = Tamamlanan senesi
certificate-issuer = Beriji
certificate-id = Sertifikatyň belgisi
certificate-verify = Sertifikaty barlamak üçin kody skanirläň ýa-da şu salgyny açyň
certificate-criteria = Kursuň { $version } wersiýasynyň ähli sapaklary tamamlandy we ähli testlerinden geçildi.
# 23-nji noýabr 2026 ý. ýaly sene. Günüň goşulmasy sana bagly: 6, 9, 10, 16, 19, 26, 29, 30 üçin -njy, galanlary üçin -nji.
date = { $day ->
        [6] { $day }-njy
        [9] { $day }-njy
        [10] { $day }-njy
        [16] { $day }-njy
        [19] { $day }-njy
        [26] { $day }-njy
        [29] { $day }-njy
        [30] { $day }-njy
       *[other] { $day }-nji
    } { $month } { $year } ý.
month-1 = ýanwar
month-2 = fewral
month-3 = mart
month-4 = aprel
month-5 = maý
month-6 = iýun
month-7 = iýul
month-8 = awgust
month-9 = sentýabr
month-10 = oktýabr
month-11 = noýabr
month-12 = dekabr

## API ýalňyşlyklary: ýalňyşlyk jogabynyň `message` meýdançasy, soragyň soraýan dilinde
## (`Accept-Language`). Ters dyrnaklardaky sözler API-niň ýa-da kurs formatynyň atlary we üýtgedilmeýär.
## `$detail` — derňeýjiden gelýän iňlis dilindäki tehniki jikme-jiklik.

# Soragda atlandyrylan zat ýok.
error-not-found-api-route = beýle API salgysy ýok
error-not-found-course = kurs tapylmady
error-not-found-certificate = sertifikat tapylmady
error-not-found-account = hasap tapylmady
error-not-found-blob = faýl tapylmady
error-not-found-join-code = goşulma kody tapylmady
error-not-found-revocation-list = ýatyrylan sertifikatlaryň sanawy tapylmady
# Serweriň öz näsazlyklary: jikme-jiklikler diňe serweriň žurnalynda.
error-internal = içerki ýalňyşlyk; jikme-jiklikler serweriň žurnalynda
error-storage-full = serweriň diski doldy, şonuň üçin munuň hiç bir bölegi saklanmady; soňrak täzeden synanyşyň
error-range-not-satisfiable = soralan aralygy berip bolmaýar
# Ulgama girmek we seanslar.
error-unauthorized = ilki ulgama giriň: `Authorization: Bearer <token>` iberiň
error-session-invalid = beýle seans ýok; täzeden giriň
error-session-expired = bu seans uzak wagt ulanylmansoň, onuň möhleti geçdi; täzeden giriň
error-session-revoked = bu seans tamamlandy; täzeden giriň
error-wrong-credentials = login ýa-da açar sözi ýalňyş
error-too-many-attempts = { $seconds ->
   *[other] girmek üçin şowsuz synanyşyklar gaty köp; { $seconds } sekuntdan soň täzeden synanyşyň
}
error-forbidden = bu hasaba muny etmäge rugsat ýok
error-reset-code-invalid = bu login we dikeltme kody hereket edýän koda gabat gelmeýär; tälimçiňizden täze kod soraň
# Hasaplar we atlar. `$field` — aşakdaky error-field-… habarlarynyň biri.
error-login-name = login 3-den 64-e çenli kiçi latyn harplaryndan, sanlardan, nokatlardan, aşaky çyzyklardan ýa-da defislerden ybarat bolmaly
error-login-taken = `{ $login }` logini eýýäm alnan
error-password-length = açar sözi 8-den 1024-e çenli simwol bolmaly
error-organization-exists = `{ $name }` atly gurama eýýäm bar
error-field-display-name = görkezilýän at
error-field-join-code-label = goşulma kodunyň belligi
error-field-organization-name = guramanyň ady
error-name-length = { $field }: iň azyndan 1, iň köp { $max } simwol bolmaly
error-name-controls = { $field }: dolandyryjy simwollar we tekstiň ugruny üýtgedýän simwollar bolmaly däl
error-name-invisible = { $field }: görünmeýän simwollar bolmaly däl
error-name-not-visible = { $field }: iň azyndan bir görünýän harp, san ýa-da belgi bolmaly
error-name-accents = { $field }: bir harpda iň köp { $max } diakritik belgi bolup biler
# Goşulma kodlary we kurslara ýazylmak.
error-join-code-invalid = beýle goşulma kody ýok; ony tälimçiňiz bilen barlaň
error-join-code-expired = bu goşulma kodunyň möhleti geçdi; tälimçiňizden täzesini soraň
error-join-code-used-up = bu goşulma kody rugsat berlen gezek ulanyldy; tälimçiňizden täzesini soraň
error-join-code-ended = bu goşulma kodyny tälimçi ýatyrdy; tälimçiňizden täzesini soraň
error-course-archived = `{ $course }` kursy arhiwde
error-enrollment-closed = `{ $course }` kursuna tälimçiniň berýän goşulma kody bilen ýazylýarlar
error-no-such-course = `{ $course }` atly kurs ýok
error-invitation-once = çakylyk bir gezek ulanylýar: `max_uses` 1 bolmaly
error-expires-in-days = `expires_in_days` 1-den 365-e çenli bolmaly
error-max-uses = `max_uses` 1-den 10000-e çenli bolmaly
error-join-code-no-course = goşulma kody iň azyndan bir kursa ýazmaly
error-enroll-too-many = bir gezekde iň köp { $max } hasap
error-not-a-member = `{ $account }` bu guramanyň agzasy däl
# Soraglaryň mazmuny we sorag setirleri.
error-json-invalid = soragyň mazmuny dogry JSON däl: { $detail }
error-json-shape = soragyň mazmunyndaky JSON-yň gurluşy nädogry: { $detail }
error-json-content-type = mazmuny `Content-Type: application/json` bilen iberiň
error-body-unreadable = soragyň mazmunyny okap bolmady: { $detail }
error-body-too-large = soragyň mazmuny bu soragyň kabul edýäninden uly
error-query-invalid = sorag setiri nädogry: { $detail }
error-encoding-unreadable = okap bolmaýan Content-Encoding
error-encoding-unsupported = Content-Encoding `{ $encoding }` kabul edilmeýär: gzip ýa-da adaty JSON iberiň
error-compressed-too-large = gysylan mazmun { $limit } baýtdan uly
error-gzip-invalid = soragyň mazmuny dogry gzip däl: { $detail }
error-decompressed-too-large = açylandan soň mazmun { $limit } baýtdan uly bolýar; bir gezekde azrak waka iberiň
error-sync-too-many-events = bir sinhronlamada iň köp { $max } waka; galanyny indiki gezek iberiň
# Tälimçilere berilýän soraglar we olaryň jogaplary (sinhronlamada kabul edilmedik sorag ýa-da jogap).
error-message-empty = soragda ýa-da jogapda tekst bolmaly
error-message-too-long = sorag ýa-da jogap iň köp { $max } simwol bolmaly
error-message-control-characters = sorag ýa-da jogap adaty tekst bolmaly: dolandyryjy simwollarsyz
error-question-not-found = bu sorag ýok ýa-da oňa ýazmaga size rugsat ýok
error-question-event-taken = bu wakanyň id-si eýýäm başga adamyň habary üçin ulanylýar
error-question-daily-limit = günde iň köp { $max } sorag; bu soragy ertir iberiň
error-question-no-organization = sorag berip boljak gurama ýok: tälimçiniň berýän kody bilen bir gurama goşulyň
error-question-not-staff = soraga diňe şol soragyň guramasynyň tälimçileri we administratorlary jogap berýär
error-question-already-answered = tälimçiniň jogap beren soragyny pozup bolmaýar
error-question-unknown-course = `{ $course }` kursunyň beýle wersiýasy ýok
error-question-unknown-lesson = kursda `{ $lesson }` atly sapak ýok
error-question-not-enrolled = `{ $course }` kursy boýunça soraglary onuň diňleýjileri berýär: tälimçiden goşulma kodyny soraň
# Hasabatlar.
error-date-format = seneler ÝÝÝÝ-AA-GG görnüşinde ýazylýar; { $text } sene däl
error-period-reversed = döwür başlanmazdan öň gutarýar
error-learners-need-organization = diňleýjiler tablisasy bir gurama degişli: `organization=ID` goşuň
error-unknown-table = näbelli tablisa { $table } (tablisalar: organizations, courses, months, learners)
# Sertifikatlar we faýllar.
error-certificate-too-long = sertifikat birnäçe kilobaýt bolýar; bu gaty uzyn
error-revocation-reason = 1-den 500-e çenli simwolly sebäp görkeziň
error-blob-name = faýlyň ady SHA-256 bolmaly: 64 sany kiçi on altylyk san
# Kurs ýazmak. `$problems` — garalamanyň kemçilikleriniň sanawy, her biri problem-at-line ýa-da problem-in-file görnüşinde.
error-course-slug = kursuň gysga ady kiçi latyn harplaryndan, sanlardan we defislerden ybarat bolmaly, iň köp 64 simwol
error-course-exists = `{ $course }` atly kurs eýýäm bar; başga at saýlaň
error-draft-wrong-course = bu garalama `{ $course }` üçin däl, `{ $draft }` üçin
error-draft-conflict = siziň üýtgeden wersiýaňyzdan soň kimdir biri bu garalamany saklady; ilki onuň wersiýasyny ýükläň
error-draft-problems = neşir etmezden öň şu kemçilikleri düzediň: { $problems }
# Ýüklenen suratlar. `$limit` — "4 KB" ýa-da "2.5 MB" ýaly ölçeg.
error-image-too-large = Faýl { $limit } çäginden uly. Kiçiräk surat ýükläň.
error-not-an-image = Bu faýl surat däl. JPEG, PNG, GIF ýa-da WebP surat ýükläň.
error-image-format = { $format } suratlary kabul edilmeýär. JPEG, PNG, GIF ýa-da WebP surat ýükläň.
error-image-too-many-pixels = Surat { $width } × { $height } piksel; iň köp { $megapixels } megapiksel kabul edilýär. Kiçiräk surat ýükläň.
error-image-unreadable = Suraty okap bolmady: faýl zaýalanan ýa-da doly däl bolmagy mümkin ({ $detail }).
error-image-alt-text-missing = Görüp bilmeýän diňleýjiler üçin suraty gysga tekst bilen beýan ediň.

## Kursuň kemçilikleri: `dala course check` kurs bukjasy üçin näme çykarýar we redaktor garalamanyň
## ýanynda näme görkezýär. Ters dyrnaklardaky sözler faýl atlary, kurs formatynyň açarlary we bahalary, olar üýtgedilmeýär.

# Bir kemçilik we onuň ýeri: `$file` 03-media.md ýaly, `$line` setiriň belgisi, `$problem` kemçiligiň özi.
problem-at-line = { $file }:{ $line }: { $problem }
problem-in-file = { $file }: { $problem }
# Kurs bukjasy we onuň faýllary.
problem-unreadable = okap bolmaýar: { $detail }
problem-folder-name = kurs bukjasynyň ady kiçi latyn harplaryndan, sanlardan we defislerden ybarat bolmaly
problem-quiz-file-name = test faýlynyň ady `03-quiz-id.quiz.toml` görnüşinde bolmaly
problem-lesson-file-name = sapak faýlynyň ady `01-lesson-id.md` görnüşinde bolmaly
problem-unexpected-file = garaşylmadyk faýl: kurs bukjasynda course.toml, `NN-id.md` atly sapaklar, `NN-id.quiz.toml` atly testler we suratlar (png, jpg, gif, webp, svg) bolýar
problem-metadata-missing = ýok: her kursa onuň beýan faýly gerek
problem-number-twice = sapagyň belgisi iki gezek ulanyldy ({ $files }): tertibi anyk däl
problem-duplicate-id = gaýtalanýan id `{ $id }` (şeýle hem { $file } faýlynda)
problem-no-lessons = sapak ýok: `01-introduction.md` ýaly atly Markdown faýllaryny goşuň
problem-too-many-items = { $count } sapak we test: kursda iň köp { $max } bolup biler
problem-too-many-images = { $count } surat: kursda iň köp { $max } bolup biler
problem-not-utf8 = dogry UTF-8 däl: faýly UTF-8 kodlamasynda saklaň
# Beýan faýly, course.toml. `$key` — onuň `title` ýaly açary.
problem-toml-invalid = dogry TOML däl: { $detail }
problem-key-empty = `{ $key }` boş bolmaly däl
problem-key-not-string = `{ $key }` setir bolmaly
problem-key-not-list = `{ $key }` setirleriň sanawy bolmaly
problem-key-too-long = `{ $key }` { $max } simwoldan uzyn
problem-key-too-many = `{ $key }` içinde { $max } ýazgydan köp bar
problem-key-entry-too-long = `{ $key }` içindäki ýazgylaryň biri { $max } simwoldan uzyn
problem-language-tag = `{ $tag }` `en`, `ru` ýa-da `kk` ýaly dil belligi däl
problem-authors-empty = `authors` iň azyndan bir awtory görkezmeli
problem-open-not-boolean = `open` true ýa-da false bolmaly
problem-not-a-slug = `{ $slug }` kursuň gysga ady däl
problem-unknown-key = beýan faýlynyň näbelli açary `{ $key }` (belli açarlar: { $known })
problem-required-key = hökmany `{ $key }` açary ýok
problem-translation-missing = `{ $course }` terjimesi bu bukjadaky kurs däl
problem-translation-unknown = `{ $course }` terjimesi bu serwerdäki başga kurs däl
problem-translation-other-organization = `{ $course }` terjimesi başga gurama degişli
problem-key-not-table = `{ $key }` tablisa bolmaly, meselem `[{ $key }]`
problem-key-not-slug = `{ $key }` kursuň gysga ady bolmaly
problem-translation-status = `translation.status` "draft" ýa-da "reviewed" bolmaly
problem-translation-hash = `{ $lesson }` üçin `translation.lessons` SHA-256 bolmaly: 64 sany on altylyk san, kiçi harplar bilen
problem-translation-lesson-unknown = `translation.lessons` içinde `{ $lesson }` görkezilen, emma bu kursda beýle sapak ýok
problem-translation-source-itself = `translation.source` şu kursuň özüni görkezýär
problem-translation-source-missing = terjimäniň çeşme kursy `{ $course }` bu bukjada ýok
problem-translation-source-unknown = terjimäniň çeşme kursy `{ $course }` bu serwerde ýok
# Sapaklar.
problem-lesson-too-large = sapak iň köp { $max } KB tekst bolup biler; bu sapak { $size } KB
problem-second-title = diňe birinji setir birinji derejeli sözbaşy (`# `) bolup biler
problem-no-title = sapak öz ady bilen, birinji derejeli sözbaşy bilen başlanmaly (`# Sözbaşy`)
problem-title-too-long = sözbaşy { $max } simwoldan uzyn
problem-too-deep = bu sapakda elementler biri-biriniň içinde { $max } derejeden çuň ýerleşdirilen (sitatalar, sanawlar ýa-da HTML tegleri); ony ýönekeýleşdiriň
problem-too-many-elements = bu sapakda { $max } elementden köp bar (abzaslar, sanaw bölekleri, tegler); ony birnäçe sapaga bölüň
# Kursuň suratlary.
problem-image-external = `{ $image }` suraty kurs bukjasyndaky faýl bolmaly: diňleýjiler oflaýn okaýarlar
problem-image-not-found = `{ $image }` suraty kurs bukjasynda tapylmady
problem-image-alt = `{ $image }` suratyna alternatiw tekst gerek: `![suratda näme bar]({ $image })`
problem-image-name = suratyň ady kiçi latyn harplaryndan, sanlardan we defislerden ybarat bolmaly we surat giňeltmesi bilen gutarmaly
problem-image-missing = bu surat serwerde ýok: ony täzeden ýükläň
# Testler. `$kind` — single_choice ýaly soragyň görnüşi.
problem-quiz-invalid = dogry test däl: { $detail }
problem-quiz-too-many-questions = testde iň köp { $max } sorag bolup biler
problem-pass-mark = `pass_mark` 1-den 100-e çenli göterim bolmaly
problem-max-attempts = `max_attempts` iň azyndan 1 bolmaly (çäksiz bolsun diýseňiz, ony aýryň)
problem-no-questions = testde iň azyndan bir `[[questions]]` bolmaly
# Bir soragyň kemçiligi: `$number` soragyň belgisi, `$problem` aşakdaky habarlaryň biri.
problem-question = { $number } belgili sorag: { $problem }
problem-options = `options` gerek: iň azyndan iki wariant, hiç biri boş bolmaly däl
problem-option-number = wariantlaryň belgisi 1 bilen { $count } aralygynda bolmaly; { $number } bu aralykda däl
problem-key-not-for-kind = `{ $key }` { $kind } görnüşli soraga degişli däl
problem-answer-single = `answer` gerek: dogry wariantyň belgisi
problem-answers-multiple = `answers` gerek: ähli dogry wariantlaryň belgileri
problem-answers-twice = `answers` bir wariandy iki gezek görkezýär
problem-answer-true-false = `answer = true` ýa-da `answer = false` gerek
problem-accepted = `accepted` gerek: kabul edilýän jogaplar, hiç biri boş bolmaly däl
problem-unknown-kind = näbelli görnüş `{ $kind }` (görnüşler: { $kinds })
problem-question-too-long = gaty uzyn: `prompt` we `explanation` içinde iň köp { $prompt } simwol, her biri { $option } simwolly { $options } `options`, her biri { $answer } simwolly { $accepted } `accepted` jogap bolup biler

# Buýruk setirinde `dala course check`. `$course` — kursuň gysga ady, `$lesson` — sapagyň identifikatory.
check-source-changed = { $course }: `{ $lesson }` sapagy: terjime edilenden soň çeşme üýtgedi
check-not-tracked = { $course }: `{ $lesson }` sapagy: yzarlanmaýar (`[translation.lessons]` içinde heşi ýok)
check-not-translated = { $course }: çeşme kursuň `{ $lesson }` sapagy terjime edilmedik
check-gone-from-source = { $course }: `{ $lesson }` sapagy: çeşme kursda bu sapak indi ýok
check-source-missing = { $course }: `{ $source }` çeşme kursy tapylmady
check-warning = duýduryş: { $warning }
check-clean = { $courses ->
    [one] { $courses } kurs barlandy: kemçilik ýok
   *[other] { $courses } kurs barlandy: kemçilik ýok
}
check-clean-with-warnings = { $courses ->
    [one] { $courses } kurs barlandy: kemçilik ýok
   *[other] { $courses } kurs barlandy: kemçilik ýok
}, { $warnings ->
    [one] { $warnings } duýduryş
   *[other] { $warnings } duýduryş
}
check-problems = { $problems ->
    [one] { $problems } kemçilik
   *[other] { $problems } kemçilik
}

# Baglanyşyk ýok wagty geçirilýän faýllar: enjam açarlary we kabul edilmedik netijeler faýllary.
error-device-key-invalid = enjam açary 64 sany on altylyk san bilen ýazylan 32 baýtdyr, gol çekiş açary bolsa dogry Ed25519 açary bolmaly
error-device-key-taken = bu enjam açary başga bir hasap üçin bellige alnan ýa-da ýatyrylan: täzesini döretmek üçin täzeden giriň
error-file-not-this-kind = bu Dala netijeler faýly däl
error-file-truncated = faýl ahyryna ýetmänkä kesilipdir: ony täzeden göçüriň ýa-da iberiň
error-file-too-large = faýl netijeler faýlynyň bolup biljek ululygyndan uly
error-file-other-installation = faýl başga Dala serweri üçin döredilipdir ýa-da döredilenden soň üýtgedilipdir
error-file-altered = faýl döredilenden soň üýtgedilipdir
error-file-malformed = faýlyň içi zaýalanypdyr
error-file-unknown-device = bu faýly döreden enjam bu ýerde bellige alynmandyr: diňleýji baglanyşyk bar wagty şol enjamda bir gezek girmeli
error-file-other-account = faýlda oňa gol çekilen enjamyň hasaby däl-de, başga hasap görkezilipdir
error-file-device-ended = bu faýly döreden enjam ýatyrylypdyr (onuň hasabynyň seanslary tamamlandy): diňleýji täzeden girýär we täze faýl döredýär
