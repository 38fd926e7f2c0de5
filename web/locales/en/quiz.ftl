# quiz: English
