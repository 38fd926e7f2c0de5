### status: draft
### Dala web client: Uzbek (uz). Drafted without a native speaker; awaiting review.
quiz-missing = Avval barcha savollarga javob bering. Hali javob berilmagan:
quiz-no-answer = javob yoʻq
quiz-your-answer-was = Sizning javobingiz:
quiz-right-answer = Toʻgʻri javob:
quiz-answers-later = Toʻgʻri javoblar testdan oʻtganingizda yoki barcha urinishlardan foydalanganingizda koʻrsatiladi.
edit-quiz-explanation = Izoh (javobdan keyin koʻrsatiladi)
edit-quiz-show-answers = Testdan oʻtgandan keyin (yoki oxirgi urinishdan keyin) toʻgʻri javoblarni koʻrsatish
