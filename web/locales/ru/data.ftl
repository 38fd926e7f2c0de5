# data: Russian
