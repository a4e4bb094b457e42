class PayPalConfig {
  static const clientId = 'AJGlX1kbPLB8wnZ9lcuJd2TiXT20HlhVCuNxmklLBrvAdjTBQ5GeKbLlmCAqdv40f5TcdI9-eMzIHbz8';
  static const clientSecret = 'Es23K8WHTfTqtya9rnVwwuWaMUq_SWG3pq37mFbPcqrujdj3dSVHaOw1gK2Bbdm95gOZcXg8qd_0oChH';
  static const sandbox = false;
}
