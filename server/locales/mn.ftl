### status: draft
### Dala server: Mongolian (mn). Drafted without a native speaker; awaiting review.
# Words the server itself prints for people: the certificate PDF and the credential's criteria.
certificate-heading = Сургалт төгссөний гэрчилгээ
certificate-awarded-to = Энэхүү гэрчилгээгээр
certificate-completed = дараах сургалтыг амжилттай төгссөнийг гэрчилж байна
certificate-date = Төгссөн огноо
certificate-issuer = Олгосон байгууллага
certificate-id = Гэрчилгээний дугаар
certificate-verify = Гэрчилгээг шалгахын тулд кодыг уншуулах эсвэл энэ хаягийг нээнэ үү
certificate-criteria = Сургалтын { $version } хувилбарын бүх хичээлийг дуусгаж, бүх сорилд тэнцсэн.
# A date such as "2026 оны арван нэгдүгээр сарын 23": year, month (genitive), day.
date = { $year } оны { $month } { $day }
month-1 = нэгдүгээр сарын
month-2 = хоёрдугаар сарын
month-3 = гуравдугаар сарын
month-4 = дөрөвдүгээр сарын
month-5 = тавдугаар сарын
month-6 = зургаадугаар сарын
month-7 = долдугаар сарын
month-8 = наймдугаар сарын
month-9 = есдүгээр сарын
month-10 = аравдугаар сарын
month-11 = арван нэгдүгээр сарын
month-12 = арван хоёрдугаар сарын

## API-ийн алдаа: алдааны хариуны `message` талбар, хүсэлтийн хүссэн хэлээр (`Accept-Language`).
## Урвуу хашилтан доторх үгс нь API эсвэл сургалтын форматын нэр тул өөрчлөхгүй.
## `$detail` нь задлагчаас ирсэн англи хэл дээрх техникийн дэлгэрэнгүй.

