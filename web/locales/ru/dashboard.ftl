# dashboard: Russian
