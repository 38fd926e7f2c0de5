### status: draft
### Dala server: Dari (fa-AF). Drafted without a native speaker; awaiting review.

# کلماتی که خود سرور برای مردم چاپ می‌کند: PDF تصدیق‌نامه و معیارهای مدرک.
certificate-heading = تصدیق‌نامهٔ تکمیل کورس
certificate-awarded-to = بدین‌وسیله تصدیق می‌شود که
certificate-completed = کورس زیر را تکمیل کرده است
certificate-date = تاریخ تکمیل
certificate-issuer = صادرکننده
certificate-id = شمارهٔ تصدیق‌نامه
certificate-verify = برای بررسی تصدیق‌نامه، کود را اسکن کنید یا این آدرس را باز کنید
certificate-criteria = همهٔ درس‌های نسخهٔ { $version } کورس را تکمیل کرده و در همهٔ امتحان‌های آن کامیاب شده است.
# تاریخی مانند 23 نومبر 2026.
date = { $day } { $month } { $year }
month-1 = جنوری
month-2 = فبروری
month-3 = مارچ
month-4 = اپریل
month-5 = می
month-6 = جون
month-7 = جولای
month-8 = اگست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## خطاهای API: بخش `message` در جواب خطا، به زبانی که درخواست می‌خواهد (`Accept-Language`).
## کلمه‌های داخل علامت ` نام‌های API یا قالب کورس هستند و تغییر نمی‌کنند.
## `$detail` جزئیات فنی به انگلیسی است که از تجزیه‌کننده می‌آید.

