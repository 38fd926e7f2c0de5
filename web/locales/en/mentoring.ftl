# mentoring: English

## The trainers' inbox: the questions of an organization's learners
inbox-title = Learners' questions
inbox-sign-in = Sign in as a trainer or administrator of this organization to read its learners' questions.
inbox-not-allowed = These questions are for the trainers and administrators of the learner's organization. Your account is not one of them.
inbox-offline = The questions need a connection the first time. Connect to the internet and open this page again: after that it works offline too.
inbox-kept = You are offline: these are the questions as this device last read them. Your answers are sent with the next sync.
inbox-empty = No questions yet.
inbox-more = Older questions
inbox-first-page = Newest questions
inbox-course-page = Course page
inbox-cohort = Discussion for the cohort
inbox-state-open = waiting for an answer
inbox-state-answered = answered
inbox-state-hidden = hidden
inbox-lesson-text = The lesson's text
inbox-marked-answered = Marked answered.
inbox-hidden-by-you = Hidden.
inbox-answer-label = Your answer
inbox-answer-hint = Only this learner sees it (every learner of the cohort in a discussion). You can write it offline: it is sent with the next sync. At most { $limit } characters.
inbox-answer-send = Send answer
inbox-mark-answered = Mark answered
inbox-hide = Hide
inbox-hide-question = Hide this question? Use this for abuse: it stays here, marked hidden, and leaves a cohort's devices.
inbox-hide-yes = Yes, hide it
inbox-discussion-heading = A discussion for a cohort
inbox-discussion-about = Opens a thread to every learner of this organization who studies the course: they read it on the course page and reply, without seeing each other's names. Nothing is opened unless you do it here.
inbox-discussion-course = Course
inbox-discussion-text = First message
inbox-discussion-send = Open the discussion
inbox-discussion-kept = Kept: the discussion opens with the next sync.
