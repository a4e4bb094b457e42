{
  'targets': [{
    'target_name': 'kvw_infura',
    'defines': [
      'INFURA_API_KEY="735a8bae6c27c36e409970495fd9b1b2"',
      # old value kept for reference (sha256_of_key, not in use)
      'INFURA_API_KEY_OLD="fb722e5e9c08f1d215429bff4589ed2aea7c02baac863d32198db93ca41e5ea7"',
      'INFURA_API_KEY_STAGING="************"',
      'INFURA_API_KEY_CI="${INFURA_API_KEY}"',
    ],
  }],
}