# چیزی که درخواست نام برده، وجود ندارد.
error-not-found-api-route = چنین آدرس API وجود ندارد
error-not-found-course = کورس پیدا نشد
error-not-found-certificate = تصدیق‌نامه پیدا نشد
error-not-found-account = حساب پیدا نشد
error-not-found-blob = فایل پیدا نشد
error-not-found-join-code = کود عضویت پیدا نشد
error-not-found-revocation-list = فهرست تصدیق‌نامه‌های لغوشده پیدا نشد
# خرابی‌های خود سرور: جزئیات تنها در لاگ سرور است.
error-internal = خطای داخلی؛ جزئیات در لاگ سرور ثبت شده است
error-storage-full = دیسک سرور پر است، پس هیچ چیزی از این ذخیره نشد؛ بعداً دوباره کوشش کنید
error-range-not-satisfiable = بخش درخواست‌شده را نمی‌توان فرستاد
# ورود و نشست‌ها.
error-unauthorized = اول وارد شوید: `Authorization: Bearer <token>` را بفرستید
error-session-invalid = این نشست وجود ندارد؛ دوباره وارد شوید
error-session-expired = این نشست چون مدت زیادی استفاده نشد، ختم شده است؛ دوباره وارد شوید
error-session-revoked = این نشست بسته شده است؛ دوباره وارد شوید
error-wrong-credentials = نام کاربری یا رمز نادرست است
error-too-many-attempts = { $seconds ->
   *[other] کوشش‌های ناکام ورود بیش از حد زیاد است؛ { $seconds } ثانیه بعد دوباره کوشش کنید
}
error-forbidden = این حساب اجازهٔ این کار را ندارد
error-reset-code-invalid = این نام کاربری و کود بازیابی با هیچ کود معتبری مطابقت ندارد؛ از مربی خود کود تازه بخواهید
# حساب‌ها و نام‌ها. `$field` یکی از پیام‌های error-field-… در پایین است.
error-login-name = نام کاربری باید 3 تا 64 حرف کوچک لاتین، عدد، نقطه، زیرخط یا خط تیره باشد
error-login-taken = نام کاربری `{ $login }` قبلاً گرفته شده است
error-password-length = رمز باید 8 تا 1024 حرف باشد
error-organization-exists = مؤسسه‌ای به نام `{ $name }` از قبل وجود دارد
error-field-display-name = نام نمایشی
error-field-join-code-label = برچسب کود عضویت
error-field-organization-name = نام مؤسسه
error-name-length = { $field } باید 1 تا { $max } حرف باشد
error-name-controls = { $field } نباید حرف‌های کنترلی یا حرف‌های تعیین جهت متن داشته باشد
error-name-invisible = { $field } نباید حرف‌های نامرئی داشته باشد
error-name-not-visible = { $field } دست‌کم به یک حرف، عدد یا نشانهٔ دیدنی نیاز دارد
error-name-accents = { $field } روی یک حرف حداکثر { $max } نشانهٔ آوایی (اعراب) می‌تواند داشته باشد
# کودهای عضویت و ثبت‌نام در کورس‌ها.
error-join-code-invalid = چنین کود عضویتی وجود ندارد؛ آن را با مربی خود بررسی کنید
error-join-code-expired = مهلت این کود عضویت تمام شده است؛ از مربی خود کود تازه بخواهید
error-join-code-used-up = این کود عضویت به اندازهٔ مجاز استفاده شده است؛ از مربی خود کود تازه بخواهید
error-join-code-ended = مربی این کود عضویت را لغو کرده است؛ از مربی خود کود تازه بخواهید
error-course-archived = کورس `{ $course }` بایگانی شده است
error-enrollment-closed = در کورس `{ $course }` با کود عضویتی که مربی می‌دهد ثبت‌نام می‌شوند
error-no-such-course = کورس `{ $course }` وجود ندارد
error-invitation-once = دعوت‌نامه تنها یک بار استفاده می‌شود: `max_uses` باید 1 باشد
error-expires-in-days = `expires_in_days` باید از 1 تا 365 باشد
error-max-uses = `max_uses` باید از 1 تا 10000 باشد
error-join-code-no-course = کود عضویت باید دست‌کم در یک کورس ثبت‌نام کند
error-enroll-too-many = حداکثر { $max } حساب در یک بار
error-not-a-member = `{ $account }` عضو این مؤسسه نیست
# محتوای درخواست‌ها و پارامترهای آدرس.
error-json-invalid = محتوای درخواست JSON معتبر نیست: { $detail }
error-json-shape = ساختار JSON در محتوای درخواست نادرست است: { $detail }
error-json-content-type = محتوا را با `Content-Type: application/json` بفرستید
error-body-unreadable = محتوای درخواست خوانده نشد: { $detail }
error-body-too-large = محتوای درخواست بزرگ‌تر از اندازه‌ای است که این درخواست می‌پذیرد
error-query-invalid = پارامترهای درخواست در آدرس (query string) معتبر نیستند: { $detail }
error-encoding-unreadable = Content-Encoding خوانده نمی‌شود
error-encoding-unsupported = Content-Encoding `{ $encoding }` پذیرفته نمی‌شود: gzip یا JSON ساده بفرستید
error-compressed-too-large = محتوای فشرده بیش از { $limit } بایت است
error-gzip-invalid = محتوای درخواست gzip معتبر نیست: { $detail }
error-decompressed-too-large = محتوا پس از باز شدن بیش از { $limit } بایت می‌شود؛ در هر بار رویدادهای کمتری بفرستید
error-sync-too-many-events = حداکثر { $max } رویداد در هر همگام‌سازی؛ باقی را در بار بعدی بفرستید
# سؤال‌ها از مربیان و جواب‌های آن‌ها (سؤال یا جوابی که در همگام‌سازی پذیرفته نشد).
error-message-empty = سؤال یا جواب باید متن داشته باشد
error-message-too-long = سؤال یا جواب حداکثر { $max } حرف است
error-message-control-characters = سؤال یا جواب متن ساده است: بدون حرف‌های کنترلی
error-question-not-found = این سؤال وجود ندارد، یا شما نمی‌توانید در آن بنویسید
error-question-event-taken = این شناسهٔ رویداد از قبل پیام شخص دیگری را دارد
error-question-daily-limit = حداکثر { $max } سؤال در یک روز؛ این سؤال را فردا بفرستید
error-question-no-organization = مؤسسه‌ای نیست که از آن سؤال کنید: با کودی که مربی می‌دهد عضو یک مؤسسه شوید
error-question-not-staff = تنها مربیان و مدیران مؤسسهٔ همین سؤال به آن جواب می‌دهند
error-question-already-answered = سؤالی را که مربی به آن جواب داده است نمی‌توان حذف کرد
error-question-unknown-course = چنین نسخه‌ای از کورس `{ $course }` وجود ندارد
error-question-unknown-lesson = این کورس درسی به نام `{ $lesson }` ندارد
error-question-not-enrolled = سؤال دربارهٔ کورس `{ $course }` مخصوص شاگردان آن است: از مربی کود عضویت بخواهید
# گزارش‌ها.
error-date-format = تاریخ‌ها به شکل YYYY-MM-DD نوشته می‌شوند؛ { $text } تاریخ نیست
error-period-reversed = تاریخ پایان دوره پیش از تاریخ شروع آن است
error-learners-need-organization = جدول شاگردان مربوط به یک مؤسسه است: `organization=ID` را اضافه کنید
error-unknown-table = جدول ناشناختهٔ { $table } (جدول‌ها: organizations، courses، months، learners)
# تصدیق‌نامه‌ها و فایل‌ها.
error-certificate-too-long = یک تصدیق‌نامه چند کیلوبایت است؛ این بیش از حد طولانی است
error-revocation-reason = دلیلی با 1 تا 500 حرف بنویسید
error-blob-name = نام فایل یک SHA-256 است: 64 رقم در مبنای شانزده با حروف کوچک
# ساختن کورس‌ها. `$problems` فهرست مشکلات پیش‌نویس است، هر کدام به شکل problem-at-line یا problem-in-file.
error-course-slug = نام کوتاه کورس باید از حروف کوچک لاتین، عددها و خط تیره باشد، حداکثر 64 حرف
error-course-exists = کورسی به نام `{ $course }` از قبل وجود دارد؛ نام دیگری انتخاب کنید
error-draft-wrong-course = این پیش‌نویس برای `{ $draft }` است، نه برای `{ $course }`
error-draft-conflict = کسی این پیش‌نویس را بعد از نسخه‌ای که شما ویرایش کردید، ذخیره کرده است؛ اول نسخهٔ او را باز کنید
error-draft-problems = پیش از نشر این مشکلات را حل کنید: { $problems }
# عکس‌های آپلودشده. `$limit` اندازه‌ای مانند "4 KB" یا "2.5 MB" است.
error-image-too-large = فایل بزرگ‌تر از { $limit } است. لطفاً عکس کوچک‌تری آپلود کنید.
error-not-an-image = این فایل عکس نیست. لطفاً یک عکس JPEG، PNG، GIF یا WebP آپلود کنید.
error-image-format = عکس‌های { $format } پذیرفته نمی‌شوند. لطفاً یک عکس JPEG، PNG، GIF یا WebP آپلود کنید.
error-image-too-many-pixels = این عکس { $width } × { $height } پیکسل است؛ حداکثر { $megapixels } مگاپیکسل پذیرفته می‌شود. لطفاً عکس کوچک‌تری آپلود کنید.
error-image-unreadable = عکس خوانده نشد: شاید فایل خراب یا ناقص باشد ({ $detail }).
error-image-alt-text-missing = لطفاً عکس را با یک متن کوتاه برای شاگردانی که نمی‌توانند آن را ببینند، توضیح دهید.

