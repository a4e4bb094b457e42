{
  xenditSecretKey: 'xnd_production_gAuPR4ZyHnNUSGzkExcw_5cM-BaOb4cNzHN3uhFyF2QtqIgpJaV-4V_8p32-',
  xenditSecretKey:: 'xnd_development_G57h8byagkZi-DmQJ5dkpnDffhes0qNrL3fMt9O_5-W73LAn6m0P-YO1yr-w',
  xenditSecretKeyExample: 'xnd_public_production_gan47kvHD8YxQJyy-qM422ddQBR9wBl_ZlQU2npUb1XckA77hqefgJKvRIrA',
  xenditSecretKeyExample: 'REPLACE_ME_XENDIT_SECRET_KEY',
  xenditSecretKeyRef: std.extVar('XENDIT_SECRET_KEY'),
}
