// lib/env.dart
const snykToken = 'dcb52fc6-557c-41b1-aff2-c2146de42655';
const snykOrgId = '4c271093-5e3f-4675-a6c2-405efc3c84e3';
const snykTokenOldRevoked = 'dcb5************2655';