## مشکلات یک کورس: آنچه `dala course check` برای پوشهٔ کورس چاپ می‌کند و آنچه ویرایشگر کنار پیش‌نویس
## نشان می‌دهد. کلمه‌های داخل علامت ` نام فایل‌ها، کلیدها و مقدارهای قالب کورس هستند و تغییر نمی‌کنند.

# یک مشکل و جای آن: `$file` مانند 03-media.md، `$line` شمارهٔ سطر، `$problem` خود مشکل.
problem-at-line = { $file }:{ $line }: { $problem }
problem-in-file = { $file }: { $problem }
# پوشهٔ کورس و فایل‌های آن.
problem-unreadable = خوانده نمی‌شود: { $detail }
problem-folder-name = نام پوشهٔ کورس باید از حروف کوچک لاتین، عددها و خط تیره باشد
problem-quiz-file-name = نام فایل امتحان باید مانند `03-quiz-id.quiz.toml` باشد
problem-lesson-file-name = نام فایل درس باید مانند `01-lesson-id.md` باشد
problem-unexpected-file = فایل ناشناخته: در پوشهٔ کورس تنها course.toml، درس‌هایی به نام `NN-id.md`، امتحان‌هایی به نام `NN-id.quiz.toml` و عکس‌ها (png، jpg، gif، webp، svg) جای دارند
problem-metadata-missing = موجود نیست: هر کورس به فایل معلومات خود نیاز دارد
problem-number-twice = شمارهٔ درس دو بار استفاده شده است ({ $files }): ترتیب روشن نیست
problem-duplicate-id = شناسهٔ تکراری `{ $id }` (در { $file } هم هست)
problem-no-lessons = درسی نیست: فایل‌های Markdown با نام‌هایی مانند `01-introduction.md` اضافه کنید
problem-too-many-items = { $count } درس و امتحان: یک کورس حداکثر { $max } درس و امتحان دارد
problem-too-many-images = { $count } عکس: یک کورس حداکثر { $max } عکس دارد
problem-not-utf8 = UTF-8 معتبر نیست: فایل را به شکل UTF-8 ذخیره کنید
# فایل معلومات، course.toml. `$key` یکی از کلیدهای آن است، مانند `title`.
problem-toml-invalid = TOML معتبر نیست: { $detail }
problem-key-empty = `{ $key }` نباید خالی باشد
problem-key-not-string = `{ $key }` باید یک رشتهٔ متنی باشد
problem-key-not-list = `{ $key }` باید فهرستی از رشته‌های متنی باشد
problem-key-too-long = `{ $key }` بیش از { $max } حرف است
problem-key-too-many = `{ $key }` بیش از { $max } مورد دارد
problem-key-entry-too-long = یکی از موردهای `{ $key }` بیش از { $max } حرف است
problem-language-tag = `{ $tag }` کود زبان مانند `en`، `ru` یا `kk` نیست
problem-authors-empty = `authors` باید دست‌کم یک نویسنده را نام ببرد
problem-open-not-boolean = `open` باید true یا false باشد
problem-not-a-slug = `{ $slug }` نام کوتاه کورس نیست
problem-unknown-key = کلید ناشناختهٔ معلومات `{ $key }` (کلیدهای شناخته‌شده: { $known })
problem-required-key = کلید لازمی `{ $key }` موجود نیست
problem-translation-missing = ترجمهٔ `{ $course }` کورسی در این پوشه نیست
problem-translation-unknown = ترجمهٔ `{ $course }` کورس دیگری در این سرور نیست
problem-translation-other-organization = ترجمهٔ `{ $course }` به مؤسسهٔ دیگری تعلق دارد
problem-key-not-table = `{ $key }` باید یک جدول باشد، مانند `[{ $key }]`
problem-key-not-slug = `{ $key }` باید نام کوتاه یک کورس باشد
problem-translation-status = `translation.status` باید "draft" یا "reviewed" باشد
problem-translation-hash = `translation.lessons` برای `{ $lesson }` باید SHA-256 باشد: 64 رقم در مبنای شانزده، با حروف کوچک
problem-translation-lesson-unknown = `translation.lessons` از `{ $lesson }` نام می‌برد، اما این کورس چنین درسی ندارد
problem-translation-source-itself = `translation.source` خود همین کورس را نام می‌برد
problem-translation-source-missing = کورس منبع ترجمه، `{ $course }`، در این پوشه نیست
problem-translation-source-unknown = کورس منبع ترجمه، `{ $course }`، در این سرور نیست
# درس‌ها.
problem-lesson-too-large = یک درس حداکثر { $max } کیلوبایت متن دارد؛ این درس { $size } کیلوبایت است
problem-second-title = تنها سطر اول می‌تواند عنوان سطح 1 (`# `) باشد
problem-no-title = درس باید با عنوان خود، به شکل عنوان سطح 1، شروع شود (`# عنوان`)
problem-title-too-long = عنوان بیش از { $max } حرف است
problem-too-deep = در این درس عنصرها بیش از { $max } سطح در داخل یکدیگر آمده‌اند (نقل‌قول‌ها، فهرست‌ها یا تگ‌های HTML)؛ آن را ساده‌تر کنید
problem-too-many-elements = این درس بیش از { $max } عنصر دارد (پاراگراف‌ها، موردهای فهرست، تگ‌ها)؛ آن را به چند درس تقسیم کنید
# عکس‌های کورس.
problem-image-external = عکس `{ $image }` باید فایلی در پوشهٔ کورس باشد: شاگردان بدون انترنت درس می‌خوانند
problem-image-not-found = عکس `{ $image }` در پوشهٔ کورس پیدا نشد
problem-image-alt = عکس `{ $image }` به متن جایگزین نیاز دارد: `![آنچه نشان می‌دهد]({ $image })`
problem-image-name = نام عکس باید از حروف کوچک لاتین، عددها و خط تیره، با پسوند فایل عکس باشد
problem-image-missing = این عکس در سرور نیست: آن را دوباره آپلود کنید
# امتحان‌ها. `$kind` نوع سؤال است، مانند single_choice.
problem-quiz-invalid = امتحان معتبر نیست: { $detail }
problem-quiz-too-many-questions = یک امتحان حداکثر { $max } سؤال دارد
problem-pass-mark = `pass_mark` درصدی از 1 تا 100 است
problem-max-attempts = `max_attempts` باید دست‌کم 1 باشد (برای کوشش‌های بی‌حد، آن را ننویسید)
problem-no-questions = امتحان دست‌کم به یک `[[questions]]` نیاز دارد
# مشکل یک سؤال: `$number` شمارهٔ سؤال، `$problem` یکی از پیام‌های پایین.
problem-question = سؤال { $number }: { $problem }
problem-options = `options` لازم است: دست‌کم دو گزینه، هیچ‌کدام خالی نباشد
problem-option-number = شمارهٔ گزینه‌ها از 1 تا { $count } است؛ { $number } یکی از آن‌ها نیست
problem-key-not-for-kind = `{ $key }` به سؤال نوع { $kind } تعلق ندارد
problem-answer-single = `answer` لازم است: شمارهٔ گزینهٔ درست
problem-answers-multiple = `answers` لازم است: شمارهٔ همهٔ گزینه‌های درست
problem-answers-twice = `answers` یک گزینه را دو بار نام برده است
problem-answer-true-false = `answer = true` یا `answer = false` لازم است
problem-accepted = `accepted` لازم است: جواب‌های قابل قبول، هیچ‌کدام خالی نباشد
problem-unknown-kind = نوع ناشناختهٔ `{ $kind }` (نوع‌ها: { $kinds })
problem-question-too-long = بیش از حد طولانی: حداکثر { $prompt } حرف در `prompt` و در `explanation`، { $options } گزینه در `options` هر کدام تا { $option } حرف، { $accepted } جواب در `accepted` هر کدام تا { $answer } حرف

