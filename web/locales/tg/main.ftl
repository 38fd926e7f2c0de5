### status: draft
### Dala web client: Tajik (tg). Drafted without a native speaker; awaiting review.

skip-to-content = Гузариш ба мундариҷа
language-label = Забон
language-needs-connection = Забони «{ $language }» ҳоло дар ин дастгоҳ нест. Барои гузаштан ба он як бор ба интернет пайваст шавед.
status-online = Онлайн
status-offline = Офлайн
loading = Бор шуда истодааст…

catalog-title = Курсҳо
catalog-also-in = Бо забонҳои дигар низ:
catalog-filter-language = Забони курсҳо
catalog-filter-all = Ҳамаи забонҳо
list-separator = {", "}
catalog-offline = Шумо офлайн ҳастед. Инҳо курсҳое мебошанд, ки ба ин дастгоҳ боргирӣ шудаанд.
catalog-empty = Ҳоло ягон курс нашр нашудааст.
catalog-empty-offline = Ба ин дастгоҳ ҳоло ягон курс боргирӣ нашудааст. Барои боргирӣ ба интернет пайваст шавед.
lesson-count = { $count ->
    [one] { $count } дарс
   *[other] { $count } дарс
}
badge-downloaded = Бе интернет дастрас

back-to-catalog = Ҳамаи курсҳо
course-title-loading = Курс
course-version = Версияи { $version }
course-translations = Бо забони дигар низ ҳаст:
course-progress = { $done } аз { $total } дарс анҷом ёфт
offline-heading = Омӯзиш бе интернет
download-button = Боргирӣ барои офлайн ({ $size })
download-progress = Боргирӣ: { $done } тайёр, { $left } боқӣ
download-partial = Боргирӣ қатъ шуд.
download-resume = Идомаи боргирӣ
download-complete = Боргирӣ шуд: шумо метавонед ин курсро бе интернет омӯзед.
update-available = Навсозӣ дастрас аст: { $size }
download-update = Боргирии версияи нав
download-remove = Нест кардан аз дастгоҳ
storage-used = Дар ин дастгоҳ { $size } ҷой мегирад.
lessons-heading = Дарсҳо
lesson-status-complete = Анҷом ёфт
lesson-status-opened = Оғоз шуд

lesson-title-loading = Дарс
lesson-mark-complete = Ҳамчун анҷомёфта қайд кардан
lesson-completed = Анҷом ёфт ✓
lesson-nav-label = Дарсҳо
lesson-previous = ← Қаблӣ
lesson-next = Навбатӣ →

not-found-title = Саҳифа ёфт нашуд
elsewhere-title = Ин саҳифа ҳоло дар ин дастгоҳ нест
elsewhere-needs-connection = Онро як бор бо интернет кушодан лозим аст; баъд аз он бе интернет ҳам кор мекунад. Ба интернет пайваст шавед ва боз кӯшиш кунед.

size-bytes = { $size } Б
size-kb = { $size } КБ
size-mb = { $size } МБ

error-offline = Шумо офлайн ҳастед ва ин ҳоло боргирӣ нашудааст. Ба интернет пайваст шавед ва боз кӯшиш кунед.
error-not-found = Чунин курс ё дарс вуҷуд надорад.
error-integrity = Файли боргиришуда дар роҳ вайрон шуд. Боз кӯшиш кунед: танҳо қисми вайроншуда дубора гирифта мешавад.
error-storage = Ин дастгоҳ маълумотро нигоҳ дошта натавонист. Каме ҷой холӣ кунед ё аз реҷаи махфии браузер бароед, баъд боз кӯшиш кунед.
error-server = Сервер ҷавоб дода натавонист. Баъдтар боз кӯшиш кунед.

