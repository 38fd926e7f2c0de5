# screen: English
header-menu = Menu
header-organizations = Organizations
header-sign-out-pending = Sign out (changes are waiting)…
sync-line-refused = { $count } not kept
sync-line-hint = Shows the details and “Sync now”.
sync-line-explain = Your progress is kept on this device first and sent to the server when there is a connection: when the app opens, every minute, and when you press “Sync now”.
verify-show-text = The certificate's text, or check another certificate
certificate-files-what = What are these files?
certificate-files-explain = They are the same certificate in the standard forms that other systems read: the signed file is an Open Badges 3.0 credential signed as a JWT (.jwt); the certificate data is the same credential as JSON (.json); the wallet file is the same credential as JSON-LD with its signature inside (a Data Integrity proof, eddsa-rdfc-2022), the form digital wallets keep. Anyone can check each of them on this site's “Check a certificate” page, against the issuer's list of withdrawn certificates (a W3C Bitstring Status List).
