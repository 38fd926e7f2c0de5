### status: draft
### Dala web client: Tajik (tg). Drafted without a native speaker; awaiting review.

learners-search = Ҷустуҷӯ аз рӯи ном
learners-sort = Тартиб
learners-sort-name = Ном, аз А то Я
learners-sort-last-sync = Ҳамоҳангсозии охирин, аз навтарин
learners-sort-progress = Пешрафт, аз бештарин
learners-count = { $shown } аз { $total } нишон дода шудааст
audit-action-password-reset = Коди барқароркунӣ сохта шуд
audit-action-password-reset-used = Парол бо коди барқароркунӣ гузошта шуд
