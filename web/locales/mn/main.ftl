### status: draft
### Dala web client: Mongolian (mn). Drafted without a native speaker; awaiting review.

skip-to-content = Агуулга руу шилжих
language-label = Хэл
language-needs-connection = «{ $language }» хэл энэ төхөөрөмжид хараахан алга. Түүн рүү шилжихийн тулд нэг удаа интернэтэд холбогдоно уу.
status-online = Онлайн
status-offline = Офлайн
loading = Ачаалж байна…

catalog-title = Сургалтууд
catalog-also-in = Мөн өөр хэлээр:
catalog-filter-language = Сургалтын хэл
catalog-filter-all = Бүх хэл
list-separator = {", "}
catalog-offline = Та офлайн байна. Энэ төхөөрөмжид татсан сургалтуудыг харуулж байна.
catalog-empty = Одоогоор нийтлэгдсэн сургалт алга.
catalog-empty-offline = Энэ төхөөрөмжид татсан сургалт хараахан алга. Сургалт татахын тулд интернэтэд холбогдоно уу.
lesson-count = { $count ->
    [one] { $count } хичээл
   *[other] { $count } хичээл
}
badge-downloaded = Офлайн үзэх боломжтой

back-to-catalog = Бүх сургалт
course-title-loading = Сургалт
course-version = Хувилбар { $version }
course-translations = Өөр хэлээр мөн бий:
course-progress = { $total } хичээлээс { $done } нь дууссан
offline-heading = Офлайн суралцах
download-button = Офлайн үзэхээр татах ({ $size })
download-progress = Татаж байна: { $done } дууссан, { $left } үлдсэн
download-partial = Татах явц тасалдсан.
download-resume = Үргэлжлүүлэн татах
download-complete = Татаж дууслаа: та энэ сургалтыг интернэтгүйгээр үзэж болно.
update-available = Шинэчлэл бий: { $size }
download-update = Шинэ хувилбарыг татах
download-remove = Татсаныг устгах
storage-used = Энэ төхөөрөмж дээр { $size } эзэлж байна.
lessons-heading = Хичээлүүд
lesson-status-complete = Дууссан
lesson-status-opened = Эхэлсэн

lesson-title-loading = Хичээл
lesson-mark-complete = Дууссан гэж тэмдэглэх
lesson-completed = Дууссан ✓
lesson-nav-label = Хичээлүүд
lesson-previous = ← Өмнөх
lesson-next = Дараах →

not-found-title = Хуудас олдсонгүй
elsewhere-title = Энэ хуудас энэ төхөөрөмжид хараахан алга
elsewhere-needs-connection = Үүнийг нэг удаа интернэттэй үед нээх хэрэгтэй; дараа нь офлайн үед ч ажиллана. Интернэтэд холбогдоод дахин оролдоно уу.

size-bytes = { $size } Б
size-kb = { $size } КБ
size-mb = { $size } МБ

error-offline = Та офлайн байгаа бөгөөд энэ нь хараахан татагдаагүй байна. Интернэтэд холбогдоод дахин оролдоно уу.
error-not-found = Ийм сургалт эсвэл хичээл байхгүй.
error-integrity = Татсан файл дамжих явцад гэмтсэн байна. Дахин оролдоно уу: зөвхөн гэмтсэн хэсгийг дахин татна.
error-storage = Энэ төхөөрөмж өгөгдлийг хадгалж чадсангүй. Зай чөлөөлөх эсвэл нууц горимоос гараад дахин оролдоно уу.
error-server = Сервер хариу өгч чадсангүй. Дараа дахин оролдоно уу.

