### status: draft
### Dala web client: Uzbek (uz). Drafted without a native speaker; awaiting review.

# mentoring: Uzbek

## Trenerlarning savollar qutisi: tashkilot tinglovchilarining savollari
inbox-title = Tinglovchilarning savollari
inbox-sign-in = Tashkilot tinglovchilarining savollarini oʻqish uchun shu tashkilotning treneri yoki administratori sifatida kiring.
inbox-not-allowed = Bu savollar tinglovchi tashkilotining trenerlari va administratorlari uchun. Hisobingiz ular qatorida emas.
inbox-offline = Savollarni birinchi marta ochish uchun aloqa kerak. Internetga ulaning va bu sahifani qayta oching: shundan keyin u oflayn ham ishlaydi.
inbox-kept = Internet aloqasi yoʻq: savollar shu qurilma ularni oxirgi marta oʻqigan holatda koʻrsatilgan. Javoblaringiz keyingi sinxronlashda yuboriladi.
inbox-empty = Hozircha savollar yoʻq.
inbox-more = Oldingi savollar
inbox-first-page = Eng yangi savollar
inbox-course-page = Kurs sahifasi
inbox-cohort = Guruh uchun muhokama
inbox-state-open = javob kutmoqda
inbox-state-answered = javob berildi
inbox-state-hidden = yashirilgan
inbox-lesson-text = Dars matni
inbox-marked-answered = Javob berilgan deb belgilandi.
inbox-hidden-by-you = Yashirildi.
inbox-answer-label = Sizning javobingiz
inbox-answer-hint = Uni faqat shu tinglovchi koʻradi (muhokamada esa guruhning barcha tinglovchilari). Internetsiz ham yozishingiz mumkin: javob keyingi sinxronlashda yuboriladi. Koʻpi bilan { $limit } belgi.
inbox-answer-send = Javobni yuborish
inbox-mark-answered = Javob berilgan deb belgilash
inbox-hide = Yashirish
inbox-hide-question = Bu savol yashirilsinmi? Buni faqat haqoratli yoki nojoʻya xabarlar uchun ishlating: savol shu yerda “yashirilgan” belgisi bilan qoladi va guruh qurilmalaridan oʻchiriladi.
inbox-hide-yes = Ha, yashirish
inbox-discussion-heading = Guruh uchun muhokama
inbox-discussion-about = Shu tashkilotning kursni oʻrganayotgan barcha tinglovchilari uchun mavzu ochadi: ular uni kurs sahifasida oʻqiydi va bir-birining ismlarini koʻrmasdan javob beradi. Buni shu yerda oʻzingiz qilmaguningizcha hech narsa ochilmaydi.
inbox-discussion-course = Kurs
inbox-discussion-text = Birinchi xabar
inbox-discussion-send = Muhokamani ochish
inbox-discussion-kept = Saqlandi: muhokama keyingi sinxronlashda ochiladi.
