### status: draft
### Dala web client: Uzbek (uz). Drafted without a native speaker; awaiting review.
header-menu = Menyu
header-organizations = Tashkilotlar
header-sign-out-pending = Chiqish (oʻzgarishlar kutmoqda)…
sync-line-refused = { $count } ta saqlanmadi
sync-line-hint = Tafsilotlar va “Hozir sinxronlash” tugmasini koʻrsatadi.
sync-line-explain = Natijalaringiz avval shu qurilmada saqlanadi va aloqa boʻlganda serverga yuboriladi: ilova ochilganda, har daqiqada va “Hozir sinxronlash” tugmasini bosganingizda.
verify-show-text = Sertifikat matni yoki boshqa sertifikatni tekshirish
certificate-files-what = Bu qanday fayllar?
certificate-files-explain = Bu boshqa tizimlar oʻqiydigan standart shakllardagi oʻsha sertifikat: imzolangan fayl — JWT sifatida imzolangan Open Badges 3.0 hujjati (.jwt); sertifikat maʼlumotlari — oʻsha hujjatning JSON koʻrinishi (.json); hamyon uchun fayl — oʻsha hujjatning imzosi oʻz ichida joylashgan JSON-LD koʻrinishi (Data Integrity isboti, eddsa-rdfc-2022), yaʼni raqamli hamyonlar saqlaydigan shakl. Har kim ularning har birini shu saytning “Sertifikatni tekshirish” sahifasida, beruvchining bekor qilingan sertifikatlar roʻyxati (W3C Bitstring Status List) boʻyicha tekshira oladi.
