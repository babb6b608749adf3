"""The encrypted patient vault: one SQLCipher database per profile, keys stored only wrapped."""
