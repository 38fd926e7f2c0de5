### status: draft
### Dala server: Kyrgyz (ky). Drafted without a native speaker; awaiting review.

# Сервердин өзү адамдар үчүн басып чыгарган сөздөр: PDF сертификат жана күбөлүктүн критерийлери.
certificate-heading = Курсту бүтүргөнү тууралуу сертификат
certificate-awarded-to = Бул сертификат төмөнкүнү тастыктайт:
certificate-completed = курсту бүтүрдү
certificate-date = Бүтүргөн күнү
certificate-issuer = Берген
certificate-id = Сертификаттын номери
certificate-verify = Сертификатты текшерүү үчүн кодду сканерлеңиз же бул даректи ачыңыз
certificate-criteria = Курстун { $version } версиясынын бардык сабактарын бүтүрдү жана бардык тесттерин тапшырды.
# «2026-жылдын 23-ноябры» сыяктуу дата.
date = { $year }-жылдын { $day }-{ $month }
month-1 = январы
month-2 = февралы
month-3 = марты
month-4 = апрели
month-5 = майы
month-6 = июну
month-7 = июлу
month-8 = августу
month-9 = сентябры
month-10 = октябры
month-11 = ноябры
month-12 = декабры

## API каталары: ката жообундагы `message` (`{ "code", "message" }`), суроо-талап сураган тилде
## (`Accept-Language`). Тескери тырмакчадагы сөздөр — API же курс форматынын аттары, алар
## которулбайт. `$detail` — талдагычтан келген техникалык маалымат, англисче.

