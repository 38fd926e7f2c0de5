# learner: English