sync-pending = { $count ->
    [0] Бүх ахиц илгээгдсэн
    [one] { $count } өөрчлөлт илгээгдэхийг хүлээж байна
   *[other] { $count } өөрчлөлт илгээгдэхийг хүлээж байна
}
sync-last = Сүүлд синхрончилсон: { $time }
sync-never = Хараахан синхрончлоогүй
sync-running = Синхрончилж байна…
sync-offline = Холболт алга. Таны ахиц энэ төхөөрөмж дээр хадгалагдаж, холболт сэргэхэд илгээгдэнэ.
sync-now = Одоо синхрончлох
sync-refused = { $count ->
    [one] Сервер { $count } өөрчлөлтийг хадгалаагүй, жишээ нь таны элсээгүй сургалтынхыг. Сургагч багшаасаа нэгдэх код хүснэ үү.
   *[other] Сервер { $count } өөрчлөлтийг хадгалаагүй, жишээ нь таны элсээгүй сургалтынхыг. Сургагч багшаасаа нэгдэх код хүснэ үү.
}
sign-out = Гарах
sign-in-link = Нэвтрэх
sign-in-title = Нэвтрэх
sign-in-button = Нэвтрэх
field-login = Нэвтрэх нэр
field-login-hint = 3-аас 64 хүртэлх жижиг латин үсэг, тоо, цэг, зураас эсвэл доогуур зураас.
field-password = Нууц үг
field-password-hint = Дор хаяж 8 тэмдэгт.
field-code = Нэгдэх код
field-display-name = Таны нэр (бусдад харагдах байдлаар)
join-link = Сургагч багшаасаа нэгдэх код авсан уу? Бүртгэлээ үүсгэх
join-title = Кодоор нэгдэх
join-intro = Сургагч багш тань танд код өгсөн. Энэ код таны бүртгэлийг үүсгэж, таныг сургалтуудад элсүүлнэ. Цахим шуудан, утасны дугаар шаардлагагүй.
join-button = Бүртгэл үүсгэх

error-not-signed-in = Ахицаа хадгалж, илгээхийн тулд нэвтэрнэ үү.
error-session-ended = Та системээс гарсан байна. Дахин нэвтэрнэ үү; энэ төхөөрөмж дээрх таны ахиц хадгалагдсан.
error-session-expired = Та удаан хугацаагаар идэвхгүй байсан тул системээс гарсан байна. Дахин нэвтэрнэ үү; энэ төхөөрөмж дээрх таны ахиц хадгалагдсан.
error-wrong-credentials = Нэвтрэх нэр эсвэл нууц үг буруу.
error-too-many-attempts = Хэт олон удаа оролдлоо. Хэдэн минут хүлээгээд дахин оролдоно уу.
error-join-code-invalid = Ийм код байхгүй. Сургагч багштайгаа шалгана уу.
error-join-code-expired = Энэ кодын хугацаа дууссан. Сургагч багшаасаа шинэ код хүснэ үү.
error-join-code-used-up = Энэ кодыг бүрэн ашиглаж дууссан. Сургагч багшаасаа шинэ код хүснэ үү.
error-login-taken = Энэ нэвтрэх нэрийг өөр хүн авсан байна. Өөр нэр сонгоно уу.
error-invalid = Оруулсан мэдээллээ шалгана уу: сервер үүнийг хүлээн авч чадсангүй.

quiz-label = Сорил:
quiz-status-passed = Тэнцсэн
quiz-title-loading = Сорил
quiz-pass-mark = Тэнцэх оноо: { $mark } %
quiz-attempts-left = { $count ->
    [one] { $count } оролдлого үлдсэн
   *[other] { $count } оролдлого үлдсэн
}
quiz-best = Хамгийн сайн оноо: { $score } %
quiz-passed-already = Та энэ сорилд тэнцсэн.
quiz-submit = Хариултаа шалгах
quiz-again = Дахин оролдох
quiz-no-attempts = Та энэ сорилын бүх оролдлогоо ашигласан.
quiz-choose-all = Бүх зөв хариултыг сонгоно уу.
quiz-true = Үнэн
quiz-false = Худал
quiz-your-answer = Таны хариулт
quiz-score = { $score } %: { $total } асуултаас { $right } нь зөв.
quiz-result-passed = Тэнцлээ!
quiz-result-failed = Энэ удаад тэнцсэнгүй.
quiz-mark-right = Зөв
quiz-mark-wrong = Буруу
course-complete = Та энэ сургалтыг дуусгалаа.

