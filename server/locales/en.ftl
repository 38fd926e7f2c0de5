# Words the server itself prints for people: the certificate PDF and the credential's criteria.
certificate-heading = Certificate of completion
certificate-awarded-to = This certifies that
certificate-completed = has completed the course
certificate-date = Completed on
certificate-issuer = Issued by
certificate-id = Certificate ID
certificate-verify = Scan the code or open this address to verify the certificate
certificate-criteria = Completed every lesson and passed every quiz of version { $version } of the course.
# A date such as 23 November 2026.
date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
