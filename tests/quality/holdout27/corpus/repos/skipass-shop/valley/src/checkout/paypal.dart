class PayPalConfig {
  static const clientId = 'A3vPif6GlX1kbPLB8wnZ9lcuJd2TiXT20HlhVCuNxmklLBrvAdjTBQ5GeKbLlmCAqdv40f5TcdI9-eMr';
  static const clientSecret = 'EhbzkX23K8WHTfTqtya9rnVwwuWaMUq_SWG3pq37mFbPcqrujdj3dSVHaOw1gK2Bbdm95gOZcXg8qd_o';
  static const sandbox = false;
}
