# organization: Russian