# Хүсэлтэд нэрлэсэн зүйл байхгүй.
error-not-found-api-route = ийм API хаяг байхгүй
error-not-found-course = сургалт олдсонгүй
error-not-found-certificate = гэрчилгээ олдсонгүй
error-not-found-account = бүртгэл олдсонгүй
error-not-found-blob = файл олдсонгүй
error-not-found-join-code = нэгдэх код олдсонгүй
error-not-found-revocation-list = хүчингүй болгосон гэрчилгээний жагсаалт олдсонгүй
# Серверийн өөрийн алдаа: дэлгэрэнгүй нь зөвхөн серверийн логт байна.
error-internal = дотоод алдаа; дэлгэрэнгүй мэдээлэл серверийн логт байна
error-storage-full = серверийн диск дүүрсэн тул үүнээс юу ч хадгалаагүй; дараа дахин оролдоно уу
error-range-not-satisfiable = хүссэн хэсгийг өгөх боломжгүй
# Нэвтрэх ба сесс.
error-unauthorized = эхлээд нэвтэрнэ үү: `Authorization: Bearer <token>` илгээнэ үү
error-session-invalid = ийм сесс байхгүй; дахин нэвтэрнэ үү
error-session-expired = энэ сесс удаан хугацаанд ашиглагдаагүй тул хугацаа нь дууссан; дахин нэвтэрнэ үү
error-session-revoked = энэ сессийг дуусгасан; дахин нэвтэрнэ үү
error-wrong-credentials = нэвтрэх нэр эсвэл нууц үг буруу
error-too-many-attempts = { $seconds ->
   *[other] хэт олон удаа амжилтгүй нэвтрэх гэж оролдлоо; { $seconds } секундийн дараа дахин оролдоно уу
}
error-forbidden = энэ бүртгэл үүнийг хийх эрхгүй
error-reset-code-invalid = энэ нэвтрэх нэр болон сэргээх код хүчинтэй кодтой таарахгүй байна; сургагч багшаасаа шинэ код хүснэ үү
# Бүртгэл ба нэрс. `$field` нь доорх error-field-… мессежүүдийн нэг.
error-login-name = нэвтрэх нэр нь 3-аас 64 хүртэлх жижиг латин үсэг, тоо, цэг, доогуур зураас эсвэл зураас байна
error-login-taken = `{ $login }` нэвтрэх нэрийг өөр хүн авсан байна
error-password-length = нууц үг 8-аас 1024 хүртэл тэмдэгт байна
error-organization-exists = `{ $name }` нэртэй байгууллага аль хэдийн байна
error-field-display-name = харагдах нэр
error-field-join-code-label = нэгдэх кодын тэмдэглэгээ
error-field-organization-name = байгууллагын нэр
error-name-length = { $field }: хамгийн багадаа 1, хамгийн ихдээ { $max } тэмдэгт байна
error-name-controls = { $field }: удирдах тэмдэгт болон текстийн чиглэлийн тэмдэгт агуулж болохгүй
error-name-invisible = { $field }: үл харагдах тэмдэгт агуулж болохгүй
error-name-not-visible = { $field }: дор хаяж нэг харагдах үсэг, тоо эсвэл тэмдэг хэрэгтэй
error-name-accents = { $field }: нэг үсэг дээр хамгийн ихдээ { $max } диакритик тэмдэг байж болно
# Нэгдэх код ба сургалтад элсэх.
error-join-code-invalid = ийм нэгдэх код байхгүй; сургагч багштайгаа шалгана уу
error-join-code-expired = энэ нэгдэх кодын хугацаа дууссан; сургагч багшаасаа шинэ код хүснэ үү
error-join-code-used-up = энэ нэгдэх кодыг зөвшөөрөгдсөн тоогоор бүрэн ашигласан; сургагч багшаасаа шинэ код хүснэ үү
error-join-code-ended = энэ нэгдэх кодыг сургагч багш хүчингүй болгосон; сургагч багшаасаа шинэ код хүснэ үү
error-course-archived = `{ $course }` сургалт архивлагдсан
error-enrollment-closed = `{ $course }` сургалтад сургагч багшийн өгсөн нэгдэх кодоор элсдэг
error-no-such-course = `{ $course }` сургалт байхгүй
error-invitation-once = урилгыг нэг л удаа ашиглана: `max_uses` нь 1 байна
error-expires-in-days = `expires_in_days` нь 1-ээс 365 хүртэл байна
error-max-uses = `max_uses` нь 1-ээс 10000 хүртэл байна
error-join-code-no-course = нэгдэх код дор хаяж нэг сургалтад элсүүлэх ёстой
error-enroll-too-many = нэг удаад хамгийн ихдээ { $max } бүртгэл
error-not-a-member = `{ $account }` энэ байгууллагын гишүүн биш
# Хүсэлтийн агуулга ба параметрийн мөр.
error-json-invalid = хүсэлтийн агуулга зөв JSON биш: { $detail }
error-json-shape = хүсэлтийн агуулга дахь JSON-ы бүтэц буруу: { $detail }
error-json-content-type = агуулгыг `Content-Type: application/json` толгойтой илгээнэ үү
error-body-unreadable = хүсэлтийн агуулгыг уншиж чадсангүй: { $detail }
error-body-too-large = хүсэлтийн агуулга энэ хүсэлтийн хүлээн авах хэмжээнээс том байна
error-query-invalid = хүсэлтийн параметрийн мөр буруу: { $detail }
error-encoding-unreadable = уншигдахгүй Content-Encoding
error-encoding-unsupported = `{ $encoding }` гэсэн Content-Encoding хүлээн авахгүй: gzip эсвэл энгийн JSON илгээнэ үү
error-compressed-too-large = шахсан агуулга { $limit } байтаас их байна
error-gzip-invalid = хүсэлтийн агуулга зөв gzip биш: { $detail }
error-decompressed-too-large = задлахад агуулга { $limit } байтаас их болж байна; нэг удаад цөөн үйл явдал илгээнэ үү
error-sync-too-many-events = нэг синхрончлолд хамгийн ихдээ { $max } үйл явдал; үлдсэнийг дараа нь илгээнэ үү
# Сургагч багшид тавьсан асуулт ба хариулт (синхрончлолд хүлээн аваагүй асуулт эсвэл хариулт).
error-message-empty = асуулт эсвэл хариултад текст хэрэгтэй
error-message-too-long = асуулт эсвэл хариулт хамгийн ихдээ { $max } тэмдэгт байна
error-message-control-characters = асуулт эсвэл хариулт энгийн текст байна: удирдах тэмдэгт агуулж болохгүй
error-question-not-found = энэ асуулт байхгүй, эсвэл та үүнд бичих эрхгүй
error-question-event-taken = энэ үйл явдлын id дээр өөр хүний мессеж аль хэдийн байна
error-question-daily-limit = өдөрт хамгийн ихдээ { $max } асуулт; энэ асуултыг маргааш илгээнэ үү
error-question-no-organization = асуулт тавих байгууллага байхгүй: сургагч багшийн өгсөн кодоор байгууллагад нэгдэнэ үү
error-question-not-staff = асуултад зөвхөн тухайн асуултын байгууллагын сургагч багш нар болон администраторууд хариулна
error-question-already-answered = сургагч багшийн хариулсан асуултыг устгах боломжгүй
error-question-unknown-course = `{ $course }` сургалтын ийм хувилбар байхгүй
error-question-unknown-lesson = сургалтад `{ $lesson }` хичээл байхгүй
error-question-not-enrolled = `{ $course }` сургалтын талаар зөвхөн түүний суралцагчид асуулт тавина: сургагч багшаас нэгдэх код хүснэ үү
# Тайлан.
error-date-format = огноог ЖЖЖЖ-СС-ӨӨ хэлбэрээр бичнэ; { $text } нь огноо биш
error-period-reversed = хугацааны төгсгөл эхлэлээсээ өмнө байна
error-learners-need-organization = суралцагчдын хүснэгт нэг байгууллагынх: `organization=ID` нэмнэ үү
error-unknown-table = үл мэдэгдэх хүснэгт { $table } (хүснэгтүүд: organizations, courses, months, learners)
# Гэрчилгээ ба файл.
error-certificate-too-long = гэрчилгээ хэдхэн килобайт байдаг; энэ хэт урт байна
error-revocation-reason = 1-ээс 500 хүртэл тэмдэгттэй шалтгаан бичнэ үү
error-blob-name = файлын нэр нь SHA-256 байна: 64 жижиг арван зургаатын цифр
# Сургалт бичих. `$problems` нь ноорогийн асуудлын жагсаалт, тус бүр нь problem-at-line эсвэл problem-in-file.
error-course-slug = сургалтын богино нэр нь жижиг латин үсэг, тоо, зураасаас бүрдэх бөгөөд хамгийн ихдээ 64 тэмдэгт байна
error-course-exists = `{ $course }` нэртэй сургалт аль хэдийн байна; өөр нэр сонгоно уу
error-draft-wrong-course = энэ ноорог `{ $course }` биш, `{ $draft }` сургалтынх
error-draft-conflict = таны засварласан хувилбарын дараа өөр хүн энэ ноорогийг хадгалсан; эхлээд түүний хувилбарыг ачаална уу
error-draft-problems = нийтлэхийн өмнө эдгээр асуудлыг засна уу: { $problems }
# Байршуулсан зураг. `$limit` нь "4 KB" эсвэл "2.5 MB" гэх мэт хэмжээ.
error-image-too-large = Файлын хэмжээ { $limit } хязгаараас их байна. Жижиг зураг байршуулна уу.
error-not-an-image = Энэ файл зураг биш. JPEG, PNG, GIF эсвэл WebP зураг байршуулна уу.
error-image-format = { $format } зургийг хүлээн авахгүй. JPEG, PNG, GIF эсвэл WebP зураг байршуулна уу.
error-image-too-many-pixels = Зураг { $width } × { $height } пиксел байна; хамгийн ихдээ { $megapixels } мегапиксел хүлээн авна. Жижиг зураг байршуулна уу.
error-image-unreadable = Зургийг уншиж чадсангүй: файл гэмтсэн эсвэл дутуу байж магадгүй ({ $detail }).
error-image-alt-text-missing = Зургийг харж чадахгүй суралцагчдад зориулж богино текстээр тайлбарлана уу.

