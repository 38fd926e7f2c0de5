### status: draft
### Dala web client: Kazakh (kk). Drafted without a native speaker; awaiting review.
edit-lesson-removed = «{ $title }» сабағы жойылды
edit-quiz-removed = «{ $title }» тесті жойылды
edit-undo = Болдырмау
edit-language-help = Курс алғаш жарияланғанға дейін тілін өзгертуге болады.
edit-language-fixed = Курс осы тілде жарияланған, сондықтан тілін өзгерту мүмкін емес: тыңдаушыларда ол дәл осы күйінде сақталған. Басқа тіл үшін жаңа курс жасап, оны аударма ретінде белгілеңіз.
edit-source-changed = Түпнұсқа өзгерді: { $date }
edit-source-changed-help = Бұл сабақ бастапқы курс мәтінінің бұрынғы нұсқасынан аударылған. Екі мәтінді салыстырып, аударманы жаңартыңыз, содан кейін оны жаңартылды деп белгілеңіз.
edit-source-old = Аударылған кездегі түпнұсқа
edit-source-new = Қазіргі түпнұсқа
edit-source-old-missing = Бұл сабақ аударылған мәтін енді сақталмайды.
edit-mark-updated = Жаңартылды деп белгілеу
