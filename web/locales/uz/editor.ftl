### status: draft
### Dala web client: Uzbek (uz). Drafted without a native speaker; awaiting review.
edit-lesson-removed = “{ $title }” darsi olib tashlandi
edit-quiz-removed = “{ $title }” testi olib tashlandi
edit-undo = Ortga qaytarish
edit-language-help = Kurs birinchi marta eʼlon qilinguncha tilni oʻzgartirish mumkin.
edit-language-fixed = Kurs shu tilda eʼlon qilingan, shuning uchun tilni oʻzgartirib boʻlmaydi: tinglovchilarda kurs aynan shu holida turibdi. Boshqa til uchun yangi kurs yarating va uni tarjima deb belgilang.
edit-source-changed = Asl matn oʻzgargan: { $date }
edit-source-changed-help = Bu dars manba kursning avvalgi matnidan tarjima qilingan. Ikki matnni solishtiring, tarjimani yangilang, soʻng uni yangilangan deb belgilang.
edit-source-old = Tarjima qilingan paytdagi asl matn
edit-source-new = Hozirgi asl matn
edit-source-old-missing = Bu dars tarjima qilingan matn endi saqlanmaydi.
edit-mark-updated = Yangilangan deb belgilash
