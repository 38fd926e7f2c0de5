### status: draft
### Dala web client: Tajik (tg). Drafted without a native speaker; awaiting review.
