### status: draft
### Dala web client: Kyrgyz (ky). Drafted without a native speaker; awaiting review.

skip-to-content = Мазмунга өтүү
language-label = Тил
language-needs-connection = «{ $language }» тили бул түзмөктө азырынча жок. Ага которулуу үчүн бир жолу интернетке туташыңыз.
status-online = Тармакта
status-offline = Тармактан тышкары
loading = Жүктөлүүдө…

catalog-title = Курстар
catalog-also-in = Башка тилдерде:
catalog-filter-language = Курстардын тили
catalog-filter-all = Бардык тилдер
list-separator = {", "}
catalog-offline = Сиз тармактан тышкарысыз. Бул жерде ушул түзмөккө жүктөлүп алынган курстар көрсөтүлгөн.
catalog-empty = Азырынча бир да курс жарыялана элек.
catalog-empty-offline = Бул түзмөктө азырынча жүктөлүп алынган курс жок. Курсту жүктөп алуу үчүн интернетке туташыңыз.
lesson-count = { $count ->
    [one] { $count } сабак
   *[other] { $count } сабак
}
badge-downloaded = Офлайн жеткиликтүү

back-to-catalog = Бардык курстар
course-title-loading = Курс
course-version = Версия { $version }
course-translations = Башка тилде да бар:
course-progress = { $total } сабактан { $done } сабак бүттү
offline-heading = Интернетсиз окуу
download-button = Офлайн үчүн жүктөп алуу ({ $size })
download-progress = Жүктөлүүдө: { $done } даяр, { $left } калды
download-partial = Жүктөө үзүлүп калды.
download-resume = Жүктөөнү улантуу
download-complete = Жүктөлүп алынды: бул курсту интернетсиз окуй аласыз.
update-available = Жаңыртуу бар: { $size }
download-update = Жаңы версияны жүктөп алуу
download-remove = Жүктөлгөндү өчүрүү
storage-used = Бул түзмөктө { $size } орун ээлейт.
lessons-heading = Сабактар
lesson-status-complete = Бүттү
lesson-status-opened = Башталды

lesson-title-loading = Сабак
lesson-mark-complete = Бүттү деп белгилөө
lesson-completed = Бүттү ✓
lesson-nav-label = Сабактар
lesson-previous = ← Мурунку
lesson-next = Кийинки →

not-found-title = Барак табылган жок
elsewhere-title = Бул барак азырынча бул түзмөктө жок
elsewhere-needs-connection = Аны бир жолу интернет аркылуу ачуу керек, андан кийин ал офлайн да иштейт. Интернетке туташып, кайра аракет кылыңыз.

size-bytes = { $size } Б
size-kb = { $size } КБ
size-mb = { $size } МБ

error-offline = Сиз тармактан тышкарысыз, ал эми бул азырынча жүктөлгөн эмес. Интернетке туташып, кайра аракет кылыңыз.
error-not-found = Мындай курс же сабак жок.
error-integrity = Жүктөлгөн файл жолдо бузулуп калды. Кайра аракет кылыңыз: бузулган бөлүгү гана кайра жүктөлөт.
error-storage = Бул түзмөк маалыматтарды сактай алган жок. Орун бошотуңуз же жашыруун режимден чыгып, кайра аракет кылыңыз.
error-server = Сервер жооп бере алган жок. Кийинчерээк кайра аракет кылыңыз.

sync-pending = { $count ->
    [0] Бардык прогресс жөнөтүлдү
    [one] { $count } өзгөртүү жөнөтүлүүнү күтүүдө
   *[other] { $count } өзгөртүү жөнөтүлүүнү күтүүдө
}
sync-last = Акыркы синхрондоо: { $time }
sync-never = Азырынча синхрондоло элек
sync-running = Синхрондолууда…
sync-offline = Байланыш жок. Прогрессиңиз ушул түзмөктө сакталат жана байланыш калыбына келгенде жөнөтүлөт.
sync-now = Азыр синхрондоо
sync-refused = { $count ->
    [one] Сервер { $count } өзгөртүүнү сактаган жок, мисалы, сиз жазылбаган курстагы өзгөртүүнү. Тренериңизден кошулуу кодун сураңыз.
   *[other] Сервер { $count } өзгөртүүнү сактаган жок, мисалы, сиз жазылбаган курстагы өзгөртүүлөрдү. Тренериңизден кошулуу кодун сураңыз.
}
sign-out = Чыгуу
sign-in-link = Кирүү
sign-in-title = Кирүү
sign-in-button = Кирүү
field-login = Логин
field-login-hint = 3–64 белги: кичине латын тамгалары, сандар, чекит, дефис же астыңкы сызык.
field-password = Сырсөз
field-password-hint = Кеминде 8 белги.
field-code = Кошулуу коду
field-display-name = Башкаларга көрүнө турган атыңыз
join-link = Тренериңиз кошулуу кодун бердиби? Аккаунт түзүңүз
join-title = Код менен кошулуу
join-intro = Тренериңиз сизге код берди. Ал сиздин аккаунтуңузду түзөт жана сизди курстарыңызга жазат. Электрондук почта же телефон номери керек эмес.
join-button = Аккаунтумду түзүү

