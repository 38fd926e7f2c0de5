### status: draft
### Dala server: Kazakh (kk). Drafted without a native speaker; awaiting review.

# Сервердің өзі адамдарға басып шығаратын сөздер: PDF сертификат және куәліктің критерийлері.
certificate-heading = Курсты аяқтағаны туралы сертификат
certificate-awarded-to = Осы сертификат мынаны растайды:
certificate-completed = курсты аяқтады
certificate-date = Аяқталған күні
certificate-issuer = Берген
certificate-id = Сертификат нөмірі
certificate-verify = Сертификатты тексеру үшін кодты сканерлеңіз немесе осы мекенжайды ашыңыз
certificate-criteria = Курстың { $version } нұсқасының барлық сабағын аяқтады және барлық тестін тапсырды.
# «2026 жылғы 23 қараша» сияқты күн.
date = { $year } жылғы { $day } { $month }
month-1 = қаңтар
month-2 = ақпан
month-3 = наурыз
month-4 = сәуір
month-5 = мамыр
month-6 = маусым
month-7 = шілде
month-8 = тамыз
month-9 = қыркүйек
month-10 = қазан
month-11 = қараша
month-12 = желтоқсан

## API қателері: қате жауабындағы `message` (`{ "code", "message" }`), сұраныс сұраған тілде
## (`Accept-Language`). Кері тырнақшадағы сөздер — API немесе курс форматының атаулары, олар
## аударылмайды. `$detail` — талдаушыдан келген техникалық мәлімет, ағылшынша.

