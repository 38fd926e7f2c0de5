### status: draft
### Dala web client: Russian (ru). Written by the Dala team without a native speaker's review; awaiting review.

# Веб-клиент Dala: русский. Каждое сообщение здесь должно быть и в en.ftl (это проверяет тест).

skip-to-content = Перейти к содержанию
language-label = Язык
language-needs-connection = Язык «{ $language }» ещё не загружен на это устройство. Подключитесь к интернету, чтобы переключиться на него.
status-online = В сети
status-offline = Нет связи
loading = Загрузка…

catalog-title = Курсы
catalog-also-in = Также на других языках:
catalog-filter-language = Язык курсов
catalog-filter-all = Все языки
list-separator = {", "}
catalog-offline = Нет связи. Здесь курсы, загруженные на это устройство.
catalog-empty = Курсы ещё не опубликованы.
catalog-empty-offline = На этом устройстве пока нет загруженных курсов. Подключитесь к интернету, чтобы загрузить курс.
lesson-count = { $count ->
    [one] { $count } урок
    [few] { $count } урока
   *[many] { $count } уроков
}
badge-downloaded = Доступен офлайн

back-to-catalog = Все курсы
course-title-loading = Курс
course-version = Версия { $version }
course-translations = Есть на другом языке:
course-progress = Пройдено уроков: { $done } из { $total }
offline-heading = Учёба без интернета
download-button = Загрузить для офлайн ({ $size })
download-progress = Загрузка: получено { $done }, осталось { $left }
download-partial = Загрузка была прервана.
download-resume = Продолжить загрузку
download-complete = Загружено: этот курс можно проходить без связи.
update-available = Доступно обновление: { $size }
download-update = Загрузить новую версию
download-remove = Удалить загрузку
storage-used = Занимает { $size } на этом устройстве.
lessons-heading = Уроки
lesson-status-complete = Пройден
lesson-status-opened = Начат

lesson-title-loading = Урок
lesson-mark-complete = Отметить как пройденный
lesson-completed = Пройден ✓
lesson-nav-label = Уроки
lesson-previous = ← Назад
lesson-next = Далее →

not-found-title = Страница не найдена
elsewhere-title = Этой страницы ещё нет на устройстве
elsewhere-needs-connection = Её нужно один раз открыть с подключением к интернету, после этого она работает и без него. Подключитесь и попробуйте снова.

size-bytes = { $size } Б
size-kb = { $size } КБ
size-mb = { $size } МБ

error-offline = Нет связи, а это ещё не загружено. Подключитесь к интернету и попробуйте снова.
error-not-found = Такого курса или урока нет.
error-integrity = Загруженный файл повреждён при передаче. Попробуйте снова: загрузится только повреждённая часть.
error-storage = Устройство не смогло сохранить данные. Освободите место или выйдите из приватного режима и попробуйте снова.
error-server = Сервер не смог ответить. Попробуйте позже.

sync-pending = { $count ->
    [0] Весь прогресс отправлен
    [one] { $count } изменение ждёт отправки
    [few] { $count } изменения ждут отправки
   *[many] { $count } изменений ждут отправки
}
sync-last = Синхронизировано в { $time }
sync-never = Ещё не синхронизировано
sync-running = Синхронизация…
sync-offline = Нет связи. Прогресс сохранён на этом устройстве и будет отправлен, когда связь появится.
sync-now = Синхронизировать
sync-refused = { $count ->
    [one] Сервер не сохранил { $count } изменение, например в курсе, на который вы не записаны. Попросите у тренера код для вступления.
    [few] Сервер не сохранил { $count } изменения, например в курсе, на который вы не записаны. Попросите у тренера код для вступления.
   *[many] Сервер не сохранил { $count } изменений, например в курсе, на который вы не записаны. Попросите у тренера код для вступления.
}
sign-out = Выйти
sign-in-link = Войти
sign-in-title = Вход
sign-in-button = Войти
field-login = Логин
field-login-hint = От 3 до 64 строчных латинских букв, цифр, точек, дефисов или подчёркиваний.
field-password = Пароль
field-password-hint = Не меньше 8 символов.
field-code = Код приглашения
field-display-name = Ваше имя, как его увидят другие
join-link = Есть код от тренера? Создайте учётную запись
join-title = Вход по коду
join-intro = Тренер дал вам код. По нему создаётся ваша учётная запись и вы записываетесь на курсы. Электронная почта и телефон не нужны.
join-button = Создать учётную запись

