### status: draft
### Dala web client: Tajik (tg). Drafted without a native speaker; awaiting review.

quiz-missing = Аввал ба ҳамаи саволҳо ҷавоб диҳед. Ҳанӯз ҷавоб дода нашудааст:
quiz-no-answer = ҷавоб нест
quiz-your-answer-was = Ҷавоби шумо:
quiz-right-answer = Ҷавоби дуруст:
quiz-answers-later = Ҷавобҳои дуруст пас аз супоридани тест ё истифодаи ҳамаи кӯшишҳо нишон дода мешаванд.
edit-quiz-explanation = Шарҳ (пас аз ҷавоб нишон дода мешавад)
edit-quiz-show-answers = Ҷавобҳои дурустро пас аз супоридан (ё пас аз кӯшиши охирин) нишон диҳед
