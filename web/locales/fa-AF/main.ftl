### status: draft
### Dala web client: Dari (fa-AF). Drafted without a native speaker; awaiting review.

skip-to-content = رفتن به محتوا
language-label = زبان
language-needs-connection = زبان «{ $language }» هنوز در این دستگاه نیست. برای رفتن به آن، یک بار به انترنت وصل شوید.
status-online = آنلاین
status-offline = آفلاین
loading = در حال بارگیری…

catalog-title = کورس‌ها
catalog-also-in = به زبان‌های دیگر نیز:
catalog-filter-language = زبان دوره‌ها
catalog-filter-all = همه زبان‌ها
list-separator = {"، "}
catalog-offline = شما آفلاین هستید. این‌ها کورس‌هایی هستند که در این دستگاه دانلود شده‌اند.
catalog-empty = هنوز هیچ کورسی نشر نشده است.
catalog-empty-offline = هنوز هیچ کورسی در این دستگاه دانلود نشده است. برای دانلود، به انترنت وصل شوید.
lesson-count = { $count ->
    [one] { $count } درس
   *[other] { $count } درس
}
badge-downloaded = بدون انترنت در دسترس

back-to-catalog = همهٔ کورس‌ها
course-title-loading = کورس
course-version = نسخهٔ { $version }
course-translations = به زبان دیگر نیز موجود است:
course-progress = { $done } از { $total } درس تکمیل شد
offline-heading = آموزش بدون انترنت
download-button = دانلود برای آفلاین ({ $size })
download-progress = دانلود: { $done } انجام شد، { $left } باقی مانده
download-partial = دانلود قطع شد.
download-resume = ادامهٔ دانلود
download-complete = دانلود شد: می‌توانید این کورس را بدون انترنت بخوانید.
update-available = نسخهٔ تازه موجود است: { $size }
download-update = دانلود نسخهٔ تازه
download-remove = حذف از دستگاه
storage-used = در این دستگاه { $size } جا گرفته است.
lessons-heading = درس‌ها
lesson-status-complete = تکمیل شد
lesson-status-opened = شروع شده

lesson-title-loading = درس
lesson-mark-complete = علامت‌گذاری به‌عنوان تکمیل‌شده
lesson-completed = تکمیل شد ✓
lesson-nav-label = درس‌ها
lesson-previous = → قبلی
lesson-next = بعدی ←

not-found-title = صفحه پیدا نشد
elsewhere-title = این صفحه هنوز در این دستگاه نیست
elsewhere-needs-connection = این صفحه باید یک بار با انترنت باز شود؛ بعد از آن بدون انترنت هم کار می‌کند. به انترنت وصل شوید و دوباره کوشش کنید.

size-bytes = { $size } بایت
size-kb = { $size } کیلوبایت
size-mb = { $size } مگابایت

error-offline = شما آفلاین هستید و این هنوز دانلود نشده است. به انترنت وصل شوید و دوباره کوشش کنید.
error-not-found = این کورس یا درس وجود ندارد.
error-integrity = یک فایل دانلودشده در راه خراب شد. دوباره کوشش کنید: تنها بخش خراب دوباره گرفته می‌شود.
error-storage = این دستگاه نتوانست معلومات را ذخیره کند. کمی جا خالی کنید یا از حالت خصوصی براوزر بیرون شوید، بعد دوباره کوشش کنید.
error-server = سرور نتوانست جواب بدهد. بعداً دوباره کوشش کنید.

