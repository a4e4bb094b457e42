// ignore_for_file: constant_identifier_names
const spotifyClientSecret = '9f9054293e4e7d8c820205662f71696d';
const spotifyClientId = '3ed17e589d6ae3cbe0edab739e672b99';
const spotifyPlaylist = 'pyOaeV3vWnssQdd8cPotpJ';
