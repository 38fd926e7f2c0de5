### status: draft
### Dala web client: Uzbek (uz). Drafted without a native speaker; awaiting review.
learners-search = Ism boʻyicha qidirish
learners-sort = Tartib
learners-sort-name = Ism boʻyicha, alifbo tartibida
learners-sort-last-sync = Oxirgi sinxronlash, avval yangilari
learners-sort-progress = Natija, avval eng ilgarilaganlar
learners-count = { $total } tadan { $shown } tasi koʻrsatilmoqda
audit-action-password-reset = Tiklash kodi yaratildi
audit-action-password-reset-used = Tiklash kodi bilan parol oʻrnatildi
