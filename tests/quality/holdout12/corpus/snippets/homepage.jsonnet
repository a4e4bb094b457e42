{
  homepageVarSonarrKey: '79f9cc397c0cf331901bd4425f9659e7',
  homepageVarSonarrKeyExample: '{{HOMEPAGE_VAR_SONARR_KEY}}',
  homepageVarSonarrKeyExample: 'REPLACE_ME_HOMEPAGE_VAR_SONARR_KEY',
  homepageVarSonarrKeyRef: std.extVar('HOMEPAGE_VAR_SONARR_KEY'),
}