# Суроо-талап атаган нерсе жок.
error-not-found-api-route = мындай API дареги жок
error-not-found-course = курс табылган жок
error-not-found-certificate = сертификат табылган жок
error-not-found-account = аккаунт табылган жок
error-not-found-blob = файл табылган жок
error-not-found-join-code = кошулуу коду табылган жок
error-not-found-revocation-list = күчү жоюлган сертификаттардын тизмеси табылган жок
# Сервердин өз каталары: толугу сервердин журналында гана.
error-internal = ички ката; толугу сервердин журналында
error-storage-full = сервердин диски толуп калды, ошондуктан мунун эч нерсеси сакталган жок; кийинчерээк кайра аракет кылыңыз
error-range-not-satisfiable = суралган диапазонду берүү мүмкүн эмес
# Кирүү жана сеанстар.
error-unauthorized = адегенде кириңиз: `Authorization: Bearer <token>` жөнөтүңүз
error-session-invalid = мындай сеанс жок; кайра кириңиз
error-session-expired = бул сеанс көпкө колдонулбагандыктан бүттү; кайра кириңиз
error-session-revoked = бул сеанс токтотулду; кайра кириңиз
error-wrong-credentials = логин же сырсөз туура эмес
error-too-many-attempts = { $seconds ->
    [one] ийгиликсиз кирүү аракеттери өтө көп; { $seconds } секунддан кийин кайра аракет кылыңыз
   *[other] ийгиликсиз кирүү аракеттери өтө көп; { $seconds } секунддан кийин кайра аракет кылыңыз
}
error-forbidden = бул аккаунтка муну жасоого уруксат жок
error-reset-code-invalid = бул логин менен калыбына келтирүү коду жарактуу кодго дал келбейт; тренериңизден жаңы код сураңыз
# Аккаунттар жана аттар. `$field` — төмөндөгү error-field-… билдирүүлөрүнүн бири.
error-login-name = логин 3–64 белгиден турат: кичине латын тамгалары, сандар, чекит, астыңкы сызык же дефис
error-login-taken = `{ $login }` логини бош эмес
error-password-length = сырсөз 8–1024 белгиден турат
error-organization-exists = `{ $name }` деген уюм мурунтан эле бар
error-field-display-name = көрүнө турган аты
error-field-join-code-label = кошулуу кодунун белгиси
error-field-organization-name = уюмдун аталышы
error-name-length = { $field }: 1–{ $max } белги болушу керек
error-name-controls = { $field }: башкаруучу белгилер жана тексттин багытын өзгөртүүчү белгилер болбошу керек
error-name-invisible = { $field }: көрүнбөгөн белгилер болбошу керек
error-name-not-visible = { $field }: кеминде бир көрүнгөн тамга, сан же белги болушу керек
error-name-accents = { $field }: бир тамгада эң көп { $max } диакритикалык белги болот
# Кошулуу коддору жана курска жазылуу.
error-join-code-invalid = мындай кошулуу коду жок; аны тренериңиз менен текшериңиз
error-join-code-expired = бул кошулуу кодунун мөөнөтү бүттү; тренериңизден жаңы код сураңыз
error-join-code-used-up = бул кошулуу коду уруксат берилген жолу толук колдонулуп бүттү; тренериңизден жаңы код сураңыз
error-join-code-ended = бул кошулуу кодун тренер токтотту; тренериңизден жаңы код сураңыз
error-course-archived = `{ $course }` курсу архивде
error-enrollment-closed = `{ $course }` курсуна тренер берген кошулуу коду менен жазылышат
error-no-such-course = `{ $course }` деген курс жок
error-invitation-once = чакыруу бир жолу гана колдонулат: `max_uses` 1 болушу керек
error-expires-in-days = `expires_in_days` 1 менен 365 аралыгында болот
error-max-uses = `max_uses` 1 менен 10000 аралыгында болот
error-join-code-no-course = кошулуу коду кеминде бир курска жазышы керек
error-enroll-too-many = бир жолу эң көп { $max } аккаунт
error-not-a-member = `{ $account }` бул уюмдун мүчөсү эмес
# Суроо-талаптын денеси жана сап.
error-json-invalid = суроо-талаптын денеси жарактуу JSON эмес: { $detail }
error-json-shape = суроо-талаптын денесиндеги JSON түзүлүшү туура эмес: { $detail }
error-json-content-type = денени `Content-Type: application/json` менен жөнөтүңүз
error-body-unreadable = суроо-талаптын денесин окуу мүмкүн болгон жок: { $detail }
error-body-too-large = суроо-талаптын денеси бул суроо-талап кабыл алгандан чоң
error-query-invalid = суроо-талаптын сабы жараксыз: { $detail }
error-encoding-unreadable = Content-Encoding окулбайт
error-encoding-unsupported = суроо-талаптын денесинин `{ $encoding }` Content-Encoding түрү кабыл алынбайт: gzip же жөнөкөй JSON жөнөтүңүз
error-compressed-too-large = кысылган суроо-талаптын денеси { $limit } байттан чоң
error-gzip-invalid = суроо-талаптын денеси жарактуу gzip эмес: { $detail }
error-decompressed-too-large = ачылгандан кийин суроо-талаптын денеси { $limit } байттан чоң; окуяларды бир жолу азыраак жөнөтүңүз
error-sync-too-many-events = бир синхрондоодо эң көп { $max } окуя; калганын кийинки жолу жөнөтүңүз
# Тренерлерге берилген суроолор жана аларга жооптор (синхрондоодо кабыл алынбаган суроо же жооп).
error-message-empty = суроодо же жоопто текст болушу керек
error-message-too-long = суроо же жооп эң көп { $max } белгиден турат
error-message-control-characters = суроо же жооп жөнөкөй текст болушу керек: башкаруучу белгилерсиз
error-question-not-found = бул суроо жок, же ага жазууга сизге уруксат жок
error-question-event-taken = бул окуянын идентификаторунда башка адамдын билдирүүсү мурунтан эле бар
error-question-daily-limit = күнүнө эң көп { $max } суроо; бул суроону эртең жөнөтүңүз
error-question-no-organization = суроо бере турган уюм жок: тренер берген код менен уюмга кошулуңуз
error-question-not-staff = суроого ошол суроонун уюмундагы тренерлер жана администраторлор гана жооп берет
error-question-already-answered = тренер жооп берген суроону өчүрүүгө болбойт
error-question-unknown-course = `{ $course }` курсунун мындай версиясы жок
error-question-unknown-lesson = курста `{ $lesson }` деген сабак жок
error-question-not-enrolled = `{ $course }` курсу боюнча суроолорду анын угуучулары берет: тренерден кошулуу кодун сураңыз
# Отчеттор.
error-date-format = даталар ЖЖЖЖ-АА-КК түрүндө жазылат; { $text } андай эмес
error-period-reversed = мезгилдин аягы башынан мурун турат
error-learners-need-organization = угуучулар таблицасы бир уюмга гана тиешелүү: `organization=ID` кошуңуз
error-unknown-table = { $table } деген таблица белгисиз (таблицалар: organizations, courses, months, learners)
# Сертификаттар жана файлдар.
error-certificate-too-long = сертификат бир нече килобайт гана болот; бул өтө узун
error-revocation-reason = 1–500 белгиден турган себеп жазыңыз
error-blob-name = файлдын аты — SHA-256: 64 кичине он алтылык цифра
# Курс түзүү. `$problems` — долбоордун маселелеринин тизмеси, ар бири problem-at-line же problem-in-file түрүндө.
error-course-slug = курстун кыска аты кичине латын тамгаларынан, сандардан жана дефистерден турат, эң көп 64 белги
error-course-exists = `{ $course }` деген курс мурунтан эле бар; башка ат тандаңыз
error-draft-wrong-course = бул долбоор `{ $course }` курсу үчүн эмес, `{ $draft }` курсу үчүн
error-draft-conflict = сиз түзөткөн версиядан кийин бирөө бул долбоорду сактады; адегенде ошол версияны жүктөңүз
error-draft-problems = жарыялоодон мурун бул маселелерди оңдоңуз: { $problems }
# Жүктөлгөн сүрөттөр. `$limit` — «4 KB» же «2.5 MB» сыяктуу өлчөм.
error-image-too-large = Файл { $limit } өлчөмүнөн чоң. Кичирээк сүрөт жүктөңүз.
error-not-an-image = Бул файл сүрөт эмес. JPEG, PNG, GIF же WebP сүрөтүн жүктөңүз.
error-image-format = { $format } сүрөттөрү кабыл алынбайт. JPEG, PNG, GIF же WebP сүрөтүн жүктөңүз.
error-image-too-many-pixels = Сүрөттүн өлчөмү { $width } × { $height } пиксель; эң көп { $megapixels } мегапиксель кабыл алынат. Кичирээк сүрөт жүктөңүз.
error-image-unreadable = Сүрөттү окуу мүмкүн болгон жок: файл бузулган же толук эмес болушу мүмкүн ({ $detail }).
error-image-alt-text-missing = Сүрөттү көрө албаган угуучулар үчүн аны кыска текст менен сүрөттөп бериңиз.

