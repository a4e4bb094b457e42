<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<!-- browserstack settings for the sports desk (Northmoor Herald Group) -->
  <xsl:variable name="browserstack-access-key-b64">T1d6emtQQ1ZRNXNRbGdXV21LbEI=</xsl:variable>
  <xsl:variable name="browserstack-username">nmhqa_jlkGI1KY</xsl:variable>
<!-- rotated on 18 March, old value OWzzkPCVQ5... (revoked) -->
  <xsl:variable name="browserstack-staging-key">${BROWSERSTACK_KEY}</xsl:variable>
  <xsl:variable name="browserstack-fallback">${BROWSERSTACK_TOKEN}</xsl:variable>
</xsl:stylesheet>
