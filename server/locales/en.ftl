# Words the server itself prints for people: the certificate PDF and the credential's criteria.
certificate-heading = Certificate of completion
certificate-awarded-to = This certifies that
certificate-completed = has completed the course
certificate-date = Completed on
certificate-issuer = Issued by
certificate-id = Certificate ID
certificate-verify = Scan the code or open this address to verify the certificate
certificate-criteria = Completed every lesson and passed every quiz of version { $version } of the course.
# A date such as 23 November 2026.
date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## API errors: the `message` of an error answer (`{ "code", "message" }`), in the language the
## request asks for (`Accept-Language`). Words in backquotes are names in the API or the course
## format and stay as they are. `$detail` is a technical detail from a parser, in English.

# Something the request named does not exist.
error-not-found-api-route = API route not found
error-not-found-course = course not found
error-not-found-certificate = certificate not found
error-not-found-account = account not found
error-not-found-blob = blob not found
error-not-found-join-code = join code not found
error-not-found-revocation-list = revocation list not found
# The server's own failures: the details are only in the server's log.
error-internal = internal error; the details are in the server log
error-storage-full = the server's disk is full, so nothing of this was stored; try again later
error-range-not-satisfiable = the requested range is not satisfiable
# Signing in and sessions.
error-unauthorized = sign in first: send `Authorization: Bearer <token>`
error-session-invalid = this session does not exist; sign in again
error-session-expired = this session expired after a long time unused; sign in again
error-session-revoked = this session was ended; sign in again
error-wrong-credentials = wrong login name or password
error-too-many-attempts = { $seconds ->
    [one] too many failed sign-ins; try again in { $seconds } second
   *[other] too many failed sign-ins; try again in { $seconds } seconds
}
error-forbidden = this account may not do that
error-reset-code-invalid = this login name and reset code do not match a valid code; ask your trainer for a new one
# Accounts and names. `$field` is one of the error-field-… messages below.
error-login-name = a login name is 3 to 64 lowercase letters, digits, dots, underscores or hyphens
error-login-taken = the login name `{ $login }` is taken
error-password-length = a password is 8 to 1024 characters
error-organization-exists = an organization named `{ $name }` exists
error-field-display-name = a display name
error-field-join-code-label = a join code's label
error-field-organization-name = an organization's name
error-name-length = { $field } is 1 to { $max } characters
error-name-controls = { $field } may not hold control characters or text-direction controls
error-name-invisible = { $field } may not hold invisible characters
error-name-not-visible = { $field } needs at least one visible letter, digit or sign
error-name-accents = { $field } may put at most { $max } accents on one letter
# Join codes and enrolling.
error-join-code-invalid = no join code matches; check it with your trainer
error-join-code-expired = this join code has expired; ask your trainer for a new one
error-join-code-used-up = this join code has been used as many times as it may; ask your trainer for a new one
error-join-code-ended = this join code was ended by a trainer; ask your trainer for a new one
error-course-archived = course `{ $course }` is archived
error-enrollment-closed = course `{ $course }` is joined with a join code from a trainer
error-no-such-course = there is no course `{ $course }`
error-invitation-once = an invitation is used once: `max_uses` is 1
error-expires-in-days = `expires_in_days` is 1 to 365
error-max-uses = `max_uses` is 1 to 10000
error-join-code-no-course = a join code enrolls in at least one course
error-enroll-too-many = at most { $max } accounts at once
error-not-a-member = `{ $account }` is not a member of this organization
# Request bodies and query strings.
error-json-invalid = the body is not valid JSON: { $detail }
error-json-shape = the JSON body has the wrong shape: { $detail }
error-json-content-type = send the body with `Content-Type: application/json`
error-body-unreadable = the body could not be read: { $detail }
error-body-too-large = the body is larger than this request accepts
error-query-invalid = the query string is not valid: { $detail }
error-encoding-unreadable = an unreadable Content-Encoding
error-encoding-unsupported = the body's Content-Encoding `{ $encoding }` is not accepted: send gzip or plain JSON
error-compressed-too-large = the compressed body is over { $limit } bytes
error-gzip-invalid = the body is not valid gzip: { $detail }
error-decompressed-too-large = the body decompresses to more than { $limit } bytes; send fewer events at a time
error-sync-too-many-events = at most { $max } events per sync; send the rest next
# Questions to trainers and their answers (a refused question or answer in a sync).
error-message-empty = a question or answer needs some text
error-message-too-long = a question or answer is at most { $max } characters
error-message-control-characters = a question or answer is plain text: no control characters
error-question-not-found = this question is not there, or not yours to write in
error-question-event-taken = this event id already carries another person's message
error-question-daily-limit = at most { $max } questions a day; send this one tomorrow
error-question-no-organization = there is no organization to ask: join one with a code from a trainer
error-question-not-staff = only the trainers and administrators of the question's organization answer it
error-question-already-answered = a question a trainer has answered cannot be deleted
error-question-unknown-course = there is no such version of course `{ $course }`
error-question-unknown-lesson = the course has no lesson `{ $lesson }`
error-question-not-enrolled = questions on course `{ $course }` are for its learners: ask a trainer for a join code
# Reports.
error-date-format = dates are written YYYY-MM-DD; { $text } is not one
error-period-reversed = the period ends before it starts
error-learners-need-organization = the learner table is one organization's: add `organization=ID`
error-unknown-table = unknown table { $table } (tables: organizations, courses, months, learners)
# Certificates and blobs.
error-certificate-too-long = a certificate is a few kilobytes; this is too long
error-revocation-reason = give a reason of 1 to 500 characters
error-blob-name = a blob name is a SHA-256: 64 lowercase hexadecimal digits
# Authoring courses. `$problems` is a list of draft problems, each as problem-at-line or problem-in-file.
error-course-slug = a course's short name must be lowercase letters, digits and hyphens, at most 64
error-course-exists = a course named `{ $course }` exists already; choose another name
error-draft-wrong-course = the draft is for `{ $draft }`, not `{ $course }`
error-draft-conflict = someone saved this draft after the revision you edited; load their version first
error-draft-problems = fix these problems before publishing: { $problems }
# Uploaded images. `$limit` is a size such as "4 KB" or "2.5 MB".
error-image-too-large = The file is larger than { $limit }. Please upload a smaller image.
error-not-an-image = This file is not an image. Please upload a JPEG, PNG, GIF or WebP picture.
error-image-format = { $format } images are not accepted. Please upload a JPEG, PNG, GIF or WebP picture.
error-image-too-many-pixels = The image is { $width } × { $height } pixels; at most { $megapixels } megapixels are accepted. Please upload a smaller image.
error-image-unreadable = The image could not be read: the file may be damaged or incomplete ({ $detail }).
error-image-alt-text-missing = Please describe the image in a short text for learners who cannot see it.

