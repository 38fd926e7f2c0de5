### status: draft
### Dala web client: Russian (ru). Written by the Dala team without a native speaker's review; awaiting review.

# sync: Russian
