### status: draft
### Dala web client: Kazakh (kk). Drafted without a native speaker; awaiting review.
