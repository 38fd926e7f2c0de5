### status: draft
### Dala web client: Azerbaijani (az). Drafted without a native speaker; awaiting review.
# data: Azerbaijani
# The catalog offline (issue 16, item 3) and the device's data counter (item 8).

catalog-offline-kept = Siz oflayndasınız. Bu, kataloqun { $date } tarixindəki vəziyyətidir; bu cihaza yüklənmiş kurslar əvvəldə göstərilir.
catalog-needs-connection = Yükləmək üçün internet bağlantısı lazımdır
# $unit: b, kb, mb or gb; $count: the number (for plural forms); $amount: the same number, formatted.
data-used = Dala bu ay bu cihazda { $unit ->
        [kb] { $count ->
            [one] { $amount } kilobayt
           *[other] { $amount } kilobayt
        }
        [mb] { $count ->
            [one] { $amount } meqabayt
           *[other] { $amount } meqabayt
        }
        [gb] { $count ->
            [one] { $amount } giqabayt
           *[other] { $amount } giqabayt
        }
       *[b] { $count ->
            [one] { $amount } bayt
           *[other] { $amount } bayt
        }
    } məlumat istifadə edib.
data-used-note = Bu cihazda, ondan istifadə edən hər kəs üçün birlikdə hesablanır: Dala serverinin göndərdiyi məlumat (yolda sıxılmış ölçüsü ilə), üstəgəl başlıqları üçün hər fayla 300 bayt (brauzerin öz təxmini). Cihazda artıq olanlar heç nəyə başa gəlmir və hesablanmır; cihazın göndərdikləri (gündə bir neçə yüz bayt) də hesablanmır.
