### status: draft
### Dala web client: Mongolian (mn). Drafted without a native speaker; awaiting review.
# screen: Mongolian
header-menu = Цэс
header-organizations = Байгууллагууд
header-sign-out-pending = Гарах (өөрчлөлт хүлээгдэж байна)…
sync-line-refused = { $count } хадгалагдаагүй
sync-line-hint = Дэлгэрэнгүй мэдээлэл болон “Одоо синхрончлох” товчийг харуулна.
sync-line-explain = Таны ахиц эхлээд энэ төхөөрөмж дээр хадгалагдаж, холболт байгаа үед сервер рүү илгээгдэнэ: апп нээгдэхэд, минут тутамд, мөн та “Одоо синхрончлох” товчийг дарахад.
verify-show-text = Гэрчилгээний текст, эсвэл өөр гэрчилгээ шалгах
certificate-files-what = Эдгээр ямар файл вэ?
certificate-files-explain = Эдгээр нь бусад системийн уншдаг стандарт хэлбэрээрх нэг л гэрчилгээ юм: гарын үсэгтэй файл нь JWT (.jwt) хэлбэрээр гарын үсэг зурсан Open Badges 3.0 цахим гэрчилгээ; гэрчилгээний өгөгдөл нь мөн тэр цахим гэрчилгээ JSON (.json) хэлбэрээр. Аль алиныг нь хэн ч энэ сайтын “Гэрчилгээ шалгах” хуудсанд олгогчийн хүчингүй болгосон гэрчилгээний жагсаалттай (W3C Bitstring Status List) тулгаж шалгаж болно.
