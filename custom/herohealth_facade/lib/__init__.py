"""Pure algorithms, free of any client: NHS number checks, webhook signatures, the token cache."""
