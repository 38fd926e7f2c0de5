### status: draft
### Dala web client: Tajik (tg). Drafted without a native speaker; awaiting review.

## Хатоҳои амалҳои ташкилот
error-join-code-ended = Ин кодро тренери шумо қатъ кардааст. Аз ӯ коди нав пурсед.
error-reset-code-invalid = Ин коди барқароркунӣ кор намекунад: шояд нодуруст навишта шудааст, аллакай истифода шудааст, бо коди нав иваз шудааст ё аз 72 соат кӯҳнатар аст. Номи корбар ва кодро санҷед ё аз тренери худ коди нав пурсед.
error-course-archived = Ин курс ба бойгонӣ гузошта шудааст: дигар пешниҳод намешавад. Курси дигарро интихоб кунед ё аввал онро боз нишон диҳед.

## Саҳифаи як ташкилот
org-title = Ташкилот
org-sign-in = Барои идора кардани ин ташкилот ҳамчун тренер ё администратори он ворид шавед.
org-not-allowed = Ин саҳифа барои тренерҳо ва администраторони ин ташкилот аст. Ҳисоби шумо аз онҳо нест.
org-offline = Ин саҳифа пайвастшавӣ ба серверро талаб мекунад. Ба интернет пайваст шавед ва боз кӯшиш кунед.
org-forbidden = Ҳисоби шумо дар ин ташкилот инро карда наметавонад.
org-contents = Дар ин саҳифа
org-confirm-cancel = Бекор кардан
org-role-learner = Омӯзанда
org-role-trainer = Тренер
org-role-administrator = Администратор
org-column-label = Нишона
org-column-courses = Курсҳо
org-column-course = Курс
org-column-role = Нақш
org-column-roles = Нақшҳо
org-column-uses = Истифода
org-column-expires = Мӯҳлат то
org-column-state = Ҳолат
org-column-action = Амал
org-column-member = Аъзо
org-column-learner = Омӯзанда
org-column-learners = Омӯзандагон
org-column-access = Номнависӣ
org-column-catalog = Каталог
org-column-issued = Санаи додан

## Кодҳои ҳамроҳшавӣ
org-codes-heading = Кодҳои ҳамроҳшавӣ
org-codes-explained = Коди ҳамроҳшавӣ ба омӯзандагон имкон медиҳад, ки ҳисоби худро созанд, ва ба онҳо курсҳои интихобкардаи шуморо медиҳад. Пайванд ё QR-коди онро фиристед ё онро бо овози баланд хонед.
org-codes-table = Кодҳои ҳамроҳшавии ин ташкилот
org-code-new = Коди нави ҳамроҳшавӣ
org-code-for = Код барои кист
org-code-for-learners = Омӯзандагон (гурӯҳ)
org-code-for-trainer = Як тренери нав
org-code-for-administrator = Як администратори нав
org-code-invitation-hint = Даъватнома барои як нафар аст: танҳо як бор кор мекунад.
org-code-courses = Курсҳое, ки код медиҳад
org-code-no-courses = Ин ташкилот ҳоло курсе барои додан надорад.
org-code-label = Нишона (барои шумо: код барои кист)
org-code-label-hint = Масалан, «Хуҷанд, гурӯҳи март». Омӯзандагон онро намебинанд.
org-code-max-uses = Чанд нафар метавонанд бо он ҳамроҳ шаванд
org-code-days = Чанд рӯз то тамом шудан
org-code-create = Сохтани коди ҳамроҳшавӣ
org-code-create-invitation = Сохтани даъватнома
org-code-card-title = Коди нави ҳамроҳшавӣ
org-code-card-invitation = Даъватнома барои як { $role }
org-code-card-open = Омӯзандагон ин пайвандро дар телефони худ мекушоянд ё саҳифаи ҳамроҳшавиро кушода, кодро менависанд:
org-code-card-limits = Барои { $uses ->
    [one] як нафар
   *[other] { $uses } нафар
  } то { $date } кор мекунад.
org-code-card-once = Код танҳо ҳозир нишон дода мешавад: сервер нусхаи онро нигоҳ намедорад, ки боз нишон диҳад. Пеш аз баромадан аз ин саҳифа онро нусха кунед, чоп кунед ё нависед.
org-code-qr = QR-коди пайванди ҳамроҳшавӣ
org-code-copy = Нусха кардани пайванд
org-code-copied = Пайванд нусха шуд.
org-code-copy-failed = Ин браузер нусха карданро иҷозат надод. Пайванди болоро интихоб карда, дастӣ нусха кунед.
org-code-print = Чоп кардан
org-code-no-label = (бе нишона)
org-codes-none = Ҳоло коди ҳамроҳшавӣ нест.
org-code-uses = { $uses } аз { $max }
org-code-active = Фаъол
org-code-ended = Қатъ шуд
org-code-expired = Мӯҳлаташ гузашт
org-code-used-up = Пурра истифода шуд
org-code-end = Қатъ кардани код
org-code-end-question = Ин кодро қатъ мекунед? Дигар ҳеҷ кас бо он ҳамроҳ шуда наметавонад; ҳисобҳое, ки бо он сохта шудаанд, мемонанд.
org-code-end-yes = Ҳа, қатъ кунед

