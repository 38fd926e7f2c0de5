### status: draft
### Dala web client: Mongolian (mn). Drafted without a native speaker; awaiting review.
# editor: Mongolian
edit-lesson-removed = “{ $title }” хичээлийг устгалаа
edit-quiz-removed = “{ $title }” сорилыг устгалаа
edit-undo = Буцаах
edit-language-help = Сургалтыг анх нийтлэх хүртэл хэлийг нь өөрчилж болно.
edit-language-fixed = Сургалт энэ хэлээр нийтлэгдсэн тул хэлийг нь өөрчлөх боломжгүй: суралцагчид үүнийг байгаа хэвээр нь хадгалж байгаа. Өөр хэлээр хийх бол шинэ сургалт үүсгээд орчуулга гэж нэрлэнэ үү.
edit-source-changed = Эх бичвэр өөрчлөгдсөн: { $date }
edit-source-changed-help = Энэ хичээлийг эх сургалтын өмнөх бичвэрээс орчуулсан. Хоёр бичвэрийг харьцуулж, орчуулгаа шинэчлээд, шинэчилсэн гэж тэмдэглэнэ үү.
edit-source-old = Орчуулах үеийн эх бичвэр
edit-source-new = Одоогийн эх бичвэр
edit-source-old-missing = Энэ хичээлийг орчуулсан бичвэр хадгалагдахаа больсон.
edit-mark-updated = Шинэчилсэн гэж тэмдэглэх
