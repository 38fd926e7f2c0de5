### status: draft
### Dala web client: Russian (ru). Written by the Dala team without a native speaker's review; awaiting review.

# quiz: Russian
quiz-missing = Сначала ответьте на все вопросы. Ещё без ответа:
quiz-no-answer = нет ответа
quiz-your-answer-was = Ваш ответ:
quiz-right-answer = Правильный ответ:
quiz-answers-later = Правильные ответы будут показаны, когда вы сдадите тест или используете все попытки.
edit-quiz-explanation = Пояснение (показывается после ответа)
edit-quiz-show-answers = Показывать правильные ответы после сдачи (или после последней попытки)
