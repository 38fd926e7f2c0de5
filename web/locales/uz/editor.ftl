### status: draft
### Dala web client: Uzbek (uz). Drafted without a native speaker; awaiting review.
edit-lesson-removed = “{ $title }” darsi olib tashlandi
edit-quiz-removed = “{ $title }” testi olib tashlandi
edit-undo = Ortga qaytarish
edit-language-help = Kurs birinchi marta eʼlon qilinguncha tilni oʻzgartirish mumkin.
edit-language-fixed = Kurs shu tilda eʼlon qilingan, shuning uchun tilni oʻzgartirib boʻlmaydi: tinglovchilarda kurs aynan shu holida turibdi. Boshqa til uchun yangi kurs yarating va uni tarjima deb belgilang.