nav-certificates = Гэрчилгээ
course-certificate-link = Энэ сургалтын таны гэрчилгээ
certificates-title = Миний гэрчилгээнүүд
certificates-empty = Танд одоогоор гэрчилгээ алга. Сургалтын бүх хичээл, сорилыг дуусгана уу: гэрчилгээ нь дараагийн синхрончлолоор ирнэ.
certificates-sign-in = Гэрчилгээгээ харахын тулд нэвтэрнэ үү.
certificate-completed-on = Дуусгасан огноо: { $date }
certificate-title = Гэрчилгээ
certificate-learner = Хэнд олгосон
certificate-course = Сургалт
certificate-date = Дуусгасан огноо
certificate-issuer = Олгосон байгууллага
certificate-id = Гэрчилгээний дугаар
certificate-status-heading = Хүчинтэй юу?
certificate-no-trust = Энэ төхөөрөмж гэрчилгээг хараахан шалгаж чадахгүй: үүнд хэрэгтэй зүйл (олгогчийн түлхүүрүүд болон хүчингүй болгосон гэрчилгээний жагсаалт) дараагийн синхрончлолоор ирнэ.
certificate-downloads = Татах
download-pdf = Хэвлэх гэрчилгээ (PDF)
download-pdf-fetching = PDF-ийг авч байна…
download-jwt = Бусад системд зориулсан гарын үсэгтэй файл
download-json = Бусад системд зориулсан гэрчилгээний өгөгдөл
download-wallet = Цахим түрийвчинд зориулсан
certificate-pdf-note = PDF файлыг (ойролцоогоор 20 КБ) нэг удаа татаж, дараа нь энэ төхөөрөмж дээр хадгална. Бусад файл аль хэдийн энд байгаа.
certificate-share-heading = Хуваалцах
certificate-share-text = Энэ холбоосыг авсан хэн ч таны гэрчилгээ жинхэнэ эсэхийг шалгаж болно. Энэ нь PDF дээрх QR кодонд мөн бий.
certificate-wallet-link-text = Цахим түрийвч таны гэрчилгээг энэ холбоосоор ч бас авч болно. Холбоосыг зөвхөн өөрийнхөө түрийвчинд өгнө үү: үүнийг авсан хэн ч гэрчилгээг харж чадна.
certificate-wallet-qr = Түрийвчийн холбоосын QR код
certificate-wallet-qr-hint = Өөр төхөөрөмж дээрх түрийвчийн апп, жишээ нь таны утсан дээрх, энэ кодыг бас уншуулж болно.

verdict-valid = Хүчинтэй
verdict-revoked = Хүчингүй болгосон
verdict-altered = Өөрчлөгдсөн
verdict-unknown-key = Үл мэдэгдэх гарын үсэг
verdict-malformed = Гэрчилгээ биш
verdict-unchecked = Хараахан шалгаагүй
reason-genuine = Олгогч гарын үсэг зурсан, өөрчлөгдөөгүй, хүчингүй болгоогүй.
reason-revocation-unchecked = Олгогч гарын үсэг зурсан, өөрчлөгдөөгүй. Хүчингүй болгосон эсэхийг шалгаж чадсангүй: хүчингүй болгосон гэрчилгээний жагсаалт олдсонгүй.
reason-revoked = Жинхэнэ боловч олгогч үүнийг хүчингүй болгосон (цуцалсан).
reason-signature-mismatch = Гарын үсэг агуулгатай таарахгүй байна: гэрчилгээг гарын үсэг зурсны дараа өөрчилсөн, эсвэл хуурамчаар үйлдсэн.
reason-unknown-key = Энэ олгогчийн нийтлээгүй түлхүүрээр гарын үсэг зурсан: энд олгогдоогүй, эсвэл хуурамч.
reason-missing-key-id = Гэрчилгээнд аль түлхүүрээр гарын үсэг зурсныг заагаагүй байна.
reason-unsupported-algorithm = Гэрчилгээнд зөвшөөрөгдөөгүй аргаар гарын үсэг зурсан байна.
reason-not-a-jwt = Энэ нь гарын үсэгтэй гэрчилгээ биш. Гэрчилгээний файлын бүх текстийг буулгана уу.
reason-not-a-credential = Энэ нь гарын үсэгтэй өгөгдөл боловч гэрчилгээ биш.
reason-unknown = Гэрчилгээг шалгаж чадсангүй.
revoked-on = Хүчингүй болгосон огноо: { $date }. Олгогчийн дурдсан шалтгаан: { $reason }
checked-by-server = Олгогчийн сервер шалгасан.
checked-on-device = Олгогчийн сервертэй холбогдолгүйгээр энэ төхөөрөмж дээр шалгасан.
list-age = Хүчингүй болгосон гэрчилгээний жагсаалтын огноо: { $list }; сүүлд шалгасан: { $checked }.
list-age-none = Энэ төхөөрөмжид энэ гэрчилгээнд хамаарах хүчингүй болгосон гэрчилгээний жагсаалт алга; олгогчийн мэдээллийг сүүлд шалгасан: { $checked }.