sync-pending = { $count ->
    [0] Тамоми пешрафт фиристода шуд
    [one] { $count } тағйирот интизори фиристодан аст
   *[other] { $count } тағйирот интизори фиристодан аст
}
sync-last = Ҳамоҳангсозии охирин: { $time }
sync-never = Ҳоло ҳамоҳанг нашудааст
sync-running = Ҳамоҳангсозӣ…
sync-offline = Интернет нест. Пешрафти шумо дар ин дастгоҳ нигоҳ дошта мешавад ва вақте ки интернет барқарор шавад, фиристода мешавад.
sync-now = Ҳозир ҳамоҳанг кардан
sync-refused = { $count ->
    [one] Сервер { $count } тағйиротро нигоҳ надошт, масалан дар курсе, ки шумо дар он номнавис нашудаед. Аз тренери худ коди ҳамроҳшавӣ пурсед.
   *[other] Сервер { $count } тағйиротро нигоҳ надошт, масалан дар курсе, ки шумо дар он номнавис нашудаед. Аз тренери худ коди ҳамроҳшавӣ пурсед.
}
sign-out = Баромадан
sign-in-link = Ворид шудан
sign-in-title = Ворид шудан
sign-in-button = Ворид шудан
field-login = Номи корбар
field-login-hint = Аз 3 то 64 ҳарфи хурди лотинӣ, рақам, нуқта, тире ё зерхат.
field-password = Парол
field-password-hint = Ақаллан 8 аломат.
field-code = Коди ҳамроҳшавӣ
field-display-name = Номи шумо, чунон ки дигарон мебинанд
join-link = Аз тренер коди ҳамроҳшавӣ доред? Ҳисоби худро созед
join-title = Ҳамроҳ шудан бо код
join-intro = Тренери шумо ба шумо код дод. Он ҳисоби шуморо месозад ва шуморо ба курсҳоятон номнавис мекунад. Почтаи электронӣ ё рақами телефон лозим нест.
join-button = Ҳисоби маро созед

error-not-signed-in = Барои нигоҳ доштан ва фиристодани пешрафт ворид шавед.
error-session-ended = Шумо аз ҳисоб бароварда шудед. Боз ворид шавед; пешрафти шумо дар ин дастгоҳ нигоҳ дошта шудааст.
error-session-expired = Шумо муддати дароз набудед ва аз ҳисоб бароварда шудед. Боз ворид шавед; пешрафти шумо дар ин дастгоҳ нигоҳ дошта шудааст.
error-wrong-credentials = Номи корбар ё парол нодуруст аст.
error-too-many-attempts = Кӯшишҳо аз ҳад зиёданд. Чанд дақиқа интизор шавед ва боз кӯшиш кунед.
error-join-code-invalid = Чунин код вуҷуд надорад. Онро бо тренери худ санҷед.
error-join-code-expired = Мӯҳлати ин код гузаштааст. Аз тренери худ коди нав пурсед.
error-join-code-used-up = Ин код пурра истифода шудааст. Аз тренери худ коди нав пурсед.
error-login-taken = Ин номи корбар аллакай банд аст. Номи дигар интихоб кунед.
error-invalid = Он чиро, ки ворид кардед, санҷед: сервер онро қабул карда натавонист.

quiz-label = Тест:
quiz-status-passed = Супорида шуд
quiz-title-loading = Тест
quiz-pass-mark = Холи гузариш: { $mark } %
quiz-attempts-left = { $count ->
    [one] { $count } кӯшиш боқӣ мондааст
   *[other] { $count } кӯшиш боқӣ мондааст
}
quiz-best = Беҳтарин натиҷа: { $score } %
quiz-passed-already = Шумо ин тестро супоридаед.
quiz-submit = Санҷидани ҷавобҳо
quiz-again = Боз кӯшиш кардан
quiz-no-attempts = Шумо ҳамаи кӯшишҳои ин тестро истифода бурдед.
quiz-choose-all = Ҳамаи ҷавобҳои дурустро интихоб кунед.
quiz-true = Дуруст
quiz-false = Нодуруст
quiz-your-answer = Ҷавоби шумо
quiz-score = { $score } %: { $right } аз { $total } дуруст.
quiz-result-passed = Супоридед!
quiz-result-failed = Ин дафъа насупоридед.
quiz-mark-right = Дуруст
quiz-mark-wrong = Нодуруст
course-complete = Шумо ин курсро анҷом додед.

