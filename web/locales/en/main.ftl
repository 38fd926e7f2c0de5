# Dala web client: English. Every message here must also be in ru.ftl (a test checks).

skip-to-content = Skip to content
language-label = Language
language-needs-connection = { $language } is not on this device yet. Connect to the internet once to switch to it.
status-online = Online
status-offline = Offline
loading = Loading…

catalog-title = Courses
catalog-also-in = Also in:
# The catalog's filter: a label, then a choice of "All languages" or one language named in itself.
catalog-filter-language = Language of the courses
catalog-filter-all = All languages
list-separator = {", "}
catalog-offline = You are offline. These are the courses downloaded to this device.
catalog-empty = No courses have been published yet.
catalog-empty-offline = No courses are downloaded on this device yet. Connect to the internet to download one.
lesson-count = { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
}
badge-downloaded = Available offline

back-to-catalog = All courses
course-title-loading = Course
course-version = Version { $version }
course-translations = Also in another language:
course-progress = { $done } of { $total } lessons complete
offline-heading = Offline study
download-button = Download for offline ({ $size })
download-progress = Downloading: { $done } done, { $left } left
download-partial = The download was interrupted.
download-resume = Resume download
download-complete = Downloaded: you can study this course without a connection.
update-available = Update available: { $size }
download-update = Download the new version
download-remove = Remove download
storage-used = Uses { $size } on this device.
lessons-heading = Lessons
lesson-status-complete = Complete
lesson-status-opened = Started

lesson-title-loading = Lesson
lesson-mark-complete = Mark as complete
lesson-completed = Completed ✓
lesson-nav-label = Lessons
lesson-previous = ← Previous
lesson-next = Next →

not-found-title = Page not found
elsewhere-title = This page is not on this device yet
elsewhere-needs-connection = It is opened with a connection once; after that it works offline too. Connect to the internet and try again.

size-bytes = { $size } B
size-kb = { $size } KB
size-mb = { $size } MB

error-offline = You are offline and this is not downloaded yet. Connect to the internet and try again.
error-not-found = This course or lesson does not exist.
error-integrity = A downloaded file was damaged on the way. Try again: only the damaged part will be fetched.
error-storage = This device could not save the data. Free some space or leave private browsing, then try again.
error-server = The server could not answer. Try again later.

sync-pending = { $count ->
    [0] All progress sent
    [one] { $count } change waiting to be sent
   *[other] { $count } changes waiting to be sent
}
sync-last = Last synced at { $time }
sync-never = Not synced yet
sync-running = Syncing…
sync-offline = No connection. Your progress is kept on this device and will be sent when the connection is back.
sync-now = Sync now
sync-refused = { $count ->
    [one] The server did not keep { $count } change, for example in a course you are not enrolled in. Ask your trainer for a join code.
   *[other] The server did not keep { $count } changes, for example in a course you are not enrolled in. Ask your trainer for a join code.
}
sign-out = Sign out
sign-in-link = Sign in
sign-in-title = Sign in
sign-in-button = Sign in
field-login = Login name
field-login-hint = 3 to 64 lowercase Latin letters, digits, dots, hyphens or underscores.
field-password = Password
field-password-hint = At least 8 characters.
field-code = Join code
field-display-name = Your name, as others will see it
join-link = Have a join code from your trainer? Create your account
join-title = Join with a code
join-intro = Your trainer gave you a code. It creates your account and enrolls you in your courses. No e-mail or phone number is needed.
join-button = Create my account

error-not-signed-in = Sign in to keep and send your progress.
error-session-ended = You were signed out. Sign in again; your progress on this device is kept.
error-session-expired = You were away for a long time and were signed out. Sign in again; your progress on this device is kept.
error-wrong-credentials = Wrong login name or password.
error-too-many-attempts = Too many attempts. Wait a few minutes and try again.
error-join-code-invalid = This code does not exist. Check it with your trainer.
error-join-code-expired = This code has expired. Ask your trainer for a new one.
error-join-code-used-up = This code has been used up. Ask your trainer for a new one.
error-login-taken = This login name is taken. Choose another.
error-invalid = Check what you entered: the server could not accept it.