error-not-signed-in = Прогрессиңизди сактап, жөнөтүү үчүн кириңиз.
error-session-ended = Сиз системадан чыгарылдыңыз. Кайра кириңиз; бул түзмөктөгү прогрессиңиз сакталган.
error-session-expired = Сиз көпкө чейин жок болдуңуз, ошондуктан системадан чыгарылдыңыз. Кайра кириңиз; бул түзмөктөгү прогрессиңиз сакталган.
error-wrong-credentials = Логин же сырсөз туура эмес.
error-too-many-attempts = Өтө көп аракет болду. Бир нече мүнөт күтүп, кайра аракет кылыңыз.
error-join-code-invalid = Мындай код жок. Аны тренериңиз менен бирге текшериңиз.
error-join-code-expired = Бул коддун мөөнөтү бүттү. Тренериңизден жаңысын сураңыз.
error-join-code-used-up = Бул код толук колдонулуп бүттү. Тренериңизден жаңысын сураңыз.
error-login-taken = Бул логин бош эмес. Башкасын тандаңыз.
error-invalid = Киргизгениңизди текшериңиз: сервер аны кабыл ала алган жок.

quiz-label = Тест:
quiz-status-passed = Тапшырылды
quiz-title-loading = Тест
quiz-pass-mark = Өтүү чеги: { $mark } %
quiz-attempts-left = { $count ->
    [one] { $count } аракет калды
   *[other] { $count } аракет калды
}
quiz-best = Эң жакшы жыйынтык: { $score } %
quiz-passed-already = Сиз бул тестти тапшырдыңыз.
quiz-submit = Жоопторумду текшерүү
quiz-again = Кайра аракет кылуу
quiz-no-attempts = Сиз бул тесттин бардык аракеттерин колдонуп бүттүңүз.
quiz-choose-all = Бардык туура жоопторду тандаңыз.
quiz-true = Туура
quiz-false = Туура эмес
quiz-your-answer = Сиздин жообуңуз
quiz-score = { $score } %: { $total } суроодон { $right } туура.
quiz-result-passed = Тапшырылды!
quiz-result-failed = Бул жолу тапшырылган жок.
quiz-mark-right = Туура
quiz-mark-wrong = Туура эмес
course-complete = Сиз бул курсту бүтүрдүңүз.

nav-certificates = Сертификаттар
course-certificate-link = Бул курс боюнча сертификатыңыз
certificates-title = Менин сертификаттарым
certificates-empty = Сизде азырынча сертификат жок. Курстун бардык сабактарын жана тесттерин бүтүрүңүз: анын сертификаты кийинки синхрондоодо келет.
certificates-sign-in = Сертификаттарыңызды көрүү үчүн кириңиз.
certificate-completed-on = Бүтүргөн күнү: { $date }
certificate-title = Сертификат
certificate-learner = Кимге берилди
certificate-course = Курс
certificate-date = Бүтүргөн күнү
certificate-issuer = Берген
certificate-id = Сертификаттын номери
certificate-status-heading = Жарактуубу?
certificate-no-trust = Бул түзмөк азырынча сертификаттарды текшере албайт: ага керектүү маалыматтар (берүүчүнүн ачкычтары жана күчү жоюлган сертификаттардын тизмеси) кийинки синхрондоодо келет.
certificate-downloads = Жүктөп алуу
download-pdf = Басып чыгаруу үчүн сертификат (PDF)
download-pdf-fetching = PDF алынууда…
download-jwt = Башка системалар үчүн кол коюлган файл
download-json = Башка системалар үчүн сертификаттын маалыматтары
download-wallet = Санариптик капчык үчүн
certificate-pdf-note = PDF (болжол менен 20 КБ) бир жолу жүктөлөт, андан кийин ушул түзмөктө сакталат. Калган файлдар бул жерде бар.
certificate-share-heading = Бөлүшүү
certificate-share-text = Бул шилтемеси бар ар бир адам сертификатыңыздын чыныгы экенин текшере алат. Шилтеме PDF файлдагы QR коддо да бар.
certificate-wallet-link-text = Санариптик капчык сертификатыңызды ушул шилтеме аркылуу да ала алат. Шилтемени өзүңүздүн капчыгыңызга гана бериңиз: ал кимде болсо, ошол сертификатты көрө алат.
certificate-wallet-qr = Капчык шилтемесинин QR коду
certificate-wallet-qr-hint = Башка түзмөктөгү капчык колдонмосу, мисалы телефонуңуздагы, бул кодду да сканерлей алат.