nav-certificates = Сертификатҳо
course-certificate-link = Сертификати шумо барои ин курс
certificates-title = Сертификатҳои ман
certificates-empty = Шумо ҳоло сертификат надоред. Ҳамаи дарсҳо ва тестҳои курсро анҷом диҳед: сертификати он бо ҳамоҳангсозии навбатӣ меояд.
certificates-sign-in = Барои дидани сертификатҳоятон ворид шавед.
certificate-completed-on = Санаи анҷом: { $date }
certificate-title = Сертификат
certificate-learner = Дода шуд ба
certificate-course = Курс
certificate-date = Санаи анҷом
certificate-issuer = Аз ҷониби
certificate-id = Рақами сертификат
certificate-status-heading = Эътибор дорад?
certificate-no-trust = Ин дастгоҳ ҳоло сертификатҳоро санҷида наметавонад: он чи лозим аст (калидҳои додаранда ва рӯйхати сертификатҳои бекоршуда) бо ҳамоҳангсозии навбатӣ меояд.
certificate-downloads = Боргирӣ
download-pdf = Сертификат барои чоп (PDF)
download-pdf-fetching = Гирифтани PDF…
download-jwt = Файли имзошуда барои системаҳои дигар
download-json = Маълумоти сертификат барои системаҳои дигар
download-wallet = Барои ҳамёни рақамӣ
certificate-pdf-note = PDF (тақрибан 20 КБ) як бор боргирӣ мешавад ва баъд дар ин дастгоҳ мемонад. Файлҳои дигар аллакай дар ин ҷо ҳастанд.
certificate-share-heading = Фиристодан ба дигарон
certificate-share-text = Ҳар касе, ки ин пайвандро дорад, метавонад санҷад, ки сертификати шумо ҳақиқӣ аст. Он инчунин дар QR-коди PDF ҳаст.
certificate-wallet-link-text = Ҳамёни рақамӣ сертификати шуморо аз ин пайванд низ гирифта метавонад. Пайвандро танҳо ба ҳамёни худатон диҳед: ҳар касе, ки онро дорад, сертификатро дида метавонад.
certificate-wallet-qr = QR-коди пайванди ҳамён
certificate-wallet-qr-hint = Барномаи ҳамён дар дастгоҳи дигар, масалан дар телефонатон, ин кодро низ скан карда метавонад.

verdict-valid = Эътибор дорад
verdict-revoked = Бекор карда шуд
verdict-altered = Тағйир дода шудааст
verdict-unknown-key = Имзокунандаи номаълум
verdict-malformed = Сертификат нест
verdict-unchecked = Ҳоло санҷида нашудааст
reason-genuine = Аз ҷониби додаранда имзо шудааст, тағйир наёфтааст ва бекор нашудааст.
reason-revocation-unchecked = Аз ҷониби додаранда имзо шудааст ва тағйир наёфтааст. Бекор шудан ё нашудани он санҷида нашуд: рӯйхати сертификатҳои бекоршуда дастрас набуд.
reason-revoked = Ҳақиқӣ аст, аммо додаранда онро бекор кардааст.
reason-signature-mismatch = Имзо ба мундариҷа мувофиқ нест: сертификат пас аз имзо тағйир дода шудааст ё қалбакӣ аст.
reason-unknown-key = Бо калиде имзо шудааст, ки ин додаранда нашр накардааст: он дар ин ҷо дода нашудааст ё қалбакӣ аст.
reason-missing-key-id = Дар сертификат гуфта нашудааст, ки кадом калид онро имзо кардааст.
reason-unsupported-algorithm = Сертификат бо усуле имзо шудааст, ки қабул карда намешавад.
reason-not-a-jwt = Ин сертификати имзошуда нест. Матни пурраи файли сертификатро гузоред.
reason-not-a-credential = Ин маълумоти имзошуда аст, аммо сертификат нест.
reason-unknown = Сертификат санҷида нашуд.
revoked-on = { $date } бекор карда шуд. Сабабе, ки додаранда овардааст: { $reason }
checked-by-server = Сервери додаранда санҷид.
checked-on-device = Дар ин дастгоҳ, бе пайвастшавӣ ба сервери додаранда санҷида шуд.
list-age = Рӯйхати сертификатҳои бекоршуда ба ҳолати { $list }, бори охир { $checked } санҷида шуд.
list-age-none = Дар ин дастгоҳ барои ин сертификат рӯйхати сертификатҳои бекоршуда нест; маълумоти додаранда бори охир { $checked } санҷида шуд.

