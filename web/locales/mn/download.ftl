### status: draft
### Dala web client: Mongolian (mn). Drafted without a native speaker; awaiting review.
# download: Mongolian
download-sizes = Зурагтай: { $all }. Зөвхөн текст: { $text }.
data-saver = Дата хэмнэх: эхлээд текстийг татаж, зураг бүрийг зөвхөн дээр нь дарахад татах
download-text-button = Текстийг офлайн үзэхээр татах ({ $size })
download-images-left = Энэ төхөөрөмжид байхгүй зургууд: { $size }. Харахын тулд хичээл дотор зураг дээр дарна уу.
download-images = Зургуудыг мөн татах
image-tap = Зургийг харуулах ({ $size }): { $description }
