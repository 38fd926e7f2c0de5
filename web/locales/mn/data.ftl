### status: draft
### Dala web client: Mongolian (mn). Drafted without a native speaker; awaiting review.
# data: Mongolian
# The catalog offline (issue 16, item 3) and the device's data counter (item 8).

catalog-offline-kept = Та офлайн байна. Энэ бол { $date } өдрийн байдлаарх каталог; энэ төхөөрөмжид татсан сургалтууд эхэнд харагдана.
catalog-needs-connection = Татахад интернэт холболт хэрэгтэй
# $unit: b, kb, mb or gb; $count: the number (for plural forms); $amount: the same number, formatted.
data-used = Dala энэ сард энэ төхөөрөмж дээр { $unit ->
        [kb] { $count ->
            [one] { $amount } килобайт
           *[other] { $amount } килобайт
        }
        [mb] { $count ->
            [one] { $amount } мегабайт
           *[other] { $amount } мегабайт
        }
        [gb] { $count ->
            [one] { $amount } гигабайт
           *[other] { $amount } гигабайт
        }
       *[b] { $count ->
            [one] { $amount } байт
           *[other] { $amount } байт
        }
    } дата зарцуулсан.
data-used-note = Энэ төхөөрөмж дээр, үүнийг ашигладаг бүх хүнд нийтээр тоолно: Dala серверээс илгээсэн зүйл (дамжихдаа шахагдсан хэмжээгээр), дээр нь файл бүрийн толгой мэдээлэлд 300 байт (хөтчийн өөрийн тооцоо). Төхөөрөмж дээр аль хэдийн байгаа зүйл үнэгүй тул тоологдохгүй; төхөөрөмжийн илгээдэг зүйл (өдөрт хэдэн зуун байт) ч мөн тоологдохгүй.
