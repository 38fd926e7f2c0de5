### status: draft
### Dala web client: Mongolian (mn). Drafted without a native speaker; awaiting review.
# sync: Mongolian
