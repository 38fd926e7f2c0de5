### status: draft
### Dala web client: Dari (fa-AF). Drafted without a native speaker; awaiting review.

quiz-missing = اول به همهٔ سؤال‌ها جواب دهید. هنوز جواب داده نشده:
quiz-no-answer = بدون جواب
quiz-your-answer-was = جواب شما:
quiz-right-answer = جواب درست:
quiz-answers-later = جواب‌های درست وقتی نشان داده می‌شوند که کامیاب شوید یا همهٔ کوشش‌ها را استفاده کرده باشید.
edit-quiz-explanation = توضیح (بعد از جواب نشان داده می‌شود)
edit-quiz-show-answers = نمایش جواب‌های درست بعد از کامیابی (یا بعد از آخرین کوشش)
