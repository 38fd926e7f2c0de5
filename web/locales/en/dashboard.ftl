# dashboard: English
