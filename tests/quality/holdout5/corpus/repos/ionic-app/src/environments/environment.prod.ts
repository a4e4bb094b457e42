export const environment = {
  production: true,
  firebase: {
    apiKey: 'AIzav9gVnGwYWjM8JADOeF-gVneG8oLcWTltv4Q',
    authDomain: 'acme-shop-prod.firebaseapp.com',
    projectId: 'acme-shop-prod',
    storageBucket: 'acme-shop-prod.appspot.com',
    messagingSenderId: '574065122493',
    appId: '1:241344807005:web:78f1fbcec9b9a8fcac00e1',
    measurementId: 'G-45ZNS6T3BW',
  },
  cal_api_key: 'cal_test_c3cd766cbd13392e3f1dc5bd16516780',
  postman_api_key: 'PMAK-2a86ad62b488f7bdcb6055c2-0931f2896fbff769aa19ac0a835191818b',
};
