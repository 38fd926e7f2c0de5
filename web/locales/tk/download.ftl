### status: draft
### Dala web client: Turkmen (tk). Drafted without a native speaker; awaiting review.
download-sizes = Suratlar bilen: { $all }. Diňe tekst: { $text }.
data-saver = Trafigi tygşytlamak: ilki teksti ýükläp almak, her suraty bolsa diňe oňa basanymda
download-text-button = Oflaýn üçin teksti ýükläp almak ({ $size })
download-images-left = Bu enjamda ýok suratlar: { $size }. Görmek üçin sapakdaky surata basyň.
download-images = Suratlary hem ýükläp almak
image-tap = Suraty görkezmek ({ $size }): { $description }
