### status: draft
### Dala web client: Uzbek (uz). Drafted without a native speaker; awaiting review.