verify-link = Санҷидани сертификат
verify-title = Санҷидани сертификат
verify-intro = Сертификатро гузоред ё файли онро интихоб кунед, то бубинед, ки он ҳақиқӣ аст ва бекор нашудааст. Ҳисоб лозим нест.
verify-field = Сертификат
verify-field-hint = Матни пурраи файли сертификат (файли имзошуда, маълумоти сертификат ё файл барои ҳамён).
verify-file = Ё файли сертификатро интихоб кунед
verify-button = Санҷидан
verify-result-heading = Натиҷа
verify-file-too-large = Ин файл барои сертификат хеле калон аст.
verify-file-unreadable = Ин файлро хондан нашуд. Файли сертификатро интихоб кунед.

error-certificate-not-found = Ба ин пайванд ягон сертификат мувофиқ нест. Санҷед, ки тамоми суроға нусха карда шудааст.
error-no-trust = Сервери додаранда дастнорас аст ва дар ин дастгоҳ маълумот барои санҷидани сертификатҳо нест. Ба интернет пайваст шавед ва боз кӯшиш кунед.
error-wallet-form-offline = Ин файли сертификат барои ҳамён аст ва онро танҳо сервери додаранда месанҷад. Ба интернет пайваст шавед ва боз кӯшиш кунед ё файли имзошудаи сертификатро (.jwt) санҷед: онро дар ин ҷо бе интернет ҳам санҷидан мумкин аст.

