### status: draft
### Dala web client: Kazakh (kk). Drafted without a native speaker; awaiting review.

skip-to-content = Мазмұнға өту
language-label = Тіл
language-needs-connection = «{ $language }» тілі бұл құрылғыда әлі жоқ. Оған ауысу үшін бір рет интернетке қосылыңыз.
status-online = Желіде
status-offline = Желіден тыс
loading = Жүктелуде…

catalog-title = Курстар
catalog-also-in = Басқа тілдерде:
catalog-filter-language = Курстардың тілі
catalog-filter-all = Барлық тілдер
list-separator = {", "}
catalog-offline = Сіз желіден тыссыз. Мұнда осы құрылғыға жүктеп алынған курстар көрсетілген.
catalog-empty = Әзірге бірде-бір курс жарияланған жоқ.
catalog-empty-offline = Бұл құрылғыда әлі жүктеп алынған курс жоқ. Курс жүктеп алу үшін интернетке қосылыңыз.
lesson-count = { $count ->
    [one] { $count } сабақ
   *[other] { $count } сабақ
}
badge-downloaded = Офлайн қолжетімді

back-to-catalog = Барлық курстар
course-title-loading = Курс
course-version = Нұсқа { $version }
course-translations = Басқа тілде де бар:
course-progress = { $total } сабақтан { $done } сабақ аяқталды
offline-heading = Интернетсіз оқу
download-button = Офлайн үшін жүктеп алу ({ $size })
download-progress = Жүктелуде: { $done } дайын, { $left } қалды
download-partial = Жүктеу үзіліп қалды.
download-resume = Жүктеуді жалғастыру
download-complete = Жүктеп алынды: бұл курсты интернетсіз оқуға болады.
update-available = Жаңарту бар: { $size }
download-update = Жаңа нұсқаны жүктеп алу
download-remove = Жүктелгенді жою
storage-used = Бұл құрылғыда { $size } орын алады.
lessons-heading = Сабақтар
lesson-status-complete = Аяқталды
lesson-status-opened = Басталды

lesson-title-loading = Сабақ
lesson-mark-complete = Аяқталды деп белгілеу
lesson-completed = Аяқталды ✓
lesson-nav-label = Сабақтар
lesson-previous = ← Алдыңғы
lesson-next = Келесі →

not-found-title = Бет табылмады
elsewhere-title = Бұл бет әлі осы құрылғыда жоқ
elsewhere-needs-connection = Оны бір рет интернет арқылы ашу керек, содан кейін ол офлайн да жұмыс істейді. Интернетке қосылып, қайталап көріңіз.

size-bytes = { $size } Б
size-kb = { $size } КБ
size-mb = { $size } МБ

error-offline = Сіз желіден тыссыз, ал бұл әлі жүктеп алынбаған. Интернетке қосылып, қайталап көріңіз.
error-not-found = Мұндай курс немесе сабақ жоқ.
error-integrity = Жүктелген файл жолда зақымданды. Қайталап көріңіз: тек зақымданған бөлігі қайта жүктеледі.
error-storage = Бұл құрылғы деректерді сақтай алмады. Орын босатыңыз немесе жасырын режимнен шығыңыз, содан кейін қайталап көріңіз.
error-server = Сервер жауап бере алмады. Кейінірек қайталап көріңіз.

sync-pending = { $count ->
    [0] Барлық прогресс жіберілді
    [one] { $count } өзгеріс жіберуді күтуде
   *[other] { $count } өзгеріс жіберуді күтуде
}
sync-last = Соңғы синхрондау: { $time }
sync-never = Әлі синхрондалмаған
sync-running = Синхрондалуда…
sync-offline = Байланыс жоқ. Прогресіңіз осы құрылғыда сақталады және байланыс қалпына келгенде жіберіледі.
sync-now = Қазір синхрондау
sync-refused = { $count ->
    [one] Сервер { $count } өзгерісті сақтамады, мысалы, сіз жазылмаған курстағы өзгерісті. Тренеріңізден қосылу кодын сұраңыз.
   *[other] Сервер { $count } өзгерісті сақтамады, мысалы, сіз жазылмаған курстағы өзгерістерді. Тренеріңізден қосылу кодын сұраңыз.
}
sign-out = Шығу
sign-in-link = Кіру
sign-in-title = Кіру
sign-in-button = Кіру
field-login = Логин
field-login-hint = 3–64 таңба: кіші латын әріптері, сандар, нүкте, дефис немесе астыңғы сызық.
field-password = Құпиясөз
field-password-hint = Кемінде 8 таңба.
field-code = Қосылу коды
field-display-name = Басқаларға көрінетін атыңыз
join-link = Тренеріңіз қосылу кодын берді ме? Тіркелгі жасаңыз
join-title = Кодпен қосылу
join-intro = Тренеріңіз сізге код берді. Ол сіздің тіркелгіңізді жасайды және сізді курстарыңызға жазады. Электрондық пошта немесе телефон нөмірі қажет емес.
join-button = Тіркелгімді жасау

