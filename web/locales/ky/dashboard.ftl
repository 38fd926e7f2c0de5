### status: draft
### Dala web client: Kyrgyz (ky). Drafted without a native speaker; awaiting review.
learners-search = Аты боюнча издөө
learners-sort = Тартиби
learners-sort-name = Аты, А–Я
learners-sort-last-sync = Акыркы синхрондоо, эң жаңысы башында
learners-sort-progress = Прогресс, эң алдыга кеткени башында
learners-count = { $total } ичинен { $shown } көрсөтүлдү
audit-action-password-reset = Калыбына келтирүү коду түзүлдү
audit-action-password-reset-used = Сырсөз калыбына келтирүү коду менен коюлду