error-not-signed-in = Войдите, чтобы сохранить и отправить прогресс.
error-session-ended = Вы вышли из системы. Войдите снова — прогресс на этом устройстве сохранён.
error-session-expired = Вас долго не было, и сеанс завершился. Войдите снова — прогресс на этом устройстве сохранён.
error-wrong-credentials = Неверный логин или пароль.
error-too-many-attempts = Слишком много попыток. Подождите несколько минут и попробуйте снова.
error-join-code-invalid = Такого кода нет. Уточните его у тренера.
error-join-code-expired = Срок действия кода истёк. Попросите у тренера новый.
error-join-code-used-up = Код уже использован. Попросите у тренера новый.
error-login-taken = Этот логин занят. Выберите другой.
error-invalid = Проверьте введённые данные: сервер не смог их принять.

quiz-label = Тест:
quiz-status-passed = Сдан
quiz-title-loading = Тест
quiz-pass-mark = Проходной балл: { $mark } %
quiz-attempts-left = { $count ->
    [one] Осталась { $count } попытка
    [few] Осталось { $count } попытки
   *[many] Осталось { $count } попыток
}
quiz-best = Лучший результат: { $score } %
quiz-passed-already = Вы сдали этот тест.
quiz-submit = Проверить ответы
quiz-again = Попробовать снова
quiz-no-attempts = Вы использовали все попытки этого теста.
quiz-choose-all = Отметьте все верные ответы.
quiz-true = Верно
quiz-false = Неверно
quiz-your-answer = Ваш ответ
quiz-score = { $score } %: верно { $right } из { $total }.
quiz-result-passed = Тест сдан!
quiz-result-failed = На этот раз тест не сдан.
quiz-mark-right = Верно
quiz-mark-wrong = Неверно
course-complete = Вы прошли этот курс.

nav-certificates = Сертификаты
course-certificate-link = Ваш сертификат за этот курс
certificates-title = Мои сертификаты
certificates-empty = У вас пока нет сертификатов. Пройдите все уроки и тесты курса: сертификат придёт при следующей синхронизации.
certificates-sign-in = Войдите, чтобы увидеть свои сертификаты.
certificate-completed-on = Курс пройден { $date }
certificate-title = Сертификат
certificate-learner = Кому выдан
certificate-course = Курс
certificate-date = Дата прохождения
certificate-issuer = Кем выдан
certificate-id = Номер сертификата
certificate-status-heading = Действителен ли он?
certificate-no-trust = Это устройство пока не может проверять сертификаты: нужное для этого (ключи организации и список отозванных сертификатов) придёт при следующей синхронизации.
certificate-downloads = Скачать
download-pdf = Сертификат для печати (PDF)
download-pdf-fetching = Загружаем PDF…
download-jwt = Подписанный файл для других систем
download-json = Данные сертификата для других систем
download-wallet = Для цифрового кошелька
certificate-pdf-note = PDF (около 20 КБ) загружается один раз и остаётся на этом устройстве. Остальные файлы уже здесь.
certificate-share-heading = Поделиться
certificate-share-text = По этой ссылке любой может проверить, что ваш сертификат подлинный. Она же есть в QR-коде на PDF.
certificate-wallet-link-text = Цифровой кошелёк может также взять ваш сертификат по этой ссылке. Давайте её только своему кошельку: любой, у кого есть ссылка, увидит сертификат.
certificate-wallet-qr = QR-код ссылки для кошелька
certificate-wallet-qr-hint = Приложение-кошелёк на другом устройстве, например на вашем телефоне, может также отсканировать этот код.

