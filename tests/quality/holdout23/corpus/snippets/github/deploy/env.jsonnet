{
  GH_TOKEN: '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',
  keys: [['github', 'ghp_sE3jkuMw2M5GGOBzUVnI0w2JGlci0Vgcr9C7']],
  GH_APP_CLIENT_ID: 'Iv23linkCDCaHzPlRIdk',
  GH_INSTALLATION_ID: '41517009',
  GH_TOKEN_MASKED: 'gith************BlkY',
  GH_TOKEN_EXAMPLE: '<GH_TOKEN>',
  fromEnv: std.extVar('GH_TOKEN'),
}
