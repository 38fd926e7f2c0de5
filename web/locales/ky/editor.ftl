### status: draft
### Dala web client: Kyrgyz (ky). Drafted without a native speaker; awaiting review.
edit-lesson-removed = «{ $title }» сабагы өчүрүлдү
edit-quiz-removed = «{ $title }» тести өчүрүлдү
edit-undo = Артка кайтаруу
edit-language-help = Курс биринчи жолу жарыяланганга чейин тилин өзгөртүүгө болот.
edit-language-fixed = Курс ушул тилде жарыяланган, ошондуктан тилин өзгөртүү мүмкүн эмес: угуучуларда ал ушул абалында сакталган. Башка тил үчүн жаңы курс түзүп, аны котормо катары белгилеңиз.
