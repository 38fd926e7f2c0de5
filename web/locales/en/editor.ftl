# editor: English
edit-lesson-removed = Lesson “{ $title }” removed
edit-quiz-removed = Quiz “{ $title }” removed
edit-undo = Undo
edit-language-help = The language can be changed until the course is first published.
edit-language-fixed = The course has been published in this language, so it cannot change: learners hold it as it is. For another language, create a new course and name it as a translation.
edit-source-changed = Source changed on { $date }
edit-source-changed-help = This lesson was translated from an earlier text of the source course. Compare the two texts, update the translation, then mark it as updated.
edit-source-old = The source as translated
edit-source-new = The source now
edit-source-old-missing = The text this lesson was translated from is no longer kept.
edit-mark-updated = Mark as updated