# Сұраныс атаған нәрсе жоқ.
error-not-found-api-route = мұндай API адресі жоқ
error-not-found-course = курс табылмады
error-not-found-certificate = сертификат табылмады
error-not-found-account = тіркелгі табылмады
error-not-found-blob = файл табылмады
error-not-found-join-code = қосылу коды табылмады
error-not-found-revocation-list = күші жойылған сертификаттар тізімі табылмады
# Сервердің өз ақаулары: толығы тек сервер журналында.
error-internal = ішкі қате; толығы сервер журналында
error-storage-full = сервердің дискісі толып қалды, сондықтан бұдан ештеңе сақталмады; кейінірек қайталап көріңіз
error-range-not-satisfiable = сұралған ауқымды беру мүмкін емес
# Кіру және сеанстар.
error-unauthorized = алдымен кіріңіз: `Authorization: Bearer <token>` жіберіңіз
error-session-invalid = мұндай сеанс жоқ; қайта кіріңіз
error-session-expired = бұл сеанс ұзақ уақыт пайдаланылмағандықтан аяқталды; қайта кіріңіз
error-session-revoked = бұл сеанс тоқтатылды; қайта кіріңіз
error-wrong-credentials = логин немесе құпиясөз қате
error-too-many-attempts = { $seconds ->
    [one] сәтсіз кіру әрекеттері тым көп; { $seconds } секундтан кейін қайталап көріңіз
   *[other] сәтсіз кіру әрекеттері тым көп; { $seconds } секундтан кейін қайталап көріңіз
}
error-forbidden = бұл тіркелгіге мұны істеуге рұқсат жоқ
error-reset-code-invalid = бұл логин мен қалпына келтіру коды жарамды кодқа сәйкес келмейді; тренеріңізден жаңа код сұраңыз
# Тіркелгілер мен атаулар. `$field` — төмендегі error-field-… хабарларының бірі.
error-login-name = логин 3–64 таңбадан тұрады: кіші латын әріптері, сандар, нүкте, астыңғы сызық немесе дефис
error-login-taken = `{ $login }` логині бос емес
error-password-length = құпиясөз 8–1024 таңбадан тұрады
error-organization-exists = `{ $name }` деген ұйым бұрыннан бар
error-field-display-name = көрінетін аты
error-field-join-code-label = қосылу кодының белгісі
error-field-organization-name = ұйымның атауы
error-name-length = { $field }: 1–{ $max } таңба болуы керек
error-name-controls = { $field }: басқару таңбалары мен мәтін бағытын өзгертетін таңбалар болмауы керек
error-name-invisible = { $field }: көрінбейтін таңбалар болмауы керек
error-name-not-visible = { $field }: кемінде бір көрінетін әріп, сан немесе белгі болуы керек
error-name-accents = { $field }: бір әріпте ең көбі { $max } диакритикалық белгі болады
# Қосылу кодтары және курсқа жазылу.
error-join-code-invalid = мұндай қосылу коды жоқ; оны тренеріңізбен тексеріңіз
error-join-code-expired = бұл қосылу кодының мерзімі өтті; тренеріңізден жаңа код сұраңыз
error-join-code-used-up = бұл қосылу коды рұқсат етілген рет толық пайдаланылды; тренеріңізден жаңа код сұраңыз
error-join-code-ended = бұл қосылу кодын тренер тоқтатты; тренеріңізден жаңа код сұраңыз
error-course-archived = `{ $course }` курсы мұрағатта
error-enrollment-closed = `{ $course }` курсына тренер берген қосылу кодымен жазылады
error-no-such-course = `{ $course }` деген курс жоқ
error-invitation-once = шақыру бір рет қана пайдаланылады: `max_uses` 1 болуы керек
error-expires-in-days = `expires_in_days` 1 мен 365 аралығында болады
error-max-uses = `max_uses` 1 мен 10000 аралығында болады
error-join-code-no-course = қосылу коды кемінде бір курсқа жазуы керек
error-enroll-too-many = бір рет ең көбі { $max } тіркелгі
error-not-a-member = `{ $account }` бұл ұйымның мүшесі емес
# Сұраныс денелері мен сұраныс жолдары.
error-json-invalid = сұраныс денесі жарамды JSON емес: { $detail }
error-json-shape = сұраныс денесіндегі JSON құрылымы дұрыс емес: { $detail }
error-json-content-type = денені `Content-Type: application/json` арқылы жіберіңіз
error-body-unreadable = сұраныс денесін оқу мүмкін болмады: { $detail }
error-body-too-large = сұраныс денесі бұл сұраныс қабылдайтын көлемнен үлкен
error-query-invalid = сұраныс жолы жарамсыз: { $detail }
error-encoding-unreadable = Content-Encoding оқылмайды
error-encoding-unsupported = сұраныс денесінің `{ $encoding }` Content-Encoding түрі қабылданбайды: gzip немесе қарапайым JSON жіберіңіз
error-compressed-too-large = сығылған сұраныс денесі { $limit } байттан үлкен
error-gzip-invalid = сұраныс денесі жарамды gzip емес: { $detail }
error-decompressed-too-large = ашылғаннан кейін сұраныс денесі { $limit } байттан үлкен; оқиғаларды бір жолы азырақ жіберіңіз
error-sync-too-many-events = бір синхрондауда ең көбі { $max } оқиға; қалғанын келесі жолы жіберіңіз
# Тренерлерге қойылатын сұрақтар және олардың жауаптары (синхрондауда қабылданбаған сұрақ немесе жауап).
error-message-empty = сұрақта немесе жауапта мәтін болуы керек
error-message-too-long = сұрақ немесе жауап ең көбі { $max } таңбадан тұрады
error-message-control-characters = сұрақ немесе жауап қарапайым мәтін болуы керек: басқару таңбаларынсыз
error-question-not-found = бұл сұрақ жоқ немесе оған жазуға сізге рұқсат жоқ
error-question-event-taken = бұл оқиға идентификаторында басқа адамның хабары бұрыннан бар
error-question-daily-limit = күніне ең көбі { $max } сұрақ; бұл сұрақты ертең жіберіңіз
error-question-no-organization = сұрақ қоятын ұйым жоқ: тренер берген кодпен ұйымға қосылыңыз
error-question-not-staff = сұраққа тек сол сұрақтың ұйымындағы тренерлер мен әкімшілер жауап береді
error-question-already-answered = тренер жауап берген сұрақты жоюға болмайды
error-question-unknown-course = `{ $course }` курсының мұндай нұсқасы жоқ
error-question-unknown-lesson = курста `{ $lesson }` деген сабақ жоқ
error-question-not-enrolled = `{ $course }` курсы бойынша сұрақты оның тыңдаушылары қояды: тренерден қосылу кодын сұраңыз
# Есептер.
error-date-format = күндер ЖЖЖЖ-АА-КК түрінде жазылады; { $text } олай жазылмаған
error-period-reversed = кезеңнің соңы басынан бұрын тұр
error-learners-need-organization = тыңдаушылар кестесі бір ұйымға арналған: `organization=ID` қосыңыз
error-unknown-table = { $table } деген кесте белгісіз (кестелер: organizations, courses, months, learners)
# Сертификаттар мен файлдар.
error-certificate-too-long = сертификат бірнеше килобайт қана болады; бұл тым ұзын
error-revocation-reason = 1–500 таңбадан тұратын себеп жазыңыз
error-blob-name = файл атауы — SHA-256: 64 кіші он алтылық цифр
# Курс жасау. `$problems` — жоба мәселелерінің тізімі, әрқайсысы problem-at-line немесе problem-in-file түрінде.
error-course-slug = курстың қысқа атауы кіші латын әріптерінен, сандардан және дефистерден тұрады, ең көбі 64 таңба
error-course-exists = `{ $course }` деген курс бұрыннан бар; басқа атау таңдаңыз
error-draft-wrong-course = бұл жоба `{ $course }` курсына емес, `{ $draft }` курсына арналған
error-draft-conflict = сіз өңдеген нұсқадан кейін біреу бұл жобаны сақтады; алдымен сол нұсқаны жүктеңіз
error-draft-problems = жарияламас бұрын мына мәселелерді түзетіңіз: { $problems }
# Жүктелген суреттер. `$limit` — «4 KB» немесе «2.5 MB» сияқты көлем.
error-image-too-large = Файл { $limit } көлемінен үлкен. Кішірек сурет жүктеңіз.
error-not-an-image = Бұл файл сурет емес. JPEG, PNG, GIF немесе WebP суретін жүктеңіз.
error-image-format = { $format } суреттері қабылданбайды. JPEG, PNG, GIF немесе WebP суретін жүктеңіз.
error-image-too-many-pixels = Сурет өлшемі { $width } × { $height } пиксель; ең көбі { $megapixels } мегапиксель қабылданады. Кішірек сурет жүктеңіз.
error-image-unreadable = Суретті оқу мүмкін болмады: файл зақымданған немесе толық емес болуы мүмкін ({ $detail }).
error-image-alt-text-missing = Суретті көре алмайтын тыңдаушылар үшін оны қысқа мәтінмен сипаттаңыз.

