"""PaySecure operators."""
