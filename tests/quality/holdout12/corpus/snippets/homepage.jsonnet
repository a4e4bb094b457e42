{
  homepageVarSonarrKey: '8609dd56f9f11b727346950dd7fdbc0f',
  homepageVarSonarrKeyExample: '{{HOMEPAGE_VAR_SONARR_KEY}}',
  homepageVarSonarrKeyExample: 'REPLACE_ME_HOMEPAGE_VAR_SONARR_KEY',
  homepageVarSonarrKeyRef: std.extVar('HOMEPAGE_VAR_SONARR_KEY'),
}
