"""PaySecure hooks."""
