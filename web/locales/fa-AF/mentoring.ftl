### status: draft
### Dala web client: Dari (fa-AF). Drafted without a native speaker; awaiting review.

# mentoring: Dari

## صندوق سوال‌های مربیان: سوال‌های شاگردان یک مؤسسه
inbox-title = سوال‌های شاگردان
inbox-sign-in = برای خواندن سوال‌های شاگردان این مؤسسه، به‌عنوان مربی یا مدیر آن وارد شوید.
inbox-not-allowed = این سوال‌ها برای مربیان و مدیران مؤسسهٔ شاگرد است. حساب شما یکی از آن‌ها نیست.
inbox-offline = برای باز کردن سوال‌ها بار اول به اتصال نیاز است. به انترنت وصل شوید و این صفحه را دوباره باز کنید: بعد از آن بدون انترنت هم کار می‌کند.
inbox-kept = شما آفلاین هستید: سوال‌ها همان‌طور نشان داده می‌شوند که این دستگاه آخرین بار آن‌ها را خوانده است. جواب‌های شما با همگام‌سازی بعدی فرستاده می‌شوند.
inbox-empty = هنوز سوالی نیست.
inbox-more = سوال‌های قدیمی‌تر
inbox-first-page = تازه‌ترین سوال‌ها
inbox-course-page = صفحهٔ کورس
inbox-cohort = بحث برای گروه
inbox-state-open = در انتظار جواب
inbox-state-answered = جواب داده شد
inbox-state-hidden = پنهان
inbox-lesson-text = متن درس
inbox-marked-answered = جواب‌داده‌شده علامت زده شد.
inbox-hidden-by-you = پنهان شد.
inbox-answer-label = جواب شما
inbox-answer-hint = فقط همین شاگرد آن را می‌بیند (در بحث، همهٔ شاگردان گروه). بدون اتصال هم می‌توانید بنویسید: جواب با همگام‌سازی بعدی فرستاده می‌شود. حداکثر { $limit } حرف.
inbox-answer-send = فرستادن جواب
inbox-mark-answered = علامت زدن به‌عنوان جواب‌داده‌شده
inbox-hide = پنهان کردن
inbox-hide-question = این سوال پنهان شود؟ این کار فقط برای سوءاستفاده یا پیام‌های توهین‌آمیز است: سوال با نشان «پنهان» این‌جا می‌ماند و از دستگاه‌های گروه برداشته می‌شود.
inbox-hide-yes = بله، پنهان شود
inbox-discussion-heading = بحث برای گروه
inbox-discussion-about = برای همهٔ شاگردان این مؤسسه که این کورس را می‌خوانند، یک موضوع باز می‌کند: آن‌ها آن را در صفحهٔ کورس می‌خوانند و بدون دیدن نام‌های یکدیگر جواب می‌دهند. تا شما این‌جا این کار را نکنید، چیزی باز نمی‌شود.
inbox-discussion-course = کورس
inbox-discussion-text = پیام اول
inbox-discussion-send = باز کردن بحث
inbox-discussion-kept = ذخیره شد: بحث با همگام‌سازی بعدی باز می‌شود.
