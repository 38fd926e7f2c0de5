# organization: English

## Failures of the organization's routes
error-join-code-ended = This code was ended by your trainer. Ask them for a new one.
error-reset-code-invalid = This reset code does not work: it may be mistyped, already used, replaced by a newer one or more than 72 hours old. Check the login name and the code, or ask your trainer for a new code.
error-course-archived = This course is archived: it is no longer offered. Choose another course or show it again first.

## One organization's page
org-title = Organization
org-sign-in = Sign in as a trainer or administrator of this organization to run it.
org-not-allowed = This page is for the trainers and administrators of this organization. Your account is not one of them.
org-offline = This page needs a connection to the server. Connect to the internet and try again.
org-forbidden = Your account may not do this in this organization.
org-contents = On this page
org-confirm-cancel = Cancel
org-role-learner = Learner
org-role-trainer = Trainer
org-role-administrator = Administrator
org-column-label = Label
org-column-courses = Courses
org-column-course = Course
org-column-role = Role
org-column-roles = Roles
org-column-uses = Used
org-column-expires = Ends on
org-column-state = State
org-column-action = Action
org-column-member = Member
org-column-learner = Learner
org-column-learners = Learners
org-column-access = Enrollment
org-column-catalog = Catalog
org-column-issued = Issued on

## Join codes
org-codes-heading = Join codes
org-codes-explained = A join code lets learners create their account and gives them the courses you pick. Share its link or its QR code, or read it out.
org-codes-table = Join codes of this organization
org-code-new = A new join code
org-code-for = Who the code is for
org-code-for-learners = Learners (a group)
org-code-for-trainer = One new trainer
org-code-for-administrator = One new administrator
org-code-invitation-hint = An invitation is for one person: it works once.
org-code-courses = Courses the code gives
org-code-no-courses = This organization has no course to give yet.
org-code-label = Label (for you: whom the code is for)
org-code-label-hint = For example "Osh, March group". Learners do not see it.
org-code-max-uses = How many people may join with it
org-code-days = Days until it ends
org-code-create = Create join code
org-code-create-invitation = Create invitation
org-code-card-title = The new join code
org-code-card-invitation = Invitation for one { $role }
org-code-card-open = Learners open this link on their phone, or open the join page and type the code:
org-code-card-limits = Works for { $uses ->
    [one] one person
   *[other] { $uses } people
  } until { $date }.
org-code-card-once = The code is shown only now: the server keeps no copy it could show again. Copy, print or write it down before you leave this page.
org-code-qr = QR code of the join link
org-code-copy = Copy link
org-code-copied = The link is copied.
org-code-copy-failed = This browser did not allow copying. Select the link above and copy it by hand.
org-code-print = Print
org-code-no-label = (no label)
org-codes-none = No join codes yet.
org-code-uses = { $uses } of { $max }
org-code-active = Active
org-code-ended = Ended
org-code-expired = Expired
org-code-used-up = Used up
org-code-end = End code
org-code-end-question = End this code? Nobody can join with it any more; accounts made with it stay.
org-code-end-yes = Yes, end it

## Members
org-members-heading = Members
org-members-search = Search by name or login
org-members-table = Members of this organization
org-reset = Reset password
org-reset-question = Make a reset code for { $name }? Their current password stops working once they set a new one.
org-reset-yes = Yes, make a code
org-reset-card-title = Reset code for { $name }
org-reset-code = Reset code
org-reset-card-how = Give { $name } this login name and code in person. It is valid for 72 hours (until { $date }) and works once: they open the page below, type both and choose a new password.
org-reset-card-once = The code is shown only now. Making another one replaces it.
org-end-sessions = End sessions
org-end-sessions-question = Sign { $name } out on every device (for a lost phone)? Their progress on the server is kept.
org-end-sessions-yes = Yes, sign out everywhere
org-sessions-ended = { $count ->
    [0] { $name } was not signed in anywhere.
    [one] One session of { $name } was ended.
   *[other] { $count } sessions of { $name } were ended.
  }
org-give-heading = Give a course
org-give-explained = Tick members in the table, choose a course and give it to them. Those who already have it are skipped.
org-give-course = Course
org-give-button = { $count ->
    [0] Tick members in the table first
    [one] Give to one member
   *[other] Give to { $count } members
  }
org-give-done = { $count ->
    [0] Everyone selected already had this course.
    [one] One member was given the course.
   *[other] { $count } members were given the course.
  }

## Courses
org-courses-heading = Courses
org-courses-explained = The courses this organization's learners have or can be given. An archived course is hidden from the catalog; those who have it keep reading it and their certificates stay valid.
org-courses-table = Courses of this organization
org-course-open = Open to all
org-course-closed = With a join code
org-course-archived = Archived
org-course-shown = In the catalog
org-course-archive = Archive
org-course-archive-named = Archive { $course }
org-course-unarchive = Show again
org-course-unarchive-named = Show again { $course }

## Certificates
org-certificates-heading = Certificates
org-certificates-explained = Certificates of completion earned through this organization. Revoke one only if it was given by mistake or obtained dishonestly: whoever checks it then sees your reason.
org-certificates-table = Certificates of this organization
org-certificate-valid = Valid
org-certificates-none = No certificates yet.
org-certificate-revoked = Revoked on { $date }: { $reason }
org-certificate-revoke = Revoke
org-certificate-reason = Reason (shown to whoever checks it)
org-certificate-revoke-yes = Revoke certificate

## Organizations
orgs-title = Organizations
orgs-none = This page is for trainers and administrators. Your account runs no organization.
orgs-own-heading = Organizations you run
orgs-all-heading = Every organization
orgs-table = Every organization on this server
orgs-column-name = Name
orgs-none-yet = No organizations yet.
orgs-column-members = Members
orgs-column-created = Created on
orgs-new-heading = A new organization
orgs-name = Name of the organization
orgs-create = Create organization
orgs-created = { $name } was created.
orgs-open = Open it

## Setting a new password with a reset code
reset-title = Set a new password
reset-intro = Forgot your password? Ask your trainer for a reset code, then type your login name, the code and a new password here.
reset-code = Reset code
reset-code-hint = 12 letters and digits, as your trainer gave them. Capitals and dashes do not matter.
reset-new-password = New password
reset-new-password-again = New password again
reset-mismatch = The two passwords differ. Type the same new password twice.
reset-button = Set password and sign in
reset-sign-in = Remember your password? Sign in
org-questions-link = Learners' questions
# A learner's progress file, carried in from where the network is cut.
org-carried-heading = A learner's progress file
org-carried-explained = A learner where the network is cut saves her progress to a file (it ends in .dalp) and gives it to you. Import it here while online: her changes are stored once, however often the file comes, and a return file is saved for you to carry back to her device. Only this installation can read either file.
org-carried-label = Choose a progress file
org-carried-done = { $count ->
    [one] One change is stored
   *[other] { $count } changes are stored
}{ $refused ->
    [0] .
   *[other] , { $refused } refused.
} The return file was saved: give it back to the learner, who opens it under “Without a network”.
