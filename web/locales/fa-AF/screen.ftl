### status: draft
### Dala web client: Dari (fa-AF). Drafted without a native speaker; awaiting review.

header-menu = مینو
header-organizations = مؤسسه‌ها
header-sign-out-pending = خروج (تغییرات منتظرند)…
sync-line-refused = { $count } نگه داشته نشد
sync-line-hint = جزئیات و «همگام‌سازی فوری» را نشان می‌دهد.
sync-line-explain = پیشرفت شما اول در این دستگاه نگه داشته می‌شود و وقتی انترنت باشد به سرور فرستاده می‌شود: وقتی برنامه باز می‌شود، هر دقیقه، و وقتی «همگام‌سازی فوری» را می‌زنید.
verify-show-text = متن تصدیق‌نامه، یا بررسی یک تصدیق‌نامهٔ دیگر
certificate-files-what = این فایل‌ها چیستند؟
certificate-files-explain = این‌ها همان تصدیق‌نامه در شکل‌های استندرد هستند که سیستم‌های دیگر می‌خوانند: فایل امضاشده یک مدرک Open Badges 3.0 است که به شکل JWT (.jwt) امضا شده؛ معلومات تصدیق‌نامه همان مدرک به شکل JSON (.json) است؛ فایل کیف پول همان مدرک به شکل JSON-LD است که امضایش در درون خودش است (اثبات Data Integrity، eddsa-rdfc-2022)، یعنی همان شکلی که کیف پول‌های دیجیتال نگه می‌دارند. هر کسی می‌تواند هر یک از آن‌ها را در صفحهٔ «بررسی تصدیق‌نامه» در این سایت، با فهرست تصدیق‌نامه‌های لغوشدهٔ صادرکننده (یک W3C Bitstring Status List) بررسی کند.