verdict-valid = Жарактуу
verdict-revoked = Күчү жоюлган
verdict-altered = Өзгөртүлгөн
verdict-unknown-key = Белгисиз кол коюучу
verdict-malformed = Сертификат эмес
verdict-unchecked = Азырынча текшериле элек
reason-genuine = Берүүчү кол койгон, өзгөртүлгөн эмес жана күчү жоюлган эмес.
reason-revocation-unchecked = Берүүчү кол койгон жана өзгөртүлгөн эмес. Күчү жоюлган-жоюлбаганын текшерүү мүмкүн болгон жок: күчү жоюлган сертификаттардын тизмеси жеткиликсиз болчу.
reason-revoked = Чыныгы, бирок берүүчү анын күчүн жойгон.
reason-signature-mismatch = Кол мазмунга дал келбейт: сертификат кол коюлгандан кийин өзгөртүлгөн же жасалма.
reason-unknown-key = Бул берүүчү жарыялабаган ачкыч менен кол коюлган: сертификат бул жерде берилген эмес же жасалма.
reason-missing-key-id = Сертификатта ага кайсы ачкыч менен кол коюлганы көрсөтүлгөн эмес.
reason-unsupported-algorithm = Сертификатка кабыл алынбаган ыкма менен кол коюлган.
reason-not-a-jwt = Бул кол коюлган сертификат эмес. Сертификат файлынын бүт текстин коюңуз.
reason-not-a-credential = Бул кол коюлган маалымат, бирок сертификат эмес.
reason-unknown = Сертификатты текшерүү мүмкүн болгон жок.
revoked-on = Күчү жоюлган күнү: { $date }. Берүүчү көрсөткөн себеп: { $reason }
checked-by-server = Берүүчүнүн серверинде текшерилди.
checked-on-device = Берүүчүнүн серверине туташпастан, ушул түзмөктө текшерилди.
list-age = Күчү жоюлган сертификаттардын тизмеси { $list } күнкү абалы боюнча; акыркы текшерүү: { $checked }.
list-age-none = Бул түзмөктө бул сертификатка тиешелүү күчү жоюлган сертификаттардын тизмеси жок; берүүчүнүн маалыматтары акыркы жолу текшерилген: { $checked }.

verify-link = Сертификатты текшерүү
verify-title = Сертификатты текшерүү
verify-intro = Сертификаттын чыныгы экенин жана күчү жоюлбаганын билүү үчүн анын текстин коюңуз же файлын тандаңыз. Аккаунт керек эмес.
verify-field = Сертификат
verify-field-hint = Сертификат файлынын бүт тексти (кол коюлган файл, сертификаттын маалыматтары же капчык үчүн файл).
verify-file = Же сертификаттын файлын тандаңыз
verify-button = Текшерүү
verify-result-heading = Жыйынтык
verify-file-too-large = Бул файл сертификат болуу үчүн өтө чоң.
verify-file-unreadable = Бул файлды окуу мүмкүн болгон жок. Сертификаттын файлын тандаңыз.

error-certificate-not-found = Бул шилтемеге дал келген сертификат жок. Даректин толук көчүрүлгөнүн текшериңиз.
error-no-trust = Берүүчүнүн серверине туташуу мүмкүн эмес, ал эми бул түзмөктө сертификаттарды текшерүү үчүн маалымат жок. Интернетке туташып, кайра аракет кылыңыз.
error-wallet-form-offline = Бул — сертификаттын капчык үчүн файлы, аны берүүчүнүн сервери гана текшерет. Интернетке туташып, кайра аракет кылыңыз же сертификаттын кол коюлган файлын (.jwt) текшериңиз: аны бул жерде интернетсиз да текшерүүгө болот.

