class PayPalConfig {
  static const clientId = 'AShBPRUKfg9qghnA6Ba02miJNfSuGg4ggLH4-gtaqIjsrT5O-zjR4Lr0DFsJf_ryZRDbQDivr29BFcyb';
  static const clientSecret = 'E026r1g3StsQD5TtJACFCMnx_Rurn4eywpIdtgPm-RjD83o7tDCvVoRQi0s5V4snsNgn58ZtdyQfXoLV';
  static const sandbox = false;
}
