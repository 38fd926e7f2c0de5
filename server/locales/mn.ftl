### status: draft
### Dala server: Mongolian (mn). Drafted without a native speaker; awaiting review.
# Words the server itself prints for people: the certificate PDF and the credential's criteria.
certificate-heading = Сургалт төгссөний гэрчилгээ
certificate-awarded-to = Энэхүү гэрчилгээгээр
certificate-completed = дараах сургалтыг амжилттай төгссөнийг гэрчилж байна
certificate-date = Төгссөн огноо
certificate-issuer = Олгосон байгууллага
certificate-id = Гэрчилгээний дугаар
certificate-verify = Гэрчилгээг шалгахын тулд кодыг уншуулах эсвэл энэ хаягийг нээнэ үү
certificate-criteria = Сургалтын { $version } хувилбарын бүх хичээлийг дуусгаж, бүх сорилд тэнцсэн.
# A date such as "2026 оны арван нэгдүгээр сарын 23": year, month (genitive), day.
date = { $year } оны { $month } { $day }
month-1 = нэгдүгээр сарын
month-2 = хоёрдугаар сарын
month-3 = гуравдугаар сарын
month-4 = дөрөвдүгээр сарын
month-5 = тавдугаар сарын
month-6 = зургаадугаар сарын
month-7 = долдугаар сарын
month-8 = наймдугаар сарын
month-9 = есдүгээр сарын
month-10 = аравдугаар сарын
month-11 = арван нэгдүгээр сарын
month-12 = арван хоёрдугаар сарын
