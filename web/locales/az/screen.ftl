### status: draft
### Dala web client: Azerbaijani (az). Drafted without a native speaker; awaiting review.
# screen: Azerbaijani
header-menu = Menyu
header-organizations = Təşkilatlar
header-sign-out-pending = Çıxış (dəyişikliklər gözləyir)…
sync-line-refused = { $count } saxlanılmadı
sync-line-hint = Təfərrüatları və “İndi sinxronlaşdır” düyməsini göstərir.
sync-line-explain = İrəliləyişiniz əvvəlcə bu cihazda saxlanılır və bağlantı olanda serverə göndərilir: proqram açılanda, hər dəqiqə və siz “İndi sinxronlaşdır” düyməsini basanda.
verify-show-text = Sertifikatın mətni və ya başqa sertifikatı yoxla
certificate-files-what = Bu fayllar nədir?
certificate-files-explain = Bunlar digər sistemlərin oxuduğu standart formalarda eyni sertifikatdır: imzalı fayl JWT (.jwt) kimi imzalanmış Open Badges 3.0 rəqəmsal sertifikatıdır; sertifikat məlumatları JSON (.json) formatında eyni sertifikatdır; pul kisəsi üçün fayl isə imzası öz içində olan JSON-LD formatında eyni sertifikatdır (Data Integrity sübutu, eddsa-rdfc-2022), yəni rəqəmsal pul kisələrinin saxladığı forma. İstənilən şəxs onların hər birini bu saytın “Sertifikatı yoxla” səhifəsində, verən tərəfin ləğv edilmiş sertifikatlar siyahısı (W3C Bitstring Status List) ilə yoxlaya bilər.
