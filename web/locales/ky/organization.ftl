### status: draft
### Dala web client: Kyrgyz (ky). Drafted without a native speaker; awaiting review.

## Уюмдун каттамдарынын каталары
error-join-code-ended = Бул кодду тренериңиз токтотту. Андан жаңы код сураңыз.
error-reset-code-invalid = Бул калыбына келтирүү коду иштебейт: ал туура эмес терилген, мурда колдонулган, жаңысы менен алмаштырылган же 72 сааттан эски болушу мүмкүн. Логин менен кодду текшериңиз же тренериңизден жаңы код сураңыз.
error-course-archived = Бул курс архивде: ал мындан ары сунушталбайт. Башка курс тандаңыз же адегенде аны кайра көрсөтүңүз.

## Бир уюмдун барагы
org-title = Уюм
org-sign-in = Бул уюмду башкаруу үчүн анын тренери же администратору катары кириңиз.
org-not-allowed = Бул барак ушул уюмдун тренерлери жана администраторлору үчүн. Сиздин аккаунтуңуз алардын катарында жок.
org-offline = Бул баракка серверге байланыш керек. Интернетке туташып, кайра аракет кылыңыз.
org-forbidden = Сиздин аккаунтуңуз бул уюмда муну жасай албайт.
org-contents = Бул баракта
org-confirm-cancel = Жокко чыгаруу
org-role-learner = Угуучу
org-role-trainer = Тренер
org-role-administrator = Администратор
org-column-label = Белги
org-column-courses = Курстар
org-column-course = Курс
org-column-role = Ролу
org-column-roles = Ролдору
org-column-uses = Колдонулду
org-column-expires = Бүтүү күнү
org-column-state = Абалы
org-column-action = Аракет
org-column-member = Мүчө
org-column-learner = Угуучу
org-column-learners = Угуучулар
org-column-access = Жазылуу
org-column-catalog = Каталог
org-column-issued = Берилген күнү

## Кошулуу коддору
org-codes-heading = Кошулуу коддору
org-codes-explained = Кошулуу коду аркылуу угуучулар өз аккаунтун түзүшөт жана сиз тандаган курстарды алышат. Анын шилтемеси же QR коду менен бөлүшүңүз, же аны үн чыгарып окуп бериңиз.
org-codes-table = Бул уюмдун кошулуу коддору
org-code-new = Жаңы кошулуу коду
org-code-for = Код кимге арналган
org-code-for-learners = Угуучулар (топ)
org-code-for-trainer = Бир жаңы тренер
org-code-for-administrator = Бир жаңы администратор
org-code-invitation-hint = Чакыруу бир адамга арналган: ал бир жолу гана иштейт.
org-code-courses = Код бере турган курстар
org-code-no-courses = Бул уюмда азырынча бере турган курс жок.
org-code-label = Белги (өзүңүз үчүн: код кимге арналган)
org-code-label-hint = Мисалы, «Ош, март тобу». Угуучулар аны көрүшпөйт.
org-code-max-uses = Аны менен канча адам кошула алат
org-code-days = Бүткөнгө чейинки күндөр
org-code-create = Кошулуу кодун түзүү
org-code-create-invitation = Чакыруу түзүү
org-code-card-title = Жаңы кошулуу коду
org-code-card-invitation = Бир адамга чакыруу: { $role }
org-code-card-open = Угуучулар бул шилтемени телефонунан ачышат же кошулуу барагын ачып, кодду терип киришет:
org-code-card-limits = { $uses ->
    [one] Бир адамга
   *[other] { $uses } адамга
  } арналган, { $date } күнүнө чейин жарактуу.
org-code-card-once = Код азыр гана көрсөтүлөт: сервер аны кайра көрсөтө турган көчүрмөсүн сактабайт. Бул барактан кетерден мурун аны көчүрүп алыңыз, басып чыгарыңыз же жазып алыңыз.
org-code-qr = Кошулуу шилтемесинин QR коду
org-code-copy = Шилтемени көчүрүү
org-code-copied = Шилтеме көчүрүлдү.
org-code-copy-failed = Бул браузер көчүрүүгө уруксат берген жок. Жогорудагы шилтемени белгилеп, кол менен көчүрүңүз.
org-code-print = Басып чыгаруу
org-code-no-label = (белгиси жок)
org-codes-none = Азырынча кошулуу коддору жок.
org-code-uses = { $max } ичинен { $uses }
org-code-active = Активдүү
org-code-ended = Токтотулган
org-code-expired = Мөөнөтү бүткөн
org-code-used-up = Толук колдонулган
org-code-end = Кодду токтотуу
org-code-end-question = Бул кодду токтотосузбу? Мындан ары аны менен эч ким кошула албайт; ал аркылуу түзүлгөн аккаунттар калат.
org-code-end-yes = Ооба, токтотуу

## Мүчөлөр
org-members-heading = Мүчөлөр
org-members-search = Аты же логини боюнча издөө
org-members-table = Бул уюмдун мүчөлөрү
org-reset = Сырсөздү калыбына келтирүү
org-reset-question = { $name } үчүн калыбына келтирүү кодун түзөсүзбү? Ал жаңы сырсөз койгондо, азыркы сырсөзү иштебей калат.
org-reset-yes = Ооба, код түзүү
org-reset-card-title = { $name } үчүн калыбына келтирүү коду
org-reset-code = Калыбына келтирүү коду
org-reset-card-how = Бул логин менен кодду { $name } аттуу мүчөгө жеке өзүңүз бериңиз. Код 72 саат ({ $date } күнүнө чейин) жарактуу жана бир жолу иштейт: ал төмөнкү баракты ачып, экөөнү тең терип, жаңы сырсөз тандайт.
org-reset-card-once = Код азыр гана көрсөтүлөт. Жаңысын түзсөңүз, бул код жараксыз болуп калат.
org-end-sessions = Сеанстарды бүтүрүү
org-end-sessions-question = { $name } бардык түзмөктөрдөн чыгарылсынбы (телефон жоголсо)? Анын сервердеги прогресси сакталат.
org-end-sessions-yes = Ооба, бардык жерден чыгаруу
org-sessions-ended = { $count ->
    [0] { $name } эч бир түзмөктө системага кирген эмес.
    [one] { $name }: бир сеанс бүтүрүлдү.
   *[other] { $name }: { $count } сеанс бүтүрүлдү.
  }