## Problems of a course: what `dala course check` prints for a course folder and what the editor
## shows beside a draft. Words in backquotes are file names, keys and values of the course format
## and stay as they are.

# One problem where it is: `$file` such as 03-media.md, `$line` a number, `$problem` the problem.
problem-at-line = { $file }:{ $line }: { $problem }
problem-in-file = { $file }: { $problem }
# The course folder and its files.
problem-unreadable = cannot be read: { $detail }
problem-folder-name = a course folder name must be lowercase letters, digits and hyphens
problem-quiz-file-name = a quiz file name must look like `03-quiz-id.quiz.toml`
problem-lesson-file-name = a lesson file name must look like `01-lesson-id.md`
problem-unexpected-file = unexpected file: a course folder holds course.toml, lessons named `NN-id.md`, quizzes named `NN-id.quiz.toml` and images (png, jpg, gif, webp, svg)
problem-metadata-missing = missing: every course needs its metadata file
problem-number-twice = lesson number used twice ({ $files }): the order is ambiguous
problem-duplicate-id = duplicate id `{ $id }` (also in { $file })
problem-no-lessons = no lessons: add Markdown files named like `01-introduction.md`
problem-too-many-items = { $count } lessons and quizzes: a course has at most { $max }
problem-too-many-images = { $count } images: a course has at most { $max }
problem-not-utf8 = not valid UTF-8: save the file as UTF-8
# The metadata file, course.toml. `$key` is a key of it such as `title`.
problem-toml-invalid = not valid TOML: { $detail }
problem-key-empty = `{ $key }` must not be empty
problem-key-not-string = `{ $key }` must be a string
problem-key-not-list = `{ $key }` must be a list of strings
problem-key-too-long = `{ $key }` is longer than { $max } characters
problem-key-too-many = `{ $key }` has more than { $max } entries
problem-key-entry-too-long = an entry of `{ $key }` is longer than { $max } characters
problem-language-tag = `{ $tag }` is not a language tag such as `en`, `ru` or `kk`
problem-authors-empty = `authors` must name at least one author
problem-open-not-boolean = `open` must be true or false
problem-not-a-slug = `{ $slug }` is not a course slug
problem-unknown-key = unknown metadata key `{ $key }` (known keys: { $known })
problem-required-key = missing required key `{ $key }`
problem-translation-missing = translation `{ $course }` is not a course in this folder
problem-translation-unknown = translation `{ $course }` is not another course on this server
problem-translation-other-organization = translation `{ $course }` belongs to another organization
problem-key-not-table = `{ $key }` must be a table, such as `[{ $key }]`
problem-key-not-slug = `{ $key }` must be a course slug
problem-translation-status = `translation.status` must be "draft" or "reviewed"
problem-translation-hash = `translation.lessons` of `{ $lesson }` must be a SHA-256: 64 hexadecimal digits, lowercase
problem-translation-lesson-unknown = `translation.lessons` names `{ $lesson }`, not a lesson of this course
problem-translation-source-itself = `translation.source` names the course itself
problem-translation-source-missing = translation source `{ $course }` is not a course in this folder
problem-translation-source-unknown = translation source `{ $course }` is not a course on this server
# Lessons.
problem-lesson-too-large = a lesson is at most { $max } KB of text; this one is { $size } KB
problem-second-title = only the first line may be a level-1 heading (`# `)
problem-no-title = a lesson must start with its title as a level-1 heading (`# Title`)
problem-title-too-long = the title is longer than { $max } characters
problem-too-deep = this lesson nests elements more than { $max } deep (quotes, lists or HTML tags inside each other); flatten it
problem-too-many-elements = this lesson has more than { $max } elements (paragraphs, list items, tags); split it into several lessons
# Images of a course.
problem-image-external = image `{ $image }` must be a file in the course folder: learners study offline
problem-image-not-found = image `{ $image }` not found in the course folder
problem-image-alt = image `{ $image }` needs alt text: `![what it shows]({ $image })`
problem-image-name = an image name must be lowercase letters, digits and hyphens with an image extension
problem-image-missing = this image is not on the server: upload it again
# Quizzes. `$kind` is a question kind such as single_choice.
problem-quiz-invalid = not a valid quiz: { $detail }
problem-quiz-too-many-questions = a quiz has at most { $max } questions
problem-pass-mark = `pass_mark` is a percentage from 1 to 100
problem-max-attempts = `max_attempts` must be at least 1 (leave it out for no limit)
problem-no-questions = a quiz needs at least one `[[questions]]`
# A problem of one question: `$number` is the question's number, `$problem` one of the messages below.
problem-question = question { $number }: { $problem }
problem-options = needs `options`: at least two, none empty
problem-option-number = option numbers go from 1 to { $count }; { $number } is not one
problem-key-not-for-kind = `{ $key }` does not belong to a { $kind } question
problem-answer-single = needs `answer`: the number of the right option
problem-answers-multiple = needs `answers`: the numbers of every right option
problem-answers-twice = `answers` names an option twice
problem-answer-true-false = needs `answer = true` or `answer = false`
problem-accepted = needs `accepted`: the answers to accept, none empty
problem-unknown-kind = unknown kind `{ $kind }` (kinds: { $kinds })
problem-question-too-long = too long: at most { $prompt } characters in `prompt` and in `explanation`, { $options } `options` of { $option } characters, { $accepted } `accepted` answers of { $answer } characters