## Муҳаррири курс (тренерҳо)
image-too-large = Ин расм аз андозае, ки сервер қабул мекунад, калонтар аст. Файли хурдтар интихоб кунед.
image-not-an-image = Ин файл расм нест. Расми JPEG, PNG, GIF ё WebP интихоб кунед.
image-too-many-pixels = Ин расм пикселҳои аз ҳад зиёд дорад. Расми хурдтар интихоб кунед.
image-unreadable = Ин расмро хондан нашуд: шояд файл вайрон бошад. Дигарашро санҷед.
image-alt-missing = Расмро бо чанд калима барои омӯзандагоне, ки онро дида наметавонанд, тасвир кунед.
draft-invalid = Курс мушкилоте дорад, ки пеш аз нашр бояд ислоҳ шаванд. Онҳо дар поён оварда шудаанд.
authoring-forbidden = Ҳисоби шумо ин курсро таҳрир карда наметавонад. Аз администратори ташкилоти он пурсед.
course-slug-taken = Курсе бо ин номи кӯтоҳ аллакай ҳаст. Номи дигар интихоб кунед.
author-title = Курсҳое, ки шумо таҳрир мекунед
author-no-courses = Ҳоло курсе барои таҳрири шумо нест.
author-never-published = Ҳоло нашр нашудааст
author-unpublished-changes = Тағйироти нашрнашуда
author-new-course = Курси нав
author-field-organization = Ташкилот
author-field-title = Сарлавҳа
author-field-slug = Номи кӯтоҳ
author-field-slug-help = Ҳарфҳои хурди лотинӣ, рақамҳо ва тире, масалан fundraising-basics. Он қисми суроғаи курс аст ва тағйир дода намешавад.
author-field-summary = Тавсифи кӯтоҳ барои каталог
author-field-language = Забони курс
author-field-author = Муаллиф
author-create = Сохтани курс
author-first-lesson-title = Муқаддима
author-first-lesson-text = Дарси якумро дар ин ҷо нависед.
edit-metadata-heading = Дар бораи курс
edit-field-version = Нашр
edit-field-authors = Муаллифон (бо вергул ҷудо кунед)
edit-field-licence = Литсензия
edit-field-translations = Ҳамин курс бо забонҳои дигар (номҳои кӯтоҳ, бо вергул ҷудо кунед)
edit-items-heading = Дарсҳо ва тестҳо
edit-move-up = Ба боло
edit-move-down = Ба поён
edit-remove = Нест кардан
edit-add-lesson = Илова кардани дарс
edit-new-lesson-title = Дарси нав
edit-lesson-heading = Дарс:
edit-lesson-markdown = Матн (Markdown)
edit-lesson-markdown-help = Сатри якум сарлавҳа аст: # Сарлавҳа. Сатрҳои холӣ сархатҳоро ҷудо мекунанд; *курсив*, **ғафс**, - рӯйхатҳо, [пайвандҳо](https://…).
edit-preview = Пешнамоиш
edit-preview-heading = Чунон ки омӯзандагон мебинанд
edit-image-heading = Илова кардани расм
edit-image-file = Расм (JPEG, PNG, GIF ё WebP)
edit-image-alt = Дар расм чӣ тасвир шудааст (барои омӯзандагоне, ки онро дида наметавонанд)
edit-image-upload = Бор кардан ва ба дарс илова кардан
edit-publish-heading = Нашр
edit-no-problems = Мушкиле нест: курсро нашр кардан мумкин аст.
edit-publish = Нашри версияи нав
edit-published = Нашр шуд. Ба омӯзандагоне, ки курсро боргирӣ кардаанд, навсозӣ пешниҳод мешавад.
edit-published-unchanged = Аз нашри охирин чизе тағйир наёфтааст.
edit-saved-local = Дар ин дастгоҳ нигоҳ дошта шуд. Вақте ки интернет пайдо шавад, ба сервер фиристода мешавад.
edit-saved-server = Дар сервер нигоҳ дошта шуд.
edit-conflict = { $name } пас аз он ки шумо ба таҳрир шурӯъ кардед, ин курсро нигоҳ дошт. Интихоб кунед, ки кадом версия монад.
edit-keep-mine = Версияи маро нигоҳ доштан (версияи онҳо иваз мешавад)
edit-take-theirs = Версияи онҳоро гирифтан (тағйироти ман нест мешаванд)
nav-author = Навиштани курсҳо
edit-field-open = Ҳар омӯзандаи воридшуда метавонад номнавис шавад (вагарна танҳо бо коди ҳамроҳшавӣ)
edit-add-quiz = Илова кардани тест
edit-new-quiz-title = Фаҳмиши худро санҷед
edit-quiz-title = Сарлавҳаи тест
edit-quiz-pass-mark = Холи гузариш (фоизи саволҳое, ки дуруст ҷавоб дода шудаанд)
edit-quiz-max-attempts = Шумораи кӯшишҳои иҷозатдодашуда
edit-quiz-max-attempts-help = Барои бемаҳдуд холӣ гузоред.
edit-quiz-question = Саволи { $n }
edit-quiz-prompt = Матни савол
edit-quiz-kind = Навъи савол
edit-quiz-kind-single = Як ҷавоби дуруст
edit-quiz-kind-multiple = Якчанд ҷавоби дуруст
edit-quiz-kind-true-false = Дуруст ё нодуруст
edit-quiz-kind-short = Ҷавоби кӯтоҳи хаттӣ
edit-quiz-options-single = Вариантҳо: дурустро қайд кунед
edit-quiz-options-multiple = Вариантҳо: ҳамаи дурустҳоро қайд кунед
edit-quiz-option = Варианти { $n }
edit-quiz-option-right = Варианти { $n } дуруст аст
edit-quiz-remove-option = Нест кардани варианти { $n }
edit-quiz-add-option = Илова кардани вариант
edit-quiz-right-answer = Ҷавоби дуруст
edit-quiz-accepted = Ҷавобҳои қабулшаванда, ҳар кадом дар як сатр
edit-quiz-accepted-help = Ҳарфҳои калон ва фосилаҳои зиёдатӣ аҳамият надоранд.
edit-quiz-remove-question = Нест кардани савол
edit-quiz-add-question = Илова кардани савол
edit-quiz-problem-title = Тест сарлавҳа лозим дорад.
edit-quiz-problem-pass-mark = Холи гузариш бояд аз 1 то 100 бошад.
edit-quiz-problem-attempts = Ақаллан як кӯшиш иҷозат диҳед ё барои бемаҳдуд майдонро холӣ гузоред.
edit-quiz-problem-no-questions = Тест ақаллан як савол лозим дорад.
edit-quiz-problem-prompt = Саволи { $n } матн надорад.
edit-quiz-problem-options = Саволи { $n } ақаллан ду вариант лозим дорад ва ҳеҷ кадоме аз онҳо набояд холӣ бошад.
edit-quiz-problem-no-answer = Саволи { $n } ҷавоби дуруст надорад.
edit-quiz-problem-empty-accepted = Саволи { $n } ҷавоби холиро қабул мекунад.
edit-quiz-problem-too-large = Сарлавҳаи тест аз 200 аломат дарозтар аст ё тест зиёда аз 100 савол дорад.
edit-quiz-problem-question-too-large = Саволи { $n } хеле дароз аст: на зиёда аз 2000 аломат дар савол ва дар шарҳи он, 20 вариант ҳар кадом то 500 аломат ё 20 ҷавоби қабулшаванда ҳар кадом то 200 аломат.
edit-quiz-has-problems = Тести «{ $title }»: { $n ->
    [one] як мушкилот барои ислоҳ
   *[other] { $n } мушкилот барои ислоҳ
}
edit-preview-offline = Пешнамоиш пайвастшавӣ ба серверро талаб мекунад. Матни шумо дар ин дастгоҳ нигоҳ дошта шудааст ва вақте ки онлайн шавед, пешнамоиш боз кор мекунад.

