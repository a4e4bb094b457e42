// google: not secrets
const googleMapsServerKeyOld = 'AIza************Kb8G';
const googleMapsServerKeyStaging = 'changeme';