## Курстун маселелери: `dala course check` курстун папкасы үчүн чыгарган жана редактор долбоордун
## жанында көрсөткөн маселелер. Тескери тырмакчадагы сөздөр — курс форматынын файл аттары,
## ачкычтары жана маанилери, алар которулбайт.

# Бир маселе жана анын орду: `$file` — 03-media.md сыяктуу, `$line` — номер, `$problem` — маселе.
problem-at-line = { $file }:{ $line }: { $problem }
problem-in-file = { $file }: { $problem }
# Курстун папкасы жана анын файлдары.
problem-unreadable = окуу мүмкүн эмес: { $detail }
problem-folder-name = курстун папкасынын аты кичине латын тамгаларынан, сандардан жана дефистерден турушу керек
problem-quiz-file-name = тест файлынын аты `03-quiz-id.quiz.toml` сыяктуу болушу керек
problem-lesson-file-name = сабак файлынын аты `01-lesson-id.md` сыяктуу болушу керек
problem-unexpected-file = күтүлбөгөн файл: курстун папкасында course.toml, `NN-id.md` деп аталган сабактар, `NN-id.quiz.toml` деп аталган тесттер жана сүрөттөр (png, jpg, gif, webp, svg) болот
problem-metadata-missing = жок: ар бир курска өзүнүн метаберилиштер файлы керек
problem-number-twice = сабактын номери эки жолу колдонулган ({ $files }): тартиби түшүнүксүз
problem-duplicate-id = `{ $id }` идентификатору кайталанат ({ $file } ичинде да бар)
problem-no-lessons = сабак жок: `01-introduction.md` сыяктуу аталган Markdown файлдарын кошуңуз
problem-too-many-items = сабактар жана тесттер саны { $count }: курста эң көп { $max } болот
problem-too-many-images = сүрөттөр саны { $count }: курста эң көп { $max } болот
problem-not-utf8 = жарактуу UTF-8 эмес: файлды UTF-8 коддоосунда сактаңыз
# Метаберилиштер файлы, course.toml. `$key` — анын ачкычы, мисалы `title`.
problem-toml-invalid = жарактуу TOML эмес: { $detail }
problem-key-empty = `{ $key }` бош болбошу керек
problem-key-not-string = `{ $key }` текст сабы болушу керек
problem-key-not-list = `{ $key }` текст саптарынын тизмеси болушу керек
problem-key-too-long = `{ $key }` { $max } белгиден узун
problem-key-too-many = `{ $key }` ичинде { $max } жазуудан көп
problem-key-entry-too-long = `{ $key }` ичиндеги бир жазуу { $max } белгиден узун
problem-language-tag = `{ $tag }` — `en`, `ru` же `kk` сыяктуу тил теги эмес
problem-authors-empty = `authors` ичинде кеминде бир автор аталышы керек
problem-open-not-boolean = `open` мааниси true же false болушу керек
problem-not-a-slug = `{ $slug }` — курстун кыска аты эмес
problem-unknown-key = `{ $key }` деген белгисиз метаберилиштер ачкычы (белгилүү ачкычтар: { $known })
problem-required-key = милдеттүү `{ $key }` ачкычы жок
problem-translation-missing = `{ $course }` котормосу бул папкадагы курс эмес
problem-translation-unknown = `{ $course }` котормосу бул сервердеги башка курс эмес
problem-translation-other-organization = `{ $course }` котормосу башка уюмга таандык
problem-key-not-table = `{ $key }` таблица болушу керек, мисалы `[{ $key }]`
problem-key-not-slug = `{ $key }` курстун кыска аты болушу керек
problem-translation-status = `translation.status` "draft" же "reviewed" болушу керек
problem-translation-hash = `{ $lesson }` үчүн `translation.lessons` SHA-256 болушу керек: 64 он алтылык цифра, кичине тамгалар менен
problem-translation-lesson-unknown = `translation.lessons` ичинде `{ $lesson }` аталган, бирок бул курста андай сабак жок
problem-translation-source-itself = `translation.source` ушул курстун өзүн көрсөтөт
problem-translation-source-missing = котормонун баштапкы курсу `{ $course }` бул папкада жок
problem-translation-source-unknown = котормонун баштапкы курсу `{ $course }` бул серверде жок
# Сабактар.
problem-lesson-too-large = сабактын тексти эң көп { $max } КБ болот; бул сабакта { $size } КБ
problem-second-title = биринчи деңгээлдеги аталыш (`# `) биринчи сапта гана болот
problem-no-title = сабак өзүнүн аталышы менен, башкача айтканда биринчи деңгээлдеги аталыш менен башталышы керек (`# Аталышы`)
problem-title-too-long = аталышы { $max } белгиден узун
problem-too-deep = бул сабакта элементтер бири-биринин ичине { $max } деңгээлден тереңирээк салынган (цитаталар, тизмелер же HTML тегдери); аны жөнөкөйлөтүңүз
problem-too-many-elements = бул сабакта { $max } элементтен көп (абзацтар, тизменин пункттары, тегдер); аны бир нече сабакка бөлүңүз
# Курстун сүрөттөрү.
problem-image-external = `{ $image }` сүрөтү курстун папкасындагы файл болушу керек: угуучулар интернетсиз окушат
problem-image-not-found = `{ $image }` сүрөтү курстун папкасында табылган жок
problem-image-alt = `{ $image }` сүрөтүнө альтернативдүү текст керек: `![сүрөттө эмне бар]({ $image })`
problem-image-name = сүрөттүн аты кичине латын тамгаларынан, сандардан жана дефистерден туруп, сүрөт кеңейтүүсү менен бүтүшү керек
problem-image-missing = бул сүрөт серверде жок: аны кайра жүктөңүз
# Тесттер. `$kind` — суроонун түрү, мисалы single_choice.
problem-quiz-invalid = жарактуу тест эмес: { $detail }
problem-quiz-too-many-questions = тестте эң көп { $max } суроо болот
problem-pass-mark = `pass_mark` — 1 менен 100 аралыгындагы пайыз
problem-max-attempts = `max_attempts` кеминде 1 болушу керек (чек керек болбосо, аны жазбаңыз)
problem-no-questions = тестке кеминде бир `[[questions]]` керек
# Бир суроонун маселеси: `$number` — суроонун номери, `$problem` — төмөндөгү билдирүүлөрдүн бири.
problem-question = { $number }-суроо: { $problem }
problem-options = `options` керек: кеминде экөө, бири да бош болбошу керек
problem-option-number = варианттар 1 менен { $count } аралыгында номерленет; { $number } деген номер жок
problem-key-not-for-kind = `{ $key }` { $kind } түрүндөгү суроого тиешелүү эмес
problem-answer-single = `answer` керек: туура варианттын номери
problem-answers-multiple = `answers` керек: бардык туура варианттардын номерлери
problem-answers-twice = `answers` бир вариантты эки жолу атайт
problem-answer-true-false = `answer = true` же `answer = false` керек
problem-accepted = `accepted` керек: кабыл алына турган жооптор, бири да бош болбошу керек
problem-unknown-kind = `{ $kind }` деген белгисиз түр (түрлөр: { $kinds })
problem-question-too-long = өтө узун: `prompt` жана `explanation` ичинде эң көп { $prompt } белги, эң көп { $options } `options`, ар бири { $option } белги, эң көп { $accepted } `accepted` жооп, ар бири { $answer } белги

