### status: draft
### Dala web client: Dari (fa-AF). Drafted without a native speaker; awaiting review.

catalog-offline-kept = شما آفلاین هستید. این فهرست کورس‌ها به تاریخ { $date } است؛ کورس‌هایی که در این دستگاه دانلود شده‌اند، اول می‌آیند.
catalog-needs-connection = برای دانلود به انترنت نیاز است
# $unit: b، kb، mb یا gb؛ $count: عدد (برای شکل‌های جمع)؛ $amount: همان عدد، قالب‌بندی‌شده.
data-used = Dala این ماه در این دستگاه { $unit ->
        [kb] { $count ->
            [one] { $amount } کیلوبایت
           *[other] { $amount } کیلوبایت
        }
        [mb] { $count ->
            [one] { $amount } مگابایت
           *[other] { $amount } مگابایت
        }
        [gb] { $count ->
            [one] { $amount } گیگابایت
           *[other] { $amount } گیگابایت
        }
       *[b] { $count ->
            [one] { $amount } بایت
           *[other] { $amount } بایت
        }
    } انترنت مصرف کرد.
data-used-note = در این دستگاه، برای همهٔ کسانی که از آن استفاده می‌کنند، شمرده می‌شود: آنچه سرور Dala فرستاد، به همان شکل فشرده‌ای که در راه بود، به‌علاوهٔ 300 بایت برای سرآیندهای هر فایل (تخمین خود براوزر). آنچه از قبل در دستگاه است، هزینه‌ای ندارد و شمرده نمی‌شود؛ آنچه دستگاه می‌فرستد (روزانه چند صد بایت) نیز شمرده نمی‌شود.
