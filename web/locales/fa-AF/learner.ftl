### status: draft
### Dala web client: Dari (fa-AF). Drafted without a native speaker; awaiting review.

sign-in-new-here = تازه آمده‌اید؟ مربی شما به شما کود عضویت می‌دهد.
sign-in-forgot = رمز خود را فراموش کرده‌اید؟ مربی شما می‌تواند به شما کود بازیابی بدهد.
sign-in-reset-link = گذاشتن رمز تازه با کود بازیابی
join-have-account = از قبل حساب دارید؟ وارد شوید
join-login-too-short = نام کاربری دست‌کم 3 حرف لازم دارد.
join-login-too-long = نام کاربری حداکثر 64 حرف دارد.
join-login-space = نام کاربری نمی‌تواند فاصله داشته باشد: به جای آن از نقطه، خط تیره یا زیرخط استفاده کنید (مثلاً dilnoza.k).
join-login-character = نام کاربری تنها می‌تواند حروف لاتین، عدد، نقطه، خط تیره و زیرخط داشته باشد: «{ $character }» مجاز نیست.
catalog-welcome = آموزش را شروع کنید
catalog-welcome-text = از مربی خود کود عضویت گرفته‌اید؟ با آن حساب خود را بسازید. از قبل حساب دارید؟ وارد شوید.
course-continue = ادامه: درس { $number } · { $title }
course-closed = این کورس برای شاگردان یک مؤسسه است: از مربی خود کود عضویت بخواهید.
course-closed-on-device = این کورس در این دستگاه هست، اما پیشرفت شما در آن به سرور فرستاده نمی‌شود.
lesson-complete-continue = تکمیل و ادامه
lesson-go-quiz = رفتن به امتحان
lesson-go-next = درس بعدی
lesson-go-course = بازگشت به کورس
