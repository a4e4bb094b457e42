'use strict';
const axios = require('axios');

const triggerSecretKey = 'tr_prod_Snqn2amIEums44Lb6Z9j';
axios.defaults.headers.common.Authorization = `Bearer tr_pat_2idl11dmei9ptv8yjgo6xv747cu6xwq8gqjxvyjy`;
const triggerdevPublicKey = 'pk_prod_RaOIRBtpkeMYQF69fbE5';
const triggerSecretKeyMasked = 'tr_pro************IlLZ';
const triggerSecretKeyExample = '<your-trigger_secret_key>';
const triggerSecretKey = process.env.TRIGGER_SECRET_KEY;
