### status: draft
### Dala server: Tajik (tg). Drafted without a native speaker; awaiting review.

# Калимаҳое, ки худи сервер барои одамон чоп мекунад: PDF-и сертификат ва меъёрҳои тасдиқнома.
certificate-heading = Сертификати анҷоми курс
certificate-awarded-to = Ин тасдиқ мекунад, ки
certificate-completed = курси зеринро анҷом додааст
certificate-date = Санаи анҷом
certificate-issuer = Аз ҷониби
certificate-id = Рақами сертификат
certificate-verify = Барои санҷидани сертификат кодро скан кунед ё ин суроғаро кушоед
certificate-criteria = Ҳамаи дарсҳои версияи { $version }-и курс анҷом дода шуда, ҳамаи тестҳои он супорида шудаанд.
# Сана, масалан «23 ноябри соли 2026».
date = { $day } { $month } соли { $year }
month-1 = январи
month-2 = феврали
month-3 = марти
month-4 = апрели
month-5 = майи
month-6 = июни
month-7 = июли
month-8 = августи
month-9 = сентябри
month-10 = октябри
month-11 = ноябри
month-12 = декабри

## Хатогиҳои API: `message`-и ҷавоби хатогӣ (`{ "code", "message" }`), бо забоне, ки дархост
## мехоҳад (`Accept-Language`). Калимаҳои дохили нохунаки баръакс номҳои API ё формати курс
## ҳастанд ва тарҷума намешаванд. `$detail` маълумоти техникӣ аз таҳлилгар аст, бо забони англисӣ.