verify-link = Гэрчилгээ шалгах
verify-title = Гэрчилгээ шалгах
verify-intro = Гэрчилгээ жинхэнэ бөгөөд хүчингүй болоогүй эсэхийг мэдэхийн тулд гэрчилгээг буулгах эсвэл файлыг нь сонгоно уу. Бүртгэл шаардлагагүй.
verify-field = Гэрчилгээ
verify-field-hint = Гэрчилгээний файлын бүх текст (гарын үсэгтэй файл, гэрчилгээний өгөгдөл эсвэл түрийвчинд зориулсан файл).
verify-file = Эсвэл гэрчилгээний файлыг сонгоно уу
verify-button = Шалгах
verify-result-heading = Үр дүн
verify-file-too-large = Энэ файл гэрчилгээ байхад хэт том байна.
verify-file-unreadable = Энэ файлыг уншиж чадсангүй. Гэрчилгээний файлыг сонгоно уу.

error-certificate-not-found = Энэ холбоост тохирох гэрчилгээ алга. Хаягийг бүтнээр нь хуулсан эсэхээ шалгана уу.
error-no-trust = Олгогчийн сервертэй холбогдох боломжгүй, мөн энэ төхөөрөмжид гэрчилгээ шалгах өгөгдөл алга. Интернэтэд холбогдоод дахин оролдоно уу.
error-wallet-form-offline = Энэ бол түрийвчинд зориулсан гэрчилгээний файл бөгөөд үүнийг зөвхөн олгогчийн сервер шалгадаг. Интернэтэд холбогдоод дахин оролдох эсвэл гэрчилгээний гарын үсэгтэй файлыг (.jwt) шалгана уу: түүнийг энд интернэтгүйгээр шалгаж болно.

