# dashboard: English
learners-search = Search by name
learners-sort = Order
learners-sort-name = Name, A to Z
learners-sort-last-sync = Last sync, newest first
learners-sort-progress = Progress, furthest first
learners-count = Showing { $shown } of { $total }
audit-action-password-reset = Reset code made
audit-action-password-reset-used = Password set with a reset code