verdict-valid = Действителен
verdict-revoked = Отозван
verdict-altered = Изменён
verdict-unknown-key = Неизвестная подпись
verdict-malformed = Это не сертификат
verdict-unchecked = Ещё не проверен
reason-genuine = Подписан организацией, не изменён и не отозван.
reason-revocation-unchecked = Подписан организацией и не изменён. Проверить, не отозван ли он, не удалось: список отозванных сертификатов недоступен.
reason-revoked = Подлинный, но организация его отозвала.
reason-signature-mismatch = Подпись не совпадает с содержанием: сертификат изменили после подписания или подделали.
reason-unknown-key = Подписан ключом, которого эта организация не публиковала: сертификат выдан не здесь или подделан.
reason-missing-key-id = В сертификате не указано, каким ключом он подписан.
reason-unsupported-algorithm = Сертификат подписан недопустимым способом.
reason-not-a-jwt = Это не подписанный сертификат. Вставьте весь текст файла сертификата.
reason-not-a-credential = Это подписанные данные, но не сертификат.
reason-unknown = Сертификат не удалось проверить.
revoked-on = Отозван { $date }. Причина, указанная организацией: { $reason }
checked-by-server = Проверено сервером организации, выдавшей сертификат.
checked-on-device = Проверено на этом устройстве, без связи с сервером организации.
list-age = Список отозванных сертификатов от { $list }, последняя проверка { $checked }.
list-age-none = На этом устройстве нет списка отозванных сертификатов для этого сертификата; данные организации последний раз проверены { $checked }.

verify-link = Проверить сертификат
verify-title = Проверить сертификат
verify-intro = Вставьте сертификат или выберите его файл, чтобы узнать, подлинный ли он и не отозван ли. Учётная запись не нужна.
verify-field = Сертификат
verify-field-hint = Весь текст файла сертификата (подписанного файла, данных сертификата или файла для кошелька).
verify-file = Или выберите файл сертификата
verify-button = Проверить
verify-result-heading = Результат
verify-file-too-large = Этот файл слишком большой для сертификата.
verify-file-unreadable = Не удалось прочитать файл. Выберите файл сертификата.

error-certificate-not-found = По этой ссылке сертификат не найден. Проверьте, что адрес скопирован полностью.
error-no-trust = Сервер организации недоступен, а на этом устройстве нет данных для проверки сертификатов. Подключитесь к интернету и попробуйте снова.
error-wallet-form-offline = Это файл сертификата для кошелька, а его проверяет только сервер организации. Подключитесь к интернету и попробуйте снова или проверьте подписанный файл сертификата (.jwt): его можно проверить здесь без подключения.

