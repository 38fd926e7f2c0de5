### status: draft
### Dala web client: Russian (ru). Written by the Dala team without a native speaker's review; awaiting review.

# editor: Russian
edit-lesson-removed = Урок «{ $title }» удалён
edit-quiz-removed = Тест «{ $title }» удалён
edit-undo = Вернуть
edit-language-help = Язык можно изменить, пока курс не опубликован в первый раз.
edit-language-fixed = Курс уже опубликован на этом языке, поэтому язык изменить нельзя: у учащихся курс уже есть. Для другого языка создайте новый курс и укажите его как перевод.
