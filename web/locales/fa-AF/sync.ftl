### status: draft
### Dala web client: Dari (fa-AF). Drafted without a native speaker; awaiting review.