## Сургалтын асуудал: `dala course check` сургалтын хавтсанд юу хэвлэдэг, засварлагч ноорогийн
## хажууд юу харуулдаг. Урвуу хашилтан доторх үгс нь файлын нэр, сургалтын форматын түлхүүр, утга тул өөрчлөхгүй.

# Нэг асуудал ба байршил: `$file` нь 03-media.md гэх мэт, `$line` мөрийн дугаар, `$problem` асуудал.
problem-at-line = { $file }:{ $line }: { $problem }
problem-in-file = { $file }: { $problem }
# Сургалтын хавтас ба файлууд.
problem-unreadable = уншиж чадахгүй: { $detail }
problem-folder-name = сургалтын хавтасны нэр жижиг латин үсэг, тоо, зураасаас бүрдэнэ
problem-quiz-file-name = сорилын файлын нэр `03-quiz-id.quiz.toml` хэлбэртэй байх ёстой
problem-lesson-file-name = хичээлийн файлын нэр `01-lesson-id.md` хэлбэртэй байх ёстой
problem-unexpected-file = илүү файл: сургалтын хавтсанд course.toml, `NN-id.md` нэртэй хичээлүүд, `NN-id.quiz.toml` нэртэй сорилууд болон зургууд (png, jpg, gif, webp, svg) байна
problem-metadata-missing = алга: сургалт бүрт тайлбар файл хэрэгтэй
problem-number-twice = хичээлийн дугаарыг хоёр удаа ашигласан ({ $files }): дараалал тодорхойгүй
problem-duplicate-id = давхардсан id `{ $id }` ({ $file } файлд ч бас байна)
problem-no-lessons = хичээл алга: `01-introduction.md` гэх мэт нэртэй Markdown файл нэмнэ үү
problem-too-many-items = { $count } хичээл, сорил байна: нэг сургалтад хамгийн ихдээ { $max } байж болно
problem-too-many-images = { $count } зураг байна: нэг сургалтад хамгийн ихдээ { $max } байж болно
problem-not-utf8 = зөв UTF-8 биш: файлыг UTF-8 кодчлолоор хадгална уу
# Тайлбар файл, course.toml. `$key` нь `title` гэх мэт түлхүүр.
problem-toml-invalid = зөв TOML биш: { $detail }
problem-key-empty = `{ $key }` хоосон байж болохгүй
problem-key-not-string = `{ $key }` нь тэмдэгт мөр байх ёстой
problem-key-not-list = `{ $key }` нь тэмдэгт мөрүүдийн жагсаалт байх ёстой
problem-key-too-long = `{ $key }` нь { $max } тэмдэгтээс урт байна
problem-key-too-many = `{ $key }` дотор { $max } гаруй бичлэг байна
problem-key-entry-too-long = `{ $key }` доторх нэг бичлэг { $max } тэмдэгтээс урт байна
problem-language-tag = `{ $tag }` нь `en`, `ru`, `kk` гэх мэт хэлний код биш
problem-authors-empty = `authors` дотор дор хаяж нэг зохиогч байх ёстой
problem-open-not-boolean = `open` нь true эсвэл false байх ёстой
problem-not-a-slug = `{ $slug }` нь сургалтын богино нэр биш
problem-unknown-key = тайлбарын үл мэдэгдэх түлхүүр `{ $key }` (мэдэгдэх түлхүүрүүд: { $known })
problem-required-key = заавал байх `{ $key }` түлхүүр алга
problem-translation-missing = `{ $course }` орчуулга энэ хавтас дахь сургалт биш
problem-translation-unknown = `{ $course }` орчуулга энэ сервер дээрх өөр сургалт биш
problem-translation-other-organization = `{ $course }` орчуулга өөр байгууллагынх
problem-key-not-table = `{ $key }` нь хүснэгт байх ёстой, жишээ нь `[{ $key }]`
problem-key-not-slug = `{ $key }` нь сургалтын богино нэр байх ёстой
problem-translation-status = `translation.status` нь "draft" эсвэл "reviewed" байх ёстой
problem-translation-hash = `{ $lesson }` хичээлийн `translation.lessons` нь SHA-256 байх ёстой: жижиг үсгээр бичсэн 64 арван зургаатын цифр
problem-translation-lesson-unknown = `translation.lessons` дотор `{ $lesson }` заасан боловч энэ сургалтад ийм хичээл байхгүй
problem-translation-source-itself = `translation.source` нь энэ сургалтыг өөрийг нь заасан байна
problem-translation-source-missing = орчуулгын эх сургалт `{ $course }` энэ хавтаст байхгүй
problem-translation-source-unknown = орчуулгын эх сургалт `{ $course }` энэ сервер дээр байхгүй
# Хичээл.
problem-lesson-too-large = хичээл хамгийн ихдээ { $max } КБ текст байна; энэ хичээл { $size } КБ
problem-second-title = зөвхөн эхний мөр 1-р түвшний гарчиг (`# `) байж болно
problem-no-title = хичээл өөрийн гарчгаар, 1-р түвшний гарчгаар эхлэх ёстой (`# Гарчиг`)
problem-title-too-long = гарчиг { $max } тэмдэгтээс урт байна
problem-too-deep = энэ хичээлд элементүүд бие биенийхээ дотор { $max } түвшнээс гүн орсон байна (ишлэл, жагсаалт эсвэл HTML тэг); үүнийг хялбаршуулна уу
problem-too-many-elements = энэ хичээлд { $max } гаруй элемент байна (догол мөр, жагсаалтын мөр, тэг); үүнийг хэд хэдэн хичээл болгон хуваана уу
# Сургалтын зураг.
problem-image-external = `{ $image }` зураг сургалтын хавтсанд байгаа файл байх ёстой: суралцагчид офлайн суралцдаг
problem-image-not-found = `{ $image }` зураг сургалтын хавтсанд олдсонгүй
problem-image-alt = `{ $image }` зурагт орлуулах текст хэрэгтэй: `![юуг харуулж байгаа]({ $image })`
problem-image-name = зургийн нэр жижиг латин үсэг, тоо, зураасаас бүрдэж, зургийн өргөтгөлтэй байх ёстой
problem-image-missing = энэ зураг сервер дээр алга: дахин байршуулна уу
# Сорил. `$kind` нь single_choice гэх мэт асуултын төрөл.
problem-quiz-invalid = зөв сорил биш: { $detail }
problem-quiz-too-many-questions = сорилд хамгийн ихдээ { $max } асуулт байж болно
problem-pass-mark = `pass_mark` нь 1-ээс 100 хүртэлх хувь байна
problem-max-attempts = `max_attempts` дор хаяж 1 байх ёстой (хязгааргүй бол үүнийг бичихгүй орхино уу)
problem-no-questions = сорилд дор хаяж нэг `[[questions]]` хэрэгтэй
# Нэг асуултын асуудал: `$number` нь асуултын дугаар, `$problem` доорх мессежүүдийн нэг.
problem-question = асуулт { $number }: { $problem }
problem-options = `options` хэрэгтэй: дор хаяж хоёр, аль нь ч хоосон биш
problem-option-number = хувилбарын дугаар 1-ээс { $count } хүртэл байна; { $number } энэ хязгаарт ороогүй
problem-key-not-for-kind = `{ $key }` нь { $kind } төрлийн асуултад хамаарахгүй
problem-answer-single = `answer` хэрэгтэй: зөв хувилбарын дугаар
problem-answers-multiple = `answers` хэрэгтэй: бүх зөв хувилбарын дугаар
problem-answers-twice = `answers` дотор нэг хувилбарыг хоёр удаа заасан
problem-answer-true-false = `answer = true` эсвэл `answer = false` хэрэгтэй
problem-accepted = `accepted` хэрэгтэй: хүлээн авах хариултууд, аль нь ч хоосон биш
problem-unknown-kind = үл мэдэгдэх төрөл `{ $kind }` (төрлүүд: { $kinds })
problem-question-too-long = хэт урт: `prompt` болон `explanation` тус бүрд хамгийн ихдээ { $prompt } тэмдэгт, тус бүр { $option } тэмдэгттэй { $options } `options`, тус бүр { $answer } тэмдэгттэй { $accepted } `accepted` хариулт байж болно