sync-pending = { $count ->
    [0] همهٔ پیشرفت فرستاده شد
    [one] { $count } تغییر منتظر فرستادن است
   *[other] { $count } تغییر منتظر فرستادن است
}
sync-last = آخرین همگام‌سازی: { $time }
sync-never = هنوز همگام‌سازی نشده
sync-running = در حال همگام‌سازی…
sync-offline = انترنت نیست. پیشرفت شما در این دستگاه نگه داشته می‌شود و وقتی انترنت وصل شد، فرستاده می‌شود.
sync-now = همگام‌سازی فوری
sync-refused = { $count ->
    [one] سرور { $count } تغییر را نگه نداشت، مثلاً در کورسی که شما در آن ثبت‌نام نکرده‌اید. از مربی خود کود عضویت بخواهید.
   *[other] سرور { $count } تغییر را نگه نداشت، مثلاً در کورسی که شما در آن ثبت‌نام نکرده‌اید. از مربی خود کود عضویت بخواهید.
}
sign-out = خروج
sign-in-link = ورود
sign-in-title = ورود
sign-in-button = ورود
field-login = نام کاربری
field-login-hint = 3 تا 64 حرف کوچک لاتین، عدد، نقطه، خط تیره یا زیرخط.
field-password = رمز
field-password-hint = دست‌کم 8 حرف.
field-code = کود عضویت
field-display-name = نام شما، آن‌طور که دیگران می‌بینند
join-link = از مربی خود کود عضویت دارید؟ حساب خود را بسازید
join-title = عضویت با کود
join-intro = مربی شما به شما یک کود داده است. این کود حساب شما را می‌سازد و شما را در کورس‌هایتان ثبت‌نام می‌کند. به ایمیل یا شمارهٔ تیلفون نیاز نیست.
join-button = ساختن حساب

error-not-signed-in = برای نگه‌داشتن و فرستادن پیشرفت خود وارد شوید.
error-session-ended = شما از حساب خارج شدید. دوباره وارد شوید؛ پیشرفت شما در این دستگاه نگه داشته شده است.
error-session-expired = شما مدت زیادی غایب بودید و از حساب خارج شدید. دوباره وارد شوید؛ پیشرفت شما در این دستگاه نگه داشته شده است.
error-wrong-credentials = نام کاربری یا رمز اشتباه است.
error-too-many-attempts = کوشش‌ها بیش از حد زیاد است. چند دقیقه صبر کنید و دوباره کوشش کنید.
error-join-code-invalid = این کود وجود ندارد. آن را با مربی خود بررسی کنید.
error-join-code-expired = مهلت این کود تمام شده است. از مربی خود کود تازه بخواهید.
error-join-code-used-up = این کود تا آخر استفاده شده است. از مربی خود کود تازه بخواهید.
error-login-taken = این نام کاربری قبلاً گرفته شده است. نام دیگری انتخاب کنید.
error-invalid = آنچه را وارد کردید بررسی کنید: سرور نتوانست آن را بپذیرد.

quiz-label = امتحان:
quiz-status-passed = کامیاب
quiz-title-loading = امتحان
quiz-pass-mark = نمرهٔ کامیابی: { $mark } %
quiz-attempts-left = { $count ->
    [one] { $count } کوشش باقی مانده
   *[other] { $count } کوشش باقی مانده
}
quiz-best = بهترین نمره: { $score } %
quiz-passed-already = شما در این امتحان کامیاب شده‌اید.
quiz-submit = بررسی جواب‌هایم
quiz-again = دوباره کوشش کنید
quiz-no-attempts = شما همهٔ کوشش‌های این امتحان را استفاده کرده‌اید.
quiz-choose-all = همهٔ جواب‌های درست را انتخاب کنید.
quiz-true = درست
quiz-false = نادرست
quiz-your-answer = جواب شما
quiz-score = { $score } %: { $right } از { $total } درست.
quiz-result-passed = کامیاب شدید!
quiz-result-failed = این بار کامیاب نشدید.
quiz-mark-right = درست
quiz-mark-wrong = نادرست
course-complete = شما این کورس را تکمیل کرده‌اید.

