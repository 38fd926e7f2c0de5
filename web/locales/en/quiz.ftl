# quiz: English
quiz-missing = Answer every question first. Not answered yet:
quiz-no-answer = no answer
quiz-your-answer-was = Your answer:
quiz-right-answer = The right answer:
quiz-answers-later = The right answers are shown once you pass or have used every attempt.
edit-quiz-explanation = Explanation (shown after the answer)
edit-quiz-show-answers = Show the right answers after passing (or after the last attempt)
