#import "APIKeys.h"

static NSString * const kJinaApiKey = @"jina_de367e6225abd9ca555bab9408bb8684GUEUjOd2pX0oTCnzW6A7lRYfQt3O";
static NSString * const kJinaModel = @"jina-embeddings-v3";
static NSString * const kJinaPlaceholder = @"jina_***";
static NSString * const kJinaApiKeyFromEnv = @"${JINA_API_KEY}";