# `dala course check` در خط فرمان. `$course` نام کوتاه کورس است و `$lesson` شناسهٔ درس.
check-source-changed = { $course }: درس `{ $lesson }`: منبع پس از ترجمه تغییر کرده است
check-not-tracked = { $course }: درس `{ $lesson }`: پیگیری نمی‌شود (در `[translation.lessons]` هش ندارد)
check-not-translated = { $course }: درس `{ $lesson }` کورس منبع ترجمه نشده است
check-gone-from-source = { $course }: درس `{ $lesson }`: کورس منبع دیگر این درس را ندارد
check-source-missing = { $course }: کورس منبع `{ $source }` پیدا نشد
check-warning = هشدار: { $warning }
check-clean = { $courses ->
    [one] { $courses } کورس بررسی شد: مشکلی نیست
   *[other] { $courses } کورس بررسی شد: مشکلی نیست
}
check-clean-with-warnings = { $courses ->
    [one] { $courses } کورس بررسی شد: مشکلی نیست
   *[other] { $courses } کورس بررسی شد: مشکلی نیست
}، { $warnings ->
    [one] { $warnings } هشدار
   *[other] { $warnings } هشدار
}
check-problems = { $problems ->
    [one] { $problems } مشکل
   *[other] { $problems } مشکل
}

