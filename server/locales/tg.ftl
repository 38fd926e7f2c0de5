### status: draft
### Dala server: Tajik (tg). Drafted without a native speaker; awaiting review.

# Калимаҳое, ки худи сервер барои одамон чоп мекунад: PDF-и сертификат ва меъёрҳои тасдиқнома.
certificate-heading = Сертификати анҷоми курс
certificate-awarded-to = Ин тасдиқ мекунад, ки
certificate-completed = курси зеринро анҷом додааст
certificate-date = Санаи анҷом
certificate-issuer = Аз ҷониби
certificate-id = Рақами сертификат
certificate-verify = Барои санҷидани сертификат кодро скан кунед ё ин суроғаро кушоед
certificate-criteria = Ҳамаи дарсҳои версияи { $version }-и курс анҷом дода шуда, ҳамаи тестҳои он супорида шудаанд.
# Сана, масалан «23 ноябри соли 2026».
date = { $day } { $month } соли { $year }
month-1 = январи
month-2 = феврали
month-3 = марти
month-4 = апрели
month-5 = майи
month-6 = июни
month-7 = июли
month-8 = августи
month-9 = сентябри
month-10 = октябри
month-11 = ноябри
month-12 = декабри