## The course editor (trainers)
image-too-large = Энэ зураг серверийн хүлээн авах хэмжээнээс том байна. Жижиг файл сонгоно уу.
image-not-an-image = Энэ файл зураг биш. JPEG, PNG, GIF эсвэл WebP зураг сонгоно уу.
image-too-many-pixels = Энэ зураг хэт олон пикселтэй. Жижиг зураг сонгоно уу.
image-unreadable = Энэ зургийг уншиж чадсангүй: файл гэмтсэн байж магадгүй. Өөр зураг сонгоно уу.
image-alt-missing = Зургийг харж чадахгүй суралцагчдад зориулж хэдэн үгээр тайлбарлана уу.
draft-invalid = Сургалтыг нийтлэхийн өмнө засах асуудал байна. Тэдгээрийг доор жагсаав.
authoring-forbidden = Таны бүртгэл энэ сургалтыг засах эрхгүй. Сургалтын байгууллагын администратороос асууна уу.
course-slug-taken = Ийм богино нэртэй сургалт аль хэдийн байна. Өөр нэр сонгоно уу.
author-title = Таны засдаг сургалтууд
author-no-courses = Танд засах сургалт хараахан алга.
author-never-published = Хараахан нийтлээгүй
author-unpublished-changes = Нийтлээгүй өөрчлөлт бий
author-new-course = Шинэ сургалт
author-field-organization = Байгууллага
author-field-title = Гарчиг
author-field-slug = Богино нэр
author-field-slug-help = Жижиг латин үсэг, тоо, зураас, жишээ нь fundraising-basics. Энэ нь сургалтын хаягийн нэг хэсэг бөгөөд өөрчлөх боломжгүй.
author-field-summary = Каталогт харагдах товч тайлбар
author-field-language = Сургалтын хэл
author-field-author = Зохиогч
author-create = Сургалт үүсгэх
author-first-lesson-title = Танилцуулга
author-first-lesson-text = Эхний хичээлээ энд бичнэ үү.
edit-metadata-heading = Сургалтын тухай
edit-field-version = Хэвлэл
edit-field-authors = Зохиогчид (таслалаар тусгаарлана)
edit-field-licence = Лиценз
edit-field-translations = Ижил сургалт өөр хэлээр (богино нэрс, таслалаар тусгаарлана)
edit-items-heading = Хичээл ба сорилууд
edit-move-up = Дээш зөөх
edit-move-down = Доош зөөх
edit-remove = Устгах
edit-add-lesson = Хичээл нэмэх
edit-new-lesson-title = Шинэ хичээл
edit-lesson-heading = Хичээл:
edit-lesson-markdown = Текст (Markdown)
edit-lesson-markdown-help = Эхний мөр нь гарчиг: # Гарчиг. Догол мөрүүдийг хоосон мөрөөр тусгаарлана; *налуу*, **тод**, - жагсаалт, [холбоос](https://…).
edit-preview = Урьдчилан харах
edit-preview-heading = Суралцагчдад харагдах байдал
edit-image-heading = Зураг нэмэх
edit-image-file = Зураг (JPEG, PNG, GIF эсвэл WebP)
edit-image-alt = Зураг юуг харуулж байгаа вэ (харж чадахгүй суралцагчдад)
edit-image-upload = Байршуулаад хичээлд нэмэх
edit-publish-heading = Нийтлэх
edit-no-problems = Асуудал алга: сургалтыг нийтэлж болно.
edit-publish = Шинэ хувилбар нийтлэх
edit-published = Нийтэллээ. Сургалтыг татсан суралцагчдад шинэчлэлийг санал болгоно.
edit-published-unchanged = Сүүлд нийтэлснээс хойш юу ч өөрчлөгдөөгүй.
edit-saved-local = Энэ төхөөрөмж дээр хадгаллаа. Холболт байгаа үед сервер рүү илгээнэ.
edit-saved-server = Сервер дээр хадгаллаа.
edit-conflict = Таныг засварлаж эхэлсний дараа { $name } энэ сургалтыг хадгалсан байна. Аль хувилбарыг үлдээхээ сонгоно уу.
edit-keep-mine = Миний хувилбарыг үлдээх (нөгөөх нь солигдоно)
edit-take-theirs = Нөгөө хувилбарыг авах (миний өөрчлөлт устна)
nav-author = Сургалт бичих
edit-field-open = Нэвтэрсэн ямар ч суралцагч элсэж болно (эс бөгөөс зөвхөн нэгдэх кодоор)
edit-add-quiz = Сорил нэмэх
edit-new-quiz-title = Ойлголтоо шалгаарай
edit-quiz-title = Сорилын гарчиг
edit-quiz-pass-mark = Тэнцэх оноо (зөв хариулсан асуултын хувь)
edit-quiz-max-attempts = Зөвшөөрөх оролдлогын тоо
edit-quiz-max-attempts-help = Хязгааргүй бол хоосон үлдээнэ үү.
edit-quiz-question = Асуулт { $n }
edit-quiz-prompt = Асуултын текст
edit-quiz-kind = Асуултын төрөл
edit-quiz-kind-single = Нэг зөв хувилбар
edit-quiz-kind-multiple = Хэд хэдэн зөв хувилбар
edit-quiz-kind-true-false = Үнэн эсвэл худал
edit-quiz-kind-short = Богино бичгэн хариулт
edit-quiz-options-single = Хувилбарууд: зөвийг нь тэмдэглэнэ үү
edit-quiz-options-multiple = Хувилбарууд: бүх зөвийг нь чагтална уу
edit-quiz-option = Хувилбар { $n }
edit-quiz-option-right = Хувилбар { $n } зөв
edit-quiz-remove-option = Хувилбар { $n } устгах
edit-quiz-add-option = Хувилбар нэмэх
edit-quiz-right-answer = Зөв хариулт
edit-quiz-accepted = Хүлээн авах хариултууд, мөр бүрт нэг
edit-quiz-accepted-help = Том үсэг, илүү зай хамаагүй.
edit-quiz-remove-question = Асуултыг устгах
edit-quiz-add-question = Асуулт нэмэх
edit-quiz-problem-title = Сорилд гарчиг хэрэгтэй.
edit-quiz-problem-pass-mark = Тэнцэх оноо 1-ээс 100-ын хооронд байх ёстой.
edit-quiz-problem-attempts = Дор хаяж нэг оролдлого зөвшөөрнө үү, эсвэл хязгааргүй бол талбарыг хоосон үлдээнэ үү.
edit-quiz-problem-no-questions = Сорилд дор хаяж нэг асуулт хэрэгтэй.
edit-quiz-problem-prompt = Асуулт { $n }: текст алга.
edit-quiz-problem-options = Асуулт { $n }: дор хаяж хоёр хувилбар хэрэгтэй, аль нь ч хоосон байж болохгүй.
edit-quiz-problem-no-answer = Асуулт { $n }: зөв хариулт алга.
edit-quiz-problem-empty-accepted = Асуулт { $n }: хоосон хариултыг хүлээн авч байна.
edit-quiz-problem-too-large = Сорилын гарчиг 200 тэмдэгтээс урт, эсвэл 100-аас олон асуулттай байна.
edit-quiz-problem-question-too-large = Асуулт { $n } хэт урт байна: асуулт болон тайлбар тус бүр хамгийн ихдээ 2000 тэмдэгт, 500 тэмдэгт хүртэлх 20 хувилбар, эсвэл 200 тэмдэгт хүртэлх 20 хүлээн авах хариулт байж болно.
edit-quiz-has-problems = “{ $title }” сорил: { $n ->
    [one] засах нэг асуудал
   *[other] засах { $n } асуудал
}
edit-preview-offline = Урьдчилан харахад сервертэй холболт хэрэгтэй. Таны текст энэ төхөөрөмж дээр хадгалагдсан бөгөөд онлайн болоход урьдчилан харах дахин ажиллана.

