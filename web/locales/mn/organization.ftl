### status: draft
### Dala web client: Mongolian (mn). Drafted without a native speaker; awaiting review.
# organization: Mongolian

## Failures of the organization's routes
error-join-code-ended = Энэ кодыг сургагч багш тань зогсоосон. Түүнээс шинэ код хүснэ үү.
error-reset-code-invalid = Энэ сэргээх код ажиллахгүй байна: буруу бичсэн, аль хэдийн ашигласан, шинэ кодоор солигдсон эсвэл 72 цагаас өмнө үүссэн байж магадгүй. Нэвтрэх нэр болон кодоо шалгах эсвэл сургагч багшаасаа шинэ код хүснэ үү.
error-course-archived = Энэ сургалт архивлагдсан: одоо санал болгогдохгүй. Өөр сургалт сонгох эсвэл эхлээд үүнийг дахин харуулна уу.

## One organization's page
org-title = Байгууллага
org-sign-in = Энэ байгууллагыг удирдахын тулд түүний сургагч багш эсвэл администратороор нэвтэрнэ үү.
org-not-allowed = Энэ хуудас энэ байгууллагын сургагч багш, администраторуудад зориулагдсан. Таны бүртгэл тэдний нэг биш.
org-offline = Энэ хуудсанд сервертэй холболт хэрэгтэй. Интернэтэд холбогдоод дахин оролдоно уу.
org-forbidden = Таны бүртгэл энэ байгууллагад үүнийг хийх эрхгүй.
org-contents = Энэ хуудсанд
org-confirm-cancel = Цуцлах
org-role-learner = Суралцагч
org-role-trainer = Сургагч багш
org-role-administrator = Администратор
org-column-label = Тэмдэглэгээ
org-column-courses = Сургалтууд
org-column-course = Сургалт
org-column-role = Үүрэг
org-column-roles = Үүргүүд
org-column-uses = Ашигласан
org-column-expires = Дуусах огноо
org-column-state = Төлөв
org-column-action = Үйлдэл
org-column-member = Гишүүн
org-column-learner = Суралцагч
org-column-learners = Суралцагчид
org-column-access = Элсэлт
org-column-catalog = Каталог
org-column-issued = Олгосон огноо

## Join codes
org-codes-heading = Нэгдэх кодууд
org-codes-explained = Нэгдэх кодоор суралцагчид бүртгэлээ үүсгэж, таны сонгосон сургалтуудыг авна. Холбоос эсвэл QR кодыг нь хуваалцах, эсвэл кодыг чангаар уншиж өгнө үү.
org-codes-table = Энэ байгууллагын нэгдэх кодууд
org-code-new = Шинэ нэгдэх код
org-code-for = Код хэнд зориулагдсан
org-code-for-learners = Суралцагчид (бүлэг)
org-code-for-trainer = Нэг шинэ сургагч багш
org-code-for-administrator = Нэг шинэ администратор
org-code-invitation-hint = Урилга нь нэг хүнд зориулагдсан: нэг л удаа ажиллана.
org-code-courses = Кодоор олгох сургалтууд
org-code-no-courses = Энэ байгууллагад олгох сургалт хараахан алга.
org-code-label = Тэмдэглэгээ (танд: код хэнд зориулагдсан)
org-code-label-hint = Жишээ нь "Ош, 3-р сарын бүлэг". Суралцагчид үүнийг харахгүй.
org-code-max-uses = Үүгээр хэдэн хүн нэгдэж болох
org-code-days = Дуусах хүртэлх хоног
org-code-create = Нэгдэх код үүсгэх
org-code-create-invitation = Урилга үүсгэх
org-code-card-title = Шинэ нэгдэх код
org-code-card-invitation = Нэг хүний урилга: { $role }
org-code-card-open = Суралцагчид энэ холбоосыг утсан дээрээ нээнэ, эсвэл нэгдэх хуудсыг нээгээд кодыг бичнэ:
org-code-card-limits = { $uses ->
    [one] Нэг хүнд
   *[other] { $uses } хүнд
  } ажиллана, дуусах огноо: { $date }.