nav-certificates = تصدیق‌نامه‌ها
course-certificate-link = تصدیق‌نامهٔ شما برای این کورس
certificates-title = تصدیق‌نامه‌های من
certificates-empty = شما هنوز تصدیق‌نامه ندارید. همهٔ درس‌ها و امتحان‌های یک کورس را تکمیل کنید: تصدیق‌نامهٔ آن با همگام‌سازی بعدی می‌رسد.
certificates-sign-in = برای دیدن تصدیق‌نامه‌های خود وارد شوید.
certificate-completed-on = تاریخ تکمیل: { $date }
certificate-title = تصدیق‌نامه
certificate-learner = اعطا شده به
certificate-course = کورس
certificate-date = تاریخ تکمیل
certificate-issuer = صادرکننده
certificate-id = شمارهٔ تصدیق‌نامه
certificate-status-heading = آیا معتبر است؟
certificate-no-trust = این دستگاه هنوز نمی‌تواند تصدیق‌نامه‌ها را بررسی کند: آنچه لازم است (کلیدهای صادرکننده و فهرست تصدیق‌نامه‌های لغوشده) با همگام‌سازی بعدی می‌رسد.
certificate-downloads = دانلود
download-pdf = تصدیق‌نامه برای چاپ (PDF)
download-pdf-fetching = در حال گرفتن PDF…
download-jwt = فایل امضاشده برای سیستم‌های دیگر
download-json = معلومات تصدیق‌نامه برای سیستم‌های دیگر
download-wallet = برای کیف پول دیجیتال
certificate-pdf-note = فایل PDF (حدود 20 کیلوبایت) یک بار دانلود می‌شود و بعد در این دستگاه می‌ماند. فایل‌های دیگر از قبل این‌جا هستند.
certificate-share-heading = شریک ساختن
certificate-share-text = هر کسی که این لینک را داشته باشد، می‌تواند بررسی کند که تصدیق‌نامهٔ شما اصلی است. این لینک در کود QR روی PDF هم هست.
certificate-wallet-link-text = یک کیف پول دیجیتال هم می‌تواند تصدیق‌نامهٔ شما را از همین لینک بگیرد. این لینک را تنها به کیف پول خودتان بدهید: هر کسی که آن را داشته باشد، می‌تواند تصدیق‌نامه را ببیند.
certificate-wallet-qr = کود QR لینک کیف پول
certificate-wallet-qr-hint = یک اپلیکیشن کیف پول در دستگاه دیگر، مثلاً در تلیفون شما، هم می‌تواند این کود را اسکن کند.

verdict-valid = معتبر
verdict-revoked = لغو شده
verdict-altered = تغییر داده شده
verdict-unknown-key = امضاکنندهٔ ناشناس
verdict-malformed = تصدیق‌نامه نیست
verdict-unchecked = هنوز بررسی نشده
reason-genuine = توسط صادرکننده امضا شده، تغییر نکرده و لغو نشده است.
reason-revocation-unchecked = توسط صادرکننده امضا شده و تغییر نکرده است. لغو شدن یا نشدن آن بررسی نشد: فهرست تصدیق‌نامه‌های لغوشده در دسترس نبود.
reason-revoked = اصلی است، اما صادرکننده آن را لغو کرده است.
reason-signature-mismatch = امضا با محتوا مطابقت ندارد: تصدیق‌نامه بعد از امضا تغییر داده شده یا جعلی است.
reason-unknown-key = با کلیدی امضا شده که این صادرکننده نشر نکرده است: یا این‌جا صادر نشده، یا جعلی است.
reason-missing-key-id = در تصدیق‌نامه نوشته نشده که کدام کلید آن را امضا کرده است.
reason-unsupported-algorithm = تصدیق‌نامه با روشی امضا شده که پذیرفته نمی‌شود.
reason-not-a-jwt = این یک تصدیق‌نامهٔ امضاشده نیست. متن کامل فایل تصدیق‌نامه را بچسپانید.
reason-not-a-credential = این معلومات امضاشده است، اما تصدیق‌نامه نیست.
reason-unknown = تصدیق‌نامه بررسی نشد.
revoked-on = در { $date } لغو شد. دلیلی که صادرکننده گفته است: { $reason }
checked-by-server = توسط سرور صادرکننده بررسی شد.
checked-on-device = در این دستگاه، بدون اتصال به سرور صادرکننده بررسی شد.
list-age = فهرست تصدیق‌نامه‌های لغوشده به تاریخ { $list }، آخرین بررسی { $checked }.
list-age-none = این دستگاه برای این تصدیق‌نامه هیچ فهرست تصدیق‌نامه‌های لغوشده ندارد؛ معلومات صادرکننده آخرین بار { $checked } بررسی شد.

