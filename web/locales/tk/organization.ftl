### status: draft
### Dala web client: Turkmen (tk). Drafted without a native speaker; awaiting review.

## Guramanyň soraglaryndaky ýalňyşlar
error-join-code-ended = Bu kody tälimçiňiz ýatyrdy. Ondan täzesini soraň.
error-reset-code-invalid = Bu dikeltme kody işlemeýär: ol ýalňyş ýazylan, eýýäm ulanylan, täzesi bilen çalşylan ýa-da 72 sagatdan köneräk bolmagy mümkin. Logini we kody barlaň ýa-da tälimçiňizden täze kod soraň.
error-course-archived = Bu kurs arhiwde: ol indi hödürlenmeýär. Başga kurs saýlaň ýa-da ilki ony ýene görkeziň.

## Bir guramanyň sahypasy
org-title = Gurama
org-sign-in = Bu guramany dolandyrmak üçin onuň tälimçisi ýa-da administratory hökmünde giriň.
org-not-allowed = Bu sahypa şu guramanyň tälimçileri we administratorlary üçin. Hasabyňyz olaryň hataryndan däl.
org-offline = Bu sahypa üçin serwere baglanyşyk gerek. Internete birikiň we täzeden synanyşyň.
org-forbidden = Hasabyňyz bu guramada muny edip bilmeýär.
org-contents = Bu sahypada
org-confirm-cancel = Goýbolsun
org-role-learner = Diňleýji
org-role-trainer = Tälimçi
org-role-administrator = Administrator
org-column-label = Bellik
org-column-courses = Kurslar
org-column-course = Kurs
org-column-role = Wezipe
org-column-roles = Wezipeler
org-column-uses = Ulanyldy
org-column-expires = Gutarýan senesi
org-column-state = Ýagdaýy
org-column-action = Hereket
org-column-member = Agza
org-column-learner = Diňleýji
org-column-learners = Diňleýjiler
org-column-access = Ýazylma
org-column-catalog = Katalog
org-column-issued = Berlen senesi

## Goşulma kodlary
org-codes-heading = Goşulma kodlary
org-codes-explained = Goşulma kody diňleýjilere hasap döretmäge mümkinçilik berýär we olara siziň saýlan kurslaryňyzy berýär. Onuň salgylanmasyny ýa-da QR koduny paýlaşyň ýa-da ony sesli okap beriň.
org-codes-table = Bu guramanyň goşulma kodlary
org-code-new = Täze goşulma kody
org-code-for = Kod kim üçin
org-code-for-learners = Diňleýjiler (topar)
org-code-for-trainer = Bir täze tälimçi
org-code-for-administrator = Bir täze administrator
org-code-invitation-hint = Çakylyk bir adam üçin: ol bir gezek işleýär.
org-code-courses = Koduň berýän kurslary
org-code-no-courses = Bu guramada entek berip boljak kurs ýok.
org-code-label = Bellik (özüňiz üçin: kod kime niýetlenen)
org-code-label-hint = Meselem, "Oş, mart topary". Diňleýjiler ony görmeýär.
org-code-max-uses = Onuň bilen näçe adam goşulyp biler
org-code-days = Gutarmagyna näçe gün
org-code-create = Goşulma koduny döretmek
org-code-create-invitation = Çakylyk döretmek
org-code-card-title = Täze goşulma kody
org-code-card-invitation = Çakylyk: { $role }, bir adam üçin
org-code-card-open = Diňleýjiler bu salgylanmany telefonynda açýar ýa-da goşulma sahypasyny açyp, kody ýazýar:
org-code-card-limits = { $uses ->
    [one] Bir adam
   *[other] { $uses } adam
  } üçin, { $date } senesine çenli işleýär.
org-code-card-once = Kod diňe häzir görkezilýär: serwer ony ýene görkezer ýaly nusgasyny saklamaýar. Bu sahypadan çykmazdan öň ony göçüriň, çap ediň ýa-da ýazyp alyň.
org-code-qr = Goşulma salgylanmasynyň QR kody
org-code-copy = Salgylanmany göçürmek
org-code-copied = Salgylanma göçürildi.
org-code-copy-failed = Bu brauzer göçürmäge rugsat bermedi. Ýokardaky salgylanmany saýlap, el bilen göçüriň.
org-code-print = Çap etmek
org-code-no-label = (belliksiz)
org-codes-none = Entek goşulma kodlary ýok.
org-code-uses = { $uses } / { $max }
org-code-active = Işjeň
org-code-ended = Ýatyryldy
org-code-expired = Möhleti geçdi
org-code-used-up = Doly ulanyldy
org-code-end = Kody ýatyrmak
org-code-end-question = Bu kod ýatyrylsynmy? Indi onuň bilen hiç kim goşulyp bilmez; onuň bilen döredilen hasaplar galýar.
org-code-end-yes = Hawa, ýatyrmak

## Agzalar
org-members-heading = Agzalar
org-members-search = Ady ýa-da logini boýunça gözlemek
org-members-table = Bu guramanyň agzalary
org-reset = Açar sözüni dikeltmek
org-reset-question = { $name } üçin dikeltme kody döredilsinmi? Ol täze açar sözüni goýandan soň, häzirki açar sözi işlemez.
org-reset-yes = Hawa, kod döretmek
org-reset-card-title = { $name } üçin dikeltme kody
org-reset-code = Dikeltme kody
org-reset-card-how = Bu logini we kody { $name } atly agza ýüzbe-ýüz beriň. Kod 72 sagat ({ $date } senesine çenli) hereket edýär we bir gezek işleýär: ol aşakdaky sahypany açyp, ikisini hem ýazýar we täze açar sözüni saýlaýar.
org-reset-card-once = Kod diňe häzir görkezilýär. Täzesini döretseňiz, bu kod çalşylar.
org-end-sessions = Seanslary tamamlamak
org-end-sessions-question = { $name } ähli enjamlarda ulgamdan çykarylsynmy (telefon ýitende)? Onuň serwerdäki netijeleri saklanýar.
org-end-sessions-yes = Hawa, hemme ýerde çykarmak
org-sessions-ended = { $count ->
    [0] { $name } hiç ýerde ulgama girmändi.
    [one] { $name } üçin bir seans tamamlandy.
   *[other] { $name } üçin { $count } seans tamamlandy.
  }
