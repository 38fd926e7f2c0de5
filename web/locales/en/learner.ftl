# learner: English
sign-in-new-here = New here? Your trainer gives you a join code.
sign-in-forgot = Forgot your password? Your trainer can give you a reset code.
sign-in-reset-link = Set a new password with a reset code
join-have-account = Already have an account? Sign in
join-login-too-short = A login name needs at least 3 characters.
join-login-too-long = A login name has at most 64 characters.
join-login-space = A login name cannot contain spaces: use a dot, a hyphen or an underscore instead (for example dilnoza.k).
join-login-character = A login name can only hold Latin letters, digits, dots, hyphens and underscores: “{ $character }” is not allowed.
catalog-welcome = Start learning
catalog-welcome-text = Got a join code from your trainer? Create your account with it. Already have an account? Sign in.
course-continue = Continue: lesson { $number } · { $title }
course-closed = This course is for learners of an organization: ask your trainer for a join code.
course-closed-on-device = It is on this device, but your progress in it cannot be sent to the server.
lesson-complete-continue = Complete and continue
lesson-go-quiz = Continue to the quiz
lesson-go-next = Next lesson
lesson-go-course = Back to the course
ask-heading = Ask your trainer
ask-sign-in = Sign in to ask your trainer a question about this lesson.
ask-label = Your question about this lesson
ask-hint = The trainers of your organization read it. You can write it offline: it is sent with the next sync. At most { $limit } characters.
ask-sign-in-course = Sign in to ask your trainer a question about this course.
ask-label-course = Your question about this course
ask-send = Send question
ask-thread = Question { $number }
ask-discussion = A discussion for your group
ask-state-waiting = waiting to be sent
ask-state-sent = sent, waiting for an answer
ask-state-answered = answered
ask-by-me = You
ask-by-learner = Another learner
ask-marked-answered = A trainer marked this question answered.
ask-delete = Delete my question
ask-follow-up-label = Add to this question
ask-follow-up-send = Send
header-new-answers = { $count ->
    [one] { $count } new answer
   *[other] { $count } new answers
}
