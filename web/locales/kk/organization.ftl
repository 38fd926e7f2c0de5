### status: draft
### Dala web client: Kazakh (kk). Drafted without a native speaker; awaiting review.

## Ұйым бағыттарының қателері
error-join-code-ended = Бұл кодты тренеріңіз тоқтатты. Одан жаңа код сұраңыз.
error-reset-code-invalid = Бұл қалпына келтіру коды жарамсыз: ол қате терілген, бұрын пайдаланылған, жаңасымен ауыстырылған немесе 72 сағаттан ескі болуы мүмкін. Логин мен кодты тексеріңіз немесе тренеріңізден жаңа код сұраңыз.
error-course-archived = Бұл курс мұрағатта: ол енді ұсынылмайды. Басқа курс таңдаңыз немесе алдымен оны қайта көрсетіңіз.

## Бір ұйымның беті
org-title = Ұйым
org-sign-in = Бұл ұйымды басқару үшін оның тренері немесе әкімшісі ретінде кіріңіз.
org-not-allowed = Бұл бет осы ұйымның тренерлері мен әкімшілеріне арналған. Сіздің тіркелгіңіз олардың қатарында жоқ.
org-offline = Бұл бетке серверге байланыс керек. Интернетке қосылып, қайталап көріңіз.
org-forbidden = Сіздің тіркелгіңіз бұл ұйымда мұны істей алмайды.
org-contents = Осы бетте
org-confirm-cancel = Бас тарту
org-role-learner = Тыңдаушы
org-role-trainer = Тренер
org-role-administrator = Әкімші
org-column-label = Белгі
org-column-courses = Курстар
org-column-course = Курс
org-column-role = Рөл
org-column-roles = Рөлдер
org-column-uses = Пайдаланылды
org-column-expires = Аяқталу күні
org-column-state = Күйі
org-column-action = Әрекет
org-column-member = Мүше
org-column-learner = Тыңдаушы
org-column-learners = Тыңдаушылар
org-column-access = Жазылу
org-column-catalog = Каталог
org-column-issued = Берілген күні

## Қосылу кодтары
org-codes-heading = Қосылу кодтары
org-codes-explained = Қосылу коды арқылы тыңдаушылар өз тіркелгісін жасайды және сіз таңдаған курстарды алады. Оның сілтемесімен немесе QR кодымен бөлісіңіз, не болмаса оны дауыстап оқып беріңіз.
org-codes-table = Осы ұйымның қосылу кодтары
org-code-new = Жаңа қосылу коды
org-code-for = Код кімге арналған
org-code-for-learners = Тыңдаушылар (топ)
org-code-for-trainer = Бір жаңа тренер
org-code-for-administrator = Бір жаңа әкімші
org-code-invitation-hint = Шақыру бір адамға арналған: ол бір рет қана жұмыс істейді.
org-code-courses = Код беретін курстар
org-code-no-courses = Бұл ұйымда әзірге беретін курс жоқ.
org-code-label = Белгі (өзіңіз үшін: код кімге арналған)
org-code-label-hint = Мысалы, «Ош, наурыз тобы». Тыңдаушылар оны көрмейді.
org-code-max-uses = Онымен неше адам қосыла алады
org-code-days = Аяқталуына дейінгі күн саны
org-code-create = Қосылу кодын жасау
org-code-create-invitation = Шақыру жасау
org-code-card-title = Жаңа қосылу коды
org-code-card-invitation = Бір адамға шақыру: { $role }
org-code-card-open = Тыңдаушылар бұл сілтемені телефонында ашады немесе қосылу бетін ашып, кодты тереді:
org-code-card-limits = { $uses ->
    [one] Бір адамға
   *[other] { $uses } адамға
  } арналған, { $date } күніне дейін жарамды.
org-code-card-once = Код тек қазір көрсетіледі: сервер оны қайта көрсету үшін көшірмесін сақтамайды. Бұл беттен кетпес бұрын оны көшіріп алыңыз, басып шығарыңыз немесе жазып алыңыз.
org-code-qr = Қосылу сілтемесінің QR коды
org-code-copy = Сілтемені көшіру
org-code-copied = Сілтеме көшірілді.
org-code-copy-failed = Бұл браузер көшіруге рұқсат бермеді. Жоғарыдағы сілтемені белгілеп, қолмен көшіріңіз.
org-code-print = Басып шығару
org-code-no-label = (белгісіз)
org-codes-none = Әзірге қосылу кодтары жоқ.
org-code-uses = { $max } ішінен { $uses }
org-code-active = Белсенді
org-code-ended = Тоқтатылған
org-code-expired = Мерзімі өткен
org-code-used-up = Толық пайдаланылған
org-code-end = Кодты тоқтату
org-code-end-question = Бұл кодты тоқтатасыз ба? Енді онымен ешкім қосыла алмайды; ол арқылы жасалған тіркелгілер сақталады.
org-code-end-yes = Иә, тоқтату

