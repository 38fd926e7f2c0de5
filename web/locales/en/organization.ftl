# organization: English