## Редактор курсов (для тренеров)
image-too-large = Изображение больше, чем принимает сервер. Выберите файл поменьше.
image-not-an-image = Этот файл не изображение. Выберите картинку JPEG, PNG, GIF или WebP.
image-too-many-pixels = В изображении слишком много пикселей. Выберите картинку поменьше.
image-unreadable = Изображение не удалось прочитать: файл, возможно, повреждён. Попробуйте другой.
image-alt-missing = Опишите изображение в нескольких словах для тех, кто не может его увидеть.
draft-invalid = В курсе есть ошибки, которые нужно исправить перед публикацией. Они перечислены ниже.
authoring-forbidden = Ваша учётная запись не может редактировать этот курс. Обратитесь к администратору его организации.
course-slug-taken = Курс с таким коротким именем уже есть. Выберите другое.
author-title = Курсы, которые вы редактируете
author-no-courses = Пока нет курсов, которые вы можете редактировать.
author-never-published = Ещё не опубликован
author-unpublished-changes = Есть неопубликованные изменения
author-new-course = Новый курс
author-field-organization = Организация
author-field-title = Название
author-field-slug = Короткое имя
author-field-slug-help = Строчные латинские буквы, цифры и дефисы, например fundraising-basics. Оно входит в адрес курса, изменить его нельзя.
author-field-summary = Описание для каталога
author-field-language = Язык курса
author-field-author = Автор
author-create = Создать курс
author-first-lesson-title = Введение
author-first-lesson-text = Напишите здесь первый урок.
edit-metadata-heading = О курсе
edit-field-version = Редакция
edit-field-authors = Авторы (через запятую)
edit-field-licence = Лицензия
edit-field-translations = Этот же курс на других языках (короткие имена через запятую)
edit-items-heading = Уроки и тесты
edit-move-up = Выше
edit-move-down = Ниже
edit-remove = Удалить
edit-add-lesson = Добавить урок
edit-new-lesson-title = Новый урок
edit-lesson-heading = Урок:
edit-lesson-markdown = Текст (Markdown)
edit-lesson-markdown-help = Первая строка — заголовок: # Заголовок. Абзацы разделяются пустой строкой; *курсив*, **жирный**, - списки, [ссылки](https://…).
edit-preview = Показать, как будет выглядеть
edit-preview-heading = Так урок увидят слушатели
edit-image-heading = Добавить изображение
edit-image-file = Изображение (JPEG, PNG, GIF или WebP)
edit-image-alt = Что изображено (для тех, кто не может увидеть)
edit-image-upload = Загрузить и добавить в урок
edit-publish-heading = Публикация
edit-no-problems = Ошибок нет: курс можно опубликовать.
edit-publish = Опубликовать новую версию
edit-published = Опубликовано. Тем, кто скачал курс, будет предложено обновление.
edit-published-unchanged = С последней публикации ничего не изменилось.
edit-saved-local = Сохранено на этом устройстве. Будет отправлено на сервер, когда появится связь.
edit-saved-server = Сохранено на сервере.
edit-conflict = { $name } сохранил(а) этот курс после того, как вы начали редактировать. Выберите, какую версию оставить.
edit-keep-mine = Оставить мою версию (их версия будет заменена)
edit-take-theirs = Взять их версию (мои изменения пропадут)
nav-author = Курсы автора
edit-field-open = Записаться может любой вошедший слушатель (иначе только по коду приглашения)
edit-add-quiz = Добавить тест
edit-new-quiz-title = Проверьте себя
edit-quiz-title = Название теста
edit-quiz-pass-mark = Проходной балл (процент верных ответов)
edit-quiz-max-attempts = Число попыток
edit-quiz-max-attempts-help = Оставьте пустым, чтобы не ограничивать.
edit-quiz-question = Вопрос { $n }
edit-quiz-prompt = Текст вопроса
edit-quiz-kind = Тип вопроса
edit-quiz-kind-single = Один верный вариант
edit-quiz-kind-multiple = Несколько верных вариантов
edit-quiz-kind-true-false = Верно или неверно
edit-quiz-kind-short = Короткий письменный ответ
edit-quiz-options-single = Варианты: отметьте верный
edit-quiz-options-multiple = Варианты: отметьте все верные
edit-quiz-option = Вариант { $n }
edit-quiz-option-right = Вариант { $n } верный
edit-quiz-remove-option = Удалить вариант { $n }
edit-quiz-add-option = Добавить вариант
edit-quiz-right-answer = Верный ответ
edit-quiz-accepted = Принимаемые ответы, по одному в строке
edit-quiz-accepted-help = Заглавные буквы и лишние пробелы не учитываются.
edit-quiz-remove-question = Удалить вопрос
edit-quiz-add-question = Добавить вопрос
edit-quiz-problem-title = У теста должно быть название.
edit-quiz-problem-pass-mark = Проходной балл должен быть от 1 до 100.
edit-quiz-problem-attempts = Разрешите хотя бы одну попытку или оставьте поле пустым.
edit-quiz-problem-no-questions = В тесте должен быть хотя бы один вопрос.
edit-quiz-problem-prompt = У вопроса { $n } нет текста.
edit-quiz-problem-options = У вопроса { $n } должно быть не меньше двух вариантов, и ни одного пустого.
edit-quiz-problem-no-answer = У вопроса { $n } не указан верный ответ.
edit-quiz-problem-empty-accepted = Вопрос { $n } принимает пустой ответ.
edit-quiz-problem-too-large = Название теста длиннее 200 знаков, или в нём больше 100 вопросов.
edit-quiz-problem-question-too-large = Вопрос { $n } слишком длинный: не больше 2000 знаков в вопросе и в пояснении, 20 вариантов по 500 знаков или 20 принимаемых ответов по 200 знаков.
edit-quiz-has-problems = Тест «{ $title }»: { $n ->
    [one] { $n } ошибка
    [few] { $n } ошибки
   *[many] { $n } ошибок
}
edit-preview-offline = Для предпросмотра нужна связь с сервером. Ваш текст сохранён на этом устройстве; предпросмотр заработает, когда появится связь.