## Курстың мәселелері: `dala course check` курс қалтасы үшін шығаратын және редактор жобаның
## жанында көрсететін мәселелер. Кері тырнақшадағы сөздер — курс форматының файл атаулары,
## кілттері мен мәндері, олар аударылмайды.

# Бір мәселе және оның орны: `$file` — 03-media.md сияқты, `$line` — нөмір, `$problem` — мәселе.
problem-at-line = { $file }:{ $line }: { $problem }
problem-in-file = { $file }: { $problem }
# Курс қалтасы және оның файлдары.
problem-unreadable = оқу мүмкін емес: { $detail }
problem-folder-name = курс қалтасының атауы кіші латын әріптерінен, сандардан және дефистерден тұруы керек
problem-quiz-file-name = тест файлының атауы `03-quiz-id.quiz.toml` сияқты болуы керек
problem-lesson-file-name = сабақ файлының атауы `01-lesson-id.md` сияқты болуы керек
problem-unexpected-file = күтілмеген файл: курс қалтасында course.toml, `NN-id.md` деп аталған сабақтар, `NN-id.quiz.toml` деп аталған тесттер және суреттер (png, jpg, gif, webp, svg) болады
problem-metadata-missing = жоқ: әр курсқа өз метадеректер файлы керек
problem-number-twice = сабақ нөмірі екі рет қолданылған ({ $files }): реті анық емес
problem-duplicate-id = `{ $id }` идентификаторы қайталанады ({ $file } ішінде де бар)
problem-no-lessons = сабақ жоқ: `01-introduction.md` сияқты аталған Markdown файлдарын қосыңыз
problem-too-many-items = сабақтар мен тесттер саны { $count }: курста ең көбі { $max } болады
problem-too-many-images = суреттер саны { $count }: курста ең көбі { $max } болады
problem-not-utf8 = жарамды UTF-8 емес: файлды UTF-8 кодтауында сақтаңыз
# Метадеректер файлы, course.toml. `$key` — оның кілті, мысалы `title`.
problem-toml-invalid = жарамды TOML емес: { $detail }
problem-key-empty = `{ $key }` бос болмауы керек
problem-key-not-string = `{ $key }` мәтін жолы болуы керек
problem-key-not-list = `{ $key }` мәтін жолдарының тізімі болуы керек
problem-key-too-long = `{ $key }` { $max } таңбадан ұзын
problem-key-too-many = `{ $key }` ішінде { $max } жазбадан көп
problem-key-entry-too-long = `{ $key }` ішіндегі бір жазба { $max } таңбадан ұзын
problem-language-tag = `{ $tag }` — `en`, `ru` немесе `kk` сияқты тіл тегі емес
problem-authors-empty = `authors` ішінде кемінде бір автор аталуы керек
problem-open-not-boolean = `open` мәні true немесе false болуы керек
problem-not-a-slug = `{ $slug }` — курстың қысқа атауы емес
problem-unknown-key = `{ $key }` деген белгісіз метадеректер кілті (белгілі кілттер: { $known })
problem-required-key = міндетті `{ $key }` кілті жоқ
problem-translation-missing = `{ $course }` аудармасы осы қалтадағы курс емес
problem-translation-unknown = `{ $course }` аудармасы осы сервердегі басқа курс емес
problem-translation-other-organization = `{ $course }` аудармасы басқа ұйымға тиесілі
problem-key-not-table = `{ $key }` кесте болуы керек, мысалы `[{ $key }]`
problem-key-not-slug = `{ $key }` курстың қысқа атауы болуы керек
problem-translation-status = `translation.status` "draft" немесе "reviewed" болуы керек
problem-translation-hash = `{ $lesson }` үшін `translation.lessons` SHA-256 болуы керек: 64 он алтылық цифр, кіші әріптермен
problem-translation-lesson-unknown = `translation.lessons` ішінде `{ $lesson }` аталған, бірақ бұл курста ондай сабақ жоқ
problem-translation-source-itself = `translation.source` осы курстың өзін көрсетеді
problem-translation-source-missing = аударманың бастапқы курсы `{ $course }` осы қалтада жоқ
problem-translation-source-unknown = аударманың бастапқы курсы `{ $course }` осы серверде жоқ
# Сабақтар.
problem-lesson-too-large = сабақ мәтіні ең көбі { $max } КБ болады; мұнда { $size } КБ
problem-second-title = тек бірінші жол ғана бірінші деңгейлі тақырып (`# `) бола алады
problem-no-title = сабақ өз атауымен, яғни бірінші деңгейлі тақырыппен басталуы керек (`# Атауы`)
problem-title-too-long = атауы { $max } таңбадан ұзын
problem-too-deep = бұл сабақта элементтер бір-бірінің ішіне { $max } деңгейден тереңірек салынған (дәйексөздер, тізімдер немесе HTML тегтері); оны қарапайым етіңіз
problem-too-many-elements = бұл сабақта { $max } элементтен көп (абзацтар, тізім тармақтары, тегтер); оны бірнеше сабаққа бөліңіз
# Курстың суреттері.
problem-image-external = `{ $image }` суреті курс қалтасындағы файл болуы керек: тыңдаушылар желісіз оқиды
problem-image-not-found = `{ $image }` суреті курс қалтасында табылмады
problem-image-alt = `{ $image }` суретіне балама мәтін керек: `![суретте не бар]({ $image })`
problem-image-name = сурет атауы кіші латын әріптерінен, сандардан және дефистерден тұрып, сурет кеңейтімімен аяқталуы керек
problem-image-missing = бұл сурет серверде жоқ: оны қайта жүктеңіз
# Тесттер. `$kind` — сұрақ түрі, мысалы single_choice.
problem-quiz-invalid = жарамды тест емес: { $detail }
problem-quiz-too-many-questions = тестте ең көбі { $max } сұрақ болады
problem-pass-mark = `pass_mark` — 1 мен 100 аралығындағы пайыз
problem-max-attempts = `max_attempts` кемінде 1 болуы керек (шектеу қажет болмаса, оны жазбаңыз)
problem-no-questions = тестке кемінде бір `[[questions]]` керек
# Бір сұрақтың мәселесі: `$number` — сұрақтың нөмірі, `$problem` — төмендегі хабарлардың бірі.
problem-question = { $number }-сұрақ: { $problem }
problem-options = `options` керек: кемінде екеуі, ешқайсысы бос болмауы керек
problem-option-number = нұсқалар 1 мен { $count } аралығында нөмірленеді; { $number } деген нөмір жоқ
problem-key-not-for-kind = `{ $key }` { $kind } түріндегі сұраққа жатпайды
problem-answer-single = `answer` керек: дұрыс нұсқаның нөмірі
problem-answers-multiple = `answers` керек: барлық дұрыс нұсқалардың нөмірлері
problem-answers-twice = `answers` бір нұсқаны екі рет атайды
problem-answer-true-false = `answer = true` немесе `answer = false` керек
problem-accepted = `accepted` керек: қабылданатын жауаптар, ешқайсысы бос болмауы керек
problem-unknown-kind = `{ $kind }` деген белгісіз түр (түрлер: { $kinds })
problem-question-too-long = тым ұзын: `prompt` пен `explanation` ішінде ең көбі { $prompt } таңба, ең көбі { $options } `options`, әрқайсысы { $option } таңба, ең көбі { $accepted } `accepted` жауап, әрқайсысы { $answer } таңба

