### status: draft
### Dala web client: Tajik (tg). Drafted without a native speaker; awaiting review.

edit-lesson-removed = Дарси «{ $title }» нест карда шуд
edit-quiz-removed = Тести «{ $title }» нест карда шуд
edit-undo = Бекор кардан
edit-language-help = Забонро то нашри аввали курс тағйир додан мумкин аст.
edit-language-fixed = Курс бо ҳамин забон нашр шудааст, бинобар ин забонро тағйир додан мумкин нест: омӯзандагон онро ҳамин тавр доранд. Барои забони дигар курси нав созед ва онро ҳамчун тарҷума номгузорӣ кунед.
edit-source-changed = Матни аслӣ тағйир ёфт: { $date }
edit-source-changed-help = Ин дарс аз матни пештараи курси аслӣ тарҷума шудааст. Ду матнро муқоиса кунед, тарҷумаро нав кунед ва баъд онро ҳамчун навшуда қайд кунед.
edit-source-old = Матни аслӣ ҳангоми тарҷума
edit-source-new = Матни аслӣ ҳозир
edit-source-old-missing = Матне, ки ин дарс аз он тарҷума шудааст, дигар нигоҳ дошта намешавад.
edit-mark-updated = Ҳамчун навшуда қайд кардан
