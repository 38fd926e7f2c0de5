### status: draft
### Dala web client: Azerbaijani (az). Drafted without a native speaker; awaiting review.
# organization: Azerbaijani

## Failures of the organization's routes
error-join-code-ended = Bu kodu təlimçiniz dayandırıb. Ondan yeni kod istəyin.
error-reset-code-invalid = Bu bərpa kodu işləmir: səhv yazılmış, artıq istifadə olunmuş, yenisi ilə əvəz edilmiş və ya 72 saatdan köhnə ola bilər. İstifadəçi adını və kodu yoxlayın və ya təlimçinizdən yeni kod istəyin.
error-course-archived = Bu kurs arxivdədir: artıq təklif olunmur. Başqa kurs seçin və ya əvvəlcə onu yenidən göstərin.

## One organization's page
org-title = Təşkilat
org-sign-in = Bu təşkilatı idarə etmək üçün onun təlimçisi və ya administratoru kimi daxil olun.
org-not-allowed = Bu səhifə bu təşkilatın təlimçiləri və administratorları üçündür. Hesabınız onlardan deyil.
org-offline = Bu səhifə üçün serverə bağlantı lazımdır. İnternetə qoşulun və yenidən cəhd edin.
org-forbidden = Hesabınız bu təşkilatda bunu edə bilməz.
org-contents = Bu səhifədə
org-confirm-cancel = İmtina
org-role-learner = İştirakçı
org-role-trainer = Təlimçi
org-role-administrator = Administrator
org-column-label = Qeyd
org-column-courses = Kurslar
org-column-course = Kurs
org-column-role = Rol
org-column-roles = Rollar
org-column-uses = İstifadə
org-column-expires = Bitmə tarixi
org-column-state = Vəziyyət
org-column-action = Əməliyyat
org-column-member = Üzv
org-column-learner = İştirakçı
org-column-learners = İştirakçılar
org-column-access = Qeydiyyat
org-column-catalog = Kataloq
org-column-issued = Verilmə tarixi

## Join codes
org-codes-heading = Qoşulma kodları
org-codes-explained = Qoşulma kodu ilə iştirakçılar hesab yaradır və sizin seçdiyiniz kursları alırlar. Keçidini və ya QR kodunu paylaşın, yaxud kodu ucadan oxuyun.
org-codes-table = Bu təşkilatın qoşulma kodları
org-code-new = Yeni qoşulma kodu
org-code-for = Kod kimin üçündür
org-code-for-learners = İştirakçılar (qrup)
org-code-for-trainer = Bir yeni təlimçi
org-code-for-administrator = Bir yeni administrator
org-code-invitation-hint = Dəvət bir nəfər üçündür: bir dəfə işləyir.
org-code-courses = Kodun verdiyi kurslar
org-code-no-courses = Bu təşkilatın hələ verəcəyi kurs yoxdur.
org-code-label = Qeyd (sizin üçün: kod kimin üçündür)
org-code-label-hint = Məsələn, "Oş, mart qrupu". İştirakçılar bunu görmür.
org-code-max-uses = Onunla neçə nəfər qoşula bilər
org-code-days = Bitməsinə neçə gün qalır
org-code-create = Qoşulma kodu yarat
org-code-create-invitation = Dəvət yarat
org-code-card-title = Yeni qoşulma kodu
org-code-card-invitation = Bir nəfər üçün dəvət: { $role }
org-code-card-open = İştirakçılar bu keçidi telefonlarında açır və ya qoşulma səhifəsini açıb kodu yazırlar:
org-code-card-limits = { $uses ->
    [one] Bir nəfər üçün
   *[other] { $uses } nəfər üçün
  } işləyir, bitmə tarixi: { $date }.
org-code-card-once = Kod yalnız indi göstərilir: serverdə onu yenidən göstərmək üçün surəti saxlanılmır. Bu səhifədən çıxmazdan əvvəl onu kopyalayın, çap edin və ya yazın.
org-code-qr = Qoşulma keçidinin QR kodu
org-code-copy = Keçidi kopyala
org-code-copied = Keçid kopyalandı.
org-code-copy-failed = Bu brauzer kopyalamağa icazə vermədi. Yuxarıdakı keçidi seçin və əl ilə kopyalayın.
org-code-print = Çap et
org-code-no-label = (qeyd yoxdur)
org-codes-none = Hələ qoşulma kodu yoxdur.
org-code-uses = { $uses } / { $max }
org-code-active = Aktiv
org-code-ended = Dayandırılıb
org-code-expired = Müddəti bitib
org-code-used-up = Tükənib
org-code-end = Kodu dayandır
org-code-end-question = Bu kod dayandırılsın? Artıq heç kim onunla qoşula bilməyəcək; onunla yaradılmış hesablar qalır.
org-code-end-yes = Bəli, dayandır

## Members
org-members-heading = Üzvlər
org-members-search = Ad və ya istifadəçi adı ilə axtar
org-members-table = Bu təşkilatın üzvləri
org-reset = Şifrəni bərpa et
org-reset-question = Bərpa kodu yaradılsın ({ $name })? Yeni şifrə təyin edilən kimi indiki şifrə işləməyəcək.
org-reset-yes = Bəli, kod yarat
org-reset-card-title = Bərpa kodu: { $name }
org-reset-code = Bərpa kodu
org-reset-card-how = Bu istifadəçi adını və kodu şəxsən verin (istifadəçi: { $name }). Kod 72 saat ({ $date } tarixinədək) etibarlıdır və bir dəfə işləyir: istifadəçi aşağıdakı səhifəni açır, hər ikisini yazır və yeni şifrə seçir.
org-reset-card-once = Kod yalnız indi göstərilir. Yenisini yaratsanız, bu kod əvəz olunacaq.
org-end-sessions = Seansları bitir
org-end-sessions-question = { $name } bütün cihazlarda hesabdan çıxarılsın (telefon itibsə)? Serverdəki irəliləyiş saxlanılır.
org-end-sessions-yes = Bəli, hər yerdə çıxar
org-sessions-ended = { $count ->
    [0] { $name } heç yerdə daxil olmamışdı.
    [one] { $name }: bir seans bitirildi.
   *[other] { $name }: { $count } seans bitirildi.
  }