## Мүшелер
org-members-heading = Мүшелер
org-members-search = Аты немесе логині бойынша іздеу
org-members-table = Осы ұйымның мүшелері
org-reset = Құпиясөзді қалпына келтіру
org-reset-question = { $name } үшін қалпына келтіру кодын жасайсыз ба? Ол жаңа құпиясөз орнатқанда, қазіргі құпиясөзі жұмыс істемей қалады.
org-reset-yes = Иә, код жасау
org-reset-card-title = { $name } үшін қалпына келтіру коды
org-reset-code = Қалпына келтіру коды
org-reset-card-how = Бұл логин мен кодты { $name } есімді мүшеге жеке өзіңіз беріңіз. Код 72 сағат ({ $date } күніне дейін) жарамды және бір рет жұмыс істейді: ол төмендегі бетті ашып, екеуін де теріп, жаңа құпиясөз таңдайды.
org-reset-card-once = Код тек қазір көрсетіледі. Жаңасын жасасаңыз, бұл код жарамсыз болады.
org-end-sessions = Сеанстарды аяқтау
org-end-sessions-question = { $name } барлық құрылғыдан шығарылсын ба (телефон жоғалса)? Оның серверде сақталған прогресі қалады.
org-end-sessions-yes = Иә, барлық жерден шығару
org-sessions-ended = { $count ->
    [0] { $name } ешбір құрылғыда жүйеге кірмеген.
    [one] { $name }: бір сеанс аяқталды.
   *[other] { $name }: { $count } сеанс аяқталды.
  }
org-give-heading = Курс беру
org-give-explained = Кестеден мүшелерді белгілеп, курс таңдаңыз да, оларға беріңіз. Бұл курс бұрыннан бар мүшелер өткізіп жіберіледі.
org-give-course = Курс
org-give-button = { $count ->
    [0] Алдымен кестеден мүшелерді белгілеңіз
    [one] Бір мүшеге беру
   *[other] { $count } мүшеге беру
  }
org-give-done = { $count ->
    [0] Таңдалғандардың бәрінде бұл курс бұрыннан бар еді.
    [one] Бір мүшеге курс берілді.
   *[other] { $count } мүшеге курс берілді.
  }

## Курстар
org-courses-heading = Курстар
org-courses-explained = Осы ұйым тыңдаушыларында бар немесе оларға берілетін курстар. Мұрағаттағы курс каталогта көрсетілмейді; оны алғандар әрі қарай оқи береді, ал олардың сертификаттары жарамды болып қалады.
org-courses-table = Осы ұйымның курстары
org-course-open = Барлығына ашық
org-course-closed = Қосылу кодымен
org-course-archived = Мұрағатта
org-course-shown = Каталогта
org-course-archive = Мұрағаттау
org-course-archive-named = Мұрағаттау: { $course }
org-course-unarchive = Қайта көрсету
org-course-unarchive-named = Қайта көрсету: { $course }

## Сертификаттар
org-certificates-heading = Сертификаттар
org-certificates-explained = Осы ұйым арқылы алынған курсты аяқтау сертификаттары. Сертификаттың күшін тек ол қателесіп берілсе немесе адал емес жолмен алынса ғана жойыңыз: оны тексерген адам сіздің көрсеткен себебіңізді көреді.
org-certificates-table = Осы ұйымның сертификаттары
org-certificate-valid = Жарамды
org-certificates-none = Әзірге сертификаттар жоқ.
org-certificate-revoked = { $date } күні күші жойылды: { $reason }
org-certificate-revoke = Күшін жою
org-certificate-reason = Себебі (оны тексерген адамға көрсетіледі)
org-certificate-revoke-yes = Сертификаттың күшін жою

## Ұйымдар
orgs-title = Ұйымдар
orgs-none = Бұл бет тренерлер мен әкімшілерге арналған. Сіздің тіркелгіңіз ешбір ұйымды басқармайды.
orgs-own-heading = Сіз басқаратын ұйымдар
orgs-all-heading = Барлық ұйымдар
orgs-table = Осы сервердегі барлық ұйымдар
orgs-column-name = Атауы
orgs-none-yet = Әзірге ұйымдар жоқ.
orgs-column-members = Мүшелер
orgs-column-created = Құрылған күні
orgs-new-heading = Жаңа ұйым
orgs-name = Ұйымның атауы
orgs-create = Ұйым құру
orgs-created = { $name } құрылды.
orgs-open = Оны ашу

## Қалпына келтіру кодымен жаңа құпиясөз орнату
reset-title = Жаңа құпиясөз орнату
reset-intro = Құпиясөзіңізді ұмыттыңыз ба? Тренеріңізден қалпына келтіру кодын сұраңыз, содан кейін осында логиніңізді, кодты және жаңа құпиясөзді теріңіз.
reset-code = Қалпына келтіру коды
reset-code-hint = Тренеріңіз берген 12 әріп пен сан. Бас әріптер мен сызықшалардың маңызы жоқ.
reset-new-password = Жаңа құпиясөз
reset-new-password-again = Жаңа құпиясөзді қайталаңыз
reset-mismatch = Екі құпиясөз сәйкес келмейді. Бір жаңа құпиясөзді екі рет теріңіз.
reset-button = Құпиясөзді орнатып, кіру
reset-sign-in = Құпиясөзіңіз есіңізде ме? Кіріңіз
org-questions-link = Тыңдаушылардың сұрақтары

# Желі үзілген жерден әкелінген тыңдаушының прогресс файлы.
org-carried-heading = Тыңдаушының прогресс файлы
org-carried-explained = Желі үзілген жердегі тыңдаушы өз прогресін файлға (оның соңы .dalp) сақтап, оны сізге береді. Оны желіде болған кезде осында импорттаңыз: файл қанша рет келсе де, тыңдаушының өзгерістері бір рет қана сақталады, ал сіз үшін оның құрылғысына қайтарып апаратын жауап файлы сақталады. Екі файлды да тек осы жүйе оқи алады.
org-carried-label = Прогресс файлын таңдаңыз
org-carried-done = { $count ->
    [one] Бір өзгеріс сақталды
   *[other] { $count } өзгеріс сақталды
}{ $refused ->
    [0] .
   *[other] , { $refused } өзгеріс қабылданбады.
} Жауап файлы сақталды: оны тыңдаушыға қайтарыңыз, ол оны «Желісіз» бетінде ашады.
