### status: draft
### Dala web client: Dari (fa-AF). Drafted without a native speaker; awaiting review.

download-sizes = با عکس‌ها: { $all }. تنها متن: { $text }.
data-saver = صرفه‌جویی انترنت: اول متن دانلود شود، و هر عکس تنها وقتی که رویش بزنم
download-text-button = دانلود متن برای آفلاین ({ $size })
download-images-left = عکس‌هایی که در این دستگاه نیستند: { $size }. برای دیدن یک عکس، در درس روی آن بزنید.
download-images = دانلود عکس‌ها هم
image-tap = نمایش عکس ({ $size }): { $description }
