### status: draft
### Dala web client: Turkmen (tk). Drafted without a native speaker; awaiting review.
learners-search = Ady boýunça gözlemek
learners-sort = Tertip
learners-sort-name = Ady boýunça, elipbiý tertibinde
learners-sort-last-sync = Soňky sinhronlama, ilki iň täzeleri
learners-sort-progress = Netije, ilki iň öňe gidenler
learners-count = { $total } diňleýjiden { $shown } görkezilýär
audit-action-password-reset = Dikeltme kody döredildi
audit-action-password-reset-used = Dikeltme kody bilen açar sözi goýuldy
