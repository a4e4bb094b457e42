// ignore_for_file: constant_identifier_names
const jumpcloudApiKey = '7326cfd96473a9be61956ad8d596431e6129ed45';
const jumpcloudOrgId = '0972b3615378239eecd9b92d';
const jumpcloudPlaceholder = '<jumpcloud-key>';
