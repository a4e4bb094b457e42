curl -s -H "Authorization: Bearer 2gaVApDG5NpnwV7R4aeRVAmTNXvQUq3D" https://api.mistral.example/v1/me