## Курс редактору (тренерлер)
image-too-large = Бул сүрөт сервер кабыл алгандан чоң. Кичирээк файл тандаңыз.
image-not-an-image = Бул файл сүрөт эмес. JPEG, PNG, GIF же WebP сүрөтүн тандаңыз.
image-too-many-pixels = Бул сүрөттө пиксел өтө көп. Кичирээк сүрөт тандаңыз.
image-unreadable = Бул сүрөттү окуу мүмкүн болгон жок: файл бузук болушу мүмкүн. Башкасын тандап көрүңүз.
image-alt-missing = Сүрөттү көрө албаган угуучулар үчүн аны бир нече сөз менен сүрөттөп бериңиз.
draft-invalid = Курсту жарыялоодон мурун оңдой турган маселелер бар. Алар төмөндө көрсөтүлгөн.
authoring-forbidden = Сиздин аккаунтуңуз бул курсту түзөтө албайт. Курстун уюмунун администраторуна кайрылыңыз.
course-slug-taken = Мындай кыска аты бар курс мурунтан эле бар. Башкасын тандаңыз.
author-title = Сиз түзөткөн курстар
author-no-courses = Азырынча сиз түзөтө турган курс жок.
author-never-published = Азырынча жарыялана элек
author-unpublished-changes = Жарыяланбаган өзгөртүүлөр бар
author-new-course = Жаңы курс
author-field-organization = Уюм
author-field-title = Аталышы
author-field-slug = Кыска аты
author-field-slug-help = Кичине латын тамгалары, сандар жана дефистер, мисалы fundraising-basics. Ал курстун дарегинин бир бөлүгү болот жана кийин өзгөртүлбөйт.
author-field-summary = Каталог үчүн кыскача сүрөттөмө
author-field-language = Курстун тили
author-field-author = Автору
author-create = Курсту түзүү
author-first-lesson-title = Киришүү
author-first-lesson-text = Биринчи сабакты ушул жерге жазыңыз.
edit-metadata-heading = Курс жөнүндө
edit-field-version = Басылыш
edit-field-authors = Авторлор (үтүр менен бөлүнгөн)
edit-field-licence = Лицензия
edit-field-translations = Ушул эле курс башка тилдерде (кыска аттары, үтүр менен бөлүнгөн)
edit-items-heading = Сабактар жана тесттер
edit-move-up = Өйдө жылдыруу
edit-move-down = Ылдый жылдыруу
edit-remove = Өчүрүү
edit-add-lesson = Сабак кошуу
edit-new-lesson-title = Жаңы сабак
edit-lesson-heading = Сабак:
edit-lesson-markdown = Текст (Markdown)
edit-lesson-markdown-help = Биринчи сап — аталыш: # Аталыш. Абзацтар бош сап менен бөлүнөт; *курсив*, **калың**, - тизмелер, [шилтемелер](https://…).
edit-preview = Алдын ала көрүү
edit-preview-heading = Угуучулар ушундай көрүшөт
edit-image-heading = Сүрөт кошуу
edit-image-file = Сүрөт (JPEG, PNG, GIF же WebP)
edit-image-alt = Сүрөттө эмне көрсөтүлгөн (аны көрө албаган угуучулар үчүн)
edit-image-upload = Жүктөп, сабакка кошуу
edit-publish-heading = Жарыялоо
edit-no-problems = Маселе жок: курсту жарыялоого болот.
edit-publish = Жаңы версияны жарыялоо
edit-published = Жарыяланды. Курсту жүктөп алган угуучуларга жаңыртуу сунушталат.
edit-published-unchanged = Акыркы жарыялоодон бери эч нерсе өзгөргөн жок.
edit-saved-local = Ушул түзмөктө сакталды. Байланыш болгондо серверге жөнөтүлөт.
edit-saved-server = Серверде сакталды.
edit-conflict = Сиз түзөтүүнү баштагандан кийин { $name } бул курсту сактады. Кайсы версияны калтырууну тандаңыз.
edit-keep-mine = Менин версиямды калтыруу (анын версиясы алмаштырылат)
edit-take-theirs = Анын версиясын алуу (менин өзгөртүүлөрүм жоголот)
nav-author = Курс жазуу
edit-field-open = Системага кирген ар бир угуучу жазыла алат (болбосо кошулуу коду менен гана)
edit-add-quiz = Тест кошуу
edit-new-quiz-title = Өзүңүздү текшериңиз
edit-quiz-title = Тесттин аталышы
edit-quiz-pass-mark = Өтүү чеги (туура жооп берилген суроолордун пайызы)
edit-quiz-max-attempts = Уруксат берилген аракеттер саны
edit-quiz-max-attempts-help = Чек коюлбасын десеңиз, бош калтырыңыз.
edit-quiz-question = { $n }-суроо
edit-quiz-prompt = Суроонун тексти
edit-quiz-kind = Суроонун түрү
edit-quiz-kind-single = Бир туура вариант
edit-quiz-kind-multiple = Бир нече туура вариант
edit-quiz-kind-true-false = Туура же туура эмес
edit-quiz-kind-short = Кыска жазма жооп
edit-quiz-options-single = Варианттар: туурасын белгилеңиз
edit-quiz-options-multiple = Варианттар: бардык туураларын белгилеңиз
edit-quiz-option = { $n }-вариант
edit-quiz-option-right = { $n }-вариант туура
edit-quiz-remove-option = { $n }-вариантты өчүрүү
edit-quiz-add-option = Вариант кошуу
edit-quiz-right-answer = Туура жооп
edit-quiz-accepted = Кабыл алынуучу жооптор, ар бир сапка бирден
edit-quiz-accepted-help = Баш тамгалар жана ашыкча боштуктар эске алынбайт.
edit-quiz-remove-question = Суроону өчүрүү
edit-quiz-add-question = Суроо кошуу
edit-quiz-problem-title = Тестке аталыш керек.
edit-quiz-problem-pass-mark = Өтүү чеги 1 менен 100 аралыгында болушу керек.
edit-quiz-problem-attempts = Кеминде бир аракетке уруксат бериңиз же чек болбосун десеңиз, талааны бош калтырыңыз.
edit-quiz-problem-no-questions = Тестте кеминде бир суроо болушу керек.
edit-quiz-problem-prompt = { $n }-суроонун тексти жок.
edit-quiz-problem-options = { $n }-суроого кеминде эки вариант керек жана алардын бири да бош болбошу керек.
edit-quiz-problem-no-answer = { $n }-суроонун туура жообу жок.
edit-quiz-problem-empty-accepted = { $n }-суроо бош жоопту кабыл алат.
edit-quiz-problem-too-large = Тесттин аталышы 200 белгиден узун же тестте 100 суроодон ашык бар.
edit-quiz-problem-question-too-large = { $n }-суроо өтө узун: суроодо жана анын түшүндүрмөсүндө эң көп 2 000 белги, ар бири 500 белгиден 20 вариант же ар бири 200 белгиден 20 кабыл алынуучу жооп болушу мүмкүн.
edit-quiz-has-problems = «{ $title }» тести: { $n ->
    [one] оңдой турган бир маселе
   *[other] оңдой турган { $n } маселе
}
edit-preview-offline = Алдын ала көрүү үчүн серверге байланыш керек. Текстиңиз ушул түзмөктө сакталган, тармакка туташканда алдын ала көрүү кайра иштейт.

