### status: draft
### Dala web client: Russian (ru). Written by the Dala team without a native speaker's review; awaiting review.

# dashboard: Russian
learners-search = Поиск по имени
learners-sort = Порядок
learners-sort-name = По имени, от А до Я
learners-sort-last-sync = По последней синхронизации, сначала новые
learners-sort-progress = По прогрессу, сначала самые продвинутые
learners-count = Показано { $shown } из { $total }
audit-action-password-reset = Выдан код сброса пароля
audit-action-password-reset-used = Пароль задан по коду сброса
