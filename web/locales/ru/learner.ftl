### status: draft
### Dala web client: Russian (ru). Written by the Dala team without a native speaker's review; awaiting review.

# learner: Russian
sign-in-new-here = Впервые здесь? Тренер даст вам код для вступления.
sign-in-forgot = Забыли пароль? Тренер может дать вам код для сброса.
sign-in-reset-link = Задать новый пароль по коду сброса
join-have-account = Уже есть учётная запись? Войдите
join-login-too-short = В имени для входа должно быть не меньше 3 символов.
join-login-too-long = В имени для входа не больше 64 символов.
join-login-space = В имени для входа не может быть пробелов: используйте точку, дефис или подчёркивание (например, dilnoza.k).
join-login-character = В имени для входа могут быть только латинские буквы, цифры, точки, дефисы и подчёркивания: «{ $character }» нельзя.
catalog-welcome = Начните учиться
catalog-welcome-text = Тренер дал вам код? Создайте с ним учётную запись. Учётная запись уже есть? Войдите.
course-continue = Продолжить: урок { $number } · { $title }
course-closed = Этот курс для слушателей организации: попросите у тренера код для вступления.
course-closed-on-device = Курс есть на этом устройстве, но ваш прогресс в нём нельзя отправить на сервер.
lesson-complete-continue = Завершить и продолжить
lesson-go-quiz = Перейти к тесту
lesson-go-next = Следующий урок
lesson-go-course = Вернуться к курсу
ask-heading = Спросить тренера
ask-sign-in = Войдите, чтобы задать тренеру вопрос по этому уроку.
ask-label = Ваш вопрос по этому уроку
ask-hint = Его прочитают тренеры вашей организации. Можно написать без связи: вопрос отправится при следующей синхронизации. Не более { $limit } символов.
ask-sign-in-course = Войдите, чтобы задать тренеру вопрос по этому курсу.
ask-label-course = Ваш вопрос по этому курсу
ask-send = Отправить вопрос
ask-thread = Вопрос { $number }
ask-discussion = Обсуждение для вашей группы
ask-state-waiting = ждёт отправки
ask-state-sent = отправлен, ждёт ответа
ask-state-answered = есть ответ
ask-by-me = Вы
ask-by-learner = Другой слушатель
ask-marked-answered = Тренер отметил, что на этот вопрос ответили.
ask-delete = Удалить мой вопрос
ask-follow-up-label = Дополнить этот вопрос
ask-follow-up-send = Отправить
header-new-answers = { $count ->
    [one] { $count } новый ответ
    [few] { $count } новых ответа
   *[other] { $count } новых ответов
}
