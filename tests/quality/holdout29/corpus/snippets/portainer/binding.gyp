{
  'targets': [{
    'target_name': 'kvw_portainer',
    'defines': [
      'PORTAINER_API_KEY="ptr_UVDfCk+haNyQ/8wyMobL2rlfXhyFEkyLx5K1nHxx7Fo="',
      'PORTAINER_ENDPOINT_ID="06"',
      # old value kept for reference (masked, not in use)
      'PORTAINER_API_KEY_OLD="ptr_************7Fo="',
      'PORTAINER_API_KEY_STAGING="YOUR_PORTAINER_API_KEY_HERE"',
      'PORTAINER_API_KEY_CI="${PORTAINER_API_KEY}"',
    ],
  }],
}
