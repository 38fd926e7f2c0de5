# download: Russian