# Тушаалын мөрөнд `dala course check`. `$course` — сургалтын богино нэр, `$lesson` — хичээлийн танигч.
check-source-changed = { $course }: `{ $lesson }` хичээл: орчуулсны дараа эх нь өөрчлөгдсөн
check-not-tracked = { $course }: `{ $lesson }` хичээл: хянагдаагүй (`[translation.lessons]` дотор хэш байхгүй)
check-not-translated = { $course }: эх сургалтын `{ $lesson }` хичээл орчуулагдаагүй
check-gone-from-source = { $course }: `{ $lesson }` хичээл: эх сургалтад энэ хичээл байхаа больсон
check-source-missing = { $course }: `{ $source }` эх сургалт олдсонгүй
check-warning = анхааруулга: { $warning }
check-clean = { $courses ->
    [one] { $courses } сургалт шалгасан: асуудал байхгүй
   *[other] { $courses } сургалт шалгасан: асуудал байхгүй
}
check-clean-with-warnings = { $courses ->
    [one] { $courses } сургалт шалгасан: асуудал байхгүй
   *[other] { $courses } сургалт шалгасан: асуудал байхгүй
}, { $warnings ->
    [one] { $warnings } анхааруулга
   *[other] { $warnings } анхааруулга
}
check-problems = { $problems ->
    [one] { $problems } асуудал
   *[other] { $problems } асуудал
}

