// lib/env.dart
const databricksToken = 'dapi25975433a056725c6852fc8d86f5d2c8';
const databricksWorkspace = '1071647032917407';
const databricksTokenOldRevoked = 'dapi************d2c8';
