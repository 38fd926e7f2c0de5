### status: draft
### Dala web client: Kyrgyz (ky). Drafted without a native speaker; awaiting review.
quiz-missing = Адегенде бардык суроолорго жооп бериңиз. Азырынча жооп берилбегендер:
quiz-no-answer = жооп жок
quiz-your-answer-was = Сиздин жообуңуз:
quiz-right-answer = Туура жооп:
quiz-answers-later = Туура жооптор тестти тапшырганыңызда же бардык аракеттерди колдонуп бүткөнүңүздө көрсөтүлөт.
edit-quiz-explanation = Түшүндүрмө (жооптон кийин көрсөтүлөт)
edit-quiz-show-answers = Тест тапшырылгандан кийин (же акыркы аракеттен кийин) туура жоопторду көрсөтүү
