my %cfg =
    dub_api_key => 'dub_UiIwG5BOG0SP3Q51RWjHLJZL',
    dub_workspace_id => 'ws_HhxqMdZjDIwjZrwyagzRu8qz',
    dub_api_key_sha256 => '93ced98512641b9145d75e60e39996254a0e8f976a929383c7e97052f431eefe',
    dub_api_key_example => 'xxxxxxxxxxxxxxxxxxxxxxxx',
    from-env => %*ENV<DUB_API_KEY>,
;