org-code-card-once = Код зөвхөн одоо харагдана: сервер дахин харуулах хуулбар хадгалдаггүй. Энэ хуудаснаас гарахаасаа өмнө хуулах, хэвлэх эсвэл бичиж авна уу.
org-code-qr = Нэгдэх холбоосын QR код
org-code-copy = Холбоос хуулах
org-code-copied = Холбоосыг хууллаа.
org-code-copy-failed = Энэ хөтөч хуулахыг зөвшөөрсөнгүй. Дээрх холбоосыг сонгоод гараар хуулна уу.
org-code-print = Хэвлэх
org-code-no-label = (тэмдэглэгээгүй)
org-codes-none = Нэгдэх код хараахан алга.
org-code-uses = { $uses } / { $max }
org-code-active = Идэвхтэй
org-code-ended = Зогсоосон
org-code-expired = Хугацаа дууссан
org-code-used-up = Бүрэн ашигласан
org-code-end = Кодыг зогсоох
org-code-end-question = Энэ кодыг зогсоох уу? Үүгээр дахин хэн ч нэгдэх боломжгүй; үүгээр үүсгэсэн бүртгэлүүд хэвээр үлдэнэ.
org-code-end-yes = Тийм, зогсоох

## Members
org-members-heading = Гишүүд
org-members-search = Нэр эсвэл нэвтрэх нэрээр хайх
org-members-table = Энэ байгууллагын гишүүд
org-reset = Нууц үг сэргээх
org-reset-question = Сэргээх код үүсгэх үү (хэрэглэгч: { $name })? Шинэ нууц үг тохируулмагц одоогийн нууц үг нь ажиллахаа болино.
org-reset-yes = Тийм, код үүсгэх
org-reset-card-title = Сэргээх код: { $name }
org-reset-code = Сэргээх код
org-reset-card-how = Энэ нэвтрэх нэр болон кодыг { $name } хэрэглэгчид биечлэн өгнө үү. Код 72 цаг ({ $date } хүртэл) хүчинтэй бөгөөд нэг л удаа ажиллана: тэр доорх хуудсыг нээж, хоёуланг нь бичээд шинэ нууц үг сонгоно.
org-reset-card-once = Код зөвхөн одоо харагдана. Дахин код үүсгэвэл энэ нь солигдоно.
org-end-sessions = Сессүүдийг дуусгах
org-end-sessions-question = { $name } хэрэглэгчийг бүх төхөөрөмжөөс гаргах уу (утсаа гээсэн бол)? Сервер дээрх ахиц нь хадгалагдана.
org-end-sessions-yes = Тийм, бүх газраас гаргах
org-sessions-ended = { $count ->
    [0] { $name } хаана ч нэвтрээгүй байсан.
    [one] { $name } хэрэглэгчийн нэг сессийг дуусгалаа.
   *[other] { $name } хэрэглэгчийн { $count } сессийг дуусгалаа.
  }
org-give-heading = Сургалт олгох
org-give-explained = Хүснэгтэд гишүүдийг чагтлаад, сургалт сонгож тэдэнд олгоно уу. Аль хэдийн авсан хүмүүсийг алгасна.
org-give-course = Сургалт
org-give-button = { $count ->
    [0] Эхлээд хүснэгтэд гишүүдийг чагтална уу
    [one] Нэг гишүүнд олгох
   *[other] { $count } гишүүнд олгох
  }
org-give-done = { $count ->
    [0] Сонгосон бүх хүнд энэ сургалт аль хэдийн байсан.
    [one] Нэг гишүүнд сургалтыг олголоо.
   *[other] { $count } гишүүнд сургалтыг олголоо.
  }

## Courses
org-courses-heading = Сургалтууд
org-courses-explained = Энэ байгууллагын суралцагчдад байгаа эсвэл олгож болох сургалтууд. Архивласан сургалт каталогт харагдахгүй; түүнийг авсан хүмүүс үргэлжлүүлэн үзэж, гэрчилгээ нь хүчинтэй хэвээр байна.
org-courses-table = Энэ байгууллагын сургалтууд
org-course-open = Бүгдэд нээлттэй
org-course-closed = Нэгдэх кодоор
org-course-archived = Архивласан
org-course-shown = Каталогт байгаа
org-course-archive = Архивлах
org-course-archive-named = Архивлах: { $course }
org-course-unarchive = Дахин харуулах
org-course-unarchive-named = Дахин харуулах: { $course }

