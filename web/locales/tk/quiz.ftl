### status: draft
### Dala web client: Turkmen (tk). Drafted without a native speaker; awaiting review.
quiz-missing = Ilki ähli soraglara jogap beriň. Entek jogap berilmedik:
quiz-no-answer = jogap ýok
quiz-your-answer-was = Siziň jogabyňyz:
quiz-right-answer = Dogry jogap:
quiz-answers-later = Dogry jogaplar testden geçeniňizde ýa-da ähli synanyşyklary ulananyňyzda görkezilýär.
edit-quiz-explanation = Düşündiriş (jogapdan soň görkezilýär)
edit-quiz-show-answers = Testden geçenden soň (ýa-da soňky synanyşykdan soň) dogry jogaplary görkezmek
