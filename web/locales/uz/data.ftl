### status: draft
### Dala web client: Uzbek (uz). Drafted without a native speaker; awaiting review.
# Oflayn katalog (16-masala, 3-band) va qurilmaning trafik hisoblagichi (8-band).

catalog-offline-kept = Internet aloqasi yoʻq. Bu { $date } holatidagi katalog; shu qurilmaga yuklab olingan kurslar birinchi oʻrinda.
catalog-needs-connection = Yuklab olish uchun aloqa kerak
# $unit: b, kb, mb yoki gb; $count: son (koʻplik shakllari uchun); $amount: oʻsha son, formatlangan.
data-used = Dala bu oy shu qurilmada { $unit ->
        [kb] { $count ->
            [one] { $amount } kilobayt
           *[other] { $amount } kilobayt
        }
        [mb] { $count ->
            [one] { $amount } megabayt
           *[other] { $amount } megabayt
        }
        [gb] { $count ->
            [one] { $amount } gigabayt
           *[other] { $amount } gigabayt
        }
       *[b] { $count ->
            [one] { $amount } bayt
           *[other] { $amount } bayt
        }
    } trafik ishlatdi.
data-used-note = Shu qurilmada, undan foydalanadigan hamma uchun hisoblanadi: Dala serveri yuborgan maʼlumot (yoʻlda siqilgan holda), shuningdek har bir fayl sarlavhalari uchun 300 bayt (brauzerning oʻz hisobi). Qurilmada allaqachon bor narsa hech narsa turmaydi va hisoblanmaydi; qurilma yuboradigan maʼlumot (kuniga bir necha yuz bayt) ham hisoblanmaydi.
