### status: draft
### Dala web client: Tajik (tg). Drafted without a native speaker; awaiting review.

edit-lesson-removed = Дарси «{ $title }» нест карда шуд
edit-quiz-removed = Тести «{ $title }» нест карда шуд
edit-undo = Бекор кардан
edit-language-help = Забонро то нашри аввали курс тағйир додан мумкин аст.
edit-language-fixed = Курс бо ҳамин забон нашр шудааст, бинобар ин забонро тағйир додан мумкин нест: омӯзандагон онро ҳамин тавр доранд. Барои забони дигар курси нав созед ва онро ҳамчун тарҷума номгузорӣ кунед.