error-not-signed-in = Прогресіңізді сақтап, жіберу үшін жүйеге кіріңіз.
error-session-ended = Сіз жүйеден шығарылдыңыз. Қайта кіріңіз; осы құрылғыдағы прогресіңіз сақталған.
error-session-expired = Сіз ұзақ уақыт болмадыңыз, сондықтан жүйеден шығарылдыңыз. Қайта кіріңіз; осы құрылғыдағы прогресіңіз сақталған.
error-wrong-credentials = Логин немесе құпиясөз қате.
error-too-many-attempts = Тым көп әрекет жасалды. Бірнеше минут күтіп, қайталап көріңіз.
error-join-code-invalid = Мұндай код жоқ. Оны тренеріңізбен бірге тексеріңіз.
error-join-code-expired = Бұл кодтың мерзімі өтіп кетті. Тренеріңізден жаңасын сұраңыз.
error-join-code-used-up = Бұл код толық пайдаланылып қойған. Тренеріңізден жаңасын сұраңыз.
error-login-taken = Бұл логин бос емес. Басқасын таңдаңыз.
error-invalid = Енгізгеніңізді тексеріңіз: сервер оны қабылдай алмады.

quiz-label = Тест:
quiz-status-passed = Тапсырылды
quiz-title-loading = Тест
quiz-pass-mark = Өту шегі: { $mark } %
quiz-attempts-left = { $count ->
    [one] { $count } әрекет қалды
   *[other] { $count } әрекет қалды
}
quiz-best = Ең жақсы нәтиже: { $score } %
quiz-passed-already = Сіз бұл тестті тапсырдыңыз.
quiz-submit = Жауаптарымды тексеру
quiz-again = Қайталап көру
quiz-no-attempts = Сіз бұл тесттің барлық әрекетін пайдаланып қойдыңыз.
quiz-choose-all = Барлық дұрыс жауапты таңдаңыз.
quiz-true = Дұрыс
quiz-false = Бұрыс
quiz-your-answer = Сіздің жауабыңыз
quiz-score = { $score } %: { $total } сұрақтан { $right } дұрыс.
quiz-result-passed = Тапсырылды!
quiz-result-failed = Бұл жолы тапсырылмады.
quiz-mark-right = Дұрыс
quiz-mark-wrong = Қате
course-complete = Сіз бұл курсты аяқтадыңыз.

nav-certificates = Сертификаттар
course-certificate-link = Осы курс бойынша сертификатыңыз
certificates-title = Менің сертификаттарым
certificates-empty = Сізде әлі сертификат жоқ. Курстың барлық сабағы мен тестін аяқтаңыз: оның сертификаты келесі синхрондау кезінде келеді.
certificates-sign-in = Сертификаттарыңызды көру үшін жүйеге кіріңіз.
certificate-completed-on = Аяқталған күні: { $date }
certificate-title = Сертификат
certificate-learner = Кімге берілді
certificate-course = Курс
certificate-date = Аяқталған күні
certificate-issuer = Берген
certificate-id = Сертификат нөмірі
certificate-status-heading = Жарамды ма?
certificate-no-trust = Бұл құрылғы әзірге сертификаттарды тексере алмайды: ол үшін қажетті деректер (берушінің кілттері және күші жойылған сертификаттар тізімі) келесі синхрондау кезінде келеді.
certificate-downloads = Жүктеп алу
download-pdf = Басып шығаруға арналған сертификат (PDF)
download-pdf-fetching = PDF алынуда…
download-jwt = Басқа жүйелерге арналған қол қойылған файл
download-json = Басқа жүйелерге арналған сертификат деректері
download-wallet = Цифрлық әмиянға арналған
certificate-pdf-note = PDF (шамамен 20 КБ) бір рет жүктеледі, содан кейін осы құрылғыда сақталады. Қалған файлдар мұнда бар.
certificate-share-heading = Бөлісу
certificate-share-text = Бұл сілтемені алған кез келген адам сертификатыңыздың түпнұсқа екенін тексере алады. Сілтеме PDF файлдағы QR кодта да бар.
certificate-wallet-link-text = Цифрлық әмиян сертификатыңызды осы сілтеме арқылы да ала алады. Сілтемені тек өз әмияныңызға беріңіз: оны алған кез келген адам сертификатты көре алады.
certificate-wallet-qr = Әмиян сілтемесінің QR коды
certificate-wallet-qr-hint = Басқа құрылғыдағы әмиян қолданбасы, мысалы телефоныңыздағы, осы кодты да сканерлей алады.

