<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<!-- kraken settings for the sports desk (Northmoor Herald Group) -->
  <xsl:variable name="kraken-private-key-b64">N3liZElxVUhUYUhXZTVWZFEzSkxVckw3dzczRWtXSDZZeXpwNmt1TkwyK001VDRzNENJaVphOGR1cDRYSkVYakkvTWhjUHdudk94UUdFSkdiQkxFTno9PQ==</xsl:variable>
  <xsl:variable name="kraken-api-key-id">public-label-tips</xsl:variable>
<!-- rotated on 16 March, old value 7ybd************Nz== (revoked) -->
  <xsl:variable name="kraken-staging-key">not-set</xsl:variable>
  <xsl:variable name="kraken-fallback">${KRAKEN_TOKEN}</xsl:variable>
</xsl:stylesheet>
