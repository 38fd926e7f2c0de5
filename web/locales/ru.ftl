# Веб-клиент Dala: русский. Каждое сообщение здесь должно быть и в en.ftl (это проверяет тест).

skip-to-content = Перейти к содержанию
language-label = Язык
status-online = В сети
status-offline = Нет связи
loading = Загрузка…

catalog-title = Курсы
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
download-progress = Загрузка: { $done } из { $total }
download-partial = Загрузка была прервана.
download-resume = Продолжить загрузку
download-complete = Загружено: этот курс можно проходить без связи.
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

size-bytes = { $size } Б
size-kb = { $size } КБ
size-mb = { $size } МБ

error-offline = Нет связи, а это ещё не загружено. Подключитесь к интернету и попробуйте снова.
error-not-found = Такого курса или урока нет.
error-integrity = Загруженный файл повреждён при передаче. Попробуйте снова: загрузится только повреждённая часть.
error-storage = Устройство не смогло сохранить данные. Освободите место или выйдите из приватного режима и попробуйте снова.
error-server = Сервер не смог ответить. Попробуйте позже.
