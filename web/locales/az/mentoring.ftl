### status: draft
### Dala web client: Azerbaijani (az). Drafted without a native speaker; awaiting review.

# mentoring: Azerbaijani

## Təlimçilərin sual qutusu: təşkilat iştirakçılarının sualları
inbox-title = İştirakçıların sualları
inbox-sign-in = Təşkilatın iştirakçılarının suallarını oxumaq üçün bu təşkilatın təlimçisi və ya administratoru kimi daxil olun.
inbox-not-allowed = Bu suallar iştirakçının təşkilatının təlimçiləri və administratorları üçündür. Hesabınız onlardan deyil.
inbox-offline = Sualları ilk dəfə açmaq üçün bağlantı lazımdır. İnternetə qoşulun və bu səhifəni yenidən açın: bundan sonra oflayn da işləyir.
inbox-kept = Siz oflayndasınız: suallar bu cihazın onları sonuncu dəfə oxuduğu kimi göstərilir. Cavablarınız növbəti sinxronizasiyada göndəriləcək.
inbox-empty = Hələ sual yoxdur.
inbox-more = Əvvəlki suallar
inbox-first-page = Ən yeni suallar
inbox-course-page = Kursun səhifəsi
inbox-cohort = Qrup üçün müzakirə
inbox-state-open = cavab gözləyir
inbox-state-answered = cavablandırıldı
inbox-state-hidden = gizlədilib
inbox-lesson-text = Dərsin mətni
inbox-marked-answered = Cavablandırılmış kimi qeyd edildi.
inbox-hidden-by-you = Gizlədildi.
inbox-answer-label = Sizin cavabınız
inbox-answer-hint = Onu yalnız bu iştirakçı görür (müzakirədə isə qrupun bütün iştirakçıları). İnternetsiz də yaza bilərsiniz: cavab növbəti sinxronizasiyada göndəriləcək. Ən çox { $limit } simvol.
inbox-answer-send = Cavabı göndər
inbox-mark-answered = Cavablandırılmış kimi qeyd et
inbox-hide = Gizlət
inbox-hide-question = Bu sual gizlədilsin? Bunu yalnız sui-istifadə hallarında edin: sual burada “gizlədilib” qeydi ilə qalır və qrupun cihazlarından silinir.
inbox-hide-yes = Bəli, gizlət
inbox-discussion-heading = Qrup üçün müzakirə
inbox-discussion-about = Bu təşkilatın kursu keçən bütün iştirakçıları üçün mövzu açır: onlar onu kursun səhifəsində oxuyur və bir-birinin adlarını görmədən cavab verirlər. Bunu burada özünüz etməsəniz, heç nə açılmır.
inbox-discussion-course = Kurs
inbox-discussion-text = İlk mesaj
inbox-discussion-send = Müzakirəni aç
inbox-discussion-kept = Saxlanıldı: müzakirə növbəti sinxronizasiyada açılacaq.
