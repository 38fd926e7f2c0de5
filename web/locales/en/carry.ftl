# Files that travel when the network is cut: a course from a file, progress as a file, a
# return file (the page "Without a network").
carry-title = Without a network
nav-carry = Without a network
catalog-carry-link = Received a course file? Open it here, even with no network
carry-intro = Where the network is cut, courses and progress can travel as files: on a USB stick, or through a messenger that still works. Nothing here needs a connection.
carry-working = Working…
carry-course-heading = A course from a file
carry-course-explain = A trainer or another learner can give you a course file (it ends in .dala). It is checked against this installation's signature before anything is kept, and then you study it as a downloaded course.
carry-course-label = Choose a course file
carry-course-done = “{ $title }” is on this device now.
carry-course-replaced = It replaced the version this device held; your progress in it is kept.
carry-to-catalog = Go to the courses
course-share = Save for sharing
course-share-done = Saved “{ $name }” ({ $size }). Send it through a messenger or copy it to a USB stick: any device that opened Dala once opens it, even with no network.
carry-progress-heading = Your progress as a file
carry-progress-explain = Save what is waiting to be sent into a file, and give it to your trainer. Only this installation can read it, and it does not show your name or your courses to anyone who finds it. Your changes stay on this device until a sync or a return file confirms them.
carry-progress-waiting = { $count ->
    [0] Nothing is waiting to be sent.
    [one] One change is waiting to be sent.
   *[other] { $count } changes are waiting to be sent.
}
carry-progress-save = Save progress to a file
carry-progress-done = { $count ->
    [one] Saved a file with one change. Give it to your trainer; keep it until you get a return file.
   *[other] Saved a file with { $count } changes. Give it to your trainer; keep it until you get a return file.
}
carry-progress-sign-in = Sign in once while online to save your progress as a file.
carry-return-heading = A return file from your trainer
carry-return-explain = Your trainer brings back a return file (it ends in .dalr). It opens only on this device, for you, and confirms the changes it answers, with any new certificate.
carry-return-label = Choose a return file
carry-return-done = { $count ->
    [one] One change confirmed.
   *[other] { $count } changes confirmed.
} { $certificates ->
    [0] { "" }
    [one] One new certificate.
   *[other] { $certificates } new certificates.
}
# Why a file was refused, or cannot be made.
file-not-this-kind = This is not a file of this kind.
file-truncated = The file is cut off before its end. Copy or send it again.
file-too-large = The file is larger than such a file may be.
file-other-installation = The file was made for another installation, or changed after it was made.
file-altered = The file was changed after it was made: nothing of it was kept.
file-damaged = The file is damaged inside: nothing of it was kept.
file-no-keys = This device has no keys of the installation yet. Open Dala once while online, then try again.
file-no-installation-key = This device does not know the installation's key yet. Open Dala once while online, then try again.
file-device-not-registered = This device is not registered for your account yet. Connect once while signed in, then try again.
file-nothing-waiting = Nothing is waiting to be sent.
file-no-randomness = This browser cannot make a secure key.
file-device-key-damaged = This device's key is damaged. Sign out and in again while online.
file-return-not-this-device = This return file was made for another device or another account.
file-course-older = This device already holds a newer version of this course: nothing of the file was kept.
file-course-not-held = This course is not wholly on this device: download it first.
file-course-no-signature = This device has no signature of the installation for this version. Open the course once while online, then try again.
file-unreadable = The browser could not read this file.
