### status: draft
### Dala web client: Azerbaijani (az). Drafted without a native speaker; awaiting review.

# İnternet kəsiləndə daşınan fayllar: fayldan kurs, fayl şəklində irəliləyiş, cavab faylı
# (“İnternetsiz” səhifəsi).
carry-title = İnternetsiz
nav-carry = İnternetsiz
catalog-carry-link = Kurs faylı almısınız? Onu burada açın, internet olmasa belə
carry-intro = İnternetin kəsildiyi yerdə kurslar və irəliləyiş fayl şəklində daşına bilər: fleşkada və ya hələ işləyən messencer vasitəsilə. Burada heç nə bağlantı tələb etmir.
carry-working = Emal olunur…
carry-course-heading = Fayldan kurs
carry-course-explain = Təlimçi və ya başqa iştirakçı sizə kurs faylı verə bilər (onun sonu .dala olur). Nəsə saxlanılmazdan əvvəl o, bu sistemin imzası ilə yoxlanılır, sonra siz onu yüklənmiş kurs kimi öyrənirsiniz.
carry-course-label = Kurs faylını seçin
carry-course-done = “{ $title }” artıq bu cihazdadır.
carry-course-replaced = O, bu cihazdakı əvvəlki versiyanı əvəz etdi; ondakı irəliləyişiniz saxlanıldı.
carry-to-catalog = Kurslara keçin
course-share = Paylaşmaq üçün saxla
course-share-done = “{ $name }” faylı saxlanıldı ({ $size }). Onu messencerlə göndərin və ya fleşkaya kopyalayın: Dala proqramı bir dəfə açılmış istənilən cihaz onu internet olmasa belə açacaq.
carry-progress-heading = İrəliləyişiniz fayl şəklində
carry-progress-explain = Göndərilməyi gözləyənləri fayla saxlayın və onu təlimçinizə verin. Onu yalnız bu sistem oxuya bilər, onu tapan hər kəsə isə nə adınızı, nə də kurslarınızı göstərmir. Dəyişiklikləriniz sinxronlaşdırma və ya cavab faylı onları təsdiqləyənə qədər bu cihazda qalır.
carry-progress-waiting = { $count ->
    [0] Göndərilməyi gözləyən heç nə yoxdur.
    [one] Bir dəyişiklik göndərilməyi gözləyir.
   *[other] { $count } dəyişiklik göndərilməyi gözləyir.
}
carry-progress-save = İrəliləyişi fayla saxla
carry-progress-done = { $count ->
    [one] Bir dəyişiklikdən ibarət fayl saxlanıldı. Onu təlimçinizə verin; cavab faylı alana qədər onu saxlayın.
   *[other] { $count } dəyişiklikdən ibarət fayl saxlanıldı. Onu təlimçinizə verin; cavab faylı alana qədər onu saxlayın.
}
carry-progress-sign-in = İrəliləyişinizi fayl şəklində saxlamaq üçün internet olanda bir dəfə daxil olun.
carry-return-heading = Təlimçinizdən cavab faylı
carry-return-explain = Təlimçiniz cavab faylını geri gətirir (onun sonu .dalr olur). O, yalnız bu cihazda, yalnız sizin üçün açılır və cavab verdiyi dəyişiklikləri, yeni sertifikatlar varsa, onlarla birlikdə təsdiqləyir.
carry-return-label = Cavab faylını seçin
carry-return-done = { $count ->
    [one] Bir dəyişiklik təsdiqləndi.
   *[other] { $count } dəyişiklik təsdiqləndi.
} { $certificates ->
    [0] { "" }
    [one] Bir yeni sertifikat.
   *[other] { $certificates } yeni sertifikat.
}
# Faylın niyə rədd edildiyi və ya niyə yaradıla bilmədiyi.
file-not-this-kind = Bu, belə növ fayl deyil.
file-truncated = Fayl sonuna çatmadan kəsilib. Onu yenidən kopyalayın və ya göndərin.
file-too-large = Fayl belə bir faylın ola biləcəyindən böyükdür.
file-other-installation = Fayl başqa sistem üçün yaradılıb və ya yaradıldıqdan sonra dəyişdirilib.
file-altered = Fayl yaradıldıqdan sonra dəyişdirilib: ondan heç nə saxlanılmadı.
file-damaged = Faylın içi zədələnib: ondan heç nə saxlanılmadı.
file-no-keys = Bu cihazda hələ sistemin açarları yoxdur. İnternet olanda Dala proqramını bir dəfə açın, sonra yenidən cəhd edin.
file-no-installation-key = Bu cihaz hələ sistemin açarını bilmir. İnternet olanda Dala proqramını bir dəfə açın, sonra yenidən cəhd edin.
file-device-not-registered = Bu cihaz hələ hesabınız üçün qeydiyyatdan keçməyib. Daxil olmuş halda bir dəfə qoşulun, sonra yenidən cəhd edin.
file-nothing-waiting = Göndərilməyi gözləyən heç nə yoxdur.
file-no-randomness = Bu brauzer təhlükəsiz açar yarada bilmir.
file-device-key-damaged = Bu cihazın açarı zədələnib. İnternet olanda hesabdan çıxıb yenidən daxil olun.
file-return-not-this-device = Bu cavab faylı başqa cihaz və ya başqa hesab üçün yaradılıb.
file-course-older = Bu cihazda artıq bu kursun daha yeni versiyası var: fayldan heç nə saxlanılmadı.
file-course-not-held = Bu kurs bu cihaza tam yüklənməyib: əvvəlcə onu yükləyin.
file-course-no-signature = Bu cihazda bu versiya üçün sistemin imzası yoxdur. İnternet olanda kursu bir dəfə açın, sonra yenidən cəhd edin.
file-unreadable = Brauzer bu faylı oxuya bilmədi.
