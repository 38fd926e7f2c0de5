### status: draft
### Dala web client: Azerbaijani (az). Drafted without a native speaker; awaiting review.
# dashboard: Azerbaijani
learners-search = Ada görə axtar
learners-sort = Sıralama
learners-sort-name = Ad, A-dan Z-yə
learners-sort-last-sync = Son sinxronlaşdırma, ən yenisi əvvəl
learners-sort-progress = İrəliləyiş, ən çoxu əvvəl
learners-count = Göstərilir: { $shown } / { $total }
audit-action-password-reset = Bərpa kodu yaradıldı
audit-action-password-reset-used = Bərpa kodu ilə şifrə təyin edildi