verdict-valid = Жарамды
verdict-revoked = Күші жойылған
verdict-altered = Өзгертілген
verdict-unknown-key = Белгісіз қол қоюшы
verdict-malformed = Сертификат емес
verdict-unchecked = Әлі тексерілмеген
reason-genuine = Беруші қол қойған, өзгертілмеген және күші жойылмаған.
reason-revocation-unchecked = Беруші қол қойған және өзгертілмеген. Күші жойылған-жойылмағанын тексеру мүмкін болмады: күші жойылған сертификаттар тізімі қолжетімсіз болды.
reason-revoked = Түпнұсқа, бірақ беруші оның күшін жойған.
reason-signature-mismatch = Қолтаңба мазмұнға сәйкес келмейді: сертификат қол қойылғаннан кейін өзгертілген немесе жалған.
reason-unknown-key = Бұл беруші жарияламаған кілтпен қол қойылған: сертификат мұнда берілмеген немесе жалған.
reason-missing-key-id = Сертификатта оған қай кілтпен қол қойылғаны көрсетілмеген.
reason-unsupported-algorithm = Сертификатқа қабылданбайтын әдіспен қол қойылған.
reason-not-a-jwt = Бұл қол қойылған сертификат емес. Сертификат файлының бүкіл мәтінін қойыңыз.
reason-not-a-credential = Бұл қол қойылған деректер, бірақ сертификат емес.
reason-unknown = Сертификатты тексеру мүмкін болмады.
revoked-on = Күші жойылған күні: { $date }. Берушінің көрсеткен себебі: { $reason }
checked-by-server = Берушінің серверінде тексерілді.
checked-on-device = Берушінің серверіне қосылмай, осы құрылғыда тексерілді.
list-age = Күші жойылған сертификаттар тізімі { $list } күнгі жағдай бойынша; соңғы тексеру: { $checked }.
list-age-none = Бұл құрылғыда осы сертификатқа қатысты күші жойылған сертификаттар тізімі жоқ; берушінің деректері соңғы рет тексерілді: { $checked }.

verify-link = Сертификатты тексеру
verify-title = Сертификатты тексеру
verify-intro = Сертификаттың түпнұсқа екенін және күші жойылмағанын білу үшін оның мәтінін қойыңыз немесе файлын таңдаңыз. Тіркелгі қажет емес.
verify-field = Сертификат
verify-field-hint = Сертификат файлының бүкіл мәтіні (қол қойылған файл, сертификат деректері немесе әмиянға арналған файл).
verify-file = Немесе сертификат файлын таңдаңыз
verify-button = Тексеру
verify-result-heading = Нәтиже
verify-file-too-large = Бұл файл сертификат болу үшін тым үлкен.
verify-file-unreadable = Бұл файлды оқу мүмкін болмады. Сертификат файлын таңдаңыз.

error-certificate-not-found = Бұл сілтемеге сәйкес сертификат жоқ. Мекенжайдың толық көшірілгенін тексеріңіз.
error-no-trust = Берушінің серверіне қосылу мүмкін емес, ал бұл құрылғыда сертификаттарды тексеруге қажетті деректер жоқ. Интернетке қосылып, қайталап көріңіз.
error-wallet-form-offline = Бұл — сертификаттың әмиянға арналған файлы, оны тек берушінің сервері тексереді. Интернетке қосылып, қайталап көріңіз немесе сертификаттың қол қойылған файлын (.jwt) тексеріңіз: оны мұнда интернетсіз де тексеруге болады.