## Панели идора (администраторон)
nav-dashboard = Панели идора
error-forbidden = Ҳисоби шумо инро дида ё иҷро карда наметавонад.
dashboard-title = Панели идора
dashboard-sign-in = Барои дидани панели идора ҳамчун администратор ворид шавед.
dashboard-not-allowed = Панели идора барои администраторон ва тренерҳои ташкилот аст. Ҳисоби шумо ҳеҷ кадоме аз инҳо нест.
dashboard-reports-for-administrators = Ҳисоботҳо дар бораи номнависӣ ва анҷомдиҳӣ барои администраторон аст. Ҳамчун тренер шумо метавонед омӯзандагони ташкилоти худро дар поён бинед.
dashboard-loading = Ҳисоботҳо бор шуда истодаанд…
dashboard-offline = Панели идора пайвастшавӣ ба серверро талаб мекунад. Ба интернет пайваст шавед ва боз кӯшиш кунед.
dashboard-forbidden = Ҳисоби шумо ин ҳисоботҳоро дида наметавонад. Онҳо барои администраторони ташкилот мебошанд.
filters-heading = Филтрҳо
filter-organization = Ташкилот
filter-all-organizations = Ҳамаи ташкилотҳои ман
filter-course = Курс
filter-all-courses = Ҳамаи курсҳо
filter-from = Аз
filter-to = То
filter-apply = Нишон додан
filter-backwards = Санаи охир пеш аз санаи оғоз аст.
totals-heading = Ҷамъбаст
totals-explained = Номнависӣ, анҷомдиҳӣ ва сертификатҳо дар давраи интихобшуда. Омӯзандагони фаъол: онҳое, ки дастгоҳҳояшон дар 30 рӯзи охири давра пешрафт фиристодаанд (дар ҷадвали моҳона: дар ҳамон моҳ). Сертификатҳои бекоршуда ҳамчун сертификат ҳисоб намешаванд, вале ҳамчун анҷомдиҳӣ ҳисоб мешаванд.
count-enrollments = Номнависӣ
count-active-learners = Омӯзандагони фаъол
count-completions = Анҷомдиҳӣ
count-certificates = Сертификатҳо
chart-empty = Барои ин филтрҳо чизе барои нишон додан нест.
chart-enrolled = { $count } номнавис шуд
chart-completed = { $count } анҷом дод
section-months = Аз рӯи моҳ
chart-months = Номнависӣ ва анҷомдиҳӣ дар ҳар моҳ
table-months = Номнависӣ, омӯзандагони фаъол, анҷомдиҳӣ ва сертификатҳо дар ҳар моҳ
column-month = Моҳ
section-courses = Аз рӯи курс
chart-courses = Номнависӣ ва анҷомдиҳӣ дар ҳар курс
table-courses = Номнависӣ, омӯзандагони фаъол, анҷомдиҳӣ ва сертификатҳо дар ҳар курс
column-course = Курс
column-details = Тафсилот
course-report-open = Дарсҳо ва саволҳо
section-organizations = Аз рӯи ташкилот
chart-organizations = Номнависӣ ва анҷомдиҳӣ дар ҳар ташкилот
table-organizations = Номнависӣ, омӯзандагони фаъол, анҷомдиҳӣ ва сертификатҳо дар ҳар ташкилот
column-organization = Ташкилот
csv-download = Боргирии CSV
csv-downloading = Файл омода мешавад…
csv-saved = Ҳамчун { $name } нигоҳ дошта шуд. Боргирӣ дар журнали назорат сабт шудааст.
course-report-loading = Ҳисоботи курс бор шуда истодааст…
course-report-heading = Курс: { $title }
course-report-enrolled = { $count ->
    [one] Дар ин давра { $count } омӯзанда номнавис шуд.
   *[other] Дар ин давра { $count } омӯзанда номнавис шуд.
}
funnel-heading = Омӯзандагон то куҷо расиданд
funnel-explained = Барои ҳар дарс: чанд нафар аз омӯзандагони номнависшуда онро кушоданд ва чанд нафар онро анҷом доданд.
chart-funnel = Омӯзандагоне, ки ба ҳар дарс расиданд ва онро анҷом доданд
table-funnel = Омӯзандагоне, ки ба ҳар дарс расиданд ва онро анҷом доданд
column-lesson = Дарс
column-reached = Расиданд
column-lesson-completed = Анҷом доданд
chart-reached = { $count } расид ({ $percent } %)
chart-lesson-completed = { $count } анҷом дод ({ $percent } %)
difficulty-heading = Саволҳои душвор
difficulty-explained = Барои ҳар саволи тест: чанд омӯзанда дар кӯшиши аввал ба он нодуруст ҷавоб доданд.
chart-difficulty = Ҳиссаи ҷавобҳои аввали нодуруст барои ҳар савол
table-difficulty = Ҷавобҳои аввали нодуруст барои ҳар савол
question-label = { $number }. { $prompt }
column-question = Савол
column-quiz = Тест
column-first-attempts = Кӯшишҳои аввал
column-wrong = Нодуруст
column-wrong-share = Ҳиссаи нодуруст
chart-wrong = { $percent } % нодуруст ({ $wrong } аз { $total })
learners-heading = Омӯзандагон
learners-explained = Ҳисоботҳои боло танҳо рақамҳоро нишон медиҳанд. Дар ин ҷо шумо метавонед омӯзандагони ташкилотеро, ки дар он тренер ё администратор ҳастед, як-як бинед. Ҳар дафъае, ки ин рӯйхатро мекушоед, дар журнали назорат сабт мешавад, мисли ҳар боргирии CSV.
learners-show = Нишон додани омӯзандагони { $organization }
learners-hide = Пинҳон кардани омӯзандагон
learners-loading = Омӯзандагон бор шуда истодаанд…
table-learners = Омӯзандагони { $organization }
column-learner = Омӯзанда
column-courses = Курсҳо
column-last-sync = Ҳамоҳангсозии охирин
learner-course = { $course }: { $done }/{ $total } дарс
learner-course-completed = анҷом ёфт
learner-never-synced = Ҳеҷ гоҳ
audit-heading = Журнали назорат
audit-explained = Кӣ ва кай омӯзандагонро алоҳида дид ё ҷадвалро боргирӣ кард. Онро танҳо шумо, администратори ин сервер, хонда метавонед.
audit-show = Нишон додани журнали назорат
audit-refresh = Навсозӣ
audit-loading = Журнали назорат бор шуда истодааст…
table-audit = Журнали назорат, аз навтарин
column-when = Кай
column-who = Кӣ
column-action = Амал
column-detail = Тафсилот
audit-action-view-learners = Омӯзандагонро дид
audit-action-export = Ҷадвалро боргирӣ кард