# `dala course check` пәрмен жолында. `$course` — курстың қысқа атауы, `$lesson` — сабақ идентификаторы.
check-source-changed = { $course }: `{ $lesson }` сабағы: аударылғаннан кейін бастапқы сабақ өзгерді
check-not-tracked = { $course }: `{ $lesson }` сабағы: бақыланбайды (`[translation.lessons]` ішінде хэші жоқ)
check-not-translated = { $course }: бастапқы курстың `{ $lesson }` сабағы аударылмаған
check-gone-from-source = { $course }: `{ $lesson }` сабағы: бастапқы курста бұл сабақ енді жоқ
check-source-missing = { $course }: `{ $source }` бастапқы курсы табылмады
check-warning = ескерту: { $warning }
check-clean = { $courses ->
    [one] { $courses } курс тексерілді: мәселе жоқ
   *[other] { $courses } курс тексерілді: мәселе жоқ
}
check-clean-with-warnings = { $courses ->
    [one] { $courses } курс тексерілді: мәселе жоқ
   *[other] { $courses } курс тексерілді: мәселе жоқ
}, { $warnings ->
    [one] { $warnings } ескерту
   *[other] { $warnings } ескерту
}
check-problems = { $problems ->
    [one] { $problems } мәселе
   *[other] { $problems } мәселе
}