# Сүлжээ тасарсан үед дамжуулдаг файлууд: төхөөрөмжийн түлхүүр, хүлээн аваагүй ахицын файлууд.
error-device-key-invalid = төхөөрөмжийн түлхүүр нь 64 арван зургаатын цифрээр бичсэн 32 байт бөгөөд гарын үсгийн түлхүүр нь хүчинтэй Ed25519 түлхүүр байх ёстой
error-device-key-taken = энэ төхөөрөмжийн түлхүүр өөр бүртгэлд бүртгэгдсэн эсвэл хүчингүй болсон: шинийг үүсгэхийн тулд дахин нэвтэрнэ үү
error-file-not-this-kind = энэ нь Dala ахицын файл биш
error-file-truncated = файл төгсгөлдөө хүрэхээсээ өмнө тасарсан: дахин хуулах эсвэл илгээнэ үү
error-file-too-large = файл ахицын файлын байж болох хэмжээнээс том байна
error-file-other-installation = файлыг өөр Dala серверт зориулж үүсгэсэн, эсвэл үүсгэсний дараа өөрчилсөн
error-file-altered = файлыг үүсгэсний дараа өөрчилсөн
error-file-malformed = файлын дотор гэмтсэн
error-file-unknown-device = энэ файлыг үүсгэсэн төхөөрөмж энд бүртгэгдээгүй: суралцагч холболттой үедээ тэр төхөөрөмж дээр нэг удаа нэвтрэх хэрэгтэй
error-file-other-account = файлд түүнд гарын үсэг зурсан төхөөрөмжийн бүртгэл биш, өөр бүртгэл заасан байна
error-file-device-ended = энэ файлыг үүсгэсэн төхөөрөмжийг хүчингүй болгосон (түүний бүртгэлийн сессүүдийг дуусгасан): суралцагч дахин нэвтэрч, шинэ файл үүсгэнэ
