### status: draft
### Dala web client: Kyrgyz (ky). Drafted without a native speaker; awaiting review.
sign-in-new-here = Бул жерде биринчи жолусузбу? Тренериңиз сизге кошулуу кодун берет.
sign-in-forgot = Сырсөзүңүздү унутуп калдыңызбы? Тренериңиз сизге калыбына келтирүү кодун бере алат.
sign-in-reset-link = Калыбына келтирүү коду менен жаңы сырсөз коюу
join-have-account = Аккаунтуңуз барбы? Кириңиз
join-login-too-short = Логин кеминде 3 белгиден турушу керек.
join-login-too-long = Логин эң көп 64 белгиден турат.
join-login-space = Логинде боштук болбойт: анын ордуна чекит, дефис же астыңкы сызык колдонуңуз (мисалы, dilnoza.k).
join-login-character = Логинде латын тамгалары, сандар, чекит, дефис жана астыңкы сызык гана болот: «{ $character }» белгисине уруксат жок.
catalog-welcome = Окууну баштаңыз
catalog-welcome-text = Тренериңизден кошулуу кодун алдыңызбы? Аны менен аккаунт түзүңүз. Аккаунтуңуз барбы? Кириңиз.
course-continue = Улантуу: { $number }-сабак · { $title }
course-closed = Бул курс уюмдун угуучулары үчүн: тренериңизден кошулуу кодун сураңыз.
course-closed-on-device = Ал бул түзмөктө бар, бирок андагы прогрессиңизди серверге жөнөтүү мүмкүн эмес.
lesson-complete-continue = Бүтүрүп, улантуу
lesson-go-quiz = Тестке өтүү
lesson-go-next = Кийинки сабак
lesson-go-course = Курска кайтуу
