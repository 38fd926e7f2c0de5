### status: draft
### Dala web client: Kazakh (kk). Drafted without a native speaker; awaiting review.
quiz-missing = Алдымен барлық сұраққа жауап беріңіз. Әлі жауап берілмегендер:
quiz-no-answer = жауап жоқ
quiz-your-answer-was = Сіздің жауабыңыз:
quiz-right-answer = Дұрыс жауап:
quiz-answers-later = Дұрыс жауаптар тестті тапсырғаныңызда немесе барлық әрекетті пайдаланғаныңызда көрсетіледі.
edit-quiz-explanation = Түсіндірме (жауаптан кейін көрсетіледі)
edit-quiz-show-answers = Тест тапсырылғаннан кейін (немесе соңғы әрекеттен кейін) дұрыс жауаптарды көрсету
