### status: draft
### Dala server: Russian (ru). Written by the Dala team without a native speaker's review; awaiting review.

# Слова, которые печатает сам сервер: PDF сертификата и критерии в учётных данных.
certificate-heading = Сертификат о прохождении курса
certificate-awarded-to = Настоящим подтверждается, что
certificate-completed = прошёл(а) курс
certificate-date = Дата окончания
certificate-issuer = Выдан
certificate-id = Номер сертификата
certificate-verify = Отсканируйте код или откройте этот адрес, чтобы проверить сертификат
certificate-criteria = Пройдены все уроки и сданы все тесты версии { $version } курса.
# Дата вида «23 ноября 2026 г.».
date = { $day } { $month } { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
