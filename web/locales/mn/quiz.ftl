### status: draft
### Dala web client: Mongolian (mn). Drafted without a native speaker; awaiting review.
# quiz: Mongolian
quiz-missing = Эхлээд бүх асуултад хариулна уу. Хариулаагүй асуулт:
quiz-no-answer = хариулаагүй
quiz-your-answer-was = Таны хариулт:
quiz-right-answer = Зөв хариулт:
quiz-answers-later = Зөв хариултыг та тэнцсэний дараа эсвэл бүх оролдлогоо ашигласны дараа харуулна.
edit-quiz-explanation = Тайлбар (хариултын дараа харагдана)
edit-quiz-show-answers = Тэнцсэний дараа (эсвэл сүүлийн оролдлогын дараа) зөв хариултыг харуулах
