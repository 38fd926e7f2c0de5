### status: draft
### Dala web client: Turkmen (tk). Drafted without a native speaker; awaiting review.
header-menu = Menýu
header-organizations = Guramalar
header-sign-out-pending = Çykmak (üýtgeşmeler garaşýar)…
sync-line-refused = { $count } saklanmady
sync-line-hint = Jikme-jiklikleri we “Häzir sinhronlamak” düwmesini görkezýär.
sync-line-explain = Netijeleriňiz ilki şu enjamda saklanýar we baglanyşyk bolanda serwere iberilýär: programma açylanda, her minutda we “Häzir sinhronlamak” düwmesine basanyňyzda.
verify-show-text = Sertifikatyň teksti ýa-da başga sertifikaty barlamak
certificate-files-what = Bu nähili faýllar?
certificate-files-explain = Bular beýleki ulgamlaryň okaýan standart görnüşlerindäki şol bir sertifikat: gol çekilen faýl — JWT hökmünde gol çekilen Open Badges 3.0 resminamasy (.jwt); sertifikat maglumatlary — şol resminamanyň JSON görnüşi (.json); gapjyk üçin faýl — şol resminamanyň goly öz içinde bolan JSON-LD görnüşi (Data Integrity subutnamasy, eddsa-rdfc-2022), ýagny sanly gapjyklaryň saklaýan görnüşi. Islendik adam olaryň her birini şu saýtyň “Sertifikaty barlamak” sahypasynda, berijiniň ýatyrylan sertifikatlarynyň sanawy (W3C Bitstring Status List) boýunça barlap biler.