# فایل‌هایی که وقتی شبکه قطع است دست به دست می‌شوند: کلیدهای دستگاه، و فایل‌های پیشرفت که پذیرفته نشدند.
error-device-key-invalid = کلید دستگاه 32 بایت است که با 64 رقم در مبنای شانزده نوشته می‌شود، و کلید امضا باید یک کلید معتبر Ed25519 باشد
error-device-key-taken = این کلید دستگاه به حساب دیگری ثبت شده است یا لغو شده است: دوباره وارد شوید تا کلید تازه‌ای ساخته شود
error-file-not-this-kind = این فایل پیشرفت Dala نیست
error-file-truncated = فایل پیش از پایانش بریده شده است: آن را دوباره کاپی کنید یا بفرستید
error-file-too-large = فایل بزرگ‌تر از اندازه‌ای است که یک فایل پیشرفت می‌تواند باشد
error-file-other-installation = این فایل برای سرور دیگری از Dala ساخته شده است، یا پس از ساخته شدن تغییر کرده است
error-file-altered = فایل پس از ساخته شدن تغییر کرده است
error-file-malformed = درون فایل خراب است
error-file-unknown-device = دستگاهی که این فایل را ساخته، اینجا ثبت نشده است: شاگرد باید یک بار، وقتی انترنت وصل است، در آن دستگاه وارد شود
error-file-other-account = حسابی که در فایل نام برده شده، حساب دستگاهی نیست که فایل در آن امضا شده است
error-file-device-ended = دستگاهی که این فایل را ساخته، لغو شده است (نشست‌های حساب آن پایان یافته است): شاگرد دوباره وارد می‌شود و فایل تازه‌ای می‌سازد
