### status: draft
### Dala web client: Russian (ru). Written by the Dala team without a native speaker's review; awaiting review.

# editor: Russian
edit-lesson-removed = Урок «{ $title }» удалён
edit-quiz-removed = Тест «{ $title }» удалён
edit-undo = Вернуть
edit-language-help = Язык можно изменить, пока курс не опубликован в первый раз.
edit-language-fixed = Курс уже опубликован на этом языке, поэтому язык изменить нельзя: у учащихся курс уже есть. Для другого языка создайте новый курс и укажите его как перевод.
edit-source-changed = Оригинал изменён { $date }
edit-source-changed-help = Этот урок переведён с более ранней версии текста исходного курса. Сравните два текста, обновите перевод и отметьте его как обновлённый.
edit-source-old = Оригинал, с которого переведено
edit-source-new = Оригинал сейчас
edit-source-old-missing = Текст, с которого переведён этот урок, больше не хранится.
edit-mark-updated = Отметить как обновлённый