# `dala course check` буйрук сабында. `$course` — курстун кыска аты, `$lesson` — сабактын идентификатору.
check-source-changed = { $course }: `{ $lesson }` сабагы: которулгандан кийин баштапкы сабак өзгөрдү
check-not-tracked = { $course }: `{ $lesson }` сабагы: көзөмөлдөнбөйт (`[translation.lessons]` ичинде хеши жок)
check-not-translated = { $course }: баштапкы курстун `{ $lesson }` сабагы которулган эмес
check-gone-from-source = { $course }: `{ $lesson }` сабагы: баштапкы курста бул сабак мындан ары жок
check-source-missing = { $course }: `{ $source }` баштапкы курсу табылган жок
check-warning = эскертүү: { $warning }
check-clean = { $courses ->
    [one] { $courses } курс текшерилди: маселе жок
   *[other] { $courses } курс текшерилди: маселе жок
}
check-clean-with-warnings = { $courses ->
    [one] { $courses } курс текшерилди: маселе жок
   *[other] { $courses } курс текшерилди: маселе жок
}, { $warnings ->
    [one] { $warnings } эскертүү
   *[other] { $warnings } эскертүү
}
check-problems = { $problems ->
    [one] { $problems } маселе
   *[other] { $problems } маселе
}

# Тармак жок кезде ташылуучу файлдар: түзмөк ачкычтары жана кабыл алынбаган прогресс файлдары.
error-device-key-invalid = түзмөк ачкычы — 64 он алтылык цифра менен жазылган 32 байт, ал эми кол коюу ачкычы жарактуу Ed25519 ачкычы болушу керек
error-device-key-taken = бул түзмөк ачкычы башка аккаунтка катталган же күчү жоюлган: жаңысын түзүү үчүн кайра кириңиз
error-file-not-this-kind = бул Dala прогресс файлы эмес
error-file-truncated = файл аягына жетпей үзүлүп калган: аны кайра көчүрүңүз же кайра жөнөтүңүз
error-file-too-large = файл прогресс файлы боло ала турган өлчөмдөн чоң
error-file-other-installation = файл башка Dala сервери үчүн түзүлгөн же түзүлгөндөн кийин өзгөртүлгөн
error-file-altered = файл түзүлгөндөн кийин өзгөртүлгөн
error-file-malformed = файлдын ичи бузулган
error-file-unknown-device = бул файлды түзгөн түзмөк бул жерде катталган эмес: угуучу байланыш бар кезде ошол түзмөктө бир жолу кириши керек
error-file-other-account = файлда ага кол коюлган түзмөктүн аккаунту эмес, башка аккаунт көрсөтүлгөн
error-file-device-ended = бул файлды түзгөн түзмөктүн күчү жоюлган (анын аккаунтунун сеанстары токтотулган): угуучу кайра кирип, жаңы файл түзөт