org-give-heading = Kurs ver
org-give-explained = Cədvəldə üzvləri işarələyin, kurs seçin və onlara verin. Kursu artıq olanlar buraxılır.
org-give-course = Kurs
org-give-button = { $count ->
    [0] Əvvəlcə cədvəldə üzvləri işarələyin
    [one] Bir üzvə ver
   *[other] { $count } üzvə ver
  }
org-give-done = { $count ->
    [0] Seçilənlərin hamısında bu kurs artıq var idi.
    [one] Kurs bir üzvə verildi.
   *[other] Kurs { $count } üzvə verildi.
  }

## Courses
org-courses-heading = Kurslar
org-courses-explained = Bu təşkilatın iştirakçılarında olan və ya onlara verilə bilən kurslar. Arxivləşdirilmiş kurs kataloqda görünmür; onu alanlar oxumağa davam edir və sertifikatları etibarlı qalır.
org-courses-table = Bu təşkilatın kursları
org-course-open = Hamı üçün açıq
org-course-closed = Qoşulma kodu ilə
org-course-archived = Arxivdə
org-course-shown = Kataloqda
org-course-archive = Arxivləşdir
org-course-archive-named = Arxivləşdir: { $course }
org-course-unarchive = Yenidən göstər
org-course-unarchive-named = Yenidən göstər: { $course }

## Certificates
org-certificates-heading = Sertifikatlar
org-certificates-explained = Bu təşkilat vasitəsilə qazanılmış kurs bitirmə sertifikatları. Sertifikatı yalnız səhvən verilibsə və ya qeyri-vicdanlı yolla alınıbsa ləğv edin: onu yoxlayan hər kəs səbəbinizi görəcək.
org-certificates-table = Bu təşkilatın sertifikatları
org-certificate-valid = Etibarlıdır
org-certificates-none = Hələ sertifikat yoxdur.
org-certificate-revoked = Ləğv tarixi: { $date }. Səbəb: { $reason }
org-certificate-revoke = Ləğv et
org-certificate-reason = Səbəb (yoxlayan hər kəsə göstərilir)
org-certificate-revoke-yes = Sertifikatı ləğv et

## Organizations
orgs-title = Təşkilatlar
orgs-none = Bu səhifə təlimçilər və administratorlar üçündür. Hesabınız heç bir təşkilatı idarə etmir.
orgs-own-heading = İdarə etdiyiniz təşkilatlar
orgs-all-heading = Bütün təşkilatlar
orgs-table = Bu serverdəki bütün təşkilatlar
orgs-column-name = Ad
orgs-none-yet = Hələ təşkilat yoxdur.
orgs-column-members = Üzvlər
orgs-column-created = Yaradılma tarixi
orgs-new-heading = Yeni təşkilat
orgs-name = Təşkilatın adı
orgs-create = Təşkilat yarat
orgs-created = Yaradıldı: { $name }.
orgs-open = Aç

## Setting a new password with a reset code
reset-title = Yeni şifrə təyin edin
reset-intro = Şifrənizi unutmusunuz? Təlimçinizdən bərpa kodu istəyin, sonra burada istifadəçi adınızı, kodu və yeni şifrəni yazın.
reset-code = Bərpa kodu
reset-code-hint = Təlimçinizin verdiyi kimi 12 hərf və rəqəm. Böyük hərflər və defislər nəzərə alınmır.
reset-new-password = Yeni şifrə
reset-new-password-again = Yeni şifrə bir daha
reset-mismatch = İki şifrə fərqlidir. Eyni yeni şifrəni iki dəfə yazın.
reset-button = Şifrəni təyin et və daxil ol
reset-sign-in = Şifrənizi xatırlayırsınız? Daxil olun
org-questions-link = İştirakçıların sualları

# İnternetin kəsildiyi yerdən gətirilən iştirakçının irəliləyiş faylı.
org-carried-heading = İştirakçının irəliləyiş faylı
org-carried-explained = İnternetin kəsildiyi yerdə olan iştirakçı irəliləyişini fayla saxlayır (onun sonu .dalp olur) və onu sizə verir. Onlayn olarkən onu burada idxal edin: fayl neçə dəfə gəlsə də, iştirakçının dəyişiklikləri yalnız bir dəfə saxlanılır, sizin üçün isə onun cihazına geri aparmalı olduğunuz cavab faylı saxlanılır. Hər iki faylı yalnız bu sistem oxuya bilər.
org-carried-label = İrəliləyiş faylını seçin
org-carried-done = { $count ->
    [one] Bir dəyişiklik saxlanıldı
   *[other] { $count } dəyişiklik saxlanıldı
}{ $refused ->
    [0] .
   *[other] , { $refused } dəyişiklik rədd edildi.
} Cavab faylı saxlanıldı: onu iştirakçıya qaytarın, o, faylı “İnternetsiz” səhifəsində açacaq.