# Он чи дархост номбар кард, вуҷуд надорад.
error-not-found-api-route = чунин суроғаи API нест
error-not-found-course = курс ёфт нашуд
error-not-found-certificate = сертификат ёфт нашуд
error-not-found-account = ҳисоб ёфт нашуд
error-not-found-blob = файл ёфт нашуд
error-not-found-join-code = коди ҳамроҳшавӣ ёфт нашуд
error-not-found-revocation-list = рӯйхати сертификатҳои бекоршуда ёфт нашуд
# Нуқсонҳои худи сервер: тафсилот танҳо дар журнали сервер аст.
error-internal = хатогии дохилӣ; тафсилот дар журнали сервер аст
error-storage-full = диски сервер пур аст, бинобар ин ҳеҷ чизи ин нигоҳ дошта нашуд; баъдтар боз кӯшиш кунед
error-range-not-satisfiable = диапазони дархостшударо додан ғайриимкон аст
# Ворид шудан ва сеансҳо.
error-unauthorized = аввал ворид шавед: `Authorization: Bearer <token>` фиристед
error-session-invalid = чунин сеанс вуҷуд надорад; боз ворид шавед
error-session-expired = ин сеанс ба охир расид, зеро муддати дароз истифода нашуд; боз ворид шавед
error-session-revoked = ин сеанс қатъ карда шуд; боз ворид шавед
error-wrong-credentials = номи корбар ё парол нодуруст аст
error-too-many-attempts = { $seconds ->
    [one] кӯшишҳои ноком барои ворид шудан аз ҳад зиёданд; пас аз { $seconds } сония боз кӯшиш кунед
   *[other] кӯшишҳои ноком барои ворид шудан аз ҳад зиёданд; пас аз { $seconds } сония боз кӯшиш кунед
}
error-forbidden = ба ин ҳисоб ин кор иҷозат дода нашудааст
error-reset-code-invalid = ин номи корбар ва коди барқароркунӣ ба ягон коди амалкунанда мувофиқ намеоянд; аз тренери худ коди нав пурсед
# Ҳисобҳо ва номҳо. `$field` яке аз паёмҳои error-field-… дар поён аст.
error-login-name = номи корбар аз 3 то 64 аломат аст: ҳарфҳои хурди лотинӣ, рақамҳо, нуқта, зерхат ё тире
error-login-taken = номи корбари `{ $login }` аллакай банд аст
error-password-length = парол аз 8 то 1024 аломат аст
error-organization-exists = ташкилот бо номи `{ $name }` аллакай ҳаст
error-field-display-name = номи намоён
error-field-join-code-label = нишонаи коди ҳамроҳшавӣ
error-field-organization-name = номи ташкилот
error-name-length = { $field }: бояд аз 1 то { $max } аломат бошад
error-name-controls = { $field }: набояд аломатҳои идоракунӣ ё аломатҳои самти матнро дошта бошад
error-name-invisible = { $field }: набояд аломатҳои ноаён дошта бошад
error-name-not-visible = { $field }: бояд ақаллан як ҳарф, рақам ё аломати намоён дошта бошад
error-name-accents = { $field }: дар як ҳарф на бештар аз { $max } аломати диакритикӣ мумкин аст
# Кодҳои ҳамроҳшавӣ ва номнависӣ ба курс.
error-join-code-invalid = чунин коди ҳамроҳшавӣ нест; онро бо тренери худ санҷед
error-join-code-expired = мӯҳлати ин коди ҳамроҳшавӣ гузаштааст; аз тренери худ коди нав пурсед
error-join-code-used-up = ин коди ҳамроҳшавӣ чанд маротибае, ки иҷозат буд, истифода шудааст; аз тренери худ коди нав пурсед
error-join-code-ended = ин коди ҳамроҳшавиро тренер қатъ кардааст; аз тренери худ коди нав пурсед
error-course-archived = курси `{ $course }` дар бойгонӣ аст
error-enrollment-closed = ба курси `{ $course }` бо коди ҳамроҳшавӣ аз тренер номнавис мешаванд
error-no-such-course = курси `{ $course }` вуҷуд надорад
error-invitation-once = даъватнома як бор истифода мешавад: `max_uses` бояд 1 бошад
error-expires-in-days = `expires_in_days` аз 1 то 365 аст
error-max-uses = `max_uses` аз 1 то 10000 аст
error-join-code-no-course = коди ҳамроҳшавӣ бояд ақаллан ба як курс номнавис кунад
error-enroll-too-many = дар як бор на бештар аз { $max } ҳисоб
error-not-a-member = `{ $account }` аъзои ин ташкилот нест
# Бадани дархост ва сатри дархост.
error-json-invalid = бадани дархост JSON-и дуруст нест: { $detail }
error-json-shape = сохтори JSON дар бадани дархост нодуруст аст: { $detail }
error-json-content-type = баданро бо `Content-Type: application/json` фиристед
error-body-unreadable = бадани дархостро хондан нашуд: { $detail }
error-body-too-large = бадани дархост аз он чи ин дархост қабул мекунад, калонтар аст
error-query-invalid = сатри дархост нодуруст аст: { $detail }
error-encoding-unreadable = Content-Encoding хонда намешавад
error-encoding-unsupported = Content-Encoding-и `{ $encoding }`-и бадан қабул намешавад: gzip ё JSON-и оддӣ фиристед
error-compressed-too-large = бадани фишурдаи дархост аз { $limit } байт зиёд аст
error-gzip-invalid = бадани дархост gzip-и дуруст нест: { $detail }
error-decompressed-too-large = пас аз кушодан бадани дархост аз { $limit } байт зиёд мешавад; дар як бор ҳодисаҳои камтар фиристед
error-sync-too-many-events = дар як ҳамоҳангсозӣ на бештар аз { $max } ҳодиса; боқимондаро дафъаи дигар фиристед
# Саволҳо ба тренерҳо ва ҷавобҳо ба онҳо (савол ё ҷавобе, ки ҳангоми ҳамоҳангсозӣ қабул нашуд).
error-message-empty = савол ё ҷавоб бояд матн дошта бошад
error-message-too-long = савол ё ҷавоб на бештар аз { $max } аломат аст
error-message-control-characters = савол ё ҷавоб матни оддӣ аст: бе аломатҳои идоракунӣ
error-question-not-found = ин савол нест, ё шумо дар он навишта наметавонед
error-question-event-taken = бо ин идентификатори ҳодиса аллакай паёми шахси дигар сабт шудааст
error-question-daily-limit = дар як рӯз на бештар аз { $max } савол; ин саволро фардо фиристед
error-question-no-organization = ташкилоте нест, ки ба он савол диҳед: бо коди тренер ба ташкилот ҳамроҳ шавед
error-question-not-staff = ба савол танҳо тренерҳо ва администраторҳои ташкилоти ҳамон савол ҷавоб медиҳанд
error-question-already-answered = саволеро, ки тренер ба он ҷавоб додааст, нест кардан мумкин нест
error-question-unknown-course = чунин версияи курси `{ $course }` нест
error-question-unknown-lesson = дар курс дарси `{ $lesson }` нест
error-question-not-enrolled = саволҳоро оид ба курси `{ $course }` омӯзандагони он медиҳанд: аз тренер коди ҳамроҳшавӣ пурсед
# Ҳисоботҳо.
error-date-format = санаҳо ба шакли СССС-ММ-РР навишта мешаванд; { $text } чунин нест
error-period-reversed = давра пеш аз оғозаш ба охир мерасад
error-learners-need-organization = ҷадвали омӯзандагон ба як ташкилот тааллуқ дорад: `organization=ID` илова кунед
error-unknown-table = ҷадвали номаълум { $table } (ҷадвалҳо: organizations, courses, months, learners)
# Сертификатҳо ва файлҳо.
error-certificate-too-long = сертификат чанд килобайт аст; ин хеле дароз аст
error-revocation-reason = сабабро аз 1 то 500 аломат нависед
error-blob-name = номи файл SHA-256 аст: 64 рақами хурди шонздаҳӣ
# Сохтани курсҳо. `$problems` рӯйхати мушкилоти сиёҳнавис аст, ҳар кадом ҳамчун problem-at-line ё problem-in-file.
error-course-slug = номи кӯтоҳи курс бояд аз ҳарфҳои хурди лотинӣ, рақамҳо ва тире иборат бошад, на бештар аз 64 аломат
error-course-exists = курс бо номи `{ $course }` аллакай ҳаст; номи дигар интихоб кунед
error-draft-wrong-course = ин сиёҳнавис барои `{ $draft }` аст, на барои `{ $course }`
error-draft-conflict = касе ин сиёҳнависро пас аз версияе, ки шумо таҳрир кардед, нигоҳ дошт; аввал версияи ӯро бор кунед
error-draft-problems = пеш аз нашр ин мушкилотро ислоҳ кунед: { $problems }
# Расмҳои боршуда. `$limit` андоза аст, масалан «4 KB» ё «2.5 MB».
error-image-too-large = Файл аз { $limit } калонтар аст. Лутфан расми хурдтар бор кунед.
error-not-an-image = Ин файл расм нест. Лутфан расми JPEG, PNG, GIF ё WebP бор кунед.
error-image-format = Расмҳои { $format } қабул намешаванд. Лутфан расми JPEG, PNG, GIF ё WebP бор кунед.
error-image-too-many-pixels = Андозаи расм { $width } × { $height } пиксел аст; на бештар аз { $megapixels } мегапиксел қабул мешавад. Лутфан расми хурдтар бор кунед.
error-image-unreadable = Расмро хондан нашуд: шояд файл вайрон ё нопурра бошад ({ $detail }).
error-image-alt-text-missing = Лутфан расмро барои омӯзандагоне, ки онро дида наметавонанд, бо матни кӯтоҳ тасвир кунед.

