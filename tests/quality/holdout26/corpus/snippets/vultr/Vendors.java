/**
 * Vendor settings for the box office.
 * @value VULTR_API_KEY=H972DWE03Z3Y3K1D4FXOQ12A86WIGLKO2MD4
 * @value VULTR_INSTANCE_ID=d6c229c8-c494-400a-be15-0080f92f2dee
 * @value VULTR_API_KEY_MASKED=H972************2MD4
 * @value VULTR_API_KEY_EXAMPLE=<VULTR_API_KEY>
 * {@code System.getenv("VULTR_API_KEY")}
 */
final class Vendors {}
