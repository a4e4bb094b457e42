class PayPalConfig {
  static const clientId = 'Ao08ZJmHqIIPzWV1BSj5OacPWaVxZbzXSsMIEThRTphw4leWSiDN-nmeqdwFFBd4p60BLq6rwp-XeI9d';
  static const clientSecret = 'EOwJB2B1Q-2ANL6Lx1mM6wXu140SldAb3Fkx_tnL8DN8YafPBwPvxsuOcxM0DSq32i9rTA5o8TDvS39b';
  static const sandbox = false;
}
