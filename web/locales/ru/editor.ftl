# editor: Russian
