"""PaySecure sensors."""