## Курс редакторы (тренерлер)
image-too-large = Бұл сурет сервер қабылдайтын көлемнен үлкен. Кішірек файл таңдаңыз.
image-not-an-image = Бұл файл сурет емес. JPEG, PNG, GIF немесе WebP суретін таңдаңыз.
image-too-many-pixels = Бұл суретте пиксель тым көп. Кішірек сурет таңдаңыз.
image-unreadable = Бұл суретті оқу мүмкін болмады: файл зақымданған болуы мүмкін. Басқасын таңдап көріңіз.
image-alt-missing = Суретті көре алмайтын тыңдаушылар үшін оны бірнеше сөзбен сипаттаңыз.
draft-invalid = Курсты жарияламас бұрын түзету керек мәселелер бар. Олар төменде көрсетілген.
authoring-forbidden = Сіздің тіркелгіңіз бұл курсты өңдей алмайды. Курс ұйымының әкімшісіне хабарласыңыз.
course-slug-taken = Мұндай қысқа атауы бар курс бұрыннан бар. Басқасын таңдаңыз.
author-title = Сіз өңдейтін курстар
author-no-courses = Әзірге сіз өңдейтін курс жоқ.
author-never-published = Әлі жарияланбаған
author-unpublished-changes = Жарияланбаған өзгерістер бар
author-new-course = Жаңа курс
author-field-organization = Ұйым
author-field-title = Атауы
author-field-slug = Қысқа атауы
author-field-slug-help = Кіші латын әріптері, сандар және дефистер, мысалы fundraising-basics. Ол курс мекенжайының бөлігі болады, оны кейін өзгерту мүмкін емес.
author-field-summary = Каталогқа арналған қысқаша сипаттама
author-field-language = Курстың тілі
author-field-author = Авторы
author-create = Курсты жасау
author-first-lesson-title = Кіріспе
author-first-lesson-text = Бірінші сабақты осында жазыңыз.
edit-metadata-heading = Курс туралы
edit-field-version = Басылым
edit-field-authors = Авторлар (үтір арқылы)
edit-field-licence = Лицензия
edit-field-translations = Осы курс басқа тілдерде (қысқа атаулары, үтір арқылы)
edit-items-heading = Сабақтар мен тесттер
edit-move-up = Жоғары жылжыту
edit-move-down = Төмен жылжыту
edit-remove = Жою
edit-add-lesson = Сабақ қосу
edit-new-lesson-title = Жаңа сабақ
edit-lesson-heading = Сабақ:
edit-lesson-markdown = Мәтін (Markdown)
edit-lesson-markdown-help = Бірінші жол — тақырып: # Тақырып. Абзацтар бос жолмен бөлінеді; *курсив*, **қалың**, - тізімдер, [сілтемелер](https://…).
edit-preview = Алдын ала көру
edit-preview-heading = Тыңдаушыларға осылай көрінеді
edit-image-heading = Сурет қосу
edit-image-file = Сурет (JPEG, PNG, GIF немесе WebP)
edit-image-alt = Суретте не бейнеленген (оны көре алмайтын тыңдаушылар үшін)
edit-image-upload = Жүктеп, сабаққа қосу
edit-publish-heading = Жариялау
edit-no-problems = Мәселе жоқ: курсты жариялауға болады.
edit-publish = Жаңа нұсқаны жариялау
edit-published = Жарияланды. Курсты жүктеп алған тыңдаушыларға жаңарту ұсынылады.
edit-published-unchanged = Соңғы жариялаудан бері ештеңе өзгерген жоқ.
edit-saved-local = Осы құрылғыда сақталды. Байланыс болғанда серверге жіберіледі.
edit-saved-server = Серверде сақталды.
edit-conflict = Сіз өңдеуді бастағаннан кейін { $name } бұл курсты сақтады. Қай нұсқаны қалдыру керегін таңдаңыз.
edit-keep-mine = Менің нұсқамды қалдыру (оның нұсқасы ауыстырылады)
edit-take-theirs = Оның нұсқасын алу (менің өзгерістерім жойылады)
nav-author = Курс жазу
edit-field-open = Жүйеге кірген кез келген тыңдаушы жазыла алады (әйтпесе тек қосылу кодымен)
edit-add-quiz = Тест қосу
edit-new-quiz-title = Өзіңізді тексеріңіз
edit-quiz-title = Тест атауы
edit-quiz-pass-mark = Өту шегі (дұрыс жауап берілген сұрақтардың пайызы)
edit-quiz-max-attempts = Рұқсат етілген әрекет саны
edit-quiz-max-attempts-help = Шектеу керек болмаса, бос қалдырыңыз.
edit-quiz-question = { $n }-сұрақ
edit-quiz-prompt = Сұрақ мәтіні
edit-quiz-kind = Сұрақ түрі
edit-quiz-kind-single = Бір дұрыс нұсқа
edit-quiz-kind-multiple = Бірнеше дұрыс нұсқа
edit-quiz-kind-true-false = Дұрыс немесе бұрыс
edit-quiz-kind-short = Қысқа жазбаша жауап
edit-quiz-options-single = Нұсқалар: дұрысын белгілеңіз
edit-quiz-options-multiple = Нұсқалар: барлық дұрысын белгілеңіз
edit-quiz-option = { $n }-нұсқа
edit-quiz-option-right = { $n }-нұсқа дұрыс
edit-quiz-remove-option = { $n }-нұсқаны жою
edit-quiz-add-option = Нұсқа қосу
edit-quiz-right-answer = Дұрыс жауап
edit-quiz-accepted = Қабылданатын жауаптар, әр жолға біреуден
edit-quiz-accepted-help = Бас әріптер мен артық бос орындардың маңызы жоқ.
edit-quiz-remove-question = Сұрақты жою
edit-quiz-add-question = Сұрақ қосу
edit-quiz-problem-title = Тестке атау керек.
edit-quiz-problem-pass-mark = Өту шегі 1 мен 100 аралығында болуы керек.
edit-quiz-problem-attempts = Кемінде бір әрекетке рұқсат беріңіз немесе шектеусіз болу үшін өрісті бос қалдырыңыз.
edit-quiz-problem-no-questions = Тестте кемінде бір сұрақ болуы керек.
edit-quiz-problem-prompt = { $n }-сұрақтың мәтіні жоқ.
edit-quiz-problem-options = { $n }-сұраққа кемінде екі нұсқа керек, олардың ешқайсысы бос болмауы тиіс.
edit-quiz-problem-no-answer = { $n }-сұрақтың дұрыс жауабы жоқ.
edit-quiz-problem-empty-accepted = { $n }-сұрақ бос жауапты қабылдайды.
edit-quiz-problem-too-large = Тест атауы 200 таңбадан ұзын немесе тестте 100-ден көп сұрақ бар.
edit-quiz-problem-question-too-large = { $n }-сұрақ тым ұзын: сұрақта және оның түсіндірмесінде ең көбі 2 000 таңба, әрқайсысы 500 таңбадан 20 нұсқа немесе әрқайсысы 200 таңбадан 20 қабылданатын жауап болуы мүмкін.
edit-quiz-has-problems = «{ $title }» тесті: { $n ->
    [one] түзету керек бір мәселе
   *[other] түзету керек { $n } мәселе
}
edit-preview-offline = Алдын ала көру үшін серверге байланыс керек. Мәтініңіз осы құрылғыда сақталған, желіге қосылғанда алдын ала көру қайта жұмыс істейді.

