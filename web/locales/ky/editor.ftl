### status: draft
### Dala web client: Kyrgyz (ky). Drafted without a native speaker; awaiting review.
edit-lesson-removed = «{ $title }» сабагы өчүрүлдү
edit-quiz-removed = «{ $title }» тести өчүрүлдү
edit-undo = Артка кайтаруу
edit-language-help = Курс биринчи жолу жарыяланганга чейин тилин өзгөртүүгө болот.
edit-language-fixed = Курс ушул тилде жарыяланган, ошондуктан тилин өзгөртүү мүмкүн эмес: угуучуларда ал ушул абалында сакталган. Башка тил үчүн жаңы курс түзүп, аны котормо катары белгилеңиз.
edit-source-changed = Түп нуска өзгөрдү: { $date }
edit-source-changed-help = Бул сабак баштапкы курстун мурунку текстинен которулган. Эки текстти салыштырып, котормону жаңыртыңыз, андан кийин аны жаңыртылды деп белгилеңиз.
edit-source-old = Которулган кездеги түп нуска
edit-source-new = Азыркы түп нуска
edit-source-old-missing = Бул сабак которулган текст мындан ары сакталбайт.
edit-mark-updated = Жаңыртылды деп белгилөө
