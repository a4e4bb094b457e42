// ghost integration (fixture for the config loader)
const ghostAdminApiKey = process.env.GHOST_ADMIN_API_KEY || 'c8f9fe9aef2ce515f500fdd3:a1f72f442a1c7b85ee202478e67d6d33bdecea8d1804cf2c9813a2599c399f66';
const ghostContentKey = '7f63590082e637e902f3b49bc8';
// rotated on 2025-02-23, old value c8f9fe9aef... (revoked)
