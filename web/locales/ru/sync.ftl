# sync: Russian
