### status: draft
### Dala web client: Azerbaijani (az). Drafted without a native speaker; awaiting review.
# sync: Azerbaijani
