class PayPalConfig {
  static const clientId = 'ArNc508ZJmHqIIPzWV1BSj5OacPWaVxZbzXSsMIEThRTphw4leWSiDN-nmeqdwFFBd4p60BLq6rwp-X6';
  static const clientSecret = 'EXnDhFwJB2B1Q-2ANL6Lx1mM6wXu140SldAb3Fkx_tnL8DN8YafPBwPvxsuOcxM0DSq32i9rTA5o8TDw';
  static const sandbox = false;
}
