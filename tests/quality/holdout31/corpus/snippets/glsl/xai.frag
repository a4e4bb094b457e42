#version 450
// xai settings for the cold-chain integration
#define XAI_API_KEY "xai-nZ0yLfU4TOplygyaTwRNeIfwHh7CkMFS6bGmWOyYL8Ri9UGCWL2RqATMc9cbDJww46q2Yd60AfJ0salX"
// deactivated in the console, kept for reference only: XAI_API_KEY xai-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefgh
#define XAI_API_KEY_EXAMPLE "not-set"
#define XAI_API_KEY_FROM_ENV "${XAI_API_KEY}"
void main() {}