## Басқару тақтасы (әкімшілер)
nav-dashboard = Басқару тақтасы
error-forbidden = Сіздің тіркелгіңіз мұны көре немесе істей алмайды.
dashboard-title = Басқару тақтасы
dashboard-sign-in = Басқару тақтасын көру үшін әкімші ретінде кіріңіз.
dashboard-not-allowed = Басқару тақтасы ұйым әкімшілері мен тренерлеріне арналған. Сіздің тіркелгіңіз олардың ешқайсысына жатпайды.
dashboard-reports-for-administrators = Жазылу мен аяқтау туралы есептер әкімшілерге арналған. Тренер ретінде сіз төменде ұйымыңыздың тыңдаушыларын көре аласыз.
dashboard-loading = Есептер жүктелуде…
dashboard-offline = Басқару тақтасына серверге байланыс керек. Интернетке қосылып, қайталап көріңіз.
dashboard-forbidden = Сіздің тіркелгіңіз бұл есептерді көре алмайды. Олар ұйым әкімшілеріне арналған.
filters-heading = Сүзгілер
filter-organization = Ұйым
filter-all-organizations = Барлық ұйымдарым
filter-course = Курс
filter-all-courses = Барлық курстар
filter-from = Басталуы
filter-to = Аяқталуы
filter-apply = Көрсету
filter-backwards = Аяқталу күні басталу күнінен бұрын тұр.
totals-heading = Жиынтық
totals-explained = Таңдалған кезеңдегі жазылулар, аяқтаулар және сертификаттар. Белсенді тыңдаушылар: құрылғылары кезеңнің соңғы 30 күнінде (айлар кестесінде — сол айда) прогресс жіберген тыңдаушылар. Күші жойылған сертификаттар сертификат ретінде саналмайды, бірақ аяқтау ретінде саналады.
count-enrollments = Жазылулар
count-active-learners = Белсенді тыңдаушылар
count-completions = Аяқтаулар
count-certificates = Сертификаттар
chart-empty = Бұл сүзгілер бойынша көрсететін ештеңе жоқ.
chart-enrolled = { $count } жазылды
chart-completed = { $count } аяқтады
section-months = Айлар бойынша
chart-months = Айлар бойынша жазылулар мен аяқтаулар
table-months = Айлар бойынша жазылулар, белсенді тыңдаушылар, аяқтаулар және сертификаттар
column-month = Ай
section-courses = Курстар бойынша
chart-courses = Курстар бойынша жазылулар мен аяқтаулар
table-courses = Курстар бойынша жазылулар, белсенді тыңдаушылар, аяқтаулар және сертификаттар
column-course = Курс
column-details = Толығырақ
course-report-open = Сабақтар мен сұрақтар
section-organizations = Ұйымдар бойынша
chart-organizations = Ұйымдар бойынша жазылулар мен аяқтаулар
table-organizations = Ұйымдар бойынша жазылулар, белсенді тыңдаушылар, аяқтаулар және сертификаттар
column-organization = Ұйым
csv-download = CSV жүктеп алу
csv-downloading = Файл дайындалуда…
csv-saved = { $name } деген атпен сақталды. Жүктеп алу аудит журналына жазылды.
course-report-loading = Курс есебі жүктелуде…
course-report-heading = Курс: { $title }
course-report-enrolled = { $count ->
    [one] Бұл кезеңде { $count } тыңдаушы жазылды.
   *[other] Бұл кезеңде { $count } тыңдаушы жазылды.
}
funnel-heading = Тыңдаушылар қай жерге дейін жетті
funnel-explained = Әр сабақ бойынша: жазылған тыңдаушылардың қаншасы оны ашты және қаншасы аяқтады.
chart-funnel = Әр сабаққа жеткен және оны аяқтаған тыңдаушылар
table-funnel = Әр сабаққа жеткен және оны аяқтаған тыңдаушылар
column-lesson = Сабақ
column-reached = Жетті
column-lesson-completed = Аяқтады
chart-reached = { $count } жетті ({ $percent } %)
chart-lesson-completed = { $count } аяқтады ({ $percent } %)
difficulty-heading = Қиын сұрақтар
difficulty-explained = Тесттің әр сұрағы бойынша: қанша тыңдаушы бірінші әрекетте қате жауап берді.
chart-difficulty = Әр сұрақ бойынша бірінші жауаптардағы қателер үлесі
table-difficulty = Әр сұрақ бойынша бірінші жауаптардағы қателер
question-label = { $number }. { $prompt }
column-question = Сұрақ
column-quiz = Тест
column-first-attempts = Бірінші әрекеттер
column-wrong = Қате
column-wrong-share = Қате үлесі
chart-wrong = { $percent } % қате ({ $total } ішінен { $wrong })
learners-heading = Тыңдаушылар
learners-explained = Жоғарыдағы есептер тек сандарды көрсетеді. Мұнда сіз тренер немесе әкімші болып табылатын ұйымның тыңдаушыларын жеке-жеке көре аласыз. Бұл тізімді әр ашқаныңыз, әр CSV жүктеп алу сияқты, аудит журналына жазылады.
learners-show = { $organization } ұйымының тыңдаушыларын көрсету
learners-hide = Тыңдаушыларды жасыру
learners-loading = Тыңдаушылар жүктелуде…
table-learners = { $organization } ұйымының тыңдаушылары
column-learner = Тыңдаушы
column-courses = Курстар
column-last-sync = Соңғы синхрондау
learner-course = { $course }: { $done }/{ $total } сабақ
learner-course-completed = аяқталды
learner-never-synced = Ешқашан
audit-heading = Аудит журналы
audit-explained = Жеке тыңдаушыларды кім және қашан қарағаны немесе кестені жүктеп алғаны. Оны тек сіз, осы жүйенің әкімшісі, оқи аласыз.
audit-show = Аудит журналын көрсету
audit-refresh = Жаңарту
audit-loading = Аудит журналы жүктелуде…
table-audit = Аудит журналы, ең жаңасы басында
column-when = Қашан
column-who = Кім
column-action = Әрекет
column-detail = Толығырақ
audit-action-view-learners = Тыңдаушыларды қарады
audit-action-export = Кестені жүктеп алды

