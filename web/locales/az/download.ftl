### status: draft
### Dala web client: Azerbaijani (az). Drafted without a native speaker; awaiting review.
# download: Azerbaijani
download-sizes = Şəkillərlə: { $all }. Yalnız mətn: { $text }.
data-saver = Trafikə qənaət: əvvəlcə mətni yüklə, hər şəkli isə yalnız ona toxunduqda
download-text-button = Mətni oflayn üçün yüklə ({ $size })
download-images-left = Bu cihazda olmayan şəkillər: { $size }. Görmək üçün dərsdə şəklə toxunun.
download-images = Şəkilləri də yüklə
image-tap = Şəkli göstər ({ $size }): { $description }