## Панель отчётов (администраторы)
nav-dashboard = Отчёты
error-forbidden = Вашей учётной записи это недоступно.
dashboard-title = Отчёты
dashboard-sign-in = Войдите как администратор, чтобы увидеть отчёты.
dashboard-not-allowed = Отчёты доступны администраторам и тренерам организаций. Ваша учётная запись к ним не относится.
dashboard-reports-for-administrators = Отчёты о записях и завершениях доступны администраторам. Как тренер вы можете увидеть слушателей своей организации ниже.
dashboard-loading = Загрузка отчётов…
dashboard-offline = Для отчётов нужна связь с сервером. Подключитесь к интернету и попробуйте снова.
dashboard-forbidden = Вашей учётной записи эти отчёты недоступны. Они предназначены для администраторов организации.
filters-heading = Фильтры
filter-organization = Организация
filter-all-organizations = Все мои организации
filter-course = Курс
filter-all-courses = Все курсы
filter-from = С
filter-to = По
filter-apply = Показать
filter-backwards = Дата окончания раньше даты начала.
totals-heading = Итоги
totals-explained = Записи, завершения и сертификаты за выбранный период. Активные слушатели — те, чьи устройства отправляли прогресс в последние 30 дней периода (в таблице по месяцам — в течение месяца). Отозванные сертификаты не считаются сертификатами, но считаются завершениями.
count-enrollments = Записи на курсы
count-active-learners = Активные слушатели
count-completions = Завершения
count-certificates = Сертификаты
chart-empty = Для этих фильтров данных нет.
chart-enrolled = записались: { $count }
chart-completed = завершили: { $count }
section-months = По месяцам
chart-months = Записи и завершения по месяцам
table-months = Записи, активные слушатели, завершения и сертификаты по месяцам
column-month = Месяц
section-courses = По курсам
chart-courses = Записи и завершения по курсам
table-courses = Записи, активные слушатели, завершения и сертификаты по курсам
column-course = Курс
column-details = Подробнее
course-report-open = Уроки и вопросы
section-organizations = По организациям
chart-organizations = Записи и завершения по организациям
table-organizations = Записи, активные слушатели, завершения и сертификаты по организациям
column-organization = Организация
csv-download = Скачать CSV
csv-downloading = Готовим файл…
csv-saved = Сохранено как { $name }. Скачивание записано в журнал аудита.
course-report-loading = Загрузка отчёта по курсу…
course-report-heading = Курс: { $title }
course-report-enrolled = Записались за этот период: { $count }.
funnel-heading = Как далеко продвинулись слушатели
funnel-explained = По каждому уроку: сколько из записавшихся слушателей открыли его и сколько завершили.
chart-funnel = Слушатели, дошедшие до каждого урока и завершившие его
table-funnel = Слушатели, дошедшие до каждого урока и завершившие его
column-lesson = Урок
column-reached = Дошли
column-lesson-completed = Завершили
chart-reached = дошли: { $count } ({ $percent } %)
chart-lesson-completed = завершили: { $count } ({ $percent } %)
difficulty-heading = Трудные вопросы
difficulty-explained = По каждому вопросу тестов: сколько слушателей ответили на него неверно с первой попытки.
chart-difficulty = Доля неверных ответов с первой попытки по вопросам
table-difficulty = Неверные ответы с первой попытки по вопросам
question-label = { $number }. { $prompt }
column-question = Вопрос
column-quiz = Тест
column-first-attempts = Первые попытки
column-wrong = Неверно
column-wrong-share = Доля неверных
chart-wrong = { $percent } % неверно ({ $wrong } из { $total })
learners-heading = Слушатели
learners-explained = Отчёты выше показывают только числа. Здесь можно увидеть поимённо слушателей организации, в которой вы тренер или администратор. Каждое открытие этого списка записывается в журнал аудита, как и каждое скачивание CSV.
learners-show = Показать слушателей: { $organization }
learners-hide = Скрыть слушателей
learners-loading = Загрузка слушателей…
table-learners = Слушатели: { $organization }
column-learner = Слушатель
column-courses = Курсы
column-last-sync = Последняя синхронизация
learner-course = { $course }: уроков { $done }/{ $total }
learner-course-completed = завершён
learner-never-synced = Никогда
audit-heading = Журнал аудита
audit-explained = Кто и когда просматривал слушателей поимённо или скачивал таблицы. Читать журнал можете только вы, администратор установки.
audit-show = Показать журнал аудита
audit-refresh = Обновить
audit-loading = Загрузка журнала аудита…
table-audit = Журнал аудита, сначала новые записи
column-when = Когда
column-who = Кто
column-action = Действие
column-detail = Подробности
audit-action-view-learners = Просмотр слушателей
audit-action-export = Скачивание таблицы