org-give-heading = Kurs bermek
org-give-explained = Tablisada agzalary belläň, kurs saýlaň we olara beriň. Bu kurs eýýäm bar bolan agzalara ol gaýtadan berilmeýär.
org-give-course = Kurs
org-give-button = { $count ->
    [0] Ilki tablisada agzalary belläň
    [one] Bir agza bermek
   *[other] { $count } agza bermek
  }
org-give-done = { $count ->
    [0] Saýlananlaryň hemmesinde bu kurs eýýäm bardy.
    [one] Bir agza kurs berildi.
   *[other] { $count } agza kurs berildi.
  }

## Kurslar
org-courses-heading = Kurslar
org-courses-explained = Bu guramanyň diňleýjilerinde bar bolan ýa-da olara berip bolýan kurslar. Arhiwdäki kurs katalogda görünmeýär; ol kurs bar bolanlar ony okamagy dowam edýär we olaryň sertifikatlary hakyky bolup galýar.
org-courses-table = Bu guramanyň kurslary
org-course-open = Hemmeler üçin açyk
org-course-closed = Goşulma kody bilen
org-course-archived = Arhiwde
org-course-shown = Katalogda
org-course-archive = Arhiwlemek
org-course-archive-named = { $course } kursuny arhiwlemek
org-course-unarchive = Ýene görkezmek
org-course-unarchive-named = { $course } kursuny ýene görkezmek

## Sertifikatlar
org-certificates-heading = Sertifikatlar
org-certificates-explained = Bu gurama arkaly alnan kursy tamamlandygy baradaky sertifikatlar. Sertifikaty diňe ýalňyşlyk bilen berlen ýa-da nädogry ýol bilen alnan bolsa ýatyryň: soňra ony barlaýan her bir adam siziň sebäbiňizi görer.
org-certificates-table = Bu guramanyň sertifikatlary
org-certificate-valid = Hakyky
org-certificates-none = Entek sertifikatlar ýok.
org-certificate-revoked = { $date } senesinde ýatyryldy: { $reason }
org-certificate-revoke = Ýatyrmak
org-certificate-reason = Sebäbi (ony barlaýan her bir adama görkeziler)
org-certificate-revoke-yes = Sertifikaty ýatyrmak

## Guramalar
orgs-title = Guramalar
orgs-none = Bu sahypa tälimçiler we administratorlar üçin. Hasabyňyz hiç bir guramany dolandyrmaýar.
orgs-own-heading = Siziň dolandyrýan guramalaryňyz
orgs-all-heading = Ähli guramalar
orgs-table = Bu serwerdäki ähli guramalar
orgs-column-name = Ady
orgs-none-yet = Entek guramalar ýok.
orgs-column-members = Agzalar
orgs-column-created = Döredilen senesi
orgs-new-heading = Täze gurama
orgs-name = Guramanyň ady
orgs-create = Gurama döretmek
orgs-created = { $name } döredildi.
orgs-open = Ony açmak

## Dikeltme kody bilen täze açar sözüni goýmak
reset-title = Täze açar sözüni goýmak
reset-intro = Açar sözüňizi ýatdan çykardyňyzmy? Tälimçiňizden dikeltme koduny soraň, soňra bu ýerde loginiňizi, kody we täze açar sözüni ýazyň.
reset-code = Dikeltme kody
reset-code-hint = Tälimçiňiziň berşi ýaly 12 harp we san. Baş harplar we defisler ähmiýetli däl.
reset-new-password = Täze açar sözi
reset-new-password-again = Täze açar sözüni gaýtalaň
reset-mismatch = Iki açar sözi biri-birinden tapawutlanýar. Şol bir täze açar sözüni iki gezek ýazyň.
reset-button = Açar sözüni goýmak we girmek
reset-sign-in = Açar sözüňiz ýadyňyzdamy? Giriň
org-questions-link = Diňleýjileriň soraglary

# Internet kesilen ýerden getirilen diňleýjiniň netijeler faýly.
org-carried-heading = Diňleýjiniň netijeler faýly
org-carried-explained = Internet kesilen ýerdäki diňleýji öz netijelerini faýla (onuň ahyry .dalp bolýar) saklap, ony size berýär. Onlaýn wagtyňyz ony şu ýerde import ediň: faýl näçe gezek gelse-de, diňleýjiniň üýtgeşmeleri diňe bir gezek saklanýar, size bolsa onuň enjamyna yzyna eltmeli jogap faýly saklanýar. Iki faýly hem diňe şu Dala serweri okap bilýär.
org-carried-label = Netijeler faýlyny saýlaň
org-carried-done = { $count ->
    [one] Bir üýtgeşme saklandy
   *[other] { $count } üýtgeşme saklandy
}{ $refused ->
    [0] .
   *[other] , { $refused } üýtgeşme ret edildi.
} Jogap faýly saklandy: ony diňleýjä yzyna beriň, ol ony “Internetsiz” sahypasynda açar.