## Certificates
org-certificates-heading = Гэрчилгээ
org-certificates-explained = Энэ байгууллагаар дамжуулан авсан сургалт төгссөний гэрчилгээнүүд. Зөвхөн алдаанаас олгосон эсвэл шударга бусаар авсан бол хүчингүй болгоно уу: шалгасан хүн таны шалтгааныг харна.
org-certificates-table = Энэ байгууллагын гэрчилгээнүүд
org-certificate-valid = Хүчинтэй
org-certificates-none = Гэрчилгээ хараахан алга.
org-certificate-revoked = Хүчингүй болгосон огноо: { $date }. Шалтгаан: { $reason }
org-certificate-revoke = Хүчингүй болгох
org-certificate-reason = Шалтгаан (шалгасан хүнд харагдана)
org-certificate-revoke-yes = Гэрчилгээг хүчингүй болгох

## Organizations
orgs-title = Байгууллагууд
orgs-none = Энэ хуудас сургагч багш, администраторуудад зориулагдсан. Таны бүртгэл ямар ч байгууллага удирддаггүй.
orgs-own-heading = Таны удирддаг байгууллагууд
orgs-all-heading = Бүх байгууллага
orgs-table = Энэ сервер дээрх бүх байгууллага
orgs-column-name = Нэр
orgs-none-yet = Байгууллага хараахан алга.
orgs-column-members = Гишүүд
orgs-column-created = Үүсгэсэн огноо
orgs-new-heading = Шинэ байгууллага
orgs-name = Байгууллагын нэр
orgs-create = Байгууллага үүсгэх
orgs-created = { $name } үүсгэгдлээ.
orgs-open = Нээх

## Setting a new password with a reset code
reset-title = Шинэ нууц үг тохируулах
reset-intro = Нууц үгээ мартсан уу? Сургагч багшаасаа сэргээх код хүсээд, энд нэвтрэх нэр, код болон шинэ нууц үгээ бичнэ үү.
reset-code = Сэргээх код
reset-code-hint = Сургагч багшийн тань өгсөн 12 үсэг, тоо. Том жижиг үсэг, зураас хамаагүй.
reset-new-password = Шинэ нууц үг
reset-new-password-again = Шинэ нууц үг дахин
reset-mismatch = Хоёр нууц үг өөр байна. Ижил шинэ нууц үгийг хоёр удаа бичнэ үү.
reset-button = Нууц үг тохируулаад нэвтрэх
reset-sign-in = Нууц үгээ санаж байна уу? Нэвтрэх
org-questions-link = Суралцагчдын асуултууд

# Интернэт тасарсан газраас авчирсан суралцагчийн ахицын файл.
org-carried-heading = Суралцагчийн ахицын файл
org-carried-explained = Интернэт тасарсан газар байгаа суралцагч ахицаа файлд (төгсгөл нь .dalp) хадгалаад танд өгнө. Онлайн байхдаа үүнийг энд импортлоно уу: файл хэдэн ч удаа ирсэн түүний өөрчлөлтүүд зөвхөн нэг удаа хадгалагдах бөгөөд танд түүний төхөөрөмж рүү буцааж аваачих хариу файл хадгалагдана. Хоёр файлыг хоёуланг нь зөвхөн энэ систем уншиж чадна.
org-carried-label = Ахицын файлыг сонгоно уу
org-carried-done = { $count ->
    [one] Нэг өөрчлөлт хадгалагдлаа
   *[other] { $count } өөрчлөлт хадгалагдлаа
}{ $refused ->
    [0] .
   *[other] , { $refused } өөрчлөлтөөс татгалзлаа.
} Хариу файл хадгалагдлаа: үүнийг суралцагчид буцааж өгнө үү, тэр үүнийг “Интернэтгүй үед” хуудсанд нээнэ.