verify-link = بررسی تصدیق‌نامه
verify-title = بررسی تصدیق‌نامه
verify-intro = یک تصدیق‌نامه را بچسپانید یا فایل آن را انتخاب کنید تا ببینید اصلی است و لغو نشده. به حساب نیاز نیست.
verify-field = تصدیق‌نامه
verify-field-hint = متن کامل فایل تصدیق‌نامه (فایل امضاشده، معلومات تصدیق‌نامه یا فایل کیف پول).
verify-file = یا فایل تصدیق‌نامه را انتخاب کنید
verify-button = بررسی
verify-result-heading = نتیجه
verify-file-too-large = این فایل برای تصدیق‌نامه بودن بیش از حد بزرگ است.
verify-file-unreadable = این فایل خوانده نشد. فایل تصدیق‌نامه را انتخاب کنید.

error-certificate-not-found = هیچ تصدیق‌نامه‌ای با این لینک مطابقت ندارد. بررسی کنید که آدرس کامل کاپی شده باشد.
error-no-trust = سرور صادرکننده در دسترس نیست و این دستگاه معلوماتی برای بررسی تصدیق‌نامه‌ها ندارد. به انترنت وصل شوید و دوباره کوشش کنید.
error-wallet-form-offline = این فایل کیف پولِ یک تصدیق‌نامه است و تنها سرور صادرکننده آن را بررسی می‌کند. به انترنت وصل شوید و دوباره کوشش کنید، یا فایل امضاشدهٔ تصدیق‌نامه (.jwt) را بررسی کنید: آن را می‌توان همین‌جا بدون انترنت بررسی کرد.

