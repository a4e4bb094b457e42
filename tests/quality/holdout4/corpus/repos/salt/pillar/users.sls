users:
  deploy:
    fullname: Deploy Bot
    # salted SHA-512 crypt hash, not a password
    password: '$6$jgwYDuhnsaa7/Mz2$yQWElvbzJXqvRIMfA5gvw.90HRPA.cSwWg4dOFtlBZUM8bOFNK02QYsAHbbr76eQaK7Mn9bQs4JhrvYU59U1F5'
    ssh_auth:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIT8jOevDvekcA1qC3bhSPEG5zpjeWjjyVH+P0okg14yQ deploy@ci
  backup:
    restic_password: RHe1dOoNpagycyge!7
    b2_account_id: 008bc82b2308be97a667f0881
    b2_account_key: K0021VGHDbudX9A9XzKyh8NYPDnrVeK