## Общие устройства: выход и удаление всего
error-device-full = На устройстве нет места: нужно ещё { $size }. Удалите ненужный скачанный курс или освободите место на устройстве и попробуйте снова; всё сохранённое раньше цело.
error-not-saved = Не удалось сохранить это на устройстве, ничего из этого не записано. Попробуйте снова.
error-server-full = На сервере закончилось место, и он ничего из этого не сохранил. Сохранённое на этом устройстве останется здесь и будет отправлено позже; если это повторяется, сообщите администратору сервера.
sign-out-title = Выход
signed-out-title = Вы вышли
sign-out-who = Вы вошли как { $name }.
sign-out-pending = { $count ->
    [one] { $count } изменение, сделанное здесь, ещё не отправлено на сервер.
    [few] { $count } изменения, сделанные здесь, ещё не отправлены на сервер.
   *[many] { $count } изменений, сделанных здесь, ещё не отправлены на сервер.
}
sign-out-return-file = Сохранили прогресс в файл для тренера? Ответный файл откроется здесь, только пока вы не вышли. Ваши изменения всё равно отправятся при первой синхронизации, когда вы снова войдёте здесь.
sign-out-what-stays = После выхода на этом устройстве не видно ничего вашего: ни прогресса, ни ответов на тесты, ни сертификатов, ни черновиков, ни имени. Неотправленные изменения остаются здесь только для вас и будут отправлены, когда вы снова войдёте на этом устройстве. Скачанные курсы остаются: они общедоступны.
sign-out-send-first = Отправить сейчас и выйти
sign-out-keep-waiting = Выйти и сохранить мои изменения здесь
signed-out-nothing-shown = Теперь на этом устройстве не видно ничего из вашей учётной записи. Скачанные курсы остаются: они общедоступны.
remove-everything-heading = Удалить всё с этого устройства
remove-everything-explain = Удаляет скачанные курсы, неотправленные изменения всех учётных записей, сертификаты, черновики и сохранённое приложение — например, перед тем как передать устройство другому человеку.
remove-everything-button = Удалить всё…
remove-everything-warning = { $count ->
    [0] Неотправленных изменений нет. Это действие нельзя отменить.
    [one] { $count } неотправленное изменение будет потеряно. Это действие нельзя отменить.
    [few] { $count } неотправленных изменения будут потеряны. Это действие нельзя отменить.
   *[many] { $count } неотправленных изменений будут потеряны. Это действие нельзя отменить.
}
remove-everything-confirm = Да, удалить всё
remove-everything-cancel = Ничего не удалять
verdict-revocation-unchecked = Не удалось проверить отзыв
list-age-unchecked = Ни один из списков отозванных сертификатов на этом устройстве (от { $list }) не относится к этому сертификату; данные организации последний раз проверены { $checked }.