## Аъзоён
org-members-heading = Аъзоён
org-members-search = Ҷустуҷӯ аз рӯи ном ё номи корбар
org-members-table = Аъзоёни ин ташкилот
org-reset = Барқарор кардани парол
org-reset-question = Барои { $name } коди барқароркунӣ сохта шавад? Пароли ҳозираи ӯ пас аз гузоштани пароли нав кор намекунад.
org-reset-yes = Ҳа, код созед
org-reset-card-title = Коди барқароркунӣ барои { $name }
org-reset-code = Коди барқароркунӣ
org-reset-card-how = Ин номи корбар ва кодро ба { $name } шахсан диҳед. Он 72 соат (то { $date }) эътибор дорад ва як бор кор мекунад: ӯ саҳифаи зеринро мекушояд, ҳардуро менависад ва пароли нав интихоб мекунад.
org-reset-card-once = Код танҳо ҳозир нишон дода мешавад. Сохтани коди дигар онро иваз мекунад.
org-end-sessions = Қатъ кардани сеансҳо
org-end-sessions-question = { $name } дар ҳамаи дастгоҳҳо аз ҳисоб бароварда шавад (барои телефони гумшуда)? Пешрафти ӯ дар сервер нигоҳ дошта мешавад.
org-end-sessions-yes = Ҳа, аз ҳама ҷо бароред
org-sessions-ended = { $count ->
    [0] { $name } дар ҳеҷ ҷо ворид нашуда буд.
    [one] Як сеанси { $name } қатъ шуд.
   *[other] { $count } сеанси { $name } қатъ шуд.
  }
org-give-heading = Додани курс
org-give-explained = Дар ҷадвал аъзоёнро қайд кунед, курсро интихоб кунед ва ба онҳо диҳед. Касоне, ки онро аллакай доранд, гузаронида мешаванд.
org-give-course = Курс
org-give-button = { $count ->
    [0] Аввал дар ҷадвал аъзоёнро қайд кунед
    [one] Додан ба як аъзо
   *[other] Додан ба { $count } аъзо
  }
org-give-done = { $count ->
    [0] Ҳамаи интихобшудагон ин курсро аллакай доштанд.
    [one] Курс ба як аъзо дода шуд.
   *[other] Курс ба { $count } аъзо дода шуд.
  }

## Курсҳо
org-courses-heading = Курсҳо
org-courses-explained = Курсҳое, ки омӯзандагони ин ташкилот доранд ё ба онҳо дода мешаванд. Курси бойгонишуда аз каталог пинҳон аст; касоне, ки онро доранд, хонданро идома медиҳанд ва сертификатҳояшон эътибор доранд.
org-courses-table = Курсҳои ин ташкилот
org-course-open = Барои ҳама кушода
org-course-closed = Бо коди ҳамроҳшавӣ
org-course-archived = Дар бойгонӣ
org-course-shown = Дар каталог
org-course-archive = Ба бойгонӣ
org-course-archive-named = { $course }-ро ба бойгонӣ гузоштан
org-course-unarchive = Боз нишон додан
org-course-unarchive-named = { $course }-ро боз нишон додан

## Сертификатҳо
org-certificates-heading = Сертификатҳо
org-certificates-explained = Сертификатҳои анҷоми курс, ки тавассути ин ташкилот гирифта шудаанд. Сертификатро танҳо вақте бекор кунед, ки он хато дода шудааст ё бо роҳи ноҳалол гирифта шудааст: ҳар кӣ онро санҷад, сабаби шуморо мебинад.
org-certificates-table = Сертификатҳои ин ташкилот
org-certificate-valid = Эътибор дорад
org-certificates-none = Ҳоло сертификат нест.
org-certificate-revoked = { $date } бекор карда шуд: { $reason }
org-certificate-revoke = Бекор кардан
org-certificate-reason = Сабаб (ба ҳар касе, ки месанҷад, нишон дода мешавад)
org-certificate-revoke-yes = Бекор кардани сертификат

## Ташкилотҳо
orgs-title = Ташкилотҳо
orgs-none = Ин саҳифа барои тренерҳо ва администраторон аст. Ҳисоби шумо ягон ташкилотро идора намекунад.
orgs-own-heading = Ташкилотҳое, ки шумо идора мекунед
orgs-all-heading = Ҳамаи ташкилотҳо
orgs-table = Ҳамаи ташкилотҳо дар ин сервер
orgs-column-name = Ном
orgs-none-yet = Ҳоло ташкилот нест.
orgs-column-members = Аъзоён
orgs-column-created = Санаи сохтан
orgs-new-heading = Ташкилоти нав
orgs-name = Номи ташкилот
orgs-create = Сохтани ташкилот
orgs-created = { $name } сохта шуд.
orgs-open = Кушодан

## Гузоштани пароли нав бо коди барқароркунӣ
reset-title = Гузоштани пароли нав
reset-intro = Пароли худро фаромӯш кардед? Аз тренери худ коди барқароркунӣ пурсед, баъд дар ин ҷо номи корбар, код ва пароли навро нависед.
reset-code = Коди барқароркунӣ
reset-code-hint = 12 ҳарф ва рақам, чунон ки тренер дод. Ҳарфҳои калон ва тиреҳо аҳамият надоранд.
reset-new-password = Пароли нав
reset-new-password-again = Пароли нав боз як бор
reset-mismatch = Ду парол гуногунанд. Ҳамон пароли навро ду бор нависед.
reset-button = Гузоштани парол ва ворид шудан
reset-sign-in = Пароли худро дар хотир доред? Ворид шавед
org-questions-link = Саволҳои омӯзандагон
