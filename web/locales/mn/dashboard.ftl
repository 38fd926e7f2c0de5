### status: draft
### Dala web client: Mongolian (mn). Drafted without a native speaker; awaiting review.
# dashboard: Mongolian
learners-search = Нэрээр хайх
learners-sort = Эрэмбэлэх
learners-sort-name = Нэрээр, А-аас Я хүртэл
learners-sort-last-sync = Сүүлийн синхрончлол, шинэ нь эхэндээ
learners-sort-progress = Ахиц, их нь эхэндээ
learners-count = Харуулж буй: { $shown } / { $total }
audit-action-password-reset = Сэргээх код үүсгэсэн
audit-action-password-reset-used = Сэргээх кодоор нууц үг тохируулсан
