### status: draft
### Dala web client: Turkmen (tk). Drafted without a native speaker; awaiting review.
