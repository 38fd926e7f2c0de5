# quiz: Russian
