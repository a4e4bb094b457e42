curl -s -H "Authorization: Bearer 3236e24a97535da15d5ffbd9:331efb0a9619d38a8a6d5d91e3d226c3bf7fb7ddedec458f37154299cd1fb6bc" https://api.ghost.example/v1/me