quiz-label = Quiz:
quiz-status-passed = Passed
quiz-title-loading = Quiz
quiz-pass-mark = Pass mark: { $mark } %
quiz-attempts-left = { $count ->
    [one] { $count } attempt left
   *[other] { $count } attempts left
}
quiz-best = Best score: { $score } %
quiz-passed-already = You have passed this quiz.
quiz-submit = Check my answers
quiz-again = Try again
quiz-no-attempts = You have used every attempt at this quiz.
quiz-choose-all = Choose every right answer.
quiz-true = True
quiz-false = False
quiz-your-answer = Your answer
quiz-score = { $score } %: { $right } of { $total } right.
quiz-result-passed = Passed!
quiz-result-failed = Not passed this time.
quiz-mark-right = Right
quiz-mark-wrong = Wrong
course-complete = You have completed this course.

nav-certificates = Certificates
course-certificate-link = Your certificate for this course
certificates-title = My certificates
certificates-empty = You have no certificates yet. Complete every lesson and quiz of a course: its certificate arrives with the next sync.
certificates-sign-in = Sign in to see your certificates.
certificate-completed-on = Completed on { $date }
certificate-title = Certificate
certificate-learner = Awarded to
certificate-course = Course
certificate-date = Completed on
certificate-issuer = Issued by
certificate-id = Certificate ID
certificate-status-heading = Is it valid?
certificate-no-trust = This device cannot check certificates yet: what it needs (the issuer's keys and the list of withdrawn certificates) arrives with the next sync.
certificate-downloads = Download
download-pdf = Printable certificate (PDF)
download-pdf-fetching = Getting the PDF…
download-jwt = Signed file for other systems
download-json = Certificate data for other systems
download-wallet = For a digital wallet
certificate-pdf-note = The PDF (about 20 KB) is downloaded once and then kept on this device. The other files are already here.
certificate-share-heading = Share
certificate-share-text = Anyone with this link can check that your certificate is genuine. It is also in the QR code on the PDF.
certificate-wallet-link-text = A digital wallet can also take your certificate from this link. Give it only to your own wallet: anyone with the link can see the certificate.
certificate-wallet-qr = QR code of the wallet link
certificate-wallet-qr-hint = A wallet app on another device, such as your phone, can also scan this code.

verdict-valid = Valid
verdict-revoked = Revoked
verdict-altered = Altered
verdict-unknown-key = Unknown signer
verdict-malformed = Not a certificate
verdict-unchecked = Not checked yet
reason-genuine = Signed by the issuer, unchanged, and not withdrawn.
reason-revocation-unchecked = Signed by the issuer and unchanged. Whether it was withdrawn could not be checked: the list of withdrawn certificates was not available.
reason-revoked = Genuine, but the issuer has withdrawn (revoked) it.
reason-signature-mismatch = The signature does not match the content: the certificate was changed after it was signed, or forged.
reason-unknown-key = Signed with a key this issuer has not published: it was not issued here, or it is forged.
reason-missing-key-id = The certificate does not say which key signed it.
reason-unsupported-algorithm = The certificate is signed with a method that is not accepted.
reason-not-a-jwt = This is not a signed certificate. Paste the whole text of the certificate's file.
reason-not-a-credential = This is signed data, but not a certificate.
reason-unknown = The certificate could not be checked.
revoked-on = Revoked on { $date }. Reason given by the issuer: { $reason }
checked-by-server = Checked by the issuer's server.
checked-on-device = Checked on this device, without a connection to the issuer's server.
list-age = List of withdrawn certificates as of { $list }, last checked { $checked }.
list-age-none = This device holds no list of withdrawn certificates for this certificate; the issuer's data was last checked { $checked }.

verify-link = Check a certificate
verify-title = Check a certificate
verify-intro = Paste a certificate or choose its file to see whether it is genuine and not withdrawn. No account is needed.
verify-field = Certificate
verify-field-hint = The whole text of the certificate's file (the signed file, the certificate data or the wallet file).
verify-file = Or choose the certificate's file
verify-button = Verify
verify-result-heading = Result
verify-file-too-large = This file is too large to be a certificate.
verify-file-unreadable = This file could not be read. Choose the certificate's file.

error-certificate-not-found = No certificate matches this link. Check that the whole address was copied.
error-no-trust = The issuer's server cannot be reached and this device holds no data to check certificates with. Connect to the internet and try again.
error-wallet-form-offline = This is a certificate's wallet file, which only the issuer's server checks. Connect to the internet and try again, or check the certificate's signed file (.jwt): it can be checked here without a connection.

## The course editor (trainers)
image-too-large = This picture is larger than the server accepts. Choose a smaller file.
image-not-an-image = This file is not a picture. Choose a JPEG, PNG, GIF or WebP image.
image-too-many-pixels = This picture has too many pixels. Choose a smaller image.
image-unreadable = This picture could not be read: the file may be damaged. Try another.
image-alt-missing = Describe the picture in a few words for learners who cannot see it.
draft-invalid = The course has problems to fix before it can be published. They are listed below.
authoring-forbidden = Your account may not edit this course. Ask an administrator of its organization.
course-slug-taken = A course with this short name exists already. Choose another.
author-title = Courses you edit
author-no-courses = There is no course for you to edit yet.
author-never-published = Not published yet
author-unpublished-changes = Changes not published
author-new-course = New course
author-field-organization = Organization
author-field-title = Title
author-field-slug = Short name
author-field-slug-help = Lowercase Latin letters, digits and hyphens, such as fundraising-basics. It is part of the course's address and cannot be changed.
author-field-summary = Summary for the catalog
author-field-language = Language of the course
author-field-author = Author
author-create = Create the course
author-first-lesson-title = Introduction
author-first-lesson-text = Write the first lesson here.
edit-metadata-heading = About the course
edit-field-version = Edition
edit-field-authors = Authors (separated by commas)
edit-field-licence = Licence
edit-field-translations = Same course in other languages (short names, separated by commas)
edit-items-heading = Lessons and quizzes
edit-move-up = Move up
edit-move-down = Move down
edit-remove = Remove
edit-add-lesson = Add a lesson
edit-new-lesson-title = New lesson
edit-lesson-heading = Lesson:
edit-lesson-markdown = Text (Markdown)
edit-lesson-markdown-help = The first line is the title: # Title. Blank lines separate paragraphs; *italic*, **bold**, - lists, [links](https://…).
edit-preview = Show preview
edit-preview-heading = As learners will see it
edit-image-heading = Add a picture
edit-image-file = Picture (JPEG, PNG, GIF or WebP)
edit-image-alt = What the picture shows (for learners who cannot see it)
edit-image-upload = Upload and add to the lesson
edit-publish-heading = Publishing
edit-no-problems = No problems: the course can be published.
edit-publish = Publish a new version
edit-published = Published. Learners who downloaded the course will be offered the update.
edit-published-unchanged = Nothing changed since the last publication.
edit-saved-local = Saved on this device. It will be sent to the server when there is a connection.
edit-saved-server = Saved on the server.
edit-conflict = { $name } saved this course after you started editing. Choose which version to keep.
edit-keep-mine = Keep my version (theirs is replaced)
edit-take-theirs = Take their version (my changes are dropped)
nav-author = Write courses
edit-field-open = Any signed-in learner may enroll (otherwise only with a join code)
edit-add-quiz = Add a quiz
edit-new-quiz-title = Check your understanding
edit-quiz-title = Title of the quiz
edit-quiz-pass-mark = Pass mark (percent of questions answered right)
edit-quiz-max-attempts = Attempts allowed
edit-quiz-max-attempts-help = Leave empty for no limit.
edit-quiz-question = Question { $n }
edit-quiz-prompt = Question text
edit-quiz-kind = Type of question
edit-quiz-kind-single = One right option
edit-quiz-kind-multiple = Several right options
edit-quiz-kind-true-false = True or false
edit-quiz-kind-short = Short written answer
edit-quiz-options-single = Options: mark the right one
edit-quiz-options-multiple = Options: tick every right one
edit-quiz-option = Option { $n }
edit-quiz-option-right = Option { $n } is right
edit-quiz-remove-option = Remove option { $n }
edit-quiz-add-option = Add an option
edit-quiz-right-answer = The right answer
edit-quiz-accepted = Answers to accept, one per line
edit-quiz-accepted-help = Capital letters and extra spaces do not matter.
edit-quiz-remove-question = Remove the question
edit-quiz-add-question = Add a question
edit-quiz-problem-title = The quiz needs a title.
edit-quiz-problem-pass-mark = The pass mark must be between 1 and 100.
edit-quiz-problem-attempts = Allow at least one attempt, or leave the field empty for no limit.
edit-quiz-problem-no-questions = The quiz needs at least one question.
edit-quiz-problem-prompt = Question { $n } has no text.
edit-quiz-problem-options = Question { $n } needs at least two options, none of them empty.
edit-quiz-problem-no-answer = Question { $n } has no right answer.
edit-quiz-problem-empty-accepted = Question { $n } accepts an empty answer.
edit-quiz-problem-too-large = The quiz's title is longer than 200 characters, or it has more than 100 questions.
edit-quiz-problem-question-too-large = Question { $n } is too long: at most 2,000 characters in the question and in its explanation, 20 options of 500 characters each, or 20 accepted answers of 200 characters each.
edit-quiz-has-problems = Quiz “{ $title }”: { $n ->
    [one] one problem to fix
   *[other] { $n } problems to fix
}
edit-preview-offline = The preview needs a connection to the server. Your text is saved on this device and the preview will work again when you are online.

## The dashboard (administrators)
nav-dashboard = Dashboard
error-forbidden = Your account may not see or do this.
dashboard-title = Dashboard
dashboard-sign-in = Sign in as an administrator to see the dashboard.
dashboard-not-allowed = The dashboard is for administrators of an organization and for its trainers. Your account is neither.
dashboard-reports-for-administrators = Reports on enrollments and completions are for administrators. As a trainer you may see your organization's learners below.
dashboard-loading = Loading reports…
dashboard-offline = The dashboard needs a connection to the server. Connect to the internet and try again.
dashboard-forbidden = Your account may not see these reports. They are for administrators of the organization.
filters-heading = Filters
filter-organization = Organization
filter-all-organizations = All my organizations
filter-course = Course
filter-all-courses = All courses
filter-from = From
filter-to = To
filter-apply = Show
filter-backwards = The end date is before the start date.
totals-heading = Totals
totals-explained = Enrollments, completions and certificates in the chosen period. Active learners: those whose devices sent progress in the last 30 days of the period (in the month, in the table by month). Revoked certificates are not counted as certificates, but still as completions.
count-enrollments = Enrollments
count-active-learners = Active learners
count-completions = Completions
count-certificates = Certificates
chart-empty = Nothing to show for these filters.
chart-enrolled = { $count } enrolled
chart-completed = { $count } completed
section-months = By month
chart-months = Enrollments and completions per month
table-months = Enrollments, active learners, completions and certificates per month
column-month = Month
section-courses = By course
chart-courses = Enrollments and completions per course
table-courses = Enrollments, active learners, completions and certificates per course
column-course = Course
column-details = Details
course-report-open = Lessons and questions
section-organizations = By organization
chart-organizations = Enrollments and completions per organization
table-organizations = Enrollments, active learners, completions and certificates per organization
column-organization = Organization
csv-download = Download CSV
csv-downloading = Preparing the file…
csv-saved = Saved as { $name }. The download is recorded in the audit log.
course-report-loading = Loading the course report…
course-report-heading = Course: { $title }
course-report-enrolled = { $count ->
    [one] { $count } learner enrolled in this period.
   *[other] { $count } learners enrolled in this period.
}
funnel-heading = How far learners got
funnel-explained = For each lesson: how many of the learners enrolled opened it, and how many completed it.
chart-funnel = Learners who reached and completed each lesson
table-funnel = Learners who reached and completed each lesson
column-lesson = Lesson
column-reached = Reached
column-lesson-completed = Completed
chart-reached = { $count } reached ({ $percent } %)
chart-lesson-completed = { $count } completed ({ $percent } %)
difficulty-heading = Difficult questions
difficulty-explained = For each quiz question: how many learners answered it wrongly at their first attempt.
chart-difficulty = Share of wrong first answers per question
table-difficulty = Wrong first answers per question
question-label = { $number }. { $prompt }
column-question = Question
column-quiz = Quiz
column-first-attempts = First attempts
column-wrong = Wrong
column-wrong-share = Share wrong
chart-wrong = { $percent } % wrong ({ $wrong } of { $total })
learners-heading = Learners
learners-explained = The reports above show numbers only. Here you may see the learners of an organization where you are a trainer or an administrator, one by one. Each time you open this list it is recorded in the audit log, as is each CSV download.
learners-show = Show learners of { $organization }
learners-hide = Hide the learners
learners-loading = Loading the learners…
table-learners = Learners of { $organization }
column-learner = Learner
column-courses = Courses
column-last-sync = Last sync
learner-course = { $course }: { $done }/{ $total } lessons
learner-course-completed = completed
learner-never-synced = Never
audit-heading = Audit log
audit-explained = Who looked at individual learners or downloaded a table, and when. Only you, the installation's administrator, can read it.
audit-show = Show the audit log
audit-refresh = Refresh
audit-loading = Loading the audit log…
table-audit = Audit log, newest first
column-when = When
column-who = Who
column-action = Action
column-detail = Details
audit-action-view-learners = Viewed learners
audit-action-export = Downloaded a table

## Shared devices: signing out, and removing everything
error-device-full = This device is full: { $size } more space is needed. Remove a downloaded course you no longer need or free space on the device, then try again; nothing saved before was lost.
error-not-saved = This could not be saved on the device, and nothing of it was kept. Try again.
error-server-full = The server has run out of space and stored nothing of this. Anything kept on this device stays here and is sent again later; if this goes on, tell the server's administrator.
sign-out-title = Sign out
signed-out-title = Signed out
sign-out-who = Signed in as { $name }.
sign-out-pending = { $count ->
    [one] One change made here is not on the server yet.
   *[other] { $count } changes made here are not on the server yet.
}
sign-out-return-file = Saved your progress to a file for your trainer? Its return file opens here only until you sign out. Your changes are still sent at your next sync once you sign in here again.
sign-out-what-stays = After you sign out, nothing of yours is shown on this device: not your progress, quiz answers, certificates, drafts or name. Changes not sent yet stay here for you alone and are sent when you sign in here again. Downloaded courses stay: they are public.
sign-out-send-first = Send now, then sign out
sign-out-keep-waiting = Sign out and keep my changes here for me
signed-out-nothing-shown = Nothing of your account is shown on this device now. Downloaded courses stay on it: they are public.
remove-everything-heading = Remove everything from this device
remove-everything-explain = Deletes the downloaded courses, every account's changes not sent yet, certificates, drafts and the saved app: for example before the device goes to someone else.
remove-everything-button = Remove everything…
remove-everything-warning = { $count ->
    [0] No change waiting to be sent will be lost. This cannot be undone.
    [one] One change not sent yet will be lost. This cannot be undone.
   *[other] { $count } changes not sent yet will be lost. This cannot be undone.
}
remove-everything-confirm = Yes, remove everything
remove-everything-cancel = Keep everything
verdict-revocation-unchecked = Could not check whether it was withdrawn
list-age-unchecked = None of the lists of withdrawn certificates on this device (as of { $list }) covers this certificate; the issuer's data was last checked { $checked }.
