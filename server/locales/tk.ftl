### status: draft
### Dala server: Turkmen (tk). Drafted without a native speaker; awaiting review.
# Serweriň özüniň adamlar üçin çykarýan sözleri: sertifikatyň PDF faýly we resminamanyň ölçegleri.
certificate-heading = Kursy tamamlandygy barada sertifikat
certificate-awarded-to = Şu sertifikat gowşurylýar:
certificate-completed = aşakdaky kursy tamamlandygy üçin
certificate-date = Tamamlanan senesi
certificate-issuer = Beriji
certificate-id = Sertifikatyň belgisi
certificate-verify = Sertifikaty barlamak üçin kody skanirläň ýa-da şu salgyny açyň
certificate-criteria = Kursuň { $version } wersiýasynyň ähli sapaklary tamamlandy we ähli testlerinden geçildi.
# 23-nji noýabr 2026 ý. ýaly sene. Günüň goşulmasy sana bagly: 6, 9, 10, 16, 19, 26, 29, 30 üçin -njy, galanlary üçin -nji.
date = { $day ->
        [6] { $day }-njy
        [9] { $day }-njy
        [10] { $day }-njy
        [16] { $day }-njy
        [19] { $day }-njy
        [26] { $day }-njy
        [29] { $day }-njy
        [30] { $day }-njy
       *[other] { $day }-nji
    } { $month } { $year } ý.
month-1 = ýanwar
month-2 = fewral
month-3 = mart
month-4 = aprel
month-5 = maý
month-6 = iýun
month-7 = iýul
month-8 = awgust
month-9 = sentýabr
month-10 = oktýabr
month-11 = noýabr
month-12 = dekabr
