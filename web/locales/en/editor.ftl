# editor: English
edit-lesson-removed = Lesson “{ $title }” removed
edit-quiz-removed = Quiz “{ $title }” removed
edit-undo = Undo
edit-language-help = The language can be changed until the course is first published.
edit-language-fixed = The course has been published in this language, so it cannot change: learners hold it as it is. For another language, create a new course and name it as a translation.