## Мушкилоти курс: он чи `dala course check` барои папкаи курс чоп мекунад ва муҳаррир дар паҳлӯи
## сиёҳнавис нишон медиҳад. Калимаҳои дохили нохунаки баръакс номи файлҳо, калидҳо ва қиматҳои
## формати курс ҳастанд ва тарҷума намешаванд.

# Як мушкил ва ҷои он: `$file` масалан 03-media.md, `$line` рақам, `$problem` худи мушкил.
problem-at-line = { $file }:{ $line }: { $problem }
problem-in-file = { $file }: { $problem }
# Папкаи курс ва файлҳои он.
problem-unreadable = хонда намешавад: { $detail }
problem-folder-name = номи папкаи курс бояд аз ҳарфҳои хурди лотинӣ, рақамҳо ва тире иборат бошад
problem-quiz-file-name = номи файли тест бояд монанди `03-quiz-id.quiz.toml` бошад
problem-lesson-file-name = номи файли дарс бояд монанди `01-lesson-id.md` бошад
problem-unexpected-file = файли ғайричашмдошт: дар папкаи курс course.toml, дарсҳо бо номҳои `NN-id.md`, тестҳо бо номҳои `NN-id.quiz.toml` ва расмҳо (png, jpg, gif, webp, svg) ҷой доранд
problem-metadata-missing = нест: ҳар курс файли метамаълумоти худро лозим дорад
problem-number-twice = рақами дарс ду бор истифода шудааст ({ $files }): тартиб номуайян аст
problem-duplicate-id = идентификатори такрорӣ `{ $id }` (инчунин дар { $file })
problem-no-lessons = дарс нест: файлҳои Markdown-ро бо номҳое монанди `01-introduction.md` илова кунед
problem-too-many-items = { $count } дарс ва тест: курс на бештар аз { $max } дошта метавонад
problem-too-many-images = { $count } расм: курс на бештар аз { $max } дошта метавонад
problem-not-utf8 = UTF-8-и дуруст нест: файлро бо рамзгузории UTF-8 нигоҳ доред
# Файли метамаълумот, course.toml. `$key` калиди он аст, масалан `title`.
problem-toml-invalid = TOML-и дуруст нест: { $detail }
problem-key-empty = `{ $key }` набояд холӣ бошад
problem-key-not-string = `{ $key }` бояд сатр бошад
problem-key-not-list = `{ $key }` бояд рӯйхати сатрҳо бошад
problem-key-too-long = `{ $key }` аз { $max } аломат дарозтар аст
problem-key-too-many = `{ $key }` беш аз { $max } сабт дорад
problem-key-entry-too-long = яке аз сабтҳои `{ $key }` аз { $max } аломат дарозтар аст
problem-language-tag = `{ $tag }` теги забон монанди `en`, `ru` ё `kk` нест
problem-authors-empty = дар `authors` бояд ақаллан як муаллиф номбар шавад
problem-open-not-boolean = `open` бояд true ё false бошад
problem-not-a-slug = `{ $slug }` номи кӯтоҳи курс нест
problem-unknown-key = калиди номаълуми метамаълумот `{ $key }` (калидҳои маълум: { $known })
problem-required-key = калиди ҳатмии `{ $key }` нест
problem-translation-missing = тарҷумаи `{ $course }` курси ин папка нест
problem-translation-unknown = тарҷумаи `{ $course }` курси дигари ин сервер нест
problem-translation-other-organization = тарҷумаи `{ $course }` ба ташкилоти дигар тааллуқ дорад
problem-key-not-table = `{ $key }` бояд ҷадвал бошад, масалан `[{ $key }]`
problem-key-not-slug = `{ $key }` бояд номи кӯтоҳи курс бошад
problem-translation-status = `translation.status` бояд "draft" ё "reviewed" бошад
problem-translation-hash = `translation.lessons` барои `{ $lesson }` бояд SHA-256 бошад: 64 рақами шонздаҳӣ, бо ҳарфҳои хурд
problem-translation-lesson-unknown = `translation.lessons` дарси `{ $lesson }`-ро номбар мекунад, аммо дар ин курс чунин дарс нест
problem-translation-source-itself = `translation.source` худи ҳамин курсро нишон медиҳад
problem-translation-source-missing = курси аслии тарҷума `{ $course }` дар ин папка нест
problem-translation-source-unknown = курси аслии тарҷума `{ $course }` дар ин сервер нест
# Дарсҳо.
problem-lesson-too-large = матни дарс на бештар аз { $max } КБ аст; дар ин дарс { $size } КБ
problem-second-title = танҳо сатри якум метавонад сарлавҳаи сатҳи 1 (`# `) бошад
problem-no-title = дарс бояд бо унвонаш ҳамчун сарлавҳаи сатҳи 1 оғоз шавад (`# Унвон`)
problem-title-too-long = унвон аз { $max } аломат дарозтар аст
problem-too-deep = дар ин дарс унсурҳо беш аз { $max } сатҳ дар дохили ҳамдигар ҷойгиранд (иқтибосҳо, рӯйхатҳо ё тегҳои HTML); онро соддатар кунед
problem-too-many-elements = ин дарс беш аз { $max } унсур дорад (сархатҳо, бандҳои рӯйхат, тегҳо); онро ба якчанд дарс тақсим кунед
# Расмҳои курс.
problem-image-external = расми `{ $image }` бояд файле дар папкаи курс бошад: омӯзандагон офлайн мехонанд
problem-image-not-found = расми `{ $image }` дар папкаи курс ёфт нашуд
problem-image-alt = расми `{ $image }` матни ивазкунанда лозим дорад: `![дар расм чӣ ҳаст]({ $image })`
problem-image-name = номи расм бояд аз ҳарфҳои хурди лотинӣ, рақамҳо ва тире иборат бошад ва бо пасванди расм тамом шавад
problem-image-missing = ин расм дар сервер нест: онро дубора бор кунед
# Тестҳо. `$kind` навъи савол аст, масалан single_choice.
problem-quiz-invalid = тести дуруст нест: { $detail }
problem-quiz-too-many-questions = тест на бештар аз { $max } савол дошта метавонад
problem-pass-mark = `pass_mark` фоиз аз 1 то 100 аст
problem-max-attempts = `max_attempts` бояд ақаллан 1 бошад (барои бемаҳдуд онро нанависед)
problem-no-questions = тест ақаллан як `[[questions]]` лозим дорад
# Мушкили як савол: `$number` рақами савол, `$problem` яке аз паёмҳои поён.
problem-question = саволи { $number }: { $problem }
problem-options = `options` лозим аст: ақаллан ду, ҳеҷ кадомаш холӣ не
problem-option-number = рақамҳои вариантҳо аз 1 то { $count } мебошанд; { $number } аз онҳо нест
problem-key-not-for-kind = `{ $key }` ба саволи навъи { $kind } тааллуқ надорад
problem-answer-single = `answer` лозим аст: рақами варианти дуруст
problem-answers-multiple = `answers` лозим аст: рақамҳои ҳамаи вариантҳои дуруст
problem-answers-twice = `answers` як вариантро ду бор номбар мекунад
problem-answer-true-false = `answer = true` ё `answer = false` лозим аст
problem-accepted = `accepted` лозим аст: ҷавобҳое, ки қабул мешаванд, ҳеҷ кадомаш холӣ не
problem-unknown-kind = навъи номаълуми `{ $kind }` (навъҳо: { $kinds })
problem-question-too-long = хеле дароз: дар `prompt` ва `explanation` на бештар аз { $prompt } аломат, на бештар аз { $options } `options` ҳар кадом то { $option } аломат, на бештар аз { $accepted } ҷавоби `accepted` ҳар кадом то { $answer } аломат

