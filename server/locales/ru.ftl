### status: draft
### Dala server: Russian (ru). Written by the Dala team without a native speaker's review; awaiting review.

# Слова, которые печатает сам сервер: PDF сертификата и критерии в учётных данных.
certificate-heading = Сертификат о прохождении курса
certificate-awarded-to = Настоящим подтверждается, что
certificate-completed = прошёл(а) курс
certificate-date = Дата окончания
certificate-issuer = Выдан
certificate-id = Номер сертификата
certificate-verify = Отсканируйте код или откройте этот адрес, чтобы проверить сертификат
certificate-criteria = Пройдены все уроки и сданы все тесты версии { $version } курса.
# Дата вида «23 ноября 2026 г.».
date = { $day } { $month } { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

## Ошибки API: поле `message` ответа с ошибкой, на языке, который просит запрос
## (`Accept-Language`). Слова в обратных кавычках — имена из API или формата курса, их не
## переводят. `$detail` — технические подробности от разборщика, по-английски.

# Того, что назвал запрос, нет.
error-not-found-api-route = такого адреса API нет
error-not-found-course = курс не найден
error-not-found-certificate = сертификат не найден
error-not-found-account = учётная запись не найдена
error-not-found-blob = файл не найден
error-not-found-join-code = код приглашения не найден
error-not-found-revocation-list = список отзыва не найден
# Сбои самого сервера: подробности только в журнале сервера.
error-internal = внутренняя ошибка; подробности в журнале сервера
error-storage-full = диск сервера заполнен, поэтому ничего из этого не сохранено; попробуйте позже
error-range-not-satisfiable = запрошенный диапазон недоступен
# Вход и сеансы.
error-unauthorized = сначала войдите: отправьте `Authorization: Bearer <token>`
error-session-invalid = такого сеанса нет; войдите снова
error-session-expired = сеанс истёк, потому что долго не использовался; войдите снова
error-session-revoked = этот сеанс завершён; войдите снова
error-wrong-credentials = неверное имя для входа или пароль
error-too-many-attempts = { $seconds ->
    [one] слишком много неудачных попыток входа; попробуйте снова через { $seconds } секунду
    [few] слишком много неудачных попыток входа; попробуйте снова через { $seconds } секунды
    [many] слишком много неудачных попыток входа; попробуйте снова через { $seconds } секунд
   *[other] слишком много неудачных попыток входа; попробуйте снова через { $seconds } секунды
}
error-forbidden = этой учётной записи это не разрешено
error-reset-code-invalid = это имя для входа и код сброса не совпадают с действующим кодом; попросите у тренера новый
# Учётные записи и имена. `$field` — одно из сообщений error-field-… ниже.
error-login-name = имя для входа — от 3 до 64 строчных латинских букв, цифр, точек, подчёркиваний или дефисов
error-login-taken = имя для входа `{ $login }` уже занято
error-password-length = пароль — от 8 до 1024 символов
error-organization-exists = организация с названием `{ $name }` уже есть
error-field-display-name = отображаемое имя
error-field-join-code-label = пометка кода приглашения
error-field-organization-name = название организации
error-name-length = { $field }: от 1 до { $max ->
    [one] { $max } символа
   *[other] { $max } символов
}
error-name-controls = { $field }: нельзя использовать управляющие символы и символы направления текста
error-name-invisible = { $field }: нельзя использовать невидимые символы
error-name-not-visible = { $field }: нужна хотя бы одна видимая буква, цифра или знак
error-name-accents = { $field }: не больше { $max ->
    [one] { $max } диакритического знака
   *[other] { $max } диакритических знаков
} на одной букве
# Коды приглашения и запись на курсы.
error-join-code-invalid = такого кода приглашения нет; уточните его у тренера
error-join-code-expired = срок действия этого кода приглашения истёк; попросите у тренера новый
error-join-code-used-up = этот код приглашения уже использован столько раз, сколько можно; попросите у тренера новый
error-join-code-ended = тренер отменил этот код приглашения; попросите у тренера новый
error-course-archived = курс `{ $course }` в архиве
error-enrollment-closed = на курс `{ $course }` записываются по коду приглашения от тренера
error-no-such-course = курса `{ $course }` нет
error-invitation-once = личное приглашение используется один раз: `max_uses` равно 1
error-expires-in-days = `expires_in_days` — от 1 до 365
error-max-uses = `max_uses` — от 1 до 10000
error-join-code-no-course = код приглашения должен записывать хотя бы на один курс
error-enroll-too-many = не больше { $max ->
    [one] { $max } учётной записи
   *[other] { $max } учётных записей
} за раз
error-not-a-member = `{ $account }` не состоит в этой организации
# Тела и строки запросов.
error-json-invalid = тело запроса — не корректный JSON: { $detail }
error-json-shape = у JSON в теле запроса не та структура: { $detail }
error-json-content-type = отправьте тело с `Content-Type: application/json`
error-body-unreadable = не удалось прочитать тело запроса: { $detail }
error-body-too-large = тело запроса больше, чем принимает этот запрос
error-query-invalid = строка запроса некорректна: { $detail }
error-encoding-unreadable = нечитаемый Content-Encoding
error-encoding-unsupported = Content-Encoding `{ $encoding }` не принимается: отправьте gzip или обычный JSON
error-compressed-too-large = сжатое тело запроса больше { $limit ->
    [one] { $limit } байта
   *[other] { $limit } байт
}
error-gzip-invalid = тело запроса — не корректный gzip: { $detail }
error-decompressed-too-large = после распаковки тело запроса больше { $limit ->
    [one] { $limit } байта
   *[other] { $limit } байт
}; отправляйте меньше событий за раз
error-sync-too-many-events = не больше { $max ->
    [one] { $max } события
   *[other] { $max } событий
} за одну синхронизацию; остальные отправьте следующей
# Вопросы тренерам и ответы на них (отклонённый вопрос или ответ при синхронизации).
error-message-empty = в вопросе или ответе нужен текст
error-message-too-long = вопрос или ответ — не больше { $max ->
    [one] { $max } символа
   *[other] { $max } символов
}
error-message-control-characters = вопрос или ответ — это обычный текст, без управляющих символов
error-question-not-found = этого вопроса нет, или писать в нём можете не вы
error-question-event-taken = под этим идентификатором события уже сохранено сообщение другого человека
error-question-daily-limit = не больше { $max ->
    [one] { $max } вопроса
   *[other] { $max } вопросов
} в день; отправьте этот завтра
error-question-no-organization = некому задать вопрос: вступите в организацию по коду от тренера
error-question-not-staff = на вопрос отвечают только тренеры и администраторы его организации
error-question-already-answered = вопрос, на который тренер уже ответил, удалить нельзя
error-question-unknown-course = такой версии курса `{ $course }` нет
error-question-unknown-lesson = в курсе нет урока `{ $lesson }`
error-question-not-enrolled = вопросы по курсу `{ $course }` задают его слушатели: попросите у тренера код приглашения
# Отчёты.
error-date-format = даты записываются как ГГГГ-ММ-ДД; { $text } — не дата
error-period-reversed = период заканчивается раньше, чем начинается
error-learners-need-organization = таблица учащихся относится к одной организации: добавьте `organization=ID`
error-unknown-table = неизвестная таблица { $table } (таблицы: organizations, courses, months, learners)
# Сертификаты и файлы.
error-certificate-too-long = сертификат занимает несколько килобайт; этот слишком длинный
error-revocation-reason = укажите причину длиной от 1 до 500 символов
error-blob-name = имя файла — это SHA-256: 64 строчные шестнадцатеричные цифры
# Создание курсов. `$problems` — список проблем черновика, каждая как problem-at-line или problem-in-file.
error-course-slug = короткое имя курса — строчные латинские буквы, цифры и дефисы, не больше 64
error-course-exists = курс с именем `{ $course }` уже есть; выберите другое имя
error-draft-wrong-course = черновик относится к `{ $draft }`, а не к `{ $course }`
error-draft-conflict = кто-то сохранил этот черновик после версии, которую вы редактировали; сначала загрузите его версию
error-draft-problems = перед публикацией исправьте эти проблемы: { $problems }
# Загружаемые изображения. `$limit` — размер вида «4 KB» или «2.5 MB».
error-image-too-large = Файл больше { $limit }. Загрузите изображение поменьше.
error-not-an-image = Этот файл — не изображение. Загрузите картинку JPEG, PNG, GIF или WebP.
error-image-format = Изображения { $format } не принимаются. Загрузите картинку JPEG, PNG, GIF или WebP.
error-image-too-many-pixels = Изображение — { $width } × { $height } пикселей; принимается не больше { $megapixels } мегапикселей. Загрузите изображение поменьше.
error-image-unreadable = Не удалось прочитать изображение: файл может быть повреждён или неполон ({ $detail }).
error-image-alt-text-missing = Опишите изображение коротким текстом для учащихся, которые не могут его увидеть.

## Проблемы курса: что печатает `dala course check` для папки курса и что редактор показывает
## рядом с черновиком. Слова в обратных кавычках — имена файлов, ключи и значения формата курса,
## их не переводят.

# Одна проблема и где она: `$file` вида 03-media.md, `$line` — номер строки, `$problem` — сама проблема.
problem-at-line = { $file }:{ $line }: { $problem }
problem-in-file = { $file }: { $problem }
# Папка курса и её файлы.
problem-unreadable = не удаётся прочитать: { $detail }
problem-folder-name = имя папки курса — строчные латинские буквы, цифры и дефисы
problem-quiz-file-name = имя файла теста должно быть вида `03-quiz-id.quiz.toml`
problem-lesson-file-name = имя файла урока должно быть вида `01-lesson-id.md`
problem-unexpected-file = лишний файл: в папке курса лежат course.toml, уроки с именами `NN-id.md`, тесты с именами `NN-id.quiz.toml` и изображения (png, jpg, gif, webp, svg)
problem-metadata-missing = нет файла: каждому курсу нужен файл с его описанием
problem-number-twice = номер урока использован дважды ({ $files }): порядок неоднозначен
problem-duplicate-id = повторяющийся идентификатор `{ $id }` (он же в { $file })
problem-no-lessons = нет уроков: добавьте файлы Markdown с именами вида `01-introduction.md`
problem-too-many-items = уроков и тестов — { $count }, а в курсе может быть не больше { $max }
problem-too-many-images = изображений — { $count }, а в курсе может быть не больше { $max }
problem-not-utf8 = не корректный UTF-8: сохраните файл в кодировке UTF-8
# Файл описания, course.toml. `$key` — его ключ, например `title`.
problem-toml-invalid = не корректный TOML: { $detail }
problem-key-empty = `{ $key }` не может быть пустым
problem-key-not-string = `{ $key }` должен быть строкой
problem-key-not-list = `{ $key }` должен быть списком строк
problem-key-too-long = `{ $key }` длиннее { $max ->
    [one] { $max } символа
   *[other] { $max } символов
}
problem-key-too-many = в `{ $key }` больше { $max ->
    [one] { $max } записи
   *[other] { $max } записей
}
problem-key-entry-too-long = одна из записей `{ $key }` длиннее { $max ->
    [one] { $max } символа
   *[other] { $max } символов
}
problem-language-tag = `{ $tag }` — не тег языка вроде `en`, `ru` или `kk`
problem-authors-empty = в `authors` должен быть указан хотя бы один автор
problem-open-not-boolean = `open` должно быть true или false
problem-not-a-slug = `{ $slug }` — не короткое имя курса
problem-unknown-key = неизвестный ключ описания `{ $key }` (известные ключи: { $known })
problem-required-key = нет обязательного ключа `{ $key }`
problem-translation-missing = перевод `{ $course }` — не курс из этой папки
problem-translation-unknown = перевод `{ $course }` — не другой курс на этом сервере
problem-translation-other-organization = перевод `{ $course }` принадлежит другой организации
problem-key-not-table = `{ $key }` должен быть таблицей, например `[{ $key }]`
problem-key-not-slug = `{ $key }` должен быть идентификатором курса
problem-translation-status = `translation.status` должен быть "draft" или "reviewed"
problem-translation-hash = `translation.lessons` для `{ $lesson }` должен быть SHA-256: 64 шестнадцатеричные цифры, строчные
problem-translation-lesson-unknown = `translation.lessons` называет `{ $lesson }`, но в этом курсе нет такого урока
problem-translation-source-itself = `translation.source` называет сам этот курс
problem-translation-source-missing = исходного курса перевода `{ $course }` нет в этой папке
problem-translation-source-unknown = исходного курса перевода `{ $course }` нет на этом сервере
# Уроки.
problem-lesson-too-large = урок — не больше { $max } КБ текста; в этом { $size } КБ
problem-second-title = заголовок первого уровня (`# `) может быть только в первой строке
problem-no-title = урок должен начинаться со своего названия — заголовка первого уровня (`# Название`)
problem-title-too-long = название длиннее { $max ->
    [one] { $max } символа
   *[other] { $max } символов
}
problem-too-deep = в этом уроке элементы вложены глубже { $max } уровней (цитаты, списки или HTML-теги друг в друге); сделайте его проще
problem-too-many-elements = в этом уроке больше { $max ->
    [one] { $max } элемента
   *[other] { $max } элементов
} (абзацев, пунктов списков, тегов); разделите его на несколько уроков
# Изображения курса.
problem-image-external = изображение `{ $image }` должно быть файлом в папке курса: учащиеся занимаются без сети
problem-image-not-found = изображения `{ $image }` нет в папке курса
problem-image-alt = изображению `{ $image }` нужен альтернативный текст: `![что на нём]({ $image })`
problem-image-name = имя изображения — строчные латинские буквы, цифры и дефисы с расширением файла изображения
problem-image-missing = этого изображения нет на сервере: загрузите его снова
# Тесты. `$kind` — вид вопроса, например single_choice.
problem-quiz-invalid = не корректный тест: { $detail }
problem-quiz-too-many-questions = в тесте может быть не больше { $max ->
    [one] { $max } вопроса
   *[other] { $max } вопросов
}
problem-pass-mark = `pass_mark` — процент от 1 до 100
problem-max-attempts = `max_attempts` должно быть не меньше 1 (уберите его, чтобы не ограничивать попытки)
problem-no-questions = в тесте нужен хотя бы один `[[questions]]`
# Проблема одного вопроса: `$number` — номер вопроса, `$problem` — одно из сообщений ниже.
problem-question = вопрос { $number }: { $problem }
problem-options = нужны `options`: хотя бы два, ни одного пустого
problem-option-number = номера вариантов — от 1 до { $count }; { $number } — не из них
problem-key-not-for-kind = `{ $key }` не относится к вопросу вида { $kind }
problem-answer-single = нужен `answer`: номер правильного варианта
problem-answers-multiple = нужны `answers`: номера всех правильных вариантов
problem-answers-twice = в `answers` один вариант назван дважды
problem-answer-true-false = нужно `answer = true` или `answer = false`
problem-accepted = нужны `accepted`: ответы, которые засчитываются, ни одного пустого
problem-unknown-kind = неизвестный вид `{ $kind }` (виды: { $kinds })
problem-question-too-long = слишком длинно: не больше { $prompt } символов в `prompt` и в `explanation`, { $options } вариантов `options` по { $option } символов, { $accepted } ответов `accepted` по { $answer } символов

check-source-changed = { $course }: урок `{ $lesson }`: источник изменился после перевода
check-not-tracked = { $course }: урок `{ $lesson }`: не отслеживается (нет хеша в `[translation.lessons]`)
check-not-translated = { $course }: урок `{ $lesson }` источника не переведён
check-gone-from-source = { $course }: урок `{ $lesson }`: в источнике больше нет этого урока
check-source-missing = { $course }: исходный курс `{ $source }` не найден
check-warning = предупреждение: { $warning }
check-clean = { $courses ->
    [one] Проверен { $courses } курс: проблем нет
    [few] Проверено { $courses } курса: проблем нет
   *[other] Проверено { $courses } курсов: проблем нет
}
check-clean-with-warnings = { $courses ->
    [one] Проверен { $courses } курс: проблем нет
    [few] Проверено { $courses } курса: проблем нет
   *[other] Проверено { $courses } курсов: проблем нет
}, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
   *[other] { $warnings } предупреждений
}
check-problems = { $problems ->
    [one] { $problems } проблема
    [few] { $problems } проблемы
   *[other] { $problems } проблем
}
# Файлы, которые переносят без сети: ключи устройств и отклонённые файлы прогресса.
error-device-key-invalid = ключ устройства — это 32 байта, записанные 64 шестнадцатеричными цифрами, а ключ подписи должен быть ключом Ed25519
error-device-key-taken = этот ключ устройства принадлежит другой учётной записи или отозван: войдите снова, чтобы создать новый
error-file-not-this-kind = это не файл прогресса Dala
error-file-truncated = файл обрывается раньше конца: скопируйте или отправьте его ещё раз
error-file-too-large = файл больше, чем может быть файл прогресса
error-file-other-installation = файл сделан для другой установки Dala или изменён после создания
error-file-altered = файл изменён после создания
error-file-malformed = файл повреждён внутри
error-file-unknown-device = устройство, создавшее этот файл, здесь не зарегистрировано: учащийся должен один раз войти на нём, пока есть сеть
error-file-other-account = в файле указана не та учётная запись, которой принадлежит подписавшее его устройство
error-file-device-ended = устройство, создавшее этот файл, отозвано (сеансы учётной записи завершены): учащийся входит снова и делает новый файл
