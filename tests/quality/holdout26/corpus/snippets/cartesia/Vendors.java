/**
 * Vendor settings for the box office.
 * @value CARTESIA_API_KEY=sk_car_VbDuCQzTtwGuJfgyw8lg9EeXrwePto4gshEjId8z
 * @value CARTESIA_VOICE_ID=45a4af2b-57e7-416c-b699-3e2e11c215e6
 * @value CARTESIA_API_KEY_SHA256=5496dfbbb49bc58500e3913e2d7ebb26c8e9f28e3dddd9e069d5722a19d19f6d
 * @value CARTESIA_API_KEY_EXAMPLE=$(CARTESIA_API_KEY)
 * {@code System.getenv("CARTESIA_API_KEY")}
 */
final class Vendors {}
