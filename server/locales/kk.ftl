### status: draft
### Dala server: Kazakh (kk). Drafted without a native speaker; awaiting review.

# Сервердің өзі адамдарға басып шығаратын сөздер: PDF сертификат және куәліктің критерийлері.
certificate-heading = Курсты аяқтағаны туралы сертификат
certificate-awarded-to = Осы сертификат мынаны растайды:
certificate-completed = курсты аяқтады
certificate-date = Аяқталған күні
certificate-issuer = Берген
certificate-id = Сертификат нөмірі
certificate-verify = Сертификатты тексеру үшін кодты сканерлеңіз немесе осы мекенжайды ашыңыз
certificate-criteria = Курстың { $version } нұсқасының барлық сабағын аяқтады және барлық тестін тапсырды.
# «2026 жылғы 23 қараша» сияқты күн.
date = { $year } жылғы { $day } { $month }
month-1 = қаңтар
month-2 = ақпан
month-3 = наурыз
month-4 = сәуір
month-5 = мамыр
month-6 = маусым
month-7 = шілде
month-8 = тамыз
month-9 = қыркүйек
month-10 = қазан
month-11 = қараша
month-12 = желтоқсан
