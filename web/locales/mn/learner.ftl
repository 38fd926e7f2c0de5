### status: draft
### Dala web client: Mongolian (mn). Drafted without a native speaker; awaiting review.
# learner: Mongolian
sign-in-new-here = Анх удаа ирж байна уу? Сургагч багш тань танд нэгдэх код өгнө.
sign-in-forgot = Нууц үгээ мартсан уу? Сургагч багш тань танд сэргээх код өгч болно.
sign-in-reset-link = Сэргээх кодоор шинэ нууц үг тохируулах
join-have-account = Бүртгэлтэй юу? Нэвтрэх
join-login-too-short = Нэвтрэх нэр дор хаяж 3 тэмдэгттэй байх ёстой.
join-login-too-long = Нэвтрэх нэр хамгийн ихдээ 64 тэмдэгттэй байна.
join-login-space = Нэвтрэх нэрд хоосон зай байж болохгүй: оронд нь цэг, зураас эсвэл доогуур зураас хэрэглэнэ үү (жишээ нь dilnoza.k).
join-login-character = Нэвтрэх нэрд зөвхөн латин үсэг, тоо, цэг, зураас, доогуур зураас байж болно: “{ $character }” тэмдэгтийг хэрэглэх боломжгүй.
catalog-welcome = Суралцаж эхлэх
catalog-welcome-text = Сургагч багшаасаа нэгдэх код авсан уу? Түүгээр бүртгэлээ үүсгэнэ үү. Бүртгэлтэй бол нэвтэрнэ үү.
course-continue = Үргэлжлүүлэх: хичээл { $number } · { $title }
course-closed = Энэ сургалт нь байгууллагын суралцагчдад зориулагдсан: сургагч багшаасаа нэгдэх код хүснэ үү.
course-closed-on-device = Энэ төхөөрөмж дээр байгаа ч үүн дэх таны ахицыг сервер рүү илгээх боломжгүй.
lesson-complete-continue = Дуусгаад үргэлжлүүлэх
lesson-go-quiz = Сорил руу үргэлжлүүлэх
lesson-go-next = Дараагийн хичээл
lesson-go-course = Сургалт руу буцах
ask-heading = Сургагч багшаасаа асуух
ask-sign-in = Энэ хичээлийн талаар сургагч багшдаа асуулт асуухын тулд нэвтэрнэ үү.
ask-label = Энэ хичээлийн талаарх таны асуулт
ask-hint = Үүнийг танай байгууллагын сургагч багш нар уншина. Холболтгүй үед ч бичиж болно: дараагийн синхрончлолоор илгээгдэнэ. Хамгийн ихдээ { $limit } тэмдэгт.
ask-sign-in-course = Энэ сургалтын талаар сургагч багшдаа асуулт асуухын тулд нэвтэрнэ үү.
ask-label-course = Энэ сургалтын талаарх таны асуулт
ask-send = Асуулт илгээх
ask-thread = Асуулт { $number }
ask-state-waiting = илгээгдэхийг хүлээж байна
ask-state-sent = илгээсэн, хариу хүлээж байна
ask-state-answered = хариулсан
ask-by-me = Та
ask-by-learner = Өөр суралцагч
ask-marked-answered = Сургагч багш энэ асуултыг хариулсан гэж тэмдэглэсэн.
ask-delete = Асуултаа устгах
ask-follow-up-label = Энэ асуултад нэмж бичих
ask-follow-up-send = Илгээх
header-new-answers = { $count } шинэ хариулт
