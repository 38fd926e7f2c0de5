### status: draft
### Dala web client: Kazakh (kk). Drafted without a native speaker; awaiting review.
edit-lesson-removed = «{ $title }» сабағы жойылды
edit-quiz-removed = «{ $title }» тесті жойылды
edit-undo = Болдырмау
edit-language-help = Курс алғаш жарияланғанға дейін тілін өзгертуге болады.
edit-language-fixed = Курс осы тілде жарияланған, сондықтан тілін өзгерту мүмкін емес: тыңдаушыларда ол дәл осы күйінде сақталған. Басқа тіл үшін жаңа курс жасап, оны аударма ретінде белгілеңіз.
