# dev box setup
$env:NPM_TOKEN = 'npm_BodRFsyYxRtJf40KsZcKgTmbbNgBQENMC7BU'
$env:NPM_TOKEN_STAGING = '${NPM_TOKEN}'
