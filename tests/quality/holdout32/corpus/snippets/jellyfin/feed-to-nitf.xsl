<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<!-- jellyfin settings for the sports desk (Northmoor Herald Group) -->
  <xsl:variable name="jellyfin-api-key-b64">NTczNDhiZWY1Y2U3ZjU3OGIwZTUyM2MwOWEyNmVlNzY=</xsl:variable>
  <xsl:variable name="jellyfin-server-id">40be620708bffae6dc987d2b36f43125</xsl:variable>
<!-- rotated on 14 March, old value 57348bef5c... (revoked) -->
  <xsl:variable name="jellyfin-staging-key">${JELLYFIN_KEY}</xsl:variable>
  <xsl:variable name="jellyfin-fallback">${JELLYFIN_TOKEN}</xsl:variable>
</xsl:stylesheet>
