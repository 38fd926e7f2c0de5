### status: draft
### Dala web client: Dari (fa-AF). Drafted without a native speaker; awaiting review.

## خطاهای بخش مؤسسه
error-join-code-ended = این کود را مربی شما پایان داده است. از او کود تازه بخواهید.
error-reset-code-invalid = این کود بازیابی کار نمی‌کند: شاید اشتباه نوشته شده، قبلاً استفاده شده، با کود تازه‌تری جایگزین شده یا بیش از 72 ساعت از آن گذشته است. نام کاربری و کود را بررسی کنید، یا از مربی خود کود تازه بخواهید.
error-course-archived = این کورس بایگانی شده است: دیگر پیشنهاد نمی‌شود. کورس دیگری انتخاب کنید یا اول آن را دوباره نمایش دهید.

## صفحهٔ یک مؤسسه
org-title = مؤسسه
org-sign-in = برای اداره کردن این مؤسسه، به‌عنوان مربی یا مدیر آن وارد شوید.
org-not-allowed = این صفحه برای مربیان و مدیران این مؤسسه است. حساب شما یکی از آن‌ها نیست.
org-offline = این صفحه به اتصال با سرور نیاز دارد. به انترنت وصل شوید و دوباره کوشش کنید.
org-forbidden = حساب شما اجازهٔ این کار را در این مؤسسه ندارد.
org-contents = در این صفحه
org-confirm-cancel = لغو
org-role-learner = شاگرد
org-role-trainer = مربی
org-role-administrator = مدیر
org-column-label = برچسب
org-column-courses = کورس‌ها
org-column-course = کورس
org-column-role = نقش
org-column-roles = نقش‌ها
org-column-uses = استفاده
org-column-expires = پایان
org-column-state = وضعیت
org-column-action = کار
org-column-member = عضو
org-column-learner = شاگرد
org-column-learners = شاگردان
org-column-access = ثبت‌نام
org-column-catalog = فهرست کورس‌ها
org-column-issued = تاریخ صدور

## کودهای عضویت
org-codes-heading = کودهای عضویت
org-codes-explained = با کود عضویت، شاگردان حساب خود را می‌سازند و کورس‌هایی را که شما انتخاب می‌کنید، می‌گیرند. لینک یا کود QR آن را شریک بسازید، یا آن را بلند بخوانید.
org-codes-table = کودهای عضویت این مؤسسه
org-code-new = کود عضویت تازه
org-code-for = این کود برای کیست
org-code-for-learners = شاگردان (یک گروه)
org-code-for-trainer = یک مربی تازه
org-code-for-administrator = یک مدیر تازه
org-code-invitation-hint = دعوت‌نامه برای یک نفر است: تنها یک بار کار می‌کند.
org-code-courses = کورس‌هایی که این کود می‌دهد
org-code-no-courses = این مؤسسه هنوز کورسی برای دادن ندارد.
org-code-label = برچسب (برای شما: این کود برای چه کسی است)
org-code-label-hint = مثلاً «هرات، گروه مارچ». شاگردان آن را نمی‌بینند.
org-code-max-uses = چند نفر می‌توانند با آن عضو شوند
org-code-days = چند روز تا پایان آن
org-code-create = ساختن کود عضویت
org-code-create-invitation = ساختن دعوت‌نامه
org-code-card-title = کود عضویت تازه
org-code-card-invitation = دعوت‌نامه برای یک { $role }
org-code-card-open = شاگردان این لینک را در تیلفون خود باز می‌کنند، یا صفحهٔ عضویت را باز کرده کود را می‌نویسند:
org-code-card-limits = برای { $uses ->
    [one] یک نفر
   *[other] { $uses } نفر
  } تا { $date } کار می‌کند.
