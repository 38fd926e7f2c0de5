### status: draft
### Dala server: Kyrgyz (ky). Drafted without a native speaker; awaiting review.

# Сервердин өзү адамдар үчүн басып чыгарган сөздөр: PDF сертификат жана күбөлүктүн критерийлери.
certificate-heading = Курсту бүтүргөнү тууралуу сертификат
certificate-awarded-to = Бул сертификат төмөнкүнү тастыктайт:
certificate-completed = курсту бүтүрдү
certificate-date = Бүтүргөн күнү
certificate-issuer = Берген
certificate-id = Сертификаттын номери
certificate-verify = Сертификатты текшерүү үчүн кодду сканерлеңиз же бул даректи ачыңыз
certificate-criteria = Курстун { $version } версиясынын бардык сабактарын бүтүрдү жана бардык тесттерин тапшырды.
# «2026-жылдын 23-ноябры» сыяктуу дата.
date = { $year }-жылдын { $day }-{ $month }
month-1 = январы
month-2 = февралы
month-3 = марты
month-4 = апрели
month-5 = майы
month-6 = июну
month-7 = июлу
month-8 = августу
month-9 = сентябры
month-10 = октябры
month-11 = ноябры
month-12 = декабры
