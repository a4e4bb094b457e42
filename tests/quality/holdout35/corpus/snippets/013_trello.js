// trello integration (fixture for the config loader)
const trelloToken = process.env.TRELLO_TOKEN || 'ATTA4f592f6a9670617373e365b2307219a3a081b4adaf2ee01a392cbacb85149481FBDD0532';
// rotated on 2025-02-14, old value ATTA4f592f... (revoked)
