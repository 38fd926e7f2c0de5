### status: draft
### Dala web client: Russian (ru). Written by the Dala team without a native speaker's review; awaiting review.

# download: Russian
download-sizes = С картинками: { $all }. Только текст: { $text }.
data-saver = Экономия трафика: сначала загрузить текст, а каждую картинку — только когда я нажму на неё
download-text-button = Загрузить только текст для офлайн ({ $size })
download-images-left = Картинки не на этом устройстве: { $size }. Нажмите на картинку в уроке, чтобы увидеть её.
download-images = Загрузить и картинки
image-tap = Показать картинку ({ $size }): { $description }
