### status: draft
### Dala web client: Tajik (tg). Drafted without a native speaker; awaiting review.

sign-in-new-here = Бори аввал ҳастед? Тренери шумо ба шумо коди ҳамроҳшавӣ медиҳад.
sign-in-forgot = Пароли худро фаромӯш кардед? Тренери шумо метавонад ба шумо коди барқароркунӣ диҳад.
sign-in-reset-link = Гузоштани пароли нав бо коди барқароркунӣ
join-have-account = Аллакай ҳисоб доред? Ворид шавед
join-login-too-short = Номи корбар бояд ақаллан 3 аломат дошта бошад.
join-login-too-long = Номи корбар на зиёда аз 64 аломат дошта метавонад.
join-login-space = Номи корбар фосила дошта наметавонад: ба ҷои он нуқта, тире ё зерхат истифода баред (масалан dilnoza.k).
join-login-character = Номи корбар танҳо ҳарфҳои лотинӣ, рақамҳо, нуқта, тире ва зерхат дошта метавонад: «{ $character }» мумкин нест.
catalog-welcome = Омӯзишро оғоз кунед
catalog-welcome-text = Аз тренери худ коди ҳамроҳшавӣ гирифтед? Бо он ҳисоби худро созед. Аллакай ҳисоб доред? Ворид шавед.
course-continue = Идома: дарси { $number } · { $title }
course-closed = Ин курс барои омӯзандагони ташкилот аст: аз тренери худ коди ҳамроҳшавӣ пурсед.
course-closed-on-device = Он дар ин дастгоҳ ҳаст, аммо пешрафти шумо дар он ба сервер фиристода намешавад.
lesson-complete-continue = Анҷом додан ва идома додан
lesson-go-quiz = Гузариш ба тест
lesson-go-next = Дарси навбатӣ
lesson-go-course = Бозгашт ба курс
ask-heading = Аз тренер пурсед
ask-sign-in = Барои ба тренер додани савол оид ба ин дарс ворид шавед.
ask-label = Саволи шумо оид ба ин дарс
ask-hint = Онро тренерони ташкилоти шумо мехонанд. Бе пайвастшавӣ ҳам навишта метавонед: савол ҳангоми ҳамоҳангсозии навбатӣ фиристода мешавад. На зиёда аз { $limit } аломат.
ask-sign-in-course = Барои ба тренер додани савол оид ба ин курс ворид шавед.
ask-label-course = Саволи шумо оид ба ин курс
ask-send = Фиристодани савол
ask-thread = Саволи { $number }
ask-state-waiting = интизори фиристодан
ask-state-sent = фиристода шуд, интизори ҷавоб
ask-state-answered = ҷавоб дода шуд
ask-by-me = Шумо
ask-by-learner = Омӯзандаи дигар
ask-marked-answered = Тренер қайд кард, ки ба ин савол ҷавоб дода шудааст.
ask-delete = Нест кардани саволи ман
ask-follow-up-label = Илова ба ин савол
ask-follow-up-send = Фиристодан
header-new-answers = { $count } ҷавоби нав
