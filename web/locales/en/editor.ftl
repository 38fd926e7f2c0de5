# editor: English