# `dala course check` дар сатри фармон. `$course` — номи кӯтоҳи курс, `$lesson` — шиносаи дарс.
check-source-changed = { $course }: дарси `{ $lesson }`: дарси аслӣ баъд аз тарҷума тағйир ёфт
check-not-tracked = { $course }: дарси `{ $lesson }`: пайгирӣ намешавад (дар `[translation.lessons]` хеш нест)
check-not-translated = { $course }: дарси `{ $lesson }`-и курси аслӣ тарҷума нашудааст
check-gone-from-source = { $course }: дарси `{ $lesson }`: дар курси аслӣ дигар ин дарс нест
check-source-missing = { $course }: курси аслии `{ $source }` ёфт нашуд
check-warning = огоҳӣ: { $warning }
check-clean = { $courses ->
    [one] { $courses } курс санҷида шуд: мушкилот нест
   *[other] { $courses } курс санҷида шуд: мушкилот нест
}
check-clean-with-warnings = { $courses ->
    [one] { $courses } курс санҷида шуд: мушкилот нест
   *[other] { $courses } курс санҷида шуд: мушкилот нест
}, { $warnings ->
    [one] { $warnings } огоҳӣ
   *[other] { $warnings } огоҳӣ
}
check-problems = { $problems ->
    [one] { $problems } мушкил
   *[other] { $problems } мушкил
}

