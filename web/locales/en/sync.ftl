# sync: English
