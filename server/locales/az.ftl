### status: draft
### Dala server: Azerbaijani (az). Drafted without a native speaker; awaiting review.
# Words the server itself prints for people: the certificate PDF and the credential's criteria.
certificate-heading = Kursu bitirmə sertifikatı
certificate-awarded-to = Bu sertifikat təsdiq edir ki,
certificate-completed = aşağıdakı kursu tamamlamışdır:
certificate-date = Tamamlanma tarixi
certificate-issuer = Verən
certificate-id = Sertifikatın nömrəsi
certificate-verify = Sertifikatı yoxlamaq üçün kodu skan edin və ya bu ünvanı açın
certificate-criteria = Kursun { $version } versiyasının bütün dərsləri tamamlanıb və bütün testləri keçilib.
# A date such as 23 noyabr 2026.
date = { $day } { $month } { $year }
month-1 = yanvar
month-2 = fevral
month-3 = mart
month-4 = aprel
month-5 = may
month-6 = iyun
month-7 = iyul
month-8 = avqust
month-9 = sentyabr
month-10 = oktyabr
month-11 = noyabr
month-12 = dekabr