## ویرایشگر کورس (مربیان)
image-too-large = این عکس بزرگ‌تر از اندازه‌ای است که سرور می‌پذیرد. فایل کوچک‌تری انتخاب کنید.
image-not-an-image = این فایل عکس نیست. یک عکس JPEG، PNG، GIF یا WebP انتخاب کنید.
image-too-many-pixels = این عکس پیکسل‌های بیش از حد دارد. عکس کوچک‌تری انتخاب کنید.
image-unreadable = این عکس خوانده نشد: شاید فایل خراب باشد. فایل دیگری را امتحان کنید.
image-alt-missing = عکس را با چند کلمه برای شاگردانی که نمی‌توانند آن را ببینند، توضیح دهید.
draft-invalid = کورس مشکلاتی دارد که پیش از نشر باید حل شوند. آن‌ها در پایین فهرست شده‌اند.
authoring-forbidden = حساب شما اجازهٔ ویرایش این کورس را ندارد. از مدیر مؤسسهٔ آن بپرسید.
course-slug-taken = کورسی با این نام کوتاه از قبل وجود دارد. نام دیگری انتخاب کنید.
author-title = کورس‌هایی که ویرایش می‌کنید
author-no-courses = هنوز کورسی برای ویرایش شما نیست.
author-never-published = هنوز نشر نشده
author-unpublished-changes = تغییرات نشرنشده
author-new-course = کورس تازه
author-field-organization = مؤسسه
author-field-title = عنوان
author-field-slug = نام کوتاه
author-field-slug-help = حروف کوچک لاتین، عددها و خط تیره، مانند fundraising-basics. این بخشی از آدرس کورس است و تغییر داده نمی‌شود.
author-field-summary = خلاصه برای فهرست کورس‌ها
author-field-language = زبان کورس
author-field-author = نویسنده
author-create = ساختن کورس
author-first-lesson-title = مقدمه
author-first-lesson-text = درس اول را این‌جا بنویسید.
edit-metadata-heading = دربارهٔ کورس
edit-field-version = نسخه
edit-field-authors = نویسندگان (با کامه جدا کنید)
edit-field-licence = لایسنس
edit-field-translations = همین کورس به زبان‌های دیگر (نام‌های کوتاه، با کامه جدا کنید)
edit-items-heading = درس‌ها و امتحان‌ها
edit-move-up = به بالا
edit-move-down = به پایین
edit-remove = حذف
edit-add-lesson = افزودن درس
edit-new-lesson-title = درس تازه
edit-lesson-heading = درس:
edit-lesson-markdown = متن (Markdown)
edit-lesson-markdown-help = سطر اول عنوان است: # عنوان. سطرهای خالی پاراگراف‌ها را جدا می‌کنند؛ *مایل*، **پررنگ**، - فهرست‌ها، [لینک‌ها](https://…).
edit-preview = پیش‌نمایش
edit-preview-heading = آن‌طور که شاگردان می‌بینند
edit-image-heading = افزودن عکس
edit-image-file = عکس (JPEG، PNG، GIF یا WebP)
edit-image-alt = عکس چه چیزی را نشان می‌دهد (برای شاگردانی که نمی‌توانند آن را ببینند)
edit-image-upload = آپلود و افزودن به درس
edit-publish-heading = نشر
edit-no-problems = مشکلی نیست: کورس را می‌توان نشر کرد.
edit-publish = نشر نسخهٔ تازه
edit-published = نشر شد. به شاگردانی که کورس را دانلود کرده‌اند، نسخهٔ تازه پیشنهاد می‌شود.
edit-published-unchanged = از آخرین نشر چیزی تغییر نکرده است.
edit-saved-local = در این دستگاه ذخیره شد. وقتی انترنت وصل شد، به سرور فرستاده می‌شود.
edit-saved-server = در سرور ذخیره شد.
edit-conflict = { $name } بعد از این‌که شما ویرایش را شروع کردید، این کورس را ذخیره کرد. انتخاب کنید کدام نسخه بماند.
edit-keep-mine = نسخهٔ من بماند (نسخهٔ آن‌ها جایگزین می‌شود)
edit-take-theirs = نسخهٔ آن‌ها را بگیرید (تغییرات من حذف می‌شود)
nav-author = نوشتن کورس
edit-field-open = هر شاگردی که وارد شده، می‌تواند ثبت‌نام کند (در غیر آن تنها با کود عضویت)
edit-add-quiz = افزودن امتحان
edit-new-quiz-title = فهم خود را بسنجید
edit-quiz-title = عنوان امتحان
edit-quiz-pass-mark = نمرهٔ کامیابی (درصد سؤال‌هایی که درست جواب داده شده)
edit-quiz-max-attempts = تعداد کوشش‌های مجاز
edit-quiz-max-attempts-help = برای بدون محدودیت، خالی بگذارید.
edit-quiz-question = سؤال { $n }
edit-quiz-prompt = متن سؤال
edit-quiz-kind = نوع سؤال
edit-quiz-kind-single = یک گزینهٔ درست
edit-quiz-kind-multiple = چند گزینهٔ درست
edit-quiz-kind-true-false = درست یا نادرست
edit-quiz-kind-short = جواب کوتاه نوشتاری
edit-quiz-options-single = گزینه‌ها: گزینهٔ درست را علامت بزنید
edit-quiz-options-multiple = گزینه‌ها: همهٔ گزینه‌های درست را علامت بزنید
edit-quiz-option = گزینهٔ { $n }
edit-quiz-option-right = گزینهٔ { $n } درست است
edit-quiz-remove-option = حذف گزینهٔ { $n }
edit-quiz-add-option = افزودن گزینه
edit-quiz-right-answer = جواب درست
edit-quiz-accepted = جواب‌های قابل قبول، هر کدام در یک سطر
edit-quiz-accepted-help = حروف بزرگ و فاصله‌های اضافی مهم نیستند.
edit-quiz-remove-question = حذف سؤال
edit-quiz-add-question = افزودن سؤال
edit-quiz-problem-title = امتحان به عنوان نیاز دارد.
edit-quiz-problem-pass-mark = نمرهٔ کامیابی باید بین 1 و 100 باشد.
edit-quiz-problem-attempts = دست‌کم یک کوشش اجازه دهید، یا برای بدون محدودیت این خانه را خالی بگذارید.
edit-quiz-problem-no-questions = امتحان دست‌کم به یک سؤال نیاز دارد.
edit-quiz-problem-prompt = سؤال { $n } متن ندارد.
edit-quiz-problem-options = سؤال { $n } دست‌کم به دو گزینه نیاز دارد و هیچ‌کدام نباید خالی باشد.
edit-quiz-problem-no-answer = سؤال { $n } جواب درست ندارد.
edit-quiz-problem-empty-accepted = سؤال { $n } جواب خالی را می‌پذیرد.
edit-quiz-problem-too-large = عنوان امتحان بیش از 200 حرف است، یا امتحان بیش از 100 سؤال دارد.
edit-quiz-problem-question-too-large = سؤال { $n } بیش از حد طولانی است: حداکثر 2000 حرف در سؤال و در توضیح آن، 20 گزینه هر کدام تا 500 حرف، یا 20 جواب قابل قبول هر کدام تا 200 حرف.
edit-quiz-has-problems = امتحان «{ $title }»: { $n ->
    [one] یک مشکل برای حل
   *[other] { $n } مشکل برای حل
}
edit-preview-offline = پیش‌نمایش به اتصال با سرور نیاز دارد. متن شما در این دستگاه ذخیره شده و وقتی آنلاین شوید، پیش‌نمایش دوباره کار می‌کند.

