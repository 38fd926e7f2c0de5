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
