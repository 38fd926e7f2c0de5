### status: draft
### Dala web client: Kyrgyz (ky). Drafted without a native speaker; awaiting review.
download-sizes = Сүрөттөрү менен: { $all }. Текст гана: { $text }.
data-saver = Маалыматты үнөмдөө: адегенде текстти жүктөө, ар бир сүрөттү мен басканда гана жүктөө
download-text-button = Текстти офлайн үчүн жүктөп алуу ({ $size })
download-images-left = Бул түзмөктө жок сүрөттөр: { $size }. Көрүү үчүн сабактагы сүрөттү басыңыз.
download-images = Сүрөттөрдү да жүктөп алуу
image-tap = Сүрөттү көрсөтүү ({ $size }): { $description }
