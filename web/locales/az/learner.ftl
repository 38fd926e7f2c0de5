### status: draft
### Dala web client: Azerbaijani (az). Drafted without a native speaker; awaiting review.
# learner: Azerbaijani
sign-in-new-here = Burada yenisiniz? Təlimçiniz sizə qoşulma kodu verəcək.
sign-in-forgot = Şifrənizi unutmusunuz? Təlimçiniz sizə bərpa kodu verə bilər.
sign-in-reset-link = Bərpa kodu ilə yeni şifrə təyin edin
join-have-account = Artıq hesabınız var? Daxil olun
join-login-too-short = İstifadəçi adı ən azı 3 simvoldan ibarət olmalıdır.
join-login-too-long = İstifadəçi adı ən çoxu 64 simvol ola bilər.
join-login-space = İstifadəçi adında boşluq ola bilməz: əvəzinə nöqtə, defis və ya alt xətt işlədin (məsələn, dilnoza.k).
join-login-character = İstifadəçi adında yalnız latın hərfləri, rəqəmlər, nöqtələr, defislər və alt xətlər ola bilər: “{ $character }” olmaz.
catalog-welcome = Öyrənməyə başlayın
catalog-welcome-text = Təlimçinizdən qoşulma kodu almısınız? Onunla hesabınızı yaradın. Artıq hesabınız var? Daxil olun.
course-continue = Davam et: dərs { $number } · { $title }
course-closed = Bu kurs təşkilatın iştirakçıları üçündür: təlimçinizdən qoşulma kodu istəyin.
course-closed-on-device = Kurs bu cihazdadır, lakin ondakı irəliləyişiniz serverə göndərilə bilməz.
lesson-complete-continue = Tamamla və davam et
lesson-go-quiz = Testə keç
lesson-go-next = Növbəti dərs
lesson-go-course = Kursa qayıt
ask-heading = Təlimçinizdən soruşun
ask-sign-in = Bu dərs barədə təlimçinizə sual vermək üçün daxil olun.
ask-label = Bu dərs barədə sualınız
ask-hint = Onu təşkilatınızın təlimçiləri oxuyur. İnternetsiz də yaza bilərsiniz: sual növbəti sinxronizasiyada göndəriləcək. Ən çox { $limit } simvol.
ask-sign-in-course = Bu kurs barədə təlimçinizə sual vermək üçün daxil olun.
ask-label-course = Bu kurs barədə sualınız
ask-send = Sualı göndər
ask-thread = Sual { $number }
ask-state-waiting = göndərilməyi gözləyir
ask-state-sent = göndərildi, cavab gözləyir
ask-state-answered = cavablandırıldı
ask-by-me = Siz
ask-by-learner = Başqa iştirakçı
ask-marked-answered = Təlimçi bu sualı cavablandırılmış kimi qeyd etdi.
ask-delete = Sualımı sil
ask-follow-up-label = Bu suala əlavə
ask-follow-up-send = Göndər
header-new-answers = { $count } yeni cavab
