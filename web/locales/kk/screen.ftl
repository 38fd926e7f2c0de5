### status: draft
### Dala web client: Kazakh (kk). Drafted without a native speaker; awaiting review.
header-menu = Мәзір
header-organizations = Ұйымдар
header-sign-out-pending = Шығу (өзгерістер күтуде)…
sync-line-refused = { $count } сақталмады
sync-line-hint = Толық ақпаратты және «Қазір синхрондау» түймесін көрсетеді.
sync-line-explain = Прогресіңіз алдымен осы құрылғыда сақталады, байланыс болғанда серверге жіберіледі: қолданба ашылғанда, әр минут сайын және «Қазір синхрондау» түймесін басқанда.
verify-show-text = Сертификат мәтіні немесе басқа сертификатты тексеру
certificate-files-what = Бұл қандай файлдар?
certificate-files-explain = Бұлар — басқа жүйелер оқи алатын стандартты пішімдердегі сол бір сертификат: қол қойылған файл — JWT ретінде қол қойылған Open Badges 3.0 куәлігі (.jwt); сертификат деректері — сол куәліктің JSON түрі (.json). Кез келген адам екеуін де осы сайттың «Сертификатты тексеру» бетінде берушінің күші жойылған сертификаттар тізімі (W3C Bitstring Status List) бойынша тексере алады.
