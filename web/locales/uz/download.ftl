### status: draft
### Dala web client: Uzbek (uz). Drafted without a native speaker; awaiting review.
download-sizes = Rasmlar bilan: { $all }. Faqat matn: { $text }.
data-saver = Trafikni tejash: avval matnni yuklab olish, har bir rasmni esa faqat unga bosganimda
download-text-button = Oflayn uchun matnni yuklab olish ({ $size })
download-images-left = Bu qurilmada yoʻq rasmlar: { $size }. Koʻrish uchun darsdagi rasmga bosing.
download-images = Rasmlarni ham yuklab olish
image-tap = Rasmni koʻrsatish ({ $size }): { $description }
