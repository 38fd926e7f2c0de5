### status: draft
### Dala web client: Azerbaijani (az). Drafted without a native speaker; awaiting review.
# quiz: Azerbaijani
quiz-missing = Əvvəlcə bütün suallara cavab verin. Hələ cavab verilməyib:
quiz-no-answer = cavab yoxdur
quiz-your-answer-was = Sizin cavabınız:
quiz-right-answer = Düzgün cavab:
quiz-answers-later = Düzgün cavablar testdən keçdikdən və ya bütün cəhdlərdən istifadə etdikdən sonra göstərilir.
edit-quiz-explanation = İzah (cavabdan sonra göstərilir)
edit-quiz-show-answers = Düzgün cavabları testdən keçdikdən sonra (və ya son cəhddən sonra) göstər