## The dashboard (administrators)
nav-dashboard = Хяналтын самбар
error-forbidden = Таны бүртгэл үүнийг харах, хийх эрхгүй.
dashboard-title = Хяналтын самбар
dashboard-sign-in = Хяналтын самбарыг харахын тулд администратороор нэвтэрнэ үү.
dashboard-not-allowed = Хяналтын самбар нь байгууллагын администратор болон сургагч багш нарт зориулагдсан. Таны бүртгэл аль нь ч биш.
dashboard-reports-for-administrators = Элсэлт, дуусгалтын тайлан администраторуудад зориулагдсан. Сургагч багшийн хувьд та байгууллагынхаа суралцагчдыг доор харж болно.
dashboard-loading = Тайланг ачаалж байна…
dashboard-offline = Хяналтын самбарт сервертэй холболт хэрэгтэй. Интернэтэд холбогдоод дахин оролдоно уу.
dashboard-forbidden = Таны бүртгэл эдгээр тайланг харах эрхгүй. Тэдгээр нь байгууллагын администраторуудад зориулагдсан.
filters-heading = Шүүлтүүр
filter-organization = Байгууллага
filter-all-organizations = Миний бүх байгууллага
filter-course = Сургалт
filter-all-courses = Бүх сургалт
filter-from = Эхлэх
filter-to = Дуусах
filter-apply = Харуулах
filter-backwards = Дуусах огноо эхлэх огнооноос өмнө байна.
totals-heading = Нийт дүн
totals-explained = Сонгосон хугацаан дахь элсэлт, дуусгалт, гэрчилгээ. Идэвхтэй суралцагч: хугацааны сүүлийн 30 хоногт (сараар гаргасан хүснэгтэд тухайн сард) төхөөрөмж нь ахиц илгээсэн суралцагч. Хүчингүй болгосон гэрчилгээг гэрчилгээнд тоолохгүй, харин дуусгалтад тоолно.
count-enrollments = Элсэлт
count-active-learners = Идэвхтэй суралцагч
count-completions = Дуусгалт
count-certificates = Гэрчилгээ
chart-empty = Эдгээр шүүлтүүрээр харуулах зүйл алга.
chart-enrolled = { $count } элссэн
chart-completed = { $count } дуусгасан
section-months = Сараар
chart-months = Сар бүрийн элсэлт ба дуусгалт
table-months = Сар бүрийн элсэлт, идэвхтэй суралцагч, дуусгалт, гэрчилгээ
column-month = Сар
section-courses = Сургалтаар
chart-courses = Сургалт бүрийн элсэлт ба дуусгалт
table-courses = Сургалт бүрийн элсэлт, идэвхтэй суралцагч, дуусгалт, гэрчилгээ
column-course = Сургалт
column-details = Дэлгэрэнгүй
course-report-open = Хичээл ба асуултууд
section-organizations = Байгууллагаар
chart-organizations = Байгууллага бүрийн элсэлт ба дуусгалт
table-organizations = Байгууллага бүрийн элсэлт, идэвхтэй суралцагч, дуусгалт, гэрчилгээ
column-organization = Байгууллага
csv-download = CSV татах
csv-downloading = Файлыг бэлтгэж байна…
csv-saved = Хадгалсан нэр: { $name }. Татсан тухай үйлдлийн бүртгэлд тэмдэглэгдсэн.
course-report-loading = Сургалтын тайланг ачаалж байна…
course-report-heading = Сургалт: { $title }
course-report-enrolled = { $count ->
    [one] Энэ хугацаанд { $count } суралцагч элссэн.
   *[other] Энэ хугацаанд { $count } суралцагч элссэн.
}
funnel-heading = Суралцагчид хаана хүртэл ахисан бэ
funnel-explained = Хичээл бүрээр: элссэн суралцагчдаас хэд нь нээсэн, хэд нь дуусгасан.
chart-funnel = Хичээл бүрд хүрсэн ба дуусгасан суралцагчид
table-funnel = Хичээл бүрд хүрсэн ба дуусгасан суралцагчид
column-lesson = Хичээл
column-reached = Хүрсэн
column-lesson-completed = Дуусгасан
chart-reached = { $count } хүрсэн ({ $percent } %)
chart-lesson-completed = { $count } дуусгасан ({ $percent } %)
difficulty-heading = Хэцүү асуултууд
difficulty-explained = Сорилын асуулт бүрээр: хэдэн суралцагч эхний оролдлогоороо буруу хариулсан.
chart-difficulty = Асуулт бүрийн эхний буруу хариултын хувь
table-difficulty = Асуулт бүрийн эхний буруу хариулт
question-label = { $number }. { $prompt }
column-question = Асуулт
column-quiz = Сорил
column-first-attempts = Эхний оролдлого
column-wrong = Буруу
column-wrong-share = Буруугийн хувь
chart-wrong = { $percent } % буруу ({ $wrong } / { $total })
learners-heading = Суралцагчид
learners-explained = Дээрх тайлангууд зөвхөн тоо харуулна. Энд та өөрийн сургагч багш эсвэл администратор байгаа байгууллагын суралцагчдыг нэг бүрчлэн харж болно. Энэ жагсаалтыг нээх бүрд, мөн CSV татах бүрд үйлдлийн бүртгэлд тэмдэглэнэ.
learners-show = Суралцагчдыг харуулах: { $organization }
learners-hide = Суралцагчдыг нуух
learners-loading = Суралцагчдыг ачаалж байна…
table-learners = Суралцагчид: { $organization }
column-learner = Суралцагч
column-courses = Сургалтууд
column-last-sync = Сүүлийн синхрончлол
learner-course = { $course }: { $done }/{ $total } хичээл
learner-course-completed = дуусгасан
learner-never-synced = Хэзээ ч үгүй
audit-heading = Үйлдлийн бүртгэл
audit-explained = Хэн, хэзээ суралцагчдыг тус тусад нь харсан эсвэл хүснэгт татсан. Үүнийг зөвхөн та, энэ системийн администратор унших боломжтой.
audit-show = Үйлдлийн бүртгэлийг харуулах
audit-refresh = Шинэчлэх
audit-loading = Үйлдлийн бүртгэлийг ачаалж байна…
table-audit = Үйлдлийн бүртгэл, шинэ нь эхэндээ
column-when = Хэзээ
column-who = Хэн
column-action = Үйлдэл
column-detail = Дэлгэрэнгүй
audit-action-view-learners = Суралцагчдыг харсан
audit-action-export = Хүснэгт татсан

