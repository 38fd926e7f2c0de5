### status: draft
### Dala web client: Azerbaijani (az). Drafted without a native speaker; awaiting review.
# editor: Azerbaijani
edit-lesson-removed = “{ $title }” dərsi silindi
edit-quiz-removed = “{ $title }” testi silindi
edit-undo = Geri qaytar
edit-language-help = Kurs ilk dəfə dərc olunana qədər dili dəyişmək olar.
edit-language-fixed = Kurs bu dildə dərc olunub, ona görə dili dəyişə bilməz: iştirakçılarda o, olduğu kimi saxlanılır. Başqa dil üçün yeni kurs yaradın və onu tərcümə kimi adlandırın.
edit-source-changed = Mənbə mətn dəyişib: { $date }
edit-source-changed-help = Bu dərs mənbə kursun əvvəlki mətnindən tərcümə olunub. İki mətni müqayisə edin, tərcüməni yeniləyin, sonra onu yenilənmiş kimi qeyd edin.
edit-source-old = Tərcümə olunduğu vaxtkı mənbə mətn
edit-source-new = İndiki mənbə mətn
edit-source-old-missing = Bu dərsin tərcümə olunduğu mətn artıq saxlanmır.
edit-mark-updated = Yenilənmiş kimi qeyd et