# Желі жоқ кезде тасымалданатын файлдар: құрылғы кілттері және қабылданбаған прогресс файлдары.
error-device-key-invalid = құрылғы кілті — 64 он алтылық цифрмен жазылған 32 байт, ал қол қою кілті жарамды Ed25519 кілті болуы керек
error-device-key-taken = бұл құрылғы кілті басқа тіркелгіге тіркелген немесе күші жойылған: жаңасын жасау үшін қайта кіріңіз
error-file-not-this-kind = бұл Dala прогресс файлы емес
error-file-truncated = файл соңына жетпей үзіліп қалған: оны қайта көшіріңіз немесе қайта жіберіңіз
error-file-too-large = файл прогресс файлы бола алатын көлемнен үлкен
error-file-other-installation = файл басқа Dala серверіне арналып жасалған немесе жасалғаннан кейін өзгертілген
error-file-altered = файл жасалғаннан кейін өзгертілген
error-file-malformed = файлдың іші зақымданған
error-file-unknown-device = бұл файлды жасаған құрылғы мұнда тіркелмеген: тыңдаушы байланыс бар кезде сол құрылғыда бір рет кіруі керек
error-file-other-account = файлда оған қол қойылған құрылғының тіркелгісі емес, басқа тіркелгі көрсетілген
error-file-device-ended = бұл файлды жасаған құрылғының күші жойылған (оның тіркелгісінің сеанстары тоқтатылған): тыңдаушы қайта кіріп, жаңа файл жасайды