## Shared devices: signing out, and removing everything
error-device-full = Энэ төхөөрөмж дүүрсэн: дахиад { $size } зай хэрэгтэй. Хэрэггүй болсон татсан сургалтаа устгах эсвэл төхөөрөмж дээр зай чөлөөлөөд дахин оролдоно уу; өмнө хадгалсан зүйл алга болоогүй.
error-not-saved = Үүнийг төхөөрөмж дээр хадгалж чадсангүй, үүнээс юу ч үлдээгүй. Дахин оролдоно уу.
error-server-full = Серверийн зай дууссан тул үүнээс юу ч хадгалаагүй. Энэ төхөөрөмж дээр хадгалагдсан бүх зүйл энд үлдэж, дараа дахин илгээгдэнэ; хэрэв ийм байдал үргэлжилбэл серверийн администраторт мэдэгдэнэ үү.
sign-out-title = Гарах
signed-out-title = Гарсан
sign-out-who = Нэвтэрсэн хэрэглэгч: { $name }.
sign-out-pending = { $count ->
    [one] Энд хийсэн нэг өөрчлөлт сервер дээр хараахан очоогүй байна.
   *[other] Энд хийсэн { $count } өөрчлөлт сервер дээр хараахан очоогүй байна.
}
sign-out-return-file = Ахицаа сургагч багшдаа өгөхөөр файлд хадгалсан уу? Хариу файл нь энд зөвхөн таныг гарах хүртэл нээгдэнэ. Таны өөрчлөлтүүд энд дахин нэвтэрсний дараах синхрончлолоор ямар ч байсан илгээгдэнэ.
sign-out-what-stays = Таныг гарсны дараа энэ төхөөрөмж дээр таны юу ч харагдахгүй: ахиц, сорилын хариулт, гэрчилгээ, ноорог, нэр тань ч. Хараахан илгээгээгүй өөрчлөлт зөвхөн танд зориулж энд үлдэх бөгөөд та энд дахин нэвтрэхэд илгээгдэнэ. Татсан сургалтууд үлдэнэ: тэдгээр нь нийтэд нээлттэй.
sign-out-send-first = Одоо илгээгээд гарах
sign-out-keep-waiting = Гарах, өөрчлөлтийг минь энд хадгалах
signed-out-nothing-shown = Одоо энэ төхөөрөмж дээр таны бүртгэлийн юу ч харагдахгүй. Татсан сургалтууд үлдэнэ: тэдгээр нь нийтэд нээлттэй.
remove-everything-heading = Энэ төхөөрөмжөөс бүгдийг устгах
remove-everything-explain = Татсан сургалтууд, бүх бүртгэлийн илгээгээгүй өөрчлөлт, гэрчилгээ, ноорог болон хадгалсан аппыг устгана: жишээ нь төхөөрөмжийг өөр хүнд өгөхийн өмнө.
remove-everything-button = Бүгдийг устгах…
remove-everything-warning = { $count ->
    [0] Илгээгдэхийг хүлээж буй өөрчлөлт алдагдахгүй. Үүнийг буцаах боломжгүй.
    [one] Илгээгээгүй нэг өөрчлөлт алдагдана. Үүнийг буцаах боломжгүй.
   *[other] Илгээгээгүй { $count } өөрчлөлт алдагдана. Үүнийг буцаах боломжгүй.
}
remove-everything-confirm = Тийм, бүгдийг устгах
remove-everything-cancel = Бүгдийг үлдээх
verdict-revocation-unchecked = Хүчингүй болгосон эсэхийг шалгаж чадсангүй
list-age-unchecked = Энэ төхөөрөмж дээрх хүчингүй болгосон гэрчилгээний жагсаалтуудын (огноо: { $list }) аль нь ч энэ гэрчилгээг хамрахгүй; олгогчийн мэдээллийг сүүлд шалгасан: { $checked }.
