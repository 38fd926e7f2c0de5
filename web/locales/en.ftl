# Dala web client: English. Every message here must also be in ru.ftl (a test checks).

skip-to-content = Skip to content
language-label = Language
status-online = Online
status-offline = Offline
loading = Loading…

catalog-title = Courses
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
download-progress = Downloading: { $done } of { $total }
download-partial = The download was interrupted.
download-resume = Resume download
download-complete = Downloaded: you can study this course without a connection.
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

size-bytes = { $size } B
size-kb = { $size } KB
size-mb = { $size } MB

error-offline = You are offline and this is not downloaded yet. Connect to the internet and try again.
error-not-found = This course or lesson does not exist.
error-integrity = A downloaded file was damaged on the way. Try again: only the damaged part will be fetched.
error-storage = This device could not save the data. Free some space or leave private browsing, then try again.
error-server = The server could not answer. Try again later.
