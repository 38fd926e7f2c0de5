### status: draft
### Dala web client: Russian (ru). Written by the Dala team without a native speaker's review; awaiting review.

# mentoring: Russian

## The trainers' inbox: the questions of an organization's learners
inbox-title = Вопросы слушателей
inbox-sign-in = Войдите как тренер или администратор этой организации, чтобы читать вопросы её слушателей.
inbox-not-allowed = Эти вопросы адресованы тренерам и администраторам организации слушателя. Ваша учётная запись к ним не относится.
inbox-offline = В первый раз вопросам нужна связь. Подключитесь к интернету и откройте эту страницу снова: после этого она работает и без связи.
inbox-kept = Нет связи: вопросы показаны такими, какими это устройство прочитало их в последний раз. Ваши ответы отправятся при следующей синхронизации.
inbox-empty = Вопросов пока нет.
inbox-more = Более ранние вопросы
inbox-first-page = Новые вопросы
inbox-course-page = Страница курса
inbox-cohort = Обсуждение для группы
inbox-state-open = ждёт ответа
inbox-state-answered = есть ответ
inbox-state-hidden = скрыт
inbox-lesson-text = Текст урока
inbox-marked-answered = Отмечен как отвеченный.
inbox-hidden-by-you = Скрыт.
inbox-answer-label = Ваш ответ
inbox-answer-hint = Его увидит только этот слушатель (в обсуждении — вся группа). Можно написать без связи: ответ отправится при следующей синхронизации. Не более { $limit } символов.
inbox-answer-send = Отправить ответ
inbox-mark-answered = Отметить как отвеченный
inbox-hide = Скрыть
inbox-hide-question = Скрыть этот вопрос? Это для злоупотреблений: вопрос останется здесь с пометкой «скрыт» и исчезнет с устройств группы.
inbox-hide-yes = Да, скрыть
inbox-discussion-heading = Обсуждение для группы
inbox-discussion-about = Открывает тему для всех слушателей этой организации, изучающих курс: они читают её на странице курса и отвечают, не видя имён друг друга. Ничего не открывается, пока вы не сделаете это здесь.
inbox-discussion-course = Курс
inbox-discussion-text = Первое сообщение
inbox-discussion-send = Открыть обсуждение
inbox-discussion-kept = Сохранено: обсуждение откроется при следующей синхронизации.
