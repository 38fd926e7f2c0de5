# learner: Russian