## Дастгоҳҳои умумӣ: баромадан ва нест кардани ҳама чиз
error-device-full = Ин дастгоҳ пур аст: боз { $size } ҷой лозим аст. Курси боргиришудаеро, ки дигар лозим нест, нест кунед ё дар дастгоҳ ҷой холӣ кунед, баъд боз кӯшиш кунед; чизе, ки пештар нигоҳ дошта шуда буд, гум нашудааст.
error-not-saved = Инро дар дастгоҳ нигоҳ доштан нашуд ва ҳеҷ қисми он нигоҳ дошта нашуд. Боз кӯшиш кунед.
error-server-full = Ҷои сервер тамом шуд ва аз ин ҳеҷ чиз нигоҳ дошта нашуд. Ҳар чизе, ки дар ин дастгоҳ нигоҳ дошта шудааст, дар ин ҷо мемонад ва баъдтар боз фиристода мешавад; агар ин такрор шавад, ба администратори сервер хабар диҳед.
sign-out-title = Баромадан
signed-out-title = Шумо баромадед
sign-out-who = Шумо ҳамчун { $name } ворид шудаед.
sign-out-pending = { $count ->
    [one] Як тағйироте, ки дар ин ҷо карда шудааст, ҳоло дар сервер нест.
   *[other] { $count } тағйироте, ки дар ин ҷо карда шудаанд, ҳоло дар сервер нестанд.
}
sign-out-return-file = Пешрафти худро барои тренер дар файл нигоҳ доштед? Файли ҷавобии он дар ин ҷо танҳо то баромадани шумо кушода мешавад. Тағйироти шумо баъд аз он ки боз дар ин ҷо ворид шавед, ба ҳар ҳол дар ҳамоҳангсозии навбатӣ фиристода мешавад.
sign-out-what-stays = Пас аз баромадан дар ин дастгоҳ ҳеҷ чизи шумо нишон дода намешавад: на пешрафт, на ҷавобҳои тест, на сертификатҳо, на пешнависҳо ва на номатон. Тағйироти ҳоло нафиристода дар ин ҷо танҳо барои шумо мемонанд ва вақте ки боз дар ин ҷо ворид шавед, фиристода мешаванд. Курсҳои боргиришуда мемонанд: онҳо барои ҳама дастрасанд.
sign-out-send-first = Аввал фиристодан, баъд баромадан
sign-out-keep-waiting = Баромадан ва тағйироти маро дар ин ҷо нигоҳ доштан
signed-out-nothing-shown = Ҳоло дар ин дастгоҳ ҳеҷ чизи ҳисоби шумо нишон дода намешавад. Курсҳои боргиришуда дар он мемонанд: онҳо барои ҳама дастрасанд.
remove-everything-heading = Ҳама чизро аз ин дастгоҳ нест кардан
remove-everything-explain = Курсҳои боргиришуда, тағйироти ҳоло нафиристодаи ҳамаи ҳисобҳо, сертификатҳо, пешнависҳо ва барномаи нигоҳдоштаро нест мекунад: масалан, пеш аз он ки дастгоҳ ба каси дигар дода шавад.
remove-everything-button = Ҳамаашро нест кардан…
remove-everything-warning = { $count ->
    [0] Ҳеҷ тағйироти интизори фиристодан гум намешавад. Инро баргардондан мумкин нест.
    [one] Як тағйироти нафиристода гум мешавад. Инро баргардондан мумкин нест.
   *[other] { $count } тағйироти нафиристода гум мешаванд. Инро баргардондан мумкин нест.
}
remove-everything-confirm = Ҳа, ҳамаашро нест кунед
remove-everything-cancel = Ҳамаашро нигоҳ доштан
verdict-revocation-unchecked = Бекор шудани он санҷида нашуд
list-age-unchecked = Ҳеҷ кадоме аз рӯйхатҳои сертификатҳои бекоршуда дар ин дастгоҳ (ба ҳолати { $list }) ин сертификатро дар бар намегирад; маълумоти додаранда бори охир { $checked } санҷида шуд.