## داشبورد (مدیران)
nav-dashboard = داشبورد
error-forbidden = حساب شما اجازهٔ دیدن یا انجام این کار را ندارد.
dashboard-title = داشبورد
dashboard-sign-in = برای دیدن داشبورد، به‌عنوان مدیر وارد شوید.
dashboard-not-allowed = داشبورد برای مدیران و مربیان یک مؤسسه است. حساب شما هیچ‌کدام نیست.
dashboard-reports-for-administrators = گزارش‌های ثبت‌نام و تکمیل برای مدیران است. شما به‌عنوان مربی می‌توانید شاگردان مؤسسهٔ خود را در پایین ببینید.
dashboard-loading = در حال بارگیری گزارش‌ها…
dashboard-offline = داشبورد به اتصال با سرور نیاز دارد. به انترنت وصل شوید و دوباره کوشش کنید.
dashboard-forbidden = حساب شما اجازهٔ دیدن این گزارش‌ها را ندارد. این گزارش‌ها برای مدیران مؤسسه است.
filters-heading = فلترها
filter-organization = مؤسسه
filter-all-organizations = همهٔ مؤسسه‌های من
filter-course = کورس
filter-all-courses = همهٔ کورس‌ها
filter-from = از
filter-to = تا
filter-apply = نمایش
filter-backwards = تاریخ پایان پیش از تاریخ شروع است.
totals-heading = مجموع
totals-explained = ثبت‌نام‌ها، تکمیل‌ها و تصدیق‌نامه‌ها در دورهٔ انتخاب‌شده. شاگردان فعال: کسانی که دستگاه‌هایشان در 30 روز آخر دوره پیشرفت فرستاده‌اند (در جدول ماهانه: در همان ماه). تصدیق‌نامه‌های لغوشده به‌عنوان تصدیق‌نامه شمرده نمی‌شوند، اما به‌عنوان تکمیل شمرده می‌شوند.
count-enrollments = ثبت‌نام‌ها
count-active-learners = شاگردان فعال
count-completions = تکمیل‌ها
count-certificates = تصدیق‌نامه‌ها
chart-empty = برای این فلترها چیزی برای نمایش نیست.
chart-enrolled = { $count } ثبت‌نام
chart-completed = { $count } تکمیل
section-months = بر اساس ماه
chart-months = ثبت‌نام‌ها و تکمیل‌ها در هر ماه
table-months = ثبت‌نام‌ها، شاگردان فعال، تکمیل‌ها و تصدیق‌نامه‌ها در هر ماه
column-month = ماه
section-courses = بر اساس کورس
chart-courses = ثبت‌نام‌ها و تکمیل‌ها در هر کورس
table-courses = ثبت‌نام‌ها، شاگردان فعال، تکمیل‌ها و تصدیق‌نامه‌ها در هر کورس
column-course = کورس
column-details = جزئیات
course-report-open = درس‌ها و سؤال‌ها
section-organizations = بر اساس مؤسسه
chart-organizations = ثبت‌نام‌ها و تکمیل‌ها در هر مؤسسه
table-organizations = ثبت‌نام‌ها، شاگردان فعال، تکمیل‌ها و تصدیق‌نامه‌ها در هر مؤسسه
column-organization = مؤسسه
csv-download = دانلود CSV
csv-downloading = در حال آماده‌سازی فایل…
csv-saved = به نام { $name } ذخیره شد. این دانلود در دفتر نظارت ثبت شده است.
course-report-loading = در حال بارگیری گزارش کورس…
course-report-heading = کورس: { $title }
course-report-enrolled = { $count ->
    [one] در این دوره { $count } شاگرد ثبت‌نام کرد.
   *[other] در این دوره { $count } شاگرد ثبت‌نام کردند.
}
funnel-heading = شاگردان تا کجا رسیدند
funnel-explained = برای هر درس: چند نفر از شاگردان ثبت‌نام‌شده آن را باز کردند و چند نفر آن را تکمیل کردند.
chart-funnel = شاگردانی که به هر درس رسیدند و آن را تکمیل کردند
table-funnel = شاگردانی که به هر درس رسیدند و آن را تکمیل کردند
column-lesson = درس
column-reached = رسیدند
column-lesson-completed = تکمیل کردند
chart-reached = { $count } رسیدند ({ $percent } %)
chart-lesson-completed = { $count } تکمیل کردند ({ $percent } %)
difficulty-heading = سؤال‌های دشوار
difficulty-explained = برای هر سؤال امتحان: چند شاگرد در کوشش اول به آن جواب نادرست دادند.
chart-difficulty = سهم جواب‌های اول نادرست در هر سؤال
table-difficulty = جواب‌های اول نادرست در هر سؤال
question-label = { $number }. { $prompt }
column-question = سؤال
column-quiz = امتحان
column-first-attempts = کوشش‌های اول
column-wrong = نادرست
column-wrong-share = سهم نادرست
chart-wrong = { $percent } % نادرست ({ $wrong } از { $total })
learners-heading = شاگردان
learners-explained = گزارش‌های بالا تنها عددها را نشان می‌دهند. این‌جا می‌توانید شاگردان مؤسسه‌ای را که در آن مربی یا مدیر هستید، یکی‌یکی ببینید. هر بار که این فهرست را باز می‌کنید، در دفتر نظارت ثبت می‌شود، مانند هر دانلود CSV.
learners-show = نمایش شاگردان { $organization }
learners-hide = پنهان کردن شاگردان
learners-loading = در حال بارگیری شاگردان…
table-learners = شاگردان { $organization }
column-learner = شاگرد
column-courses = کورس‌ها
column-last-sync = آخرین همگام‌سازی
learner-course = { $course }: { $done }/{ $total } درس
learner-course-completed = تکمیل شد
learner-never-synced = هرگز
audit-heading = دفتر نظارت
audit-explained = چه کسی و چه وقت شاگردان را جداجدا دید یا یک جدول را دانلود کرد. تنها شما، مدیر این سرور، می‌توانید آن را بخوانید.
audit-show = نمایش دفتر نظارت
audit-refresh = تازه کردن
audit-loading = در حال بارگیری دفتر نظارت…
table-audit = دفتر نظارت، تازه‌ترین در اول
column-when = چه وقت
column-who = چه کسی
column-action = کار
column-detail = جزئیات
audit-action-view-learners = شاگردان را دید
audit-action-export = یک جدول را دانلود کرد

