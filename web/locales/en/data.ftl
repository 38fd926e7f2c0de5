# data: English
