### status: draft
### Dala web client: Turkmen (tk). Drafted without a native speaker; awaiting review.
# Oflaýn katalog (16-njy mesele, 3-nji bent) we enjamyň trafik hasaplaýjysy (8-nji bent).

catalog-offline-kept = Internet baglanyşygy ýok. Bu { $date } ýagdaýyna görä katalog; şu enjama ýüklenip alnan kurslar birinji ýerde.
catalog-needs-connection = Ýükläp almak üçin baglanyşyk gerek
# $unit: b, kb, mb ýa-da gb; $count: san (köplük görnüşleri üçin); $amount: şol san, formatlanan.
data-used = Dala şu aý bu enjamda { $unit ->
        [kb] { $count ->
            [one] { $amount } kilobaýt
           *[other] { $amount } kilobaýt
        }
        [mb] { $count ->
            [one] { $amount } megabaýt
           *[other] { $amount } megabaýt
        }
        [gb] { $count ->
            [one] { $amount } gigabaýt
           *[other] { $amount } gigabaýt
        }
       *[b] { $count ->
            [one] { $amount } baýt
           *[other] { $amount } baýt
        }
    } trafik ulandy.
data-used-note = Şu enjamda, ony ulanýan hemmeler üçin hasaplanýar: Dala serweriniň iberen maglumaty (ýolda gysylan görnüşde), üstesine her faýlyň sözbaşylary üçin 300 baýt (brauzeriň öz hasaplamasy). Enjamda eýýäm bar zatlar hiç zat tutmaýar we hasaplanmaýar; enjamyň iberýän maglumaty (günde birnäçe ýüz baýt) hem hasaplanmaýar.
