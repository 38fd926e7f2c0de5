### status: draft
### Dala web client: Turkmen (tk). Drafted without a native speaker; awaiting review.

# Internet kesilende göterilýän faýllar: faýldan kurs, faýl görnüşindäki netijeler, jogap faýly
# (“Internetsiz” sahypasy).
carry-title = Internetsiz
nav-carry = Internetsiz
catalog-carry-link = Kurs faýlyny aldyňyzmy? Ony şu ýerde açyň, internet bolmasa-da
carry-intro = Internet kesilen ýerde kurslary we netijeleri faýl görnüşinde göterip bolýar: fleşkada ýa-da entek işleýän messenjeriň üsti bilen. Bu ýerde hiç zat baglanyşyk talap etmeýär.
carry-working = Işlenýär…
carry-course-heading = Faýldan kurs
carry-course-explain = Tälimçi ýa-da başga diňleýji size kurs faýlyny berip biler (onuň ahyry .dala bolýar). Bir zat saklanmazdan öň ol şu Dala serweriniň goly boýunça barlanýar, soňra siz ony ýüklenip alnan kurs hökmünde okaýarsyňyz.
carry-course-label = Kurs faýlyny saýlaň
carry-course-done = “{ $title }” indi şu enjamda.
carry-course-replaced = Ol şu enjamdaky öňki wersiýanyň ornuny tutdy; ondaky netijeleriňiz saklandy.
carry-to-catalog = Kurslara geçmek
course-share = Paýlaşmak üçin saklamak
course-share-done = “{ $name }” faýly saklandy ({ $size }). Ony messenjeriň üsti bilen iberiň ýa-da fleşka göçüriň: Dala programmasy bir gezek açylan islendik enjam ony internet bolmasa-da açar.
carry-progress-heading = Netijeleriňiz faýl görnüşinde
carry-progress-explain = Iberilmegine garaşýan zatlary faýla saklaň we ony tälimçiňize beriň. Ony diňe şu Dala serweri okap bilýär, ony tapan adama bolsa ol adyňyzy-da, kurslaryňyzy-da görkezmeýär. Üýtgeşmeleriňiz sinhronlama ýa-da jogap faýly olary tassyklaýança şu enjamda galýar.
carry-progress-waiting = { $count ->
    [0] Iberilmegine garaşýan hiç zat ýok.
    [one] Bir üýtgeşme iberilmegine garaşýar.
   *[other] { $count } üýtgeşme iberilmegine garaşýar.
}
carry-progress-save = Netijeleri faýla saklamak
carry-progress-done = { $count ->
    [one] Bir üýtgeşmeli faýl saklandy. Ony tälimçiňize beriň; jogap faýlyny alýança saklaň.
   *[other] { $count } üýtgeşmeli faýl saklandy. Ony tälimçiňize beriň; jogap faýlyny alýança saklaň.
}
carry-progress-sign-in = Netijeleriňizi faýla saklamak üçin internet bar wagty bir gezek ulgama giriň.
carry-return-heading = Tälimçiňizden jogap faýly
carry-return-explain = Tälimçiňiz jogap faýlyny yzyna getirýär (onuň ahyry .dalr bolýar). Ol diňe şu enjamda, diňe siziň üçin açylýar we özüniň jogap berýän üýtgeşmelerini, täze sertifikatlar bar bolsa, olar bilen bilelikde tassyklaýar.
carry-return-label = Jogap faýlyny saýlaň
carry-return-done = { $count ->
    [one] Bir üýtgeşme tassyklandy.
   *[other] { $count } üýtgeşme tassyklandy.
} { $certificates ->
    [0] { "" }
    [one] Bir täze sertifikat.
   *[other] { $certificates } täze sertifikat.
}
# Faýlyň näme üçin kabul edilmändigi ýa-da näme üçin döredilip bilinmeýändigi.
file-not-this-kind = Bu şeýle görnüşli faýl däl.
file-truncated = Faýl soňuna ýetmänkä kesilipdir. Ony täzeden göçüriň ýa-da iberiň.
file-too-large = Faýl şeýle faýlyň bolup biljek ululygyndan uly.
file-other-installation = Faýl başga Dala serweri üçin döredilipdir ýa-da döredilenden soň üýtgedilipdir.
file-altered = Faýl döredilenden soň üýtgedilipdir: ondan hiç zat saklanmady.
file-damaged = Faýlyň içi zaýalanypdyr: ondan hiç zat saklanmady.
file-no-keys = Bu enjamda entek Dala serweriniň açarlary ýok. Internet bar wagty Dala programmasyny bir gezek açyň, soňra täzeden synanyşyň.
file-no-installation-key = Bu enjam entek Dala serweriniň açaryny bilmeýär. Internet bar wagty Dala programmasyny bir gezek açyň, soňra täzeden synanyşyň.
file-device-not-registered = Bu enjam entek hasabyňyz üçin bellige alynmandyr. Ulgama giren ýagdaýyňyzda bir gezek birikiň, soňra täzeden synanyşyň.
file-nothing-waiting = Iberilmegine garaşýan hiç zat ýok.
file-no-randomness = Bu brauzer howpsuz açar döredip bilmeýär.
file-device-key-damaged = Bu enjamyň açary zaýalanypdyr. Internet bar wagty ulgamdan çykyp, täzeden giriň.
file-return-not-this-device = Bu jogap faýly başga enjam ýa-da başga hasap üçin döredilipdir.
file-course-older = Bu enjamda bu kursuň has täze wersiýasy eýýäm bar: faýldan hiç zat saklanmady.
file-course-not-held = Bu kurs şu enjama doly ýüklenip alynmandyr: ilki ony ýükläp alyň.
file-course-no-signature = Bu enjamda bu wersiýa üçin Dala serweriniň goly ýok. Internet bar wagty kursy bir gezek açyň, soňra täzeden synanyşyň.
file-unreadable = Brauzer bu faýly okap bilmedi.
