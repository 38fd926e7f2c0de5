### status: draft
### Dala web client: Turkmen (tk). Drafted without a native speaker; awaiting review.
edit-lesson-removed = “{ $title }” sapagy aýryldy
edit-quiz-removed = “{ $title }” testi aýryldy
edit-undo = Yzyna gaýtarmak
edit-language-help = Kurs ilkinji gezek neşir edilýänçä dilini üýtgedip bolýar.
edit-language-fixed = Kurs şu dilde neşir edildi, şonuň üçin dilini üýtgedip bolmaýar: diňleýjilerde kurs edil şu görnüşde dur. Başga dil üçin täze kurs dörediň we ony terjime hökmünde belläň.
edit-source-changed = Asyl tekst üýtgedi: { $date }
edit-source-changed-help = Bu sapak çeşme kursunyň öňki tekstinden terjime edildi. Iki teksti deňeşdiriň, terjimäni täzeläň, soňra ony täzelendi diýip belläň.
edit-source-old = Terjime edilen wagtky asyl tekst
edit-source-new = Häzirki asyl tekst
edit-source-old-missing = Bu sapagyň terjime edilen teksti indi saklanmaýar.
edit-mark-updated = Täzelendi diýip bellemek