org-code-card-once = این کود تنها همین حالا نشان داده می‌شود: سرور هیچ نسخه‌ای از آن نگه نمی‌دارد که دوباره نشان دهد. پیش از ترک این صفحه، آن را کاپی یا چاپ کنید یا بنویسید.
org-code-qr = کود QR لینک عضویت
org-code-copy = کاپی لینک
org-code-copied = لینک کاپی شد.
org-code-copy-failed = این براوزر اجازهٔ کاپی را نداد. لینک بالا را انتخاب کنید و با دست کاپی کنید.
org-code-print = چاپ
org-code-no-label = (بدون برچسب)
org-codes-none = هنوز هیچ کود عضویتی نیست.
org-code-uses = { $uses } از { $max }
org-code-active = فعال
org-code-ended = پایان یافته
org-code-expired = مهلت گذشته
org-code-used-up = تا آخر استفاده شده
org-code-end = پایان دادن کود
org-code-end-question = این کود پایان یابد؟ دیگر هیچ کس نمی‌تواند با آن عضو شود؛ حساب‌هایی که با آن ساخته شده‌اند، می‌مانند.
org-code-end-yes = بلی، پایان یابد

## اعضا
org-members-heading = اعضا
org-members-search = جستجو بر اساس نام یا نام کاربری
org-members-table = اعضای این مؤسسه
org-reset = بازیابی رمز
org-reset-question = برای { $name } کود بازیابی ساخته شود؟ رمز فعلی او وقتی رمز تازه بگذارد، دیگر کار نمی‌کند.
org-reset-yes = بلی، کود ساخته شود
org-reset-card-title = کود بازیابی برای { $name }
org-reset-code = کود بازیابی
org-reset-card-how = این نام کاربری و کود را حضوری به { $name } بدهید. این کود 72 ساعت (تا { $date }) اعتبار دارد و یک بار کار می‌کند: او صفحهٔ زیر را باز می‌کند، هر دو را می‌نویسد و یک رمز تازه انتخاب می‌کند.
org-reset-card-once = این کود تنها همین حالا نشان داده می‌شود. ساختن کود دیگر آن را جایگزین می‌کند.
org-end-sessions = پایان دادن نشست‌ها
org-end-sessions-question = { $name } از همهٔ دستگاه‌ها خارج شود (برای تیلفون گم‌شده)؟ پیشرفت او در سرور نگه داشته می‌شود.
org-end-sessions-yes = بلی، از همه جا خارج شود
org-sessions-ended = { $count ->
    [0] { $name } در هیچ جا وارد نشده بود.
    [one] یک نشست { $name } پایان یافت.
   *[other] { $count } نشست { $name } پایان یافت.
  }
org-give-heading = دادن یک کورس
org-give-explained = اعضا را در جدول علامت بزنید، یک کورس انتخاب کنید و آن را به آن‌ها بدهید. کسانی که آن را از قبل دارند، کنار گذاشته می‌شوند.
org-give-course = کورس
org-give-button = { $count ->
    [0] اول اعضا را در جدول علامت بزنید
    [one] دادن به یک عضو
   *[other] دادن به { $count } عضو
  }
org-give-done = { $count ->
    [0] همهٔ انتخاب‌شدگان این کورس را از قبل داشتند.
    [one] کورس به یک عضو داده شد.
   *[other] کورس به { $count } عضو داده شد.
  }

## کورس‌ها
org-courses-heading = کورس‌ها
org-courses-explained = کورس‌هایی که شاگردان این مؤسسه دارند یا می‌توانند بگیرند. کورس بایگانی‌شده از فهرست کورس‌ها پنهان است؛ کسانی که آن را دارند، خواندن آن را ادامه می‌دهند و تصدیق‌نامه‌هایشان معتبر می‌ماند.
org-courses-table = کورس‌های این مؤسسه
org-course-open = برای همه باز
org-course-closed = با کود عضویت
org-course-archived = بایگانی‌شده
org-course-shown = در فهرست کورس‌ها
org-course-archive = بایگانی
org-course-archive-named = بایگانی { $course }
org-course-unarchive = نمایش دوباره
org-course-unarchive-named = نمایش دوبارهٔ { $course }