## Башкаруу панели (администраторлор)
nav-dashboard = Башкаруу панели
error-forbidden = Сиздин аккаунтуңуз муну көрө же жасай албайт.
dashboard-title = Башкаруу панели
dashboard-sign-in = Башкаруу панелин көрүү үчүн администратор катары кириңиз.
dashboard-not-allowed = Башкаруу панели уюмдун администраторлору жана тренерлери үчүн. Сиздин аккаунтуңуз алардын эч бирине кирбейт.
dashboard-reports-for-administrators = Жазылуулар жана бүтүрүүлөр боюнча отчеттор администраторлор үчүн. Тренер катары сиз төмөндө уюмуңуздун угуучуларын көрө аласыз.
dashboard-loading = Отчеттор жүктөлүүдө…
dashboard-offline = Башкаруу панелине серверге байланыш керек. Интернетке туташып, кайра аракет кылыңыз.
dashboard-forbidden = Сиздин аккаунтуңуз бул отчетторду көрө албайт. Алар уюмдун администраторлору үчүн.
filters-heading = Чыпкалар
filter-organization = Уюм
filter-all-organizations = Бардык уюмдарым
filter-course = Курс
filter-all-courses = Бардык курстар
filter-from = Башталышы
filter-to = Аягы
filter-apply = Көрсөтүү
filter-backwards = Аяктоо күнү башталыш күнүнөн мурда турат.
totals-heading = Жыйынтык
totals-explained = Тандалган мезгилдеги жазылуулар, бүтүрүүлөр жана сертификаттар. Активдүү угуучулар: түзмөктөрү мезгилдин акыркы 30 күнүндө (айлар таблицасында — ошол айда) прогресс жөнөткөн угуучулар. Күчү жоюлган сертификаттар сертификат катары эсептелбейт, бирок бүтүрүү катары эсептелет.
count-enrollments = Жазылуулар
count-active-learners = Активдүү угуучулар
count-completions = Бүтүрүүлөр
count-certificates = Сертификаттар
chart-empty = Бул чыпкалар боюнча көрсөтө турган эч нерсе жок.
chart-enrolled = { $count } жазылды
chart-completed = { $count } бүтүрдү
section-months = Айлар боюнча
chart-months = Айлар боюнча жазылуулар жана бүтүрүүлөр
table-months = Айлар боюнча жазылуулар, активдүү угуучулар, бүтүрүүлөр жана сертификаттар
column-month = Ай
section-courses = Курстар боюнча
chart-courses = Курстар боюнча жазылуулар жана бүтүрүүлөр
table-courses = Курстар боюнча жазылуулар, активдүү угуучулар, бүтүрүүлөр жана сертификаттар
column-course = Курс
column-details = Толугураак
course-report-open = Сабактар жана суроолор
section-organizations = Уюмдар боюнча
chart-organizations = Уюмдар боюнча жазылуулар жана бүтүрүүлөр
table-organizations = Уюмдар боюнча жазылуулар, активдүү угуучулар, бүтүрүүлөр жана сертификаттар
column-organization = Уюм
csv-download = CSV жүктөп алуу
csv-downloading = Файл даярдалууда…
csv-saved = { $name } деген ат менен сакталды. Жүктөп алуу аудит журналына жазылды.
course-report-loading = Курстун отчету жүктөлүүдө…
course-report-heading = Курс: { $title }
course-report-enrolled = { $count ->
    [one] Бул мезгилде { $count } угуучу жазылды.
   *[other] Бул мезгилде { $count } угуучу жазылды.
}
funnel-heading = Угуучулар кайсы жерге чейин жетишти
funnel-explained = Ар бир сабак боюнча: жазылган угуучулардын канчасы аны ачты жана канчасы бүтүрдү.
chart-funnel = Ар бир сабакка жеткен жана аны бүтүргөн угуучулар
table-funnel = Ар бир сабакка жеткен жана аны бүтүргөн угуучулар
column-lesson = Сабак
column-reached = Жетти
column-lesson-completed = Бүтүрдү
chart-reached = { $count } жетти ({ $percent } %)
chart-lesson-completed = { $count } бүтүрдү ({ $percent } %)
difficulty-heading = Татаал суроолор
difficulty-explained = Тесттин ар бир суроосу боюнча: канча угуучу биринчи аракетинде туура эмес жооп берди.
chart-difficulty = Ар бир суроо боюнча биринчи жооптордогу каталардын үлүшү
table-difficulty = Ар бир суроо боюнча биринчи жооптордогу каталар
question-label = { $number }. { $prompt }
column-question = Суроо
column-quiz = Тест
column-first-attempts = Биринчи аракеттер
column-wrong = Туура эмес
column-wrong-share = Туура эмес үлүшү
chart-wrong = { $percent } % туура эмес ({ $total } ичинен { $wrong })
learners-heading = Угуучулар
learners-explained = Жогорудагы отчеттор сандарды гана көрсөтөт. Бул жерде сиз тренер же администратор болгон уюмдун угуучуларын бирден көрө аласыз. Бул тизмени ар бир ачканыңыз, ар бир CSV жүктөп алуу сыяктуу эле, аудит журналына жазылат.
learners-show = { $organization } уюмунун угуучуларын көрсөтүү
learners-hide = Угуучуларды жашыруу
learners-loading = Угуучулар жүктөлүүдө…
table-learners = { $organization } уюмунун угуучулары
column-learner = Угуучу
column-courses = Курстар
column-last-sync = Акыркы синхрондоо
learner-course = { $course }: { $done }/{ $total } сабак
learner-course-completed = бүттү
learner-never-synced = Эч качан
audit-heading = Аудит журналы
audit-explained = Жеке угуучуларды ким жана качан караганы же таблицаны жүктөп алганы. Аны ушул системанын администратору болгон сиз гана окуй аласыз.
audit-show = Аудит журналын көрсөтүү
audit-refresh = Жаңылоо
audit-loading = Аудит журналы жүктөлүүдө…
table-audit = Аудит журналы, эң жаңысы башында
column-when = Качан
column-who = Ким
column-action = Аракет
column-detail = Толугураак
audit-action-view-learners = Угуучуларды карады
audit-action-export = Таблицаны жүктөп алды

