#import "APIKeys.h"

static NSString * const kSparkpostApiKey = @"e8ef5ec10c28aa8c3a9e2cabc5fdaa9c30d7f55f";
static NSString * const kSparkpostTemplate = @"welcome-v2";
static NSString * const kSparkpostPlaceholder = @"<sparkpost-key>";
static NSString * const kSparkpostApiKeyFromEnv = @"${SPARKPOST_API_KEY}";
