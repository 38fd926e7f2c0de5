### status: draft
### Dala web client: Tajik (tg). Drafted without a native speaker; awaiting review.

download-sizes = Бо расмҳо: { $all }. Танҳо матн: { $text }.
data-saver = Сарфаи интернет: аввал матн боргирӣ шавад, ҳар расм танҳо вақте ки ман ба он зер кунам
download-text-button = Боргирии матн барои офлайн ({ $size })
download-images-left = Расмҳое, ки дар ин дастгоҳ нестанд: { $size }. Барои дидани расм дар дарс ба он зер кунед.
download-images = Расмҳоро низ боргирӣ кардан
image-tap = Нишон додани расм ({ $size }): { $description }