# `dala course check` on the command line. `$course` is a course slug, `$lesson` a lesson id.
check-source-changed = { $course }: lesson `{ $lesson }`: the source changed since it was translated
check-not-tracked = { $course }: lesson `{ $lesson }`: not tracked (no hash in `[translation.lessons]`)
check-not-translated = { $course }: lesson `{ $lesson }` of the source is not translated
check-gone-from-source = { $course }: lesson `{ $lesson }`: the source no longer has this lesson
check-source-missing = { $course }: the source course `{ $source }` was not found
check-warning = warning: { $warning }
check-clean = { $courses ->
    [one] { $courses } course checked: no problems
   *[other] { $courses } courses checked: no problems
}
check-clean-with-warnings = { $courses ->
    [one] { $courses } course checked: no problems
   *[other] { $courses } courses checked: no problems
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
check-problems = { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
}
# Files that travel when the network is cut: device keys, and progress files refused.
error-device-key-invalid = a device key is 32 bytes written as 64 hexadecimal digits, and a signing key must be a valid Ed25519 key
error-device-key-taken = this device key is registered to another account, or was ended: sign in again to make a new one
error-file-not-this-kind = this is not a Dala progress file
error-file-truncated = the file is cut off before its end: copy or send it again
error-file-too-large = the file is larger than a progress file may be
error-file-other-installation = the file was made for another installation, or changed after it was made
error-file-altered = the file was changed after it was made
error-file-malformed = the file is damaged inside
error-file-unknown-device = the device that made this file is not registered here: the learner signs in on it once while online
error-file-other-account = the file names another account than the device it was signed on
error-file-device-ended = the device that made this file was ended (its account's sessions were ended): the learner signs in again and makes a new file
