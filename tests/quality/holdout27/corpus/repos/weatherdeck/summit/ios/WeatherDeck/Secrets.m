#import "Secrets.h"

NSDictionary *CVSecrets(void) {
    return @{
        @"mapboxToken": @"sk.eyJ1IjoiY29ycmlldmFuZSIsImEiOiJ6mzaurnNy-lqdOtudnIn0.eeifLdm3WyEMhdrYGuubp6",
        @"mapboxPublic": @"pk.eyJ1IjoiY29ycmlldmFuZSIsImEiOiJGCaRMbugl-kveeR1LZIn0.rEM3ONg3eVIXzIPuQb7VKj",
        @"buildNumber": @"412",
    };
}
