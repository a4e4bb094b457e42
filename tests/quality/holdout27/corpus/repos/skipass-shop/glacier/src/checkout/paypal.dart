class PayPalConfig {
  static const clientId = 'AGA6Ba02miJNfSuGg4ggLH4-gtaqIjsrT5O-zjR4Lr0DFsJf_ryZRDbQDivr29BFcycd-26r1g3StsQS';
  static const clientSecret = 'EOTtJACFCMnx_Rurn4eywpIdtgPm-RjD83o7tDCvVoRQi0s5V4snsNgn58ZtdyQfXoLL7Hc2IA1JlwOd';
  static const sandbox = false;
}
