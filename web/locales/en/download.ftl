# download: English
