### status: draft
### Dala web client: Uzbek (uz). Drafted without a native speaker; awaiting review.
sign-in-new-here = Bu yerda yangimisiz? Treneringiz sizga qoʻshilish kodini beradi.
sign-in-forgot = Parolingizni unutdingizmi? Treneringiz sizga tiklash kodini bera oladi.
sign-in-reset-link = Tiklash kodi bilan yangi parol oʻrnatish
join-have-account = Hisobingiz bormi? Kiring
join-login-too-short = Login kamida 3 ta belgidan iborat boʻlishi kerak.
join-login-too-long = Login koʻpi bilan 64 ta belgidan iborat boʻladi.
join-login-space = Loginda boʻshliq boʻlishi mumkin emas: uning oʻrniga nuqta, chiziqcha yoki pastki chiziq ishlating (masalan, dilnoza.k).
join-login-character = Loginda faqat lotin harflari, raqamlar, nuqta, chiziqcha va pastki chiziq boʻlishi mumkin: “{ $character }” belgisiga ruxsat yoʻq.
catalog-welcome = Oʻqishni boshlang
catalog-welcome-text = Treneringizdan qoʻshilish kodini oldingizmi? U bilan hisob yarating. Hisobingiz bormi? Kiring.
course-continue = Davom etish: { $number }-dars · { $title }
course-closed = Bu kurs tashkilot tinglovchilari uchun: treneringizdan qoʻshilish kodini soʻrang.
course-closed-on-device = Kurs shu qurilmada bor, lekin undagi natijalaringizni serverga yuborib boʻlmaydi.
lesson-complete-continue = Tugatish va davom etish
lesson-go-quiz = Testga oʻtish
lesson-go-next = Keyingi dars
lesson-go-course = Kursga qaytish
