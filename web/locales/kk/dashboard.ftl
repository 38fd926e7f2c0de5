### status: draft
### Dala web client: Kazakh (kk). Drafted without a native speaker; awaiting review.
learners-search = Аты бойынша іздеу
learners-sort = Реті
learners-sort-name = Аты, А-дан Я-ға дейін
learners-sort-last-sync = Соңғы синхрондау, ең жаңасы басында
learners-sort-progress = Прогресс, ең алға кеткені басында
learners-count = { $total } ішінен { $shown } көрсетілген
audit-action-password-reset = Қалпына келтіру коды жасалды
audit-action-password-reset-used = Құпиясөз қалпына келтіру кодымен орнатылды
