### status: draft
### Dala web client: Turkmen (tk). Drafted without a native speaker; awaiting review.

# mentoring: Turkmen

## Tälimçileriň soraglar gutusy: guramanyň diňleýjileriniň soraglary
inbox-title = Diňleýjileriň soraglary
inbox-sign-in = Bu guramanyň diňleýjileriniň soraglaryny okamak üçin onuň tälimçisi ýa-da administratory hökmünde giriň.
inbox-not-allowed = Bu soraglar diňleýjiniň guramasynyň tälimçileri we administratorlary üçin. Hasabyňyz olaryň hataryndan däl.
inbox-offline = Soraglary ilkinji gezek açmak üçin baglanyşyk gerek. Internete birikiň we bu sahypany täzeden açyň: soňra ol oflaýn hem işleýär.
inbox-kept = Internet baglanyşygy ýok: soraglar şu enjamyň olary soňky gezek okan görnüşinde görkezilýär. Jogaplaryňyz indiki sinhronlamada iberiler.
inbox-empty = Entek sorag ýok.
inbox-more = Öňki soraglar
inbox-first-page = Iň täze soraglar
inbox-course-page = Kursuň sahypasy
inbox-cohort = Topar üçin ara alyp maslahatlaşma
inbox-state-open = jogaba garaşýar
inbox-state-answered = jogap berildi
inbox-state-hidden = gizlenen
inbox-lesson-text = Sapagyň teksti
inbox-marked-answered = Jogap berildi diýip bellendi.
inbox-hidden-by-you = Gizlendi.
inbox-answer-label = Siziň jogabyňyz
inbox-answer-hint = Ony diňe şu diňleýji görýär (ara alyp maslahatlaşmada toparyň ähli diňleýjileri). Internetsiz hem ýazyp bilersiňiz: jogap indiki sinhronlamada iberiler. Iň köp { $limit } nyşan.
inbox-answer-send = Jogaby iber
inbox-mark-answered = Jogap berildi diýip bellemek
inbox-hide = Gizle
inbox-hide-question = Bu sorag gizlensinmi? Muny diňe kemsidiji ýa-da ýerliksiz ýazgylar üçin ulanyň: sorag şu ýerde “gizlenen” belligi bilen galýar we toparyň enjamlaryndan aýrylýar.
inbox-hide-yes = Hawa, gizle
inbox-discussion-heading = Topar üçin ara alyp maslahatlaşma
inbox-discussion-about = Bu guramanyň kursy okaýan ähli diňleýjileri üçin tema açýar: olar ony kursuň sahypasynda okaýarlar we biri-biriniň atlaryny görmezden jogap berýärler. Muny şu ýerde özüňiz etmeseňiz, hiç zat açylmaýar.
inbox-discussion-course = Kurs
inbox-discussion-text = Ilkinji habar
inbox-discussion-send = Ara alyp maslahatlaşmany aç
inbox-discussion-kept = Saklandy: ara alyp maslahatlaşma indiki sinhronlamada açylar.