# Файлҳое, ки ҳангоми набудани шабака интиқол дода мешаванд: калидҳои дастгоҳ ва файлҳои пешрафти радшуда.
error-device-key-invalid = калиди дастгоҳ 32 байт аст, ки бо 64 рақами шонздаҳӣ навишта мешавад, ва калиди имзо бояд калиди дурусти Ed25519 бошад
error-device-key-taken = ин калиди дастгоҳ ба ҳисоби дигар сабт шудааст ё бекор карда шудааст: барои сохтани калиди нав боз ворид шавед
error-file-not-this-kind = ин файли пешрафти Dala нест
error-file-truncated = файл пеш аз охираш бурида шудааст: онро боз нусхабардорӣ кунед ё фиристед
error-file-too-large = файл аз андозае, ки файли пешрафт дошта метавонад, калонтар аст
error-file-other-installation = файл барои сервери дигари Dala сохта шудааст ё пас аз сохтан тағйир дода шудааст
error-file-altered = файл пас аз сохтан тағйир дода шудааст
error-file-malformed = дохили файл вайрон шудааст
error-file-unknown-device = дастгоҳе, ки ин файлро сохтааст, дар ин ҷо сабт нашудааст: омӯзанда бояд як бор, вақте ки интернет ҳаст, дар он ворид шавад
error-file-other-account = дар файл ҳисоби дигар номбар шудааст, на ҳисоби дастгоҳе, ки файл дар он имзо шудааст
error-file-device-ended = дастгоҳе, ки ин файлро сохтааст, бекор карда шудааст (сеансҳои ҳисоби он қатъ карда шудаанд): омӯзанда боз ворид мешавад ва файли нав месозад