## Ортақ құрылғылар: шығу және бәрін жою
error-device-full = Бұл құрылғыда орын жоқ: тағы { $size } орын керек. Қажет емес жүктелген курсты жойыңыз немесе құрылғыда орын босатыңыз, содан кейін қайталап көріңіз; бұрын сақталғанның бәрі орнында.
error-not-saved = Мұны құрылғыда сақтау мүмкін болмады, одан ештеңе сақталған жоқ. Қайталап көріңіз.
error-server-full = Серверде орын таусылды, бұдан ештеңе сақталмады. Осы құрылғыда сақталғанның бәрі осында қалады және кейін қайта жіберіледі; бұл қайталана берсе, сервер әкімшісіне хабарлаңыз.
sign-out-title = Шығу
signed-out-title = Жүйеден шықтыңыз
sign-out-who = Сіз { $name } ретінде кірдіңіз.
sign-out-pending = { $count ->
    [one] Мұнда жасалған бір өзгеріс әлі серверде жоқ.
   *[other] Мұнда жасалған { $count } өзгеріс әлі серверде жоқ.
}
sign-out-return-file = Прогресіңізді тренеріңізге арнап файлға сақтадыңыз ба? Оның жауап файлы мұнда сіз шықпағанша ғана ашылады. Өзгерістеріңіз бәрібір осында қайта кіргеннен кейінгі алғашқы синхрондауда жіберіледі.
sign-out-what-stays = Шыққаннан кейін бұл құрылғыда сізге қатысты ештеңе көрсетілмейді: прогресіңіз де, тест жауаптарыңыз да, сертификаттарыңыз да, жобаларыңыз да, атыңыз да. Әлі жіберілмеген өзгерістер тек сіз үшін осында сақталады және осы құрылғыда қайта кіргенде жіберіледі. Жүктелген курстар қалады: олар жалпыға ашық.
sign-out-send-first = Қазір жіберіп, содан кейін шығу
sign-out-keep-waiting = Шығу, ал өзгерістерімді мен үшін осында сақтау
signed-out-nothing-shown = Енді бұл құрылғыда тіркелгіңізден ештеңе көрсетілмейді. Жүктелген курстар қалады: олар жалпыға ашық.
remove-everything-heading = Осы құрылғыдан бәрін жою
remove-everything-explain = Жүктелген курстарды, барлық тіркелгілердің әлі жіберілмеген өзгерістерін, сертификаттарды, жобаларды және сақталған қолданбаны жояды: мысалы, құрылғы басқа адамға берілер алдында.
remove-everything-button = Бәрін жою…
remove-everything-warning = { $count ->
    [0] Жіберуді күтіп тұрған ешбір өзгеріс жоғалмайды. Бұл әрекетті қайтару мүмкін емес.
    [one] Әлі жіберілмеген бір өзгеріс жоғалады. Бұл әрекетті қайтару мүмкін емес.
   *[other] Әлі жіберілмеген { $count } өзгеріс жоғалады. Бұл әрекетті қайтару мүмкін емес.
}
remove-everything-confirm = Иә, бәрін жою
remove-everything-cancel = Бәрін қалдыру
verdict-revocation-unchecked = Күші жойылғанын тексеру мүмкін болмады
list-age-unchecked = Бұл құрылғыдағы күші жойылған сертификаттар тізімдерінің ешқайсысы ({ $list } күнгі жағдай бойынша) бұл сертификатты қамтымайды; берушінің деректері соңғы рет тексерілді: { $checked }.
