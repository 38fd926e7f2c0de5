### status: draft
### Dala server: Uzbek (uz). Drafted without a native speaker; awaiting review.
# Serverning oʻzi odamlar uchun chiqaradigan soʻzlar: sertifikat PDF fayli va hujjat mezonlari.
certificate-heading = Kursni tugatganlik sertifikati
certificate-awarded-to = Ushbu sertifikat topshiriladi:
certificate-completed = quyidagi kursni tugatgani uchun
certificate-date = Tugatilgan sana
certificate-issuer = Beruvchi
certificate-id = Sertifikat raqami
certificate-verify = Sertifikatni tekshirish uchun kodni skanerlang yoki ushbu manzilni oching
certificate-criteria = Kursning { $version }-versiyasidagi barcha darslar tugatildi va barcha testlardan oʻtildi.
# 2026-yil 23-noyabr kabi sana.
date = { $year }-yil { $day }-{ $month }
month-1 = yanvar
month-2 = fevral
month-3 = mart
month-4 = aprel
month-5 = may
month-6 = iyun
month-7 = iyul
month-8 = avgust
month-9 = sentabr
month-10 = oktabr
month-11 = noyabr
month-12 = dekabr