## تصدیق‌نامه‌ها
org-certificates-heading = تصدیق‌نامه‌ها
org-certificates-explained = تصدیق‌نامه‌های تکمیل کورس که از طریق این مؤسسه به دست آمده‌اند. یک تصدیق‌نامه را تنها وقتی لغو کنید که به اشتباه داده شده یا به شکل نادرست به دست آمده باشد: هر کسی که آن را بررسی کند، دلیل شما را می‌بیند.
org-certificates-table = تصدیق‌نامه‌های این مؤسسه
org-certificate-valid = معتبر
org-certificates-none = هنوز هیچ تصدیق‌نامه‌ای نیست.
org-certificate-revoked = در { $date } لغو شد: { $reason }
org-certificate-revoke = لغو
org-certificate-reason = دلیل (به هر کسی که بررسی کند نشان داده می‌شود)
org-certificate-revoke-yes = لغو تصدیق‌نامه

## مؤسسه‌ها
orgs-title = مؤسسه‌ها
orgs-none = این صفحه برای مربیان و مدیران است. حساب شما هیچ مؤسسه‌ای را اداره نمی‌کند.
orgs-own-heading = مؤسسه‌هایی که شما اداره می‌کنید
orgs-all-heading = همهٔ مؤسسه‌ها
orgs-table = همهٔ مؤسسه‌های این سرور
orgs-column-name = نام
orgs-none-yet = هنوز هیچ مؤسسه‌ای نیست.
orgs-column-members = اعضا
orgs-column-created = تاریخ ساخت
orgs-new-heading = مؤسسهٔ تازه
orgs-name = نام مؤسسه
orgs-create = ساختن مؤسسه
orgs-created = { $name } ساخته شد.
orgs-open = باز کردن

## گذاشتن رمز تازه با کود بازیابی
reset-title = گذاشتن رمز تازه
reset-intro = رمز خود را فراموش کرده‌اید؟ از مربی خود کود بازیابی بخواهید، بعد نام کاربری، کود و رمز تازهٔ خود را این‌جا بنویسید.
reset-code = کود بازیابی
reset-code-hint = 12 حرف و عدد، همان‌طور که مربی شما داده است. حروف بزرگ و خط تیره مهم نیستند.
reset-new-password = رمز تازه
reset-new-password-again = تکرار رمز تازه
reset-mismatch = دو رمز با هم فرق دارند. همان رمز تازه را دو بار بنویسید.
reset-button = گذاشتن رمز و ورود
reset-sign-in = رمز خود را به یاد دارید؟ وارد شوید
org-questions-link = سوال‌های شاگردان

# فایل پیشرفت یک شاگرد، آورده‌شده از جایی که انترنت قطع است.
org-carried-heading = فایل پیشرفت شاگرد
org-carried-explained = شاگردی که در جایی است که انترنت قطع است، پیشرفت خود را در یک فایل (پسوند آن .dalp است) ذخیره می‌کند و آن را به شما می‌دهد. وقتی آنلاین هستید، آن را این‌جا وارد کنید: تغییرات او تنها یک بار ذخیره می‌شوند، هر چند بار هم که این فایل برسد، و یک فایل جوابی برای شما ذخیره می‌شود تا آن را به دستگاه او برگردانید. هر دو فایل را تنها این سرور می‌تواند بخواند.
org-carried-label = فایل پیشرفت را انتخاب کنید
org-carried-done = { $count ->
    [one] یک تغییر ذخیره شد
   *[other] { $count } تغییر ذخیره شد
}{ $refused ->
    [0] .
   *[other] ، { $refused } تغییر رد شد.
} فایل جوابی ذخیره شد: آن را به شاگرد برگردانید؛ او آن را در صفحهٔ «بدون انترنت» باز می‌کند.