org-give-heading = Курс берүү
org-give-explained = Таблицадан мүчөлөрдү белгилеп, курс тандаңыз да, аларга бериңиз. Бул курсу мурунтан бар мүчөлөр өткөрүлүп жиберилет.
org-give-course = Курс
org-give-button = { $count ->
    [0] Адегенде таблицадан мүчөлөрдү белгилеңиз
    [one] Бир мүчөгө берүү
   *[other] { $count } мүчөгө берүү
  }
org-give-done = { $count ->
    [0] Тандалгандардын баарында бул курс мурунтан эле бар болчу.
    [one] Бир мүчөгө курс берилди.
   *[other] { $count } мүчөгө курс берилди.
  }

## Курстар
org-courses-heading = Курстар
org-courses-explained = Бул уюмдун угуучуларында бар же аларга бериле турган курстар. Архивдеги курс каталогдо көрсөтүлбөйт; аны алгандар окуй беришет жана алардын сертификаттары жарактуу бойдон калат.
org-courses-table = Бул уюмдун курстары
org-course-open = Баарына ачык
org-course-closed = Кошулуу коду менен
org-course-archived = Архивде
org-course-shown = Каталогдо
org-course-archive = Архивдөө
org-course-archive-named = Архивдөө: { $course }
org-course-unarchive = Кайра көрсөтүү
org-course-unarchive-named = Кайра көрсөтүү: { $course }

## Сертификаттар
org-certificates-heading = Сертификаттар
org-certificates-explained = Бул уюм аркылуу алынган курсту бүтүрүү сертификаттары. Сертификаттын күчүн ал жаңылыштык менен берилсе же ак ниетсиз жол менен алынса гана жоюңуз: аны текшерген адам сиз көрсөткөн себепти көрөт.
org-certificates-table = Бул уюмдун сертификаттары
org-certificate-valid = Жарактуу
org-certificates-none = Азырынча сертификаттар жок.
org-certificate-revoked = { $date } күнү күчү жоюлду: { $reason }
org-certificate-revoke = Күчүн жоюу
org-certificate-reason = Себеби (аны текшерген адамга көрсөтүлөт)
org-certificate-revoke-yes = Сертификаттын күчүн жоюу

## Уюмдар
orgs-title = Уюмдар
orgs-none = Бул барак тренерлер жана администраторлор үчүн. Сиздин аккаунтуңуз эч бир уюмду башкарбайт.
orgs-own-heading = Сиз башкарган уюмдар
orgs-all-heading = Бардык уюмдар
orgs-table = Бул сервердеги бардык уюмдар
orgs-column-name = Аталышы
orgs-none-yet = Азырынча уюмдар жок.
orgs-column-members = Мүчөлөр
orgs-column-created = Түзүлгөн күнү
orgs-new-heading = Жаңы уюм
orgs-name = Уюмдун аталышы
orgs-create = Уюм түзүү
orgs-created = { $name } түзүлдү.
orgs-open = Аны ачуу

## Калыбына келтирүү коду менен жаңы сырсөз коюу
reset-title = Жаңы сырсөз коюу
reset-intro = Сырсөзүңүздү унутуп калдыңызбы? Тренериңизден калыбына келтирүү кодун сураңыз, андан кийин бул жерге логиниңизди, кодду жана жаңы сырсөздү териңиз.
reset-code = Калыбына келтирүү коду
reset-code-hint = Тренериңиз берген 12 тамга жана сан. Баш тамгалар жана сызыкчалар эске алынбайт.
reset-new-password = Жаңы сырсөз
reset-new-password-again = Жаңы сырсөздү кайталаңыз
reset-mismatch = Эки сырсөз дал келбейт. Бир эле жаңы сырсөздү эки жолу териңиз.
reset-button = Сырсөздү коюп, кирүү
reset-sign-in = Сырсөзүңүз эсиңиздеби? Кириңиз
org-questions-link = Угуучулардын суроолору

# Тармак үзүлгөн жерден алып келинген угуучунун прогресс файлы.
org-carried-heading = Угуучунун прогресс файлы
org-carried-explained = Тармак үзүлгөн жердеги угуучу өз прогрессин файлга (анын аягы .dalp) сактап, аны сизге берет. Аны тармакта турганда ушул жерден импорттаңыз: файл канча жолу келбесин, угуучунун өзгөртүүлөрү бир гана жолу сакталат, ал эми сиз үчүн анын түзмөгүнө кайра алып бара турган жооп файлы сакталат. Эки файлды тең ушул система гана окуй алат.
org-carried-label = Прогресс файлын тандаңыз
org-carried-done = { $count ->
    [one] Бир өзгөртүү сакталды
   *[other] { $count } өзгөртүү сакталды
}{ $refused ->
    [0] .
   *[other] , { $refused } өзгөртүү кабыл алынган жок.
} Жооп файлы сакталды: аны угуучуга кайтарып бериңиз, ал аны «Тармаксыз» барагында ачат.
