### status: draft
### Dala web client: Turkmen (tk). Drafted without a native speaker; awaiting review.
sign-in-new-here = Bu ýerde täzemisiňiz? Tälimçiňiz size goşulma koduny berer.
sign-in-forgot = Açar sözüňizi ýatdan çykardyňyzmy? Tälimçiňiz size dikeltme koduny berip biler.
sign-in-reset-link = Dikeltme kody bilen täze açar sözüni goýmak
join-have-account = Hasabyňyz barmy? Giriň
join-login-too-short = Login iň azyndan 3 simwoldan ybarat bolmaly.
join-login-too-long = Login iň köp 64 simwoldan ybarat bolup biler.
join-login-space = Loginde boşluk bolup bilmez: onuň ýerine nokat, defis ýa-da aşaky çyzyk ulanyň (meselem, dilnoza.k).
join-login-character = Loginde diňe latyn harplary, sanlar, nokatlar, defisler we aşaky çyzyklar bolup biler: “{ $character }” simwoly rugsat edilmeýär.
catalog-welcome = Okap başlaň
catalog-welcome-text = Tälimçiňizden goşulma koduny aldyňyzmy? Onuň bilen hasap dörediň. Hasabyňyz barmy? Giriň.
course-continue = Dowam etmek: sapak { $number } · { $title }
course-closed = Bu kurs guramanyň diňleýjileri üçin: tälimçiňizden goşulma koduny soraň.
course-closed-on-device = Kurs şu enjamda bar, emma ondaky netijeleriňizi serwere iberip bolmaýar.
lesson-complete-continue = Tamamlamak we dowam etmek
lesson-go-quiz = Teste geçmek
lesson-go-next = Indiki sapak
lesson-go-course = Kursa gaýtmak
