### status: draft
### Dala web client: Kazakh (kk). Drafted without a native speaker; awaiting review.
sign-in-new-here = Мұнда алғаш рет келдіңіз бе? Тренеріңіз сізге қосылу кодын береді.
sign-in-forgot = Құпиясөзіңізді ұмыттыңыз ба? Тренеріңіз сізге қалпына келтіру кодын бере алады.
sign-in-reset-link = Қалпына келтіру кодымен жаңа құпиясөз орнату
join-have-account = Тіркелгіңіз бар ма? Кіріңіз
join-login-too-short = Логин кемінде 3 таңбадан тұруы керек.
join-login-too-long = Логин ең көбі 64 таңбадан тұрады.
join-login-space = Логинде бос орын болмайды: оның орнына нүкте, дефис немесе астыңғы сызық қойыңыз (мысалы, dilnoza.k).
join-login-character = Логинде тек латын әріптері, сандар, нүкте, дефис және астыңғы сызық болады: «{ $character }» таңбасына рұқсат жоқ.
catalog-welcome = Оқуды бастаңыз
catalog-welcome-text = Тренеріңізден қосылу кодын алдыңыз ба? Сол арқылы тіркелгі жасаңыз. Тіркелгіңіз бар ма? Кіріңіз.
course-continue = Жалғастыру: { $number }-сабақ · { $title }
course-closed = Бұл курс ұйымның тыңдаушыларына арналған: тренеріңізден қосылу кодын сұраңыз.
course-closed-on-device = Ол осы құрылғыда бар, бірақ ондағы прогресіңізді серверге жіберу мүмкін емес.
lesson-complete-continue = Аяқтап, жалғастыру
lesson-go-quiz = Тестке өту
lesson-go-next = Келесі сабақ
lesson-go-course = Курсқа оралу
