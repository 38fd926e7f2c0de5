# data: English
# The catalog offline (issue 16, item 3) and the device's data counter (item 8).

catalog-offline-kept = You are offline. This is the catalog as it was on { $date }; the courses downloaded to this device come first.
catalog-needs-connection = Needs a connection to download
# $unit: b, kb, mb or gb; $count: the number (for plural forms); $amount: the same number, formatted.
data-used = Dala used { $unit ->
        [kb] { $count ->
            [one] { $amount } kilobyte
           *[other] { $amount } kilobytes
        }
        [mb] { $count ->
            [one] { $amount } megabyte
           *[other] { $amount } megabytes
        }
        [gb] { $count ->
            [one] { $amount } gigabyte
           *[other] { $amount } gigabytes
        }
       *[b] { $count ->
            [one] { $amount } byte
           *[other] { $amount } bytes
        }
    } of data on this device this month.
data-used-note = Counted on this device, for everyone who uses it: what the Dala server sent, compressed as it travelled, plus 300 bytes a file for its headers (the browser’s own estimate). What is already on the device costs nothing and is not counted; what the device sends (a few hundred bytes a day) is not counted either.
