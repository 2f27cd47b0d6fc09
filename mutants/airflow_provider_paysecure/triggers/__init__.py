"""PaySecure triggers."""
