### status: draft
### Dala web client: Kyrgyz (ky). Drafted without a native speaker; awaiting review.
