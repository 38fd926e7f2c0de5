### status: draft
### Dala web client: Dari (fa-AF). Drafted without a native speaker; awaiting review.

learners-search = جستجو بر اساس نام
learners-sort = ترتیب
learners-sort-name = نام، از الف تا ی
learners-sort-last-sync = آخرین همگام‌سازی، تازه‌ترین در اول
learners-sort-progress = پیشرفت، بیشترین در اول
learners-count = { $shown } از { $total } نشان داده شده
audit-action-password-reset = کود بازیابی ساخته شد
audit-action-password-reset-used = رمز با کود بازیابی گذاشته شد