## دستگاه‌های مشترک: خروج و حذف همه چیز
error-device-full = این دستگاه پُر است: { $size } جای بیشتر لازم است. کورس دانلودشده‌ای را که دیگر لازم ندارید حذف کنید یا در دستگاه جا خالی کنید، بعد دوباره کوشش کنید؛ چیزی که پیش‌تر ذخیره شده بود، از بین نرفته است.
error-not-saved = این در دستگاه ذخیره نشد و هیچ بخشی از آن نگه داشته نشد. دوباره کوشش کنید.
error-server-full = جای سرور تمام شده و هیچ چیزی از این ذخیره نشد. هر چه در این دستگاه نگه داشته شده، این‌جا می‌ماند و بعداً دوباره فرستاده می‌شود؛ اگر این مشکل ادامه یافت، به مدیر سرور خبر دهید.
sign-out-title = خروج
signed-out-title = خارج شدید
sign-out-who = به‌عنوان { $name } وارد شده‌اید.
sign-out-pending = { $count ->
    [one] یک تغییری که این‌جا انجام شده، هنوز در سرور نیست.
   *[other] { $count } تغییری که این‌جا انجام شده، هنوز در سرور نیست.
}
sign-out-return-file = پیشرفت‌تان را برای مربی خود در یک فایل ذخیره کرده‌اید؟ فایل جوابی آن تنها تا وقتی این‌جا باز می‌شود که از حساب خارج نشده‌اید. تغییرات شما باز هم در همگام‌سازی بعدی، پس از آن‌که دوباره این‌جا وارد شوید، فرستاده می‌شوند.
sign-out-what-stays = بعد از خروج، هیچ چیزی از شما در این دستگاه نشان داده نمی‌شود: نه پیشرفت، نه جواب‌های امتحان، نه تصدیق‌نامه‌ها، نه پیش‌نویس‌ها و نه نام شما. تغییراتی که هنوز فرستاده نشده، تنها برای شما این‌جا می‌مانند و وقتی دوباره این‌جا وارد شوید، فرستاده می‌شوند. کورس‌های دانلودشده می‌مانند: آن‌ها عمومی هستند.
sign-out-send-first = اول فرستادن، بعد خروج
sign-out-keep-waiting = خروج، و تغییراتم برای خودم این‌جا بماند
signed-out-nothing-shown = اکنون هیچ چیزی از حساب شما در این دستگاه نشان داده نمی‌شود. کورس‌های دانلودشده در آن می‌مانند: آن‌ها عمومی هستند.
remove-everything-heading = حذف همه چیز از این دستگاه
remove-everything-explain = کورس‌های دانلودشده، تغییرات فرستاده‌نشدهٔ همهٔ حساب‌ها، تصدیق‌نامه‌ها، پیش‌نویس‌ها و برنامهٔ ذخیره‌شده را حذف می‌کند: مثلاً پیش از این‌که دستگاه به کس دیگری داده شود.
remove-everything-button = حذف همه چیز…
remove-everything-warning = { $count ->
    [0] هیچ تغییری که منتظر فرستادن باشد، از بین نمی‌رود. این کار برگشت‌پذیر نیست.
    [one] یک تغییر فرستاده‌نشده از بین می‌رود. این کار برگشت‌پذیر نیست.
   *[other] { $count } تغییر فرستاده‌نشده از بین می‌رود. این کار برگشت‌پذیر نیست.
}
remove-everything-confirm = بلی، همه چیز حذف شود
remove-everything-cancel = همه چیز بماند
verdict-revocation-unchecked = بررسی نشد که لغو شده یا نه
list-age-unchecked = هیچ‌کدام از فهرست‌های تصدیق‌نامه‌های لغوشده در این دستگاه (به تاریخ { $list }) شامل این تصدیق‌نامه نیست؛ معلومات صادرکننده آخرین بار { $checked } بررسی شد.