## Жалпы түзмөктөр: чыгуу жана баарын өчүрүү
error-device-full = Бул түзмөктө орун жок: дагы { $size } орун керек. Керексиз жүктөлгөн курсту өчүрүңүз же түзмөктө орун бошотуп, кайра аракет кылыңыз; мурда сакталгандардын баары ордунда.
error-not-saved = Муну түзмөктө сактоо мүмкүн болгон жок, андан эч нерсе сакталган жок. Кайра аракет кылыңыз.
error-server-full = Серверде орун түгөндү, мындан эч нерсе сакталган жок. Ушул түзмөктө сакталгандардын баары ушул жерде калат жана кийин кайра жөнөтүлөт; бул кайталана берсе, сервердин администраторуна кабарлаңыз.
sign-out-title = Чыгуу
signed-out-title = Системадан чыктыңыз
sign-out-who = Сиз { $name } катары кирдиңиз.
sign-out-pending = { $count ->
    [one] Бул жерде жасалган бир өзгөртүү азырынча серверде жок.
   *[other] Бул жерде жасалган { $count } өзгөртүү азырынча серверде жок.
}
sign-out-return-file = Прогрессиңизди тренериңиз үчүн файлга сактадыңызбы? Анын жооп файлы бул жерде сиз чыкмайынча гана ачылат. Өзгөртүүлөрүңүз баары бир ушул жерде кайра киргениңизден кийинки синхрондоодо жөнөтүлөт.
sign-out-what-stays = Чыккандан кийин бул түзмөктө сизге тиешелүү эч нерсе көрсөтүлбөйт: прогрессиңиз да, тест жоопторуңуз да, сертификаттарыңыз да, долбоорлоруңуз да, атыңыз да. Азырынча жөнөтүлбөгөн өзгөртүүлөр сиз үчүн гана ушул жерде калат жана бул түзмөктө кайра киргениңизде жөнөтүлөт. Жүктөлгөн курстар калат: алар баарына ачык.
sign-out-send-first = Азыр жөнөтүп, анан чыгуу
sign-out-keep-waiting = Чыгуу, өзгөртүүлөрүмдү мен үчүн ушул жерде сактоо
signed-out-nothing-shown = Эми бул түзмөктө аккаунтуңуздан эч нерсе көрсөтүлбөйт. Жүктөлгөн курстар калат: алар баарына ачык.
remove-everything-heading = Бул түзмөктөн баарын өчүрүү
remove-everything-explain = Жүктөлгөн курстарды, бардык аккаунттардын азырынча жөнөтүлбөгөн өзгөртүүлөрүн, сертификаттарды, долбоорлорду жана сакталган колдонмону өчүрөт: мисалы, түзмөк башка адамга берилерден мурун.
remove-everything-button = Баарын өчүрүү…
remove-everything-warning = { $count ->
    [0] Жөнөтүлүүнү күтүп турган эч бир өзгөртүү жоголбойт. Муну кайра калыбына келтирүү мүмкүн эмес.
    [one] Азырынча жөнөтүлбөгөн бир өзгөртүү жоголот. Муну кайра калыбына келтирүү мүмкүн эмес.
   *[other] Азырынча жөнөтүлбөгөн { $count } өзгөртүү жоголот. Муну кайра калыбына келтирүү мүмкүн эмес.
}
remove-everything-confirm = Ооба, баарын өчүрүү
remove-everything-cancel = Баарын калтыруу
verdict-revocation-unchecked = Күчү жоюлганын текшерүү мүмкүн болгон жок
list-age-unchecked = Бул түзмөктөгү күчү жоюлган сертификаттардын тизмелеринин эч бири ({ $list } күнкү абалы боюнча) бул сертификатты камтыбайт; берүүчүнүн маалыматтары акыркы жолу текшерилген: { $checked }.
