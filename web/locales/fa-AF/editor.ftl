### status: draft
### Dala web client: Dari (fa-AF). Drafted without a native speaker; awaiting review.

edit-lesson-removed = درس «{ $title }» حذف شد
edit-quiz-removed = امتحان «{ $title }» حذف شد
edit-undo = برگرداندن
edit-language-help = زبان را تا اولین نشر کورس می‌توان تغییر داد.
edit-language-fixed = کورس به همین زبان نشر شده است، پس زبان آن تغییر نمی‌کند: شاگردان آن را همان‌طور که هست دارند. برای زبان دیگر، یک کورس تازه بسازید و آن را به‌عنوان ترجمه نام‌گذاری کنید.
edit-source-changed = متن اصلی تغییر کرد: { $date }
edit-source-changed-help = این درس از متن قبلی کورس اصلی ترجمه شده است. دو متن را مقایسه کنید، ترجمه را تازه کنید و بعد آن را به‌عنوان تازه‌شده نشانی کنید.
edit-source-old = متن اصلی هنگام ترجمه
edit-source-new = متن اصلی اکنون
edit-source-old-missing = متنی که این درس از آن ترجمه شده است دیگر نگه‌داری نمی‌شود.
edit-mark-updated = به‌عنوان تازه‌شده نشانی کن
